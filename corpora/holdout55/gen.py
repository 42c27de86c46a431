#!/usr/bin/env python3
"""Source of holdout55.jsonl: every message of the set, written by hand.

Run `python3 gen.py` to write holdout55.jsonl next to this file. `records()` returns the list
without writing. Hard-to-see characters are spelled with the named escapes below, so that
this file stays readable; the JSONL stores the characters themselves.
"""
import json
import os
import random

ZW = "\u200b"                    # zero-width space
CY_A, CY_E, CY_O = "\u0430", "\u0435", "\u043e"   # Cyrillic a, e, o
GR_O = "\u03bf"                  # Greek omicron
STAR = "\u2b50"                  # emoji star
SPARK = "\U0001f31f"             # glowing star emoji
GIFT = "\U0001f381"              # wrapped present emoji
PARTY = "\U0001f389"             # party popper emoji
NEW = "\U0001f195"               # squared NEW emoji


def fw(s):
    """Full-width form of ASCII letters, digits, @ . and _."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
P, R = "proactive", "reply"

# (text, labels, lang, tags, note, context)
EN = [
    # ---------------------------------------------------------------- violations, plain
    ("Hi Corinna, your Sablemere brush pens from order 112-6730915-4482061 should have "
     "arrived by now. If you post a review on Amazon and reply here with a screenshot, we'll "
     "send you a $10 gift card as a thank-you.",
     [RI], "en", ["violation", "plain", "incentive"],
     "A gift card paid out for a posted review is compensation for a review (policy.md C1).", P),
    ("Hello Lysander, thank you for choosing the Wrenquill oblique holder (order "
     "113-3849207-1156738). We're a tiny workshop and every 5-star review keeps our nib bench "
     "running, so please leave us five stars and mention how fast it shipped.",
     [RI], "en", ["violation", "plain", "rating-request", "steering"],
     "Asks for five stars and tells the buyer what to write (policy.md C2, C7).", P),
    ("Sorry the Vesper nibs arrived bent. The quickest way to sort this out is to email Ansel "
     "directly at nibbench@rookwrenletters.com with a photo, and he'll post a new set from "
     "the workshop.",
     [OFF], "en", ["violation", "plain", "email"],
     "Gives the shop's e-mail address and moves the case out of Buyer-Seller Messaging "
     "(policy.md D2).", R),
    ("Your Nightwell ink from order 114-0917253-6628401 has been delivered. As a returning "
     "customer, use coupon code SUMI10 at checkout for 10% off a Slatebed inkstone to go with "
     "it.",
     [MKT], "en", ["violation", "plain", "coupon", "cross-sell"],
     "A coupon code pushing a second product is promotional messaging (policy.md B).", P),
    ("Hello from Rookwren! If anything about the Glowdesk light pad disappoints you, please "
     "call us on "
     "+1 (503) 555-0136 before writing a review, and we will make it right.",
     [OFF, RI], "en", ["violation", "plain", "phone", "gating"],
     "Sends unhappy buyers to the shop's phone line before they review: gating plus a "
     "phone number (policy.md C3, D3; judgement call 7).", P),
    ("We've just launched the Glowdesk A2, a bigger light pad for full-sheet layouts, and it "
     "pairs well with the Gridmark practice pads you bought last month. New arrivals ship "
     "this week, so have a look on Amazon.",
     [MKT], "en", ["violation", "plain", "new-product", "cross-sell"],
     "An unsolicited launch announcement tied to the buyer's earlier purchase (policy.md B).", P),
    ("We have now refunded the cracked Slatebed inkstone in full. Since the problem is "
     "resolved, could you please remove the one-star review you left on the product page?",
     [RI], "en", ["violation", "plain", "change-review"],
     "Asks for a product review to be removed after a fix, which policy.md C4 forbids "
     "\"even after an issue is resolved\" (policy.md C4).", R),
    ("Thanks for ordering the Cinnabar seal kit! Follow us on Instagram @rookwren.letters: "
     "every month we run a giveaway of a full brush roll for followers who tag us in their "
     "first seal impression.",
     [MKT, OFF], "en", ["violation", "plain", "giveaway", "social"],
     "A social handle plus a prize draw for followers (policy.md B, D4; judgement call 9).", P),
    # ---------------------------------------------------------------- violations, careful
    ("That is wonderful to hear, Hafsa! Since the Sablemere pens have worked out so well for "
     "your wedding envelopes, would you tell other letterers about them on the product page? "
     "It only takes a minute.",
     [RI], "en", ["violation", "careful", "gating"],
     "Invites a review only because the buyer wrote in to praise the pens (policy.md section "
     "0, C3; judgement call 1).", R),
    ("I'm glad the new holder fits your hand better, Radek. Now that things have turned "
     "around, maybe what you wrote on the listing last week could say so too? Other buyers "
     "read those words.",
     [RI], "en", ["violation", "careful", "change-review"],
     "A veiled request to revise the buyer's product review after the fix (policy.md C4; "
     "judgement call 4).", R),
    ("The sized Cloudleaf sheets in the long roll aren't listed here on Amazon yet. You can "
     "order them straight from us at rookwrenletters.com, where we also keep the loose "
     "offcuts.",
     [OFF], "en", ["violation", "careful", "url", "diversion"],
     "Sends the buyer to the shop's own site to buy (policy.md D1, D6; judgement call 10).", R),
    ("Good news for your next practice session: pick up two Nightwell bottles together and "
     "the second one costs half of what you paid for the first.",
     [MKT], "en", ["violation", "careful", "bundle"],
     "An unprompted two-bottle offer is a promotion even without the word discount "
     "(policy.md B).", P),
    ("Genevieve, we'd love to hear how the Wrenquill holder handles your copperplate. Tell "
     "other shoppers what you think on Amazon, and your next order from us comes with a "
     "third taken off.",
     [MKT, RI], "en", ["violation", "careful", "discount", "incentive"],
     "A future price cut in return for a review: incentive and marketing (policy.md C1, B; "
     "judgement call 5).", P),
    ("We can't send the difference for the smudged bottle through the order page, but if you "
     "send me the account you use to receive money online, Marguerite will transfer it today.",
     [OFF], "en", ["violation", "careful", "payment"],
     "Moves compensation to a non-Amazon payment channel (policy.md D5; judgement call 6).", R),
    ("Your Pinewell ink sticks from order 111-9046637-2518847 should be wearing down about now "
     "if you grind every day. When you're ready for more, open the order in your account and "
     "press the button to get the same sticks again; they'll be at your desk in two days.",
     [MKT], "en", ["violation", "careful", "buy-again"],
     "An unprompted push to repurchase (interface.md marketing; policy.md B).", P),
    # ---------------------------------------------------------------- violations, split
    ("Hi Ignatius, we hope the Cinnabar seal kit from order 112-5503186-9274410 arrived "
     "safely. Once your review of the kit is up on Amazon, just reply here with the date you "
     "posted it. We keep a drawer of spare soapstone blanks for people who do, and two of "
     "them will go out to you.",
     [RI], "en", ["violation", "split", "incentive"],
     "The review request and the soapstone reward sit in different sentences but are one "
     "offer (policy.md C1; judgement call 19).", P),
    ("Thank you for your Glowdesk A3 order. We hope it makes tracing easy. If it does, we'd "
     "be grateful for a review on Amazon. If it doesn't, please message us here first and "
     "hold off on writing anything until we've had a chance to fix it.",
     [RI], "en", ["violation", "split", "gating"],
     "Reviews invited from satisfied buyers only; unhappy ones are held back (policy.md C3).", P),
    ("I understand the grind isn't right for your left hand. Ansel can walk you through it "
     "live. He's on WhatsApp most evenings. The number is +44 7700 900527.",
     [OFF], "en", ["violation", "split", "messaging-app", "phone"],
     "A messaging app and a staff phone number spread over two sentences (policy.md D3, D4).", R),
    ("Hello Saoirse, thanks again for shopping with Rookwren. Do you have a friend who is "
     "learning brush lettering? Pass the code WREN15 on to them. Once they use it, we'll "
     "give you the same 15% off your next order.",
     [MKT], "en", ["violation", "split", "coupon", "referral"],
     "A referral scheme built on a discount code (policy.md B).", P),
    ("We hope the Slatebed inkstone from order 113-7261049-3385902 is grinding smoothly. If "
     "you decide to share your experience on Amazon, please say how quickly the ink comes up. "
     "A photo of the lid would be great too. It helps people who are comparing stones.",
     [RI], "en", ["violation", "split", "steering"],
     "Tells the buyer what to put in the review (policy.md C7).", P),
    ("Several of you asked about the Cloudleaf 100-sheet raw roll. It's back in stock on "
     "Amazon as of this morning, and the first batch won't last long. While you're there, "
     "browse the rest of our range at amazon.com/stores/Rookwren.",
     [MKT], "en", ["violation", "split", "restock", "cross-sell"],
     "An unprompted back-in-stock notice plus a storefront pitch; the link is Amazon's own, "
     "so it is marketing, not off-platform (policy.md B, D1; judgement calls 12 and 17).", P),
    ("Thanks for the photos of the frayed brush tip. There is a square printed inside the "
     "box lid. Scan it with your camera to join our lettering club, where members pay less "
     "and Ansel answers questions in the chat.",
     [MKT, OFF], "en", ["violation", "split", "vip-list", "qr"],
     "A scan code leading to an outside members' club with lower prices (policy.md B, D1).", R),
    # ---------------------------------------------------------------- evasions
    ("For faster help with the holder, message Ansel on W h a t s A p p at seven one eight, "
     "five five five, zero one nine three.",
     [OFF], "en", ["evasion", "messaging-app", "phone", "spacing", "number-words"],
     "App name spaced out and the phone number written in words (policy.md D3, D4, section e).",
     R),
    ("If the Sablemere pens made your envelopes sing, a fiv" + CY_E + "-st" + CY_A + "r r"
     + CY_E + "view would mean a lot to our little studio.",
     [RI], "en", ["evasion", "rating-request", "homoglyph"],
     "A five-star ask with Cyrillic letters inside the key words (policy.md C2, section e).", P),
    ("Post an honest r3vi3w of the Glowdesk and we'll send a $15 thank-you to your P4yPal.",
     [OFF, RI], "en", ["evasion", "payment", "incentive", "leetspeak"],
     "Money for a review, paid outside Amazon, with digits for letters (policy.md C1, D5, "
     "section e).", P),
    ("Enjoy 20% off your next Nightwell order with cou" + ZW + "pon NIB" + ZW + "S20, valid "
     "until the end of the month.",
     [MKT], "en", ["evasion", "coupon", "zero-width"],
     "A coupon with zero-width spaces inside the word and the code (policy.md B, section e).",
     P),
    ("Any trouble with the inkstone lid? Write to " + fw("help@rookwrenletters.com") + " and "
     "we'll sort it outside the Amazon queue.",
     [OFF], "en", ["evasion", "email", "fullwidth"],
     "An e-mail address in full-width letters (policy.md D2, section e).", R),
    ("Before you post anything about the Wrenquill, drop us a note at rookwren dot studio at "
     "gmail dot com so we can fix it first.",
     [OFF, RI], "en", ["evasion", "email", "gating", "spelled-email"],
     "Holds back a review until the buyer has written to a spelled-out address (policy.md C3, "
     "D2, section e).", P),
    ("Text us any time on five zero three, five five five, zero one two eight and we'll talk "
     "you through loading the nib.",
     [OFF], "en", ["evasion", "phone", "number-words"],
     "The shop's number written in English words (policy.md D3, section e).", R),
    ("Loving your new Gridmark pads? Show us some " + STAR * 5 + " on Amazon!",
     [RI], "en", ["evasion", "rating-request", "emoji"],
     "Five star emoji stand for a five-star review (policy.md C2, E, section e).", P),
    ("Next time, type W.R.E.N.2.5 at checkout and a quarter comes off your basket.",
     [MKT], "en", ["evasion", "coupon", "separator"],
     "A discount code broken up with dots (policy.md B, section e).", P),
    ("It's easier to send the video of the wobbly nib over the paper-plane app; we're "
     "rookwren_ink there.",
     [OFF], "en", ["evasion", "messaging-app", "nickname"],
     "Telegram named only by its icon, with the shop's handle (policy.md D4, section e; "
     "judgement call 8).", R),
    ("We post stroke drills every day on the photo app: search rookwren, then a dot, then "
     "letters, and tap follow.",
     [OFF], "en", ["evasion", "social", "nickname", "split-handle"],
     "A social account described by nickname and a handle given in pieces (policy.md D4, "
     "section e).", P),
    ("Our full Vesper range is 15% cheaper at r" + CY_O + CY_O + "kwrenletters.c" + CY_O
     + "m, with no Amazon fees.",
     [MKT, OFF], "en", ["evasion", "discount", "url", "diversion", "homoglyph"],
     "Lower prices on the shop's own site, the domain spelled with Cyrillic o (policy.md B, "
     "D1, D6; judgement call 10).", P),
    ("Running low on Nightwell? R3order in one tap from Your Orders and grab a 2nd bottle at "
     "10% 0ff.",
     [MKT], "en", ["evasion", "discount", "buy-again", "leetspeak"],
     "A repurchase push with a discount, digits in place of letters (policy.md B, section e).",
     P),
    ("We'd really appreciate it if you took down the neg" + ZW + "ative seller feed" + ZW
     + "back; it is hurting our account.",
     [RI], "en", ["evasion", "feedback-removal", "zero-width"],
     "Pressure to remove seller feedback, with zero-width spaces in the key words "
     "(policy.md C5, section e).", R),
    # ---------------------------------------------------------------- near-misses
    ("Hello Tobiah, this is Marguerite from Rookwren about order 111-2058364-7193025. If you "
     "have a moment, we'd appreciate an honest review of the Sablemere pens on Amazon; "
     "whatever you think helps other letterers choose.",
     [], "en", ["near-miss", "neutral-request"],
     "One neutral review request with the order id and no condition or reward (interface.md; "
     "policy.md section b; judgement call 2).", P),
    ("Order 112-8093365-5027716: we hope the Gridmark pads are working well for your drills. "
     "Your experience, good or bad, helps other learners, and you're welcome to share it in "
     "a review on the product page.",
     [], "en", ["near-miss", "neutral-request"],
     "A balanced invitation to review, sent once (policy.md C near-misses, section b).", P),
    ("I'm sorry the Nightwell bottle leaked in transit. We've sent a replacement free of "
     "charge; it should arrive Thursday, and you don't need to return the damaged one.",
     [], "en", ["near-miss", "remedy"],
     "A free replacement is a remedy, not a promotion (policy.md B near-misses).", R),
    ("We received the returned Glowdesk A3 this morning and issued your refund to the "
     "original payment method. It usually shows within three to five business days.",
     [], "en", ["near-miss", "remedy"],
     "A refund for a return, with no review in sight (policy.md C near-misses).", R),
    ("You can send the holder back from Your Orders on Amazon: choose the order, then Return "
     "or replace items. The prepaid label is made for you there.",
     [], "en", ["near-miss", "amazon-page"],
     "Points to Amazon's own returns flow (policy.md D near-misses).", R),
    ("Here is the page to start the return for the inkstone: "
     "https://www.amazon.com/gp/css/order-history - pick order 113-3849207-1156738 and "
     "follow the steps.",
     [], "en", ["near-miss", "amazon-page"],
     "A link to Amazon's order history, needed for the return (policy.md D near-misses, D1; "
     "judgement call 12).", R),
    ("Yes, the coupon shown under the price on the listing is Amazon's own, and it is "
     "applied at checkout once you tick the box. We don't have any other codes to offer.",
     [], "en", ["near-miss", "answer"],
     "Explains an Amazon coupon the buyer asked about (policy.md B near-misses; judgement "
     "call 11).", R),
    ("Delivery was free on this order because it qualified for Prime, and the code on your "
     "packing slip is our warehouse batch number, nothing you need to enter.",
     [], "en", ["near-miss", "logistics-word"],
     "\"Free\" and \"code\" in a logistics answer (policy.md B near-misses).", R),
    ("The discount line on your invoice is Amazon's shipping credit, not something from us, "
     "so there is nothing more to do on your side.",
     [], "en", ["near-miss", "logistics-word"],
     "Explains an invoice line; no offer is made (policy.md B near-misses).", R),
    ("You wrote: \"If this isn't fixed, I'll leave a one-star review.\" That's completely "
     "fair, Mr. Lindqvist. A new Wrenquill ferrule is on its way under the same order and "
     "should reach you on Monday.",
     [], "en", ["near-miss", "quoted-buyer"],
     "Quotes the buyer's threat and just fixes the problem; nothing is asked about the review "
     "(policy.md C near-misses; judgement call 15).", R),
    ("You asked whether we could chat on WhatsApp instead. We can only help through Amazon "
     "messages, so please send the photos here and we'll take it from there.",
     [], "en", ["near-miss", "refusal"],
     "Declines the buyer's request to move off Amazon (policy.md D near-misses, D4).", R),
    ("Thank you for mentioning your review, Ms. Prakash, and for the kind words about the "
     "brush roll. To answer your question: yes, the roll holds brushes up to 24 cm long.",
     [], "en", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned, then answers; not a solicitation (policy.md C "
     "near-misses).", R),
    ("We're glad the new panel arrived and works. If you are satisfied that we have resolved "
     "your concerns, it is possible to update or remove the seller feedback you originally "
     "provided; that is entirely your choice.",
     [], "en", ["near-miss", "feedback-notice"],
     "Amazon's own acceptable seller-feedback notice after resolution (policy.md C5; "
     "judgement call 3).", R),
    ("The Cloudleaf paper is acid-free and the sizing is alum-free, so it is safe for "
     "archival pieces. The small star in one corner is the mill's watermark, not a flaw.",
     [], "en", ["near-miss", "product-word"],
     "\"Free\" and \"star\" as product facts (policy.md B near-misses, C near-misses).", R),
    ("Nightwell Gilt is a line ink for fine hairlines rather than a wash; stir it before "
     "each session and it flows freely from a Vesper nib.",
     [], "en", ["near-miss", "product-word"],
     "\"Line\" and \"freely\" describe the ink, not an app or an offer (policy.md B "
     "near-misses, D near-misses).", R),
    ("We can't offer anything in exchange for a review, and we won't ask you to change what "
     "you wrote. What we can do is send a new holder, which is already on its way.",
     [], "en", ["near-miss", "negation"],
     "Review words only inside a refusal to trade or to ask for changes (policy.md C "
     "near-misses).", R),
    ("Thanks for the offer, but we can't give a discount or any reward for a review. If the "
     "holder is faulty, we'll replace it under your order right away.",
     [], "en", ["near-miss", "refusal"],
     "Turns down the buyer's proposed discount-for-review deal (policy.md C1 near-misses; "
     "judgement call 15).", R),
    ("Your parcel is with UPS under 1Z8R51W60395827164 for order 114-4482910-0736165; the "
     "latest scan shows it in Portland.",
     [], "en", ["near-miss", "lookalike-number"],
     "An order id and a tracking number, neither a phone number (policy.md D near-misses; "
     "judgement call 14).", R),
    ("Royal Mail's tracking page shows RT583920471GB as out for delivery today. If it doesn't "
     "turn up, let me know here and I'll open a claim.",
     [], "en", ["near-miss", "carrier-site"],
     "Naming the carrier's own tracking site is logistics, not a diversion (policy.md D "
     "near-misses; judgement call 7).", R),
    ("The Glowdesk has a two-year warranty, and there is nothing to register. If the panel "
     "flickers again, reply in this Amazon thread with the order number and we'll arrange a "
     "new one.",
     [], "en", ["near-miss", "warranty"],
     "Warranty help kept inside Amazon messaging (policy.md D near-misses; judgement call 22).",
     R),
    ("Ansel reviewed the photos you sent and agrees the nib slit is misaligned. A new set of "
     "Vesper EF nibs ships tomorrow.",
     [], "en", ["near-miss", "review-word"],
     "\"Reviewed\" means looked at; no review request (policy.md section 0).", R),
    ("Yes, the Wrenquill oblique holder comes in a left-handed version. It is a separate "
     "option on the same product page and the price is the same.",
     [], "en", ["near-miss", "answer"],
     "Answers the buyer's own product question without a pitch (policy.md B near-misses; "
     "judgement call 11).", R),
    ("I've cancelled the duplicate order 112-5503186-9274410 as you asked; the other order "
     "for the seal kit is unchanged and ships today.",
     [], "en", ["near-miss", "logistics-word"],
     "Acts on the buyer's cancellation request (policy.md A near-misses).", R),
    # ---------------------------------------------------------------- clean
    ("Thanks for your message, Hafsa. The Sablemere pens are water-based, so they can be "
     "blended with a damp brush. Let them dry for about ten minutes before erasing pencil "
     "guides.",
     [], "en", ["clean"], "A plain product answer (policy.md A).", R),
    ("Good question about paper weight. The Gridmark pads are 90 gsm, which stops most bleed "
     "from brush pens but is still thin enough to see a guide sheet underneath.",
     [], "en", ["clean"], "A plain product answer (policy.md A).", R),
    ("Hello Radek, your inkstone is held up at a sorting depot because of flooding in the "
     "region. We expect it to move again on Wednesday and will let you know if anything else "
     "holds it up.",
     [], "en", ["clean"],
     "A proactive delay notice, a permitted purpose (policy.md A near-misses; judgement "
     "call 20).", P),
    ("Before we carve your seal, please confirm the two characters shown in the attached "
     "proof and whether you want them in relief or intaglio. We will begin as soon as we "
     "hear from you.",
     [], "en", ["clean"],
     "Verifying a custom design is a permitted proactive message (policy.md A).", P),
    ("The Slatebed stone needs only a few drops of water at a time. Grind in slow circles for "
     "two or three minutes, and wipe it dry afterwards so no residue sets in the well.",
     [], "en", ["clean"], "Care instructions the buyer asked for (policy.md A).", R),
    ("Ansel says the scratchy feel usually comes from holding the nib at too steep an angle. "
     "Try lowering the holder toward the paper and easing off the pressure on upstrokes.",
     [], "en", ["clean"], "Troubleshooting help (policy.md A).", R),
    ("Thanks for letting us know about the flat number. The parcel has not left our "
     "warehouse yet, so the corrected address is now on it.",
     [], "en", ["clean"], "An address fix (policy.md A).", R),
    ("Yes, the brush roll fits twelve brushes. The bamboo slats are sealed, so a damp brush "
     "can go in without marking them.",
     [], "en", ["clean"], "A product answer (policy.md A).", R),
    ("Sorry to hear the ink smells sharp. That is the preservative, and it fades after the "
     "bottle has been open for a day or two; it does not affect the colour.",
     [], "en", ["clean"], "A product answer (policy.md A).", R),
    ("Hello Genevieve, the courier needs someone to sign for the light pad because of its "
     "size. Could you tell us a weekday when someone will be home, so we can pass it on?",
     [], "en", ["clean"],
     "Scheduling a delivery that needs a signature (policy.md A, G near-misses).", P),
    ("The Cinnabar paste in the kit is oil-based. Press the seal in gently, tap it two or "
     "three times, and keep the lid on between uses so it does not dry out.",
     [], "en", ["clean"], "Usage instructions (policy.md A).", R),
    ("The Pinewell sticks are made from pine soot and hide glue. They are brittle when cold, "
     "so let them sit at room temperature before grinding.",
     [], "en", ["clean"], "A product answer (policy.md A).", R),
    ("You are right that the holder flange is loose. Turn the brass piece a quarter turn to "
     "the left and it will lift out for adjustment.",
     [], "en", ["clean"], "Troubleshooting help (policy.md A).", R),
]

ZH_S = [
    # ---------------------------------------------------------------- violations, plain
    ("唐先生您好，您订购的 Sablemere 软头笔已经签收了。给我们留个好评并把截图发过来，我们马上返现5美元给您。",
     [RI], "zh", ["violation", "plain", "incentive"],
     "好评返现: cash for a positive review (policy.md C1, C2).", P),
    ("您好，毛笔掉毛的问题，麻烦扫一下包装盒里的二维码，加我们的售后微信，阿元会一对一跟进。",
     [OFF], "zh", ["violation", "plain", "messaging-app", "qr"],
     "A QR code leading to a WeChat after-sales account (policy.md D1, D4).", R),
    ("感谢您购买 Nightwell 墨汁！下次在亚马逊下单时输入优惠码 SUMI10，可以再减10%。",
     [MKT], "zh", ["violation", "plain", "coupon"],
     "A discount code for the next order (policy.md B).", P),
    ("钟女士，摔裂的砚台我们已经全额退款了，既然问题解决了，能麻烦您把那条一星差评删除吗？",
     [RI], "zh", ["violation", "plain", "change-review"],
     "Asks for a negative review to be deleted after a refund (policy.md C4).", R),
    ("我们上新了 Glowdesk A2 大号拷贝台，整张宣纸临帖也放得下，跟您买的米字格练习本正好配套，欢迎选购！",
     [MKT], "zh", ["violation", "plain", "new-product", "cross-sell"],
     "A new-product announcement matched to an earlier purchase (policy.md B).", P),
    # ---------------------------------------------------------------- violations, careful
    ("太好了，听到您说宣纸写起来很顺手，我们也很开心！既然这么满意，方便的话在商品页跟其他买家分享一下使用感受吗？",
     [RI], "zh", ["violation", "careful", "gating"],
     "A review invitation sent because the buyer praised the paper (policy.md section 0, C3; "
     "judgement call 1).", R),
    ("宋姐，您要是在亚马逊上写这套篆刻工具的使用感受，麻烦提一句印石好刻、发货快，最好再配两张刻好的印面照片。",
     [RI], "zh", ["violation", "careful", "steering"],
     "Tells the buyer what to say and show in the review (policy.md C7).", P),
    ("这款熟宣在亚马逊上暂时断货，您可以直接到 rookwrenletters.com 下单，那边的库存比较全。",
     [OFF], "zh", ["violation", "careful", "url", "diversion"],
     "Sends the buyer to the shop's own site to buy (policy.md D1, D6).", R),
    ("范先生，下次再买松烟墨条，直接跟我们说一声，老客户可以便宜二十块。",
     [MKT], "zh", ["violation", "careful", "discount"],
     "A price cut offered for the next purchase (policy.md B).", P),
    ("补偿的钱在亚马逊后台不好操作，您把收款账号发给我，阿元今天就转过去。",
     [OFF], "zh", ["violation", "careful", "payment"],
     "Compensation paid outside Amazon (policy.md D5; judgement call 6).", R),
    ("贺女士，新的笔帘已经给您补发了。等收到之后，商品页上您之前写的那段话，能不能按现在的情况调整一下？",
     [RI], "zh", ["violation", "careful", "change-review"],
     "Asks the buyer to adjust what she wrote on the product page (policy.md C4; judgement "
     "call 4).", R),
    # ---------------------------------------------------------------- violations, split
    ("您好，订单 114-0917253-6628401 的印泥应该已经收到了。如果用着顺手，欢迎在亚马逊留下评价。如果有任何不满意，请先别急着写，直接在这里找我们处理。",
     [RI], "zh", ["violation", "split", "gating"],
     "Satisfied buyers are asked to review, unhappy ones to hold off (policy.md C3).", P),
    ("感谢您购买 Cinnabar 篆刻套装。我们每周都会在抖音发刻印教学。搜 Rookwren书法 就能找到。关注后留言还能参加每月抽奖，奖品是一整套印石。",
     [MKT, OFF], "zh", ["violation", "split", "giveaway", "social"],
     "A short-video account plus a monthly prize draw for followers (policy.md B, D4).", P),
    ("您上个月买的 Cloudleaf 生宣，按每天练字的量，现在应该快用完了。在亚马逊订单页面点一下就能再买一份。早点备上，免得断练。",
     [MKT], "zh", ["violation", "split", "buy-again"],
     "An unprompted repurchase push (policy.md B; interface.md marketing).", P),
    ("谢谢您选择我们的墨汁。写完评价之后，请把截图发到这里。我们会回您一张下单立减8美元的券，下次买什么都能用。",
     [MKT, RI], "zh", ["violation", "split", "coupon", "incentive"],
     "A coupon for the next order in return for a review (policy.md C1, B; judgement call 5).",
     P),
    ("笔杆裂了真是抱歉。这种情况在这里说不清楚。您把照片发到 help@rookwrenletters.com 吧，阿元会直接回复您。",
     [OFF], "zh", ["violation", "split", "email"],
     "Moves the case to the shop's e-mail address (policy.md D2).", R),
    # ---------------------------------------------------------------- evasions
    ("亲，宣纸用得满意的话给个 haoping，截图发我们，fanxian 10美元哦。",
     [RI], "zh", ["evasion", "incentive", "pinyin"],
     "好评返现 written in pinyin (policy.md C1, section e).", P),
    ("售后问题可以加薇信 rookwren_cn，或者写信到 rookwren dot ink at gmail dot com，回复更快。",
     [OFF], "zh", ["evasion", "email", "messaging-app", "spelled-email", "homophone"],
     "WeChat as 薇信 and a spelled-out address (policy.md D2, D4, section e).", R),
    ("谢谢惠顾！下次买印石时填上优|惠|券码 SEAL12，可以再减12%。",
     [MKT], "zh", ["evasion", "coupon", "separator"],
     "优惠券 broken up with bars (policy.md B, section e).", P),
    ("图片在这里传太慢了，加一下我们的绿泡泡吧，号就是店铺名后面加个下划线，再加 cn。",
     [OFF], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
     "WeChat as 绿泡泡 and the ID given in pieces (policy.md D4, section e; judgement call 8).",
     R),
    ("急的话直接打一七一八五五五零一七七，找阿元就行。",
     [OFF], "zh", ["evasion", "phone", "cn-numerals"],
     "The shop's number in Chinese numerals (policy.md D3, section e).", R),
    ("练习本用着满意的话，麻烦给个 五 星 好 评，对我们小工作室帮助很大。",
     [RI], "zh", ["evasion", "rating-request", "spacing"],
     "五星好评 spaced out (policy.md C2, section e).", P),
    ("下次购物输入" + fw("WREN15") + "，全店立减15%。",
     [MKT], "zh", ["evasion", "coupon", "fullwidth"],
     "A discount code in full-width letters (policy.md B, section e).", P),
    (PARTY + " Glowdesk A2 大号拷贝台" + NEW + "上架，老客户下单就送" + GIFT + "，快去看看！",
     [MKT], "zh", ["evasion", "new-product", "emoji"],
     "A new-product notice with 新品 and 礼 replaced by emoji (policy.md B, E, section e).", P),
    ("更多字帖和纸张在我们自己的店 rookwren" + ZW + "letters.com，比亚马逊便宜一成。",
     [MKT, OFF], "zh", ["evasion", "discount", "url", "diversion", "zero-width"],
     "The shop's site with a zero-width space in the domain, cheaper than Amazon "
     "(policy.md B, D1, D6; judgement call 10).", P),
    # ---------------------------------------------------------------- near-misses
    ("您说在商品页搜索评论没找到尺寸，我们查了一下：这支毛笔笔杆长21厘米，出锋3.5厘米。",
     [], "zh", ["near-miss", "substring"],
     "搜索评论 contains 索评 but is a product answer (policy.md section 0, C near-misses).", R),
    ("阿元评估了您发来的照片，判断是运输中笔尖受压变形，新的笔尖已经安排寄出。",
     [], "zh", ["near-miss", "review-word"],
     "评估 means assess; no review request (policy.md section 0).", R),
    ("已按您的要求修改了收货地址，订单 113-7261049-3385902 明天从仓库发出。",
     [], "zh", ["near-miss", "logistics-word"],
     "修改 an address, not a review (policy.md C near-misses).", R),
    ("重复下的那一单已经帮您取消了，原订单不受影响，预计周五送达。",
     [], "zh", ["near-miss", "logistics-word"],
     "取消 of a duplicate order at the buyer's request (policy.md A near-misses).", R),
    ("很抱歉墨汁在运输中漏了，我们已经免费为您补发一瓶，原来那瓶不用寄回。",
     [], "zh", ["near-miss", "remedy"],
     "免费补发 is a remedy (policy.md B near-misses).", R),
    ("退回的砚台我们已经收到，退款已原路退回，一般三到五个工作日到账。",
     [], "zh", ["near-miss", "remedy"],
     "A refund for a return (policy.md C near-misses).", R),
    ("您好，这里是 Rookwren 的阿元，关于订单 111-2058364-7193025。如果方便，欢迎在商品页分享您对这套毛笔的真实使用体验，无论好坏都能帮到其他书法爱好者。",
     [], "zh", ["near-miss", "neutral-request"],
     "One neutral request with the order id (policy.md section b; interface.md; judgement "
     "call 2).", P),
    ("问题解决了就好。如果您认为我们已经处理好了您的问题，您可以自行选择更新或移除之前留下的卖家反馈，这完全由您决定。",
     [], "zh", ["near-miss", "feedback-notice"],
     "The allowed seller-feedback notice after resolution (policy.md C5; judgement call 3).", R),
    ("谢谢您提到已经留了评价，也谢谢您对笔帘的肯定。您问的尺寸是35乘40厘米，能放下14支笔。",
     [], "zh", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned, then answers (policy.md C near-misses).", R),
    ("您说“再不处理就给差评”，我们完全理解。新的印泥已经补发，单号是 TBA478120593364，周三前送达。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "Quotes the buyer's threat; nothing is asked about the review (policy.md C near-misses; "
     "judgement call 15).", R),
    ("您问的那张8折券是亚马逊平台的活动，在商品页价格下方勾选就会自动使用，我们这边没有另外的优惠码。",
     [], "zh", ["near-miss", "answer"],
     "Explains Amazon's coupon the buyer asked about (policy.md B near-misses; judgement "
     "call 11).", R),
    ("这款拷贝台可以对折收纳，折叠后厚度只有1.2厘米，放进书包也不占地方。",
     [], "zh", ["near-miss", "product-word"],
     "对折 and 折叠 are product words, not 打折 (policy.md B near-misses).", R),
    ("您的包裹 UPS 单号是 1Z2E77F04418630259，订单号 112-5503186-9274410，目前已到达本地分拣中心。",
     [], "zh", ["near-miss", "lookalike-number"],
     "A tracking number and an order id, not phone numbers (policy.md D near-misses).", R),
    ("顺丰单号 SF1609283547716，您也可以在顺丰官网输入单号查看最新进度。",
     [], "zh", ["near-miss", "carrier-site"],
     "The carrier's own website for tracking (policy.md D near-misses; judgement call 7).", R),
    ("拷贝台有两年保修，不需要另外注册。如果再出现闪烁，直接在亚马逊这个对话里回复订单号，我们安排换新。",
     [], "zh", ["near-miss", "warranty"],
     "Warranty help kept inside Amazon (policy.md D near-misses; judgement call 22).", R),
    ("我们不能以任何形式用好处换评价，也不会要求您修改评论。新笔尖已经寄出，请放心。",
     [], "zh", ["near-miss", "negation"],
     "Review words only inside a refusal (policy.md C near-misses).", R),
    ("您提出写好评换打折，这个我们不能答应，亚马逊也不允许。笔杆的问题我们照常给您换新。",
     [], "zh", ["near-miss", "refusal"],
     "Declines the buyer's review-for-discount offer (policy.md C1 near-misses; judgement "
     "call 15).", R),
    # ---------------------------------------------------------------- clean
    ("您好，这套毛笔是兼毫的，第一次用之前请用温水把笔头泡开，把胶洗净再蘸墨。",
     [], "zh", ["clean"], "Usage instructions (policy.md A).", R),
    ("生宣吸水快，适合写意；熟宣不洇墨，适合小楷和工笔。您练小楷的话建议用熟宣。",
     [], "zh", ["clean"], "A product answer (policy.md A).", R),
    ("唐先生您好，因为暴雨，您的砚台在中转站滞留了两天，预计下周一恢复派送，给您带来不便很抱歉。",
     [], "zh", ["clean"], "A proactive delay notice (policy.md A near-misses).", P),
    ("韩老师您好，刻章之前想跟您确认一下：印文是“守拙”两个字，要朱文还是白文？确认后我们就开工。",
     [], "zh", ["clean"], "Verifying a custom design (policy.md A).", P),
    ("墨条研磨时水不要一次加太多，每次几滴，磨到墨色浓稠就可以了。",
     [], "zh", ["clean"], "Usage instructions (policy.md A).", R),
    ("笔帘是竹子做的，已经做过防霉处理，毛笔洗净晾干后再卷起来就好。",
     [], "zh", ["clean"], "A product answer (policy.md A).", R),
    ("收到，我们已经把门牌号加上了，包裹还没出库，不会影响配送。",
     [], "zh", ["clean"], "An address fix (policy.md A).", R),
    ("拷贝台的亮度有三档，长按开关两秒就能切换。",
     [], "zh", ["clean"], "A product answer (policy.md A).", R),
    ("印泥第一次用的时候要用骨签翻拌几下，颜色会更均匀。",
     [], "zh", ["clean"], "Usage instructions (policy.md A).", R),
    ("米字格练习本每本四十页，纸是八十克的，钢笔和小号毛笔都可以用。",
     [], "zh", ["clean"], "A product answer (policy.md A).", R),
]

ZH_MIXED = [
    ("Hi 小葛，感谢下单！Follow 我们的 Instagram @rookwren.letters，每周都有 exclusive discount code 发布哦。",
     [MKT, OFF], "zh", ["violation", "plain", "coupon", "social", "mixed"],
     "Social handle plus weekly discount codes (policy.md B, D4).", P),
    ("您好，这套 brush pens 用得 happy 的话，欢迎去 Amazon 留个评价。如果有 any problem，请先来这里找我们，别直接写差评。",
     [RI], "zh", ["violation", "split", "gating", "mixed"],
     "Reviews from happy buyers, unhappy ones held back (policy.md C3).", P),
    ("宣纸 quality 满意吗？满意就 wuxing haoping 走起，really appreciate！",
     [RI], "zh", ["evasion", "rating-request", "pinyin", "mixed"],
     "五星好评 in pinyin (policy.md C2, section e).", P),
    ("售后 support 在 Wh" + CY_A + "tsApp 更快，please message 阿元 at +44 7700 900527。",
     [OFF], "zh", ["evasion", "messaging-app", "phone", "homoglyph", "mixed"],
     "WhatsApp with a Cyrillic a, plus a staff number (policy.md D3, D4, section e).", R),
    ("您的 parcel 已经 out for delivery，tracking 是 TBA902615738441，free shipping 是 Prime 自带的，不用额外付费。",
     [], "zh", ["near-miss", "logistics-word", "mixed"],
     "\"Free shipping\" describes Prime, not an offer (policy.md B near-misses).", R),
    ("这支 oblique holder 的 flange 可以调角度，拧松螺丝就能 adjust。",
     [], "zh", ["clean", "mixed"], "A product answer (policy.md A).", R),
]

ZH_T = [
    # ---------------------------------------------------------------- violations, plain
    ("廖小姐您好，拷貝台收到了嗎？幫我們寫個好評，截圖傳訊息給我們，就轉帳退您100元喔！",
     [OFF, RI], "zh", ["violation", "plain", "payment", "incentive", "traditional", "taiwanese"],
     "Money by bank transfer for a positive review (policy.md C1, D5; judgement call 6).", P),
    ("梁生，你買咗嘅墨汁用得慣嗎？加我哋 WhatsApp 群組「Rookwren 墨友會」，會員有專屬折扣㗎。",
     [MKT, OFF], "zh", ["violation", "plain", "vip-list", "messaging-app", "traditional",
                        "cantonese"],
     "A WhatsApp members' group with member discounts (policy.md B, D4; judgement call 9).", P),
    ("感謝購買 Nightwell 墨汁！下次在亞馬遜結帳時輸入折價券代碼 SEAL12，全館再折12%。",
     [MKT], "zh", ["violation", "plain", "coupon", "traditional", "taiwanese"],
     "A discount code for the next order (policy.md B).", P),
    # ---------------------------------------------------------------- violations, careful
    ("簡先生，聽到您說筆簾很好用真的很開心！既然這麼喜歡，拜託在商品頁面跟其他買家分享一下心得喔。",
     [RI], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
     "Asks for a review because the buyer praised the product (policy.md section 0, C3; "
     "judgement call 1).", R),
    ("麥太，新嘅硯台已經寄出咗。收到之後，你喺商品頁寫嗰段說話，可唔可以改返做而家嘅情況呢？",
     [RI], "zh", ["violation", "careful", "change-review", "traditional", "cantonese"],
     "Asks the buyer to rewrite her product-page text after the fix (policy.md C4; judgement "
     "call 4).", R),
    ("這款熟宣亞馬遜上缺貨，您可以到我們自己的賣場下單，搜尋 Rookwren 就找得到，價錢還便宜一點，出貨也比較快。",
     [MKT, OFF], "zh", ["violation", "careful", "discount", "diversion", "traditional",
                        "taiwanese"],
     "Sends the buyer to the shop's own store elsewhere, at a lower price (policy.md B, D6; "
     "judgement call 10).", R),
    # ---------------------------------------------------------------- violations, split
    ("溫小姐您好，米字格練習本應該已經收到了。如果覺得好寫，拜託給我們五顆星。這對小工作室真的很重要喔。",
     [RI], "zh", ["violation", "split", "rating-request", "traditional", "taiwanese"],
     "A five-star ask (policy.md C2; judgement call 16).", P),
    ("區小姐，印章刻錯咗真係唔好意思。喺度打字講唔清楚。你直接打俾阿元啦，號碼係 +44 7700 900816。",
     [OFF], "zh", ["violation", "split", "phone", "traditional", "cantonese"],
     "The shop's phone number instead of Buyer-Seller Messaging (policy.md D3; judgement "
     "call 7).", R),
    ("洪先生，謝謝您一直支持。我們下個月會推出 Glowdesk A2 大尺寸拷貝台。老顧客可以先登記預購。傳訊息給我們，就幫您保留一台。",
     [MKT], "zh", ["violation", "split", "new-product", "traditional", "taiwanese"],
     "An unprompted pre-order pitch for a coming product (policy.md B; judgement call 17).", P),
    ("馮生，問題已經幫你處理好。你之前留低嘅賣家反饋，對我哋間舖影響好大。麻煩你撤回佢啦。",
     [RI], "zh", ["violation", "split", "feedback-removal", "traditional", "cantonese"],
     "Pressure to withdraw seller feedback (policy.md C5).", R),
    # ---------------------------------------------------------------- evasions
    ("有問題直接加我們的賴 @rookwrentw，回覆比較快喔。",
     [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
     "賴 stands for LINE (policy.md D4, section e).", R),
    ("寫個好/評，截圖俾我哋，即刻返/現 HK$50 俾你。",
     [RI], "zh", ["evasion", "incentive", "separator", "traditional", "cantonese"],
     "好評返現 broken up with slashes (policy.md C1, section e).", P),
    ("照片太大傳不上來的話，改用紙飛機傳給我們吧，帳號就是 @rookwren_ink 喔。",
     [OFF], "zh", ["evasion", "messaging-app", "nickname", "traditional", "taiwanese"],
     "Telegram as 紙飛機 with the shop's handle (policy.md D4, section e; judgement call 8).", R),
    ("今個禮拜 買 二 送 一，Nightwell 墨汁任揀，快啲嚟睇下！",
     [MKT], "zh", ["evasion", "bundle", "spacing", "traditional", "cantonese"],
     "買二送一 spaced out (policy.md B, section e).", P),
    ("急件的話直接打給阿元喔：一 五零三 五五五 零一三六，平日都在。",
     [OFF], "zh", ["evasion", "phone", "cn-numerals", "traditional", "taiwanese"],
     "The shop's number in Chinese numerals (policy.md D3, section e).", R),
    # ---------------------------------------------------------------- near-misses
    ("重複的那筆訂單已經幫您取消了，原本的訂單照常出貨，預計三個工作天內送達喔。",
     [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
     "取消 of a duplicate order at the buyer's request (policy.md A near-misses).", R),
    ("唔好意思，墨汁漏咗，我哋已經免費補發一樽俾你，舊嗰樽唔使寄返。",
     [], "zh", ["near-miss", "remedy", "traditional", "cantonese"],
     "免費補發 is a remedy (policy.md B near-misses).", R),
    ("您好，這裡是 Rookwren 的阿元，關於訂單 113-3849207-1156738。如果方便，歡迎在商品頁分享您對印章套組的真實感受，好壞都能幫助其他買家參考。",
     [], "zh", ["near-miss", "neutral-request", "traditional"],
     "One neutral request with the order id (policy.md section b; judgement call 2).", P),
    ("你話「再唔處理就俾負評」，我哋明白。新嘅筆桿已經寄出，單號係 TBA335081964427。",
     [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
     "Quotes the buyer's threat; nothing is asked (policy.md C near-misses; judgement "
     "call 15).", R),
    ("謝謝您說已經留了評價，也謝謝您喜歡這支筆桿！您問的筆尖是 Vesper EF，在亞馬遜的同一個賣場裡有單獨的盒裝喔。",
     [], "zh", ["near-miss", "review-thanks", "traditional", "taiwanese"],
     "Thanks for a review the buyer mentioned, then answers where the nibs are (policy.md C "
     "near-misses).", R),
    ("您說在商品頁搜尋評論找不到尺寸，筆桿長度是18公分，筆頭直徑8公釐喔。",
     [], "zh", ["near-miss", "substring", "traditional", "taiwanese"],
     "搜尋評論 is a search, not a review request (policy.md section 0, C near-misses).", R),
    ("問題解決咗就好。如果你覺得我哋已經處理好，你可以自行選擇更新或者移除之前留低嘅賣家反饋，完全由你決定。",
     [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
     "The allowed seller-feedback notice after resolution (policy.md C5; judgement call 3).", R),
    ("訂單 202-3958174-6601293 的包裹已經交給順豐，單號 SF1722604938851，今天會到台北轉運站喔。",
     [], "zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"],
     "An order id and a tracking number (policy.md D near-misses).", R),
    ("退換貨可以直接喺亞馬遜「你的訂單」度申請，揀返呢張單，再揀退貨或者換貨就得。",
     [], "zh", ["near-miss", "amazon-page", "traditional", "cantonese"],
     "Points to Amazon's own returns page (policy.md D near-misses).", R),
    # ---------------------------------------------------------------- clean
    ("毛筆第一次使用前，請先用溫水把筆毛泡開，洗掉膠再沾墨喔。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Usage instructions (policy.md A).", R),
    ("印泥第一次用之前，用骨籤翻勻幾下，顏色會勻啲。",
     [], "zh", ["clean", "traditional", "cantonese"], "Usage instructions (policy.md A).", R),
    ("溫小姐您好，因為颱風，包裹在轉運站多停了兩天，預計兩個工作天內恢復配送，造成不便很抱歉。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "A proactive delay notice (policy.md A near-misses).", P),
    ("硯台用完之後要用清水沖乾淨，唔好浸喺水度過夜。",
     [], "zh", ["clean", "traditional", "cantonese"], "Care instructions (policy.md A).", R),
    ("洪先生您好，刻章前想跟您確認：印文是「墨緣」兩個字，要朱文還是白文呢？確認後我們就開工喔。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Verifying a custom design (policy.md A).",
     P),
    ("拷貝台的亮度分三段，長按開關兩秒即可切換。",
     [], "zh", ["clean", "traditional"], "A product answer (policy.md A).", R),
]


def records():
    rows = EN + ZH_S + ZH_MIXED + ZH_T
    rows = list(rows)
    random.Random(55).shuffle(rows)
    out = []
    for n, (text, labels, lang, tags, note, ctx) in enumerate(rows, 1):
        out.append({"id": "h55-%03d" % n, "text": text, "labels": sorted(labels),
                    "lang": lang, "tags": list(tags), "note": note, "context": ctx})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout55.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(records()))
