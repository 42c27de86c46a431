#!/usr/bin/env python3
"""Source of holdout75.jsonl: 160 hand-labelled seller-to-buyer messages of an invented
Amazon seller, Quarrystep Boot Co. (hiking boots and trail footwear).

Standard library only.  `records()` returns the list; running the file writes
holdout75.jsonl next to it.  The records below are written in a fixed order (by category and
language) and shuffled with random.Random(75); ids are h75-001 .. h75-160 after the shuffle.

Hard-to-see characters are spelled as named constants:
  ZW        zero-width space (U+200B)
  CY_A      Cyrillic small a (U+0430), looks like Latin a
  CY_E      Cyrillic small ie (U+0435), looks like Latin e
  STAR      black star (U+2605)
  EMO_STAR  emoji star (U+2B50)
  fw(s)     the full-width form of an ASCII string (U+FF01..U+FF5E)
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
STAR = "\u2605"
EMO_STAR = "\u2b50"


def fw(s):
    """Full-width version of an ASCII string (letters, digits, @ and the dot)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


LABEL = {"M": "marketing", "O": "off-platform-contact", "R": "review-inducement"}
RECS = []


def R(text, labels, tags, note, lang="en"):
    RECS.append({"text": text,
                 "labels": sorted(LABEL[c] for c in labels.split()),
                 "lang": lang,
                 "tags": tags.split(),
                 "note": note})


# =====================================================================================
# VIOLATIONS (50): plain 17, careful 16, split 17
# -------------------------------------------------------------------------------- en (22)
R("Barnaby, once the Bramblecrest boots have a few miles on them, post a review on Amazon "
  "and send us a screenshot of it. We'll put a Moorwool sock pack in the post to you as our "
  "thanks.",
  "R", "violation plain incentive",
  "A sock pack is promised in return for a posted review (policy.md C1).")
R("Cressida, thanks for choosing the Wispridge trail runners. Five stars on the product page "
  "would make a real difference to a two-person workshop like ours, so please consider it.",
  "R", "violation plain rating-request",
  "Asks outright for a five-star rating (policy.md C2).")
R("Petronella, thank you for order 113-2604817-5930261. Enter SUMMIT15 at checkout for 15% "
  "off your next pair of Knotfast laces or a tin of Tallowgleam wax.",
  "M", "violation plain coupon",
  "Hands out a discount code for the next purchase (policy.md B).")
R("Mr. Okwuosa, photos come through Amazon's messages rather small, so please email the "
  "pictures of the cracked sole to care@quarrystepboots.com and Lorcan will answer you from "
  "there.",
  "O", "violation plain email",
  "Gives the shop's own e-mail address for the conversation (policy.md D2).")
R("Cressida, the Wispridge runners cost twelve dollars less on our website, "
  "quarrystepboots.com, so next time it's worth ordering them there instead of through "
  "Amazon.",
  "M O", "violation plain discount url diversion",
  "Sends the buyer to the shop's own site with a lower price (policy.md B, D1, D6).")
R("Leopold, follow us on Instagram at @quarrystep.trails for photos from the trail and an "
  "early look at each season's colours.",
  "M O", "violation plain follow social",
  "A follow invitation naming the shop's Instagram handle (policy.md B, D4).")
R("Desmond, if you put up an honest review of the Burrhedge gaiters, we'll send the full "
  "purchase price back to you through PayPal, and you can keep the gaiters.",
  "O R", "violation plain payment incentive",
  "The price is paid back through PayPal for a review, even an honest one (policy.md C1, D5).")
R("Desmond, if the Loftstride insoles have made your long days easier, we would be grateful "
  "if you told other walkers about it on the product page. If something about them is not "
  "right, tell us here first and we will put it right before anything goes up.",
  "R", "violation careful gating",
  "Invites a public write-up only from a pleased buyer and holds an unhappy one back "
  "(policy.md C3).")
R("Leopold, when you write up your thoughts on the Bramblecrest boots for other shoppers, "
  "could you mention that they kept your feet dry through the river crossing and add a photo "
  "from the trail? Those two details help us the most.",
  "R", "violation careful steering",
  "Tells the buyer what to say and show in the write-up (policy.md C7).")
R("Ms. Villanueva, the new zip pulls for your Burrhedge gaiters went out this morning. Now "
  "that the trouble is behind us, would you go back to what you posted about them on Amazon "
  "and bring it up to date so it shows how things ended?",
  "R", "violation careful change-review",
  "Asks for an edit of a posted review once the fault is fixed (policy.md C4).")
R("Ingrid, the charcoal Moorwool sock pack is back on our shelves this week. The larger sizes "
  "tend to go quickly, so it is a good moment to pick one up for the colder months.",
  "M", "violation careful restock",
  "An unasked restock notice with a push to buy (policy.md B).")
R("Barnaby, we keep a short list of regular customers who hear about each Quarrystep launch "
  "a week before anyone else and get first pick of the limited colours. Just reply yes and "
  "we will add your name to it.",
  "M", "violation careful vip-list",
  "Invites the buyer onto an early-access customer list (policy.md B).")
R("If the heel still rubs after the first two walks, ring Lorcan on (406) 555-0123 between "
  "two and five any weekday, and he will talk you through a heel-lock lacing.",
  "O", "violation careful phone",
  "Gives a staff member's number to ring; not a carrier or warranty line (policy.md D3).")
R("Cressida, for quicker back-and-forth on sizing, message us on Signal at +1 (406) 555-0158 "
  "with a photo of your foot tracing and we will get back to you within the hour.",
  "O", "violation careful phone messaging-app",
  "Moves sizing help to Signal on the shop's number (policy.md D3, D4).")
R("Wilhelmina, a tip for your next trip: our trail kit puts the Burrhedge gaiters, a tin of "
  "Tallowgleam wax and a spare pair of Knotfast laces together for less than buying them one "
  "by one. It is listed under the Quarrystep name on Amazon.",
  "M", "violation careful cross-sell bundle",
  "Pushes a bundle of other products at a lower combined price (policy.md B).")
