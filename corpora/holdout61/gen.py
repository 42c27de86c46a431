#!/usr/bin/env python3
"""Builds holdout61.jsonl, the h61 hold-out set (standard library only).

160 messages that an invented Amazon seller, Tarnhollow Tackle Co., sends to its buyers, each
hand-labelled for the three content policies of /work/shared/interface.md.  See README.md.

Hard-to-see characters are spelled out below: ZW (zero-width space), CY_E / CY_C (Cyrillic
look-alike letters), STAR (the star emoji), ROD (the fishing-pole emoji) and fw() (full-width
Latin).  Records are written grouped by language and category, then shuffled with
random.Random(61) and numbered h61-001 ... h61-160.  records() returns the list that is
written; notes() returns each record's labelling note (kept here, not in the file, because
the record format has exactly five fields).
"""
import json
import os
import random

ZW = "\u200b"          # zero-width space
CY_E = "\u0435"        # Cyrillic small ie, looks like Latin e
CY_C = "\u0441"        # Cyrillic small es, looks like Latin c
STAR = "\u2b50"        # white medium star (emoji)
ROD = "\U0001f3a3"     # fishing pole and fish (emoji)


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @ and dot)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RAW = []


def add(lang, labels, tags, text, note):
    RAW.append((lang, sorted(labels), tags.split(), text, note))


MK, OFF, REV = "marketing", "off-platform-contact", "review-inducement"

# =====================================================================================
# English violations (22): plain 8, careful 7, split 7
# =====================================================================================
add("en", [REV], "violation plain incentive",
    "Hi Barnaby, the bail spring on your Pikemoor 3000 was the culprit, and a new one is "
    "already in the post. Once the reel is back in action, post a review on the Amazon page, "
    "send Osric a screenshot here, and we'll mail you a spool of Tideweave braid at no charge.",
    "Braid promised for a posted review plus screenshot, tucked into a repair reply "
    "(policy.md C1).")
add("en", [REV], "violation plain rating-request",
    "Thanks for the photos, Lucinda. The split ring on that crankbait was bent in packing, so a "
    "fresh set of rings is on its way to you. If the Glintfin lures earn a spot in your box "
    "this season, five stars on the listing would mean a great deal to a small shop like ours.",
    "Names the rating it wants, softened with 'if you like them' as in C2's own example "
    "(policy.md C2).")
add("en", [REV], "violation careful gating",
    "Good to hear the Marshkeep waders fit over your wading boots, Desmond. If they kept you "
    "dry on the river this weekend, tell other anglers about them on Amazon. If anything leaks "
    "or rubs, message us here first and let us put it right before you post anything there.",
    "Happy buyers sent to the product page, unhappy ones held back, with no review keyword "
    "(policy.md C3).")
add("en", [REV], "violation careful change-review",
    "Ingrid, the new tip section for your Brantail rod left our bench this morning, and Osric "
    "matched the guide spacing to your original. Now that the rod is whole again, would you go "
    "back to what you wrote about it on the product page and bring it up to date with how "
    "things turned out?",
    "Asks for the posted product review to be revised after the fix, never saying 'review' "
    "(policy.md C4).")
add("en", [REV], "violation split steering",
    "Cormac, your two spools of Tideweave went out this morning and should land Thursday. When "
    "you get round to reviewing the braid, please say how much farther it casts than your old "
    "mono. A sentence about the quick delivery would help us as well.",
    "Tells the buyer what to put in the review, over two sentences (policy.md C7).")
add("en", [REV], "violation split incentive rating-request",
    "Tamsin, glad the Stowhold latches are behaving now. We have a small thank-you set aside "
    "for you. Give the box five stars on Amazon, reply here with the name on your profile, and "
    "a pack of Glintfin spinners will be in the mail the same week.",
    "Spinners in exchange for a five-star rating, the offer and the ask in separate sentences "
    "(policy.md C1, C2).")
add("en", [REV], "violation plain feedback-pressure",
    "Mr. Halloran, the full refund for the waders went through today, as you asked. The "
    "negative seller feedback you posted is pulling our account health down badly. Since the "
    "money is back with you, please take that feedback down as soon as you can.",
    "Pressure to remove seller feedback because it hurts the account; not the neutral notice "
    "(policy.md C5).")
add("en", [REV], "violation careful rating-request gating",
    "Wilhelmina, happy to hear the Brantail Trek fits in your carry-on and survived two "
    "flights. Since it has worked out so nicely, a glowing write-up on its Amazon page from "
    "someone who actually travels with it would do wonders for us.",
    "Asks a buyer who has just praised the rod for a glowing write-up: a positive-only ask and "
    "a request made because she is happy (policy.md C2, C3, section 0).")
add("en", [OFF], "violation plain email",
    "Ms. Varga, the exploded parts diagram for the Pikemoor baitcaster is a large file, too big "
    "to attach in this thread. Email help@tarnhollowtackle.com with the reel's serial number "
    "and Osric will send it straight back to you.",
    "Shop e-mail address given for a support file (policy.md D2).")
add("en", [OFF], "violation careful qr",
    "Spooling braid onto a baitcaster is easier to show than to describe, Lucinda. Inside the "
    "lid of the reel box there is a small black-and-white square; point your camera at it and "
    "it opens our own help desk, where Osric answers spooling questions himself.",
    "A QR square leading to the shop's own help desk, described without the word QR "
    "(policy.md D1, section e).")
add("en", [OFF], "violation split messaging-app phone diversion",
    "Cormac, I can't make out the crack in these photos. Could you send a short video of the "
    "rod blank instead? WhatsApp it to our shop number, +1 (207) 555-0158. We answer there much "
    "faster than we do on Amazon.",
    "WhatsApp and the shop number, with faster service promised off Amazon (policy.md D3, D4, "
    "D6).")
add("en", [OFF], "violation plain url",
    "Your Stowhold box ships with a serial card in the lid pocket. Register that serial at "
    "www.tarnhollowtackle.com/register so we have it on file if a hinge ever gives out.",
    "Registration on the shop's own site (policy.md D1).")
add("en", [OFF], "violation careful payment diversion",
    "Barnaby, Amazon's system is slow with partial amounts, so let's settle the missing spool "
    "outside it. Send me your Cash App tag and I'll push the $14 to you tonight.",
    "Money for a missing item paid through Cash App, deliberately outside Amazon "
    "(policy.md D5, D6).")
add("en", [MK], "violation plain coupon new-product cross-sell",
    "Ingrid, glad the Brantail rod arrived straight and in one piece. Our new Pikemoor 4000 "
    "just landed, with a sealed drag that suits that rod perfectly for saltwater. Use code "
    "REEL15 at checkout for 15% off your first one.",
    "Launch of a new reel pitched as a match for the rod, with a code (policy.md B).")
