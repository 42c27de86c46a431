#!/usr/bin/env python3
"""Source of truth for holdout43: writes holdout43.jsonl, README.md and validate.py.

Every text is written here as a Python literal.  Invisible, Cyrillic and star
characters are written as \\uXXXX escapes; full-width text is produced by fw().
The records are shuffled with random.Random(43) and numbered h43-001..h43-180.

Usage: python3 gen.py && python3 validate.py
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
POLICIES = [RI, OPC, MKT]
ZW = "\u200b"  # zero-width space


def fw(s):
    """ASCII -> full-width forms (letters, digits, @ and .)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RECORDS = []


def V(text, labels, subs, ctx, lang, style, note, techs=(), trad=False):
    """A violation. style: overt | subtle | evasion (then techs)."""
    assert style in ("overt", "subtle", "evasion")
    assert (style == "evasion") == bool(techs)
    tags = list(subs) + [ctx, style] + list(techs) + (["traditional"] if trad else [])
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang, "tags": tags,
                    "note": note})


def C(text, ctx, lang, kind, note, trad=False):
    """A compliant record. kind: a near-miss kind, or None for an ordinary message."""
    tags = [ctx] + (["near-miss", kind] if kind else ["ordinary"]) + (["traditional"] if trad else [])
    RECORDS.append({"text": text, "labels": [], "lang": lang, "tags": tags, "note": note})


# =====================================================================
# review-inducement (35 single-label records)
# =====================================================================
# --- English, overt
V("Hi Dana, your SonicArc 5 from order 112-4830291-7715406 should have reached you by now. "
  "Post a review of it on Amazon, reply here with the link, and we will ship you a 4-pack of "
  "ArcClean heads at no charge.",
  [RI], ["incentive"], "proactive", "en", "overt",
  "Free replacement heads are offered in exchange for posting a review (C1).")
V("Thanks for choosing the Kneadr M3 (order 111-7742019-3308152). If you're happy with it, we'd "
  "love a review on Amazon. If something isn't right, please message us here first instead of "
  "leaving a review, so we can fix it.",
  [RI], ["gating"], "proactive", "en", "overt",
  "Only satisfied buyers are sent to the review page while unhappy ones are diverted to the seller (C3).")
V("Hi Rob, the replacement charging base shipped this morning with tracking TBA318840276105. "
  "Since the problem is sorted, could you please edit your 2-star review so it reflects how we "
  "handled it?",
  [RI], ["change-review"], "reply", "en", "overt",
  "Asking a buyer to edit a product review after a fix is forbidden even once the issue is resolved (C4).")
V("When you write your review of the EdgeCut 12, please mention the 8 guide combs, the quiet motor "
  "and the 3-hour battery. Shoppers search for exactly those words. Order 113-5518204-6639021.",
  [RI], ["steering"], "proactive", "en", "overt",
  "Dictating which features and keywords the review should contain is an attempt to influence it (C7).")
V("Every honest review of the Kneadr M3 posted this month enters you into our draw for a second "
  "massage gun. Just reply with your reviewer name once it's live.",
  [RI], ["incentive"], "proactive", "en", "overt",
  "A prize-draw entry for writing a review is compensation even when the review may be honest (C1).")
V("If you're willing to take down the seller feedback you left on 3 June, we'll add a second "
  "charging cable to your replacement parcel.",
  [RI], ["feedback-removal"], "reply", "en", "overt",
  "An extra cable is offered for removing seller feedback, the pattern of Amazon's own violating example (C5).")
V("Thrilled the FlossWave is working so well for you! Could you copy what you just told us into a "
  "review on Amazon? It would mean a lot to our team.",
  [RI], ["ask-after-praise"], "reply", "en", "subtle",
  "A review is requested because the buyer has just written in to praise the product, which Amazon counts as selective asking (0.3, C3).")
# --- English, subtle
V("Hi Marta, a quick note about order 113-9920147-2281540. Once your thoughts on the FlossWave F2 "
  "are up on its Amazon page, drop us a line here - we have a token of thanks set aside for "
  "everyone who does.",
  [RI], ["incentive"], "proactive", "en", "subtle",
  "A token of thanks promised for posting thoughts on the product page is a reward for a review without using the word.")
V("We hear you on the noise. Before you post anything on the product page about it, please give us "
  "a chance to make it right - we'd much rather hear it from you directly than read it online.",
  [RI], ["gating"], "reply", "en", "subtle",
  "Asking an unhappy buyer to hold back from posting until the seller has had a go is review gating (C3).")
V("That's wonderful to hear, Keisha, thank you! Since the massage gun has done so much for your "
  "shoulders, could you put that on its Amazon page for people weighing it up?",
  [RI], ["ask-after-praise"], "reply", "en", "subtle",
  "The request to post on the product page follows directly from the buyer's praise (0.3, C3).")
V("Glad the new heads fit properly now. When you have a minute, could you bring what you posted on "
  "the product page up to date? It still describes the old fit problem.",
  [RI], ["change-review"], "reply", "en", "subtle",
  "Bringing a posted product review up to date after a fix is a request to change the review (C4).")
V("We work hard to earn top marks on every order, so if the SonicArc 5 has earned them from you, "
  "we'd be grateful to see that reflected on Amazon.",
  [RI], ["five-star"], "proactive", "en", "subtle",
  "Asking to see top marks reflected on Amazon is a request for a maximum rating phrased without stars (C2).")
V("If you do share your experience on Amazon, a photo of the clipper next to its travel pouch and a "
  "line about how fast it charges would help other buyers the most.",
  [RI], ["steering"], "proactive", "en", "subtle",
  "Telling the buyer which photo and which point to include steers the content of the review (C7).")
V("The replacement has arrived, so that's all behind us now. Our small team would be really "
  "grateful if the comment you left about us as a seller no longer showed - it weighs heavily on a "
  "shop our size.",
  [RI], ["feedback-removal"], "reply", "en", "subtle",
  "Pleading that the seller comment no longer show is pressure to remove seller feedback, not the neutral notice (C5).")
# --- English, evasion
V("Loving your new SonicArc 5? Show it with \u2b50\u2b50\u2b50\u2b50\u2b50 on Amazon, it really "
  "helps us grow. Order 112-6650183-0042917.",
  [RI], ["five-star"], "proactive", "en", "evasion",
  "Five star emoji stand in for an explicit five-star review request (C2, section e).",
  techs=["star-symbols"])
V("Leave a 5-st4r r3view for the EdgeCut 12, send us a screenshot, and a spare blade set is yours.",
  [RI], ["incentive"], "proactive", "en", "evasion",
  "Digits replace letters in 'star review' while a free blade set is offered for the review (C1).",
  techs=["leetspeak"])
V("Please give the Kneadr M3 a fiv\u0435-st\u0430r r\u0435view on Amazon - it keeps our little "
  "shop going.",
  [RI], ["five-star"], "proactive", "en", "evasion",
  "Cyrillic look-alike letters hide a plain five-star review request (C2).",
  techs=["homoglyph"])
V("The new base is on its way. Could you ch" + ZW + "ange your re" + ZW + "view now that it's been "
  "fixed?",
  [RI], ["change-review"], "reply", "en", "evasion",
  "Zero-width spaces split 'change your review', a forbidden request after a fix (C4).",
  techs=["zero-width"])
# --- Simplified Chinese
V("亲，收到冲牙器后如果满意，麻烦给个五星好评，您的支持对我们非常重要！订单号：113-4402918-6671035。",
  [RI], ["five-star"], "proactive", "zh", "overt",
  "A plain request for a five-star review (C2, 五星好评).")
V("留评后把截图发给我们，即可免费获得一盒替换刷头（4支装）。",
  [RI], ["incentive"], "proactive", "zh", "overt",
  "A free pack of heads is offered for a review screenshot (C1).")
V("如果使用中有任何不满意，请先联系我们处理，千万不要直接在亚马逊上留差评。",
  [RI], ["gating"], "proactive", "zh", "overt",
  "Unhappy buyers are told to contact the seller instead of leaving a negative review (C3).")
V("退款已经为您处理好了，方便的话麻烦把之前的评论改一下，谢谢！",
  [RI], ["change-review"], "reply", "zh", "overt",
  "Asking the buyer to change the review after a refund is forbidden (C4).")
V("看到按摩枪帮您缓解了肩颈酸痛，真替您高兴！要是方便，把刚才这些感受在商品页上说一说吧。",
  [RI], ["ask-after-praise"], "reply", "zh", "subtle",
  "The buyer's praise is turned into a request to post on the product page (0.3, C3).")
V("您留下的卖家反馈对我们店铺影响很大，既然问题已经解决，拜托您撤回一下。",
  [RI], ["feedback-removal"], "reply", "zh", "overt",
  "Pleading with the buyer to withdraw seller feedback because it hurts the shop is pressure (C5).")
V("好 评 返 现 5 美元，留评后把截图发给客服即可领取。",
  [RI], ["incentive"], "proactive", "zh", "evasion",
  "Spaces split 好评返现 while cash back is offered for a review screenshot (C1).",
  techs=["spacing"])
V("亲，收到刷头后 haoping 可以 fanxian 哦，写完后在这条消息里回复我们，客服会马上为您处理。",
  [RI], ["incentive"], "proactive", "zh", "evasion",
  "Pinyin haoping fanxian spells 好评返现, cash back for a positive review (C1, C2).",
  techs=["pinyin"])
V("收到理发器后给个好評，我们给您返現10美元。",
  [RI], ["incentive"], "proactive", "zh", "evasion",
  "Traditional forms 好評 and 返現 are planted in Simplified text to dodge a 好评返现 rule (C1).",
  techs=["traditional-chars"])
# --- Traditional Chinese
V("您好！如果沖牙器用起來順手，請在亞馬遜給我們五顆星好評，非常感謝支持。",
  [RI], ["five-star"], "proactive", "zh", "overt",
  "A Traditional-script request for a five-star positive review (C2).", trad=True)
V("替換的充電座已經寄出，問題解決後，能否麻煩您把之前那則一星評論刪除？",
  [RI], ["change-review"], "reply", "zh", "overt",
  "Asking the buyer to delete a one-star review after a fix is forbidden (C4).", trad=True)
V("若使用上有任何不順心，請先透過亞馬遜訊息告訴我們，不要急著在商品頁發表看法。",
  [RI], ["gating"], "proactive", "zh", "subtle",
  "Unhappy buyers are steered to the seller before they post on the product page (C3).", trad=True)
V("留下評價並附上截圖，我們就退還這筆訂單的運費給您。",
  [RI], ["incentive"], "proactive", "zh", "overt",
  "A shipping refund is offered for a review screenshot (C1 lists refunds as compensation).", trad=True)