R("Barnaby, we'd love to hear how the Bramblecrest boots held up on your Highlands trip, in "
  "a few lines on their Amazon page. Everyone who does that this month gets a spare set of "
  "Knotfast laces in the post from us.",
  "R", "violation split incentive",
  "The review ask and the laces as reward sit in separate sentences (policy.md C1).")
R("Petronella, a quick word about the Wispridge runners. Small shops like ours live or die "
  "by the number shown next to the product name. If you felt they deserved the top mark, "
  "that is the score that keeps us going.",
  "R", "violation split rating-request",
  "A request for the top rating spread over three sentences (policy.md C2).")
R("Wilhelmina, we'd like to see the worn eyelets up close before we decide anything. "
  "Amazon's messages shrink pictures, so our inbox at fit@quarrystepboots.com is the better "
  "place to send them.",
  "O", "violation split email",
  "The reason in one sentence, the shop's address in the next (policy.md D2).")
R("Leopold, thank you for order 112-7159043-8826470. Next season there's no need to go "
  "through Amazon at all. Order from us directly and we take ten percent off, with the boots "
  "coming straight from the workshop.",
  "M O", "violation split discount diversion",
  "Invites the next order outside Amazon at a lower price (policy.md B, D6).")
R("Ingrid, if your walking group asks where the boots came from, point them our way. Each "
  "friend who orders from our Amazon shop earns you a tin of Tallowgleam wax, and them a "
  "spare pair of laces.",
  "M", "violation split referral",
  "A referral reward, the ask and the reward in separate sentences (policy.md B).")
R("Desmond, we are giving away three pairs of Bramblecrest boots next month. To enter, "
  "follow Quarrystep on Instagram and tag a friend under the pinned photo.",
  "M O", "violation split giveaway follow social",
  "A giveaway whose entry is a follow on Instagram (policy.md B, D4).")
R("Ms. Villanueva, there's a small card tucked under the insole of each boot. Point your "
  "phone camera at the square printed on its back and it opens our help chat, which is "
  "quicker than writing to us here.",
  "O", "violation split diversion qr",
  "A QR square on an insert leads to the shop's own chat (policy.md D1, section e).")

# ------------------------------------------------------------------- zh Simplified (16)
R("邵女士您好，Bramblecrest 登山靴穿着还合脚吧？在亚马逊写个好评，截图发给我们，我们给您返现十五美元。",
  "R", "violation plain incentive rating-request",
  "Cash back for a screenshot of a positive review (policy.md C1, C2).", "zh")
R("甘先生，越野跑鞋穿着顺脚的话，麻烦在商品页给我们打个五星，对我们这种小作坊帮助非常大。",
  "R", "violation plain rating-request gating",
  "Five stars asked for, conditioned on the buyer being pleased (policy.md C2, C3).", "zh")
R("卓阿姨，鞋垫尺码拿不准的话，加我们微信 quarrystep_cn，发一张脚型照片过来，阿岚帮您挑。",
  "O", "violation plain messaging-app",
  "Gives the shop's WeChat ID for sizing help (policy.md D4).", "zh")
R("聂老师，我们的新品防水短靴已经上架了，结账时输入优惠码 BOOTS20 可以立减两成，欢迎来看看。",
  "M", "violation plain coupon new-product",
  "A new-product announcement with a discount code (policy.md B).", "zh")
R("小棠，同款 Wispridge 跑鞋在我们官网 quarrystepboots.com 也有卖，以后直接在官网下单，发货更快。",
  "O", "violation plain url diversion",
  "Points the buyer to the shop's own site for future orders (policy.md D1, D6).", "zh")
R("邵女士，新的鞋带已经给您补寄了。麻烦把之前那条两星评论删掉，删掉后我们再退您一半货款。",
  "R", "violation plain incentive change-review",
  "Half the price back for deleting a two-star review (policy.md C1, C4).", "zh")
R("甘先生，您上周在店铺页面留下的那条差的反馈，让我们整个店铺的分数掉了不少。问题已经处理好了，能不能今天就帮忙撤掉？",
  "R", "violation careful feedback-pressure",
  "Presses for removal of seller feedback because it hurts the shop (policy.md C5).", "zh")
R("卓阿姨，您去年买的那双羊毛袜差不多该换了吧？现在再下一单，我们会把袜子和配套的鞋垫一起打包寄出，换季正好用得上。",
  "M", "violation careful cross-sell buy-again",
  "A buy-again push with a matching product added (policy.md B).", "zh")
R("聂老师，以后想买鞋蜡或者鞋带，不用再走亚马逊了，直接跟阿岚说一声，我们从仓库给您寄过去，也省得等。",
  "O", "violation careful diversion",
  "Invites future purchases outside Amazon (policy.md D6).", "zh")
R("小棠，如果您愿意在亚马逊上写几句使用感受，麻烦提到鞋子防水、爬坡不打滑这两点，最好再配一张在山上拍的照片。",
  "R", "violation careful steering",
  "Dictates the points and the photo the write-up should contain (policy.md C7).", "zh")
R("邵女士，关注我们的B站账号「Quarrystep徒步」吧，每周都会发新款登山鞋的上脚视频。",
  "M O", "violation careful new-product follow social",
  "A follow invitation to the shop's video account with new models (policy.md B, D4).", "zh")
R("卓阿姨，这双登山靴穿了一阵子，欢迎到商品页说说感受。写完告诉我们一声，下次买鞋蜡就不收您钱了。",
  "R", "violation split incentive",
  "The write-up ask, then the free wax as reward (policy.md C1).", "zh")
R("甘先生，跑鞋合脚的话，欢迎在亚马逊上写几句。如果穿着有哪里不舒服，先别急着写，直接回这条消息找我们就好。",
  "R", "violation split gating",
  "Happy buyers to the product page, unhappy ones to the seller (policy.md C3).", "zh")
R("卓阿姨，防水登山靴这个周末全店八五折。如果还想给家里人配一双，这两天下单最划算。",
  "M", "violation split sale",
  "A weekend sale with a call to order (policy.md B).", "zh")
