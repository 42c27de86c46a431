#!/usr/bin/env python3
"""Source of holdout78.jsonl: a blind, hand-labelled test set of seller-to-buyer messages.

Invented seller: Wobblebrush Craft Co., children's art supplies and craft kits.
Every text is written for this set.  Hard-to-see characters are spelled as named constants
below, never typed raw.  Records are shuffled with random.Random(78) and numbered
h78-001 .. h78-160.  Run `python3 gen.py` to write holdout78.jsonl next to this file.
"""
import json
import os
import random

ZW = "\u200b"        # zero-width space
CY_A = "\u0430"      # Cyrillic small a, looks like Latin a
CY_O = "\u043e"      # Cyrillic small o, looks like Latin o
STAR = "\u2b50"      # emoji star


def fw(s):
    """Full-width form of the ASCII letters, digits and symbols in s (spaces kept)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"

_RECS = []


def rec(cat, lang, labels, subs, text, note, style=None, tech=(), trap=None, region=None):
    """region: None, "tw" (Traditional, Taiwan) or "hk" (Traditional, Hong Kong Cantonese)."""
    tags = [cat]
    if style:
        tags.append(style)
    tags += list(subs) + list(tech)
    if trap:
        tags.append(trap)
    if region:
        tags += ["traditional", {"tw": "taiwanese", "hk": "cantonese"}[region]]
    if lang == "mixed":
        tags.append("mixed")
    _RECS.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                  "note": note})


V, E, N, C = "violation", "evasion", "near-miss", "clean"

# =====================================================================================
# VIOLATIONS (50): plain 17, careful 17, split 16
# =====================================================================================

# ---- English, plain
rec(V, "en", [RI], ["incentive"],
    "Hi Rosamund, thanks for choosing the Squishmoor clay tubs for the twins (order "
    "113-2759046-1183527). Once your review of the set is live on Amazon, tell us and a $10 "
    "gift card will come your way as our thank-you.",
    "Promises a gift card once the buyer's review is up (policy.md C1).", style="plain")
rec(V, "en", [RI], ["rating-request"],
    "Desmond, we hope the Tallpine easel has survived a full week with your three-year-old. "
    "We are a tiny workshop and every five-star rating keeps us afloat, so please give it all "
    "five stars when Amazon asks how it went.",
    "Asks outright for the top rating (policy.md C2).", style="plain")
rec(V, "en", [RI], ["gating"],
    "Dear Fenella, if the Beadlebug kit made your daughter's weekend, please say so in a review "
    "on Amazon. If anything disappointed you, hold off on the review and message Ottoline here "
    "first so she can put it right.",
    "Invites only happy buyers to review and steers unhappy ones to the seller (policy.md C3).",
    style="plain")
rec(V, "en", [RI], ["change-review"],
    "Hello Cormac, the new sketchbooks are on their way and the refund for the torn cover has "
    "gone through. With all that settled, could you edit or delete the two-star review you "
    "posted last week?",
    "Asks for a product review to be edited or deleted after a refund (policy.md C4).",
    style="plain")
rec(V, "en", [MKT], ["coupon"],
    "Hi Henrietta, your Dabbleprint finger paints are packed and ready. Enter DOODLE20 at "
    "checkout on your next order and you'll get 20% off anything from Wobblebrush until the end "
    "of the month.",
    "A discount code for the next order (policy.md B).", style="plain")
rec(V, "en", [OPC], ["email"],
    "Lucinda, to get the broken crayons sorted faster, email Ottoline directly at "
    "hello@wobblebrushcraft.com and attach a photo of the box.",
    "Gives the shop's e-mail address (policy.md D2).", style="plain")
rec(V, "en", [MKT, OPC], ["follow", "social"],
    "Thanks for the easel order, Bram! Follow us on Instagram at @wobblebrush.kids, where we "
    "post a fresh rainy-day craft idea every Friday.",
    "A follow-us call to action with a social handle (policy.md B, D4).", style="plain")
rec(V, "en", [MKT], ["vip-list"],
    "Mr. Villanueva, you've ordered from us three times now, so we'd like to add you to our VIP "
    "parents list. Members hear about each new kit a week before everyone else and get first "
    "pick of the limited colours.",
    "Invitation to a VIP list with early access (policy.md B).", style="plain")

# ---- English, careful (no obvious keyword)
rec(V, "en", [RI], ["incentive"],
    "Ms. Ferreira, when you have a spare minute, jot down a few sentences on the product page "
    "about how the Dabbleprint paints went with your class. Send Ottoline a screenshot once "
    "it's up and she'll post you a spare set of chunky brushes.",
    "Brushes in return for a screenshot of posted comments, without naming a review (policy.md "
    "C1; section e, indirect incentive).", style="careful")
rec(V, "en", [RI], ["gating"],
    "Wilhelmina, it's wonderful to hear the Chunkstix crayons were the hit of the birthday "
    "party. Since your son loved them so much, would you tell other shoppers on Amazon what you "
    "just told us?",
    "Answers the buyer's praise with a request to share it, which is review gating even in "
    "neutral words (policy.md section 0 point 3, C3; judgement call 1).", style="careful")
rec(V, "en", [RI], ["change-review"],
    "Hi Fenella, the leaking paint pot has been sorted and a fresh one is on its way. Would you "
    "mind going back to what you wrote about us on the listing and bringing it up to date with "
    "how things turned out?",
    "A veiled request to revise an existing review (policy.md C4; judgement call 3).",
    style="careful")
rec(V, "en", [MKT], ["restock"],
    "Good news for your budding artist, Henrietta: the glitter tubs of Squishmoor clay that sold "
    "out before Christmas are back on our shelves. They tend to go within days, so grab a few "
    "while you can.",
    "Unprompted back-in-stock push with urgency (policy.md B; judgement call 12).",
    style="careful")
rec(V, "en", [MKT], ["seasonal"],
    "Cormac, with half-term coming up, our Lantern Night craft box is ready: paper lanterns, "
    "glow-in-the-dark paints and enough beads for two children. Worth a look before the holiday "
    "rush.",
    "Promotes a seasonal kit the buyer did not ask about (policy.md B).", style="careful")
rec(V, "en", [OPC], ["messaging-app", "phone"],
    "Lucinda, it's quicker to sort this over chat. Drop Ottoline a message on Signal at "
    "415-555-0183 and send the photos there.",
    "Moves the case to a chat app on a personal number (policy.md D3, D4; judgement call 8).",
    style="careful")
rec(V, "en", [MKT, OPC], ["parents-group", "new-product", "social"],
    "Rosamund, quite a few of our parents trade project photos in the Wobblebrush Little Makers "
    "group on Pinterest, and we share first looks at upcoming kits there. Ask to join and we'll "
    "let you in.",
    "A parents' group on a social site used for product previews (policy.md B, D4; judgement "
    "call 9).", style="careful")

# ---- English, split (the ask and its reward, condition or channel in different sentences)
rec(V, "en", [RI], ["incentive"],
    "Hi Bram, we hope the Smockling aprons are keeping the paint where it belongs. A few honest "
    "words from you on the Amazon page would mean a lot. Everyone who does that this month goes "
    "into our hat for a Tallpine easel.",
    "Entry to a prize draw for posting, with the draw in its own sentence (policy.md C1).",
    style="split")
rec(V, "en", [RI], ["steering"],
    "Ms. Ferreira, thank you for ordering the Scribblecove sketchbooks. When you write about "
    "them on Amazon, please mention the thick paper. It helps us most if the words 'no "
    "bleed-through' appear.",
    "Tells the buyer what to put in the review (policy.md C7).", style="split")
rec(V, "en", [OPC], ["url", "diversion"],
    "Wilhelmina, I'm sorry the easel clip snapped. There's a faster desk than this thread. The "
    "contact form on wobblebrushcraft.com reaches Barnaby within the hour.",
    "Sends the buyer to the shop's own site for support (policy.md D1, D6).", style="split")
rec(V, "en", [MKT, OPC], ["discount", "url", "diversion"],
    "Mr. Villanueva, the crayons you bought are also sold in our own shop. Buying there works "
    "out about a fifth cheaper on every box. You'll find it at wobblebrushcraft.com.",
    "Diverts to the shop's site with a lower price (policy.md B, D6; judgement call 6).",
    style="split")
rec(V, "en", [MKT], ["buy-again"],
    "Henrietta, the first clay set should be running low about now. Little hands get through it "
    "quickly. Pop another pack in your basket before term begins so there's no gap.",
    "A buy-again push (policy.md B; interface.md marketing).", style="split")
rec(V, "en", [RI], ["feedback-pressure"],
    "Mr. Villanueva, one poor mark on our seller score pushes us down the search results for "
    "weeks. Yours is the only one this year. We would be very grateful if it disappeared.",
    "Pressure to withdraw seller feedback, the request in the last sentence (policy.md C5).",
    style="split")
rec(V, "en", [OPC], ["phone"],
    "Cormac, typing all of this out must be a pain. Ottoline is at her desk until six. Ring her "
    "on +1 (415) 555-0126 and she'll walk you through fitting the easel legs.",
    "The shop's phone number for a product question (policy.md D3; judgement call 11).",
    style="split")

# ---- Simplified Chinese, plain
rec(V, "zh", [OPC, RI], ["payment", "incentive"],
    "白女士您好，马克笔已经签收了吧？麻烦在亚马逊上写个评价，截图发给阿棠，我们会通过支付宝返您15元。"
    "订单号112-6048315-9927430。",
    "Cash back through Alipay for a review (policy.md C1, D5).", style="plain")
rec(V, "zh", [RI], ["rating-request"],
    "姚先生，画架用得还顺手吗？我们小店刚开张，恳请您打个五星，满分对我们来说意义特别大。",
    "Asks for five stars (policy.md C2).", style="plain")
rec(V, "zh", [MKT], ["coupon"],
    "苗阿姨您好，谢谢您买串珠套装。下次下单时填上优惠码CLAY10，店里所有彩泥都打九折，月底前都能用。",
    "A discount code for the next order (policy.md B).", style="plain")
rec(V, "zh", [OPC], ["messaging-app", "diversion"],
    "任老师，班级批量采购的细节在这里不好谈，您加一下我们的微信 wobblebrush_cn，阿棠直接给您报方案和价钱。",
    "A WeChat ID to negotiate a bulk order off Amazon (policy.md D4, D6).", style="plain")
rec(V, "zh", [MKT, OPC], ["follow", "new-product", "social"],
    "秋秋妈妈您好！欢迎关注我们的小红书“Wobblebrush手工”，每周更新亲子手工教程，新品也会第一时间在那里发布。",
    "Follow-us on Xiaohongshu with product news (policy.md B, D4).", style="plain")
rec(V, "zh", [MKT], ["sale"],
    "夏女士，双十一期间店里所有蜡笔半价，手指画颜料买二送一，欢迎带孩子一起来挑。",
    "Announces a sale (policy.md B).", style="plain")

# ---- Simplified Chinese, careful
rec(V, "zh", [RI], ["incentive", "gating"],
    "白女士，孩子玩得开心的话，到商品页写几句使用感受，再把截图发给阿棠，我们就多寄一盒夜光彩泥给小朋友。",
    "Extra clay for posted comments, asked only if the child enjoyed it (policy.md C1, C3).",
    style="careful")
rec(V, "zh", [RI], ["change-review"],
    "姚先生，断掉的画架脚已经给您补寄了。之前您在商品页写的那段话，能不能按现在的情况重新写一遍？",
    "Asks for an existing review to be rewritten after a remedy (policy.md C4).",
    style="careful")
rec(V, "zh", [MKT], ["bundle"],
    "苗阿姨，同款串珠再配一件罩衣一起拍，两样合起来只要一百块，比分开买省不少。",
    "A bundle offer in everyday words (policy.md B).", style="careful")
rec(V, "zh", [MKT, OPC], ["discount", "payment", "diversion"],
    "任老师，以后学校再要货，可以直接转账到我们的对公账户，我们从国内仓库发货，比在亚马逊下单便宜一截。",
    "Bank transfer outside Amazon at a lower price (policy.md B, D5, D6; judgement call 6).",
    style="careful")
rec(V, "zh", [MKT, OPC], ["parents-group", "new-product", "qr"],
    "秋秋妈妈，我们有个家长交流群，每天分享在家画画的小点子，新到的手工包也会先在群里放出来。"
    "扫一下包裹里那张小卡片上的黑白方块就能进群。",
    "A parents' group with product news, joined through a code printed on an insert "
    "(policy.md B, D1; section e, inserts and QR codes).", style="careful")

# ---- Simplified Chinese, split
rec(V, "zh", [RI], ["gating"],
    "夏女士，手指画颜料收到了吧？如果小朋友玩得喜欢，欢迎去商品页说两句。要是哪里不满意，请先来这里找我们，先别急着写。",
    "Ask and diversion of unhappy buyers in separate sentences (policy.md C3).", style="split")
rec(V, "zh", [MKT, RI], ["discount", "incentive"],
    "苗阿姨，串珠套装的图纸我们刚改了版。您在亚马逊上分享完使用体验后跟阿棠说一声。之后您再买我们家任何东西，都给您打八折。",
    "A discount on future orders for sharing an experience (policy.md C1, B; judgement call 5).",
    style="split")
rec(V, "zh", [MKT], ["referral"],
    "任老师，您班上的家长如果也想买马克笔，下单后报您的名字就行。每介绍来一位，您下一单就少付二十块。",
    "A refer-a-friend reward (policy.md B).", style="split")
rec(V, "zh", [OPC], ["phone"],
    "姚先生，画架的安装步骤用文字很难说清楚。您方便的话直接打给Ottoline。号码是415-555-0126，美国时间上午她都在。",
    "The shop's phone number, given after the ask (policy.md D3).", style="split")
rec(V, "zh", [MKT], ["new-product"],
    "白女士，您上次买的素描本我们出了一个新尺寸。A3大开本，纸也更厚，适合画大幅作品。这周已经在店里上架，有空可以看看。",
    "New-product announcement without the word 新品 (policy.md B).", style="split")

# ---- Traditional Chinese
rec(V, "zh", [RI], ["incentive", "rating-request"],
    "潘小姐您好，彩色筆收到了嗎？留下五星好評之後傳訊息告訴我們，就送您一組蠟筆喔！",
    "Free crayons for a five-star review (policy.md C1, C2).", style="plain", region="tw")
rec(V, "zh", [OPC], ["messaging-app"],
    "戴先生，畫架零件的問題用 LINE 聊比較快，拜託加一下我們的官方帳號 @wobblebrushtw，拍照傳過來就好。",
    "A LINE account for support (policy.md D4).", style="plain", region="tw")
rec(V, "zh", [MKT], ["coupon", "discount"],
    "譚太你好，多謝幫襯！下次買泥膠喺付款頁輸入 EASEL25 就有七五折，呢個月內都用得㗎。",
    "A code for 25% off the next purchase (policy.md B).", style="plain", region="hk")
rec(V, "zh", [RI], ["change-review"],
    "邱媽媽，缺少的串珠已經補寄出貨了。之前您在商品頁留下的那段文字，方便的話可以改成現在的狀況嗎？",
    "Asks to rewrite the posted review after a resend (policy.md C4).", style="careful",
    region="tw")
rec(V, "zh", [MKT], ["restock"],
    "潘小姐，上次賣到缺貨的大罐手指膏終於又進貨了，這批數量不多，想要的話要快喔。",
    "Unprompted restock notice with urgency (policy.md B; judgement call 12).",
    style="careful", region="tw")
rec(V, "zh", [OPC], ["phone"],
    "韋生，畫架螺絲嘅問題喺度打字講唔清楚，你直接打去 07700 900853 搵 Ottoline 傾啦，佢今晚都喺度。",
    "A phone number to move the case off Amazon (policy.md D3).", style="careful",
    region="hk")
rec(V, "zh", [MKT, OPC], ["parents-group", "new-product", "messaging-app"],
    "容小姐，我哋喺 Signal 開咗個家長群組，每週分享親子手作，新款材料包都會喺群入面最先公佈，想入嘅話話我知。",
    "A chat-app parents' group that previews new kits (policy.md B, D4; judgement call 9).",
    style="careful", region="hk")
rec(V, "zh", [RI], ["steering"],
    "戴先生，寫使用心得的時候，拜託提一下罩衣防水、洗一洗就乾淨，這兩點對其他家長最有參考價值。",
    "Tells the buyer which points to put in the review (policy.md C7).", style="careful",
    region="tw")
rec(V, "zh", [RI], ["gating"],
    "譚太，個女鍾意串珠嘅話，得閒可以上亞馬遜講兩句。如果有咩唔妥，就唔好急住寫，先嚟搵我哋。",
    "Review only if happy; unhappy buyers to the seller first (policy.md C3).", style="split",
    region="hk")
rec(V, "zh", [MKT, OPC], ["cross-sell", "discount", "url", "diversion"],
    "邱媽媽，您買的手指膏在我們自己的網站也有賣。那邊全館滿一千免運費，還有配套的畫畫罩衣。網址是 wobblebrushcraft.com。",
    "Own-site link with a shipping offer and a matching product (policy.md B, D1, D6).",
    style="split", region="tw")

# ---- mixed
rec(V, "mixed", [MKT], ["listing-link", "cross-sell"],
    "Hi 白女士，您买的 Chunkstix 蜡笔有配套的三角卷笔刀。Have a look here: amazon.com/dp/B0CW4KR7TZ，两样一起用更顺手。",
    "Links another Amazon listing to cross-sell (policy.md B, D1; judgement call 7).",
    style="split")
rec(V, "mixed", [MKT, OPC], ["giveaway", "social"],
    "Hi 韋生, thanks for ordering the Smockling aprons! 我哋下個月會抽獎送出一個 Tallpine 畫架。Post a photo "
    "of the kids painting on Instagram and tag @wobblebrush.kids to enter.",
    "A giveaway entered through a social post (policy.md B, D4).", style="split", region="hk")

# =====================================================================================
# EVASIONS (30)
# =====================================================================================
rec(E, "en", [RI], ["incentive"],
    "Hi Rosamund, leave a r e v i e w for the Rinseaway markers and a g i f t card will follow "
    "by way of thanks.",
    "Gift card for a review, the key words letter-spaced (policy.md C1; section e, spacing).",
    tech=["spacing"])
rec(E, "en", [OPC], ["messaging-app", "phone"],
    "Desmond, for the missing easel bolts, message Ottoline on Wh" + CY_A + "tsApp at "
    "415-555-0126; it's far quicker than this inbox.",
    "WhatsApp with a Cyrillic a, plus a phone number (policy.md D3, D4; section e, "
    "homoglyphs).", tech=["homoglyph"])
rec(E, "en", [OPC], ["email"],
    "Fenella, please send the photos of the cracked clay tubs to hello at wobblebrushcraft dot "
    "com and Barnaby will take it from there.",
    "E-mail address spelled out with at and dot (policy.md D2; section e).",
    tech=["spelled-email"])
rec(E, "en", [MKT], ["coupon"],
    "Thanks, Cormac! Type D00DLE20 at checkout next time and a fifth comes off your Wobblebrush "
    "basket.",
    "Discount code with zeros for the letter O (policy.md B; section e, leetspeak).",
    tech=["leetspeak"])
rec(E, "en", [MKT, OPC], ["follow", "social"],
    "Henrietta, come and see what other families have made with the bead kits: we're "
    "@wobblebrush.kids on Insta" + ZW + "gram, and there's a fresh project every week.",
    "Follow invitation with a zero-width space inside the app name (policy.md B, D4; "
    "section e).", tech=["zero-width"])
rec(E, "en", [OPC], ["phone"],
    "Lucinda, Ottoline would rather talk it through with you. Her number is four one five, five "
    "five five, oh one eight three, and afternoons are best.",
    "Phone number in words (policy.md D3; section e, spelled-out numbers).",
    tech=["number-words"])
rec(E, "en", [RI], ["rating-request", "gating"],
    "Bram, if the Smockling apron has earned its keep, a " + STAR * 5 + " on the product page "
    "would make our week.",
    "Five emoji stars, asked only if the apron pleased (policy.md C2, C3, E; judgement call "
    "13).", tech=["emoji"])
rec(E, "en", [RI], ["change-review"],
    "Mr. Villanueva, the new easel tray left our warehouse this morning. Now that it's sorted, "
    "could you please e.d.i.t the r-e-v-i-e-w you posted?",
    "Review edit request with dotted and hyphenated words (policy.md C4; section e).",
    tech=["separator"])
rec(E, "en", [OPC], ["messaging-app"],
    "Ms. Ferreira, you'll find us on the paper-plane app: the name is wobblebrush, then "
    "underscore, then help.",
    "Telegram by its icon, the handle in pieces (policy.md D4; section e).",
    tech=["nickname", "split-handle"])
rec(E, "en", [MKT], ["sale"],
    "Wilhelmina, this weekend only, every Chunkstix box in our storefront is "
    + fw("HALF PRICE") + ".",
    "Sale announced in full-width letters (policy.md B; section e, full-width).",
    tech=["fullwidth"])
rec(E, "en", [MKT, RI], ["discount", "incentive"],
    "Rosamund, post a r3view of the Dabbleprint paints and your next pot is on us, or take 30% "
    "off if you'd rather choose something else.",
    "Free product or a discount for a review, review in leetspeak (policy.md C1, B; "
    "judgement call 5).", tech=["leetspeak"])
rec(E, "en", [OPC], ["url", "diversion"],
    "Desmond, our own shop has the spare easel legs in stock right now: "
    "w-o-b-b-l-e-b-r-u-s-h-c-r-a-f-t dot com.",
    "Own-site address hyphenated letter by letter (policy.md D1, D6; section e).",
    tech=["separator"])
rec(E, "en", [RI], ["gating"],
    "Fenella, glad the beads arrived safely. If the kit was a hit, please say so in a re" + ZW
    + "view; if not, message us here before you write anything.",
    "Gating with a zero-width space in review (policy.md C3; section e).",
    tech=["zero-width"])
rec(E, "en", [OPC], ["email"],
    "Cormac, the quickest way to reach Barnaby is " + fw("orders@wobblebrushcraft.com")
    + ", not this thread.",
    "E-mail address in full-width characters (policy.md D2; section e, full-width).",
    tech=["fullwidth"])

rec(E, "zh", [RI], ["incentive", "rating-request"],
    "白女士，给个好/评就返/现10元，截图发给阿棠就可以。",
    "好评返现 broken by slashes (policy.md C1, C2; section e, separators).",
    tech=["separator"])
rec(E, "zh", [OPC], ["messaging-app", "diversion"],
    "任老师，批量订购的事加我们薇信 wobblebrush_cn 细聊，报价单也在那边发您。",
    "WeChat written with the homophone 薇信 (policy.md D4, D6; section e, homophones).",
    tech=["homophone"])
rec(E, "zh", [RI], ["incentive", "rating-request"],
    "姚先生，写个haoping就有fanxian，金额按字数算，写得越长返得越多。",
    "好评 and 返现 in pinyin (policy.md C1, C2; section e, pinyin).", tech=["pinyin"])
rec(E, "zh", [OPC], ["phone"],
    "苗阿姨，颜料洒了的事您直接打给阿棠吧，号码是四一五五五五零一二六，白天都能接。",
    "Phone number in Chinese numerals (policy.md D3; section e).", tech=["cn-numerals"])
rec(E, "zh", [OPC], ["messaging-app"],
    "秋秋妈妈，加一下我们的绿泡泡，号是 wobblebrush 后面加下划线和 cn，进来后发照片更方便。",
    "WeChat by nickname, the ID in pieces (policy.md D4; section e).",
    tech=["nickname", "split-handle"])
rec(E, "zh", [MKT], ["coupon"],
    "夏女士，下次买彩泥时输入 C L A Y 1 0，整单立减一成。",
    "Discount code with spaces between the characters (policy.md B; section e, spacing).",
    tech=["spacing"])
rec(E, "zh", [RI], ["rating-request", "change-review"],
    "姚先生，新画架已经寄出了，麻烦把之前那条删平一下，或者改成好坪也行。",
    "删评 and 好评 written with homophones (policy.md C2, C4; section e, homophones).",
    tech=["homophone"])
rec(E, "zh", [MKT, OPC], ["follow", "new-product", "social"],
    "白女士，我们的抖" + ZW + "音号“Wobblebrush玩色”每周上" + ZW + "新，关注一下就能第一时间看到新手工包。",
    "Douyin account and 上新 split by zero-width spaces (policy.md B, D4; section e).",
    tech=["zero-width"])
rec(E, "zh", [RI], ["rating-request", "gating"],
    "苗阿姨，串珠好玩的话，给我们点个" + STAR * 5 + "呀～",
    "Emoji stars, asked only if the kit pleased (policy.md C2, C3, E).", tech=["emoji"])

rec(E, "zh", [OPC], ["messaging-app"],
    "潘小姐，加我們的賴 @wobblebrushtw，之後傳訊息比較快喔。",
    "LINE as the homophone 賴 with the account id (policy.md D4; section e).",
    tech=["homophone"], region="tw")
rec(E, "zh", [RI], ["incentive", "rating-request"],
    "譚太，留個好 評 返 現，截圖發返俾我哋，每單返二十蚊。",
    "好評返現 with spaces between the characters (policy.md C1, C2; section e, spacing).",
    tech=["spacing"], region="hk")
rec(E, "zh", [OPC], ["email"],
    "戴先生，照片請寄到 wobblebrush dot art at gmail dot com，我們兩個工作天內回覆。",
    "Free-mail address spelled out (policy.md D2; section e).", tech=["spelled-email"],
    region="tw")
rec(E, "zh", [OPC], ["phone"],
    "容小姐，你打去零七七零零九零零二一九搵 Barnaby 啦，佢會跟進嘅。",
    "UK phone number in Chinese numerals (policy.md D3; section e).", tech=["cn-numerals"],
    region="hk")
rec(E, "zh", [MKT], ["coupon"],
    "邱媽媽，結帳時輸入 EASEL25 就有 youhui 喔，全館都適用。",
    "Discount code, 優惠 in pinyin (policy.md B; section e, pinyin).", tech=["pinyin"],
    region="tw")

rec(E, "mixed", [MKT, OPC], ["parents-group", "new-product", "messaging-app"],
    "Hi 夏女士, our Wobblebrush parents' group lives on the green app. 搜索 w" + CY_O
    + "bblebrush_cn 就能加进来，新款手工包都先在群里发。",
    "WeChat group by nickname, the ID with a Cyrillic o (policy.md B, D4; section e).",
    tech=["homoglyph", "nickname"])
rec(E, "mixed", [OPC], ["phone"],
    "Bram 你好，the UK line is easier than typing here，直接打 Ottoline 的号码 oh seven seven oh oh, "
    "nine oh oh, eight five three，她下午都在。",
    "UK phone number in English words inside a Chinese sentence (policy.md D3; section e).",
    tech=["number-words"])

# =====================================================================================
# NEAR-MISSES (50): compliant, but a keyword list would flag them
# =====================================================================================
rec(N, "en", [], [],
    "Hi Rosamund, your Rinseaway markers were delivered on Tuesday (order 114-8821607-3350914). "
    "If you have a minute, you're welcome to describe how they worked for you in a review on "
    "Amazon, whatever your experience was.",
    "One neutral review request with the order id (policy.md C near-misses; interface.md; "
    "judgement call 2).", trap="neutral-request")
rec(N, "en", [], [],
    "Desmond, order 111-4093578-6612085 reached you last week. Other parents like to read how an "
    "easel copes in a real home, so if you'd like to write a review, good or bad, it helps them "
    "choose.",
    "Neutral request naming both outcomes (policy.md C near-misses; judgement call 2).",
    trap="neutral-request")
rec(N, "en", [], [],
    "Fenella, thank you for the kind offer, but we can't give anything in exchange for a review, "
    "and we wouldn't want to. The extra bead pack you noticed is a spare we put in every kit, "
    "not a reward.",
    "Refuses a review-for-reward idea (policy.md C1, refusal).", trap="refusal")
rec(N, "en", [], [],
    "Cormac, we're not able to move this conversation to text messages or a personal phone "
    "number. Amazon asks us to keep everything in this thread, and it's also the easiest way for "
    "us to track your easel claim.",
    "Declines to leave Amazon messaging (policy.md D near-misses; D3).", trap="refusal")
rec(N, "en", [], [],
    "Henrietta, you wrote: \"My daughter gave these paints five stars before the lids were even "
    "off!\" That made the whole packing room smile. The two lighter shades you asked about are "
    "Lemon Drop and Sky, and both wash out of cotton.",
    "Quotes the buyer's praise without asking for anything (policy.md C near-misses; "
    "judgement call 10).", trap="quoted-buyer")
rec(N, "en", [], [],
    "Lucinda, you asked whether the 'Wobblebrush WhatsApp group' mentioned on a parenting forum "
    "is ours. It isn't: we don't run any chat groups, and we'll only ever talk to you here "
    "through Amazon.",
    "Repeats the buyer's words to deny an off-Amazon channel (policy.md D near-misses).",
    trap="quoted-buyer")
rec(N, "en", [], [],
    "Bram, to send the torn apron back, open Your Orders on Amazon, choose the order and pick "
    "the option to return or replace it; Amazon will provide a prepaid label.",
    "Points to Amazon's own returns flow (policy.md D near-misses).", trap="amazon-page")
rec(N, "en", [], [],
    "Mr. Villanueva, the Subscribe & Save option you spotted on the sketchbook listing is "
    "Amazon's own programme. Its discount and delivery schedule are set by Amazon, and you can "
    "pause it from your Amazon account.",
    "Explains an Amazon programme the buyer asked about (policy.md B near-misses; judgement "
    "call 14).", trap="amazon-page")
rec(N, "en", [], [],
    "Ms. Ferreira, the digits you quoted, 112-9471053-5550183, are your Amazon order number "
    "rather than a phone line. The parcel itself is TBA593027184461 and is out with the driver "
    "today.",
    "Order id with a 555-01xx block and a tracking number, no contact details (policy.md D "
    "near-misses).", trap="lookalike-number")
rec(N, "en", [], [],
    "Wilhelmina, the code printed on the marker cap, C-0417, is the colour number for Tangerine, "
    "so the replacement cap we're sending with C-0417 on it will match. There's no need to post "
    "the whole pen back.",
    "A colour code, not a discount code (policy.md D near-misses).", trap="lookalike-number")
rec(N, "en", [], [],
    "Cormac, the Beadlebug beads are small enough to be a choking hazard, which is why the box "
    "says ages 5 and up; please keep the loose ones away from your toddler. The cord is "
    "lead-free and the tray has a snap lid.",
    "Safety advice; lead-free is a product fact (policy.md B near-misses; judgement call 10).",
    trap="safety")
rec(N, "en", [], [],
    "Henrietta, the Dabbleprint finger paints are non-toxic and rated for ages 2 and up, but "
    "they aren't food, so a quick hand wipe before snack time is wise. For the youngest, the "
    "small pots with twist-lock caps are easiest to supervise.",
    "Age grading and non-toxic advice, no rating request (policy.md C near-misses; judgement "
    "call 10).", trap="safety")
rec(N, "en", [], [],
    "Lucinda, to answer your question: the Tallpine easel has a chalkboard on one side and a "
    "whiteboard on the other, and the Rinseaway markers wipe off the whiteboard with a damp "
    "cloth. The star-shaped knobs at the back set the height.",
    "Answers a product question; star is a shape (policy.md C near-misses).", trap="answer")
rec(N, "en", [], [],
    "Bram, the easel hinges carry a two-year warranty from us. If one cracks, send a photo in "
    "this thread and we'll ship a replacement hinge set; you won't need to return the easel.",
    "Warranty handled inside Amazon messaging (policy.md A; D3).", trap="warranty")
rec(N, "en", [], [],
    "Mr. Villanueva, on order 113-5550126-4410378 you paid $24.99 for the crayon set. The lower "
    "price showing now began after your purchase, and we can't adjust orders that have already "
    "shipped.",
    "Explains the price paid; the order id hides a 555-01xx block (policy.md B near-misses).",
    trap="price-paid")
rec(N, "en", [], [],
    "Rosamund, I'm sorry two of the clay tubs arrived dried out. A replacement pair is already "
    "packed at no cost to you, and there's no need to send the old ones back.",
    "A remedy, not a promotion (policy.md B near-misses).", trap="remedy")
rec(N, "en", [], [],
    "Fenella, we've refunded the bent easel tray in full (order 205-7182946-3306617), and the "
    "money should reach your card within a few days. Please keep the tray.",
    "A refund with no link to a review (policy.md C near-misses).", trap="remedy")
rec(N, "en", [], [],
    "Desmond, we're glad the missing easel clamp turned up and everything works now. If you feel "
    "the problem has been resolved, you're able to revise or take down the seller feedback you "
    "left, entirely as you choose.",
    "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).",
    trap="feedback-notice")
rec(N, "en", [], [],
    "Lucinda, thank you for letting us know you'd written a review; it was lovely to hear the "
    "sketchbooks survived a camping trip. The spiral binding you asked about is metal, so it "
    "won't snap in the cold.",
    "Thanks for a review the buyer mentioned, in a reply (policy.md C near-misses).",
    trap="review-thanks")
rec(N, "en", [], [],
    "Wilhelmina, as you asked, the second easel order you placed by mistake has been cancelled "
    "before it left the warehouse. The first one is with USPS, tracking 9400 1093 4472 6615 0382 "
    "19, and due on Thursday.",
    "Cancellation done at the buyer's request (policy.md A near-misses).",
    trap="logistics-word")
rec(N, "en", [], [],
    "Cormac, the easel is travelling with UPS under 1Z6V94E80317725408. Their website shows it "
    "at your local depot, and drivers there usually arrive before noon.",
    "Names the carrier's site for tracking, no link (policy.md D near-misses; D1; judgement "
    "call 10).", trap="carrier-site")
rec(N, "en", [], [],
    "Henrietta, the 'free draw' pages at the back of the Scribblecove sketchbook are left blank "
    "on purpose, and the star chart sticker sheet is for marking finished pictures.",
    "Product words free and star (policy.md B near-misses).", trap="product-word")
rec(N, "en", [], [],
    "Bram, there's no need to leave a review or rating for the exchange to go through; the "
    "larger apron is already on its way to you.",
    "Says a review is not needed (policy.md C near-misses).", trap="negation")

rec(N, "zh", [], [],
    "夏女士您好，订单113-7640291-5098346的素描本已于周二签收。如果方便，欢迎到亚马逊商品页写下真实的评价，好坏都可以。",
    "One neutral review request with the order id (policy.md C near-misses; judgement call 2).",
    trap="neutral-request")
rec(N, "zh", [], [],
    "姚先生，谢谢您的好意，不过我们不能用返现或者赠品换评价，亚马逊也明确不允许。缺的画架螺丝已经补寄了。",
    "Refuses cash back or gifts for a review (policy.md C1, refusal).", trap="refusal")
rec(N, "zh", [], [],
    "苗阿姨，您说“孩子在画架上画了满满五颗星”，我们看了都笑了。画架上的粉笔印用湿布一擦就掉，不会留痕迹。",
    "Quotes the buyer; the stars are a drawing (policy.md C near-misses).", trap="quoted-buyer")
rec(N, "zh", [], [],
    "任老师，学校采购可以用亚马逊企业购账户下单，价格和发票都由亚马逊系统显示，付款也在亚马逊完成，我们这边不另外收款。",
    "Amazon Business, paid on Amazon (policy.md D near-misses).", trap="amazon-page")
rec(N, "zh", [], [],
    "秋秋妈妈，串珠里有小颗粒，三岁以下的孩子容易误吞，所以包装上标注五岁以上。颜料是无毒的水性配方，盒里免费附带的防滑垫也可以放心给孩子用。",
    "Choking and age advice; 免费附带 describes the box contents (policy.md B near-misses).",
    trap="safety")
rec(N, "zh", [], [],
    "白女士，彩泥通过了欧盟玩具安全检测，不过毕竟不是食物，玩完记得洗手。盒盖上的星号是提醒家长看护的标志，并不是评分。",
    "Safety marking, not a rating (policy.md C near-misses).", trap="safety")
rec(N, "zh", [], [],
    "任老师，想参考其他老师的意见的话，可以在商品页下方搜索评论里的关键词“罩衣”，筛出相关的使用体验。",
    "搜索评论 contains 索评 (policy.md section 0 point 4; C near-misses).", trap="substring")
rec(N, "zh", [], [],
    "夏女士，已按您的要求修改了收货地址，原来那张面单也删除了，包裹从今天起按新地址派送。",
    "修改 and 删除 in an address correction (policy.md A near-misses; C near-misses).",
    trap="logistics-word")
rec(N, "zh", [], [],
    "苗阿姨，您的包裹由顺丰承运，运单号SF1487260359148，在顺丰官网输入运单号就能看到每一站的记录。",
    "Carrier's own site for tracking (policy.md D near-misses; judgement call 10).",
    trap="carrier-site")
rec(N, "zh", [], [],
    "秋秋妈妈，破掉的颜料罐我们已经免费补发了一盒，原来那盒不用寄回，直接扔掉就行。",
    "Free resend as a remedy (policy.md B near-misses).", trap="remedy")
rec(N, "zh", [], [],
    "任老师，画架的金属铰链保修两年，期间如果断裂，您在这条消息里发张照片，我们就寄新的配件。",
    "Warranty handled in the thread (policy.md A; D3).", trap="warranty")
rec(N, "zh", [], [],
    "白女士，您下单时的价格是129元，现在页面上显示的价格是亚马逊的限时调价，已经发货的订单没办法补差价，请您理解。",
    "Explains the price paid (policy.md B near-misses).", trap="price-paid")
rec(N, "zh", [], [],
    "姚先生，蜡笔可以直接在画架的白板面上画，只是擦起来比马克笔费劲，用湿纸巾效果最好。蜡笔做成三角形，小手握着不容易滚，就算折断了也能接着画。",
    "Answers a product question; 折断 is not a discount (policy.md B near-misses).",
    trap="answer")
rec(N, "zh", [], [],
    "夏女士，罩衣尺码的问题已经处理好，谢谢您耐心等待。要是您觉得这件事已经妥善解决，之前给店铺的卖家反馈改不改，完全由您自己决定。",
    "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).",
    trap="feedback-notice")
rec(N, "zh", [], [],
    "苗阿姨，谢谢您告诉我们已经写了评价，孩子喜欢手指画颜料我们就放心了。您问的罩衣可以机洗，建议用冷水。",
    "Thanks for a review the buyer mentioned (policy.md C near-misses).", trap="review-thanks")
rec(N, "zh", [], [],
    "任老师，每套串珠出库前仓库同事都会逐袋评估重量，缺珠的情况很少见，这次少的那一袋已经补寄。",
    "评估 is a warehouse check, not a review (policy.md section 0 point 4).",
    trap="review-word")
rec(N, "zh", [], [],
    "白女士，您看到的114-5902148-8167320是订单号，不是客服电话；包裹的追踪号是TBA106839254772，明天送到。",
    "Order id and tracking number, not a phone (policy.md D near-misses).",
    trap="lookalike-number")

rec(N, "zh", [], [],
    "潘小姐您好，訂單111-0286734-4429851的黏土已經送達。如果願意的話，歡迎到亞馬遜商品頁分享真實的評價，好壞都很有參考價值喔。",
    "One neutral review request with the order id (policy.md C near-misses; judgement call 2).",
    trap="neutral-request", region="tw")
rec(N, "zh", [], [],
    "譚太，多謝你嘅好意，不過我哋唔可以用 WhatsApp 同你傾，所有嘢都要喺亞馬遜訊息入面處理。",
    "Refuses to move to WhatsApp (policy.md D near-misses).", trap="refusal", region="hk")
rec(N, "zh", [], [],
    "戴先生，已經依照您的要求取消重複下的那筆訂單，另一筆畫架會照原本的時間出貨。",
    "Cancels a duplicate order at the buyer's request (policy.md A near-misses).",
    trap="logistics-word", region="tw")
rec(N, "zh", [], [],
    "容小姐，寄到嘅畫畫圍裙爛咗，我哋已經免費補寄一條新嘅，舊嗰條唔使寄返。",
    "Free resend as a remedy (policy.md B near-misses).", trap="remedy", region="hk")
rec(N, "zh", [], [],
    "邱媽媽，畫架的鉸鏈有兩年保固，之後如果斷裂，在這裡傳訊息附上照片，我們就寄新的零件給您。",
    "Warranty handled in the thread (policy.md A; D3).", trap="warranty", region="tw")
rec(N, "zh", [], [],
    "韋生，串珠入面有細粒，三歲以下嘅小朋友有機會誤吞，所以盒面寫明五歲以上。盒角嗰粒紅色星仔唔係評分，係年齡警告標誌。",
    "Choking warning; the star is a warning mark (policy.md C near-misses).", trap="safety",
    region="hk")
rec(N, "zh", [], [],
    "潘小姐，您說「其他賣場都有在送折價券」，我們這邊沒有辦任何折價券活動，亞馬遜頁面上的價格就是目前的售價。",
    "Quotes the buyer about coupons and offers none (policy.md B near-misses).",
    trap="quoted-buyer", region="tw")
rec(N, "zh", [], [],
    "譚太，你落單嗰陣俾咗 24.99 美元，而家頁面顯示嘅價格係亞馬遜嘅限時調整，已經出咗貨嘅訂單冇得補差價。",
    "Explains the price paid (policy.md B near-misses).", trap="price-paid", region="hk")
rec(N, "zh", [], [],
    "戴先生，退貨請直接在亞馬遜的「我的訂單」選擇退回商品，系統會產生退貨標籤，不需要另外聯絡我們喔。",
    "Points to Amazon's own returns flow (policy.md D near-misses).", trap="amazon-page",
    region="tw")

rec(N, "mixed", [], [],
    "Hi 白女士，your parcel is with Royal Mail，追踪号 QJ582039164GB，预计周四送到。You can also follow it on "
    "the Royal Mail website with that number.",
    "Carrier name and site for tracking (policy.md D near-misses; judgement call 10).",
    trap="carrier-site")

# =====================================================================================
# CLEAN (30): permitted messages with no trigger word
# =====================================================================================
rec(C, "en", [], [],
    "Hi Rosamund, a storm has shut the sorting hub near us, so your finger paints will leave our "
    "warehouse two days later than planned. We now expect them with you by Monday, and we're "
    "sorry for the wait.",
    "A delay notice (policy.md A near-misses).")
rec(C, "en", [], [],
    "Desmond, the Tallpine easel travels as a large flat box and the courier needs someone at "
    "home to sign for it. Which weekday morning next week suits you best?",
    "Scheduling a bulky delivery (policy.md A).")
rec(C, "en", [], [],
    "Fenella, you asked us to stitch the name Poppy on the Smockling apron. Please check the "
    "spelling and tell us whether you'd like blue or yellow thread before we begin.",
    "Verifying a custom design (policy.md A).")
rec(C, "en", [], [],
    "Cormac, the address on the order is missing a flat number, and the driver won't be able to "
    "leave the parcel without it. Could you send the full address here?",
    "Information needed to deliver the order (policy.md A).")
rec(C, "en", [], [],
    "Henrietta, to answer your question about the clay: an opened tub stays soft for about a "
    "week if you press the lid down firmly, and a few drops of water bring back a tub that has "
    "gone stiff.",
    "Answers a product question (policy.md A).")
rec(C, "en", [], [],
    "Lucinda, the wooden beads in the Beadlebug kit are sanded smooth, and the holes are wide "
    "enough for the blunt plastic needle in the box, so your son can thread them by himself.",
    "Answers a product question (policy.md A).")
rec(C, "en", [], [],
    "Bram, the Rinseaway markers wash out of most fabrics with cold water and ordinary soap. For "
    "the apron cuffs, soak them for ten minutes first.",
    "Answers a product question (policy.md A).")
rec(C, "en", [], [],
    "Mr. Villanueva, the sketchbook paper is 150 gsm, which takes watercolour and poster paint "
    "without buckling much. Pencil and crayon work well on it too.",
    "Answers a product question (policy.md A).")
rec(C, "en", [], [],
    "Ms. Ferreira, the customs form for your parcel to Canada needs a short description of the "
    "goods. We've written children's craft materials, non-toxic paint and paper; tell us if "
    "your school needs anything else listed.",
    "Customs information to complete the order (policy.md A).")
rec(C, "en", [], [],
    "Wilhelmina, the easel height adjusts in three steps, from 90 to 120 cm, so it should suit "
    "your twins now and for a few years yet.",
    "Answers a product question (policy.md A).")
rec(C, "en", [], [],
    "Rosamund, the paper roll for the easel is 45 cm wide and about 15 metres long. It feeds "
    "through the bar at the top and tears off against the metal edge.",
    "Answers a product question (policy.md A).")
rec(C, "en", [], [],
    "Desmond, our packer noticed a dented corner on the crayon box in your order, so she swapped "
    "it for a fresh one before sealing the parcel. It goes out this afternoon.",
    "An unexpected problem fixed before dispatch (policy.md A).")
rec(C, "en", [], [],
    "Fenella, the finger paints dry in about an hour on thick paper. If the kitchen is cold, "
    "give them a little longer before you hang the pictures up.",
    "Answers a product question (policy.md A).")

rec(C, "zh", [], [],
    "夏女士您好，因为暴雨，快递分拣中心暂停作业，您的画架会比原定时间晚两天发出，预计下周一送达，给您添麻烦了。",
    "A delay notice (policy.md A near-misses).")
rec(C, "zh", [], [],
    "姚先生，画架是大件包裹，送货时需要有人签收。请告诉我们下周哪天上午家里有人，我们好跟快递约时间。",
    "Scheduling a bulky delivery (policy.md A).")
rec(C, "zh", [], [],
    "苗阿姨，您要求在罩衣上绣“朵朵”两个字，请确认一下字有没有写错，另外绣线要粉色还是蓝色？确认后我们就开始制作。",
    "Verifying a custom design (policy.md A).")
rec(C, "zh", [], [],
    "任老师，订单上的收货地址少了门牌号，快递员可能送不到。麻烦您在这里把完整地址发给我们。",
    "Information needed to deliver the order (policy.md A).")
rec(C, "zh", [], [],
    "秋秋妈妈，彩泥开封后把盖子压紧，可以保持柔软一周左右；如果变硬了，滴几滴水揉一揉就能恢复。",
    "Answers a product question (policy.md A).")
rec(C, "zh", [], [],
    "白女士，手指画颜料在厚纸上大约一小时就干，天冷的话多晾一会儿再挂起来。",
    "Answers a product question (policy.md A).")
rec(C, "zh", [], [],
    "姚先生，素描本的纸张是150克的，画水彩和水粉都不容易起皱，铅笔和蜡笔上色也很顺。",
    "Answers a product question (policy.md A).")
rec(C, "zh", [], [],
    "苗阿姨，马克笔沾到衣服上，用冷水加肥皂搓一搓基本就能洗掉，袖口的地方可以先泡十分钟。",
    "Answers a product question (policy.md A).")
rec(C, "zh", [], [],
    "任老师，寄往学校的包裹需要填写报关品名，我们写的是“儿童手工材料、纸张和颜料”，如果学校还需要别的说明，请告诉我们。",
    "Customs information to complete the order (policy.md A).")
rec(C, "zh", [], [],
    "秋秋妈妈，画架高度有三档可调，从90厘米到120厘米，两个孩子现在和以后几年都能用。",
    "Answers a product question (policy.md A).")

rec(C, "zh", [], [],
    "潘小姐您好，因為颱風的關係，物流中心暫停作業，您的黏土會晚兩天出貨，預計下週一送到，造成不便很抱歉。",
    "A delay notice (policy.md A near-misses).", region="tw")
rec(C, "zh", [], [],
    "戴先生，您要在罩衣上繡「小安」兩個字，麻煩確認字有沒有寫錯，還有繡線想要粉紅色還是藍色？確認後我們就開始製作喔。",
    "Verifying a custom design (policy.md A).", region="tw")
rec(C, "zh", [], [],
    "邱媽媽，畫架是大型包裹，宅配時需要有人簽收，麻煩告訴我們下週哪天上午家裡有人喔。",
    "Scheduling a bulky delivery (policy.md A).", region="tw")
rec(C, "zh", [], [],
    "譚太，串珠盒入面嗰支塑膠針頭係鈍嘅，小朋友自己穿珠都唔會整親手。",
    "Answers a product question (policy.md A).", region="hk")
rec(C, "zh", [], [],
    "容小姐，泥膠開咗之後記得冚實個蓋，可以軟身七日左右，硬咗就滴幾滴水搓返兩下。",
    "Answers a product question (policy.md A).", region="hk")
rec(C, "zh", [], [],
    "韋生，畫架可以調三個高度，由九十到一百二十厘米，你兩個仔而家同再大幾年都用得㗎。",
    "Answers a product question (policy.md A).", region="hk")

rec(C, "mixed", [], [],
    "Hi 夏女士，the courier will bring the easel on Thursday morning。请确保家里有人签收，because it is a "
    "large box and needs a signature.",
    "Scheduling a bulky delivery, in two languages (policy.md A).")


def records():
    recs = [dict(r) for r in _RECS]
    random.Random(78).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h78-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout78.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(_RECS), path))


if __name__ == "__main__":
    main()