# --- mixed
V("Hi Jenny，收到 EdgeCut 12 后如果满意，please leave us a 5-star review，谢谢支持！",
  [RI], ["five-star"], "proactive", "mixed", "overt",
  "A conditional request for a five-star review in mixed Chinese and English (C2).")
V("您好 Tom，the new charging dock is on its way。问题解决后，could you please update your "
  "review？非常感谢！",
  [RI], ["change-review"], "reply", "mixed", "overt",
  "Asking the buyer to update the review once the problem is solved is forbidden (C4).")
V("If anything feels off with the Kneadr M3，请先回复这条消息告诉我们，先别急着 post 到商品页。",
  [RI], ["gating"], "proactive", "mixed", "subtle",
  "Buyers with problems are told to message the seller before posting on the product page (C3).")
V("给我们 5\u2b50 review，we'll send you $10 cash back，回复截图即可。",
  [RI], ["incentive"], "proactive", "mixed", "evasion",
  "A star emoji stands for five stars and cash back is promised for the review (C1, C2).",
  techs=["star-symbols"])

# =====================================================================
# off-platform-contact (35 single-label records)
# =====================================================================
# --- English, overt
V("For faster help with the Kneadr M3, call our support line at (415) 555-0123, Monday to Friday, "
  "9 to 5 Pacific.",
  [OPC], ["phone"], "reply", "en", "overt",
  "The seller's own phone number invites contact outside Amazon messaging (D3).")
V("Please send photos of the damaged clipper blade to care@quillfen.com and we'll take it from there.",
  [OPC], ["email"], "reply", "en", "overt",
  "An e-mail address moves the conversation off Amazon (D2).")
V("WhatsApp us on +1 415-555-0136 and our technician will walk you through pairing the flosser by "
  "video.",
  [OPC], ["messaging-app"], "reply", "en", "overt",
  "A WhatsApp number is a messaging-app contact outside Amazon (D4).")
V("Next time, order your heads straight from quillfen.com - it's quicker and we ship the same day.",
  [OPC], ["website"], "reply", "en", "overt",
  "Sending the buyer to the seller's own website to buy is diversion from Amazon (D6).")
V("There's a two-minute setup video for the FlossWave Coach app at http://video.quillfen.com/f2-setup "
  "if the printed guide isn't clear.",
  [OPC], ["url"], "reply", "en", "overt",
  "An http link to the seller's own site is a non-Amazon URL (D1).")
V("If the app keeps crashing, our team answers quickest in the direct messages of our photo-sharing "
  "account, quillfen.care.",
  [OPC], ["social"], "reply", "en", "subtle",
  "Directing the buyer to DM a social account moves support off Amazon without naming the platform (D4).")
V("Amazon's refund would take a few days, so we'll send the $24 to you by Venmo instead - just reply "
  "with your Venmo username.",
  [OPC], ["payment"], "reply", "en", "overt",
  "A refund through Venmo is an off-Amazon payment (D5).")
V("Scan the QR code on the card inside the box to reach our after-sales team directly, any time.",
  [OPC], ["qr"], "proactive", "en", "overt",
  "A QR code to reach the seller directly is an off-Amazon contact route (D1, section e).")
V("The full manual for the EdgeCut 12 is here: qfn.to/ec12",
  [OPC], ["url"], "reply", "en", "overt",
  "A shortened non-Amazon link is not allowed even for a manual; the PDF should be attached instead (D1, E).")
V("Hi Priya, thanks for the photo. The scratch on the clipper housing is cosmetic and won't affect "
  "the blades, but we're sending a new housing anyway. It should arrive on Wednesday. Let us know if "
  "anything else comes up.\n\nTeo\nQuillfen Care Team\nteo@quillfen.com | (415) 555-0119",
  [OPC], ["email"], "reply", "en", "subtle",
  "The helpful body is fine but the signature block carries an e-mail address and phone number (D, signature blocks).")
V("Amazon messages can be slow on our end. For a quicker answer, just look us up by name online and "
  "use the chat bubble on our site.",
  [OPC], ["diversion"], "reply", "en", "subtle",
  "Inviting the buyer to find the seller's site and chat there is diversion even without a URL (D6).")
V("We'd rather not wait on Amazon's refund process, so tell us where you'd like the $18 sent and "
  "we'll transfer it to you directly.",
  [OPC], ["payment"], "reply", "en", "subtle",
  "A direct transfer outside Amazon's refund process is an off-Amazon payment even with no service named (D5).")
V("The 8-pack is out of stock on Amazon, but we have a few here. Send us your address in this "
  "thread and we'll invoice you directly, no need to go through the listing.",
  [OPC], ["diversion"], "reply", "en", "subtle",
  "Selling to the buyer by direct invoice bypasses the Amazon sales process (D6).")
# --- English, evasion
V("Send the receipt to care at quillfen dot com and we'll register the warranty for you.",
  [OPC], ["email"], "reply", "en", "evasion",
  "A spelled-out e-mail address (at, dot) is still an e-mail address (D2).",
  techs=["spelled-email"])
V("Message us on " + fw("WhatsApp") + " at +1 415 555 0127 for the quickest reply.",
  [OPC], ["messaging-app"], "reply", "en", "evasion",
  "Full-width letters disguise WhatsApp next to a phone number (D4).",
  techs=["fullwidth"])
V("You can reach us on \u0422\u0435l\u0435gr\u0430m at @quillfen_help any time.",
  [OPC], ["messaging-app"], "reply", "en", "evasion",
  "Cyrillic look-alikes spell Telegram next to a handle (D4).",
  techs=["homoglyph"])
V("Email us the photos at care" + ZW + "@" + ZW + "quillfen" + ZW + ".com and we'll check them today.",
  [OPC], ["email"], "reply", "en", "evasion",
  "Zero-width spaces break up an e-mail address (D2).",
  techs=["zero-width"])
V("Our support line is four one five, five five five, zero one four four - ask for Lena.",
  [OPC], ["phone"], "reply", "en", "evasion",
  "A phone number written out in words is still the seller's phone number (D3).",
  techs=["spelled-phone"])
# --- Simplified Chinese
V("加我们微信 qf_care88，售后问题在微信上处理更快。",
  [OPC], ["messaging-app"], "reply", "zh", "overt",
  "A WeChat ID invites the buyer off Amazon (D4).")
V("请把损坏部位的照片发到邮箱 care@quillfen.com，我们会尽快处理。",
  [OPC], ["email"], "reply", "zh", "overt",
  "An e-mail address moves the case off Amazon (D2).")
V("下次可以直接在我们官网 quillfen.com 购买刷头，发货更快。",
  [OPC], ["website"], "reply", "zh", "overt",
  "Telling the buyer to buy on the seller's website is diversion (D6).")
V("退款我们会通过支付宝转给您，麻烦提供一下您的支付宝账号。",
  [OPC], ["payment"], "reply", "zh", "overt",
  "Refunding through Alipay and asking for the account is an off-Amazon payment (D5).")
V("有问题可以直接拨打我们的客服电话 +1 415-555-0150。",
  [OPC], ["phone"], "reply", "zh", "overt",
  "The seller's own customer-service number (D3).")
V("亚马逊消息有时回复比较慢，站外联系我们处理会更快。",
  [OPC], ["diversion"], "reply", "zh", "subtle",
  "An invitation to contact the seller off Amazon without naming a channel (D6, 站外联系).")
V("有问题加薇信 qf_care88，我们一对一指导您使用。",
  [OPC], ["messaging-app"], "reply", "zh", "evasion",
  "薇信 is a homophone of 微信 (WeChat) given with an ID (D4, section e).",
  techs=["homophone"])
V("售后请拨打 四一五 五五五 零一二九，工作日全天有人接听。",
  [OPC], ["phone"], "reply", "zh", "evasion",
  "A phone number written in Chinese numerals (D3, section e).",
  techs=["spelled-phone"])
V("发票和照片可以发邮件到 care 艾特 quillfen 点 com，我们当天回复。",
  [OPC], ["email"], "reply", "zh", "evasion",
  "An e-mail address spelled out with 艾特 and 点 (D2).",
  techs=["spelled-email"])
# --- Traditional Chinese
V("有任何問題請加我們的LINE：@qfcare_tw，客服會立即回覆您。",
  [OPC], ["messaging-app"], "reply", "zh", "overt",
  "A LINE handle invites contact outside Amazon (D4).", trad=True)
V("保固登記請至官網 quillfen.com.tw/warranty 填寫表單。",
  [OPC], ["url"], "reply", "zh", "overt",
  "Warranty registration on the seller's own site is a non-Amazon link (D1).", trad=True)
V("下次需要刷頭可以直接跟我們私下訂購，不必再經過平台等待。",
  [OPC], ["diversion"], "reply", "zh", "subtle",
  "Offering private orders that skip the platform is diversion from Amazon (D6).", trad=True)
V("請把照片寄到 " + fw("care@quillfen.com") + "，我們會盡快為您處理。",
  [OPC], ["email"], "reply", "zh", "evasion",
  "A full-width e-mail address (D2, section e).", techs=["fullwidth"], trad=True)
# --- mixed
V("您好！If the app won't pair，please add our WhatsApp +1 415-555-0172，我们的工程师会远程帮您设置。",
  [OPC], ["messaging-app"], "reply", "mixed", "overt",
  "A WhatsApp number for remote help is an off-Amazon contact (D4).")
V("退款 we can send via PayPal，请回复您的 PayPal 邮箱地址就可以了。",
  [OPC], ["payment"], "reply", "mixed", "overt",
  "A PayPal refund and a request for the buyer's PayPal address are off-Amazon payment (D5).")
V("保修登记 please go to quillfen.com/warranty，填写订单号就可以了。",
  [OPC], ["url"], "reply", "mixed", "overt",
  "A warranty form on the seller's site is a non-Amazon link (D1).")
V("Add 微" + ZW + "信 qf_care88 for faster 售后 support，我们的工程师会在线解答您的问题，谢谢！",
  [OPC], ["messaging-app"], "reply", "mixed", "evasion",
  "A zero-width space splits 微信 before a WeChat ID (D4).", techs=["zero-width"])

# =====================================================================
# marketing (35 single-label records)
# =====================================================================
# --- English
V("Thanks again for order 112-3057718-4429106. Use code QFHEADS15 at checkout for 15% off your next "
  "pack of ArcClean heads.",
  [MKT], ["coupon"], "proactive", "en", "overt",
  "A discount code for a future purchase is promotional (B).")