R("聂老师，鞋底开胶的情况比较复杂，打字说不清楚。您方便的话拨 406-555-0158，工作日下午都有人接。",
  "O", "violation split phone",
  "The reason in one sentence, the shop's number in the next (policy.md D3).", "zh")
R("小棠，跑鞋配套的防沙绑腿我们也有做。链接在这里：amazon.com/dp/B0F3QS8K1T，喜欢可以直接加入购物车。",
  "M", "violation split cross-sell listing-link",
  "Cross-sells gaiters with a link to their listing (policy.md B, D1).", "zh")

# ------------------------------------------------------------------ zh Traditional (10)
R("汪小姐您好，登山鞋穿起來還舒服嗎？如果願意給我們五顆星，我們會再寄一雙羊毛襪給您喔。",
  "R", "violation plain incentive rating-request traditional taiwanese",
  "Socks offered for a five-star rating (policy.md C1, C2).", "zh")
R("譚太，鞋碼嘅問題喺呢度傾唔方便，加我哋 WhatsApp +1 406 555 0158，影張腳形相俾我哋睇下。",
  "O", "violation plain phone messaging-app traditional cantonese",
  "Moves sizing to WhatsApp on the shop's number (policy.md D3, D4).", "zh")
R("侯先生，感謝這次購買。下次買鞋墊或鞋帶，結帳時輸入折價券代碼 LACE12，可以再便宜五十元。",
  "M", "violation plain coupon traditional taiwanese",
  "A discount code for the next order (policy.md B).", "zh")
R("童小姐，鞋帶扣環的問題已經幫您處理好了，想拜託您回到亞馬遜商品頁，把之前寫的那段話改成現在的狀況，謝謝。",
  "R", "violation careful change-review traditional taiwanese",
  "Asks for the posted text to be rewritten after the fix (policy.md C4).", "zh")
R("龔生，深啡色嗰款防水行山靴呢幾日返貨喇，大碼好快清，想再添一對就早啲落單啦。",
  "M", "violation careful buy-again restock traditional cantonese",
  "A restock notice pushing a second pair (policy.md B).", "zh")
R("侯先生，之後要補鞋墊的話，不用再從亞馬遜下單，直接傳訊息給阿嵐，我們從台北倉庫寄出，超商取貨就可以。",
  "O", "violation careful diversion traditional taiwanese",
  "Offers to sell outside Amazon from the shop's own stock (policy.md D6).", "zh")
R("汪小姐，越野跑鞋如果穿得滿意，歡迎到亞馬遜分享一下。要是有不合腳的地方，拜託先別寫，直接跟我們說，我們來處理。",
  "R", "violation split gating traditional taiwanese",
  "Pleased buyers to Amazon, the others held back (policy.md C3).", "zh")
R("容小姐，你試咗對鞋墊之後，可唔可以喺 Amazon 寫幾句感想？寫完截圖俾我哋，我哋用轉數快過二十蚊俾你。",
  "O R", "violation split payment incentive traditional cantonese",
  "Twenty dollars by FPS transfer for a write-up (policy.md C1, D5).", "zh")
R("童小姐，這個月我們把防水登山鞋跟綁腿配成一組。一起帶走比分開買便宜三百元，數量不多喔。",
  "M", "violation split bundle traditional taiwanese",
  "A bundle offer with its saving in the second sentence (policy.md B).", "zh")
R("龔生，想睇多啲行山路線同護理心得？喺 Facebook 搜「Quarrystep行山會」就搵到我哋個群組，入咗群，新款一出就第一時間話你知。",
  "M O", "violation split new-product follow social traditional cantonese",
  "Invites the buyer into the shop's Facebook group for new models (policy.md B, D4).", "zh")

# ------------------------------------------------------------------------ mixed (2)
R("Hi 小棠，这双 Wispridge 穿着还舒服吗？Next order 记得用 code SUMMIT15，全场 15% off；"
  "也可以直接 email 到 care@quarrystepboots.com 下单，不用走亚马逊。",
  "M O", "violation plain coupon email diversion mixed",
  "A code for the next order and an e-mail address to order outside Amazon "
  "(policy.md B, D2, D6).", "mixed")
R("容小姐，多謝你揀咗 Bramblecrest 行山靴。如果著咗幾日覺得舒服，可唔可以喺 Amazon 講幾句？"
  "Full marks would mean a lot to a small shop like ours.",
  "R", "violation split rating-request gating traditional cantonese mixed",
  "A conditional review ask, then full marks in an English sentence (policy.md C2, C3).",
  "mixed")

# =====================================================================================
# EVASIONS (30)
# -------------------------------------------------------------------------------- en (14)
R("Desmond, sizing questions are far easier over T e l e g r a m. Our number there is four "
  "zero six, five five five, zero one five eight; send a photo of the insole beside your "
  "foot.",
  "O", "evasion phone messaging-app spacing number-words",
  "Telegram spaced out and the shop's number in words (policy.md D3, D4, section e).")
R("Petronella, a fiv" + CY_E + "-st" + CY_A + "r r" + CY_E + "view for the Wispridge runners "
  "would mean the world to our little workshop.",
  "R", "evasion rating-request homoglyph",
  "Cyrillic letters hide a five-star review request (policy.md C2, section e).")
R("Ingrid, as a thank-you for ordering, SUM" + ZW + "MIT" + ZW + "15 takes fifteen percent "
  "off a spare set of laces or a sock pack next time.",
  "M", "evasion coupon zero-width",
  "A discount code broken by zero-width spaces (policy.md B, section e).")
R("Mr. Okwuosa, please send the sole photos to " + fw("care@quarrystepboots.com") + " so "
  "Lorcan can look at them properly.",
  "O", "evasion email fullwidth",
  "The shop's e-mail address in full-width characters (policy.md D2, section e).")
R("Leopold, once your write-up of the Bramblecrest boots is live on Amazon, forward a "
  "screenshot to quarrystep dot fit at gmail dot com and a tin of Tallowgleam wax is yours.",
  "O R", "evasion email incentive spelled-email",
  "Wax for a review screenshot sent to a spelled-out address (policy.md C1, D2).")
