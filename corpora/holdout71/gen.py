#!/usr/bin/env python3
"""Builds holdout71.jsonl: holdout h71, 160 hand-written, hand-labelled seller-to-buyer messages
for an invented Amazon seller, Saffronreed Yoga Supply (yoga mats, cork blocks, meditation
cushions, straps, bolsters, mat cleaner).  Standard library only.

Hard-to-see characters are spelled out: ZW (zero-width space), CY_A / CY_E / CY_CAP_A
(Cyrillic look-alikes), STAR (the emoji star), fw() (full-width Latin letters).
Records are shuffled with random.Random(71) and numbered h71-001 .. h71-160.
records() returns the list; running the file writes holdout71.jsonl next to it.
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
CY_CAP_A = "\u0410"
STAR = "\u2b50"

POLICIES = ["marketing", "off-platform-contact", "review-inducement"]
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow", "group"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}


def fw(s):
    """Full-width form of an ASCII string (letters, digits, @ and .)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RECS = []


def R(cat, lang, text, note, style=None, subs=(), tech=(), trap=None, region=None):
    """cat: violation/evasion/near-miss/clean; lang: en, zh, mixed; region: None, 'tw', 'hk'."""
    subs = sorted(subs, key=lambda s: (POLICIES.index(OWNER[s]), SUBTYPES[OWNER[s]].index(s)))
    labels = sorted({OWNER[s] for s in subs})
    tags = [cat] + ([style] if style else []) + subs + list(tech) + ([trap] if trap else [])
    if region:
        tags += ["traditional", {"tw": "taiwanese", "hk": "cantonese"}[region]]
    if lang == "mixed":
        tags.append("mixed")
    RECS.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})


V, E, N, C = "violation", "evasion", "near-miss", "clean"

# =====================================================================================
# VIOLATIONS, English (22): plain 8, careful 7, split 7
# =====================================================================================
R(V, "en", "Hi Wilhelmina, thank you for choosing the Tidemoss mat. If you write a review of it "
  "on Amazon, reply here once it's up and we'll post you a Loomstay strap at no cost.",
  "A strap is promised in return for a posted review, which is compensation for a review "
  "(policy.md C1).", style="plain", subs=["incentive"])
R(V, "en", "Desmond, we're a two-person shop and every five-star rating keeps the lights on. If "
  "the Hushwell cushion suits you, that's the score we'd hope to see next to your name.",
  "Names the rating the seller wants, a five-star score (policy.md C2).", style="plain",
  subs=["rating-request"])
R(V, "en", "Your Dewcrest bottle should last about two months of daily use. When it runs low, "
  "enter FLOW15 at checkout on your next order and take 15% off the refill.",
  "A discount code tied to the next purchase: a coupon and a buy-again push (policy.md B; "
  "interface.md marketing).", style="plain", subs=["coupon", "buy-again"])
R(V, "en", "Octavia, if the bolster zip gives you any more trouble, just call the studio on "
  "+1 (720) 555-0148 and ask for Bram; he can talk you through it in a minute.",
  "The shop's own phone number for a product question; not a carrier, warranty or "
  "manufacturer line (policy.md D3).", style="plain", subs=["phone"])
R(V, "en", "We post a short evening flow on Instagram every Monday and give away a pair of cork "
  "blocks to one follower each month. You'll find us at @saffronreed.flow.",
  "Invites the buyer to follow a social account (policy.md D4) with a monthly giveaway as the "
  "hook (policy.md B).", style="plain", subs=["giveaway", "follow", "social"])
R(V, "en", "Hi Barnaby, the replacement cover left today with tracking TBA392017465580. Now that "
  "it's sorted, could you update your review so it shows how things ended up?",
  "Asks for a product review to be updated after the problem was fixed, which is barred even "
  "after resolution (policy.md C4).", style="plain", subs=["change-review"])
R(V, "en", "Rosamund, if you're enjoying the blocks we'd love a review on Amazon. If something "
  "isn't right, message us here first instead and we'll fix it before you post anything.",
  "Happy buyers are sent to the review page and unhappy ones to the seller: review gating "
  "(policy.md C3).", style="plain", subs=["gating"])
R(V, "en", "A quick note from Saffronreed: everything in our Amazon store is 20% off this "
  "weekend, bolsters and meditation cushions included, until Sunday night.",
  "An unsolicited sale announcement with a percentage off (policy.md B).", style="plain",
  subs=["sale", "discount"])
R(V, "en", "Idris, the cork blocks you bought now have a taller sibling, 12 cm instead of 10, for "
  "anyone who wants more lift in seated poses. It sits on our Amazon page right next to the "
  "pair you have.",
  "News of a new product the buyer never asked about, with no offer word in sight (policy.md "
  "B; interface.md marketing).", style="careful", subs=["new-product"])
R(V, "en", "Petra, these threads get slow on our side. Write to Linnea directly at "
  "care@saffronreedyoga.com and she'll sort out the cover swap from there.",
  "Gives an e-mail address (policy.md D2) and moves the conversation off Amazon (policy.md D6).",
  style="careful", subs=["email", "diversion"])
R(V, "en", "Lucian, if the cushion has earned a place in your mornings, the product page is where "
  "other sitters would like to hear about it. If it hasn't, tell us here before anything goes "
  "up, so we get the chance to make it right.",
  "Gating without the word review: satisfied buyers to the product page, dissatisfied ones to "
  "the seller first (policy.md C3).", style="careful", subs=["gating"])
R(V, "en", "Greta, the fresh mat reached you on Tuesday and you said it's perfect. Would you go "
  "back to what you posted under the Tidemoss listing and bring it up to date with how things "
  "turned out?",
  "A veiled request to edit an existing product review after a fix (policy.md C4).",
  style="careful", subs=["change-review"])
R(V, "en", "Mr. Valderrama, once your thoughts on the bolster are up on Amazon, send us a quick "
  "note here. A lavender Dewcrest bottle will be on its way to you the same day, our treat.",
  "A product is offered for posting a review, worded without review or free (policy.md C1).",
  style="careful", subs=["incentive"])
R(V, "en", "Ms. Nwachukwu, for quicker answers on sizing, Linnea is on Signal at 720-555-0163. "
  "Most people find that easier than going back and forth in here.",
  "A messaging app and a staff number, and the buyer is steered away from Amazon messaging "
  "(policy.md D3, D4, D6).", style="careful", subs=["messaging-app", "phone", "diversion"])