V("Big news: the Kneadr M4 with a heated head launches next week, and you'll be among the first to "
  "hear when it's live.",
  [MKT], ["new-product"], "proactive", "en", "overt",
  "A new-product announcement is marketing (B).")
V("It's been three months since your order, so it's time for fresh brush heads! Tap 'Buy it again' "
  "in Your Orders to restock in seconds.",
  [MKT], ["buy-again"], "proactive", "en", "overt",
  "A reorder push is marketing even though it points to Amazon (interface: buy-again pushes).")
V("See the rest of our personal-care range here: https://www.amazon.com/stores/Quillfen/page/7A1C2F90",
  [MKT], ["storefront-link"], "proactive", "en", "overt",
  "A storefront link to show more products is cross-selling on Amazon (B, D1).")
V("This weekend only: get the FlossWave F2 together with a 6-pack of jet tips and save $12.",
  [MKT], ["bundle"], "proactive", "en", "overt",
  "A time-limited bundle offer is a promotion (B).")
V("Refer a friend to the SonicArc 5 and you'll both get $10 off your next order with us.",
  [MKT], ["referral"], "proactive", "en", "overt",
  "A refer-a-friend reward is a promotion (B).")
V("Good news: the 8-pack of ArcClean heads is back in stock, and it's selling fast.",
  [MKT], ["restock"], "proactive", "en", "overt",
  "An unsolicited restock announcement with urgency is promotional (B).")
V("Our Black Friday sale starts tomorrow, and every massage gun attachment set is 30% off.",
  [MKT], ["promotion"], "proactive", "en", "overt",
  "A sale announcement is marketing (B).")
V("Reply YES and we'll reserve a pre-launch Kneadr M4 for you at the early-bird price.",
  [MKT], ["early-access"], "proactive", "en", "overt",
  "An early-bird offer on an unreleased product is promotional (B).")
V("All the guards for the EdgeCut 12 are in the lower tray of the case. By the way, our matching "
  "barber cape and neck duster would round out your kit nicely.",
  [MKT], ["cross-sell"], "reply", "en", "subtle",
  "A helpful answer ends with a cross-sell of other products, and marketing is not allowed inside permitted messages (B).")
V("Your replacement clipper ships Thursday with tracking 1Z7V93A80418827765. Many customers pair it "
  "with our EdgeCut Detail trimmer, in case you're curious.",
  [MKT], ["cross-sell"], "reply", "en", "subtle",
  "A shipping update carries a soft cross-sell of another product (B).")
V("Sorry again for the delay. As a thank-you for your patience, here's 20% off your next order with "
  "code SORRY20.",
  [MKT], ["coupon"], "reply", "en", "subtle",
  "A coupon for a future order is promotional even when framed as an apology, unlike a refund or replacement (B).")
V("Set up Subscribe & Save on ArcClean heads today and you'll never run out again.",
  [MKT], ["subscription"], "proactive", "en", "subtle",
  "Pushing a subscription for repeat purchases is marketing even on Amazon's own programme (B).")
V("Your SonicArc heads are due for a change about now. Whenever you're ready, the same pack is one "
  "click away in Your Orders.",
  [MKT], ["buy-again"], "proactive", "en", "subtle",
  "A gentle reorder nudge is still a buy-again push (interface).")
V("Use " + fw("code QF20") + " at checkout for 20% off any Quillfen heads.",
  [MKT], ["coupon"], "proactive", "en", "evasion",
  "A coupon code in full-width letters (B, section e).", techs=["fullwidth"])
V("Spring special: take 20% 0ff with c0up0n QFSPRING on any massage head set.",
  [MKT], ["coupon"], "proactive", "en", "evasion",
  "Zeros replace the letter o in 'off' and 'coupon' (B, section e).", techs=["leetspeak"])
V("Our summer s" + ZW + "ale is on: 25% o" + ZW + "ff every brush head pack this week.",
  [MKT], ["promotion"], "proactive", "en", "evasion",
  "Zero-width spaces split 'sale' and 'off' in a promotion (B).", techs=["zero-width"])
V("The Kneadr M4 is finally here - grab the launch disc\u043eunt while it lasts.",
  [MKT], ["new-product"], "proactive", "en", "evasion",
  "A Cyrillic o hides 'discount' in a new-product launch message (B).", techs=["homoglyph"])
# --- Simplified Chinese
V("下次购买刷头时输入优惠码 QF15，即可享受85折！",
  [MKT], ["coupon"], "proactive", "zh", "overt",
  "A coupon code for the next purchase (B).")
V("新款筋膜枪 M4 下周正式上市，敬请期待！",
  [MKT], ["new-product"], "proactive", "zh", "overt",
  "A new-product announcement (B).")
V("本周末冲牙器买一送一，欢迎再次光临本店！",
  [MKT], ["promotion"], "proactive", "zh", "overt",
  "A buy-one-get-one weekend promotion (B).")
V("欢迎访问我们的亚马逊店铺，查看更多个护产品。",
  [MKT], ["storefront-link"], "proactive", "zh", "overt",
  "An invitation to browse the storefront for more products (B).")
V("您问的刷头已经补发了。另外我们的旅行收纳盒也很适合搭配使用，有需要可以看看。",
  [MKT], ["cross-sell"], "reply", "zh", "subtle",
  "A resend confirmation is followed by a cross-sell of the travel case (B).")
V("登记成为羽汀会员，即可享受老客户专属折扣。",
  [MKT], ["loyalty"], "proactive", "zh", "overt",
  "A membership scheme with exclusive discounts is promotional (B).")
V("距离您上次购买刷头已经三个月了，建议及时更换，老客户再次下单更划算哦。",
  [MKT], ["buy-again"], "proactive", "zh", "subtle",
  "A reorder reminder with a returning-customer price hint is a buy-again push (B).")
V("下单时输入 youhui 码 QF20，全部刷头立减20%，本周有效。",
  [MKT], ["coupon"], "proactive", "zh", "evasion",
  "Pinyin youhui stands for 优惠 in a coupon code offer (B).", techs=["pinyin"])
V("新 品 上 市，全 场 八 折，欢迎选购！",
  [MKT], ["new-product"], "proactive", "zh", "evasion",
  "Spaces split 新品上市 and 全场八折 (B).", techs=["spacing"])
V("筋膜枪限时優惠，全部按摩头特價8折，欢迎选购。",
  [MKT], ["promotion"], "proactive", "zh", "evasion",
  "Traditional 優惠 and 特價 are planted in Simplified text to dodge promotion keywords (B).",
  techs=["traditional-chars"])
# --- Traditional Chinese
V("新款沖牙器F3即將上市，老顧客可享早鳥價。",
  [MKT], ["new-product"], "proactive", "zh", "overt",
  "A new-product launch with an early-bird price (B).", trad=True)
V("輸入折扣碼 QFTW10 即可享九折優惠，歡迎再次選購。",
  [MKT], ["coupon"], "proactive", "zh", "overt",
  "A discount code (B).", trad=True)
V("您的刷頭差不多該換了，現在回購整組比單買更省。",
  [MKT], ["buy-again"], "proactive", "zh", "subtle",
  "A reorder push that hints at a better price (B).", trad=True)
# --- mixed
V("Hi Lily，我们的 Prime Day deal 今晚开始，all massage heads 七折！",
  [MKT], ["promotion"], "proactive", "mixed", "overt",
  "A deal announcement with 30% off (B).")
V("您的订单已送达。By the way，我们新上的 travel case 和您的理发器很配，check it out！",
  [MKT], ["cross-sell"], "proactive", "mixed", "overt",
  "A delivery note turned into a new-product cross-sell (B).")
V("Use code QFVIP 下单立减 $10，仅限本月，别错过！",
  [MKT], ["coupon"], "proactive", "mixed", "overt",
  "A time-limited discount code (B).")
V("限时 s" + ZW + "ale：all brush heads 20% o" + ZW + "ff，本周日截止，欢迎选购！",
  [MKT], ["promotion"], "proactive", "mixed", "evasion",
  "Zero-width spaces split 'sale' and 'off' in a promotion (B).", techs=["zero-width"])

# =====================================================================
# two labels (5 records)
# =====================================================================
V("Leave a review for the SonicArc 5, then email the screenshot to rebates@quillfen.com and we'll "
  "refund you $15 through PayPal.",
  [RI, OPC], ["incentive", "email"], "proactive", "en", "overt",
  "A PayPal rebate for a review is compensation paid outside Amazon through an e-mail address (C1, D2, D5).")
V("Write a review of the FlossWave F2 and we'll send you a 25%-off code for our new FlossWave Travel.",
  [RI, MKT], ["incentive", "coupon"], "proactive", "en", "overt",
  "A discount code is the reward for a review and also promotes a new product (C1, B).")
V("留评后即可获得店铺专属八折优惠码，下单我们的新款筋膜枪时可以使用。",
  [RI, MKT], ["incentive", "coupon"], "proactive", "zh", "overt",
  "A coupon for the new massage gun is offered for a review (C1, B).")
V("Join our Facebook group, Quillfen Smile Club, for members-only discounts on brush heads and first "
  "looks at new products.",
  [OPC, MKT], ["social", "vip-group"], "proactive", "en", "overt",
  "A Facebook group sends buyers off Amazon and promises members-only discounts (D4, B).")
V("关注我们的 Instagram @quillfen.care，参与每月抽奖，赢取免费刷头！",
  [OPC, MKT], ["social", "promotion"], "proactive", "zh", "overt",
  "Following an Instagram account for a giveaway is both social diversion and a promotion (D4, B).")

# =====================================================================
# compliant: near-misses (64) and ordinary messages (6)
# =====================================================================
# --- neutral review requests
C("Hello from Quillfen. Your FlossWave F2 from order 113-2208417-9930651 was delivered last week. "
  "If you have a moment, we'd appreciate it if you shared your experience with the product on "
  "Amazon. Good or bad, an honest review helps other shoppers decide.",
  "proactive", "en", "neutral-review-request",
  "A one-time review request that is explicitly open to good or bad experiences is allowed (C near-misses, b).")
C("Your opinion counts. Would you take a moment to review the SonicArc 5 and rate your experience "
  "with our shop? Order 111-5039276-4418820.",
  "proactive", "en", "neutral-review-request",
  "A neutral product review plus seller feedback request in the style of Request a Review is a permitted message (A, b).")
C("We'd like to hear how the Kneadr M3 is working for you, positive or negative. You can write a "
  "review from Your Orders on Amazon whenever it suits you. Order 114-8820391-1176204.",
  "proactive", "en", "neutral-review-request",
  "The word positive appears only in a balanced 'positive or negative' request (C near-misses).")