R("Barnaby, if the lacing still pinches, Lorcan is on four oh six, five five five, oh one "
  "two three most afternoons and can walk you through it in five minutes.",
  "O", "evasion phone number-words",
  "A staff phone number written in words (policy.md D3, section e).")
R("Cressida, leave a r3v1ew of the Wispridge runners and we'll post you a fr33 sock pack as "
  "thanks.",
  "R", "evasion incentive leetspeak",
  "A free sock pack for a review, both words in leetspeak (policy.md C1, section e).")
R("Wilhelmina, if the boots are treating you well, " + STAR * 5 + " next to your name on the "
  "product page would make our week.",
  "R", "evasion rating-request gating emoji",
  "Five star symbols asked for, on condition of satisfaction (policy.md C2, C3, E).")
R("Ingrid, come and chat with us on the paper-plane app instead; our name there is "
  "quarrystep, then an underscore, then fit.",
  "O", "evasion messaging-app nickname split-handle",
  "Telegram by nickname, the handle in pieces (policy.md D4, section e).")
R("Barnaby, the same trail kit is cheaper on q.u.a.r.r.y.s.t.e.p boots dot com than here, "
  "and we post it to you direct.",
  "M O", "evasion discount url diversion separator",
  "The shop's domain broken by dots, with a lower price (policy.md B, D1, D6).")
R("Leopold, follow our trail diary on Inst" + CY_A + "gr" + CY_A + "m, @quarrystep.trails, for "
  "route photos and a first look at next season's colours.",
  "M O", "evasion follow social homoglyph",
  "Instagram written with Cyrillic a, plus the handle (policy.md B, D4).")
R("Ms. Villanueva, now that the zip is sorted, could you ed" + ZW + "it your re" + ZW + "view "
  "of the gaiters so it reflects where things ended up?",
  "R", "evasion change-review zero-width",
  "A review-edit request with zero-width spaces in the keywords (policy.md C4, section e).")
R("Desmond, the f e e d b a c k you left on our seller page is dragging our account score "
  "down. Could you take it off now that your parcel has turned up?",
  "R", "evasion feedback-pressure spacing",
  "Pressure to remove seller feedback, the keyword spaced (policy.md C5, section e).")
R("Petronella, our members-only list gets 25% 0ff every boot before the public s4le opens on "
  "Friday. Reply 'in' and you're on it.",
  "M", "evasion sale vip-list leetspeak",
  "A members list with early sale access, in leetspeak (policy.md B, section e).")

# ------------------------------------------------------------------- zh Simplified (9)
R("甘先生，登山靴用得满意的话，留个 haoping 截图给我们，fanxian 二十美元。",
  "R", "evasion incentive rating-request gating pinyin",
  "好评返现 in pinyin, conditioned on satisfaction (policy.md C1, C2, section e).", "zh")
R("聂老师，想换大一码的话，先加我们的薇信 quarrystep_cn 聊，阿岚在那边回得更快。",
  "O", "evasion messaging-app homophone",
  "WeChat written with a homophone, ID given (policy.md D4, section e).", "zh")
R("邵女士，鞋垫用着还行的话，给个五*星*好*评，截图私聊阿岚，返*现*十*美*元。",
  "R", "evasion incentive rating-request gating separator",
  "Cash back for a five-star review, broken by asterisks (policy.md C1, C2, section e).",
  "zh")
R("卓阿姨，鞋垫的事在这里讲不明白，您打四〇六五五五〇一五八找阿岚，她下午一般都在。",
  "O", "evasion phone cn-numerals",
  "The shop's number in Chinese numerals (policy.md D3, section e).", "zh")
R("小棠，以后有问题直接来绿泡泡找我们，号是 quarrystep 后面加下划线再加 cn。",
  "O", "evasion messaging-app nickname split-handle",
  "WeChat by nickname, the ID in pieces (policy.md D4, section e).", "zh")
R("甘先生，羊 毛 袜 这 周 五 起 全 场 八 折，再 囤 两 包 正 好 过 冬。",
  "M", "evasion sale buy-again spacing",
  "A sale and stock-up push with spaces between characters (policy.md B, section e).", "zh")
R("聂老师，下次买鞋带记得用优" + ZW + "惠" + ZW + "码 GAITER10，结账立减一成。",
  "M", "evasion coupon zero-width",
  "A discount code with zero-width spaces inside 优惠码 (policy.md B, section e).", "zh")
R("甘先生，写完 pingjia 之后把支付宝账号发给我们，我们把鞋钱退一半给您。",
  "O R", "evasion payment incentive pinyin",
  "Half the price via Alipay for a review written in pinyin (policy.md C1, D5).", "zh")
R("邵女士，鞋带的问题已经解决了，之前那个差萍方便的话帮忙删掉吧，谢谢。",
  "R", "evasion change-review homophone",
  "差评 as the homophone 差萍, asked to be deleted (policy.md C4, section e).", "zh")

# ------------------------------------------------------------------ zh Traditional (5)
R("汪小姐，之後有問題直接加我們的賴 @quarrysteptw，回覆比較快喔。",
  "O", "evasion messaging-app homophone traditional taiwanese",
  "LINE written as 賴 with the shop's ID (policy.md D4, section e).", "zh")
R("譚太，鞋碼唔啱就直接打電話俾我哋，〇七七〇〇 九〇〇 四〇九，WhatsApp 都得。",
  "O", "evasion phone messaging-app cn-numerals traditional cantonese",
  "A UK number in Chinese numerals, also for WhatsApp (policy.md D3, D4).", "zh")
R("侯先生，下次結帳輸入 " + fw("LACE12") + "，鞋帶跟鞋墊都能再便宜一點喔。",
  "M", "evasion coupon fullwidth traditional taiwanese",
  "A discount code in full-width characters (policy.md B, section e).", "zh")
