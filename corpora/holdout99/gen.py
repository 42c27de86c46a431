#!/usr/bin/env python3
"""Builds holdout99.jsonl: 160 hand-labelled messages from an invented Amazon seller,
Quaverlane Harp & Uke (diatonic harmonicas, harmonica holders, ukulele strings, clip-on tuners,
gig bags, capos, beginner songbooks).

Every record is written by hand below; labels, tags and notes are hand-assigned.  The list is
shuffled with random.Random(99) and numbered h99-001 .. h99-160.

Hard-to-see characters are spelled with the named constants below, never typed raw.

    python3 gen.py          writes holdout99.jsonl next to this file
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout99.jsonl")

ZW = "\u200b"        # ZERO WIDTH SPACE
CY_A = "\u0430"      # CYRILLIC SMALL LETTER A (looks like Latin a)
CY_E = "\u0435"      # CYRILLIC SMALL LETTER IE (looks like Latin e)
CY_O = "\u043e"      # CYRILLIC SMALL LETTER O (looks like Latin o)
GR_O = "\u03bf"      # GREEK SMALL LETTER OMICRON (looks like Latin o)
STAR = "\u2b50"      # WHITE MEDIUM STAR emoji


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @, dot, colon ...)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


REC = []


def R(lang, labels, tags, text, note):
    REC.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


M, O, V = "marketing", "off-platform-contact", "review-inducement"

# =====================================================================================
# VIOLATIONS, English (27): plain 8, careful 10, split 9
# =====================================================================================
R("en", [M], ["violation", "plain", "coupon", "discount"],
  "Hi Beatrix, thanks for picking up the Kestrel 10 in G. Put code HARP15 in at checkout on "
  "your next order and you'll get 15% off any harmonica we carry until the end of the month.",
  "A discount code for a future order, unasked (policy.md B, coupons).")
R("en", [V], ["violation", "plain", "rating-request"],
  "Cormac, if the Steadyneck holder is doing its job, please give it a 5-star review on "
  "Amazon. A little shop like ours lives or dies by those stars.",
  "Names the top rating outright and ties it to the shop's survival (policy.md C2).")
R("en", [V], ["violation", "plain", "incentive"],
  "Hello Henrietta, we'd love to post you a free Snapfret capo as our thank-you once your "
  "review of the Brightgut strings is live. Just reply here with a screenshot of it.",
  "A free product in exchange for a posted review (policy.md C1).")
R("en", [O], ["violation", "plain", "email", "diversion"],
  "Hi Lucan, for quicker help with the tuner please email Wendell directly at "
  "wendell@quaverlaneharp.com instead of writing through Amazon messages.",
  "An e-mail address plus an explicit move away from Amazon messaging (policy.md D2, D6).")
R("en", [M], ["violation", "plain", "discount", "sale", "bundle"],
  "Ottoline, our Black Friday sale opens on Thursday: every Driftcase gig bag is 30% off, and "
  "any ukulele string set comes with a Porchlight Songbook thrown in.",
  "Sale announcement with a percentage off and a bundle offer (policy.md B).")
R("en", [M, O], ["violation", "plain", "giveaway", "follow", "social"],
  "Desmond, follow us on Instagram @quaverlane.harps! We post a new harmonica lick every "
  "Friday and hold a giveaway for followers each month.",
  "Social handle with a follow call to action and a giveaway (policy.md B; D4).")
R("en", [V], ["violation", "plain", "incentive", "change-review"],
  "Pilar, sorry the low-G string snapped. If you remove your 1-star review, we will refund the "
  "whole set straight away.",
  "A refund offered in exchange for deleting a product review (policy.md C4, C1).")
R("en", [M, O], ["violation", "plain", "discount", "url", "payment", "diversion"],
  "Mr. Trevelyan, next time skip Amazon and order from our website, quaverlaneharp.com. The "
  "same Kestrel harps cost less there, and if anything goes wrong we pay you back by PayPal.",
  "Own shop URL, lower price, off-Amazon payment: diversion of the sale (policy.md D1, D5, D6; "
  "B).")

R("en", [V], ["violation", "careful", "incentive"],
  "Hello Henrietta, once you've told other shoppers on the harmonica's Amazon page what you "
  "made of it, send us a short note here and Wendell will post you a spare pair of reed "
  "plates at no charge.",
  "Spare parts promised for a posted opinion; the word review is avoided (policy.md C1; "
  "section e, euphemism).")
R("en", [V], ["violation", "careful", "rating-request"],
  "Lucan, when you have a minute to describe the Pitchpip tuner for other buyers, we'd be "
  "thrilled if you picked the very top mark Amazon offers. Anything lower really drags a "
  "small seller down.",
  "Asks for the highest score without saying star or rating (policy.md C2).")
R("en", [V], ["violation", "careful", "gating"],
  "Dear Ottoline, if the holder sits comfortably and you're enjoying it, other players would "
  "love to hear so on its product page. If it pinches or wobbles, please come to us here "
  "first and hold off on posting anything publicly until we've put it right.",
  "Public praise invited only from happy buyers, unhappy ones diverted to the seller "
  "(policy.md C3).")
R("en", [V], ["violation", "careful", "change-review"],
  "Hi Desmond, your new gig bag should reach you on Tuesday. Once it has, would you mind "
  "going back to what you posted on the listing about the broken zip, so that it shows how "
  "things turned out?",
  "Asks the buyer to revise a posted product review after the fix (policy.md C4, 'even after "
  "an issue is resolved').")
R("en", [V], ["violation", "careful", "steering"],
  "Pilar, if you do describe the Brightgut strings for other shoppers, could you mention that "
  "they hold their tuning after the first day and that the box turned up early? Those two "
  "details are what new players look for.",
  "Tells the buyer what to write in the review (policy.md C7, influencing content).")
R("en", [V], ["violation", "careful", "feedback-pressure"],
  "Mr. Trevelyan, the comment you left on our seller profile is now the first thing anyone "
  "sees about Quaverlane, and it is hurting our account standing. As the tuner issue is "
  "sorted, we would really appreciate you taking it down this week.",
  "Pressure to withdraw seller feedback because it hurts the account (policy.md C5).")
R("en", [O], ["violation", "careful", "phone"],
  "Cormac, the hinge on the holder is easier to show than to describe. The number printed "
  "inside the lid of your Reedroll case reaches Wendell's bench directly; text him a short "
  "clip of the wobble and he'll talk you through the fix.",
  "Points the buyer to a phone number for texting outside Amazon, without printing it "
  "(policy.md D3, D6).")
R("en", [M, O], ["violation", "careful", "cross-sell", "payment", "diversion"],
  "Henrietta, we keep a few extra keys that aren't listed on Amazon. If you'd like a low D to "
  "go with your C, Wendell can set one aside and invoice you himself, which saves you the "
  "marketplace's cut.",
  "Offers an unlisted product, sold and invoiced outside Amazon (policy.md D5, D6; B, "
  "cross-selling).")
R("en", [M], ["violation", "careful", "new-product"],
  "Ottoline, something you might enjoy: Wendell has just finished a run of brass-comb Kestrel "
  "harps in A and D, and they are sitting on our Amazon shelf now, right beside the one you "
  "bought.",
  "Announces newly made products to a past buyer (policy.md B, new arrivals).")
R("en", [M], ["violation", "careful", "buy-again", "restock"],
  "Hi Lucan, strings like the Brightgut concert set lose their sparkle after about three "
  "months of daily playing. The tenor and low-G packs have just come back in, so now is a "
  "good moment to put another set in your basket.",
  "Back-in-stock notice with a push to buy again (policy.md B; section A, out-of-stock notices "
  "are non-critical).")

R("en", [M, V], ["violation", "split", "discount", "incentive"],
  "Hi Desmond, we hope the Kestrel in C is treating you well. Plenty of our buyers tell other "
  "players about their harp on Amazon once they've had it a week. The ones who let us know "
  "afterwards get a quarter knocked off their next order from us.",
  "Reward for a review spread over two sentences; the reward is a discount on a future "
  "purchase (policy.md C1; B).")
R("en", [V], ["violation", "split", "gating"],
  "Pilar, thank you again for ordering the Snapfret capo. If it clamps well and keeps your "
  "chords clean, the product page is the best place to say so. If it doesn't, we'd ask you to "
  "write to us first. We'd much rather fix it quietly than read about it.",
  "Happy buyers to the product page, unhappy ones to the seller first (policy.md C3).")
R("en", [M], ["violation", "split", "coupon", "discount"],
  "Mr. Trevelyan, your new tuner went out this morning. Tamsin tucked a small card into the "
  "box for you. The letters printed on it, typed in at checkout next time, take fifteen "
  "percent off any Brightgut set.",
  "A coupon for the next order, spread over three sentences after a replacement (policy.md B, "
  "coupons).")
R("en", [O], ["violation", "split", "email"],
  "Beatrix, the larger chord charts for the Porchlight Songbook won't fit in an Amazon "
  "message. The mailbox to ask for them is help at the shop's own domain. You'll find that "
  "domain printed on the songbook's back cover; write from your usual inbox and Tamsin will "
  "attach them.",
  "Directs the buyer to an off-Amazon mailbox, assembled from two sentences (policy.md D2, D6).")
R("en", [O], ["violation", "split", "social"],
  "Henrietta, you asked how the others in your class learn to tune by ear. Quite a few "
  "Quaverlane players swap recordings every week. The group is called Quaverlane Porch "
  "Pickers and it lives on Facebook; Wendell drops in on Sundays.",
  "Invites the buyer into the seller's social-media group (policy.md D4).")
R("en", [M], ["violation", "split", "cross-sell", "listing-link"],
  "Desmond, the Steadyneck holder you bought takes any ten-hole harp. Plenty of players keep "
  "one harp in each key they use most. Ours in G and A are here: amazon.com/dp/B0F3KQ7H2M.",
  "Cross-sell with a link to another Amazon listing (policy.md B; D1, detail-page links).")
R("en", [M], ["violation", "split", "discount", "referral"],
  "Lucan, you mentioned your daughter's ukulele group. If any of them order a Brightgut set, "
  "ask them to put your name in the gift message box. For every name we see, we'll take a "
  "little off your next string order.",
  "A referral scheme paid in money off a future order (policy.md B, refer a friend).")
R("en", [M], ["violation", "split", "vip-list"],
  "Ottoline, a handful of regular customers get first pick whenever Wendell finishes a batch "
  "of hand-tuned harps. It's a short private list, and its members hear a week before anyone "
  "else. Reply 'yes' and we'll put you on it.",
  "Invitation to a preferred-customer list (policy.md B, VIP club).")
R("en", [O], ["violation", "split", "payment"],
  "Cormac, we're sorry the gig bag zip failed. Rather than waiting on Amazon's return process, "
  "we can send the money back ourselves. Just reply with the address you use for PayPal and "
  "it'll be with you today.",
  "Offers a refund through a non-Amazon payment method (policy.md D5).")

# =====================================================================================
# VIOLATIONS, Simplified Chinese (19): plain 5, careful 7, split 7
# =====================================================================================
R("zh", [V], ["violation", "plain", "rating-request"],
  "夏女士您好，Kestrel口琴已经送到了，麻烦您抽空给个五星好评，我们这种小店真的很需要大家的支持！",
  "直接索要五星好评 (policy.md C2).")
R("zh", [V], ["violation", "plain", "incentive", "change-review"],
  "侯先生，这次尤克里里琴弦的问题给您添麻烦了。您把那条差评删掉，我们马上给您全额退款。",
  "以退款换取删除差评 (policy.md C4, C1).")
R("zh", [M, O], ["violation", "plain", "discount", "messaging-app", "diversion"],
  "姚老师，加一下我们的微信 quaverlane_cn，以后买琴弦直接找阿棠，比在亚马逊上买便宜一些。",
  "微信号加站外低价购买 (policy.md D4, D6; B).")
R("zh", [M], ["violation", "plain", "discount", "new-product"],
  "小棉你好，新品上架：Kestrel黄铜口琴G调和A调，老顾客下单立减十美元，欢迎选购。",
  "新品推广加老客立减 (policy.md B).")
R("zh", [O, V], ["violation", "plain", "payment", "incentive"],
  "邵阿姨，晒图好评后把截图发给我们，阿棠用支付宝给您返现二十元。",
  "好评返现，且通过站外支付 (policy.md C1; D5).")

R("zh", [V], ["violation", "careful", "incentive"],
  "夏女士，等您在商品页写完几句使用感受，截个图发到这里，我们就给您寄一个备用的口琴收纳包，不另外收钱。",
  "没有用“评”字，但以收纳包换取商品页留言 (policy.md C1; section e).")
R("zh", [V], ["violation", "careful", "rating-request"],
  "侯先生，麻烦您在亚马逊上给这个调音器打个满分，您随手一点，对我们这种小店帮助特别大。",
  "“打个满分”即索要最高分 (policy.md C2).")
R("zh", [V], ["violation", "careful", "gating"],
  "姚老师，口琴架用着顺手的话，欢迎到商品页跟其他买家说说；要是哪里不合适，先别急着公开写，直接在这里告诉阿棠，我们一定处理好。",
  "满意的去商品页，不满意的先找卖家 (policy.md C3).")
R("zh", [V], ["violation", "careful", "change-review"],
  "小棉，新的琴包已经寄出了。之前您在商品页写的那几句，等问题解决后能不能改一改，让后面的人看到现在的情况？",
  "请买家改写已发布的商品评论 (policy.md C4).")
R("zh", [M], ["violation", "careful", "cross-sell"],
  "邵阿姨，孙女学尤克里里的话，光有琴弦还不够，我们家的夹式调音器和入门曲谱配着用，进步快很多，在同一个店铺页面就能找到。",
  "主动推荐其他商品 (policy.md B, cross-selling).")
R("zh", [O], ["violation", "careful", "messaging-app"],
  "夏女士，以后琴弦有什么问题，可以直接搜 quaverlane_cn 加阿棠，她在手机上回消息比这边快得多。",
  "未提“微信”二字，但给出聊天账号并引导站外联系 (policy.md D4).")
R("zh", [M], ["violation", "careful", "discount", "cross-sell", "bundle"],
  "侯先生，您买的是C调口琴，很多人学到第三个月会再配一支G调和一支A调，三支正好放进我们的收纳包，这个月三支一起拿比分开买少花不少。",
  "交叉销售加组合价 (policy.md B).")

R("zh", [M, V], ["violation", "split", "discount", "incentive"],
  "姚老师您好，琴弦用了一周感觉怎么样？不少买家会在商品页写写自己的体验。写好以后告诉阿棠一声，您下次买琴弦我们给您少算一点。",
  "分三句：写体验、告知卖家、下次少算钱 (policy.md C1; B).")
R("zh", [M], ["violation", "split", "buy-again"],
  "小棉你好，变调夹用了一个月了吧？弹得多的话弹簧会慢慢变松。到时候在原来的订单页面点一下就能再买一个，我们这周还给老顾客多留了几个。",
  "铺垫损耗后推动复购 (policy.md B, buy again).")
R("zh", [O], ["violation", "split", "url", "diversion"],
  "邵阿姨，曲谱的配套音频亚马逊这边放不下。我们自己的站点 quaverlaneharp.com 上都有。顺便说一句，那边买琴弦还能直接寄到国内。",
  "自有站点链接并引导在站外购买 (policy.md D1, D6).")
R("zh", [M, O], ["violation", "split", "giveaway", "follow", "social"],
  "夏女士，我们在小红书上有个账号叫“Quaverlane口琴小屋”。每周都会发一段口琴教学。关注的朋友每个月还能参加一次抽奖，奖品是一支Kestrel口琴。",
  "社交账号、关注号召与抽奖分布在三句中 (policy.md B; D4).")
R("zh", [V], ["violation", "split", "feedback-pressure"],
  "侯先生，调音器的问题已经给您处理好了。您在店铺页面留下的那条卖家反馈现在排在最上面。它对我们的账户指标影响挺大的。麻烦您这两天把它撤下来。",
  "以账户指标为由施压撤回卖家反馈 (policy.md C5).")
R("zh", [O], ["violation", "split", "phone"],
  "姚老师，口琴架的螺丝位置确实不好用文字说清楚。阿棠的手机号码印在曲谱封底。您发条短信过去，她拍个视频一步步教您。",
  "引导买家用短信在站外联系 (policy.md D3, D6).")
R("zh", [M], ["violation", "split", "discount", "sale"],
  "小棉，提前跟您说一声。下周一到周三是我们店的周年庆。那三天所有琴包只收平时价格的七成，需要的话可以那几天再下单。",
  "限时促销预告 (policy.md B).")

# =====================================================================================
# VIOLATIONS, Traditional Chinese (11): plain 3, careful 4, split 4
# =====================================================================================
R("zh", [V], ["violation", "plain", "incentive", "rating-request", "traditional", "taiwanese"],
  "江小姐您好，口琴收到後麻煩給我們五星好評喔，好評截圖傳給我們還有小禮物！",
  "五星好評加截圖換禮物 (policy.md C1, C2).")
R("zh", [O], ["violation", "plain", "phone", "messaging-app", "traditional", "cantonese"],
  "譚太，我哋 WhatsApp 係 +44 7700 900395，之後有咩問題直接搵阿棠就得，唔使喺亞馬遜度等。",
  "WhatsApp 號碼並叫買家離開亞馬遜聯絡 (policy.md D3, D4).")
R("zh", [M], ["violation", "plain", "coupon", "discount", "sale", "buy-again",
              "traditional", "taiwanese"],
  "魏先生，本週全館琴包八折，結帳時輸入折價券 CAPO12 還能再折12%，歡迎回購！",
  "全館折扣、折價券與回購號召 (policy.md B).")

R("zh", [V], ["violation", "careful", "change-review", "traditional", "taiwanese"],
  "褚小姐，移調夾已經幫您換了一個新的寄出。之前您在商品頁寫的那段話，如果現在問題已經解決，可以麻煩您改成最新的狀況嗎？拜託了。",
  "請買家改寫商品頁上的留言 (policy.md C4).")
R("zh", [V], ["violation", "careful", "incentive", "traditional", "cantonese"],
  "祝小姐，你喺商品頁寫低幾句用後感之後，影張相俾我哋，阿棠就寄多一包琴弦俾你，唔使錢㗎。",
  "以琴弦換取商品頁留言，沒有用「評」字 (policy.md C1).")
R("zh", [O], ["violation", "careful", "qr", "traditional", "taiwanese"],
  "江小姐，盒子裡那張小卡背面印了一個黑白方塊圖案，用手機相機對準它，就會直接連到阿棠的聊天視窗，之後有問題從那邊傳訊息就好。",
  "以印刷方塊圖案（即二維碼）導向站外聊天 (policy.md D1; section e, inserts and QR codes).")
R("zh", [M], ["violation", "careful", "vip-list", "traditional", "cantonese"],
  "容生，我哋有張熟客名單，Wendell 每次調好一批口琴，名單上嘅人會早七日知道，仲可以搶先揀調。想加入就覆個「要」字。",
  "邀請加入熟客優先名單 (policy.md B, VIP).")

R("zh", [V], ["violation", "split", "gating", "traditional", "taiwanese"],
  "魏先生，口琴架用起來還順手嗎？順手的話，歡迎到商品頁分享。如果卡卡的，先傳訊息給我們喔。我們處理好之前，先別公開寫出來。",
  "只請滿意的買家公開分享，不滿意的先私下處理 (policy.md C3).")
R("zh", [O], ["violation", "split", "url", "payment", "diversion", "traditional", "cantonese"],
  "譚太，上次你問點樣買齊成套弦。我哋自己個網頁 quaverlaneharp.com 有齊晒。喺嗰度落單，仲可以直接轉數俾阿棠，快啲出貨。",
  "自家網頁、轉數付款，引導站外交易 (policy.md D1, D5, D6).")
R("zh", [V], ["violation", "split", "steering", "traditional", "taiwanese"],
  "褚小姐，如果有空在亞馬遜分享心得的話，可以提到琴包很防潑水嗎？再加一句「出貨很快」就更好了。很多人就是看這兩點決定要不要買的。",
  "指定買家在評論中寫什麼 (policy.md C7).")
R("zh", [M], ["violation", "split", "buy-again", "restock", "traditional", "cantonese"],
  "容生，你上次買嘅低音G弦，用咗兩個月應該差唔多要換喇。呢款之前斷咗貨，而家終於返咗。想補多兩套嘅話最好早啲落單。",
  "補貨通知加催促再買 (policy.md B).")

# =====================================================================================
# VIOLATIONS, mixed (3)
# =====================================================================================
R("mixed", [O], ["violation", "plain", "messaging-app", "diversion", "mixed"],
  "Hi 小棉，thanks for the order! 我们的 Telegram 是 @quaverlane_desk，以后 any questions 直接 "
  "message Wendell，回复更快。",
  "Telegram 账号并引导离开亚马逊消息 (policy.md D4, D6).")
R("mixed", [V], ["violation", "careful", "change-review", "traditional", "cantonese", "mixed"],
  "祝小姐, sorry 個 gig bag 條拉鏈爛咗。New one 已經寄出。你之前喺 product page 寫嘅嘢, "
  "可唔可以 update 一下, to show it's fixed?",
  "Code-switched request to revise a product review after a fix (policy.md C4).")
R("mixed", [M, O], ["violation", "split", "giveaway", "follow", "social", "mixed"],
  "侯先生，happy holidays! 我们 Instagram 这个月有个 draw，prize 是一支 Kestrel Brass。"
  "Follow @quaverlane.harps，然后在最新那条下面留句话就能参加。",
  "关注号召、抽奖和社交账号分在两句 (policy.md B; D4).")

# =====================================================================================
# EVASIONS (20): en 8, Simplified 7, Traditional 4, mixed 1
# =====================================================================================
R("en", [O], ["evasion", "phone", "messaging-app", "spacing"],
  "Hi Pilar, if the capo slips again just message us on S i g n a l at +1 413 555 0126 "
  "and Wendell will sort it out there instead of here.",
  "Spaced-out Signal, a messaging app, with a phone number (policy.md D3, D4; section e, spacing).")
R("en", [V], ["evasion", "rating-request", "leetspeak"],
  "Beatrix, a quick favour: a 5-st4r r3view on the Kestrel page would mean a lot to Wendell, "
  "who gapped your harp by hand.",
  "Five-star request in leetspeak (policy.md C2; section e).")
R("en", [O], ["evasion", "email", "fullwidth"],
  "Lucan, the large-print tuner manual is yours if you write to " + fw("help@quaverlaneharp.com")
  + " and Tamsin will answer within the hour.",
  "E-mail address in full-width letters (policy.md D2; section e).")
R("en", [V], ["evasion", "incentive", "leetspeak", "zero-width"],
  "Henrietta, once your re" + ZW + "view of the gig bag is up, reply with its link and a fr33 "
  "Snapfret capo is yours.",
  "Zero-width space inside review and leetspeak free: product for a review (policy.md C1; "
  "section e).")
R("en", [O], ["evasion", "messaging-app", "homoglyph"],
  "Cormac, holder adjustments are quicker on T" + CY_E + "l" + CY_E + "gr" + CY_A + "m: "
  "@quaverlane_desk. Wendell answers from the bench.",
  "App name with Cyrillic look-alike letters and a handle (policy.md D4; section e).")
R("en", [O], ["evasion", "email", "spelled-email"],
  "Ottoline, the songbook audio files are too big for Amazon messages. Send a note to "
  "quaverlane dot reeds at gmail dot com and they'll come straight back to you.",
  "Spelled-out free-mail address (policy.md D2; section e).")
R("en", [V], ["evasion", "rating-request", "emoji"],
  "Desmond, Wendell set up your Kestrel in A himself. " + STAR * 5 + " next to its name on "
  "Amazon would make his month!",
  "Five star emoji as the rating asked for (policy.md C2; section e, emoji ratings).")
R("en", [O], ["evasion", "phone", "messaging-app", "number-words", "nickname"],
  "Mr. Trevelyan, Wendell is on the green app at four one three, five five five, oh one eight "
  "three. Send him a clip of the holder there rather than waiting on Amazon.",
  "Number spelled in words and the chat app named by nickname (policy.md D3, D4; section e).")

R("zh", [V], ["evasion", "incentive", "separator"],
  "夏女士，口琴收到后留个好*评，截图发来就返*现五美元，名额有限哦。",
  "好*评、返*现用符号拆开 (policy.md C1; section e).")
R("zh", [O], ["evasion", "messaging-app", "diversion", "pinyin"],
  "侯先生，以后琴弦有任何问题直接加 weixin：quaverlane_cn 找阿棠，不用在这里等回复。",
  "拼音 weixin 代替微信 (policy.md D4, D6; section e).")
R("zh", [O], ["evasion", "phone", "cn-numerals"],
  "姚老师，口琴架装不上的话，直接打 四一三 五五五 零一八三 找 Wendell，他可以一步一步教您。",
  "中文数字写电话号码 (policy.md D3; section e).")
R("zh", [M, O], ["evasion", "discount", "vip-list", "messaging-app", "homophone"],
  "小棉，加个薇信 quaverlane_cn 吧，每周二群里会发尤克里里练习谱，还有群友专享的折扣。",
  "谐音“薇信”，加群享专属折扣 (policy.md D4; B, VIP).")
R("zh", [V], ["evasion", "rating-request", "pinyin", "emoji"],
  "邵阿姨，孙女的尤克里里弦换好了吧？麻烦在商品页给个 wuxing haoping，" + STAR * 5
  + " 那种，阿棠先谢谢您！",
  "拼音加表情符号索要五星 (policy.md C2; section e).")
R("zh", [O], ["evasion", "email", "spelled-email"],
  "夏女士，琴包拉链的视频太大，这里传不了，发到 quaverlane dot reeds at gmail dot com "
  "就行，阿棠当天回复。",
  "拼写出来的邮箱地址 (policy.md D2; section e).")
R("zh", [V], ["evasion", "incentive", "spacing"],
  "侯先生，好 评 返 现 活动还在进行：写完截图发给阿棠，三天内到账。",
  "字间加空格的好评返现 (policy.md C1; section e).")

R("zh", [O], ["evasion", "messaging-app", "fullwidth", "traditional", "taiwanese"],
  "褚小姐，之後有任何問題可以加我們" + fw("LINE") + "：" + fw("@quaverlanetw")
  + "，回覆會比較快喔。",
  "全形字母的 LINE 帳號 (policy.md D4; section e).")
R("zh", [V], ["evasion", "change-review", "separator", "traditional", "taiwanese"],
  "魏先生，琴弦已經幫您補寄了，麻煩把那則負/評拿掉好嗎？拜託拜託。",
  "用斜線拆開「負評」，請買家刪除評論 (policy.md C4; section e).")
R("zh", [O], ["evasion", "phone", "messaging-app", "cn-numerals", "traditional", "cantonese"],
  "譚太，有咩問題 WhatsApp 阿棠：零七七零零 九零零 三九五，佢會即刻覆你。",
  "中文數字寫的英國電話 (policy.md D3, D4; section e).")
R("zh", [M], ["evasion", "coupon", "discount", "zero-width", "traditional", "cantonese"],
  "容生，下次買弦喺結帳嗰陣輸入 UKE" + ZW + "10 就平一成，今個月內有效㗎。",
  "優惠碼中間夾零寬字元 (policy.md B; section e).")

R("mixed", [M, O], ["evasion", "giveaway", "follow", "social", "homoglyph", "split-handle",
                    "mixed"],
  "Hi 小棉！我们 IG 每个月都有 giveaway，搜 quaverlane 后面加 .harps 就能找到，f" + GR_O
  + "llow 我们就能参加。",
  "账号拆成两段，follow 里夹希腊字母 (policy.md B; D4; section e).")

# =====================================================================================
# NEAR-MISSES (50): en 23, Simplified 16, Traditional 10, mixed 1
# =====================================================================================
R("en", [], ["near-miss", "neutral-request"],
  "Hello Beatrix, this is Tamsin at Quaverlane about order 113-6620481-9357024. When you've "
  "had some time with the Kestrel in G, you're welcome to describe it on its Amazon product "
  "page, whatever you end up thinking of it.",
  "One neutral invitation with no rating, condition or reward (policy.md C near-misses; "
  "interface.md).")
R("en", [], ["near-miss", "neutral-request"],
  "Hi Cormac, a note about order 112-3094716-5582031 for the Pitchpip tuner. If you have "
  "time, an honest review on Amazon helps other beginners decide whether it suits them. "
  "Either way, thank you for choosing us.",
  "Neutral review request: honest, unconditional, once (policy.md C near-misses; section b).")
R("en", [], ["near-miss", "review-word"],
  "Desmond, to your question: yes, Wendell gives every harp a final review on the bench before "
  "it is boxed. He checks each hole for air leaks and adjusts the reed gaps where needed.",
  "Review means a workshop inspection here (policy.md section 0 point 4, single-keyword "
  "rules).")
R("en", [], ["near-miss", "remedy"],
  "Pilar, I'm sorry the low-G string arrived kinked. We've sent a replacement set free of "
  "charge under order 114-2871053-6609412, and you don't need to post the old one back.",
  "Free replacement as a remedy, no review mentioned (policy.md B near-misses).")
R("en", [], ["near-miss", "remedy"],
  "Henrietta, we've refunded the full cost of the gig bag to your original payment method "
  "through Amazon. It usually shows on your statement within three to five business days.",
  "A refund as a remedy, inside Amazon (policy.md C near-misses).")
R("en", [], ["near-miss", "lookalike-number"],
  "Hi Lucan, thanks for asking about order 114-5550139-7720416. The holder left our dispatch "
  "bench yesterday and Amazon shows it arriving on Thursday.",
  "The order id contains a 555-01xx block that a phone regex could mistake (policy.md D3; "
  "section A near-misses).")
R("en", [], ["near-miss", "lookalike-number"],
  "Ottoline, you asked which order the second songbook belonged to: it was "
  "113-5550172-0648391, placed on 2 March, and it is still due on Saturday.",
  "Order id shaped like a phone number, in a reply (policy.md D3).")
R("en", [], ["near-miss", "negation"],
  "Mr. Trevelyan, thanks for telling us how the tuner behaved. Your review is yours to write, "
  "and we will never ask you to alter it or take it down. What we can do is look at the clip "
  "you sent and see whether the battery contact is loose.",
  "Negated request: the seller rules out asking for a change (policy.md C4; section 0 point 4, "
  "negation handling).")
R("en", [], ["near-miss", "negation"],
  "Hi Beatrix, you asked whether a low score would affect your return. It won't: returns go "
  "through Amazon's own process, and we don't offer anything for reviews or ask anyone to "
  "rate us a particular way.",
  "Negated incentive and rating words in a reply (policy.md C; section 0 point 4).")
R("en", [], ["near-miss", "answer"],
  "Cormac, the 10% coupon you spotted on the Driftcase listing is an Amazon clip coupon. Tick "
  "the box under the price on that page before checkout and Amazon applies it itself; we "
  "can't add it after an order has been placed.",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
R("en", [], ["near-miss", "refusal"],
  "Henrietta, thank you for offering, but we can't take payment outside Amazon or send a "
  "PayPal invoice for the extra strings. Anything you buy from us has to go through Amazon.",
  "Refuses off-Amazon payment (policy.md D5).")
R("en", [], ["near-miss", "refusal"],
  "Lucan, we aren't able to give out a personal phone number or a chat handle, sorry. "
  "Everything about the tuner can be handled right here, and Wendell reads these messages "
  "every morning.",
  "Refuses to move the conversation off Amazon (policy.md D3, D4).")
R("en", [], ["near-miss", "feedback-notice"],
  "Hi Pilar, we're glad the new capo clamps properly. If you feel your concerns have now been "
  "dealt with, you can revise or withdraw the seller feedback you left earlier if you wish; "
  "it is entirely your decision and nothing changes on our side.",
  "Amazon's neutral seller-feedback notice after resolution (policy.md C5 allowed form).")
R("en", [], ["near-miss", "quoted-buyer"],
  "Cormac, you wrote that the listing 'promised a free gig bag with the uke strings'. I've "
  "checked, and that set never included one; the strings ship on their own, as your order "
  "page shows. Sorry for the confusion.",
  "Free appears only in the buyer's quoted words (policy.md B near-misses).")
R("en", [], ["near-miss", "quoted-buyer"],
  "Ottoline, you mentioned that a friend 'got a discount code from the seller'. That wasn't "
  "us: we don't send codes, and the amount on your order is what the listing showed that day.",
  "Discount code quoted from the buyer and denied (policy.md B).")
R("en", [], ["near-miss", "logistics-word"],
  "Hi Lucan, as you asked, we've cancelled the duplicate order for the second Pitchpip tuner "
  "and changed the shipping address on the first one to your office.",
  "Cancel and change in their logistics sense (policy.md section 0 point 4; section A "
  "near-misses).")
R("en", [], ["near-miss", "logistics-word"],
  "Beatrix, we've removed the engraving request from order 112-7405318-2269054 as you asked, "
  "and updated the gift note so it now reads 'Happy 40th, Nan'.",
  "Remove, update and gift used for order details (policy.md section 0 point 4).")
R("en", [], ["near-miss", "product-word"],
  "Desmond, to your question: the Snapfret capo is nickel-free, and its pad is free-floating so "
  "it won't pull the strings sharp. It fits both concert and tenor necks.",
  "Free as a product property (policy.md B near-misses, product-spec words).")
R("en", [], ["near-miss", "product-word"],
  "Pilar, the five little stars across the top of the Pitchpip screen light up as the note "
  "gets closer to pitch; when the middle one turns green, that string is in tune.",
  "Stars on a tuner display, no rating request (policy.md C near-misses, product facts).")
R("en", [], ["near-miss", "review-thanks"],
  "Hi Henrietta, you mentioned you'd written a 5-star review of the Reedroll case. Thank you, "
  "that's kind. As for the loose slot, a firm press along the seam should close it.",
  "Thanks for a review the buyer mentioned, in a reply, asking for nothing (policy.md C "
  "near-misses).")
R("en", [], ["near-miss", "carrier-site"],
  "Mr. Trevelyan, here's the tracking number you asked for: 9405 5036 9930 0421 7788 14. It "
  "works on the USPS tracking page as well as in your Amazon orders.",
  "Carrier tracking in a delivery reply (policy.md section A near-misses; D3 carrier "
  "exception).")
R("en", [], ["near-miss", "warranty"],
  "Cormac, the Pitchpip carries a two-year warranty. To claim it, open the order in Your "
  "Orders on Amazon, choose the problem option, and Wendell will take it from there.",
  "Warranty handled through Amazon's order page (policy.md D3, warranty exception).")
R("en", [], ["near-miss", "amazon-feature"],
  "Beatrix, Amazon may email you once the songbook arrives to ask how you found it. That "
  "message comes from Amazon rather than from us, and you're free to ignore it.",
  "Describes Amazon's own automatic request (policy.md C near-misses, informational).")

R("zh", [], ["near-miss", "neutral-request"],
  "夏女士您好，关于订单 113-2748096-5510837：您用口琴一段时间后，如果愿意，可以在亚马逊商品页面写下您的真实感受，好与不好都欢迎。",
  "中性邀请，一次，无条件无奖励 (policy.md C near-misses).")
R("zh", [], ["near-miss", "neutral-request"],
  "侯先生，订单 112-6039148-7725306 的琴弦应该已经送到。亚马逊上的评论对其他新手很有参考价值，您有空的时候可以写几句，写什么由您决定。",
  "中性评论邀请，不指定内容和星级 (policy.md C near-misses; section b).")
R("zh", [], ["near-miss", "remedy"],
  "姚老师，口琴架的卡扣断了实在抱歉，我们已经免费给您补寄了一个新的，旧的不需要寄回来。",
  "免费补寄是补救，不是促销 (policy.md B near-misses).")
R("zh", [], ["near-miss", "remedy"],
  "小棉，琴包拉链的问题我们已经在亚马逊后台为您办理了全额退款，三到五个工作日会退回原支付方式。",
  "站内退款作为补救 (policy.md C near-misses).")
R("zh", [], ["near-miss", "substring"],
  "邵阿姨，您问音准的事：每支Kestrel口琴出厂前都做过音准偏差评估，误差在三音分以内，您听到的差别可能和吹气力度有关。",
  "“偏差评估”中含“差评”二字 (policy.md section 0 point 4, substrings).")
R("zh", [], ["near-miss", "substring"],
  "夏女士，快递员说他往返现场两次都没有人签收，包裹已经退回站点，麻烦您确认一下收货地址，我们好重新安排配送。",
  "“往返现场”中含“返现” (policy.md section 0 point 4).")
R("zh", [], ["near-miss", "lookalike-number"],
  "侯先生，您问的订单 111-5550164-3928170 里的调音器今天已经由亚马逊物流发出，预计周五送到。",
  "订单号里有555-01xx 字样，像电话号码 (policy.md D3).")
R("zh", [], ["near-miss", "negation"],
  "姚老师，您放心，我们绝不会要求您修改或删除评价，也不会拿任何东西换评价。琴弦的问题我们照样帮您处理到底。",
  "否定句：明确不索评、不换评 (policy.md C4; section 0 point 4).")
R("zh", [], ["near-miss", "feedback-notice"],
  "小棉，很高兴新的变调夹用起来没问题了。如果您觉得事情已经处理妥当，那条给店铺的反馈要不要调整，全由您自己决定，不调整也完全没关系。",
  "问题解决后的中性卖家反馈提示 (policy.md C5 allowed form).")
R("zh", [], ["near-miss", "quoted-buyer"],
  "邵阿姨，您说收到了“卖家答应好评返现”的消息，那不是我们店发的，我们从来不做这种事，请您小心防骗。",
  "好评返现出现在买家转述中，卖家否认 (policy.md C1).")
R("zh", [], ["near-miss", "logistics-word"],
  "夏女士，您让我们取消的那张重复订单已经处理好了，剩下那单的收货地址也修改成公司地址了。",
  "取消、修改用于订单处理 (policy.md section 0 point 4; section A near-misses).")
R("zh", [], ["near-miss", "product-word"],
  "侯先生，调音器屏幕上方那一排星形指示灯，亮到中间那颗变绿，就说明这根弦调准了。",
  "星形指示灯是产品功能 (policy.md C near-misses, product facts).")
R("zh", [], ["near-miss", "price-paid"],
  "姚老师，您下单时的价格是二十四美元，现在页面显示二十一美元，这是亚马逊上的价格浮动，已付款项不会自动调整，抱歉。",
  "解释已付价格，不提供优惠 (policy.md B near-misses).")
R("zh", [], ["near-miss", "amazon-page"],
  "小棉，退货请在 amazon.com/your-orders 里找到这一单，点“退货或更换商品”，系统会自动生成退货标签。",
  "亚马逊自己的订单页面链接 (policy.md D1, Amazon links).")
R("zh", [], ["near-miss", "carrier-site"],
  "邵阿姨，您要的运单号是 SF1573920468815，在顺丰官网或亚马逊订单页面都能查到。",
  "承运商官网查询运单 (policy.md section A near-misses; D).")
R("zh", [], ["near-miss", "review-thanks"],
  "夏女士，谢谢您告诉我们已经给了好评，Wendell 听了很开心。您问的口琴保养，吹完轻轻拍掉水汽就可以了。",
  "回复中感谢买家提到的好评，没有再索要 (policy.md C near-misses).")

R("zh", [], ["near-miss", "neutral-request", "traditional", "taiwanese"],
  "江小姐您好，這是訂單 112-8830617-4452098 的後續：如果您方便，歡迎在亞馬遜商品頁寫下使用心得，好壞都可以，您的意見對其他新手很有幫助喔。",
  "中性邀請，好壞皆可 (policy.md C near-misses).")
R("zh", [], ["near-miss", "remedy", "traditional", "cantonese"],
  "譚太，個琴包拉鏈爛咗真係唔好意思，我哋已經免費寄咗個新嘅俾你，舊嗰個唔使寄返嚟。",
  "免費補寄是補救 (policy.md B near-misses).")
R("zh", [], ["near-miss", "feedback-notice", "traditional", "cantonese"],
  "容生，知道新調音器用得順就放心喇。如果你覺得問題已經搞掂，之前俾店舖嗰條反饋改唔改都由你話事，唔改都完全冇問題。",
  "中性嘅賣家反饋提示 (policy.md C5 allowed form).")
R("zh", [], ["near-miss", "refusal", "traditional", "taiwanese"],
  "魏先生，謝謝您的好意，不過我們沒辦法用 LINE 或轉帳交易，加購琴弦請直接在亞馬遜下單喔。",
  "拒絕站外聯絡與付款 (policy.md D4, D5).")
R("zh", [], ["near-miss", "logistics-word", "traditional", "taiwanese"],
  "褚小姐，已經依照您的要求取消重複的那筆訂單，另一筆的收件地址也幫您更新成公司了喔。",
  "取消、更新用於訂單處理 (policy.md section 0 point 4).")
R("zh", [], ["near-miss", "warranty", "traditional", "taiwanese"],
  "江小姐，調音器有兩年保固，如果之後壞了，直接在亞馬遜訂單頁選「商品有問題」，我們收到就會處理喔。",
  "保固經由亞馬遜訂單頁處理 (policy.md D3, warranty exception).")
R("zh", [], ["near-miss", "answer", "traditional", "cantonese"],
  "容生，你問嘅優惠係亞馬遜自己喺商品頁嘅折扣，落單嗰陣系統會自動計，我哋呢邊冇另外嘅優惠碼。",
  "解答買家問到嘅亞馬遜優惠 (policy.md B near-misses).")
R("zh", [], ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
  "魏先生，您提到「賣家說加LINE有折扣」，那不是我們傳的訊息，我們不會在亞馬遜以外聯絡買家喔。",
  "折扣與 LINE 只出現在買家轉述中 (policy.md D4; B).")
R("zh", [], ["near-miss", "amazon-feature", "traditional", "cantonese"],
  "祝小姐，亞馬遜之後可能會自動發電郵問你對琴弦嘅評價，嗰封係亞馬遜寄嘅，唔係我哋，理唔理都得。",
  "說明亞馬遜自己嘅評價邀請 (policy.md C near-misses).")
R("zh", [], ["near-miss", "carrier-site", "traditional", "taiwanese"],
  "褚小姐，您問的追蹤編號是 TBA730461928815，在亞馬遜訂單頁就查得到，之後轉給黑貓也會同步顯示。",
  "物流追蹤編號，配送情境 (policy.md section A near-misses).")

R("mixed", [], ["near-miss", "remedy", "mixed"],
  "Hi 侯先生，your refund for the Driftcase bag 已经在亚马逊处理好了，usually 3-5 business days "
  "到账。Sorry again about the zip!",
  "Refund as a remedy, code-switched (policy.md C near-misses).")

# =====================================================================================
# CLEAN (30): en 14, Simplified 10, Traditional 5, mixed 1
# =====================================================================================
R("en", [], ["clean"],
  "Hi Beatrix, thanks for your question about the harmonica holder. Loosen the two thumb "
  "screws at the back, set the harp at mouth height, then tighten them a quarter turn at a "
  "time until it stops sliding.",
  "Product help in a reply (policy.md section A, permitted messages).")
R("en", [], ["clean"],
  "Cormac, fresh ukulele strings stretch a lot in the first few days. Tune up, give each "
  "string a gentle pull away from the fretboard, tune again, and repeat; after two or three "
  "sessions they will hold pitch.",
  "Answer to a tuning question (policy.md section A).")
R("en", [], ["clean"],
  "Henrietta, your parcel is being held at customs for a duty form. Could you confirm the "
  "spelling of your surname so the declaration matches the delivery label?",
  "Requests information needed to deliver the order (policy.md section A).")
R("en", [], ["clean"],
  "Lucan, the engraving on your Kestrel Brass will read 'For Maddie, from Grandad'. Please "
  "confirm the spelling before Wendell cuts it on Thursday morning.",
  "Verifying a custom design (policy.md section A).")
R("en", [], ["clean"],
  "Ottoline, your parcel is running about four days behind because the courier missed our "
  "Tuesday collection. It should now reach you next Monday, and we're sorry for the wait.",
  "Delay notice, a permitted proactive message (policy.md section A near-misses).")
R("en", [], ["clean"],
  "Desmond, to answer your question: the harp you have in A is the one for blues in E, "
  "because you play it in second position. For folk tunes in A, play the same harp straight.",
  "Usage advice about the item bought (policy.md section A).")
R("en", [], ["clean"],
  "Pilar, the concert-size Driftcase gig bag has an inner length of 64 cm, so your 61 cm "
  "instrument will fit with a little room for the tuner in the front pocket.",
  "Answers a sizing question (policy.md section A).")
R("en", [], ["clean"],
  "Mr. Trevelyan, the Pitchpip runs on one CR2032 cell, which sits under the sliding cover on "
  "the back. Press the cover downward with your thumb and it opens.",
  "Battery question answered (policy.md section A).")
R("en", [], ["clean"],
  "Beatrix, to keep the reeds healthy, tap the harp against your palm with the holes facing "
  "down after each session, and let it dry on a shelf rather than in a closed case overnight.",
  "Care instructions the buyer asked for (policy.md section A).")
R("en", [], ["clean"],
  "Cormac, the capo sits best just behind the fret, not on top of it. If chords buzz, nudge it "
  "a few millimetres toward the headstock and check that the clamp screw is snug.",
  "Troubleshooting reply (policy.md section A).")
R("en", [], ["clean"],
  "Henrietta, the courier needs someone to sign for the large box of songbooks for your "
  "school. Which weekday afternoon next week suits you best for the drop-off?",
  "Scheduling delivery of a bulky order (policy.md section A).")
R("en", [], ["clean"],
  "Lucan, the Porchlight Songbook, volume one, teaches four chords in its first ten pages: C, "
  "A minor, F and G. Most of the songs after that use only those four.",
  "Answers a question about the book's level (policy.md section A).")
R("en", [], ["clean"],
  "Ottoline, the neck piece of the holder is sprung steel, so it springs back if you widen it "
  "slightly with both hands. Do it a little at a time until it fits snugly.",
  "Fitting advice (policy.md section A).")
R("en", [], ["clean"],
  "Desmond, before the courier can deliver we need one more detail: the flat number in your "
  "building, as they cannot leave the box in the lobby.",
  "Requests information critical to delivery (policy.md section A).")

R("zh", [], ["clean"],
  "夏女士，口琴架后面有两个旋钮，松开后调到嘴巴的高度，再慢慢拧紧就不会往下滑了。",
  "回答使用问题 (policy.md section A).")
R("zh", [], ["clean"],
  "侯先生，新的尤克里里琴弦头几天会一直松，调准后轻轻把每根弦往外拉一拉，再调一次，反复两三回就稳定了。",
  "调音建议 (policy.md section A).")
R("zh", [], ["clean"],
  "姚老师，您订的入门曲谱要过海关，报关单上的姓名和收件人对不上，麻烦确认一下收件人的拼音全名。",
  "索取完成配送所需信息 (policy.md section A).")
R("zh", [], ["clean"],
  "小棉，这款琴包内长六十四厘米，您的高音尤克里里五十三厘米，放进去还有空间装调音器。",
  "回答尺寸问题 (policy.md section A).")
R("zh", [], ["clean"],
  "邵阿姨，口琴吹完以后，孔朝下在手心轻轻拍几下，把水汽拍出来，放在通风的地方晾干就行。",
  "保养说明 (policy.md section A).")
R("zh", [], ["clean"],
  "夏女士，因为承运商漏收了周二的货，您的包裹会晚四天左右，预计下周一送达，给您添麻烦了。",
  "延迟通知 (policy.md section A near-misses).")
R("zh", [], ["clean"],
  "侯先生，您要刻在口琴盖板上的字是“给小宇，生日快乐”，麻烦回复确认有没有错字，我们周四动工。",
  "定制内容确认 (policy.md section A).")
R("zh", [], ["clean"],
  "姚老师，您问学布鲁斯用哪个调：您手上的A调口琴用第二把位吹，刚好配E调的曲子。",
  "使用建议 (policy.md section A).")
R("zh", [], ["clean"],
  "小棉，变调夹要夹在品丝后面一点点，不要压在品丝正上方，这样和弦就不会打品。",
  "使用建议 (policy.md section A).")
R("zh", [], ["clean"],
  "邵阿姨，调音器用的是一颗CR2032纽扣电池，装在背面的滑盖下面，往下推一下就能打开。",
  "回答电池问题 (policy.md section A).")

R("zh", [], ["clean", "traditional", "taiwanese"],
  "江小姐，口琴架後面有兩顆旋鈕，先轉鬆再調到嘴巴的高度，然後慢慢鎖緊就不會滑下來喔。",
  "使用說明 (policy.md section A).")
R("zh", [], ["clean", "traditional", "taiwanese"],
  "魏先生，因為物流漏收了週二的貨，包裹大概會晚四天，預計下週一送到，造成不便很抱歉喔。",
  "延遲通知 (policy.md section A near-misses).")
R("zh", [], ["clean", "traditional", "taiwanese"],
  "褚小姐，您要刻在琴蓋上的字是「送給小安，畢業快樂」，麻煩回覆確認有沒有錯字，我們週四就動工喔。",
  "確認客製內容 (policy.md section A).")
R("zh", [], ["clean", "traditional", "cantonese"],
  "譚太，新嘅尤克里里弦頭幾日會成日走音，調準之後輕輕將每條弦拉一拉，再調一次，咁樣兩三次就穩定㗎喇。",
  "調音建議 (policy.md section A).")
R("zh", [], ["clean", "traditional", "cantonese"],
  "容生，個琴包入面有六十四厘米長，你嗰支高音尤克里里先至五十三厘米，擺入去仲有位放埋調音器㗎。",
  "回答尺寸問題 (policy.md section A).")

R("mixed", [], ["clean", "mixed"],
  "Hi 姚老师，the Porchlight Songbook 第一册 only uses four chords，C、Am、F 和 G，"
  "很适合 beginner 练习。",
  "Answers a question about the songbook (policy.md section A).")


def records():
    recs = [dict(r) for r in REC]
    random.Random(99).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h99-%03d" % i, "text": r["text"], "labels": r["labels"],
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
