#!/usr/bin/env python3
"""Builds holdout59.jsonl: 160 hand-labelled seller-to-buyer messages (standard library only).

The seller is invented for this set: Glazemoor Ceramic Supply, a pottery and ceramics
supplies shop (wheels, kilns, glazes, clay, tools). Every sentence was written for this set.
Labels follow /work/shared/policy.md; policy names follow /work/shared/interface.md.

Hard-to-see characters are spelled with the names below (ZW, CY_A, CY_E, fw(), STAR, GLOW,
PRAY) so that the source stays readable; the JSON file stores the characters themselves.

Usage: python3 gen.py      (writes holdout59.jsonl next to this file)
"""
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout59.jsonl")

ZW = "\u200b"            # zero-width space
CY_A = "\u0430"          # Cyrillic small a, looks like Latin a
CY_E = "\u0435"          # Cyrillic small ie, looks like Latin e
STAR = "\u2b50"          # white medium star emoji
GLOW = "\U0001f31f"      # glowing star emoji
PRAY = "\U0001f64f"      # folded hands emoji


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")

R = []


def r(tags, labels, text, note):
    R.append((tags.split(), sorted(labels), text, note))


MK, OFF, REV = "marketing", "off-platform-contact", "review-inducement"

# =====================================================================================
# VIOLATIONS (50)
# -------------------------------------------------------------------- English (22)
r("violation plain coupon", [MK],
  "Hi Ingrid, thanks for picking up the Loamstead stoneware clay. Before you run low, keep "
  "CLAY10 handy: it takes 10% off the next bag you order from us.",
  "A code for money off the next bag is a coupon pushed at the buyer, which is marketing "
  "(policy.md B).")
r("violation careful rating-request", [REV],
  "Hello Bartosz, the W8 wheel should be settled in your studio by now. When you get a moment "
  "to say how it is treating you on its Amazon page, the top mark out of the five would mean "
  "the world to a three-person workshop like ours.",
  "Asks for the highest of five marks without naming stars or reviews; a request for a "
  "top rating (policy.md C2).")
r("violation split phone", [OFF],
  "Cordelia, sorry the kiln controller keeps showing that error. Our bench can talk you "
  "through it far quicker than messages can. Ring Ottoline directly on 413-555-0158 any "
  "weekday afternoon.",
  "Gives a staff number to move the support conversation off Amazon; not a carrier or "
  "manufacturer line (policy.md D3).")
r("violation plain incentive", [REV],
  "Lachlan, post a review of the Quillcut trimming set once you have tried it and we will "
  "send you a spare loop tool at no cost.",
  "A free tool in exchange for posting a review is compensation for a review "
  "(policy.md C1).")
r("violation careful discount url diversion", [MK, OFF],
  "Philomena, for the next round of glaze you can order straight from our own shop at "
  "glazemoorceramics.com, where the same jars come in about a fifth cheaper because there is "
  "no marketplace fee.",
  "Sends the buyer to the seller's own site with a lower figure: an outside URL, diversion "
  "and a price offer (policy.md D1, D6, B).")
r("violation split gating", [REV],
  "Desmond, we hope the K1 test kiln has fired its first load. If the results came out the "
  "way you hoped, the product page is the place to tell people. If anything went wrong, "
  "please come to us here first and hold off posting until we have put it right.",
  "Happy buyers are pointed at the product page and unhappy ones kept away from it; "
  "review gating (policy.md C3).")
r("violation plain new-product cross-sell sale", [MK],
  "Yvette, among our new arrivals is a shelf kit sized for the K3 kiln you bought, and it is "
  "on sale through Sunday if you want to fill the kiln more evenly.",
  "Announces a new product, cross-sells it against the kiln just bought and names a sale "
  "(policy.md B).")
r("violation careful change-review", [REV],
  "Mr. Delacroix, now that the cracked glaze jar has been replaced and the new one arrived "
  "intact, would you consider going back to what you wrote on the listing so it matches how "
  "things ended up?",
  "Asks the buyer to revise what they posted on the listing after the fix; changing a "
  "review is barred even after resolution (policy.md C4).")
r("violation split referral", [MK],
  "Henrietta, glad the clay arrived soft and workable. A thought for your pottery group: "
  "anyone you send our way gets 15% knocked off a first order. You get the same off your "
  "next one for each person who comes.",
  "A bring-a-friend reward on both sides is a referral promotion (policy.md B).")
r("violation plain email", [OFF],
  "Ms. Nakashima, please email the photos of the crazed glaze to studio@glazemoorceramics.com "
  "so Ottoline can look at them properly.",
  "Moves the exchange to the seller's mailbox; e-mail addresses are off-platform contact "
  "(policy.md D2).")
r("violation careful messaging-app phone", [OFF],
  "If it is easier, message Ottoline on Signal at +1 (413) 555-0126 and she will answer from "
  "the studio between firings.",
  "Invites the buyer onto a messaging app at the shop's number; policy.md lists similar apps "
  "and the judgement call covers unlisted ones (policy.md D4).")
r("violation split steering", [REV],
  "Cormac, a small favour if you write about the Fernsmoke glazes. Could you mention the "
  "colour depth and how little they run on vertical walls? Those two details are what other "
  "potters look for.",
  "Tells the buyer what to say in their write-up; influencing review content "
  "(policy.md C7).")
r("violation plain feedback-pressure", [REV],
  "Ingrid, the seller feedback you left last week is pulling our account score down badly. "
  "Could you take it off now that the parcel has turned up?",
  "Presses the buyer to withdraw seller feedback because it hurts the account; pressure, not "
  "the neutral notice (policy.md C5).")
r("violation careful buy-again restock", [MK],
  "Bartosz, the Celadon Drift glaze you picked in spring is back on our shelves after a long "
  "wait, and plenty of our regulars are stocking up for winter firing. It would be a good "
  "moment to top up before it goes again.",
  "A back-in-stock note that urges a repeat purchase; a buy-again push (policy.md B).")