R(V, "en", "Juniper, most people who practise daily get through a Dewcrest bottle in about six "
  "weeks. The twin pack on our page works out cheaper per bottle and saves the scramble when "
  "the first one runs dry.",
  "A nudge to buy the cleaner again, as a two-bottle pack (policy.md B; interface.md "
  "marketing, buy-again pushes).", style="careful", subs=["bundle", "buy-again"])
R(V, "en", "Mrs. Fairweather, we'd be glad to hear how the zafu is working out, on its product "
  "page. Everyone who posts there this month goes into our draw for a Brackenrest bolster. "
  "Good luck!",
  "The ask and the reward sit in different sentences: a prize draw for reviewers is "
  "compensation (policy.md C1) and a giveaway (policy.md B).", style="split",
  subs=["giveaway", "incentive"])
R(V, "en", "Desmond, you mentioned wanting a second mat for your studio. It's quicker to skip the "
  "Amazon checkout for that one. Our own shop at saffronreedyoga.com sends the same Tidemoss and "
  "takes a little off for people who've bought before.",
  "Sends a buyer to the seller's own site to buy (policy.md D1, D6) at a lower price "
  "(policy.md B).", style="split", subs=["discount", "url", "diversion"])
R(V, "en", "Octavia, we saw the note you left on our seller page about the late parcel. The "
  "carrier has admitted the delay was theirs, not ours. It is pulling our shop score down, so "
  "we'd be grateful if you took it off today.",
  "Pressure to take down seller feedback because it hurts the account (policy.md C5).",
  style="split", subs=["feedback-pressure"])
R(V, "en", "Barnaby, thanks for bearing with us through the swap. When you post about the strap, "
  "please say it arrived in two days and that the D-ring never slips. Those are the things "
  "shoppers keep asking about.",
  "Tells the buyer what to put in the review (policy.md C7).", style="split",
  subs=["steering"])
R(V, "en", "Rosamund, the Moss Dusk shade of the Tidemoss sold out in March. It's back in stock "
  "now. Here is the page if you'd like one for travel: amazon.com/dp/B0F6TQ3W8N",
  "A restock notice with a link to a listing; an Amazon link is marketing, not off-platform "
  "(policy.md B, D1; interface.md).", style="split", subs=["listing-link", "restock"])
R(V, "en", "Idris, a lot of our buyers find us through someone in their class. If a friend of "
  "yours orders and tells us your name, you'll both get 10% back on the next order.",
  "A refer-a-friend scheme with money off for both sides (policy.md B).", style="split",
  subs=["discount", "referral"])
R(V, "en", "Petra, we keep a short list of buyers who hear about seconds and colour trials before "
  "anyone else. Reply with an e-mail address outside Amazon and Linnea will add you. It goes out "
  "about once a month.",
  "A mailing list for early offers (policy.md B) that collects a private address to reach the "
  "buyer off Amazon (policy.md D6).", style="split", subs=["vip-list", "diversion"])

# =====================================================================================
# VIOLATIONS, Simplified Chinese (16): plain 5, careful 5, split 6
# =====================================================================================
R(V, "zh", "贾女士您好，冥想坐垫用得还习惯吗？在亚马逊写完评价后截个图发给我们，我们用支付宝转您十五元，"
  "算是一点心意。",
  "Cash for a review screenshot, paid through Alipay outside Amazon (policy.md C1, D5).",
  style="plain", subs=["payment", "incentive"])
R(V, "zh", "邵先生，感谢支持小店。瑜伽砖要是觉得还不错，麻烦给我们打个满星，新店起步真的很需要。",
  "Asks for a full-star rating (policy.md C2).", style="plain", subs=["rating-request"])
R(V, "zh", "戴阿姨好，清洁喷雾快用完的时候，下次在店里结账输入优惠码 ZAFU20 可以减二十元，月底前都有效。",
  "A coupon code for the next purchase of the cleaner (policy.md B).", style="plain",
  subs=["coupon", "buy-again"])
R(V, "zh", "闫老师，伸展带扣环的问题我们想看一段视频，您加一下我们的微信 saffronreed_cn，直接发过来更方便。",
  "A WeChat ID to move the conversation off Amazon (policy.md D4).", style="plain",
  subs=["messaging-app"])
R(V, "zh", "小棠你好！我们店里上新了荞麦壳旅行坐垫，记得在亚马逊上关注我们的店铺，有新品第一时间就能看到。",
  "New-product news and a call to follow the store; following on Amazon is marketing only "
  "(policy.md B; interface.md).", style="plain", subs=["new-product", "follow"])
R(V, "zh", "戴阿姨，坐垫用着舒服的话，欢迎到商品页写几句；要是哪里不顺心，先别急着写，直接在这里跟我们说，"
  "我们一定处理好。",
  "Gating in everyday words: write on the product page if happy, come to the seller first if "
  "not (policy.md C3).", style="careful", subs=["gating"])
R(V, "zh", "邵先生，新的瑜伽垫已经送到您家了。之前您在商品页留下的那段话，方便的话能不能改成现在的情况？",
  "Asks the buyer to rewrite an existing review after the replacement (policy.md C4).",
  style="careful", subs=["change-review"])
R(V, "zh", "闫老师，定做加长款的事在这里沟通比较慢，您直接拨 720-555-0163 找 Linnea，她当天就能给您答复。",
  "A staff number and an invitation to continue off Amazon (policy.md D3, D6).",
  style="careful", subs=["phone", "diversion"])
R(V, "zh", "贾女士，等您把使用感受发到商品页以后，回这条消息说一声，我们再寄一个荞麦壳坐垫套给您，不用付钱。",
  "A cushion cover at no charge once the review is up; the reward needs no trigger word "
  "(policy.md C1).", style="careful", subs=["incentive"])
R(V, "zh", "小棠，您买的瑜伽垫配上我们的软木砖和伸展带，初学者练起来会轻松很多，三样都在我们店里，可以一起下单。",
  "Unrequested cross-selling of blocks and a strap (policy.md B).", style="careful",
  subs=["cross-sell"])
R(V, "zh", "邵先生，谢谢您耐心等换货。您在亚马逊写使用感受的时候，麻烦提一句垫子不打滑、味道也小。"
  "这两点大家最关心。",
  "Steers the content of the review (policy.md C7).", style="split", subs=["steering"])
R(V, "zh", "闫老师您好。我们有个早课练习群，每天早上有老师带着练。扫一下包裹里那张小卡片上的码就能进群，"
  "群里还会发独家活动。",
  "An invitation to a brand group through a code printed on an insert (policy.md D1, section "
  "e), where promotions are posted (policy.md B).", style="split", subs=["group", "qr"])