C("If you'd like to share what you think of the EdgeCut 12, Amazon's review form is at "
  "https://www.amazon.com/review/create-review?asin=B0CQ7K2M4D. Any rating and any length are fine. "
  "Order 112-0974418-3361207.",
  "proactive", "en", "neutral-review-request",
  "A neutral request with a link to Amazon's own review page, which third-party guidance allows (D1).")
C("您好，您的冲牙器订单 114-6671209-3058814 已签收一周。欢迎您在商品页面分享真实的使用体验，无论好评还是差评，"
  "都能帮助其他买家做出选择。",
  "proactive", "zh", "neutral-review-request",
  "好评 and 差评 appear only in a balanced neutral request (C near-misses).")
C("您好，感謝您購買理髮器套裝（訂單 112-3390418-7702236）。如果方便，歡迎在亞馬遜商品頁分享您真實的使用心得，"
  "好壞都歡迎。",
  "proactive", "zh", "neutral-review-request",
  "A neutral Traditional-script request welcoming good and bad experiences (C near-misses).", trad=True)
C("Hi Chen，您的 SonicArc 5 已经送达几天了。If you have time，欢迎在 Amazon 上留下您真实的 review，"
  "正面或负面都可以。Order 113-7741026-5583019。",
  "proactive", "mixed", "neutral-review-request",
  "A mixed-language neutral request open to positive or negative reviews (C near-misses).")
# --- seller-feedback neutral notice
C("Thanks for confirming the new charger works. If you feel we've resolved your concerns, you're "
  "able to update or remove the seller feedback you left earlier. Whether you do is your call "
  "alone, and it makes no difference to your replacement or warranty.",
  "reply", "en", "feedback-neutral-notice",
  "Amazon's neutral post-resolution notice about seller feedback, with no plea or reward, is allowed (C5).")
C("很高兴替换的电源适配器已经可以正常使用。如果您认为问题已经解决，可以自行决定是否更新或移除之前留下的卖家反馈，"
  "是否操作完全由您决定。",
  "reply", "zh", "feedback-neutral-notice",
  "The neutral seller-feedback notice after resolution, leaving the choice to the buyer (C5).")
C("很高興替換的充電線已經可以正常使用。若您認為問題已妥善解決，可以自行選擇更新或移除先前留下的賣家回饋，"
  "完全由您決定。",
  "reply", "zh", "feedback-neutral-notice",
  "The neutral seller-feedback notice in Traditional script (C5).", trad=True)
# --- remedies
C("We're sorry the brush head cracked. A replacement 4-pack has been sent free of charge, tracking "
  "TBA402917736518, and it should arrive Thursday. There's no need to send the broken one back.",
  "reply", "en", "remedy",
  "A free replacement is a remedy with no link to any review (B, C near-misses).")
C("We've issued a full refund of $89.99 for the massage gun to your original payment method. You "
  "don't need to return the unit; please recycle it locally.",
  "reply", "en", "remedy",
  "A refund through Amazon's original payment method is a remedy, not compensation for a review (C near-misses).")
C("非常抱歉理发器刀头有缺口，我们已免费为您补发一套新刀头，旧的无需寄回。",
  "reply", "zh", "remedy",
  "A free resend of parts is a remedy (B near-misses).")
C("已為您辦理全額退款，款項會退回原付款方式，大約三到五個工作天到帳。",
  "reply", "zh", "remedy",
  "A full refund to the original payment method says nothing about reviews (C near-misses).", trad=True)
C("很抱歉 the flosser tank leaked。我们已经 free of charge 给您重新寄了一台，tracking number 是 "
  "1Z8W47E20391846627。",
  "reply", "mixed", "remedy",
  "A free replacement with a carrier tracking number (B near-misses).")
# --- coupon / deal / price explanations
C("You asked about the 'Save 10%' coupon on the listing. It's an Amazon coupon: tick the box under "
  "the price before you add the item to your cart, and Amazon applies it at checkout. It can't be "
  "added to an order that's already been placed.",
  "reply", "en", "coupon-explanation",
  "Explaining an Amazon coupon the buyer asked about is customer service, not promotion (B near-misses).")
C("您问的页面上的“满减优惠”是亚马逊平台自动计算的，结算时会自动抵扣，我们这边无法手动调整。",
  "reply", "zh", "coupon-explanation",
  "Explaining an Amazon checkout discount the buyer asked about (B near-misses).")
C("关于您说的 promo code 用不了：listing 上那个 code 只适用于 FlossWave F2 单品，不适用于刷头套装，"
  "这是亚马逊结算时自动判断的。",
  "reply", "mixed", "coupon-explanation",
  "Explaining why a code the buyer already tried does not apply offers nothing new (B near-misses).")
C("The $9 price on the 8-pack yesterday was a listing error on our side, not a sale. Your order went "
  "through at that price and you keep it; nothing more will be charged.",
  "reply", "en", "price-explanation",
  "A price-error explanation that lets the buyer keep the price is not a promotion (B near-misses).")
# --- product vocabulary
C("The FlossWave F2 reservoir is BPA-free, and the charging stand is free-standing, so it doesn't "
  "need to be mounted on the wall.",
  "reply", "en", "spec-words",
  "'Free' is used only in product specifications (B near-misses).")
C("Error code E4 on the clipper display means the blade needs oiling. One drop of the included oil "
  "on the teeth clears it.",
  "reply", "en", "spec-words",
  "'Code' is an error code, not a discount code.")
C("The Kneadr M3 carries an IPX4 rating, which covers splashes only, so wipe it with a damp cloth "
  "but don't rinse it under the tap.",
  "reply", "en", "spec-words",
  "'Rating' is a water-resistance rating, not a review rating (C near-misses).")
C("The five stars on the SonicArc 5 handle are the pressure indicator. One lit star means light "
  "pressure; all five lit means you're pressing too hard.",
  "reply", "en", "spec-words",
  "Five stars describe the brush's pressure lights and are not near any review request (C near-misses).")
C("In the FlossWave Coach app, the Review tab shows last week's sessions and lets you rate gum "
  "comfort from 1 to 5. Those notes stay on your phone and are never posted anywhere.",
  "reply", "en", "spec-words",
  "'Review' and 'rate' are app features about the buyer's own flossing data.")
C("The app can't send WhatsApp or SMS reminders. It uses your phone's own notifications over "
  "Bluetooth, so make sure notifications are switched on for FlossWave Coach.",
  "reply", "en", "spec-words",
  "WhatsApp is named as a feature the app lacks, not as a contact channel (D near-misses).")
C("冲牙器 App 里的“五星达成”是连续使用满五天的打卡奖章，和亚马逊商品评价没有任何关系。",
  "reply", "zh", "spec-words",
  "五星 is an in-app badge explicitly unrelated to reviews.")
C("App 提示的 code 07 是水箱没装到位，press the tank down until it clicks，再开机就好了。",
  "reply", "mixed", "spec-words",
  "'Code' is an app error code.")
C("您提到商品页显示的好评率，那是亚马逊根据所有买家的评分自动计算的，我们无法修改，也不会干预。",
  "reply", "zh", "cn-substring",
  "好评率 is explained in answer to the buyer, with no request attached (C near-misses).")
C("关于充电时间，您可以在商品页检索评论里的“充电”二字，不少买家和评测文章都提到过；标准充满大约需要4小时。",
  "reply", "zh", "cn-substring",
  "检索评论 contains the substring 索评 and 评测 is about published tests, while the message only answers a charging question (0.4).")
C("按摩槍的防水等級為IPX4，實驗室評測顯示，滿電後約可連續使用6小時。",
  "reply", "zh", "cn-substring",
  "評測 refers to laboratory testing, not a review request.", trad=True)
# --- carriers and tracking
C("Your parcel is with Lumen Parcel under tracking LP4471820935US. If the driver can't find your "
  "building, their local depot is on (646) 555-0188, and you can follow the delivery at "
  "https://track.lumenparcel.com/LP4471820935US.",
  "reply", "en", "carrier-contact",
  "A carrier's phone number and an https tracking link needed for delivery are allowed, warn at most (D3, D1).")
C("您的包裹由 Lumen Parcel 派送，运单号 LP5528104736US。如需改约派送时间，可以直接致电承运商 +1 646-555-0177。",
  "reply", "zh", "carrier-contact",
  "The carrier's number for rescheduling delivery falls under the shipping-provider exception (D3).")
C("物流显示 delivery attempted，建议您直接联系 carrier：Lumen Parcel 客服电话 (646) 555-0166，报运单号就可以改约。",
  "reply", "mixed", "carrier-contact",
  "A carrier's customer-service number for a failed delivery (D3).")
C("包裹由 Lumen Parcel 配送，追蹤連結為 https://track.lumenparcel.com/LP6639201847US，如有延誤我們會再通知您。",
  "reply", "zh", "carrier-contact",
  "An https carrier tracking link is related to order completion (D1).", trad=True)
# --- Amazon's own URLs
C("To start the return, open Your Orders at https://www.amazon.com/gp/css/order-history, choose the "
  "SonicArc 5 and select Return or Replace Items.",
  "reply", "en", "amazon-url",
  "A link to Amazon's own order history is not an off-platform link (D near-misses).")
C("退货请在亚马逊的“我的订单”中操作：https://www.amazon.com/returns ，选择该商品后按提示打印退货标签即可。",
  "reply", "zh", "amazon-url",
  "A link to Amazon's returns centre (D near-misses).")
# --- numbers that are not phone numbers
C("Found it. Order 112-8840193-6620471 left the Reno warehouse on Monday; the unit's serial number is "
  "QF5-2406-118842 and the listing ASIN is B0CQ7K2M4D.",
  "reply", "en", "numbers-not-phones",
  "An order id, a serial number and an ASIN are not phone numbers (D near-misses).")
C("The number 2024061518 stamped under the clipper base is the lot code: made on 15 June 2024 on "
  "line 18. All units from that lot passed the blade-gap check.",
  "reply", "en", "numbers-not-phones",
  "A ten-digit lot code looks like a phone number but is a production date and line.")
C("您的订单号是 114-3302917-8851046，电池批次号 20240311-07，属于正常批次，不在召回范围内。",
  "reply", "zh", "numbers-not-phones",
  "An order id and a battery batch number are not contact numbers.")
C("退款编号 RF-7720418835 已经生成，refund 会在 3-5 business days 内退回您的原支付方式。",
  "reply", "mixed", "numbers-not-phones",
  "A ten-digit refund reference is not a phone number, and the refund goes through Amazon.")