r("violation split follow social", [MK, OFF],
  "Lachlan, thank you for your patience with the delayed wheel. We post glaze tests and "
  "firing schedules every week. Come and find us on Instagram at @glazemoor.pots.",
  "Asks the buyer to follow a social account: a call to action away from Amazon and a "
  "social handle (policy.md B, D4).")
r("violation plain giveaway vip-list", [MK],
  "Philomena, join our VIP potters list and you are automatically entered into the monthly "
  "giveaway for a Rimsure banding wheel.",
  "A members' list with a prize draw is promotional (policy.md B).")
r("violation careful payment incentive", [OFF, REV],
  "Desmond, once your thoughts on the Whirlbrook wheel are up on its Amazon page, send us a "
  "screenshot and twenty dollars will come back to you by bank transfer, outside the "
  "marketplace.",
  "Money for a posted opinion, paid outside Amazon: an incentive and an off-Amazon payment "
  "(policy.md C1, D5).")
r("violation split bundle listing-link", [MK],
  "Yvette, a tip for the next firing season. Buying the glaze trio together instead of one "
  "jar at a time saves you a good chunk. Here is the bundle page: amazon.com/dp/B0FK7GZ3QW.",
  "Promotes a bundle with a listing link; an Amazon link is marketing here, not off-platform "
  "(policy.md B, D1; judgement call 7).")
r("violation plain coupon incentive rating-request", [MK, REV],
  "Cormac, leave a 5-star review for the stoneware clay from order 111-4468025-9137566 and we "
  "will send KILN20, worth 20% off whatever you buy next.",
  "A top rating is asked for and paid with a code for the next order: rating request, "
  "incentive and coupon (policy.md C1, C2, B).")
r("violation careful url", [OFF],
  "Cordelia, to keep the K3 kiln's cover in force, please fill in the short form at "
  "glazemoorceramics.com/register within thirty days of delivery.",
  "Registration on the seller's own site is an outside link (policy.md D1).")
r("violation careful gating", [REV],
  "Mr. Delacroix, it is lovely to hear the trimming set feels like an extension of your "
  "hand. Since you are so pleased with it, would you put those same words on the product "
  "page for other potters?",
  "Invites a write-up only because the buyer praised the tools; asking after praise is "
  "gating (policy.md section 0, C3).")
r("violation split qr diversion", [OFF],
  "Henrietta, every kiln box has a small printed card tucked under the lid. Scan the square "
  "code on it and you reach our own help desk, which is quicker than Amazon messages.",
  "A printed scan code that routes support outside Amazon (policy.md D1, D6).")

# -------------------------------------------------------------------- Simplified (16)
r("violation plain incentive gating", [REV],
  "倪先生您好，拉坯机用得顺手的话，麻烦到商品页写条评价，截图发给阿陶，我们返您二十元现金。",
  "Cash for a written opinion, asked only of buyers happy with the wheel: incentive and gating (policy.md C1, C3).")
r("violation careful messaging-app", [OFF],
  "夏女士，釉料开罐后有沉淀的问题，文字不太好说清楚。您在那个绿色的聊天软件里搜 glazemoor_cn 加我们，"
  "发段视频过来就好。",
  "Steers the buyer to a chat-app account without naming the app; off-platform contact (policy.md D4).")
r("violation split sale new-product", [MK],
  "乔老师您好，这周末店里做一次清仓活动。新到的三款天目釉也在里面，价钱比平时低一截。有空可以进店看看。",
  "A clearance event plus newly arrived glazes, spread over several sentences; still marketing (policy.md B).")
r("violation plain change-review", [REV],
  "滕先生，碎掉的那块棚板已经给您补寄了，订单 111-0627394-5581207。麻烦您把之前的差评删除一下，谢谢。",
  "Asks the buyer to delete a negative review after a resend; change or removal of a review (policy.md C4).")
r("violation careful coupon", [MK],
  "小棠，下次再买陶泥的时候，结账前输入 GLAZE15，会少付一些。",
  "A code for the next purchase, worded without the usual offer words; a coupon (policy.md B).")
r("violation split phone", [OFF],
  "夏女士，电窑控温的事情一两句话讲不清。麻烦您直接打给我们工作室：+1 (413) 555-0126。美国东部时间下午都有人接。",
  "Moves after-sales help to the shop's own number, not a carrier's (policy.md D3).")
r("violation plain rating-request gating", [REV],
  "滕先生，修坯刀收到后如果觉得不错，请给我们打个五星，这对小店非常重要。",
  "Five stars asked for on condition the buyer likes the tools (policy.md C2, C3).")
r("violation careful steering", [REV],
  "乔老师，您若写使用感受，能不能顺带提一句：这款陶泥可塑性强、烧完不变形？这两点对其他陶友最有说服力。",
  "Tells the buyer which qualities to praise; influencing review content (policy.md C7).")
r("violation split follow social", [MK, OFF],
  "小棠您好。我们在小红书上每周发釉色试片和烧成曲线。搜“Glazemoor陶艺”点个关注，就不会错过。",
  "Asks the buyer to follow an outside social account (policy.md B, D4).")
r("violation plain discount url diversion", [MK, OFF],
  "滕先生，以后买釉料可以直接上我们官网 glazemoorceramics.com 下单，比亚马逊便宜一成。",
  "Sends the buyer to the shop's own site for a lower price: URL, diversion and discount (policy.md D1, D6, B).")
r("violation careful feedback-pressure", [REV],
  "夏女士，您上周给店铺留的那条一分反馈，让我们的账户分数掉了不少。包裹既然已经到了，能不能麻烦您把它撤掉？",
  "Asks the buyer to withdraw seller feedback because it hurts the account; pressure, not the neutral notice (policy.md C5).")