R(V, "zh", "贾女士，您给店铺留的那条卖家反馈，我们已经按您的要求补发了。现在那条记录一直挂在店铺页面上，"
  "影响很大，麻烦您这两天撤掉。",
  "Pressure to withdraw seller feedback because it hurts the shop (policy.md C5).",
  style="split", subs=["feedback-pressure"])
R(V, "zh", "戴阿姨，以后您再要清洁喷雾，不用在亚马逊上下单了。直接把地址发到 care@saffronreedyoga.com，"
  "我们自己寄，比店里便宜一些。",
  "An e-mail address for ordering outside Amazon (policy.md D2, D6) at a lower price "
  "(policy.md B).", style="split", subs=["discount", "email", "diversion"])
R(V, "zh", "小棠，方便的话，在商品页分享一下您的练习体验吧。分享完告诉我们，会给您一个下次购物减三十元的码。",
  "A money-off code for the next order in exchange for a review: an incentive (policy.md C1) "
  "and a coupon (policy.md B).", style="split", subs=["coupon", "incentive"])
R(V, "zh", "邵先生，您上次买的清洁喷雾差不多该用完了。店里还有同一款，大瓶装更划算，您有空可以再带一瓶。",
  "A buy-again push for a consumable (policy.md B; interface.md marketing).", style="split",
  subs=["buy-again"])

# =====================================================================================
# VIOLATIONS, Traditional Chinese (10): Taiwan 6, Hong Kong 4; plain 3, careful 4, split 3
# =====================================================================================
R(V, "zh", "姚小姐您好，瑜珈磚用起來還順手嗎？滿意的話再麻煩給我們五顆星喔，不滿意就先傳訊息給我們，"
  "先不要急著留言。",
  "Five stars if satisfied, come to the seller first if not: a rating request and gating "
  "(policy.md C2, C3).", style="plain", subs=["rating-request", "gating"], region="tw")
R(V, "zh", "魏先生，之後想加購伸展帶或清潔噴霧，可以直接加我們的 LINE：@saffronreedtw，官方帳號常常有會員價喔。",
  "A LINE account for future purchases off Amazon (policy.md D4, D6) with member prices "
  "(policy.md B).", style="plain", subs=["vip-list", "messaging-app", "diversion"],
  region="tw")
R(V, "zh", "容太你好，喺亞馬遜寫咗評價之後影張截圖俾我哋，我哋就送多一個蕎麥殼坐墊套俾你。",
  "A second cushion cover for a review screenshot (policy.md C1).", style="plain",
  subs=["incentive"], region="hk")
R(V, "zh", "倪小姐，新的瑜珈墊已經寄到了。之前您在商品頁寫下的那幾句，方便的話可以改成現在的狀況嗎？拜託了。",
  "Asks for the posted review to be rewritten after the problem was fixed (policy.md C4).",
  style="careful", subs=["change-review"], region="tw")
R(V, "zh", "魏先生，下次要買第二張瑜珈墊的話，直接匯款給我們就好，不用再透過亞馬遜，我們宅配到府，"
  "價格也會算您便宜一點。",
  "Payment by bank transfer outside Amazon (policy.md D5, D6) at a lower price (policy.md B).",
  style="careful", subs=["discount", "payment", "diversion"], region="tw")
R(V, "zh", "譚生，個坐墊啱用嘅話，歡迎喺商品頁寫兩句；如果有咩唔妥，先咪寫住，同我哋講咗先，我哋即刻搞掂。",
  "Gating in Cantonese: write if the cushion suits, hold off and tell the seller if not "
  "(policy.md C3).", style="careful", subs=["gating"], region="hk")
R(V, "zh", "關小姐，我哋每週日朝早喺 IG 開直播教伸展，搵 @saffronreed.flow 就得，記得撳追蹤，唔好錯過。",
  "An Instagram handle (IG) and a call to follow it (policy.md D4, B).", style="careful",
  subs=["follow", "social"], region="hk")
R(V, "zh", "姚小姐，跟您分享一個小活動。在商品頁分享使用心得，截圖傳訊息給我們，就能拿到一百元的轉帳回饋。"
  "名額有限喔。",
  "A cash reward by bank transfer for a review screenshot (policy.md C1, D5).", style="split",
  subs=["payment", "incentive"], region="tw")
R(V, "zh", "譚生，多謝幫襯。我哋今個月尾做週年大減價，全店坐墊同瑜伽枕都平兩成。得閒可以去我哋喺亞馬遜嘅店舖睇下。",
  "An anniversary sale announcement, 20 percent off, sent to a past buyer (policy.md B).",
  style="split", subs=["sale", "discount"], region="hk")
R(V, "zh", "倪小姐，您之前買的霧紫色瑜珈墊，這個月多了同色系的冥想坐墊。想搭配的話可以到賣場看看喔。",
  "New-product news used to cross-sell a matching cushion (policy.md B).", style="split",
  subs=["new-product", "cross-sell"], region="tw")

# =====================================================================================
# VIOLATIONS, mixed (2): plain 1 (Simplified + English), split 1 (Cantonese + English)
# =====================================================================================
R(V, "mixed", "Hi Lucian, quick note: 关于 bolster 的尺寸问题，我们在 Telegram 上回复最快，"
  "搜 @saffronreed_desk 就能找到。Thanks!",
  "A Telegram handle as the preferred support channel (policy.md D4).", style="plain",
  subs=["messaging-app"])
R(V, "mixed", "關小姐, thank you for waiting! 個 bolster 如果用得開心，麻煩喺 Amazon 寫幾句 share 下。"
  "寫完話我哋知，next order 我哋送你一支 mat cleaner。",
  "Review only if happy, and a bottle of cleaner once it is written: gating and an incentive "
  "(policy.md C1, C3).", style="split", subs=["incentive", "gating"], region="hk")

# =====================================================================================
# EVASIONS, English (14)
# =====================================================================================
R(E, "en", "Hi Juniper, if the Tidemoss has you smiling, a fiv" + CY_E + "-st" + CY_A + "r r" + CY_E
  + "view would mean a lot to our little team.",
  "A five-star review request with Cyrillic look-alike letters inside the words (policy.md C2, "
  "section e).", subs=["rating-request"], tech=["homoglyph"])
