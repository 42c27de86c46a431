#!/usr/bin/env python3
"""Source of holdout73.jsonl (holdout73): 160 hand-written seller-to-buyer messages of an
invented Amazon seller of hair clippers, beard trimmers and men's grooming kits,
Kestrelmane Grooming.  Standard library only.

Every text below was written for this set.  Hard-to-see characters are spelled out:
ZW (zero-width space), CY_E / CY_A (Cyrillic look-alikes of e / a), STAR (the star emoji),
GIFT (the wrapped-present emoji) and fw() (full-width Latin letters, digits, @ and dot).

The records are shuffled with random.Random(73) and numbered h73-001 ... h73-160.
records() returns the list; running the file writes holdout73.jsonl next to it.
"""
import json
import os
import random

ZW = "\u200b"
CY_E = "\u0435"
CY_A = "\u0430"
STAR = "\u2b50"
GIFT = "\U0001f381"

M = "marketing"
O = "off-platform-contact"
R = "review-inducement"


def fw(s):
    """Full-width form of ASCII letters, digits, '@', '.' and '_'."""
    return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else c for c in s)


def rec(text, labels, lang, tags, note):
    return {"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note}


RECORDS = [
    # ================================================================ violations, English
    rec("Hi Cornelius, thanks again for picking the Stormcrest X9. If you post a review of it "
        "on Amazon this week, reply here with the name on your profile and Barnaby will mail "
        "you a spare Keenway zero-gap blade at no charge.",
        [R], "en", ["violation", "plain", "incentive"],
        "A spare blade is promised in return for posting a review, which is compensation for "
        "a review (policy.md C1)."),
    rec("Wendell, the Glidewell oil you asked about left our bench this morning. One more "
        "thing before you go. Once your thoughts on the Talonedge T3 are up on its Amazon page, "
        "let us know, and your next set of blades is on us.",
        [R], "en", ["violation", "split", "incentive"],
        "The ask (thoughts on the Amazon page) and the reward (the next blades on us) sit in "
        "different sentences; a future free product for a review is an incentive (policy.md "
        "C1)."),
    rec("Lucinda, when you have a quiet minute, could you give the Stormcrest X9 the highest "
        "mark the listing allows? A top score from a first-time owner carries real weight for "
        "a two-person shop like ours.",
        [R], "en", ["violation", "careful", "rating-request"],
        "Asks for the top score without saying stars or review: a request for a positive "
        "rating (policy.md C2)."),
    rec("Desmond, we hope the grooming kit is treating you well. If it is, the Amazon page is "
        "the place to say so. If anything falls short, please bring it to us here first and "
        "leave the page alone until we have had a go at fixing it.",
        [R], "en", ["violation", "split", "gating"],
        "Satisfied buyers are sent to the product page and unhappy ones are held back from it: "
        "review gating (policy.md C3)."),
    rec("Percival, glad the trimmer arrived in time for the wedding. If you want to watch "
        "Barnaby shape a full beard with it, his clips are up under @kestrelmane.cuts, and a "
        "message there reaches him sooner than one here.",
        [O], "en", ["violation", "careful", "social", "diversion"],
        "A social handle, and the hint that messages should go there rather than through "
        "Amazon, without naming the app (policy.md D4, D6)."),
    rec("Rosalie, the new charging stand left today with tracking TBA603918274415. Now that the "
        "dead dock is sorted, would you update the review you wrote about it?",
        [R], "en", ["violation", "plain", "change-review"],
        "Asks the buyer to update an existing product review once the fault is fixed, which is "
        "never allowed, even after resolution (policy.md C4)."),
    rec("Gideon, the fresh blade should cure the tugging you described. Once you have tried "
        "it, we would be grateful if the two sentences you posted under the clipper listing "
        "could be brought up to date with how it cuts now.",
        [R], "en", ["violation", "careful", "change-review"],
        "The two sentences posted under the listing are the buyer's review; asking to bring "
        "them up to date is a request to change it (policy.md C4)."),
    rec("Mr. Villanueva, we are sorry the first parcel went astray. The comment you left on our "
        "seller profile is now the first thing new customers see. It would mean a great deal "
        "to us if you took it down, now that the kit has reached you.",
        [R], "en", ["violation", "split", "feedback-pressure"],
        "Pressure to take down seller feedback because it hurts the shop; not the neutral "
        "notice Amazon allows after a resolution (policy.md C5)."),
    rec("Ms. Thorsdottir, when you write your review, could you mention that the X9 runs "
        "quietly and that one charge lasts through three haircuts? Those are the two things "
        "buyers ask us about most.",
        [R], "en", ["violation", "plain", "steering"],
        "Tells the buyer what to put in the review (policy.md C7)."),
    rec("Leopold, next time you need blades, skip the Amazon checkout and just tell us here "
        "what you are after. Barnaby will post them straight to you and you can settle up "
        "with him directly.",
        [O], "en", ["violation", "careful", "payment", "diversion"],
        "Moves the next purchase and its payment outside Amazon without naming any channel "
        "(policy.md D5, D6)."),
    rec("Hattie, your bottle of Glidewell oil is packed and leaves tomorrow. Next time, enter "
        "EDGE12 at checkout and any Keenway blade is 12% off.",
        [M], "en", ["violation", "plain", "coupon"],
        "A discount code for a later purchase tacked onto a dispatch note (policy.md B)."),
    rec("Cornelius, the 25 mm guard that was out of stock when you ordered is back on our "
        "shelf. Most owners keep a second one in the travel bag. Grab one before the weekend "
        "empties the bin again.",
        [M], "en", ["violation", "split", "restock"],
        "Unprompted restock news with a push to buy now is promotion (policy.md B)."),
    rec("Wendell, a heads-up since you own the X9: Barnaby has just finished testing a "
        "titanium T-blade that clicks straight onto it, and it goes live on Friday at "
        "amazon.com/dp/B0F3KM7TQ8.",
        [M], "en", ["violation", "careful", "new-product", "listing-link"],
        "A new-product announcement with a link to another Amazon listing; an Amazon link is "
        "marketing rather than off-platform (policy.md B, D1; interface.md)."),
    rec("Lucinda, the spare guard set ships tomorrow. While we have you: this month the "
        "Ravelstone kit and a Dockhaven stand come as a bundle at 20% off, handy if you are "
        "shopping for someone else.",
        [M], "en", ["violation", "plain", "bundle", "discount"],
        "A bundle offer with a percentage off, added to a logistics message (policy.md B)."),
    rec("Desmond, since you chose the Talonedge T3 for your beard, you may like to know that "
        "the Stormcrest X9 shares its blade system, so both sit on one Dockhaven stand. Plenty "
        "of T3 owners add it for the back of the neck.",
        [M], "en", ["violation", "careful", "cross-sell"],
        "Pitches a second product to a buyer who did not ask about it: cross-selling "
        "(policy.md B)."),
    rec("Percival, glad the kit made it to the barbershop. Your colleagues are welcome to "
        "mention your name when they order from us. For every chair that does, we will take "
        "five dollars off your next blade order.",
        [M], "en", ["violation", "split", "discount", "referral"],
        "A referral scheme paid in money off a later order (policy.md B)."),
    rec("Rosalie, the card tucked under the clipper tray has a small printed square on its "
        "back. Point your camera at it to join the owners who hear about each blade batch "
        "before anyone else.",
        [M, O], "en", ["violation", "careful", "vip-list", "qr"],
        "The printed square to scan is a QR code leading off Amazon, and the list it joins is "
        "an early-access promotion list (policy.md B, D1; section e item 3)."),
    rec("Gideon, for anything about the charging stand from now on, email Barnaby at "
        "barnaby@kestrelmanegrooming.com. He also keeps a box of seconds-grade blades that he "
        "sells cheaply to past customers.",
        [M, O], "en", ["violation", "plain", "discount", "email", "diversion"],
        "An e-mail address as the contact route, plus cheap blades sold directly by the shop "
        "(policy.md B, D2, D6)."),
    rec("Mr. Villanueva, the motor noise you describe is easier to judge by ear. Text Barnaby "
        "at 415-555-0123 with a short clip of the clipper running. He will tell you whether "
        "the blade just needs tightening.",
        [O], "en", ["violation", "split", "phone"],
        "A staff member's number for texting is phone contact outside Amazon, and it is not a "
        "carrier or warranty line (policy.md D3)."),
    rec("Ms. Thorsdottir, we are sorry about the cracked guard. Amazon's return process can "
        "drag on. Send us your PayPal address and we will settle it between us today.",
        [O], "en", ["violation", "split", "payment"],
        "Offers to pay the buyer through PayPal instead of an Amazon refund (policy.md D5)."),
    rec("Leopold, you asked whether the Keenway T-blade fits the X6. It does. We also sell it "
        "on kestrelmanegrooming.com, where it comes in a few dollars under the Amazon listing.",
        [M, O], "en", ["violation", "split", "discount", "url", "diversion"],
        "The fit question is answered, then the buyer is sent to the shop's own site at a "
        "lower price (policy.md B, D1, D6)."),
    rec("Hattie, thanks for your order. Follow us on Instagram at @kestrelmane.cuts, where one "
        "follower wins a Talonedge trimmer every month.",
        [M, O], "en", ["violation", "plain", "giveaway", "follow", "social"],
        "An invitation to follow a social account, sweetened with a monthly prize draw "
        "(policy.md B, D4)."),

    # ================================================================ violations, Simplified
    rec("汪先生您好，理发器用着还顺手吗？在亚马逊留个好评后把截图发给阿朗，我们送您一瓶"
        "Glidewell润滑油。",
        [R], "zh", ["violation", "plain", "incentive", "rating-request"],
        "Asks for a positive review (好评) and pays for it with a bottle of oil (policy.md C1, "
        "C2)."),
    rec("贾先生，修剪器到手后如果愿意在商品页下面写几句用下来的感受，写完跟我们说一声，"
        "下一副刀头的钱由我们来出。",
        [R], "zh", ["violation", "careful", "incentive"],
        "Writing a few lines on the product page is a review; paying for the next blade in "
        "return is compensation (policy.md C1)."),
    rec("陶女士您好，套装用下来满意的话，欢迎到商品页面说说您的感受。要是哪里不顺心，先别急着"
        "在亚马逊上写，直接在这里找阿朗，我们一定给您处理好。",
        [R], "zh", ["violation", "split", "gating"],
        "Only satisfied buyers are invited to the page; unhappy ones are told to come to the "
        "seller instead (policy.md C3)."),
    rec("戴老师，剪发器要是用着顺手，麻烦在亚马逊上给它打个满分，这对我们这种两个人的小店"
        "分量很重。",
        [R], "zh", ["violation", "careful", "rating-request", "gating"],
        "Asks for a full score (满分) without the words 评 or 星, and only if the buyer is "
        "pleased (policy.md C2, C3)."),
    rec("小康你好，新的充电座已经给你补发了。既然问题解决了，能不能麻烦把之前那条差评改一下？",
        [R], "zh", ["violation", "plain", "change-review"],
        "Asks the buyer to change a negative review after a replacement (policy.md C4)."),
    rec("俞先生，限位梳断齿是我们品控没做好，货款已经原路退回。您当时在商品页写的那段话现在"
        "还排在最上面。如果愿意重新编辑一下，我们会非常感激。",
        [R], "zh", ["violation", "split", "change-review"],
        "The refund, the review (那段话 on the product page) and the request to edit it are in "
        "three sentences; still a request to change a review (policy.md C4)."),
    rec("包先生，您要是在商品页分享使用心得，麻烦顺带提一句刀头锋利、充一次电能用两周，再配"
        "一张渐变发型的照片就更好了。",
        [R], "zh", ["violation", "careful", "steering"],
        "Dictates what the review should say and asks for a photo (policy.md C7)."),
    rec("贾先生，您给店铺留的那条卖家反馈拉低了我们的店铺评分，快递延误的事也已经处理好了，"
        "麻烦您把它撤掉。",
        [R], "zh", ["violation", "plain", "feedback-pressure"],
        "Asks for seller feedback to be withdrawn because it hurts the shop's score "
        "(policy.md C5)."),
    rec("陶女士，您的润滑油今天发出。下次买刀头记得输入优惠码BEARD10，全店立减百分之十。",
        [M], "zh", ["violation", "plain", "coupon"],
        "A discount code for the next purchase (policy.md B)."),
    rec("戴老师，谢谢您上个月的订单。我们刚做出一款零间隙钛刀头，适配您那台Stormcrest X6，"
        "下周五开卖。到时候可以来店里看看：amazon.com/stores/Kestrelmane",
        [M], "zh", ["violation", "split", "new-product", "listing-link"],
        "New-product news with a storefront link; an Amazon storefront link is marketing, not "
        "off-platform (policy.md B, D1; interface.md)."),
    rec("小康，算算时间，你那瓶润滑油应该快见底了，现在再下一单的话，我们当天就能给你发出。",
        [M], "zh", ["violation", "careful", "buy-again"],
        "A buy-again push with no keyword (policy.md B)."),
    rec("俞先生，这个周末店里所有修剪器都比平时便宜三成，想给家里人添一台的话正是时候。",
        [M], "zh", ["violation", "careful", "sale"],
        "A weekend sale announcement worded as 便宜三成 rather than 折 (policy.md B)."),
    rec("汪先生，刀头安装的问题用文字不好说清楚，您加一下我们的微信 kestrelmane_cn，阿朗直接"
        "发视频给您看。",
        [O], "zh", ["violation", "plain", "messaging-app"],
        "A WeChat ID as the contact route (policy.md D4)."),
    rec("贾先生，以后需要配件不用在亚马逊下单了。直接跟阿朗说要什么，我们从仓库给您寄，价钱"
        "比店里低一截。",
        [M, O], "zh", ["violation", "split", "discount", "diversion"],
        "Diverts future purchases away from Amazon and promises a lower price there "
        "(policy.md B, D6)."),
    rec("陶女士，渐变推剪的教学短片我们都放在小红书上了，账号叫Kestrelmane理容。有问题在那边"
        "私信我们，回得比这里快。",
        [O], "zh", ["violation", "split", "social", "diversion"],
        "A 小红书 account, and the suggestion to ask questions there instead (policy.md D4, "
        "D6)."),
    rec("包先生，刀头多收的那部分钱，我们直接用手机转给您，省得走亚马逊的流程，您把收款账号"
        "发过来就行。",
        [O], "zh", ["violation", "careful", "payment"],
        "Repays money by a phone transfer outside Amazon and asks for the buyer's account "
        "(policy.md D5)."),

    # ================================================================ violations, Traditional
    rec("魏先生您好，理髮器收到了嗎？在亞馬遜留下評價之後把截圖傳訊息給我們，我們就轉帳兩百元"
        "到您的戶頭喔。",
        [O, R], "zh", ["violation", "plain", "payment", "incentive", "traditional",
                       "taiwanese"],
        "Cash for a review, paid by bank transfer outside Amazon (policy.md C1, D5)."),
    rec("侯小姐，套裝用起來滿意的話，再到商品頁分享心得就好；如果有任何不順手的地方，拜託先"
        "傳訊息給我們，不要直接寫在頁面上喔。",
        [R], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
        "Only the satisfied are sent to the page; the rest are asked not to write there "
        "(policy.md C3)."),
    rec("鄒先生您好，上次缺貨的二十五毫米定位梳這週補回來了。這批數量不多。需要備用的話可以"
        "趁現在下單囉。",
        [M], "zh", ["violation", "split", "restock", "traditional", "taiwanese"],
        "Restock news with urgency, sent unasked (policy.md B)."),
    rec("甘小姐，您買了鬍鬚修剪器，如果搭配我們的充電座一起下單，可以幫您少算一百元，結帳前"
        "跟我們說一聲就好。",
        [M], "zh", ["violation", "careful", "discount", "cross-sell", "traditional",
                    "taiwanese"],
        "Cross-sells the charging stand with money off (少算一百元) (policy.md B)."),
    rec("魏先生，刀頭卡住的情況用文字不好講，請加我們的LINE @kestrelmanetw，我們用視訊帶您"
        "拆一次。",
        [O], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
        "A LINE ID as the contact route (policy.md D4)."),
    rec("譚生，部電剷用得順手嘅話，記得幫我哋喺亞馬遜俾個五星好評呀！",
        [R], "zh", ["violation", "plain", "rating-request", "gating", "traditional",
                    "cantonese"],
        "Asks for a five-star review if the buyer is happy (policy.md C2, C3)."),
    rec("植太，新嘅充電座今日已經寄出。之前你喺產品頁寫嗰段留言，收到之後可唔可以改返？",
        [R], "zh", ["violation", "careful", "change-review", "traditional", "cantonese"],
        "The comment on the product page is a review; 改返 asks her to change it "
        "(policy.md C4)."),
    rec("祝小姐，你問嘅刀頭我哋仲有貨。唔使再喺亞馬遜落單。直接WhatsApp +1 415 555 0186 "
        "搵阿朗，佢會同你安排。",
        [O], "zh", ["violation", "split", "phone", "messaging-app", "diversion",
                    "traditional", "cantonese"],
        "Tells the buyer to stop ordering on Amazon and to use WhatsApp on the shop's number "
        "(policy.md D3, D4, D6)."),
    rec("霍生，我哋有個熟客群，入面嘅人會早啲知邊批刀頭到貨同埋有咩平價貨，想入嘅話覆我哋"
        "一句就得。",
        [M], "zh", ["violation", "careful", "vip-list", "traditional", "cantonese"],
        "An invitation to a regulars' group that hears about stock and cheap goods first "
        "(policy.md B)."),
    rec("植太，多謝幫襯。我哋喺IG開咗個專頁，成日分享飛髮教學同埋新貨消息。得閒可以追蹤下，"
        "有咩問題喺嗰度問都得。",
        [M, O], "zh", ["violation", "split", "new-product", "follow", "social", "traditional",
                       "cantonese"],
        "Invites the buyer to follow an Instagram page with new-stock news and to ask "
        "questions there (policy.md B, D4)."),

    # ================================================================ violations, mixed
    rec("Hi Desmond，你的Ravelstone套装明天发货。Next time use code TRIM20 for 20% off，"
        "我们的刀头和限位梳都能用。",
        [M], "mixed", ["violation", "plain", "coupon", "mixed"],
        "A discount code in a code-switched dispatch note (policy.md B)."),
    rec("Hi Gideon，部trimmer用得開心就去Amazon留個review啦。If anything feels off, message "
        "us here first. 唔好急住寫喺頁面度。",
        [R], "mixed", ["violation", "split", "gating", "traditional", "cantonese", "mixed"],
        "Happy buyers to the review, unhappy ones to the seller first, across three sentences "
        "in two languages (policy.md C3)."),

    # ================================================================ evasions, English
    rec("Cornelius, Barnaby answers blade questions far quicker on T" + CY_E + "l" + CY_E
        + "gr" + CY_A + "m than in here. Search for kestrelmane, then an underscore, then "
        "help.",
        [O], "en", ["evasion", "messaging-app", "homoglyph", "split-handle"],
        "Telegram spelled with Cyrillic letters and the handle given in pieces (policy.md D4; "
        "section e)."),
    rec("Wendell, if the X9 is pulling its weight, a fiv" + CY_E + "-st" + CY_A + "r r" + CY_E
        + "vi" + CY_E + "w would make Barnaby's week.",
        [R], "en", ["evasion", "rating-request", "gating", "homoglyph"],
        "A five-star review request, conditional on satisfaction, with Cyrillic look-alikes "
        "(policy.md C2, C3; section e)."),
    rec("Lucinda, your guard combs ship today. On your next order, type F4DE15 at checkout and "
        "the blades come out cheaper.",
        [M], "en", ["evasion", "coupon", "leetspeak"],
        "The code FADE15 written with a 4 for the A (policy.md B; section e)."),
    rec("Desmond, leave a r3v1ew of the trimmer and paste us the l1nk; a fresh Keenway blade "
        "goes out to you the same day, on the house.",
        [R], "en", ["evasion", "incentive", "leetspeak"],
        "A free blade for a review, with digits inside the words (policy.md C1; section e)."),
    rec("Percival, for quicker help, S i g n a l the shop on +1 (415) 555-0186 and skip "
        "the Amazon inbox.",
        [O], "en", ["evasion", "phone", "messaging-app", "diversion", "spacing"],
        "A spaced-out Signal with the shop number, and a nudge away from Amazon messages "
        "(policy.md D3, D4, D6; section e)."),
    rec("Rosalie, if the kit wins you over, tell the world in a r e v i e w. If it does not, "
        "tell us first and keep it off the page.",
        [R], "en", ["evasion", "gating", "spacing"],
        "Review gating with the key word spaced out (policy.md C3; section e)."),
    rec("Gideon, send photos of the cracked guard to care@kestrel" + ZW + "manegrooming.com "
        "and we will take it from there.",
        [O], "en", ["evasion", "email", "zero-width"],
        "An e-mail address with a zero-width space inside it (policy.md D2; section e)."),
    rec("Mr. Villanueva, Stormcrest X9 blades are 15% cheaper this week with FA" + ZW + "DE15 "
        "at checkout.",
        [M], "en", ["evasion", "coupon", "zero-width"],
        "A discount code broken by a zero-width space (policy.md B; section e)."),
    rec("Ms. Thorsdottir, the fades our customers cut with the X9 are all on " + fw("instagram")
        + ": @kestrelmane.cuts. Follow along for a new tip every week.",
        [M, O], "en", ["evasion", "follow", "social", "fullwidth"],
        "Full-width Instagram, a handle and an invitation to follow (policy.md B, D4; section "
        "e)."),
    rec("Leopold, " + fw("TRIM20") + " takes twenty percent off your next Talonedge order.",
        [M], "en", ["evasion", "coupon", "fullwidth"],
        "A discount code in full-width characters (policy.md B; section e)."),
    rec("Hattie, write to kestrelmane dot barnaby at gmail dot com with the serial number and "
        "he will look after you outside the Amazon queue.",
        [O], "en", ["evasion", "email", "diversion", "spelled-email"],
        "A spelled-out e-mail address and an explicit move outside Amazon (policy.md D2, D6; "
        "section e)."),
    rec("Cornelius, orders of more than two blades are simpler through us directly: care at "
        "kestrelmanegrooming dot com, and we invoice you ourselves.",
        [O], "en", ["evasion", "email", "diversion", "spelled-email"],
        "A spelled-out address and a sale invoiced outside Amazon (policy.md D2, D6; section "
        "e)."),
    rec("Wendell, if the blade keeps rattling, message Barnaby on the green app: four one five, "
        "five five five, zero one two three.",
        [O], "en", ["evasion", "phone", "messaging-app", "number-words", "nickname"],
        "A messaging app named by its colour and a number in words (policy.md D3, D4; section "
        "e)."),
    rec("Lucinda, text zero seven seven zero zero, nine zero zero, six nine one and we can "
        "settle the cracked stand between ourselves.",
        [O], "en", ["evasion", "phone", "payment", "number-words"],
        "A phone number in words and a settlement outside Amazon (policy.md D3, D5; section "
        "e)."),

    # ================================================================ evasions, Simplified
    rec("贾先生，晒图留*评之后联系阿朗，返您二十元红包，名额有限。",
        [R], "zh", ["evasion", "incentive", "separator"],
        "留评 split by an asterisk, with cash back for the review (policy.md C1; section e)."),
    rec("陶女士，刀头怎么装我们拍了视频，加一下微·信 kestrelmane_cn 就能发给您。",
        [O], "zh", ["evasion", "messaging-app", "separator"],
        "微信 broken by a middle dot, with the ID (policy.md D4; section e)."),
    rec("戴老师，给个haoping的话，下次买刀头我们给您youhui，截图发这里就行。",
        [M, R], "zh", ["evasion", "discount", "incentive", "rating-request", "pinyin"],
        "好评 and 优惠 in pinyin: a positive review paid for with money off the next purchase "
        "(policy.md B, C1, C2; section e)."),
    rec("小康，充电座的问题在这里说不清楚，加一下我们的weixin：kestrelmane，后面加下划线和cn，"
        "阿朗直接跟你视频。",
        [O], "zh", ["evasion", "messaging-app", "pinyin", "split-handle"],
        "WeChat in pinyin and the ID assembled from parts (policy.md D4; section e)."),
    rec("俞先生，您加一下我们的薇信 kestrelmane_cn，售后都在那边处理，比这里快。",
        [O], "zh", ["evasion", "messaging-app", "diversion", "homophone"],
        "薇信 for 微信, and after-sales moved there (policy.md D4, D6; section e)."),
    rec("汪先生，用得顺手的话，帮我们在亚马逊打个好苹呀，五颗小星星就够啦。",
        [R], "zh", ["evasion", "rating-request", "gating", "homophone"],
        "好苹 for 好评 and five little stars, if the buyer is happy (policy.md C2, C3; section "
        "e)."),
    rec("包先生，刀头的事您直接打给阿朗吧，号码是四一五 五五五 零一八六，美国白天都有人接。",
        [O], "zh", ["evasion", "phone", "cn-numerals"],
        "A phone number in Chinese numerals (policy.md D3; section e)."),
    rec("陶女士，您在绿泡泡里搜 kestrelmane_cn 就能找到阿朗，新到的刀头和配件图片都先发在那边。",
        [M, O], "zh", ["evasion", "new-product", "messaging-app", "nickname"],
        "绿泡泡 is WeChat by nickname; new arrivals are announced there (policy.md B, D4; "
        "section e)."),
    rec("戴老师，修剪器用着还满意的话，麻烦在商品页点亮" + STAR * 5 + "，谢谢支持！",
        [R], "zh", ["evasion", "rating-request", "gating", "emoji"],
        "Five star emoji instead of 五星, conditional on satisfaction (policy.md C2, C3; "
        "section e)."),

    # ================================================================ evasions, Traditional
    rec("魏先生，下次結帳時輸入 E-D-G-E-1-2，刀頭和定位梳都能再省一點喔。",
        [M], "zh", ["evasion", "coupon", "separator", "traditional", "taiwanese"],
        "The code EDGE12 with hyphens between the characters (policy.md B; section e)."),
    rec("侯小姐，有問題直接加我們的賴 @kestrelmanetw，拍影片給您看比較快喔。",
        [O], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
        "賴 is the Taiwanese homophone for LINE, with the ID (policy.md D4; section e)."),
    rec("植太，部電剷有咩問題，直接打俾阿朗，號碼係四一五五五五零一二三，佢會幫你搞掂。",
        [O], "zh", ["evasion", "phone", "cn-numerals", "traditional", "cantonese"],
        "A staff phone number in Chinese numerals (policy.md D3; section e)."),
    rec("祝小姐，想平啲買刀頭，可以上我哋自己個網，名就係 kestrelmane 後面加 grooming，再加點"
        " com，嗰度仲有拆刀頭嘅片睇。",
        [M, O], "zh", ["evasion", "discount", "url", "diversion", "split-handle", "traditional",
                       "cantonese"],
        "The shop's own site is spelled out in pieces, with a cheaper price there: a lower "
        "price and a diversion off Amazon (policy.md B, D1, D6; section e)."),
    rec("鄒先生，在商品頁留下心得再附上照片" + GIFT + "，我們就再寄一組定位梳給您喔。",
        [R], "zh", ["evasion", "incentive", "emoji", "traditional", "taiwanese"],
        "A present emoji and a free guard set for a review with photos (policy.md C1; section "
        "e)."),

    # ================================================================ evasions, mixed
    rec("Hi Percival，满意的话记得给个 wuxing haoping，we will send you a bottle of Glidewell "
        "oil for it。",
        [R], "mixed", ["evasion", "incentive", "rating-request", "gating", "pinyin", "mixed"],
        "五星好评 in pinyin, only if satisfied, paid for with oil (policy.md C1, C2, C3; "
        "section e)."),
    rec("Hi Rosalie，blade 的事情直接写信到 " + fw("care@kestrelmanegrooming.com")
        + "，it is faster than Amazon messages。",
        [O], "mixed", ["evasion", "email", "diversion", "fullwidth", "mixed"],
        "A full-width e-mail address and a move away from Amazon messages (policy.md D2, D6; "
        "section e)."),

    # ================================================================ near-misses, English
    rec("Hi Cornelius, your Stormcrest X9 on order 113-5820461-7093318 was delivered last "
        "Tuesday. Once you have used it a few times, we would value a review on Amazon "
        "describing your experience, whatever it turns out to be.",
        [], "en", ["near-miss", "neutral-request"],
        "One neutral review request with the order id, no rating, reward or condition "
        "(interface.md; policy.md C near-misses)."),
    rec("Wendell, about order 112-3069145-8827406: after a few trims with the Talonedge T3, the "
        "Amazon product page has room for your honest impressions. Good or bad, other beard "
        "owners do read them.",
        [], "en", ["near-miss", "neutral-request"],
        "A neutral request that names both outcomes and offers nothing (policy.md C "
        "near-misses; section b)."),
    rec("Lucinda, you wrote: 'I'll give it five stars if the new blade stops the snagging.' "
        "That is entirely your call. The blade went out this morning regardless, and nothing "
        "about it depends on what you post.",
        [], "en", ["near-miss", "quoted-buyer"],
        "Five stars come from the buyer's own words; the seller separates the replacement "
        "from any review (policy.md C near-misses)."),
    rec("Desmond, you mentioned that you first saw the kit on our Instagram. For this order we "
        "can only help through Amazon messages, so please keep everything in this thread, "
        "photos included.",
        [], "en", ["near-miss", "quoted-buyer"],
        "Instagram is the buyer's remark; the seller keeps contact on Amazon and gives no "
        "handle (policy.md D near-misses)."),
    rec("Percival, thank you for offering to update your review once the new charging stand "
        "arrived, but we cannot ask for that or accept it as part of the fix. The stand is "
        "yours either way; USPS has it as 9400 1118 3306 5527 1948 63.",
        [], "en", ["near-miss", "refusal"],
        "The seller declines the buyer's offer to change a review (policy.md C4; judgement "
        "call)."),
    rec("Rosalie, we cannot take payment by PayPal or any route outside Amazon. If you would "
        "like a second set of guard combs, please order it on Amazon the same way as your "
        "first.",
        [], "en", ["near-miss", "refusal"],
        "Refuses the off-platform payment the buyer proposed; pointing her back to Amazon "
        "for what she asked to buy is not a promotion (policy.md D5; D near-misses)."),
    rec("Gideon, to send the trimmer back, open Your Orders on Amazon, choose order "
        "114-7718203-5561924 and pick the return option; the prepaid label will appear there.",
        [], "en", ["near-miss", "amazon-page"],
        "Return instructions through Amazon's own order page (policy.md D near-misses)."),
    rec("Mr. Villanueva, UPS shows 1Z6A83W40392718564 held at the depot because the flat "
        "number is missing. You can add it on the UPS website or at their counter; we cannot "
        "change the address from our side once the parcel has left.",
        [], "en", ["near-miss", "carrier-site"],
        "A carrier's own site for a delivery problem is not a diversion (policy.md D "
        "near-misses)."),
    rec("Ms. Thorsdottir, we are sorry the blade arrived chipped. A replacement Keenway blade "
        "goes out today by Royal Mail, tracking LX582017463GB, at no charge, and you do not "
        "need to send the damaged one back.",
        [], "en", ["near-miss", "remedy"],
        "A free replacement for a defect is a remedy, not an offer (policy.md B near-misses)."),
    rec("Leopold, the charging stand that arrived cracked on order 111-2940687-6135072 has "
        "been refunded in full. Your bank should show it within a few business days.",
        [], "en", ["near-miss", "remedy"],
        "A refund with no link to any review (policy.md C near-misses)."),
    rec("Hattie, the Stormcrest X9 motor carries a two-year warranty. If it stops holding "
        "charge, reply in this thread with a short description and we will arrange the claim "
        "through Amazon.",
        [], "en", ["near-miss", "warranty"],
        "Warranty information kept inside Amazon messaging (policy.md A; D near-misses)."),
    rec("Cornelius, the 'free-floating' head on the Talonedge T3 simply pivots a little to "
        "follow your jaw. Nothing is loose or broken; that movement is by design.",
        [], "en", ["near-miss", "product-word"],
        "'Free' is a product term, not an offer (policy.md B near-misses)."),
    rec("Wendell, the Line Up setting on the X9 slows the blade for edging around the ears and "
        "neckline, while the Fade setting runs it at full speed.",
        [], "en", ["near-miss", "product-word"],
        "'Line Up' is a barber's edging mode, not the LINE app (policy.md D near-misses)."),
    rec("Lucinda, order 111-5550186-2047739 is the right number; the middle digits only look "
        "like a phone number. Tracking TBA950271846338 shows it reaching your Amazon locker on "
        "Thursday.",
        [], "en", ["near-miss", "lookalike-number"],
        "An order id with 555-01 digits and a tracking number are not phone numbers "
        "(policy.md D near-misses)."),
    rec("Desmond, the 10% coupon you spotted on the Ravelstone kit is one of Amazon's clip-on "
        "coupons. Tick its box on the product page and Amazon takes it off when you pay; we "
        "have no separate code of our own.",
        [], "en", ["near-miss", "answer"],
        "Explains an Amazon promotion the buyer asked about and offers nothing more "
        "(policy.md B near-misses)."),
    rec("Percival, to your question: yes, Glidewell clipper oil is in Amazon's Subscribe & "
        "Save, so you can set it to arrive every three months from the product page, and "
        "Amazon takes its own discount off each delivery. Amazon runs the schedule, not us.",
        [], "en", ["near-miss", "amazon-program"],
        "Answers the buyer's question about an Amazon programme and its built-in discount; "
        "the seller offers nothing of its own (policy.md B near-misses)."),
    rec("Rosalie, thank you for telling us you reviewed the grooming kit. We read what owners "
        "write, and your point about the stiff case zip has gone to our supplier.",
        [], "en", ["near-miss", "review-thanks"],
        "Thanks a buyer who mentioned her review; nothing is requested (policy.md C "
        "near-misses)."),
    rec("Gideon, the late parcel is with you now and the postage has been refunded. If you "
        "feel we have put things right, you are able to revise or withdraw the seller feedback "
        "you left earlier; whatever you decide is completely fine with us.",
        [], "en", ["near-miss", "feedback-notice"],
        "The neutral seller-feedback notice after resolution, choice left to the buyer "
        "(policy.md C5; judgement call)."),
    rec("Mr. Villanueva, you asked whether the spare guard was a thank-you for a review. It "
        "was not: one guard was missing from your box, and we never offer anything in "
        "exchange for reviews.",
        [], "en", ["near-miss", "negation"],
        "Denies any link between the replacement and a review (policy.md C1; section b)."),
    rec("Ms. Thorsdottir, change the blade about every six months if you cut several heads a "
        "week, and put two drops of oil across the teeth before each session. Never rinse the "
        "X9 body under the tap; only the blade is washable.",
        [], "en", ["near-miss", "care-advice"],
        "Care advice; 'change' refers to the blade (policy.md C near-misses)."),
    rec("Leopold, keep the Dockhaven stand away from the basin and unplug it before you clean "
        "it. If the cable ever looks frayed, stop using it and tell us here so we can arrange a "
        "replacement cable.",
        [], "en", ["near-miss", "care-advice"],
        "Safety advice with a replacement offered inside Amazon messaging (policy.md B "
        "near-misses)."),
    rec("Hattie, our blade bench gives every X9 a final review before it ships: Barnaby checks "
        "the tension, runs it for a minute and listens for rattle. Yours passed on Monday.",
        [], "en", ["near-miss", "review-word"],
        "'Review' is the shop's inspection step (policy.md C near-misses)."),
    rec("Cornelius, as you asked, we have cancelled the second charging stand on order "
        "112-8463015-2290847, which was placed twice by mistake. Only one will ship, and Amazon "
        "will not bill you for the cancelled one.",
        [], "en", ["near-miss", "logistics-word"],
        "A cancellation the buyer asked for (policy.md A near-misses)."),

    # ================================================================ near-misses, Simplified
    rec("贾先生，您寄回的刀头我们正好评估过了，磨损属于正常使用范围，刀片重新研磨后已经给您"
        "寄回。",
        [], "zh", ["near-miss", "substring"],
        "正好评估 contains 好评 across a word boundary (policy.md section 0; C near-misses)."),
    rec("陶女士，这批理发器出厂前的噪音测试我们都保留评测记录，您这台是五十八分贝，属于正常"
        "范围。",
        [], "zh", ["near-miss", "substring"],
        "保留评测 contains 留评 across a word boundary (policy.md section 0; C near-misses)."),
    rec("戴老师，订单 114-5592730-1186045 的套装已经送到几天了。等您用过一段时间，欢迎在亚马逊"
        "商品页写写实际用下来的感受，好的坏的都能帮到后来的买家。",
        [], "zh", ["near-miss", "neutral-request"],
        "A single neutral request that welcomes good and bad experiences (interface.md; "
        "policy.md C near-misses)."),
    rec("小康，你提到想加微信方便沟通，谢谢好意，不过按照亚马逊的规定，我们只能在这个对话里"
        "回复你，照片也可以直接传到这里。",
        [], "zh", ["near-miss", "refusal"],
        "Declines the buyer's WeChat suggestion (policy.md D4; D near-misses)."),
    rec("俞先生，您留言说“给五星没问题，只要刀头别再卡毛”。评价怎么写完全由您决定，新刀头"
        "我们照常寄出，两件事没有关系。",
        [], "zh", ["near-miss", "quoted-buyer"],
        "五星 is quoted from the buyer; the seller decouples the replacement from the review "
        "(policy.md C near-misses)."),
    rec("汪先生，收到的限位梳少了一把是我们打包的疏忽，已经免费补发，顺丰单号 "
        "SF1296640385172，不需要您寄回任何东西。",
        [], "zh", ["near-miss", "remedy"],
        "免费补发 is a remedy for a missing part (policy.md B near-misses)."),
    rec("贾先生，您下单后这款修剪器降了价，亚马逊的价格是系统实时调整的，我们这边没办法补差价，"
        "实际支付金额以订单页面为准。",
        [], "zh", ["near-miss", "price-paid"],
        "Explains a price change after purchase; no offer (policy.md B near-misses)."),
    rec("陶女士，Stormcrest X9 的电机保修两年，如果出现充不进电的情况，请在这个对话里说明一下，"
        "我们会通过亚马逊为您办理。",
        [], "zh", ["near-miss", "warranty"],
        "Warranty handled inside Amazon (policy.md A; D near-misses)."),
    rec("戴老师，每次用完先用附带的小刷子扫掉碎发，再滴两滴润滑油空转十秒。刀片磨钝属于正常"
        "损耗，不在保修范围内，到时换一副新的就行，别自己拿磨刀石磨。",
        [], "zh", ["near-miss", "care-advice"],
        "Care advice that mentions the warranty terms (policy.md C near-misses)."),
    rec("小康，你说不小心下了两单，多出来的那台理发器我们已经帮你取消了，订单 "
        "113-0371592-4408861 只发一台，多付的钱亚马逊会自动退回。",
        [], "zh", ["near-miss", "logistics-word"],
        "取消 of a duplicate order at the buyer's request (policy.md A near-misses)."),
    rec("俞先生，退货请在亚马逊的“我的订单”里找到这笔订单，选好退货原因后系统会生成退货标签，"
        "按提示寄出就可以。",
        [], "zh", ["near-miss", "amazon-page"],
        "Returns through Amazon's own order page (policy.md D near-misses)."),
    rec("汪先生，您问页面上满两百减二十的那张券怎么用：那是亚马逊平台自己的活动，在商品页勾选"
        "后结账时自动抵扣，我们这边没有另外的码。",
        [], "zh", ["near-miss", "answer"],
        "Answers a question about an Amazon coupon; nothing is offered (policy.md B "
        "near-misses)."),
    rec("贾先生，延误的包裹已经送到，运费也退给您了。如果您觉得问题已经妥善解决，可以按您的"
        "意愿修改或撤回给店铺的那条反馈，怎么选我们都尊重。",
        [], "zh", ["near-miss", "feedback-notice"],
        "The neutral seller-feedback notice after resolution (policy.md C5; judgement call)."),
    rec("陶女士，看到您说已经在商品页写了评价，谢谢您花时间。您提到充电座指示灯太亮，我们已经"
        "转告工厂，下一批会调暗。",
        [], "zh", ["near-miss", "review-thanks"],
        "Thanks for a review the buyer mentioned; no request (policy.md C near-misses)."),
    rec("戴老师，您问订单号 114-0592230-5550147 里的五五五是不是我们的号码：不是，订单号是"
        "亚马逊系统生成的，和我们没有关系。",
        [], "zh", ["near-miss", "lookalike-number"],
        "An order id with 555 digits is not a phone number (policy.md D near-misses)."),
    rec("小康，你问的星空灰款和曜石黑款只是外壳颜色不同，刀头、电池和配件完全一样。",
        [], "zh", ["near-miss", "product-word"],
        "星 in a colour name, not a rating (policy.md C near-misses)."),
    rec("俞先生，顺丰单号 SF4807215539926 显示在中转站滞留了一天，您可以在顺丰官网输入单号"
        "查看最新位置，我们这边也已经去催了。",
        [], "zh", ["near-miss", "carrier-site"],
        "A carrier's own site (官网) for tracking (policy.md D near-misses)."),

    # ================================================================ near-misses, Traditional
    rec("魏先生，訂單 111-9034418-7752603 的修鬍器應該已經用了一陣子，方便的話歡迎到亞馬遜"
        "商品頁寫下真實的使用心得，好壞都可以喔。",
        [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
        "A neutral request for either kind of experience (interface.md; policy.md C "
        "near-misses)."),
    rec("侯小姐，充電座少放了變壓器，是我們出貨時漏掉的，今天已經免費補寄，大約兩個工作天"
        "會到。",
        [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
        "免費補寄 of a missing part is a remedy (policy.md B near-misses)."),
    rec("鄒先生，謝謝您想加LINE方便聯絡的好意，不過依照亞馬遜的規定，我們只能在這個對話串"
        "回覆您，照片直接傳在這裡就可以囉。",
        [], "zh", ["near-miss", "refusal", "traditional", "taiwanese"],
        "Declines the buyer's LINE suggestion (policy.md D4; D near-misses)."),
    rec("甘小姐，您說「如果換了刀頭還會夾毛就給一星」，要怎麼評價是您的權利，新刀頭我們照樣"
        "寄出，跟評價沒有任何關係喔。",
        [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
        "The star rating is the buyer's own threat, quoted; the seller asks for nothing "
        "(policy.md C near-misses)."),
    rec("魏先生，您希望修改收件地址，但包裹已經交給黑貓配送，我們這邊無法再改，建議您直接"
        "聯絡黑貓客服處理喔。",
        [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
        "修改 an address, and a carrier's service desk (policy.md A; D near-misses)."),
    rec("譚生，你買完之後部電剷減咗價，亞馬遜嘅價格係系統自動調整，我哋冇辦法補返差價，"
        "唔好意思。",
        [], "zh", ["near-miss", "price-paid", "traditional", "cantonese"],
        "Explains a price drop after purchase (policy.md B near-misses)."),
    rec("植太，刀頭用完之後用刷仔掃走啲碎髮，再滴兩滴潤滑油。如果刀片崩咗一角，千祈唔好再用，"
        "話我哋知，我哋免費換過一塊俾你。",
        [], "zh", ["near-miss", "care-advice", "traditional", "cantonese"],
        "Care and safety advice with a free replacement for a damaged blade (policy.md B "
        "near-misses)."),
    rec("祝小姐，遲咗嘅包裹已經送到，運費都退返俾你。如果你覺得問題已經解決，想唔想更改或者"
        "撤回之前俾店舖嘅反饋，都由你自己決定。",
        [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
        "The neutral seller-feedback notice after resolution (policy.md C5; judgement call)."),
    rec("霍生，訂單 113-6678014-3925170 嗰部電剷有兩年保養，如果充唔入電，喺呢度話我哋知，"
        "我哋會經亞馬遜幫你處理。",
        [], "zh", ["near-miss", "warranty", "traditional", "cantonese"],
        "Warranty (保養) handled through Amazon (policy.md A; D near-misses)."),

    # ================================================================ near-miss, mixed
    rec("Hi Leopold，退货 please go to Your Orders on Amazon，选中这笔订单 then choose the "
        "return reason，系统会自动生成 prepaid label。",
        [], "mixed", ["near-miss", "amazon-page", "mixed"],
        "Returns through Amazon's order page, code-switched (policy.md D near-misses)."),

    # ================================================================ clean, English
    rec("Hi Cornelius, the Stormcrest X9 takes about ninety minutes to charge from empty and "
        "then runs for roughly three hours. You can leave it on the dock overnight without "
        "harming the battery.",
        [], "en", ["clean"],
        "Answers a charging question (policy.md A)."),
    rec("Wendell, the guard marked 3 leaves about 10 mm of hair and the 4 leaves 13 mm. For a "
        "gradual fade, go from the 4 at the crown down to the 2 above the ears, then blend "
        "with the lever half open.",
        [], "en", ["clean"],
        "Answers a product question about guard lengths (policy.md A)."),
    rec("Lucinda, your parcel is running two days behind because of snow at the regional hub. "
        "We are keeping an eye on it and will message you again if it slips further.",
        [], "en", ["clean"],
        "A delay notice, which is a permitted proactive message (policy.md A near-misses)."),
    rec("Desmond, before we engrave the handle, please confirm the initials: D.A.M. in block "
        "capitals, on the left side near the power switch. We will not cut anything until you "
        "reply.",
        [], "en", ["clean"],
        "Verifying a custom design is a permitted message (policy.md A)."),
    rec("Percival, the trimmer works on anything from 100 to 240 volts, so in Lisbon the plug "
        "adapter is all you need.",
        [], "en", ["clean"],
        "Answers a voltage question (policy.md A)."),
    rec("Rosalie, the small tube in the box is the blade oil. Put three drops across the teeth, "
        "switch the clipper on for ten seconds and wipe off the excess with the cloth.",
        [], "en", ["clean"],
        "Usage instructions in reply to a question (policy.md A)."),
    rec("Gideon, the rattle after a drop usually means the blade has slipped off its drive pin. "
        "Loosen the two screws, seat the blade so the pin sits in its slot, then tighten them "
        "again.",
        [], "en", ["clean"],
        "Troubleshooting in reply to a question (policy.md A)."),
    rec("Mr. Villanueva, we have the zero-gap blade in stock, and it fits the X6 as well as the "
        "X9. It is the one with the black tooth guard marked with a Z.",
        [], "en", ["clean"],
        "Answers a fit question the buyer asked (policy.md A; B near-misses)."),
    rec("Ms. Thorsdottir, to lock a guard comb in place, slide it over the blade until you hear "
        "two clicks. If it sits loose, the tab on the back has probably bent; press it flat "
        "with a fingernail.",
        [], "en", ["clean"],
        "Product help (policy.md A)."),
    rec("Leopold, the kit's storage case is 28 by 18 cm and fits in most carry-on bags. The "
        "scissors and the nose trimmer sit in the zip pocket under the lid.",
        [], "en", ["clean"],
        "Answers a question about the kit (policy.md A)."),
    rec("Hattie, the dock light blinks amber when the contacts are dirty. Wipe the two metal "
        "pads on the base and on the bottom of the clipper with a dry cloth and it should turn "
        "green.",
        [], "en", ["clean"],
        "Troubleshooting (policy.md A)."),
    rec("Cornelius, the delivery address on your account has no flat number, and the courier "
        "needs one for your building. Could you send it to us here so we can add it before "
        "dispatch?",
        [], "en", ["clean"],
        "Requests information needed to deliver the order (policy.md A)."),
    rec("Wendell, the trimmer's battery is lithium-ion, so it can go in cabin luggage. Hold the "
        "power button for three seconds until the light flashes twice to switch on the travel "
        "lock.",
        [], "en", ["clean"],
        "Answers a travel question (policy.md A)."),

    # ================================================================ clean, Simplified
    rec("汪先生，理发器从没电到充满大约九十分钟，充满后可以连续用三个小时左右，长期放在充电座"
        "上也不会伤电池。",
        [], "zh", ["clean"],
        "Answers a charging question (policy.md A)."),
    rec("贾先生，三号限位梳剪完大约留十毫米，四号留十三毫米。想做渐变的话，从头顶用四号往下，"
        "到耳朵上方换二号。",
        [], "zh", ["clean"],
        "Answers a question about guard lengths (policy.md A)."),
    rec("陶女士，因为中转站下雪，您的包裹会晚两天左右到，我们一直在跟进，有新情况会再告诉您。",
        [], "zh", ["clean"],
        "A delay notice (policy.md A near-misses)."),
    rec("戴老师，刻字之前想跟您再确认一下：手柄左侧刻一个“戴”字，楷体，靠近开关的位置，您回复"
        "确认后我们再动工。",
        [], "zh", ["clean"],
        "Verifying a custom engraving (policy.md A)."),
    rec("小康，修剪器支持一百一十到二百四十伏电压，出国只需要带一个转换插头就行。",
        [], "zh", ["clean"],
        "Answers a voltage question (policy.md A)."),
    rec("俞先生，刀头掉下来一般是卡扣没对准，把刀头背面的小钩对准机身的槽口，往下压到听见"
        "咔哒一声就好了。",
        [], "zh", ["clean"],
        "Troubleshooting (policy.md A)."),
    rec("汪先生，套装里的剪刀和鼻毛修剪器放在盒盖下面的拉链袋里，可能第一眼没看到。",
        [], "zh", ["clean"],
        "Answers a question about missing-looking parts (policy.md A)."),
    rec("贾先生，充电座指示灯闪黄色，说明触点有点脏，用干布擦一下底座和机身底部的两个金属片"
        "就能恢复绿灯。",
        [], "zh", ["clean"],
        "Troubleshooting (policy.md A)."),
    rec("陶女士，您的收货地址缺少门牌号，快递员送货时需要，麻烦在这里告诉我们，我们发货前补上。",
        [], "zh", ["clean"],
        "Requests information needed for delivery (policy.md A)."),
    rec("戴老师，这台机器的锂电池可以随身带上飞机，长按开关三秒开启旅行锁，防止在包里误启动。",
        [], "zh", ["clean"],
        "Answers a travel question (policy.md A)."),

    # ================================================================ clean, Traditional
    rec("魏先生，理髮器充電大約九十分鐘就會充飽，可以連續使用三個小時左右，放在充電座上過夜"
        "也沒關係喔。",
        [], "zh", ["clean", "traditional", "taiwanese"],
        "Answers a charging question (policy.md A)."),
    rec("侯小姐，因為轉運中心天候不佳，您的包裹大概會延後兩個工作天送達，我們會持續追蹤，"
        "有最新狀況再通知您。",
        [], "zh", ["clean", "traditional", "taiwanese"],
        "A delay notice (policy.md A near-misses)."),
    rec("鄒先生，三號定位梳大約留十毫米，四號留十三毫米，想剪漸層的話從頭頂用四號，往下到"
        "耳上換二號就可以囉。",
        [], "zh", ["clean", "traditional", "taiwanese"],
        "Answers a question about guard lengths (policy.md A)."),
    rec("譚生，部電剷充滿電大概要一個半鐘，用得三個鐘左右，成晚擺喺充電座都冇問題㗎。",
        [], "zh", ["clean", "traditional", "cantonese"],
        "Answers a charging question (policy.md A)."),
    rec("植太，刀頭跌咗出嚟通常係卡位冇對準，將刀頭後面個鈎對準機身個坑，撳落去聽到「咔」"
        "一聲就得。",
        [], "zh", ["clean", "traditional", "cantonese"],
        "Troubleshooting (policy.md A)."),
    rec("祝小姐，你個地址冇寫單位號碼，速遞員上門要用，麻煩喺度話我哋知，我哋寄出之前幫你"
        "補返。",
        [], "zh", ["clean", "traditional", "cantonese"],
        "Requests information needed for delivery (policy.md A)."),

    # ================================================================ clean, mixed
    rec("Hi Desmond，guard 三号 leaves about ten mm，四号 leaves thirteen mm，做 fade 的时候"
        "从四号开始往下换。",
        [], "mixed", ["clean", "mixed"],
        "A code-switched answer about guard lengths (policy.md A)."),
]


def records():
    items = list(RECORDS)
    random.Random(73).shuffle(items)
    out = []
    for i, r in enumerate(items, 1):
        out.append({"id": "h73-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout73.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