r("violation plain vip-list messaging-app", [MK, OFF],
  "倪先生，欢迎加入我们的会员群，群里每月都有专属价，加微信 glazemoor_cn 就能进。",
  "A members' group with its own prices, joined through WeChat: marketing and off-platform contact (policy.md B, D4).")
r("violation split payment", [OFF],
  "乔老师，少发的那卷割泥线实在抱歉。差价我们就不走亚马逊了。麻烦发个支付宝账号过来，我们直接转给您。",
  "Pays a shortfall back outside Amazon through Alipay; off-Amazon payment (policy.md D5).")
r("violation careful cross-sell", [MK],
  "小棠，您买的那台转盘，配我们家的修坯刀一起用最顺手，很多老客都是两样一起入手的，可以考虑一下。",
  "Pushes a second product on the back of the one bought; cross-selling (policy.md B).")
r("violation split gating", [REV],
  "倪先生您好。拉坯机用了一周，还顺手吗？如果一切满意，欢迎到商品页说几句。如果有哪里不对，请先来找阿陶，先别在页面上写。",
  "Satisfied buyers go to the product page, unhappy ones to the seller first: gating (policy.md C3).")
r("violation plain buy-again", [MK],
  "滕先生，陶泥用完了记得回购哦，老客户再下单，我们都会多塞一包海绵进去。",
  "Urges a repeat purchase with an extra item thrown in; marketing (policy.md B).")

# -------------------------------------------------------------------- Traditional (10)
r("violation plain incentive traditional taiwanese", [REV],
  "紀小姐您好，釉藥收到後麻煩幫我們寫個評價，完成後傳訊息截圖過來，就送您一組修坯刀喔。",
  "A set of tools for writing a review; compensation for a review (policy.md C1).")
r("violation careful diversion traditional taiwanese", [OFF],
  "侯先生，電窯的溫控器我們自己的門市也有在賣，下次直接到門市找我們就好，不用再透過平台，還可以現場試用喔。",
  "Sends the next purchase to the shop's own counter, around the platform; diversion (policy.md D6).")
r("violation split coupon sale traditional taiwanese", [MK],
  "戴小姐您好。這個月底我們全館的陶泥都有活動。結帳時輸入 KILN20，還能再少兩成喔。",
  "A store-wide event plus a code at checkout (policy.md B).")
r("violation plain email traditional taiwanese", [OFF],
  "侯先生，拉坯機踏板的問題，麻煩把影片用電子郵件寄到 studio@glazemoorceramics.com，Ottoline 看過再回覆您。",
  "Moves the exchange to e-mail (policy.md D2).")
r("violation careful change-review traditional taiwanese", [REV],
  "紀小姐，缺角的那罐釉藥已經補寄，也順利到貨了。之前您在商品頁寫的那段文字，方便的話能不能改成現在的情況？拜託了。",
  "Asks the buyer to rewrite what they posted on the product page after the fix; changing a review (policy.md C4).")
r("violation split rating-request gating traditional taiwanese", [REV],
  "戴小姐您好，訂單 205-8841736-3017759 的轉盤用起來還順嗎？覺得滿意的話，再上去給個五顆星。如果不滿意，"
  "先傳訊息給我們就好，不用上網寫。",
  "Five stars only if satisfied, others to message the seller instead: rating request and gating (policy.md C2, C3).")
r("violation plain discount cross-sell traditional cantonese", [MK],
  "譚生你好，你買咗拉坯機，我哋嘅修坯刀套裝而家八折，一齊買好抵。",
  "Cross-sells discounted tools against the wheel just bought (policy.md B).")
r("violation careful phone traditional cantonese", [OFF],
  "文太，電窯溫度嘅問題喺度講唔清，你用手機 send 個訊息去 +44 7700 900384，阿陶即刻覆你。",
  "Asks the buyer to message the shop's number; off-platform contact (policy.md D3).")
r("violation split incentive rating-request traditional cantonese", [REV],
  "容小姐，多謝你買我哋嘅釉料。寫好評之後 send 張截圖過嚟。我哋會退返一百蚊俾你。",
  "A refund for a positive review, spread over three sentences (policy.md C1, C2).")
r("violation plain new-product social traditional cantonese", [MK, OFF],
  "譚生，我哋新品柴燒釉上咗架，想睇試片可以去我哋 Facebook 專頁「Glazemoor 陶藝同好」搵。",
  "New-product announcement with a Facebook page (policy.md B, D4).")

# -------------------------------------------------------------------- mixed (2)
r("violation plain coupon restock mixed", [MK],
  "Hi Cormac, 阿陶 here. 你上次问的 Oxblood Hollow 铜红釉 is back in stock, 老客户用 code GLAZE15 "
  "还有 discount。",
  "Back-in-stock notice with a returning-customer code, code-switched (policy.md B).")
r("violation split messaging-app phone traditional cantonese mixed", [OFF],
  "Desmond, 多謝你嘅 order. If you need help firing the kiln, add 我哋 on WhatsApp at "
  "+44 7700 900659. 阿陶會 reply 你。",
  "WhatsApp at the shop's UK number, Cantonese and English mixed (policy.md D3, D4).")

# =====================================================================================
# EVASIONS (30)
# -------------------------------------------------------------------- English (14)
r("evasion messaging-app phone homoglyph", [OFF],
  "Lachlan, for quicker help with the wheel pedal, text us on Wh" + CY_A + "tsApp at "
  "+1 (413) 555-0126.",
  "A Cyrillic letter inside the app name; still a messaging app and a number (policy.md D4, "
  "section e).")