R(E, "en", "Desmond, for the bolster cover swap, message Linnea on Wh" + CY_A + "ts" + CY_CAP_A
  + "pp: seven two oh, five five five, oh one six three. She answers there much faster.",
  "WhatsApp spelled with Cyrillic letters and the number in words; both point off Amazon "
  "(policy.md D3, D4, section e).", subs=["messaging-app", "phone"],
  tech=["homoglyph", "number-words"])
R(E, "en", "Octavia, post a r3view of the Hushwell cushion and paste its l1nk here; we'll refund "
  "the cover you bought in full as a thank-you.",
  "A refund in exchange for a review, with digits in place of letters (policy.md C1, "
  "section e).", subs=["incentive"], tech=["leetspeak"])
R(E, "en", "Barnaby, the quickest way to reach the packing room is T e l e g r a m, handle "
  "saffronreed_desk. We see those within the hour.",
  "A Telegram handle with the app name letter-spaced (policy.md D4, section e).",
  subs=["messaging-app"], tech=["spacing"])
R(E, "en", "Idris, follow us on I.n.s.t.a.g.r.a.m at @saffronreed.flow for weekly flows and a "
  "first look at the new cushion colours.",
  "A follow request and new-colour news on a social account whose name is broken by dots "
  "(policy.md B, D4, section e).", subs=["new-product", "follow", "social"],
  tech=["separator"])
R(E, "en", "Petra, the matching zabuton is cheaper on our own site, saffronreed" + ZW
  + "yoga.com, and it ships the same day.",
  "The shop's own domain, split by a zero-width space, offered as a cheaper place to buy "
  "(policy.md B, D1, D6, section e).", subs=["discount", "cross-sell", "url", "diversion"],
  tech=["zero-width"])
R(E, "en", "Greta, send your photos of the torn seam to " + fw("care@saffronreedyoga.com")
  + " and we'll handle the rest outside the message centre.",
  "A full-width e-mail address and an explicit move away from Amazon messaging (policy.md D2, "
  "D6, section e).", subs=["email", "diversion"], tech=["fullwidth"])
R(E, "en", "Thanks for bearing with us, Ms. Nwachukwu! If the bolster is helping your back, "
  + STAR * 5 + " on Amazon would make our week.",
  "Five emoji stars stand in for a five-star review request (policy.md C2, E).",
  subs=["rating-request"], tech=["emoji"])
R(E, "en", "Mr. Valderrama, for the custom-length strap, write to saffronreed dot studio at "
  "gmail dot com and we'll quote and sell it to you there.",
  "A spelled-out free-mail address for selling outside Amazon (policy.md D2, D6, section e).",
  subs=["email", "diversion"], tech=["spelled-email"])
R(E, "en", "Wilhelmina, before you add anything more under the Tidemoss listing, talk it through "
  "with us at care at saffronreedyoga dot com. We'd much rather sort it out privately.",
  "Diverts an unhappy reviewer to a private, spelled-out e-mail address (policy.md C3, D2).",
  subs=["email", "gating"], tech=["spelled-email"])
R(E, "en", "Mrs. Fairweather, our UK helper picks up on oh seven seven oh oh, nine oh oh, three "
  "nine five most evenings, which is far easier than typing it all out here.",
  "A UK phone number written in words, offered instead of Amazon messaging (policy.md D3, "
  "section e).", subs=["phone"], tech=["number-words"])
R(E, "en", "Lucian, we run a morning practice group on the green app. Send us your number and "
  "Linnea will add you this week.",
  "A chat group on an app named only by its colour (policy.md D4, section e); joining a brand "
  "group is also a call to action (policy.md B).", subs=["group", "messaging-app"],
  tech=["nickname"])
R(E, "en", "Octavia, the bolster covers cost less if you order from us directly: type our shop "
  "name plus the word yoga, followed by the usual dot-com.",
  "The seller's website described instead of written, as a cheaper channel (policy.md B, D1, "
  "D6).", subs=["discount", "url", "diversion"], tech=["described-site"])
R(E, "en", "Rosamund, add us on Telegram: saffronreed, then an underscore, then desk. Linnea "
  "keeps that chat open all day.",
  "A Telegram handle dictated in pieces (policy.md D4, section e).", subs=["messaging-app"],
  tech=["split-handle"])

# =====================================================================================
# EVASIONS, Simplified Chinese (9)
# =====================================================================================
R(E, "zh", "贾女士，瑜伽垫用着顺手的话，给个 haoping 再晒张图，我们 fanxian 十五元到您的支付宝。",
  "Pinyin for a positive review and cash back, paid through Alipay (policy.md C1, C2, D5, "
  "section e).", subs=["payment", "rating-request", "incentive"], tech=["pinyin"])
R(E, "zh", "邵先生，加一下我们的薇信 saffronreed_cn，以后买垫子都按内部价给您，群里也会提前通知。",
  "WeChat written with a homophone, offering insider prices (policy.md D4, B, section e).",
  subs=["discount", "vip-list", "messaging-app"], tech=["homophone"])
R(E, "zh", "戴阿姨，您打字不方便的话，直接拨七二零五五五零一四八，找阿萤就行，她会慢慢跟您说。",
  "The shop's number in Chinese numerals (policy.md D3, section e).", subs=["phone"],
  tech=["cn-numerals"])
R(E, "zh", "闫老师，伸展带用着顺手的话，给个好-评，截图发过来就有红-包哦。",
  "Positive review and a cash gift with hyphens inside the words (policy.md C1, C2, section e).",
  subs=["rating-request", "incentive"], tech=["separator"])
R(E, "zh", "小棠，那 条 差 评 要 是 能 删 掉，我们把这张垫子的钱全部退给您。",
  "A full refund for deleting a negative review, letter-spaced (policy.md C4, C1, section e).",
  subs=["incentive", "change-review"], tech=["spacing"])
R(E, "zh", "贾女士，售后的事可以去绿泡泡上找我们，账号是 saffronreed 后面加下划线再加 cn。",
  "WeChat by nickname and the ID dictated in pieces (policy.md D4, section e).",
  subs=["messaging-app"], tech=["nickname", "split-handle"])
R(E, "zh", "闫老师，扣环的照片请直接发到我们的售后邮箱 " + fw("care@saffronreedyoga.com")
  + "，阿萤会在那边跟进。",
  "A full-width e-mail address (policy.md D2, section e).", subs=["email"],
  tech=["fullwidth"])
