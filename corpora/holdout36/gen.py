#!/usr/bin/env python3
"""Build holdout36.jsonl: 160 hand-labelled seller-to-buyer messages.

Shop (invented): Tumblewhisk Pet Supply / 绒趣宠物 / 絨趣寵物, selling the TrailLoop
no-pull dog harness and 30-ft long line, the Burrowbox covered cat litter box, the
MealMinder F2 automatic feeder (companion app "Tumblewhisk Home"), the Hopnest
small-pet cage, and grooming tools (SleekComb deshedding comb, QuietTrim nail grinder).

Every text is a Python literal below; invisible and look-alike characters are written
as \\uXXXX escapes.  Records are shuffled with random.Random(36), given ids
h36-001..h36-160 and written to holdout36.jsonl next to this file.  The script also
prints the near-miss kinds (kept here, not in the JSONL).

Run: python3 gen.py
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout36.jsonl")

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
ORDER = [RI, OFF, MKT]

SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")


def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def width(text):
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


RECORDS = []
NM_KINDS = collections.Counter()


def add(lang, labels, subs, ctx, text, note, tech=(), kind=None, nm=None, trad=False):
    """labels/subs are parallel lists; tech = evasion techniques; kind = near-miss/plain."""
    assert len(labels) == len(subs)
    pairs = sorted(zip(labels, subs), key=lambda p: ORDER.index(p[0]))
    labels = [p[0] for p in pairs]
    tags = [p[1] for p in pairs] + [ctx]
    if tech:
        assert labels
        tags += ["evasion"] + list(tech)
    if not labels:
        assert kind in ("near-miss", "plain")
        tags.append(kind)
        if kind == "near-miss":
            assert nm
            NM_KINDS[nm] += 1
    if trad:
        tags.append("traditional")
    n = sentence_count(text)
    if n >= 5:
        tags.append("long")
    elif n <= 2 and width(text) <= 80:
        tags.append("short")
    RECORDS.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})


# ============================================================================
# ENGLISH
# ============================================================================

# ---- two labels -------------------------------------------------------------
add("en", [RI, OFF], ["incentive", "payment"], "reply",
    "Hi Renata, thanks for the video of the MealMinder F2, it made the problem easy to spot. "
    "The kibble is wedging under the rotor because the pieces are a little larger than 12 mm, "
    "which is the upper limit for that model. Please twist the rotor counter-clockwise to lift it "
    "out, wipe the chute, and switch the portion mode to \"large kibble\" in the Tumblewhisk Home app "
    "under Feeder Settings. If it still jams after that, reply here and we will send a replacement "
    "rotor. Also, once you've posted a review of the feeder, send us a screenshot and we'll refund "
    "$15 to your PayPal as a thank-you. Hope Biscuit gets his breakfast on time tomorrow!",
    "A $15 PayPal payment offered for a posted review, buried in a troubleshooting reply, is an incentive paid outside Amazon.")

add("en", [RI, OFF], ["gating", "phone"], "proactive",
    "Hello from Tumblewhisk! Your TrailLoop harness (order 113-4827716-5530241) should have arrived "
    "this week. If it fits well and Juniper loves it, we would be so grateful for a review on Amazon. "
    "If anything is off with the fit, please call us first at (646) 555-0143 so we can fix it before "
    "you write anything.",
    "Only happy buyers are invited to review while unhappy ones are sent to the seller's phone first, which is gating plus a phone number.")

add("en", [RI, OFF], ["steering", "social"], "proactive",
    "Hi Tomas, we hope the SleekComb is making brushing day easier for Pepper. If you decide to write "
    "a review for order 113-9051372-6618094, it would mean the world to us if you could mention how "
    "little fur ends up on the couch now and tag our Instagram, @tumblewhisk.pets, so we can share it. "
    "Thank you for shopping with a small team!",
    "Telling the buyer what to say in the review steers its content, and the Instagram handle invites contact off Amazon.")

add("en", [OFF, MKT], ["website", "discount"], "reply",
    "Thanks for checking, Gloria: the extra-large Burrowbox is back in stock on our listing now. "
    "Between us, it's $12 cheaper if you order straight from tumblewhisk.com, and shipping there is "
    "included on orders over $40.",
    "The restock answer is fine but steering the buyer to the seller's own site for a lower price is diversion and a discount offer.")

add("en", [OFF, MKT], ["qr", "coupon"], "reply",
    "Hi Mr. Adeyemi, I'm sorry the Hopnest cage arrived with a bent door hinge. A replacement hinge "
    "kit left our warehouse this morning on tracking TBA304918275560 and should reach you by Thursday. "
    "The old hinge pops out when you press the two tabs at the top, and the new one snaps in the same "
    "way with no tools. In the meantime the cage is safe to use as long as the door latch closes fully. "
    "By the way, there's a QR code on the back of the card in your box: scan it with your phone and "
    "you'll unlock a 25% coupon for your next order with us. Again, apologies for the trouble, and "
    "thank you for your patience.",
    "A QR code leading off Amazon to a coupon for the next order sits in the middle of an otherwise permitted replacement reply.")

add("en", [RI, MKT], ["incentive", "coupon"], "proactive",
    "We'd be so grateful for your review of the QuietTrim grinder (order 113-2951804-6673019), and as a "
    "thank-you we'll send you a 20%-off code for your next purchase.",
    "A discount code promised in return for a review is both an incentive and a coupon.")

add("en", [RI, MKT], ["change-review", "discount"], "reply",
    "Hi Dana, I'm really sorry the first litter box cracked at the corner; that's not the quality we "
    "aim for. The replacement Burrowbox has shipped on order 113-2290465-7781302, tracking "
    "1Z8W41E70391856624, and should arrive Friday. You don't need to send the cracked one back, so "
    "please recycle it locally. We've also passed your photos to our factory so they can check that "
    "production batch. Now that everything is sorted, would you be willing to update the review you "
    "left last week? As a small gesture we can take 30% off your next order once it's changed. Thanks "
    "again for letting us make this right.",
    "Asking to update an existing review after a fix, with 30% off the next order once it is changed, is a change request plus a discount.")

# ---- review-inducement only ---------------------------------------------------
add("en", [RI], ["positive-review-request"], "proactive",
    "Hi Keisha, thank you for choosing Tumblewhisk for order 113-6620193-4418750. If the harness is "
    "working well for Milo, a 5-\u200bstar re\u200bview would help our small shop more than you know.",
    "A request for a five-star review with zero-width spaces hidden inside the rating and the word review.",
    tech=["zero-width"])

add("en", [RI], ["positive-review-request"], "proactive",
    "Dear Mr. Lindqvist, your QuietTrim grinder (order 113-7034418-2096653) was delivered on Monday. "
    "We'd be so grateful if you could rate it \u2605\u2605\u2605\u2605\u2605 on the product page, because "
    "every rating helps a family-run shop like ours.",
    "Five star symbols name the rating the seller wants.",
    tech=["star-symbols"])

add("en", [RI], ["incentive"], "proactive",
    "Hi Sam, a little thank-you from us: write an honest r3view of the SleekComb and we'll send you a "
    "$10 Amazon gift card once it's live.",
    "A gift card for a review is an incentive even when the review is called honest, and the keyword is written in leetspeak.",
    tech=["leetspeak"])

add("en", [RI], ["change-review"], "reply",
    "Hello Ms. Farrow, I've gone through the photos and you're right: the grate in your Burrowbox was "
    "packed upside down, which is why litter kept getting under it. Flip the grate so the raised edges "
    "face up and the clumps will stay on top. I've also issued a $9 partial refund for the hassle, which "
    "should show within 3 to 5 business days. If the tray itself is scratched, just tell me and I'll "
    "send a new one. Since it's all working now, could you please u p d a t e your r e v i e w to "
    "reflect how things turned out? Thanks so much for your patience with us.",
    "A request to update an existing review after the fix, spelled with spaces between the letters.",
    tech=["spacing"])

add("en", [RI], ["gating"], "proactive",
    "Hi Priya, the TrailLoop harness for order 113-5518820-9047316 arrived on Saturday. If Rosie is "
    "strutting around in it, other dog parents would love to hear your thoughts on the product page. If "
    "it isn't quite right yet, please tell us here before you tell anyone else, and we'll sort it out.",
    "Satisfied buyers are sent to the product page and unsatisfied ones to the seller first, without any obvious review keyword.",
    tech=["euphemism"])

add("en", [RI], ["gating"], "reply",
    "That's wonderful to hear, Marcus, and thank you for the photo of Oreo napping next to the MealMinder! "
    "The bowl is dishwasher safe on the top rack, and the hopper lid should be hand-washed so the seal "
    "stays tight. You can also lower the meal chime volume in the app if it startles him. If the "
    "desiccant pack ever turns pink, swap it for a fresh one. Since you're so pleased with the feeder, "
    "would you mind leaving a review on Amazon? It only takes a minute and helps other cat owners decide.",
    "The review request is made because the buyer just praised the product, which the policy counts as asking only happy buyers.")

add("en", [RI], ["gating"], "reply",
    "Hi Caroline, thanks for your question about the Hopnest cage. The bottom tray is 4 inches deep, so "
    "it holds a good layer of paper bedding without spilling, and the upper level rests on two steel "
    "pins that can move to any of three heights. For a pair of guinea pigs we'd suggest the lowest "
    "setting so the ramp isn't too steep. The cage ships flat in one box and takes about twenty minutes "
    "to assemble. One small favour: if anything about the cage disappoints you after it arrives, please "
    "message us before posting a review, so we get the chance to make it right first. We're here all "
    "week if you have more questions.",
    "Asking disappointed buyers to come to the seller before posting a review diverts negative reviews and is gating.")

add("en", [RI], ["incentive"], "proactive",
    "Hi Jonah, we hope the deshedding comb arrived safely (order 113-3382019-5516470). Our team "
    "hand-checks every comb, and hearing how it works for your dog helps us a lot. If you have a moment "
    "to share a review, we'd be so grateful, and we'll tuck a bag of salmon training treats into your "
    "next parcel as our way of saying thanks. Have a great week with Bailey!",
    "Free treats promised for sharing a review are compensation for the review.")

add("en", [RI], ["change-review"], "reply",
    "Hi Ellen, I've processed a full refund for the feeder to your original payment method, and Amazon "
    "usually shows it within two business days. There's no need to return the unit: the jammed motor "
    "can't be repaired at home, so please dispose of it with small electronics. I'm sorry Luna went "
    "without her timed meals for a day; that must have been stressful. We've added a note to our quality "
    "report about the motor noise you described. Now that the refund has gone through, would you "
    "consider revisiting the 1-star review you posted? It would mean a great deal to our small team.",
    "Asking the buyer to revisit a posted review after a refund is a change request, forbidden even after the issue is resolved.")

add("en", [RI], ["feedback-removal"], "reply",
    "Hi Mr. Osei, the replacement buckle for the harness is on its way and should arrive Tuesday. It "
    "clicks onto the strap from the inside, so you won't need to unthread anything. I'm sorry the first "
    "one cracked in the cold; the new buckle is the winter-rated version. Please keep the receipt note "
    "in the envelope in case you ever need the part number. P.S. The seller feedback you left is "
    "hurting our account badly, so please remove it as soon as you can now that we've fixed the problem.",
    "The postscript pressures the buyer to remove seller feedback, which goes beyond the neutral notice Amazon allows.")

add("en", [RI], ["steering"], "proactive",
    "Hi Farah, we hope the MealMinder is keeping Clementine on schedule (order 113-8812036-4470291). If "
    "you write a review, please mention how quiet the motor is and add a photo of your cat eating, since "
    "those details really help. Thank you!",
    "Telling the buyer which feature to mention and to add a photo attempts to influence the review.")

# ---- off-platform-contact only --------------------------------------------------
add("en", [OFF], ["messaging-app"], "reply",
    "Hi Aaron, pairing problems with the feeder are almost always the network band. The MealMinder only "
    "connects on 2.4 GHz, so if your router broadcasts one combined name, the app may be grabbing the "
    "5 GHz side. Try turning on your phone's hotspot at 2.4 GHz just for pairing, then switch the feeder "
    "to your home network in Settings afterwards. Keep the feeder within ten feet of the router during "
    "setup. If you'd rather walk through it live, message our tech on Whats\u0410pp at (415) 555-0162 "
    "and he'll stay on with you until it's connected.",
    "A messaging-app contact with a phone number, with a Cyrillic A inside the app name, closes a troubleshooting reply.",
    tech=["homoglyph"])

add("en", [OFF], ["payment"], "reply",
    "Hi Nadia, I'm so sorry the litter scoop snapped on the first use. That scoop should handle clumped "
    "litter easily, so it must have had a weak spot from molding. I've reported the batch number you "
    "sent to our supplier. Rather than waiting on the Amazon refund, we can send the $14 straight to your "
    "P4yPal today if you reply with the address you use there. Sorry again for the mess.",
    "Offering to pay the refund through PayPal moves the payment outside Amazon, with the service name in leetspeak.",
    tech=["leetspeak"])

add("en", [OFF], ["email"], "reply",
    "Hi Grant, thanks for the detailed description of the blinking orange light on the MealMinder. "
    "Orange blinking means the feeder lost Wi-Fi and is running on its saved schedule, so meals will "
    "still drop on time. To reconnect, hold the setup button for five seconds until it blinks blue, then "
    "add it again in the Tumblewhisk Home app. If the app keeps timing out, our firmware engineer can "
    "look at the logs, so send them to help at tumblewhisk dot com with your order number. The feeder "
    "keeps working offline in the meantime.",
    "An e-mail address spelled out with at and dot to slip past address filters.",
    tech=["spelled-email"])

add("en", [OFF], ["website"], "reply",
    "Hi Beatriz, the small-pet cage you asked about is already on its way from our warehouse. Next "
    "time, skip the marketplace and order from us directly: just type our shop name into your browser "
    "and you'll land on our own store.",
    "Sending the buyer to the seller's own web store to buy outside Amazon, without naming a site or any obvious keyword.",
    tech=["euphemism"])

add("en", [OFF], ["url"], "proactive",
    "Hi Chen, thanks for your order 113-2047781-9930562. To activate the two-year motor warranty on "
    "your MealMinder, please register the serial number at http://tumblewhisk.com/warranty within 30 days.",
    "An http link to the seller's own site that is not needed to complete the order.")

add("en", [OFF], ["url"], "reply",
    "Hi Ruth, the Hopnest ramp clips onto the second-level bar with the hooks facing down; it sounds "
    "like yours was flipped, which is why it wobbled. Slide the ramp off, turn it over, and push until "
    "you hear both hooks click. The ramp's rubber grips should face up so small paws don't slip. We made "
    "a 90-second assembly video that shows every step: twsk.link/hopnest-setup. If the hooks are bent, "
    "let us know and we'll send a new ramp.",
    "A link-shortener URL to the seller's video sits inside a helpful assembly reply.")

add("en", [OFF], ["phone"], "reply",
    "Hi Mrs. Dalton, I checked tracking TBA558201947316 and the parcel is sitting at your local Amazon "
    "delivery station after a missed scan. Amazon expects it to go out again tomorrow morning. If it "
    "doesn't arrive by Friday, please reply here and we'll send a replacement harness right away. I'm "
    "sorry for the wait; Max will have his new harness soon. Warm regards,\n"
    "Mara Quinn | Tumblewhisk Customer Care | Mon-Fri 9-5 ET | (212) 555-0118",
    "The seller's own phone number appears in the signature block of a permitted delivery reply.")

add("en", [OFF], ["phone"], "reply",
    "Hi Leo, the QuietTrim needs a full three-hour first charge before the LED turns green. Use the "
    "supplied cable rather than a fast charger, since the grinder draws very little current. Once it's "
    "charged, press and hold the button for two seconds to start it on the low speed. If it still won't "
    "power on after that, feel free to text me directly at (323) 555-0137, which is often quicker than "
    "messaging here. Otherwise we can arrange a replacement through Amazon.",
    "Inviting the buyer to text the seller's own number moves contact off Amazon.")

add("en", [OFF], ["social"], "reply",
    "Glad the SleekComb arrived, Wendy! Lots of our customers swap grooming tips in our Facebook group, "
    "Tumblewhisk Pet Parents, so come join us there and post your before-and-after photos.",
    "An invitation to the seller's Facebook group is social-media contact outside Amazon.")

add("en", [OFF], ["qr"], "reply",
    "Hi Paolo, sorry the feeder's lid latch feels loose. First check that the small hinge pin is fully "
    "seated; it sometimes slides out in transit and can be pushed back with a fingertip. If the latch "
    "still pops open, the spring may be bent. For the fastest fix, scan the QR code on the blue card "
    "inside the box, which opens a chat with our support team, and we'll ship a replacement latch from "
    "there. Thanks for your patience while we sort this out.",
    "A QR code that opens the seller's own support chat sends the buyer off Amazon.")

# ---- marketing only -----------------------------------------------------------------
add("en", [MKT], ["coupon"], "proactive",
    "Your order 113-7725510-3081647 has been delivered. As a welcome-back treat, use the c\u043eupon "
    "PAWS15 for 15% off anything else in our shop this month.",
    "A coupon code pushed after delivery, with a Cyrillic o inside the word coupon.",
    tech=["homoglyph"])

add("en", [MKT], ["cross-sell"], "reply",
    "Hi Ingrid, the ammonia smell you're noticing usually comes from a saturated carbon filter. On the "
    "Burrowbox, the filter sits in the lid behind the small vent and pulls out toward you. Rinse it under "
    "warm water and let it dry fully, or replace it every six weeks with two cats. Scooping once a day "
    "and keeping the litter about 2 inches deep also helps a lot. While you're at it, our lavender litter "
    "mats and biodegradable liners are made to fit the Burrowbox exactly and would round out your setup "
    "nicely. Let me know if the smell is still there after you swap the filter.",
    "An unsolicited pitch for the seller's other products is buried in an odor troubleshooting reply.")

add("en", [MKT], ["buy-again"], "proactive",
    "Hi Devon, it's been about a month since your pack of Burrowbox liners arrived, so you're probably "
    "close to the last one. Reorder with one click from Your Orders and we'll get a fresh pack out the "
    "same day.",
    "A proactive reorder reminder is a buy-again push even though it stays on Amazon.")

add("en", [MKT], ["storefront-link"], "reply",
    "Happy to help, Olivia: yes, the harness also comes in a reflective version. The webbing has a "
    "stitched 3M strip along both sides, and the sizes match the standard TrailLoop chart. You can see "
    "it and the rest of our collection on our Amazon store page, "
    "amazon.com/stores/Tumblewhisk/page/8C21F0A4, where we add new designs every month. Let me know if you'd like the exact chest range for each size.",
    "Answering the question is fine but the storefront link and the invitation to browse the collection are promotion.")

add("en", [MKT], ["subscription"], "reply",
    "Hi Marta, the MealMinder's desiccant pack should be swapped every 30 days to keep kibble crisp. The "
    "pack sits in the round slot under the lid; twist it a quarter turn to release it. Any food-safe "
    "silica pack of the same size works, or you can dry the old one in the oven at low heat. Your "
    "feeder's portions look correct in the log screenshot you sent. To never run out, set up Subscribe & "
    "Save on our desiccant refills and you'll get 10% off every delivery. Give Pixel a scratch from us.",
    "A Subscribe and Save pitch with a percentage off is appended to a maintenance answer.")

add("en", [MKT], ["referral"], "proactive",
    "Thanks for being one of our first TrailLoop customers, Hannah! Share your personal referral link "
    "with a friend, and when they buy a harness you'll both get $10 credit toward your next order.",
    "A refer-a-friend reward is a referral promotion.")

add("en", [MKT], ["restock"], "reply",
    "Hi Bruno, your return of the medium harness has been received and Amazon has released your refund. "
    "It can take a few days to show on your card statement. I noticed the large didn't fit Bear's "
    "shoulders either, which happens with deep-chested breeds. The XL in the same color sold out last "
    "week, but we'll message you the day it's restocked so you can grab one before it's gone again. "
    "Thanks for giving the TrailLoop a try.",
    "An unsolicited offer to alert the buyer when an item is restocked, with urgency, is a marketing push inside a return reply.")

add("en", [MKT], ["new-product"], "proactive",
    "Hi Simone, as one of our feeder owners, we wanted you to be among the first to hear that the "
    "MealMinder Duo, with two bowls for multi-pet homes, launches on Amazon next Tuesday.",
    "An unsolicited new-product announcement to past buyers.")

add("en", [MKT], ["discount"], "reply",
    "Hi Yusuf, I'm sorry the cage door arrived scratched. I've sent a replacement door panel on tracking "
    "TBA771420359018, and it should arrive within four days. The old panel slides out once you lift the "
    "two top clips, and the new one drops into the same slots. Please keep the scratched one, since "
    "there's no need to return it. Also, heads-up: the Hopnest XL drops to $59.99 this weekend, in case "
    "you've been thinking about a bigger setup for your rabbits. Thanks for your patience.",
    "A price-drop notice for another product is slipped into a replacement reply.")

add("en", [MKT], ["promotion"], "proactive",
    "Hi Greta, our Black Friday sale starts tomorrow at midnight: every grooming tool in the Tumblewhisk "
    "shop is buy one, get one half price until Monday. We'd be so glad to see you again.",
    "A seasonal sale announcement sent to a past buyer.")

# ---- compliant: near-misses --------------------------------------------------------
add("en", [], [], "proactive",
    "Hello Mr. Abara, this is Tumblewhisk about order 113-6402218-8859317 (TrailLoop harness, size M). "
    "We'd appreciate it if you would share your experience with the harness on Amazon, whether it "
    "turned out great or not so great, because honest words help other dog owners choose the right size.",
    "A single unconditional review request with balanced wording is the allowed neutral form.",
    kind="near-miss", nm="neutral-review-request")

add("en", [], [], "reply",
    "Thank you for telling us about your 5-star review, Lucy, and we're glad the SleekComb works so well "
    "on Archie's double coat. To answer your question, the replacement blade is part SC-B2, and it swaps "
    "out with the single screw on the handle.",
    "Thanking a buyer who mentioned their own review, without asking for anything, is not a solicitation.",
    kind="near-miss", nm="review-thanks")

add("en", [], [], "reply",
    "Hi Mr. Whitcombe, the replacement feeder was delivered this afternoon according to tracking, and "
    "I'm glad to hear it's already dispensing on schedule. The faulty unit can go in your household "
    "electronics recycling, so there's nothing to send back. Your order 113-5093381-2207454 is now "
    "closed on our side. If you are satisfied that we have resolved your concerns, it is possible to "
    "update or remove the feedback you originally provided, entirely at your discretion. Thank you for "
    "working through the troubleshooting steps with us.",
    "Amazon's own neutral post-resolution notice about seller feedback, with no plea or reward, is allowed.",
    kind="near-miss", nm="feedback-neutral-notice")

add("en", [], [], "reply",
    "Hi Jade, Amazon may send you an email later asking you to review the cage; that message comes from "
    "Amazon, not from us, and there's no need to reply to it. Your cage ships tomorrow.",
    "Explaining Amazon's automatic review email is informational and asks nothing of the buyer.",
    kind="near-miss", nm="amazon-auto-email")

add("en", [], [], "reply",
    "Hi Aisha, I'm so sorry the QuietTrim arrived with a cracked grinding cap. We've shipped a brand-new "
    "grinder free of charge on tracking 1Z3F92A10384726615, and it should arrive Wednesday. Please keep "
    "the first one, since the motor still works and its spare bands will fit the new unit too. If the new "
    "cap shows any sign of damage, send a photo here and I'll sort it out the same day. Thanks for giving "
    "us the chance to fix this.",
    "A free replacement is a remedy, not a promotion, and the tracking number is not a phone number.",
    kind="near-miss", nm="free-remedy")

add("en", [], [], "reply",
    "Hi Mr. Petrakis, I've refunded the full $42.99 for the litter box to your original payment method, "
    "and you should see it within three to five business days. You don't need to ship the box back, "
    "since return postage would cost more than the item. I've also flagged the cracked hinge pin with "
    "our warehouse so they check the rest of that shipment. I'm sorry this one let you down. If the "
    "refund doesn't appear by next Friday, just reply on this thread.",
    "A refund issued as a remedy, with no link to any review, is compliant.",
    kind="near-miss", nm="refund-remedy")

add("en", [], [], "reply",
    "Hi Ben, done: I cancelled the duplicate order you asked about and changed the shipping address on "
    "113-3317562-0095843 to your new apartment. Please remove the old address from your Amazon address "
    "book too, so future orders don't go there by mistake.",
    "Cancel, change and remove are logistics verbs acting on the buyer's own request.",
    kind="near-miss", nm="logistics-verbs")

add("en", [], [], "reply",
    "Hi Tessa, I looked up order 113-8840271-6652190. The Hopnest cage shipped in two boxes: the base is "
    "on tracking TBA903176628401 and was delivered Monday, and the top frame is on TBA903176628418, which "
    "is still in transit in Memphis. Amazon shows the second box arriving by Thursday. Please don't start "
    "assembly until both boxes are there, because the corner connectors are packed with the top frame. If "
    "the second box hasn't come by Friday evening, reply here and we'll send a replacement frame.",
    "Order ids and tracking numbers are long digit strings that are not phone numbers.",
    kind="near-miss", nm="numbers-not-phones")

add("en", [], [], "proactive",
    "Hi Mr. Ferreira, your Hopnest XL cage (order 113-2759104-6631288) is a freight shipment, and the "
    "carrier, Ridgeway Freight, needs to book a delivery window with you. Their dispatch desk will call "
    "you, or you can reach them at (614) 555-0184 with pro number RF-448120.",
    "A freight carrier's number for scheduling a bulky delivery falls under the shipping-provider exception.",
    kind="near-miss", nm="carrier-phone")

add("en", [], [], "reply",
    "Good question, Maya. The coupon you saw on the feeder's product page is an Amazon coupon: tick the "
    "box on the listing before adding it to your cart and Amazon applies it at checkout, but it can't be "
    "added after an order has been placed.",
    "Explaining an Amazon coupon the buyer asked about makes no offer of the seller's own.",
    kind="near-miss", nm="coupon-explanation")

add("en", [], [], "reply",
    "Hi Rafael, the XL TrailLoop harness in forest green is expected back in stock around March 18, according to "
    "our inbound shipment. The listing will show it as available once the units are checked in at "
    "Amazon's warehouse.",
    "A factual restock date given in answer to the buyer's own question, with no alert offer or call to buy.",
    kind="near-miss", nm="restock-answer")

add("en", [], [], "reply",
    "Hi Colin, yes, the TrailLoop car harness earned a five-star crash-test rating from an independent "
    "pet-safety lab for dogs up to 70 lb. For car use, loop the seat belt through the back ring, not the "
    "leash clip at the chest.",
    "A five-star crash-test rating is a product fact, not a rating request.",
    kind="near-miss", nm="product-fact-stars")

add("en", [], [], "reply",
    "Hi Nora, the small chain link next to the clip is the martingale loop, which tightens gently if "
    "Hazel pulls and loosens again. If the link rattles too much, wrap it with the rubber sleeve from "
    "the accessory bag.",
    "The link here is a piece of chain on the harness, not a URL.",
    kind="near-miss", nm="chain-link")

add("en", [], [], "reply",
    "Hi Derek, the 30-ft long line is meant for recall training in open fields, not for walks along a "
    "road. Keep the line clipped to the back ring of the harness, never the front one, so a sudden stop "
    "doesn't twist your dog's shoulder.",
    "The line is a training leash, not the LINE messaging app.",
    kind="near-miss", nm="leash-line")

add("en", [], [], "reply",
    "Hi Vivian, the feeder works with the Tumblewhisk Home app, which is free in the App Store and on "
    "Google Play. Open the app, tap the plus sign, and choose MealMinder F2 from the device list. The app "
    "will ask for your 2.4 GHz Wi-Fi password, as 5 GHz networks aren't supported. Once paired, you can "
    "set up to eight meals a day and check the dispensing log. Your order 113-4470392-1185526 includes "
    "everything you need, so no hub is required.",
    "Naming the companion app and the public app stores needed to use the product is product information.",
    kind="near-miss", nm="app-name")

add("en", [], [], "reply",
    "Hi Gabriel, I reviewed the clip you sent and the feeder is dispensing at the right rate; the bowl "
    "looks empty because the portion was set to 1 instead of 3. Change it under Meal Plan in the app and "
    "tomorrow's breakfast will be the full amount.",
    "Reviewed, rate and change are used about a video and a portion setting, not a customer review.",
    kind="near-miss", nm="review-verb")

add("en", [], [], "reply",
    "Hi Joanna, I understand waiting is frustrating, but we aren't able to send money through PayPal, "
    "Venmo or any other app. Your refund was issued through Amazon this morning and goes back to the "
    "card you paid with.",
    "Naming payment services only to say refunds are not made through them keeps payment on Amazon.",
    kind="near-miss", nm="payment-negation")

add("en", [], [], "reply",
    "Hi Mateo, the QR code on the underside of the feeder is only for pairing: open the Tumblewhisk Home "
    "app, tap Add Device, and point your camera at the code. It doesn't lead to any website, so if your "
    "phone's camera app shows nothing, that's normal.",
    "A QR code that pairs the device with its app is a product feature, not a contact channel.",
    kind="near-miss", nm="qr-feature")

# ---- compliant: plain --------------------------------------------------------------
add("en", [], [], "proactive",
    "Hello, this is Tumblewhisk regarding order 113-9026718-4405529. Because of a carrier backlog at our "
    "fulfilment partner, your Burrowbox will ship three days later than estimated, and the new delivery "
    "estimate is June 14. We're sorry for the delay.",
    "A delay notice about an unexpected problem with the order.", kind="plain")

add("en", [], [], "proactive",
    "Hi Ms. Moreau, we're preparing the Hopnest XL cage on order 113-5581904-2231760, and the address on "
    "the order has no apartment number. Could you confirm the unit number so the carrier can deliver the "
    "box to the right door?",
    "A request for information the carrier needs to deliver the order.", kind="plain")

add("en", [], [], "reply",
    "Hi Kenji, you can return the harness within 30 days even though the tags are off. Start the return "
    "from Your Orders on Amazon and choose \"Doesn't fit\" as the reason. Amazon will give you a prepaid "
    "label and a drop-off location. Please put the harness back in its pouch so the buckles don't "
    "scratch anything in transit. Once the carrier scans it, the return is usually processed within two "
    "days.",
    "Return instructions that keep everything inside Amazon's return flow.", kind="plain")

add("en", [], [], "proactive",
    "Hi Noor, before we stitch the name patch for order 113-1148803-5560172, please confirm the spelling: "
    "BISCOTTI in capital letters, navy thread. Reply here with yes or a correction and we'll start.",
    "A customization check needed to complete the order.", kind="plain")

add("en", [], [], "reply",
    "As requested, Mr. Hughes, the MealMinder F2 user manual is attached as a PDF. The cleaning "
    "instructions are on page 9.",
    "Sending the manual the buyer asked for.", kind="plain")

add("en", [], [], "reply",
    "Your order shipped yesterday and the carrier shows delivery on Friday, Ms. Kowalski.",
    "A shipping status answer to the buyer's question.", kind="plain")

add("en", [], [], "reply",
    "Hi Arjun, sorry the medium harness is too snug on Tank. Measure around the widest part of his chest, "
    "just behind the front legs, and if it's over 28 inches the large will fit better. Amazon handles an "
    "exchange as a return plus a new order, so start the return from Your Orders first. Both steps can "
    "be done in the Amazon app. If you have any trouble with the return label, just let me know here.",
    "Sizing help and exchange steps through Amazon.", kind="plain")

add("en", [], [], "reply",
    "Hi Rosa, the missing cage latch pins left our warehouse today in a padded envelope, tracking "
    "TBA612093847552. They should reach you Tuesday.",
    "Shipping a missing part with its tracking number.", kind="plain")

# ============================================================================
# SIMPLIFIED CHINESE
# ============================================================================

# ---- two labels -------------------------------------------------------------
add("zh", [RI, OFF], ["incentive", "messaging-app"], "proactive",
    "您好，感谢您购买我们的自动喂食器。如果您方便在亚马逊留下评价，截图后加我们客服微信 tumblewhisk_cs，"
    "我们会给您返现5美元作为感谢。辛苦您啦！",
    "Cash back for a posted review, collected through a WeChat handle, is an incentive and a messaging-app contact.")

add("zh", [RI, OFF], ["change-review", "payment"], "reply",
    "陈女士您好，关于猫砂盆边角开裂的问题，我们已经为您安排补发一个新的，预计周四送达。旧的那个不用寄回，"
    "直接处理掉就可以。给您添麻烦了，实在抱歉。我们看到您之前在商品页留了一星评论，麻烦您在收到新猫砂盆后"
    "把评论删掉或者改一下，我们会通过支付宝再转您20美元作为补偿。有任何问题随时在这里联系我们。",
    "Asking the buyer to delete or change a review for an Alipay transfer is a paid change request outside Amazon.")

add("zh", [OFF, MKT], ["messaging-app", "vip-group"], "proactive",
    "您好！我们建了一个绒趣宠物老客户微信群，群里每周发专属折扣和新品试用名额。添加客服微信 rongqu_pet "
    "并备注订单号，就能拉您进群。",
    "A WeChat handle leading to a deals group is off-platform contact and a VIP-group promotion.")

add("zh", [OFF, MKT], ["email", "restock"], "reply",
    "您好，您问的加大号兔笼目前确实缺货。您可以把邮箱发到 care@tumblewhisk.com，到货后我们第一时间通知您，"
    "还会附上老客户专享价。",
    "The buyer is told to write to the seller's e-mail for a restock alert with a special price.")

add("zh", [RI, MKT], ["feedback-removal", "coupon"], "reply",
    "王先生您好，配件已经给您补寄了，单号TBA480276193055。另外想麻烦您一件事：如果您愿意撤回之前留的"
    "卖家反馈，我们会送您一张下单立减15美元的优惠券。",
    "A coupon offered for withdrawing seller feedback is the official example of a violating removal request.")

# ---- review-inducement only ---------------------------------------------------
add("zh", [RI], ["incentive"], "proactive",
    "您好，您的订单113-5630218-7742091已签收。晒图好\u200b评返\u200b现10美元，截图发到这里即可，感谢支持！",
    "Cash back for a photo review, with zero-width spaces splitting the keywords.",
    tech=["zero-width"])

add("zh", [RI], ["positive-review-request"], "proactive",
    "亲，喂食器用得还顺手吗？如果满意的话，麻烦给我们一个五 星 好 评，对我们小店真的很重要，辛苦您了！",
    "A five-star review request with spaces between the characters.",
    tech=["spacing"])

add("zh", [RI], ["gating"], "proactive",
    "您好，牵引胸背带已经送达。用得满意的话请给我们\u2605\u2605\u2605\u2605\u2605；如果有任何不满意，"
    "请先在这里告诉我们，千万别直接留评。",
    "Star symbols for satisfied buyers and a detour to the seller for unsatisfied ones is gating.",
    tech=["star-symbols"])

add("zh", [RI], ["positive-review-request"], "proactive",
    "您好，梳子用着还好吗？方便的话帮我们点个 wuxing haoping，小店起步不容易，非常感谢！",
    "A five-star positive review request written in pinyin.",
    tech=["pinyin"])

add("zh", [RI], ["change-review"], "reply",
    "您好，退款已经给您处理好了，大概三到五个工作日到账。猫砂盆不用寄回，您可以留着当备用。给您添麻烦了，"
    "我们已经提醒仓库以后打包加厚泡沫。如果之后还有什么问题，也可以随时在这里找我们。麻烦您有空把之前的差坪改成现在的真实情况，辛苦您了。",
    "After a refund the buyer is asked to change a negative review, written with a homophone.",
    tech=["homophone"])

add("zh", [RI], ["incentive"], "proactive",
    "您好，小仓鼠的新家住得还习惯吗？如果您愿意在商品页写几句使用感受，把页面截图发给我们，"
    "我们会给您准备一份小惊喜，随下一次包裹寄出。",
    "A small surprise for writing on the product page is a reward for a review, worded without review keywords.",
    tech=["euphemism"])

add("zh", [RI], ["change-review"], "reply",
    "您好，新的出粮电机已经寄到，看到喂食器恢复正常我们也松了一口气。之前您在商品页写下的那几句话，"
    "方便的时候能不能按现在的情况更新一下？非常感谢您的耐心。",
    "Asking to update what the buyer wrote on the product page is a review change request in euphemism.",
    tech=["euphemism"])

add("zh", [RI], ["gating"], "reply",
    "谢谢您发来的照片！看到两只豚鼠在新笼子里跑来跑去，我们也特别开心。关于您问的垫料，笼底托盘深约10厘米，"
    "建议铺5到6厘米的纸棉垫料，每周整体更换一次。上层平台可以放干草架，不会挡住坡道。既然您这么喜欢这个笼子，"
    "能麻烦您去亚马逊留个评论吗？对我们帮助很大。",
    "A review request made because the buyer just expressed satisfaction counts as gating.")

# ---- off-platform-contact only -------------------------------------------------
add("zh", [OFF], ["messaging-app"], "reply",
    "您好，喂食器指示灯一直闪橙色，说明设备没有连上网络。请先确认路由器开启了2.4GHz频段，喂食器不支持5GHz。"
    "然后长按设置键五秒，等指示灯变成蓝色快闪再重新添加。如果还是不行，可以加我们技术的ＷＸ：ｔｗｓｋ＿ｆｅｅｄｅｒ，"
    "视频一步一步教您设置。设备断网期间仍会按已保存的计划出粮。",
    "A WeChat handle written in full-width letters inside a troubleshooting reply.",
    tech=["fullwidth"])

add("zh", [OFF], ["messaging-app"], "reply",
    "您好，笼门卡扣的问题需要看一下实物才好判断。这边亚马逊消息回复比较慢，您可以直接加我们薇信，"
    "或者打这个号码：六四六五五五零一五二，同号。我们的售后同事会视频帮您看。给您添麻烦了，非常抱歉。也请您先别继续使用那扇门，"
    "以免小兔子跑出来。",
    "A homophone for WeChat plus a phone number in Chinese numerals invite contact outside Amazon.",
    tech=["cn-numerals", "homophone"])

add("zh", [OFF], ["email"], "reply",
    "您好，关于喂食器每天多出一次粮的问题，我们初步判断是App里残留了一条旧的出粮计划。请在App的“喂食计划”"
    "页面检查是否有重复的时间点，把多余的那条关掉。如果关掉后还是多出粮，可能需要导出设备日志。日志文件比较大，"
    "亚马逊消息发不了，请直接发到我们的邮箱 service@tumblewhisk.com，我们工程师会尽快回复。给您带来不便，非常抱歉。",
    "The seller's e-mail address is given in the middle of a troubleshooting reply.")

add("zh", [OFF], ["url"], "proactive",
    "您好，订单113-7718204-3365190的猫砂盆已送达。安装视频和常见问题都放在我们官网上了："
    "https://tumblewhisk.com/burrowbox-faq ，欢迎随时查看。",
    "A link to the seller's own website is not needed to complete the order.")

add("zh", [OFF], ["social"], "reply",
    "您好，梳毛前后的对比照片拍得太好了！欢迎关注我们的小红书账号“绒趣宠物日常”，把照片也发在那边，"
    "我们会转发给更多铲屎官看。",
    "An invitation to follow and post on the seller's social account.")

add("zh", [OFF], ["qr"], "reply",
    "您好，收到您说笼门卡扣有点松的情况。您先试试把卡扣上方的小螺丝顺时针拧紧半圈，一般就能解决。"
    "如果还是松，我们可以再寄一个新的卡扣给您。为了处理更快，您也可以扫一下包装盒里那张蓝色卡片上的二维码，"
    "直接加我们的售后客服。再次感谢您的耐心。",
    "A QR code leading to the seller's own support channel sits inside a permitted fix.")

add("zh", [OFF], ["payment"], "reply",
    "您好，猫砂铲用一次就断了，真的很抱歉。这应该是注塑时留下的瑕疵，批次号我们已经转给工厂。"
    "亚马逊退款流程比较慢，您把PayPal账号发给我们，我们今天就直接把12美元转给您。新的猫砂铲我们也会一起补发。给您添麻烦了。",
    "Asking for the buyer's PayPal account to pay the refund outside Amazon.")

add("zh", [OFF], ["diversion"], "reply",
    "您好，这类设备问题在亚马逊消息里来回沟通比较慢，建议您到站外联系我们的售后团队，处理会快很多，"
    "联系方式在说明书最后一页。",
    "The buyer is told to contact the seller off Amazon through details printed in the manual.")

# ---- marketing only -----------------------------------------------------------------
add("zh", [MKT], ["coupon"], "proactive",
    "您好，感谢您在绒趣宠物下单！下次购买任意梳毛工具时输入优惠码 RONGQU20，可享8折。",
    "A coupon code for a future purchase.")

add("zh", [MKT], ["discount"], "reply",
    "您好，您说的自动喂食器出粮口偶尔卡粮的情况，多半是粮粒偏大造成的。MealMinder F2 适合直径12毫米以内的干粮，"
    "超过这个尺寸容易卡住。您可以在App里把出粮模式切换成“大颗粒”，转盘会转得更慢一些。另外提醒您，"
    "本周末我们店里的双碗款喂食器降价30美元，需要给第二只猫配一台的话正是时候。有其他问题随时找我们。",
    "A price-drop pitch for another feeder is buried in a jam troubleshooting reply.")

add("zh", [MKT], ["promotion"], "proactive",
    "您好！黑五活动开始啦：本周末店内所有猫砂盆买二送一，数量有限，欢迎再次光临绒趣宠物。",
    "A seasonal buy-two-get-one promotion.")

add("zh", [MKT], ["new-product"], "proactive",
    "您好，作为我们的老客户，想第一时间告诉您：可以装在兔笼上的木质干草架下周在亚马逊正式上架，"
    "和您买的笼子尺寸完全匹配。",
    "An unsolicited new-product announcement.")

add("zh", [MKT], ["cross-sell"], "reply",
    "您好，胸背带的尺码您选得没问题，胸围留两指宽的余量刚好合适。第一次戴的时候狗狗可能会有点不习惯，"
    "可以先在家里戴十分钟，配合零食奖励。调节扣往上推就能锁住，不会在散步时自己松开。另外，我们同系列的"
    "反光牵引绳和这款胸背带是配套设计的，颜色也一样，搭配起来特别好看。祝您和狗狗散步愉快！",
    "An unsolicited pitch for a matching leash is tucked into a sizing reply.")

add("zh", [MKT], ["loyalty"], "proactive",
    "您好，您已经是我们的第三次回购客户了！从现在起您自动成为绒趣宠物金卡会员，今后每一单都享受额外9折和优先发货。",
    "A loyalty tier with a discount on every future order.")

add("zh", [MKT], ["bundle"], "reply",
    "您好，猫砂盆的滤网确实建议六周左右换一次，两只猫的话可以缩短到一个月。旧滤网用温水冲洗晾干后还能应急用几天。"
    "滤网可以单独购买，不过我们更推荐猫砂盆加三片滤网的组合装，一起买比分开买便宜不少，现在下单最划算。"
    "更换时把盖子上的小格栅往外一拉就能取出。装回去时注意有字的一面朝外。",
    "Pushing a cheaper bundle with a call to order now goes beyond answering the filter question.")

add("zh", [MKT], ["buy-again"], "proactive",
    "您好，距离您上次购买猫砂盆垫已经一个月了，应该快用完了吧？在“我的订单”里点“再次购买”，一键就能补货。",
    "A proactive buy-again reminder.")

# ---- compliant: near-misses --------------------------------------------------------
add("zh", [], [], "proactive",
    "您好，这里是绒趣宠物，关于订单113-2264019-8837105的猫砂盆。您的真实体验能帮助其他买家做选择，"
    "无论好坏，都欢迎您在商品页分享使用感受。",
    "A single neutral review request with balanced wording.",
    kind="near-miss", nm="neutral-review-request")

add("zh", [], [], "reply",
    "您好，您说在商品页搜索评论时找不到关于兔子的内容，我们也帮您检索评测资料看了一下：这款笼子的底盘深度"
    "足够两只成年兔使用，布置方法可以参考说明书第6页的示意图。",
    "The strings 搜索评论 and 检索评测 contain 索评 across a word boundary but ask for nothing.",
    kind="near-miss", nm="cross-boundary-substring")

add("zh", [], [], "reply",
    "您好，已按您的要求取消重复下的那一单，并把订单113-6051723-9920481的收货地址修改为新地址。"
    "旧地址不删除也没关系，后续下单时选新地址即可。",
    "取消, 修改 and 删除 are used for an order and an address at the buyer's request.",
    kind="near-miss", nm="logistics-verbs")

add("zh", [], [], "reply",
    "您好，看到照片里喂食器的粮桶盖裂了，真的很抱歉。我们已经免费为您补发一个全新的粮桶盖，"
    "运单号TBA205839174660，预计周三送达。旧的盖子不用寄回，直接丢掉就可以。新盖子卡进去时听到“咔”的一声"
    "就说明装好了。如果还有别的部件有损坏，请拍照发给我们。",
    "A free replacement part is a remedy, not a promotion.",
    kind="near-miss", nm="free-remedy")

add("zh", [], [], "reply",
    "您好，已为您办理全额退款，款项会按原支付方式退回，一般三到五个工作日到账。商品不用退回，给您添麻烦了。",
    "A refund given as a remedy with no review mentioned.",
    kind="near-miss", nm="refund-remedy")

add("zh", [], [], "reply",
    "您好，看到新的胸背带已经签收，而且尺寸合适，我们也放心了。订单113-9472610-0518873的售后问题在我们这边"
    "已经处理完毕。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。"
    "感谢您一路耐心配合排查问题。祝狗狗散步愉快。",
    "The neutral post-resolution feedback notice that Amazon gives as acceptable.",
    kind="near-miss", nm="feedback-neutral-notice")

add("zh", [], [], "reply",
    "谢谢您告诉我们已经给了好评，也很高兴梳子对您家猫咪的长毛这么好用。您问的替换刀头型号是SC-B2，"
    "拧下手柄上的一颗螺丝就能更换。",
    "Thanking a buyer who mentioned their own review while answering a parts question is not a solicitation.",
    kind="near-miss", nm="review-thanks")

add("zh", [], [], "reply",
    "您好，Tumblewhisk Home App 支持用苹果账号、谷歌账号或微信账号登录，登录后喂食提醒会以推送通知的方式发到您手机上。",
    "WeChat appears only as a login option of the app, not as a contact handle.",
    kind="near-miss", nm="feature-im-names")

add("zh", [], [], "reply",
    "您好，查询了您的订单113-4018826-7093354。兔笼分成两个包裹发出：底座的运单号是TBA339018265471，"
    "已经在周一签收；上层框架的运单号是TBA339018265488，目前还在运输途中。亚马逊显示第二个包裹预计周四送达。"
    "两个包裹到齐之前先不要开始组装，因为连接件和上层框架装在一起。如果周五还没收到，请在这里回复我们。",
    "Order ids and tracking numbers are not phone numbers.",
    kind="near-miss", nm="numbers-not-phones")

add("zh", [], [], "reply",
    "您好，您在商品页看到的那张优惠券是亚马逊平台的优惠券，需要在加入购物车之前勾选领取，结账时由亚马逊自动抵扣；"
    "订单提交之后我们这边没办法再补用。",
    "An explanation of an Amazon coupon the buyer asked about.",
    kind="near-miss", nm="coupon-explanation")

add("zh", [], [], "reply",
    "您好，您下单时页面显示的9.99美元并不是促销折扣，而是系统价格错误，正确价格是19.99美元。这单按您实际支付的价格正常发货，"
    "不会向您补收差价。",
    "Explaining a price error in the buyer's favour is not a discount offer.",
    kind="near-miss", nm="price-error")

add("zh", [], [], "reply",
    "您好，新版猫砂盆改成了免工具安装，盖子和底盆直接扣上就行；材质是不含BPA的PP塑料，用温水和中性清洁剂清洗即可。",
    "新版 and 免工具 are product-spec words, not a new-product or free-gift announcement.",
    kind="near-miss", nm="spec-words")

add("zh", [], [], "reply",
    "您好，理解您着急，但我们不能通过支付宝、微信或PayPal给您转账，退款只能经亚马逊原路退回，今天已经为您提交了。",
    "Payment services are named only to refuse paying outside Amazon.",
    kind="near-miss", nm="payment-negation")

add("zh", [], [], "reply",
    "您好，喂食器底部的二维码只用于配网。打开Tumblewhisk Home App，点右上角的加号，再对准二维码扫描即可。"
    "手机需要连接2.4GHz的无线网络，5GHz的网络无法配对。配网成功后指示灯会变成常亮的蓝色。"
    "如果扫码后没有反应，请把喂食器断电十秒再试一次。",
    "A pairing QR code on the device is a product feature.",
    kind="near-miss", nm="qr-feature")

# ---- compliant: plain --------------------------------------------------------------
add("zh", [], [], "proactive",
    "您好，关于订单113-3304917-6628815：因物流原因，您购买的兔笼预计延迟3天发货，新的预计送达日期是6月20日。"
    "给您带来不便，非常抱歉。",
    "A delay notice.", kind="plain")

add("zh", [], [], "reply",
    "您好，胸背带在签收后30天内都可以退货，吊牌拆了也没关系。请在亚马逊“我的订单”里找到这笔订单，选择“退货”，"
    "原因选“尺码不合适”。亚马逊会提供预付运单和投递点。退回时请把胸背带装回原来的袋子里。"
    "承运商扫描后，一般两天内就会处理。",
    "Return steps inside Amazon's flow.", kind="plain")

add("zh", [], [], "reply",
    "您好，测量狗狗胸围时请量前腿后方最宽的位置，超过71厘米建议换L码。亚马逊的换货需要先退货再重新下单，"
    "先在“我的订单”里申请退货即可。",
    "Sizing help and exchange steps.", kind="plain")

add("zh", [], [], "reply",
    "您好，缺少的两颗固定螺丝今天已经寄出，预计周二送到。",
    "Shipping a missing part.", kind="plain")

add("zh", [], [], "proactive",
    "您好，您订购的大号兔笼（订单113-7651028-4490317）属于大件商品，承运商需要和您预约送货时间。"
    "请问您本周哪天方便收货？",
    "Scheduling delivery of a bulky item.", kind="plain")

# ============================================================================
# TRADITIONAL CHINESE (Taiwan and Hong Kong wording)
# ============================================================================

add("zh", [RI, OFF], ["gating", "messaging-app"], "proactive",
    "您好，感謝您購買絨趣寵物的自動餵食器！如果使用上都滿意，歡迎到亞馬遜留下評價；如果有任何不滿意，"
    "請先加我們的LINE官方帳號 @tumblewhisk 聯絡客服，先不要直接留評喔。",
    "Satisfied buyers are asked to review and unsatisfied ones are sent to a LINE account, which is gating plus a messaging-app contact.",
    trad=True)

add("zh", [OFF, MKT], ["social", "promotion"], "proactive",
    "你好！多謝你支持絨趣寵物。我哋而家喺Instagram搞緊抽獎，追蹤 @tumblewhisk.hk 再留言，"
    "就有機會贏走一年份貓砂盆濾網，唔該你幫襯！",
    "An Instagram giveaway is social-media contact and a promotion.",
    trad=True)

add("zh", [RI, MKT], ["incentive", "discount"], "proactive",
    "您好，訂單113-8205516-3371940的貓砂盆已經送達。只要在商品頁留下評價並截圖回傳，下一筆訂單就能享有8折，"
    "感謝您的支持！",
    "A discount on the next order in exchange for a review is an incentive and a discount.",
    trad=True)

add("zh", [RI], ["feedback-removal"], "reply",
    "陳生你好，好抱歉背帶扣喺凍天爆咗。換貨已經安排好，新嘅背帶聽日會送到，舊嗰條唔使寄返。"
    "新扣係耐寒版本，扣嘅時候聽到一聲就代表扣實咗。你之前留低嘅賣家負評對我哋間小店影響好大，"
    "唔該你收到貨之後幫手撤回，真係好感激。有咩其他問題都可以喺度搵我哋。",
    "Pleading with the buyer to withdraw negative seller feedback is removal pressure.",
    trad=True)

add("zh", [RI], ["steering"], "proactive",
    "您好，希望絨趣的梳毛工具讓毛孩洗完澡後更好整理。如果您願意寫評論，麻煩在評論中提到「掉毛量少很多」，"
    "再附上一張毛孩的照片，對其他飼主很有幫助，辛苦您了！",
    "Dictating a phrase and a photo for the review steers its content.",
    trad=True)

add("zh", [RI], ["gating"], "reply",
    "您好，關於您詢問的兔籠尺寸：底盤長九十公分、寬五十公分，適合一隻成兔或兩隻天竺鼠。上層平台可以調整成"
    "三種高度，坡道也可以拆掉。籠子是平板包裝寄送，組裝大約需要二十分鐘，不需要工具。另外小小提醒：收到後"
    "如果有任何不滿意的地方，麻煩先透過這裡的訊息告訴我們，再決定要不要留評，我們一定盡力處理。感謝您的詢問！",
    "Asking unhappy buyers to come to the seller before deciding to review is gating, buried in a product answer.",
    trad=True)

add("zh", [RI], ["change-review"], "reply",
    "您好，新的餵食器已經幫您寄出，明天就會到。之前您在商品頁寫下的那段文字，等新機器用順了，"
    "方便的話可以幫我們重新整理一下嗎？真的很謝謝您。",
    "Asking the buyer to rework what they wrote on the product page is a review change request in euphemism.",
    tech=["euphemism"], trad=True)

add("zh", [OFF], ["messaging-app"], "reply",
    "您好，餵食器連不上網路的問題，用文字說明比較難，麻煩加我們的ＬＩＮＥ：＠ｔｗｓｋｐｅｔ，我們用視訊一步步帶您設定。",
    "A LINE id in full-width characters invites contact off Amazon.",
    tech=["fullwidth"], trad=True)

add("zh", [OFF], ["phone"], "reply",
    "您好，兔籠門扣鬆脫的狀況，我們需要跟您確認幾個細節。請先看看門扣上方的小螺絲有沒有鬆掉，用十字起子"
    "順時針轉緊半圈通常就會改善。如果還是會自己打開，方便的話請直接撥打客服專線七一八五五五零一二九，"
    "週一到週五上午九點到下午六點都有人接聽。造成您的不便，真的很抱歉。在修好之前，建議先用束帶把門固定住。",
    "A seller phone number written in Chinese numerals inside a troubleshooting reply.",
    tech=["cn-numerals"], trad=True)

add("zh", [OFF], ["email"], "reply",
    "你好，唔該你將貓砂盆裂開嘅相片同訂單號碼寄去 service 艾特 tumblewhisk 點 hk，我哋同事會盡快跟進。",
    "An e-mail address spelled with 艾特 and 點.",
    tech=["spelled-email"], trad=True)

add("zh", [OFF], ["payment"], "reply",
    "你好，真係唔好意思，梳毛刷用咗一次就斷咗。我哋已經將批次號碼交咗俾廠方跟進。亞馬遜退款要等幾日，"
    "如果你方便，我哋可以即刻用轉數快或者PayMe退返港幣九十蚊俾你。有咩問題隨時喺度搵我哋。再一次同你講聲唔好意思。",
    "Refunding through FPS or PayMe moves the payment outside Amazon.",
    trad=True)

add("zh", [MKT], ["storefront-link"], "reply",
    "您好，您問的防爆衝胸背帶有反光款，兩側都有車縫反光條，尺寸和一般款相同。除了這款之外，我們還有很多毛孩用品，"
    "歡迎逛逛我們的亞馬遜品牌商店：amazon.com/stores/Tumblewhisk/page/5D17B2C9 ，每個月都有新設計。",
    "An invitation to browse the seller's Amazon storefront goes beyond the question asked.",
    trad=True)

add("zh", [MKT], ["referral"], "proactive",
    "你好！多謝你成為絨趣寵物嘅顧客。推薦朋友喺亞馬遜買我哋嘅自動餵食器，佢落單之後你同佢都可以攞到十美元回贈。",
    "A refer-a-friend reward.",
    trad=True)

add("zh", [MKT], ["subscription"], "reply",
    "您好，餵食器的乾燥劑建議每三十天更換一次，才能讓飼料保持酥脆。乾燥劑放在上蓋下方的圓形凹槽裡，"
    "逆時針轉四分之一圈就能取出。更換後記得把上蓋壓緊，避免受潮。從您提供的紀錄截圖來看，出糧份量都是正確的。"
    "為了不讓您忘記更換，建議您直接訂閱我們的乾燥劑定期配送，每次都有九五折。",
    "A subscription with a percentage off is appended to a maintenance answer.",
    trad=True)

add("zh", [MKT], ["loyalty"], "proactive",
    "恭喜您累積三筆訂單，正式成為絨趣寵物的「毛孩之友」會員！之後回購可以集點，每滿十點就能換一個梳毛刷替換頭。",
    "A points-based loyalty program for repeat purchases.",
    trad=True)

# ---- compliant --------------------------------------------------------------------
add("zh", [], [], "proactive",
    "您好，這裡是絨趣寵物，關於訂單113-5507182-6634019的防爆衝胸背帶。您的真實使用心得能幫助其他飼主挑選尺寸，"
    "不論好壞，都歡迎您在商品頁分享。",
    "A single neutral review request.",
    kind="near-miss", nm="neutral-review-request", trad=True)

add("zh", [], [], "reply",
    "您好，餵食器的App可以綁定LINE，開啟後每次出糧都會收到LINE訊息通知；不想收到的話，在設定裡關掉即可。",
    "LINE is named as a notification feature of the app, not as a contact handle.",
    kind="near-miss", nm="feature-im-names", trad=True)

add("zh", [], [], "reply",
    "你好，已經按你要求取消咗重複嘅訂單，另外亦已將地址更改為新地址。舊地址可以喺你嘅亞馬遜帳戶入面自行刪除。",
    "Cancelling, changing and deleting refer to an order and an address.",
    kind="near-miss", nm="logistics-verbs", trad=True)

add("zh", [], [], "reply",
    "你好，你問嘅加大碼兔籠預計下個月中補貨，到時亞馬遜頁面會直接顯示有貨。",
    "A restock date given in answer to the buyer's question, with no alert offer.",
    kind="near-miss", nm="restock-answer", trad=True)

add("zh", [], [], "reply",
    "您好，看到照片中貓砂盆的踏板裂了，真的很抱歉。我們已經免費幫您補寄一個全新的踏板，追蹤號碼TBA650281937442，"
    "預計週三送達。舊的踏板不用寄回，直接回收就好。新踏板卡入時會聽到「喀」一聲，就代表裝好了。"
    "如果還有其他零件損壞，請拍照傳給我們。",
    "A free replacement part as a remedy.",
    kind="near-miss", nm="free-remedy", trad=True)

add("zh", [], [], "reply",
    "您好，新的梳毛刷已經送達，很高興問題解決了。若您認為我們已經處理好您的問題，可以自行選擇更新或移除先前留下的"
    "賣家回饋，一切由您決定。",
    "The neutral post-resolution seller-feedback notice.",
    kind="near-miss", nm="feedback-neutral-notice", trad=True)

add("zh", [], [], "proactive",
    "您好，關於訂單113-1920374-5581206：因物流延誤，您購買的貓砂盆將比原定時間晚兩天出貨，造成不便非常抱歉。",
    "A delay notice.", kind="plain", trad=True)

add("zh", [], [], "reply",
    "你好，背帶喺收貨後三十日內都可以退，喺亞馬遜「我的訂單」揀「退貨」就得，亞馬遜會提供預付運單。",
    "Return steps inside Amazon.", kind="plain", trad=True)

add("zh", [], [], "reply",
    "您好，您要的餵食器中文說明書已附在這則訊息中，清潔方式在第九頁。",
    "Sending the manual the buyer asked for.", kind="plain", trad=True)

# ============================================================================
# MIXED (Simplified Chinese + English code-switching)
# ============================================================================

add("mixed", [RI, OFF], ["gating", "email"], "proactive",
    "Hi 您好！您的 TrailLoop 胸背带已经 delivered 了。如果用着满意，欢迎去 Amazon 留个 review；"
    "如果有任何 issue，请先 email 我们 care@tumblewhisk.com，先别急着留 review 哦。",
    "Reviews for satisfied buyers and the seller's e-mail for the rest is gating plus an e-mail address.")

add("mixed", [OFF, MKT], ["url", "new-product"], "proactive",
    "Hi，我们的 new cat water fountain 终于上线了，和您买的 Burrowbox 是同一个 design 系列！"
    "详情可以看 tumblewhisk.com/fountain，early bird 价格只到本周日。",
    "A new-product launch with a link to the seller's own site.")

add("mixed", [RI, MKT], ["incentive", "loyalty"], "proactive",
    "您好，谢谢支持！只要给我们的 feeder 留一个 5-star review，就可以直接升级成我们的 VIP member，"
    "以后每单都有 member price。",
    "A membership tier offered for a five-star review is an incentive and a loyalty promotion.")

add("mixed", [RI], ["positive-review-request"], "proactive",
    "Hi 亲，SleekComb 用得还顺手吗？方便的话帮我们留一个 f1ve st4r，对我们这种 small shop 帮助超级大，thank you！",
    "A five-star request written in leetspeak.",
    tech=["leetspeak"])

add("mixed", [RI], ["feedback-removal"], "reply",
    "Hi Mr. Tan，很抱歉 feeder 出粮时有异响。新的 motor 已经寄出，tracking 是 TBA117384029561，预计周四到。"
    "旧的 motor 不用寄回。我们已经把您说的噪音问题转给工厂了。另外，您之前留的 seller feedback 对我们店铺 "
    "rating 影响很大，拜托您收到新 motor 后帮忙 remove 掉，真的非常感谢。",
    "Asking the buyer to remove seller feedback because it hurts the shop is removal pressure.")

add("mixed", [RI], ["steering"], "proactive",
    "Hi 您好，如果您愿意写 review 的话，麻烦提一下 litter box 的 odor control 效果和 easy to clean，"
    "最好再拍一张 photo，这样对其他 buyer 最有参考价值。",
    "Telling the buyer which points to mention and to add a photo steers the review.")

add("mixed", [OFF], ["messaging-app"], "reply",
    "Hi，feeder 的 Wi-Fi 设置确实有点复杂。先确认 router 开了 2.4GHz，feeder 不支持 5GHz。然后长按 setup "
    "键五秒，等灯变成蓝色快闪。如果还是连不上也别着急。加我 weixin: twsk_helper，我直接 video call 教您。",
    "A WeChat id written in pinyin closes a troubleshooting reply.",
    tech=["pinyin"])

add("mixed", [OFF], ["phone"], "reply",
    "您好，cage 的 door latch 问题比较难用文字说明。您先看一下 latch 上面的小螺丝有没有松，拧紧半圈通常就好。"
    "如果还是会自己弹开，可以先用 zip tie 固定。需要的话也可以直接 call 我们的 hotline (929) 555-0175，"
    "周一到周五 9am-6pm 都有人。我们也可以在这里继续帮您。",
    "The seller's hotline number invites contact outside Amazon.")

add("mixed", [OFF], ["social"], "reply",
    "Hi，您家狗狗穿 harness 的照片太可爱了！可以 DM 我们的 Instagram @tumblewhisk.pets 吗？我们想发在 official account 上。",
    "An Instagram handle and a request to DM it.")

add("mixed", [MKT], ["coupon"], "proactive",
    "Hi，感谢您第一次在我们店下单！下次买 grooming tools 时输入 c o u p o n：TWSK10，立减10%。",
    "A coupon code with the word coupon spaced out.",
    tech=["spacing"])

add("mixed", [MKT], ["restock"], "reply",
    "Hi，退货已经收到啦。顺便说一句，您之前看过的 XL size 兔笼下周会 back，到时我们第一时间 message 您，"
    "记得早点下手，上次两天就没了。",
    "An unsolicited back-in-stock alert with urgency, avoiding the obvious keywords.",
    tech=["euphemism"])

add("mixed", [MKT], ["cross-sell"], "reply",
    "Hi Ms. Lin，feeder 出粮不准的问题，多半是 rotor 上积了粉末。请把 rotor 拆下来用软刷清理，然后在 app 里做一次 "
    "calibration。粮桶里的 desiccant 也建议每个月换一次。做完这些再观察两三天。另外我们的 stainless steel bowl "
    "跟 MealMinder 是 perfect match，换上之后更好清洗，可以考虑一起入手。",
    "An unsolicited pitch for the seller's steel bowl sits at the end of a troubleshooting reply.")

add("mixed", [MKT], ["promotion"], "proactive",
    "Hi！Prime Day 我们全店 grooming tools 买一送一，只限 48 小时，别错过哦！",
    "A time-limited store-wide promotion.")

add("mixed", [MKT], ["discount"], "reply",
    "您好，harness 的 size chart 已经附在这里了，量胸围时记得量前腿后面最宽的地方。如果 chest 在两个 size 之间，"
    "建议选大一号，再把 strap 收紧。第一次穿的时候留两指宽的空间就可以了。顺便告诉您，这款 harness 这周 price drop 了 20%，想给家里第二只狗也买一件的话"
    "正是时候。有问题随时找我们。",
    "A price-drop pitch follows the sizing answer the buyer asked for.")

# ---- compliant --------------------------------------------------------------------
add("mixed", [], [], "proactive",
    "Hi 您好，关于订单 113-3958104-2276613 的 Burrowbox：您的 honest review 对其他 cat owner 很有帮助，"
    "不管体验好还是不好，都欢迎在 product page 分享。",
    "A single neutral review request with balanced wording.",
    kind="near-miss", nm="neutral-review-request")

add("mixed", [], [], "reply",
    "您好，Tumblewhisk Home app 在 App Store 和 Google Play 都可以免费下载，打开后点 Add Device 就能添加 feeder。",
    "The companion app and public app stores are product information.",
    kind="near-miss", nm="app-name")

add("mixed", [], [], "reply",
    "Hi，duplicate order 已经帮您 cancel 了，shipping address 也 change 成新的了；旧地址要 remove 的话，"
    "在 Amazon 的 address book 里操作就行。",
    "Cancel, change and remove are logistics actions at the buyer's request.",
    kind="near-miss", nm="logistics-verbs")

add("mixed", [], [], "reply",
    "您好，您看到的 coupon 是 Amazon 平台的 clip coupon，需要在 add to cart 之前点一下领取，checkout 时自动抵扣；"
    "订单下完之后我们这边没办法补。",
    "An explanation of an Amazon coupon the buyer asked about.",
    kind="near-miss", nm="coupon-explanation")

add("mixed", [], [], "reply",
    "Hi，30-ft 的 long line 是训练 recall 用的，请扣在 harness 背后的 ring 上。胸前那个小 chain link 是 martingale "
    "结构，狗狗拉扯时会轻轻收紧。",
    "Long line and chain link are leash parts, not an app or a URL.",
    kind="near-miss", nm="leash-line")

add("mixed", [], [], "reply",
    "Hi 陈先生，查了一下 order 113-6619027-8052243。您的 litter box 是 UPS 寄出的，tracking number 是 "
    "1Z7K30R64108829735，目前在 Chicago 的 sorting center。UPS 显示周五 delivery。如果周五还没到，"
    "请直接回复这条 message。我们会马上 resend 一个新的。",
    "Order id and tracking number are not phone numbers.",
    kind="near-miss", nm="numbers-not-phones")

add("mixed", [], [], "reply",
    "您好，我们刚推送了 new firmware v2.3，修复了 feeder 偶尔重复出粮的 bug。在 app 里点 Update 就能升级，大约两分钟。",
    "A firmware fix for the buyer's device is not a new-product announcement.",
    kind="near-miss", nm="firmware-fix")

add("mixed", [], [], "proactive",
    "Hi，关于 order 113-4406281-7719352：因为 carrier 的延误，您的 Hopnest cage 会晚两天发货，新的 delivery date "
    "是 6 月 22 日，sorry for the wait。",
    "A delay notice.", kind="plain")

add("mixed", [], [], "reply",
    "您好，harness 不合适的话 30 天内都可以退，在 Your Orders 里选 Return，Amazon 会给您 prepaid label。",
    "Return steps inside Amazon.", kind="plain")

add("mixed", [], [], "proactive",
    "Hi，您订的 name patch 我们准备开始绣了，请确认一下名字是 MOCHI（全部大写），颜色 navy。如果没问题回复 yes 就可以。",
    "A customization check.", kind="plain")


def main():
    recs = list(RECORDS)
    random.Random(36).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            rec = {"id": "h36-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))
    print("near-miss kinds (%d):" % sum(NM_KINDS.values()))
    for k, v in sorted(NM_KINDS.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-26s %d" % (k, v))


if __name__ == "__main__":
    main()