r("evasion rating-request gating homoglyph", [REV],
  "Yvette, if the trimming tools are doing their job, a fiv" + CY_E + "-st" + CY_A + "r r"
  + CY_E + "vi" + CY_E + "w from you would help us a lot.",
  "Look-alike letters hide a five-star request made on condition of satisfaction "
  "(policy.md C2, C3, section e).")
r("evasion coupon leetspeak", [MK],
  "Bartosz, for your next clay order type CL4Y10 at checkout and the total drops by a tenth.",
  "A digit inside the code; still a coupon for the next purchase (policy.md B, section e).")
r("evasion incentive leetspeak", [REV],
  "Henrietta, write a quick r3vi3w of the glaze set and a fr33 sponge kit is on its way to "
  "you.",
  "Leetspeak hides a free item offered for a review (policy.md C1, section e).")
r("evasion messaging-app phone spacing", [OFF],
  "Desmond, the fastest way to reach Ottoline is T e l e g r a m at @glazemoor_help, or a "
  "text to 413 555 0158.",
  "Spaced letters spell the app; the handle and number are the shop's (policy.md D3, D4, "
  "section e).")
r("evasion rating-request spacing", [REV],
  "Cormac, a quick r e v i e w with all five s t a r s would make our week.",
  "Spaced letters hide a five-star request (policy.md C2, section e).")
r("evasion follow social separator", [MK, OFF],
  "Yvette, our glaze tests go up every Friday on I-n-s-t-a-g-r-a-m, handle @glazemoor.pots, "
  "so do follow along.",
  "Hyphens break up the app name; a follow request with a social handle (policy.md B, D4, "
  "section e).")
r("evasion discount sale zero-width", [MK],
  "Ingrid, the whole Fernsmoke glaze range is 25% o" + ZW + "ff until Friday, so it is a "
  "good week to stock the shelf.",
  "A zero-width space inside the offer word; a time-limited price cut (policy.md B, "
  "section e).")
r("evasion incentive zero-width", [REV],
  "Bartosz, once your re" + ZW + "view of the K1 kiln is live, a $15 gi" + ZW + "ft card is "
  "yours.",
  "Zero-width spaces inside review and gift; a gift card for a review (policy.md C1, "
  "section e).")
r("evasion coupon sale fullwidth", [MK],
  "Henrietta, our autumn glaze clearance runs all week: enter " + fw("GLAZE15") +
  " at checkout for a little extra off.",
  "A full-width code inside a clearance notice (policy.md B, section e).")
r("evasion email spelled-email", [OFF],
  "Cordelia, drop the pictures of the warped shelf to glazemoor dot kiln at gmail dot com "
  "and we will look tonight.",
  "A spelled-out mailbox (policy.md D2, section e).")
r("evasion email phone spelled-email number-words", [OFF],
  "Desmond, text Ottoline at four one three, five five five, zero one five eight, or write "
  "to firing at glazemoorceramics dot com.",
  "Number words for the shop's number and a spelled-out address (policy.md D2, D3, "
  "section e).")
r("evasion rating-request gating emoji", [REV],
  "Yvette, if the glazes made you smile, tap " + STAR * 5 + " on the product page for us " +
  PRAY,
  "Star emoji ask for the top rating, conditioned on being pleased (policy.md C2, C3, E).")
r("evasion vip-list messaging-app nickname", [MK, OFF],
  "Mr. Delacroix, we run a little group on the green app for our wheel owners; send your "
  "number and we will add you, and members get their own prices every month.",
  "An app named only by its colour, and a members' group with its own prices "
  "(policy.md B, D4, section e).")

# -------------------------------------------------------------------- Simplified (9)
r("evasion incentive rating-request gating pinyin", [REV],
  "夏女士，拉坯机用着顺手的话，给个haoping吧，写完我们发您一个hongbao。",
  "Pinyin for positive review and red packet: money for a good review, asked of a buyer happy with the wheel (policy.md C1, C2, C3, section e).")
r("evasion discount messaging-app pinyin homophone", [MK, OFF],
  "倪先生，加一下我们的薇信 glazemoor_cn，以后买陶泥都有youhui。",
  "A homophone for WeChat and pinyin for discount: off-platform contact plus an offer (policy.md B, D4, section e).")
r("evasion rating-request gating homophone", [REV],
  "乔老师，釉料要是用着还行，麻烦去商品页给个好苹，满分那种，小店全靠大家撑着。",
  "A homophone of the positive-review word, full marks asked for, on condition the glaze works (policy.md C2, C3, section e).")
r("evasion messaging-app zero-width", [OFF],
  "小棠，加一下我们的微" + ZW + "信 glazemoor_cn，阿陶把施釉的小视频发给您。",
  "A zero-width space inside the WeChat name (policy.md D4, section e).")
r("evasion email fullwidth", [OFF],
  "滕先生，开裂的照片请直接发到 studio" + fw("@glazemoorceramics.com") + "，我们当天回复。",
  "A mailbox written in full-width characters (policy.md D2, section e).")
r("evasion phone cn-numerals", [OFF],
  "夏女士，电窑有异响的话直接找阿陶：四一三五五五零一二六，下午都在。",
  "The shop's number written in Chinese numerals (policy.md D3, section e).")
r("evasion incentive rating-request gating separator", [REV],
  "倪先生，修坯刀用得好的话，写个好*评附上图，我们返*现十五块。",
  "Positive review and cash back broken up with asterisks, offered if the tools work well (policy.md C1, C2, C3, section e).")
r("evasion messaging-app nickname split-handle", [OFF],
  "乔老师，以后有问题直接在绿泡泡上找我们，号是 glazemoor 后面加下划线和 cn。",
  "WeChat named by a nickname and the ID given in pieces (policy.md D4, section e).")
r("evasion giveaway follow social spacing", [MK, OFF],
  "小棠，关注一下我们的 小 红 书 “Glazemoor陶艺”，每个月都有 抽 奖 送 釉 料。",
  "Spaces between the characters of the app name and of the prize draw (policy.md B, D4, section e).")