add("en", [MK], "violation careful cross-sell listing-link",
    "The rod tube you asked about is included with your Brantail, Desmond, so nothing extra to "
    "buy there. That rod balances best with our Pikemoor 3000 reel; here it is: "
    "amazon.com/dp/B0F2NW6T9L. Worth adding to your cart before the season opens.",
    "Cross-sell with a link to another Amazon listing inside a product answer (policy.md B, "
    "D1).")
add("en", [MK], "violation split sale",
    "Cormac, the size 10 boot-foot waders run true, so order your normal shoe size. Our spring "
    "clearance kicks off on Friday. Every Marshkeep item is marked down through Sunday night.",
    "A sizing answer followed by a clearance announcement (policy.md B).")
add("en", [MK], "violation plain buy-again bundle",
    "Tamsin, you went through that spool of braid quickly, which tells me the bass are biting. "
    "Reorder before opening weekend; the three-spool bundle works out cheaper per yard than "
    "buying them one at a time.",
    "Buy-again push with a bundle (policy.md B).")
add("en", [MK], "violation careful vip-list",
    "Thanks for asking about the chartreuse spoon, Ms. Varga; it is the 3/4 oz size. We keep a "
    "short list of customers who hear about each Glintfin colour before anyone else does. Reply "
    "'count me in' and I'll put you on it.",
    "An early-access customer list offered in an answer (policy.md B).")
add("en", [MK, OFF], "violation plain follow giveaway social",
    "The silver spoon catches better in clear water and the copper one when the river is "
    "stained. Follow us on Instagram at @tarnhollow.casts; we post river reports there and give "
    "away a lure box every Friday.",
    "Instagram follow with a weekly giveaway, after a real answer (policy.md B, D4).")
add("en", [MK, OFF], "violation split discount url diversion",
    "The Glintfin spoons you asked about are sold out on Amazon at the moment. Our own shop "
    "still has plenty. Order them at tarnhollowtackle.com and they come in a dollar cheaper "
    "apiece.",
    "Sends the buyer to the shop's site for a lower price (policy.md B, D1, D6).")
add("en", [MK, REV], "violation split discount cross-sell incentive",
    "Mr. Halloran, your waders are on the truck and tracking shows Thursday. Once you've fished "
    "in them, tell people on the Amazon page what you make of them. Do that, and the matching "
    "wading boots are 20 percent cheaper for you.",
    "A cheaper pair of boots as the reward for a review: incentive, and a discounted cross-sell "
    "(policy.md C1, B; judgement call 5 in README).")
add("en", [OFF, REV], "violation split payment incentive",
    "Thanks for sticking with us through the backorder, Wilhelmina. We'd like to make it up to "
    "you after you've reviewed the Brantail rod. Reply with your PayPal address and we'll send "
    "ten dollars back to you there.",
    "Ten dollars through PayPal once a review is up (policy.md C1, D5).")

# =====================================================================================
# Simplified Chinese violations (16): plain 5, careful 5, split 6
# =====================================================================================
add("zh", [REV], "violation plain incentive",
    "尹先生您好，纺车轮的摇臂已经给您补寄了，单号出来后同步给您。收到以后麻烦在亚马逊留个评价，"
    "截图发给阿澜，我们返现15美元到您的账户。",
    "Cash back for a review with a screenshot, after a parts reply (policy.md C1).")
add("zh", [REV], "violation careful gating",
    "贾女士，下水裤已经按您的尺码换好寄出了。穿着合身、下水不渗的话，欢迎去商品页写写使用感受；"
    "要是哪里不对劲，请先在这里告诉我们，别急着在页面上公开说。",
    "Only satisfied buyers invited to write, the rest asked to come here first (policy.md C3).")
add("zh", [REV], "violation split rating-request steering",
    "裴老师，路亚竿的竿梢已经重新装好寄出。您写使用体验的时候，能不能提一句竿子轻、腰力足？"
    "再顺手打个满分，我们感激不尽！",
    "Asks for full marks and dictates what to praise (policy.md C2, C7).")
add("zh", [REV], "violation plain change-review",
    "毛阿姨，抄网的锁扣我们已经给您换了新的。您之前在商品页留的那条差评，现在问题也解决了，"
    "麻烦您改成好评吧。",
    "Asks to turn a negative product review into a positive one after the fix (policy.md C4).")
add("zh", [REV], "violation careful incentive",
    "小武，碳线已经按您要的线号补发了。您方便的话在亚马逊上分享一下使用体验，分享完发个截图过来，"
    "我们再送您两包米诺饵。",
    "Lures sent once a shared experience is screenshotted; no review keyword (policy.md C1).")
add("zh", [REV], "violation split feedback-pressure",
    "尹先生，渔具箱的钱已经全部退回您的账户了。您给店铺留的那条卖家差评，对我们影响很大。"
    "既然事情已经处理好了，请您今天就撤掉吧。",
    "Pressure to withdraw negative seller feedback after a refund (policy.md C5).")
add("zh", [OFF], "violation plain messaging-app",
    "贾女士，碳线的线径对照表比较大，这里发不了。加阿澜微信 tarnhollow_cn，我直接把表格发给您。",
    "WeChat ID given for a file (policy.md D4).")
add("zh", [OFF], "violation careful email diversion",
    "毛阿姨，水滴轮刹车的分解图太大，这里传不上去。您写信到 help@tarnhollowtackle.com，"
    "阿澜会把图纸回给您。以后有问题也直接发到那里，不用再走亚马逊，处理得更快。",
    "E-mail address plus an invitation to keep support off Amazon (policy.md D2, D6).")
add("zh", [OFF], "violation split phone",
    "裴老师，调漂这件事打字实在说不清楚。您拨 207-555-0196 找阿澜。工作日上午都有人接。",
    "The shop's own number for a float-setting question (policy.md D3).")
add("zh", [OFF], "violation plain url payment diversion",
    "小武，亚马逊上这款铅坠套装暂时缺货，我们官网 tarnhollowtackle.com 还有现货，付款可以直接用"
    "支付宝。",
    "Buy on the shop's own site and pay with Alipay (policy.md D1, D5, D6).")
add("zh", [MK], "violation plain coupon buy-again",
    "尹先生，您问的备用线杯已经随包裹一起寄出。下次再买假饵，结账时输入 LURE10 可以打九折，"
    "欢迎再来。",
    "A code for the next purchase after a parts answer (policy.md B).")