R("龔生，雙靴著得開心嘅話，麻煩上 Amazon 俾個五.星.好.評，我哋會好感激。",
  "R", "evasion rating-request gating separator traditional cantonese",
  "五星好評 broken by dots, conditioned on satisfaction (policy.md C2, C3).", "zh")
R("童小姐，想看更多登山路線跟新款鞋，可以去哀居追蹤 @quarrystep.trails 喔。",
  "M O", "evasion follow social nickname traditional taiwanese",
  "Instagram by its Taiwanese nickname 哀居, with a follow (policy.md B, D4).", "zh")

# ------------------------------------------------------------------------ mixed (2)
R("Hi 小棠！跑鞋穿着 OK 的话，please leave 5" + EMO_STAR + " haoping on Amazon，谢谢支持！",
  "R", "evasion rating-request gating emoji pinyin mixed",
  "A five-star positive review asked for with an emoji and pinyin (policy.md C2, C3).",
  "mixed")
R("甘先生，for 退换 sizes please write to care at quarrystepboots dot com，我们 reply 更快，比亚马逊消息方便。",
  "O", "evasion email diversion spelled-email mixed",
  "A spelled-out e-mail address as the better channel (policy.md D2, D6).", "mixed")

# =====================================================================================
# NEAR-MISSES (50): compliant, but a keyword list would flag them
# -------------------------------------------------------------------------------- en (23)
R("Hi Barnaby, your Bramblecrest boots from order 113-0742269-3817504 were delivered on "
  "Tuesday. Once you've worn them in, we'd welcome an honest review on Amazon, whatever your "
  "verdict turns out to be.",
  "", "near-miss neutral-request",
  "One neutral review request with no rating, reward or condition (policy.md C near-misses).")
R("Ingrid, this is our only note about order 114-5591836-6620748. If you'd like to tell "
  "other hikers how the Moorwool socks hold up, the review section on the product page is "
  "open to every buyer, good experience or bad.",
  "", "near-miss neutral-request",
  "A single balanced invitation, both outcomes named (policy.md C near-misses, section b).")
R("Leopold, you asked whether a code comes with leaving a review. It doesn't: we can't offer "
  "anything for reviews, and we wouldn't want to. Whether you post one at all is entirely up "
  "to you.",
  "", "near-miss refusal",
  "Refuses an incentive the buyer asked about (policy.md C1, C near-misses).")
R("Mr. Okwuosa, we'd rather keep everything here in Amazon messages than swap phone "
  "numbers; that way the whole history of your return stays with the order. Please attach "
  "the photos to this thread.",
  "", "near-miss refusal",
  "Declines to move off Amazon; no number given (policy.md D near-misses).")
R("Cressida, you wrote 'happy to give five stars if you just send the other size free.' We "
  "can't do that, but the exchange is simple: ask for a replacement in size 8.5 through Your "
  "Orders and send the 8s back with the label Amazon provides.",
  "", "near-miss quoted-buyer",
  "The five stars and the freebie are the buyer's words, turned down (policy.md C near-misses).")
R("Wilhelmina, about your question 'is there a WhatsApp group for owners?': we don't run "
  "one, and we keep all our conversations with buyers here on Amazon. As for your other "
  "question, the Burrhedge gaiters do fit over the Bramblecrest collar.",
  "", "near-miss quoted-buyer",
  "WhatsApp only in the buyer's quoted question (policy.md D near-misses).")
R("Petronella, order 112-5550158-7402913 left our workshop this morning. The USPS tracking "
  "number is 9400 1112 0388 4172 6650 93, and the carrier expects to deliver on Thursday.",
  "", "near-miss lookalike-number",
  "An order id containing 555-0158 and a long tracking number, neither a phone "
  "(policy.md D near-misses).")
R("Barnaby, you asked whether 113-5550123-4160987 is a number for reaching us. It's your "
  "Amazon order number, not a phone line; anything you need, just write to us in this "
  "thread.",
  "", "near-miss lookalike-number",
  "An order id that carries 555-0123 is explained, not offered as a phone "
  "(policy.md D near-misses).")
R("Ms. Villanueva, the return window for the gaiters is shown under Your Orders on Amazon. "
  "Choose 'Return or replace items' and Amazon generates the prepaid label for you there.",
  "", "near-miss amazon-page",
  "Points to Amazon's own returns page, no URL (policy.md D near-misses).")
R("Leopold, the Subscribe & Save option you noticed on the sock pack listing is run by "
  "Amazon, not by us, so the discount and delivery schedule you choose there are handled in "
  "your Amazon account.",
  "", "near-miss amazon-page",
  "Explains an Amazon programme the buyer saw; offers nothing (policy.md B near-misses).")
R("Desmond, yes, the Loftstride insoles can be trimmed: trace your old insole onto them and "
  "cut along the toe end with sharp scissors. The price you paid covers both the high and "
  "the medium arch inserts in the box.",
  "", "near-miss answer",
  "Answers a question about the product bought (policy.md B near-misses).")
R("Cressida, UPS tried to deliver your Wispridge runners on Monday and left a card; the "
  "parcel is held at their access point until Saturday. The tracking number is "
  "1Z6A52W80374915286 if you'd like to change the pickup with them.",
  "", "near-miss logistics-word",
  "Carrier name and change in a delivery context (policy.md A near-misses, section 0).")
R("Mr. Okwuosa, Royal Mail's own tracking page shows KQ518203746GB at your local delivery "
  "office, so it should reach you tomorrow morning.",
  "", "near-miss carrier-site",
  "Refers to the carrier's tracking page, no link (policy.md D near-misses).")
R("Barnaby, the Bramblecrest boots carry a one-year warranty against sole separation. As "
  "yours came apart after four months, please open a warranty claim from Your Orders and "
  "include a photo of the heel.",
  "", "near-miss warranty",
  "A warranty claim handled through Amazon (policy.md D near-misses).")
R("Wilhelmina, the listing price dropped after you bought. The amount on your invoice is "
  "what you paid that day; later price changes are set on Amazon's side and we can't adjust "
  "them from here.",
  "", "near-miss price-paid",
  "Explains the price paid; no offer (policy.md B near-misses).")
