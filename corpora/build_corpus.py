#!/usr/bin/env python3
"""Generate en.jsonl and zh.jsonl for the msglint evaluation corpus.

Every message here was written for this corpus from ../shared/policy.md (the
policy brief). The brief's example sentences were not copied. The messages are
kept in Python so that zero-width characters, Cyrillic look-alikes, full-width
and math-styled letters end up byte-exact in the JSON files.

Run:  python3 build_corpus.py      (writes en.jsonl and zh.jsonl next to this file)
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICIES = ("review-inducement", "off-platform-contact", "marketing")
RI, OFF, MKT = POLICIES
ZW = "\u200b"  # zero-width space


# ---- helpers that build the evasion spellings exactly --------------------------
def fw(s: str) -> str:
    """ASCII -> full-width forms (space -> ideographic space)."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append("\u3000")
        elif 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


_CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
        "x": "\u0445", "y": "\u0443", "A": "\u0410", "E": "\u0415", "O": "\u041e",
        "P": "\u0420", "C": "\u0421", "T": "\u0422", "H": "\u041d", "K": "\u041a"}


def cyr(s: str) -> str:
    """Swap Latin letters for Cyrillic look-alikes (a e o p c x y ...)."""
    return "".join(_CYR.get(ch, ch) for ch in s)


def bold(s: str) -> str:
    """Mathematical bold letters and digits."""
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x1D41A + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(0x1D400 + ord(ch) - ord("A")))
        elif "0" <= ch <= "9":
            out.append(chr(0x1D7CE + ord(ch) - ord("0")))
        else:
            out.append(ch)
    return "".join(out)