# -------------------------------------------------------------------- Traditional (5)
r("evasion messaging-app homophone traditional taiwanese", [OFF],
  "侯先生，之後電窯有任何狀況，直接加我們的賴 @glazemoortw，回覆會比較快喔。",
  "A Taiwanese homophone for LINE followed by the handle (policy.md D4, section e).")
r("evasion phone cn-numerals traditional cantonese", [OFF],
  "譚生，部拉坯機有咩問題，直接打俾阿陶：零七七零零 九零零六五九。",
  "The shop's UK number in Chinese numerals (policy.md D3, section e).")
r("evasion incentive rating-request gating emoji traditional taiwanese", [REV],
  "紀小姐，拉坯機用得開心的話，上去點個 " + GLOW * 5 + " 好不好？寫完傳訊息給我們，送您一包陶泥喔。",
  "Star emoji stand for five stars, asked only if happy, with clay as a thank-you (policy.md C1, C2, C3, E).")
r("evasion follow social split-handle traditional cantonese", [MK, OFF],
  "容小姐，想睇多啲燒窯片，可以上 IG 搵我哋：glazemoor，後面加一點，再加 pots。",
  "A social handle spelled out in pieces with a follow request (policy.md B, D4, section e).")
r("evasion payment incentive rating-request zero-width traditional taiwanese", [OFF, REV],
  "戴小姐，留個好" + ZW + "評給我們，運費就全數退給您，直接轉帳到您的銀行帳戶喔。",
  "A zero-width space inside the positive-review word; shipping refunded by bank transfer for it (policy.md C1, C2, D5, section e).")

# -------------------------------------------------------------------- mixed (2)
r("evasion follow social fullwidth mixed", [MK, OFF],
  "Hi Bartosz，阿陶 here。Follow 我们的 " + fw("instagram") + " " + fw("@") +
  "glazemoor.pots，每周都有新釉色 preview。",
  "Full-width app name and at sign in a follow request (policy.md B, D4, section e).")
r("evasion phone number-words mixed", [OFF],
  "Ms. Nakashima，关于电窑 kiln 温度的问题，please text 我们 at four four seven seven zero "
  "zero nine zero zero three eight four。",
  "The shop's UK number in English number words inside Chinese text (policy.md D3, "
  "section e).")

# =====================================================================================
# NEAR-MISSES (50)
# -------------------------------------------------------------------- English (23)
r("near-miss remedy", [],
  "Ingrid, the glaze jar that arrived cracked has been replaced at no charge; the new one "
  "ships today under order 113-2741908-5563210. There is nothing to send back.",
  "A replacement for damage is a remedy, not a promotion (policy.md B near-misses).")
r("near-miss remedy", [],
  "Bartosz, a full refund is on its way to you for the kiln shelf that broke in transit. You "
  "do not need to return the pieces; please just dispose of them safely.",
  "A refund for a broken item with no link to a review (policy.md C near-misses).")
r("near-miss neutral-request", [],
  "Hello Cordelia, a note about order 112-8036417-2954801 for the Loamstead clay. If you "
  "would like to, you can tell other buyers what you made of it in a review on Amazon; every "
  "honest account helps, whichever way it leans.",
  "One neutral invitation with no rating, reward or condition (interface.md; policy.md C "
  "near-misses).")
r("near-miss neutral-request", [],
  "Lachlan, regarding order 114-5190263-7708342: once you have thrown a few pots on the W8, "
  "we would be glad to read your review on Amazon, whatever your verdict turns out to be.",
  "A single neutral review request open to any verdict (interface.md; policy.md C "
  "near-misses).")
r("near-miss lookalike-number", [],
  "Philomena, as you asked, order 112-5550126-4408931 left our studio this morning and the "
  "carrier expects to deliver it on Thursday.",
  "The order id carries a 555-01 block that a phone rule could misread (policy.md D "
  "near-misses).")
r("near-miss lookalike-number", [],
  "Desmond, the kiln travels by UPS freight under tracking 1Z6V83E20417739521; their driver "
  "will phone you before the delivery day.",
  "A carrier tracking number and the carrier's own contact, not a seller number (policy.md D "
  "near-misses).")
r("near-miss negation", [],
  "Yvette, to be clear, we cannot offer anything in return for a review, and we would never "
  "ask you to alter what you wrote. The chipped lid is being replaced either way.",
  "Review words appear only in a refusal; the remedy is unconditional (policy.md C "
  "near-misses).")