add("zh", [MK], "violation careful restock new-product",
    "贾女士，上个月断货的荧光绿编织线这周补齐了，另外两个新颜色也同时上架，开春前可以多囤几卷。",
    "Unprompted restock and new-colour announcement, no obvious keyword (policy.md B).")
add("zh", [MK], "violation split cross-sell listing-link",
    "毛阿姨，您买的下水裤配我们的涉水鞋最合适。店里所有款式都在这里：amazon.com/stores/Tarnhollow。"
    "两样一起下单可以同一天发出。",
    "Cross-sell with a storefront link (policy.md B, D1).")
add("zh", [MK, OFF], "violation split follow social",
    "裴老师，编织线的拉力测试视频我们放在小红书上了。搜 Tarnhollow路亚 关注一下。"
    "每周都会更新新的钓点实测。",
    "Follow request for a Xiaohongshu account (policy.md B, D4).")
add("zh", [MK, OFF], "violation careful discount messaging-app diversion",
    "小武，以后补鱼线、补假饵不用再走亚马逊了，直接在电报上找 tarnhollow_help 下单，比店里便宜一成。",
    "Orders moved to Telegram for ten percent less (policy.md B, D4, D6).")
add("zh", [MK, REV], "violation split coupon incentive rating-request",
    "尹先生，感谢您耐心等补货。给竿子打个五星好评，再把截图发过来。我们就把下一单能用的 CAST20 "
    "码发给您。",
    "A five-star rating paid with a code for the next order (policy.md C1, C2, B).")

# =====================================================================================
# Traditional Chinese violations (10): plain 3, careful 4, split 3; Taiwan 5, Hong Kong 5
# =====================================================================================
add("zh", [REV], "violation plain incentive traditional taiwanese",
    "魏先生您好，捲線器的煞車片已經補寄，追蹤編號出貨後傳給您。收到後幫我們在亞馬遜留個評價，"
    "截圖傳訊息過來，我們就送您一組米諾假餌喔。",
    "Lures in exchange for a review and a screenshot (policy.md C1).")
add("zh", [REV], "violation careful gating traditional cantonese",
    "容太，支竿嘅握把已經換咗新嘅。用得開心嘅話，歡迎上亞馬遜講下心得；如果有咩唔滿意，"
    "請先喺度搵我哋，唔好急住喺網上面寫。",
    "Cantonese gating: write if happy, come to us first if not (policy.md C3).")
add("zh", [REV], "violation split change-review traditional taiwanese",
    "侯小姐，下水褲漏水的問題已經幫您換一件出貨了。換好之後，能不能回到商品頁，把您當初寫的那段"
    "文字修一修，改成現在的感受？",
    "Veiled request to revise the posted product review (policy.md C4).")
add("zh", [OFF], "violation plain qr traditional taiwanese",
    "紀先生，捲線器保養的影片檔案太大，這裡傳不上來。掃一下保固卡背面的 QR 碼，會連到我們自己的"
    "客服頁面，影片都在那邊喔。",
    "QR code to the shop's own support page (policy.md D1).")
add("zh", [OFF], "violation careful phone traditional cantonese",
    "譚生，魚絲打結呢啲情況，打嚟 207-555-0158 同 Osric 傾十分鐘就搞掂，佢朝早一定喺舖頭。",
    "The shop's number offered for a knot problem, no obvious keyword (policy.md D3).")
add("zh", [OFF], "violation split email traditional cantonese",
    "雷小姐，保養卡嘅掃描本我哋呢邊睇唔到。麻煩你電郵去 help@tarnhollowtackle.com。"
    "我哋收到就即刻跟進。",
    "E-mail address for a scan (policy.md D2).")
add("zh", [MK], "violation plain sale traditional taiwanese",
    "侯小姐，您問的釣具箱隔板是 3 公分寬，一般的米諾都放得下。另外這週末全館釣具打八折，"
    "要補貨可以趁現在喔。",
    "Store-wide weekend sale after a size answer (policy.md B).")
add("zh", [MK], "violation careful cross-sell discount traditional cantonese",
    "容太，你買嗰支路亞竿，配埋我哋嘅 Pikemoor 紡車輪一齊用最順手，兩件一齊落單仲平啲。",
    "Cross-sell with a cheaper combined order, no obvious keyword (policy.md B).")
add("zh", [MK], "violation split referral traditional taiwanese",
    "魏先生，謝謝您的回覆。如果有釣友也想買同一款竿子，請他下單後傳訊息報您的名字。"
    "這樣你們兩位都能拿到一份小回饋喔。",
    "Refer-a-friend reward (policy.md B).")
add("zh", [MK, OFF], "violation careful new-product vip-list social traditional cantonese",
    "雷小姐，你問嘅新款亮片顏色，我哋會喺面書群組「Tarnhollow Anglers」搶先公佈，入咗群嘅熟客"
    "仲可以早幾日揀貨。",
    "New colours announced first in a Facebook group (面書) with early access for members "
    "(policy.md B, D4).")

# =====================================================================================
# Mixed violations (2)
# =====================================================================================
add("mixed", [REV], "violation plain rating-request steering mixed",
    "Hi Ingrid 您好，your Pikemoor reel 已经寄出了。Please give it five stars on Amazon，"
    "顺便在评论里写一句 drag 很顺滑，对我们帮助很大！",
    "Code-switched five-star request that also scripts the content (policy.md C2, C7).")
add("mixed", [OFF], "violation split messaging-app phone traditional cantonese mixed",
    "譚生，the fluoro leader 你要嘅 size 我哋有貨。WhatsApp 我哋 207-555-0123 啦。"
    "I'll send you the chart there.",
    "Cantonese and English: WhatsApp on a staff number (policy.md D3, D4).")

# =====================================================================================
# English evasions (14)
# =====================================================================================
add("en", [REV], "evasion incentive homoglyph",
    "Desmond, here is a little thank-you for waiting on the waders: write a r" + CY_E + "vi"
    + CY_E + "w of the Marshkeep pair and we'll post you a neoprene patch kit at no cost.",
    "Patch kit for a review; 'review' spelled with Cyrillic e (policy.md C1, section e).")
add("en", [REV], "evasion rating-request gating emoji",
    "Lucinda, the spinner blades you asked about are nickel-plated brass. If they've been "
    "catching for you, a " + STAR * 5 + " on the listing would make our week; if not, just "
    "tell us here instead.",
    "Emoji stars asked only of buyers whose spinners work, others diverted (policy.md C2, C3).")
