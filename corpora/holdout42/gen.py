#!/usr/bin/env python3
"""Source of truth for holdout42: a hand-labelled held-out set of seller-to-buyer messages.

Every message below was written by hand for an invented audio shop, Quillwave Audio
(羽浪音频 / 羽浪音頻).  Running this script writes, next to itself:

  holdout42.jsonl   160 records, one JSON object per line
  validate.py       the self-check (its source is kept in VALIDATE_SRC below)
  README.md         description, counts and the numbered judgement calls

Usage:  python3 gen.py && python3 validate.py

Invisible, look-alike and full-width characters are written as escapes or built by fw(),
so that this file shows exactly where every evasion sits.
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 42
ID_FMT = "h42-%03d"

POLICY_OF = {"RI": "review-inducement", "OPC": "off-platform-contact", "MKT": "marketing"}
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
PROACTIVE_KINDS = ["shipping-notice", "delivery-followup", "review-request", "usage-notice",
                   "safety-notice", "delay-notice", "problem-notice", "customization"]
LANG_OF = {"en": "en", "zh": "zh", "zt": "zh", "mx": "mixed"}

ZWSP = "\u200b"          # zero-width space
CYR_I = "\u0456"         # Cyrillic small letter byelorussian-ukrainian i
CYR_A = "\u0430"         # Cyrillic small letter a
CYR_IE = "\u0435"        # Cyrillic small letter ie
STAR = "\u2605"          # black star
EMOJI_STAR = "\u2b50"    # white medium star (emoji)


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.', leaving '-' alone."""
    out = []
    for c in s:
        if c.isascii() and (c.isalnum() or c in "@."):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


RECS = []


def R(key, lang, ctx, labs, text, note, ev=(), nm=None, plain=False):
    RECS.append(dict(key=key, lang=lang, ctx=ctx, labs=list(labs), text=text, note=note,
                     ev=list(ev), nm=nm, plain=plain))


# =====================================================================================
# ENGLISH: violations (55)
# =====================================================================================

# ---- review-inducement ---------------------------------------------------------------
R("E01", "en", "review-request", ["RI:gating"],
  "Hello Ms. Adeyemi, this is Ines from Quillwave Audio about order 112-4830917-5520194. "
  "The carrier marked your Drift earbuds as delivered on Tuesday, and we hope the first few days "
  "with them have been easy on the ears. If they have lived up to what you hoped for, we would be "
  "grateful if you spent a minute telling other shoppers about them on the product page; if anything "
  "at all has fallen short, please reply to this message first so we can put it right before anything "
  "goes up there. Warm regards, Ines",
  "Invites a public write-up only from buyers who are pleased and routes unhappy buyers to the seller "
  "before they post, which is review gating.")

R("E02", "en", "reply", ["RI:praise-followup"],
  "That is lovely to hear, and thank you for taking the time to write. You're right that the Arc's "
  "cushions take a few days to soften; most people find they have moulded to the shape of the head by "
  "the end of the first week. If you want a touch more warmth in the low end, open the Tune app, "
  "choose Custom and raise the 125 Hz slider by two steps, which lifts the bass without blurring "
  "voices. And since the headphones have clearly won you over, would you mind putting what you just "
  "told us into a few lines on the Amazon listing, where words like yours carry real weight for a "
  "small team?",
  "Turns a buyer's unprompted praise into a request to post it on the listing, which policy C3 treats "
  "as soliciting reviews only from satisfied buyers.")

R("E03", "en", "review-request", ["RI:incentive"],
  "Hi Tobias, a short note from Quillwave about order 114-7702385-1196240. Your SoftSeal foam tips "
  "should have reached you a few days ago, and we hope the medium size turned out to be the right fit. "
  "Whenever you have a moment to describe your experience with them on Amazon, just reply here with the "
  "day you posted it, and as a small token of our appreciation we will send along a spare pair in the "
  "size of your choice. Thank you for choosing us.",
  "Offers a spare pair of ear tips in return for posting on Amazon, which is compensation for a review.")

R("E04", "en", "reply", ["RI:change-review"],
  "Thank you for confirming that the new remote arrived and now controls the Harbor without any lag, "
  "and we're sorry again that the first one gave up after a week. We have passed the faulty unit's "
  "batch number to our quality team so that it doesn't happen to anyone else. One small thing, if you "
  "have a spare minute: the comments you posted on the listing were written while the old remote was "
  "misbehaving, so now that it's sorted, it would mean a lot if you revisited them to reflect how "
  "things turned out.",
  "Asks the buyer to revisit a posted review after the problem was fixed, which policy C4 forbids even "
  "after resolution.")

R("E05", "en", "review-request", ["RI:rating-request"],
  "Good afternoon, this is the Quillwave team writing about order 111-6039148-2275503. Your Harbor "
  "soundbar has now been with you for a little over a week, long enough to try it with films, music "
  "and the late-night voice mode. We would welcome hearing about your experience on the Amazon product "
  "page, and if you feel it sits among the best speakers you have owned, rating it at the very top of "
  "the scale is what keeps a small brand like ours visible to other shoppers. Thank you for listening "
  "with us.",
  "Steers the buyer toward the highest rating, which is a request for a five-star review in other words.")

R("E06", "en", "reply", ["RI:steering"],
  "Great to hear the replacement Arc is behaving, and thank you for your patience while it was in "
  "transit. To answer your question, yes, the carrying case fits under most airline seats, and the "
  "headphones fold flat to slide into it. When you do get round to posting about them on Amazon, it "
  "would be a big help to other travellers if you mentioned the 38-hour battery and how the "
  "memory-foam cushions feel on a long flight, and a photo of them folded in the case would round it "
  "off nicely.",
  "Tells the buyer which features to mention and asks for a photo in the review, which is steering "
  "review content.")

R("E07", "en", "reply", ["RI:feedback-removal"],
  "Hello Mr. Lindqvist, thank you for explaining what happened with the delivery, and we are genuinely "
  "sorry the parcel sat at the depot for four extra days. We have checked with the carrier, and the "
  "hold-up came from a sorting fault on their side rather than anything at our warehouse. Because the "
  "comment now showing on our seller profile is hurting our account metrics quite badly, we would be "
  "very grateful if you could find it in you to take it down, given that the delay was outside our "
  "control.",
  "Presses the buyer to withdraw seller feedback by stressing the harm to the account, which is the "
  "pressure the feedback policy prohibits.")

R("E08", "en", "delivery-followup", ["RI:gating"],
  "Hi Ravi, your SoftSeal silicone tips for order 113-9925461-0370817 were delivered yesterday "
  "afternoon. Ear tips are a very personal fit, so before you tell other shoppers what you make of "
  "them, we would really value a quick word from you here first: let us know how the seal feels, and "
  "if anything is off we will swap the size straight away so that whatever you eventually write "
  "reflects the tips at their best. Kind regards, the Quillwave team",
  "Asks the buyer to report to the seller before writing anything public so that problems never reach "
  "the listing, which is review gating.")

R("E09", "en", "reply", ["RI:incentive", "OPC:payment"],
  "I'm sorry the remote batteries that came in the box were flat; that batch slipped through our check "
  "and we are tightening it up. The new remote is on its way and should arrive on Friday. We would also "
  "like to cover the cost of the batteries you bought yourself: once your comments about the soundbar "
  "are up on the product page, send us a screenshot and we will reimburse you straight to your PayPal "
  "account, which is quicker than going through Amazon.",
  "Ties a reimbursement to a screenshot of the posted review and pays it through PayPal, so it is both "
  "a review incentive and an off-Amazon payment.")

R("E10", "en", "review-request", ["RI:incentive", "MKT:coupon"],
  "Hello from Quillwave regarding order 112-3318870-6054927. We hope your Drift earbuds are settling "
  "in nicely and that the fit test in the app helped you find the right tip size. Customers who take a "
  "moment to share how the Drift is working for them on Amazon can reply to this message once their "
  "post is live, and we will send back a code worth 20 percent on anything else from our range as our "
  "way of saying thanks. Enjoy the music.",
  "Promises a 20 percent code in exchange for posting a review, which is an incentive and a coupon at "
  "the same time.")

R("E11", "en", "reply", ["RI:change-review"],
  "We're glad the replacement headband has cured the creaking, and thank you for sending the short "
  "video, which made the fault easy to spot. The old band doesn't need to come back; please recycle it "
  "locally. A lot has changed since you first wrote about the Arc on the product page, so would you "
  "consider giving those earlier comments a fresh look? A version that matches how the headphones "
  "perform now would help shoppers who share the same worry.",
  "Asks the buyer to rewrite an existing product review after a fix, which is a change request barred "
  "by C4.")

R("E12", "en", "review-request", ["RI:rating-request"],
  "Hi Chloe, this is Quillwave checking in on order 114-5580231-9947316. By now you have had about a "
  "week with your Drift earbuds, and we hope the transparency mode has made those street-side runs a "
  "little safer. If you have a moment, your impressions on the product page would help others choose, "
  "and if the Drift has earned " + STAR * 5 + " from you, that is the mark that helps a young brand "
  "the most. Thank you for your support.",
  "Uses a row of star symbols to ask for the top rating without writing the words five stars.",
  ev=["star-symbols"])

R("E13", "en", "reply", ["RI:gating"],
  "Thank you for the photo of the charging case, which shows the lid hinge has come loose. A "
  "replacement case is already packed and will ship this afternoon with tracking you'll see in Your "
  "Orders. While you wait, if anything else about the earbuds feels less than perfect, please tell us "
  "here first rather than writing a r e v i e w, so that we can fix it for you before other shoppers "
  "hear about it.",
  "Asks a dissatisfied buyer to come to the seller instead of reviewing, with the keyword "
  "letter-spaced to dodge filters.",
  ev=["spacing"])

R("E14", "en", "usage-notice", ["RI:incentive"],
  "Hello, a quick usage note for your Arc headphones from order 113-2047719-8861532. The Tune app "
  "version 3.1 adds an Adaptive EQ setting that adjusts the sound to how the cushions seal around your "
  "ears, and it works best after the headphones have been worn for about ten minutes. If the new "
  "setting makes a difference for you, we'd be delighted to read about it in a r3vi3w on Amazon, and "
  "everyone who posts one this month receives a spare pair of velour cushions from us at no charge.",
  "Offers free cushions to buyers who post a review, with the word review disguised by digits.",
  ev=["leetspeak"])

R("E15", "en", "reply", ["RI:change-review"],
  "Hello Ms. Moreau, we have now refunded the full amount for the earbuds through Amazon, and you "
  "should see it on your statement within three to five business days. We are sorry the left bud kept "
  "dropping out; the fault has been traced to a weak antenna solder in one batch. Now that the matter "
  "is closed, would you be open to editing your rev" + CYR_I + "ew so that it also mentions how "
  "quickly we sorted the refund?",
  "Asks the buyer to edit an existing review after a refund, with a Cyrillic letter hidden in the word "
  "review.",
  ev=["homoglyph"])

R("E16", "en", "review-request", ["RI:rating-request"],
  "Hi Samuel, a note from the Quillwave team about order 111-8206653-4419072. We hope the Harbor "
  "soundbar has taken your film evenings up a notch and that the dialogue mode has been useful. When "
  "you have time, we'd welcome your thoughts on the product page, and if you think it deserves a "
  "fi" + ZWSP + "ve-st" + ZWSP + "ar verdict, that is what lifts small brands like ours in the "
  "search results.",
  "Asks for a five-star verdict with zero-width characters hidden inside the words.",
  ev=["zero-width"])

R("E17", "en", "reply", ["RI:feedback-removal"],
  "Thank you for accepting our apology for the wrong ear tip size; the medium pack left the warehouse "
  "this morning and should reach you on Thursday. We know the mix-up was frustrating and we take it "
  "seriously. Since everything is now on its way to being sorted, we would be truly grateful if you "
  "could withdraw the f.e.e.d.b.a.c.k you left on our seller page, as even one low score weighs "
  "heavily on a small shop like ours.",
  "Pleads with the buyer to withdraw seller feedback, with dots inside the keyword to slip past "
  "filters.",
  ev=["punctuation"])

R("E18", "en", "delivery-followup", ["RI:incentive", "MKT:early-access"],
  "Hello, this is Quillwave following up on order 114-6613097-2058841. Your Drift earbuds arrived on "
  "Monday, and we hope the pairing went smoothly on your phone and laptop. We are also putting together "
  "a small list of listeners who have shared their first-week impressions on the Amazon product page; "
  "everyone on it will hear about the Drift 2 before it goes on general release and get the first "
  "chance to order one. Just reply with a note once you have posted.",
  "Rewards posting a review with early access to an upcoming model, which is both a future benefit for "
  "a review and a new-product promotion.")

R("E19", "en", "reply", ["RI:gating"],
  "Thank you for describing the hiss so clearly; it points to a grounding issue in the subwoofer cable "
  "rather than the soundbar itself. A new cable is on its way and should be with you within two days. "
  "If you had been planning to write about the problem on the product page, we would ask you to hold "
  "off until the cable arrives and you have heard the difference, since we would hate for other "
  "shoppers to be put off by something that is already being fixed.",
  "Asks a dissatisfied buyer to delay posting until the seller has fixed the problem, which diverts a "
  "negative review.")

R("E20", "en", "review-request", ["RI:incentive"],
  "Good morning, this is Quillwave writing about order 113-4470126-8830659. Your Arc headphones should "
  "have had a week or so to break in by now, and we hope the noise cancelling has made your train "
  "journeys calmer. Every listener who posts about their experience on Amazon before the end of the "
  "month is entered into our draw for a Harbor soundbar, and the winner is picked at random on the "
  "first of next month, so do tell us once you have posted.",
  "Enters reviewers into a prize draw, which is compensation for a review under C1.")

# ---- off-platform-contact --------------------------------------------------------------
R("O01", "en", "shipping-notice", ["OPC:email"],
  "Dear Mr. Haddad, your order 112-5540398-7716234 for the Harbor soundbar and wireless sub left our "
  "warehouse this morning and is travelling with UPS under tracking 1Z8W31E70392716485. The two boxes "
  "may arrive on different days, so please don't worry if only one shows up at first. Kind regards, "
  "Marta Kowal | Customer Care | Quillwave Audio | care@quillwave-audio.com",
  "Puts the seller's e-mail address in the signature block, which is off-Amazon contact even inside "
  "an otherwise routine notice.")

R("O02", "en", "reply", ["OPC:phone"],
  "Thanks for the detailed description of your setup. With the TV's HDMI port set to ARC rather than "
  "eARC, the soundbar only receives stereo, which explains why the surround setting seems to do "
  "nothing. The fix is in the TV's sound menu under HDMI control. If it would be easier to walk "
  "through it together, our setup line is (312) 555-0163, open weekdays from nine to five Central, and "
  "one of our technicians can stay on while you change the settings.",
  "Gives the seller's own phone line for support, which takes the conversation off Amazon.")