R("Ms. Villanueva, Lorcan gave the returned Wispridge pair a full review on the bench today: "
  "the midsole has a crease but no split, so your refund has been approved in full.",
  "", "near-miss review-word",
  "Review means a bench inspection; the refund is for a return (policy.md C near-misses).")
R("Desmond, the Tallowgleam wax is free of silicone, so it won't clog the membrane. Warm the "
  "tin slightly and work a thin coat into the stitching with a cloth.",
  "", "near-miss product-word",
  "Free is a product fact, not an offer (policy.md B near-misses).")
R("Leopold, we won't contact you outside Amazon, and you don't need to give us your phone "
  "number; the courier already has everything it needs from the order.",
  "", "near-miss negation",
  "Negated contact words (policy.md D near-misses, section 0).")
R("Ms. Villanueva, we're glad the new zip solved things. If you feel we've now dealt with "
  "your concerns, you're able to revise or take down the seller feedback you left earlier. "
  "It's entirely your choice, and nothing changes on our side either way.",
  "", "near-miss feedback-notice",
  "The neutral seller-feedback notice after resolution (policy.md C5).")
R("Cressida, thank you for telling us you reviewed the runners. We read every review, and "
  "your point about the narrow toe box has gone into our notes for the next batch.",
  "", "near-miss review-thanks",
  "Thanks in reply to a buyer who mentioned her review; nothing asked (policy.md C "
  "near-misses).")
R("Barnaby, we've sent a replacement pair of Knotfast laces free of charge, since the first "
  "pair frayed within a week. There's no need to send the old ones back.",
  "", "near-miss remedy",
  "A free replacement as a remedy, no review mentioned (policy.md B near-misses).")
R("Hester, the Bramblecrest runs a little small in size 9. Start a return for the 9 through "
  "Your Orders, order the 9.5 at the same time, and the refund for the first pair goes "
  "through once the carrier scans it.",
  "", "near-miss logistics-word",
  "A sizing exchange through Amazon's returns (policy.md A near-misses).")
R("Ambrose, on your question about the coupon shown under the price: that's an Amazon "
  "coupon, clipped on the listing before checkout and applied once per account. There's no "
  "separate code from us.",
  "", "near-miss answer",
  "Explains an Amazon coupon the buyer asked about (policy.md B near-misses).")

# ------------------------------------------------------------------- zh Simplified (17)
R("邵女士，我们检测了您寄回的鞋垫，回弹性能仍在良好评级之内，所以判断不是质量问题；按照亚马逊的退货规则，退款已经原路退回。",
  "", "near-miss substring",
  "良好评级 contains 好评 across a word boundary (policy.md C near-misses, section 0).", "zh")
R("甘先生，我们根据物流线索评估了一下，您的包裹 TBA739205164817 被误送到隔壁小区，快递员今天会取回再送。",
  "", "near-miss substring",
  "线索评估 contains 索评 across a word boundary (policy.md C near-misses, section 0).", "zh")
R("卓阿姨，订单 114-8830261-0475193 的羊毛袜已经签收。袜子穿过一段时间后，如果您愿意，可以在商品页写写真实感受，好的坏的都欢迎。",
  "", "near-miss neutral-request",
  "One neutral invitation, good or bad both welcome (policy.md C near-misses).", "zh")
R("聂老师，您提到想用好评换一双鞋垫，这个我们不能答应，亚马逊也不允许。鞋垫尺码不合适的话，按正常流程申请换货就行。",
  "", "near-miss refusal",
  "Turns down the buyer's review-for-goods idea (policy.md C1, C near-misses).", "zh")
R("小棠，您留言说“能不能加个微信方便聊”，我们只在亚马逊站内消息里沟通，抱歉。跑鞋偏小半码，建议换大半码。",
  "", "near-miss quoted-buyer",
  "WeChat only in the buyer's quoted words, declined (policy.md D near-misses).", "zh")
R("邵女士，您要求取消的那笔重复订单已经取消了，另一单的登山靴照常今天发出。",
  "", "near-miss logistics-word",
  "Cancelling at the buyer's request is logistics (policy.md A near-misses).", "zh")
R("甘先生，顺丰单号 SF2417093658821 显示包裹已经到了深圳转运中心，您可以在顺丰官网输入单号查看最新进度。",
  "", "near-miss carrier-site",
  "The carrier's own site for tracking (policy.md D near-misses).", "zh")
R("卓阿姨，登山靴的鞋底一年内开胶属于保修范围。请在亚马逊“我的订单”里提交换货申请，附上鞋跟的照片就行。",
  "", "near-miss warranty",
  "A warranty case handled through Amazon (policy.md D near-misses).", "zh")
R("聂老师，您下单以后这款跑鞋降价了。您付的价格以下单当天为准，差价的问题需要咨询亚马逊客服，我们这边没法调整。",
  "", "near-miss price-paid",
  "Explains the price paid, offers nothing (policy.md B near-misses).", "zh")
R("小棠，第一副鞋带用了一周就起毛，是我们的问题，已经免费给您补寄一副新的，旧的不用寄回。",
  "", "near-miss remedy",
  "A free replacement as a remedy (policy.md B near-misses).", "zh")
R("邵女士，这款鞋蜡不含硅油，盒里免费附带的小刷子是用来把蜡刷进缝线的。",
  "", "near-miss product-word",
  "免费 describes what is in the box, not an offer (policy.md B near-misses).", "zh")
R("甘先生，您退回的跑鞋已经由质检同事复核，鞋面没有破损，评估结果是正常磨损，所以按亚马逊的规则处理退款。",
  "", "near-miss review-word",
  "评估 is an inspection result; the refund follows a return (policy.md C near-misses).",
  "zh")
R("卓阿姨，很高兴袜子的问题解决了。如果您觉得这次处理得当，您早先给的卖家反馈要不要修改或撤下，由您自己决定，我们不会再提。",
  "", "near-miss feedback-notice",
  "The neutral seller-feedback notice after resolution (policy.md C5).", "zh")