R(E, "zh", "小棠，想买替换坐垫套的话，在浏览器里输入我们的店名，再接上瑜伽的英文和最常见的网址后缀，那边比亚马逊便宜。",
  "The shop's website described in words as a cheaper place to buy (policy.md B, D1, D6).",
  subs=["discount", "url", "diversion"], tech=["described-site"])
R(E, "zh", "邵先生，方便的话加个 weixin，号是 saffronreed_cn，以后店里有 youhui 第一时间发给您。",
  "WeChat and offers written in pinyin (policy.md D4, B, section e).",
  subs=["vip-list", "messaging-app"], tech=["pinyin"])

# =====================================================================================
# EVASIONS, Traditional Chinese (5): Taiwan 3, Hong Kong 2
# =====================================================================================
R(E, "zh", "倪小姐，之後有任何問題，直接加賴 @saffronreedtw 比較快喔，不用在這邊等。",
  "LINE written as the homophone 賴, with the shop's handle (policy.md D4, section e).",
  subs=["messaging-app"], tech=["homophone"], region="tw")
R(E, "zh", "魏先生，訂做加長伸展帶的細節，直接打七二〇五五五〇一六三找 Linnea 就好，不用在這裡來回傳訊息。",
  "A staff number in Chinese numerals, to replace Amazon messaging (policy.md D3, D6, "
  "section e).", subs=["phone", "diversion"], tech=["cn-numerals"], region="tw")
R(E, "zh", "姚小姐，好" + ZW + "評寫完截圖給我們，就退您一半的貨款喔。",
  "Positive review split by a zero-width space, paid with a half refund (policy.md C1, C2, "
  "section e).", subs=["rating-request", "incentive"], tech=["zero-width"], region="tw")
R(E, "zh", "譚生，之後有咩想問，喺紙飛機搵 saffronreed_desk 就得，快過喺度慢慢等。",
  "Telegram by its nickname, 紙飛機, as a faster channel than Amazon (policy.md D4, D6, "
  "section e).", subs=["messaging-app", "diversion"], tech=["nickname"], region="hk")
R(E, "zh", "關小姐，個墊已經換咗新嘅，可唔可以幫手將嗰條負-評改返好啲？",
  "Asks to soften a negative review after a replacement, with a hyphen inside the word "
  "(policy.md C4, section e).", subs=["change-review"], tech=["separator"], region="hk")

# =====================================================================================
# EVASIONS, mixed Simplified + English (2)
# =====================================================================================
R(E, "mixed", "Hi Desmond！瑜伽砖 still good? 如果满意，麻烦 leave us " + STAR * 5
  + "，we will send you a strap at no cost 哦。",
  "Emoji stars as the rating request and a strap as the reward (policy.md C1, C2, E).",
  subs=["rating-request", "incentive"], tech=["emoji"])
R(E, "mixed", "Hi 小棠，我们的 W3Chat 号是 saffronreed_cn, add us and you'll get members-only prices 哦。",
  "WeChat in leetspeak, with member prices as the draw (policy.md D4, B, section e).",
  subs=["discount", "vip-list", "messaging-app"], tech=["leetspeak"])

# =====================================================================================
# NEAR-MISSES, English (23)
# =====================================================================================
R(N, "en", "Hi Wilhelmina, this is Linnea at Saffronreed about order 113-5820471-9036624. If you "
  "have a minute, you're welcome to write a review of the Tidemoss mat on Amazon, whatever your "
  "experience has been. It helps people who are choosing their first mat.",
  "One neutral review request with no rating, reward or condition, which is allowed "
  "(interface.md; policy.md C near-misses).", trap="neutral-request")
R(N, "en", "Desmond, regarding order 112-0739156-4482017: once you've had the cork blocks for a "
  "while, a few honest words on their Amazon page, good or bad, would help the next person "
  "deciding. Thanks for ordering either way.",
  "Neutral and balanced (good or bad), asked once (policy.md C near-misses, section b).",
  trap="neutral-request")
R(N, "en", "Barnaby, thank you for the offer, but we can't take payment by PayPal or arrange the "
  "sale away from Amazon. If you still want the second mat, it needs to be ordered on Amazon "
  "like the first one.",
  "Refuses the buyer's off-Amazon payment; PayPal is named only to decline it (policy.md D5, "
  "D near-misses).", trap="refusal")
R(N, "en", "Idris, we don't share WhatsApp or phone numbers for orders; all our support runs "
  "through these Amazon messages, and Linnea reads them twice a day.",
  "Declines to move off Amazon; no handle or number is given (policy.md D near-misses).",
  trap="refusal")
R(N, "en", "Petra, you asked, 'Can I just email you the photos instead?' The simplest way is to "
  "attach them right here in this Amazon message; the paperclip under the reply box takes "
  "several images at once.",
  "The buyer's own words are quoted and the answer keeps the exchange on Amazon (policy.md D "
  "near-misses).", trap="quoted-buyer")
R(N, "en", "Lucian, you wrote that the mat 'deserves five stars but smells like a tyre shop.' That "
  "rubber smell is normal for natural latex and fades within a week or two if the mat is left "
  "unrolled somewhere airy.",
  "Five stars appear only inside the buyer's quoted words; nothing is asked about the review "
  "(policy.md C near-misses).", trap="quoted-buyer")
R(N, "en", "Greta, to send the cushion back, open Your Orders on Amazon, choose the Hushwell order "
  "and pick Return or replace items. The prepaid label appears there once you confirm.",
  "Return steps through Amazon's own order pages (policy.md D near-misses).",
  trap="amazon-page")
R(N, "en", "Mr. Valderrama, for order 111-3948260-7715402, the size chart you asked about is the "
  "fourth image on the Tidemoss page on Amazon; it gives length, width and weight for both "
  "thicknesses.",
  "Points to a picture on the listing the buyer bought from, in answer to his question, with "
  "no link and no offer (policy.md A, B near-misses).", trap="amazon-page")
R(N, "en", "Ms. Nwachukwu, you asked whether the mat cleaner can go on Subscribe & Save. It isn't "
  "enrolled in that Amazon program at the moment, so the price on the page is for one bottle "
  "at a time.",
  "Answers a question about an Amazon program; nothing is offered or pushed (policy.md B "
  "near-misses).", trap="amazon-program")
R(N, "en", "Juniper, Amazon will likely email you in a week or so asking about the strap. That "
  "message comes from Amazon, not from us, and you're free to answer it or not.",
  "Explains Amazon's own automatic review e-mail; informational (policy.md C near-misses).",
  trap="amazon-program")