R("O03", "en", "usage-notice", ["OPC:url"],
  "Hello, this is Quillwave with a note about the Arc headphones from order 111-2279904-6613580. A few "
  "buyers have told us the ten-band equaliser in the Tune app is not obvious on first use, so we "
  "recorded a two-minute walkthrough that shows where each preset lives and how to save your own. You "
  "can watch it at qwv.link/arc-eq whenever it suits you, and the app itself will prompt you to "
  "install the latest version before you begin.",
  "Sends the buyer to a link on the seller's own shortener, which is an outside link under D1.")

R("O04", "en", "reply", ["OPC:messaging-app"],
  "Thanks for the photos; the crackle you describe when the right earbud sits in the case sounds like "
  "a dirty charging contact. Please wipe the two gold pins with a dry cotton bud and see if it stops. "
  "If it carries on, it is often quicker to sort out live, and our technician Paulo is happy to look at "
  "a short video if you send it to him on WhatsApp at +1 646 555 0118; he is usually online until late "
  "evening.",
  "Invites the buyer to move the conversation to WhatsApp with a phone number, which is off-platform "
  "contact.")

R("O05", "en", "delivery-followup", ["OPC:qr"],
  "Hello Ms. Brennan, your Arc headphones for order 114-9031847-5523106 were delivered this week, and "
  "we hope you are enjoying the quiet. Inside the lid of the box there is a small card with a square "
  "black-and-white pattern printed on the back; pointing your camera at it opens a chat with our own "
  "support desk, which tends to answer faster than messages here, so keep the card handy if you ever "
  "need us.",
  "Directs the buyer to a scannable code that opens the seller's own support chat, a link-free "
  "description of an off-Amazon channel.")

R("O06", "en", "reply", ["OPC:diversion", "MKT:buy-again"],
  "You're very welcome, and we're glad the large tips solved the seal problem. They do wear with daily "
  "use, and most people replace them every four to six months. When that time comes, you can also order "
  "them from our own shop, which you will find by searching for Quillwave Audio on any search engine; "
  "ordering there lets us send them from our local stock and saves you the marketplace markup.",
  "Pushes the buyer to buy future ear tips from the seller's own shop at a better price, which is both "
  "diversion off Amazon and a buy-again push.")

R("O07", "en", "safety-notice", ["OPC:email"],
  "Important safety information about your Harbor soundbar, order 113-8812053-0047961. We have found "
  "that a small number of power adapters from one production run can overheat when left connected for "
  "long periods. Please check the label on the adapter: if the code ends in K7, stop using it and "
  "unplug it. To arrange a replacement, send a photo of the label and your order number to "
  "safety-team@quillwave-audio.com, and we will get a new adapter to you within a week.",
  "Although the safety notice itself is permitted, it asks the buyer to write to an e-mail address "
  "instead of replying on Amazon.")

R("O08", "en", "reply", ["OPC:social"],
  "Thank you for asking, and it's a common question: the Arc's ear cushions are held by a twist-lock "
  "ring, so they come off with a quarter turn anticlockwise and no tools. It's easier to see than to "
  "describe, though, and we posted a short clip of the whole swap on our Instagram page, "
  "@quillwave.sound, last Thursday, so have a look there if the description isn't enough.",
  "Points the buyer to the seller's Instagram handle, which is a social channel outside Amazon.")

R("O09", "en", "reply", ["OPC:payment"],
  "We're sorry the second pack of tips was missing from the box; the packing slip confirms it should "
  "have been there. Rather than waiting for Amazon's return and refund process, which can take a week "
  "or more, we can send the $18 for the missing pack straight to your Venmo today if you share your "
  "handle with us.",
  "Offers to refund through Venmo instead of through Amazon, which is an off-Amazon payment.")

R("O10", "en", "delivery-followup", ["OPC:url"],
  "Dear Mr. Castellano, thank you for your order 112-0473318-9920567; the Arc headphones were delivered "
  "on Saturday. Every Arc comes with one year of cover, and you can extend it to two years at no cost "
  "by registering the serial number at quillwave-audio.com/warranty within 30 days of delivery. The "
  "serial is printed inside the left ear cup under the cushion.",
  "Sends the buyer to the seller's own website to register the product, which is an outside link.")

R("O11", "en", "reply", ["OPC:email"],
  "Thank you for getting back to us with the serial number. To check whether your earbuds are part of "
  "the affected batch, our engineers need a short screen recording of the Tune app's diagnostics page, "
  "which is too large to attach here. Please send it to care at quillwave-audio dot com with your order "
  "number in the subject line, and we'll reply within a day.",
  "Gives the seller's e-mail address spelled out with at and dot so that Amazon's filter does not "
  "strip it.",
  ev=["spelled-email"])

R("O12", "en", "reply", ["OPC:phone"],
  "We understand that typing back and forth about the subwoofer pairing has been slow, and we're sorry "
  "it is taking this long. Sometimes it really is easier to talk it through. If you prefer, you can "
  "reach Dana on our setup desk at three one two, five five five, zero one seven one, any weekday "
  "morning, and she will walk through the pairing steps with you in real time.",
  "Spells out the seller's phone number in words to slip it past a digit filter.",
  ev=["spelled-phone"])

R("O13", "en", "shipping-notice", ["OPC:email"],
  "Hello Ms. Oyelaran, good news: your Drift earbuds for order 114-3358819-6072245 are on the way with "
  "Amazon Logistics, tracking TBA604418827351, and should arrive by Wednesday. If anything about the "
  "delivery goes wrong, you can also reach our dispatch team directly at "
  + fw("dispatch@quillwave-audio.com") + ", and they'll look into it the same day.",
  "Writes the seller's e-mail address in full-width letters so that it passes a plain-ASCII address "
  "filter.",
  ev=["fullwidth"])

R("O14", "en", "reply", ["OPC:messaging-app"],
  "Thanks for your patience with the firmware issue. Version 2.4 fixes the dropout you described, but "
  "the installer sometimes stalls on older Android phones. Our developer has a workaround that's hard "
  "to explain in writing, and he's happy to send you step-by-step screenshots if you message him on "
  "Tele" + ZWSP + "gram at @qw_fix_desk; just mention your order number so he knows who you are.",
  "Moves the buyer to a Telegram handle with a zero-width space inside the app name.",
  ev=["zero-width"])

R("O15", "en", "reply", ["OPC:messaging-app"],
  "Thank you for the quick reply. I've checked the serial number and your Harbor is covered, so a new "
  "subwoofer cable is already on its way. If the hum comes back after you've fitted it, send a short "
  "clip with the sound on to our support line on Wh4tsApp, +1 718 555 0152, and we'll tell you within "
  "minutes whether it's the cable or the port.",
  "Gives a WhatsApp number with the app name disguised by a digit.",
  ev=["leetspeak"])

R("O16", "en", "usage-notice", ["OPC:url", "MKT:cross-sell"],
  "Hello, this is Quillwave with a tip for the Harbor soundbar from order 111-5067712-3384490. If you "
  "mount the soundbar on the wall, turn on Wall Mode in the settings menu so the bass is tuned for the "
  "flat surface behind it. Our fixed bracket is the one we designed around the Harbor's vents, and it "
  "is available on our own site at quillwave-audio.com/brackets together with a slimmer tilting version "
  "that is not sold anywhere else.",
  "Sends the buyer to the seller's own website to buy a bracket, which is an outside link and a "
  "cross-sell.")

R("O17", "en", "reply", ["OPC:social", "MKT:giveaway"],
  "You're welcome, and we're glad the Harbor is filling your living room. The Night Mode you asked "
  "about compresses loud explosions so that dialogue stays clear at low volume; hold the moon button "
  "for two seconds to switch it on. By the way, we give away one Harbor every Friday to someone who "
  "follows us on TikTok at @quillwavesound, so it is worth following if you have friends who'd like "
  "one.",
  "Invites the buyer to follow a TikTok account for a weekly giveaway, which is a social handle and a "
  "promotion.")

# ---- marketing ---------------------------------------------------------------------------
R("M01", "en", "shipping-notice", ["MKT:cross-sell"],
  "Hello Mr. Petrov, your Drift earbuds for order 113-7129406-5581023 have been handed to UPS, "
  "tracking 1Z5V20A84471029936, and should arrive on Thursday. Many runners who buy the Drift also pick "
  "up a pack of our SoftSeal foam tips, which stay put better when you're sweating, and you can find "
  "them by searching for Quillwave SoftSeal on Amazon if you'd like a pair for your training days.",
  "Adds a pitch for another of the seller's products to a shipping notice, which is cross-selling.")

R("M02", "en", "reply", ["MKT:coupon"],
  "We're sorry the Arc arrived with a scuffed headband; the replacement left today and you'll have it "
  "by Monday, and you are welcome to keep the first pair as spares. For the trouble this has caused, "
  "please use QWSORRY15 on your next order from us for 15 percent off anything in our range; it stays "
  "valid until the end of the year.",
  "Hands out a discount code for a future order, which is a coupon even when offered as an apology.")

R("M03", "en", "usage-notice", ["MKT:new-product"],
  "Hello, this is Quillwave with a note about the Tune app for your Arc headphones, order "
  "112-9954001-7426318. Version 3.2, arriving this week, moves the equaliser presets to the home "
  "screen and adds a hearing-profile test that takes about three minutes. We should also mention that "
  "the Arc Mini, a lighter on-ear version for commuters, lands on Amazon next month, and owners of the "
  "Arc will be the first to hear when it goes live.",
  "Slips a new-product announcement into an app notice, which is marketing.")

R("M04", "en", "reply", ["MKT:bundle"],
  "Thanks for your message. We can't add the wireless subwoofer to an order that has already shipped, "
  "but you can of course place a separate order for it once the soundbar arrives. Just so you know, "
  "the Harbor plus Sub set on our listing costs noticeably less than buying the two separately, so if "
  "you are still deciding, the set is the better way to do it.",
  "Goes beyond answering the question to push a cheaper bundle, which is promotional.")

R("M05", "en", "delivery-followup", ["MKT:buy-again"],
  "Hello Ms. Tanaka, your SoftSeal silicone tips from order 114-8842275-3309617 were delivered "
  "yesterday. For the best seal, twist each tip gently as you push it on so that it sits all the way "
  "down on the nozzle. Tips like these tend to wear after about five months of daily use, and when that "
  "time comes, the Buy it Again button in Your Orders will bring you back to exactly the same size with "
  "a single tap.",
  "Nudges the buyer to reorder through Buy it Again, which interface.md counts as a buy-again push.")

R("M06", "en", "delivery-followup", ["MKT:storefront-link"],
  "Hello Mr. Greaves, your Drift earbuds from order 111-3580726-9014437 were delivered yesterday, and "
  "we hope the case charges happily on your wireless pad. If you're curious what else we make, all of "
  "our headphones, speakers and accessories are gathered at amazon.com/stores/QuillwaveAudio, including "
  "two colours that don't show up in the usual search results.",
  "Links to the seller's Amazon storefront to show more products, which is marketing, though Amazon's "
  "own site is not off-platform.")

R("M07", "en", "delivery-followup", ["MKT:loyalty"],
  "Hello, this is Quillwave about order 111-3096628-4475104; we hope the Arc has arrived safely and "
  "that the cushions are comfortable. Now that you're an Arc owner, you've also reached the first level "
  "of our listener programme, where each purchase from us adds a step, and on the third step your next "
  "accessory from our range ships at half the usual price. Just quote your order number when you next "
  "message us.",
  "Enrols the buyer in a loyalty scheme with a future half-price reward, which is promotional.")

R("M08", "en", "reply", ["MKT:referral"],
  "I'm glad the Drift is working well for both calls and music now that the firmware is current. About "
  "your friend: she's welcome to message us with any sizing questions before buying. And if she "
  "mentions your order number when she orders her own pair, we'll send each of you a pack of "
  "replacement tips with our compliments.",
  "Offers both the buyer and a friend a reward for a referred purchase, which is a referral promotion.")

R("M09", "en", "delivery-followup", ["MKT:restock"],
  "Hello Mr. Dubois, your Arc headphones in black from order 113-6650938-1847723 were delivered on "
  "Friday, and we hope they're everything you wanted. When you ordered, the sand colour was sold out, "
  "so we thought you'd like to know it's back on the shelf this week, although we don't expect the new "
  "batch to last long if you'd like a second pair for home.",
  "Uses a delivery follow-up to announce a restock and invite a second purchase, which is marketing.")

R("M10", "en", "reply", ["MKT:promotion"],
  "Thank you for the question about mounting height; for a TV on a stand, the soundbar works best with "
  "its front edge just clear of the screen's lower bezel. And if you ever think about adding the "
  "subwoofer, you may want to wait a few days: our spring event starts on the 14th, and that's when the "
  "sub drops to its lowest price of the year.",
  "Announces an upcoming price event to encourage a purchase, which is a sale announcement.")

R("M11", "en", "shipping-notice", ["MKT:coupon"],
  "Dear Ms. Wexford, your order 112-2185570-6639014 for SoftSeal foam tips shipped today with tracking "
  "TBA771930264058 and should reach you on Tuesday. Keep this message handy: entering " + fw("EARS10") +
  " at checkout on your next purchase from our shop knocks ten percent off any headphones or speakers.",
  "Gives a discount code in full-width characters inside a shipping notice.",
  ev=["fullwidth"])

R("M12", "en", "reply", ["MKT:discount"],
  "Thank you for checking before you bought the second pair. Yes, the Drift in white is identical to "
  "the black version apart from the colour, and both come with the same three sizes of tips. If you're "
  "buying it as a present, you can add a note at checkout, and do keep an eye on our listing this "
  "weekend because there'll be a d1sc0unt on the white ones until Sunday.",
  "Announces an upcoming price cut with the keyword disguised by digits.",
  ev=["leetspeak"])

R("M13", "en", "delivery-followup", ["MKT:promotion"],
  "Hello, this is Quillwave checking that your Harbor soundbar from order 114-1023674-5908831 arrived "
  "in one piece and that the HDMI setup went smoothly. If dialogue ever sounds thin, try the Voice "
  "setting on the remote. And because you're now part of the Harbor family, you should know our "
  "s.a.l.e weekend runs from Friday to Sunday, with the subwoofer and wall bracket both well below their "
  "usual prices.",
  "Announces a sale weekend for other products, with dots inside the keyword.",
  ev=["punctuation"])

R("M14", "en", "delivery-followup", ["MKT:subscription"],
  "Hello, your SoftSeal foam tips from order 112-4418093-7762051 arrived on Tuesday; roll each one "
  "between your fingers before fitting so it expands snugly in the ear. With daily use, foam loses its "
  "spring after three or four months, so rather than having to remember, you can set them up through "
  "Subscribe & Save on our listing and a fresh pack will turn up every quarter at an extra 5 percent "
  "off.",
  "Pushes a Subscribe & Save plan with a price cut, which is a subscription promotion.")

R("M15", "en", "safety-notice", ["MKT:cross-sell"],
  "Safety note about your Drift earbuds, order 111-7745032-2096618. Please charge the case only with a "
  "USB-C cable and a wall adapter rated at 5 volts; some laptop fast chargers supply more than the case "
  "is designed for, and we have had reports of cases becoming very warm. If you don't have a suitable "
  "cable at hand, our own braided one with a matching adapter is listed on Amazon as the Quillwave "
  "Charge Kit, and it's currently part of our two-for-one offer.",
  "Tucks a product pitch and a two-for-one offer into a safety notice, which is cross-selling.")