# --- negations
C("We appreciate the kind offer, but we can't give anything in return for a review, whether a "
  "discount or free heads. Whether you write one at all is completely up to you.",
  "reply", "en", "negation",
  "The message refuses any compensation for a review.")
C("To be clear, we will never ask you to change or remove your review. Our only aim right now is "
  "getting the replacement clipper to you by Friday.",
  "reply", "en", "negation",
  "'Change or remove your review' appears only in a negation.")
C("We don't offer support by WhatsApp, phone or e-mail. Please keep messaging us here in Amazon's "
  "Buyer-Seller Messages so there's a record for both of us.",
  "reply", "en", "negation",
  "Off-platform channels are named only to keep the buyer on Amazon.")
C("我们不会通过微信、邮件或电话联系您，所有售后沟通都会在亚马逊消息里进行。",
  "reply", "zh", "negation",
  "微信, 邮件 and 电话 appear only in a negation.")
C("我們無法以任何形式回饋評價，也不會要求您修改或刪除評論，您依自己的真實感受決定即可。",
  "reply", "zh", "negation",
  "Reward, change and deletion of reviews are all negated.", trad=True)
C("很抱歉，we can't offer a discount code，我们店铺没有自己的优惠码；页面上的 coupon 是亚马逊提供的。",
  "reply", "mixed", "negation",
  "A discount code is refused and the Amazon coupon is only explained.")
# --- warranty that stays on Amazon
C("There's nothing extra to register: your Amazon order record is your proof of purchase for the "
  "two-year warranty. If the motor ever fails, just message us here with the order number.",
  "reply", "en", "warranty-on-amazon",
  "Warranty handling stays inside Amazon messaging.")
C("保修不需要另外登记，凭亚马逊订单记录即可享受两年保修，有问题直接在这里给我们留言就可以。",
  "reply", "zh", "warranty-on-amazon",
  "Warranty claims stay in Amazon messages with no outside registration.")
C("As you asked, the warranty card for the EdgeCut 12 is attached as a PDF. Claims are handled right "
  "here in Amazon messages, so there's no website to sign up on.",
  "reply", "en", "warranty-on-amazon",
  "A requested warranty PDF is attached and the claim stays on Amazon (E near-misses).")
# --- the buyer's own words quoted back
C("You wrote: 'Will you send me a free head pack if I leave 5 stars?' We can't do that, because "
  "reviews have to be independent. On your other question, the heads come in packs of 4 and 8.",
  "reply", "en", "buyer-quote",
  "The incentive wording is the buyer's own, quoted and refused.")
C("You asked: 'Can I WhatsApp you a video of the noise?' Please attach the video right here in this "
  "Amazon message thread instead; it accepts files up to 10 MB.",
  "reply", "en", "buyer-quote",
  "WhatsApp appears in the buyer's quoted question and the seller keeps the exchange on Amazon.")
C("您问“有没有好评返现”：没有，我们不提供任何与评价挂钩的返现、礼品或折扣。",
  "reply", "zh", "buyer-quote",
  "好评返现 is the buyer's quoted question and the answer refuses it.")
C("您之前问 'is there a coupon for returning customers?'——我们没有这样的 program，页面上的价格就是目前的售价。",
  "reply", "mixed", "buyer-quote",
  "The coupon question is the buyer's and the answer offers nothing.")
# --- thanks for a review the buyer mentioned
C("Thank you for mentioning your 5-star review in your message; we're glad the Kneadr M3 is helping. "
  "The spare ball head you asked about sits in the top-left slot of the case.",
  "reply", "en", "review-thanks",
  "Thanking a buyer for a review they mentioned, with no request, is allowed in a reply (C near-misses).")
C("感谢您的好评！您问的刷头更换周期是三个月，刷毛上的蓝色褪到一半时就该换了。",
  "reply", "zh", "review-thanks",
  "感谢您的好评 as a reply that goes on to answer the question (C near-misses).")
# --- Amazon's automatic review e-mail
C("Amazon may e-mail you in a few days asking for a review of the clipper. That message is Amazon's "
  "own, not ours, and there's no need to act on it.",
  "reply", "en", "amazon-review-email",
  "Informing the buyer about Amazon's automatic review e-mail is informational (C near-misses).")
C("亞馬遜可能會寄信邀請您評價商品，那是平台自動發送的，是否回應由您決定。",
  "reply", "zh", "amazon-review-email",
  "Amazon's automatic review invitation is explained, not endorsed.", trad=True)
# --- logistics verbs
C("We've cancelled the duplicate order you asked about and removed the old address from the "
  "shipment; the new label shows your updated address.",
  "reply", "en", "logistics-verbs",
  "Cancel, remove and update refer to an order and an address (0.4).")
C("已按您的要求删除重复订单，并修改了收货地址，包裹会寄往您更新后的地址。",
  "reply", "zh", "logistics-verbs",
  "删除 and 修改 refer to a duplicate order and an address (C near-misses).")
C("您要的 address change 已经更新好了，remove 了旧的 apartment number，包裹明天发出。",
  "reply", "mixed", "logistics-verbs",
  "Change, update and remove concern the delivery address only.")
# --- restock answers
C("You asked when the 8-pack of heads will be available again. Our next shipment should reach "
  "Amazon's warehouse around 12 May, and the listing will show stock as soon as it's received.",
  "reply", "en", "restock-answer",
  "Answering the buyer's own availability question is customer service, not a restock push.")
C("您问的 8-pack 刷头 is currently out of stock，预计五月中旬到货，到货后商品页会自动显示有货。",
  "reply", "mixed", "restock-answer",
  "A restock date given because the buyer asked.")
# --- companion app
C("To pair the FlossWave F2, install the FlossWave Coach app from your phone's app store, hold the "
  "mode button for 3 seconds, then enter pairing code 4821 when the app asks for it.",
  "reply", "en", "app-instructions",
  "Installing the product's companion app is product use, not contact or buying outside Amazon, and the code is a pairing code.")
C("App 里的 Share 按钮只是把报告导出成 PDF 给您的牙医看，it does not post anything to social media。",
  "reply", "mixed", "app-instructions",
  "Social media is mentioned only to say the app does not post there.")
# --- ordinary messages
C("The Kneadr M3 battery takes about three hours to charge fully, and the light turns solid green "
  "when it's done.",
  "reply", "en", None, "A product answer with nothing a rule should react to.")
C("You asked why the Lightning Deal price has gone. That deal was run by Amazon for a set window "
  "and ended at midnight, so the listing is back to its regular $59.99, and we can't reapply it to "
  "a new order.",
  "reply", "en", "coupon-explanation",
  "Explaining an Amazon deal the buyer asked about, with no new offer, is customer service (B near-misses).")
C("刷头底部的卡扣对准刷柄的凹槽，听到咔哒一声就装好了。",
  "reply", "zh", None, "Fitting instructions for a brush head.")
C("理髮器的刀頭每次使用後，請用盒內的小刷子清掉碎髮。",
  "reply", "zh", None, "Cleaning instructions in Traditional script.", trad=True)
C("冲牙器水箱的 capacity is 300 ml，满水大约可以连续用 90 秒。",
  "reply", "mixed", None, "A tank-capacity answer in mixed language.")
C("SonicArc 5 充满电后 lasts about 30 days，每次刷牙两分钟的话。",
  "reply", "mixed", None, "A battery-life answer in mixed language.")


# =====================================================================
# output
# =====================================================================
def main():
    recs = list(RECORDS)
    random.Random(43).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h43-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    with open(os.path.join(HERE, "holdout43.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8") as fh:
        fh.write(VALIDATE_SRC.lstrip("\n"))
    os.chmod(os.path.join(HERE, "validate.py"), 0o755)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(out))
    print("wrote %d records" % len(out))


def counts(out):
    c = collections.defaultdict(collections.Counter)
    for r in out:
        tags = r["tags"]
        script = "zh-traditional" if "traditional" in tags else (
            "zh-simplified" if r["lang"] == "zh" else r["lang"])
        kind = ("near-miss" if "near-miss" in tags else "ordinary") if not r["labels"] else "violation"
        c["script"][script] += 1
        c["lang"][r["lang"]] += 1
        c["cell:" + script][kind] += 1
        if "evasion" in tags:
            c["cell:" + script]["evasion"] += 1
        for l in r["labels"]:
            c["label"][l] += 1
        c["nlabels"][len(r["labels"])] += 1
        if len(r["labels"]) == 2:
            c["pairs"][" + ".join(r["labels"])] += 1
        for t in tags:
            c["tag"][t] += 1
        for l, s in zip(r["labels"], tags):
            c["sub:" + l][s] += 1
    return c


def table(rows, head):
    lines = ["| " + " | ".join(head) + " |", "| " + " | ".join("---" for _ in head) + " |"]
    lines += ["| " + " | ".join(str(x) for x in row) + " |" for row in rows]
    return "\n".join(lines)


TECHS = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
         "spelled-email", "spelled-phone", "pinyin", "homophone", "traditional-chars"]
NM_KINDS = ["neutral-review-request", "feedback-neutral-notice", "remedy", "coupon-explanation",
            "price-explanation", "spec-words", "cn-substring", "carrier-contact", "amazon-url",
            "numbers-not-phones", "negation", "warranty-on-amazon", "buyer-quote", "review-thanks",
            "amazon-review-email", "logistics-verbs", "restock-answer", "app-instructions"]


def readme(out):
    c = counts(out)
    t = c["tag"]
    viol = sum(v for k, v in c["nlabels"].items() if k)
    lang_rows = []
    for s in ("en", "zh-simplified", "zh-traditional", "mixed"):
        cell = c["cell:" + s]
        lang_rows.append([s, c["script"][s], cell["violation"], cell["evasion"], cell["near-miss"],
                          cell["ordinary"]])
    sub_rows = []
    for l in POLICIES:
        sub_rows.append([l, c["label"][l], ", ".join("%s %d" % kv for kv in
                                                      sorted(c["sub:" + l].items(), key=lambda kv: (-kv[1], kv[0])))])
    tech_line = ", ".join("%s %d" % (k, t[k]) for k in TECHS if t[k])
    nm_line = ", ".join("%s %d" % (k, t[k]) for k in NM_KINDS if t[k])
    pairs = ", ".join("%s: %d" % kv for kv in sorted(c["pairs"].items()))
    return README_TEMPLATE.format(
        n=len(out), viol=viol, two=c["nlabels"][2], pairs=pairs, clean=c["nlabels"][0],
        nm=t["near-miss"], ordinary=t["ordinary"], evasion=t["evasion"], subtle=t["subtle"],
        overt=t["overt"], reply=t["reply"], proactive=t["proactive"],
        lang_table=table(lang_rows, ["language", "records", "violations", "of them evasive",
                                     "near-miss", "ordinary"]),
        en=c["lang"]["en"], zh=c["lang"]["zh"], mixed=c["lang"]["mixed"],
        sub_table=table(sub_rows, ["label", "records", "subtypes"]),
        techs=tech_line, nm_kinds=nm_line)


