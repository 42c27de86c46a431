#!/usr/bin/env python3
"""Source of holdout57.jsonl.  Run: python3 gen.py  (writes holdout57.jsonl next to this file).

Hard-to-see characters are spelled with the names below, so the source stays readable:
ZW (zero-width space), CY_E / CY_O (Cyrillic e / o), STAR (the star emoji), fw() (full-width).
Records are written grouped by language and category, then shuffled with random.Random(57)
and numbered h57-001 ... h57-160.  records() returns the list that the file holds.
"""
import json
import os
import random

ZW = "\u200b"
CY_E = "\u0435"
CY_O = "\u043e"
STAR = "\u2b50"


def fw(s):
    """ASCII letters, digits, @ and . to their full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else c for c in s)


MKT, OFF, REV = "marketing", "off-platform-contact", "review-inducement"

# (text, labels, lang, tags, note)
RAW = [
    # ================================================================ English, violations
    ("Hi Clementine, now that the Marlowe S7 has had a week on your table, could you head to "
     "its Amazon page and give it the full five stars? Top marks from real quilters are what "
     "lift a small studio like ours up the search results. Order 113-4072615-8830914. "
     "- Perpetua at Bobbinwick",
     [REV], "en", ["violation", "plain", "rating-request"],
     "Asks outright for a five-star rating to lift search rank (policy.md C2)."),
    ("Dorothea, a small thank-you is waiting for you: post a review of your Patchmoor "
     "fat-quarter bundle, reply with the name it appears under, and we'll mail you a Pinwhirl "
     "magnetic pin cushion at no charge.",
     [REV], "en", ["violation", "plain", "incentive"],
     "A free pin cushion is promised in exchange for a posted review (policy.md C1)."),
    ("Rufus, thanks for choosing the Trueline cutting mat. Your rotary cutter will want fresh "
     "blades sooner than you think, so here is BLADE15 for 15% off blade packs in our Amazon "
     "shop until the end of the month.",
     [MKT], "en", ["violation", "plain", "coupon", "cross-sell"],
     "Discount code together with a push for a related product (policy.md B)."),
    ("Mr. Castellanos, tension problems are far easier to sort out with pictures, so please "
     "email the photos and a short clip straight to help@bobbinwickstudio.com rather than "
     "answering here. Perpetua replies within the hour.",
     [OFF], "en", ["violation", "plain", "email", "diversion"],
     "Shop e-mail address and a request to move the conversation off Amazon messaging "
     "(policy.md D2, D6)."),
    ("If the bobbin keeps jamming, phone the studio on +1 (802) 555-0174 any weekday "
     "between 9 and 5 and we'll talk you through the fix.",
     [OFF], "en", ["violation", "plain", "phone"],
     "The seller's own support number, not a carrier or manufacturer line (policy.md D3)."),
    ("Something new for your sewing room: the Halcyon E4 embroidery machine has joined our new "
     "arrivals on Amazon, with 200 built-in designs and a 10 x 14 inch hoop. Grab one before "
     "the first shipment is gone.",
     [MKT], "en", ["violation", "plain", "new-product"],
     "Unsolicited new-product announcement with a call to buy (policy.md B)."),
    ("We're drawing one lucky winner for a Halcyon E4 embroidery machine on the 30th. To get "
     "your name in the hat, follow @bobbinwick.stitches on Instagram and tag a sewing friend "
     "under our pinned post.",
     [MKT, OFF], "en", ["violation", "plain", "giveaway", "follow", "social"],
     "A prize draw entered by following a social account (policy.md B, D4)."),
    ("You made our morning, Hollis - it's lovely to hear the walking foot has tamed those long "
     "quilt seams. Since it's working so well for you, would you put a few of those same words "
     "on its Amazon page for other quilters to see?",
     [REV], "en", ["violation", "careful", "gating"],
     "A review invitation sent because the buyer wrote in with praise is gating even when "
     "neutrally worded (policy.md section 0, C3)."),
    ("When you share your thoughts about the Threadwell 40-spool box on Amazon, it would help "
     "us enormously if you mentioned how vivid the colours stay after washing and that the "
     "parcel went out the very next morning.",
     [REV], "en", ["violation", "careful", "steering"],
     "Tells the buyer what the review should say (policy.md C7)."),
    ("Now that the new Featherdrift hoop has arrived in one piece, Oksana, would you be open to "
     "revisiting the words you posted about us on the listing? They describe a problem that no "
     "longer exists.",
     [REV], "en", ["violation", "careful", "change-review"],
     "Asks the buyer to revise a product review once the fault was fixed (policy.md C4)."),
    ("Quilters who come straight to bobbinwickstudio.com skip the marketplace markup and pay a "
     "little less for the same Patchmoor bundles, so keep us in mind for your next stash "
     "top-up.",
     [MKT, OFF], "en", ["violation", "careful", "discount", "url", "diversion"],
     "Steers the buyer to the shop's own site with a lower price (policy.md B, D1, D6)."),
    ("Perpetua is glad to walk you through the needle threader live; she's on Signal at "
     "802-555-0131 most evenings after seven.",
     [OFF], "en", ["violation", "careful", "phone", "messaging-app"],
     "A personal number on a messaging app (policy.md D3, D4)."),
    ("Most quilters who piece a top from this bundle come back for a second, and the Harvest "
     "Plum colourway is still on the shelf at amazon.com/dp/B0D7QX4M2R. It would sit neatly "
     "beside the one you already have.",
     [MKT], "en", ["violation", "careful", "cross-sell", "listing-link", "buy-again"],
     "A repeat-purchase push with a link to another listing (policy.md B, D1)."),
    ("Know someone in your guild who has been eyeing a Marlowe? Pass along your order number, "
     "and when they check out we'll send each of you a pack of Threadwell spools on us.",
     [MKT], "en", ["violation", "careful", "referral"],
     "A reward for bringing in another buyer (policy.md B)."),
    ("Ms. Adebayo, the remarks you posted about Bobbinwick as a seller sit right at the top of "
     "our storefront. Every new shopper reads them first. Since the thread snag was sorted on "
     "Tuesday, could you spare a minute to take them down?",
     [REV], "en", ["violation", "split", "feedback-pressure"],
     "Presses the buyer to withdraw seller feedback by pointing at the harm to the shop "
     "(policy.md C5)."),
    ("Your Patchmoor bundle went out with a little card inside. Jot a few lines about it on "
     "Amazon when you have a chance. Reply with a screenshot once it's live and a $12 Amazon "
     "e-gift card will be on its way to you.",
     [REV], "en", ["violation", "split", "incentive"],
     "A gift card paid on proof of a posted review, spread over three sentences (policy.md C1)."),
    ("We only ask one thing of quilters who are delighted with their Trueline mat. Tell "
     "everyone so on its Amazon page. If you're anything less than delighted, skip that step "
     "and message us instead.",
     [REV], "en", ["violation", "split", "gating"],
     "Invites only delighted buyers to review and diverts the rest to the seller "
     "(policy.md C3)."),
    ("Amazon's messages sometimes squash photos into a blur. Text the pictures to Perpetua "
     "instead. Her mobile is 802.555.0131.",
     [OFF], "en", ["violation", "split", "phone", "diversion"],
     "A mobile number so the buyer texts outside Amazon (policy.md D3, D6)."),
    ("Our spring stitch-along kicks off Friday. Every thread box in the shop drops to half "
     "price for three days. Put HOOP20 in at checkout and the embroidery hoops come down as "
     "well.",
     [MKT], "en", ["violation", "split", "coupon", "sale"],
     "Sale announcement plus a discount code (policy.md B)."),
    ("Look inside the lid of the Marlowe's accessory tray. There's a small black-and-white "
     "square printed there. Point your camera at it and it opens our Facebook group, where "
     "Perpetua posts setup videos.",
     [OFF], "en", ["violation", "split", "social", "qr"],
     "A QR code that leads to a social group off Amazon (policy.md D1, D4)."),
    ("We have issued the refund for the bent needle plate. There is one small favour we'd ask "
     "in return. The two-star verdict you left on the Marlowe page no longer matches what "
     "happened, and we'd gladly add a spare bobbin case if you brought it up to date.",
     [REV], "en", ["violation", "split", "incentive", "change-review"],
     "After a refund, asks for the review to be updated and offers a spare part for it "
     "(policy.md C1, C4)."),
    ("The Halcyon is out of stock on Amazon until January. We can still ship one from our own "
     "shelf tomorrow. Send the $589 by PayPal to orders@bobbinwickstudio.com and it leaves on "
     "the morning truck.",
     [OFF], "en", ["violation", "split", "email", "payment", "diversion"],
     "A sale and payment outside Amazon (policy.md D2, D5, D6)."),

    # ================================================================ English, evasions
    ("A 5-st" + ZW + "ar re" + ZW + "view on the Marlowe page would make Perpetua's week, and "
     "there's a little surprise parcel for everyone who leaves one.",
     [REV], "en", ["evasion", "rating-request", "incentive", "zero-width"],
     "Five-star ask and a surprise parcel, with zero-width spaces inside the key words "
     "(policy.md C1, C2, section e)."),
    ("Send a photo of the serial plate to " + fw("help@bobbinwickstudio.com") + " and we'll "
     "sort the warranty claim from there.",
     [OFF], "en", ["evasion", "email", "fullwidth"],
     "Shop e-mail address written in full-width letters (policy.md D2, section e)."),
    ("Reach Perpetua directly: bobbinwick dot sews at gmail dot com. She checks that inbox far "
     "more often than this one.",
     [OFF], "en", ["evasion", "email", "spelled-email"],
     "A free-mail address spelled out with 'at' and 'dot' (policy.md D2, section e)."),
    ("Quicker to talk it through by voice: eight oh two, five five five, oh one seven four, any "
     "afternoon this week.",
     [OFF], "en", ["evasion", "phone", "number-words"],
     "The shop number written in words (policy.md D3, section e)."),
    ("Could you tell other shoppers how much you like the Threadwell box with a p" + CY_O +
     "sitive r" + CY_E + "view? Our tiny team reads every single one.",
     [REV], "en", ["evasion", "rating-request", "homoglyph"],
     "Asks for a positive review; Cyrillic o and e stand in for Latin letters "
     "(policy.md C2, section e)."),
    ("Members of our quilting circle get 10% 0ff with QU1LT10 on any Patchmoor bundle - just "
     "type it in at checkout.",
     [MKT], "en", ["evasion", "coupon", "leetspeak"],
     "Discount code with zeros and ones for letters (policy.md B, section e)."),
    ("Find us on T e l e g r a m as @bobbinwick_help - we answer much faster there than in "
     "this inbox.",
     [OFF], "en", ["evasion", "messaging-app", "diversion", "spacing"],
     "Moves the buyer to a messaging app whose name is spelled with spaces (policy.md D4, D6, section e)."),
    ("Next time, skip the middleman: b-o-b-b-i-n-w-i-c-k-s-t-u-d-i-o dot com carries the same "
     "bundles for less.",
     [MKT, OFF], "en", ["evasion", "discount", "url", "diversion", "separator"],
     "Cheaper purchase on the shop's own site, domain hyphenated letter by letter "
     "(policy.md B, D1, D6, section e)."),
    ("If the Halcyon made your first patch sing, tap " + STAR * 5 + " on its Amazon page for "
     "us!",
     [REV], "en", ["evasion", "rating-request", "emoji"],
     "Five-star ask written as star emoji (policy.md C2, section e)."),
    ("Our quilters swap tips every night in the green app group - add the studio mobile, oh "
     "seven seven oh oh, nine oh oh, five one seven, and Perpetua will let you in.",
     [OFF], "en", ["evasion", "phone", "messaging-app", "nickname", "number-words"],
     "Chat-app group named by a nickname and a number in words (policy.md D3, D4, section e)."),
    ("On the photo app we're bobbinwick, then a dot, then stitches - give us a follow for "
     "pattern drops and flash offers.",
     [MKT, OFF], "en", ["evasion", "follow", "sale", "social", "nickname", "split-handle"],
     "Social handle given in pieces on an app named by nickname, plus a follow push for offers "
     "(policy.md B, D4, section e)."),
    ("Drop us a r" + CY_E + "vi" + CY_E + "w with a photo of your finished quilt and we'll "
     "knock 20% off your next Patchmoor order.",
     [MKT, REV], "en", ["evasion", "discount", "incentive", "homoglyph"],
     "A discount on the next order offered for a review; Cyrillic e inside the word "
     "(policy.md B, C1, section e; judgement call 5)."),
    ("Patterns, tutorials and the full catalogue live at bobbinwick" + ZW + "studio" + ZW +
     ".com - far more than we can list on Amazon.",
     [MKT, OFF], "en", ["evasion", "cross-sell", "url", "zero-width"],
     "Own-site catalogue link broken up by zero-width spaces (policy.md B, D1, section e)."),
    ("Thelma, when you stock up on fat quarters again, type " + fw("STITCH15") + " at checkout "
     "for 15% off the lot.",
     [MKT], "en", ["evasion", "coupon", "fullwidth"],
     "Discount code in full-width letters (policy.md B, section e)."),

    # ================================================================ English, near-misses
    ("Hi Thelma, your Patchmoor bundle (order 112-9518340-2267153) was delivered on Monday. If "
     "you have a moment, we'd welcome your honest thoughts in a review on Amazon, whatever "
     "they turn out to be. - Bobbinwick Sewing Studio",
     [], "en", ["near-miss", "neutral-request"],
     "One neutral review request with no rating, reward or condition (interface.md; policy.md "
     "C near-misses)."),
    ("Whether the Trueline mat delights you or lets you down, a review on Amazon helps the next "
     "quilter decide. Order 114-3306198-5724086.",
     [], "en", ["near-miss", "neutral-request"],
     "Balanced wording names both outcomes, so no positive-only ask (policy.md C near-misses)."),
    ("Mr. Castellanos, the new foot pedal reached you yesterday and the machine runs again. If "
     "you feel the problem is now resolved, the seller feedback you left earlier can be revised "
     "or withdrawn from your account; whether to do so is entirely your choice.",
     [], "en", ["near-miss", "feedback-notice"],
     "Amazon's permitted neutral seller-feedback notice after resolution (policy.md C5)."),
    ("We're sorry the Halcyon's hoop arm arrived bent. A full refund for order "
     "111-6842057-3190628 went through this morning and should show on your card within a few "
     "business days. There is no need to send anything back.",
     [], "en", ["near-miss", "remedy"],
     "A refund as a remedy, with no link to a review (policy.md C near-misses)."),
    ("A second Featherdrift 8-inch hoop is already on the truck (tracking TBA804615273390), and "
     "you won't be charged for it. Please keep the cracked one; there is nothing to send "
     "back.",
     [], "en", ["near-miss", "remedy"],
     "A no-charge replacement is a remedy, not a promotion (policy.md B near-misses)."),
    ("Just to confirm, the number you asked about, 112-5550174-3319260, is your Amazon order "
     "number, not a phone line; you'll find it under Your Orders.",
     [], "en", ["near-miss", "lookalike-number"],
     "An order id whose digits look like a 555 phone number (policy.md D3; interface.md)."),
    ("The USPS tracking number for your cutting mat is 9400 1112 0653 7781 4490 27. It was "
     "scanned in Albany this morning.",
     [], "en", ["near-miss", "lookalike-number"],
     "A spaced tracking number, not a phone number (policy.md A near-misses)."),
    ("You can print a return label for the thread box from your Amazon order page at "
     "amazon.com/your-orders; choose this order and then 'Return or replace items'.",
     [], "en", ["near-miss", "amazon-page"],
     "An Amazon link needed to complete a return (policy.md D1, section 0)."),
    ("I'm sorry, we can't send you the spare bobbin case outside Amazon or accept a PayPal "
     "payment for it. Everything has to go through your Amazon order so it stays covered by "
     "the A-to-z Guarantee.",
     [], "en", ["near-miss", "refusal"],
     "Refuses an off-Amazon sale; naming PayPal to decline it is not an invitation "
     "(policy.md D5, D6)."),
    ("You asked, 'Can I just call you, or text your personal number?' We can only help through "
     "Amazon's messages, but we reply quickly here and you can attach photos right in this "
     "thread.",
     [], "en", ["near-miss", "quoted-buyer"],
     "Quotes the buyer's request for a phone contact and refuses it (policy.md D3, D6)."),
    ("You wrote that you'd give us five stars if we threw in an extra hoop. We can't tie "
     "anything to a review, so the two stay separate; if the hoop you have is faulty, tell us "
     "and we'll put it right regardless.",
     [], "en", ["near-miss", "quoted-buyer"],
     "Quotes and declines the buyer's own review-for-gift offer (policy.md C1, C near-misses)."),
    ("The $329 you paid already covered the Marlowe S7, its extension table and the hard case. "
     "The table travels in a second carton, which UPS shows arriving tomorrow.",
     [], "en", ["near-miss", "price-paid"],
     "A fact about the price already paid, not an offer (policy.md B near-misses)."),
    ("The price drop you noticed came after your purchase; Amazon sets listing prices on its "
     "own, and what you paid on March 3 is what your invoice shows.",
     [], "en", ["near-miss", "price-paid"],
     "Explains a past price; no discount or sale is offered (policy.md B near-misses)."),
    ("The free-motion foot is the open-toe one in the accessory tray. Lower the feed dogs with "
     "the switch behind the free arm before you begin, and keep the stitch length at zero.",
     [], "en", ["near-miss", "product-word"],
     "'Free' as part of product names, not an offer (policy.md B near-misses)."),
    ("Every Marlowe gets a stitch review in Perpetua's workroom before it ships: she sews a "
     "sample of each stitch and checks the tension. Your machine's test swatch is tucked under "
     "the presser foot.",
     [], "en", ["near-miss", "review-word"],
     "'Review' means an internal quality check (policy.md C near-misses)."),
    ("Thank you for letting us know about the review you posted, Clementine; we're glad the "
     "Marlowe has settled in. If the thread tension ever drifts, this thread is the place to "
     "ask.",
     [], "en", ["near-miss", "review-thanks"],
     "Thanks in a reply for a review the buyer mentioned; nothing is solicited "
     "(policy.md C near-misses)."),
    ("To your question: no, your warranty does not depend on a star rating or on whether you "
     "write anything on Amazon at all. We never ask buyers for a particular rating.",
     [], "en", ["near-miss", "negation"],
     "Rating words appear only in a denial (policy.md C near-misses)."),
    ("The duplicate order you placed by mistake (113-8150724-6613390) is now cancelled, so only "
     "one Halcyon will ship. The change to your delivery address has been saved as well.",
     [], "en", ["near-miss", "logistics-word"],
     "Cancel and change are logistics here, done at the buyer's request (policy.md A "
     "near-misses)."),
    ("Royal Mail shows KT304729518GB as held at your local delivery office. You can book a "
     "redelivery on Royal Mail's own tracking page with that number.",
     [], "en", ["near-miss", "carrier-site"],
     "Points to the carrier's tracking page for delivery (policy.md A, D1)."),
    ("The Marlowe S7 carries a 25-year warranty on the motor frame. To use it, open a claim "
     "from your Amazon order page and we'll handle it in this thread.",
     [], "en", ["near-miss", "warranty"],
     "Warranty facts with the claim kept on Amazon (policy.md D1, D3)."),
    ("That clip-on coupon on the listing is run by Amazon, not by our studio. Amazon takes it "
     "off at checkout automatically, so it can't be added to an order that has already been "
     "placed.",
     [], "en", ["near-miss", "answer"],
     "Answers the buyer's question about an Amazon promotion; nothing is offered "
     "(policy.md B near-misses; judgement call 9)."),
    ("In a week or so an email from Amazon itself might land in your inbox, asking you to "
     "review the Patchmoor bundle. We don't write or send it, and answering it is up to you.",
     [], "en", ["near-miss", "review-word"],
     "Informational note about Amazon's own review e-mail (policy.md C near-misses)."),
    ("Sew along the dotted line printed on the tear-away stabilizer. If that line smudges, the "
     "blue water-soluble pen in your kit will redraw it, and it rinses out completely.",
     [], "en", ["near-miss", "product-word"],
     "'Line' is a seam guide, not the LINE app (policy.md D4)."),

    # ================================================================ English, clean
    ("Hi Augustin, the Halcyon E4 travels in a large crate and the courier needs a two-hour "
     "delivery window. Would Wednesday morning or Thursday afternoon suit you better?",
     [], "en", ["clean"],
     "Scheduling delivery of a bulky item is a permitted message (policy.md A)."),
    ("Your embroidery proof is attached: 'Nonna's Kitchen' in script, 12 cm wide, in thread "
     "shade 1147. Please check the spelling before we stitch the tea towels.",
     [], "en", ["clean"],
     "Verifying a custom design (policy.md A)."),
    ("A storm at the port has held up your Patchmoor bundle, so it will leave our warehouse two "
     "days later than planned. It should now reach you by Friday the 18th, and we are sorry "
     "for the wait.",
     [], "en", ["clean"],
     "A delay notice for an unexpected problem (policy.md A near-misses)."),
    ("Thanks for the photo of the stitches. Those loops on the underside mean the upper thread "
     "has slipped out of the take-up lever; rethread with the presser foot raised and they "
     "should disappear.",
     [], "en", ["clean"],
     "Customer-service answer to the buyer's question (policy.md A)."),
    ("The courier tried to bring your cutting mat today but found nobody home. It is waiting at "
     "the depot, and they will try again tomorrow between 10 and 2.",
     [], "en", ["clean"],
     "Delivery problem notice (policy.md A)."),
    ("One more detail for the monogram on your quilt label: would you like the initials in "
     "navy or in burgundy?",
     [], "en", ["clean"],
     "Information needed to complete a custom order (policy.md A)."),
    ("The customs office asked for the declared value of the Halcyon for the import paperwork. "
     "We have sent them the invoice, so nothing is needed from you at the moment.",
     [], "en", ["clean"],
     "Customs logistics (policy.md A)."),
    ("Perpetua checked the timing on your machine as you asked. The hook was a hair late, so "
     "she adjusted it and sewed a test piece; it is packed and leaves with the courier "
     "tomorrow morning.",
     [], "en", ["clean"],
     "Service reply about the buyer's own machine (policy.md A)."),
    ("Sorry to hear the needles keep snapping. Try a size 90/14 jeans needle for the denim "
     "layers and slow down over the thick seams; heavy hems need a gentle pace.",
     [], "en", ["clean"],
     "Answer to a product-use question (policy.md A)."),
    ("The hoops in your kit measure 4 x 4, 5 x 7 and 6 x 10 inches. The largest one fits the "
     "Halcyon E4 but not the smaller E2.",
     [], "en", ["clean"],
     "Product facts in reply to a question (policy.md A)."),
    ("Your order was packed in two boxes because the machine travels in its own carton. The "
     "second box, with the thread and the foot pedal, should arrive a day after the first.",
     [], "en", ["clean"],
     "Explains a split shipment (policy.md A)."),
    ("We have noted that you are away until the 20th, so the courier will hold the parcel and "
     "bring it round on the 21st instead.",
     [], "en", ["clean"],
     "Delivery arrangement at the buyer's request (policy.md A)."),
    ("The instruction booklet is printed in English and Spanish, and the threading diagram "
     "inside the top lid of the machine shows the same steps in pictures.",
     [], "en", ["clean"],
     "Answer about the manual the buyer asked for (policy.md A near-misses)."),

    # ================================================================ Simplified, violations
    ("严女士您好，Patchmoor拼布布组已经签收啦。写完评价截个图发过来，阿绫就给您补寄一把Trueline"
     "轮刀，算是我们的谢礼。",
     [REV], "zh", ["violation", "plain", "incentive"],
     "A rotary cutter promised for a review screenshot (policy.md C1)."),
    ("蒋先生，Marlowe缝纫机用着顺手的话，麻烦抽空在亚马逊上点满五颗星，卖家反馈那里也帮忙留个好评，"
     "对我们这种小工作室太关键了。",
     [REV], "zh", ["violation", "plain", "rating-request", "feedback-pressure"],
     "Asks for five stars and for positive seller feedback (policy.md C2, C5)."),
    ("田阿姨好，下单绣线时填优惠码QUILT10可以再减10%；绣线和拼布布组一起拍，还额外送一个Pinwhirl"
     "针插。",
     [MKT], "zh", ["violation", "plain", "coupon", "bundle"],
     "Discount code and a buy-together bonus (policy.md B)."),
    ("柯老师，刺绣机的调试步骤用文字说不清楚，您加一下阿绫的微信 bobbinwick_cn，我们开视频一步一步"
     "教您。",
     [OFF], "zh", ["violation", "plain", "messaging-app"],
     "WeChat handle to move support off Amazon (policy.md D4)."),
    ("小满，轮刀的刀片卡住了的话直接打工作室电话 +1 (802) 555-0174，比在亚马逊上留言快多了。",
     [OFF], "zh", ["violation", "plain", "phone", "diversion"],
     "The shop's phone number as a faster channel than Amazon (policy.md D3, D6)."),
    ("我们刚上新了Halcyon E4刺绣机，和您买的Featherdrift绣绷完全兼容，店铺在这里："
     "amazon.com/stores/Bobbinwick，快去看看吧！",
     [MKT], "zh", ["violation", "plain", "new-product", "cross-sell", "listing-link"],
     "New-product announcement with a storefront link (policy.md B, D1)."),
    ("严女士，阿绫想拜托您一件事：布组要是让您眉开眼笑，就去商品页跟大家说说；要是让您皱了眉，"
     "就先回到这里找我们，别急着写。",
     [REV], "zh", ["violation", "careful", "gating"],
     "Only satisfied buyers are invited to post; others are routed to the seller first "
     "(policy.md C3)."),
    ("您在亚马逊上分享使用体验时，能不能顺带提一句'送布均匀、夹厚布不跳针'？很多新手就看这两点。",
     [REV], "zh", ["violation", "careful", "steering"],
     "Dictates phrases for the review (policy.md C7)."),
    ("以后补货可以直接到 bobbinwickstudio.com 下单，同样的布组比平台上便宜一些，还能合并运费。",
     [MKT, OFF], "zh", ["violation", "careful", "discount", "url", "diversion"],
     "Sends the buyer to the own site for a lower price (policy.md B, D1, D6)."),
    ("上回您挑的'秋柿'配色已经重新到货了，喜欢的话可以再带一份回去，和上次那组拼在一起正好。",
     [MKT], "zh", ["violation", "careful", "restock", "buy-again"],
     "Restock notice that pushes a second purchase (policy.md B)."),
    ("换过的压脚您用着没问题了吧？商品页上您上周写的那几句话还停在出问题的那一天，要是方便，帮忙让它"
     "跟上现在的情况。",
     [REV], "zh", ["violation", "careful", "change-review"],
     "A veiled request to edit a product review after the fix (policy.md C4)."),
    ("亚马逊的消息会把照片压得很糊。原图麻烦发到 help@bobbinwickstudio.com。阿绫当天就会回您。",
     [OFF], "zh", ["violation", "split", "email"],
     "Shop e-mail address given across sentences (policy.md D2)."),
    ("您给店铺的那条中评还挂在卖家主页最上面。这个月的账户考核就差这一点。要是能在周五前撤回，"
     "我们整个小组都会很感激。",
     [REV], "zh", ["violation", "split", "feedback-pressure"],
     "Pressure to withdraw seller feedback, citing the account score (policy.md C5)."),
    ("我们在小红书上办了一个拼布作品征集。晒出用Patchmoor布组做的作品就能参加抽奖，奖品是一台"
     "Halcyon E4刺绣机。搜'Bobbinwick拼布'就能找到我们。",
     [MKT, OFF], "zh", ["violation", "split", "giveaway", "social"],
     "A prize draw run on a social platform (policy.md B, D4)."),
    ("我们有个老客户群，每周三在群里发会员专享价。想进群的话，扫一下说明书最后一页的微信二维码就行。",
     [MKT, OFF], "zh", ["violation", "split", "vip-list", "messaging-app", "qr"],
     "Members-only prices in a chat group joined by QR code (policy.md B, D1, D4)."),
    ("评价发出来以后请告诉阿绫一声。我们会通过支付宝返您二十元。支付宝账号直接留在这里就可以。",
     [OFF, REV], "zh", ["violation", "split", "payment", "incentive"],
     "Cash back through Alipay for a review (policy.md C1, D5)."),

    # ================================================================ Simplified, evasions
    ("严女士，写完 haoping 把截图发给阿绫，fanxian 三十元，当天到账。",
     [REV], "zh", ["evasion", "incentive", "pinyin"],
     "Review cash back written in pinyin (policy.md C1, section e)."),
    ("刺绣机有什么问题，直接加薇信 bobbinwick_cn，比这里回得快。",
     [OFF], "zh", ["evasion", "messaging-app", "homophone"],
     "WeChat written with a homophone (policy.md D4, section e)."),
    ("急事请拨 八零二 五五五 零一三一，阿绫白天都在工作室。",
     [OFF], "zh", ["evasion", "phone", "cn-numerals"],
     "Phone number in Chinese numerals (policy.md D3, section e)."),
    ("给个五*星*好*评，截图发来就送一盒Threadwell绣线。",
     [REV], "zh", ["evasion", "rating-request", "incentive", "separator"],
     "Five-star ask and free thread, split by asterisks (policy.md C1, C2, section e)."),
    ("老 客 户 专 享 八 五 折，下单时在备注里写'拼布'两个字就行。",
     [MKT], "zh", ["evasion", "discount", "spacing"],
     "A returning-customer discount spaced out character by character (policy.md B, "
     "section e)."),
    ("想看更多教程的话，可以上小飞机找我们，搜 bobbinwick_help 就行。",
     [OFF], "zh", ["evasion", "messaging-app", "nickname"],
     "Telegram named by its nickname (policy.md D4, section e)."),
    ("收到的绣绷用得满意的话，记得给我们点亮" + STAR * 5 + "哦～",
     [REV], "zh", ["evasion", "rating-request", "gating", "emoji"],
     "Five star emoji asked of satisfied buyers only (policy.md C2, C3, section e)."),
    ("关" + ZW + "注我们的抖" + ZW + "音号'Bobbinwick缝纫'，每周直播都有秒" + ZW + "杀价。",
     [MKT, OFF], "zh", ["evasion", "follow", "sale", "social", "zero-width"],
     "Follow push to a short-video account with flash prices, zero-width spaces inside "
     "(policy.md B, D4, section e)."),
    ("绿泡泡搜 bobbinwick，后面加下划线和 cn，备注'拼布'通过得更快。",
     [OFF], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
     "WeChat by nickname with the ID given in pieces (policy.md D4, section e)."),

    # ================================================================ Simplified, near-misses
    ("蒋先生您好，订单 113-1984407-7760342 的Marlowe缝纫机已于周二签收。如果您愿意，可以在亚马逊"
     "上留一条评论，说说这台机器实际用下来怎么样，好坏都行。",
     [], "zh", ["near-miss", "neutral-request"],
     "One neutral review request naming both outcomes (interface.md; policy.md C near-misses)."),
    ("田阿姨，补发的轮刀已经签收了。如果您觉得这件事我们已经处理妥当，之前那条卖家反馈要不要更新"
     "或者删除，由您自己决定；不动它也完全没关系。",
     [], "zh", ["near-miss", "feedback-notice"],
     "The permitted neutral seller-feedback notice after resolution (policy.md C5)."),
    ("非常抱歉绣线盒在运输中压坏了。订单 114-0695382-4471205 的全额退款已经提交，三到五个工作日"
     "退回原支付方式，坏的那盒不用寄回。",
     [], "zh", ["near-miss", "remedy"],
     "A refund as a remedy (policy.md C near-misses)."),
    ("布组里少了一块四分之一码的布，我们已经按缺的那块给您做了部分退款，其余商品不受影响，也不需要"
     "寄回。",
     [], "zh", ["near-miss", "remedy"],
     "Partial refund for a missing piece (policy.md A)."),
    ("您说在商品页搜索评论时没找到刺绣机的绣框尺寸，其实写在商品描述第三条：最大26×36厘米。",
     [], "zh", ["near-miss", "substring"],
     "搜索评论 contains 索评 across a word boundary (policy.md section 0, C near-misses)."),
    ("您在亚马逊检索评测视频时看到的那台是旧款Marlowe S5，它的压脚和您买的S7通用。",
     [], "zh", ["near-miss", "substring"],
     "检索评测 contains 索评 across a word boundary (policy.md section 0, C near-misses)."),
    ("订单 111-5550131-6047728 的两盒绣线已经合并成一个包裹，明天由快递派送，不用另外签两次。",
     [], "zh", ["near-miss", "lookalike-number"],
     "An order id whose middle block matches a 555 phone number used elsewhere in the set "
     "(policy.md D3; interface.md)."),
    ("顺丰单号 SF1385026497713，可以在顺丰官网输入单号查看派送进度，目前显示在深圳转运中心。",
     [], "zh", ["near-miss", "carrier-site"],
     "The carrier's own site for tracking (policy.md A, D1)."),
    ("抱歉，我们不能在亚马逊以外收款，也不能通过微信或官网私下给您发货；要加购压脚的话，请直接在亚马逊上下单。",
     [], "zh", ["near-miss", "refusal"],
     "Refuses a sale off Amazon (policy.md D5, D6)."),
    ("关于您想加阿绫私人微信的事：抱歉，我们只能用亚马逊站内消息沟通，有图片直接在这个对话里发"
     "就可以。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "Declines the buyer's request for a personal WeChat (policy.md D4)."),
    ("您提到'给五星能不能多送一个绣绷'，这个我们不能答应：评价和赠品不能挂钩。绣绷如果有质量问题，"
     "我们照常处理。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "Quotes and refuses the buyer's review-for-gift offer (policy.md C1)."),
    ("您说不小心下了两单，多出来的那台缝纫机我们已经取消，保留的是订单 111-7331946-8025519，"
     "收货地址也帮您修改好了。",
     [], "zh", ["near-miss", "logistics-word"],
     "取消 and 修改 are order logistics here (policy.md A near-misses, section 0)."),
    ("谢谢您特地告诉我们已经写了评价，也很高兴Marlowe用得顺手。以后机器有任何异响，随时在这里留言。",
     [], "zh", ["near-miss", "review-thanks"],
     "Thanks in a reply for a review the buyer mentioned (policy.md C near-misses)."),
    ("您付的 $329 已经包含加长台板和硬壳收纳箱，台板单独装在第二个箱子里，明天送到，不用再付任何"
     "费用。",
     [], "zh", ["near-miss", "price-paid"],
     "A fact about the price already paid (policy.md B near-misses)."),
    ("盒子上写的'免费升级图案库'指的是Halcyon刺绣机可以用U盘自己导入新图案，不收额外费用，也不需要"
     "联系我们。",
     [], "zh", ["near-miss", "product-word"],
     "免费 and 更新-like words describe a product feature, not an offer (policy.md B "
     "near-misses)."),
    ("Marlowe缝纫机的电机保修五年，需要报修时，在亚马逊订单页面里联系我们就可以，不用另外登记。",
     [], "zh", ["near-miss", "warranty"],
     "Warranty facts with the claim kept on Amazon (policy.md D3)."),
    ("您问的'满300减30'是亚马逊平台自己的优惠活动，结账时系统自动扣减，已经付款的订单没法再补用。",
     [], "zh", ["near-miss", "answer"],
     "Answers a question about Amazon's own promotion (policy.md B near-misses; judgement "
     "call 9)."),

    # ================================================================ Simplified, clean
    ("柯老师您好，刺绣机包装比较大，快递员需要预约上门时间，请问您周三上午还是周四下午方便？",
     [], "zh", ["clean"],
     "Scheduling a bulky delivery (policy.md A)."),
    ("您定制的拼布标签上，日期是绣'二〇二四年秋'，还是只绣一个'秋'字？您定下来我们就开工。",
     [], "zh", ["clean"],
     "Information needed to finish a custom label (policy.md A)."),
    ("因为港口天气原因，您的拼布布组要晚两天出库，预计下周五前送到，给您添麻烦了。",
     [], "zh", ["clean"],
     "Delay notice (policy.md A near-misses)."),
    ("从照片看，绣框没有推到底，所以图案绣偏了。把绣框往里推到听见'咔'的一声，再从头绣就行。",
     [], "zh", ["clean"],
     "Answers the buyer's question about an off-centre design (policy.md A)."),
    ("快递今天上门时家里没人，包裹暂存在附近的驿站，取件码已经发到您手机上。",
     [], "zh", ["clean"],
     "Delivery problem notice (policy.md A)."),
    ("刺绣机需要报关，海关要求提供申报金额，我们已经把发票交给他们，您这边暂时不用做什么。",
     [], "zh", ["clean"],
     "Customs logistics (policy.md A)."),
    ("您订的铺棉是整卷发货，箱子比较大，快递送到时是放在家门口，还是请物业代收？",
     [], "zh", ["clean"],
     "Arranging delivery of a bulky parcel (policy.md A)."),
    ("绣花时线头老是起毛的话，可以把面线张力调低一格，再换一根刺绣专用的 75 号针试试。",
     [], "zh", ["clean"],
     "Product-use answer (policy.md A)."),
    ("您寄来检修的缝纫机已经到了，Perpetua拆开看过，是送布牙里卡了线头，清理好后明天寄回给您。",
     [], "zh", ["clean"],
     "Service reply about a machine the buyer sent in (policy.md A)."),
    ("说明书有中文版，在配件盒底层；要是找不到，机器顶盖内侧也印了穿线示意图。",
     [], "zh", ["clean"],
     "Answer about the manual (policy.md A near-misses)."),

    # ================================================================ Traditional, violations
    ("詹小姐您好，拜託您到亞馬遜上 Marlowe 的賣場頁面按滿五顆星，我們這種小工作室就靠大家的五星"
     "撐著喔！",
     [REV], "zh", ["violation", "plain", "rating-request", "traditional", "taiwanese"],
     "Asks for five stars (policy.md C2)."),
    ("莊先生，本週全館繡線打八折，結帳時再輸入折價券代碼 HOOP20 還能多折二十元喔。",
     [MKT], "zh", ["violation", "plain", "coupon", "sale", "traditional", "taiwanese"],
     "Store-wide sale and a coupon code (policy.md B)."),
    ("駱太，部衣車有咩問題，直接 WhatsApp 我哋 802-555-0131，快過喺度留言好多。",
     [OFF], "zh", ["violation", "plain", "phone", "messaging-app", "diversion", "traditional",
                   "cantonese"],
     "WhatsApp number as a faster channel than Amazon (policy.md D3, D4, D6)."),
    ("龐生，如果塊切割墊用得開心，不妨上商品頁同其他人講下；如果有邊度唔啱，先話俾我哋知，等我哋"
     "搞掂佢先。",
     [REV], "zh", ["violation", "careful", "gating", "traditional", "cantonese"],
     "Happy buyers to the product page, unhappy ones to the seller first (policy.md C3)."),
    ("施小姐，如果之後要在亞馬遜寫使用心得，麻煩幫我們帶到三件事：穿線直覺、送布穩、出貨快，最好"
     "再附一張成品照喔。",
     [REV], "zh", ["violation", "careful", "steering", "traditional", "taiwanese"],
     "Tells the buyer what to write (policy.md C7)."),
    ("蘇小姐，你上次買嗰個繡繃而家出咗套新尺寸，可以配埋 Halcyon 一齊用，有興趣嘅話喺我哋店舖"
     "搵到。",
     [MKT], "zh", ["violation", "careful", "new-product", "cross-sell", "traditional",
                   "cantonese"],
     "Announces a new size and cross-sells it (policy.md B)."),
    ("其實我們自己的賣場 bobbinwickstudio.com 也有同一組布，不用被平台抽成，價錢自然漂亮一點，超商"
     "取貨也方便喔。",
     [MKT, OFF], "zh", ["violation", "careful", "discount", "url", "diversion", "traditional",
                        "taiwanese"],
     "Own-site purchase at a better price (policy.md B, D1, D6)."),
    ("壓腳已經補寄咗俾你。你之前喺商品頁寫嗰段評論仲係講緊舊問題。如果你肯改一改，我哋再送多一盒"
     "繡線俾你。",
     [REV], "zh", ["violation", "split", "change-review", "incentive", "traditional",
                   "cantonese"],
     "Asks to edit a review and offers thread for it (policy.md C1, C4)."),
    ("亞馬遜這邊暫時缺貨。我們可以從工作室直接寄給您。金額用轉帳匯到我們的帳戶就好，帳號再另外"
     "告訴您喔。",
     [OFF], "zh", ["violation", "split", "payment", "diversion", "traditional", "taiwanese"],
     "A sale paid by bank transfer outside Amazon (policy.md D5, D6)."),
    ("我們在臉書有一個拼布社團。社團成員每個月都有專屬折扣。搜尋「Bobbinwick 拼布同好」申請加入"
     "就可以了喔。",
     [MKT, OFF], "zh", ["violation", "split", "vip-list", "social", "traditional", "taiwanese"],
     "Members-only discounts in a Facebook group (policy.md B, D4)."),

    # ================================================================ Traditional, evasions
    ("縫紉機有任何問題，可以加我們的賴 @bobbinwicktw，回覆會比較快喔。",
     [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
     "LINE written as the homophone 賴 (policy.md D4, section e)."),
    ("急嘅話打 零七七零零 九零零 七四二 搵阿綾，佢日頭都喺工作室。",
     [OFF], "zh", ["evasion", "phone", "cn-numerals", "traditional", "cantonese"],
     "Phone number in Chinese numerals (policy.md D3, section e)."),
    ("寫完好|評截圖傳訊息給我們，就回饋一盒繡線給您喔。",
     [REV], "zh", ["evasion", "incentive", "separator", "traditional", "taiwanese"],
     "Free thread for a review, with a bar inside 好評 (policy.md C1, section e)."),
    ("蘇小姐，俾個 wuxing pingjia 我哋啦，下次再買繡線就有 youhui 㗎。",
     [MKT, REV], "zh", ["evasion", "discount", "rating-request", "incentive", "pinyin",
                        "traditional", "cantonese"],
     "Five-star review for a future discount, key words in pinyin (policy.md B, C1, C2, "
     "section e; judgement call 5)."),
    ("IG 搜 " + fw("@bobbinwick.stitches") + " 追蹤我們，每週都有新圖案和限時折扣喔。",
     [MKT, OFF], "zh", ["evasion", "follow", "sale", "social", "fullwidth", "traditional",
                        "taiwanese"],
     "Instagram handle in full-width letters with a follow push for flash discounts "
     "(policy.md B, D4, section e)."),

    # ================================================================ Traditional, near-misses
    ("莊先生您好，訂單 205-4416093-1827754 的繡線已經送達。方便的話，歡迎在亞馬遜上寫一則評論，"
     "好或不好都照實說就好喔。",
     [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
     "One neutral review request (interface.md; policy.md C near-misses)."),
    ("駱太，新嘅腳踏已經收到，部衣車都用返正常。如果你覺得我哋已經處理妥當，之前留低嘅賣家意見你"
     "可以自己決定更新或者刪除，唔郁佢都完全冇問題。",
     [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
     "The permitted neutral seller-feedback notice (policy.md C5)."),
    ("很抱歉切割墊在運送途中被壓折了。這筆訂單已經全額退款，款項會退回您原本的付款方式；折到的"
     "那片就留著當墊板用吧，不必寄回喔。",
     [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
     "A refund as a remedy (policy.md C near-misses)."),
    ("你問可唔可以唔經亞馬遜、直接喺官網買或者過數俾我哋——呢兩樣我哋都做唔到，所有付款都要喺"
     "亞馬遜完成，唔好意思。",
     [], "zh", ["near-miss", "refusal", "traditional", "cantonese"],
     "Refuses to sell outside Amazon (policy.md D5, D6)."),
    ("追蹤編號 TBA271958036648 顯示包裹已經到轉運站，預計週五前送達喔。",
     [], "zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"],
     "A long tracking number that a naive digit rule could take for a phone (policy.md D3)."),
    ("你話想加 WhatsApp 方便啲，不過我哋同買家只可以用亞馬遜嘅訊息聯絡；部衣車嘅聲音，你錄段片"
     "直接喺度傳上嚟就得。",
     [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
     "Declines the buyer's wish to chat on WhatsApp (policy.md D4)."),
    ("這台縫紉機的馬達已經通過第三方安全評估，星期四就會出貨喔。",
     [], "zh", ["near-miss", "substring", "traditional", "taiwanese"],
     "評估 and 星期 hold review and star characters (policy.md section 0, C near-misses)."),
    ("你想取消嘅係淨係嗰卷鋪棉，定係成張單？你覆一句，我哋即刻幫你處理。",
     [], "zh", ["near-miss", "logistics-word", "traditional", "cantonese"],
     "取消 asked about because the buyer wants to cancel (policy.md A near-misses)."),
    ("繡框卡榫斷掉屬於保固範圍，您直接在這個亞馬遜訊息串回覆照片就好，我們確認後補寄新的喔。",
     [], "zh", ["near-miss", "warranty", "traditional", "taiwanese"],
     "A warranty repair handled inside the Amazon thread (policy.md D3)."),

    # ================================================================ Traditional, clean
    ("詹小姐您好，您訂的鋪棉是整捲出貨，箱子很大，請問可以請社區管理室代收嗎？",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "Arranging delivery of a bulky parcel (policy.md A)."),
    ("龐生，你要繡嘅字係「龐記」，楷書，闊十二厘米，麻煩你睇下有冇寫錯，確認咗我哋先開始繡。",
     [], "zh", ["clean", "traditional", "cantonese"],
     "Verifying a custom design (policy.md A)."),
    ("你部衣車嘅電源線係英式插頭，如果屋企係美式插座，盒入面有個轉換插頭可以用。",
     [], "zh", ["clean", "traditional", "cantonese"],
     "Answer about the machine's plug (policy.md A)."),
    ("繡框的螺絲如果轉不緊，可以用配件盒裡的小螺絲起子再鎖一下喔。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "Product-use answer (policy.md A)."),
    ("您指定的超商這週整修暫停收件，包裹會改送到隔壁那一家，取件方式不變喔。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "Delivery problem notice (policy.md A)."),
    ("阿綾幫你查過，切割墊同衣車係分開兩個包裹寄，第二個會遲一日先嚟到。",
     [], "zh", ["clean", "traditional", "cantonese"],
     "Explains a split shipment (policy.md A)."),

    # ================================================================ code-switched
    ("小满，你的 Trueline mat 到了吧？Use code STITCH15，下次买 rotary blades 可以打85折，"
     "this week only 哦。",
     [MKT], "mixed", ["violation", "plain", "coupon", "cross-sell", "mixed"],
     "Coupon code for a related product (policy.md B)."),
    ("蘇小姐，部 Halcyon 用成點呀？If you're happy with it，幫我哋留個 five-star review 啦。"
     "唔滿意嘅話 please message us first，唔好直接寫。",
     [REV], "mixed", ["violation", "split", "rating-request", "gating", "traditional",
                      "cantonese", "mixed"],
     "Five-star ask for happy buyers, unhappy ones diverted (policy.md C2, C3)."),
    ("Hi 蒋先生，机器 troubleshooting 太慢的话，直接 email 我们：help at bobbinwickstudio dot "
     "com，we reply same day。",
     [OFF], "mixed", ["evasion", "email", "spelled-email", "mixed"],
     "Spelled-out shop e-mail address (policy.md D2, section e)."),
    ("田阿姨，leave a r3vi3w 之后把截图发给我们，我们就 send you 一卷 free batting 哦～",
     [REV], "mixed", ["evasion", "incentive", "leetspeak", "mixed"],
     "Free batting for a review, review spelled with digits (policy.md C1, section e)."),
    ("Hi 柯老师，order 113-6027715-4493082 的 refund 已经 processed 了，大概 3-5 个 business "
     "days 会退回您的卡上。",
     [], "mixed", ["near-miss", "remedy", "mixed"],
     "A refund as a remedy (policy.md C near-misses)."),
    ("Hi 严女士，Halcyon 的 hoop 是 5 x 7 inch，您要绣的 logo 放进去刚刚好，不用换大框。",
     [], "mixed", ["clean", "mixed"],
     "Product facts in reply to a question (policy.md A)."),
]


def records():
    rows = list(RAW)
    random.Random(57).shuffle(rows)
    out = []
    for i, (text, labels, lang, tags, note) in enumerate(rows, 1):
        out.append({"id": "h57-%03d" % i, "text": text, "labels": sorted(labels),
                    "lang": lang, "tags": list(tags), "note": note})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout57.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), path))


if __name__ == "__main__":
    main()