R("M16", "en", "reply", ["MKT:vip-group"],
  "We're happy the Arc's new cushions have made such a difference; the velour ones really do run "
  "cooler. We also keep a small owners' circle for Arc listeners, where members hear about limited "
  "colours first and can pick them up at members-only prices before they reach the listing; reply "
  "with the word circle and we'll add your name.",
  "Invites the buyer into a members-only price club, which is a loyalty promotion.")

R("M17", "en", "review-request", ["MKT:cross-sell"],
  "Hello, this is Quillwave writing about order 113-0952217-4468530. Now that your Drift earbuds have "
  "been with you for about two weeks, we would appreciate it if you shared your experience, good or "
  "bad, on the Amazon product page, since it helps other shoppers decide. And if you haven't seen it "
  "yet, the hard-shell travel case we make for the Drift protects the charging case from knocks in a "
  "bag and comes in four colours.",
  "The review request itself is neutral, but the message closes with a pitch for a travel case, which "
  "is cross-selling.")

R("M18", "en", "reply", ["MKT:promotion"],
  "Thank you for the message about the volume steps; the Harbor moves in two-decibel increments by "
  "default, and you can switch to finer one-decibel steps in the settings under Audio. If you've been "
  "thinking about adding the sub, it's in our spring s" + CYR_A + "le from Thursday, and the price is "
  "the lowest we've offered.",
  "Announces a sale with a Cyrillic letter inside the keyword.",
  ev=["homoglyph"])

# =====================================================================================
# ENGLISH: compliant (20 near-misses, 5 plain)
# =====================================================================================
R("N01", "en", "review-request", [],
  "Hello Mr. Nakamura, this is Quillwave about order 114-4407981-2263590. Your Arc headphones were "
  "delivered about a week ago. When you have had time to get used to them, we would appreciate an "
  "honest review on the Amazon product page, whether your experience has been positive, negative or "
  "somewhere in between, because every account helps the next buyer decide. Thank you for your order.",
  "A single, unconditional request for an honest review with balanced wording is allowed.",
  nm="neutral-review-request")

R("N02", "en", "reply", [],
  "Thank you for letting us know you posted a review, and for the kind words about the Drift's battery. "
  "To answer your question about the case, a full charge from empty takes about ninety minutes over "
  "USB-C, or a little over two hours on a wireless pad, and the small light turns solid green when it's "
  "done.",
  "Thanking a buyer for a review they mentioned and answering their question asks nothing about the "
  "review.",
  nm="review-thanks")

R("N03", "en", "reply", [],
  "Thank you for the clear description. The whistle you hear when transparency mode is on is acoustic "
  "feedback: the outer microphones pick up sound leaking from the speaker when the ear tip doesn't seal "
  "fully. Try the next size up and press each bud in with a slight twist; if the whistle continues with "
  "a good seal, let us know here and we'll send a replacement pair.",
  "The word feedback here is an acoustic effect, not seller feedback.",
  nm="product-words")

R("N04", "en", "usage-notice", [],
  "Hello, a short care note for the Drift earbuds in order 113-6025784-4402916, sent because many "
  "buyers use them for sport. The Drift carries an IPX4 rating, so sweat and light rain are fine, but "
  "the buds should not be rinsed under a tap or worn swimming. The charging case has no water "
  "protection at all, so let the buds dry before you put them back after a run.",
  "A water-resistance rating is a product specification, not a review rating.",
  nm="product-words")

R("N05", "en", "problem-notice", [],
  "Hello, this is Quillwave about the Harbor remote in order 112-7718340-0053726. We have learned that "
  "some remotes in your batch left our warehouse with the clear plastic tab still under the coin cell, "
  "which stops them from working. If your remote does nothing, slide the cover off, remove the tab, and "
  "check that the battery sits with the positive side facing up. If it still doesn't respond, reply "
  "here and we'll send a new one free of charge.",
  "Remove, positive and free of charge describe a battery tab and a remedy, with no review or offer.",
  nm="product-words")

R("N06", "en", "reply", [],
  "We're sorry the charging case stopped holding a charge after only two weeks. We've sent a "
  "replacement case free of charge; it left this morning and should arrive on Thursday with tracking "
  "you'll see in Your Orders. There's no need to send the faulty one back, so please recycle it at any "
  "electronics drop-off point.",
  "A free replacement is a remedy, not a promotion.",
  nm="free-remedy")

R("N07", "en", "reply", [],
  "If the earbuds drop calls on your phone but play music without trouble, the phone is probably "
  "switching between two Bluetooth profiles. Open your phone's Bluetooth settings, tap the Drift, and "
  "turn off the option labelled LE Audio; then restart both the phone and the case. Most people find "
  "calls stay connected after that.",
  "Phone and calls refer to the buyer's handset, not to a seller contact number.",
  nm="contact-words")

R("N08", "en", "reply", [],
  "Yes, the Arc's microphone works for WhatsApp, FaceTime and Zoom calls, and there's nothing extra to "
  "install: once the headphones are paired, your phone treats them like any other headset. The mute "
  "button on the right cup also works in most calling apps, and a short beep confirms when the mic is "
  "off.",
  "Naming WhatsApp as an app the headphones work with is a product feature, not a contact handle.",
  nm="im-feature")

R("N09", "en", "reply", [],
  "Your replacement soundbar shipped this morning under order 111-9302846-6175539 with UPS tracking "
  "1Z3K88F10452779103, and the carrier shows delivery between 10:00 and 14:00 on 18 March. The box is "
  "labelled with model QW-S40 and weighs about 4.2 kilograms, so a signature may be needed, and the "
  "driver usually calls ahead.",
  "Order numbers, tracking codes, times and model numbers are not phone numbers.",
  nm="numbers")

R("N10", "en", "delay-notice", [],
  "Hello Ms. Fernsby, we're writing about order 113-2841179-6690452 for SoftSeal foam tips. Because of "
  "a customs hold at our distribution centre, the order will ship about three days later than the date "
  "shown when you bought it, and the new estimated delivery is Monday the 22nd. We're sorry for the "
  "wait and will update you here as soon as the parcel is moving.",
  "A delay notice with a promise to update the buyer contains no offer, link or review request.",
  nm="logistics-words")

R("N11", "en", "reply", [],
  "I'm sorry the Arc doesn't suit you. Because it's within the return window, you can start the return "
  "yourself from Your Orders on Amazon (amazon.com/gp/css/order-history), choose the headphones, and "
  "pick the reason that fits; Amazon will e-mail you a prepaid label. Once the parcel is scanned, the "
  "refund goes back to your original payment method.",
  "A link to Amazon's own order page and mentions of e-mail and refund for a return are order "
  "completion, not off-platform contact.",
  nm="amazon-link")

R("N12", "en", "reply", [],
  "The Harbor has three ways in: HDMI eARC, an optical input, and a 3.5 mm line-in on the back panel. "
  "For your record player, use the line-in with the phono preamp switched on at the turntable end, then "
  "press the Input button until the small light next to LINE turns white.",
  "Line-in is an audio input, not the LINE messaging app.",
  nm="im-feature")

R("N13", "en", "usage-notice", [],
  "Hello, a note for mounting the Harbor soundbar in order 111-4690352-8827013. The wall bracket "
  "attaches to the back of the soundbar with two star-shaped Torx T20 screws, which are in the small "
  "bag taped inside the lid of the box. Please use those rather than ordinary screws, which can press "
  "on the bass port; if the bag is missing, reply here and we'll post a spare set.",
  "Star-shaped screws are hardware, not a rating request.",
  nm="product-words")

R("N14", "en", "problem-notice", [],
  "Hello, this is Quillwave about the Arc headphones in order 114-2513907-6649382. We have found that "
  "some Arc units can get stuck in a pairing loop after recent phone software releases. If this happens "
  "to you, first remove the Arc from your phone's list of paired devices, then delete the old headphone "
  "profile in the Tune app under Devices, hold the power button for ten seconds, and pair again; the "
  "app will then offer to update the firmware to version 3.1, which fixes the loop.",
  "Remove, delete and update are troubleshooting steps, not requests about a review.",
  nm="tech-verbs")

R("N15", "en", "reply", [],
  "That e-mail asking you to rate your purchase comes from Amazon itself; it goes out automatically "
  "after delivery, and we don't control its timing. You're free to ignore it. On your other question, "
  "the headband adjusts in twelve clicks on each side, and the numbers printed on the inside help you "
  "set both sides the same.",
  "Explaining Amazon's automatic review e-mail is informational and asks for nothing.",
  nm="amazon-auto-email")

R("N16", "en", "reply", [],
  "You're right, you were charged for the eight-pack when you ordered the four-pack, because the "
  "listing showed the wrong size for about an hour. We've refunded the $6 difference through Amazon to "
  "your original payment method, and you'll see it within a few days. You keep the tips you received.",
  "A refund of an overcharge is a remedy, not a discount or an incentive.",
  nm="free-remedy")

R("N17", "en", "problem-notice", [],
  "Hello Mr. Achterberg, this is Quillwave about order 113-7460281-5529364. We read your review "
  "mentioning that the left earbud cuts out, and we're sorry it has been unreliable. We'd like to find "
  "the cause: could you tell us the firmware version shown under Settings in the Tune app, and whether "
  "the dropouts happen near a Wi-Fi router? That will tell us whether a reset or a replacement is the "
  "right fix.",
  "Reaching out about a problem raised in a review without asking anything about the review is what "
  "the review policy encourages.",
  nm="review-followup")

R("N18", "en", "safety-notice", [],
  "Safety notice about your Drift earbuds, order 112-6049375-3318820. We have found that a few charging "
  "cases from one production week may develop a swollen battery after many cycles. Please check yours: "
  "if the lid no longer closes flat or the shell looks bulged, stop charging it and keep it away from "
  "heat. Reply to this message with a photo of the case and the code printed under the hinge, and we'll "
  "send a new one free of charge; the old one should go to a battery recycling point.",
  "A safety notice that offers a free replacement through Amazon messaging is a permitted remedy.",
  nm="free-remedy")

R("N19", "en", "reply", [],
  "Code E7 on the soundbar's display means it isn't getting a signal from the TV's HDMI port. Unplug "
  "the HDMI cable at both ends, plug it into the port marked eARC, and switch the TV's audio output to "
  "External Speaker. If your TV is new, it may also need its own software update before eARC works "
  "reliably.",
  "Code and new refer to an error display and a television, not to a promotion.",
  nm="product-words")

R("N20", "en", "reply", [],
  "Thanks for asking. To write a review, go to Your Orders on Amazon, find the Drift earbuds and choose "
  "Write a product review. Whatever your experience has been, positive or negative, it's useful to other "
  "shoppers, and it's entirely up to you what you say.",
  "Answering the buyer's own question about how to post a review, with balanced wording, is not "
  "inducement.",
  nm="neutral-review-request")

R("P01", "en", "reply", [],
  "The parcel hadn't left the warehouse yet, so we've switched your order to the address in your "
  "message. It should still arrive on Wednesday as planned.",
  "An address correction the buyer asked for is plain order handling.",
  plain=True)

R("P02", "en", "reply", [],
  "The SoftSeal silicone tips come in small, medium and large, and each pack holds three pairs of one "
  "size. If the medium ones that came with your earbuds feel loose, the large size is usually the right "
  "next step.",
  "A sizing answer with nothing but product facts is compliant.",
  plain=True)

R("P03", "en", "customization", [],
  "Hello Ms. Lindgren, you asked for the name MAEVE to be engraved on the lid of your Drift charging "
  "case in order 114-2957186-3301478. Before we send it to engraving, please reply to confirm the "
  "spelling and whether you'd like capitals, as shown, or lower case.",
  "Verifying a custom engraving is a permitted proactive message with no offer or contact detail.",
  plain=True)

R("P04", "en", "reply", [],
  "Your parcel is at the local delivery station and is on the van for delivery today, so it should be "
  "with you by this evening.",
  "A delivery status answer is plain order handling.",
  plain=True)

R("P05", "en", "reply", [],
  "The Bass Boost preset raises everything below about 150 hertz. If it sounds boomy with podcasts, "
  "switch to the Voice preset, which lowers the bass slightly and brings speech forward.",
  "A product-usage answer with no offer, contact detail or review mention is compliant.",
  plain=True)

# =====================================================================================
# SIMPLIFIED CHINESE: violations (25)
# =====================================================================================
R("Z01", "zh", "review-request", ["RI:gating"],
  "您好，这里是羽浪音频（Quillwave）客服小羽。您订单 113-5081427-6630915 中的 Drift 无线耳机已于周三签收，"
  "希望这几天的佩戴和连接都还顺利。如果耳机让您满意，欢迎抽空到商品页面和其他买家聊聊您的感受；"
  "如果有哪里不太称心，还请先在这里给我们留言，我们会第一时间为您处理，尽量别让问题先出现在商品页上。祝您生活愉快！",
  "Invites only satisfied buyers to post and asks unhappy ones to come to the seller first, which is "
  "review gating.")

R("Z02", "zh", "reply", ["RI:praise-followup"],
  "听到您说 Arc 的降噪让每天的地铁通勤安静了很多，我们整个团队都特别开心，谢谢您专门来告诉我们！"
  "关于您问的耳罩清洁，用微湿的软布轻擦即可，避免使用酒精。既然您这么喜欢这副耳机，"
  "方便的话能不能把刚才这番话也写到亚马逊的商品页下面？对我们这样的小团队来说，这比什么都珍贵。",
  "Asks a buyer who has just praised the product to post that praise on the listing, which policy C3 "
  "treats as review gating.")

R("Z03", "zh", "review-request", ["RI:incentive"],
  "您好，关于订单 112-6604917-3387125：您购买的 SoftSeal 记忆棉耳塞套应该已经送达几天了，希望中号的尺寸正合适。"
  "等您有空在商品页写下使用心得后，把页面截个图回复到这条消息里，我们会再寄一套其他尺寸的耳塞套给您，"
  "算是我们的一点小心意。感谢您的支持！",
  "Promises an extra set of ear tips for a screenshot of a posted write-up, which is a reward for "
  "reviewing.")

R("Z04", "zh", "reply", ["RI:change-review"],
  "新的充电仓已经签收了，听说现在两只耳机都能正常充电，我们也松了一口气，给您添麻烦了，实在抱歉。"
  "另外有个小请求：您之前在商品页写的那段内容还是旧充电仓出故障时的情况，现在问题已经解决，"
  "方便的话能否抽空重新编辑一下，让它和现在的使用情况对得上？",
  "Asks the buyer to edit a posted review after the problem was solved, which C4 forbids.")

R("Z05", "zh", "review-request", ["RI:steering"],
  "您好，这里是羽浪音频。您订单 111-4482039-7150644 中的 Arc 头戴式耳机已经陪伴您一周左右了，希望佩戴感受一切都好。"
  "如果您愿意在商品页面分享体验，我们非常感谢；写的时候麻烦顺带提一下“降噪很强”和“长时间戴着不压耳”这两点，"
  "要是能再配一张耳机折叠放进收纳包的实拍图就更好了。",
  "Dictates phrases to include and asks for a photo in the review, which is steering review content.")

