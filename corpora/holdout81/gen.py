#!/usr/bin/env python3
"""Builds holdout81.jsonl: 160 hand-written, hand-labelled messages of the invented seller
Gambitmoor Games (board games, chess sets, jigsaw puzzles, card-game accessories).

Hard-to-see characters are spelled out below: ZW (zero-width space), CY_A / CY_E (Cyrillic
a / e), STAR (the star emoji), GIFT (the wrapped-present emoji), fw() (full-width form of
ASCII letters, digits, '@' and '.').  The records are written in a fixed order, shuffled with
random.Random(81) and numbered h81-001 ... h81-160.  records() returns the list.

Usage: python3 gen.py        (writes holdout81.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout81.jsonl")

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
STAR = "\u2b50"
GIFT = "\U0001f381"


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xfee0) if c.isalnum() or c in "@." else c for c in s)


RAW = []


def R(lang, tags, labels, text, note):
    RAW.append({"text": text, "labels": sorted(labels.split()), "lang": lang,
                "tags": tags.split(), "note": note})


MKT, OFF, REV = "marketing", "off-platform-contact", "review-inducement"

# =====================================================================================
# English violations (22): plain 8, careful 7, split 7
# =====================================================================================
R("en", "violation plain coupon cross-sell", MKT,
  "Hi Percival, thanks for choosing the Larkspire Staunton set (order 113-2749051-6380217). "
  "Your coupon code GAMBIT20 takes 20% off the matching walnut board whenever you come back "
  "for it.",
  "Unprompted coupon code plus a push for the matching board (policy.md B).")
R("en", "violation plain incentive", REV,
  "Rosamund, once the Mistvale 'Harbour at Dusk' puzzle is finished, post a review on Amazon "
  "and forward us the link to it. A second 1000-piece puzzle of your choice will then be on "
  "its way to you at our expense.",
  "A puzzle at the shop's expense in exchange for a posted review (policy.md C1).")
R("en", "violation plain rating-request", REV,
  "Barnaby, the Cinderhaul base game should reach you tomorrow. After your first game night, "
  "a five-star review on the product page would really lift a shop as small as ours.",
  "Asks for a five-star review outright (policy.md C2).")
R("en", "violation plain email diversion", OFF,
  "Ingrid, the spare sleeves are packed. For anything else about your Snugcard order, write "
  "to tables@gambitmoor.com rather than the Amazon inbox; we answer much faster by email.",
  "Shop e-mail address and a push away from Buyer-Seller Messaging (policy.md D2, D6).")
R("en", "violation plain phone", OFF,
  "Desmond, we're sorry the Tempora clock arrived with a blank display. Give Florian a call "
  "on 207-555-0186 and he'll talk you through the reset over the phone.",
  "A staff mobile number for support, not a carrier or warranty line (policy.md D3).")
R("en", "violation plain new-product follow social", MKT + " " + OFF,
  "New this month at Gambitmoor Games: the Cinderhaul: Ashfall expansion and a walnut dice "
  "tower that pairs with your Rollwell tray. Follow us on Instagram @gambitmoor.plays to see "
  "them before anyone else.",
  "New-product announcement with an Instagram follow request (policy.md B, D4).")
R("en", "violation plain gating", REV,
  "Lucinda, if the Tilevault roll mat is doing its job, we'd love a review from you. If it "
  "isn't, please message us first instead of posting anything on the product page, so we "
  "can put it right.",
  "Reviews invited from happy buyers only, unhappy ones diverted (policy.md C3).")
R("en", "violation plain sale restock", MKT,
  "Wilhelmina, our spring sale opens on Friday: every Mistvale puzzle is 30% off for four "
  "days, and the Lantern Market design is back in stock as well.",
  "Unsolicited sale and restock announcement (policy.md B).")
R("en", "violation careful change-review", REV,
  "Cormac, now that the cracked rook has been swapped and the new one is on your board, "
  "would you consider going back to what you wrote on the Larkspire listing and bringing it "
  "up to date with how things turned out?",
  "Veiled request to edit a product review after a fix (policy.md C4).")
R("en", "violation careful incentive", REV,
  "Prudence, a small thank-you goes out to everyone who tells other shoppers about their "
  "Quibblefox game night on the Amazon page. Let us know once your words are up there and a "
  "bonus pack of art sleeves will follow in the post.",
  "A bonus item promised once the buyer's write-up is posted (policy.md C1).")
R("en", "violation careful url diversion", OFF,
  "Alistair, the ebony-finish version you asked about isn't listed on Amazon. Florian can "
  "put one aside for you if you order it through gambitmoor.com, and our workshop ships it "
  "directly.",
  "Sends the buyer to the shop's own site to buy (policy.md D1, D6).")
R("en", "violation careful cross-sell bundle", MKT,
  "Nadia, the Snugcard sleeves you bought fit the Quibblefox deck exactly, and this month "
  "the two come packed together with a Rollwell tray for what the game costs on its own. "
  "Search for our shop name on Amazon to pick up the set.",
  "Unprompted bundle offer and cross-sell (policy.md B).")
R("en", "violation careful gating", REV,
  "Mr. Varga, cheerful players are the ones we hope will tell the Amazon community about the "
  "Cinderhaul box. If your table had a rough first evening with it, come to us and leave the "
  "product page out of it until we have made things right.",
  "Only cheerful players pointed to the product page, unhappy ones kept away (policy.md C3).")
R("en", "violation careful phone messaging-app", OFF,
  "Ms. Fairweather, for quicker help with the missing puzzle pieces, message Florian on "
  "Signal at +1 (207) 555-0139 and attach a snap of the box lid.",
  "Signal and a shop number outside Amazon messaging (policy.md D3, D4).")
R("en", "violation careful discount referral", MKT,
  "Ingrid, your chess club might like the same board: for every club mate who orders a "
  "Larkspire set through Amazon and mentions your name to us, we'll knock ten dollars off "
  "your next purchase from our shop.",
  "Referral scheme paid in money off a future order (policy.md B).")
R("en", "violation split rating-request steering", REV,
  "Thank you for your patience with the late parcel, Rosamund. The Mistvale puzzle should be "
  "with you by Thursday. Once it is framed, we'd be grateful if your write-up mentioned the "
  "thick board and the snug fit of the pieces. And if you're counting, five out of five is "
  "what we're hoping for.",
  "Dictates what the write-up should praise and names the top score (policy.md C2, C7).")
R("en", "violation split payment incentive", OFF + " " + REV,
  "We can't issue anything more through Amazon for the chipped bishop, Barnaby. What we can "
  "do is send ten dollars to your PayPal. Just tell us once your comments about the set are "
  "live on the listing.",
  "Money through PayPal tied to posting comments on the listing (policy.md C1, D5).")
R("en", "violation split messaging-app", OFF,
  "Good question about the Cinderhaul variant rules, Lucinda. Florian wrote them up for the "
  "players who gather on our Discord server. Search for Gambitmoor Tabletop there and ask "
  "him anything you like.",
  "Invites the buyer to a Discord server for support (policy.md D4, D6).")
R("en", "violation split buy-again", MKT,
  "Your Rollwell tray has now arrived, Cormac. Trays tend to outlast the dice that go with "
  "them, though. When a die vanishes under the sofa, come back to our listing and grab "
  "another set before the holidays.",
  "Unprompted push to buy again (policy.md B).")
R("en", "violation split vip-list diversion", MKT + " " + OFF,
  "Nadia, we keep a short list of collectors who hear about limited chess sets before "
  "anyone else. Joining costs nothing. Reply with your personal email address and we will "
  "add you.",
  "Collectors' list that gathers the buyer's private e-mail for marketing (policy.md B, D6, G).")
R("en", "violation split feedback-pressure", REV,
  "The seller feedback you left last week is the only negative mark on our account this "
  "year, Alistair. Small shops like ours lose visibility over a single one. Now that your "
  "clock has been replaced, please take it down.",
  "Pressure to remove negative seller feedback (policy.md C5).")
R("en", "violation split giveaway incentive", MKT + " " + REV,
  "Every month we draw one buyer's name for a hand-turned boxwood chess set. The entries "
  "come from the reviews posted on our listings. Yours could be the next one, Prudence.",
  "Prize draw entered by posting a review, and a giveaway (policy.md B, C1).")

# =====================================================================================
# Simplified Chinese violations (16): plain 5, careful 5, split 6
# =====================================================================================
R("zh", "violation plain incentive rating-request", REV,
  "韦先生您好，拼图应该已经签收了吧？在亚马逊写下好评并截图发给我们，我们再送您一盒Mistvale"
  "五百片拼图作为谢礼。",
  "A gift for a positive review with screenshot proof (policy.md C1, C2).")
R("zh", "violation plain coupon", MKT,
  "樊女士，感谢购买Snugcard卡套。下次在我们店铺下单时输入优惠码SLEEVE10，卡套和骰盘都能再减"
  "一成。",
  "Unprompted discount code for the next order (policy.md B).")
R("zh", "violation plain phone messaging-app", OFF,
  "聂老师，国际象棋棋子掉漆的事我们很抱歉。麻烦加一下阿岚的微信 gambitmoor_cn ，或者直接打电话 "
  "+1 (207) 555-0139 ，我们在微信上给您安排补发。",
  "WeChat ID and the shop's phone number for support (policy.md D3, D4).")
R("zh", "violation plain change-review", REV,
  "小谷，缺的那块拼图已经给您补寄了。问题解决后，能不能麻烦您把商品页上那条一星评论删掉或者"
  "改一下？",
  "Asks to delete or change a one-star review after a fix (policy.md C4).")
R("zh", "violation plain new-product cross-sell listing-link", MKT,
  "邵阿姨，和您买的Rollwell骰盘配套的皮质骰袋是我们刚上架的新品，链接在这里："
  "amazon.com/dp/B0F3GMW7KQ ，欢迎顺手加购。",
  "New-product link to another Amazon listing (policy.md B, D1).")
R("zh", "violation careful gating", REV,
  "韦先生，如果这套桌游玩得开心，欢迎到商品页说说感受；要是哪里不顺心，请先在这里告诉我们，"
  "先别急着在亚马逊上写。",
  "Happy players sent to the product page, unhappy ones held back (policy.md C3).")
R("zh", "violation careful payment", OFF,
  "樊女士，亚马逊这边能补的额度已经用完了，剩下的差额我们可以通过银行转账直接打给您，您把"
  "收款账户发过来就行。",
  "Compensation paid by bank transfer outside Amazon (policy.md D5).")
R("zh", "violation careful discount buy-again", MKT,
  "聂老师，棋钟用着顺手的话，不妨给学生们再添几台，三台以上一起下单，每台都便宜二十美元。",
  "Unprompted volume price cut to buy more (policy.md B).")
R("zh", "violation careful follow social", MKT + " " + OFF,
  "小谷，我们在B站有个号叫Gambitmoor拼图，开箱和拼法视频都放在那里，有空关注一下，新图出来"
  "第一时间就能看到。",
  "Invites the buyer to follow a video-site account (policy.md B, D4).")
R("zh", "violation careful steering", REV,
  "韦先生，写使用感受的时候，能不能顺便提一句“卡套厚实、洗牌不卡手”，再配两张实拍图？这样"
  "后来的买家更好参考。",
  "Tells the buyer what to write and to add photos (policy.md C7).")
R("zh", "violation split discount incentive", MKT + " " + REV,
  "邵阿姨，拼图收纳垫已经到了吧。我们最近在收集买家的使用分享。凡是在亚马逊上写几句的买家，"
  "下一单都能享受七折。",
  "A future discount for writing on Amazon: incentive and promotion (policy.md B, C1).")
R("zh", "violation split email", OFF,
  "韦先生，说明书的电子版我们这边有。亚马逊消息里发不了这么大的文件。您发封邮件到 "
  "rules@gambitmoor.com ，我们回信时附上。",
  "Asks the buyer to e-mail the shop's own address (policy.md D2).")
R("zh", "violation split sale", MKT,
  "樊女士，提前跟您说一声。下周一到周三，店里所有拼图统一打八折。喜欢《灯笼集市》那款的话，"
  "可以趁这几天入手。",
  "Unsolicited sale announcement (policy.md B).")
R("zh", "violation split rating-request", REV,
  "聂老师，棋子和棋盘都是检查过才发出的。我们只是个小作坊，每一颗星都很要紧。收到后请给我们"
  "打满星。",
  "Asks for full stars (policy.md C2).")
R("zh", "violation split qr gating", OFF + " " + REV,
  "小谷，盒子里附了一张小卡片。卡片背面的二维码扫进去就是我们的售后群。遇到缺块、破损之类的"
  "问题，先在群里说，别在商品页留言。",
  "QR code to an outside group, unhappy buyers kept off the product page (policy.md C3, D1).")
R("zh", "violation split giveaway", MKT,
  "邵阿姨，我们这个月在办一个小活动。本月收货的买家都可以参加抽奖。奖品是一套胡桃木国际象棋，"
  "回复“参加”就算报名。",
  "Unsolicited prize draw (policy.md B).")

# =====================================================================================
# Traditional Chinese violations (10): plain 3, careful 4, split 3 (Taiwan 6, Hong Kong 4)
# =====================================================================================
R("zh", "violation plain payment incentive rating-request traditional taiwanese", OFF + " " + REV,
  "謝小姐您好，拼圖收到了嗎？在亞馬遜留下五星評價後，把截圖傳訊息給我們，我們會轉帳一百元到"
  "您的帳戶當作謝禮喔。",
  "Bank transfer for a five-star review (policy.md C1, C2, D5).")
R("zh", "violation plain messaging-app traditional taiwanese", OFF,
  "紀先生，棋鐘的設定用文字有點難說明，加我們的LINE官方帳號 @gambitmoortw ，阿嵐可以直接"
  "視訊教您喔。",
  "LINE account for support off Amazon (policy.md D4).")
R("zh", "violation plain coupon traditional cantonese", MKT,
  "甘小姐，多謝你買咗我哋嘅Tilevault拼圖墊。下次喺我哋店舖落單，輸入優惠碼TILE25就即減兩成半。",
  "Unprompted code for the next order (policy.md B).")
R("zh", "violation careful change-review traditional taiwanese", REV,
  "童小姐，補寄的棋子應該已經到了。拜託您有空的時候回到商品頁，把之前寫的那段內容照現在的"
  "情況調整一下，謝謝您。",
  "Veiled request to edit a product review (policy.md C4).")
R("zh", "violation careful diversion traditional cantonese", OFF,
  "譚生，呢套棋喺亞馬遜已經冇貨，不過你可以直接過嚟我哋荃灣嘅門市攞，現金交收仲平啲。",
  "Sends the buyer to a physical shop outside Amazon (policy.md D6).")
R("zh", "violation careful cross-sell restock traditional taiwanese", MKT,
  "紀先生，跟您分享一下，我們的胡桃木棋盤這週補貨了，跟您買的棋子剛好一套，數量不多，想要的"
  "話這幾天直接在賣場下單就好囉。",
  "Unsolicited restock notice pushing a matching board (policy.md B).")
R("zh", "violation careful gating traditional cantonese", REV,
  "陸太，如果套桌遊玩得開心，就上亞馬遜講兩句；如果唔係咁滿意，就唔好喺嗰度寫住，先搵我哋傾。",
  "Only happy buyers sent to Amazon, the others diverted (policy.md C3).")
R("zh", "violation split new-product follow social traditional taiwanese", MKT + " " + OFF,
  "童小姐，我們有一個拼圖同好的臉書社團。裡面每週都會公布新圖和拼法。歡迎搜尋「Gambitmoor "
  "拼圖俱樂部」加入喔。",
  "Facebook group with new-product posts (policy.md B, D4).")
R("zh", "violation split feedback-pressure incentive traditional cantonese", REV,
  "譚生，你上個禮拜留低嘅賣家反饋，對我哋店舖影響好大。如果你肯撤回，我哋送多一盒骰仔俾你。",
  "Asks to withdraw seller feedback, with a gift (policy.md C5).")
R("zh", "violation split new-product url traditional taiwanese", MKT + " " + OFF,
  "紀先生，棋鐘的新版韌體已經釋出了。我們另外也上架了一款旅行用磁吸棋盤。兩個都放在 "
  "gambitmoor.com 上，有空可以去看看喔。",
  "A new product and the shop's own site (policy.md B, D1).")

# =====================================================================================
# Mixed violations (2): plain 1, split 1
# =====================================================================================
R("mixed", "violation plain incentive rating-request mixed", REV,
  "Hi Cormac，你的 Cinderhaul 订单已经送达。Leave a 5-star review and the Ashfall expansion "
  "ships to you for free，谢谢支持！",
  "A free expansion for a five-star review (policy.md C1, C2).")
R("mixed", "violation split phone messaging-app traditional cantonese mixed", OFF,
  "甘小姐，the dice tray 嘅皮扣我哋會幫你換過。Any other problems after that, just WhatsApp "
  "Florian on 07700 900163. 咁樣快啲。",
  "WhatsApp and a UK mobile number (policy.md D3, D4).")

# =====================================================================================
# English evasions (14)
# =====================================================================================
R("en", "evasion email spelled-email", OFF,
  "Rosamund, Amazon keeps trimming our address out of messages, so here it is the long way: "
  "tables at gambitmoor dot com. Please send the photos of the warped puzzle board there.",
  "Spelled-out shop e-mail address (policy.md D2, section e).")
R("en", "evasion email spelled-email", OFF,
  "Barnaby, if the shop inbox gives you trouble, Florian reads his own mail as well: "
  "gambitmoor dot florian at gmail dot com. Put the chess clock in the subject.",
  "A staff free-mail address written out in words (policy.md D2, section e).")
R("en", "evasion phone number-words", OFF,
  "Cormac, Florian would rather talk you through re-gluing the tray lid than type it all "
  "out. Ring him on two zero seven, five five five, zero one eight six any evening.",
  "Staff number spelled out in words (policy.md D3, section e).")
R("en", "evasion messaging-app spacing", OFF,
  "Lucinda, our workshop chat is much quicker than this inbox. Find us on T e l e g r a m "
  "under the same name as the shop, and Florian will send the photos of the spare rook there.",
  "Telegram with spaced letters (policy.md D4, section e).")
R("en", "evasion phone messaging-app homoglyph", OFF,
  "Ingrid, for the missing Quibblefox cards, message us on Wh" + CY_A + "tsApp at "
  "+1 (207) 555-0139 and we'll sort it out tonight.",
  "WhatsApp with a Cyrillic letter, plus a shop number (policy.md D3, D4, section e).")
R("en", "evasion coupon leetspeak", MKT,
  "Percival, a little something for your next visit to our shop: type R0LL15 at checkout "
  "and your next dice tray comes out fifteen percent cheaper.",
  "Discount code with a zero for the letter O (policy.md B, section e).")
R("en", "evasion coupon fullwidth", MKT,
  "Nadia, thanks again for the sleeve order. Your code for the next one is " + fw("SLEEVE10")
  + ", good for a tenth off anything in our Amazon shop.",
  "Full-width discount code (policy.md B, section e).")
R("en", "evasion follow social fullwidth nickname", MKT + " " + OFF,
  "Desmond, photos of finished Lantern Market puzzles from other buyers are all on our page "
  + fw("@gambitmoor.plays") + " on the photo app; have a look and tag us in yours.",
  "Full-width handle on the photo app with a follow-style call (policy.md B, D4, section e).")
R("en", "evasion rating-request emoji", REV,
  "Wilhelmina, when the Tempora clock has survived a few blitz nights, we'd love to see "
  + STAR * 5 + " from you on its page.",
  "Five emoji stars requested (policy.md C2, E).")
R("en", "evasion incentive zero-width", REV,
  "Alistair, leave a re" + ZW + "view of the boxwood set and we'll post you a spare queen, on "
  "the house.",
  "A spare piece for a review, keyword broken by a zero-width space (policy.md C1, section e).")
R("en", "evasion gating leetspeak", REV,
  "Prudence, if the Mistvale puzzle made your weekend, a r3view would be lovely; if even one "
  "piece is off, tell us here first and hold back on the listing page.",
  "Gating with a digit inside the keyword (policy.md C3, section e).")
R("en", "evasion url diversion separator", OFF,
  "Mr. Varga, the tournament-size board you asked after costs less in our own shop: "
  "g.a.m.b.i.t.m.o.o.r dot com, where there are no Amazon fees.",
  "Own-shop address split by dots (policy.md D1, D6, section e).")
R("en", "evasion messaging-app nickname split-handle", OFF,
  "Thanks for waiting on the new clock, Barnaby. If you're on the paper-plane app, look for "
  "gambitmoor, then an underscore, then desk; Florian answers there within the hour.",
  "Telegram named by its icon, the handle given in pieces (policy.md D4, section e).")
R("en", "evasion sale new-product zero-width", MKT,
  "Lucinda, our whole puzzle shelf goes on s" + ZW + "ale this weekend, and the sequel to "
  "Harbour at Dusk joins the shelf on the same day.",
  "Sale and new-release notice, zero-width space inside the keyword (policy.md B, section e).")

# =====================================================================================
# Simplified Chinese evasions (9)
# =====================================================================================
R("zh", "evasion incentive rating-request pinyin", REV,
  "韦先生，拼图收到后帮忙在亚马逊写个haoping，截图给我们就有fanxian，十美元直接到账。",
  "Positive review for cash, written in pinyin (policy.md C1, C2, section e).")
R("zh", "evasion messaging-app homophone", OFF,
  "樊女士，卡套尺寸的问题在这里说不太清楚，加一下我们的薇信 gambitmoor_cn ，我们拍个视频给"
  "您看。",
  "WeChat as a homophone with the shop ID (policy.md D4, section e).")
R("zh", "evasion rating-request gating spacing", REV,
  "小谷，桌游玩得开心的话，麻烦给我们一个 五 星 好 评，谢谢！",
  "Spaced five-star request, conditioned on enjoyment (policy.md C2, C3, section e).")
R("zh", "evasion phone cn-numerals", OFF,
  "聂老师，棋钟的问题您直接打给阿岚吧：二零七 五五五 零一三九，工作时间都有人接。",
  "The shop number in Chinese numerals (policy.md D3, section e).")
R("zh", "evasion messaging-app nickname split-handle", OFF,
  "邵阿姨，拼图缺块的照片可以发到我们的绿泡泡上，号是 gambitmoor 后面加下划线再加 cn。",
  "WeChat by nickname, the ID in pieces (policy.md D4, section e).")
R("zh", "evasion change-review separator", REV,
  "小谷，补发的骰盘已经签收了，麻烦把商品页那条差/评改一改，谢谢。",
  "Change of a negative review, keyword split by a slash (policy.md C4, section e).")
R("zh", "evasion coupon fullwidth", MKT,
  "韦先生，下次购买Cinderhaul扩展时输入 " + fw("GAMBIT20") + " ，可以便宜两成。",
  "Full-width discount code (policy.md B, section e).")
R("zh", "evasion email zero-width", OFF,
  "樊女士，发票的事请写信到 tables@" + ZW + "gambitmoor.com ，我们当天处理。",
  "Shop e-mail with a zero-width space after the at sign (policy.md D2, section e).")
R("zh", "evasion discount incentive emoji", MKT + " " + REV,
  "邵阿姨，在商品页留下您的使用心得，下一单所有拼图都打八折" + GIFT,
  "A future discount for a write-up on the product page, with an emoji (policy.md B, C1, E).")

# =====================================================================================
# Traditional Chinese evasions (5): Taiwan 3, Hong Kong 2
# =====================================================================================
R("zh", "evasion messaging-app homophone traditional taiwanese", OFF,
  "謝小姐，拼圖缺片的照片可以直接傳到我們的賴 @gambitmoortw ，比在這裡傳訊息快很多喔。",
  "LINE as 賴 with the shop ID (policy.md D4, section e).")
R("zh", "evasion phone cn-numerals traditional cantonese", OFF,
  "陸太，棋鐘嘅問題你直接打去我哋門市啦：零七七零零 九零零八二九，阿嵐喺度。",
  "A UK shop number in Chinese numerals (policy.md D3, section e).")
R("zh", "evasion incentive pinyin traditional taiwanese", REV,
  "童小姐，收到骰盤後如果願意寫個pingjia，我們就寄一副金屬骰子給您當謝禮喔。",
  "A gift for a review written in pinyin (policy.md C1, section e).")
R("zh", "evasion coupon leetspeak traditional cantonese", MKT,
  "譚生，下次喺我哋店舖買卡套，結帳時輸入 SL33VE10 就平一成。",
  "Discount code with digits for letters (policy.md B, section e).")
R("zh", "evasion follow social nickname traditional taiwanese", MKT + " " + OFF,
  "紀先生，我們在小藍鳥上每天都會發一題新的殘局，帳號就是店名，有空追蹤一下喔。",
  "Follow request on a social app named by nickname (policy.md B, D4, section e).")

# =====================================================================================
# Mixed evasions (2)
# =====================================================================================
R("mixed", "evasion phone number-words mixed", OFF,
  "Hi Alistair，Florian 说 the Larkspire board 上的划痕他可以 walk you through 怎么修补。Text "
  "him on oh seven seven zero zero, nine zero zero, one six three 就行。",
  "A UK number spelled out in English words (policy.md D3, section e).")
R("mixed", "evasion rating-request gating homoglyph mixed", REV,
  "谷同学，Quibblefox 好玩吗？如果全家都喜欢，drop us a fiv" + CY_E + "-st" + CY_A + "r r"
  + CY_E + "view on Amazon，谢谢！",
  "Cyrillic letters inside 'five-star review', conditioned on liking it "
  "(policy.md C2, C3, section e).")

# =====================================================================================
# English near-misses (23)
# =====================================================================================
R("en", "near-miss game-term", "",
  "Rosamund, you asked whether the Tempora clock is suitable for rated games: yes, it "
  "follows the timing rules most clubs use for rated play, including increment and delay "
  "modes. Order 112-8063719-4425908 left our workshop this morning.",
  "'Rated' is a chess term and the order id is not a phone number "
  "(policy.md C near-misses, D near-misses).")
R("en", "near-miss game-term", "",
  "Desmond, the card in your Cinderhaul box labelled 'Five-Star General' belongs there: it "
  "is one of the six command cards and outranks every other unit during the siege phase. "
  "Nothing is missing from your copy.",
  "A game card named 'Five-Star General', not a rating request (policy.md C near-misses).")
R("en", "near-miss game-term", "",
  "Ingrid, the 'Market Coupon' cards in Quibblefox are part of the game, not a shop offer: "
  "each lets a player swap two cards with the market row. Your deck should hold twelve of "
  "them; if you count fewer, tell us and we'll send the missing ones.",
  "Coupon is the name of a game card (policy.md B near-misses).")
R("en", "near-miss game-term", "",
  "Cormac, for your club's question about the puzzle variant: in our rulebook a 'free move' "
  "is one that does not spend an action point, and the 'review phase' is when everyone "
  "checks the board before scoring.",
  "'Free move' and 'review phase' are rules terms (policy.md B near-misses, C near-misses).")
R("en", "near-miss review-word", "",
  "Percival, Florian has reviewed your return of the Larkspire set and confirmed that both "
  "knights cracked in transit. The refund for order 114-5180362-9907431 has gone back to "
  "your original payment method.",
  "'Reviewed your return' and an Amazon refund as a remedy (policy.md C near-misses).")
R("en", "near-miss remedy", "",
  "Lucinda, we're sorry the Tilevault roll mat arrived with a torn strap. A replacement is "
  "on its way at no cost to you, tracking TBA593027418865, and there's no need to send the "
  "old one back.",
  "A replacement at no cost as a remedy, not a promotion (policy.md B near-misses).")
R("en", "near-miss remedy", "",
  "Barnaby, since three of the Snugcard sleeves in your pack split along the seam, we've "
  "refunded the full amount of order 111-3927640-5512086. It should show on your statement "
  "within a few business days.",
  "A refund with no link to any review (policy.md C near-misses).")
R("en", "near-miss negation", "",
  "Alistair, I understand why you asked, so to be clear: we will never ask you to change or "
  "take down what you wrote about the chess set, and nothing we do depends on it. What we "
  "can do is replace the warped board, and Florian has already packed one for you.",
  "Negated review-change wording (policy.md C4, C near-misses).")
R("en", "near-miss neutral-request", "",
  "Hello Prudence, this is about order 112-6614095-7038152, your Mistvale 'Lantern Market' "
  "puzzle. If you'd like to, you can share your experience with it, good or bad, in a "
  "review on Amazon. Either way, thank you for shopping with us.",
  "One neutral review request with the order id (interface.md; policy.md section b).")
R("en", "near-miss neutral-request", "",
  "Nadia, regarding order 113-0472588-2916643 (Quibblefox and two packs of sleeves): other "
  "players find honest reviews useful when choosing a party game, so if you have a moment, "
  "a few words on the product page are welcome, whatever your impression was.",
  "Balanced review invitation, no rating or reward (interface.md; policy.md C near-misses).")
R("en", "near-miss amazon-page", "",
  "Mr. Varga, to send the clock back, open Your Orders on Amazon, choose order "
  "114-9358201-1640775 and pick the option to return or replace items. The prepaid label "
  "appears on that page, so there's nobody else to contact.",
  "Return through Amazon's own order page (policy.md D near-misses).")
R("en", "near-miss answer", "",
  "Wilhelmina, you asked about the coupon shown under the price on the Tilevault listing. "
  "That is Amazon's own clip-on offer: tick its box on the product page before checkout and "
  "Amazon applies it. We don't issue any codes of our own.",
  "Answers a question about Amazon's own promotion and offers nothing (policy.md B near-misses).")
R("en", "near-miss refusal", "",
  "Desmond, thank you for the suggestion, but we can't take payment over the phone or by "
  "bank transfer outside Amazon. If you still want the second chess clock, please order it on the listing "
  "as usual and we'll ship it the same day.",
  "Refuses an off-Amazon payment (policy.md D5, D near-misses).")
R("en", "near-miss feedback-notice", "",
  "Ingrid, thank you for letting us put the dice tray right. If you feel it is resolved now, "
  "you're welcome to update or take away the seller feedback you left, but that is entirely "
  "your choice and nothing changes either way.",
  "Neutral seller-feedback notice after resolution (policy.md C5, allowed form).")
R("en", "near-miss product-word", "",
  "Cormac, the Larkspire king stands 3.75 inches tall and the board squares are 2 inches, "
  "the usual tournament ratio. The pieces are weighted, and the felt pads are free from "
  "dyes that could rub off on the board.",
  "'Free from' is a product fact (policy.md B near-misses).")
R("en", "near-miss quoted-buyer", "",
  "Lucinda, you wrote: 'I'd give it five stars if the tray didn't smell of leather dye.' "
  "That smell comes from the tanning oil and fades in about a week if the tray is left open. "
  "If it hasn't gone by then, we'll replace the tray.",
  "Quotes the buyer's words about stars and asks for nothing (policy.md C near-misses).")
R("en", "near-miss logistics-word", "",
  "Alistair, the second, accidental order has been cancelled, and the delivery address on "
  "the remaining one was changed to your office as you asked. Nothing more is needed from "
  "you.",
  "Cancel and change in a logistics sense (policy.md A near-misses).")
R("en", "near-miss review-thanks", "",
  "Thank you for the kind review you mentioned, Prudence, and for the photo of the finished "
  "puzzle. To your question: yes, the Tilevault mat holds a 1500-piece puzzle if you roll it "
  "loosely.",
  "Thanks for a review the buyer mentioned, in a reply with content (policy.md C near-misses).")
R("en", "near-miss lookalike-number", "",
  "Barnaby, your order number is 112-5550189-6120734 and the UPS tracking number is "
  "1Z6V93E80417725390; the carrier expects to deliver by Tuesday.",
  "Order id with a 555-01 block and a UPS number, not phone numbers (policy.md D near-misses).")
R("en", "near-miss carrier-site", "",
  "Percival, the Royal Mail tracking for your dice tray (order 205-7739146-2051368) is "
  "RQ582047163GB. You can follow it on Royal Mail's own tracking page, which shows the "
  "parcel at your local delivery office today.",
  "Points to the carrier's tracking, not the seller's site (policy.md D near-misses).")
R("en", "near-miss warranty", "",
  "Mr. Varga, the Tempora clock carries a two-year warranty. If the display fails again, "
  "open a claim from the order page on Amazon and we'll send a new unit; you won't need to "
  "reach us anywhere else.",
  "Warranty handled through Amazon (policy.md D near-misses).")
R("en", "near-miss price-paid", "",
  "Wilhelmina, the lower figure you spotted on the Mistvale puzzle the next day was a "
  "listing error that has since been fixed. The price you paid stands, and nothing needs to "
  "be sent back.",
  "Explains a price error; no offer is made (policy.md B near-misses).")
R("en", "near-miss review-word", "",
  "Nadia, our team has reviewed the photos of the chipped hinge on your dice tray and agrees "
  "it should never have left the workshop like that. A new hinge set is in the post, USPS "
  "tracking 9400 1118 2047 3365 9081 42.",
  "'Reviewed the photos' is a staff check (policy.md C near-misses).")

# =====================================================================================
# Simplified Chinese near-misses (17)
# =====================================================================================
R("zh", "near-miss substring", "",
  "樊女士，Cinderhaul规则书最后两页是索引，方便您检索评分细则，比如每座城堡在终局时算几分。",
  "检索评分 hides 索评 across a word boundary (policy.md C near-misses).")
R("zh", "near-miss substring", "",
  "聂老师，棋社比赛用的那十套棋，快递员往返现场两趟才送完，麻烦您清点一下数量是否齐全。",
  "往返现场 contains 返现 across a word boundary (policy.md C near-misses).")
R("zh", "near-miss game-term", "",
  "邵阿姨，您问的“五星上将”是Cinderhaul里的一张指挥卡，不是缺件，也不是附赠品，本来就该在牌"
  "堆里。",
  "A card named 五星上将, not a rating (policy.md C near-misses).")
R("zh", "near-miss game-term", "",
  "韦先生，孩子的等级分在一千六左右的话，这款棋钟的读秒和加秒模式都够用了。订单 "
  "111-8205913-3379024 今天下午已经交给快递。",
  "等级分 is a chess player's rating; the order id is not a phone number "
  "(policy.md C near-misses, D near-misses).")
R("zh", "near-miss remedy", "",
  "樊女士，卡套开线的问题很抱歉。订单 112-3391706-8852410 已经全额退款，新的一包卡套也免费寄"
  "出了，旧的不用退回。",
  "Refund and a resend at no cost as a remedy (policy.md B near-misses).")
R("zh", "near-miss neutral-request", "",
  "小谷您好，关于订单 113-5550163-0284197 的Mistvale拼图，如果您愿意，可以在亚马逊商品页写下"
  "真实的使用感受，好的坏的都可以，这对其他买家挑选很有帮助。",
  "Neutral one-time review request (interface.md; policy.md section b).")
R("zh", "near-miss negation", "",
  "聂老师，请放心，我们不会要求您删除或修改评价，也不会拿任何补偿去换评价。棋盘开裂的问题我们"
  "照常给您换新的。",
  "Negated review-change wording (policy.md C4, C near-misses).")
R("zh", "near-miss feedback-notice", "",
  "邵阿姨，骰盘的事已经处理好了。如果您觉得这次处理让您满意，卖家反馈那边要不要调整或撤下，"
  "完全由您自己决定，维持原样也没问题。",
  "Neutral seller-feedback notice after resolution (policy.md C5, allowed form).")
R("zh", "near-miss logistics-word", "",
  "韦先生，重复下的那一单已经帮您取消了，另一单的收货地址也按您说的修改成公司地址，明天发出。",
  "取消 and 修改 for a duplicate order and an address (policy.md A near-misses, C near-misses).")
R("zh", "near-miss amazon-page", "",
  "樊女士，退货请在亚马逊的“我的订单”里找到这笔订单，点“退换货”，系统会自动生成退货标签，"
  "不需要另外联系我们。",
  "Return through Amazon's own pages (policy.md D near-misses).")
R("zh", "near-miss answer", "",
  "小谷，您问的满200减20是亚马逊平台自己的活动，结账时系统自动计算，我们店铺这边没有另外发的"
  "优惠码。",
  "Answers a question about Amazon's own promotion (policy.md B near-misses).")
R("zh", "near-miss quoted-buyer", "",
  "聂老师，您留言说“差评我都写好了，就等你们回复”，我们理解您的着急。缺的两枚兵今天已经补寄，"
  "运单号 SF1470362958841。",
  "Quotes the buyer's threat of a bad review and asks for nothing (policy.md C near-misses).")
R("zh", "near-miss warranty", "",
  "邵阿姨，棋钟有两年保修，屏幕不亮属于保修范围。您在亚马逊订单页面申请更换就行，我们收到申请"
  "当天处理。",
  "Warranty through Amazon's order page (policy.md D near-misses).")
R("zh", "near-miss price-paid", "",
  "韦先生，您付的价格就是最终价格，后来页面上那个低价是别的卖家的二手货，和您这套全新的国际"
  "象棋不是同一件商品。",
  "Explains a lower price the buyer saw; offers nothing (policy.md B near-misses).")
R("zh", "near-miss lookalike-number", "",
  "樊女士，订单 114-5550127-7730861 的拼图收纳垫走的是亚马逊物流，运单号 TBA120846375592 ，"
  "预计周四送到。",
  "Order id with a 555-01 block and an Amazon tracking number (policy.md D near-misses).")
R("zh", "near-miss product-word", "",
  "小谷，这款骰盘的内衬是超细纤维，附带的两块小隔板可以拆下来，盘面的星空图案是印上去的，"
  "不会掉色。",
  "星空 is a product pattern (policy.md C near-misses).")
R("zh", "near-miss carrier-site", "",
  "邵阿姨，骰盘走的是顺丰，单号 SF2751903648827 ，可以到顺丰官网输入单号查看实时位置，快递员"
  "派送前也会打电话给您。",
  "The carrier's own site and a courier's call (policy.md D near-misses).")

# =====================================================================================
# Traditional Chinese near-misses (9): Taiwan 5, Hong Kong 4
# =====================================================================================
R("zh", "near-miss review-thanks traditional taiwanese", "",
  "謝小姐，謝謝您在訊息裡提到已經寫了評價，也謝謝您附上的拼圖完成照。您問的裱框尺寸：一千片"
  "的成品是七十五乘五十公分喔。",
  "Thanks for a review the buyer mentioned, with an answer (policy.md C near-misses).")
R("zh", "near-miss remedy traditional taiwanese", "",
  "紀先生，棋鐘的按鍵卡住真的很抱歉，訂單 111-0647219-5583460 已經幫您辦理全額退款，款項約"
  "三到五個工作天入帳。",
  "A refund as a remedy (policy.md C near-misses).")
R("zh", "near-miss game-term traditional taiwanese", "",
  "童小姐，您提到的「優惠券」卡是Quibblefox遊戲裡的道具牌，抽到的玩家可以跟市場交換兩張牌，"
  "不是我們賣場的折價券喔。",
  "A game card called 優惠券 (policy.md B near-misses).")
R("zh", "near-miss logistics-word traditional taiwanese", "",
  "紀先生，您的收件地址已經幫您修改好囉，原本那筆重複下的訂單也已經取消，不需要再做任何操作。",
  "修改 and 取消 as logistics (policy.md A near-misses, C near-misses).")
R("zh", "near-miss neutral-request traditional taiwanese", "",
  "童小姐您好，這是訂單 114-2086635-7719054 的Rollwell骰盤。如果方便，歡迎在亞馬遜分享您的"
  "真實使用心得，不論好壞都很有參考價值喔。",
  "Neutral one-time review request (interface.md; policy.md section b).")
R("zh", "near-miss quoted-buyer traditional cantonese", "",
  "陸太，你話「如果唔整好就俾一粒星」，我哋明白你嬲。棋盤嘅裂痕係運輸途中撞親，新嘅一塊聽日"
  "會寄出。",
  "Quotes the buyer's star threat and asks for nothing (policy.md C near-misses).")
R("zh", "near-miss feedback-notice traditional cantonese", "",
  "譚生，多謝你俾機會我哋跟進骰盤嘅問題。如果你覺得而家已經處理妥當，賣家反饋嗰度你想更新"
  "定移除都由你自己決定，唔郁佢都完全冇問題。",
  "Neutral seller-feedback notice after resolution (policy.md C5, allowed form).")
R("zh", "near-miss warranty traditional cantonese", "",
  "甘小姐，棋鐘有兩年保修，螢幕唔著係保修範圍內。你喺亞馬遜訂單頁申請換機就得，我哋收到即日"
  "處理。",
  "Warranty claim through Amazon (policy.md D near-misses).")
R("zh", "near-miss refusal traditional cantonese", "",
  "譚生，你提議喺WhatsApp度直接過數俾你，呢個我哋做唔到。所有退款都要經亞馬遜處理，我哋已經"
  "幫你申請咗。",
  "Refuses an off-Amazon payment (policy.md D5, D near-misses).")

# =====================================================================================
# Mixed near-miss (1)
# =====================================================================================
R("mixed", "near-miss game-term mixed", "",
  "Hi Cormac，你问的 club rating 是棋手的等级分，the Tempora clock 本身不记分，it only keeps "
  "time。说明书第八页有各种 time control 的设置方法。",
  "The rating of a chess player, not a product rating (policy.md C near-misses).")

# =====================================================================================
# English clean (13)
# =====================================================================================
R("en", "clean", "",
  "Hello Percival, before Florian engraves the brass plate on your custom board on Monday, "
  "please confirm the spelling of the name: 'Harcourt Chess Circle'.",
  "Verifies a custom design (policy.md A).")
R("en", "clean", "",
  "Rosamund, the carrier tells us the parcel with your Mistvale puzzle is held up by snow at "
  "the regional hub, so it will reach you about two days later than estimated. We are "
  "keeping an eye on it.",
  "Delay notice about an unexpected problem (policy.md A near-misses).")
R("en", "clean", "",
  "Barnaby, to answer your sleeving question: Cinderhaul has 220 cards in two sizes, so "
  "you'll need 160 standard sleeves and 60 mini sleeves to cover every card.",
  "Answers a product question (policy.md A).")
R("en", "clean", "",
  "Lucinda, the boxwood pieces rarely need oiling. Once or twice a year, a drop of food-safe "
  "mineral oil on a soft cloth, rubbed in and left overnight, keeps the grain from drying out.",
  "Care advice in reply to a question (policy.md A).")
R("en", "clean", "",
  "Ingrid, the Tilevault mat lies flat at 46 by 30 inches when unrolled, and a finished "
  "1000-piece puzzle fits on it with room to spare around the edges.",
  "Answers a size question (policy.md A).")
R("en", "clean", "",
  "Desmond, the magnets in the dice tray are strong enough to keep it shut in a bag, but "
  "store it a few inches away from bank cards and from the clock to be safe.",
  "Product guidance in reply to a question (policy.md A).")
R("en", "clean", "",
  "Alistair, the chess table needs a signature on delivery, and you mentioned being away "
  "until the 14th. Would the following Tuesday or Wednesday suit you better for the carrier?",
  "Scheduling delivery of a bulky item (policy.md A).")
R("en", "clean", "",
  "Prudence, about the missing corner piece: puzzle boxes sometimes trap a stray piece in the "
  "fold of the inner bag. Could you check there and under the box insert before we look into "
  "it further?",
  "Customer-service follow-up on a missing piece (policy.md A).")
R("en", "clean", "",
  "Mr. Varga, for your tournament, the Tempora clock's delay mode is set by holding the left "
  "button for three seconds, choosing 'D', and then picking the number of seconds with the "
  "arrow keys.",
  "Answers a setup question (policy.md A).")
R("en", "clean", "",
  "Nadia, Quibblefox plays best with four to seven people. With three, set aside the two "
  "blue market cards and the game runs much more smoothly.",
  "Answers a rules question (policy.md A).")
R("en", "clean", "",
  "Wilhelmina, we need one more detail to finish your order: the engraving on the back of "
  "the clock can hold twenty characters, and your text has twenty-six. Which words would you "
  "like to shorten?",
  "Requests information needed to complete the order (policy.md A).")
R("en", "clean", "",
  "Cormac, the Rollwell tray is leather outside and suede inside; a little saddle soap once "
  "a season keeps it supple. Try not to leave it in direct sunlight for long stretches.",
  "Care advice in reply to a question (policy.md A).")
R("en", "clean", "",
  "Hello Ms. Fairweather, the walnut stain on your custom board has finished curing and "
  "Florian will pack it on Thursday. Because it is an oversized parcel, the courier will "
  "text you a delivery window the day before.",
  "Custom order readiness and bulky-delivery notice (policy.md A).")

# =====================================================================================
# Simplified Chinese clean (10)
# =====================================================================================
R("zh", "clean", "",
  "韦先生，您定制的棋盘背面要刻“韦家棋社”四个字，请再确认一下有没有错别字，确认无误后我们周一"
  "开始雕刻。",
  "Verifies a custom engraving (policy.md A).")
R("zh", "clean", "",
  "樊女士，受台风影响，装着您拼图的包裹在中转站滞留，预计比原定时间晚两天送到，给您添麻烦了。",
  "Delay notice (policy.md A near-misses).")
R("zh", "clean", "",
  "聂老师，木质棋子不用经常保养，每年用软布蘸一点食用级矿物油擦一遍就行，平时放在阴凉干燥的"
  "地方。",
  "Care advice in reply to a question (policy.md A).")
R("zh", "clean", "",
  "小谷，Cinderhaul一共二百二十张牌，标准尺寸的一百六十张，迷你尺寸的六十张，按这个数量准备"
  "卡套就够了。",
  "Answers a sleeving question (policy.md A).")
R("zh", "clean", "",
  "邵阿姨，缺的那一角拼图有时候会卡在内袋的褶子里，麻烦您再翻一下内袋和盒底的隔板，要是还找"
  "不到我们再想办法。",
  "Customer-service follow-up on a missing piece (policy.md A).")
R("zh", "clean", "",
  "韦先生，这张棋桌比较重，需要两个人搬运，送货师傅想跟您约个时间，请问下周二还是周三方便？",
  "Scheduling delivery of a bulky item (policy.md A).")
R("zh", "clean", "",
  "樊女士，拼好的拼图如果想装框，建议先在背面刷一层拼图胶，等完全干透再翻面，大约需要半天。",
  "Answers a framing question (policy.md A).")
R("zh", "clean", "",
  "聂老师，棋钟的读秒模式是这样设的：长按左键三秒，选择“D”，再用箭头键调秒数，设好后按右键"
  "确认。",
  "Answers a setup question (policy.md A).")
R("zh", "clean", "",
  "小谷，Quibblefox四到七人玩最合适；三个人玩的话，把两张蓝色市场牌拿出来，节奏会顺很多。",
  "Answers a rules question (policy.md A).")
R("zh", "clean", "",
  "邵阿姨，您订的刻字骰盘还差一个信息：内衬有墨绿和酒红两种颜色，您想要哪一种？收到回复我们就"
  "开工。",
  "Requests information needed to complete a custom order (policy.md A).")

# =====================================================================================
# Traditional Chinese clean (6): Taiwan 3, Hong Kong 3
# =====================================================================================
R("zh", "clean traditional taiwanese", "",
  "謝小姐，受颱風影響，您的拼圖包裹在轉運中心延誤，預計比原本的時間晚兩天送達，造成不便很抱歉喔。",
  "Delay notice (policy.md A near-misses).")
R("zh", "clean traditional taiwanese", "",
  "紀先生，木頭棋子不需要常常保養，一年用軟布沾一點食用級礦物油擦一次就可以囉。",
  "Care advice in reply to a question (policy.md A).")
R("zh", "clean traditional taiwanese", "",
  "童小姐，您訂的刻字棋盤，背面銅牌要刻「童家棋社」四個字，麻煩再確認一次有沒有錯字，確認後"
  "我們週一開工喔。",
  "Verifies a custom engraving (policy.md A).")
R("zh", "clean traditional cantonese", "",
  "陸太，拼圖缺咗嗰一角有時會卡喺內袋嘅摺位，麻煩你再翻下內袋同盒底嘅隔板，真係搵唔到我哋再"
  "諗辦法。",
  "Customer-service follow-up on a missing piece (policy.md A).")
R("zh", "clean traditional cantonese", "",
  "譚生，呢張棋枱好重，要兩個人搬，送貨師傅想同你約個時間送上嚟，下週二定係週三方便？",
  "Scheduling delivery of a bulky item (policy.md A).")
R("zh", "clean traditional cantonese", "",
  "甘小姐，Quibblefox四至七個人玩最好；得三個人嘅話，抽走兩張藍色市場牌，節奏會順好多。",
  "Answers a rules question (policy.md A).")

# =====================================================================================
# Mixed clean (1)
# =====================================================================================
R("mixed", "clean mixed", "",
  "Hi Nadia，你问的 sleeve size：Quibblefox 的牌是 63 x 88 mm，一包一百个 sleeves 刚好够整副"
  "牌用。",
  "Answers a sleeve-size question (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(81).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h81-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), OUT))


if __name__ == "__main__":
    main()
