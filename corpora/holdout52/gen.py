#!/usr/bin/env python3
"""Source of truth for holdout52: 160 hand-labelled seller-to-buyer messages.

Shop (invented): Quillwater Aquatics, aquarium and fish-keeping supplies.
Every text is a Python literal.  Zero-width, full-width, Cyrillic look-alike and emoji characters
are written as \\u / \\U escapes (or built by fw() below); Chinese characters and Chinese
punctuation are written as they are.

Each entry gives: category, context, subtypes (the labels follow from them), text, note, and for
non-English texts the language, script ("s" Simplified / "t" Traditional) and an optional region.
Violations also carry a writing style, kept here and not in the JSONL:
  plain    the request uses the obvious words (review, 5 stars, coupon, WhatsApp, 好评, 微信 ...)
  careful  the same request worded to avoid those words
  split    the request sits in one sentence, the reward or condition in another

Run:  python3 gen.py        (writes holdout52.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout52.jsonl")
SEED = 52
PREFIX = "h52"

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-removal"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "marketing": ["coupon", "discount", "new-product", "cross-sell", "bundle", "buy-again",
                  "restock", "referral", "vip-list"],
}
OWNER = {s: p for p, subs in SUBTYPES.items() for s in subs}
ORDERED_SUBS = [s for p in POLICIES for s in SUBTYPES[p]]

ZW = "\u200b"          # zero-width space


def fw(s):
    """ASCII -> full-width forms (U+FF01..U+FF5E); spaces stay as they are."""
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


ENTRIES = []


def add(cat, ctx, subs, text, note, lang="en", script=None, region=None, tech=(), style=None):
    ENTRIES.append(dict(cat=cat, ctx=ctx, subs=list(subs), text=text, note=note, lang=lang,
                        script=script, region=region, tech=list(tech), style=style))


def V(style, ctx, subs, text, note, **kw):
    add("violation", ctx, subs, text, note, style=style, **kw)


def E(ctx, subs, tech, text, note, **kw):
    add("evasion", ctx, subs, text, note, tech=tech, **kw)


def N(ctx, text, note, **kw):
    add("near-miss", ctx, (), text, note, **kw)


def C(ctx, text, note, **kw):
    add("clean", ctx, (), text, note, **kw)


S = dict(lang="zh", script="s")
T = dict(lang="zh", script="t")
TC = dict(lang="zh", script="t", region="cantonese")
TT = dict(lang="zh", script="t", region="taiwanese")
MS = dict(lang="mixed", script="s")
MT = dict(lang="mixed", script="t")
MTC = dict(lang="mixed", script="t", region="cantonese")
MTT = dict(lang="mixed", script="t", region="taiwanese")

# =================================================================================================
# VIOLATIONS (60)
# =================================================================================================

# ---- English, plain ------------------------------------------------------------------------------
V("plain", "proactive", ["incentive"],
  "Hi Harriet, thank you for ordering the Ember 100 heater (order 113-4820615-2297304). Leave us "
  "a review on Amazon and we'll send you a $15 gift card as a thank-you - just reply here with a "
  "screenshot once it's posted. Happy fishkeeping! Odile, Quillwater Aquatics",
  "A gift card is offered in exchange for a posted review.")
V("plain", "proactive", ["rating-request"],
  "Hello from Quillwater Aquatics! Your Lumen Arc 60 should be lighting up the tank by now. If "
  "you have a minute, please leave us a 5-star review - small aquarium brands like ours live or "
  "die by our star rating.",
  "It asks outright for a five-star review.")
V("plain", "reply", ["phone", "messaging-app"],
  "Sorry to hear the Eddy 30 is rattling. It's much quicker to sort this on WhatsApp: message "
  "Ravi on +44 7700 900318 with a short video of the impeller and he'll walk you through the fix "
  "tonight.",
  "The buyer is moved to WhatsApp with a staff mobile number.")
V("plain", "proactive", ["coupon"],
  "Your Tessera master test kit was delivered today (order 112-3307461-8845190). As a thank-you, "
  "use coupon QWFISH15 for 15% off any Driftmeal food on your next order.",
  "An unrequested coupon code for a future purchase is marketing.")
V("plain", "reply", ["rating-request", "gating"],
  "Glad the heater arrived safely, Mr. Okafor. If the tank is holding temperature nicely, please "
  "leave us a positive review. If there's any problem at all, message us here first instead of "
  "writing a bad review, so we can fix it.",
  "Happy buyers are asked for a positive review and unhappy ones are diverted to the seller first.")
V("plain", "reply", ["email", "url"],
  "Warranty registration for the Eddy Pro isn't done through Amazon. Please register on our "
  "website at www.quillwateraqua.com/warranty, or email tanks@quillwateraqua.com with your order "
  "number and we'll log it for you.",
  "It gives the shop's own website and e-mail address for warranty registration.")
V("plain", "proactive", ["new-product", "discount"],
  "New arrival! Our Eddy Pro canister filter has just launched, and as a returning Quillwater "
  "customer you get 20% off it this week only. Search Eddy Pro on Amazon to grab yours.",
  "A new-product announcement with a time-limited returning-customer discount is marketing.")
V("plain", "reply", ["incentive", "change-review"],
  "We've shipped you a replacement heater today. Now that it's sorted, could you please update "
  "your 1-star review? Once the review is changed we'll refund the original order in full.",
  "It asks the buyer to change a review and offers a full refund for doing so.")
V("plain", "proactive", ["social", "vip-list"],
  "Join the Quillwater VIP club on Facebook! Members get early access to rare plant drops and "
  "member-only discounts. Search 'Quillwater Tank Club' and tap Join.",
  "A Facebook VIP group with member discounts is both off-platform and marketing.")

# ---- English, careful ----------------------------------------------------------------------------
V("careful", "proactive", ["rating-request"],
  "Hi Kenji, your Rhizo root tabs should be settling into the substrate by now. When Amazon's "
  "little form asks how we did, we'd be grateful if you gave us full marks - it genuinely keeps a "
  "two-person fish room going.",
  "Asking for full marks on Amazon's form is a request for the top rating without naming stars.")
V("careful", "reply", ["gating"],
  "So pleased the Monte Carlo is pearling already - that photo made our morning! If it keeps "
  "looking like that, the product page would love to hear it in your own words. If anything melts "
  "or browns over the next fortnight, though, come to us here first and let us put it right "
  "before you post anything.",
  "It invites a buyer who has just praised the plants to post, and asks them to come to the "
  "seller first if things go wrong.")
V("careful", "reply", ["steering"],
  "When you get round to writing about the Lumen Arc on Amazon, it would help us no end if you "
  "mentioned the sunrise mode and how much quieter it is than the big brands. A photo of the tank "
  "at full brightness would be perfect too.",
  "It tells the buyer which selling points and which photo to put in the review.")
V("careful", "reply", ["phone"],
  "Rather than going back and forth in messages, ring Odile on +1 (415) 555-0136 any weekday "
  "after ten and she'll talk you through the heater settings in five minutes.",
  "The seller's own support number moves the conversation off Amazon.")
V("careful", "proactive", ["cross-sell"],
  "Since you picked up the Eddy 30 for your shrimp tank, most keepers add our coarse pre-sponge so "
  "baby shrimp don't get pulled into the intake. It's under the same storefront - just search "
  "Quillwater pre-sponge and it slips straight on.",
  "An unrequested push for a matching accessory is cross-selling.")
V("careful", "reply", ["change-review"],
  "We're so glad the second heater is holding steady at 78 F. What you wrote on the listing still "
  "describes the first unit, though. If you could bring it in line with how things ended up, we'd "
  "be really thankful.",
  "Asking the buyer to bring their listing text in line with the outcome is a request to edit "
  "the review.")
V("careful", "reply", ["diversion", "discount"],
  "For ten tubs of bio-rings it's simpler to buy from our own shop directly - search Quillwater "
  "Aquatics in your browser and the bulk tubs come in a good deal cheaper there than on here.",
  "It steers a sale to the seller's own web shop with a lower price.")
V("careful", "proactive", ["incentive"],
  "Once you've shared a few lines about the Driftmeal pellets on the product page, drop us a note "
  "here and Ravi will pop a tub of freeze-dried bloodworms in the post for your tetras, on the "
  "house.",
  "A free tub of food is promised once the buyer has posted on the product page.")
V("careful", "reply", ["payment"],
  "About the $12 for the cracked heater guard: it's easier to settle outside Amazon's system. "
  "Tell me which app you use to send money to friends and the name on it, and Odile will send it "
  "over today.",
  "Compensation is to be paid through a person-to-person payment app outside Amazon.")

# ---- English, split ------------------------------------------------------------------------------
V("split", "proactive", ["incentive"],
  "Hi Siobhan, thanks for choosing the Tessera test kit for your first cycle. We'd love to hear "
  "what you think of it on Amazon. Everyone who posts this month gets a bottle of our liquid "
  "bacteria starter, just message us here once yours is up.",
  "The request to post and the bottle of bacteria starter as a reward sit in separate sentences.")
V("split", "proactive", ["gating"],
  "We hope your Eddy 60 is running quietly. Reviews from happy keepers mean a huge amount to a "
  "small shop like ours. Had a problem instead? Please skip the review page and message us "
  "directly so we can make it right.",
  "It courts reviews from happy buyers and diverts unhappy ones away from the review page.")
V("split", "reply", ["feedback-removal"],
  "The replacement thermostat went out this morning with UPS tracking 1Z7R44A90312864419. That "
  "seller feedback from last week is still showing on our account and it's hurting our standing. "
  "Now that we've fixed things, we'd ask you to take it down today.",
  "It pressures the buyer to remove seller feedback by citing harm to the account.")
V("split", "proactive", ["discount", "referral"],
  "Thanks again for your order of Bucephalandra cups. Know someone setting up a planted tank? "
  "Pass along your order number. They'll get 10% off their first Quillwater order, and you'll get "
  "a pouch of Rhizo tabs for each friend.",
  "A refer-a-friend scheme with a discount for the friend is marketing.")
V("split", "reply", ["messaging-app"],
  "I'd need to see the cloudy water before suggesting anything. Telegram is easiest for photos "
  "and video. You'll find us there as @qwaqua_help.",
  "It sends the buyer to a Telegram handle.")
V("split", "proactive", ["buy-again", "restock"],
  "Your 100 g tub of Driftmeal micro pellets (order 114-2093871-5530918) should be running low "
  "about now. The 250 g size is back in stock after selling out in spring. Stock up before it "
  "goes again!",
  "An unrequested restock notice urging a repeat purchase is marketing.")
V("split", "reply", ["incentive", "payment"],
  "Sorry again about the leaking canister hose. We'd like to send you $20 back through PayPal for "
  "the trouble. All we ask in return is a short write-up on the product page once the new hose is "
  "fitted.",
  "Money through PayPal is tied to a write-up on the product page.")
V("split", "reply", ["rating-request", "gating"],
  "Thanks so much for the kind words about the shrimp sticks! The score you pick on Amazon is the "
  "first thing new shoppers see. Please make it the top one - anything less pulls a small shop "
  "like ours right down.",
  "It answers praise with a request for the top score.")
V("split", "proactive", ["qr", "vip-list"],
  "Inside the box you'll find a small card with a QR code. Scanning it adds you to our keepers' "
  "list outside Amazon. Members get first pick of rare plant drops and a members-only price.",
  "A QR code leads to an outside members' list with member pricing.")

# ---- Chinese (Simplified) ------------------------------------------------------------------------
V("plain", "proactive", ["incentive", "rating-request"],
  "您好！感谢购买Quillwater的Ember加热棒。留下五星好评并把截图发给我们，即可获得10美元返现，直接退到您的账户。",
  "A five-star review with a screenshot is rewarded with cash back.", **S)
V("plain", "reply", ["messaging-app"],
  "水质的问题文字说不清楚，您加一下我们的微信 qwaqua_care，拍个视频发给Ravi，他马上帮您判断是不是硝化系统还没建立好。",
  "The buyer is asked to add a WeChat account.", **S)
V("plain", "proactive", ["coupon"],
  "您的Tessera测试套装已签收。下次购买Driftmeal鱼粮时输入优惠券码 QWFISH15，立减15%。",
  "An unrequested coupon code for the next purchase is marketing.", **S)
V("plain", "reply", ["change-review"],
  "新的加热棒已经给您补发了，单号稍后同步。麻烦您把之前那条差评改一下，或者直接删除，非常感谢！",
  "It asks the buyer to edit or delete a negative review after a replacement.", **S)
V("plain", "proactive", ["new-product", "cross-sell"],
  "新品上市！Lumen Arc 45水草灯全新升级，和您刚买的Eddy 30过滤器是绝配，现在就去店铺看看吧。",
  "A new-product launch pitched as a match for the earlier purchase is marketing.", **S)
V("careful", "proactive", ["gating"],
  "您的水草到货已经几天了。如果长势喜人，欢迎到商品页面说几句；如果出现黄叶、化水的情况，请先在这里告诉我们，先别急着写。",
  "Only thriving buyers are invited to the product page, and the others are told to hold off "
  "and contact the seller.", **S)
V("careful", "reply", ["incentive", "discount"],
  "等您在商品页面分享完使用感受，在这里告诉我们一声，您下一单的运费我们全包。",
  "Free shipping on the next order is offered for posting, a future-purchase reward.", **S)
V("careful", "reply", ["diversion", "discount"],
  "陶瓷环量大的话，建议您直接到我们自己的网店下单，搜一下店名就能找到，比这里便宜不少。",
  "It moves a bulk sale to the seller's own web shop at a lower price.", **S)
V("careful", "proactive", ["rating-request"],
  "小店全靠买家打的分数活下去。如果您愿意，麻烦把分数点满，一颗都别少，拜托了！",
  "It asks for the maximum score without using the word star.", **S)
V("careful", "reply", ["phone"],
  "这个问题打过来说会快很多：Ravi的手机是 +1 (628) 555-0119，工作日晚上都在。",
  "A staff mobile number invites a call outside Amazon.", **S)
V("split", "proactive", ["incentive"],
  "感谢您购买Rhizo根肥。希望您能抽空在亚马逊写下真实的使用评价。写完后把截图发给我们，我们会寄一包虾粮给您。",
  "The review request and the shrimp-food reward are in separate sentences.", **S)
V("split", "reply", ["url"],
  "说明书的电子版亚马逊上没有。我们放在自己的网站上了。地址是 quillwateraqua.com/manual，直接下载就行。",
  "It links to the seller's own website for the manual.", **S)
V("split", "proactive", ["messaging-app", "vip-list"],
  "我们建了一个老客户群，专门交流水草养护。群成员每个月都有专属折扣。想进群的话请加微信 qwaqua_care。",
  "A WeChat customer group with monthly member discounts is off-platform and marketing.", **S)
V("split", "reply", ["feedback-removal"],
  "漏水的软管已经给您换新的了。您留的那条卖家反馈还挂在店铺页面上，对我们账户影响很大。能不能麻烦您今天就撤掉？",
  "It presses the buyer to withdraw seller feedback because it hurts the account.", **S)

# ---- Chinese (Traditional) -----------------------------------------------------------------------
V("plain", "proactive", ["incentive", "rating-request"],
  "您好～感謝購買Quillwater的Tessera測試組。只要留下五星好評並截圖私訊給我們，就送您一罐Driftmeal飼料喔！",
  "A five-star review with a screenshot earns a free tub of food.", **TT)
V("plain", "reply", ["messaging-app"],
  "過濾器的聲音用文字很難判斷，請加我們的LINE：@qwaqua.tw，直接傳影片給我們看比較快喔。",
  "The buyer is asked to add the shop's LINE account.", **TT)
V("plain", "proactive", ["coupon"],
  "多謝幫襯！下次買Eddy Pro過濾器，結帳時輸入我哋嘅優惠碼 QWHK20 就有八折。",
  "An unrequested discount code for the next purchase is marketing.", **TC)
V("plain", "reply", ["change-review"],
  "新嘅加熱棒已經寄出咗。麻煩你將之前嗰個一星評價刪咗或者改返高啲，唔該晒！",
  "It asks the buyer to delete or raise a one-star review.", **TC)
V("careful", "reply", ["gating"],
  "很高興燈用起來順手！如果接下來一切都穩定，再請您到商品頁分享心得；若有任何不順，麻煩先傳訊息給我們處理，先不用急著寫喔。",
  "It answers praise with a conditional invitation and tells an unhappy buyer to hold off.",
  **TT)
V("careful", "proactive", ["steering"],
  "想拜託您一件事：到商品頁寫心得時，能不能提到「五分鐘就裝好」和「出水很安靜」這兩點？再附一張魚缸的照片就更完美囉。",
  "It dictates the phrases and photo the buyer should put in the review.", **TT)
V("careful", "reply", ["diversion", "discount"],
  "如果你想一次過買十盒陶瓷環，直接嚟我哋新蒲崗嘅陳列室買會平好多，唔使經Amazon。",
  "A cheaper purchase at the seller's showroom bypasses Amazon.", **TC)
V("careful", "proactive", ["rating-request", "gating"],
  "小店生意全靠買家打分。若您滿意，懇請把分數一路點到底，對我們這種小店真的很重要。",
  "It asks only satisfied buyers for the highest score, without naming stars.", **T)
V("careful", "reply", ["payment"],
  "加熱棒外殼裂開的補償，我們不走平台流程，直接轉帳到您的銀行帳戶比較快，麻煩把帳號傳給我們喔。",
  "Compensation by bank transfer outside Amazon is off-platform payment.", **TT)
V("split", "proactive", ["incentive"],
  "多謝你揀咗我哋嘅Lumen Arc燈。得閒可以喺Amazon寫幾句用後感。寫完傳個截圖畀我哋，我哋就退返運費畀你。",
  "A shipping refund is offered for a screenshot of a posted write-up.", **TC)
V("split", "reply", ["social"],
  "造景的步驟其實看影片比較清楚。我們在Instagram有一整套教學。追蹤 @quillwater.tanks 就看得到喔。",
  "It sends the buyer to the shop's Instagram account.", **TT)
V("split", "proactive", ["new-product", "bundle"],
  "感謝您購買Eddy 60過濾器。我們下個月將推出全新的CO2擴散器。與過濾器一起購買還可享組合價。",
  "An upcoming product with a bundle price is announced unasked.", **T)
V("split", "reply", ["gating"],
  "知道你啲蝦食得咁開心，我哋真係好感動。你頭先講嗰幾句好有說服力。不如就照咁寫喺Amazon商品頁，等其他人都睇到？",
  "A buyer who has just expressed satisfaction is asked to post it on the product page.", **TC)

# ---- mixed ---------------------------------------------------------------------------------------
V("plain", "reply", ["incentive"],
  "Hi Wen，加热棒的问题解决了就好。如果您 leave a review，我们可以 refund 一半的货款给您，deal 吗？",
  "A half refund is offered in exchange for a review.", **MS)
V("careful", "proactive", ["discount", "buy-again"],
  "您的 Driftmeal 应该快吃完了吧？Re-order 之前记得先问我们一声，returning customers 有 special price 哦。",
  "A reorder nudge with a special returning-customer price is marketing.", **MS)
V("split", "proactive", ["email"],
  "Eddy Pro 的 warranty 需要登记才生效。Amazon 上没有这个选项。请把 order number 发到 tanks@quillwateraqua.com。",
  "It asks the buyer to write to the shop's e-mail address.", **MS)
V("plain", "reply", ["phone", "messaging-app"],
  "Hello！啲水草黃咗可能係燈光問題，你 WhatsApp 我哋 +44 7700 900542，send 張相過嚟我哋 check 下先。",
  "It asks the buyer to WhatsApp a UK mobile number.", **MTC)
V("careful", "reply", ["change-review"],
  "新嘅 heater 收到就好啦。你喺 product page 寫嗰段嘢而家已經 out of date，可唔可以 edit 一下，反映返而家嘅情況？",
  "Asking the buyer to edit what they wrote on the product page is a request to change a "
  "review.", **MTC)
V("split", "proactive", ["steering"],
  "Lumen Arc 60 用起來還順手嗎？如果要寫 review 的話，可以提到 remote 很方便。也請附上 before and after 的照片，效果會更好喔。",
  "It tells the buyer what to mention and which photos to add in the review.", **MTT)

# =================================================================================================
# EVASIONS (30)
# =================================================================================================
E("proactive", ["rating-request"], ["homoglyph"],
  "Enjoying the Eddy 60? A 5-st\u0430r r\u0435view would mean everything to our little team at "
  "Quillwater.",
  "A five-star review request hides Cyrillic letters in star and review.")
E("proactive", ["incentive"], ["leetspeak"],
  "Drop us a quick r3v13w on Amazon and we'll send a fr33 tub of Driftmeal flakes your way.",
  "A free tub for a review is written in leetspeak.")
E("reply", ["phone", "messaging-app"], ["spacing"],
  "Easiest fix: message Ravi on W h a t s A p p at +1 (415) 555-0172 and send a clip of the "
  "heater light blinking.",
  "The messaging-app name is spaced out and comes with a phone number.")
E("proactive", ["coupon"], ["zero-width"],
  "Thanks for ordering the Lumen Arc 45. Use co" + ZW + "upon code QW" + ZW + "TANK10 on your "
  "next order of plants or food.",
  "A coupon code is broken up with zero-width spaces.")
E("reply", ["email"], ["fullwidth"],
  "Please send the heater photos to " + fw("tanks@quillwateraqua.com") + " so Ravi can check the "
  "serial number.",
  "The shop's e-mail address is written in full-width characters.")
E("reply", ["phone"], ["number-words"],
  "Text Odile on four one five, five five five, zero one four eight and she'll book the "
  "replacement straight away.",
  "A phone number is spelled out in English number words.")
E("reply", ["email"], ["spelled-email"],
  "Amazon strips addresses, so write to care at quillwateraqua dot com with the batch number from "
  "the tub lid.",
  "An e-mail address is spelled out with at and dot to dodge stripping.")
E("proactive", ["rating-request", "gating"], ["emoji"],
  "If the Arc 45 is making your plants grow, we'd love \u2b50\u2b50\u2b50\u2b50\u2b50 on Amazon. "
  "Not happy? Message us before anything goes public.",
  "Five star emoji stand for a five-star review, with unhappy buyers diverted first.")
E("reply", ["change-review"], ["leetspeak"],
  "Now the new impeller is in and the Eddy 30 is silent, could you upd4te the r3view you left "
  "last week?",
  "A request to update a review is written in leetspeak.")
E("reply", ["social"], ["homoglyph"],
  "The carpet-planting walkthrough is on our \u0406nstagram, @quillwater.tanks - follow along "
  "and you'll see every step.",
  "The Instagram handle is given with a Cyrillic capital I in the app name.")
E("reply", ["incentive", "payment"], ["zero-width"],
  "We'll send the $25 back by Pay" + ZW + "Pal the same day your r" + ZW + "eview goes live.",
  "Money through PayPal for a review is hidden with zero-width spaces.")
E("reply", ["incentive", "discount"], ["spacing"],
  "Leave an honest r e v i e w for the Tessera kit and your next order ships on us.",
  "Free shipping on a future order for a review is offered with the keyword spaced out.")
E("proactive", ["url", "discount"], ["fullwidth"],
  "Our full Eddy Pro setup guide is at " + fw("quillwateraqua.com") + "/eddy, and you'll find a "
  "members' price on media refills there too.",
  "A full-width web address leads to the shop's site with a members' price.")

E("proactive", ["incentive", "rating-request"], ["pinyin"],
  "收到鱼粮后晒图给个 haoping，我们 fanxian 五美元到您的账户，名额有限哦。",
  "Good review for cash back is written in pinyin.", **S)
E("reply", ["messaging-app"], ["homophone"],
  "售后问题可以直接加薇信 qwaqua_care，把过滤器的视频发过来，我们当天回复。",
  "WeChat is written with the homophone 薇信.", **S)
E("reply", ["phone"], ["cn-numerals"],
  "这个情况电话里说更清楚，打这个号码：四一五 五五五 零一六三，找Odile就行。",
  "A phone number is written in Chinese numerals.", **S)
E("proactive", ["incentive"], ["spacing"],
  "亲，收到Driftmeal后可以参加我们的 好 评 返 现 活动，截图发在这里就行。",
  "Cash back for a good review is spaced out character by character.", **S)
E("proactive", ["messaging-app", "coupon"], ["zero-width"],
  "加微" + ZW + "信 qwaqua_care 即可领取老客户专属优惠券，下次购买水草直接抵扣。",
  "A WeChat invitation with a coupon hides a zero-width space in 微信.", **S)
E("proactive", ["rating-request", "gating"], ["emoji"],
  "满意的话请帮我们点亮\U0001f31f\U0001f31f\U0001f31f\U0001f31f\U0001f31f，不满意就先来这里找我们聊聊哦。",
  "Five star emoji ask satisfied buyers for top marks and divert the rest.", **S)
E("reply", ["messaging-app"], ["fullwidth"],
  "视频太大传不上来的话，搜一下 " + fw("VX") + "：" + fw("qwaqua_care") + "，加好友后直接发给我们。",
  "A WeChat ID and the VX alias are written in full-width characters.", **S)
E("reply", ["phone"], ["cn-numerals"],
  "呢個問題喺電話講會快啲，打四一五 五五五 零一八一搵Ravi，佢星期一至五都喺度。",
  "A phone number is written in Chinese numerals.", **TC)
E("proactive", ["incentive"], ["pinyin"],
  "收到蝦條後留個 pingjia，截圖傳給我們就送您一包水草肥喔！",
  "A free pack of fertiliser for a review is written with pinyin.", **TT)
E("proactive", ["rating-request", "gating"], ["homophone"],
  "收到Eddy過濾器用得滿意嘅話，記得畀個好萍我哋呀！",
  "The Cantonese homophone 好萍 stands for 好評, asked of satisfied buyers only.", **TC)
E("reply", ["change-review"], ["spacing"],
  "新的燈已經寄出了，麻煩把之前的 評 價 改 一 下喔，感謝您～",
  "A request to change a review is spaced out.", **TT)
E("proactive", ["messaging-app", "vip-list"], ["zero-width"],
  "加入我們的L" + ZW + "INE官方帳號 @qwaqua.tw，就能領取會員專屬價喔。",
  "A LINE account with member prices has a zero-width space in the app name.", **TT)
E("reply", ["incentive"], ["emoji"],
  "寫完心得把截圖傳給我們，就有\U0001f381等您喔！",
  "A gift emoji stands for a reward for a posted review.", **TT)

E("proactive", ["incentive", "rating-request"], ["leetspeak"],
  "Hi Ivy～ Eddy 30 用得还行吗？留个 f1ve-star 的 r3view，我们就 send 一包 shrimp sticks 给您。",
  "A five-star review for free food is written in leetspeak.", **MS)
E("reply", ["email"], ["spelled-email"],
  "你可以 email 去 care at quillwateraqua dot com，我哋 team 會喺兩個工作日內 follow up 你嘅 case。",
  "An e-mail address is spelled out with at and dot.", **MTC)
E("proactive", ["social", "coupon"], ["fullwidth"],
  "Follow 我们的 " + fw("IG @quillwater.tanks") + "，每周都有 giveaway 和 discount code 哦。",
  "A full-width Instagram handle is promoted with giveaways and discount codes.", **MS)
E("reply", ["phone"], ["number-words"],
  "如果要 call 我們的話，號碼是 four one five, five five five, zero one two seven，weekday afternoon 都有人接喔。",
  "A phone number is spelled out in English number words.", **MTT)

# =================================================================================================
# NEAR-MISSES (50): compliant, but full of trigger words
# =================================================================================================
N("proactive",
  "Hello from Quillwater Aquatics. Your order 112-5508214-7736091 (Tessera master test kit) was "
  "delivered last week. If you have a moment, we'd welcome a review on Amazon describing your "
  "experience, good or bad. It helps other fishkeepers choose the right kit.",
  "A single neutral review request with no condition, reward or steering is allowed.")
N("reply",
  "We're glad the replacement Ember 100 arrived and is holding 77 F. If you are satisfied that we "
  "have resolved your concerns, it is possible to update or remove the feedback you originally "
  "provided.",
  "This is Amazon's own acceptable notice about seller feedback after a resolution.")
N("reply",
  "Thanks for offering your number, but we can't move this to WhatsApp or a phone call. Amazon "
  "asks us to keep order conversations here in Buyer-Seller Messaging, which also keeps a record "
  "for you. Please attach the video of the filter noise to this thread.",
  "Naming WhatsApp only to refuse it keeps the buyer on Amazon.")
N("reply",
  "You're right that the Lumen Arc 60 page shows a coupon this week. It's an Amazon coupon: tick "
  "the box on the product page before adding the light to your cart and the saving applies at "
  "checkout. Unfortunately it can't be added to an order that has already been placed.",
  "It explains an Amazon coupon the buyer asked about and pushes nothing.")
N("reply",
  "We've issued a full refund of $34.99 for the cracked Ember heater on order "
  "114-6620983-1042276. There's no need to send the broken unit back; please dispose of it "
  "safely.",
  "A refund for a damaged item with nothing asked in return is customer service.")
N("reply",
  "Thank you for telling us you left five stars - Ravi was delighted. To your question: yes, the "
  "Arc 45 bracket fits rimless tanks with glass up to 10 mm thick.",
  "Thanking a buyer for a review they mentioned, inside a real answer, solicits nothing.")
N("reply",
  "Your parcel is with UPS under tracking 1Z4F92E80377519026. The carrier shows delivery on "
  "Thursday; if it hasn't arrived by Friday evening, tell us here and we'll open a trace.",
  "A tracking number in a delivery answer is not a phone number or a diversion.")
N("reply",
  "The Ember 200 has an IPX8 rating, so it's fully submersible. Just keep the control head above "
  "the marked minimum water line, and unplug it before any water change.",
  "Rating, line and change are product and care words here.")
N("reply",
  "As you asked, we've cancelled the duplicate order 113-9071456-2280134 for the second Eddy 30 "
  "before it shipped. You won't be charged for it.",
  "The seller cancelled a duplicate order at the buyer's request.")
N("reply",
  "A replacement impeller has been sent free of charge, tracking TBA308815290004. There's no need "
  "to return the old one.",
  "A free replacement is a remedy, not a promotion.")
N("reply",
  "To return the unopened light, please start the return from Your Orders on amazon.com. Amazon "
  "will e-mail you the prepaid label, and the refund is issued once the parcel is scanned.",
  "It points to Amazon's own returns page and mentions Amazon's own e-mail.")
N("reply",
  "You asked when the 500 ml Rhizo pouch will be back in stock: our next shipment reaches "
  "Amazon's warehouse around 14 June, and the listing should show it a few days after that.",
  "A restock date given because the buyer asked for it is not marketing.")
N("reply",
  "The spare suction cups you asked for are in the parcel with your order. Amazon may also send "
  "you an email asking for a review; there's nothing you need to do with it unless you want to.",
  "Telling the buyer about Amazon's own review e-mail is informational.")
N("reply",
  "Cloudy water in week two is usually a bacterial bloom. Resist the urge to change all the "
  "filter media; do a 25 percent water change, feed every other day, and review the ammonia "
  "reading after 48 hours.",
  "Change and review are aquarium-care verbs here.")
N("reply",
  "We're not able to share a personal email address or phone number, and it's better to keep "
  "everything in this thread where Amazon can see it too. Send the photos of the heater label as "
  "attachments here and we'll look at them today.",
  "It refuses to move off Amazon and keeps the conversation in the thread.")
N("reply",
  "The 30 percent discount that showed for an hour on Saturday was a pricing error on our side. "
  "Your order stands at the price you paid, and nothing more will be charged.",
  "Explaining a pricing error the buyer asked about offers nothing.")
N("reply",
  "As requested, the warranty card for the Eddy Pro is attached as a PDF. Cover runs two years "
  "from delivery, no registration or code is needed, and any claim goes through this Amazon "
  "thread.",
  "A requested warranty document that keeps claims on Amazon is compliant.")
N("reply",
  "No need to apologise for your feedback - it was fair, and we've changed how we pack heaters "
  "since. Your replacement ships today in a padded box.",
  "It acknowledges the buyer's feedback without asking for any change to it.")
N("reply",
  "Yes, the current Driftmeal batch is phosphate-free. The label change you noticed is only a new "
  "printer; the batch code on the lid reads DM-2403.",
  "New, change and code describe the product, not an offer.")
N("reply",
  "The Lumen Arc 60 doesn't send WhatsApp or text alerts. Its timer runs entirely from the "
  "remote, with no app or account needed.",
  "WhatsApp is named as a product feature the light lacks, not as a contact.")
N("reply",
  "Sorry, we can't offer a separate price or discount outside the listing. The price shown on "
  "Amazon is what we can honour for the five-pack of sponges.",
  "It turns down an off-listing deal.")
N("reply",
  "We can update the delivery address only before dispatch. Order 111-4407392-6618520 hasn't "
  "shipped yet, so please use Change shipping address in Your Orders and the change will reach us "
  "automatically.",
  "Update and change concern the delivery address.")
N("proactive",
  "We're sorry: the last Ember 50 in stock was found damaged in our warehouse, so we have "
  "cancelled order 114-8830127-3306915 ourselves. The refund is already on its way and should "
  "show within 3 to 5 days.",
  "The seller cancelled and refunded the order itself and asks the buyer to do nothing.")

N("proactive",
  "您好，您订单 113-2281640-9053317 中的水草已经签收一周了。如果方便，欢迎在亚马逊上写下您的真实评价，好的不好的都可以写，这对其他鱼友挑选很有帮助。",
  "One neutral review request that welcomes good and bad experiences is allowed.", **S)
N("reply",
  "新的加热棒已经送达，很高兴问题解决了。如果您认为我们已经解决了您的问题，您可以自行选择更新或移除之前留下的卖家反馈。",
  "This is the neutral seller-feedback notice after a resolution.", **S)
N("reply",
  "谢谢您的好意，不过我们不能通过微信或电话联系您，所有沟通都需要在亚马逊消息里进行。请直接在这里上传过滤器的视频。",
  "WeChat is named only to refuse it.", **S)
N("reply",
  "您问到的优惠是亚马逊商品页上的优惠券，在页面勾选后结账时会自动抵扣。已经下单的订单无法补用，抱歉。",
  "It answers the buyer's question about an Amazon coupon.", **S)
N("reply",
  "已按您的要求取消了重复下单的订单 112-7340915-6628451，第二台过滤器不会发出，也不会扣款。",
  "The seller cancelled a duplicate order the buyer asked to cancel.", **S)
N("reply",
  "包裹还没有发出，您可以在亚马逊的订单页面里修改收货地址，修改后我们会按新地址发货。",
  "Here 修改 refers to the delivery address.", **S)
N("reply",
  "关于您问的型号：我们自己做过三款过滤器的水流测评，Eddy 30适合40升以内的缸，再大的缸建议用Eddy 60。",
  "Here 测评 is a product test, and the model advice answers the buyer's question.", **S)
N("reply",
  "已按您的退货申请办理部分退款，金额为12.50美元，鱼粮您留着用就好，不用寄回。",
  "A partial refund for a return request is customer service.", **S)
N("reply",
  "这款灯的遥控器不需要连接手机，也不支持微信小程序，定时直接在遥控器上设置。",
  "Here 微信 is named as a feature the product lacks.", **S)
N("reply",
  "谢谢您告诉我们已经给了好评！关于您问的问题：Rhizo根肥每三个月补一次就够了，埋在根系附近即可。",
  "Thanking a buyer for a review they mentioned, inside an answer, asks for nothing.", **S)
N("reply",
  "抱歉，我们不能在亚马逊以外给您单独的价格或优惠，页面上显示的价格就是我们能提供的。",
  "It refuses an off-Amazon price.", **S)

N("proactive",
  "您好，訂單 111-6094427-3318205 的測試組應該已經用過幾次了。若您願意，歡迎在亞馬遜留下真實的評價，好壞都可以寫，對其他魚友很有參考價值喔。",
  "One neutral review request that welcomes good and bad is allowed.", **TT)
N("reply",
  "很高興新的加熱棒運作正常。如果您認為我們已解決您的問題，您可以自行決定是否更新或移除先前留下的賣家意見回饋。",
  "This is the neutral seller-feedback notice after a resolution.", **T)
N("reply",
  "不好意思，我們無法透過LINE或私人電話聯絡，依亞馬遜的規定，所有對話都要留在這個訊息串裡。照片直接附在這裡就可以了喔。",
  "LINE and phone are named only to refuse them.", **TT)
N("reply",
  "你見到嘅優惠券係Amazon自己嘅活動，喺商品頁剔選咗，結帳嗰陣就會自動扣減，我哋冇另外嘅優惠碼。",
  "It explains the Amazon coupon the buyer saw and offers no code of its own.", **TC)
N("reply",
  "收到，已經幫你取消咗重複落嘅訂單 113-5517820-4469013，唔會扣你錢。",
  "The seller cancelled a duplicate order at the buyer's request.", **TC)
N("reply",
  "發票抬頭需要修改的話，請告訴我們新的公司名稱，我們重新開立後會附在這個訊息裡喔。",
  "Here 修改 concerns the name on an invoice.", **TT)
N("reply",
  "你嘅包裹追蹤號碼係 1Z8K30W76640218853，物流顯示聽日送到。如果星期五都未收到，話我哋知。",
  "A tracking number and 星期 (weekday) are delivery words.", **TC)
N("reply",
  "退款已經處理好了，大約3到5個工作天會入帳，壞掉的燈不用寄回喔。",
  "A refund for a broken light with nothing asked back is customer service.", **TT)
N("reply",
  "我們評估過您傳來的照片，濾材沒有問題，是葉輪卡了一顆小石子，取出後沖洗一下就好。",
  "Here 評估 means assessing the photos, not a review.", **T)
N("reply",
  "多謝你話我哋知已經寫咗好評！你問嘅CO2擴散器暫時冇貨，有確實日期會喺呢度通知你。",
  "It thanks the buyer for a review they mentioned and answers their stock question.", **TC)
N("reply",
  "謝謝您的提議，但我們不能用轉帳或其他平台外的方式退款，所有退款都會透過亞馬遜處理，請放心喔。",
  "It refuses a bank transfer and keeps the refund on Amazon.", **TT)

N("reply",
  "Hi Mateo，你的 refund 已经 process 好了，大概 3 到 5 个 business days 会退回原来的 card。",
  "A refund notice asks nothing in return.", **MS)
N("reply",
  "Sorry，我们不方便加 WeChat，all communication 都要留在 Amazon message 里面，照片直接 attach 在这里就行。",
  "WeChat is named only to refuse it.", **MS)
N("reply",
  "你張 order 已經 cancel 咗，唔會 charge 你，放心。",
  "The seller confirms a cancellation the buyer asked for.", **MTC)
N("reply",
  "個 heater 換咗之後 work 返就好。如果你覺得問題已經解決，可以自己決定要唔要 update 或者 remove 之前留低嘅 seller feedback。",
  "This follows Amazon's neutral seller-feedback notice after a resolution.", **MTC)
N("proactive",
  "Tessera 測試組用起來如何呢？有空的話歡迎在 Amazon 留個 review，good or bad 都很有幫助喔。",
  "One neutral review request that welcomes good or bad is allowed.", **MTT)

# =================================================================================================
# CLEAN (20): compliant, no trigger words
# =================================================================================================
C("reply",
  "Hi Harriet, the Ember 100 needs about 20 minutes in the water before you plug it in, so the "
  "glass matches the tank temperature. Set the dial to 25 and give it a day to settle.",
  "Heater set-up advice.")
C("reply",
  "Good question about the Eddy 30 intake. It reaches down about 22 cm, so in your 40 cm tall "
  "tank it will sit roughly halfway. The telescoping tube adds another 6 cm if you want it lower.",
  "An answer about filter dimensions.")
C("reply",
  "For ten neon tetras in a 60 litre tank, one pinch of Driftmeal once a day is plenty. Anything "
  "still floating after two minutes is too much.",
  "Feeding advice.")
C("proactive",
  "Your parcel is being held at the depot because the address is missing a flat number. Could you "
  "add it through Your Orders so the courier can try again tomorrow?",
  "A delivery problem notice asking for information needed to deliver.")
C("reply",
  "The Tessera ammonia test stays yellow at 0 ppm and turns green from about 0.5 ppm. A pale "
  "green in a cycling tank is normal; keep testing every two days.",
  "How to read a test kit.")
C("reply",
  "Monte Carlo usually starts pearling two to three weeks after it roots. Keep the light on for "
  "seven hours a day at first and trim only once the carpet is thick.",
  "Plant care advice.")
C("reply",
  "The rattle you describe is almost always a grain of sand on the impeller shaft. Unplug the "
  "filter, pull the impeller out, rinse both parts, and push it back until it clicks.",
  "Troubleshooting a noisy filter.")
C("reply",
  "Sorry for the wait, Ms. Duarte. The courier has confirmed the box was left with your neighbour "
  "at number 14 on Tuesday afternoon.",
  "A delivery answer.")
C("reply",
  "The mounting legs on the Arc 45 slide out to fit tanks from 45 to 60 cm wide. Loosen the small "
  "screw underneath, extend both legs evenly, and tighten again.",
  "Fitting instructions for a light.")
C("reply", "加热棒放进水里先等二十分钟再通电，让玻璃和水温一致，这样更安全。",
  "Heater safety advice.", **S)
C("reply", "水草刚种下发黄很正常，这是水上叶在转水下叶，大约两周后会长出新芽。",
  "Plant care advice.", **S)
C("reply", "测试液滴完后要摇晃五秒，再等五分钟，然后对照色卡读数。",
  "How to read a liquid test.", **S)
C("proactive", "快递员说门牌号不完整，麻烦您在订单里补充一下楼号，明天会再派送一次。",
  "A delivery problem notice asking for the missing house number.", **S)
C("reply", "過濾器剛開機時有氣泡聲很正常，大約一天後空氣排乾淨就會安靜下來喔。",
  "Filter start-up advice.", **TT)
C("reply", "燈架兩邊可以拉長，啱晒45至60厘米闊嘅魚缸，鬆開底部嗰粒螺絲就得。",
  "Fitting instructions for a light.", **TC)
C("reply", "蝦條每次放一條就夠，吃不完的兩小時內撈起來，水質會比較穩定。",
  "Feeding advice for shrimp.", **T)
C("proactive", "速遞話今日派件時冇人喺屋企，包裹已經放咗喺附近嘅取件點。",
  "A delivery problem notice.", **TC)
C("reply", "Hi Kenji，Eddy 30 的 flow 可以调，旋转 intake 上面的 knob 就行，虾缸建议调到最小。",
  "Filter flow advice.", **MS)
C("reply", "個 thermometer 同 heater 最好擺喺魚缸兩邊，咁樣個 reading 先準。",
  "Advice on placing a thermometer.", **MTC)
C("reply", "CO2 drop checker 的颜色是 green 就刚好，yellow 表示太多，blue 就是不够。",
  "How to read a CO2 drop checker.", **MS)


# =================================================================================================
def _build():
    order = list(range(len(ENTRIES)))
    random.Random(SEED).shuffle(order)
    recs, style = [], {}
    for n, i in enumerate(order, 1):
        e = ENTRIES[i]
        rid = "%s-%03d" % (PREFIX, n)
        subs = sorted(e["subs"], key=ORDERED_SUBS.index)
        labels = sorted({OWNER[s] for s in subs}, key=POLICIES.index)
        tags = [e["cat"], e["ctx"]] + subs + list(e["tech"])
        if e["script"] == "t":
            tags.append("traditional")
            if e["region"]:
                tags.append(e["region"])
        recs.append({"id": rid, "text": e["text"], "labels": labels, "lang": e["lang"],
                     "tags": tags, "note": e["note"]})
        if e["style"]:
            style[rid] = e["style"]
    return recs, style


RECORDS, STYLE = _build()


def records():
    return json.loads(json.dumps(RECORDS))


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in RECORDS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECORDS), OUT))


if __name__ == "__main__":
    main()
