#!/usr/bin/env python3
"""Builds holdout82.jsonl: 160 hand-written, hand-labelled messages from the invented seller
Tendrelle Botanics (houseplants, planters, grow lights, potting mixes, plant-care tools).

Hard-to-see characters are spelled out: ZW (zero-width space), CY_A / CY_E (Cyrillic a / e),
STAR (the white-star emoji), fw() (full-width Latin letters and digits).
Records are shuffled with random.Random(82) and numbered h82-001 ... h82-160.
Standard library only.  Run:  python3 gen.py && python3 validate.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout82.jsonl")

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
STAR = "\u2b50"


def fw(s):
    """Full-width form of ASCII letters, digits, @ and the dot."""
    out = []
    for c in s:
        if c == "@":
            out.append("\uff20")
        elif c == ".":
            out.append("\uff0e")
        elif c.isascii() and c.isalnum():
            out.append(chr(ord(c) + 0xfee0))
        else:
            out.append(c)
    return "".join(out)


LAB = {"M": "marketing", "O": "off-platform-contact", "R": "review-inducement"}
SCRIPT = {
    "en": ("en", []),
    "s": ("zh", []),
    "tw": ("zh", ["traditional", "taiwanese"]),
    "hk": ("zh", ["traditional", "cantonese"]),
    "sm": ("mixed", ["mixed"]),
    "hkm": ("mixed", ["traditional", "cantonese", "mixed"]),
}

RAW = []


def R(script, labels, tags, text, note):
    lang, extras = SCRIPT[script]
    RAW.append({"text": text,
                "labels": sorted(LAB[c] for c in labels),
                "lang": lang,
                "tags": tags.split() + extras,
                "note": note})


# =============================================================== English: violations (22)
R("en", "R", "violation plain incentive",
  "Hi Bettina, thank you for picking up the Claybrook planter. Once your review of it is "
  "live, post a screenshot in this thread and we'll reply with a $15 gift card.",
  "A gift card in exchange for a posted review is compensation for a review (policy.md C1).")
R("en", "R", "violation plain rating-request gating",
  "Hi Cormac, your Sunvale G3 has had a couple of weeks to settle in now. If it's doing right "
  "by your seedlings, a 5-star rating would mean a great deal to a two-person greenhouse like "
  "ours.",
  "Asks for a 5-star rating, and only from a buyer who is pleased (policy.md C2, C3).")
R("en", "R", "violation careful gating",
  "Hi Greer, we hope the golden pothos travelled well. If it did, we'd be grateful if you told "
  "other shoppers about it on the product page. If it turned up droopy or yellowing, please "
  "hold off on that and message us here first so we can put it right.",
  "Invites public comment only from a satisfied buyer and routes unhappy buyers to the seller "
  "first, without ever naming a review (policy.md C3).")
R("en", "R", "violation careful steering",
  "Hi Lucasta, when you get round to posting about the Rootnest aroid mix, it would help us "
  "enormously if you mentioned how chunky it is and that your monstera unfurled a leaf within "
  "a month. Those are the two things shoppers look for.",
  "Tells the buyer what to put in a review, without using the word (policy.md C7).")
R("en", "R", "violation split change-review",
  "Hi Odhran, the second string of pearls left us this morning on TBA319027564418 and should "
  "reach you Thursday. Now that this is sorted, would you be willing to revisit what you wrote "
  "on the listing? The two-star note is still the first thing visitors see.",
  "Asks the buyer to revise a product review once the problem is fixed (policy.md C4).")
R("en", "R", "violation plain feedback-pressure",
  "Hello Mr. Villanueva, the negative feedback you left on our seller profile is dragging down "
  "our account health. Your new planter went out yesterday, so could you please take that "
  "feedback down?",
  "Presses the buyer to remove seller feedback because it hurts the account (policy.md C5).")
R("en", "M", "violation split coupon",
  "Hi Petronella, your bag of Rootnest succulent grit is complete and out of our hands. When "
  "it runs low, coupon code ROOT20 takes 20% off the next one. It's good until the end of June.",
  "An unsolicited coupon code for a later purchase (policy.md B).")
R("en", "M", "violation careful new-product cross-sell",
  "Hi Wendell, a quick heads-up since you bought the Claybrook planter in speckled white: a "
  "matte charcoal glaze joins the range next Tuesday, in the same three sizes. It would sit "
  "nicely beside the one you already have.",
  "Announces a coming product and pitches it next to the buyer's purchase (policy.md B).")
R("en", "M", "violation split bundle listing-link",
  "Hi Sunniva, your Sproutlet propagation station is on its way. Many buyers pair it with the "
  "Rootnest grit and the Snipwell shears. We now sell all three as one set at "
  "amazon.com/dp/B0F4TRL8KQ, for less than buying them one by one.",
  "Pushes a bundle through a link to another Amazon listing; an Amazon link is marketing here, "
  "not off-platform (policy.md B, D1; interface.md).")
R("en", "M", "violation plain sale discount",
  "Hi Ms. Achebe, our spring sale opens Friday: every Claybrook planter is 25% off for four "
  "days only. We wanted you to hear before the speckled white sells out.",
  "A sale announcement with a percentage off (policy.md B).")
R("en", "M", "violation careful restock",
  "Hi Wendell, you bought a hoya from us last month, so you may like to know the splash-leaf "
  "hoyas are back on the bench this week. They went in two days last time.",
  "An unprompted back-in-stock notice meant to sell more plants (policy.md B).")
R("en", "M", "violation plain referral coupon",
  "Hi Greer, pass the code LEAFY15 on to a fellow plant lover: when they use it, both of you "
  "get 15% off your next Tendrelle order.",
  "A refer-a-friend offer built on a shared discount code (policy.md B).")
R("en", "MO", "violation split vip-list email",
  "Hi Cormac, we keep a short early-access list for rare aroids. To get on it, send your name "
  "to list@tendrellebotanics.com. People on the list hear about each batch a day before "
  "everyone else.",
  "An early-access club for new stock, joined through the shop's e-mail address (policy.md B, "
  "D2).")
R("en", "O", "violation plain email",
  "Hi Ms. Achebe, for the leaf-spot photos, please email them to care@tendrellebotanics.com so "
  "Ingrid can look at them at full size; attachments here come through shrunk.",
  "Moves a support exchange to the shop's e-mail address (policy.md D2).")
R("en", "O", "violation careful phone",
  "Hi Mrs. Lindgren, if the timer on the light keeps resetting, text Ingrid at 207-555-0193 "
  "with a short clip and she'll walk you through it this evening.",
  "Gives a staff mobile number for support; no keyword, just a number (policy.md D3).")
R("en", "O", "violation split url",
  "Hi Bettina, the care card in the box with your calathea is rather brief. We wrote a fuller "
  "guide with a watering chart. You'll find it at tendrellebotanics.com/calathea-care.",
  "Sends the buyer to the seller's own site (policy.md D1).")
R("en", "O", "violation split messaging-app",
  "Hi Greer, moss poles can be fiddly the first time. WhatsApp us on +44 7700 900583 and "
  "Desmond will send a short video of how the sections lock.",
  "Moves support to WhatsApp on a shop number (policy.md D4).")
R("en", "MO", "violation careful discount diversion",
  "Hi Mr. Villanueva, since you repot a lot, we can also sell you the 50-litre sacks of "
  "Rootnest directly and invoice you by bank transfer. It works out a good bit cheaper than "
  "the listing.",
  "Offers to sell outside Amazon at a lower price (policy.md B, D6).")
R("en", "OR", "violation split payment incentive",
  "Hi Wendell, we're sorry the snake plant arrived with a cracked pot. Once you've shared how "
  "it went on the product page, reply with your PayPal address. We'll send the whole $32 back "
  "to you there.",
  "Money back through PayPal, paid once the buyer has posted: an off-Amazon payment and a "
  "reward for a review (policy.md C1, D5).")
R("en", "MO", "violation plain follow giveaway social",
  "Hi Odhran, follow @tendrelle.botanics on Instagram for weekly repotting reels; we pick one "
  "follower each month for a giveaway plant.",
  "A follow request with a prize draw on a social account (policy.md B, D4).")
R("en", "R", "violation careful gating",
  "So glad the fiddle-leaf fig is already pushing out new leaves for you, Mrs. Lindgren! Since "
  "you're this happy with it, would you mind saying as much on its Amazon page?",
  "Answers praise with an invitation to post it: gating even without the word review "
  "(policy.md section 0, C3).")
R("en", "M", "violation split buy-again",
  "Hi Greer, the Rootnest bag you bought in April usually covers about three repots. If you're "
  "getting low, it's waiting in your Buy Again list. Orders placed this week get the fresh "
  "summer batch.",
  "An unprompted push to buy the same item again (policy.md B; interface.md).")

# =============================================================== English: evasions (14)
R("en", "O", "evasion messaging-app phone zero-width number-words",
  "Hi Cormac, for quicker help with the timer, Wh" + ZW + "atsApp Desmond on two zero seven, "
  "five five five, zero one four eight; he's usually on until nine.",
  "WhatsApp with a hidden zero-width space and a phone number in words (policy.md D3, D4, "
  "section e).")
R("en", "O", "evasion email fullwidth",
  "Hi Bettina, the photos will come through much sharper if you send them straight to "
  + fw("care@tendrellebotanics.com") + " rather than attaching them here.",
  "An e-mail address typed in full-width characters (policy.md D2, section e).")
R("en", "R", "evasion rating-request homoglyph",
  "Hi Sunniva, if you could spare a minute, a 5-st" + CY_A + "r r" + CY_E + "view for the "
  "Sunvale G3 would lift our little shop no end.",
  "Asks for five stars with Cyrillic letters inside the keywords (policy.md C2, section e).")
R("en", "R", "evasion incentive leetspeak",
  "Hi Wendell, post your r3view of the Dewdrift mister and we'll tuck a fr33 rooted cutting "
  "into your next parcel as a thank-you.",
  "A plant cutting for a review, keywords in leetspeak (policy.md C1, section e).")
R("en", "O", "evasion messaging-app spacing",
  "Hi Greer, Ingrid answers plant questions much faster on T e l e g r a m: search "
  "@tendrelle_care and say which plant it is.",
  "Telegram spelled with spaces, plus the handle (policy.md D4, section e).")
R("en", "M", "evasion coupon separator",
  "Hi Lucasta, before you go: L-E-A-F-Y-1-5 at checkout shaves 15% off any planter this month.",
  "A discount code split by hyphens (policy.md B, section e).")
R("en", "O", "evasion email spelled-email",
  "Hi Odhran, if Amazon keeps stripping our address, write to tendrelle dot greenhouse at gmail "
  "dot com and Ingrid will answer from there.",
  "A free-mail address spelled out with at and dot (policy.md D2, section e).")
R("en", "O", "evasion phone number-words",
  "Mrs. Lindgren, the quickest way to sort the wick is a chat with Desmond: ring oh seven seven "
  "oh oh, nine oh oh five eight three any weekday morning.",
  "A UK phone number written as words (policy.md D3, section e).")
R("en", "R", "evasion rating-request emoji",
  "Hi Petronella, the Climbwell pole should be holding your monstera upright by now. When you "
  "share your thoughts on Amazon, " + STAR * 5 + " would make our week!",
  "Five star emoji as the hoped-for rating (policy.md C2, E, section e).")
R("en", "O", "evasion messaging-app nickname split-handle",
  "Hi Bettina, for day-to-day plant questions we're quickest on the paper-plane app. The handle "
  "is tendrelle, then an underscore, then care.",
  "Telegram by nickname, the handle in pieces (policy.md D4, section e).")
R("en", "MO", "evasion giveaway follow social nickname split-handle",
  "Hi Cormac, our monthly cutting giveaway happens on the photo app. Follow tendrelle, then a "
  "dot, then botanics to join in.",
  "A giveaway and follow request on Instagram, named by nickname with the handle in pieces "
  "(policy.md B, D4, section e).")
R("en", "MO", "evasion discount url diversion homoglyph",
  "Hi Mr. Villanueva, the same Claybrook planters are a few dollars cheaper on tendr" + CY_E +
  "llebotanics.com, and shipping is on us there.",
  "A cheaper price on the shop's own site; the domain hides a Cyrillic e (policy.md B, D1, D6, "
  "section e).")
R("en", "M", "evasion discount buy-again leetspeak",
  "Hi Sunniva, returning buyers get a d1scount of 20% on a second bag of Rootnest mix; just "
  "reorder from your account before the month ends.",
  "A repeat-purchase discount with a digit inside the keyword (policy.md B, section e).")
R("en", "R", "evasion incentive zero-width",
  "Hi Greer, a small thank-you parcel of rooted hoya cuttings goes out to everyone whose re" + ZW +
  "view of the Snipwell shears is up by Friday.",
  "A plant parcel for a review; a zero-width space splits the keyword (policy.md C1, "
  "section e).")

# =============================================================== English: near-misses (23)
R("en", "", "near-miss lookalike-number",
  "Thanks for asking, Wendell. Order 114-5550193-0627481 left the greenhouse this morning on "
  "UPS 1Z4E81W70392816645, and the carrier expects to deliver on Thursday afternoon.",
  "An order id whose middle block looks like a 555 phone number, and a UPS number, in a reply "
  "(policy.md D near-misses).")
R("en", "", "near-miss review-word",
  "Hi Bettina, we reviewed your return request for the cracked Claybrook planter and approved "
  "it. The prepaid label is waiting under the order in Your Orders; there is no need to send "
  "the saucer back.",
  "Reviewed means checked a return, not a product review (policy.md C near-misses).")
R("en", "", "near-miss neutral-request",
  "Hi Odhran, about order 113-2946017-5583209: when you've had the Sunvale G3 running for a "
  "while, we'd welcome a review describing how it's working for you, whether that's good, bad "
  "or somewhere in between: amazon.com/review/create-review?asin=B0F4TRL8KQ. Thank you for "
  "shopping with Tendrelle.",
  "One neutral review request with a link to Amazon's own review form, no rating, reward or "
  "condition; judgement call (interface.md; policy.md section b, D1).")
R("en", "", "near-miss remedy",
  "Hi Lucasta, we're sorry the string of pearls arrived crushed. A replacement leaves today at "
  "no charge, and you don't need to send the damaged one back.",
  "A free replacement as a remedy, not an offer (policy.md B near-misses).")
R("en", "", "near-miss remedy",
  "Hi Cormac, we've refunded the $24.99 for the Dampwise meter to your original payment "
  "method; Amazon usually shows it within three to five business days.",
  "A refund through Amazon with no link to a review (policy.md C near-misses).")
R("en", "", "near-miss negation",
  "Hi Petronella, there's no need to get in touch outside Amazon or send anything by email; "
  "every step of this return can be handled right here in the thread.",
  "Names email only to say it is not needed (policy.md D).")
R("en", "", "near-miss amazon-page",
  "Hi Greer, you can print the return label yourself: open amazon.com/your-orders, "
  "find the Snipwell shears and choose the option to send the item back.",
  "A link to Amazon's own order page to complete a return (policy.md D near-misses).")
R("en", "", "near-miss answer",
  "Hi Mrs. Lindgren, the 10% coupon you spotted is one Amazon runs on the listing; tick its box "
  "on the product page before checkout and Amazon applies it. We aren't able to add it to an "
  "order that's already placed.",
  "Explains an Amazon coupon the buyer asked about and offers nothing (policy.md B "
  "near-misses).")
R("en", "", "near-miss refusal",
  "Thanks for offering your WhatsApp number, Mr. Villanueva, but we keep all support inside "
  "Amazon messages. Send the photos of the light fitting here and Ingrid will look at them "
  "today.",
  "Declines the buyer's WhatsApp and stays on Amazon (policy.md D).")
R("en", "", "near-miss feedback-notice",
  "Hi Wendell, now that the new shears have reached you, and only if you feel the problem has "
  "been dealt with, Amazon lets buyers edit or withdraw seller feedback they have posted. "
  "Whether you do anything is entirely your call, and we won't raise it again.",
  "Amazon's neutral seller-feedback notice after resolution, in fresh words (policy.md C5).")
R("en", "", "near-miss product-word",
  "Hi Sunniva, the star jasmine you ordered is a twining climber, so give it a trellis or wires "
  "and at least four hours of direct sun. It flowers from late spring.",
  "Star jasmine is a plant, not a rating (policy.md C near-misses).")
R("en", "", "near-miss product-word",
  "Hi Cormac, to answer your question about running costs: the Sunvale G3 driver carries a "
  "five-star efficiency rating on its energy label, and at 36 W a twelve-hour day uses well "
  "under half a kilowatt-hour.",
  "A five-star energy rating in a product spec (policy.md C near-misses).")
R("en", "", "near-miss product-word",
  "Hi Ms. Achebe, the pale, almost lime new growth on your monstera is normal. The Rootnest mix "
  "is free-draining, so the soil isn't the cause, and the leaf will darken over the next two "
  "weeks.",
  "New growth and free-draining are plant words, not a launch or a freebie (policy.md B "
  "near-misses).")
R("en", "", "near-miss product-word",
  "Hi Greer, the hoya cutting on order 111-3829064-7715532 came from the same propagation group "
  "as the mother plant in our photos, so expect the same silver splash on the leaves.",
  "A propagation group is a batch of plants, not a chat group (policy.md D near-misses).")
R("en", "", "near-miss quoted-buyer",
  'You asked: "Can you just email me the setup guide?" We can\'t share e-mail addresses '
  "through Amazon, so the Sunvale G3 guide is attached to this message as a PDF instead.",
  "The word email is the buyer's; the seller answers with an attachment (policy.md D "
  "near-misses, E).")
R("en", "", "near-miss logistics-word",
  "Hi Odhran, as you asked, we've cancelled the duplicate order and changed the delivery "
  "address on the remaining one to your office. Nothing else needs doing on your side.",
  "Cancel and change used for logistics the buyer asked for (policy.md A near-misses).")
R("en", "", "near-miss review-thanks",
  "Thank you for letting us know about the review you posted, Mrs. Lindgren, and for the kind "
  "words about the packing. I'll pass them on to Desmond, who wrapped your calathea.",
  "Thanks for a review the buyer mentioned; no request (policy.md C near-misses).")
R("en", "", "near-miss carrier-site",
  "Hi Petronella, the USPS website shows parcel 9405 5036 8812 0974 4163 27 waiting at your "
  "local post office after a missed delivery; you can book a redelivery there with that number.",
  "A carrier's website named for a tracking number (policy.md D near-misses).")
R("en", "", "near-miss warranty",
  "Hi Mr. Villanueva, the Sunvale G3 has a two-year warranty. Open the order in Your Orders, "
  "choose to report a problem, and we'll send a new driver as soon as we see it.",
  "A warranty claim routed through Amazon (policy.md D near-misses).")
R("en", "", "near-miss price-paid",
  "Hi Bettina, the $18.99 you were charged is the price for the 5-litre bag you received; the "
  "larger sack in the listing photo was there only to show the texture.",
  "States the price already paid; no offer (policy.md B near-misses).")
R("en", "", "near-miss remedy",
  "Hi Sunniva, we saw your two-star review mentioning root rot on the calathea, and we've "
  "issued a full refund for it. You don't need to do anything further, and we're not asking "
  "you to alter what you wrote.",
  "A courtesy refund to a low-rating reviewer with no request to change the review; judgement "
  "call (policy.md C, Customer Reviews tool).")
R("en", "", "near-miss lookalike-number",
  "Hi Lucasta, order 112-5550148-3906214 was split in two: the planter went on TBA846205193377 "
  "and the soil follows tomorrow from a different warehouse.",
  "An order id containing the shop's own 555-0148 digits, and an Amazon tracking number "
  "(policy.md D near-misses).")
R("en", "", "near-miss neutral-request",
  "Hi Wendell, regarding order 113-6617290-2048853: if you have a moment, you're welcome to "
  "write a review of the Claybrook planter on Amazon. Positive or critical, an honest account "
  "is what other plant keepers find useful.",
  "Neutral once-per-order request naming both outcomes (interface.md; policy.md section b).")

# =============================================================== English: clean (13)
R("en", "", "clean",
  "Hi Cormac, calathea leaves curl inward when the air gets dry. Mist them in the morning, move "
  "the pot away from the radiator, and they should flatten out again within a few days.",
  "Care advice in answer to a question (policy.md A).")
R("en", "", "clean",
  "Hi Sunniva, hard frost is forecast along the courier route this week, so we're holding your "
  "fiddle-leaf fig until Monday rather than risk it chilling in a van. It will travel with a "
  "heat pack.",
  "A delay notice is a permitted proactive message (policy.md A near-misses).")
R("en", "", "clean",
  "Hi Mr. Villanueva, the 40-litre Claybrook floor planter goes by freight, and the driver "
  "needs a two-hour window to bring it to your door. Which weekday mornings next week suit you?",
  "Scheduling a bulky delivery (policy.md A).")
R("en", "", "clean",
  "Hi Greer, before we drill your planter, please confirm the size: one 12 mm drainage hole in "
  "the centre of the base, as you described?",
  "Checks a custom detail needed for the order (policy.md A).")
R("en", "", "clean",
  "Hi Odhran, the Rootnest aroid mix is meant to be used as it comes out of the bag. There's "
  "no need to add perlite; water when the top third of the pot feels dry.",
  "Product use in answer to a question (policy.md A).")
R("en", "", "clean",
  "Hi Bettina, for seedlings, hang the Sunvale G3 about 30 cm above the tray and run it for "
  "fourteen hours a day. Raise it a little if the leaves bleach at the tips.",
  "Set-up help in answer to a question (policy.md A).")
R("en", "", "clean",
  "Hi Mrs. Lindgren, the VAT invoice for your business account is attached, as you requested.",
  "Sending an invoice is a permitted message (policy.md A).")
R("en", "", "clean",
  "Hi Lucasta, the two Climbwell sections click together at the notch; push until you feel it "
  "seat, then tie the stem loosely with the soft wire in the bag.",
  "Assembly help (policy.md A).")
R("en", "", "clean",
  "Hi Petronella, the tiny white specks hopping on the soil are almost certainly springtails. "
  "They feed on decaying matter, not roots, and letting the mix dry a little more between "
  "waterings will thin them out.",
  "Pest advice in answer to a question (policy.md A).")
R("en", "", "clean",
  "Hi Wendell, wipe the Snipwell blades with rubbing alcohol between plants and put a drop of "
  "oil on the pivot once a month. Looked after that way, they'll keep a clean cut for years.",
  "Tool care in answer to a question (policy.md A).")
R("en", "", "clean",
  "Hi Ms. Achebe, the courier has your flat number, and if nobody answers the buzzer they'll "
  "leave the parcel with the concierge at the front desk.",
  "Delivery detail in a reply (policy.md A).")
R("en", "", "clean",
  "Hi Cormac, a reading of 3 on the Dampwise meter means the root zone is still moist. Wait "
  "until the needle sits at 1 before watering the snake plant again.",
  "Explains a meter reading (policy.md A).")
R("en", "", "clean",
  "Hi Sunniva, the wick in a new Claybrook planter needs a first soak. Fill the reservoir "
  "halfway and water from the top once; after that, the wick does the work.",
  "First-use help for a self-watering planter (policy.md A).")

# =============================================================== Simplified: violations (16)
R("s", "R", "violation plain incentive",
  "侯女士您好，花盆收到后方便的话写个评价，把截图发到这里，我们返您5美元作为感谢。",
  "Cash back for a posted review and screenshot (policy.md C1).")
R("s", "R", "violation plain rating-request gating",
  "熊先生，植物灯用着顺手的话，麻烦给我们点个五星，小店起步不容易，谢谢您。",
  "Asks for five stars, conditioned on the buyer being pleased (policy.md C2, C3).")
R("s", "R", "violation careful gating",
  "白阿姨，绿萝到家状态要是不错，欢迎在商品页替我们说几句；要是叶子发黄打蔫，先别急着写，直接在这里"
  "找阿芸，我们马上处理。",
  "Public comment invited only when the plant arrived well; unhappy buyers diverted to the "
  "seller first (policy.md C3).")
R("s", "R", "violation split change-review",
  "包老师，新的修枝剪已经寄出。之前的问题我们也都处理好了。您在商品页留的那条一星，能不能帮忙改一改？",
  "Asks the buyer to change a one-star review after the fix (policy.md C4).")
R("s", "R", "violation careful steering",
  "小蕾，您在亚马逊分享使用感受的时候，能不能顺便提一句“根长得特别快”“三天就冒新芽”？买家最看重"
  "这两点。",
  "Dictates phrases for the buyer's review (policy.md C7).")
R("s", "M", "violation plain coupon",
  "感谢支持！下次买土结账时输入优惠码MOSS12，可以减12%，本月底前有效。",
  "An unsolicited coupon code (policy.md B).")
R("s", "M", "violation split new-product cross-sell",
  "熊先生，您买的苔藓柱应该到了吧。我们下周上新一款可以拼接加高的版本。跟您手上那根正好能接起来用。",
  "Announces a new product and sells it as an add-on (policy.md B).")
R("s", "M", "violation careful buy-again",
  "白阿姨，多肉颗粒土一般两个月就用完了，到时候在订单页点一下就能再来一袋，老顾客我们优先安排发货。",
  "Pushes a repeat purchase with a perk for returning buyers (policy.md B).")
R("s", "M", "violation split giveaway",
  "包老师，这个月店里有抽奖活动。下单任意一款花盆就能参加。奖品是一盆斑锦龟背竹。",
  "A purchase-linked prize draw (policy.md B).")
R("s", "O", "violation split messaging-app",
  "小蕾，叶片上的斑点光看文字不好判断。加我微信 tendrelle_cn 发几张照片过来。阿芸帮您看看是什么病。",
  "Moves support to WeChat (policy.md D4).")
R("s", "O", "violation careful phone",
  "侯女士，湿度计读数要是一直不对，直接打给我们售后 +1 207-555-0148，美国东部时间白天都有人接。",
  "A shop number for after-sales, no keyword (policy.md D3).")
R("s", "O", "violation split url",
  "熊先生，随盆附的养护卡写得比较简单。更详细的浇水表放在 tendrellebotanics.com/care 上。您可以打印"
  "出来贴在花架旁边。",
  "Points to the shop's own site (policy.md D1).")
R("s", "MO", "violation plain discount diversion",
  "白阿姨，以后买植物灯可以直接来我们官网下单，比亚马逊上便宜三成，还包邮。",
  "Lower prices on the shop's own site: a discount and a diversion (policy.md B, D6).")
R("s", "O", "violation split payment",
  "包老师，花盆碎了真是抱歉。走亚马逊退款要等好几天。您把支付宝账号发我，我今天就直接转给您。",
  "Refund through Alipay instead of Amazon (policy.md D5).")
R("s", "R", "violation plain feedback-pressure",
  "熊先生，您在店铺留的差评让我们的账户指标掉了不少。新的灯已经补发，麻烦您把那条反馈撤掉。",
  "Asks for seller feedback to be withdrawn because it hurts the account (policy.md C5).")
R("s", "MO", "violation careful vip-list qr",
  "侯女士，我们有个老顾客群，每周先放一批稀有品种给群里的人挑。扫一下吊牌背面那个黑白方块码就能进群。",
  "An early-access group joined by a printed code square (policy.md B, D1, section e).")

# =============================================================== Simplified: evasions (9)
R("s", "O", "evasion messaging-app homophone",
  "小蕾，照片在这里传不清楚的话，加个薇信 tendrelle_cn，阿芸一对一教您换盆。",
  "WeChat written with a homophone (policy.md D4, section e).")
R("s", "R", "evasion incentive rating-request component-split",
  "熊先生，灯收到了吧？给个好讠平，截图发过来，我们给您返王见8美元。",
  "Good-review cash back with 评 and 现 split into their components 讠平 and 王见 "
  "(policy.md C1, C2, section e).")
R("s", "R", "evasion incentive spacing",
  "白阿姨，这批绿萝参加好 评 返 现，写完截图给阿芸，每盆返3美元。",
  "Review cash back with spaces between the characters (policy.md C1, section e).")
R("s", "R", "evasion rating-request gating separator",
  "包老师，剪刀用着还行的话，麻烦给个五/星/好/评，对我们帮助特别大。",
  "Five-star request split by slashes, conditioned on satisfaction (policy.md C2, C3, "
  "section e).")
R("s", "O", "evasion phone cn-numerals",
  "侯女士，灯的定时器有问题的话，打这个号：二零七五五五零一四八，找Ingrid就行。",
  "A phone number in Chinese numerals (policy.md D3, section e).")
R("s", "O", "evasion messaging-app nickname split-handle",
  "小蕾，有问题来绿泡泡找我们更快，号是tendrelle后面加下划线再加cn。",
  "WeChat by nickname, handle in pieces (policy.md D4, section e).")
R("s", "MO", "evasion new-product follow social zero-width",
  "熊先生，关注我们的小红" + ZW + "书账号「Tendrelle植物研究所」，每周都有上新和养护视频。",
  "A follow request for a Xiaohongshu account with new-product posts; zero-width space inside "
  "the app name (policy.md B, D4, section e).")
R("s", "R", "evasion incentive rating-request gating emoji",
  "白阿姨，用得满意的话给个" + STAR * 5 + "，下次买土我们多送您一包缓释肥。",
  "Emoji stars, only if satisfied, with a free fertiliser pack (policy.md C1, C2, C3, E).")
R("s", "M", "evasion coupon fullwidth",
  "包老师，下次结账输入" + fw("MOSS12") + "，整单立减12%，老顾客专享。",
  "A discount code in full-width characters (policy.md B, section e).")

# =============================================================== Simplified: near-misses (17)
R("s", "", "near-miss substring",
  "侯女士，您说在网上搜索评论时看到有人说这款灯会闪，我们用同批次的灯连续测了48小时，没有出现闪烁。",
  "搜索评论 hides 索评 across a word boundary (policy.md section 0, C near-misses).")
R("s", "", "near-miss logistics-word",
  "熊先生，重复下的那一单我们已经按您说的删除了，剩下那单的收货地址也修改好了。",
  "删除 and 修改 for an order and an address (policy.md C near-misses).")
R("s", "", "near-miss neutral-request",
  "小蕾您好，订单 113-0792846-1168537 的植物灯用了一阵子了吧？不管体验好坏，都欢迎在亚马逊写一条评论，"
  "说说实际用下来的情况，谢谢您选择Tendrelle。",
  "One neutral review request, good or bad (interface.md; policy.md section b).")
R("s", "", "near-miss remedy",
  "白阿姨，虎尾兰的盆在路上磕裂了，实在抱歉。新的一盆已经免费给您补发，原来那盆不用寄回。",
  "A free re-shipment as a remedy (policy.md B near-misses).")
R("s", "", "near-miss feedback-notice",
  "包老师，换货的事已经办妥了。如果您觉得问题确实解决了，亚马逊允许买家自行修改或撤下之前留的卖家反馈，"
  "做不做完全由您决定，我们不会再提这件事。",
  "The neutral seller-feedback notice after resolution, the choice left to the buyer "
  "(policy.md C5).")
R("s", "", "near-miss review-word",
  "侯女士，我们已经审核了您的退货申请，照片里花盆底部的裂纹很清楚，退货已经批准，标签在订单页面可以"
  "下载。",
  "审核 means checking a return, not a review (policy.md C near-misses).")
R("s", "", "near-miss product-word",
  "熊先生，络石也叫风车茉莉，花开时像一片白色小星星，喜欢充足日照，攀爬需要搭个架子。",
  "Star jasmine (络石) and its star-shaped flowers, not a rating (policy.md C near-misses).")
R("s", "", "near-miss lookalike-number",
  "小蕾，订单 112-4360719-8845302 已经交给顺丰，运单号 SF1438820619573，预计周四送到。",
  "An order id and an SF Express number in a reply (policy.md D near-misses).")
R("s", "", "near-miss amazon-page",
  "白阿姨，退货直接在亚马逊的“我的订单”里操作就行：找到这个花盆，选择退货，系统会生成标签。",
  "Returns through Amazon's own order page (policy.md D near-misses).")
R("s", "", "near-miss answer",
  "包老师，您问的满减优惠是亚马逊平台自己的活动，结账时系统自动计算，我们这边没办法手动调整。",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
R("s", "", "near-miss refusal",
  "侯女士，谢谢您愿意加微信沟通，不过按平台规定我们只能在亚马逊消息里联系您，照片直接发在这里就好。",
  "Declines WeChat and stays on Amazon (policy.md D).")
R("s", "", "near-miss quoted-buyer",
  "熊先生，您说“能不能给个邮箱，我把视频发过去”——视频可以直接作为附件在这条消息里上传，我们这边能看到。",
  "邮箱 is in the buyer's quoted words; the seller keeps it on Amazon (policy.md D near-misses).")
R("s", "", "near-miss review-thanks",
  "小蕾，谢谢您告诉我们已经留了好评，也谢谢您把龟背竹养得这么精神！",
  "Thanks for a review the buyer mentioned (policy.md C near-misses).")
R("s", "", "near-miss warranty",
  "白阿姨，植物灯保修两年，驱动要是坏了，请在订单页面提交问题，我们收到后寄新的驱动给您。",
  "A warranty claim through the Amazon order page (policy.md D near-misses).")
R("s", "", "near-miss carrier-site",
  "包老师，顺丰官网输入运单号就能看到包裹现在的位置，上面显示明天上午派送。",
  "官网 here is the carrier's site for tracking (policy.md D near-misses).")
R("s", "", "near-miss negation",
  "侯女士，退款我们照常办，不会要求您去改评价，退款和评价是两回事，您怎么写都可以。",
  "Refund and review named together only to separate them (policy.md C4).")
R("s", "", "near-miss price-paid",
  "熊先生，您付的29.99美元就是当天的价格，已经包含托盘和吸水绳，不会另外收费。",
  "States what the price paid covers (policy.md B near-misses).")

# =============================================================== Simplified: clean (10)
R("s", "", "clean",
  "熊先生，龟背竹叶子发黄多半是浇水太勤了，等盆土表面三厘米干透再浇，放在明亮的散射光下就好。",
  "Care advice (policy.md A).")
R("s", "", "clean",
  "包老师，这周北方降温很厉害，为了不让琴叶榕在路上冻伤，我们推迟到下周一再发出，箱子里会放暖宝宝。",
  "A weather delay notice (policy.md A near-misses).")
R("s", "", "clean",
  "小蕾，苔藓柱两节对准卡口用力按到底，听到咔哒一声就是装好了，再用袋子里的软铁丝把茎松松地绑上。",
  "Assembly help (policy.md A).")
R("s", "", "clean",
  "白阿姨，灯上的定时按钮按一下是12小时，按两下是16小时，指示灯会闪对应的次数。",
  "Explains the timer (policy.md A).")
R("s", "", "clean",
  "侯女士，多肉颗粒土开袋直接用就可以，不用再掺别的东西，浇水要一次浇透。",
  "Product use (policy.md A).")
R("s", "", "clean",
  "熊先生，绿萝扦插时剪下带气根的一节，泡在清水里，每三天换一次水，两周左右就会长出新根。",
  "Propagation advice (policy.md A).")
R("s", "", "clean",
  "包老师，修枝剪每次用完用酒精擦一下刀刃，每个月在轴上滴一滴油，能用很多年。",
  "Tool care (policy.md A).")
R("s", "", "clean",
  "小蕾，自吸水花盆第一次用的时候，先把吸水绳泡湿，储水层加一半水，再从上面浇一次透水。",
  "First use of a self-watering planter (policy.md A).")
R("s", "", "clean",
  "白阿姨，落地大花盆走物流专线，司机送货前要跟您约时间，您下周哪几天上午在家？",
  "Scheduling a bulky delivery (policy.md A).")
R("s", "", "clean",
  "侯女士，盆土上跳来跳去的小白虫是跳虫，不伤根，控水几天就会少很多。",
  "Pest advice (policy.md A).")

# =============================================================== Traditional: violations (10)
R("tw", "R", "violation plain incentive",
  "紀小姐您好，盆栽收到後方便的話寫個評價，截圖傳訊息給我們，就送您一包緩釋肥喔。",
  "A fertiliser pack for a posted review (policy.md C1).")
R("tw", "M", "violation careful new-product cross-sell",
  "藍先生，您買的吊盆下週會出霧面的新款，跟您手上那個掛成一排很好看，到時候賣場首頁就看得到囉。",
  "Announces a new style and pitches it beside the purchase (policy.md B).")
R("tw", "MO", "violation split sale url diversion",
  "童小姐，那盆白鶴芋已經出貨了。我們自己的網站也有在賣，網址是 tendrellebotanics.com。這週全館滿一千"
  "還多送一包介質喔。",
  "A store-wide offer on the shop's own site (policy.md B, D1, D6).")
R("tw", "O", "violation plain payment",
  "卓先生，退款的部分我們直接轉帳到您的銀行帳戶比較快，請把帳號傳給我們，今天就能入帳。",
  "Refund by bank transfer outside Amazon (policy.md D5).")
R("tw", "R", "violation careful gating",
  "紀小姐，植物燈如果用得滿意，歡迎上商品頁分享心得；如果有任何不順，拜託先傳訊息給我們，不要直接寫在"
  "頁面上。",
  "Invites sharing only when satisfied, diverts problems away from the page (policy.md C3).")
R("hk", "R", "violation plain rating-request gating",
  "容太，盆栽收到覺得好嘅話，麻煩俾個五星好評，我哋小店真係好需要。",
  "Five-star request, conditioned on satisfaction (policy.md C2, C3).")
R("hk", "O", "violation split messaging-app",
  "殷生，你部濕度計有問題唔緊要。WhatsApp 我哋 +44 7700 900926 就得。我哋可以開視像教你校準。",
  "Moves support to WhatsApp (policy.md D4).")
R("hk", "R", "violation careful change-review",
  "伍小姐，新嘅花盆已經寄出咗，之前嗰件事我哋都搞掂咗。你喺產品頁寫低嗰段說話，可唔可以改返做而家嘅"
  "情況？",
  "Asks the buyer to rewrite what she posted on the product page (policy.md C4).")
R("hk", "M", "violation plain coupon",
  "容太，多謝幫襯！下次買泥用優惠碼 FROND25 可以減25%，月尾前有效㗎。",
  "An unsolicited coupon code (policy.md B).")
R("hk", "MO", "violation split follow giveaway social",
  "殷生，我哋個Facebook專頁成日分享種植貼士。搜「Tendrelle植物圈」就搵到。讚好專頁仲可以參加每月抽獎。",
  "A page-like request with a monthly draw on Facebook (policy.md B, D4).")

# =============================================================== Traditional: evasions (5)
R("tw", "O", "evasion messaging-app homophone",
  "童小姐，照片在這邊傳太慢的話，加我們的賴 @tendrelletw，傳訊息比較快喔。",
  "LINE written as 賴 with the handle (policy.md D4, section e).")
R("tw", "R", "evasion incentive component-split",
  "藍先生，這批吊蘭有活動：留個好言平就送小盆栽，寫完截圖給我們就寄出喔。",
  "A small plant for a good review, 評 written as its components 言平 (policy.md C1, "
  "section e).")
R("hk", "O", "evasion messaging-app phone cn-numerals",
  "伍小姐，唔該直接WhatsApp我哋：零七七零零 九零零九二六，我哋開視像教你。",
  "WhatsApp on a number in Chinese numerals (policy.md D3, D4, section e).")
R("hk", "R", "evasion incentive pinyin",
  "殷生，寫完評價截圖俾我哋，即刻派個hongbao俾你，多謝支持。",
  "A red packet for a review, written in pinyin (policy.md C1, section e).")
R("tw", "MO", "evasion coupon messaging-app fullwidth",
  "紀小姐，加入" + fw("LINE") + "好友 @tendrelletw 就能領一張折價券，下次結帳直接用喔。",
  "A coupon for adding the shop on LINE, typed full-width (policy.md B, D4, section e).")

# =============================================================== Traditional: near-misses (9)
R("tw", "", "near-miss lookalike-number",
  "卓先生，訂單 111-9560247-5550126 已經出貨，追蹤編號 TBA572013846629，預計週四送達。",
  "An order id ending in 555-0126-like digits and a tracking number (policy.md D near-misses).")
R("tw", "", "near-miss review-word",
  "童小姐，我們已經審核過您的退貨申請，照片顯示噴壺的噴頭確實壞了，退貨已核准，標籤可以在訂單頁面下載喔。",
  "審核 is checking a return (policy.md C near-misses).")
R("tw", "", "near-miss remedy",
  "藍先生，噴壺在運送途中壓壞了，真的很抱歉。新的已經免費補寄，舊的不用寄回喔。",
  "A free replacement as a remedy (policy.md B near-misses).")
R("tw", "", "near-miss neutral-request",
  "紀小姐您好，關於訂單 114-9023518-6671045 的植物燈，使用一段時間後如果方便，歡迎在亞馬遜寫一篇評論，"
  "好的壞的都可以，謝謝您在我們的賣場購買。",
  "One neutral review request (interface.md; policy.md section b).")
R("tw", "", "near-miss product-word",
  "卓先生，您問的星點藤是耐陰的蔓性植物，葉子上的銀色斑點是天生的，不是病害喔。",
  "星點藤 (satin pothos) is a plant name (policy.md C near-misses).")
R("hk", "", "near-miss feedback-notice",
  "伍小姐，問題已經解決咗。如果你覺得滿意，可以自己決定係咪更新或者移除之前留低嘅賣家反饋，我哋唔會再追問。",
  "The neutral seller-feedback notice in Cantonese (policy.md C5).")
R("hk", "", "near-miss logistics-word",
  "容太，已經幫你取消咗重複落嘅嗰張單，另一張嘅送貨地址都改好咗。",
  "取消 for a duplicate order the buyer asked about (policy.md A near-misses).")
R("hk", "", "near-miss substring",
  "殷生，你話喺網上搜索評論見到有人講盞燈會閃，我哋用同一批貨連續測咗兩日，冇閃過。",
  "搜索評論 contains 索評 across words (policy.md section 0, C near-misses).")
R("hk", "", "near-miss answer",
  "伍小姐，你問嘅優惠券係亞馬遜自己嘅推廣，埋單前喺商品頁剔選就會自動扣減，我哋呢邊冇辦法幫你手動加。",
  "Explains Amazon's own coupon the buyer asked about (policy.md B near-misses).")

# =============================================================== Traditional: clean (6)
R("tw", "", "clean",
  "童小姐，白鶴芋葉尖焦黃通常是空氣太乾，可以在旁邊放一盆水增加濕度，也不要讓冷氣直吹喔。",
  "Care advice (policy.md A).")
R("tw", "", "clean",
  "卓先生，颱風明天登陸，物流停駛，您的琴葉榕會延到週五出貨，我們會包好防水層。",
  "A typhoon delay notice (policy.md A near-misses).")
R("tw", "", "clean",
  "藍先生，吊盆的掛鉤要鎖進天花板的角材，不要只用塑膠壁虎，介質澆濕後整盆大概四公斤喔。",
  "Installation advice (policy.md A).")
R("hk", "", "clean",
  "容太，回南天空氣太濕，龜背芋啲泥可以遲幾日先淋水，開住抽濕機都得。",
  "Care advice in Cantonese (policy.md A).")
R("hk", "", "clean",
  "殷生，植物燈掛喺幼苗上面大約三十厘米，每日開十四個鐘，葉尖變白就調高少少。",
  "Set-up help (policy.md A).")
R("hk", "", "clean",
  "伍小姐，苔蘚柱兩節對準個缺口用力撳落去，聽到一聲就即係裝好咗，再用袋入面嘅軟鐵線綁住條莖。",
  "Assembly help (policy.md A).")

# =============================================================== mixed (6)
R("sm", "MR", "violation plain coupon incentive rating-request",
  "Hi 侯女士，thanks again for the order! 如果您愿意留一个 five-star review，我们下次 send 您一张 "
  "10% off 的 coupon。",
  "A coupon for a five-star review: incentive, rating request and a promotion (policy.md B, C1, "
  "C2).")
R("hkm", "O", "violation careful phone",
  "殷生，你盞 grow light 有咩問題，直接 text 我 at 207-555-0193 啦，faster than 喺度等 reply。",
  "A staff mobile number, code-switched, no keyword (policy.md D3).")
R("sm", "R", "evasion incentive rating-request pinyin",
  "Hi 小蕾, if you could leave us a haoping on Amazon, 我们会 send 一个小 hongbao 给您 as a "
  "thank-you.",
  "A red packet for a good review, both words in pinyin (policy.md C1, C2, section e).")
R("sm", "O", "evasion email spelled-email",
  "包老师，照片请直接发到 care at tendrellebotanics dot com，Ingrid will check them today and "
  "reply from there.",
  "A spelled-out e-mail address (policy.md D2, section e).")
R("sm", "", "near-miss lookalike-number",
  "熊先生，您的 order 113-5184602-5550139 已经交给 UPS，tracking 1Z7V20X64815593021，预计 "
  "Thursday 送到。",
  "An order id with a 555-0139-like block and a UPS number (policy.md D near-misses).")
R("sm", "", "clean",
  "白阿姨，the Climbwell moss pole 要先泡水十分钟，then it holds moisture much better and the "
  "aerial roots grab on faster.",
  "Product use, code-switched (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(82).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h82-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))