r("near-miss amazon-page", [],
  "Mr. Delacroix, you can start the return for the unopened clay from Your Orders on Amazon; "
  "choose the reason that fits and the label is made for you.",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
r("near-miss answer", [],
  "Henrietta, you asked about the coupon on the listing: that one is Amazon's own clip-on "
  "coupon and it applies at checkout if you tick the box. We do not have any separate code.",
  "Explains an Amazon promotion the buyer asked about; at most a warning (policy.md B "
  "near-misses; judgement call 9).")
r("near-miss refusal", [],
  "Cormac, thank you for offering, but we cannot take PayPal or any payment outside Amazon, "
  "so please order the second bag through the listing as usual.",
  "Declines an off-Amazon payment (policy.md D5 near-misses).")
r("near-miss feedback-notice", [],
  "Ingrid, we are glad the new kiln element solved the problem. If you feel we have dealt "
  "with your concerns, you may revise or withdraw the seller feedback you left earlier; it is "
  "entirely your choice.",
  "The neutral seller-feedback notice after resolution, no pressure (policy.md C5; "
  "judgement call 4).")
r("near-miss product-word", [],
  "Bartosz, yes, the Rimsure banding wheel is free-spinning on a sealed bearing and the top "
  "lifts off for cleaning; nothing else is needed to mount it.",
  "Free describes the product, not an offer (policy.md B near-misses).")
r("near-miss product-word", [],
  "Cordelia, the Celadon Drift glaze is lead-free and rated food-safe at cone 6 when it is "
  "fired on a clay body that matures there.",
  "Lead-free and rated are product facts (policy.md B, C near-misses).")
r("near-miss quoted-buyer", [],
  "Cormac, you wrote 'I will give five stars if you send another bag free.' We cannot trade "
  "anything for stars, but the torn clay bag is being replaced because it reached you "
  "damaged.",
  "Quotes the buyer's offer and refuses it; the replacement is for damage (policy.md C "
  "near-misses).")
r("near-miss quoted-buyer", [],
  "Desmond, you mentioned that your WhatsApp number is on your profile; we will keep "
  "everything here in Amazon messages instead. The wiring diagram you asked for is attached.",
  "Repeats the buyer's app name while keeping the thread on Amazon (policy.md D "
  "near-misses).")
r("near-miss logistics-word", [],
  "Yvette, the duplicate order for the second W8 wheel is now cancelled as you asked, and "
  "the delivery address on the first one has been changed to your studio.",
  "Cancel and change describe logistics the buyer requested (policy.md A near-misses).")
r("near-miss review-thanks", [],
  "Thank you for the kind review you mentioned, Philomena. On your question about the kiln "
  "wash: one thin coat on the shelves is enough for cone 6.",
  "Thanks for a review the buyer brought up, in a reply with substance (policy.md C "
  "near-misses).")
r("near-miss carrier-site", [],
  "Lachlan, the parcel is with Royal Mail under JD571903826GB, and the Royal Mail tracking "
  "page shows it at your local depot.",
  "Names the carrier's own tracking page (policy.md D near-misses).")
r("near-miss warranty", [],
  "Mr. Delacroix, the K3 kiln carries a two-year warranty from Cinderhall; claims go through "
  "your Amazon order page and we handle them from there.",
  "Warranty information routed through Amazon (policy.md D near-misses).")
r("near-miss price-paid", [],
  "Henrietta, you paid $64 for the glaze trio on the day it was listed at that price, and "
  "that is all that was charged; nothing further will be billed.",
  "States the price already paid; no offer (policy.md B near-misses).")
r("near-miss review-word", [],
  "Ottoline will review the firing log you sent and reply with a corrected schedule by "
  "tomorrow evening, so please hold off on the glaze load until then.",
  "Review means checking a log, not a product review (policy.md C near-misses).")
r("near-miss amazon-page", [],
  "Bartosz, the W8 manual is on the Amazon product page under Product guides and documents; "
  "you can also reach it from Your Orders, so there is no need for any outside link.",
  "Sends the buyer to Amazon's own page (policy.md D near-misses).")
r("near-miss review-word", [],
  "Cormac, every kiln element gets a rating test in our workshop before packing: it has to "
  "hold 1300 C for two hours without sagging.",
  "Rating test is a workshop check, not a review rating (policy.md C near-misses).")

# -------------------------------------------------------------------- Simplified (17)
r("near-miss substring", [],
  "夏女士，您要的那份检索评测报告（釉料铅溶出检测）已经附在这条消息里，请查看。",
  "The phrase for a literature search and test report hides the review-asking substring (policy.md C near-misses).")
r("near-miss substring", [],
  "倪先生，您提到在亚马逊搜索评论区看到有人问烧成温度，这款陶泥的烧成范围是1220到1260度。",
  "The phrase for searching reviews hides the same substring; the message answers a firing question (policy.md C near-misses).")
r("near-miss remedy", [],
  "乔老师，运输途中摔碎的两块棚板，我们已经免费补寄，订单号 113-9802564-1147935，碎片不用寄回。",
  "A free resend is a remedy, not a promotion (policy.md B near-misses).")
r("near-miss logistics-word", [],
  "小棠，重复下的那一单已经按您的意思取消了，另一单的收货地址也已修改为您的工作室。",
  "Cancel and modify are logistics words here (policy.md C near-misses).")
r("near-miss refusal", [],
  "滕先生，您提到想用微信转账付款，抱歉我们只能通过亚马逊下单和付款，请直接在商品页购买就好。",
  "Declines a WeChat transfer and keeps payment on Amazon (policy.md D5 near-misses).")
r("near-miss neutral-request", [],
  "夏女士您好，关于订单 114-7713058-2260419：陶泥用过一段时间后，如果您愿意，可以在亚马逊商品页写下"
  "真实的使用体验，好坏都欢迎。",
  "A neutral one-time review invitation (interface.md; policy.md C near-misses).")
r("near-miss feedback-notice", [],
  "倪先生，换下来的加热丝已经装好，电窑恢复正常就好。要是您觉得这件事已经处理妥当，当初给店铺的那条反馈"
  "是否修改或撤下，完全由您决定。",
  "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
r("near-miss review-thanks", [],
  "乔老师，谢谢您在消息里提到给了好评。您问的素烧温度，一般在900度左右就可以。",
  "Thanks for a review the buyer mentioned, in a reply that answers a question (policy.md C near-misses).")
r("near-miss product-word", [],
  "小棠，釉面上的星点结晶是烧成时自然析出的，属于这款天目釉的特点，不是瑕疵。",
  "The star-like crystals are a glaze feature (policy.md C near-misses).")
r("near-miss quoted-buyer", [],
  "倪先生，您说“给五星能不能再送一包陶泥”，这个我们做不到；不过您反映的陶泥发硬，我们会按质量问题补发。",
  "Quotes the buyer's five-stars-for-clay request and refuses it (policy.md C near-misses).")
r("near-miss answer", [],
  "夏女士，您问的满200减20是亚马逊平台自己的满减优惠，结账时会自动扣，不需要找我们领。",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
r("near-miss warranty", [],
  "滕先生，电窑整机保修两年，如需维修，请在亚马逊订单页面提交申请，我们收到后会安排。",
  "Warranty claims go through the Amazon order page (policy.md D near-misses).")
r("near-miss lookalike-number", [],
  "乔老师，您的包裹顺丰单号 SF1470385926614，目前在转运中心，预计后天到。",
  "An SF Express waybill number, not a phone number (policy.md D near-misses).")
r("near-miss price-paid", [],
  "小棠，您下单时的单价就是页面上显示的89美元，我们没有另外加收运费。",
  "States the price already paid (policy.md B near-misses).")
r("near-miss amazon-page", [],
  "倪先生，退货请在亚马逊“我的订单”里点退货，系统会自动生成退货标签。",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
r("near-miss negation", [],
  "夏女士，我们不会为评论提供任何补偿，也不会请您改动已经写好的内容；碎裂的釉料罐照常给您补发。",
  "The review word appears inside a negation (policy.md C near-misses).")
r("near-miss carrier-site", [],
  "滕先生，包裹已经交给顺丰，您可以在顺丰官网输入运单号查询进度。",
  "Names the carrier's own site for tracking (policy.md D near-misses).")

# -------------------------------------------------------------------- Traditional (9)
r("near-miss remedy traditional taiwanese", [],
  "紀小姐，破掉的釉藥罐我們已經免費補寄，追蹤編號 TBA592018364471，不用寄回喔。",
  "A free resend is a remedy (policy.md B near-misses).")
r("near-miss logistics-word traditional taiwanese", [],
  "侯先生，已經照您的意思取消重複的那筆訂單，另一筆會在三個工作天內出貨。",
  "Cancel is a logistics word here (policy.md A near-misses).")
r("near-miss feedback-notice traditional cantonese", [],
  "容小姐，電窯嘅溫控器已經換好。如果你覺得件事處理妥當，之前留低嘅賣家反饋改唔改、刪唔刪，全部由你自己決定。",
  "Neutral notice that the buyer may handle the seller feedback as they like (policy.md C5; judgement call 4).")
r("near-miss review-thanks traditional taiwanese", [],
  "戴小姐，謝謝您提到有留評價。您問的修坯刀要怎麼保養：用完擦乾、抹一點油就可以囉。",
  "Thanks for a review the buyer mentioned, then answers a question (policy.md C near-misses).")
r("near-miss quoted-buyer traditional cantonese", [],
  "譚生，你話「俾五星可唔可以平啲」，呢樣我哋做唔到；不過陶泥寄錯咗款，我哋會即刻換過俾你。",
  "Quotes the buyer's stars-for-a-discount request and refuses it (policy.md C near-misses).")
r("near-miss price-paid traditional cantonese", [],
  "文太，你落單嗰陣嘅價格係每包一百二十蚊，之後網頁改咗價都唔會影響你呢張單。",
  "States the price already paid (policy.md B near-misses).")
r("near-miss warranty traditional taiwanese", [],
  "侯先生，拉坯機馬達保固一年，需要維修的話請從亞馬遜的訂單頁面申請，我們收到會盡快處理喔。",
  "Warranty claims go through the Amazon order page (policy.md D near-misses).")
r("near-miss answer traditional cantonese", [],
  "容小姐，你問嗰個優惠係亞馬遜自己嘅活動，落單嗰陣會自動扣減，唔使搵我哋攞。",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
r("near-miss lookalike-number traditional taiwanese", [],
  "紀小姐，您問的訂單 113-5550158-7092264 已經出貨，目前由黑貓配送中。",
  "The order id carries a 555-01 block; it is not a phone number (policy.md D near-misses).")

# -------------------------------------------------------------------- mixed (1)
r("near-miss remedy mixed", [],
  "Hi Yvette，阿陶 here。你 order 114-2098615-9934072 的 kiln shelf 已经补发了，tracking "
  "TBA730264189925，no need to send back the broken one。",
  "A resend for a broken shelf, code-switched (policy.md B near-misses).")

# =====================================================================================
# CLEAN (30)
# -------------------------------------------------------------------- English (13)
r("clean", [],
  "Hi Ingrid, the K3 kiln travels on a pallet, so the freight company will contact you to "
  "book a two-hour delivery window. Which weekday mornings suit you best?",
  "Scheduling a bulky delivery is a permitted message (policy.md A).")
r("clean", [],
  "Bartosz, to wire the K3 correctly we need to know whether your studio supply is "
  "single-phase 240 V or three-phase. Could you check the breaker panel and let us know?",
  "Asks for information needed to complete the order (policy.md A).")
r("clean", [],
  "Cordelia, a quick note: the Loamstead clay you ordered is held up at the regional depot "
  "because of snow, so it will reach you about three days later than first shown. We are "
  "sorry for the wait.",
  "A delay notice about an unexpected problem (policy.md A near-misses).")
r("clean", [],
  "Lachlan, before we cut the custom stamp with your studio mark, please confirm the wording "
  "reads Harbour Lane Pottery and that it should run left to right on the foot ring.",
  "Verifying a custom design (policy.md A).")
r("clean", [],
  "Philomena, yes, the stoneware body can go straight onto the wheel from the bag; wedge it "
  "for a couple of minutes first to even out the moisture.",
  "Answers the buyer's question about the clay (policy.md A).")
r("clean", [],
  "Desmond, the element you asked about is the lower one; unplug the kiln and let it cool "
  "fully before you open the control box.",
  "Customer-service answer with no contact details (policy.md A).")
r("clean", [],
  "Yvette, sorry for the slow answer over the weekend. Glaze settles in the jar during "
  "shipping; stir it from the bottom for a full minute and it will be ready to dip.",
  "Answers a question about settled glaze (policy.md A).")
r("clean", [],
  "Mr. Delacroix, the wheel head on the W8 turns counterclockwise by default; the small "
  "switch under the splash pan reverses it for throwing the other way.",
  "Product answer in a reply (policy.md A).")
r("clean", [],
  "Henrietta, the kiln needs a signature on delivery. If nobody will be at the studio on "
  "Friday, tell us which day works and we will pass it on to the carrier.",
  "Arranging delivery of a heavy item (policy.md A).")
r("clean", [],
  "Cormac, your custom glaze mix will be weighed out on Tuesday. Please confirm you want the "
  "satin finish rather than gloss, since it cannot be undone once mixed.",
  "Confirming customization details (policy.md A).")
r("clean", [],
  "Ms. Nakashima, the packing slip was missing from your box, so a copy of the invoice is "
  "attached as you asked.",
  "Sending an invoice the buyer asked for (policy.md A).")
r("clean", [],
  "Ingrid, fire the bisque tiles slowly to about 1000 C the first time; a fast climb can trap "
  "moisture and crack them.",
  "Technical answer to the buyer's question (policy.md A).")
r("clean", [],
  "Bartosz, thank you for the photos. The hairline cracks on the bowl rim come from uneven "
  "drying, not the clay itself; cover the rims with plastic for the first day and they "
  "should hold.",
  "Thanks followed by substantive help (policy.md A near-misses).")

# -------------------------------------------------------------------- Simplified (10)
r("clean", [],
  "夏女士您好，电窑是大件，物流公司会先联系您预约送货时段，请告诉我们您哪几天上午方便收货。",
  "Scheduling a bulky delivery (policy.md A).")
r("clean", [],
  "倪先生，因为港口拥堵，您订的陶泥预计比原定时间晚四天到，给您添麻烦了。",
  "Delay notice (policy.md A near-misses).")
r("clean", [],
  "乔老师，这款釉料是中温釉，适合1200到1240度烧成，施釉厚度大约一张名片那么厚就可以。",
  "Answers a product question (policy.md A).")
r("clean", [],
  "小棠，您定制的底款印章，字样是“棠舍”，方向为从右往左，请确认无误后我们再开模。",
  "Confirms customization details (policy.md A).")
r("clean", [],
  "滕先生，拉坯机的脚踏没反应的话，请先检查插头是否插紧，再看看底部的保险丝有没有熔断。",
  "After-sales troubleshooting (policy.md A).")
r("clean", [],
  "夏女士，收到您的照片了。碗口开裂多半是干燥不均导致的，头一天用塑料袋把口沿罩住，慢慢阴干会好很多。",
  "After-sales advice on cracking (policy.md A).")
r("clean", [],
  "倪先生，发票已经按您的要求开好，附在这条消息里，抬头写的是您提供的工作室名称。",
  "Sends an invoice the buyer asked for (policy.md A).")
r("clean", [],
  "乔老师，测温锥放在窑门观察孔看得到的位置，三支一组从低到高排，烧到中间那支弯下来就差不多了。",
  "Answers a firing question (policy.md A).")
r("clean", [],
  "小棠，转盘底座的螺丝装在包装袋的夹层里，可能被泡沫挡住了，麻烦再找一下。",
  "Answers a missing-part question (policy.md A).")
r("clean", [],
  "滕先生，想跟您确认一下收货地址有没有电梯，如果只有楼梯，我们得提前通知物流多派一个人搬电窑。",
  "Confirms information needed for a bulky delivery (policy.md A).")

# -------------------------------------------------------------------- Traditional (6)
r("clean traditional taiwanese", [],
  "紀小姐，電窯屬於大型商品，物流會先跟您約配送時段，請問您平日哪個時段方便收貨？大約三個工作天內會聯絡您喔。",
  "Scheduling a bulky delivery (policy.md A).")
r("clean traditional taiwanese", [],
  "侯先生，拉坯機的轉速旋鈕如果卡住，先把電源關掉，再輕輕往反方向轉半圈就好囉。",
  "After-sales troubleshooting (policy.md A).")
r("clean traditional taiwanese", [],
  "戴小姐，您訂製的底款印章字樣是「戴記陶坊」，請再確認一次字體跟大小，確認後我們才會開始製作喔。",
  "Confirms customization details (policy.md A).")
r("clean traditional cantonese", [],
  "譚生，部電窯好重，送貨公司會打嚟約時間，你邊日喺屋企方便，話我哋知就得。",
  "Arranging a bulky delivery (policy.md A).")
r("clean traditional cantonese", [],
  "文太，釉料喺運送途中會沉底，用之前攪勻一分鐘就得，唔使擔心。",
  "Answers a glaze question (policy.md A).")
r("clean traditional cantonese", [],
  "容小姐，你嗰袋陶泥因為天氣關係要遲兩日先到，唔好意思要你等多陣。",
  "Delay notice (policy.md A near-misses).")

# -------------------------------------------------------------------- mixed (1)
r("clean mixed", [],
  "Hi Cormac，阿陶 here。你的 kiln 已经 packed 好了，freight 公司会先联系你 book 一个 delivery "
  "slot，请告诉我们哪天方便。",
  "Scheduling a bulky delivery, code-switched (policy.md A).")


def records():
    """The 160 records, shuffled with random.Random(59) and numbered h59-001..h59-160."""
    rows = []
    for tags, labels, text, note in R:
        if "mixed" in tags:
            lang = "mixed"
        elif CJK.search(text):
            lang = "zh"
        else:
            lang = "en"
        rows.append({"text": text, "labels": labels, "lang": lang, "tags": tags,
                     "note": note})
    random.Random(59).shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": "h59-%03d" % i, "text": row["text"], "labels": row["labels"],
                    "lang": row["lang"], "tags": row["tags"], "note": row["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