add("en", [REV], "evasion change-review leetspeak",
    "Cormac, the swapped Pikemoor is on its way, and we've covered the postage both ways. Once "
    "it's in your hands, could you edit the r3vi3w you left so it reflects the new reel?",
    "Review edit request, 'review' in leetspeak (policy.md C4, section e).")
add("en", [REV], "evasion gating zero-width",
    "If the Tideweave braid holds up through your first few trips, go ahead and leave a re"
    + ZW + "view. If it frays or digs into the spool, message us first and skip the product "
    "page.",
    "Gating with a zero-width space inside 'review' (policy.md C3, section e).")
add("en", [OFF], "evasion email spelled-email",
    "Tamsin, the spare hinge pins for the Stowhold box are too small to list on Amazon. Write "
    "to tarnhollow dot bait at gmail dot com with your address and Osric will drop a pair in "
    "an envelope.",
    "Spelled-out gmail address (policy.md D2, section e).")
add("en", [OFF], "evasion email spelled-email",
    "Our casting tips sheet won't attach here, Mr. Halloran. Drop a note to help (at) "
    "tarnhollowtackle (dot) com and ask for the distance sheet; it comes back within the hour.",
    "Bracketed at/dot address (policy.md D2).")
add("en", [OFF], "evasion phone number-words",
    "Ingrid, the drag on that reel is easier to set with someone talking you through it. Ring "
    "the shop on two oh seven, five five five, oh one five eight, weekdays before noon.",
    "Phone number written in words (policy.md D3, section e).")
add("en", [OFF], "evasion messaging-app phone number-words nickname",
    "For the leader knot, Osric can send you a short clip on the paper-plane app. His number "
    "there is two zero seven five five five zero one two three.",
    "Telegram by nickname, the number in words (policy.md D3, D4, section e).")
add("en", [OFF], "evasion social split-handle",
    "Barnaby, the knot you're after is the FG, and Osric has filmed it step by step. It's on "
    "our Insta: the handle is tarnhollow, then a dot, then casts.",
    "Instagram handle given in pieces (policy.md D4).")
add("en", [MK], "evasion coupon sale spacing",
    "The 1/0 hooks fit that soft plastic fine, Ms. Varga. While the weekend sale is on, type "
    "C A S T 2 0 at checkout and the whole basket comes down.",
    "Sale code with spaced letters (policy.md B, section e).")
add("en", [MK, OFF], "evasion sale discount url diversion fullwidth",
    "Wilhelmina, the Trek rod sock is in the side pocket of the tube. Our spring sale runs on "
    + fw("tarnhollowtackle.com") + " all week, with everything priced 25% under Amazon.",
    "Full-width domain of the shop with a lower price (policy.md B, D1, D6).")
add("en", [MK, OFF], "evasion follow giveaway social separator",
    "Osric films a new knot tutorial every week for our I-n-s-t-a-g-r-a-m followers, and one "
    "of them wins a loaded tackle box each month. Follow @tarnhollow.casts to be in the draw.",
    "Hyphen-separated app name, follow and monthly draw (policy.md B, D4).")
add("en", [MK, OFF], "evasion discount messaging-app phone diversion zero-width nickname",
    "Desmond, good news on the spoons: they shipped today. Our green app group gets first pick "
    "of each lure batch at 15% below the listing; join it on +1 (207) 555-01" + ZW + "58.",
    "Chat group by nickname where lures are sold below the listing price, zero-width space "
    "inside the number (policy.md B, D3, D4, D6).")
add("en", [MK, OFF], "evasion coupon cross-sell url diversion homoglyph leetspeak",
    "Barnaby, that rod will want a matching reel. Grab the Pikemoor on our own s1te at "
    "tarnhollowtackle.com/reels and enter the " + CY_C + "ode REEL15 for a further 15 percent "
    "off.",
    "Cross-sell to the shop's site with a code; 'site' in leetspeak, 'code' with Cyrillic c "
    "(policy.md B, D1, D6).")

# =====================================================================================
# Simplified Chinese evasions (9)
# =====================================================================================
add("zh", [REV], "evasion incentive rating-request pinyin",
    "尹先生，竿子收到后去亚马逊给个 haoping，截图发来我们 fanxian 十美元，名额有限哦。",
    "好评返现 in pinyin (policy.md C1, C2, section e).")
add("zh", [REV], "evasion incentive rating-request homophone",
    "贾女士，下水裤穿着还行的话，给个好苹呗，下次发货我们多塞一包鱼钩给您。",
    "Homophone 好苹 for a positive review, hooks as the reward (policy.md C1, C2).")
add("zh", [REV], "evasion incentive spacing",
    "毛阿姨，新的抄网杆已经寄出。收到以后 写 个 评 价 截 图 给 我 们，就送您一卷碳线。",
    "Spaced characters around a review-for-leader offer (policy.md C1, section e).")
add("zh", [REV], "evasion incentive separator",
    "裴老师，渔具箱的合页已经补寄。晒/图/评/价发过来，我们再送一套铅坠。",
    "Slash-separated 晒图评价 for sinkers (policy.md C1, section e).")
add("zh", [OFF], "evasion phone cn-numerals",
    "小武，调刹车力这种事电话里说最快，打阿澜的手机 二零七五五五零一九六，晚上也能接。",
    "Phone number in Chinese numerals (policy.md D3, section e).")
add("zh", [OFF], "evasion messaging-app nickname",
    "尹先生，下水裤的尺码表图片在这里发不了，您在小飞机上搜 tarnhollow_help，阿澜发给您。",
    "Telegram as 小飞机 (policy.md D4, section e).")
add("zh", [MK], "evasion coupon fullwidth",
    "贾女士，涉水鞋的鞋码偏大半码。下次买下水裤配件，结账时输入" + fw("WADE12") + "，能便宜一些。",
    "Full-width code for the next purchase (policy.md B).")
add("zh", [MK, OFF], "evasion follow social diversion zero-width",
    "毛阿姨，钓组的绑法我们在抖" + ZW + "音上有完整演示，账号 Tarnhollow钓鱼，记得关注；"
    "直播间里也能直接下单。",
    "Douyin follow with a zero-width break, plus ordering in the live room (policy.md B, D4, "
    "D6).")
add("zh", [MK, OFF], "evasion discount messaging-app diversion pinyin",
    "小武，以后想要整箱的亮片，加 weixin tarnhollow_cn 私下拿货，youhui 比店里多。",
    "WeChat and 优惠 in pinyin, private sales (policy.md B, D4, D6).")

