#!/usr/bin/env python3
"""Builds holdout95.jsonl: 160 hand-written, hand-labelled seller-to-buyer messages from the
invented shop Tumbleroo Wheelworks (kids' ride-on jeeps, balance bikes, helmets, training wheels,
spare batteries, chargers).  Shuffled with random.Random(95), numbered h95-001..h95-160.

Hard-to-see characters are spelled below: ZW (zero-width space), CY_A / CY_E (Cyrillic a / e),
fw() (full-width Latin letters, digits, @ . _).
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"


def fw(s):
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


M, O, R = "marketing", "off-platform-contact", "review-inducement"
REGION = {"tw": ["traditional", "taiwanese"], "hk": ["traditional", "cantonese"],
          "hkmix": ["traditional", "cantonese", "mixed"], "mix": ["mixed"], "": []}

RAW = []


def add(cat, style, labels, subs, lang, region, text, note, extra=()):
    """extra: evasion techniques, or the near-miss trap."""
    tags = [cat] + ([style] if style else []) + list(subs) + list(extra) + REGION[region]
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


def V(style, labels, subs, lang, region, text, note):
    add("violation", style, labels, subs, lang, region, text, note)


def E(techs, labels, subs, lang, region, text, note):
    add("evasion", None, labels, subs, lang, region, text, note, techs)


def N(trap, lang, region, text, note):
    add("near-miss", None, [], [], lang, region, text, note, [trap])


def C(lang, region, text, note):
    add("clean", None, [], [], lang, region, text, note)


# =============================================================== violations: English (27)
V("plain", [M], ["coupon"], "en", "",
  "Hi Wendell, thanks for choosing the Roverling R3. Enter ROLL15 at checkout on your next "
  "helmet or charger and you'll get 15% off anything in our shop this month.",
  "A discount code pushed after the sale is a coupon promotion (policy.md B).")
V("careful", [M], ["restock"], "en", "",
  "Hi Ophelia, good news for little riders: the sage-green Puddlehop 14 is back on our shelves "
  "after two months away, and the last batch was gone in a week, so it may be worth moving "
  "quickly if your younger one is ready to graduate.",
  "Unprompted back-in-stock announcement with urgency; no offer word, still promotion (policy.md B).")
V("split", [M], ["cross-sell"], "en", "",
  "Hi Lorcan, your Puddlehop 12 is on its way. Most parents find a first bike goes better with a "
  "snug helmet on. Ours is the Cubby Dome, and size XS is made for exactly your daughter's age.",
  "Three harmless sentences that together pitch a second product: cross-selling (policy.md B).")
V("careful", [M], ["new-product"], "en", "",
  "Hi Henrietta, since your twins have been zooming around on the Roverling R2, we thought you'd "
  "like to hear first that its bigger sibling, the R3 with two seats and a parent remote, "
  "reached our range this spring and is waiting on our storefront.",
  "A new-model announcement worded as friendly news (policy.md B, interface.md marketing).")
V("plain", [R], ["rating-request"], "en", "",
  "Hi Jasper, if the Voltbun battery has brought the jeep back to life, please give us five stars "
  "in your review on Amazon; it makes a huge difference to a small shop like ours.",
  "Asks for a specific top rating (policy.md C2).")
V("careful", [R], ["incentive"], "en", "",
  "Hi Nkechi, once you've had a chance to tell other shoppers on the product page how the "
  "training wheels are working out, forward a screenshot to us and we'll post a spare set of axle "
  "bolts your way at no cost, our little way of saying thanks.",
  "Parts at no cost in return for a posted opinion is compensation for a review (policy.md C1).")
V("split", [R], ["gating"], "en", "",
  "Hi Ruairi, we hope Saturday's first ride went smoothly. Families who are happy with their "
  "Puddlehop often tell other parents about it on the product page. For everyone else, we'd much "
  "rather be the first to hear about it, here, before anything goes up publicly.",
  "Happy buyers steered to the page, unhappy ones held back: gating across sentences (policy.md C3).")
V("careful", [R], ["change-review"], "en", "",
  "Hi Mr. Valdivia, now that the replacement charger has reached you and the jeep is running "
  "again, would you be open to revisiting what you wrote on the listing last week, so it matches "
  "how things stand today?",
  "Asks the buyer to edit a product review after resolution, never allowed (policy.md C4).")
V("careful", [R], ["steering"], "en", "",
  "Hi Ms. Oyelaran, when you share your thoughts on the Cubby Dome on Amazon, it would help us a "
  "lot if you could mention how light it is and that it arrived two days early; parents searching "
  "for toddler helmets look for exactly those words.",
  "Tells the buyer what to write (policy.md C7).")
V("split", [R], ["feedback-pressure"], "en", "",
  "Hi Wendell, a single low seller rating can weigh on a small shop for months. We have already "
  "reshipped the missing seat belt. We'd be grateful if that mark on our storefront didn't have "
  "to stay there.",
  "Pressure to take down seller feedback, spread over three sentences (policy.md C5).")
V("plain", [O], ["email"], "en", "",
  "Hi Ophelia, for anything about the battery, email Quentin directly at "
  "quentin@tumbleroowheels.com and he'll get back to you the same day.",
  "An e-mail address in a buyer message (policy.md D2).")
V("careful", [O], ["phone"], "en", "",
  "Hi Lorcan, the quickest way to get the remote paired is to ring Quentin on +1 (720) 555-0183 "
  "after 4pm; he can talk you through it while you stand next to the jeep.",
  "The shop's own number, not a carrier or warranty line (policy.md D3).")
V("split", [O], ["messaging-app"], "en", "",
  "Hi Henrietta, pairing problems are easier to see than to describe. Our team keeps an account "
  "on Telegram for exactly this. It's @tumbleroo_care, and short clips come through fine.",
  "App named in one sentence, handle in the next: a messaging-app invitation (policy.md D4).")
V("careful", [O], ["url", "diversion"], "en", "",
  "Hi Jasper, next time you need a Voltbun battery, you'll find it at tumbleroowheels.com, where "
  "we keep a little more stock and can usually ship it the same afternoon.",
  "Sends the buyer to the shop's own site to buy next time (policy.md D1, D6).")
V("plain", [O], ["payment"], "en", "",
  "Hi Nkechi, rather than waiting for Amazon to process the refund, we can send the $34 back "
  "through PayPal today if you give us your PayPal address.",
  "Refund outside Amazon (policy.md D5).")
V("split", [O], ["social"], "en", "",
  "Hi Ruairi, lots of parents ask how to fit the training wheels. We posted a two-minute "
  "walkthrough on Instagram last week. Search for tumbleroo.rides, and you can drop us a message "
  "there too.",
  "Social account and an invitation to message there, split over sentences (policy.md D4).")
V("careful", [M], ["buy-again"], "en", "",
  "Hi Mr. Valdivia, balance bikes are usually outgrown around age five, so when your youngest is "
  "ready for the next size up, the Puddlehop 14 is waiting for you, and families who come back to "
  "us tend to find it slots right in where the 12 left off.",
  "A come-back-and-buy push with no offer word (policy.md B, interface.md buy again).")
V("split", [M], ["bundle"], "en", "",
  "Hi Ms. Oyelaran, the spare Voltbun you ordered pairs well with a second charger. Some "
  "families keep one battery charging while the other runs. The two together cost less as a set "
  "than separately on our store page.",
  "A bundle pitched across three sentences (policy.md B).")
V("plain", [M, O], ["giveaway", "follow", "social"], "en", "",
  "Hi Wendell, we're running a giveaway this month: one lucky family wins a Roverling R3, and you "
  "can enter by following @tumbleroo.rides on Instagram.",
  "Giveaway tied to following a social account (policy.md B, D4).")
V("careful", [M], ["discount", "referral"], "en", "",
  "Hi Henrietta, if another family at nursery is looking for a first bike and mentions your name "
  "when they order, we'll knock the cost of a Cubby Dome helmet off your next purchase.",
  "Referral reward paid as money off a later order (policy.md B).")
V("careful", [M], ["vip-list"], "en", "",
  "Hi Jasper, we keep a small circle of families who hear about every new colour and every price "
  "drop before anyone else. Shall we add your name to it?",
  "Invitation to a private early-access list (policy.md B).")
V("split", [M, R], ["discount", "incentive"], "en", "",
  "Hi Lorcan, we know you're busy with a toddler and a new bike. When you have a minute, tell "
  "other parents on Amazon how the Puddlehop is going. Forward us the confirmation and your next "
  "order from us comes with 20% taken off.",
  "Money off the next order in return for a posted review: incentive and a discount "
  "(policy.md C1, B; judgement call 5).")
V("careful", [R], ["rating-request"], "en", "",
  "Hi Ophelia, a full row of golden marks next to the Cubby Dome would mean the world to our "
  "three-person team, if you feel it's earned them.",
  "Asks for a top rating without saying 'stars' (policy.md C2).")
V("split", [R], ["change-review"], "en", "",
  "Hi Nkechi, thank you for letting us fix the loose steering column, and we're glad the squeak "
  "is gone. What you posted on the jeep's page was written before the fix. It would be lovely if "
  "it told the story as things stand today.",
  "A request to edit the product review, spread over sentences (policy.md C4).")
V("careful", [O], ["diversion", "qr"], "en", "",
  "Hi Ruairi, the little black-and-white square printed inside the battery lid takes you straight "
  "to our own help desk, which is faster than writing here for anything about charging.",
  "A QR code to the shop's own support, away from Amazon messaging (policy.md D1, D6).")
V("plain", [M], ["discount", "sale"], "en", "",
  "Hi Mr. Valdivia, our spring sale opens Friday: 25% off every Roverling ride-on and Steadyspoke "
  "kit, for one weekend only.",
  "Sale announcement with a discount (policy.md B).")
V("careful", [M], ["cross-sell", "listing-link"], "en", "",
  "Hi Ms. Oyelaran, the knee and elbow pads many parents pair with the Cubby Dome are here: "
  "amazon.com/dp/B0F3RL8K2W.",
  "A link to another listing to sell a matching item (policy.md B, D1; judgement call 7).")

# =============================================================== violations: Simplified (19)
V("plain", [R], ["incentive"], "zh", "",
  "袁女士您好！平衡车用上一周后，麻烦在亚马逊写条评价，截图发给我们，就送您一套Cubby Dome头盔贴纸。",
  "A gift for a posted review with a screenshot (policy.md C1).")
V("careful", [R], ["gating"], "zh", "",
  "魏先生您好，孩子骑得开心的话，欢迎到商品页跟其他家长说说感受；要是有哪里不顺手，先别急着在页面上写，直接在这里找阿蔚，我们马上处理。",
  "Happy buyers to the page, unhappy ones to the seller, without a review keyword (policy.md C3).")
V("split", [R], ["change-review"], "zh", "",
  "姜妈妈您好，充电器已经给您补发了。您之前在商品页写的那段话，是问题解决以前写的。现在车能正常跑了，要是那段话也能跟上现在的情况就太好了。",
  "Asks for the product review to be brought up to date, over three sentences (policy.md C4).")
V("plain", [M], ["coupon"], "zh", "",
  "钱老师您好，感谢购买电动童车！之后在店里买头盔或备用电池，输入优惠码WHEELS20立减两成。",
  "Coupon code after the sale (policy.md B).")
V("careful", [M], ["new-product"], "zh", "",
  "小禾您好，您家宝宝骑的Puddlehop 12有了加大款，座高能调到45厘米，适合四到六岁，目前已经在店铺里上架，喜欢的话可以去看看。",
  "New model announced as friendly news, no 新品 keyword (policy.md B).")
V("plain", [O], ["messaging-app"], "zh", "",
  "袁女士，电池充不进电的问题比较复杂，加一下我们售后微信tumbleroo_cn，发个视频过来我们帮您看。",
  "WeChat handle (policy.md D4).")
V("split", [O], ["phone"], "zh", "",
  "魏先生您好，遥控器配对要同时按住两个键，光看文字不好操作。阿蔚下午都在办公室，手边有一台样车，听声音就能帮您判断。720-555-0126，下午两点以后都可以。",
  "A bare number after a sentence that implies a voice conversation: the shop's phone (policy.md D3).")
V("careful", [O], ["payment"], "zh", "",
  "姜妈妈您好，差的那二十多块钱不用走平台那么麻烦了，您把收款码发给我，我今晚直接转给您。",
  "Money sent outside Amazon, said without naming an app (policy.md D5).")
V("plain", [M], ["discount", "sale"], "zh", "",
  "钱老师您好，本店六一大促开始啦，全场电动童车打八折，辅助轮买一送一，仅限三天！",
  "Sale with discounts (policy.md B).")
V("split", [M], ["cross-sell"], "zh", "",
  "小禾您好，您买的是12寸平衡车。这个年龄段的孩子刚学的时候摔跤很常见。我们店里有配套的护膝护肘三件套，尺寸正好合适。",
  "Cross-sell built from three neutral sentences (policy.md B).")
V("careful", [R], ["rating-request"], "zh", "",
  "袁女士您好，如果您觉得这台童车配得上满分，麻烦在商品页给我们点满，这对小店意义很大。",
  "Asks for the full score without the word 星 (policy.md C2).")
V("plain", [R], ["feedback-pressure"], "zh", "",
  "魏先生，您给店铺留的差评反馈拉低了我们的账户评分，退款已经处理完了，请尽快把那条反馈撤掉。",
  "Pressure to remove seller feedback (policy.md C5).")
V("split", [O], ["social"], "zh", "",
  "姜妈妈您好，辅助轮的安装步骤比较多。我们在小红书上发了分步骤的视频。搜Tumbleroo童车就能看到，那边留言我们回得也快。",
  "Social account and a nudge to message there (policy.md D4).")
V("plain", [O], ["email"], "zh", "",
  "钱老师您好，发票的事请直接发邮件到care@tumbleroowheels.com，我们的财务会处理。",
  "E-mail address (policy.md D2).")
V("split", [R], ["steering"], "zh", "",
  "小禾您好，谢谢您愿意在亚马逊上分享使用体验。很多家长最关心电池能用多久。方便的话，写的时候提一句能连续骑两个小时，再配一张孩子骑车的照片。",
  "Tells the buyer what to write and to add a photo (policy.md C7).")
V("careful", [O], ["diversion"], "zh", "",
  "袁女士您好，以后再要配件，不用再从平台下单了，直接告诉阿蔚型号，我们从仓库给您寄，运费也能省下来。",
  "Buying outside Amazon, said politely (policy.md D6).")
V("split", [M, O], ["follow", "social"], "zh", "",
  "魏先生您好，很多家长问童车平时怎么保养。我们每周在抖音放一条小教程，关注的家长都说很实用。账号名就是Tumbleroo童车。",
  "Follow-us push for a social account, over three sentences (policy.md B, D4).")
V("plain", [O, R], ["payment", "incentive", "rating-request"], "zh", "",
  "姜妈妈您好，留下五星好评后把截图发来，我们通过微信转账给您返现15元。",
  "Cash back for a five-star review, paid outside Amazon (policy.md C1, C2, D5).")
V("split", [M], ["giveaway"], "zh", "",
  "钱老师您好，为了庆祝店铺三周年，我们准备了十台童车送给老客户。本月下单的家长都能参加。在这里回复订单尾号就算报名，月底公布名单。",
  "A prize draw announced across sentences (policy.md B).")

# =============================================================== violations: Traditional (11)
V("plain", [M], ["coupon"], "zh", "tw",
  "江小姐您好，感謝在賣場購買平衡車！下次結帳時輸入折價券代碼HELMET10，安全帽就打九折喔。",
  "Coupon code (policy.md B).")
V("careful", [O], ["phone"], "zh", "tw",
  "藍先生您好，電池的狀況用文字講不清楚，您方便的話留一支手機號碼給我們，晚上客服直接撥給您說明喔。",
  "Moves support to a phone line outside Amazon, without the word 電話 (policy.md D3, D6).")
V("split", [R], ["gating"], "zh", "tw",
  "邱媽媽您好，孩子騎得還順手嗎？很多家長騎得開心，都會到商品頁寫幾句心得。有哪裡不順的話，我們更希望第一個知道的是我們喔。",
  "Gating built from three sentences (policy.md C3).")
V("plain", [M, O], ["follow", "social"], "zh", "tw",
  "江小姐您好，歡迎追蹤我們的Instagram @tumbleroo.rides，每個月都有新車款和親子騎乘影片喔！",
  "Follow-us invitation with a social handle (policy.md B, D4).")
V("split", [M], ["discount", "buy-again"], "zh", "tw",
  "藍先生您好，謝謝您第二次在我們賣場購買。回頭客在我們這裡一向有一成的心意。下次再買充電器或電池，說一聲您是回頭客就好喔。",
  "A returning-customer reduction for the next purchase, spread out (policy.md B).")
V("careful", [R], ["change-review"], "zh", "tw",
  "邱媽媽您好，新的充電器已經出貨並送到，車子也恢復正常了。之前您在商品頁留下的那段文字，方不方便依照現在的狀況重新整理一下呢？",
  "Asks for the product review to be rewritten (policy.md C4).")
V("plain", [M], ["coupon", "discount"], "zh", "hk",
  "譚太你好，多謝你幫襯！下次買頭盔或者輔助輪，輸入ZOOM12就有88折優惠㗎。",
  "Coupon code with a discount (policy.md B).")
V("careful", [R], ["incentive"], "zh", "hk",
  "霍生你好，如果你得閒喺商品頁寫幾句用後感，截個圖俾我哋，我哋就寄多一個備用充電器俾你，唔使錢。",
  "A charger at no cost for a posted opinion (policy.md C1).")
V("split", [O], ["diversion"], "zh", "hk",
  "容小姐你好，知道你想再買多一個備用電池。我哋喺旺角有間細細嘅門市，貨同網上嗰啲一樣。你直接過嚟攞，仲慳返運費㗎。",
  "Invites the buyer to buy at a shop counter instead of on Amazon (policy.md D6).")
V("plain", [R], ["rating-request"], "zh", "hk",
  "譚太你好，架車仲用得開心嘛？麻煩你幫我哋喺亞馬遜畀個五星好評，真係感激不盡！",
  "Asks for a five-star review (policy.md C2).")
V("split", [M], ["sale", "vip-list"], "zh", "hk",
  "霍生你好，我哋下個月做三週年。到時會有一批價錢特別好嘅名額，只係留俾舊客。想知嘅話，喺度留低個名就得。",
  "Anniversary offer and a sign-up list, split up (policy.md B).")

# =============================================================== violations: mixed (3)
V("plain", [M, O], ["discount", "url", "diversion"], "mixed", "mix",
  "袁女士 hi，our website tumbleroowheels.com 上面的电池比这里便宜10%，next time 可以直接在那里买哦。",
  "Own site, lower price, buy there next time (policy.md B, D1, D6).")
V("careful", [R], ["steering"], "mixed", "mix",
  "魏先生，thanks for the kind words！写用户心得的时候，可以 mention 一下 battery life 和 safety，这两个 keywords 很多家长会搜。",
  "Tells the buyer which words to put in the review (policy.md C7).")
V("split", [R], ["change-review"], "mixed", "hkmix",
  "容小姐, the charger issue is sorted 啦。We know you left a 1-star 喺 Amazon。可唔可以幫我哋 take it down now，咁對我哋小店好重要。",
  "Asks for a one-star review to come down (policy.md C4).")

# =============================================================== evasions (20)
E(["homoglyph"], [R], ["incentive", "rating-request"], "en", "",
  "Hi Wendell, drop a 5-st" + CY_A + "r r" + CY_E + "view for the jeep and a spare Voltbun "
  "charger is yours on the house.",
  "Cyrillic letters inside 'star review'; a charger for a five-star review (policy.md C1, C2, section e).")
E(["leetspeak"], [M], ["coupon", "discount"], "en", "",
  "Hi Ophelia, use c0de R0LL15 at checkout for 15% 0ff your next h3lmet from us.",
  "Leetspeak coupon (policy.md B, section e).")
E(["spacing", "spelled-email"], [O], ["email"], "en", "",
  "Hi Lorcan, send the clip to q u e n t i n at tumbleroowheels dot com, and he'll look tonight.",
  "Spaced and spelled-out e-mail address (policy.md D2, section e).")
E(["separator"], [O], ["messaging-app"], "en", "",
  "Hi Henrietta, message us on T-e-l-e-g-r-a-m at tumbleroo_care, we answer much faster there.",
  "App name broken up with hyphens (policy.md D4, section e).")
E(["leetspeak", "zero-width"], [O, R], ["payment", "incentive"], "en", "",
  "Hi Jasper, once your write-up is live on the listing, we'll r3fund the battery via Pay" + ZW +
  "Pal so you don't wait on Amazon.",
  "Off-Amazon refund in return for a review, with leetspeak and a zero-width space "
  "(policy.md C1, D5, section e).")
E(["number-words", "spelled-email"], [O], ["email", "phone"], "en", "",
  "Hi Nkechi, text Quentin on seven two zero, five five five, zero one eight three, or write to "
  "tumbleroo dot rides at gmail dot com for the pairing steps.",
  "Phone number in words and a spelled-out address (policy.md D2, D3, section e).")
E(["emoji"], [R], ["rating-request", "gating"], "en", "",
  "Hi Ruairi, if the jeep made Evie grin, we'd love to see \u2b50\u2b50\u2b50\u2b50\u2b50 from you "
  "on the listing \U0001f64f",
  "Emoji stars, conditioned on a happy child (policy.md C2, C3, section e).")
E(["number-words", "nickname"], [O], ["phone", "messaging-app"], "en", "",
  "Hi Mr. Valdivia, easiest is the green app with the phone icon: add one seven two zero five five "
  "five zero one two six and send a photo of the wiring.",
  "An app by nickname and a number in words (policy.md D3, D4, section e).")
E(["fullwidth"], [M, O], ["discount", "url", "diversion"], "en", "",
  "Hi Ms. Oyelaran, new colours land on our own site first: " + fw("tumbleroowheels.com") +
  ", a few dollars under what Amazon charges.",
  "Full-width domain with a lower price (policy.md B, D1, D6, section e).")
E(["pinyin", "homophone"], [O, R], ["messaging-app", "payment", "incentive", "rating-request"],
  "zh", "",
  "魏先生，留个haoping截图发我们，薇信上给您返8块。",
  "Pinyin for 好评 and a homophone for WeChat; cash paid there (policy.md C1, C2, D4, D5, section e).")
E(["cn-numerals"], [O], ["phone"], "zh", "",
  "姜妈妈，配对的事您直接打给阿蔚：七二零五五五零一八三，晚上都在。",
  "Phone number in Chinese numerals (policy.md D3, section e).")
E(["spacing", "separator"], [R], ["incentive", "rating-request"], "zh", "",
  "钱老师，好/评/返/现还在做：留 五 星 截图发过来，返您十元。",
  "Separators and spaces through 好评返现 and 五星 (policy.md C1, C2, section e).")
E(["zero-width"], [O], ["messaging-app"], "zh", "",
  "小禾您好，宝宝的头盔尺码拿不准的话，加微" + ZW + "信 tumbleroo_cn 聊更方便。",
  "Zero-width space inside 微信 (policy.md D4, section e).")
E(["nickname", "split-handle"], [M, O], ["vip-list", "messaging-app"], "zh", "",
  "袁女士，绿泡泡搜 tumbleroo 后面加下划线再加 cn，拉您进家长群，群里经常有秒杀。",
  "WeChat by nickname, ID in pieces, group with flash deals (policy.md B, D4, section e).")
E(["pinyin", "emoji"], [R], ["incentive"], "zh", "",
  "钱老师，晒图写个pingjia，我们就给您 \U0001f381 一个备用充电器哦～",
  "Pinyin 评价 and a gift emoji for a review (policy.md C1, section e).")
E(["homophone"], [O], ["messaging-app"], "zh", "tw",
  "江小姐，電池的事加我們賴 @tumbleroo_tw 比較快喔，客服晚上都在。",
  "賴 for LINE with a handle (policy.md D4, section e).")
E(["fullwidth"], [M, O], ["coupon", "url", "diversion"], "zh", "tw",
  "藍先生，想要更划算可以到我們自己的站 " + fw("tumbleroowheels.com") + " 結帳，輸入" +
  fw("WHEELS20") + "再少兩成喔。",
  "Full-width domain and code, buying off Amazon (policy.md B, D1, D6, section e).")
E(["cn-numerals", "nickname"], [O], ["phone", "messaging-app"], "zh", "hk",
  "霍生，有問題可以喺紙飛機搵我哋，或者直接打俾英國同事 零七七零零 九零零 五七一 啦。",
  "Telegram by nickname and a number in Chinese numerals (policy.md D3, D4, section e).")
E(["homoglyph"], [O], ["phone", "messaging-app"], "zh", "hk",
  "譚太，電池嘅相可以用Wh" + CY_A + "tsApp傳去 +1 720 555 0126，我哋即刻覆你。",
  "Cyrillic a inside WhatsApp, with the shop's number (policy.md D3, D4, section e).")
E(["split-handle"], [M, O], ["giveaway", "follow", "social"], "mixed", "hkmix",
  "容小姐, our IG 係 tumbleroo 後面加一點再加 rides，follow 咗我哋 every month 都有 lucky draw 㗎。",
  "Instagram handle given in pieces, follow for a draw (policy.md B, D4, section e).")

# =============================================================== near-misses: English (23)
N("review-word", "en", "",
  "Hi Wendell, our workshop does a safety review of every Roverling before it leaves, and yours "
  "passed the brake test on Tuesday; it should reach you by Thursday.",
  "'Review' is an internal check, not a request (policy.md C near-misses).")
N("remedy", "en", "",
  "Hi Ophelia, we're sorry the charger arrived with a bent pin. A replacement has gone out free of "
  "charge under TBA590274318826, and there is no need to send the old one back.",
  "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
N("lookalike-number", "en", "",
  "Hi Lorcan, your order 112-5550126-8830471 was split into two boxes; the seat and the wheels "
  "travel separately and the second box is due Monday.",
  "The order id holds a 555-01xx block but is not a phone number (policy.md D near-misses).")
N("negation", "en", "",
  "Hi Henrietta, to answer your question: no, we don't issue coupon codes or run a loyalty "
  "scheme, and the listing shows the only price we charge.",
  "Mentions coupons only to say there are none (policy.md B near-misses).")
N("neutral-request", "en", "",
  "Hi Jasper, this is about order 113-2958046-7713205. If you have a moment, other parents would "
  "find it useful to read how the Puddlehop 14 is working for your son, whatever your experience "
  "has been. Thank you.",
  "One neutral review request, no rating or condition (interface.md; policy.md C near-misses).")
N("amazon-page", "en", "",
  "Hi Nkechi, you can print the prepaid label from Your Orders on Amazon: choose the helmet, "
  "select Return or Replace Items, and pick the reason 'too small'.",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
N("answer", "en", "",
  "Hi Ruairi, you asked about the 10% coupon shown on the listing. It is Amazon's own coupon: tick "
  "the box under the price before adding the bike to your basket, and we can't add it afterwards.",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
N("refusal", "en", "",
  "Hi Mr. Valdivia, thank you for offering, but we can't take payment by PayPal or any other route outside Amazon for the "
  "second battery; please place it as a normal order and we'll dispatch it the same day.",
  "Declines an off-platform payment (policy.md D5 by contrast).")
N("feedback-notice", "en", "",
  "Hi Ms. Oyelaran, the new wheel reached you on order 114-8302561-0947738 and you told us the bike "
  "rolls straight again. If you feel we've put things right, you're welcome to revise the seller "
  "feedback you left earlier; that choice is entirely yours.",
  "Amazon's neutral seller-feedback notice after resolution (policy.md C5).")
N("product-word", "en", "",
  "Hi Wendell, the Steadyspoke kit is tool-free: the wheels click onto the rear axle and the height "
  "sets in three positions, so no spanner is needed.",
  "'Free' as a product feature (policy.md B near-misses).")
N("quoted-buyer", "en", "",
  "Hi Ophelia, you wrote 'I'll leave a 1-star review if this doesn't arrive by Friday.' We checked "
  "with the carrier and the bike is on the van today, so it should be with you this afternoon.",
  "The review words are the buyer's, quoted (policy.md D near-misses, quoted text).")
N("logistics-word", "en", "",
  "Hi Lorcan, the duplicate order 111-4719680-2265143 is now cancelled, as you asked, and the "
  "remaining one will go to your office address instead.",
  "Cancel and change are logistics here (policy.md A near-misses).")
N("review-thanks", "en", "",
  "Hi Henrietta, thank you for mentioning that you'd already posted a review; we read it and have "
  "passed your note about the seat belt buckle to our supplier.",
  "Thanks in reply to a buyer who mentioned a review (policy.md C near-misses).")
N("substring", "en", "",
  "Hi Jasper, the thin foam pads inside the Cubby Dome are the starter pads for the smallest "
  "setting; the thicker set in the box is for when your son's head grows.",
  "'Starter' contains 'star' (policy.md section 0 point 4).")
N("carrier-site", "en", "",
  "Hi Nkechi, the jeep is with UPS under 1Z6V03E87245918360; the UPS site lets you pick a delivery "
  "window, or you can follow it in Your Orders.",
  "A carrier's own tracking site (policy.md D near-misses).")
N("warranty", "en", "",
  "Hi Ruairi, the Voltbun battery carries a 12-month warranty. Since yours stopped holding charge "
  "in month four, we'll send a new one through Amazon and you can recycle the old cell.",
  "Warranty service inside Amazon (policy.md D3 exception context).")
N("price-paid", "en", "",
  "Hi Mr. Valdivia, you were charged $229.99 for the R3 on order 111-9246013-5578402, the listed "
  "price that day; the $199 you saw was a Lightning Deal that Amazon ran the following week.",
  "Explains the price already paid (policy.md B near-misses).")
N("neutral-request", "en", "",
  "Hi Ms. Oyelaran, about order 113-7065289-4412650: when you've had time with the helmet, an "
  "honest review on Amazon, good or bad, helps families choosing sizes. We won't ask again.",
  "Neutral, balanced, one-time request (interface.md; policy.md C near-misses).")
N("remedy", "en", "",
  "Hi Wendell, the training wheel arm cracked in transit, so we've issued a full refund of $24.99 "
  "for the kit and you can keep the parts.",
  "A refund for damage, not tied to a review (policy.md C near-misses).")
N("negation", "en", "",
  "Hi Ophelia, to your question: we don't have a website or a shop of our own; all of our orders, "
  "returns and spare parts go through Amazon.",
  "Says there is no outside website (policy.md D by contrast).")
N("logistics-word", "en", "",
  "Hi Lorcan, we've updated the shipping method for order 114-1538874-6029317 to the freight "
  "service because of the box size; please confirm someone can sign for it on Wednesday morning.",
  "Update is a shipping change; bulky-item scheduling is permitted (policy.md A).")
N("quoted-buyer", "en", "",
  "Hi Henrietta, you wrote that your son 'gives it five stars already', which made our day. The "
  "rattle you mentioned is the battery strap; tightening the buckle under the seat stops it.",
  "Stars quoted from the buyer, no request (policy.md C near-misses).")
N("product-word", "en", "",
  "Hi Jasper, the R3's parent remote has a lock mode, and the sale date printed under the seat is "
  "the manufacturing date, not an expiry.",
  "'Sale date' is a product fact (policy.md B near-misses).")

# =============================================================== near-misses: Simplified (16)
N("substring", "zh", "",
  "魏先生您好，您说检索评测时看到两种尺寸：12寸适合2到4岁，14寸适合3到5岁，孩子身高一米左右选12寸就好。",
  "检索评测 hides 索评 across a word boundary (policy.md section 0 point 4).")
N("remedy", "zh", "",
  "袁女士您好，头盔的扣带断了非常抱歉，我们已经免费给您补寄一个新的，单号TBA163048257931，旧的不用寄回。",
  "Free reshipment as a remedy (policy.md B near-misses).")
N("neutral-request", "zh", "",
  "姜妈妈您好，关于订单112-6047193-3851926，如果您有空，可以在商品页写下孩子骑平衡车的真实感受，好的不好的都行，这对其他家长挑选很有帮助。",
  "Neutral request naming both outcomes (interface.md; policy.md C near-misses).")
N("logistics-word", "zh", "",
  "钱老师您好，按照您的意思，重复的那一单我们已经取消了，另一单的收货地址也修改成了学校。",
  "取消 and 修改 are logistics (policy.md C near-misses).")
N("answer", "zh", "",
  "小禾您好，您问的满200减20优惠是亚马逊平台自己的活动，结算时系统会自动扣减，我们这边没办法手动加。",
  "Explains an Amazon promotion on request (policy.md B near-misses).")
N("quoted-buyer", "zh", "",
  "袁女士您好，您说“孩子一骑就摔，想给差评”，我们很理解。平衡车刚开始要把座椅调低到双脚能平踩地面，调节步骤附在下面。",
  "差评 is the buyer's quoted word (policy.md C near-misses).")
N("warranty", "zh", "",
  "魏先生您好，备用电池保修一年，您这块用了五个月就鼓包，属于保修范围，我们会通过亚马逊给您重新发一块。",
  "Warranty handled through Amazon (policy.md D3 exception context).")
N("refusal", "zh", "",
  "姜妈妈您好，谢谢您的好意，不过我们不能通过微信或别的渠道联系或收款，有问题在这里留言就行，我们当天回复。",
  "Names WeChat only to refuse it (policy.md D by contrast).")
N("feedback-notice", "zh", "",
  "钱老师您好，新的充电器已经送到，车也能正常充电了。要是您觉得问题已经处理好了，之前给店铺留的反馈要不要更新，完全由您决定。",
  "Neutral seller-feedback notice after resolution (policy.md C5).")
N("product-word", "zh", "",
  "小禾您好，车头那排星星灯是装饰灯，按方向盘左边的小按钮就能关掉，不怎么耗电。",
  "星 as a product feature (policy.md C near-misses).")
N("lookalike-number", "zh", "",
  "袁女士您好，您订单113-5550183-2714069里的电池已经从仓库发出，顺丰单号SF1497360285514，预计周四到。",
  "Order id with a 555-01xx block (policy.md D near-misses).")
N("review-thanks", "zh", "",
  "魏先生您好，谢谢您告诉我们已经写了评价。您提到座椅偏硬，把坐垫调到第二格会舒服一些。",
  "Thanks in reply, no further ask (policy.md C near-misses).")
N("carrier-site", "zh", "",
  "姜妈妈您好，您的童车由顺丰承运，在顺丰官网输入单号就能看到实时位置，也可以在亚马逊订单页查看。",
  "Carrier's own site (policy.md D near-misses).")
N("price-paid", "zh", "",
  "钱老师您好，您下单时付的是899元，是当天页面上的价格；后来看到的799元是亚马逊平台的限时活动价，不是我们另外设的。",
  "Explains the price paid (policy.md B near-misses).")
N("amazon-page", "zh", "",
  "小禾您好，退货请在亚马逊的“我的订单”里选中这辆平衡车，点“退换货”，系统会生成免费的退货标签。",
  "Amazon's own returns page (policy.md D near-misses).")
N("negation", "zh", "",
  "袁女士您好，我们没有任何返现或送礼的活动，也不会请您去别的平台，配件的问题在这里直接说就好。",
  "返现 only in a denial (policy.md C by contrast).")

# =============================================================== near-misses: Traditional (10)
N("remedy", "zh", "tw",
  "江小姐您好，安全帽的扣環斷了真的很抱歉，我們已經免費補寄一頂新的，今天出貨，舊的不用寄回喔。",
  "Free reshipment as a remedy (policy.md B near-misses).")
N("review-word", "zh", "tw",
  "藍先生您好，平衡車出貨前都會經過品管評估，您這台的煞車和龍頭都檢查過了，預計三個工作天送到。",
  "評估 is a quality check (policy.md C near-misses).")
N("logistics-word", "zh", "tw",
  "邱媽媽您好，已經照您的意思把超商取貨改成宅配，地址也更新好了，司機會先聯絡您約時間。",
  "更新 is an address change (policy.md C near-misses).")
N("neutral-request", "zh", "tw",
  "江小姐您好，關於訂單111-2804517-9930648，如果有空，歡迎在商品頁寫下孩子使用電動車的真實心得，好壞都可以喔，謝謝您。",
  "Neutral one-time request (interface.md; policy.md C near-misses).")
N("warranty", "zh", "tw",
  "藍先生您好，充電器有一年保固，您的燈號一直閃紅燈，屬於保固範圍，我們會透過亞馬遜寄一個新的給您喔。",
  "Warranty through Amazon (policy.md D3 exception context).")
N("answer", "zh", "hk",
  "譚太你好，你問嘅九折係亞馬遜頁面上嘅優惠券，落單前喺價錢下面剔一下就用到，我哋呢邊冇得另外加㗎。",
  "Explains Amazon's coupon on request (policy.md B near-misses).")
N("quoted-buyer", "zh", "hk",
  "霍生你好，你話「架車一定要畀一星」，我哋明白你好唔開心。電池接頭鬆咗，我哋即刻寄個新嘅接頭俾你。",
  "The star rating is the buyer's quoted threat (policy.md C near-misses).")
N("feedback-notice", "zh", "hk",
  "容小姐你好，新嘅輔助輪已經裝好，你話依家用得好順。如果你覺得問題搞掂咗，之前畀店舖嘅反饋要唔要更新，完全由你決定。",
  "Neutral seller-feedback notice after resolution (policy.md C5).")
N("review-thanks", "zh", "hk",
  "譚太你好，多謝你話俾我哋知已經寫咗評價。你提到頭盔有啲緊，可以將後面個旋鈕扭鬆兩格。",
  "Thanks in reply (policy.md C near-misses).")
N("refusal", "zh", "hk",
  "霍生你好，多謝你好意，不過我哋唔可以喺亞馬遜以外用微信收錢或者聯絡，有咩問題喺呢度講就得㗎。",
  "Refuses off-platform contact (policy.md D by contrast).")

# =============================================================== near-miss: mixed (1)
N("price-paid", "mixed", "mix",
  "魏先生, you paid $189，那天是页面原价；后来的 $159 是 Amazon 自己的 Prime Day 活动价，不是我们另发的优惠。",
  "Explains the price paid, in mixed language (policy.md B near-misses).")

# =============================================================== clean: English (13)
C("en", "", "Hi Wendell, the Roverling R3 needs a full eight-hour charge before its first drive; "
  "after that, three to four hours is enough, and unplugging it once the light turns green keeps "
  "the battery healthy.", "Charging instructions (policy.md A permitted).")
C("en", "", "Hi Ophelia, for a child with an inseam of 32 cm, the Puddlehop 12 fits well with the "
  "seat at its lowest notch; she should be able to stand flat-footed while seated.",
  "Sizing answer (policy.md A permitted).")
C("en", "", "Hi Lorcan, a quick heads-up: the courier has moved your delivery to Thursday because "
  "of a depot backlog. Nothing is needed from you, and we're sorry for the wait.",
  "Delay notice (policy.md A near-misses).")
C("en", "", "Hi Henrietta, the Roverling arrives in a box weighing about 27 kg. Could you tell us "
  "which weekday mornings someone will be home so the freight driver can bring it to the door?",
  "Scheduling a bulky delivery (policy.md A).")
C("en", "", "Hi Jasper, the Cubby Dome XS fits head sizes from 46 to 50 cm. Measure just above the "
  "eyebrows; if you're between sizes, the dial at the back takes up the slack.",
  "Helmet sizing answer (policy.md A permitted).")
C("en", "", "Hi Nkechi, to pair the parent remote, switch the jeep on, hold the pairing button "
  "under the seat for five seconds, then press the P key until the green light stays solid.",
  "Setup help (policy.md A permitted).")
C("en", "", "Hi Ruairi, the squeak you describe usually comes from the rear axle washers. A drop "
  "of bike oil on each side and a gentle spin of the wheels should quiet it.",
  "Troubleshooting (policy.md A permitted).")
C("en", "", "Hi Mr. Valdivia, yes, the Steadyspoke kit fits the Puddlehop 14 as well as the "
  "16-inch frames; the bracket adjusts to axle widths between 110 and 120 mm.",
  "Answers a fit question (policy.md A permitted).")
C("en", "", "Hi Ms. Oyelaran, the charger plug is a standard round barrel. Push it in until you feel "
  "a click; a red light means charging, and green means the battery is full.",
  "Charger help (policy.md A permitted).")
C("en", "", "Hi Wendell, we're sorry the seat belt buckle is stiff. Pressing both side tabs at once "
  "releases it; if it still sticks after a few tries, send us a photo here and we'll look into it.",
  "Troubleshooting in the thread (policy.md A permitted).")
C("en", "", "Hi Ophelia, the Roverling's top speed is 3 mph in low gear and 5 mph in high. For "
  "children under three, we suggest keeping the speed lock on the parent remote engaged.",
  "Safety answer (policy.md A permitted).")
C("en", "", "Hi Lorcan, the Voltbun 12V battery should be topped up once a month over the winter "
  "even when the jeep sits unused, so it doesn't drain too deeply.",
  "Battery care (policy.md A permitted).")
C("en", "", "Hi Henrietta, the handlebar height on the Puddlehop goes from 49 to 58 cm. Loosen the "
  "quick clamp, slide the bar up, and tighten it again until it can't twist.",
  "Assembly help (policy.md A permitted).")

# =============================================================== clean: Simplified (11)
C("zh", "", "魏先生您好，电动童车第一次使用前要充满八小时，之后每次充三到四小时就够了，指示灯变绿就可以拔掉。",
  "Charging instructions (policy.md A permitted).")
C("zh", "", "袁女士您好，孩子腿长三十二厘米的话，12寸平衡车座椅调到最低一格正合适，坐着能双脚踩地就对了。",
  "Sizing answer (policy.md A permitted).")
C("zh", "", "姜妈妈您好，因为快递中转站积压，您的包裹预计会晚两天送达，给您添麻烦了，非常抱歉。",
  "Delay notice (policy.md A near-misses).")
C("zh", "", "钱老师您好，童车包装箱比较大，约二十七公斤，请问您哪几天上午家里有人，方便我们安排物流送货上门？",
  "Bulky delivery scheduling (policy.md A).")
C("zh", "", "小禾您好，头盔XS码适合头围四十六到五十厘米，量的时候从眉毛上方绕一圈，后脑的旋钮可以微调。",
  "Helmet sizing (policy.md A permitted).")
C("zh", "", "袁女士您好，遥控器配对方法：先打开童车电源，按住座椅下方的配对键五秒，再按遥控器上的P键，绿灯常亮就成功了。",
  "Setup help (policy.md A permitted).")
C("zh", "", "魏先生您好，后轮有异响一般是轴承垫片缺油，两边各滴一滴润滑油，转几圈就好了。",
  "Troubleshooting (policy.md A permitted).")
C("zh", "", "姜妈妈您好，辅助轮支架可以调节高度，孩子刚开始学的时候两边都贴地，熟练以后往上调一格。",
  "Training-wheel setup (policy.md A permitted).")
C("zh", "", "钱老师您好，冬天童车不用的时候，电池每个月也要充一次电，避免过度放电影响寿命。",
  "Battery care (policy.md A permitted).")
C("zh", "", "小禾您好，安全带扣有点紧的话，同时按住两边的卡扣就能打开，用几次就会顺滑很多。",
  "Troubleshooting (policy.md A permitted).")
C("zh", "", "魏先生您好，低速档最高每小时五公里，三岁以下的孩子建议打开遥控器上的限速锁。",
  "Safety answer (policy.md A permitted).")

# =============================================================== clean: Traditional (5)
C("zh", "tw", "江小姐您好，電動車第一次使用前請先充滿八小時，之後每次充三到四小時就可以了，燈號轉綠就能拔掉喔。",
  "Charging instructions (policy.md A permitted).")
C("zh", "tw", "藍先生您好，因為倉庫盤點，您的平衡車會晚兩天出貨，造成不便真的很抱歉。",
  "Delay notice (policy.md A near-misses).")
C("zh", "tw", "邱媽媽您好，輔助輪支架可以調高度，小朋友剛學的時候兩邊貼地，熟練以後再往上調一格喔。",
  "Training-wheel setup (policy.md A permitted).")
C("zh", "hk", "譚太你好，個頭盔XS碼啱頭圍四十六至五十厘米，量嘅時候由眉毛上面圍一圈，後面個旋鈕可以再收緊啲。",
  "Helmet sizing (policy.md A permitted).")
C("zh", "hk", "霍生你好，架車後轆有聲通常係墊片乾咗，兩邊各滴一滴潤滑油，轉幾轉就得㗎喇。",
  "Troubleshooting (policy.md A permitted).")

# =============================================================== clean: mixed (1)
C("mixed", "mix", "袁女士, the seat height 可以调到 43 到 50 厘米，孩子 can stand flat-footed 就说明调得刚好。",
  "Seat adjustment answer, mixed language (policy.md A permitted).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(95).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h95-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout95.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(RAW))