R("Z06", "zh", "review-request", ["RI:rating-request"],
  "您好，关于订单 114-2219576-0843318：Harbor 回音壁已经到您家一周多了，希望看电影时的人声清晰度让您满意。"
  "我们很希望听到您在商品页上的真实感受，如果您觉得它值得" + EMOJI_STAR * 5 +
  "，那就是对我们这个小品牌最大的鼓励。谢谢！",
  "Uses a row of star emoji to ask for the top rating.",
  ev=["star-symbols"])

R("Z07", "zh", "reply", ["RI:incentive", "OPC:payment"],
  "非常抱歉耳机盒里少了一对耳塞套，补发的已经在路上了，预计周五送到。另外为了表示歉意，"
  "您在商品页留下使用感受以后，把截图发给我们，我们会把 5 美元 fanxian 直接转到您的支付宝，比走亚马逊的流程快得多。",
  "Pays cash back for a screenshot of a posted review through Alipay, with the keyword written in "
  "pinyin.",
  ev=["pinyin"])

R("Z08", "zh", "delivery-followup", ["RI:rating-request"],
  "您好，这里是羽浪音频。您订单 113-7736041-2295817 的 Drift 耳机已经签收，希望连接手机和电脑都很顺利。"
  "用一段时间后如果觉得不错，欢迎到商品页给我们一个五 星 好 评，这对刚起步的我们非常重要。祝您聆听愉快！",
  "Asks for a five-star positive review with the characters spaced apart to dodge keyword matching.",
  ev=["spacing"])

R("Z09", "zh", "reply", ["RI:feedback-removal"],
  "陈先生您好，物流延误的事再次向您道歉。我们查过了，包裹是在承运商的分拣中心多停了四天，并不是我们发货晚。"
  "您在店铺页面留下的那条反馈对我们账号的影响真的很大，如果您愿意把它拿掉，我们很乐意再送您一对替换耳塞，作为一点补偿。",
  "Offers free ear tips in return for withdrawing seller feedback, which is an incentive to remove "
  "feedback.")

R("Z10", "zh", "delivery-followup", ["RI:incentive", "MKT:discount"],
  "您好，关于订单 112-8051733-6624090：希望 Arc 耳机已经顺利到达，耳罩也戴得舒服。我们最近在做一个小活动："
  "在亚马逊商品页分享了使用体验的朋友，回复这条消息告诉我们一声，下次在本店购买任何产品都可以享受八五折。"
  "感谢您一直以来的支持！",
  "Offers a 15 percent discount on a future purchase for posting a review, which is both an incentive "
  "and a promotion.")

R("Z11", "zh", "shipping-notice", ["OPC:messaging-app"],
  "您好，您订单 114-6629108-5530271 中的 Harbor 回音壁和无线低音炮已交由 UPS 发出，运单号 1Z2H47B10983364521，"
  "两个箱子可能分开送达，请留意。如遇签收问题，也可以直接加我们售后的微信 qwaudio_cs，工作日一般十分钟内回复。"
  "羽浪音频 客服小羽",
  "Adds the seller's WeChat handle to a shipping notice, which moves contact off Amazon.")

R("Z12", "zh", "reply", ["OPC:phone"],
  "低音炮和回音壁的配对确实需要按顺序操作，文字说起来比较绕，非常理解您的困扰。"
  "如果方便的话，您可以直接打给我们的技术支持：加一 三一二 五五五 零一七九，工作日上午都有人接听，"
  "一步一步带您操作会快很多。",
  "Gives the seller's phone number written in Chinese numerals to get around digit filters.",
  ev=["cn-numerals"])

R("Z13", "zh", "usage-notice", ["OPC:url"],
  "您好，这里是羽浪音频，关于订单 111-9340825-7713064 中的 Arc 耳机：不少买家反映调音 App 里的十段均衡器第一次用时不太好找，"
  "我们专门做了一份图文教程，放在官网 quillwave-audio.com/zh/eq，按步骤操作几分钟就能保存属于您自己的音效。",
  "Sends the buyer to the seller's own website, which is an outside link.")

R("Z14", "zh", "reply", ["OPC:email"],
  "谢谢您提供序列号。要确认您的耳机是不是在受影响的批次里，工程师需要一段调音 App 诊断页面的录屏，"
  "文件比较大，这里传不上来。麻烦您发到 care@quill" + ZWSP + "wave-audio.com，标题写上订单号，我们一天内回复。",
  "Gives the seller's e-mail address with a zero-width space inside it.",
  ev=["zero-width"])

R("Z15", "zh", "reply", ["OPC:diversion", "MKT:buy-again"],
  "大号耳塞套解决了漏音问题就好！这类硅胶耳塞天天用的话，大概四到六个月就该换了。"
  "到时候也可以直接去我们自己的网店下单，在搜索引擎里搜“羽浪音频”就能找到，从国内仓发货更快，价格也比亚马逊上实惠一些。",
  "Steers the buyer to buy refills from the seller's own shop at a lower price, which is diversion "
  "off Amazon and a buy-again push.")

R("Z16", "zh", "safety-notice", ["OPC:qr"],
  "重要安全提示（订单 113-4407752-9086631）：我们发现少量 Harbor 回音壁的电源适配器在长时间通电后可能过热。"
  "请查看适配器标签，批次号以 K7 结尾的请立即停止使用并拔下。说明书封底印有一个二维码，"
  "扫码就能直接和我们的售后工程师对话，安排更换会比在这里留言快。",
  "Routes the safety follow-up through a QR code that opens the seller's own support chat.")

R("Z17", "zh", "usage-notice", ["OPC:social"],
  "您好，关于订单 112-3095518-4470269 中的 Arc 耳机，想提醒您一下更换耳罩的方法：耳罩是旋转卡扣固定的，"
  "逆时针转四分之一圈就能取下。具体手法我们在小红书“羽浪音频”账号上发了一段一分钟的视频，看一遍就会了。",
  "Points the buyer to the seller's Xiaohongshu account, which is a social channel outside Amazon.")

R("Z18", "zh", "delivery-followup", ["OPC:messaging-app"],
  "您好，这里是羽浪音频。您订单 114-1187364-0956213 中的 Drift 耳机已经送达，希望第一次配对一切顺利。"
  "如果后续在使用上有任何疑问，加我们的薇信 qwaudio_help 会比在这里留言回复得更快，发语音也方便。",
  "Gives a WeChat handle with the app name written as a sound-alike.",
  ev=["homophone"])

R("Z19", "zh", "shipping-notice", ["MKT:new-product"],
  "您好，您订单 111-6672039-2218540 中的 SoftSeal 耳塞套已经发出，Amazon 物流单号 TBA392047718650，预计周二送达。"
  "顺便告诉您一个好消息：我们的新款 Drift 2 无线耳机下个月就要上架了，老客户可以优先购买。",
  "Announces a new product inside a shipping notice, which is marketing.")

R("Z20", "zh", "reply", ["MKT:coupon"],
  "非常抱歉 Arc 的头梁有划痕，新的已经寄出，周一就能收到，旧的您留着备用就好。"
  "为了表达歉意，下次在我们店购买任意产品时输入 QW88SORRY，可以直接减 10 美元，年底前都有效。",
  "Gives a code for money off a future purchase, which is a coupon even as an apology.")

R("Z21", "zh", "delivery-followup", ["MKT:cross-sell"],
  "您好，关于订单 113-5520917-6683044：Harbor 回音壁应该已经安装好了吧？电视的音频输出记得选“外部扬声器”。"
  "另外，很多买家会把它和我们的无线低音炮搭配使用，看电影时的低频震撼很多，在亚马逊搜索“羽浪 低音炮”就能找到。",
  "Recommends another of the seller's products after delivery, which is cross-selling.")

R("Z22", "zh", "reply", ["MKT:promotion"],
  "谢谢您的耐心，新版固件已经解决了您说的断连问题，升级后重启一次耳机即可。"
  "顺便提一下，下周末我们全店有 youhui 活动，耳塞套和收纳包都会比平时便宜不少，有需要的话可以留意一下。",
  "Announces a shop-wide price event with the keyword written in pinyin.",
  ev=["pinyin"])

R("Z23", "zh", "delivery-followup", ["MKT:loyalty"],
  "您好，这里是羽浪音频，关于订单 114-7749203-3358016，希望您的 Arc 耳机用得顺手。"
  "成为 Arc 用户后，您已经自动加入了我们的“老朋友计划”：每次在本店购物都会累积一级，累计满三级后，"
  "下一件配件可以半价购买，下次留言时报上订单号即可。",
  "Enrols the buyer in a loyalty scheme with a half-price reward, which is promotional.")

R("Z24", "zh", "reply", ["MKT:bundle"],
  "已经发货的订单没办法再加商品，很抱歉，您可以等耳机到了以后再单独下单收纳包。"
  "不过顺便说一句，“耳机 + 耳塞套 + 收纳包”的组合装比三件分开买便宜不少，如果还没决定的话，组合装会更划算。",
  "Pushes a cheaper bundle beyond what the buyer asked, which is promotional.")

R("Z25", "zh", "delivery-followup", ["MKT:restock"],
  "您好，您订单 112-0931846-7705528 中的黑色 Arc 耳机已于周五签收。您下单时沙色款正好缺货，"
  "现在这批沙色已经重新到货了，不过数量不多，如果想给家里再添一副，可以趁现在入手。",
  "Announces a restock and invites a second purchase, which is marketing.")

# =====================================================================================
# SIMPLIFIED CHINESE: compliant (11 near-misses, 4 plain)
# =====================================================================================
R("ZN01", "zh", "review-request", [],
  "您好，这里是羽浪音频，关于订单 113-6018274-9932105。您的 Drift 耳机已经送达一周左右。"
  "等您用得差不多了，欢迎在亚马逊商品页留下真实的评价，好评差评都可以，您的亲身体验对其他买家很有参考价值。感谢您的购买！",
  "A single, balanced request for an honest review is allowed even though it contains the words for "
  "positive and negative reviews.",
  nm="neutral-review-request")

R("ZN02", "zh", "reply", [],
  "请先在手机的蓝牙设置里删除名为“Drift”的旧配对记录，再把两只耳机放回充电仓，长按仓背面的按钮十秒，"
  "等指示灯闪白光后重新配对就可以了。",
  "The word for delete here refers to a Bluetooth pairing record, not a review.",
  nm="tech-verbs")

R("ZN03", "zh", "reply", [],
  "已按您的要求取消了重复的那笔订单，款项会原路退回；另一笔订单的收货地址也已修改为您提供的新地址，"
  "包裹还没出库，不影响送达时间。",
  "Cancelling, modifying and refunding describe logistics the buyer asked for, not review changes.",
  nm="logistics-words")

R("ZN04", "zh", "reply", [],
  "感谢您的好评，也谢谢您告诉我们！关于您问的低音炮配对：先打开回音壁，再长按低音炮背面的配对键三秒，"
  "指示灯由闪烁变为常亮就表示连接成功了。",
  "Thanking a buyer for a review they mentioned and answering their question asks nothing about the "
  "review.",
  nm="review-thanks")

R("ZN05", "zh", "reply", [],
  "非常抱歉充电仓用了两周就充不进电。我们已经免费为您补发一个新的充电仓，今天上午发出，预计周四送达，"
  "旧的不用寄回，就近投放到电子产品回收点即可。",
  "A free replacement is a remedy, not a promotion.",
  nm="free-remedy")

R("ZN06", "zh", "reply", [],
  "Arc 的麦克风支持微信语音、视频通话以及各类会议软件，配对成功后手机会把它当作普通耳麦使用，"
  "不需要另外安装任何东西。右侧耳罩的静音键在大多数通话软件里都能用。",
  "Naming WeChat as an app the headphones work with is a feature, not a contact handle.",
  nm="im-feature")

R("ZN07", "zh", "usage-notice", [],
  "您好，关于订单 111-2805637-4419780 中的 Drift 耳机：调音 App 新增了“佩戴贴合度评估”，戴上耳机后点开测试，"
  "十秒左右就能知道耳塞是否密封良好。如果结果显示某一侧漏音，可以换大一号的耳塞套再测一次。",
  "The word for assessment is an in-app fit test, not a review request.",
  nm="product-words")

R("ZN08", "zh", "delay-notice", [],
  "您好，关于订单 114-3390716-8201549：因物流中心清关延误，您购买的 SoftSeal 耳塞套预计会比原定时间晚三天发货，"
  "新的预计送达日期为下周一。给您带来不便，非常抱歉，发货后我们会在这里更新物流信息。",
  "A delay notice with a promise to update the tracking contains no offer, link or review request.",
  nm="logistics-words")

R("ZN09", "zh", "reply", [],
  "您的补发回音壁已于今天上午发出，订单号 113-8824610-3375092，UPS 运单号 1Z6R02C45518392047，"
  "预计 3 月 18 日 10:00 至 14:00 之间送达。外箱型号标注为 QW-S40，重约 4.2 公斤，快递员送达前通常会先打电话。",
  "Order numbers, tracking codes, dates and model numbers are not phone numbers.",
  nm="numbers")

R("ZN10", "zh", "safety-notice", [],
  "安全提醒（订单 112-4973015-6628431）：我们发现有一小批 Drift 充电仓在长期使用后电池可能鼓胀。"
  "请检查您的充电仓：如果盖子合不严或外壳明显鼓起，请立即停止充电并远离热源。"
  "直接回复本消息并附上充电仓照片和转轴下方的批次码，我们会免费为您寄出新的充电仓。",
  "A safety notice that offers a free replacement through Amazon messaging is a permitted remedy.",
  nm="free-remedy")

R("ZN11", "zh", "reply", [],
  "您问的两种颜色里，“星空灰”偏冷色调，带一点细微的金属光泽；“砂岩色”是暖米色，哑光质感，比较不显指纹。"
  "两种颜色的耳机内部配置完全相同。",
  "The star in this colour name is not a star rating.",
  nm="product-words")

R("ZP01", "zh", "reply", [],
  "SoftSeal 硅胶耳塞套分小、中、大三个尺寸，每包三对同一尺寸。如果耳机自带的中号戴着有点松，通常换大号就合适了。",
  "A sizing answer with nothing but product facts is compliant.",
  plain=True)

R("ZP02", "zh", "reply", [],
  "应您的要求，本订单的发票已作为附件随本消息发送，抬头按您提供的公司名称开具。",
  "Sending an invoice the buyer asked for is a permitted message.",
  plain=True)

R("ZP03", "zh", "customization", [],
  "您好，关于订单 114-9903152-6627410：您希望在 Drift 充电仓盖上刻“林小雨”三个字。开始雕刻前，请回复确认字样无误，"
  "以及是否需要使用楷体。",
  "Verifying a custom engraving is a permitted proactive message.",
  plain=True)

R("ZP04", "zh", "problem-notice", [],
  "您好，关于订单 111-5738290-0064125：由于回音壁和低音炮分别从两个仓库发出，您会收到两个包裹，"
  "送达时间可能相差一天，请不用担心。",
  "Explaining a split delivery contains no offer, contact detail or review mention.",
  plain=True)