README_TEMPLATE = '''# holdout43: hand-labelled held-out set for msglint (precision-weighted)

{n} messages that an invented Amazon shop sends to its buyers, each labelled by hand for the three
content policies of `interface.md`: `review-inducement`, `off-platform-contact` and `marketing`.
An empty `labels` list means the message is compliant **for these three policies** (judgement
call 24). The set tests precision as much as recall: {clean} of the {n} messages are compliant, and
{nm} of those are hard near-misses, texts that a keyword filter or a careless rule would flag but
that `policy.md` allows.

Every label was decided from `/work/shared/policy.md` and `/work/shared/interface.md` alone. No
linter, rule file, test or corpus was read, run or consulted. An earlier set (holdout39) was read
for its file format only; none of its texts, shop, names or phrasings are reused, and
`validate.py` rejects its names.

## The shop

**Quillfen** (羽汀) sells personal-care devices:

- *SonicArc 5* sonic toothbrush (声波牙刷) with *ArcClean* replacement heads (4- and 8-packs);
- *Kneadr M3* massage gun (筋膜枪 / 按摩槍); an *M4* is mentioned in marketing messages;
- *EdgeCut 12* hair clipper kit (理发器套装) with 8 guide combs;
- *FlossWave F2* water flosser (冲牙器 / 沖牙器) with the Bluetooth companion app *FlossWave Coach*.

Everything is invented: people, order ids (`1xx-xxxxxxx-xxxxxxx`), tracking numbers (`TBA…`,
`1Z…`, and `LP…US` for the invented carrier *Lumen Parcel*), the ASIN, serial, lot and refund
numbers, codes, handles (`qf_care88`, `@qfcare_tw`, `@quillfen_help`, `@quillfen.care`) and
domains (`quillfen.com`, `video.quillfen.com`, `quillfen.com.tw`, the shortener `qfn.to`,
`track.lumenparcel.com`). `amazon.com` is used only for Amazon's own pages. Every phone number,
the seller's and the carrier's alike, is a fictional US number of the form 555-01xx.

## Files

| file | what it is |
| --- | --- |
| `gen.py` | The source of truth. It holds every text as a Python literal (zero-width, Cyrillic and star characters as `\\uXXXX` escapes, full-width text produced by `fw()`), the label, tags and note of each, and the sources of this README and of `validate.py`. It shuffles with `random.Random(43)`, numbers the records `h43-001`..`h43-{n}` and writes the three other files. |
| `holdout43.jsonl` | {n} lines, one JSON object each, with exactly the keys `id`, `text`, `labels`, `lang`, `tags`, `note`. |
| `README.md` | This file; the counts below are computed by `gen.py`. |
| `validate.py` | The self-check (below). Prints the counts and exits 1 on any problem. An optional argument gives another path. |

Rebuild and check: `python3 gen.py && python3 validate.py`

## Record format

```json
{{"id": "h43-001", "text": "...", "labels": ["review-inducement"], "lang": "en",
 "tags": ["gating", "reply", "subtle"], "note": "Why this label, in one sentence."}}
```

- `labels`: a subset of `review-inducement`, `off-platform-contact`, `marketing`, in that order;
  `[]` = compliant for these three.
- `lang`: `en`, `zh` or `mixed`. Traditional Chinese is `zh` plus the tag `traditional`. `mixed`
  is Simplified Chinese plus English in one message.
- `tags`, in this order:
  1. one subtype per label, in label order:
     - review-inducement: `incentive`, `five-star`, `gating`, `ask-after-praise`, `steering`,
       `change-review`, `feedback-removal`;
     - off-platform-contact: `messaging-app`, `email`, `phone`, `url`, `website`, `social`, `qr`,
       `payment`, `diversion`;
     - marketing: `coupon`, `discount`, `promotion`, `new-product`, `cross-sell`, `buy-again`,
       `storefront-link`, `loyalty`, `referral`, `bundle`, `restock`, `subscription`,
       `early-access`, `vip-group`;
  2. one context tag: `reply` (answers a buyer) or `proactive` (the seller starts);
  3. on violations, one of
     - `overt`: the textbook wording (the brief's "plain" violations);
     - `subtle`: the same content in euphemism, context or a side remark, with no character trick;
     - `evasion`, followed by one or more technique tags: `zero-width`, `fullwidth`, `homoglyph`,
       `leetspeak`, `spacing`, `star-symbols`, `spelled-email`, `spelled-phone`, `pinyin`,
       `homophone`, `traditional-chars`;
  4. on compliant records, `near-miss` followed by its kind, or `ordinary`;
  5. `traditional` last, where the whole message is in Traditional script.
- `note`: one English sentence giving the reason, usually with the section of `policy.md`
  (A–G, 0.x = design conclusions, b = review-request rules, e = evasion techniques).

## What `validate.py` checks

- {n} records, the exact key set, ids `h43-001`.. unique and in sequence, texts non-empty and
  unique after NFKC, zero-width stripping, casefolding and whitespace collapse.
- Labels only from the three policies, no duplicates, canonical order; `lang` only `en`, `zh`,
  `mixed`; tags present and following the grammar above (subtype belongs to its label, one
  context tag, `evasion` only on violations and always with a technique, a known near-miss kind).
- Evidence in the text for every technique tagged, and no untagged artefact (a stray zero-width
  character, full-width letter, Cyrillic look-alike, leetspeak keyword, spaced-out letters, star
  symbol, spelled-out e-mail or phone number, pinyin keyword, homophone, planted Traditional
  character).
- Language: `en` has no CJK; `zh` is mostly CJK; Traditional records contain Traditional-only and
  no Simplified-only characters, Simplified and mixed records no Traditional-only ones (checked
  with OpenCC when installed, else with a built-in list); `mixed` has at least 8 CJK characters
  and 3 English words.
- Contacts: after folding (NFKC, zero-width, look-alikes), spelling out (number words, Chinese
  numerals, `at`/`dot`, 艾特/点) and removing order ids, tracking numbers, ASINs, serial-style
  codes and two declared lot/batch numbers, every run of 7+ digits must be a 555-01xx number;
  every e-mail and domain must be one of the invented ones or `amazon.com`.
- No name from holdout39; notes are one sentence; and the mix stays in the ranges the brief asked
  for (labels about 35 each, at least 70 compliant with at least 60 near-misses, about 25
  evasions, about half English).

## Counts

- **Records:** {n}: {viol} violations ({two} with two labels: {pairs}) and {clean} compliant
  ({nm} near-misses, {ordinary} ordinary).
- **Violation style:** overt {overt}, subtle {subtle}, evasion {evasion}.
- **Context:** reply {reply}, proactive {proactive}.
- **Language:** en {en}, zh {zh}, mixed {mixed}.

{lang_table}

- **Labels and subtypes:**

{sub_table}

- **Evasion techniques:** {techs}.
- **Near-miss kinds:** {nm_kinds}.

## Judgement calls

Each call names the part of `policy.md` it rests on.

1. **A neutral, one-time review request is compliant**, in all its allowed forms: "good or bad",
   "positive or negative", 无论好评还是差评, 好壞都歡迎, the Request-a-Review style that asks for a
   product review and a shop rating together, and a link to Amazon's own review form (interface.md;
   C near-misses; b "Neutral wording"; D1 for the review-page link). The set cannot see thread
   history, so each request is taken to be the first for its order; a repeat would be
   `review-request-limit`, which this set does not label.
2. **Praise turned into a review request is `review-inducement`** (`ask-after-praise`), even in
   neutral words, because Amazon counts asking a buyer who "proactively reaches out … to express
   satisfaction" as selective asking (0.3, C3). The praise has to be visible in the message itself.
3. **"Come to us before you post" is gating** even when no happy path is offered and the word
   "negative" is absent (C3: "Before leaving negative feedback, please give us a chance to make it
   right").
4. **Rating hints are five-star requests** (C2): "top marks … reflected on Amazon", ⭐ emoji,
   look-alike "five-star". When a message both conditions on satisfaction and names five stars,
   the subtype is `five-star` (the label is the same either way).
5. **Any request to change a product review is a violation, however soft** ("bring what you posted
   up to date", 改一下, 刪除), including right after a fix (C4: "even after an issue is resolved").
6. **The neutral seller-feedback notice is compliant.** Amazon's own form (after resolution, "it is
   possible to update or remove the feedback", the choice left to the buyer) appears in en, zh and
   zh-Traditional. Policy C5 says a linter should still *warn* on it as high-risk; a warning is not
   a violation, so the set labels it compliant. Any plea ("weighs heavily on a shop our size",
   影响很大, 拜托), pressure or reward makes it `feedback-removal`. "The comment you left about us
   as a seller" is seller feedback.
7. **Incentives of any size count** (C1): a prize draw, "a token of thanks", a shipping refund, a
   spare part. A reward paid outside Amazon or through an e-mail address also carries
   `off-platform-contact` (D2, D5); a reward in the form of a discount code also carries
   `marketing` (B).
8. **Remedies are compliant** when the message says nothing about reviews: free replacements, free
   parts, refunds to the original payment method (B and C near-misses).
9. **An apology coupon is marketing.** A discount code for a *future* order, even offered "for your
   patience", is `marketing` (`coupon`): B bans "promotional messaging, including coupons", and
   the code is not a remedy for the order at hand, unlike a refund or a replacement.
10. **Explaining a price, coupon or deal the buyer asked about is compliant** (B near-misses; warn at
    most): Amazon's coupon checkbox, 满减优惠, why a listing code did not apply to a bundle, a
    price error the buyer keeps. Refusing a code ("we can't offer a discount code") is compliant.
11. **Amazon's own links.** A storefront link sent to show more products is `marketing`
    (`storefront-link`), not `off-platform-contact`, which interface.md limits to "sites other than
    Amazon's own" (B; D1 also lists storefront links as errors). Links to Your Orders, the returns
    centre and the review form are compliant (D near-misses).
12. **Carriers' numbers and tracking links are compliant** in a delivery context: D3 exempts
    shipping providers' numbers and the SP-API allows "links related to order completion" (D1; the
    policy suggests warn at most). The seller's own number is `off-platform-contact` anywhere:
    in the body, in a signature block, spelled out in words or in Chinese numerals.
13. **Buying from the seller outside Amazon is `off-platform-contact` only** ("order straight from
    our site", 官网购买, 私下訂購, a direct invoice), because D6 puts it there. It is not also
    labelled `marketing` unless it names an offer. The direct invoice stays a violation even though
    the buyer asked for the out-of-stock pack.
14. **Reorder nudges are marketing even when they stay on Amazon** ("Buy it again", Subscribe &
    Save, 回购): interface.md lists "buy again" pushes. Answering a buyer's own "when is it back?"
    is compliant (`restock-answer`); an unprompted "back in stock and selling fast" is marketing.
15. **A non-Amazon link for a requested manual is `off-platform-contact`** (`url`): D1 allows only
    order-completion links, and E shows the compliant form, attaching the PDF (see the warranty-card
    near-miss).
16. **The companion app is product use.** Telling the buyer to install FlossWave Coach from the
    phone's app store (no link, no store named) is compliant: it is neither contact nor a purchase
    outside Amazon. A pairing code is not a discount code, and an app feature that exports a report
    or lacks WhatsApp reminders is not a channel.
17. **Social accounts need not be named.** "The direct messages of our photo-sharing account" is
    `off-platform-contact` (`social`, subtle); an Instagram or Facebook group with a giveaway or
    members-only discounts carries both labels (D4, B).
18. **Off-Amazon refunds are `off-platform-contact`** (`payment`) even with no service named ("tell us
    where you'd like the $18 sent") (D5; C quotes "reimbursement via a non-Amazon payment method").
19. **Product and platform vocabulary is compliant**: the five pressure stars on the handle, an IPX4
    rating, the app's Review tab and 1–5 comfort score, error codes, BPA-free / free-standing,
    "a listing error, not a sale", 五星达成 badges, 好评率, 检索评论 / 评测 (which contain 索评 and 评),
    實驗室評測 (B and C near-misses; 0.4).
20. **Negations and the buyer's quoted words are compliant** ("we will never ask you to change or
    remove your review", 我们不会通过微信…联系您, "You wrote: 'Will you send me a free head pack if I
    leave 5 stars?' We can't do that").
21. **Thanking a buyer for a review they mentioned is compliant in a reply** when nothing is asked
    (C near-misses: "Thank you for your 5-star review!", 感谢您的好评).
22. **Traditional script is a language, not an evasion.** Messages written wholly in Traditional
    Chinese (for Taiwan or Hong Kong buyers) are tagged `traditional` and judged like any other.
    Only Traditional forms planted inside Simplified text (好評 / 返現, 優惠 / 特價) are tagged
    `evasion` + `traditional-chars`; section e lists them as a way around Simplified keyword lists.
23. **Euphemism is `subtle`, not `evasion`.** `evasion` is kept for character-level tricks that a
    normaliser should undo (section e table); wording that avoids the keywords is `subtle`.
24. **Only three policies are labelled.** Compliant means compliant for `review-inducement`,
    `off-platform-contact` and `marketing`. Some records would also trip other msglint policies
    that this set does not label: emoji stars (formatting), proactive messages without an order id
    (required elements), a second review request for the same order (`review-request-limit`).
'''

