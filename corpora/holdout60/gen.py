#!/usr/bin/env python3
"""Builds holdout60.jsonl: a blind, hand-labelled test set for the buyer-message linter.

Standard library only.  Every message is written by an invented seller, Copperthrush Bird
Supply (bird feeders, birdseed, nest boxes, garden-wildlife cameras).  Labels follow
/work/shared/policy.md; policy names follow /work/shared/interface.md.

Hard-to-see characters are spelled with the helpers below: ZW (zero-width space), CY_A /
CY_E / CY_O (Cyrillic look-alikes), STAR (an emoji star) and fw() (full-width letters).
The records are shuffled with random.Random(60) and numbered h60-001 ... h60-160.

Usage: python3 gen.py          (writes holdout60.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout60.jsonl")

ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic a
CY_E = "\u0435"        # Cyrillic e
CY_O = "\u043e"        # Cyrillic o
STAR = "\u2b50"        # emoji star


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @ and the dot)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


LABEL = {"M": "marketing", "O": "off-platform-contact", "R": "review-inducement"}

# (tags, labels, lang, text, note)
#   tags:   space-separated, in the order category, style, subtypes, technique/trap,
#           traditional, region, mixed
#   labels: letters M / O / R, or "" for none
#   lang:   en / zh / mixed
RAW = [
    # ================================================================ violations, English
    ("violation plain incentive", "R", "en",
     "Hi Percival, thanks for bearing with us on the Orbwell T3. Once your review is live on "
     "the product page, just drop a screenshot into this thread and we'll post you a 2 lb bag "
     "of Brambleseed sunflower hearts, no charge.",
     "A bag of seed promised in return for a posted review (policy.md C1)."),
    ("violation plain rating-request", "R", "en",
     "Hortense, lovely to hear the Hollowpine box arrived in one piece. If the blue tits move "
     "in this spring, we'd be over the moon to see five stars beside your name on the listing; "
     "every top mark keeps our little potting shed open.",
     "Asks outright for five stars on the listing (policy.md C2)."),
    ("violation plain coupon", "M", "en",
     "Order 111-4408259-7736190: your Perchline window feeder is boxed and goes out with this "
     "afternoon's collection. Something for later, too: type SEED15 at checkout on any of our "
     "seed blends and you'll get 15% off.",
     "A dispatch note that also hands over a discount code for the next purchase (policy.md B)."),
    ("violation plain phone", "O", "en",
     "Sorry the Glintwing C2 still won't pair with your router, Barnaby. This is far quicker to "
     "sort by voice: phone the shop on +1 (207) 555-0148 any weekday before noon and Tamsin "
     "will talk you through it step by step.",
     "Gives the shop's own number and moves support to a phone line; it is not a carrier or "
     "warranty number (policy.md D3)."),
    ("violation plain discount url diversion", "MO", "en",
     "Next time the Winter Mix runs low, order it straight from copperthrushbirds.com instead. "
     "The same 10 lb sack is about three dollars cheaper there, a standing discount for anyone "
     "who buys direct from us.",
     "Sends the buyer to the shop's own site, where the seed is cheaper (policy.md D1, D6, B)."),
    ("violation plain change-review", "R", "en",
     "Ms. Oyelaran, the new baffle should be with you by Thursday. Now that the squirrels are "
     "beaten, would you mind editing your 2-star review so it reflects how things turned out "
     "in the end?",
     "Asks the buyer to edit an existing product review once the problem is fixed (policy.md "
     "C4)."),
    ("violation plain giveaway follow social", "MO", "en",
     "The T3's perches sit four inches apart, so two birds can feed without squabbling. P.S. "
     "Every month we draw one free Glintwing camera from our Instagram followers - follow "
     "@copperthrush.feeders and you're in.",
     "A prize draw tied to following the shop's Instagram account (policy.md B, D4)."),
    ("violation careful gating", "R", "en",
     "Florian, if the Orbwell has been keeping the squirrels off the way it should, a few "
     "words about that on its Amazon page would help other bird lovers decide. If it hasn't, "
     "please hold off posting anything and write to me here first so I can put it right.",
     "Invites only the satisfied buyer to post and steers the unhappy one to the seller first "
     "(policy.md C3)."),
    ("violation careful steering", "R", "en",
     "Whenever you get a moment to tell other shoppers about the Glintwing, it would really "
     "help us if you mentioned the night-vision clips and how fast it arrived; those are the "
     "two things people ask about most.",
     "Tells the buyer what to put in the review (policy.md C7)."),
    ("violation careful messaging-app phone", "O", "en",
     "Georgiana, a couple of photos of the cracked hinge would help. The easiest way is to send "
     "them by Signal to 207-555-0163 - that's Tamsin's own number and she checks it in the "
     "evenings too.",
     "Moves the case to Signal on a private number; an app policy.md does not list is still a "
     "messaging app (policy.md D3, D4)."),
    ("violation careful new-product", "M", "en",
     "On the camera mount you asked about: the C2 bracket fits any post up to three inches "
     "across, so yours will be fine. You might also like to know we've just started making a "
     "cedar Hollowpine with a little viewing window, and it went up in our Amazon shop this "
     "week.",
     "Announces a new product inside an answer (policy.md B)."),
    ("violation careful bundle", "M", "en",
     "Good news on your bath question: the Dewbasin keeps the water open down to about -10 F. "
     "A lot of our customers pair it with the Stakeridge pole and a Suetcrate cage, and if all "
     "three go in one basket we take twelve dollars off the total.",
     "A bundle price offered in a reply (policy.md B)."),
    ("violation careful payment", "O", "en",
     "Rather than waiting on the marketplace for the broken tray, I can send the cost back to "
     "your bank myself today. Just reply with your account and routing numbers and it'll be "
     "with you by Friday.",
     "Money moved outside Amazon's refund process (policy.md D5); asking for bank details is "
     "also a conduct problem (policy.md G), not labelled here."),
    ("violation careful feedback-pressure", "R", "en",
     "The negative mark you left on our seller profile last week is dragging our account score "
     "down badly, and we're a two-person business. The delivery mix-up has been put right, so "
     "we'd be very grateful if you took it down.",
     "Presses the buyer to withdraw seller feedback because it hurts the account (policy.md "
     "C5)."),
    ("violation careful vip-list", "M", "en",
     "Desmond, you've ordered from us three times now, so we'd like to add you to our "
     "early-bird circle: members hear about each seed harvest a week before anyone else and get "
     "first pick at members-only prices.",
     "An invitation to a members' club with special prices (policy.md B)."),
    ("violation split cross-sell", "M", "en",
     "Thanks for writing in about the cloudy water, Lucian. The Dewbasin's heater only "
     "switches on below 40 F, so the film you're seeing is most likely algae rather than a "
     "fault, and a weekly scrub with a stiff brush clears it. While you're out there, our "
     "Suetcrate cakes go down a treat with the same visitors that use the bath, and they'd hang "
     "nicely on the hook beside it. Let me know if the film comes back.",
     "A helpful answer with a push for another product in the middle (policy.md B)."),
    ("violation split email", "O", "en",
     "Ingrid, I'm sorry the camera's memory card arrived blank. Could you send us the serial "
     "number from the back of the unit? Our camera technician reads care@copperthrushbirds.com "
     "far more often than this inbox, so that's the quickest way to reach him.",
     "Gives the shop's e-mail address and moves the case off Amazon messaging (policy.md D2)."),
    ("violation split discount incentive", "MR", "en",
     "The tube seal you asked about is a standard 40 mm ring, and any hardware store will have "
     "one. On another note, anyone who posts a write-up of the Orbwell on Amazon this month "
     "gets 20% off their next seed order with us - just mention it when you buy. Hope the ring "
     "does the trick.",
     "A discount on the next order in return for a review is both an incentive and a "
     "promotion (policy.md C1, B; README judgement call 5)."),
    ("violation split social", "O", "en",
     "Mr. Whitlock, thanks for the photo of the entrance plate. That's the 28 mm one, which "
     "suits blue tits and coal tits. We share owners' setup videos in our Facebook group, "
     "Copperthrush Backyard Birders, and the members usually answer questions like this faster "
     "than we can. Search for the name and ask to join.",
     "Points the buyer to the shop's Facebook group (policy.md D4)."),
    ("violation split gating", "R", "en",
     "So pleased the window feeder is pulling in chickadees, Cordelia! The suction cups grip "
     "best on glass wiped with a little vinegar first. Since it's working out so well for you, "
     "would you put those same kind words on the listing? It means a lot coming from a happy "
     "customer.",
     "Asks for a review only because the buyer said she was happy (policy.md section 0, C3; "
     "README judgement call 1)."),
    ("violation split restock", "M", "en",
     "Good question about the nyjer: yes, it's the fine black seed goldfinches love, and it's "
     "heat-treated so it won't sprout in your lawn. The 20 lb sacks were gone for most of the "
     "winter, but they're back on the shelf as of this morning, so grab one while they last. "
     "Your feeder takes it with no adapter.",
     "Back-in-stock news with a call to buy, inside an answer (policy.md B)."),
    ("violation split qr gating", "OR", "en",
     "There's a small card tucked in the lid of your Glintwing C2. If anything at all goes "
     "wrong, scan the square code on it and it opens our help-desk chat. Please do that before "
     "you write anything on Amazon - we can nearly always fix it within a day.",
     "A QR code to off-Amazon support, used to head off reviews (policy.md D1, C3)."),

    # ================================================================ violations, Simplified
    ("violation plain payment incentive", "OR", "zh",
     "章女士您好，管状喂鸟器的替换栖木已经寄出。收到后如果方便在亚马逊写个好评，把截图发给我们，"
     "我们会通过支付宝给您返现20元，谢谢支持！",
     "Cash back through Alipay for a positive review (policy.md C1, D5)."),
    ("violation plain coupon", "M", "zh",
     "邹先生，您问的防松鼠挡板直径是40厘米，标准杆子都能装。另外提醒一下，本月在我们店买鸟粮，"
     "结账时输入优惠码NEST10可以立减10%。",
     "A discount code added to a size answer (policy.md B)."),
    ("violation plain messaging-app", "O", "zh",
     "毛阿姨，相机配对的步骤在这里打字实在说不清楚，您加一下我们的微信 copperthrush_cn，"
     "我直接给您发视频演示。",
     "Invites the buyer to WeChat (policy.md D4)."),
    ("violation plain sale", "M", "zh",
     "卞老师您好，订单 111-6620384-9915273 的巢箱已经安排出库。顺便告诉您，双十一期间全店鸟食"
     "八折，活动到周日结束，需要囤货的话别错过。",
     "A sale announcement inside a dispatch message (policy.md B)."),
    ("violation plain rating-request gating", "R", "zh",
     "小棠，很高兴窗台喂鸟器让您看到了这么多麻雀！用得满意的话麻烦给我们一个五星好评；要是不满意，"
     "先私信我们，千万别直接打低分。",
     "Asks the happy buyer for five stars and diverts the unhappy one (policy.md C2, C3)."),
    ("violation plain discount url diversion", "MO", "zh",
     "俞先生，红外相机夜视设置的完整图文教程放在我们官网 copperthrushbirds.com 上，您直接去官网"
     "看就行，顺便在那边买配件也比亚马逊便宜一成。",
     "Sends the buyer to the shop's site, where accessories are cheaper (policy.md D1, D6, B)."),
    ("violation careful change-review", "R", "zh",
     "章女士，挡板的问题已经处理好了，新挡板明天送到。您之前在商品页面写的那段使用感受，现在情况"
     "不一样了，能不能麻烦您改一改，让后面的买家看到最新的情况？",
     "A veiled request to rewrite a product review after a fix (policy.md C4)."),
    ("violation careful payment diversion", "O", "zh",
     "邹先生，以后买鸟粮不用再走亚马逊了，直接告诉我要几袋，我从仓库给您发，钱转给我就行，省掉"
     "平台那一层，大家都方便。",
     "Selling outside Amazon with direct payment (policy.md D5, D6)."),
    ("violation careful referral", "M", "zh",
     "毛阿姨，听说您小区里好几位邻居也在喂鸟？您把我们店介绍给他们，他们下单时报您的名字，您和"
     "他们下次买鸟食都能各减十块。",
     "A refer-a-friend reward (policy.md B)."),
    ("violation careful steering", "R", "zh",
     "卞老师，等您用上一阵子，如果愿意在亚马逊上写几句使用体验，麻烦提一下夜视画面清楚、安装只要"
     "五分钟这两点，这对我们很重要。",
     "Dictates what the review should say (policy.md C7)."),
    ("violation careful buy-again", "M", "zh",
     "小棠您好，按您家院子的鸟量估算，这袋冬季混合鸟粮大概能吃五周。快吃完的时候记得回来再拍一袋，"
     "在订单记录里点一下就能再次下单。",
     "A buy-again push (policy.md B)."),
    ("violation split follow social", "MO", "zh",
     "俞先生，吸盘掉下来多半是玻璃上有灰，用酒精擦干净后再用力压三十秒就稳了。我们在小红书开了个"
     "账号叫Copperthrush观鸟，每周发院子里拍到的鸟，您关注一下，也能看看别的买家怎么摆喂鸟器。"
     "还有问题随时在这里问我。",
     "Asks the buyer to follow the shop on Xiaohongshu (policy.md B, D4)."),
    ("violation split incentive", "R", "zh",
     "章女士，相机的存储卡我们已经重新寄了一张。另外跟您说一声，本月在商品页留下使用体验并配上照片"
     "的买家，我们都会寄一包葵花籽仁表示感谢。祝您拍到好看的鸟！",
     "A bag of seed for a review with photos (policy.md C1)."),
    ("violation split qr", "O", "zh",
     "邹先生，包装盒侧面贴着一个二维码，扫一下就能进我们的售后群。群里有安装师傅在线，比在这里来回"
     "留言快得多。有需要随时扫。",
     "A QR code to an off-Amazon support group (policy.md D1, D4)."),
    ("violation split listing-link", "M", "zh",
     "毛阿姨，这个巢箱的开口是32毫米，适合山雀。如果还想给麻雀准备一个，可以看看我们店里开口更大"
     "的这款：amazon.com/dp/B0F3KT8W5N。春天挂出去正好。",
     "A link to another of the shop's listings: an Amazon link, so marketing, not off-platform "
     "(policy.md B, D1; README judgement call 7)."),
    ("violation split feedback-pressure", "R", "zh",
     "卞老师，送货延误的事我们已经跟物流核实，运费也补给您了。您在店铺反馈里留的那条差评，对我们"
     "这种小店影响很大。麻烦您抽空撤掉，非常感谢。",
     "Asks for seller feedback to be withdrawn because it hurts the shop (policy.md C5)."),

    # ================================================================ violations, Traditional
    ("violation plain coupon traditional taiwanese", "M", "zh",
     "闕小姐您好，觀鳥相機已經出貨，追蹤編號 TBA830471529613，預計週四送到。順便附上一組折價券"
     "代碼 PERCH20，下次在我們賣場買任何餵鳥器都能折抵兩成喔！",
     "A coupon code in a dispatch note (policy.md B)."),
    ("violation plain messaging-app phone traditional cantonese", "O", "zh",
     "侯太，部相機連唔到屋企網絡嘅話，你WhatsApp我哋 +44 7700 900683，同事可以即刻同你視像"
     "睇下點整。",
     "WhatsApp on the shop's own number (policy.md D3, D4)."),
    ("violation plain rating-request traditional taiwanese", "R", "zh",
     "龔先生，謝謝您耐心等補寄的擋板。如果現在用得順手，拜託幫我們在亞馬遜留個五星好評，對我們"
     "小賣場真的很重要！",
     "Asks for a five-star review (policy.md C2)."),
    ("violation careful change-review traditional cantonese", "R", "zh",
     "姚生，換咗個新吸盤之後應該唔會再跌落嚟。你之前喺產品頁寫嗰段說話，而家問題已經解決咗，"
     "可唔可以幫我哋改返啲內容？",
     "Asks for the product-page text to be changed after the fix (policy.md C4)."),
    ("violation careful discount payment diversion traditional taiwanese", "MO", "zh",
     "童小姐，下次要補鳥食的話，直接傳訊息給我就好，不用再透過亞馬遜下單，我從倉庫寄給您，匯款到"
     "我們的戶頭，價錢會比平台上少一些。",
     "An off-Amazon sale paid by bank transfer at a lower price (policy.md D5, D6, B)."),
    ("violation careful gating traditional cantonese", "R", "zh",
     "伍小姐，如果個鳥浴盆用得開心，就上亞馬遜講兩句俾其他人參考；如果有咩唔妥，千祈唔好即刻寫"
     "上去，先搵我哋，我哋一定幫你搞掂。",
     "Happy buyers to Amazon, unhappy ones to the seller first (policy.md C3)."),
    ("violation split new-product traditional taiwanese", "M", "zh",
     "阮先生您好，您問的油脂塊在夏天確實比較容易軟，建議掛在陰涼的地方。另外跟您分享，我們這個月"
     "推出了可以裝進巢箱的迷你鏡頭，已經在亞馬遜賣場上架了，有興趣可以搜尋看看。有其他問題再跟我"
     "說喔。",
     "New-product news tucked into a care answer (policy.md B)."),
    ("violation split email traditional cantonese", "O", "zh",
     "姚生，唔好意思部相機嘅記憶卡冇資料。麻煩你將機身背後嘅序號影低。直接寄去 "
     "care@copperthrushbirds.com 就得，我哋同事會快啲處理。",
     "Gives the shop's e-mail address (policy.md D2)."),
    ("violation split incentive traditional taiwanese", "R", "zh",
     "闕小姐，窗邊餵鳥器的吸盤已經幫您補寄了。順帶一提，只要在商品頁分享使用心得，再私訊截圖給"
     "我們，就送您一包尼日籽，數量有限喔。祝賞鳥愉快！",
     "Free seed for a review screenshot (policy.md C1)."),
    ("violation split giveaway social traditional cantonese", "MO", "zh",
     "侯太，個擋板裝喺支柱離地一米二就啱啱好。我哋Facebook專頁今個月抽獎送一部觀鳥相機，你留言"
     "tag兩個朋友就參加到。有咩再問我哋啦。",
     "A Facebook-page prize draw (policy.md B, D4)."),

    # ================================================================ violations, mixed
    ("violation plain discount incentive mixed", "MR", "mixed",
     "Hi 小棠, the Orbwell T3 的栖木我们已经补发了. 另外 leave a review 之后 message us, "
     "我们给你下一单 15% off, thanks!",
     "A code-switched offer of a discount for a review (policy.md C1, B)."),
    ("violation split messaging-app traditional cantonese mixed", "O", "mixed",
     "Hi 伍小姐, 部 Glintwing 嘅 firmware 我哋要 remote 幫你 update。你 add 我哋 Telegram "
     "@copperthrush_help 啦. 咁樣快好多, 唔使喺度等回覆.",
     "Moves support to Telegram (policy.md D4)."),

    # ================================================================ evasions, English
    ("evasion rating-request homoglyph", "R", "en",
     "Thanks for your patience with the delivery, Percival. If the feeder wins you over, a "
     "5-st" + CY_A + "r r" + CY_E + "view from you would make a real difference to our little "
     "shop.",
     "A five-star request with Cyrillic letters inside the key words (policy.md C2, section e)."),
    ("evasion messaging-app phone homoglyph", "O", "en",
     "For quicker help with the camera settings, message us on Wh" + CY_A + "ts" + CY_A + "pp "
     "at +1 207 555 0148; som" + CY_E + "one is on it from eight till six.",
     "WhatsApp and a phone number, the app name written with Cyrillic a (policy.md D3, D4, "
     "section e)."),
    ("evasion coupon leetspeak", "M", "en",
     "Your Stakeridge pole for order 112-7705593-1846620 is on the truck. Quick tip while you "
     "wait: enter P3RCH20 at ch3ckout and take 20 perc3nt 0ff any feeder in the shop through "
     "Sunday.",
     "A discount code in leetspeak (policy.md B, section e)."),
    ("evasion incentive leetspeak", "R", "en",
     "If you h4ppen to post a r3view with a photo of the cage in use, we'll send a box of "
     "Suetcrate cakes your way on the house.",
     "Suet cakes for a review, the key word in leetspeak (policy.md C1, section e)."),
    ("evasion messaging-app phone spacing number-words", "O", "en",
     "Faster answers on the camera settings for our UK buyers: text us on S i g n a l at "
     "oh seven seven oh oh, nine oh oh six eight three.",
     "Signal spelled with spaces and a UK number in words (policy.md D3, D4, section e)."),
    ("evasion rating-request spacing", "R", "en",
     "If the nest box earns it once the chickadees move in, we'd love to see f i v e s t a r s "
     "from you on the listing.",
     "A five-star request with the letters spaced apart (policy.md C2, section e)."),
    ("evasion messaging-app separator", "O", "en",
     "Tamsin answers faster away from this inbox. Find her on t-e-l-e-g-r-a-m, handle "
     "copperthrush_help, any time after 9.",
     "A Telegram handle, the app name broken by hyphens (policy.md D4, section e)."),
    ("evasion email diversion zero-width", "O", "en",
     "Pop a note to care" + ZW + "@" + ZW + "copperthrushbirds.com and we'll sort the hinge "
     "outside the Amazon queue - it's usually quicker that way.",
     "An e-mail address split by zero-width spaces, and a push to leave Amazon's channel "
     "(policy.md D2, D6, section e)."),
    ("evasion sale zero-width", "M", "en",
     "Quick heads-up while your seed is on its way: our spring s" + ZW + "ale takes 30% o" + ZW
     + "ff every seed blend until the 15th.",
     "A sale with zero-width spaces inside the key words (policy.md B, section e)."),
    ("evasion discount url diversion fullwidth", "MO", "en",
     "Setup videos for the Glintwing live on " + fw("copperthrushbirds.com") + ", and spare "
     "perches there are a couple of dollars under the Amazon price for anyone who orders "
     "direct.",
     "The shop's domain in full-width letters, with a lower price off Amazon (policy.md D1, D6, "
     "B, section e)."),
    ("evasion email spelled-email", "O", "en",
     "Send the photos of the split seam to copperthrush dot shed at gmail dot com and I'll look "
     "at them tonight.",
     "A spelled-out e-mail address (policy.md D2, section e)."),
    ("evasion phone number-words", "O", "en",
     "Text Tamsin on two oh seven, five five five, oh one six three and she'll send you the "
     "pairing steps.",
     "A phone number written in words (policy.md D3, section e)."),
    ("evasion rating-request emoji", "R", "en",
     "If the Orbwell keeps the squirrels out, " + STAR * 5 + " from you would make our week!",
     "Emoji stars asked for (policy.md C2, E)."),
    ("evasion messaging-app nickname split-handle", "O", "en",
     "Our quickest helpers hang out on the paper-plane app. Look for copperthrush, then an "
     "underscore, then help, and say which camera you have.",
     "Telegram by nickname, the handle given in pieces (policy.md D4, section e)."),

    # ================================================================ evasions, Simplified
    ("evasion rating-request incentive pinyin", "R", "zh",
     "章女士，喂鸟器用得顺手的话给个haoping吧，我们这边有fanxian，截个图发过来就行。",
     "Positive review and cash back in pinyin (policy.md C1, C2, section e)."),
    ("evasion messaging-app homophone", "O", "zh",
     "邹先生，相机的问题加我薇信 copperthrush_cn 说更方便，比这里回得快多了。",
     "WeChat written with a homophone (policy.md D4, section e)."),
    ("evasion rating-request homophone", "R", "zh",
     "毛阿姨，喂鸟器要是合您心意，麻烦在亚马逊给个好苹，满分的那种，先谢谢您～",
     "A positive review asked for with a homophone, plus full marks (policy.md C2, section e)."),
    ("evasion incentive separator", "R", "zh",
     "卞老师，补寄的挡板已经安排了。晒图好-评-返-现的活动还在，截图发我就行。",
     "Cash back for a review, the phrase broken by hyphens (policy.md C1, section e)."),
    ("evasion phone cn-numerals", "O", "zh",
     "小棠，相机设置在电话里讲更清楚，您打这个号码：零七七零零 九零零二零九，晚上也有人接。",
     "A phone number in Chinese numerals (policy.md D3, section e)."),
    ("evasion coupon fullwidth", "M", "zh",
     "俞先生，下单前输入" + fw("SEED15") + "能便宜百分之十五，鸟粮和油脂块都能用。",
     "A discount code in full-width letters (policy.md B, section e)."),
    ("evasion discount messaging-app nickname", "MO", "zh",
     "章女士，加一下我们的绿泡泡吧，号是 copperthrush_cn，群里每周都有鸟粮团购价，比店里便宜。",
     "WeChat by nickname, with group prices below the shop's (policy.md B, D4, section e)."),
    ("evasion messaging-app zero-width", "O", "zh",
     "邹先生，售后请直接加微" + ZW + "信 copperthrush_cn，我一对一帮您调相机。",
     "WeChat with a zero-width space inside the app name (policy.md D4, section e)."),
    ("evasion new-product discount rating-request emoji pinyin", "MR", "zh",
     "毛阿姨，用得开心就给我们点亮" + STAR * 5 + "吧！下个月新款鸟浴盆上市，到时给您留个youhui～",
     "Emoji stars asked for, plus a new product and a discount in pinyin (policy.md C2, B, "
     "section e)."),

    # ================================================================ evasions, Traditional
    ("evasion messaging-app homophone traditional taiwanese", "O", "zh",
     "闕小姐，相機有任何問題都可以加我們賴 @copperthrushtw，客服回覆比較快喔。",
     "LINE written as its Taiwanese homophone (policy.md D4, section e)."),
    ("evasion rating-request incentive spacing traditional cantonese", "R", "zh",
     "姚生，用得開心嘅話，幫我哋寫個 五 星 好 評 啦，寫完有 返 現 㗎。",
     "Five stars and cash back, spaced out (policy.md C1, C2, section e)."),
    ("evasion phone cn-numerals traditional taiwanese", "O", "zh",
     "童小姐，相機設定用講的比較快，直接打給我：二零七五五五零一四八，晚上也可以喔。",
     "A phone number in Chinese numerals (policy.md D3, section e)."),
    ("evasion messaging-app nickname split-handle traditional cantonese", "O", "zh",
     "伍小姐，想睇其他客人點樣擺個餵鳥器，可以搵我哋嘅紙飛機群，名係 copperthrush 後面加 _help。",
     "Telegram by nickname, handle in pieces (policy.md D4, section e)."),
    ("evasion coupon fullwidth traditional taiwanese", "M", "zh",
     "龔先生，下次逛我們賣場的時候，結帳輸入" + fw("PERCH20") + "，全館餵鳥器直接打八折喔。",
     "A discount code in full-width letters (policy.md B, section e)."),

    # ================================================================ evasions, mixed
    ("evasion rating-request incentive leetspeak mixed", "R", "mixed",
     "Hi 俞先生, 挡板的问题 sorry 啦. 有空帮我们留个 5-st4r r3view, 我们送你一包 suet cakes "
     "当谢礼.",
     "Five stars in leetspeak, with suet cakes as thanks (policy.md C1, C2, section e)."),
    ("evasion email diversion spelled-email traditional cantonese mixed", "O", "mixed",
     "Hi 侯太, 張 receipt 我哋已經 send 咗俾你. 有問題直接 email 我哋: care at "
     "copperthrushbirds dot com, 唔使經 Amazon 咁麻煩.",
     "A spelled-out e-mail address and a push away from Amazon (policy.md D2, D6, section e)."),

    # ================================================================ near-misses, English
    ("near-miss remedy", "", "en",
     "Ms. Oyelaran, I'm so sorry the Dewbasin arrived with a hairline crack. A replacement went "
     "out this morning at no cost to you, and there's no need to send the damaged one back. The "
     "tracking number is TBA593028174466.",
     "A free replacement is a remedy, not a promotion (policy.md B near-misses)."),
    ("near-miss remedy", "", "en",
     "Percival, we've refunded the whole cost of the seed bag that split in transit. It should "
     "appear on your card within three to five business days, and please keep whatever seed you "
     "managed to save.",
     "A refund with no link to any review (policy.md C near-misses)."),
    ("near-miss neutral-request", "", "en",
     "Hello Hortense, this is Tamsin at Copperthrush, writing about order 113-2750946-1183027. "
     "Once you've had a few weeks with the nest box, we'd welcome your honest opinion on "
     "Amazon, whatever it turns out to be. Thank you for choosing us either way.",
     "One neutral request, no rating, reward or condition (policy.md C near-misses, section b; "
     "interface.md)."),
    ("near-miss neutral-request", "", "en",
     "Order 112-6084317-5529402: your Glintwing C2 was delivered last week. If you'd like to "
     "share how it's working, you can write a review from Your Orders on Amazon. Good or bad, "
     "other garden watchers find them useful.",
     "One neutral request that names both outcomes (policy.md C near-misses; interface.md)."),
    ("near-miss feedback-notice", "", "en",
     "Florian, thank you for bearing with us while the pole was re-sent. If you feel we've now "
     "put things right, you're free to revise or withdraw the seller feedback you left earlier. "
     "That choice is entirely yours, and we won't raise it again.",
     "The neutral notice on seller feedback after resolution, left to the buyer (policy.md C5)."),
    ("near-miss quoted-buyer", "", "en",
     "You wrote: 'I'd give this feeder five stars if the lid didn't stick.' Thanks for telling "
     "us. The lid has a small locking tab on the left; press it in before you lift, and it "
     "should come away easily.",
     "Stars appear only in the buyer's quoted words; the reply fixes the lid (policy.md C "
     "near-misses)."),
    ("near-miss quoted-buyer", "", "en",
     "You said the camera 'deserves a better rating than the box it came in' - fair point "
     "about the packaging, Lucian. We've passed your photos to our packer, and the next batch "
     "ships in sturdier cartons.",
     "A quoted buyer remark about a rating; nothing is asked (policy.md C near-misses)."),
    ("near-miss lookalike-number", "", "en",
     "You asked where order 113-5550148-2649071 has got to: it left our shed on Tuesday, and "
     "UPS has it under 1Z4F07W20381756249, due Friday.",
     "An order id with a 555-01xx block and a UPS tracking number are not phone numbers "
     "(policy.md D near-misses)."),
    ("near-miss lookalike-number", "", "en",
     "The long number you found on the box, 9400 1093 5517 2846 0031 64, is the USPS tracking "
     "number from shipping, not a product serial. The serial is the short one on the sticker "
     "inside the cleanout door.",
     "A tracking number explained, not a contact number (policy.md D near-misses)."),
    ("near-miss negation", "", "en",
     "To be clear, Barnaby, we're not asking you to change or delete anything you've posted "
     "about the feeder. We only wrote to let you know the spare perch is in the mail.",
     "Change and delete appear only in a negation (policy.md section 0, C near-misses; README "
     "judgement call 10)."),
    ("near-miss amazon-page", "", "en",
     "You can start the return for the window feeder under Your Orders on amazon.com: choose "
     "'arrived damaged' and the prepaid label will appear. Once the parcel is scanned, we'll "
     "process the refund on our side.",
     "A pointer to Amazon's own returns page (policy.md D near-misses)."),
    ("near-miss answer", "", "en",
     "Good question about the coupon on the listing, Georgiana. That's an Amazon clip-on "
     "coupon; it comes off automatically at checkout if you ticked the box before buying. It's "
     "set by Amazon, so we can't extend it, I'm afraid.",
     "Explains an Amazon coupon the buyer asked about and offers nothing (policy.md B "
     "near-misses)."),
    ("near-miss answer", "", "en",
     "About the Subscribe & Save option on the Winter Mix: Amazon decides that discount, and it "
     "shows at checkout whenever the item is eligible. There's nothing we can add from our end, "
     "but the option sits right there on the listing.",
     "Explains an Amazon programme the buyer asked about (policy.md B near-misses)."),
    ("near-miss refusal", "", "en",
     "Thanks for asking, Wilfred, but we don't give out a phone number or a WhatsApp contact; "
     "everything stays in Amazon messages so there's a record for both of us. Send the photos "
     "here and I'll look this afternoon.",
     "Declines to move off Amazon (policy.md D near-misses, D4)."),
    ("near-miss refusal", "", "en",
     "I understand why you'd like a discount code for your next order, Ingrid, but we don't "
     "hand those out in messages. The listing price is the same for everyone who shops with us.",
     "Declines a buyer's request for a code (policy.md B)."),
    ("near-miss product-word", "", "en",
     "The Stakeridge pole is free-standing once the ground spike is in, so there's no concrete "
     "to pour. The baffle slides on from the top and rests at about four feet.",
     "Free-standing is a product fact, not an offer (policy.md B near-misses)."),
    ("near-miss product-word", "", "en",
     "The Glintwing can push motion alerts to your phone through its own app. There's no "
     "subscription, and the clips stay on the memory card in the camera.",
     "A phone named as a product feature, no number or handle (policy.md D near-misses)."),
    ("near-miss logistics-word", "", "en",
     "We've cancelled the second window-feeder order, 113-9327604-1158842, that you placed by "
     "mistake, just as you asked. The first one is unaffected and ships tomorrow.",
     "The seller cancels a duplicate at the buyer's request (policy.md A near-misses)."),
    ("near-miss review-thanks", "", "en",
     "Thank you for mentioning the review you posted, Cordelia, and for the photo of the "
     "nuthatch on the cage; it's pinned up in the shed now. Glad the Suetcrate is holding up to "
     "the woodpecker.",
     "Thanks in reply to a buyer who mentioned her review; nothing is asked (policy.md C "
     "near-misses)."),
    ("near-miss carrier-site", "", "en",
     "Royal Mail shows RW582017364GB as held at your local delivery office after a missed drop. "
     "You can rebook it on Royal Mail's own site with that number, or collect it with photo ID.",
     "The carrier's own site, named but not linked, for delivery (policy.md D near-misses)."),
    ("near-miss warranty", "", "en",
     "The Glintwing carries a two-year maker's warranty. If the lens fogs up again, open a claim "
     "through the order page on Amazon and we'll ship you a new unit.",
     "A warranty claim kept on Amazon (policy.md D near-misses)."),
    ("near-miss price-paid", "", "en",
     "The Orbwell showed a lower price for a few hours on Tuesday because of a listing error on "
     "our side. You were charged the normal price you agreed to at checkout, and nothing more "
     "will be taken.",
     "Explains a price error; no offer (policy.md B near-misses)."),
    ("near-miss review-word", "", "en",
     "We reviewed the clips from your camera's card, and the gaps come from the "
     "motion-sensitivity setting rather than a fault. Move it from Low to Medium and it should "
     "catch the blackbirds at the tray.",
     "Reviewed means the seller checked the footage (policy.md section 0)."),

    # ================================================================ near-misses, Simplified
    ("near-miss substring", "", "zh",
     "邹先生，您说在亚马逊检索评测视频没找到安装演示，我们这边确实没有视频，给您写一下步骤：先把"
     "挡板套上杆子，再把喂鸟器挂到顶端挂钩上。",
     "检索评测 hides 索评 (policy.md section 0, C near-misses)."),
    ("near-miss substring", "", "zh",
     "毛阿姨，您在搜索评论时看到有人说吸盘吸不牢，那是早期的一批，现在发出去的已经换成了更大的"
     "吸盘。",
     "搜索评论 hides 索评 (policy.md section 0, C near-misses)."),
    ("near-miss remedy", "", "zh",
     "章女士，破损的鸟浴盆我们已经免费给您补发了一个，原来那个不用寄回，直接处理掉就好。",
     "A free resend is a remedy (policy.md B near-misses)."),
    ("near-miss remedy", "", "zh",
     "卞老师，漏发的油脂块笼子我们已经全额退款，款项三到五个工作日会退回您的支付账户。",
     "A refund for a missing item, no review mentioned (policy.md C near-misses)."),
    ("near-miss neutral-request", "", "zh",
     "小棠您好，订单 114-9173620-3048815 的巢箱已经签收一段时间了。您如果愿意，可以抽空在亚马逊"
     "上写写这段时间的感受，好的坏的都可以说。",
     "One neutral request with the order id (policy.md C near-misses; interface.md)."),
    ("near-miss neutral-request", "", "zh",
     "俞先生，关于订单 112-3917465-0082736：相机您已经用了两周左右。如果有空，欢迎到商品页面留下"
     "评价，说说实际用起来怎么样，满不满意都行。",
     "One neutral request naming both outcomes (policy.md C near-misses; interface.md)."),
    ("near-miss feedback-notice", "", "zh",
     "邹先生，补发的挡板您已经收到，问题也解决了。如果您觉得我们处理得还可以，店铺反馈里那一条改"
     "不改、留不留，全凭您自己决定，我们不会再提。",
     "The neutral seller-feedback notice after resolution (policy.md C5)."),
    ("near-miss quoted-buyer", "", "zh",
     "毛阿姨，您留言说“等用满一个月再决定给几星”，完全没问题，按您的节奏来。相机说明书附在这里，"
     "夜视设置在第6页。",
     "The stars are in the buyer's quoted words (policy.md C near-misses)."),
    ("near-miss lookalike-number", "", "zh",
     "小棠，您问的那串号码 SF1470382956624 是顺丰的运单号，不是我们的联系方式，在顺丰的小程序里"
     "输入就能查到物流。",
     "A tracking number is not a phone number (policy.md D near-misses)."),
    ("near-miss logistics-word", "", "zh",
     "章女士，已经按您的要求取消了重复下的那一单，另一单照常发货；收货地址也修改成了您刚发来的新"
     "地址。",
     "取消 and 修改 for a duplicate order and an address (policy.md A near-misses, section 0)."),
    ("near-miss negation", "", "zh",
     "卞老师，我们不会要求您删除或修改任何评价，写信只是想确认补寄的栖木尺寸合不合适。",
     "删除 / 修改 评价 only under a negation (policy.md section 0; README judgement call 10)."),
    ("near-miss answer", "", "zh",
     "俞先生，您问的“满200减20”优惠券是亚马逊平台自己的活动，结算时会自动扣减，我们店铺这边没办法"
     "再额外叠加。",
     "Explains an Amazon promotion the buyer asked about (policy.md B near-misses)."),
    ("near-miss refusal", "", "zh",
     "邹先生，抱歉，我们不能加微信私聊，也不接受站外付款，所有售后都在亚马逊消息里处理，这样对您"
     "更有保障。",
     "Declines WeChat and off-Amazon payment (policy.md D near-misses)."),
    ("near-miss product-word", "", "zh",
     "俞先生，这款挡板是卡扣式的，不需要星形螺丝刀，用手拧紧就可以了。",
     "星形螺丝刀 is a tool, not a rating (policy.md C near-misses)."),
    ("near-miss warranty", "", "zh",
     "章女士，相机有两年保修。如果镜头再起雾，请在亚马逊的订单页面申请售后，我们会给您换一台新的。",
     "A warranty claim kept on Amazon (policy.md D near-misses)."),
    ("near-miss price-paid", "", "zh",
     "小棠，您看到的低价是亚马逊限时秒杀那几个小时的价格，您下单时付的就是当时页面上的价格，不会"
     "再多扣钱。",
     "Explains the price paid; no offer (policy.md B near-misses)."),
    ("near-miss amazon-page", "", "zh",
     "卞老师，退货请在亚马逊“我的订单”里找到这个巢箱，点“退货或换货”，选商品损坏，系统会生成退货"
     "标签。",
     "Points to Amazon's own returns flow (policy.md D near-misses)."),

    # ================================================================ near-misses, Traditional
    ("near-miss substring traditional taiwanese", "", "zh",
     "闕小姐，您說在亞馬遜檢索評論時看到巢箱有木頭味的問題，那是早期的一批，現在出貨的都已經風乾"
     "處理過了喔。",
     "檢索評論 hides 索評 (policy.md section 0, section e)."),
    ("near-miss remedy traditional cantonese", "", "zh",
     "侯太，個鳥浴盆裂咗真係唔好意思，我哋已經免費補寄一個新嘅俾你，舊嗰個唔使寄返。",
     "A free resend is a remedy (policy.md B near-misses)."),
    ("near-miss feedback-notice traditional cantonese", "", "zh",
     "姚生，擋板嘅問題解決咗就好。如果你覺得我哋處理得妥當，之前留低嘅賣家反饋改唔改、刪唔刪，"
     "全部由你決定，我哋唔會再提。",
     "The neutral seller-feedback notice after resolution (policy.md C5)."),
    ("near-miss review-thanks traditional taiwanese", "", "zh",
     "龔先生，謝謝您特地告訴我們已經在商品頁留下評價，還附上白頭翁的照片！吸盤之後如果鬆掉，再跟"
     "我說喔。",
     "Thanks to a buyer who mentioned his review (policy.md C near-misses)."),
    ("near-miss logistics-word traditional taiwanese", "", "zh",
     "童小姐，已經照您的要求把重複的訂單取消了，另一筆照常出貨，黑貓明天會送到。",
     "The seller cancels a duplicate order (policy.md A near-misses)."),
    ("near-miss lookalike-number traditional cantonese", "", "zh",
     "伍小姐，111-5550163-4820957 唔係電話號碼嚟，係亞馬遜嘅訂單編號，想查件可以喺「我的訂單」"
     "度睇。",
     "An order id with a 555-01xx block (policy.md D near-misses)."),
    ("near-miss neutral-request traditional taiwanese", "", "zh",
     "阮先生您好，訂單 114-2289106-5570438 的觀鳥相機已經送達一段時間了。如果您願意，歡迎到亞馬遜"
     "商品頁分享真實的心得，好壞都很有參考價值喔。",
     "One neutral request with the order id (policy.md C near-misses; interface.md)."),
    ("near-miss answer traditional cantonese", "", "zh",
     "侯太，你問嗰個Prime會員日折扣係亞馬遜自己搞嘅，結帳時會自動計，我哋呢邊冇權加減。",
     "Explains an Amazon promotion the buyer asked about (policy.md B near-misses)."),
    ("near-miss warranty traditional taiwanese", "", "zh",
     "闕小姐，相機有兩年保固，如果夜視功能又出狀況，請從亞馬遜的訂單頁面申請，我們會寄一台新的給"
     "您喔。",
     "A warranty claim kept on Amazon (policy.md D near-misses)."),

    # ================================================================ near-miss, mixed
    ("near-miss refusal mixed", "", "mixed",
     "Hi 邹先生, 您问能不能 WhatsApp 联系, sorry, 我们只在 Amazon 消息里 reply, 这样双方都有 "
     "record 可查.",
     "Declines to move to WhatsApp (policy.md D near-misses)."),

    # ================================================================ clean, English
    ("clean", "", "en",
     "Hi Percival, the Orbwell T3 hangs best about five feet up and at least ten feet from a "
     "fence or branch, so squirrels can't leap across to it. A shepherd's hook does the job if "
     "no tree is in the right spot.",
     "Placement advice (policy.md A)."),
    ("clean", "", "en",
     "Ms. Oyelaran, the pole you bought travels by freight because it's over seven feet long. "
     "The carrier would like to book a two-hour delivery window, so could you tell us which "
     "weekday mornings suit you?",
     "Scheduling a bulky delivery (policy.md A, G near-misses)."),
    ("clean", "", "en",
     "Hortense, on seed storage: keep the Winter Mix in a sealed metal bin somewhere cool and "
     "dry. Damp seed clumps together and can grow mould, which is bad news for the birds.",
     "A care answer (policy.md A)."),
    ("clean", "", "en",
     "Barnaby, the Glintwing takes memory cards up to 128 GB. Format the card in the camera "
     "itself rather than on a computer, and the recording error you described should go away.",
     "A troubleshooting answer (policy.md A)."),
    ("clean", "", "en",
     "Georgiana, before we engrave the roof of your Hollowpine box, could you confirm the "
     "wording: \"Nan's Robin Inn\", with an apostrophe before the s? We'll hold the box until we "
     "hear from you.",
     "Verifying a custom design (policy.md A)."),
    ("clean", "", "en",
     "Florian, a storm has closed the ferry our courier uses, so the suet cakes will reach you "
     "two days later than first shown. Nothing is lost; the parcel is simply waiting on the "
     "mainland.",
     "A delay notice (policy.md A near-misses)."),
    ("clean", "", "en",
     "Lucian, the 32 mm entrance plate suits great tits and nuthatches, while the 28 mm plate "
     "in the little bag keeps it to blue tits and coal tits. Swap them with the two brass "
     "screws on the front.",
     "A product answer (policy.md A)."),
    ("clean", "", "en",
     "Ingrid, the heated bath needs an outdoor socket with a weatherproof cover. The cord is "
     "six feet long, and we'd advise against adding an extension lead outside.",
     "A safety answer (policy.md A)."),
    ("clean", "", "en",
     "Mr. Whitlock, the nest box should face somewhere between north and east so the chicks "
     "aren't baked by the afternoon sun. Put it up before the end of February if you can; birds "
     "go house-hunting early.",
     "Placement advice (policy.md A)."),
    ("clean", "", "en",
     "Cordelia, the crumbly bits at the bottom of the bag are normal: the millet breaks up a "
     "little in transit. Scatter them on a ground tray, and sparrows and doves will clear them "
     "in a morning.",
     "A product answer (policy.md A)."),
    ("clean", "", "en",
     "Desmond, the bird in your camera clip is a young robin, still speckled; it'll grow its "
     "orange breast by late summer. The blur at the edge is dew on the lens, so a quick wipe at "
     "dusk will help.",
     "Answers a buyer's question about a clip (policy.md A)."),
    ("clean", "", "en",
     "Wilfred, the courier couldn't match the house number on the label to a door on your "
     "road. Is there a house name or a gate number we should add so the feeder reaches you?",
     "Asks for information needed to deliver (policy.md A)."),
    ("clean", "", "en",
     "Hortense, the camera's clock resets whenever the batteries run flat. Set the date again "
     "under Setup, then Time, and the stamp on your clips will be correct.",
     "A troubleshooting answer (policy.md A)."),

    # ================================================================ clean, Simplified
    ("clean", "", "zh",
     "邹先生，喂鸟器建议挂在离地一米五左右、离窗户三米以外的位置，这样小鸟不容易撞到玻璃。",
     "Placement advice (policy.md A)."),
    ("clean", "", "zh",
     "毛阿姨，冬季混合鸟粮最好装在密封桶里，放在阴凉干燥处，受潮结块的就别再给鸟吃了。",
     "A storage answer (policy.md A)."),
    ("clean", "", "zh",
     "章女士，相机最大支持128G的存储卡。请在相机里格式化，不要用电脑，这样录像就不会中途停掉。",
     "A troubleshooting answer (policy.md A)."),
    ("clean", "", "zh",
     "卞老师，巢箱开口朝东或东北最好，可以避开下午的直射阳光，最好在二月底之前挂好。",
     "Placement advice (policy.md A)."),
    ("clean", "", "zh",
     "俞先生，您买的支架杆有两米多长，需要物流公司预约送货。请问您下周哪几天上午方便收货？",
     "Scheduling a bulky delivery (policy.md A, G near-misses)."),
    ("clean", "", "zh",
     "小棠，因为台风，发往您所在城市的干线车停运两天，油脂块会晚两天到，给您添麻烦了。",
     "A delay notice (policy.md A near-misses)."),
    ("clean", "", "zh",
     "邹先生，您拍到的那只是白头鹎，它们很爱吃苹果块，可以在托盘里放些切好的水果。",
     "Answers a buyer's question about a bird (policy.md A)."),
    ("clean", "", "zh",
     "毛阿姨，鸟浴盆的加热器只在气温低于四度时工作，夏天插着电也不会发热，这是正常的。",
     "A product answer (policy.md A)."),
    ("clean", "", "zh",
     "章女士，快递员说找不到您填写的楼号，麻烦告诉我们具体是几号楼几单元，我们好补到面单上。",
     "Asks for information needed to deliver (policy.md A)."),
    ("clean", "", "zh",
     "卞老师，巢箱顶上要刻的是“小院鸟宿”四个字，对吗？您确认后我们再安排雕刻。",
     "Verifying a custom design (policy.md A)."),

    # ================================================================ clean, Traditional
    ("clean traditional taiwanese", "", "zh",
     "闕小姐，餵鳥器建議掛在離窗戶三公尺以外的地方，這樣鳥兒比較不會撞到玻璃喔。",
     "Placement advice (policy.md A)."),
    ("clean traditional taiwanese", "", "zh",
     "龔先生，尼日籽要裝在密封罐裡，受潮的話鳥兒不太愛吃，開封後最好一個月內用完囉。",
     "A storage answer (policy.md A)."),
    ("clean traditional taiwanese", "", "zh",
     "童小姐，相機的時間如果跑掉，請到設定選單重新調整日期，之後錄到的影片時間就會正確了。",
     "A troubleshooting answer (policy.md A)."),
    ("clean traditional cantonese", "", "zh",
     "侯太，個巢箱個洞口向東北就啱，下晝啲太陽唔會曬到入面啲雛鳥。",
     "Placement advice (policy.md A)."),
    ("clean traditional cantonese", "", "zh",
     "姚生，支柱超過兩米長，要用物流車送，你下週邊幾日朝早有人喺屋企收貨？",
     "Scheduling a bulky delivery (policy.md A, G near-misses)."),
    ("clean traditional cantonese", "", "zh",
     "伍小姐，部相機最大用得128G嘅記憶卡，記得喺相機度格式化，唔好用電腦整。",
     "A troubleshooting answer (policy.md A)."),

    # ================================================================ clean, mixed
    ("clean mixed", "", "mixed",
     "Hi 小棠, 那个 nest box 的 hole plate 是 32 mm 的, 适合山雀, 装的时候把 screws 拧紧就好.",
     "A code-switched product answer (policy.md A)."),
]


def records():
    """The 160 records, shuffled with random.Random(60) and numbered."""
    rows = []
    for tags, labs, lang, text, note in RAW:
        rows.append({"text": text,
                     "labels": sorted(LABEL[c] for c in labs),
                     "lang": lang,
                     "tags": tags.split(),
                     "note": note})
    random.Random(60).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "h60-%03d" % i, "text": r["text"], "labels": r["labels"],
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