# =====================================================================================
# Traditional Chinese evasions (5): Taiwan 3, Hong Kong 2
# =====================================================================================
add("zh", [REV], "evasion feedback-pressure separator traditional cantonese",
    "雷小姐，魚絲嘅事我哋已經全數退咗錢。你喺賣家頁留低嗰個負·評好影響我哋，麻煩你撤·走佢。",
    "Dot-separated pressure to withdraw negative seller feedback (policy.md C5).")
add("zh", [REV], "evasion rating-request homophone traditional taiwanese",
    "紀先生，竿子用起來順手的話，麻煩給我們一個五顆星的好坪喔，對小店幫助很大。",
    "Five stars with the homophone 好坪 (policy.md C2, section e).")
add("zh", [OFF], "evasion messaging-app split-handle traditional taiwanese",
    "侯小姐，鉛墜的尺寸圖在這裡傳不上來，加我們的 LINE，帳號是 tarnhollow 後面加 tw，我馬上傳給您喔。",
    "LINE ID given in two pieces (policy.md D4).")
add("zh", [OFF], "evasion phone cn-numerals traditional cantonese",
    "譚生，捲線器嘅煞車要慢慢調，你打去二零七五五五零一五八搵 Osric，佢講俾你聽。",
    "Shop number in Chinese numerals (policy.md D3).")
add("zh", [MK, OFF], "evasion coupon messaging-app nickname traditional taiwanese",
    "魏先生，歡迎加入我們的綠泡泡群組 @tarnhollowtw，每週都會發折價券，結帳時用喔。",
    "LINE group by nickname with weekly coupons (policy.md B, D4).")

# =====================================================================================
# Mixed evasions (2)
# =====================================================================================
add("mixed", [OFF], "evasion email social fullwidth mixed",
    "Ms. Varga 您好，the reel manual 太大了 attach 不了，请发 email 到 "
    + fw("help@tarnhollowtackle.com") + "，or message us on Facebook 也可以。",
    "Full-width e-mail address and a Facebook invitation (policy.md D2, D4).")
add("mixed", [MK], "evasion sale emoji mixed",
    "小武，the spinner 你问的 size 3 现在有货。" + ROD + " 这个 weekend flash sale，全场 lures "
    "八折，this Saturday only！",
    "Emoji-led flash sale after a stock answer (policy.md B, E).")