R("聂老师，过几天亚马逊可能会发邮件请您评价这笔订单，那是亚马逊系统自己发的，理不理都可以。",
  "", "near-miss amazon-page",
  "Describes Amazon's own review e-mail (policy.md C, section b).", "zh")
R("小棠，您问结账页面上那张券：那是亚马逊自己的优惠券，在商品页勾选后会自动抵扣，我们这边没有另外的代码。",
  "", "near-miss answer",
  "Answers the buyer's question about an Amazon coupon (policy.md B near-misses).", "zh")
R("甘先生，我们不会在站外联系您，也不需要您的电话号码；快递员派送用的是亚马逊提供的信息。",
  "", "near-miss negation",
  "Negated off-platform contact (policy.md D near-misses).", "zh")
R("邵女士，快递面单上那串 TBA405816293370 是亚马逊的物流单号，不是电话号码，在订单页输入就能看到派送进度。",
  "", "near-miss lookalike-number",
  "A tracking number explained as not a phone number (policy.md D near-misses).", "zh")

# ------------------------------------------------------------------ zh Traditional (9)
R("汪小姐，訂單 111-3085712-9946025 的登山鞋已經送達。穿一陣子之後，如果方便，歡迎在商品頁留下真實的使用心得，不論好壞都很有參考價值喔。",
  "", "near-miss neutral-request traditional taiwanese",
  "One neutral invitation, good or bad (policy.md C near-misses).", "zh")
R("侯先生，包裹已經交給黑貓，預計兩個工作天內送到，司機出發前會先打電話跟您確認時間。",
  "", "near-miss logistics-word traditional taiwanese",
  "The carrier will phone; no number given (policy.md D near-misses).", "zh")
R("童小姐，Bramblecrest 防水鞋有一年保固，鞋面滲水屬於保固範圍，請從亞馬遜的訂單頁面申請換貨就可以囉。",
  "", "near-miss warranty traditional taiwanese",
  "A warranty case handled through Amazon (policy.md D near-misses).", "zh")
R("汪小姐，您說願意用五星評價換一組鞋墊，這個我們不能接受，也不符合亞馬遜的規定。鞋墊尺寸不合的話，照正常流程幫您換喔。",
  "", "near-miss refusal traditional taiwanese",
  "Turns down the buyer's offer of five stars for goods (policy.md C near-misses).", "zh")
R("侯先生，您結帳後這款鞋墊的價格有調整，您付款的金額以下單當下為準，有疑問可以洽詢亞馬遜客服。",
  "", "near-miss price-paid traditional taiwanese",
  "Explains the price paid (policy.md B near-misses).", "zh")
R("譚太，你話「俾個 WhatsApp 我啦，方便啲」，不過我哋只會喺 Amazon 訊息入面覆你，唔好意思。對鞋偏細半碼，建議換大半碼。",
  "", "near-miss quoted-buyer traditional cantonese",
  "WhatsApp only in the buyer's quoted words, declined (policy.md D near-misses).", "zh")
R("龔生，第一對鞋帶用咗幾日就甩色，係我哋嘅問題，已經免費補寄一對新嘅俾你，舊嗰對唔使寄返。",
  "", "near-miss remedy traditional cantonese",
  "A free replacement as a remedy (policy.md B near-misses).", "zh")
R("容小姐，問題解決咗就好。如果你覺得我哋處理得妥當，之前留低嘅賣家反饋改唔改、刪唔刪，完全由你決定。",
  "", "near-miss feedback-notice traditional cantonese",
  "The neutral seller-feedback notice after resolution (policy.md C5).", "zh")
R("龔生，多謝你話俾我哋知已經寫咗評價，你講鞋頭偏窄嗰點，我哋已經轉咗俾設計同事參考。",
  "", "near-miss review-thanks traditional cantonese",
  "Thanks a buyer who mentioned his review; nothing asked (policy.md C near-misses).", "zh")

# ------------------------------------------------------------------------ mixed (1)
R("Hi 甘先生，the gaiters 已经到了 UPS 的本地网点，tracking number 1Z3F90X47215038864，可以在 UPS 官网查到明天的派送时间。",
  "", "near-miss carrier-site mixed",
  "Carrier name, tracking number and the carrier's site (policy.md D near-misses).", "mixed")

# =====================================================================================
# CLEAN (30): compliant, no trigger words
# -------------------------------------------------------------------------------- en (13)
R("Hi Desmond, to dry the Bramblecrest boots after a wet day, pull out the insoles, stuff "
  "the uppers with newspaper and leave them at room temperature. Please keep them away from "
  "radiators, as direct heat can crack the leather.",
  "", "clean", "Care advice in reply to a question (policy.md A).")
R("Petronella, for a heel that lifts on steep descents, try a surgeon's knot across the "
  "instep and then lace the last two hooks loosely. Most walkers find the heel settles after "
  "that.",
  "", "clean", "Fit advice about the product bought (policy.md A).")
R("Barnaby, we're sorry: the courier collection for your gaiters was missed yesterday, so "
  "they will leave our workshop two days later than planned. We'll let you know as soon as "
  "they are on their way.",
  "", "clean", "A delay notice for an unexpected problem (policy.md A near-misses).")
R("Ingrid, the Moorwool socks are a merino and nylon blend, so a cool machine wash inside "
  "out keeps them soft. Skip the tumble dryer; they dry flat overnight.",
  "", "clean", "Care advice in reply to a question (policy.md A).")
R("Cressida, the Wispridge runners are built on a medium last. If your toes touched the "
  "front on the downhill stretches, going up half a size usually solves it.",
  "", "clean", "Sizing advice for the product bought (policy.md A).")
R("Mr. Okwuosa, the address on your order is missing a flat number, and the courier needs it "
  "to reach your door. Could you reply with the flat number so the boots arrive without "
  "delay?",
  "", "clean", "Asks for information needed to deliver (policy.md A).")
R("Wilhelmina, the Burrhedge gaiters come in two sizes. The smaller one suits boots up to a "
  "UK 6, and the larger one wraps comfortably over the Bramblecrest collar.",
  "", "clean", "Answers a sizing question (policy.md A).")