# =====================================================================================
# TRADITIONAL CHINESE: violations (11)
# =====================================================================================
R("T01", "zt", "review-request", ["RI:gating"],
  "您好，這裡是羽浪音頻，關於訂單 113-2064719-5548832。您的 Drift 無線耳機已於週二送達，希望這幾天使用都還順手。"
  "若一切令您滿意，再麻煩您到商品頁留下評價；若有任何不順心的地方，請先回覆這則訊息讓我們處理，別急著上去寫。感謝您！",
  "Asks only satisfied buyers to post a review and sends unhappy buyers to the seller first, with the "
  "keyword in Traditional characters.",
  ev=["traditional-script"])

R("T02", "zt", "reply", ["RI:change-review"],
  "新的耳罩已經寄到，聽您說異音也消失了，我們總算放心，之前給您添了不少麻煩，真的很抱歉。"
  "另外想拜託您一件事：您先前在商品頁寫的評論還停留在耳罩出問題的時候，既然現在已經解決了，方便的話能否幫忙改一下內容？",
  "Asks the buyer to change a posted review after the fix, with the keyword in Traditional characters.",
  ev=["traditional-script"])

R("T03", "zt", "delivery-followup", ["RI:incentive", "MKT:coupon"],
  "您好，關於訂單 114-5591807-2230476：希望 Arc 耳機已經平安送到，戴起來也舒服。我們正在準備一份小小的回饋："
  "凡是在亞馬遜商品頁分享使用心得的朋友，回覆這則訊息告訴我們一聲，就會收到一張下次購物可用的九折折價券。",
  "Promises a 10 percent coupon to buyers who post about the product, which is both a review incentive "
  "and a coupon.")

R("T04", "zt", "reply", ["RI:praise-followup"],
  "看到您說 Arc 的音場比您以前用的耳機開闊很多，我們整個團隊都好開心，謝謝您特地告訴我們！"
  "您問的收納方式，耳罩向內旋轉後就能平放進收納包。既然您這麼喜歡，能不能請您把剛剛這段話也貼到亞馬遜的商品頁上呢？"
  "對我們這種小品牌幫助非常大。",
  "Turns a buyer's praise into a request to post it on the listing, which is review gating.")

R("T05", "zt", "reply", ["RI:incentive", "OPC:messaging-app"],
  "很抱歉 Drift 的包裝裡少了一對耳塞套，補寄的已經出貨了。另外，您在亞馬遜商品頁分享完使用心得後，"
  "加我們的 LINE（ID：@qwaudio）把畫面截圖傳過來，我們就把這次的運費全額退給您。",
  "Refunds the shipping for a screenshot of a posted review sent over LINE, which is both an incentive "
  "and off-platform contact.")

R("T06", "zt", "shipping-notice", ["OPC:messaging-app"],
  "您好，您訂單 112-7348201-9965013 中的 Harbor 聲霸已交由 UPS 寄出，追蹤號碼 1Z9T56D20184473390，預計週四送達。"
  "如果收件時遇到任何狀況，也歡迎直接在 LINE 搜尋 @qwaudio 找我們，通常幾分鐘內就會回覆。羽浪音頻 客服小羽",
  "Gives a LINE account in a shipping notice, which moves contact off Amazon.")

R("T07", "zt", "reply", ["OPC:email"],
  "謝謝您提供序號。工程師需要一段調音 App 診斷頁面的螢幕錄影才能判斷是不是受影響的批次，檔案太大無法在這裡上傳，"
  "麻煩您寄到 care 小老鼠 qwaudio 點 tw，主旨寫上訂單編號，我們一天內回覆。",
  "Spells out the seller's e-mail address with the local slang for the at sign and the word for dot.",
  ev=["spelled-email"])

R("T08", "zt", "reply", ["OPC:url", "MKT:discount"],
  "您好，很高興耳塞套的尺寸合適。您問到之後要補買的話，其實也可以直接到我們的官網 qwaudio.tw 下單，"
  "價格比亞馬遜上再少一成，而且台灣本地出貨，兩三天就到。",
  "Sends the buyer to the seller's own website with a lower price, which is an outside link and a "
  "discount.")

R("T09", "zt", "safety-notice", ["OPC:phone"],
  "重要安全通知（訂單 111-8826305-4407192）：我們發現少數 Harbor 聲霸的電源變壓器在長時間通電後可能過熱。"
  "請查看變壓器標籤，批號結尾為 K7 者請立即停止使用並拔除插頭。如需更換，請撥打我們的服務專線 +1 (206) 555-0184，"
  "專人會協助安排寄送新品。",
  "Asks the buyer to phone the seller's own line about a safety issue instead of replying on Amazon.")

R("T10", "zt", "usage-notice", ["MKT:new-product"],
  "您好，關於訂單 113-9071624-2258830 中的 Arc 耳機：調音 App 3.2 版本本週上線，均衡器預設會移到首頁，並新增三分鐘的聽力檢測。"
  "另外跟您分享，Arc 的全新配色「霧灰」下週開賣，老顧客可以搶先選購。",
  "Slips a new colour launch into an app notice, which is a new-product announcement.")

R("T11", "zt", "shipping-notice", ["MKT:coupon"],
  "您好，您訂單 114-0287419-6613305 的 SoftSeal 耳塞套今天已寄出，追蹤號碼 TBA518830274619，預計週二送達。"
  "下次到我們店裡選購耳機或喇叭時，結帳輸入 QWEAR10 這組優 惠 碼，就能再省一成。",
  "Gives a discount code with the word for discount spaced apart inside a shipping notice.",
  ev=["spacing"])

# =====================================================================================
# TRADITIONAL CHINESE: compliant (7 near-misses, 2 plain)
# =====================================================================================
R("TN01", "zt", "review-request", [],
  "您好，這裡是羽浪音頻，關於訂單 112-5509371-8847216。您的 Arc 耳機已送達一週左右，等您用得習慣了，"
  "歡迎到亞馬遜商品頁留下真實的評價，不論好壞都很有參考價值。謝謝您的支持！",
  "A single balanced request for an honest review is allowed.",
  nm="neutral-review-request")

R("TN02", "zt", "reply", [],
  "請先到手機的藍牙設定中刪除名稱為「Arc」的舊配對紀錄，接著長按耳機電源鍵十秒，待指示燈閃紫光後重新配對，"
  "調音 App 就會提示您更新韌體。",
  "The words for delete and update refer to a pairing record and firmware, not a review.",
  nm="tech-verbs")

R("TN03", "zt", "reply", [],
  "可以的，Drift 接聽 LINE 和一般電話都沒有問題，配對完成後手機會自動把它當成耳麥使用，不需要另外安裝任何程式。"
  "輕點兩下右耳就能接聽或掛斷。",
  "LINE is named as an app the earbuds work with, not as a contact channel.",
  nm="im-feature")

R("TN04", "zt", "reply", [],
  "很抱歉收到的聲霸遙控器無法使用。我們已經免費補寄一支新的遙控器，今天下午出貨，預計週五送達，舊的不需要寄回。",
  "A free replacement remote is a remedy, not a promotion.",
  nm="free-remedy")

R("TN05", "zt", "reply", [],
  "我們已經審核過您上傳的照片，評估後確認是充電倉的轉軸鬆脫，並非人為損壞。退貨申請已核准，"
  "退款會在包裹掃描後退回原付款方式。",
  "The words for checking and assessing describe handling a return, not reviewing the product.",
  nm="logistics-words")

R("TN06", "zt", "problem-notice", [],
  "您好，關於訂單 114-8812637-0590421：我們發現這批 SoftSeal 耳塞套外盒的尺寸標籤印錯了，標示為 M 的其實是 L。"
  "我們已免費補寄一盒正確的中號，預計週三送達，原本那盒您可以留著備用。",
  "A correction with a free replacement is a remedy, not an offer.",
  nm="free-remedy")

R("TN07", "zt", "problem-notice", [],
  "您好，關於訂單 113-3308725-6172940：您的 Harbor 聲霸與重低音喇叭分兩箱寄出，追蹤號碼分別為 1Z4M72A30091846625 "
  "與 1Z4M72A30091846634，型號 QW-S40 與 QW-W20，兩箱可能相隔一天送達，司機送達前會先打電話。",
  "Order and tracking numbers and model codes are not phone numbers.",
  nm="numbers")

R("TP01", "zt", "delay-notice", [],
  "您好，關於訂單 111-6094582-3370168：因轉運中心天候延誤，您的 Harbor 聲霸預計會比原定時間晚兩天送達，"
  "新的預計日期為下週三。造成不便非常抱歉，有最新的物流動態我們會在這裡通知您。",
  "A delay notice with no offer, contact detail or review mention is compliant.",
  plain=True)

R("TP02", "zt", "reply", [],
  "Arc 的耳罩可以單獨拆下，採用旋轉卡扣設計，逆時針轉四分之一圈就能取下，不需要任何工具。",
  "A usage answer with only product facts is compliant.",
  plain=True)

# =====================================================================================
# MIXED (Simplified Chinese + English): violations (10)
# =====================================================================================
R("X01", "mx", "review-request", ["RI:gating"],
  "Hi Kevin，您的 Harbor soundbar（order 112-9360471-5528813）已经签收啦，希望 setup 一切顺利。"
  "If it sounds as good as you hoped，欢迎到 product page 跟其他买家分享一下；如果有哪里不满意，"
  "请先回复这条消息让我们处理，等问题解决了再决定要不要 post anything。",
  "Invites only satisfied buyers to post and asks unhappy ones to wait until the seller has fixed "
  "things, which is gating.")

R("X02", "mx", "reply", ["RI:rating-request"],
  "Thanks for the quick reply！很高兴 Drift 的新 firmware 解决了断连问题。如果用着顺手，能不能给我们一个 haoping？"
  "It really helps a small brand like ours get noticed.",
  "Asks for a positive review with the Chinese keyword written in pinyin.",
  ev=["pinyin"])

R("X03", "mx", "reply", ["RI:incentive", "MKT:coupon"],
  "耳塞套尺寸换好了就好！小小提一句：您在 Amazon 上写完 review 之后，把截图回复给我们，"
  "我们送您一个 $10 off 的 code，下次买 ear tips 或者收纳包都能用。",
  "Offers a discount code for a screenshot of a posted review, which is an incentive and a coupon.")

R("X04", "mx", "review-request", ["RI:steering"],
  "Hello，这里是 Quillwave，关于 order 113-4058826-1190347。Arc 已经陪您一周了，希望 noise cancelling 让通勤安静不少。"
  "写 r" + CYR_IE + "view 的时候，麻烦提一下 38-hour battery 和 memory foam 耳罩戴久了也不闷，"
  "能附上一张 folded in the case 的照片就更好了。",
  "Tells the buyer what to write and asks for a photo in the review, with a Cyrillic letter in the "
  "keyword.",
  ev=["homoglyph"])

R("X05", "mx", "reply", ["RI:change-review", "OPC:messaging-app"],
  "Refund 已经处理好了，三到五个工作日到账，给您添麻烦真的很抱歉。方便的话，能不能 update 一下之前写的 comment，"
  "让它反映现在的情况？有任何问题直接 WhatsApp 我就好：+1 718 555 0126。",
  "Asks the buyer to update a posted review after a refund and gives a WhatsApp number.")

R("X06", "mx", "shipping-notice", ["OPC:social"],
  "您好，your Drift earbuds 已经发出了，tracking number TBA826604193375，预计 Thursday 送达。"
  "第一次配对的 setup video 我们放在 IG 上了，搜 @quillwave.sound 就能看到，follow 一下以后还有更多使用 tips。",
  "Points the buyer to the seller's Instagram account, which is a social channel outside Amazon.")

R("X07", "mx", "reply", ["OPC:email"],
  "明白，录屏文件太大传不上来。您可以发 email 到 care (at) quillwave-audio (dot) com，subject 写上 order number，"
  "工程师一般 24 小时内回复您。",
  "Gives the seller's e-mail address spelled out with at and dot.",
  ev=["spelled-email"])

R("X08", "mx", "delivery-followup", ["OPC:messaging-app", "MKT:vip-group"],
  "Hi Ms. Zhou，希望 Arc 耳机已经顺利到货，cushions 戴着也舒服。我们有一个 Telegram group 叫 Quillwave Listeners，"
  "members 可以提前知道新配色，还有 early-bird price，回复这条消息我们就发 invite link 给您。",
  "Invites the buyer to a Telegram group with member pricing, which is off-platform contact and a "
  "promotion.")

R("X09", "mx", "delivery-followup", ["MKT:cross-sell"],
  "您好，您的 Harbor soundbar 已经 delivered，希望 HDMI eARC 连接顺利。顺便提一下，和它配套的 wall bracket "
  "在我们的 listing 里有卖，Amazon 上 search “Quillwave bracket” 就能看到，挂墙后音效会更开阔。",
  "Pitches a matching bracket after delivery, which is cross-selling.")

R("X10", "mx", "shipping-notice", ["MKT:promotion"],
  "您好，您的 SoftSeal ear tips（order 114-6672195-3308841）今天已经 shipped，预计周二到。"
  "提前透露一下，Prime Day 那天我们全线 headphones 都有 5ale，想升级的话记得那天来看看。",
  "Announces a Prime Day sale with a digit in place of a letter in the keyword.",
  ev=["leetspeak"])

# =====================================================================================
# MIXED: compliant (7 near-misses, 3 plain)
# =====================================================================================
R("XN01", "mx", "reply", [],
  "我们已经 review 了您上传的照片，确认是 charging case 的 hinge 松了，不是人为损坏。Replacement 明天发出，旧的不用寄回。",
  "Review here means checking the buyer's photos, not a product review.",
  nm="logistics-words")

R("XN02", "mx", "problem-notice", [],
  "您好，关于 order 111-3849027-5561208：我们发现部分 Arc 会卡在 pairing loop。解决方法：先在手机 Bluetooth 设置里 "
  "remove 这副耳机，再在 Tune app 里 delete 旧的 profile，然后 update firmware 到 v3.1 就好了。",
  "Remove, delete and update are troubleshooting steps.",
  nm="tech-verbs")

R("XN03", "mx", "review-request", [],
  "您好，这里是 Quillwave，关于 order 112-7736205-4180397。Drift 已经到货一周了，等您用习惯后，"
  "欢迎在 Amazon product page 留下一条真实的 review，positive 或 negative 都可以，对其他买家很有帮助。",
  "A single balanced review request is allowed even with the words positive and negative.",
  nm="neutral-review-request")

R("XN04", "mx", "reply", [],
  "Tune app 不需要注册账号，也不用登录 Facebook 或 Google，打开 Bluetooth 就能直接连上 Arc。"
  "所有 EQ 设置都保存在耳机里，换手机也不会丢。",
  "Facebook is named only to say the app does not need it.",
  nm="im-feature")

R("XN05", "mx", "reply", [],
  "盒子里本来就附带三对 ear tips（S、M、L），都是 free 的，中号已经装在耳机上了，另外两对在充电仓下面的小纸盒里。",
  "Free describes what comes in the box, not an offer.",
  nm="product-words")

R("XN06", "mx", "reply", [],
  "那天 listing 上显示的 price 是系统 error，您按下单时的价格付款就可以，我们不会再向您收取差价，也不会取消订单。",
  "Explaining a price error is not a discount or a promotion.",
  nm="price-error")