R(N, "en", "Mrs. Fairweather, your cushion is with Royal Mail under LV582041937GB. Their website "
  "tracker updates about an hour after each scan, so the last step may show up a little late.",
  "Names the carrier's site for tracking without a link; logistics (policy.md A, D "
  "near-misses).", trap="carrier-site")
R(N, "en", "Octavia, the bolster was handed to USPS for the last leg. Entering 9400 1118 9956 3027 "
  "4415 82 on the USPS tracking site gives the most detailed scans.",
  "A tracking number and the carrier's own site, no link (policy.md D near-misses).",
  trap="carrier-site")
R(N, "en", "Rosamund, the Tidemoss is natural rubber, so if your skin reacts at all, please stop "
  "using it and tell us here. With a latex allergy we'd arrange a return rather than a swap.",
  "Safety advice about latex with a return offered as a remedy (policy.md A).",
  trap="care-safety")
R(N, "en", "Petra, about the pinch you mentioned: the D-ring buckle can catch skin, so feed the "
  "tail through both rings before you pull. Hang the cotton strap on a line to dry after "
  "washing; it will stretch a little in the first week.",
  "Care and safety answer; line here is a washing line, not the app (policy.md D "
  "near-misses).", trap="care-safety")
R(N, "en", "Lucian, yes, the Cairnstep blocks you asked about come in a 12 cm height as well as "
  "the 10 cm pair you have. Both are under the Size options on the same Amazon page, and the "
  "price difference is a couple of dollars.",
  "Answers the buyer's own question about another size; no push, code or link (policy.md A, "
  "B near-misses).", trap="asked-about")
R(N, "en", "Greta, to your question: yes, the Brackenrest cover can be bought on its own. It's "
  "under Style on the bolster's Amazon page, listed as Replacement cover, and it fits the "
  "rectangular bolster you have.",
  "The buyer asked whether the cover is sold separately; a factual answer is customer service, "
  "not cross-selling (policy.md A, B near-misses).", trap="asked-about")
R(N, "en", "Wilhelmina, we're sorry the cork block arrived chipped. A replacement pair is on its "
  "way at no charge, and there's no need to send the chipped one back; order "
  "113-2671048-5590316 shows the new shipment.",
  "A free replacement is a remedy, not a promotion (policy.md B near-misses).", trap="remedy")
R(N, "en", "Idris, your order number is 112-7205550-1486073, and the parcel is with Amazon "
  "Logistics under TBA618204937751, due on Thursday.",
  "The order id contains the digits of the shop's phone number but is an order id "
  "(policy.md D near-misses).", trap="lookalike-number")
R(N, "en", "Ms. Nwachukwu, we're glad the second cushion arrived in good shape and the refund for "
  "the first one has gone through. If you feel we have now dealt with the problem, you are able "
  "to revise or take down the seller feedback you left earlier; that choice is entirely yours.",
  "The neutral seller-feedback notice after resolution that Amazon gives as acceptable; no "
  "pressure or reward (policy.md C5; judgement call).", trap="feedback-notice")
R(N, "en", "Barnaby, to answer your question, the Tidemoss is free of PVC and the top layer is "
  "polyurethane, which is why it grips when you sweat. At 183 cm long it suits people up to "
  "about 190 cm tall.",
  "Free is a material fact, not an offer (policy.md B near-misses).", trap="product-word")
R(N, "en", "Juniper, thank you for letting us know you reviewed the strap. On your other question, "
  "2.5 m is enough for a full forward fold at most heights; you'd only need more above about "
  "195 cm.",
  "Thanks for a review the buyer mentioned, in a reply, with no further ask (policy.md C "
  "near-misses).", trap="review-thanks")
R(N, "en", "Desmond, the Brackenrest carries a one-year warranty on seams and zips. Just reply in "
  "this thread with a photo of the split seam and the order number, 111-0586234-4397160, and "
  "we'll take it from there.",
  "A warranty claim handled inside Amazon messaging (policy.md A, D near-misses).",
  trap="warranty")
R(N, "en", "Greta, you paid $38.99 for the bolster and the listing showed $34.99 the next day. "
  "We've refunded the $4.00 difference through Amazon to the card you used, so it should appear "
  "within three to five days.",
  "Prices and a refund through Amazon for an order already placed; no offer (policy.md B "
  "near-misses).", trap="price-paid")

# =====================================================================================
# NEAR-MISSES, Simplified Chinese (17)
# =====================================================================================
R(N, "zh", "闫老师您好，订单 114-9013375-6628841 的瑜伽垫您已经用了一阵子了吧？如果方便，欢迎在亚马逊的商品页"
  "写下您的真实看法，好的坏的都可以，能给后来的买家一些参考。",
  "A single balanced review request (interface.md; policy.md section b).",
  trap="neutral-request")
R(N, "zh", "小棠，谢谢您的好意，不过我们不能因为评价给您任何返现或折扣，亚马逊也不允许。垫子以后有什么问题，"
  "我们照常帮您处理。",
  "Refuses any reward for a review (policy.md C1, C near-misses).", trap="refusal")
R(N, "zh", "戴阿姨，您说想加个微信方便联系，实在不好意思，按亚马逊的要求我们只能在这里沟通。有问题随时在这个对话里留言，"
  "我们当天就回。",
  "Declines the buyer's WeChat request; no ID is given (policy.md D near-misses).",
  trap="refusal")
R(N, "zh", "邵先生，您写的“用着挺好，就是有点滑，先给三星”我们看到了。新垫子表面有一层薄膜，用温水加几滴清洁喷雾擦两遍就不滑了。",
  "Quotes the buyer's three-star remark and answers the grip problem; no request to change it "
  "(policy.md C near-misses).", trap="quoted-buyer")
R(N, "zh", "闫老师，您问“能不能直接打电话给你们”，我们这边只通过亚马逊消息联系，您把问题写在这里，阿萤会在一个工作日内回复。",
  "The buyer's question about phoning is quoted and declined (policy.md D near-misses).",
  trap="quoted-buyer")
R(N, "zh", "贾女士，如果包裹一直没到，您可以通过亚马逊的 A-to-z 保障申请处理，订单 112-8306619-2054873 的详情页里就能提交。",
  "Points to Amazon's own guarantee program (policy.md D near-misses).",
  trap="amazon-program")
R(N, "zh", "小棠，退货的话请在亚马逊“我的订单”里找到这条伸展带，点“退换货”，按提示打印退货标签就可以了。",
  "Return steps on Amazon's own pages (policy.md D near-misses).", trap="amazon-page")
