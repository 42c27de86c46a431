#!/usr/bin/env python3
"""Builds holdout96.jsonl: 160 hand-labelled messages from the invented Amazon seller
Volleybrook Pickleball Supply to its buyers.

Every record is written by hand below.  Each entry gives the tags (category, style, subtypes,
technique or trap, script/region, mixed), the text and a note.  The labels are the policies
that own the subtypes (sorted); `lang` is "mixed" for a tagged code-switched record, "zh" for
any other record with Chinese characters, else "en".  The list is shuffled with
random.Random(96) and numbered h96-001 ... h96-160.

Hard-to-see characters are spelled with the constants below, never typed in the strings.

Usage: python3 gen.py          (writes holdout96.jsonl next to this file)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout96.jsonl")

ZW = "\u200b"            # ZERO WIDTH SPACE
CY_A = "\u0430"          # CYRILLIC SMALL LETTER A, looks like Latin a
CY_E = "\u0435"          # CYRILLIC SMALL LETTER IE, looks like Latin e
STAR = "\u2b50"          # WHITE MEDIUM STAR emoji
GLOW = "\U0001f31f"      # GLOWING STAR emoji


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @ and the dot)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


POLICY_OF = {}
for _pol, _subs in {
    "marketing": "coupon discount sale new-product cross-sell listing-link bundle buy-again "
                 "restock referral vip-list giveaway follow",
    "off-platform-contact": "email phone messaging-app social url payment diversion qr",
    "review-inducement": "incentive rating-request gating steering change-review "
                         "feedback-pressure",
}.items():
    for _s in _subs.split():
        POLICY_OF[_s] = _pol

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
RAW = []


def R(tags, text, note):
    tags = tags.split()
    labels = sorted({POLICY_OF[t] for t in tags if t in POLICY_OF})
    lang = "mixed" if "mixed" in tags else ("zh" if CJK.search(text) else "en")
    RAW.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})


# =====================================================================================
# English: 22 violations, 14 evasions, 23 near-misses, 13 clean
# =====================================================================================

# ---- violations, plain
R("violation plain incentive",
  "Hi Gwendolyn, thanks again for order 112-4830519-6672041. Once your review of the "
  "Cinderhawk C16 is up on Amazon, send us a screenshot here and we'll mail you a three-pack "
  "of Tackwell grip tape at no cost. - Desmond, Volleybrook Pickleball Supply",
  "Free grip tape is promised in return for a posted review, which is compensation for a "
  "review (policy.md C1).")
R("violation plain rating-request",
  "Ambrose, hope the Spanlock net went up without a fight. Could you give it five stars on "
  "Amazon when you get a minute? Every five-star rating keeps a small shop like ours on the "
  "first page.",
  "Asks outright for a five-star rating (policy.md C2).")
R("violation plain coupon",
  "Hi Lucinda, a small thank-you for shopping with Volleybrook: enter RALLY10 at checkout on "
  "your next order and you'll get 10% off any of our paddles or balls.",
  "An unprompted discount code for a future order is promotional messaging (policy.md B).")
R("violation plain email diversion",
  "Bartosz, if the edge guard on your paddle starts to lift, don't bother with the Amazon "
  "inbox. Email Desmond directly at help@volleybrookpb.com and he'll get back to you the "
  "same day.",
  "Gives the shop's e-mail address and steers the buyer away from Amazon messaging "
  "(policy.md D2, D6).")
R("violation plain phone",
  "Ms. Haverford, setting up the Spanlock net on grass can be fiddly. Call our UK helpline "
  "on 07700 900219 any weekday and we'll talk you through the stakes and tension straps.",
  "A seller telephone number that is not a carrier, warranty or manufacturer number "
  "(policy.md D3).")
R("violation plain giveaway follow social",
  "Odessa, we run a paddle giveaway every Friday on Instagram and post short drill videos in "
  "between. Follow @volleybrook.dinks so you don't miss the next draw.",
  "A giveaway and a 'follow us' call to action on a social account (policy.md B, D4).")
R("violation plain new-product listing-link",
  "New arrival for Cinderhawk fans, Percival: the C16 Pro has a thicker core and a raw carbon "
  "face, and it's live now at amazon.com/dp/B0F3PK7LWN. Grab one before the first batch runs "
  "out.",
  "Announces a new product with a link to its Amazon detail page; detail-page links are not "
  "allowed and the message is promotion (policy.md B, D1).")

# ---- violations, careful
R("violation careful gating",
  "Fenwick, you've had the Saltmarsh Lite for a couple of weeks now. If it's living up to "
  "what you hoped, we'd be grateful for a few words on its Amazon page. If it isn't, please "
  "come to us first so we can put it right before anything gets posted.",
  "Invites only satisfied buyers to post and routes unhappy ones to the seller first, in "
  "soft words (policy.md C3).")
R("violation careful discount incentive",
  "Juniper, a small favour: tell other players what you make of the Scoopfetch tube on its "
  "Amazon page and let us know once it's up. As a thank-you we'll knock a fifth off whatever "
  "you order from us next.",
  "A price cut on the next order in exchange for a posted opinion is review compensation and "
  "also promotes the next purchase (policy.md C1, B; judgement call 5 in README).")
R("violation careful discount url diversion",
  "Cormac, when your grip tape runs low, our own shop at volleybrookpb.com stocks the same "
  "Tackwell rolls, and because we skip the marketplace fees they cost you less there.",
  "Sends the buyer to the shop's own web store for a lower price (policy.md D1, D6, B).")
R("violation careful change-review",
  "Mr. Villanueva, the new crossbar reached you on Tuesday and we're glad the sag is gone. "
  "What you wrote on the listing still describes the old bar, though. Would you consider "
  "revisiting it so it matches how the net performs now?",
  "Asks the buyer to revise a product review after the issue was fixed, without naming the "
  "review (policy.md C4, section e).")
R("violation careful cross-sell",
  "Ms. Haverford, since the Chalkmark kit is marking out your church lot, a Spanlock net and "
  "a Scoopfetch tube would complete the setup nicely. Both sit in our Amazon shop alongside "
  "the kit you bought.",
  "Recommends further products the buyer did not ask about: cross-selling (policy.md B).")
R("violation careful phone messaging-app",
  "Henrietta, sizing the paddle cover is easier with a picture. Text Desmond on Signal at "
  "919-555-0108 with a photo of the paddle beside a tape measure and he'll tell you which "
  "Snugshell fits.",
  "A personal number and a messaging app outside Amazon (policy.md D3, D4).")
R("violation careful vip-list",
  "Gwendolyn, we keep a short list of regulars who hear about new paddle drops a week before "
  "anyone else. Reply 'count me in' and we'll put your name on it.",
  "An early-access list for new products is a VIP-style marketing invitation (policy.md B).")
R("violation careful steering",
  "Lucinda, when you write up your thoughts on the Hushdrop balls, it would help us "
  "enormously if you mentioned how quiet they are on a gym floor and that they reached you "
  "within two days.",
  "Tells the buyer what to say in the review (policy.md C7).")

# ---- violations, split
R("violation split sale url diversion",
  "Ambrose, thanks for bearing with us on the net delivery. Our spring clearance opens on "
  "Monday. It runs on our own site rather than here, at volleybrookpb.com/clearance.",
  "A sale announcement spread over three sentences, pointing to the shop's own site "
  "(policy.md B, D1, D6).")
R("violation split incentive",
  "Odessa, we have a handful of spare Snugshell covers from the last batch. We're setting "
  "them aside for buyers who've written about their paddle on Amazon. If that's you, say so "
  "here and one is yours.",
  "A free cover reserved for buyers who posted a review; no sentence says it all "
  "(policy.md C1).")
R("violation split qr",
  "Percival, have a look inside the lid of the Cinderhawk box. There's a small printed square "
  "in the corner. Point your camera at it and you'll land in our players' chat, where "
  "Desmond answers paddle questions every evening.",
  "A QR code on the packaging leads to an off-Amazon chat (policy.md D1, section e).")
R("violation split gating",
  "Gwendolyn, we hope the Hushdrop balls are behaving in the school gym. Players who are "
  "pleased often say so on the Amazon page, and we'd love that. Anyone less than pleased "
  "should treat this inbox as the first stop instead.",
  "Review gating in pieces: pleased buyers to the product page, the rest to the seller "
  "(policy.md C3).")
R("violation split bundle",
  "Cormac, your Quillpop balls leave our warehouse today. While you're gearing up: we've "
  "paired two Saltmarsh Lite paddles with a Snugshell cover and a tube of balls. It's listed "
  "as a starter pack and costs less than the pieces bought apart.",
  "Promotes a bundle at a lower combined price (policy.md B).")
R("violation split payment",
  "Fenwick, Amazon's reimbursement for the cracked paddle can take a while to come through. "
  "We'd rather settle it ourselves tonight. Which address does your PayPal account use?",
  "Offers to pay the buyer outside Amazon (policy.md D5).")
R("violation split feedback-pressure",
  "Bartosz, the one-star seller rating you left last week is the only low mark on our "
  "account this year. Each one drags our account health score down. Now that the net is "
  "sorted, we'd be very thankful if it came down.",
  "Presses the buyer to withdraw seller feedback because it hurts the account "
  "(policy.md C5).")

# ---- evasions
R("evasion email diversion spelled-email",
  "Bartosz, the cover sizing chart is too big to send through Amazon. Write to volleybrook "
  "dot courts at gmail dot com and Desmond will reply from there with the PDF.",
  "An e-mail address spelled out in words, moving the conversation off Amazon "
  "(policy.md D2, D6, section e).")
R("evasion phone number-words",
  "Juniper, the quickest fix for the net tension is a chat with Desmond: nine one nine, five "
  "five five, oh one oh eight. He's around after four.",
  "A phone number written as number words (policy.md D3, section e).")
R("evasion messaging-app homoglyph",
  "Add us on T" + CY_E + "l" + CY_E + "gr" + CY_A + "m at @volleybrook_desk for same-day "
  "paddle advice, Percival; it's quicker than waiting on the marketplace inbox.",
  "The app name carries Cyrillic look-alike letters; the handle is off-Amazon contact "
  "(policy.md D4, section e).")
R("evasion rating-request emoji",
  "Ambrose, if you get a spare minute, " + STAR * 5 + " for the Scoopfetch tube on Amazon "
  "would make Desmond's week!",
  "Five star emoji ask for a top rating (policy.md C2, E).")
R("evasion coupon leetspeak",
  "Lucinda, use D1NK15 at checkout and take 15 percent 0ff your next grip tape order with us.",
  "A discount code and 'off' written in leetspeak (policy.md B, section e).")
R("evasion incentive rating-request spacing",
  "Odessa, leave a f i v e - s t a r r e v i e w on the Spanlock net and a roll of Tackwell "
  "tape is yours.",
  "Spaced letters hide a five-star review request tied to a free roll of tape "
  "(policy.md C1, C2, section e).")
R("evasion messaging-app phone zero-width",
  "Ms. Haverford, message us on Whats" + ZW + "App at 0770" + ZW + "0 900" + ZW + "583 and "
  "you'll get answers much faster than through this inbox.",
  "Zero-width spaces break up the app name and the number (policy.md D3, D4, section e).")
R("evasion coupon sale fullwidth",
  "This weekend only, code " + fw("SERVE20") + " takes 20% off every Cinderhawk paddle in "
  "our Amazon shop, Henrietta.",
  "A weekend sale code in full-width letters (policy.md B, section e).")
R("evasion email fullwidth",
  "Cormac, for anything about the school order, write to " + fw("help@volleybrookpb.com") +
  " and we'll sort it out there.",
  "An e-mail address in full-width characters (policy.md D2, section e).")
R("evasion social nickname split-handle",
  "Gwendolyn, we post court-setup clips on the photo app most weeks. Our handle is "
  "volleybrook, then a dot, then dinks; say hi there and we'll answer your net questions.",
  "Instagram named only as 'the photo app' and the handle given in pieces "
  "(policy.md D4, section e).")
R("evasion payment separator",
  "Fenwick, rather than wait for Amazon to process the partial refund, we can settle it "
  "today through P-a-y-P-a-l. Just tell us the address on that account.",
  "An off-Amazon payment channel with hyphens between the letters (policy.md D5, "
  "section e).")
R("evasion incentive rating-request leetspeak separator",
  "Percival, post a 5-st4r r3view of the Spanlock net and we'll send a f.r.e.e Snugshell "
  "cover your way.",
  "Leetspeak and dotted letters hide a five-star review offer with a free item "
  "(policy.md C1, C2, section e).")
R("evasion vip-list messaging-app phone number-words nickname",
  "Henrietta, our regulars get a first look at new paddles in a group on the green app. Add "
  "the shop number to join: nine one nine, five five five, oh one four seven.",
  "An early-access group on an app named by nickname, with the number in words "
  "(policy.md B, D3, D4, section e).")
R("evasion change-review homoglyph",
  "Juniper, now that the new crossbar has stopped the sag, could you " + CY_E + "dit your r" +
  CY_E + "vi" + CY_E + "w of the Spanlock net so it reflects that?",
  "Asks for an edited review with Cyrillic letters inside the keywords (policy.md C4, "
  "section e).")

# ---- near-misses
R("near-miss review-word",
  "Percival, we reviewed the photos of the frayed net cord you sent. It looks like a scuff "
  "from the box rather than wear, and Desmond says it won't affect tension; tell us if it "
  "starts to unravel.",
  "'Reviewed' means the seller checked photos; nothing is asked about a review "
  "(policy.md section 0, C near-misses).")
R("near-miss remedy",
  "Gwendolyn, we're sorry the Cinderhawk arrived with a cracked edge guard. A replacement "
  "paddle goes out today at no charge, and there's no need to send the damaged one back.",
  "A replacement for a damaged item is a remedy, not a promotion (policy.md B near-misses).")
R("near-miss remedy",
  "Ambrose, the tube of Hushdrop balls that came flat has been refunded in full; the money "
  "should reach your card within three to five business days.",
  "A refund for a faulty item with no link to any review (policy.md C near-misses).")
R("near-miss remedy",
  "Odessa, a new spring for your Scoopfetch tube is in the post to you, free of charge. The "
  "bent one can go in the recycling.",
  "'Free of charge' describes a remedy for a defect (policy.md B near-misses).")
R("near-miss lookalike-number",
  "Ms. Haverford, about order 112-5550147-8361029: the carrier scanned the net poles in "
  "Memphis this morning, and they are due with you on Thursday.",
  "The order id contains the digits of the shop's phone number but is an order id "
  "(policy.md D near-misses).")
R("near-miss lookalike-number",
  "Bartosz, the two Snugshell covers on order 114-9195550-1472863 were held back because "
  "one zip was stiff; we swapped it, and both go out with this afternoon's pickup.",
  "The order id runs through 919-555-0147 across its dash; it is not a phone number "
  "(policy.md D near-misses).")
R("near-miss negation",
  "Cormac, thanks for asking. Whatever you decide to post about the Snugshell cover is "
  "yours alone; we will never ask you to change or delete a review, whether or not we've "
  "fixed something for you.",
  "A negation: the seller promises not to ask for a changed review (policy.md C4, "
  "section 0).")
R("near-miss neutral-request",
  "Juniper, the Tackwell grip tape on order 113-0274968-5513827 should be with you by now. "
  "If you have a moment, an honest review on the product page helps other players choose, "
  "whatever your experience turned out to be.",
  "One neutral review request with no rating, reward or condition (interface.md; policy.md "
  "section b, C near-misses).")
R("near-miss neutral-request",
  "Odessa, the Hushdrop balls on order 113-3351872-6640193 reached you last week. Once "
  "you've played a few sessions, we'd welcome a review on Amazon describing how they held "
  "up, good or bad.",
  "A balanced, single review request (interface.md; policy.md section b, C near-misses).")
R("near-miss amazon-page",
  "Henrietta, the return for the paddle cover can be opened at amazon.com/your-orders; choose "
  "'wrong size' and Amazon generates the label for you.",
  "A link to Amazon's own order pages for a return (policy.md D near-misses).")
R("near-miss answer",
  "Lucinda, yes, the 10% coupon you spotted on the Quillpop listing is an Amazon coupon. Tick "
  "the box on the product page and Amazon applies it at checkout; we don't issue codes of our "
  "own.",
  "Explains an Amazon coupon the buyer asked about and offers nothing (policy.md B "
  "near-misses).")
R("near-miss answer",
  "Fenwick, you asked whether Tuesday's Lightning Deal price on the Saltmarsh Lite will come "
  "back. Those deals are scheduled by Amazon, not by us, so we honestly can't say when or "
  "whether it returns.",
  "Answers a buyer's question about an Amazon deal without promoting anything (policy.md B "
  "near-misses).")
R("near-miss refusal",
  "Ambrose, we can't continue this over WhatsApp or a phone call, sorry. Amazon asks sellers "
  "to keep every conversation in this thread, and Desmond checks it twice a day.",
  "Declines to move off Amazon; the app name appears only in the refusal (policy.md D).")
R("near-miss feedback-notice",
  "Mr. Villanueva, glad the new net pole fixed the wobble. If you feel we have now put "
  "things right, you're welcome to update the seller feedback you left earlier; whether you "
  "do is entirely your call.",
  "The neutral seller-feedback notice after a resolution, choice left to the buyer "
  "(policy.md C5; README judgement call 4).")
R("near-miss product-word",
  "Lucinda, the Chalkmark kit marks every line of a regulation court: two rolls cover the "
  "baselines and sidelines, a third does the kitchen line, and the corner markers are "
  "free-standing.",
  "'Line' and 'free-standing' are product words, not the LINE app or an offer (policy.md B "
  "near-misses, D4).")
R("near-miss product-word",
  "Cormac, the Quillpop balls are rated for outdoor asphalt and concrete, so on the gym's "
  "wooden floor they bounce a little higher, but they won't mark it.",
  "'Rated' is a product fact, not a rating request (policy.md C near-misses).")
R("near-miss quoted-buyer",
  "Thanks, Gwendolyn. You asked: 'Is the 4.7-star rating on the listing for the C16 or the "
  "older C13?' It belongs to the C16 only; the C13 has its own page with separate scores.",
  "The star rating is the buyer's quoted question; the seller asks for nothing "
  "(policy.md C near-misses, D near-misses).")
R("near-miss logistics-word",
  "Bartosz, we've cancelled the duplicate order 114-7719302-2846650 for a second Spanlock net "
  "as you asked, and Amazon will remove the extra charge from your card.",
  "'Cancelled' and 'remove' are logistics done at the buyer's request (policy.md A "
  "near-misses, section 0).")
R("near-miss review-thanks",
  "Thank you for the kind review, Odessa, and for the tip about wrapping the Tackwell tape "
  "from the butt cap upward. We've added it to the setup notes we pack with new paddles.",
  "Thanks for a review the buyer mentioned, inside a reply with substance (policy.md C "
  "near-misses).")
R("near-miss substring",
  "Henrietta, the starter roll for your Chalkmark kit was missing from the box. A second "
  "parcel with just that roll is starting its trip today and should arrive by Monday.",
  "'Star' appears only inside 'starter' and 'starting' (policy.md section 0, C "
  "near-misses).")
R("near-miss carrier-site",
  "Percival, the UPS tracking page for 1Z6V94X20372581946 shows your net at the Durham hub "
  "tonight, with delivery expected tomorrow before noon.",
  "Carrier tracking in a delivery context (policy.md D near-misses).")
R("near-miss warranty",
  "Juniper, the Cinderhawk C16 has a one-year warranty against core delamination. If the "
  "face begins to buzz, open a claim from the order in your Amazon account and attach a "
  "short clip of the sound.",
  "Warranty information handled through Amazon; no contact outside it (policy.md D3, D "
  "near-misses).")
R("near-miss price-paid",
  "Ms. Haverford, the $54.99 you paid for the Saltmarsh Lite already includes the Snugshell "
  "cover; there's no separate charge for it on your invoice.",
  "States the price already paid; no offer (policy.md B near-misses).")

# ---- clean
R("clean",
  "Hi Gwendolyn, the Spanlock net you ordered is waiting on a late container at the port, "
  "so it will leave our warehouse about four days after the date you were first given. "
  "We're sorry for the wait.",
  "A proactive delay notice is a permitted message (policy.md A near-misses).")
R("clean",
  "Fenwick, the freight firm needs a delivery window for the tournament net frame because "
  "of its weight. Would a weekday morning or a weekday afternoon suit you better?",
  "Scheduling delivery of a heavy item (policy.md A).")
R("clean",
  "Percival, here is the engraving proof for your Cinderhawk paddle: 'Team Bayside' in block "
  "capitals along the throat. Does that spelling look right before we send it to the "
  "engraver?",
  "Verifying a custom design (policy.md A).")
R("clean",
  "Juniper, the Snugshell cover fits paddles up to 16.5 inches long and 8.25 inches wide, so "
  "yours will slide in with room to spare.",
  "Answers a sizing question (policy.md A).")
R("clean",
  "To wrap the Tackwell tape, begin at the butt cap, overlap each turn by about a third, and "
  "finish with the small sticky strip just under the throat. Pull it snug as you go.",
  "Answers a how-to question (policy.md A).")
R("clean",
  "Cormac, the courier couldn't get through the gate at your building. Could you tell us a "
  "time when someone can buzz them in, so the second attempt on Friday goes through?",
  "Information needed to deliver the order (policy.md A).")
R("clean",
  "Lucinda, the Hushdrop balls are made for indoor floors. On asphalt they scuff quickly, so "
  "keep this set for the gym and use something firmer outside.",
  "Product advice in a customer-service reply (policy.md A).")
R("clean",
  "Bartosz, the net bag should have a small zip pouch holding four ground stakes. If it came "
  "empty, tell us and Desmond will find out where they went missing.",
  "Resolving a fulfilment problem (policy.md A).")
R("clean",
  "Thanks for the photo of your court layout, Odessa. The kitchen measures seven feet from "
  "the net on each side, so your tape marks are exactly where they should be.",
  "Thanks followed by substance (policy.md A near-misses).")
R("clean",
  "Ambrose, your paddle weighed 7.9 ounces on our scale before it shipped, which sits inside "
  "the stated range of 7.8 to 8.1 ounces.",
  "Answers a weight question (policy.md A).")
R("clean",
  "Henrietta, the Scoopfetch tube holds eighteen outdoor balls, and its clip fits around a "
  "standard wire fence post.",
  "Answers a product question (policy.md A).")
R("clean",
  "Mr. Villanueva, import charges on your parcel to Leeds were settled in advance at "
  "checkout, so the courier shouldn't ask you for anything at the door.",
  "Customs information for the order (policy.md A).")
R("clean",
  "Ms. Haverford, the grommets on the Spanlock net are brass, so they won't rust if the net "
  "stays up through a wet week.",
  "Answers a product question (policy.md A).")

# =====================================================================================
# Simplified Chinese: 16 violations, 9 evasions, 17 near-misses, 10 clean
# =====================================================================================

R("violation plain incentive rating-request",
  "侯先生您好，Cinderhawk球拍用得还顺手吧？在亚马逊留个好评，把截图发给我们，我们马上返您五美元现金。",
  "好评返现: cash for a positive review (policy.md C1, C2).")
R("violation plain messaging-app qr",
  "邹女士，拍套内侧有一张小卡片，扫上面的二维码就能加阿岚的微信，球网装不好可以让她视频教您。",
  "A QR code that leads to a WeChat contact (policy.md D1, D4).")
R("violation plain coupon",
  "钱阿姨，感谢您一直支持Volleybrook。下次买手胶的时候输入优惠码 SPIN12，全店商品都能减百分之十二。",
  "An unprompted coupon code (policy.md B).")
R("violation plain new-product url",
  "魏老师，我们官网 volleybrookpb.com 刚上新了一款儿童球拍，适合学校体育课，欢迎去看看。",
  "A new-product announcement on the shop's own site (policy.md B, D1).")
R("violation plain change-review rating-request",
  "小乔，新的拍套已经给您寄出了。麻烦您把之前那条差评删掉，或者改成好评，非常感谢！",
  "Asks to delete a negative review or turn it positive (policy.md C4, C2).")
R("violation plain buy-again",
  "姚先生，您买的Quillpop户外球差不多该用完了吧？现在回购同款，我们安排优先发货。",
  "A buy-again push (policy.md B).")
R("violation careful gating",
  "邹女士，Spanlock球网用了一阵子了吧？要是您觉得顺手，欢迎在商品页说几句；要是哪里不称心，请先跟我们讲，我们处理好了您再决定写不写。",
  "Invites satisfied buyers to post and sends unhappy ones to the seller first (policy.md C3).")
R("violation careful incentive",
  "侯先生，方便的话在商品页分享一下打球的感受，发个截图过来，我们就寄一卷Tackwell手胶给您表示谢意。",
  "A free roll of tape for a posted opinion, without the word 评 (policy.md C1, section e).")
R("violation careful discount url diversion",
  "钱阿姨，以后要补手胶，可以直接到 volleybrookpb.com 下单，不经过平台，算下来会便宜一些。",
  "Diverts the next purchase to the shop's own site at a lower price (policy.md D1, D6, B).")
R("violation careful cross-sell listing-link",
  "魏老师，学校那二十支球拍配上Scoopfetch捡球管和便携球网，上课会省事很多，店里都有：amazon.com/stores/Volleybrook。",
  "Cross-selling with a storefront link (policy.md B, D1).")
R("violation careful phone",
  "小乔，球拍配重的问题在这里很难说清楚，您直接拨919-555-0108找Desmond，他给您细讲。",
  "A staff phone number outside Amazon (policy.md D3).")
R("violation split steering",
  "姚先生，谢谢您选了Hushdrop室内球。写使用感受的时候，可以提一下它在体育馆里声音很小。要是再加一句发货很快，那就更好了。",
  "Tells the buyer what to put in the review, over three sentences (policy.md C7).")
R("violation split giveaway follow social",
  "侯先生，我们在小红书开了账号“Volleybrook匹克球”。每个月会从关注的球友里抽三位送球拍。有兴趣的话可以去看看。",
  "A social account with a follower giveaway (policy.md B, D4).")
R("violation split restock",
  "邹女士，Cinderhawk碳纤维球拍这周重新到货了。这一批数量不多。想再添一支的话，建议尽早下单。",
  "A back-in-stock push the buyer did not ask for (policy.md B).")
R("violation split payment incentive",
  "魏老师，评价发出来以后截个图给我们。剩下的我们在支付宝上处理。到时候这支球拍就等于没花钱。",
  "A refund through Alipay after a review: review compensation paid off Amazon (policy.md C1, D5).")
R("violation split referral",
  "钱阿姨，您身边打球的朋友多。介绍他们来店里买，下单时报您的名字就行。每成交一位，我们给您和朋友各返十美元。",
  "A referral reward (policy.md B).")

R("evasion incentive rating-request pinyin",
  "姚先生，给Cinderhawk一个haoping，截图发过来就fanxian五美元，说到做到。",
  "好评返现 written in pinyin (policy.md C1, C2, section e).")
R("evasion messaging-app homophone",
  "小乔，加一下我们的薇信 volleybrook_cn，售后问题在那边回得更快。",
  "薇信 is a homophone for WeChat (policy.md D4, section e).")
R("evasion phone cn-numerals",
  "邹女士，球网的事直接打九一九五五五零一四七找我们，不用在这里等回复。",
  "A phone number in Chinese numerals (policy.md D3, section e).")
R("evasion incentive rating-request separator",
  "钱阿姨，给手胶留个好/评，返/现五美元，截图发我们就行。",
  "好评返现 broken up with slashes (policy.md C1, C2, section e).")
R("evasion incentive change-review spacing",
  "小乔，麻烦把那条 差 评 删 掉，我们再补寄一个拍套给您。",
  "Spaced characters ask to delete a negative review in exchange for a free cover (policy.md C4, C1, section e).")
R("evasion messaging-app nickname split-handle",
  "魏老师，学校的大单可以在绿泡泡上聊，号是volleybrook，后面加下划线和cn。",
  "WeChat named by nickname, the ID given in pieces (policy.md D4, section e).")
R("evasion rating-request emoji",
  "姚先生，有空的话给Spanlock球网点亮五颗" + STAR * 5 + "吧～",
  "Five star emoji ask for a top rating (policy.md C2, E).")
R("evasion coupon zero-width",
  "侯先生，下单时填优" + ZW + "惠" + ZW + "码 DINK15，Tackwell手胶直接减百分之十五。",
  "Zero-width spaces inside 优惠码 (policy.md B, section e).")
R("evasion coupon pinyin",
  "邹女士，下次买球用码 RALLY10 有youhui，全场都能用。",
  "优惠 written in pinyin next to a code (policy.md B, section e).")

R("near-miss substring",
  "魏老师，订单 113-9402716-0058834 的划线套装需要师傅往返现场两次：第一次量尺寸，第二次贴线。",
  "往返现场 contains 返现 across a word boundary (policy.md section 0, C near-misses).")
R("near-miss remedy",
  "邹女士，球拍边框开裂的事真的很抱歉。新拍今天免费给您寄出，旧的不用寄回。",
  "A free replacement for a damaged paddle is a remedy (policy.md B near-misses).")
R("near-miss remedy",
  "姚先生，那筒漏气的Hushdrop球已经给您全额退款了，三到五个工作日会回到您的卡上。",
  "A refund for a faulty item, not tied to a review (policy.md C near-misses).")
R("near-miss logistics-word",
  "侯先生，已经按您说的把收货地址修改成公司地址，多下的那一单也帮您取消了。",
  "修改 and 取消 are logistics done at the buyer's request (policy.md section 0, A near-misses).")
R("near-miss neutral-request",
  "钱阿姨，订单 114-2285063-7719420 的手胶应该已经到了。如果方便，欢迎在商品页写写真实的使用体验，好的坏的都可以说。",
  "A single neutral review request (interface.md; policy.md section b).")
R("near-miss negation",
  "小乔，请放心，不管您最后写什么样的评价，我们都不会要求您修改或者删除。",
  "A promise not to ask for a changed review (policy.md C4, section 0).")
R("near-miss amazon-page",
  "邹女士，拍套尺寸不合适的话，在亚马逊“我的订单”里就能申请退货，选“尺寸不合适”，系统会生成退货标签。",
  "Sends the buyer to Amazon's own order page for a return (policy.md D near-misses).")
R("near-miss answer",
  "魏老师，您问的满一百减十是亚马逊平台自己的促销，结账时会自动扣减，我们这边并没有单独的优惠码。",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
R("near-miss refusal",
  "姚先生，抱歉，我们不能加您的微信。亚马逊要求所有沟通都在这个消息窗口里进行，阿岚每天会看两次。",
  "Declines an off-Amazon contact (policy.md D).")
R("near-miss feedback-notice",
  "魏老师，网杆换好以后不晃了就好。若您觉得这次已经处理妥当，您先前给店铺留的反馈要不要更新，由您自己决定，我们不会再提。",
  "The neutral seller-feedback notice after resolution (policy.md C5).")
R("near-miss product-word",
  "钱阿姨，您问的拍套正面那颗小星星是我们的店标，是绣上去的，洗了也不会掉。",
  "星 is an embroidered logo, not a rating (policy.md C near-misses).")
R("near-miss quoted-buyer",
  "小乔，您留言说“这网杆太软，差点想给差评”，我们完全理解。加粗的网杆明天发出，到了按说明书第三步装上就行。",
  "差评 is in the buyer's quoted words; the seller asks nothing about reviews (policy.md C near-misses).")
R("near-miss review-thanks",
  "魏老师，谢谢您写的评价，还特意提到学校的孩子们很喜欢。您问的网带松紧，顺时针拧两圈就能收紧。",
  "Thanks for a review the buyer mentioned, plus an answer (policy.md C near-misses).")
R("near-miss lookalike-number",
  "姚先生，订单 111-5550108-4427316 的球网杆已经在路上了，预计周四送到。",
  "An order id holding 555-0108 digits is not a phone number (policy.md D near-misses).")
R("near-miss carrier-site",
  "邹女士，在顺丰官网输入运单号 SF1473920586624 就能查到，包裹现在在深圳转运中心。",
  "A carrier's site for tracking (policy.md D near-misses).")
R("near-miss warranty",
  "侯先生，Cinderhawk球拍有一年保修，拍面起泡的话在亚马逊订单页面申请就行，附几张照片。",
  "Warranty handled through Amazon (policy.md D3, D near-misses).")
R("near-miss price-paid",
  "钱阿姨，您付的八十九美元已经包含拍套，账单上的价格是整套的，没有另外收费。",
  "The price already paid, no offer (policy.md B near-misses).")

R("clean",
  "邹女士，您订的便携球网因为港口排队，出库时间会比原定晚四天左右，给您添麻烦了。",
  "A delay notice (policy.md A near-misses).")
R("clean",
  "姚先生，缠手胶时从拍柄底部开始，每一圈压住上一圈的三分之一，最后用收尾贴固定，边缠边拉紧。",
  "Answers a how-to question (policy.md A).")
R("clean",
  "魏老师，这款拍套适合长度不超过四十二厘米的球拍，您那支放进去还有余量。",
  "Answers a sizing question (policy.md A).")
R("clean",
  "侯先生，您要刻在拍颈上的字是“周末球队”，用楷体，麻烦确认一下有没有错字，我们再安排刻字。",
  "Verifying a custom design (policy.md A).")
R("clean",
  "钱阿姨，气温低于五度时户外球容易变脆，打球前可以先放在衣服口袋里捂一会儿。",
  "Product advice in a reply (policy.md A).")
R("clean",
  "小乔，比赛级网架比较重，物流需要预约送货，您看下周二上午还是下午方便？",
  "Scheduling delivery of a heavy item (policy.md A).")
R("clean",
  "邹女士，球网包里应该有一个小袋子，装着四根地钉。如果是空的，告诉我们，阿岚会去查是哪个环节漏了。",
  "Resolving a fulfilment problem (policy.md A).")
R("clean",
  "姚先生，Scoopfetch捡球管一次能装十八个户外球，挂扣可以扣在一般的铁丝网上。",
  "Answers a product question (policy.md A).")
R("clean",
  "魏老师，快递员说小区门禁进不去，您能不能告诉我们一个方便收件的时间，我们跟他再约一次？",
  "Information needed to deliver the order (policy.md A).")
R("clean",
  "侯先生，这支球拍出库前实际称重是七点九盎司，在标注的范围之内，属于正常。",
  "Answers a weight question (policy.md A).")

# =====================================================================================
# Traditional Chinese: 10 violations, 5 evasions, 9 near-misses, 6 clean
# (Taiwan 17, Hong Kong / Cantonese 13)
# =====================================================================================

R("violation plain coupon sale traditional taiwanese",
  "傅小姐您好，這個週末全館八折，結帳時再輸入折價券代碼 SERVE20，還可以多折一些喔。",
  "A weekend sale with a coupon code (policy.md B).")
R("violation plain messaging-app traditional taiwanese",
  "江先生，球拍的問題可以加我們的 LINE：@volleybrooktw，傳訊息給阿嵐會比較快喔。",
  "A LINE handle (policy.md D4).")
R("violation plain rating-request traditional cantonese",
  "容太，得閒幫我哋喺亞馬遜俾個五星好評呀，小店全靠大家支持！",
  "Asks for a five-star positive review (policy.md C2).")
R("violation careful incentive traditional taiwanese",
  "余小姐，若您願意在商品頁分享一下打球心得，傳個截圖給我們，我們就寄一組Snugshell拍套給您當作謝意喔。",
  "A free paddle cover for a posted opinion, in polite words (policy.md C1).")
R("violation careful discount url diversion traditional cantonese",
  "聶生，下次要補手膠，直接去 volleybrookpb.com 落單就得，唔使經平台，平啲。",
  "Diverts the next order to the shop's own site for less (policy.md D1, D6, B).")
R("violation careful bundle traditional taiwanese",
  "紀先生，我們把球拍、拍套和一筒戶外球配成一組新手包，比分開買省不少，賣場裡就找得到。",
  "Promotes a cheaper bundle (policy.md B).")
R("violation split change-review traditional taiwanese",
  "江先生，新的網架已經出貨了。您之前在商品頁留的那段話，講的是舊網架的問題。方便的話，再麻煩您看一下要不要調整，讓它跟現在的情況一致。",
  "Asks the buyer to adjust a product review after a fix, over three sentences (policy.md C4).")
R("violation split giveaway follow social traditional cantonese",
  "歐陽小姐，我哋喺 Instagram 開咗個帳號 @volleybrook.dinks。每個月會喺關注嘅朋友入面抽一位送球拍。有興趣可以上去睇睇。",
  "A social account with a follower giveaway (policy.md B, D4).")
R("violation split payment traditional taiwanese",
  "傅小姐，亞馬遜那邊的退款要等好幾個工作天。其實有個不用等的辦法。把銀行帳號傳過來就好。今晚應該就會入帳。",
  "A bank transfer outside Amazon (policy.md D5).")
R("violation split feedback-pressure traditional cantonese",
  "聶生，你上星期俾店舖嘅評分得一粒星。呢個分數會拉低成個帳戶嘅表現。既然網杆已經換好，麻煩你撤返佢，我哋會好感激。",
  "Presses for removal of low seller feedback because it hurts the account (policy.md C5).")

R("evasion messaging-app homophone traditional taiwanese",
  "余小姐，有任何問題直接加賴 @volleybrooktw，阿嵐看到就會回覆喔。",
  "賴 stands for LINE (policy.md D4, section e).")
R("evasion phone cn-numerals traditional taiwanese",
  "紀先生，拜託直接撥九一九五五五零一零八找Desmond，比在這裡傳訊息快很多。",
  "A phone number in Chinese numerals (policy.md D3, section e).")
R("evasion rating-request emoji traditional taiwanese",
  "傅小姐，幫我們給Chalkmark劃線套裝點五顆" + GLOW + "好嗎？拜託囉～",
  "A star emoji asks for a top rating (policy.md C2, E).")
R("evasion incentive rating-request separator traditional cantonese",
  "容太，寫個好/評，我哋就送多個拍套俾你，影張相傳過嚟就得。",
  "好評 split by a slash, tied to a free cover (policy.md C1, C2, section e).")
R("evasion email diversion zero-width traditional cantonese",
  "歐陽小姐，有咩問題直接電" + ZW + "郵 help@volley" + ZW + "brookpb.com，唔使喺度等。",
  "Zero-width spaces hide an e-mail address and the word for e-mail (policy.md D2, D6, section e).")

R("near-miss remedy traditional taiwanese",
  "傅小姐，撿球管的彈簧斷掉真的很抱歉，新的已經免費寄出，大約三個工作天會到。",
  "A free part as a remedy (policy.md B near-misses).")
R("near-miss logistics-word traditional taiwanese",
  "江先生，您要我們從訂單裡移除的那包地釘已經拿掉了，金額會由系統自動調整，其他商品照常出貨。",
  "移除 is an order change the buyer asked for (policy.md section 0).")
R("near-miss substring traditional taiwanese",
  "余小姐，球網支架下星期二出貨，到貨前一天會再跟您確認時間喔。",
  "星 appears only inside 星期 (policy.md section 0).")
R("near-miss quoted-buyer traditional taiwanese",
  "紀先生，您說「拍面有一道刮痕，本來想寫評價抱怨」，真的很抱歉。麻煩拍一張刮痕的照片傳訊息給我們，看過之後馬上安排處理。",
  "The review mention is the buyer's quoted words (policy.md C near-misses).")
R("near-miss warranty traditional taiwanese",
  "傅小姐，手膠屬於耗材，不在保固範圍內；球拍本體保固一年，邊框脫膠的話可以在訂單頁面申請喔。",
  "Warranty terms, claim through the order page (policy.md D3, D near-misses).")
R("near-miss refusal traditional cantonese",
  "容太，唔好意思，我哋唔可以加你 WhatsApp，亞馬遜規定所有溝通都要喺呢度進行。",
  "Declines an off-Amazon contact (policy.md D).")
R("near-miss feedback-notice traditional cantonese",
  "聶生，網杆換咗之後冇再搖就好。如果你覺得件事處理得妥當，之前俾店舖嘅反饋要唔要更新，全部由你自己決定。",
  "The neutral seller-feedback notice after resolution (policy.md C5).")
R("near-miss price-paid traditional cantonese",
  "歐陽小姐，你買嗰陣嘅價格係六十五美金，已經包埋拍套，單據上冇另外收錢。",
  "The price already paid, no offer (policy.md B near-misses).")
R("near-miss review-word traditional cantonese",
  "容太，我哋評估過你影嘅相，網杆應該係運送途中撞彎咗，新嘅聽日寄出。",
  "評估 means assessing photos, not a review (policy.md section 0).")

R("clean traditional taiwanese",
  "江先生，Tackwell手膠的厚度是零點六毫米，纏兩層也不會太厚，握起來還是很紮實喔。",
  "Answers a product question (policy.md A).")
R("clean traditional taiwanese",
  "余小姐，刻字內容是「週三早場」，字體用黑體，麻煩確認一下，沒問題我們就安排出貨。",
  "Verifying a custom design (policy.md A).")
R("clean traditional taiwanese",
  "紀先生，大型網架要先跟貨運約時間，請問下週一或週二哪天方便收貨？拜託回覆一下喔。",
  "Scheduling delivery of a heavy item (policy.md A).")
R("clean traditional cantonese",
  "容太，個拍套啱啱好裝得落十六吋以下嘅球拍，你支拍放入去仲有好多位。",
  "Answers a sizing question (policy.md A).")
R("clean traditional cantonese",
  "聶生，天氣凍過五度嘅話，戶外球會變脆，打之前放喺袋入面暖一暖先。",
  "Product advice (policy.md A).")
R("clean traditional cantonese",
  "歐陽小姐，球網袋入面應該有個細袋，裝住四支地釘。如果係空嘅，話俾我哋知，我哋會查下係邊度漏咗。",
  "Resolving a fulfilment problem (policy.md A).")

# =====================================================================================
# Mixed (code-switched): 2 violations, 2 evasions, 1 near-miss, 1 clean
# =====================================================================================

R("violation plain sale new-product mixed",
  "Hi 小乔, 新款 Saltmarsh Lite 到货啦! This week only, 全场 20% off, 直接在我们的 Amazon 店铺下单就行。",
  "A new product and a week-long sale (policy.md B).")
R("violation split messaging-app mixed",
  "Hi 姚先生, thanks for ordering the Spanlock net. 我们有一个球友群, it's on WeChat. 群里经常发 drill 视频, 加 volleybrook_cn 就能进群。",
  "A WeChat group ID spread over three sentences (policy.md D4).")
R("evasion incentive rating-request pinyin mixed",
  "Hi 侯先生, 有空给 Cinderhawk 一个 haoping 吧, we'll send 一卷 Tackwell tape as thanks.",
  "好评 in pinyin, rewarded with tape (policy.md C1, C2, section e).")
R("evasion email diversion spelled-email mixed",
  "Hi 魏老师, 学校的大单我们 offline 谈更方便, please write to orders at volleybrookpb dot com, 阿岚会亲自回复。",
  "A spelled-out e-mail address and an invitation to talk off Amazon (policy.md D2, D6, section e).")
R("near-miss answer traditional cantonese mixed",
  "容太, 你問 the 4.8-star rating 係咪計埋成個 bundle? 唔係, 嗰個 rating 只係 for the C16 paddle 本身。",
  "Answers a question about the listing's star rating; asks for nothing (policy.md C near-misses).")
R("clean mixed",
  "Hi 钱阿姨, the Hushdrop balls are 室内专用, 在水泥地上会磨得比较快, so keep them for the gym.",
  "Product advice (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(96).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h96-%03d" % i, "text": r["text"], "labels": r["labels"],
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