R("Leopold, a thin layer of Tallowgleam wax every few outings is plenty. Warm the tin in your "
  "hands, rub it into the seams with a soft cloth and buff off whatever sits on top.",
  "", "clean", "Care advice for the wax bought (policy.md A).")
R("Ms. Villanueva, the zip pull on the gaiters clips onto the lowest lace hook, and the strap "
  "runs under the arch of the boot. Tighten it only until the gaiter stops sliding.",
  "", "clean", "Fitting instructions asked for by the buyer (policy.md A).")
R("Juniper, new insoles can feel firm for the first few walks. Wear them around the house "
  "for a couple of evenings and they will mould to your arch.",
  "", "clean", "Fit advice; new describes the insoles (policy.md A).")
R("Ambrose, the boots need about two weeks of short walks to soften. Blisters in that period "
  "usually mean the lacing is too loose around the ankle, not that the size is wrong.",
  "", "clean", "Break-in advice in reply to a question (policy.md A).")
R("Hester, yes, the Wispridge runners drain through the mesh after a stream crossing. They "
  "are not lined, so your socks will get wet but dry out quickly as you walk.",
  "", "clean", "Answers a product question (policy.md A).")
R("Juniper, the sock pack you chose is waiting on one colour from our supplier, so it will "
  "leave the workshop on Friday instead of Wednesday. Nothing else about the order is "
  "affected.",
  "", "clean", "A delay notice for an unexpected problem (policy.md A near-misses).")

# ------------------------------------------------------------------- zh Simplified (10)
R("邵女士，登山靴淋湿以后，先把鞋垫抽出来，鞋里塞上报纸，放在通风处阴干，千万别用吹风机直接吹。",
  "", "clean", "Care advice in reply to a question (policy.md A).", "zh")
R("甘先生，下坡时脚趾顶到鞋头，一般是鞋带在脚背处没有系紧。试试在最上面两个鞋钩之前打一个锁扣，脚跟就不容易往前滑。",
  "", "clean", "Fit advice about the boots bought (policy.md A).", "zh")
R("卓阿姨，羊毛袜建议翻面冷水机洗，不要进烘干机，平铺晾一晚上就干了。",
  "", "clean", "Care advice for the socks (policy.md A).", "zh")
R("聂老师，快递今天没有按时来取件，您的绑腿会比原计划晚两天出库，我们会第一时间告诉您新的发出时间。",
  "", "clean", "A delay notice for an unexpected problem (policy.md A near-misses).", "zh")
R("小棠，越野跑鞋的鞋面是网布，过溪之后水会很快排出来，袜子会湿，但走一段路就能干。",
  "", "clean", "Answers a product question (policy.md A).", "zh")
R("邵女士，您填的收货地址缺少门牌号，快递员送不到。麻烦回复一下门牌号，我们好按时给您寄出。",
  "", "clean", "Asks for information needed to deliver (policy.md A).", "zh")
R("甘先生，新鞋垫头几次穿会觉得偏硬，在家里穿两个晚上，它会慢慢贴合您的足弓。",
  "", "clean", "Fit advice for the insoles (policy.md A).", "zh")
R("卓阿姨，鞋蜡每走几次山擦一薄层就够了，先用手把蜡焐软，再用软布沿着缝线抹开，多余的擦掉。",
  "", "clean", "Care advice for the wax (policy.md A).", "zh")
R("聂老师，绑腿分大小两个尺码，小号适合三十八码以下的鞋，大号能完整包住 Bramblecrest 的鞋口。",
  "", "clean", "Answers a sizing question (policy.md A).", "zh")
R("小棠，鞋子刚到手时内衬有点紧是正常的，一般短途走上两周就会变软，期间脚后跟磨脚多半是踝部鞋带系得太松。",
  "", "clean", "Break-in advice (policy.md A).", "zh")

# ------------------------------------------------------------------ zh Traditional (6)
R("汪小姐，登山鞋淋濕之後，先把鞋墊抽出來，塞報紙放在通風的地方陰乾，千萬不要拿吹風機直接吹喔。",
  "", "clean traditional taiwanese", "Care advice in reply to a question (policy.md A).",
  "zh")
R("侯先生，因為物流這兩天塞車，您的包裹會比預計晚一天出貨，其他都不受影響，再麻煩您耐心等候。",
  "", "clean traditional taiwanese",
  "A delay notice for an unexpected problem (policy.md A near-misses).", "zh")
R("童小姐，羊毛襪建議翻面用冷水洗，不要烘乾，平放晾一個晚上就乾了囉。",
  "", "clean traditional taiwanese", "Care advice for the socks (policy.md A).", "zh")
R("譚太，新鞋墊頭幾次著會覺得硬身啲，喺屋企著兩晚，佢會慢慢貼返你嘅腳弓。",
  "", "clean traditional cantonese", "Fit advice for the insoles (policy.md A).", "zh")
R("龔生，落斜嗰陣腳趾頂住鞋頭，多數係鞋帶喺腳背嗰度綁得唔夠實，試下喺最頂兩個鞋鉤之前打個鎖扣。",
  "", "clean traditional cantonese", "Fit advice about the boots (policy.md A).", "zh")
R("容小姐，越野跑鞋嘅鞋面係網布，過完溪啲水好快會流走，襪會濕，但行一陣就乾。",
  "", "clean traditional cantonese", "Answers a product question (policy.md A).", "zh")

# ------------------------------------------------------------------------ mixed (1)
R("Hi 卓阿姨，鞋垫可以自己剪：先沿着旧鞋垫的轮廓画一圈，then cut slowly with sharp scissors, "
  "working from the toe end.",
  "", "clean mixed", "Trimming advice asked for by the buyer (policy.md A).", "mixed")


def records():
    recs = [dict(r) for r in RECS]
    random.Random(75).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h75-%03d" % i, "text": r["text"], "labels": list(r["labels"]),
                    "lang": r["lang"], "tags": list(r["tags"]), "note": r["note"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout75.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECS), path))


if __name__ == "__main__":
    main()