R("XN07", "mx", "safety-notice", [],
  "Important safety note（order 113-5502968-7734410）：部分 Harbor soundbar 的 power adapter 在长时间通电后可能过热。"
  "请检查 adapter 标签，batch code 以 K7 结尾的请立刻停止使用。直接 reply 这条消息并附上标签照片，我们会免费寄新的 adapter 给您。",
  "A safety notice that offers a free replacement through Amazon messaging is a permitted remedy.",
  nm="free-remedy")

R("XP01", "mx", "reply", [],
  "您的 parcel 已经到了本地的 delivery station，今天会派送，晚上之前应该能收到。",
  "A delivery status answer is plain order handling.",
  plain=True)

R("XP02", "mx", "reply", [],
  "Bass Boost 这个 preset 会提升大约 150 Hz 以下的低频；听 podcast 如果觉得太闷，可以换成 Voice preset。",
  "A product-usage answer with no offer, contact detail or review mention is compliant.",
  plain=True)

R("XP03", "mx", "delay-notice", [],
  "您好，关于 order 114-2061853-9927704：由于 carrier 那边的 sorting delay，您的 Arc 耳机预计会晚两天送达，"
  "新的 delivery date 是下周三，给您带来不便非常抱歉。",
  "A delay notice with no offer, contact detail or review mention is compliant.",
  plain=True)


# =====================================================================================
# Build
# =====================================================================================
JUDGEMENT_CALLS = [
    ("Only the three content policies are labelled.",
     "`labels` covers review-inducement, off-platform-contact and marketing and nothing else "
     "(interface.md). Policy A makes order or shipping confirmations, thank-you-only messages and "
     "unsolicited tips non-permitted proactive messages, and section E bans emoji; none of that is "
     "labelled. So a proactive shipping notice, usage note or the emoji-star record can carry an empty "
     "label list or only the label of the content it hides. The compliant proactive records were "
     "taken from permitted kinds where possible (delay, safety and problem notices, customisation, "
     "neutral review requests), but a linter with `message-scope` or `formatting` rules may still "
     "raise findings on some of them."),
    ("A neutral review request is compliant and is assumed to be the first one for its order.",
     "A single, unconditional invitation to share an experience is allowed even when it names both "
     "sides (\"positive, negative or somewhere in between\", 好评差评都可以, 不論好壞) "
     "(interface.md; C near-misses; (b) neutral-vs-prohibited table). The set has no thread history, "
     "so `review-request-limit` (one request per order) is never at stake; M17 (a neutral request "
     "followed by a pitch) is labelled only `marketing`."),
    ("Praise turned into a review request is review-inducement (`praise-followup`).",
     "Policy C3 quotes the review policy: asking only satisfied buyers \"includes cases where the "
     "customer proactively reaches out to the seller to express satisfaction\". A reply that thanks a "
     "buyer for praise and then asks them to put it on the listing is labelled even when the wording is "
     "neutral. The praise must be visible in the reply itself, since the set has no thread."),
    ("\"Tell us first\" and \"hold off\" are gating even without a happy path.",
     "Asking an unhappy buyer to come to the seller before posting, or to wait until a fix has "
     "arrived, is `gating` (C3: \"Before leaving negative feedback, please give us a chance to make it "
     "right\"; the FAQ forbids any \"attempt to influence the review\"). This holds when the message "
     "never says negative and never asks happy buyers for anything (E19)."),
    ("Hints at the top score count as asking for five stars.",
     "\"The very top of the scale\", a row of ★ or ⭐, \"fi-ve-st-ar\" and 五 星 好 评 are "
     "`rating-request` (C2), with or without the digits 5 or the word positive."),
    ("Asking to revisit a product review is a change request in any wording; the neutral seller-feedback notice was left out.",
     "\"Revisit them\", \"a fresh look\", \"editing\", 重新编辑, 改一下 and \"update … comment\" "
     "are `change-review`, because C4 forbids asking to change a review \"even after an issue is "
     "resolved\". Seller feedback is different: Amazon's own neutral notice after resolution is "
     "allowed (C5), yet policy.md's rule inventory still recommends a warning for it, and warnings "
     "count as flags. Its correct label is therefore contestable, and the set does not contain it. "
     "Every `feedback-removal` record adds pressure (\"hurting our account\", \"weighs heavily\", "
     "影响真的很大) or a reward."),
    ("Rewards for a review: how many labels.",
     "Any reward tied to a review, a post or a screenshot of one is `incentive` (C1): spare ear "
     "tips, cushions, a shipping refund, reimbursed batteries, cash back or a prize draw (C1 lists "
     "\"Write a review to enter our monthly draw\" as an incentive, so E20 carries no second label). "
     "When the reward is itself a promotion for further buying (a coupon, a percentage off the next "
     "order, early access to an unreleased model), the record also carries `marketing`. When it is "
     "paid or collected outside Amazon (PayPal, Alipay, a LINE chat, WhatsApp), it also carries "
     "`off-platform-contact`. A free item given as the reward is compensation, not marketing."),
    ("Telling the buyer what to write is steering.",
     "Naming features or phrases to mention, or asking for a photo, is `steering` (C7, \"attempt to "
     "influence the review\"), even when no rating is requested."),
    ("Contacting a buyer about a problem raised in a review is compliant.",
     "N17 writes to a buyer about a fault described in their review and asks only for diagnostic "
     "details. The review policy says sellers may \"reach out to customers to resolve product or "
     "service issues\". Remedies and review mentions were kept apart in the compliant records, because "
     "the (b) case study treats a freebie followed by a review mention as possible influence."),
    ("Review, rating, feedback and star in a product sense are compliant.",
     "Acoustic feedback, an IPX4 rating, star-shaped Torx screws, the 星空灰 colour, the app's "
     "贴合度评估 fit test, 审核/評估 for a return, \"we've reviewed your photos\" and \"Code E7\" are not "
     "review or offer language (B and C near-misses). Thanking a buyer for a review they mentioned "
     "(N02, ZN04 感谢您的好评) is compliant in a reply (C near-misses), and so is explaining that "
     "Amazon's own review e-mail is automatic (N15)."),
    ("Links: only Amazon's own order page is compliant, a storefront link is marketing.",
     "A link to amazon.com/gp/css/order-history for a return is at most info (D near-misses), so N11 "
     "is compliant. A link to the seller's Amazon storefront to show more products (M06) is "
     "`marketing` (storefront-link) and not `off-platform-contact`, which interface.md limits to "
     "\"sites other than Amazon's own\". Links to the seller's own domain or shortener are "
     "`off-platform-contact` (url), whatever their purpose (warranty registration, a tutorial)."),
    ("Warn-level items were kept out of the set.",
     "Policy.md gives some allowed items a warning: carrier or warranty phone numbers (D3), https "
     "links that look order-related (D1), a reply explaining an Amazon coupon the buyer asked about "
     "(B). Warnings count as flags in the acceptance measures, so such records would have a contestable "
     "label. None of them is in the set: no carrier phone number appears, and compliant numbers are "
     "order ids, tracking codes, model numbers and times (D near-misses)."),
    ("An off-Amazon channel described without a keyword is still off-platform contact.",
     "\"A small card with a square black-and-white pattern … opens a chat with our own support "
     "desk\" (O05) is `qr`, and \"search for Quillwave Audio on any search engine … our own shop\" "
     "(O06) or 在搜索引擎里搜“羽浪音频” (Z15) is `diversion` (D1 QR example, D6). Inviting a buyer to a "
     "group or handle (Telegram, LINE, WeChat, Xiaohongshu, Instagram, TikTok) is "
     "`off-platform-contact` even with no link."),
    ("Permitted messages do not launder contact details or offers.",
     "A safety notice or shipping notice is a permitted message type, but an e-mail address, phone "
     "number, handle or offer added to it is still labelled: B bans marketing \"including within "
     "otherwise permitted communications\", and D's signature-block warning covers e-mail addresses in "
     "sign-offs (O01, O07, T09, M15)."),
    ("Follow us and buy direct: when marketing is added.",
     "Following a social account for videos is `off-platform-contact` only (O08, Z17, X06). Tied to a "
     "giveaway (O17) or member prices (X08) it also carries `marketing`. Buying direct from the seller's "
     "shop is `off-platform-contact` and also `marketing` when it is a reorder push or comes with a "
     "lower price (O06, Z15, T08, O16)."),
    ("Marketing inside replies.",
     "A reply that answers the buyer's question and then adds a bundle, a sale date, a coupon for next "
     "time, a referral reward, a members' club or a subscription is `marketing` (B, \"including within "
     "otherwise permitted communications\"). Goodwill codes for a future order offered as an apology "
     "(M02, Z20) are coupons. A free replacement, a refund of an overcharge and explaining a price error "
     "(N06, N16, XN06) are remedies and compliant."),
    ("Nudges that stay on Amazon are still marketing.",
     "Buy it Again (M05), Subscribe & Save with an extra discount (M14), a search on Amazon for another "
     "product (M01, Z21, X09) and a restock notice (M09, Z25) are `marketing` (interface.md names "
     "cross-selling and \"buy again\" pushes)."),
    ("App names as product features are compliant.",
     "WhatsApp, WeChat, LINE, FaceTime, Facebook and Google named as apps the headphones work with, or "
     "do not need, are not contact handles (D near-misses, \"product features\"). A line-in socket "
     "labelled LINE is an audio input."),
    ("Evasion tags describe how the violating part is disguised.",
     "About 30 violations carry `evasion` plus one technique. Euphemism is not an evasion technique "
     "here: the brief asks for indirect wording in all violations, so untagged violations are often "
     "keyword-free too. Look-alike Latin spellings with digits are `leetspeak`; Cyrillic letters are "
     "`homoglyph`; sound-alike Chinese (薇信) is `homophone`; ★ and ⭐ are `star-symbols`; digits "
     "written as English words are `spelled-phone`; 小老鼠 (Taiwanese slang for @) with 點 is "
     "`spelled-email`."),
    ("Traditional Chinese as an evasion.",
     "A Traditional record is tagged `evasion` + `traditional-script` when its decisive review "
     "keyword exists only in Traditional form (評價, 評論 and the like), so it matches a Simplified "
     "keyword list only after conversion. `validate.py` enforces this for review-inducement records. "
     "Traditional violations whose offending part uses no such keyword (心得, LINE, 官網, 折價券) are "
     "not tagged as evasions; the Traditional script alone is not treated as a disguise."),
    ("Contact details are invented and fictional.",
     "All phone numbers are North American 555-01xx numbers, the range reserved for fiction, also "
     "when written in Chinese numerals or words. The domains quillwave-audio.com, qwaudio.tw and "
     "qwv.link, the handles and the order ids are invented; amazon.com appears only for Amazon's own "
     "pages."),
]

NM_KIND_TEXT = {
    "neutral-review-request": "balanced, unconditional review request or how-to",
    "review-thanks": "thanks for a review the buyer mentioned",
    "review-followup": "reaching out about a problem raised in a review",
    "product-words": "rating/feedback/star/free/code/评估/星 in a product sense",
    "free-remedy": "free replacement or refund of an overcharge",
    "tech-verbs": "remove/delete/update/删除 in troubleshooting steps",
    "logistics-words": "cancel/update/review/审核/取消/修改 in order handling",
    "im-feature": "WhatsApp, WeChat, LINE, Facebook or line-in as product features",
    "contact-words": "phone and calls meaning the buyer's handset",
    "numbers": "order ids, tracking codes, model numbers, times",
    "amazon-link": "link to Amazon's own order page",
    "amazon-auto-email": "Amazon's automatic review e-mail explained",
    "price-error": "price error explained, no discount",
}