# =====================================================================================
# English near-misses (23)
# =====================================================================================
add("en", [], "near-miss remedy",
    "Barnaby, I'm sorry the Pikemoor 3000 reached you with a bent bail arm. A replacement reel "
    "left this morning free of charge under order 113-2719460-5830172, and there's no need to "
    "send the damaged one back.",
    "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
add("en", [], "near-miss remedy",
    "Ms. Varga, a seam that weeps after one outing is not acceptable. We've issued a full "
    "refund to your original payment method through Amazon; banks usually post it within three "
    "to five business days.",
    "Refund with no link to any review (policy.md C near-misses).")
add("en", [], "near-miss remedy",
    "Tamsin, three of the Glintfin spoons had chipped paint, which should never have left the "
    "bench. A replacement set of five is on its way at no cost to you, and the chipped ones "
    "are yours to keep for snag-heavy water.",
    "Replacement at no cost, no review mention (policy.md B near-misses).")
add("en", [], "near-miss quoted-buyer",
    "You wrote that the reel 'deserves five stars except for the squeaky handle', Desmond. A "
    "single drop of reel oil on the handle knob bearing usually silences it; the oil pen is in "
    "the small bag taped under the box flap.",
    "The stars are the buyer's words; the seller asks for nothing (policy.md C near-misses).")
add("en", [], "near-miss quoted-buyer",
    "You asked, 'is there a promo code for the tackle box?' Not from us, Cormac. The only "
    "savings are whatever Amazon shows on the listing at checkout, and the box you ordered "
    "ships tomorrow either way.",
    "Promo code quoted from the buyer and declined (policy.md B near-misses).")
add("en", [], "near-miss lookalike-number",
    "Ingrid, order 112-5550158-3307461 is packed and waiting for the afternoon pickup. It holds "
    "the Brantail two-piece and the rod tube, and tracking will appear in Your Orders once the "
    "carrier scans it.",
    "Order id whose middle block looks like the shop's 555-0158 number (policy.md D "
    "near-misses).")
add("en", [], "near-miss lookalike-number",
    "Mr. Halloran, your waders are moving with Amazon Logistics under tracking "
    "TBA207555012346. The last scan puts them at the local delivery station, so expect them "
    "tomorrow.",
    "Tracking number that contains 2075550123 (policy.md D near-misses).")
add("en", [], "near-miss neutral-request",
    "Wilhelmina, order 113-4408926-7193055 shows as delivered on Tuesday. After you've had the "
    "Trek rod out a few times, an honest review on Amazon would be welcome, whatever you end up "
    "thinking of it.",
    "One neutral review request with the order id, no rating or condition (interface.md; "
    "policy.md C near-misses).")
add("en", [], "near-miss neutral-request",
    "Desmond, your waders from order 114-6381207-1459863 arrived last week. Other anglers lean "
    "on product reviews when choosing wader sizes, so if you have a spare minute, your own "
    "account of the fit, good or bad, would help them.",
    "Neutral request that invites either verdict (policy.md C near-misses, section b).")
add("en", [], "near-miss feedback-notice",
    "Lucinda, the refund for the leaking waders is complete. If you feel we've put this right, "
    "you're welcome to update or withdraw the seller feedback you left earlier; that choice is "
    "entirely yours, and nothing about the refund depends on it.",
    "Neutral seller-feedback notice after resolution, nothing offered (policy.md C5).")
add("en", [], "near-miss logistics-word",
    "Ingrid, as you asked, we cancelled the duplicate order placed a minute after the first. "
    "The original, 111-9052734-6618240, still ships Thursday with the leader spools you added.",
    "Cancelling at the buyer's request is logistics (policy.md A near-misses).")
add("en", [], "near-miss price-paid",
    "Cormac, the $89.99 you paid for the Pikemoor 3000 covers the spare aluminium spool as "
    "well; it's in the foam slot under the reel, which is easy to miss when unpacking.",
    "Mentions the price already paid; no offer (policy.md B near-misses).")
add("en", [], "near-miss product-word",
    "The Pikemoor baitcaster has a free-spool button under your thumb; press it and the line "
    "pays out for the cast, then a turn of the handle re-engages the gears. Capacity is printed "
    "on the spool: 120 yards of 30 lb braid.",
    "'free' and 'line' are reel words here, not an offer or the LINE app (policy.md B "
    "near-misses, D near-misses).")
add("en", [], "near-miss product-word",
    "Barnaby, the star drag is the wheel with six points just behind the handle. Turn it toward "
    "the front of the reel to tighten, and test it by pulling braid off by hand before you tie "
    "on a lure.",
    "'star' names a reel part (policy.md C near-misses).")
add("en", [], "near-miss refusal",
    "Desmond, thanks for offering, but we can't give you a discount or anything else in "
    "exchange for a review; Amazon doesn't allow it and we wouldn't want to anyway. The wading "
    "belt buckle you needed is in the post regardless.",
    "Declines a review-for-discount swap (policy.md C1).")
add("en", [], "near-miss warranty",
    "Every Pikemoor reel carries a two-year warranty from delivery. If the anti-reverse ever "
    "slips, open the order in Your Orders and choose the option for a problem with the item; "
    "Osric handles those himself.",
    "Warranty claim routed through Amazon (policy.md D near-misses).")
add("en", [], "near-miss warranty",
    "Lucinda, the Marshkeep seams are covered for twelve months from delivery. You don't need "
    "to register anything: your Amazon order already counts as proof of purchase for the "
    "warranty.",
    "Warranty terms without a site or number (policy.md D near-misses).")
add("en", [], "near-miss answer",
    "The 10% coupon you spotted is one Amazon runs on the listing, Tamsin. Tick the box on the "
    "product page before you check out and Amazon takes it off; we don't set it and can't "
    "extend it.",
    "Explains an Amazon coupon the buyer asked about (policy.md B near-misses).")
add("en", [], "near-miss carrier-site",
    "Your Stowhold box is with UPS under 1Z6H25T80452719306, Ms. Varga. You can follow each "
    "scan on the UPS tracking page or in Your Orders; it's due Monday.",
    "Carrier named with a tracking number, no link (policy.md D near-misses).")
add("en", [], "near-miss review-thanks",
    "Thank you for the kind review you mentioned, Wilhelmina, and for the photo from the lake. "
    "The rod sock you asked about tucks into the zip pocket on the side of the tube.",
    "Thanks for a review the buyer mentioned; not a solicitation (policy.md C near-misses).")
add("en", [], "near-miss review-word",
    "Every reel goes through a bench review before it ships: Osric spins it, checks the bail, "
    "and sets the drag to a middle setting. Yours passed on Monday, Cormac, and should arrive "
    "by the weekend.",
    "'review' is the shop's own check (policy.md C near-misses).")
add("en", [], "near-miss amazon-page",
    "To send the waders back, open your order at amazon.com/returns and choose "
    "'too small' as the reason. Amazon generates the label and we'll have the next size out as "
    "soon as the scan shows.",
    "Link to the buyer's own Amazon order page for a return (policy.md D near-misses).")
add("en", [], "near-miss negation",
    "Just so you know, Barnaby, we will never ask you to reach us off Amazon or to share your "
    "phone number. Anything about the reel can stay in this thread, and photos attach right "
    "here.",
    "Negated contact words (policy.md D near-misses).")

# =====================================================================================
# Simplified Chinese near-misses (17)
# =====================================================================================
add("zh", [], "near-miss remedy",
    "尹先生，纺车轮到货时线杯有裂纹，实在抱歉。我们已经免费给您补发了一个新线杯，订单号 "
    "113-7734190-0582616，旧的不用寄回。",
    "Free reissue as a remedy (policy.md B near-misses).")
add("zh", [], "near-miss remedy",
    "贾女士，下水裤尺码不合适的话，直接在亚马逊订单页面申请退货，运费我们承担，退款会按原路退回"
    "您的账户。",
    "Return and refund through Amazon (policy.md A near-misses, C near-misses).")
add("zh", [], "near-miss quoted-buyer",
    "毛阿姨，您留言说“本来想给个好评，可是竿袋拉链卡住了”。拉链卡住多半是布边咬进去了，往回拉"
    "一下再顺着拉就能解开，下一批竿袋我们也会换更粗的拉链。",
    "好评 is quoted from the buyer; the reply only fixes the zip (policy.md C near-misses).")
add("zh", [], "near-miss quoted-buyer",
    "裴老师，您问“有没有微信可以直接聊”。我们这边只在亚马逊的消息里处理，照片和视频直接附在"
    "这条消息下面就行。",
    "微信 quoted from the buyer and declined (policy.md D near-misses).")
add("zh", [], "near-miss lookalike-number",
    "小武，订单 111-5550196-2804735 里的两卷编织线今天下午已经交给承运商，单号会在亚马逊订单页面"
    "更新。",
    "Order id containing 5550196 (policy.md D near-misses).")
add("zh", [], "near-miss neutral-request",
    "毛阿姨，订单 112-3368025-4471908 的抄网已经签收。用过几次以后，如果您愿意，可以在商品页"
    "写下真实的感受，好的坏的都欢迎。",
    "Neutral request once per order, both outcomes welcome (policy.md C near-misses).")
add("zh", [], "near-miss feedback-notice",
    "贾女士，运费差额已经按亚马逊的流程退给您了。您早先给店铺的卖家反馈，要不要更新或撤回，"
    "全凭您自己决定，我们不会就这件事再打扰您。",
    "Neutral seller-feedback notice after resolution (policy.md C5).")
add("zh", [], "near-miss logistics-word",
    "裴老师，您说收货地址写错了门牌号，我们在发货前已经修改好，另外按您的要求取消了那笔重复下的"
    "订单。",
    "修改 and 取消 for an address and a duplicate order (policy.md C near-misses, A "
    "near-misses).")
add("zh", [], "near-miss price-paid",
    "小武，您下单时支付的价格是 39.99 美元，这个价格已经包含两卷碳线和一个线轴收纳盒，收纳盒在"
    "纸箱底层。",
    "Price already paid, no offer (policy.md B near-misses).")
add("zh", [], "near-miss product-word",
    "尹先生，亮片背面那一圈五角星纹路是压出来反光用的，不是瑕疵；在浑水里转动时闪光会更明显。",
    "星 describes the lure's pattern (policy.md C near-misses).")
add("zh", [], "near-miss refusal",
    "贾女士，您问能不能留个好评换一包鱼钩，抱歉，亚马逊不允许拿任何东西交换评价，我们也不会这么做。"
    "鱼钩生锈的问题我们照常给您补寄。",
    "Refuses a review-for-hooks swap (policy.md C1).")
add("zh", [], "near-miss substring",
    "裴老师，新版水滴轮在刹车旁边增加微调旋钮，逆时针拧半圈就能放松出线，订单 "
    "113-9051846-2267713 发的就是新版。",
    "增加微调 contains 加微, the short form of 'add on WeChat' (policy.md C near-misses, "
    "section 0).")
add("zh", [], "near-miss substring",
    "毛阿姨，我们根据您提供的线索评估了一下，鱼线断在结上，多半是打结时没有沾水润滑。",
    "线索评估 contains 索评 (policy.md C near-misses, section 0).")
add("zh", [], "near-miss warranty",
    "尹先生，水滴轮主体保修两年。保修期内出现问题，直接在亚马逊订单里选择商品有问题联系我们就可以。",
    "Warranty handled through the Amazon order (policy.md D near-misses).")
add("zh", [], "near-miss answer",
    "小武，您看到的“满200减20”是亚马逊平台自己的活动，结账时系统自动计算，不是我们店里设置的优惠。",
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
add("zh", [], "near-miss carrier-site",
    "贾女士，您的包裹由顺丰承运，单号 SF1473092856614，在顺丰的查询页面输入单号就能看到最新位置。",
    "Carrier and tracking number (policy.md D near-misses).")
add("zh", [], "near-miss review-word",
    "裴老师，您反映的编织线起毛问题，我们拿同批次的线做了一次耐磨评测，结果和您说的一致，这批线"
    "已经下架了。",
    "评测 is the shop's own test (policy.md C near-misses).")

# =====================================================================================
# Traditional Chinese near-misses (9): Taiwan 5, Hong Kong 4
# =====================================================================================
add("zh", [], "near-miss remedy traditional taiwanese",
    "魏先生，竿子在第二節斷掉真的很抱歉，新的一支已經免費補寄出貨，原本斷掉的不用寄回喔。",
    "Free replacement as a remedy (policy.md B near-misses).")
add("zh", [], "near-miss quoted-buyer traditional cantonese",
    "容太，你話條線「好用到想俾五粒星」，多謝你咁講！你問嘅線徑，20 磅嗰款係 0.23 毫米。",
    "The stars are the buyer's words; nothing is asked (policy.md C near-misses).")
add("zh", [], "near-miss lookalike-number traditional taiwanese",
    "紀先生，訂單 114-5550123-6081927 已經出貨，兩盒米諾假餌和一支抄網會分兩箱寄出，追蹤編號"
    "稍後會出現在訂單頁面。",
    "Order id containing 5550123 (policy.md D near-misses).")
add("zh", [], "near-miss neutral-request traditional cantonese",
    "容太，你張單 205-8836102-4419570 嘅下水褲已經送到。用過幾次之後，如果你願意，可以喺亞馬遜"
    "商品頁寫低真實感受，好定唔好都歡迎。",
    "Neutral Cantonese review invitation, once, with the order id (policy.md C near-misses).")
add("zh", [], "near-miss feedback-notice traditional cantonese",
    "雷小姐，退款已經處理好。如果你覺得今次嘅問題已經解決，要唔要更新或者撤回之前嘅賣家反饋，"
    "全部由你話事，我哋唔會再追問。",
    "Neutral seller-feedback notice after resolution (policy.md C5).")
add("zh", [], "near-miss logistics-word traditional taiwanese",
    "侯小姐，您要求取消的那筆重複訂單已經取消了，原本那筆照常在兩個工作天內出貨。",
    "取消 for a duplicate order at the buyer's request (policy.md A near-misses).")
add("zh", [], "near-miss refusal traditional taiwanese",
    "紀先生，您問可不可以改用 LINE 聯絡，不好意思，我們只透過亞馬遜訊息處理，影片直接附在這則訊息"
    "就可以了。",
    "LINE named only to decline it (policy.md D near-misses).")
add("zh", [], "near-miss substring traditional cantonese",
    "譚生，師傅頭先往返現場試咗兩次，你條碳線喺結位斷，係因為結打得太緊，唔係線本身有問題。",
    "往返現場 contains 返現 (policy.md section 0, C near-misses).")
add("zh", [], "near-miss review-thanks traditional taiwanese",
    "侯小姐，謝謝您說已經在商品頁留了評價，也謝謝您的建議，下一批竿袋我們會改用更厚的布料喔。",
    "Thanks for a review the buyer mentioned (policy.md C near-misses).")

# =====================================================================================
# Mixed near-miss (1)
# =====================================================================================
add("mixed", [], "near-miss price-paid mixed",
    "Hi Desmond，您 paid 的 $64 已经包含 spare spool 和一小瓶 reel oil，都在盒子底层的泡棉里。",
    "Price already paid and what it includes (policy.md B near-misses).")

# =====================================================================================
# English clean (13)
# =====================================================================================
add("en", [], "clean",
    "Desmond, go by your boot size first with the Marshkeep chest waders, then check the chest "
    "measurement on the size chart in the image gallery. If you plan to layer fleece underneath "
    "in early spring, take the larger of the two sizes you fall between.",
    "Sizing answer (policy.md section A).")
add("en", [], "clean",
    "Spooling braid directly onto a bare spool can let it slip under load. Put about twenty "
    "turns of mono backing on first, tie the braid to it with a double uni knot, and wind "
    "under light tension by pinching the braid between two fingers.",
    "How-to answer (policy.md section A).")
add("en", [], "clean",
    "After a day on salt water, rinse the Brantail rod with fresh water, guides included, and "
    "let it air dry before it goes back in the tube. A cotton bud run through each guide will "
    "show you quickly whether any insert has a chip.",
    "Care answer (policy.md section A).")
add("en", [], "clean",
    "Tamsin, a short heads-up: the Stowhold boxes in this batch were held at the port for an "
    "extra inspection, so yours will leave our warehouse two days later than planned. It "
    "should still reach you before your trip on the 14th.",
    "Proactive delay notice, a permitted message (policy.md A near-misses).")
add("en", [], "clean",
    "Mr. Halloran, the two-metre rod case is too long for the usual van, so the courier will "
    "bring it on a scheduled slot. Which weekday afternoon next week suits you for someone to "
    "be home?",
    "Scheduling a bulky delivery (policy.md section A).")
add("en", [], "clean",
    "For trout in cold, clear water, Lucinda, the smaller Glintfin spinner in silver usually "
    "outfishes the gold. Cast slightly upstream and let it swing down through the run with "
    "just enough retrieve to keep the blade turning.",
    "Product advice (policy.md section A).")
add("en", [], "clean",
    "A sensible baseline drag on the Pikemoor 3000 is about a third of your braid's breaking "
    "strain. Tie the braid to a kitchen scale, pull slowly, and turn the knob on the spool "
    "until it slips at that weight.",
    "How-to answer (policy.md section A).")
add("en", [], "clean",
    "For joining braid to a fluorocarbon leader, the FG knot is the slimmest through the "
    "guides, but an Alberto knot is easier on a cold bank. Wet the wraps before you snug them, "
    "and trim the tag close.",
    "Knot advice (policy.md section A).")
add("en", [], "clean",
    "Barnaby, the Stowhold box takes crankbaits up to about four inches in the deep "
    "compartments. The dividers lift out, so two narrow slots can become one wide slot for the "
    "jointed swimbaits you mentioned.",
    "Product answer (policy.md section A).")
add("en", [], "clean",
    "Before Osric engraves the rod butt, could you confirm the wording, Wilhelmina? We have "
    "'For Grandpa Ned, Sebago Lake 1979' in small capitals on one side; tell us if the spacing "
    "or spelling should be different.",
    "Verifying a custom design, a permitted message (policy.md section A).")
add("en", [], "clean",
    "Ms. Varga, hang the waders upside down by the boots somewhere dark and dry between trips. "
    "Sunlight and a hot car boot are what age neoprene fastest, and folding them tightly can "
    "crack the seam tape over a winter.",
    "Care answer (policy.md section A).")
add("en", [], "clean",
    "The Pikemoor 3000 handle unscrews and moves to either side, Cormac. Turn the cap on the "
    "opposite side counterclockwise, pull the handle out, and thread it in from the left; it "
    "tightens clockwise from there.",
    "How-to answer (policy.md section A).")
add("en", [], "clean",
    "If the two halves of the Brantail have locked together, Ingrid, don't twist. Put the rod "
    "behind your knees, grip either side of the joint, and push outward with your legs; it "
    "usually lets go on the first try.",
    "How-to answer (policy.md section A).")

# =====================================================================================
# Simplified Chinese clean (10)
# =====================================================================================
add("zh", [], "clean",
    "尹先生，路亚竿运输时竿梢最容易受力，收纳时先把竿梢套上保护套，再放进竿筒，竿筒里塞一团软布"
    "防止晃动。",
    "Care answer (policy.md section A).")
add("zh", [], "clean",
    "贾女士，下水裤每次用完先用清水冲掉泥沙，翻过来在阴凉处晾干，不要放在车里暴晒，氯丁橡胶最怕"
    "高温。",
    "Care answer (policy.md section A).")
add("zh", [], "clean",
    "毛阿姨，编织线和碳线对接推荐用双重单结，打结前先沾点水，收紧时慢一点，最后线头留两毫米再剪。",
    "Knot advice (policy.md section A).")
add("zh", [], "clean",
    "裴老师，亮片的颜色可以这样挑：晴天清水用银色，阴天或者浑水用金色和铜色，水越浑越需要亮一点的"
    "颜色。",
    "Lure advice (policy.md section A).")
add("zh", [], "clean",
    "小武，纺车轮的摇把可以左右互换，把对侧的盖子逆时针拧下来，摇把拔出来从另一边插进去，再顺时针"
    "拧紧就好。",
    "How-to answer (policy.md section A).")
add("zh", [], "clean",
    "尹先生，渔具箱放在车里过夜容易返潮，建议每个格子放一小包干燥剂，鱼钩和铅坠就不容易生锈。",
    "Storage advice (policy.md section A).")
add("zh", [], "clean",
    "贾女士，跟您说一声：这批涉水鞋在海关多查验了一次，出库会比原计划晚两天，预计下周三前送到。",
    "Proactive delay notice (policy.md A near-misses).")
add("zh", [], "clean",
    "毛阿姨，浮漂调目的方法是先不挂饵，调到漂尾露出水面四目，挂饵后钓两目，这样鱼一碰就能看出来。",
    "How-to answer (policy.md section A).")
add("zh", [], "clean",
    "裴老师，抄网的伸缩杆拉出来以后，要把每一节的锁扣都扣紧再用，不然捞大鱼的时候容易缩回去。",
    "How-to answer (policy.md section A).")
add("zh", [], "clean",
    "小武，新手在水库钓鲈鱼，可以先用五克左右的米诺，沿着岸边的障碍物慢慢收，停顿一下再抽竿，"
    "鲈鱼常在停顿时咬。",
    "Technique advice (policy.md section A).")

# =====================================================================================
# Traditional Chinese clean (6): Taiwan 4, Hong Kong 2
# =====================================================================================
add("zh", [], "clean traditional taiwanese",
    "魏先生，捲線器泡過海水後，回家先用清水沖一下，再把煞車旋鈕鬆開放乾，這樣彈簧比較不會疲乏喔。",
    "Care answer (policy.md section A).")
add("zh", [], "clean traditional taiwanese",
    "侯小姐，下水褲的尺寸建議先看鞋號，再看胸圍，如果冬天裡面要加刷毛衣，可以選大一號，出貨前我們"
    "會再跟您確認。",
    "Sizing answer (policy.md section A).")
add("zh", [], "clean traditional taiwanese",
    "紀先生，米諾假餌的三本鉤容易互相纏住，收納時可以套上鉤套，放進釣具箱的長格子裡喔。",
    "Storage advice (policy.md section A).")
add("zh", [], "clean traditional taiwanese",
    "魏先生跟您說一下，這批釣具箱的扣環還在路上，您訂購的那一個會晚三個工作天出貨，到貨時間我們會"
    "再通知您。",
    "Proactive delay notice (policy.md A near-misses).")
add("zh", [], "clean traditional cantonese",
    "容太，支路亞竿嘅竿梢最易斷，收嘅時候記得套返保護套先放入竿筒，竿筒入面塞啲軟布就唔會搖。",
    "Care answer (policy.md section A).")
add("zh", [], "clean traditional cantonese",
    "譚生，浮波喺急水度會被拖走，你可以換重少少嘅鉛墜，或者將浮波調高啲，等個餌貼住底。",
    "Technique advice (policy.md section A).")

# =====================================================================================
# Mixed clean (1)
# =====================================================================================
add("mixed", [], "clean mixed",
    "Hi Cormac，Pikemoor 3000 的 spool 可以装大约 150 码的 braid，如果先垫一层 mono backing "
    "会更稳，不容易打滑。",
    "Capacity answer (policy.md section A).")


# =====================================================================================
def _build():
    rows = list(RAW)
    random.Random(61).shuffle(rows)
    recs, notes_by_id = [], {}
    for i, (lang, labels, tags, text, note) in enumerate(rows, 1):
        rid = "h61-%03d" % i
        recs.append({"id": rid, "text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})
        notes_by_id[rid] = note
    return recs, notes_by_id


def records():
    return _build()[0]


def notes():
    return _build()[1]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout61.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), out))


if __name__ == "__main__":
    main()