R(N, "zh", "戴阿姨，您的坐垫走的是顺丰，单号 SF1480293756624，在顺丰官网输入单号就能看到每一站的状态。",
  "The carrier's website for tracking, no link (policy.md D near-misses).",
  trap="carrier-site")
R(N, "zh", "闫老师，您下了两个一样的订单，已经按您的要求取消了重复的那一单，另一单照常发货，不会重复扣款。",
  "Cancelling a duplicate order at the buyer's request is logistics (policy.md A, C "
  "near-misses).", trap="logistics-word")
R(N, "zh", "邵先生，冥想坐垫里的荞麦壳不能水洗，把外套拆下来单独用冷水洗就好，晾的时候别暴晒。每个星期拍一拍，让荞麦壳保持蓬松。",
  "Care instructions; the star character is part of the word for week (policy.md C "
  "near-misses).", trap="care-safety")
R(N, "zh", "贾女士，您问的加厚款瑜伽垫是有的，8毫米，在同一个商品页的“尺寸”里就能选到，价格比您买的6毫米贵二十元左右。",
  "Answers the buyer's question about a thicker mat; no push or offer (policy.md A, B "
  "near-misses).", trap="asked-about")
R(N, "zh", "戴阿姨，旅行款瑜伽垫可以对折两次，折好以后大约一本杂志大小，放进登机箱没有问题。",
  "The discount character appears only in the word for folding (policy.md B, C near-misses).",
  trap="substring")
R(N, "zh", "闫老师，我们评估了一下您发来的照片，扣环上的划痕是运输途中磨出来的，新的伸展带已经安排寄出。",
  "The review character appears only in the word for assessing; a remedy follows (policy.md C "
  "near-misses).", trap="substring")
R(N, "zh", "邵先生，这条消息不是来请您写评价的，只是告诉您订的瑜伽砖已经到了您所在的城市，明天就能送到。",
  "Says it is not a review request and gives a delivery update (policy.md C near-misses).",
  trap="negation")
R(N, "zh", "贾女士，您问的商品页上那个“满200减20”的优惠，是亚马逊平台自己的促销，结账时会自动扣减，不需要输入任何码。",
  "Explains an Amazon promotion the buyer asked about; policy.md would warn at most "
  "(policy.md B near-misses; judgement call).", trap="answer")
R(N, "zh", "小棠，您说的评论区里那张照片，是另一位买家的瑜伽垫泡过水以后的样子，正常使用不会起泡。",
  "Mentions the review section only to answer the buyer (policy.md C near-misses).",
  trap="review-word")
R(N, "zh", "邵先生，订单 113-4469027-8813505 还没发出，收货地址只能由您在亚马逊“我的订单”里修改，改好以后我们会按新地址发货。",
  "Changing a delivery address is logistics (policy.md C near-misses).",
  trap="logistics-word")

# =====================================================================================
# NEAR-MISSES, Traditional Chinese (9): Taiwan 5, Hong Kong 4
# =====================================================================================
R(N, "zh", "姚小姐您好，訂單 114-2853016-7720469 的瑜珈磚用了一陣子了吧？如果有空，歡迎到亞馬遜商品頁留下您的真實心得，"
  "好壞都可以，謝謝您。",
  "A single neutral review request, good or bad (interface.md; policy.md section b).",
  trap="neutral-request", region="tw")
R(N, "zh", "魏先生，謝謝您想加 LINE 的好意，不過依照亞馬遜的規定，我們只能在這裡回覆您，有任何問題直接傳訊息就可以喔。",
  "Declines the buyer's LINE request (policy.md D near-misses).", trap="refusal",
  region="tw")
R(N, "zh", "倪小姐，您的瑜珈墊已交由黑貓宅急便配送，在黑貓官網輸入訂單頁上的託運單號就能看到進度，大約兩個工作天內送達。",
  "Tracking on the carrier's own website, no link (policy.md D near-misses).",
  trap="carrier-site", region="tw")
R(N, "zh", "倪小姐，您說「墊子很好，可是出貨太慢，所以只給三顆星」，出貨慢確實是我們的問題，這次是倉庫排班出了狀況，"
  "我們已經調整好了。",
  "Quotes the buyer's three-star remark and apologises; no request to change it (policy.md C "
  "near-misses).", trap="quoted-buyer", region="tw")
R(N, "zh", "姚小姐，軟木磚沾到汗水後請用乾布擦乾，不要泡水，也不要用酒精擦拭；天然軟木有一點色差是正常的，不影響保固喔。",
  "Care instructions that mention the warranty (policy.md D near-misses).",
  trap="care-safety", region="tw")
R(N, "zh", "容太，多謝你耐心等我哋補寄新嘅坐墊套。如果你覺得問題已經處理好，你喺店舖留低嘅賣家反饋可以自己更新或者刪除，"
  "做唔做完全由你決定。",
  "The neutral seller-feedback notice after resolution, choice left to the buyer (policy.md "
  "C5; judgement call).", trap="feedback-notice", region="hk")
R(N, "zh", "譚生，個瑜伽枕拉鏈壞咗真係唔好意思，我哋已經免費補寄一個新嘅俾你，舊嗰個唔使寄返。",
  "A free replacement is a remedy (policy.md B near-misses).", trap="remedy", region="hk")
R(N, "zh", "關小姐，你張訂單 111-5550163-2209846 已經出咗倉，亞馬遜物流單號係 TBA705126389914，大約星期四到。",
  "The order id carries 555-0163 digits but is not a phone number (policy.md D near-misses).",
  trap="lookalike-number", region="hk")
R(N, "zh", "容太，你問嘅圓形瑜伽枕我哋有嘅，喺同一個商品頁揀「圓形」就得，價格同長方形嗰款差唔多。",
  "Answers the buyer's own question about the round bolster (policy.md A, B near-misses).",
  trap="asked-about", region="hk")

# =====================================================================================
# NEAR-MISS, mixed Simplified + English (1)
# =====================================================================================
R(N, "mixed", "Hi Lucian，你问的 mat cleaner 是不含酒精的，free of alcohol and fragrance，可以放心用在天然橡胶垫上。",
  "Free of alcohol is a product fact (policy.md B near-misses).", trap="product-word")

# =====================================================================================
# CLEAN, English (13)
# =====================================================================================
R(C, "en", "Hi Wilhelmina, the 6 mm Tidemoss is the better pick for your knees; the 4 mm one feels "
  "firmer on wooden floors but gives less cushioning when you kneel.",
  "Answers a sizing question (policy.md A).")