def build():
    keys = [r["key"] for r in RECS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    recs = list(RECS)
    random.Random(SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        labels, subs = [], []
        for lab in r["labs"]:
            pol, sub = lab.split(":")
            labels.append(POLICY_OF[pol])
            subs.append(sub)
        order = sorted(range(len(labels)), key=lambda k: POLICIES.index(labels[k]))
        labels = [labels[k] for k in order]
        subs = [subs[k] for k in order]
        tags = list(subs)
        if r["ctx"] == "reply":
            tags.append("reply")
        else:
            assert r["ctx"] in PROACTIVE_KINDS, r["key"]
            tags += ["proactive", r["ctx"]]
        if r["ev"]:
            assert labels, r["key"]
            tags += ["evasion"] + r["ev"]
        if not labels:
            assert bool(r["nm"]) != bool(r["plain"]), r["key"]
            tags.append("near-miss" if r["nm"] else "plain")
        else:
            assert not r["nm"] and not r["plain"], r["key"]
        if r["lang"] == "zt":
            tags.append("traditional")
        r["id"] = ID_FMT % i
        out.append({"id": r["id"], "text": r["text"], "labels": labels, "lang": LANG_OF[r["lang"]],
                    "tags": tags, "note": r["note"]})
    return recs, out


def md_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


def readme(recs, out):
    lab = collections.Counter(l for o in out for l in o["labels"])
    nlab = collections.Counter(len(o["labels"]) for o in out)
    pairs = collections.Counter(" + ".join(o["labels"]) for o in out if len(o["labels"]) == 2)
    grid = collections.defaultdict(collections.Counter)
    for r, o in zip(recs, out):
        lk = {"en": "en", "zh": "zh (Simplified)", "zt": "zh + `traditional`", "mx": "mixed"}[r["lang"]]
        row = "violation" if o["labels"] else ("near-miss" if r["nm"] else "plain")
        grid[lk][row] += 1
        grid[lk]["evasive"] += bool(r["ev"])
        grid[lk]["proactive"] += r["ctx"] != "reply"
    ctx = collections.Counter("reply" if r["ctx"] == "reply" else "proactive" for r in recs)
    kinds = collections.Counter(r["ctx"] for r in recs if r["ctx"] != "reply")
    techs = collections.Counter(t for r in recs for t in r["ev"])
    ev_by_label = collections.Counter(l for o in out if "evasion" in o["tags"] for l in o["labels"])
    subs = collections.defaultdict(collections.Counter)
    for o in out:
        for l, s in zip(o["labels"], o["tags"]):
            subs[l][s] += 1
    nmk = collections.Counter(r["nm"] for r in recs if r["nm"])
    n_ev = sum(1 for r in recs if r["ev"])
    idx = {r["key"]: r["id"] for r in recs}

    def ids_for(pred):
        return ", ".join(sorted(r["id"] for r in recs if pred(r)))

    parts = []
    parts.append("""# holdout42: hand-labelled held-out set of seller-to-buyer messages (audio shop)

160 messages from an invented Amazon audio shop to its buyers, each labelled by hand for the three
content policies of `interface.md`: `review-inducement`, `off-platform-contact` and `marketing`.
An empty `labels` list means compliant **for these three policies only** (judgement call 1).

Labels were decided from `/work/shared/policy.md` and `/work/shared/interface.md` alone. The
linter's repository was not read or run. An earlier set (h39) was consulted for its file format only;
none of its texts, shop, names or phrasings is reused. Every text here was written for this set.

## The shop

**Quillwave Audio** (羽浪音频 / 羽浪音頻) sells:

- *Drift* wireless earbuds with a charging case (the *Drift 2* is "coming");
- the *Harbor* soundbar (model QW-S40, 回音壁 / 聲霸) with a wireless subwoofer (QW-W20) and wall bracket;
- *Arc* over-ear noise-cancelling headphones, tuned with the *Tune* EQ app (an *Arc Mini* is "coming");
- *SoftSeal* replacement ear tips, foam and silicone, S/M/L.

Everything is invented: buyer and staff names, order ids (`1xx-xxxxxxx-xxxxxxx`), tracking numbers
(`1Z…`, `TBA…`), the domains `quillwave-audio.com`, `qwaudio.tw` and the shortener `qwv.link`, and the
handles (`qwaudio_cs`, `qwaudio_help`, `@qwaudio`, `@quillwave.sound`, `@quillwavesound`,
`@qw_fix_desk`, the group "Quillwave Listeners"). `amazon.com` appears only for Amazon's own pages.
Every phone number is a North American 555-01xx number, the range reserved for fiction.

## Files

| file | what it is |
| --- | --- |
| `gen.py` | Source of truth. Holds every text as a Python literal (zero-width, Cyrillic and star characters as `\\uXXXX` escapes, full-width text built by `fw()`), the judgement calls and the source of `validate.py`. It shuffles with `random.Random(42)`, assigns ids `h42-001`..`h42-160`, computes the tags, and writes the three files below. |
| `holdout42.jsonl` | 160 lines, one JSON object each, with exactly the keys `id`, `text`, `labels`, `lang`, `tags`, `note`. |
| `validate.py` | The self-check (below). Prints counts and exits 1 on any problem. An optional argument gives another path. |
| `README.md` | This file. |

Rebuild and check: `python3 gen.py && python3 validate.py`

## Record format

```json
{"id": "h42-001", "text": "...", "labels": ["review-inducement", "marketing"], "lang": "en",
 "tags": ["incentive", "coupon", "proactive", "review-request"], "note": "One sentence."}
```

- `labels`: a subset of `review-inducement`, `off-platform-contact`, `marketing`, in that order; `[]` = compliant.
- `lang`: `en`, `zh` or `mixed`. Traditional Chinese is `zh` plus the tag `traditional`. `mixed` is Simplified Chinese with English.
- `tags`, in this order:
  1. one subtype per label, in label order:
     - review-inducement: `incentive`, `rating-request`, `gating`, `praise-followup`, `steering`, `change-review`, `feedback-removal`;
     - off-platform-contact: `email`, `phone`, `messaging-app`, `social`, `url`, `qr`, `payment`, `diversion`;
     - marketing: `coupon`, `discount`, `promotion`, `new-product`, `cross-sell`, `bundle`, `buy-again`, `storefront-link`, `loyalty`, `referral`, `restock`, `subscription`, `giveaway`, `early-access`, `vip-group`;
  2. the context, `reply` (answers a buyer message) or `proactive` (the seller writes first);
  3. after `proactive` only, the message kind: `shipping-notice`, `delivery-followup`, `review-request`, `usage-notice`, `safety-notice`, `delay-notice`, `problem-notice`, `customization`;
  4. on evasive violations only: `evasion`, then the technique: `spacing`, `punctuation`, `homoglyph`, `fullwidth`, `leetspeak`, `zero-width`, `star-symbols`, `pinyin`, `homophone`, `spelled-email`, `spelled-phone`, `cn-numerals`, `traditional-script`;
  5. on compliant records only: `near-miss` (contains words a naive keyword list would flag) or `plain`;
  6. `traditional` on Traditional Chinese records.
- `note`: one English sentence saying why the label is what it is.

## What `validate.py` checks

- 160 records, the exact key set, ids unique and in sequence `h42-001`..`h42-160`.
- Texts unique after NFKC, zero-width stripping, casefolding and whitespace collapse.
- Labels only from the three policies, no duplicates, canonical order; `lang` in `en`/`zh`/`mixed`.
- Tag grammar as above: subtype matches its label, context present, proactive kind present exactly for proactive records, `evasion` only on violations and always with a technique, exactly one of `near-miss`/`plain` on compliant records and neither on violations, `traditional` only with `zh`.
- Evidence in the text for every technique tagged (zero-width characters, full-width letters, Cyrillic next to Latin, digit-for-letter keywords, letter-spaced words, dotted words, star glyphs, a pinyin list, a homophone list, `at … dot` / `小老鼠 … 點` addresses, digits as words, runs of Chinese numerals, Traditional-only review keywords), and no untagged artefact of any technique elsewhere.
- Traditional review-inducement records that contain a Traditional-only review keyword must be tagged `traditional-script`.
- Near-miss records contain at least one naive trigger word (review, rating, star, feedback, free, code, refund, update, remove, WhatsApp, line, phone, call, e-mail, 评, 星, 免费, 删除, 修改, 取消, 微信, 电话, 码, …); plain records contain none.
- Language: `en` has no CJK characters or CJK punctuation; `zh` is mostly CJK; Traditional records have at least 3 Traditional-only characters and no Simplified-only ones; Simplified and mixed records have no Traditional-only characters; `mixed` has at least 8 CJK characters and 3 English words. (About 480 Simplified/Traditional character pairs are listed in `validate.py`.)
- Phone numbers: after NFKC, zero-width stripping and removal of order ids and tracking numbers, every run of 7 or more digits (also written in Chinese numerals or English digit words) must be a 555-01xx number.
- E-mail addresses (also spelled out) and bare domains must be on the invented allowlist.
- Every note is one sentence ending in a full stop.
""")

    parts.append("## Counts\n")
    parts.append("- **Records:** %d: %d violations (%d with two labels) and %d compliant (%d near-misses, %d plain)."
                 % (len(out), len(out) - nlab[0], nlab[2], nlab[0],
                    sum(1 for r in recs if r["nm"]), sum(1 for r in recs if r["plain"])))
    parts.append("- **Per label:** " + ", ".join("%s %d" % (p, lab[p]) for p in POLICIES) + ".")
    parts.append("- **Two-label records:** " + ", ".join("%s %d" % kv for kv in sorted(pairs.items())) + ".")
    parts.append("- **Context:** reply %d, proactive %d (%s)." % (
        ctx["reply"], ctx["proactive"], ", ".join("%s %d" % (k, kinds[k]) for k in PROACTIVE_KINDS)))
    parts.append("- **Evasions:** %d records, one technique each; by label: %s.\n" % (
        n_ev, ", ".join("%s %d" % (p, ev_by_label[p]) for p in POLICIES)))
    rows = []
    for lk in ("en", "zh (Simplified)", "zh + `traditional`", "mixed"):
        g = grid[lk]
        tot = g["violation"] + g["near-miss"] + g["plain"]
        rows.append([lk, "%d (%d%%)" % (tot, round(100.0 * tot / len(out))), g["violation"],
                     g["near-miss"], g["plain"], g["evasive"], g["proactive"]])
    parts.append(md_table(["language", "total", "violations", "near-miss", "plain", "evasive", "proactive"], rows))
    parts.append("\n**Evasion techniques:**\n")
    parts.append(md_table(["technique", "records", "ids"],
                          [[t, techs[t], ids_for(lambda r, t=t: t in r["ev"])] for t in
                           sorted(techs, key=lambda t: (-techs[t], t))]))
    parts.append("\n**Subtypes:**\n")
    for p in POLICIES:
        parts.append("- %s: %s." % (p, ", ".join("%s %d" % kv for kv in subs[p].most_common())))
    parts.append("\n**Near-miss kinds** (internal; kept in `gen.py`, not in the JSONL):\n")
    parts.append(md_table(["kind", "records", "what"],
                          [[k, nmk[k], NM_KIND_TEXT[k]] for k in sorted(nmk, key=lambda k: (-nmk[k], k))]))
    parts.append("\n## Judgement calls\n")
    parts.append("Each call cites the part of `policy.md` or `interface.md` it rests on, and the ids of "
                 "example records.\n")
    key_re = re.compile(r"\b(?:E|O|M|N|P|Z|ZN|ZP|T|TN|TP|X|XN|XP)\d\d\b")

    def by_id(m):
        assert m.group(0) in idx, m.group(0)
        return idx[m.group(0)]
    for n, (title, body) in enumerate(JUDGEMENT_CALLS, 1):
        parts.append("%d. **%s** %s" % (n, key_re.sub(by_id, title), key_re.sub(by_id, body)))
    parts.append("\n## Keys in gen.py and ids\n")
    parts.append("Keys name a record's group in `gen.py`: E (English review-inducement), O (English "
                 "off-platform), M (English marketing), N/P (English near-miss/plain), Z/ZN/ZP (Simplified), "
                 "T/TN/TP (Traditional), X/XN/XP (mixed).\n")
    parts.append(", ".join("%s=%s" % (k, idx[k]) for k in sorted(idx)))
    return "\n".join(parts) + "\n"


def main():
    recs, out = build()
    with open(os.path.join(HERE, "holdout42.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8") as fh:
        fh.write(VALIDATE_SRC)
    os.chmod(os.path.join(HERE, "validate.py"), 0o755)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(recs, out))
    nmk = collections.Counter(r["nm"] for r in recs if r["nm"])
    print("wrote %d records; near-miss kinds: %s" % (len(out), dict(nmk)))


VALIDATE_SRC = r'''#!/usr/bin/env python3
"""Self-check for holdout42.jsonl.  Prints counts; exits 1 if anything is wrong.

This file is written by gen.py (the source of truth); edit gen.py, not this file.

Usage: python3 validate.py [PATH]

Checks
  * 160 records, exactly the keys id/text/labels/lang/tags/note, ids h42-001..h42-160 in order
    and unique;
  * texts non-empty and unique after NFKC, zero-width stripping, casefolding and whitespace
    collapse;
  * labels only from the three content policies, no duplicates, canonical order;
  * lang is en, zh or mixed, and the text fits it (en has no CJK; zh is mostly CJK; mixed has
    both); records tagged `traditional` are zh, use Traditional-only characters and no
    Simplified-only ones; zh without the tag and mixed use no Traditional-only characters;
  * tag grammar: one subtype per label (in label order), one context tag (reply/proactive),
    a proactive-kind tag after `proactive`, then optionally `evasion` + technique tags (only on
    violations, at least one technique), exactly one of near-miss/plain on compliant records and
    none on violations, then `traditional` where it applies;
  * evidence in the text for every technique tag, and no untagged evasion artefacts;
  * near-miss records contain at least one word a naive keyword list would flag; plain records
    contain none;
  * every phone-like number (also in Chinese numerals, spelled-out digits, full-width digits or
    split by zero-width characters) is a fictional North American 555-01xx number, after order
    ids and tracking numbers are removed;
  * e-mail addresses (also spelled-out ones) and bare domains are on the invented allowlist;
  * notes are one English sentence ending in a full stop.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout42.jsonl")
N_EXPECTED = 160
ID_FMT = "h42-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
LANGS = ("en", "zh", "mixed")

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": ("incentive", "rating-request", "gating", "praise-followup", "steering",
                          "change-review", "feedback-removal"),
    "off-platform-contact": ("email", "phone", "messaging-app", "social", "url", "qr", "payment",
                             "diversion"),
    "marketing": ("coupon", "discount", "promotion", "new-product", "cross-sell", "bundle",
                  "buy-again", "storefront-link", "loyalty", "referral", "restock",
                  "subscription", "giveaway", "early-access", "vip-group"),
}
CONTEXTS = ("reply", "proactive")
PROACTIVE_KINDS = ("shipping-notice", "delivery-followup", "review-request", "usage-notice",
                   "safety-notice", "delay-notice", "problem-notice", "customization")
TECHNIQUES = ("spacing", "punctuation", "homoglyph", "fullwidth", "leetspeak", "zero-width",
              "star-symbols", "pinyin", "homophone", "spelled-email", "spelled-phone",
              "cn-numerals", "traditional-script")

# ---- artefact detectors ------------------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2729-\u2730\u2b50\U0001f31f]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SPACED_LATIN = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){3,}(?![A-Za-z])")
PUNCT_LATIN = re.compile(r"(?<![A-Za-z.\-])[A-Za-z](?:[.\-\u00b7/][A-Za-z]){3,}(?![A-Za-z])")
SPACED_CJK = re.compile("[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}")
AT_WORD = r"(?:\bat\b|小老鼠|艾特)"
DOT_WORD = r"(?:\bdot\b|點|点)"
SPELLED_EMAIL = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*" + AT_WORD + r"\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    + DOT_WORD + r"\s*[\)\]]?\s*(?:com|net|org|tw|link|cn)(?![A-Za-z])", re.I)
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DW = "|".join(DIGIT_WORDS + ["oh"])
SPELLED_PHONE = re.compile(r"\b(?:%s)\b(?:[\s,\-]+(?:%s)\b){3,}" % (DW, DW), re.I)
CN_DIGITS = "零〇一二三四五六七八九两幺"
CN_VALUE = "0012345678921"
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:[\\s\\-]*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
PINYIN = {"haoping", "fanxian", "youhui", "youhuiquan", "weixin", "zhifubao", "kefu", "pinglun",
          "wuxing", "liuping", "shaitu", "dianpu", "jiawo", "lianxi", "hongbao"}
HOMOPHONES = ("薇信", "威信", "徽信", "V信", "v信", "返显", "饭现", "反现", "好坪", "伍星")
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rating", "feedback", "whatsapp",
              "wechat", "telegram", "email", "paypal", "venmo", "coupon", "discount", "refund",
              "sale", "free", "gift", "code", "deal"}
# Review keywords that only match after Traditional-to-Simplified conversion.
TRAD_REVIEW_KEYS = ("好評", "差評", "評價", "評論", "留評", "評分", "返現", "刪除")

# Simplified/Traditional pairs of characters that are each used in only one script.
PAIRS = """
们們 这這 个個 来來 说說 对對 时時 会會 为為 过過 发發 开開 样樣 还還 问問 题題 评評 价價 网網 购購 买買
订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 实實 让讓 么麼 处處 应應 点點 体體 验驗 经經 无無 从從 红紅
电電 话話 论論 货貨 运運 费費 错錯 页頁 长長 专專 线線 请請 机機 书書 备備 护護 设設 计計 产產 换換 传傳
满滿 读讀 装裝 带帶 坏壞 门門 响響 显顯 视視 频頻 给給 紧緊 续續 觉覺 确確 语語 图圖 节節 数數 递遞 吗嗎
帮幫 补補 烦煩 现現 顾顧 认認 卖賣 馈饋 选選 择擇 压壓 进進 标標 记記 写寫 误誤 额額 随隨 达達 讯訊 东東
声聲 乐樂 仓倉 软軟 调調 级級 启啟 态態 间間 质質 适適 试試 贴貼 边邊 变變 输輸 减減 赠贈 礼禮 宝寶 维維
删刪 车車 轮輪 钟鐘 银銀 钱錢 纸紙 织織 块塊 岁歲 闭閉 闻聞 阅閱 队隊 阶階 际際 陈陳 难難 须須 顺順 预預
领領 风風 饭飯 马馬 鱼魚 鸟鳥 齐齊 龙龍 双雙 灯燈 热熱 爱愛 笔筆 简簡 签簽 类類 纪紀 约約 纳納 细細 终終
组組 结結 绝絕 统統 络絡 练練 罗羅 职職 胜勝 脑腦 药藥 虽雖 蓝藍 见見 规規 议議 讲講 许許 证證 识識 诉訴
词詞 译譯 诗詩 该該 详詳 课課 谁誰 谈談 负負 贵貴 资資 赛賽 赶趕 转轉 轻輕 载載 较較 辑輯 远遠 连連 迟遲
邮郵 铁鐵 链鏈 销銷 锁鎖 镜鏡 阳陽 阴陰 险險 顶頂 项項 颜顏 飞飛 馆館 驾駕 鸡雞 麦麥 盖蓋 灵靈 壳殼 湿濕
涨漲 测測 检檢 杂雜 条條 极極 构構 桥橋 档檔 庆慶 异異 弹彈 录錄 总總 惯慣 扫掃 扬揚 报報 挂掛 损損 据據
摄攝 断斷 旧舊 晒曬 术術 杀殺 权權 杨楊 树樹 梦夢 毕畢 气氣 汉漢 没沒 沟溝 洁潔 济濟 灭滅 烧燒 独獨 环環
画畫 畅暢 疗療 监監 盘盤 础礎 种種 积積 称稱 稳穩 穷窮 粮糧 纠糾 纹紋 绑綁 绕繞 继繼 绵綿 综綜 缓緩 编編
缘緣 缩縮 罚罰 聪聰 肤膚 舱艙 艺藝 苏蘇 荐薦 营營 虑慮 虫蟲 观觀 览覽 访訪 询詢 诚誠 谅諒 贝貝 赔賠 轨軌
辆輛 违違 钮鈕 钥鑰 键鍵 闪閃 闹鬧 隐隱 雾霧 韧韌 饱飽 驱驅 鸣鳴 复復 获獲 尽盡 历歷 静靜 广廣 听聽 亚亞
逊遜 寻尋 务務 动動 员員 场場 墙牆 头頭 审審 当當 阔闊 踪蹤 萤螢 遥遙 脱脫 与與 针針 则則 别別 况況 两兩
湾灣 胶膠 兴興 张張 团團 协協 参參 拨撥 况況 绿綠 强強 横橫 税稅 虚虛 宫宮 愿願 丝絲 严嚴 举舉 亲親 仅僅
仪儀 伟偉 伤傷 储儲 儿兒 养養 军軍 农農 决決 净淨 凉涼 击擊 刚剛 创創 剧劇 劝勸 办辦 劲勁 劳勞 势勢 区區
医醫 华華 卫衛 厅廳 县縣 叹嘆 吓嚇 园園 围圍 圆圓 坚堅 奖獎 妈媽 学學 宁寧 宽寬 导導 将將 尔爾 层層 属屬
岛島 币幣 师師 库庫 废廢 归歸 忆憶 忧憂 怀懷 恋戀 恶惡 恼惱 悦悅 惊驚 战戰 执執 扩擴 扰擾 担擔 拟擬 拥擁
挡擋 挤擠 挥揮 捡撿 携攜 摆擺 摇搖 敌敵 时時 晓曉 暂暫 枪槍 栏欄 楼樓 欧歐 残殘 汇匯 汤湯 泪淚 泽澤 浅淺
浓濃 润潤 渐漸 滚滾 滤濾 灾災 炉爐 炼煉 烂爛 爷爺 牵牽 状狀 犹猶 狭狹 狮獅 狱獄 猎獵 献獻 琐瑣 疯瘋 盐鹽
矿礦 砖磚 碍礙 离離 竞競 纯純 纱紗 纲綱 纷紛 纺紡 绍紹 绘繪 绩績 缴繳 罢罷 肃肅 肠腸 肿腫 胀脹 胁脅 脚腳
脸臉 艰艱 荣榮 莱萊 萝蘿 虾蝦 衬襯 袜襪 触觸 誉譽 训訓 贡貢 财財 责責 践踐 迁遷 陆陸 闲閒
"""
_pairs = [p for p in PAIRS.split() if p]
assert all(len(p) == 2 for p in _pairs), "bad pair"
SIMP_ONLY = {p[0] for p in _pairs}
TRAD_ONLY = {p[1] for p in _pairs}
assert not SIMP_ONLY & TRAD_ONLY, SIMP_ONLY & TRAD_ONLY

# ---- what a naive keyword list would flag (near-misses must contain one, plain ones none) ----
NAIVE_EN = re.compile(
    r"\b(?:reviews?|rat(?:e|ed|ing|ings)|stars?|feedback|positive|negative|free|gifts?|coupons?|"
    r"codes?|discounts?|sale|refund\w*|cancel\w*|updat\w*|remov\w*|delet\w*|edit\w*|whatsapp|"
    r"wechat|telegram|line|facebook|instagram|google|e-?mail|phone|call\w*|paypal|venmo)\b|"
    r"https?:|www\.|\.(?:com|tw|link)\b", re.I)
NAIVE_ZH = ("评", "評", "星", "免费", "免費", "优惠", "優惠", "删除", "刪除", "修改", "取消", "退款",
            "退回", "更新", "微信", "电话", "電話", "邮件", "郵件", "邮箱", "郵箱", "返现", "返現",
            "礼", "禮", "码", "碼", "官网", "官網", "网站", "網站", "扫码", "审核", "審核", "折", "券",
            "红包", "紅包")

# ---- contact details ------------------------------------------------------------------
DOMAIN_ALLOW = {"quillwave-audio.com", "qwaudio.tw", "qwv.link", "amazon.com"}
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.\-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop|app))\b",
                    re.I)
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12})(?![A-Za-z0-9])")
DIGIT_GROUP = re.compile(r"\+?\(?\d[\d\s().+\-]{5,}\d")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def leet_tokens(text):
    found = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not (re.search(r"[a-z]", low) and re.search(r"[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s", "7": "t",
                                   "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                found.append(tok)
                break
    return found


def has(tech, text, trad):
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "leetspeak":
        return bool(leet_tokens(text))
    if tech == "spacing":
        return bool(SPACED_LATIN.search(text) or SPACED_CJK.search(text))
    if tech == "punctuation":
        return bool(PUNCT_LATIN.search(text))
    if tech == "star-symbols":
        return bool(STARS.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL.search(text))
    if tech == "spelled-phone":
        return bool(SPELLED_PHONE.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text))
    if tech == "traditional-script":
        return trad and any(k in text for k in TRAD_REVIEW_KEYS)
    raise KeyError(tech)


def phone_ok(digits):
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    return len(digits) == 10 and digits[3:8] == "55501"


def check_contacts(rid, text):
    t = fold(text)
    for m in CN_RUN.finditer(t):
        d = "".join(CN_MAP[c] for c in m.group(0) if c in CN_MAP)
        if len(d) >= 7 and not phone_ok(d):
            bad(rid, "Chinese-numeral number is not a 555-01xx phone: %r" % m.group(0))
    for m in SPELLED_PHONE.finditer(t):
        words = re.findall(DW, m.group(0), re.I)
        d = "".join("0" if w.lower() == "oh" else str(DIGIT_WORDS.index(w.lower())) for w in words)
        if len(d) >= 7 and not phone_ok(d):
            bad(rid, "spelled-out number is not a 555-01xx phone: %r" % m.group(0))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    for m in DIGIT_GROUP.finditer(rest):
        d = re.sub(r"\D", "", m.group(0))
        if len(d) >= 7 and not phone_ok(d):
            bad(rid, "phone-like number outside 555-01xx: %r" % m.group(0))
    if ORDER_ID.search(t):
        for oid in ORDER_ID.findall(t):
            if not oid.startswith("1"):
                bad(rid, "order id should look like 1xx-xxxxxxx-xxxxxxx: %s" % oid)
    addresses = [m.group(1) for m in EMAIL.finditer(t)]
    for m in SPELLED_EMAIL.finditer(t):
        s = re.sub(r"\s*[\(\[]?\s*" + AT_WORD + r"\s*[\)\]]?\s*", "@", m.group(0), flags=re.I)
        s = re.sub(r"\s*[\(\[]?\s*" + DOT_WORD + r"\s*[\)\]]?\s*", ".", s, flags=re.I)
        addresses += [e.group(1) for e in EMAIL.finditer(s)]
    for dom in addresses:
        if dom.lower() not in DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % dom)
    for m in DOMAIN.finditer(t):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % m.group(1))


def check_lang(rid, lang, text, trad):
    t = fold(text)
    cjk = len(CJK.findall(t))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    rest = re.sub(r"\S*[@/]\S*|[A-Za-z0-9-]+\.(?:com|tw|link)\S*", " ", rest)
    latin = len(re.findall(r"[A-Za-z]", rest))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    n_trad = sum(c in TRAD_ONLY for c in text)
    n_simp = sum(c in SIMP_ONLY for c in text)
    if lang == "en":
        if cjk:
            bad(rid, "en record has CJK characters")
        if re.search("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u300c\u300d]", text):
            bad(rid, "en record has CJK punctuation or curly quotes")
        if trad:
            bad(rid, "traditional tag on an en record")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin=%d)" % (cjk, latin))
        if trad and (n_trad < 3 or n_simp):
            bad(rid, "traditional record: trad-only=%d simp-only=%d %r" % (
                n_trad, n_simp, [c for c in text if c in SIMP_ONLY]))
        if not trad and n_trad:
            bad(rid, "Simplified record has Traditional-only characters %r" % [
                c for c in text if c in TRAD_ONLY])
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, words=%d)" % (cjk, len(words)))
        if n_trad or trad:
            bad(rid, "mixed records must be Simplified Chinese plus English %r" % [
                c for c in text if c in TRAD_ONLY])
    else:
        bad(rid, "bad lang %r" % (lang,))


def parse_tags(rid, labels, tags):
    """Return (context, kind, techniques, flags) or None after reporting a grammar problem."""
    tags = list(tags)
    if len(tags) != len(set(tags)):
        bad(rid, "duplicated tags")
        return None
    pos = 0
    for lab in labels:
        if pos >= len(tags) or tags[pos] not in SUBTYPES[lab]:
            bad(rid, "expected a %s subtype at tag %d, got %r" % (lab, pos, tags[pos:pos + 1]))
            return None
        pos += 1
    if pos >= len(tags) or tags[pos] not in CONTEXTS:
        bad(rid, "expected a context tag after the subtypes, got %r" % tags[pos:pos + 1])
        return None
    ctx = tags[pos]
    pos += 1
    kind = None
    if ctx == "proactive":
        if pos >= len(tags) or tags[pos] not in PROACTIVE_KINDS:
            bad(rid, "proactive record needs a kind tag, got %r" % tags[pos:pos + 1])
            return None
        kind = tags[pos]
        pos += 1
    rest = tags[pos:]
    techs = []
    if rest and rest[0] == "evasion":
        rest = rest[1:]
        while rest and rest[0] in TECHNIQUES:
            techs.append(rest[0])
            rest = rest[1:]
        if not techs:
            bad(rid, "evasion without a technique tag")
    flags = []
    for want in (("near-miss", "plain"), ("traditional",)):
        if rest and rest[0] in want:
            flags.append(rest[0])
            rest = rest[1:]
    if rest:
        bad(rid, "unknown or misplaced tags %r" % rest)
        return None
    return ctx, kind, techs, flags, "evasion" in tags


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    seen_ids, seen_text = set(), {}
    c = collections.defaultdict(collections.Counter)
    grid = collections.defaultdict(collections.Counter)
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad(rid, "wrong keys")
            continue
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % i))
        text, labels, lang, tags, note = (rec[k] for k in ("text", "labels", "lang", "tags", "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "duplicate text of %s" % seen_text[key])
        seen_text[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in canonical order")
        if lang not in LANGS:
            bad(rid, "lang must be one of %s" % (LANGS,))
            continue
        if not isinstance(note, str) or not note.endswith(".") or re.search(r"[.!?]\s+\S", note):
            bad(rid, "note must be one sentence ending in a full stop")
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
            bad(rid, "tags missing")
            continue
        parsed = parse_tags(rid, labels, tags)
        if parsed is None:
            continue
        ctx, kind, techs, flags, evasive = parsed
        trad = "traditional" in flags
        if evasive and not labels:
            bad(rid, "evasion tag on a compliant record")
        kinds = [f for f in flags if f in ("near-miss", "plain")]
        if labels and kinds:
            bad(rid, "near-miss/plain tag on a violation")
        if not labels and not kinds:
            bad(rid, "compliant record needs near-miss or plain")
        if trad and lang != "zh":
            bad(rid, "traditional tag needs lang zh")
        for t in techs:
            if not has(t, text, trad):
                bad(rid, "no evidence in the text for technique %r" % t)
        for t in TECHNIQUES:
            if t != "traditional-script" and t not in techs and has(t, text, trad):
                bad(rid, "untagged %r artefact in the text" % t)
        if (trad and "review-inducement" in labels and "traditional-script" not in techs
                and has("traditional-script", text, trad)):
            bad(rid, "Traditional review keyword present but traditional-script not tagged")
        naive = bool(NAIVE_EN.search(fold(text))) or any(k in text for k in NAIVE_ZH)
        if "near-miss" in kinds and not naive:
            bad(rid, "near-miss without any naive trigger word")
        if "plain" in kinds and naive:
            bad(rid, "plain record contains a naive trigger word")
        check_lang(rid, lang, text, trad)
        check_contacts(rid, text)

        lk = "zh-traditional" if trad else ("zh-simplified" if lang == "zh" else lang)
        row = "violation" if labels else kinds[0] if kinds else "?"
        grid[lk][row] += 1
        grid[lk]["proactive"] += ctx == "proactive"
        grid[lk]["evasive"] += evasive
        for lab, sub in zip(labels, tags):
            c["label"][lab] += 1
            c["sub:" + lab][sub] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            c["pairs"][" + ".join(labels)] += 1
        c["ctx"][ctx] += 1
        if kind:
            c["kind"][kind] += 1
        c["evasive"]["yes"] += evasive
        for t in techs:
            c["tech"][t] += 1

    viol = sum(v for k, v in c["nlabels"].items() if k)
    print("records: %d" % len(recs))
    print("violations: %d (two labels: %d)  compliant: %d" % (viol, c["nlabels"][2], c["nlabels"][0]))
    print("per label: %s" % dict(c["label"]))
    print("label pairs: %s" % dict(c["pairs"]))
    print("contexts: %s" % dict(c["ctx"]))
    print("proactive kinds: %s" % dict(c["kind"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = grid[lk]
        print("  %-15s total %3d  violation %2d  near-miss %2d  plain %2d  evasive %2d  proactive %2d"
              % (lk, r["violation"] + r["near-miss"] + r["plain"], r["violation"], r["near-miss"],
                 r["plain"], r["evasive"], r["proactive"]))
    print("evasive records: %d; techniques: %s" % (c["evasive"]["yes"], dict(c["tech"])))
    for lab in POLICIES:
        print("  %s subtypes: %s" % (lab, dict(c["sub:" + lab].most_common())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''


if __name__ == "__main__":
    main()