VALIDATE_SRC = r'''
#!/usr/bin/env python3
"""Self-check for holdout43.jsonl (written by gen.py; edit gen.py, not this file).

Usage: python3 validate.py [PATH]      exit 0 = OK, 1 = problems found

Checks
  * 180 records; exact key set; ids h43-001..h43-180, unique and in order;
  * texts non-empty and unique after NFKC, zero-width stripping, casefold and
    whitespace collapse;
  * labels only from review-inducement / off-platform-contact / marketing,
    no duplicates, canonical order; lang in en / zh / mixed;
  * tag grammar: one subtype per label (in label order), one context tag
    (reply / proactive), then overt | subtle | evasion + techniques on
    violations, near-miss + kind | ordinary on compliant records, then an
    optional 'traditional' (lang zh only);
  * evidence in the text for each technique tag, and no untagged artefacts;
  * language: en has no CJK; zh is mostly CJK; Traditional records have
    Traditional-only characters and no Simplified-only ones; Simplified and
    mixed records have no Traditional-only characters (except where the
    'traditional-chars' technique is tagged); mixed has both languages;
  * contacts: every phone-like number (also spelled out, in Chinese numerals,
    full-width or split by zero-width characters) is a fictional 555-01xx
    number, after removing order ids, tracking numbers, ASINs, serials and the
    declared non-phone numbers; every domain and e-mail domain is on the
    allowlist of invented domains (plus amazon.com);
  * none of the names of the earlier set (holdout39) appear;
  * notes are one sentence ending in a full stop;
  * the mix asked for: label counts, clean / near-miss counts, evasions,
    language shares (ranges).
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout43.jsonl")
N = 180
ID_FMT = "h43-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "five-star", "gating", "ask-after-praise", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "email", "phone", "url", "website", "social", "qr",
                             "payment", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront-link", "loyalty", "referral", "bundle", "restock", "subscription",
                  "early-access", "vip-group"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "spelled-email", "spelled-phone", "pinyin", "homophone", "traditional-chars"]
NM_KINDS = {"neutral-review-request", "feedback-neutral-notice", "remedy", "coupon-explanation",
            "price-explanation", "spec-words", "cn-substring", "carrier-contact", "amazon-url",
            "numbers-not-phones", "negation", "warranty-on-amazon", "buyer-quote", "review-thanks",
            "amazon-review-email", "logistics-verbs", "restock-answer", "app-instructions"}

# Ranges for the mix the brief asked for ("roughly").
RANGES = {
    "label:review-inducement": (33, 40), "label:off-platform-contact": (33, 40),
    "label:marketing": (33, 40), "two-labels": (3, 8), "clean": (70, 75), "near-miss": (60, 75),
    "evasion": (22, 28), "lang:en": (80, 100), "script:zh-traditional": (15, 30),
    "script:zh-simplified": (35, 60), "lang:mixed": (18, 35),
}

# ---------------------------------------------------------------- detectors
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
HOMOGLYPH_RE = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SPACED_RE = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){3,}(?![A-Za-z])"
                       "|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}")
SPELLED_EMAIL_RE = re.compile(
    r"([A-Za-z0-9._-]+)\s*[(\[]?\s*(?:\bat\b|艾特)\s*[)\]]?\s*([A-Za-z0-9-]+)\s*[(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[)\]]?\s*(com|net|org|shop|tw)(?![A-Za-z])", re.I)
EN_NUM = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}
EN_NUM_RUN_RE = re.compile(r"\b(?:%s)(?:[\s,-]+(?:%s)\b){6,}" % ("|".join(EN_NUM), "|".join(EN_NUM)),
                           re.I)
CN_NUM = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
CN_NUM_RUN_RE = re.compile("[%s](?:\\s*[%s]){6,}" % ("".join(CN_NUM), "".join(CN_NUM)))
PINYIN = {"haoping", "fanxian", "weixin", "kefu", "youhui", "zhifubao", "dianpu", "pinglun",
          "wuxing", "shaitu", "lianxi"}
HOMOPHONES = ["薇信", "威信", "徽信", "V信", "v信", "返线", "好平"]
LEET_MAP = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                          "$": "s"})
LEET_MAP_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                            "$": "s"})
LEET_WORDS = {"review", "star", "stars", "five", "rating", "feedback", "whatsapp", "telegram",
              "wechat", "email", "coupon", "off", "discount", "code", "sale", "free", "refund",
              "paypal", "venmo"}

# Traditional / Simplified detection: OpenCC when installed, else a built-in list.
AMBIGUOUS = set("台里干于余范准征")
try:
    import opencc  # type: ignore
    _T2S = opencc.OpenCC("t2s")
    _S2T = opencc.OpenCC("s2t")

    def trad_only(ch):
        return _T2S.convert(ch) != ch

    def simp_only(ch):
        return ch not in AMBIGUOUS and _S2T.convert(ch) != ch and _T2S.convert(ch) == ch
    SCRIPT_SOURCE = "OpenCC"
except ImportError:  # pragma: no cover - fallback
    _PAIRS = ("评評 价價 现現 刷刷 发發 时時 们們 这這 个個 来來 说說 对對 会會 为為 与與 过過 开開 还還 问問 题題 "
              "请請 谢謝 欢歡 优優 惠惠 关關 实實 让讓 么麼 处處 应應 点點 体體 验驗 经經 无無 从從 红紅 电電 话話 "
              "论論 货貨 运運 费費 页頁 长長 专專 双雙 线線 机機 书書 备備 设設 产產 据據 换換 传傳 满滿 装裝 带帶 "
              "坏壞 门門 显顯 视視 条條 级級 给給 续續 确確 语語 图圖 节節 场場 递遞 数數 逊遜 吗嗎 积積 纸紙 "
              "齿齒 检檢 张張 钟鐘 帮幫 补補 现現 顾顧 认認 卖賣 馈饋 选選 择擇 压壓 进進 标標 记記 写寫 误誤 "
              "额額 随隨 后後 于於 员員 达達 则則 联聯 系繫 订訂 单單 号號 码碼 购購 买買 亚亞 马馬 邮郵 件件 "
              "删刪 除除 改改 礼禮 品品 折折 扣扣 网網 站站 链鏈 接接 结結 帐帳 账賬 块塊 寄寄 冲沖 护護 "
              "钱錢 诉訴 觉覺 执執 动動 义義 严嚴 亲親 审審 该該 讯訊 务務 复復 层層 广廣 划劃 车車 轮輪")
    _P = [p for p in _PAIRS.split() if p[0] != p[1]]
    _SIMP = {p[0] for p in _P} - AMBIGUOUS
    _TRAD = {p[1] for p in _P}

    def trad_only(ch):
        return ch in _TRAD

    def simp_only(ch):
        return ch in _SIMP
    SCRIPT_SOURCE = "built-in list"

# ------------------------------------------------------------ contact checks
DOMAIN_ALLOW = {"quillfen.com", "video.quillfen.com", "quillfen.com.tw", "quillfen.shop",
                "qfn.to", "track.lumenparcel.com", "amazon.com",
                "quillfen.care"}  # the last is the invented Instagram handle
EMAIL_DOMAIN_ALLOW = {"quillfen.com", "quillfen.shop"}
# Numbers of 7+ digits that are declared not to be phone numbers (lot and batch codes).
NOT_PHONE = ["2024061518", "20240311-07"]
ORDER_ID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING_RE = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|LP\d{10}US|B0[0-9A-Z]{8})"
                         r"(?![A-Za-z0-9])")
ALNUM_CODE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,4}\d?(?:-[0-9A-Z]+)+(?![A-Za-z0-9])")
DIGIT_RUN_RE = re.compile(r"\+?\(?\d[\d\s().-]*\d")
DOMAIN_RE = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|to|ly|me|shop|"
                       r"link|care|club|app))(?![a-z0-9-])", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
CONFUSABLE = str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0422\u041e\u0410\u0415",
                           "aeopcxyiTOAE")
FORBIDDEN_NAMES = ["kitewhistle", "kwhistle", "lantern harbor", "dune dash", "gearlab", "pip the otter",
                   "nell the seal", "bitbo", "风笛", "風笛", "燈塔港", "水獭皮皮", "比波"]

SENT_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW_RE.sub("", text)).translate(CONFUSABLE)


def leet_hits(text):
    hits = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        if not (re.search("[A-Za-z]", tok) and re.search(r"[0-9@$]", tok)):
            continue
        low = tok.lower()
        if low.translate(LEET_MAP) in LEET_WORDS or low.translate(LEET_MAP_I) in LEET_WORDS:
            hits.append(tok)
    return hits


def has_technique(tech, text, rec):
    if tech == "zero-width":
        return bool(ZW_RE.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH_RE.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH_RE.search(text))
    if tech == "leetspeak":
        return bool(leet_hits(text))
    if tech == "spacing":
        return bool(SPACED_RE.search(text))
    if tech == "star-symbols":
        return bool(STAR_RE.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL_RE.search(text))
    if tech == "spelled-phone":
        return bool(EN_NUM_RUN_RE.search(text) or CN_NUM_RUN_RE.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "traditional-chars":
        return rec["lang"] == "zh" and "traditional" not in rec["tags"] and \
            any(trad_only(ch) for ch in text if CJK_RE.match(ch))
    raise KeyError(tech)


def unspell(text):
    text = EN_NUM_RUN_RE.sub(lambda m: "".join(EN_NUM[w.lower()] for w in re.findall(r"[A-Za-z]+", m.group(0))), text)
    text = CN_NUM_RUN_RE.sub(lambda m: "".join(CN_NUM.get(ch, "") for ch in m.group(0)), text)
    return text


def check_contacts(rid, text):
    t = unspell(fold(text))
    for s in NOT_PHONE:
        t = t.replace(s, " ")
    t = ORDER_ID_RE.sub(" ", t)
    t = TRACKING_RE.sub(" ", t)
    t = ALNUM_CODE_RE.sub(" ", t)
    t = re.sub(r"https?://\S+", lambda m: " " if "lumenparcel" in m.group(0) or "amazon" in m.group(0)
               else m.group(0), t)
    for m in DIGIT_RUN_RE.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 7:
            continue
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if not (len(digits) == 10 and digits[3:6] == "555" and digits[6:8] == "01"):
            bad(rid, "phone-like number that is not a fictional 555-01xx number: %r" % m.group(0))
    t2 = SPELLED_EMAIL_RE.sub(lambda m: "%s@%s.%s" % (m.group(1), m.group(2), m.group(3)), fold(text))
    for m in EMAIL_RE.finditer(t2):
        if m.group(1).lower() not in EMAIL_DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN_RE.finditer(fold(text)):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % d)


def english_words(text):
    t = re.sub(r"https?://\S+|\S+@\S+|@\S+", " ", fold(text))
    t = DOMAIN_RE.sub(" ", t)
    t = ORDER_ID_RE.sub(" ", TRACKING_RE.sub(" ", t))
    return [w for w in re.findall(r"[A-Za-z]{2,}", t)]


def check_lang(rid, rec):
    text, lang, trad = rec["text"], rec["lang"], "traditional" in rec["tags"]
    cjk = [ch for ch in text if CJK_RE.match(ch)]
    n_trad = sum(trad_only(ch) for ch in cjk)
    n_simp = sum(simp_only(ch) for ch in cjk)
    words = english_words(text)
    letters = sum(len(w) for w in words)
    planted = "traditional-chars" in rec["tags"]
    if lang == "en":
        if cjk or re.search("[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f\uff08\uff09]", text):
            bad(rid, "en record contains CJK characters or punctuation")
        if trad:
            bad(rid, "'traditional' on an en record")
    elif lang == "zh":
        if len(cjk) < 10 or letters > len(cjk):
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin letters=%d)" % (len(cjk), letters))
        if trad:
            if n_trad < 2 or n_simp:
                bad(rid, "Traditional record: %d Traditional-only, %d Simplified-only characters"
                    % (n_trad, n_simp))
        elif n_trad and not planted:
            bad(rid, "Simplified record contains Traditional-only characters: %s"
                % "".join(ch for ch in cjk if trad_only(ch)))
    elif lang == "mixed":
        if len(cjk) < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, English words=%d)" % (len(cjk), len(words)))
        if trad or n_trad:
            bad(rid, "mixed records are Simplified Chinese plus English")
    else:
        bad(rid, "lang must be en, zh or mixed, got %r" % lang)


def check_tags(rid, rec):
    labels, tags = rec["labels"], rec["tags"]
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) and t for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return
    if len(set(tags)) != len(tags):
        bad(rid, "duplicated tags")
    for lab, sub in zip(labels, tags):
        if sub not in SUBTYPES[lab]:
            bad(rid, "%r is not a subtype of %s" % (sub, lab))
    rest = tags[len(labels):]
    if not rest or rest[0] not in CONTEXTS:
        bad(rid, "expected a context tag (reply/proactive) after the subtypes")
        return
    rest = rest[1:]
    if rest and rest[-1] == "traditional":
        rest = rest[:-1]
        if rec["lang"] != "zh":
            bad(rid, "'traditional' needs lang zh")
    if labels:
        if not rest or rest[0] not in ("overt", "subtle", "evasion"):
            bad(rid, "violation needs overt, subtle or evasion")
            return
        techs = rest[1:]
        if rest[0] == "evasion":
            if not techs:
                bad(rid, "evasion without a technique tag")
        elif techs:
            bad(rid, "technique tags without 'evasion'")
        for t in techs:
            if t not in TECHNIQUES:
                bad(rid, "unknown tag %r" % t)
            elif not has_technique(t, rec["text"], rec):
                bad(rid, "no evidence in the text for technique %r" % t)
    else:
        techs = []
        if rest == ["ordinary"]:
            pass
        elif len(rest) == 2 and rest[0] == "near-miss" and rest[1] in NM_KINDS:
            pass
        else:
            bad(rid, "compliant record needs 'near-miss' + a known kind, or 'ordinary'; got %r" % rest)
    for t in TECHNIQUES:
        if t not in techs and has_technique(t, rec["text"], rec):
            bad(rid, "untagged %r artefact in the text" % t)


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py first)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "not JSON: %s" % exc)
    if len(recs) != N:
        bad("file", "expected %d records, found %d" % (N, len(recs)))
    ids, texts = set(), {}
    cnt = collections.Counter()
    cells = collections.defaultdict(collections.Counter)
    subs = collections.defaultdict(collections.Counter)
    for i, rec in enumerate(recs, 1):
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad("record %d" % i, "keys must be exactly %s" % sorted(KEYS))
            continue
        rid = rec["id"]
        if rid in ids:
            bad(rid, "duplicate id")
        ids.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence (expected %s)" % (ID_FMT % i))
        text, labels, note = rec["text"], rec["labels"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in texts:
            bad(rid, "same text as %s" % texts[key])
        texts[key] = rid
        low = fold(text).lower()
        for name in FORBIDDEN_NAMES:
            if name in low:
                bad(rid, "uses a name from the earlier set: %s" % name)
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must come from %s" % POLICIES)
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in canonical order")
        if not isinstance(note, str) or not note.endswith(".") or SENT_END_RE.search(note[:-1]) \
                or len(note) < 15:
            bad(rid, "note must be one sentence ending in a full stop")
        check_tags(rid, rec)
        check_lang(rid, rec)
        check_contacts(rid, text)
        script = "zh-traditional" if "traditional" in rec["tags"] else (
            "zh-simplified" if rec["lang"] == "zh" else rec["lang"])
        cnt["script:" + script] += 1
        cnt["lang:" + rec["lang"]] += 1
        for l in labels:
            cnt["label:" + l] += 1
        for l, s in zip(labels, rec["tags"]):
            subs[l][s] += 1
        if len(labels) == 2:
            cnt["two-labels"] += 1
        if not labels:
            cnt["clean"] += 1
            cells[script]["near-miss" if "near-miss" in rec["tags"] else "ordinary"] += 1
        else:
            cells[script]["violation"] += 1
        for t in ("near-miss", "ordinary", "evasion", "subtle", "overt", "reply", "proactive"):
            if t in rec["tags"]:
                cnt[t] += 1
                if t == "evasion":
                    cells[script]["evasion"] += 1
        for t in TECHNIQUES:
            if t in rec["tags"]:
                cnt["tech:" + t] += 1
    for k, (lo, hi) in RANGES.items():
        if not lo <= cnt[k] <= hi:
            bad("mix", "%s = %d, outside %d..%d" % (k, cnt[k], lo, hi))

    print("records: %d  (script check via %s)" % (len(recs), SCRIPT_SOURCE))
    print("per label: " + ", ".join("%s %d" % (l, cnt["label:" + l]) for l in POLICIES)
          + "  (two labels: %d)" % cnt["two-labels"])
    print("violations: %d (overt %d, subtle %d, evasion %d)   compliant: %d (near-miss %d, ordinary %d)"
          % (len(recs) - cnt["clean"], cnt["overt"], cnt["subtle"], cnt["evasion"], cnt["clean"],
             cnt["near-miss"], cnt["ordinary"]))
    print("lang: en %d, zh %d (Simplified %d, Traditional %d), mixed %d"
          % (cnt["lang:en"], cnt["lang:zh"], cnt["script:zh-simplified"], cnt["script:zh-traditional"],
             cnt["lang:mixed"]))
    for s in ("en", "zh-simplified", "zh-traditional", "mixed"):
        c = cells[s]
        print("  %-15s violation %3d (evasive %2d)  near-miss %2d  ordinary %d"
              % (s, c["violation"], c["evasion"], c["near-miss"], c["ordinary"]))
    print("context: reply %d, proactive %d" % (cnt["reply"], cnt["proactive"]))
    print("techniques: " + ", ".join("%s %d" % (t, cnt["tech:" + t]) for t in TECHNIQUES))
    for l in POLICIES:
        print("  %s: %s" % (l, ", ".join("%s %d" % kv for kv in subs[l].most_common())))
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