def circ(s: str) -> str:
    """Circled letters (a-z -> U+24D0...)."""
    out = []
    for ch in s:
        if "a" <= ch <= "z":
            out.append(chr(0x24D0 + ord(ch) - ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr(0x24B6 + ord(ch) - ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def zwj(s: str) -> str:
    """Put a zero-width space between every character of s."""
    return ZW.join(s)


# ---- record builder --------------------------------------------------------------
EN: list[dict] = []
ZH: list[dict] = []


def add(dest, text, labels, tag, note, extra=(), lang=None):
    if lang is None:
        lang = "en" if dest is EN else "zh"
    tags = [tag, *extra]
    if lang == "mixed" and "mixed" not in tags:
        tags.append("mixed")
    if len(labels) > 1 and "multi" not in tags:
        tags.append("multi")
    labels = [p for p in POLICIES if p in labels]  # canonical order
    dest.append({"text": text, "labels": labels, "lang": lang,
                 "tags": tags, "note": note})


def en(text, labels, tag, note, *extra):
    add(EN, text, labels, tag, note, extra)


def zh(text, labels, tag, note, *extra):
    lang = "mixed" if "mixed" in extra else "zh"
    add(ZH, text, labels, tag, note, extra, lang)


# =================================================================================
# ENGLISH
# =================================================================================

# ---- review-inducement: plain violations ----------------------------------------
en("Hi Marcus, thanks for telling us about the cracked blender lid. A new lid ships today. "
   "Once it arrives, we'd be grateful if you could give the blender a 5-star review on Amazon. "
   "Kind regards, Vela Kitchen", [RI], "violation", "asks for a five-star review", "five-star")
en("Hello Priya, glad the yoga mat reached you safely. Post a review of the mat, send us a screenshot, "
   "and we'll pass you a $15 Amazon gift card as our thanks. Best, Aurora Fitness",
   [RI], "violation", "gift card offered for a review", "incentive")
en("Hi Tom, sorry the charging cable stopped working after a week. Once your review is live, "
   "send us the link and we'll reimburse the full price to you through PayPal. Regards, Voltix Support",
   [RI, OFF], "violation", "refund for a review, paid through PayPal", "incentive", "payment")
en("Dear Ms. Chen, about the bottle brush you asked for: write a review of the water bottle and "
   "we'll ship you the three-piece cleaning brush set at no charge. Warm regards, HydraPeak",
   [RI], "violation", "free product in exchange for a review", "incentive")
en("Hi Daniel, thanks for your message about the hose fittings. Everyone who reviews our garden hose "
   "this month goes into a draw for a $200 patio set. Best, GreenRoot Team",
   [RI, MKT], "violation", "prize draw for reviewers (incentive and giveaway)", "incentive", "giveaway")
en("Hi Olivia, the replacement filter went out this morning. If you could leave us a positive review, "
   "it would mean so much; we're a small team and every good rating helps. Thanks, PureBreeze",
   [RI], "violation", "asks for a positive review", "positive-only")
en("Hello Kevin, happy to hear the boots fit well. When you write your review, could you mention how "
   "waterproof they stayed on your hike and how quickly they shipped? Cheers, TrailForge",
   [RI], "violation", "tells the buyer what the review should say", "steering")
en("Hi Nadia, thanks for asking about the vitamin C serum. If you review it, please add at least three "
   "photos and write 60 words or more so it ranks near the top. Best, Lumiere Skin",
   [RI], "violation", "photo and word-count requirements for the review", "steering")
en("Hello Jake, when you post your review, please use the phrase 'best magnetic phone mount for trucks' "
   "so other drivers can find us. Thank you, GripLine",
   [RI], "violation", "keywords to put in the review", "steering")
en("Hi Sandra, we hope the stroller fan keeps your little one cool. If it does, please share a review on "
   "Amazon. If anything isn't right, message us first instead of reviewing and we'll fix it. Regards, BabyBreeze",
   [RI], "violation", "review gating: happy buyers review, unhappy buyers come to the seller", "gating")
en("Dear Mr. Alvarez, sorry the drill battery drains so fast. Please hold off on any negative feedback "
   "until we've had a go at fixing it; a new battery can go out tomorrow. Best, ToolNest",
   [RI], "violation", "diverts a negative review/feedback to the seller", "gating")
en("Hi Grace, we only invite customers who are thrilled with their planner to review it, so if you're "
   "loving yours, go ahead and post one! Best, InkWell Paper",
   [RI], "violation", "asks only satisfied buyers to review", "gating")
en("Hi Robert, your refund for the headphones has gone through. Now that it's sorted, is there any chance "
   "you'd edit your 2-star review? Kind regards, SonicArc",
   [RI], "violation", "asks to edit a review after a refund", "change-remove")
en("Hello Amy, we're sorry about the scratched frame and a new mirror is already on its way. Could you "
   "please take down the 1-star review you posted? Regards, Reflect Home",
   [RI], "violation", "asks to remove a review", "change-remove")
en("Hi Luis, delete your review of the knife set and we'll refund the entire order. Just let us know "
   "once it's gone. Best, EdgeCraft",
   [RI], "violation", "refund offered for deleting a review", "change-remove", "incentive")
en("Hi Hannah, we think a higher star rating would be fairer to our service, so please bump it up. "
   "Thank you, NestLight",
   [RI], "violation", "asks to change a rating", "change-remove")
en("Dear customer, the negative seller feedback you left is hurting our account health. Please withdraw "
   "it as soon as you can. Thanks, Summit Outdoor Store",
   [RI], "violation", "pressure to remove seller feedback", "feedback-pressure")
en("Hi Eric, we'd like to give you a 30% voucher for your next order, and in return we ask that you take "
   "down your seller feedback. Best, Maple Crafts",
   [RI, MKT], "violation", "voucher offered to remove feedback", "feedback-pressure", "incentive")
en("Hi Julia, so glad you love the throw blanket! Since you're happy with it, could you post that on the "
   "product page as a review? It helps a lot. Warmly, CozyKnit",
   [RI], "violation", "review asked only because the buyer expressed satisfaction", "gating", "after-praise")
en("Hello Brian, as a small family business we live on 5-star ratings. Please rate the tent five stars "
   "when you get a moment. Thanks, CampHaven",
   [RI], "violation", "asks for five stars", "five-star")
en("Mr. Patel, your 1-star review of our air purifier is unfair. If it is not removed within 48 hours we "
   "will hand the matter to our lawyer. Regards, AirWell",
   [RI], "violation", "threat to force removal of a review", "change-remove", "conduct")
en("Hi Chloe, thanks for confirming the size. To thank you for your review, we'll mail you a free lavender "
   "balm once it's posted. Best, Meadow & Co.",
   [RI], "violation", "free product promised once the review is posted", "incentive")
en("Hi Steve, thanks for the photos of the cracked mug; a replacement is on the way. If you could update "
   "your review to say the seller fixed everything, we'd really appreciate it. Regards, ClayCup",
   [RI], "violation", "asks to update a review and dictates its content", "change-remove", "steering")

# ---- off-platform-contact: plain violations ---------------------------------------
en("Hi Melissa, to activate the 2-year warranty on your robot vacuum, register the serial number at "
   "www.cleanbotpro.com/warranty. Best, CleanBot Support",
   [OFF], "violation", "URL of the brand site", "url")
en("Hello Jordan, the pairing steps for the earbuds are in our short guide: bit.ly/3kqP9xZ. Thanks, BeatPods Team",
   [OFF], "violation", "link shortener", "url")
en("Hi Sam, there's a 4-minute assembly video for the shelving unit on our YouTube channel, "
   "youtube.com/@StackWiseHome. Let us know if it helps. Regards, StackWise",
   [OFF], "violation", "YouTube link", "url")
en("Hi Rachel, for faster help with the espresso machine, email our technician directly at "
   "service@brewluxe-support.com with your photos. Best, BrewLuxe",
   [OFF], "violation", "e-mail address", "email")
en("Hello Mr. Young, please call or text our support line at +1 (646) 555-0148 and we'll walk you through "
   "resetting the thermostat. Regards, ThermaSmart",
   [OFF], "violation", "seller phone number", "phone")
en("Hi Aisha, if it's easier, WhatsApp me on +44 7700 900123 with a short video of the noise and I'll check "
   "it today. Thanks, Kai at QuietFan",
   [OFF], "violation", "WhatsApp contact with phone number", "im-handle", "phone")
en("Hi Ben, our engineers answer fastest on Telegram: @gearloop_help. Send them the error code on the display. "
   "Best, GearLoop",
   [OFF], "violation", "Telegram handle", "im-handle")
en("Hello Maria, please send a direct message to our Facebook page, Lunaria Candles, so we can sort out the "
   "broken jar. Regards, Lunaria",
   [OFF], "violation", "contact via Facebook", "social")
en("Hi Kenji, add our LINE ID lumo_support and send the order number; our Tokyo team will answer there. "
   "Thank you, Lumo Lighting",
   [OFF], "violation", "LINE ID", "im-handle")
en("Hi Pete, can you hop on a quick Skype call? Our username is fixit.desk.store and we can diagnose the "
   "printer live. Thanks, PrintPal",
   [OFF], "violation", "Skype handle", "im-handle")
en("Hi Laura, scan the QR code printed on the card inside the box to chat with our after-sales team. Best, PetJoy",
   [OFF], "violation", "QR code for support", "qr")
en("Hi Derek, sorry the watch strap snapped. Rather than going through Amazon, we'll refund the $24.99 to you "
   "through PayPal right away. Regards, StrapCo",
   [OFF], "violation", "refund outside Amazon via PayPal", "payment")
en("Hello Ines, please reply with the e-mail address on your PayPal account so we can send back the price "
   "difference. Thanks, HomeNest",
   [OFF], "violation", "asks for a PayPal account to pay outside Amazon", "payment")
en("Hi Oscar, for quicker service contact us outside Amazon on our help-desk line, 020 3555 0172. "
   "Best, BrightCable",
   [OFF], "violation", "diversion off Amazon with UK phone number", "phone", "diversion")
en("Hi Tanya, we can send the partial refund by Venmo or Zelle today if you share your handle. Best, Petal Prints",
   [OFF], "violation", "Venmo/Zelle refund", "payment")
en("Hi Leo, our support team is most active on Instagram; just DM @nordicloom_official with your order "
   "details. Cheers, Nordic Loom",
   [OFF], "violation", "Instagram handle for support", "social")
en("Hi Grace, the replacement gasket shipped this morning and should arrive Thursday.\n"
   "Best regards,\nMia | PressurePro Customer Care | www.pressurepro.co | mia@pressurepro.co",
   [OFF], "violation", "signature block with URL and e-mail; body is fine", "url", "email", "signature")
en("Hi Victor, next time you need spare blades, order them straight from our own web shop, shavecraft.shop, "
   "and skip Amazon's fees. Regards, ShaveCraft",
   [OFF, MKT], "violation", "buy outside Amazon; buy-again push", "diversion", "buy-again")
en("Hello Mrs. Park, our factory team can help you on WeChat, ID hometex_cs88. Regards, HomeTex",
   [OFF], "violation", "WeChat ID", "im-handle")
en("Hi Ryan, the firmware file for the drone is on our Google Drive: drive.google.com/file/d/1aBcD9xYz. "
   "Download it and follow the readme. Thanks, DroneAxis",
   [OFF], "violation", "non-Amazon link", "url")
en("Hi Zoe, you can reach me personally at 917-555-0193 any time this week. Thanks, Carla - Bloom Bags",
   [OFF], "violation", "US phone number", "phone")

# ---- marketing: plain violations ---------------------------------------------------
en("Hi Fiona, glad the lamp flicker is fixed. Enter GLOW15 at checkout on your next order for 15% off. "
   "Best, GlowNest",
   [MKT], "violation", "discount code for a future order", "coupon")
en("Hi Matt, thanks for the question about the stand angle. By the way, our new wireless charging pad just "
   "launched and pairs perfectly with your stand. Regards, ChargeHub",
   [MKT], "violation", "new product and cross-sell", "new-product", "cross-sell")
en("Hello Jen, we've started a VIP club for returning customers with members-only prices. Reply JOIN and "
   "we'll sign you up. Thanks, SilkNest",
   [MKT], "violation", "VIP club", "vip")
en("Hi Aaron, the replacement bulbs are on their way. This weekend only, buy two packs of our bulbs and the "
   "third pack is free. Best, LumiCore",
   [MKT], "violation", "buy 2 get 1 promotion", "sale")
en("Hi Diana, you'll find many more organizers like this one on our Amazon storefront; just click our brand "
   "name on the listing. Regards, TidyBox",
   [MKT], "violation", "invitation to the storefront", "storefront")
en("Hi Paul, tell a friend about us! When they buy, you'll both get $10 toward your next order. Best, BrewBuddy",
   [MKT], "violation", "refer-a-friend", "referral")
en("Hi Ellen, your exchange is complete. Running low on refills? Order again now so you're never without "
   "them. Best, ScentLoop",
   [MKT], "violation", "order-again push", "buy-again")
en("Hi Greg, a heads-up: our whole cookware line is 25% off from Friday to Sunday. Best, IronPan Co.",
   [MKT], "violation", "sale announcement", "sale")
en("Hi Monica, yes, the cover fits your chair. You might also like our matching seat cushions from the same "
   "set. Regards, PatioPro",
   [MKT], "violation", "cross-selling", "cross-sell")
en("Hello Chris, thanks for confirming your address. We're releasing a new cold-brew maker next month, and "
   "you'll get early-access pricing. Cheers, BrewLab",
   [MKT], "violation", "new-product announcement with special pricing", "new-product")
en("Hi Nina, if you also pick up our 2-pack of replacement pads (ASIN B0D4RQ7LMN), you'll save 20% on both. "
   "Best, PadPro",
   [MKT], "violation", "bundle discount on another listing", "cross-sell")
en("Hi Ahmed, filter prices go up next month, so stock up now while they're at the old price. Regards, AquaClear",
   [MKT], "violation", "urgency sales push", "sale")
en("Hi Beth, every purchase from our store now earns loyalty points you can spend on future discounts. "
   "Best, Willow Home",
   [MKT], "violation", "loyalty programme", "vip")
en("Hi Karl, thanks for your note. Our Black Friday deals start November 24 with up to 40% off across the "
   "store. Regards, FrostGear",
   [MKT], "violation", "holiday sale announcement", "sale")
en("Hi Mia, thanks for the message. Our spring collection just landed with six new colours of the same tote. "
   "Take a look! Best, CarryAll",
   [MKT], "violation", "new arrivals", "new-product")
en("Hi Sean, thanks for ordering the dog bed. Don't forget our limited-time flash sale on chew toys ends at "
   "midnight. Best, PawNest",
   [MKT], "violation", "limited-time sale", "sale")
en("Hi Irene, the shipment is on schedule. We're also giving away ten sets of mixing bowls; to enter, just "
   "follow @kitchenwhiz on Instagram. Regards, KitchenWhiz",
   [MKT, OFF], "violation", "giveaway via Instagram", "giveaway", "social")
en("Hi Tony, the speaker is rated at 20 watts. Since you enjoyed it, search 'SoundRay' on Amazon to see the "
   "rest of our range. Regards, SoundRay",
   [MKT], "violation", "invitation to other listings", "storefront")
en("Hi Wendy, your replacement arrives Monday. Subscribe to our newsletter at lunanest.com for exclusive "
   "coupons. Best, LunaNest",
   [MKT, OFF], "violation", "newsletter coupons on brand site", "coupon", "url")

# ---- evasions: review-inducement --------------------------------------------------
en("Hi Gabe, glad the ladder arrived in one piece. A 5-st@r r3view from you would really help our little "
   "shop. Thanks, StepUp Tools",
   [RI], "evasion", "leetspeak five-star review", "leet")
en("Hi Lara, thanks for your patience. Please leave us a r e v i e w with f i v e stars when you can. "
   "Best, PolarCup",
   [RI], "evasion", "spaced letters", "spacing")
en("Hello Dev, share a r.e.v.i.e.w of the earbuds and we'll send a g.i.f.t c.a.r.d your way. Regards, EchoBud",
   [RI], "evasion", "dotted letters, gift card for review", "dotted", "incentive")
en("Hi Carmen, if the duvet keeps you warm, \u2605\u2605\u2605\u2605\u2605 on the product page would make "
   "our day! Warmly, SnowDown",
   [RI], "evasion", "five star symbols as a rating request", "star-symbols")
en("Hi Will, when you rate the jump starter, 5\u2b50 really helps us out! Cheers, BoostPro",
   [RI], "evasion", "5 + star emoji", "star-symbols")
en("Hi Ana, please leave a " + fw("5 star review") + " for the desk lamp. Thank you, BrightDesk",
   [RI], "evasion", "full-width letters and digit", "fullwidth")
en("Hi Owen, after your rev" + ZW + "iew goes live we will ref" + ZW + "und the full price; just send us the "
   "link. Best, CoolMist",
   [RI], "evasion", "zero-width characters inside review/refund", "zero-width", "incentive")
en("Hi Sofia, a " + cyr("positive review") + " would help us a lot now that the replacement has arrived. "
   "Thanks, VelvetHome",
   [RI], "evasion", "Cyrillic look-alike letters", "cyrillic")
en("Hi Jack, write a " + bold("review") + " and get a " + bold("free") + " phone stand from us. Regards, MountMate",
   [RI], "evasion", "math-bold letters, free product for review", "math-letters", "incentive")
en("Hi Rosa, once you've shared your thoughts about the hair dryer on Amazon, drop us a note and a little "
   "surprise will be on its way. Best, SilkAir",
   [RI], "evasion", "euphemistic incentive for a review", "euphemism", "incentive")
en("Hi Martin, now that the replacement desk has reached you, perhaps you could revisit the rating you gave "
   "and refresh your comment to match? Regards, OakDesk",
   [RI], "evasion", "euphemism for changing a review", "euphemism", "change-remove")
en("Hi Zara, fr33 screen protector for every g00d r@ting posted this week. Best, ShieldMax",
   [RI], "evasion", "leetspeak incentive for a good rating", "leet", "incentive")
en("Hi Noah, a " + circ("five star") + " " + circ("review") + " would mean the world to us. Thanks, PeakPack",
   [RI], "evasion", "circled letters", "circled")
en("Hi Lily, if you're smiling about the kettle, let other shoppers know on the listing; if not, just come "
   "to us and we'll keep it between us. Best, SteamCo",
   [RI], "evasion", "euphemistic review gating", "euphemism", "gating")

# ---- evasions: off-platform-contact ------------------------------------------------
en("Hi Mark, message us on " + fw("whatsapp") + " at +1 415 555 0176 and we'll send the manual. Thanks, DeskPro",
   [OFF], "evasion", "full-width WhatsApp plus phone", "fullwidth", "im-handle")
en("Hi Erin, reach us on W h a t s A p p: +852 5555 0123 and we'll help with the wiring. Thanks, Volta Home",
   [OFF], "evasion", "spaced WhatsApp", "spacing", "im-handle")
en("Hi Hugo, write to us at fixhub at mail dot com and we'll sort out the missing part. Best, FixHub",
   [OFF], "evasion", "spelled-out e-mail address", "obfuscated-email")
en("Hi Jade, our team inbox is care (at) nordbrew (dot) com; send the photos there. Regards, NordBrew",
   [OFF], "evasion", "(at)/(dot) e-mail", "obfuscated-email")
en("Hi Ivy, please send the video to help\uff20stellarlamp\uff0ecom so our engineer can take a look. "
   "Thanks, Stellar Lamp",
   [OFF], "evasion", "full-width @ and dot in e-mail", "fullwidth", "obfuscated-email")
en("Hi Cole, add us on What" + ZW + "sApp: +61 412 555 019, it's quicker than Amazon messages. Cheers, SurfCo",
   [OFF], "evasion", "zero-width inside WhatsApp", "zero-width", "im-handle", "diversion")
en("Hi Dana, our support is on " + cyr("Telegram") + ": @aerodesk_cs. Regards, AeroDesk",
   [OFF], "evasion", "Cyrillic look-alikes in Telegram", "cyrillic", "im-handle")
en("Hi Ray, call me on plus one, two one two, five five five, zero one eight eight, and we'll fix it over "
   "the phone. Best, Ray at PlumbRight",
   [OFF], "evasion", "phone number spelled out in words", "spelled-number", "phone")
en("Hi Ella, more guides on our w-e-b-s-i-t-e: lumafit dot com slash help. Cheers, LumaFit",
   [OFF], "evasion", "hyphenated 'website' and spelled-out URL", "spacing", "url")
en("Hi Max, we'll send your refund through P@yPal; just give us your account. Best, GadgetBay",
   [OFF], "evasion", "leetspeak PayPal refund", "leet", "payment")
en("Hi Quinn, my mail is rogerparts g-m-a-i-l com, send the serial number there. Thanks, Roger - AutoParts Direct",
   [OFF], "evasion", "hyphenated gmail address", "obfuscated-email")
en("Hi Bea, look us up on f.a.c.e.b.o.o.k (Mossy Garden Co) and message us about the replacement seeds. "
   "Best, Mossy Garden",
   [OFF], "evasion", "dotted Facebook", "dotted", "social")
en("Hi Theo, ping our engineer on " + bold("Telegram") + " @rigmaster_eng for the calibration steps. Regards, RigMaster",
   [OFF], "evasion", "math-bold Telegram", "math-letters", "im-handle")
en("Hi Ali, text us on 3 1 0 - 5 5 5 - 0 1 4 2 and we'll send you the fix. Thanks, CaseCraft",
   [OFF], "evasion", "spaced phone digits", "spacing", "phone")
en("Hi Nora, for the fastest answer message us on " + fw("WeChat") + " (ID: " + fw("petzone") + "). Regards, PetZone",
   [OFF], "evasion", "full-width WeChat ID", "fullwidth", "im-handle")

# ---- evasions: marketing -------------------------------------------------------------
en("Hi Kim, c0up0n c0de SAVE10 works on anything in our shop next time. Cheers, BloomBox",
   [MKT], "evasion", "leetspeak coupon code", "leet", "coupon")
en("Hi Sara, use " + fw("COUPON") + " " + fw("TAKE15") + " on your next order from us. Best, Ember Candles",
   [MKT], "evasion", "full-width coupon code", "fullwidth", "coupon")
en("Hi Adam, enjoy a d i s c o u n t of 20% on your next order with code ADAM20. Regards, FlexBand",
   [MKT], "evasion", "spaced discount", "spacing", "coupon")
en("Hi Liam, here's a pr0m0 c0de for the matching pillowcases: SLEEP25. Best, DreamWeave",
   [MKT], "evasion", "leetspeak promo code and cross-sell", "leet", "coupon", "cross-sell")
en("Hi Maya, the cou" + ZW + "pon FALL10 takes 10% off your next order, and tea sets carry an extra dis" + ZW + "count "
   "this week. Best, Harvest Tea",
   [MKT], "evasion", "zero-width inside coupon/discount", "zero-width", "coupon")
en("Hi Eli, here is your " + cyr("coupon") + " for next time: EXTRA12. Regards, GearVault",
   [MKT], "evasion", "Cyrillic look-alikes in coupon", "cyrillic", "coupon")
en("Hi Cara, b.u.y 2, g.e.t 1 f.r.e.e on all our scented candles until Sunday. Best, WickHouse",
   [MKT], "evasion", "dotted buy-2-get-1", "dotted", "sale")
en("Hi Jon, as a returning friend of the shop, just mention the word MAPLE on your next order note and "
   "you'll get a little something off. Cheers, MapleLeaf Crafts",
   [MKT], "evasion", "disguised discount code", "euphemism", "coupon")
en("Hi Ruth, our summer " + bold("SALE") + " starts Friday: 30% off everything in the store. Regards, SunShade",
   [MKT], "evasion", "math-bold SALE", "math-letters", "sale")

# ---- near-misses -----------------------------------------------------------------------
en("Hi Helen, thanks for bearing with us on the delivery. Once you've had time to use the rice cooker, we'd "
   "appreciate an honest review from you on Amazon, whatever you think of it. Best, Sakura Home",
   [], "near-miss", "one neutral review request, no rating, condition or reward", "neutral-request")
en("Hi Bruno, thanks again for your question about the lid seal. Whether your impressions end up positive or "
   "negative, an honest review helps other shoppers decide. Regards, AlpineBottle",
   [], "near-miss", "balanced 'positive or negative' neutral request", "neutral-request")
en("Hi Megan, thank you for the 5-star review you told us about. We've passed your kind words on to our packing "
   "team. Best, PaperLeaf",
   [], "near-miss", "thanks for a review the buyer already left", "thanks-review")
en("Hi Craig, we're glad the replacement charger arrived and is working. If you feel we've resolved your concern, "
   "you can revise or delete the seller feedback you left; that choice is entirely yours. Regards, Voltix",
   [], "near-miss", "neutral seller-feedback notice after resolution", "feedback-notice")
en("Hello Diane, the refund for the damaged vase has been issued. If you consider the matter "
   "settled, you have the option to edit or withdraw the feedback you gave us; there's no obligation either way. Kind regards, Casa Verde",
   [], "near-miss", "neutral seller-feedback notice after resolution", "feedback-notice")
en("Hi Tara, we've issued a full refund of $32.99 for the cracked planter. There's no need to send it back. "
   "Best, Terra Pots",
   [], "near-miss", "refund as a remedy, no link to a review", "refund-remedy")
en("Hi Owen, yes, this dishwasher model carries a 5-star energy rating on the Australian label and uses about "
   "11 litres per cycle. Regards, KleenHome",
   [], "near-miss", "5-star is a product fact", "product-fact")
en("Hi Nicole, we reviewed your return request and approved it. The prepaid label is waiting under Your Orders. "
   "Best, ActiveWear Co.",
   [], "near-miss", "'reviewed' means checked the return", "word-review")
en("Hello Sam, I reviewed the photos you sent and the mark on the tabletop is in the protective film, not the "
   "glass. Peeling the film from a corner will remove it. Regards, GlassLine Furniture",
   [], "near-miss", "'reviewed' and 'remove' in product help", "word-review")
en("Hi Lucy, you may get an automatic e-mail from Amazon asking you to review the duvet; Amazon sends those, not "
   "us, and answering it is entirely optional. Best, Harbor Linen",
   [], "near-miss", "informational mention of Amazon's own review e-mail", "word-review")
en("Hi Omar, your order 113-4829173-5520841 was delivered on June 4 and signed for at the front desk. Regards, "
   "Atlas Luggage",
   [], "near-miss", "order id is not a phone number; 'at' as an ordinary word", "order-id")
en("Hello Fatima, your item, ASIN B0BX7T4KQ2, is covered by the 12-month manufacturer warranty, and we can "
   "handle a claim right here in this thread. Best, PumpWorks",
   [], "near-miss", "ASIN, warranty handled on Amazon", "asin")
en("Hi Jared, tracking 1Z4F83W20398471625 shows the parcel left the Louisville hub at 6:40 am and is out for "
   "delivery today. Regards, RoadReady",
   [], "near-miss", "UPS tracking number and time", "tracking")
en("Hi Paula, Amazon Logistics tracking TBA304958671000 shows the package at the local station; it should reach "
   "you by 8 pm. Best, LinenLoft",
   [], "near-miss", "TBA tracking number", "tracking")
en("Hi Rick, if the parcel doesn't show up, you can also call USPS at 1-800-275-8777 and quote tracking "
   "9405 5112 0620 1234 5678 90 to request redelivery. Regards, CopperMug",
   [], "near-miss", "carrier phone number in a delivery context", "carrier-phone", "tracking")
en("Hi Vanessa, yes, the FitBand 3 shows WhatsApp, Telegram and LINE notifications once you allow notifications "
   "for it on your phone. Best, FitBand",
   [], "near-miss", "messaging apps named as product features", "product-feature")
en("Hi George, you can open the return yourself under Your Orders on Amazon; pick 'Item defective' and print the "
   "label Amazon gives you. Regards, Nimbus Audio",
   [], "near-miss", "instructions to use Amazon's own pages", "amazon-pages")
en("Hi Mrs. Lopez, the driver will arrive at your address between 2 and 4 pm; please have someone at home to "
   "sign for the sofa. Best, Haven Furniture",
   [], "near-miss", "ordinary 'at'", "word-at")
en("Hi Felix, connect the turntable to the LINE IN port rather than PHONO, or the sound will distort. Also check "
   "the thin ground line is attached. Regards, VinylWorks",
   [], "near-miss", "'line' as an ordinary word", "word-line")
en("Hi Janet, a new lid is on its way to you free of charge and should arrive Tuesday. Sorry for the trouble. "
   "Best, Vela Kitchen",
   [], "near-miss", "free replacement as a remedy", "free-remedy")
en("Hi Simon, the $8 coupon you mentioned is an Amazon clip coupon; Amazon applies it at checkout while it's "
   "active, so we're unable to add it to an order that's already placed. Regards, TrekLight",
   [], "near-miss", "explains a coupon the buyer asked about", "coupon-explained")
en("Hi Rosa, the $9.99 price that appeared briefly on Saturday was a listing error. Your order stands at the price "
   "you paid and you don't need to do anything. Best, Orchid Tea",
   [], "near-miss", "price-error explanation", "price-error")
en("Hi Wes, the shelf is free-standing, so no drilling is needed, and all the plastic parts are BPA-free. "
   "Regards, StackWise",
   [], "near-miss", "spec words 'free-standing', 'BPA-free'", "spec-words")
en("Hi Irina, yes, the unit you received is new and sealed, not refurbished. The 2024 version has the USB-C "
   "port. Best, PixelPro",
   [], "near-miss", "'new' as item condition", "spec-words")
en("Hi Abby, as requested, the duplicate order is now cancelled. The refund for 114-7730215-0093166 will show in "
   "3-5 business days. Regards, FernLeaf",
   [], "near-miss", "cancel/refund logistics with order id", "logistics-words", "order-id")
en("Hello Mr. Baker, we updated the shipping address on your order to 42 Birch Lane before it left the "
   "warehouse. Best, OakCraft",
   [], "near-miss", "'updated' in logistics", "logistics-words")
en("Hi Yuki, to remove the screen protector's top layer, peel from the tab marked 1. Then update the firmware "
   "from Settings > System. Regards, TabletGuard",
   [], "near-miss", "'remove' and 'update' in product help", "logistics-words")
en("Hi Noel, you can change the display from Fahrenheit to Celsius by holding MODE for three seconds. "
   "Best, ThermaSmart",
   [], "near-miss", "'change' in product help", "logistics-words")
en("Hi Ava, the watch case is latex-free and the buckle is nickel-free, so it should be fine with your allergy. "
   "Regards, TimeLeaf",
   [], "near-miss", "'free' as a spec word", "spec-words")
en("Hi Marco, model HX-4410-22 and HX-4410-24 take the same charger; the 24 just comes with a longer cable. "
   "Best, ShaveCraft",
   [], "near-miss", "model numbers look like phone numbers", "model-number")
en("Hi Ingrid, the total you paid was $1,249.00 including tax, and the invoice you asked for is attached. "
   "Regards, NordicRow",
   [], "near-miss", "price and invoice", "price")
en("Hi Patrick, Amazon estimates delivery between 2024-06-03 and 2024-06-07. We'll message you here if anything "
   "changes. Best, CampHaven",
   [], "near-miss", "dates are not phone numbers", "dates")
en("Hi Joan, the date stamped on the jar is the production date, not a sale date; the honey keeps for two years "
   "after it. Regards, Golden Comb",
   [], "near-miss", "'sale date' as a label term", "spec-words")
en("Hi Miles, please keep messaging us here through Amazon Buyer-Seller Messages; we check it several times a "
   "day. Regards, DockHub",
   [], "near-miss", "contact on Amazon, not off-platform", "amazon-pages")
en("Hi Sophie, Amazon will e-mail you the prepaid return label within a few minutes; please check your spam "
   "folder too. Best, Willow Home",
   [], "near-miss", "'e-mail' without an address", "word-email")
en("Hi Harold, our quality team is reviewing the batch number you sent (LOT 23-0915) and we'll reply here by "
   "Friday. Regards, NutriBlend",
   [], "near-miss", "'reviewing' and a lot number", "word-review")
en("Hi Kate, the screws need a star-shaped Torx T10 bit, which is in the small bag taped under the seat. "
   "Best, RideOn Bikes",
   [], "near-miss", "'star' as a tool shape", "word-star")
en("Hi Ethan, the night light projects stars and a moon onto the ceiling; press the button on the base to switch "
   "between the five modes. Regards, DreamGlow",
   [], "near-miss", "'stars' and 'five' as product features", "word-star")
en("Hi Rita, we can't add a gift message once the order has shipped, but you can print a gift receipt from Your "
   "Orders. Best, BloomBox",
   [], "near-miss", "'gift' in logistics", "word-gift")
en("Hi Dominic, the hose has a pressure rating of 150 PSI, so it's fine with your pressure washer. Regards, "
   "GreenRoot",
   [], "near-miss", "'rating' as a spec", "word-rating")
en("Hi Leah, the red wire goes to the positive terminal and the black wire to the negative terminal. Best, SolarKit",
   [], "near-miss", "'positive'/'negative' as electrical terms", "word-positive")
en("Hi Arthur, thanks for the feedback on the instructions; we'll make step 4 clearer in the next print run. "
   "Regards, FlatPack Co.",
   [], "near-miss", "'feedback' without any request", "word-feedback")
en("Hi Bella, the ring light comes with a phone clip that holds most phones for video calls or Instagram live "
   "streams. Best, GlowRing",
   [], "near-miss", "Instagram named as a use case, not a contact", "product-feature")
en("Hi Conrad, we can't send money through PayPal or any other outside service; your refund goes back through "
   "Amazon to your original payment method. Regards, HomeNest",
   [], "near-miss", "refuses an off-Amazon refund", "payment-refused")
en("Hi Tessa, there's no need to order again; we've re-shipped the missing hinge under the same order. "
   "Best, CabinetCraft",
   [], "near-miss", "'order again' negated, remedy", "buy-again-negated")
en("Hi Howard, the Lightning Deal price is set by Amazon for orders placed during the deal window. Your order "
   "came in after it ended, so the regular price applied. Regards, KitchenWhiz",
   [], "near-miss", "explains a deal the buyer asked about", "coupon-explained")
en("Hi Nina, the pillow insert is the same fill used in many 5-star hotels, and it is machine washable on a "
   "gentle cycle. Best, CloudRest",
   [], "near-miss", "'5-star' as a product description", "product-fact")
en("Hi Phil, if the bracket doesn't fit your TV, just reply to this message and we'll arrange a return. Regards, "
   "WallMount Pro",
   [], "near-miss", "contact kept on Amazon", "amazon-pages")
en("Hi Claire, the 10% discount you noticed comes from Amazon's Subscribe & Save, which Amazon calculates itself; "
   "we don't control it. Best, PureLeaf Tea",
   [], "near-miss", "explains a discount the buyer asked about", "coupon-explained")
en("Hi Scott, error code E4 means the water tank isn't seated. Push it in until it clicks and the code will clear. "
   "Regards, BrewLuxe",
   [], "near-miss", "'code' as an error code", "word-code")
en("Hi Pam, please follow these steps to reset the router: hold RESET for 10 seconds, wait for the blue light, then "
   "reconnect. Best, NetNest",
   [], "near-miss", "'follow' as instructions", "word-follow")
en("Hi Edward, the courier may call the phone number on your Amazon order before delivering the wardrobe. "
   "Regards, Haven Furniture",
   [], "near-miss", "'call' and 'phone number' without any number", "word-phone")
en("Hi Lydia, for the freight delivery of your treadmill the carrier needs a phone number to book a slot; please "
   "confirm that the one on your order is current. Best, RunFit",
   [], "near-miss", "bulky-item delivery scheduling", "bulky-delivery")
en("Hi Sean, the box contains two filters; the listing photo showing four was our mistake and we've corrected it. "
   "Regards, AquaClear",
   [], "near-miss", "listing correction, no cross-sell", "listing")
en("Hi Valerie, we haven't removed any reviews and we can't; Amazon's community team moderates them. Best, Maple Crafts",
   [], "near-miss", "mentions review removal but makes no request", "word-review")
en("Hi Martin, thank you for taking the time to describe the lid problem in your review. Our designers are "
   "changing the hinge for the next batch. Regards, SteamCo",
   [], "near-miss", "acknowledges a review, asks for nothing", "thanks-review")
en("Hi Greta, the gift card balance you used will be restored once Amazon processes the return. Best, Petal Prints",
   [], "near-miss", "'gift card' in a refund context", "word-gift")
en("Hi Warren, this cable supports 100 W charging and comes with a free-of-charge lifetime replacement under the "
   "manufacturer's warranty. Regards, Voltix",
   [], "near-miss", "warranty terms, not an offer", "spec-words")

# ---- clean logistics -------------------------------------------------------------
en("Hi Lauren, your order shipped yesterday with UPS and the carrier estimates delivery on Friday. Best regards, "
   "Harbor Linen", [], "clean", "shipping update")
en("Hello Mr. Kim, we're sorry for the delay. A storm closed the regional hub, so your parcel is about two days "
   "behind. Regards, CopperMug", [], "clean", "delay notice")
en("Hi Jasmine, the tracking shows the parcel was left in your mailbox at 3:12 pm on May 14. Could you check "
   "with neighbours as well? Best, BloomBox", [], "clean", "delivered notice")
en("Hi Frank, we've received your return and the refund of $45.00 has been issued to your original payment "
   "method. Regards, TrailForge", [], "clean", "return refund")
en("Hello Anita, the item ships from our US warehouse, so there are no customs charges for delivery within the "
   "United States. Best, Sakura Home", [], "clean", "customs question")
en("Hi Tyler, could you confirm the apartment number for order 112-9045127-3318455? The carrier flagged the "
   "address as incomplete. Thanks, RoadReady", [], "clean", "address confirmation", "order-id")
en("Hi Denise, we're sorry the mug arrived chipped. We've shipped a replacement today; there's no need to return "
   "the damaged one. Best, ClayCup", [], "clean", "replacement for damage")
en("Hi Joel, the size M you asked for is in stock. Please start an exchange from Your Orders and choose size M. "
   "Regards, ActiveWear Co.", [], "clean", "exchange instructions")
en("Hello Ms. Rivera, the parcel is held at customs in Toronto. The carrier will contact you directly about any "
   "import duties. Best, NordicRow", [], "clean", "customs hold")
en("Hi Carl, your order was split into two boxes; the second one, with the legs of the table, ships tomorrow. "
   "Regards, OakCraft", [], "clean", "split shipment")
en("Hi Gloria, the invoice for order 111-2233445-5667788 is attached as requested. Best, FlatPack Co.",
   [], "clean", "invoice", "order-id")
en("Hi Russell, the carrier marked the package as lost, so we've sent a new one by expedited shipping at our cost. "
   "Regards, PetJoy", [], "clean", "lost parcel")
en("Hi Bianca, we can't ship to P.O. boxes with this carrier. Could you give us a street address within the "
   "next 24 hours? Best, CampHaven", [], "clean", "address issue")
en("Hello Mr. Huang, the return window for this item is 30 days from delivery, so you have until July 18 to "
   "start it. Regards, SonicArc", [], "clean", "return window")
en("Hi Kelly, Amazon fulfils this order, so delivery questions are best handled through Your Orders; we can see "
   "it is due Thursday. Best, PureBreeze", [], "clean", "FBA delivery")
en("Hi Terry, the missing screw pack was shipped this morning by USPS First Class and should arrive in 3-4 days. "
   "Regards, StackWise", [], "clean", "missing part")
en("Hi Monique, unfortunately we can't change the delivery speed after dispatch, but the parcel is already at "
   "your local depot. Best, LinenLoft", [], "clean", "delivery speed")
en("Hello Peter, we received the returned drill on May 29. It's being inspected and the refund will follow within "
   "two business days. Regards, ToolNest", [], "clean", "return received")
en("Hi Andrea, your package is addressed to an APO, so it travels via USPS military mail and can take 10-15 days. "
   "Best, TrekLight", [], "clean", "APO delivery")
en("Hi Louis, the carrier attempted delivery on Tuesday but couldn't access the building. They'll try again "
   "tomorrow. Regards, Atlas Luggage", [], "clean", "failed delivery")
en("Hi Sabrina, the package dimensions are 24 x 18 x 10 inches and it weighs about 31 lb. Best, Haven Furniture",
   [], "clean", "package dimensions")
en("Hi Vincent, we're sorry, but we don't ship this item outside the US because of battery shipping rules. "
   "Regards, BoostPro", [], "clean", "international shipping")
en("Hi Olga, the refund for the returned jacket was processed on June 10; banks usually show it within 5 "
   "business days. Best, NorthPeak", [], "clean", "refund timing")
en("Hi Dennis, the replacement handle is on back order until June 20. We'll ship it the day it arrives and "
   "message you here. Regards, IronPan Co.", [], "clean", "back order")
en("Hi Ruby, your order is packed and will be handed to FedEx this afternoon. Best, Ember Candles",
   [], "clean", "reply: dispatch status")
en("Hello Mr. Fischer, we see the parcel was delivered to the wrong house number. We've opened a trace with the "
   "carrier and will update you by Wednesday. Regards, GlowNest", [], "clean", "misdelivery")
en("Hi Alice, the return label Amazon provides is prepaid, so there's nothing to pay at the drop-off point. "
   "Best, DreamWeave", [], "clean", "return label")
en("Hi Mateo, yes, we can ship the two orders together if you'd like; we'll hold the first one until Friday. "
   "Regards, PadPro", [], "clean", "combine shipments")
en("Hi Heather, the courier says the parcel will arrive by 9 pm today. Please let us know here if it doesn't. "
   "Best, GripLine", [], "clean", "delivery ETA")
en("Hi Norman, since the blender arrived damaged, you can return it for a full refund; the return shipping is on "
   "us. Regards, Vela Kitchen", [], "clean", "damaged item return")
en("Hi Caroline, the item was sent to the address on the order, 18 Elm Street, Apt 4B. If that's wrong, please tell "
   "us today and we'll ask the carrier to redirect. Best, CozyKnit", [], "clean", "address check")
en("Hi Brandon, the parcel cleared customs in Frankfurt this morning and is now with DHL for final delivery. "
   "Regards, AeroDesk", [], "clean", "customs cleared")

# =================================================================================
# CHINESE (Simplified, Traditional, mixed)
# =================================================================================

# ---- review-inducement: plain violations ----------------------------------------
zh("您好，补发的滤芯今天已经寄出。收到后麻烦您给我们打个五星好评，这对我们小店非常重要，谢谢！—— 悦家旗舰店",
   [RI], "violation", "要求五星好评", "five-star")
zh("亲，瑜伽垫收到了吧？评论发布后截个图给我们，就送您一张20美元的亚马逊礼品卡。",
   [RI], "violation", "留评送礼品卡", "incentive")
zh("您好，评论发布后把截图发过来，我们会通过PayPal把货款全部返给您。",
   [RI, OFF], "violation", "留评后用PayPal返款", "incentive", "payment")
zh("亲，晒图好评返现5美元，名额有限，先到先得哦。",
   [RI], "violation", "好评返现", "incentive")
zh("您好，本月写评论的顾客都能参加抽奖，奖品是一台平板电脑，欢迎参与！",
   [RI, MKT], "violation", "评论抽奖（激励+抽奖活动）", "incentive", "giveaway")
zh("感谢您的耐心。给出评价之后，您下一单可以享受五折优惠。",
   [RI, MKT], "violation", "评价换折扣", "incentive", "coupon")
zh("您好，写评论的时候麻烦提一下做工很精细、物流特别快，谢谢支持！",
   [RI], "violation", "指定评论内容", "steering")
zh("亲，评论请附上三张实物图，文字写满80字，这样排名更靠前。",
   [RI], "violation", "要求附图和字数", "steering")
zh("您好，写评论时加上“车载手机支架 强磁”这几个词，方便其他司机搜到。",
   [RI], "violation", "要求评论带关键词", "steering")
zh("您好，如果您对台灯满意，请在亚马逊留个评论；如果不满意，请先来找我们，别直接给差评。",
   [RI], "violation", "满意留评、不满意先找卖家（评论筛选）", "gating")
zh("您好，如果要打差评，麻烦先找我们沟通一下，我们一定给您处理好。",
   [RI], "violation", "差评前先联系卖家", "gating")
zh("亲，觉得好用再来评价，不好用就别评了哈。",
   [RI], "violation", "只让满意的买家评价", "gating")
zh("您好，退款已经给您处理了，能否麻烦把之前的评论改一下？",
   [RI], "violation", "退款后要求修改评论", "change-remove")
zh("您好，新的水壶已经补发，麻烦帮忙删除那条一星差评，非常感谢。",
   [RI], "violation", "要求删除差评", "change-remove")
zh("您好，只要您删除差评，我们马上全额退款。",
   [RI], "violation", "删差评换退款", "change-remove", "incentive")
zh("亲，能不能把星星调高几颗？我们服务一直很用心的。",
   [RI], "violation", "要求改高星级", "change-remove")
zh("您好，您留下的差评反馈影响到我们店铺的账户表现，请尽快撤回卖家反馈。",
   [RI], "violation", "施压撤回卖家反馈", "feedback-pressure")
zh("求好评！小本生意真的不容易，拜托拜托。",
   [RI], "violation", "求好评", "positive-only")
zh("太好了，既然您这么喜欢这款靠垫，能在商品页留个好评吗？",
   [RI], "violation", "买家表示满意后索要好评", "gating", "after-praise")
zh("您的差评严重失实，不删的话我们会走法律程序起诉你。",
   [RI], "violation", "威胁要求删除差评", "change-remove", "conduct")
zh("您好，感谢您的反馈，留评之后我们再给您寄一份小礼品作为谢意。",
   [RI], "violation", "留评后送小礼品", "incentive")
# Traditional
zh("您好，補寄的零件已經出貨了，收到後麻煩給我們五星好評，感謝支持！",
   [RI], "violation", "要求五星好評（繁體）", "five-star", "traditional")
zh("親，留評之後我們會寄一份小禮物給您，謝謝！",
   [RI], "violation", "留評送禮（繁體）", "incentive", "traditional")
zh("好評返現10美元，請把評論截圖傳給我們就可以了。",
   [RI], "violation", "好評返現（繁體）", "incentive", "traditional")
zh("如果使用上不滿意，請先聯繫我們，千萬不要直接留負評。",
   [RI], "violation", "負評前先聯繫賣家（繁體）", "gating", "traditional")
zh("您好，新的杯子已經為您補寄，能否麻煩修改一下您的評價？",
   [RI], "violation", "要求修改評價（繁體）", "change-remove", "traditional")
zh("您好，寫評論的時候請提到「防水效果很好」，謝謝配合。",
   [RI], "violation", "指定評論內容（繁體）", "steering", "traditional")
zh("您好，差評影響我們的店鋪評分，麻煩您撤回之前的賣家回饋。",
   [RI], "violation", "要求撤回賣家回饋（繁體）", "feedback-pressure", "traditional")
# Mixed
zh("Hi Emily, 您的退款已经处理好了。Could you please update your review now? 非常感谢！",
   [RI], "violation", "退款后要求更新评论（中英混合）", "change-remove", "mixed")
zh("Dear customer, 收到货后请给我们 a 5-star review, thank you so much!",
   [RI], "violation", "要求五星（中英混合）", "five-star", "mixed")
zh("Hi John，留个positive review，我们就send you a $10 gift card。",
   [RI], "violation", "好评换礼品卡（中英混合）", "incentive", "mixed")

# ---- off-platform-contact: plain violations ---------------------------------------
zh("您好，延长保修需要在我们官网 www.yuejia-home.com 上登记序列号。",
   [OFF], "violation", "官网网址", "url")
zh("您好，加我微信：homebest2023，把视频发给我们看看。",
   [OFF], "violation", "微信号", "im-handle")
zh("亲，有问题直接加V：lumi8899，回复更快。",
   [OFF], "violation", "加V", "im-handle")
zh("您好，请拨打我们的客服电话 0755-8362 1234，工作日9点到18点有人接听。",
   [OFF], "violation", "座机号码", "phone")
zh("您好，我的手机号 138 0013 8000，随时可以打给我。",
   [OFF], "violation", "手机号码", "phone")
zh("您好，请把照片发邮件到 service@xinyuantech.cn，我们的工程师会看。",
   [OFF], "violation", "邮箱地址", "email")
zh("亲，扫描包装盒里卡片上的二维码即可联系售后。",
   [OFF], "violation", "二维码售后", "qr")
zh("您好，我们可以通过支付宝或微信转账把差价退给您。",
   [OFF], "violation", "支付宝/微信转账退款", "payment")
zh("您好，麻烦把您的PayPal账号发给我们，多收的运费我们直接转回给您。",
   [OFF], "violation", "索要PayPal账号", "payment")
zh("下次直接到我们的独立站下单，比亚马逊便宜很多。",
   [OFF, MKT], "violation", "引导到独立站购买（站外+促销）", "diversion")
zh("您好，亚马逊站内回复太慢，建议您到站外找我们，QQ：28473910。",
   [OFF], "violation", "站外联系+QQ", "im-handle", "diversion")
zh("安装视频已经上传到我们的YouTube频道：youtube.com/@MuLinHome，您可以去看一下。",
   [OFF], "violation", "YouTube链接", "url")
zh("您好，可以在电报上找我们的技术客服：@hengtai_cs。",
   [OFF], "violation", "电报账号", "im-handle")
zh("您好，在脸书上给我们的主页“木邻家居”发条私信，我们会安排补发。",
   [OFF], "violation", "脸书私信", "social")
zh("您好，更多使用教程请看这里：bit.ly/2Xy8Qa，谢谢。",
   [OFF], "violation", "短链接", "url")
zh("您好，工厂售后可以WhatsApp联系：+86 135 1234 5678。",
   [OFF], "violation", "WhatsApp+手机号", "im-handle", "phone")
zh("您好，退款我们走银行转账给您，请把您的银行卡号发过来。",
   [OFF], "violation", "站外转账退款", "payment")
# Traditional
zh("您好，請加我們的LINE：@homelife_tw，客服會直接協助您。",
   [OFF], "violation", "LINE帳號（繁體）", "im-handle", "traditional")
zh("說明書可以到官網 www.dayang-living.com.tw 下載。",
   [OFF], "violation", "官網網址（繁體）", "url", "traditional")
zh("您好，客服專線 (02) 2345-6789，週一到週五都有人接聽。",
   [OFF], "violation", "電話號碼（繁體）", "phone", "traditional")
zh("您好，請把照片寄到 cs@mingshan.com.tw，我們盡快處理。",
   [OFF], "violation", "電子郵件（繁體）", "email", "traditional")
zh("您好，請到我們的臉書粉絲專頁私訊小編，會有專人回覆。",
   [OFF], "violation", "臉書私訊（繁體）", "social", "traditional")
zh("您好，我們可以直接用PayPal把款項退給您，比較快。",
   [OFF], "violation", "PayPal退款（繁體）", "payment", "traditional")
# Mixed
zh("Hi Mike, 如需更快处理，please WhatsApp us at +86 139 1234 5678。谢谢！",
   [OFF], "violation", "WhatsApp号码（中英混合）", "im-handle", "phone", "mixed")
zh("Hello, 安装步骤请看 our website: www.smartlife-tech.com/guide ，谢谢。",
   [OFF], "violation", "品牌网站（中英混合）", "url", "mixed")
zh("您好 Sarah，请 email 我们 support@petgo-store.com，附上破损照片。",
   [OFF], "violation", "邮箱地址（中英混合）", "email", "mixed")

# ---- marketing: plain violations --------------------------------------------------
zh("您好，问题解决了就好。下次购买输入优惠码 HOME20 可以打八折。",
   [MKT], "violation", "优惠码", "coupon")
zh("您好，我们刚上新了配套的收纳盒，欢迎选购。",
   [MKT], "violation", "上新+交叉推销", "new-product", "cross-sell")
zh("您好，我们新开了VIP会员计划，入会后每单都有会员专属折扣。",
   [MKT], "violation", "VIP会员", "vip")
zh("补发已经安排好了。另外这周六周日全店任选两件送一件，别错过。",
   [MKT], "violation", "买二送一", "sale")
zh("您好，有空可以去我们的亚马逊店铺逛逛，同类款式还有十几种。",
   [MKT], "violation", "邀请访问店铺", "storefront")
zh("您好，推荐朋友来购买，您和朋友各得10美元购物金。",
   [MKT], "violation", "推荐有礼", "referral")
zh("亲，咖啡胶囊用完了记得回购哦，老客户优先发货。",
   [MKT], "violation", "回购推送", "buy-again")
zh("您好，今晚限时秒杀，全部商品七折，错过再等一年。",
   [MKT], "violation", "限时秒杀", "sale")
zh("尺寸问题已经给您确认了。您可能还会喜欢我们的同款枕套，颜色很搭。",
   [MKT], "violation", "交叉推销", "cross-sell")
zh("您好，黑五期间全店低至六折，欢迎提前加购。",
   [MKT], "violation", "黑五促销", "sale")
zh("您好，我们下个月发布新款冷萃壶，老客户可享早鸟价。",
   [MKT], "violation", "新品预告+早鸟价", "new-product")
zh("期待您再次光临本店，下单满50美元立减10美元。",
   [MKT], "violation", "再次光临+满减", "buy-again", "sale")
# Traditional
zh("您好，下次購物輸入折扣碼 TW15 即可享85折優惠。",
   [MKT], "violation", "折扣碼（繁體）", "coupon", "traditional")
zh("新品上市！配套的替換濾網現正限時優惠中。",
   [MKT], "violation", "新品+限時優惠（繁體）", "new-product", "sale", "traditional")
zh("您好，加入我們的會員即可享有專屬優惠和生日禮。",
   [MKT], "violation", "會員優惠（繁體）", "vip", "traditional")
zh("歡迎到我們的店鋪逛逛，還有更多同系列商品。",
   [MKT], "violation", "邀請逛店鋪（繁體）", "storefront", "traditional")
zh("買一送一活動只到本週日，要買要快！",
   [MKT], "violation", "買一送一（繁體）", "sale", "traditional")
zh("茶葉喝完歡迎回購，老客戶再享九折。",
   [MKT], "violation", "回購+折扣（繁體）", "buy-again", "traditional")
# Mixed
zh("Hi Lisa，您的替换件已经发出。Also, use coupon code SPRING10 下次购买立减10%！",
   [MKT], "violation", "优惠码（中英混合）", "coupon", "mixed")
zh("Dear Tom，我们的 new arrivals 已经上架了，check out our store！",
   [MKT], "violation", "上新+店铺（中英混合）", "new-product", "storefront", "mixed")
zh("Hi，关注我们的 Instagram @cozyhome_us 参与抽奖送礼！",
   [MKT, OFF], "violation", "Instagram抽奖（中英混合）", "giveaway", "social", "mixed")

# ---- evasions: review-inducement --------------------------------------------------
zh("亲，收到货后给个好*评，截图发我们返*现3美元。",
   [RI], "evasion", "星号分隔的好评返现", "separators", "incentive")
zh("您好，麻烦给个五 星 好 评，谢谢亲。",
   [RI], "evasion", "空格分隔的五星好评", "spacing", "five-star")
zh("老客户福利：好/评/返/现，截图联系客服领取。",
   [RI], "evasion", "斜杠分隔的好评返现", "separators", "incentive")
zh("亲，给个haoping，我们fanxian 5美金给您。",
   [RI], "evasion", "拼音 haoping fanxian", "pinyin", "incentive")
zh("收到货满意的话 hao ping fan xian，截图发我们就行。",
   [RI], "evasion", "分开的拼音", "pinyin", "incentive")
zh("亲，给个" + fw("5") + "星好评好吗？谢谢支持！",
   [RI], "evasion", "全角数字５星", "fullwidth", "five-star")
zh("亲，" + zwj("好评返现") + "活动进行中，截图找客服。",
   [RI], "evasion", "零宽字符插入好评返现", "zero-width", "incentive")
zh("您好，在商品页分享使用体验后联系我们，有小红包哦。",
   [RI], "evasion", "委婉：分享体验领红包", "euphemism", "incentive")
zh("如果方便的话，在商品页给个鼓励，我们会为您准备一份小惊喜。",
   [RI], "evasion", "委婉：给个鼓励换小惊喜", "euphemism", "incentive")
zh("满意的话请在评价里点亮\u2605\u2605\u2605\u2605\u2605哦～",
   [RI], "evasion", "星形符号代替五星", "star-symbols", "five-star")
zh("您好，问题已经解决了，麻烦您重新考虑一下之前的留言，更新一下留言内容。",
   [RI], "evasion", "委婉要求修改评论", "euphemism", "change-remove")
zh("差 评 请 先 联 系 我 们，我们一定让您满意。",
   [RI], "evasion", "空格分隔的差评前先联系", "spacing", "gating")
zh("亲，给个h p，返x 3刀，截图发我们。",
   [RI], "evasion", "缩写 hp/返x 代替好评返现", "pinyin", "incentive")
zh("好.評.返.現，截圖傳給我們即可領取。",
   [RI], "evasion", "点号分隔（繁體）", "dotted", "incentive", "traditional")
zh("給個" + fw("5") + "星好評，我們送您小禮物一份。",
   [RI], "evasion", "全角５星（繁體）", "fullwidth", "incentive", "traditional")
zh("Hi Amy，给个 5\u2b50 评价，我们送您 a little gift 哦。",
   [RI], "evasion", "5⭐ 评价换小礼物（中英混合）", "star-symbols", "incentive", "mixed")
zh("Hi Ben, 退款已处理。Please " + cyr("remove") + " the 1-star " + cyr("review") + "，谢谢！",
   [RI], "evasion", "西里尔字母伪装 remove review（中英混合）", "cyrillic", "change-remove", "mixed")

# ---- evasions: off-platform-contact ------------------------------------------------
zh("您好，有问题 jia wo weixin：abc_668，发视频更方便。",
   [OFF], "evasion", "拼音 jia wo weixin", "pinyin", "im-handle")
zh("亲，vx：home_2288，加的时候备注订单号。",
   [OFF], "evasion", "vx 代替微信", "alias", "im-handle")
zh("售后请加V信：shop518，工作时间秒回。",
   [OFF], "evasion", "V信", "alias", "im-handle")
zh("您好，可以加我们的薇信 lovehome99 沟通补发。",
   [OFF], "evasion", "薇信", "alias", "im-handle")
zh("亲，加微\u2665：cs_1688，发照片给我们。",
   [OFF], "evasion", "微♥ 代替微信", "alias", "im-handle")
zh("您好，有事直接打我电话：" + fw("138-0013-8000") + "。",
   [OFF], "evasion", "全角手机号", "fullwidth", "phone")
zh("您好，请发邮件到 kefu\uff20yuejia\uff0ecom，我们两小时内回复。",
   [OFF], "evasion", "全角＠邮箱", "fullwidth", "obfuscated-email")
zh("您好，TG：@muyang_help，技术问题找他最快。",
   [OFF], "evasion", "TG 代替 Telegram", "alias", "im-handle")
zh("您好，可以搜 w e i x i n 号 ledhome88 加我们。",
   [OFF], "evasion", "空格拼音 weixin", "spacing", "pinyin", "im-handle")
zh("您好，邮箱是 xiaoli at qq dot com，把序列号发过来。",
   [OFF], "evasion", "at/dot 拼写的邮箱", "obfuscated-email")
zh("您好，我的电话是幺三八 零零一三 八零零零，有事直接打。",
   [OFF], "evasion", "中文数字写的手机号", "chinese-numerals", "phone")
zh("您好，请加微" + ZW + "信：gardenlife66，方便发图片。",
   [OFF], "evasion", "零宽字符拆开微信", "zero-width", "im-handle")
zh("您好，請加賴 ID：home_tw88，客服會直接回覆。",
   [OFF], "evasion", "加賴（LINE 俗稱，繁體）", "alias", "im-handle", "traditional")
zh("有問題請撥：" + fw("0912-345-678") + "，我們馬上處理。",
   [OFF], "evasion", "全角手機號（繁體）", "fullwidth", "phone", "traditional")
zh("您好，請加我薇信 tw_shop520，傳照片給我們比較快。",
   [OFF], "evasion", "薇信（繁體）", "alias", "im-handle", "traditional")
zh("Hi Ken，有问题可以加我 " + fw("whatsapp") + "：+86 186 0000 1234。",
   [OFF], "evasion", "全角 whatsapp（中英混合）", "fullwidth", "im-handle", "mixed")
zh("Hello Anna, 售后请联系 " + zwj("telegram") + " @fixfast_cs，thanks！",
   [OFF], "evasion", "零宽字符拆开 telegram（中英混合）", "zero-width", "im-handle", "mixed")

# ---- evasions: marketing -------------------------------------------------------------
zh("亲，下次购物用优*惠*券 LUCKY8 立减8美元。",
   [MKT], "evasion", "星号分隔的优惠券", "separators", "coupon")
zh("下次下单记得用 youhuima HOME10，老客户专享。",
   [MKT], "evasion", "拼音 youhuima", "pinyin", "coupon")
zh("亲，我们店上 新 啦，同款换了五种颜色，快来看看。",
   [MKT], "evasion", "空格分隔的上新", "spacing", "new-product")
zh("您好，" + zwj("优惠码") + " SAVE12 下单可用。",
   [MKT], "evasion", "零宽字符拆开优惠码", "zero-width", "coupon")
zh("老客户专享 折/扣/码：VIP20，全店通用。",
   [MKT], "evasion", "斜杠分隔折扣码", "separators", "coupon")
zh("新/品/限/时/特/价，只到周日。",
   [MKT], "evasion", "斜杠分隔新品限时特价", "separators", "new-product", "sale")
zh("老客户专属福利：下次下单备注暗号“月亮”，立减5美元。",
   [MKT], "evasion", "委婉：暗号立减", "euphemism", "coupon")
zh("用完记得 hui gou 哦，老客户有 zhe kou。",
   [MKT], "evasion", "拼音 hui gou / zhe kou", "pinyin", "buy-again")
zh("您好，下次購物輸入優.惠.碼 TW88 可享折扣。",
   [MKT], "evasion", "點號分隔優惠碼（繁體）", "dotted", "coupon", "traditional")
zh("歡迎回 購！老 客 戶 九 折。",
   [MKT], "evasion", "空格分隔回購（繁體）", "spacing", "buy-again", "traditional")
zh("Hi Grace，下次买记得用 " + fw("COUPON") + "：" + fw("GRACE10") + " 哦！",
   [MKT], "evasion", "全角 COUPON（中英混合）", "fullwidth", "coupon", "mixed")

# ---- near-misses -----------------------------------------------------------------------
zh("您好，感谢耐心等待。等您用一段时间后，欢迎在商品页写下您真实的使用感受，这对其他买家很有参考价值。",
   [], "near-miss", "一次中性的评论邀请", "neutral-request")
zh("您好，无论体验好坏，我们都欢迎您在亚马逊上分享真实的看法。",
   [], "near-miss", "好坏都欢迎的中性邀请", "neutral-request")
zh("谢谢您告诉我们已经留了好评，我们已把您的话转告给仓库同事。",
   [], "near-miss", "感谢买家已留的好评（回复）", "thanks-review")
zh("您好，新的充电器已经送达并能正常使用了。如果您觉得问题已经处理好了，可以自行决定是否修改或撤下您之前给的卖家反馈，完全由您决定。",
   [], "near-miss", "问题解决后的中性卖家反馈提示", "feedback-notice")
zh("您好，碎裂的花盆我们已为您全额退款，商品不需要寄回。",
   [], "near-miss", "退款作为补救，与评论无关", "refund-remedy")
zh("您提到的续航问题，我们检索评测记录后确认这一批次的电池测试正常。",
   [], "near-miss", "检索评测（含“索评”）", "cross-boundary")
zh("您好，您可以在商品页的评论区搜索评论关键词“尺码”，看看其他买家的建议。",
   [], "near-miss", "搜索评论（含“索评”）", "cross-boundary")
zh("您好，已按您的要求删除重复订单，另一单照常发货。",
   [], "near-miss", "删除重复订单", "logistics-words")
zh("您好，已经为您修改了收货地址，新地址是 Oak Street 15号。",
   [], "near-miss", "修改地址", "logistics-words")
zh("您好，订单已经照您的意思取消了，退款会在3到5个工作日内原路退回。",
   [], "near-miss", "取消订单+退款", "logistics-words")
zh("您好，这款智能手表支持微信消息提醒，在手机设置里打开通知权限即可。",
   [], "near-miss", "微信作为产品功能", "product-feature")
zh("您好，这款收银扫码枪可以读取微信和支付宝的付款码。",
   [], "near-miss", "微信/支付宝作为产品功能", "product-feature")
zh("您好，订单号 113-5502871-9043326 已于6月3日签收。",
   [], "near-miss", "订单号不是电话", "order-id")
zh("您好，UPS追踪号 1Z999AA10123456784 显示包裹已到达当地转运中心。",
   [], "near-miss", "追踪号", "tracking")
zh("您好，如果派送有问题，也可以拨打顺丰客服热线95338，报上运单号查询。",
   [], "near-miss", "承运商电话（派送场景）", "carrier-phone")
zh("您好，新的一件已经免费给您补寄，预计周四送达。",
   [], "near-miss", "免费补发是补救", "free-remedy")
zh("您好，您提到的优惠券是亚马逊在结算时自动抵扣的，我们这边无法手动添加。",
   [], "near-miss", "解释买家问到的优惠券", "coupon-explained")
zh("您好，周六短暂显示的9.99美元是标价错误，您的订单按原价执行，无需任何操作。",
   [], "near-miss", "价格错误说明", "price-error")
zh("您好，您收到的是全新品，不是翻新机，包装是原厂密封的。",
   [], "near-miss", "“新品”表示商品状态", "spec-words")
zh("您好，这款空调获得了澳洲标准的五星能效认证，比较省电。",
   [], "near-miss", "五星能效是产品参数", "product-fact")
zh("您好，我们已审核您的退货申请并批准，退货标签在“我的订单”里。",
   [], "near-miss", "审核退货申请", "word-review")
zh("您好，请在亚马逊“我的订单”中申请退货，选择“商品有缺陷”即可。",
   [], "near-miss", "使用亚马逊自己的页面", "amazon-pages")
zh("您好，您购买的是型号 VX-3000 的充电器，和 VX-2000 的接口不通用。",
   [], "near-miss", "型号 VX 不是微信别名", "model-number")
zh("您好，您说的五星评价我们看到了，非常感谢您的认可！",
   [], "near-miss", "回复买家提到的五星评价", "thanks-review")
zh("您好，亚马逊信用卡的返现由发卡银行处理，我们这边查询不到。",
   [], "near-miss", "“返现”与评论无关", "word-cashback")
zh("您好，这是春节红包套装，一共20个红包袋，您收到的数量是正确的。",
   [], "near-miss", "“红包”是商品本身", "product-fact")
zh("您好，礼品包装需要在下单时选择，发货后我们无法再添加。",
   [], "near-miss", "“礼品”在物流语境", "word-gift")
zh("您好，如有任何问题，请直接在亚马逊消息里回复我们即可。",
   [], "near-miss", "联系方式留在亚马逊内", "amazon-pages")
zh("您好，我们没有其他官网或销售渠道，所有售后都通过亚马逊处理。",
   [], "near-miss", "否定提到官网", "negated")
zh("您好，沙发属于大件，物流要先电话预约派送时间，麻烦核对一下订单上的联系电话是否正确。",
   [], "near-miss", "大件预约派送确认电话", "bulky-delivery")
zh("您好，请在蓝牙设置里删除旧的配对记录，再重新连接耳机。",
   [], "near-miss", "“删除”在产品操作中", "logistics-words")
zh("您好，长按SET键三秒就可以修改温度单位。",
   [], "near-miss", "“修改”在产品操作中", "logistics-words")
zh("您好，这款星空投影灯有八种模式，按底座按钮切换。",
   [], "near-miss", "“星”是产品名称", "word-star")
zh("您好，亚马逊限时秒杀的价格由平台设定，您下单时活动已经结束，所以价格不同。",
   [], "near-miss", "解释买家问到的限时秒杀", "coupon-explained")
zh("您好，新款书架上新增了一块隔板，所以比旧款高5厘米。",
   [], "near-miss", "“架上新增”跨词含“上新”", "cross-boundary")
zh("您好，您看到的九折是亚马逊“订阅省”自动计算的折扣，不是我们设置的。",
   [], "near-miss", "解释买家问到的折扣", "coupon-explained")
zh("您好，这款水杯不含BPA，可以放心装热水；支架是独立式设计，不用打孔。",
   [], "near-miss", "产品参数词", "spec-words")
zh("您好，请提供一下破损处的照片或截图，方便我们为您补发。",
   [], "near-miss", "“截图”用于售后", "word-screenshot")
zh("您好，退货入库后，系统会自动把款项退回您的原支付方式。",
   [], "near-miss", "退货退款", "refund-remedy")
zh("您好，您用礼品卡支付的那部分，退款会退回到礼品卡余额。",
   [], "near-miss", "“礼品卡”在退款语境", "word-gift")
zh("您好，这套饼干模具共6个，包括五角星和爱心两种形状。",
   [], "near-miss", "“五角星”是商品形状", "word-star")
zh("您好，我们无法通过PayPal退款，退款会通过亚马逊原路退回。",
   [], "near-miss", "拒绝站外退款", "payment-refused")
zh("您好，不需要再下单了，缺少的配件我们已经在原订单下补发。",
   [], "near-miss", "否定“再下单”", "buy-again-negated")
zh("您好，感谢您对说明书的反馈，下一批印刷时我们会把第四步写得更清楚。",
   [], "near-miss", "“反馈”但无任何请求", "word-feedback")
zh("您好，亚马逊可能会自动给您发邮件邀请评价，那是平台发的，您可以自行决定是否理会。",
   [], "near-miss", "提及亚马逊自动评价邮件", "word-review")
# Traditional near-misses
zh("您好，等您使用一段時間後，歡迎在商品頁分享真實的使用心得。",
   [], "near-miss", "中性評論邀請（繁體）", "neutral-request", "traditional")
zh("感謝您的好評！很高興這款保溫杯符合您的需求。",
   [], "near-miss", "回覆買家已留的好評（繁體）", "thanks-review", "traditional")
zh("您好，若您認為問題已經解決，可以自行選擇更新或移除先前留下的賣家回饋。",
   [], "near-miss", "中性賣家回饋提示（繁體）", "feedback-notice", "traditional")
zh("您好，已依照您的要求刪除重複訂單，退款會在幾個工作天內入帳。",
   [], "near-miss", "刪除重複訂單（繁體）", "logistics-words", "traditional")
zh("您好，已為您修改收件地址，包裹明天出貨。",
   [], "near-miss", "修改地址（繁體）", "logistics-words", "traditional")
zh("您好，這款手環支援LINE和微信訊息通知，在手機上開啟通知權限即可。",
   [], "near-miss", "LINE/微信為產品功能（繁體）", "product-feature", "traditional")
zh("您好，我們已免費為您補寄一組新的螺絲。",
   [], "near-miss", "免費補寄是補救（繁體）", "free-remedy", "traditional")
zh("您好，您可以在商品頁的評論區搜索評論關鍵字「尺寸」參考其他買家的意見。",
   [], "near-miss", "搜索評論（繁體）", "cross-boundary", "traditional")
zh("您好，黑貓宅急便的追蹤號碼是 9012-3456-7890，可以在物流頁面查詢。",
   [], "near-miss", "物流追蹤號（繁體）", "tracking", "traditional")
zh("您好，您提到的折價券是亞馬遜在結帳時自動套用的，我們無法手動加上。",
   [], "near-miss", "解釋折價券（繁體）", "coupon-explained", "traditional")
zh("您好，您收到的是全新商品，並非福利品。",
   [], "near-miss", "全新商品（繁體）", "spec-words", "traditional")
zh("您好，我們無法用PayPal或轉帳退款，退款會經由亞馬遜退回原付款方式。",
   [], "near-miss", "拒絕站外退款（繁體）", "payment-refused", "traditional")
# Mixed near-misses
zh("Hi David，订单 114-2039485-7712093 已经发货，tracking number 是 TBA318204576000。",
   [], "near-miss", "订单号和追踪号（中英混合）", "order-id", "tracking", "mixed")
zh("您好 Jenny，音箱背面有 LINE IN 接口，用3.5mm线连接即可。",
   [], "near-miss", "LINE IN 接口（中英混合）", "word-line", "mixed")
zh("Hi Tom，这款手表支持 WhatsApp 和 Telegram 消息提醒，需要在手机上打开通知。",
   [], "near-miss", "WhatsApp/Telegram 为产品功能（中英混合）", "product-feature", "mixed")
zh("Hello，您的退货我们已经 reviewed，refund 会在两个工作日内处理。",
   [], "near-miss", "reviewed 指审核退货（中英混合）", "word-review", "mixed")
zh("Hi Lucy，replacement 已经 free of charge 寄出了，预计周五送达。",
   [], "near-miss", "免费补发（中英混合）", "free-remedy", "mixed")
zh("Hi Mark，如果您觉得我们已经解决了问题，you're free to revise or remove your feedback，完全由您决定。",
   [], "near-miss", "中性卖家反馈提示（中英混合）", "feedback-notice", "mixed")
zh("Dear Anna，您提到的 coupon 是 Amazon 在 checkout 时自动使用的，我们无法手动添加。",
   [], "near-miss", "解释买家问到的 coupon（中英混合）", "coupon-explained", "mixed")
zh("Hi Kevin，ASIN B0C7XK2M4P 就是您买的这款，型号 KX-2200-B，保修一年，在这里联系我们即可。",
   [], "near-miss", "ASIN、型号（中英混合）", "asin", "model-number", "mixed")
zh("Hi Sarah，无论 positive 还是 negative，欢迎在商品页分享您真实的使用体验。",
   [], "near-miss", "好坏都欢迎的中性邀请（中英混合）", "neutral-request", "mixed")

# ---- clean logistics -------------------------------------------------------------
zh("您好，您的包裹昨天已经发出，承运商预计周五送达。", [], "clean", "发货回复")
zh("您好，很抱歉，因为暴雨导致转运中心停运，您的包裹大约会延迟两天。", [], "clean", "延误说明")
zh("您好，物流显示包裹已于5月14日下午3点放入您的信箱，麻烦再确认一下。", [], "clean", "签收说明")
zh("您好，退货已经收到，45美元退款已原路退回。", [], "clean", "退货退款")
zh("您好，商品从美国仓库发货，美国境内配送不会产生关税。", [], "clean", "关税咨询")
zh("您好，订单 112-7731094-2258860 的地址缺少门牌号，麻烦补充一下，谢谢。",
   [], "clean", "地址确认", "order-id")
zh("您好，很抱歉杯子到货时有缺口，我们今天已为您补发，破损的不用寄回。", [], "clean", "破损补发")
zh("您好，您要的M码有货，请在“我的订单”里申请换货并选择M码。", [], "clean", "换货说明")
zh("您好，包裹目前在多伦多海关清关，承运商会直接联系您缴纳进口税费。", [], "clean", "清关")
zh("您好，您的订单分两箱发出，装有桌腿的第二箱明天发货。", [], "clean", "分箱发货")
zh("您好，承运商确认包裹丢失，我们已自费用加急快递重新寄出。", [], "clean", "丢件重发")
zh("您好，这个承运商不派送邮政信箱，麻烦在24小时内提供一个街道地址。", [], "clean", "地址问题")
zh("您好，本商品的退货期限是签收后30天，您可以在7月18日前申请。", [], "clean", "退货期限")
zh("您好，缺少的螺丝包今天上午已经寄出，大约3到4天送达。", [], "clean", "补寄配件")
zh("您好，退回的电钻我们已于5月29日收到，检查后两个工作日内退款。", [], "clean", "退货入库")
zh("您好，快递周二尝试派送但无法进入楼栋，明天会再派送一次。", [], "clean", "派送失败")
zh("您好，外箱尺寸是60×45×25厘米，重量约14公斤。", [], "clean", "包裹尺寸")
zh("您好，由于电池运输限制，这款商品暂时无法寄往美国以外的地区。", [], "clean", "国际配送")
zh("您好，替换把手目前缺货，预计6月20日到货，到货当天就给您寄出。", [], "clean", "缺货补发")
zh("您好，包裹已在法兰克福清关，现由DHL负责最后派送。", [], "clean", "清关完成")
# Traditional clean
zh("您好，您的包裹已於昨天寄出，預計週五送達。", [], "clean", "出貨回覆（繁體）", "traditional")
zh("您好，退貨已經收到，退款已退回原付款方式。", [], "clean", "退貨退款（繁體）", "traditional")
zh("您好，很抱歉因颱風影響，配送會延遲兩到三天。", [], "clean", "延遲說明（繁體）", "traditional")
zh("您好，請確認訂單上的收件地址是否需要補上樓層。", [], "clean", "地址確認（繁體）", "traditional")
zh("您好，包裹目前在海關清關，通關後會由物流公司配送。", [], "clean", "清關（繁體）", "traditional")
zh("您好，破損的盤子我們已重新寄出一組，舊的不需要寄回。", [], "clean", "破損補寄（繁體）", "traditional")
zh("您好，退貨期限是收到商品後30天內，請在「我的訂單」中申請。", [], "clean", "退貨期限（繁體）", "traditional")
zh("您好，訂單分成兩箱出貨，第二箱預計後天送達。", [], "clean", "分箱出貨（繁體）", "traditional")
# Mixed clean
zh("Hi Peter，您的 order 已经 shipped，预计 Thursday 送达。", [], "clean", "发货（中英混合）", "mixed")
zh("Hello Maria，退货已收到，refund 已经处理，3-5 business days 到账。", [], "clean", "退款（中英混合）", "mixed")
zh("Hi James，包裹在 customs 清关中，预计两天后放行。", [], "clean", "清关（中英混合）", "mixed")
zh("Dear Lily，请在 Your Orders 页面申请 return，选择 damaged 即可。", [], "clean", "退货说明（中英混合）", "mixed")
zh("Hi Chris，您的地址缺少 apartment number，麻烦补充一下。", [], "clean", "地址（中英混合）", "mixed")


# =================================================================================
def finish(records, prefix):
    for i, r in enumerate(records, 1):
        r["id"] = f"{prefix}-{i:03d}"
    return [{k: r[k] for k in ("id", "text", "labels", "lang", "tags", "note")} for r in records]


def write(path, records):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write(HERE / "en.jsonl", finish(EN, "en"))
    write(HERE / "zh.jsonl", finish(ZH, "zh"))
    print(f"wrote {len(EN)} English and {len(ZH)} Chinese records")