R(C, "en", "Desmond, a heads-up on your cork blocks: our carrier pickup slipped a day because of "
  "the storm, so they'll reach you Friday instead of Thursday. Sorry for the wait.",
  "A delay notice, which policy.md allows (policy.md A near-misses).")
R(C, "en", "Octavia, before we sew the initials onto your Hushwell cover, please confirm the "
  "letters are O, M and R in navy thread, centred near the zip. We'll hold the cover until we "
  "hear from you.",
  "Verifying a custom design is a permitted message (policy.md A).")
R(C, "en", "Barnaby, for spine support in restorative poses, lay the bolster lengthwise under "
  "your back and let your arms rest open. If it feels too high, fold a blanket under your hips "
  "to even it out.",
  "A usage answer (policy.md A).")
R(C, "en", "Rosamund, the buckwheat hulls settle a bit over the first month. Give the cushion a "
  "firm shake and a few pats each morning and it will keep its shape.",
  "A usage answer (policy.md A).")
R(C, "en", "Idris, the strap you ordered is 2.5 m long, which is plenty for seated forward folds "
  "and shoulder openers at your height.",
  "Answers a length question (policy.md A).")
R(C, "en", "Petra, the mat is packed rolled with a paper band. Unroll it and lay it flat overnight, "
  "weighed down at the corners, so the ends stop curling.",
  "A handling answer (policy.md A).")
R(C, "en", "Lucian, the zafu cover unzips along the side seam. Pull the zip slowly around the "
  "corner so the fabric does not catch.",
  "A handling answer (policy.md A).")
R(C, "en", "Greta, to answer your question, each cork block weighs about 900 grams, so it stays "
  "put when you press into it.",
  "A product answer (policy.md A).")
R(C, "en", "Mrs. Fairweather, your parcel was held at the regional hub overnight. We expect it by "
  "Saturday and will write again if anything slips further.",
  "A delay notice (policy.md A near-misses).")
R(C, "en", "Ms. Nwachukwu, the filling of the bolster is cotton batting, tightly packed and sewn "
  "in, so it won't flatten the way foam ones tend to.",
  "A product answer (policy.md A).")
R(C, "en", "Mr. Valderrama, the grey in the photos is our Sea Salt shade; in daylight it reads a "
  "little warmer than it does on a screen.",
  "A colour answer (policy.md A).")
R(C, "en", "Juniper, yes, the travel mat fits in a carry-on. Folded in thirds it is roughly the "
  "size of a laptop and weighs just under a kilo.",
  "A product answer (policy.md A).")

# =====================================================================================
# CLEAN, Simplified Chinese (10)
# =====================================================================================
R(C, "zh", "贾女士您好，6毫米的瑜伽垫更适合膝盖敏感的人，做跪姿的时候会舒服很多。",
  "A sizing answer (policy.md A).")
R(C, "zh", "邵先生，伸展带的扣环是金属的，先把带子穿过两个环，再从下面那个环绕回来，拉紧就不会松。",
  "A usage answer (policy.md A).")
R(C, "zh", "戴阿姨，冥想坐垫的高度大约15厘米，坐久了腿发麻的话，可以只坐在坐垫前面三分之一的位置。",
  "A usage answer (policy.md A).")
R(C, "zh", "闫老师，这两天下暴雨，快递揽收晚了一天，您的瑜伽砖预计周五送到，给您添麻烦了。",
  "A delay notice (policy.md A near-misses).")
R(C, "zh", "小棠你好，抱枕里面是压得很实的棉絮，是缝死在里面的，所以不会像海绵那样越用越扁。",
  "A product answer (policy.md A).")
R(C, "zh", "贾女士，刚拆开的天然橡胶垫会有一点味道，平铺在通风的地方放几天就会淡很多。",
  "A product answer (policy.md A).")
R(C, "zh", "邵先生，软木砖每块大约九百克，放在身体下面支撑的时候很稳，不会乱动。",
  "A product answer (policy.md A).")
R(C, "zh", "戴阿姨，坐垫外套上要绣的字我们再跟您确认一下：一个“戴”字，深蓝色线，绣在拉链对面，对吗？您确认以后我们就开始做。",
  "Verifying a custom design (policy.md A).")
R(C, "zh", "闫老师，包裹在中转站多停了一天，预计周六前送到，有新的进展我们再告诉您。",
  "A delay notice (policy.md A near-misses).")
R(C, "zh", "小棠，旅行款瑜伽垫只有1.5毫米厚，适合铺在酒店地毯上用，直接放在硬地板上跪着会有点硌。",
  "A product answer (policy.md A).")

# =====================================================================================
# CLEAN, Traditional Chinese (6): Taiwan 3, Hong Kong 3
# =====================================================================================
R(C, "zh", "姚小姐您好，這條伸展帶長兩百五十公分，坐姿前彎和肩膀伸展都很夠用喔。",
  "A length answer (policy.md A).", region="tw")
R(C, "zh", "魏先生，因為颱風的關係，物流晚了一天才出貨，瑜珈磚預計週五送到，不好意思讓您久等了。",
  "A delay notice (policy.md A near-misses).", region="tw")
R(C, "zh", "倪小姐，冥想坐墊裡的蕎麥殼剛開始會比較硬，每天拍一拍、搖一搖，大約兩週就會變得很服貼喔。",
  "A usage answer (policy.md A).", region="tw")
R(C, "zh", "容太，個瑜伽墊新嘅時候會有少少橡膠味，攤平喺通風嘅地方放幾日就會散。",
  "A product answer (policy.md A).", region="hk")
R(C, "zh", "譚生，你問嘅坐墊高度大約十五厘米，如果坐耐咗隻腳麻痺，可以坐前面三分一嘅位置。",
  "A usage answer (policy.md A).", region="hk")
R(C, "zh", "關小姐，個包裹喺轉運站耽誤咗一日，預計週六前送到，有新消息我哋再話你知。",
  "A delay notice (policy.md A near-misses).", region="hk")

# =====================================================================================
# CLEAN, mixed Simplified + English (1)
# =====================================================================================
R(C, "mixed", "Hi Desmond，你问的 cork blocks 是实心的，each one weighs about 900 grams，放在身下很稳。",
  "A product answer (policy.md A).")


def records():
    recs = [dict(r) for r in RECS]
    random.Random(71).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h71-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout71.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECS), path))
