#!/usr/bin/env python3
"""Source of truth for holdout44: writes holdout44.jsonl, README.md and validate.py.

Usage: python3 gen.py && python3 validate.py

Every text below was written by hand for this set.  The shop (Pebblenest Baby /
小石窝母婴 / 小石窩母嬰), its products, people, order ids, tracking numbers, the ASIN,
handles, the QQ number and the domains are invented.  Phone numbers are US 555-01xx
numbers (the range reserved for fiction).  Invisible or look-alike characters are
written as \\u escapes or produced by fw() so that they survive editing.
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
POLICIES = [RI, OPC, MKT]


def fw(s):
    """ASCII -> full-width forms (letters, digits, @ and .)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


ZWSP = "\u200b"
RECS = []


def R(lang, labels, subs, ctx, text, note, ev=(), kind=None, trad=False):
    RECS.append(dict(lang=lang, labels=list(labels), subs=list(subs), ctx=ctx, text=text,
                     note=note, ev=list(ev), kind=kind, trad=trad))


# =============================================================================
# review-inducement only (30)
# =============================================================================
# --- English (13) ---
R("en", [RI], ["incentive"], "proactive",
  "Hi Dana, your SnugSip warmer (order 113-2048857-6619302) was delivered last week. Once your "
  "review is live, reply with a screenshot and we'll refund $6 of the purchase price as our thanks.",
  "Offers part of the price back in exchange for a posted review, which is a review incentive.")
R("en", [RI], ["rating-request"], "proactive",
  "Hello from Pebblenest Baby! If the HushOwl has helped your little one settle at night, a "
  "5 s t a r r e v i e w would make our whole team's week.",
  "Asks for a five-star review with the key words spelled out letter by letter.",
  ev=["spacing"])
R("en", [RI], ["rating-request"], "proactive",
  "Quick favor from the Pebblenest crew: when you have a minute, please drop us a 5-st@r r3view "
  "for the BreezeBud fan. It truly keeps our small shop going.",
  "Asks for a five-star review written in leetspeak to slip past keyword lists.",
  ev=["leetspeak"])
R("en", [RI], ["praise-to-review"], "reply",
  "So happy to hear the CrumbCup bibs survived the spaghetti test! Since you're loving them, could "
  "you copy what you just told us into a review on the product page?",
  "Turns a buyer's praise into a review request, which the review policy counts as asking only satisfied buyers.")
R("en", [RI], ["gating"], "reply",
  "Sorry the VX2 camera keeps dropping off your Wi-Fi. Please hold off on posting anything on the "
  "product page until we've worked through it together; most cases are fixed with one router setting.",
  "Asks an unhappy buyer to hold back a review until the seller has fixed things, which is review gating.")
R("en", [RI], ["gating"], "proactive",
  "We hope the SnugSip warmer is making night feeds easier. If everything is perfect, we'd love to "
  "see a review on Amazon; if anything falls short, message us first so we can fix it before you review.",
  "Sends happy buyers to the review page and unhappy ones to the seller first, the textbook gating pattern.")
R("en", [RI], ["steering"], "proactive",
  "When you write about the BreezeBud, could you mention how quiet it runs and that the clip fits "
  "any stroller bar? Those two points help other parents the most.",
  "Tells the buyer which points to put in a review, an attempt to influence its content.")
R("en", [RI], ["change-review"], "reply",
  "Your replacement monitor shipped today with tracking TBA604218837150. Once it's up and running, "
  "would you consider revising the 2-star review you left last week?",
  "Asks the buyer to revise an existing product review after a replacement, which is never allowed.")
R("en", [RI], ["feedback-removal"], "reply",
  "We have refunded the return shipping as promised. The negative seller feedback is really hurting "
  "our account health, so we'd be grateful if you could take it down.",
  "Pressures the buyer to take down seller feedback by pointing at the harm to the account.")
R("en", [RI], ["incentive"], "proactive",
  "Share your honest r\u0435vi\u0435w of the HushOwl and we'll mail you our lullaby sound cartridge "
  "at no cost.",
  "Offers a free accessory for a review, with Cyrillic letters hiding the word review.",
  ev=["homoglyph"])
R("en", [RI], ["incentive"], "proactive",
  "Post a ph" + ZWSP + "oto re" + ZWSP + "view of your CrumbCup bibs and we'll ship a second set in "
  "the color of your choice, on us.",
  "Promises a free second set of bibs for a photo review, with zero-width characters splitting the keywords.",
  ev=["zero-width"])
R("en", [RI], ["rating-request"], "reply",
  "Glad the fan arrived in time for your beach trip! If you have a second, a five-star rating would "
  "mean a lot to a tiny family business like ours.",
  "Asks outright for a five-star rating.")
R("en", [RI], ["gating"], "proactive",
  "Only parents who are thrilled with the NestView should head to the review page; everyone else, "
  "just reply here and we'll make it right.",
  "Invites only delighted buyers to review and diverts the rest to the seller, which is review gating.")

# --- Simplified Chinese (8) ---
R("zh", [RI], ["incentive"], "proactive",
  "亲，暖暖温奶器用得还顺手吗？给个好平并截图发给我们，返您5美金红包，感谢支持！",
  "Pays a cash red packet for a screenshot of a positive review, with 好平 standing in for 好评.",
  ev=["homophone"])
R("zh", [RI], ["rating-request"], "proactive",
  "宝妈您好！静静鸮白噪音机如果帮宝宝睡了整觉，麻烦抽空给个女子评，满星那种，谢谢支持小店～",
  "Asks for a full-star positive review, writing 好 as its two components 女子.",
  ev=["char-split"])
R("zh", [RI], ["incentive"], "proactive",
  "小风芽风扇收到了吗？留个好-评并附图，我们就再寄一副备用夹子给您，不另收费。",
  "Offers a free spare clip for a positive photo review, with a hyphen splitting 好评.",
  ev=["spacing"])
R("zh", [RI], ["gating"], "reply",
  "非常抱歉给您带来困扰。麻烦先别急着去商品页留言，我们先帮您排查，有任何不满意直接跟我们说，千万别直接给差评哦。",
  "Asks an unhappy buyer not to post a negative review and to come to the seller instead, which is gating.")
R("zh", [RI], ["rating-request"], "proactive",
  "感谢选购接接乐硅胶围兜！用得满意的话请给我们一个好⭐评，对小店真的很重要🙏",
  "Asks satisfied buyers for a positive review, with a star emoji inserted inside 好评.",
  ev=["symbol-insert"])
R("zh", [RI], ["change-review"], "reply",
  "新的温奶器已经给您补发，单号TBA771093548206。收到后如果没问题，能不能麻烦您把之前的评价改一下？",
  "Asks the buyer to change an existing review once the replacement arrives.")
R("zh", [RI], ["steering"], "reply",
  "谢谢您愿意写评价！写的时候麻烦带上“静音”和“续航长”这两个词，再配一张宝宝用风扇的照片，对其他家长最有参考价值。",
  "Dictates keywords and a photo for the buyer's review, which steers its content.")
R("zh", [RI], ["incentive"], "proactive",
  "亲，监视器App用起来方便吗？hp+晒图就fx 8刀，截图发给客服即可～",
  "Offers 8 dollars back for a positive photo review, abbreviated as pinyin initials hp and fx.",
  ev=["pinyin"])

# --- Traditional Chinese (4) ---
R("zh", [RI], ["gating"], "proactive",
  "您好，靜靜鴞白噪音機使用還習慣嗎？如果一切滿意，歡迎到商品頁分享心得；如果有任何不滿意，請先透過訂單訊息聯絡我們，不要直接留負評。",
  "Invites satisfied buyers to review and asks unhappy ones to contact the seller instead of posting, which is gating.",
  trad=True)
R("zh", [RI], ["feedback-removal"], "reply",
  "退款已經全額處理完畢。您留下的賣家回饋對我們店鋪影響很大，能否拜託您撤銷呢？我們可以再加送一組矽膠圍兜給您。",
  "Pleads for seller feedback to be withdrawn and sweetens it with free bibs, which is pressured and paid feedback removal.",
  trad=True)
R("zh", [RI], ["rating-request"], "proactive",
  "巢視監視器用得還好嗎？小店經營不易，懇請給我們 五 顆 星 的評價，感激不盡！",
  "Begs for a five-star review, with spaces between the characters of 五顆星.",
  ev=["spacing"], trad=True)
R("zh", [RI], ["praise-to-review"], "reply",
  "太開心聽到小風芽陪寶寶度過整個夏天！既然您這麼喜歡，可以把剛剛說的這些寫成評論嗎？",
  "Asks for a review because the buyer has just praised the fan, which the policy treats as review gating.",
  trad=True)

# --- mixed (5) ---
R("mixed", [RI], ["incentive"], "proactive",
  "Hi Jenna, 温奶器用得怎么样？留个 haoping 然后 send us the screenshot，我们 refund 你 $5 on Amazon，谢谢！",
  "Refunds money for a screenshot of a positive review, with 好评 written in pinyin.",
  ev=["pinyin"])
R("mixed", [RI], ["rating-request"], "proactive",
  "Dear customer, 如果 HushOwl 让宝宝睡得更香，please give us a 五星 review，真的拜托了！",
  "Asks for a five-star review.")
R("mixed", [RI], ["gating"], "reply",
  "Sorry about the loose clip on the fan. 在您留 review 之前 please let us fix it first，我们马上补寄新的夹子。",
  "Asks the buyer to let the seller fix the problem before leaving a review, which is gating.")
R("mixed", [RI], ["change-review"], "proactive",
  "Hi Marcus, 监视器的问题已经解决了吧？如果方便的话，能否把之前的 re" + ZWSP + "view 更" + ZWSP
  + "新一下？Thank you so much!",
  "Asks the buyer to update an existing review, with zero-width characters inside review and 更新.",
  ev=["zero-width"])
R("mixed", [RI], ["steering"], "reply",
  "Thanks for offering to write a review! 麻烦 mention 一下 the bibs are dishwasher safe 和 easy to roll up，最好附两张照片。",
  "Tells the buyer which claims to make and how many photos to add, which steers the review.")

# =============================================================================
# off-platform-contact only (25)
# =============================================================================
# --- English (10) ---
R("en", [OPC], ["email"], "reply",
  "The camera logs you asked about are easier to read on a computer. Send them to support at "
  "pebblenestbaby dot com and our engineer will take a look.",
  "Gives an e-mail address spelled out with at and dot.",
  ev=["spelled-email"])
R("en", [OPC], ["phone"], "reply",
  "If the parent unit still won't pair, give our tech line a ring at 3 1 2 5 5 5 0 1 8 4, "
  "weekdays 9 to 5 Central.",
  "Gives the seller's phone number with every digit separated by a space.",
  ev=["spaced-digits"])
R("en", [OPC], ["messaging-app"], "proactive",
  "Got questions about the SnugSip warmer? Our night-shift team answers fastest on "
  + fw("WhatsApp") + ": +1 415 555 0139.",
  "Sends the buyer to a WhatsApp number, with the app name in full-width letters.",
  ev=["fullwidth"])
R("en", [OPC], ["payment"], "reply",
  "Rather than waiting for Amazon to process the return, we can send the $24 back to you directly. "
  "What's your Venmo or PayPal?",
  "Offers to repay the buyer outside Amazon through Venmo or PayPal.")
R("en", [OPC], ["url"], "proactive",
  "Setup video for the NestView VX2: https://pbnest.link/vx2setup walks you through pairing in "
  "under three minutes.",
  "Links to a non-Amazon shortener, even though the content is a helpful setup video.")
R("en", [OPC], ["social"], "reply",
  "For quicker answers, DM us on Inst\u0430gram (@pebblenest.baby); someone is usually online even at night.",
  "Moves the conversation to an Instagram handle, with a Cyrillic letter inside the app name.",
  ev=["homoglyph"])
R("en", [OPC], ["messaging-app"], "reply",
  "Our Telegram help group is @pebblenest_help; join and post your question there and we usually "
  "answer within the hour.",
  "Invites the buyer to a Telegram group for support.")
R("en", [OPC], ["diversion"], "reply",
  "The Amazon inbox keeps delaying your attachments. Let's take this off Amazon: reply with your "
  "cell number and I'll text you the fix tonight.",
  "Explicitly moves the conversation off Amazon by asking for the buyer's cell number.")
R("en", [OPC], ["qr"], "proactive",
  "Inside the HushOwl box there's a card with a QR code. Scan it to reach our support chat directly "
  "instead of going through Amazon messages.",
  "Sends the buyer to an off-Amazon support chat through a QR code.")
R("en", [OPC], ["email"], "reply",
  "To file the warranty claim, send a photo of the serial sticker to warranty[at]pebblenestbaby[dot]com.",
  "Gives an e-mail address disguised with bracketed at and dot.",
  ev=["spelled-email"])

# --- Simplified Chinese (7) ---
R("zh", [OPC], ["messaging-app"], "reply",
  "监视器连不上的话，加我们薇信 pbnest_mama，发个视频过来，我们远程帮您看。",
  "Gives a WeChat id, with 薇信 standing in for 微信.",
  ev=["homophone"])
R("zh", [OPC], ["messaging-app"], "proactive",
  "亲，温奶器有任何问题都可以找我们的绿泡泡：pebble-care-01，秒回哦～",
  "Gives a WeChat id under the nickname 绿泡泡 (green bubble).",
  ev=["nickname"])
R("zh", [OPC], ["messaging-app"], "reply",
  "围兜颜色想换的话，直接加扣扣 3 7 1 0 5 8 2 9 4 联系客服小雅。",
  "Gives a QQ number, writing QQ as 扣扣 and spacing out the digits.",
  ev=["homophone", "spaced-digits"])
R("zh", [OPC], ["phone"], "reply",
  "风扇电池的问题电话里说更清楚，请打这个号码：幺二零 五五五 零幺六三（美国白天时间）。",
  "Gives the seller's phone number written in Chinese numerals.",
  ev=["cn-numerals"])
R("zh", [OPC], ["social"], "proactive",
  "宝宝睡眠小技巧每周都会更新在我们的斗音和小红书同名账号“石窝育儿”，欢迎关注～",
  "Invites the buyer to follow the shop on Douyin (written 斗音) and Xiaohongshu.",
  ev=["homophone"])
R("zh", [OPC], ["payment"], "reply",
  "退款走亚马逊要等好几天，加个威信 pbnest_refund，我们直接转账给您，当天到账。",
  "Offers a direct refund transfer outside Amazon via a WeChat id written 威信.",
  ev=["homophone"])
R("zh", [OPC], ["messaging-app"], "reply",
  "这个问题文字说不清楚，+v 或者 v信搜 pbnest2024，视频通话教您安装。",
  "Gives a WeChat id using the initials +v and v信.",
  ev=["pinyin"])

# --- Traditional Chinese (3) ---
R("zh", [OPC], ["messaging-app"], "reply",
  "監視器設定有問題的話，直接加賴 @pebblenest_tw，有專人一對一協助。",
  "Gives a LINE id, with LINE written as the Taiwanese sound-alike 賴.",
  ev=["homophone"], trad=True)
R("zh", [OPC], ["email"], "proactive",
  "暖暖溫奶器的保固登記請寄信到 " + fw("care@pebblenestbaby.com") + "，並附上訂單編號。",
  "Gives an e-mail address in full-width characters for warranty registration.",
  ev=["fullwidth"], trad=True)
R("zh", [OPC], ["url"], "reply",
  "矽膠圍兜的清潔教學影片放在我們官網 pebblenestbaby.com/care，點進去就能看。",
  "Links to the seller's own website, which is not an Amazon page.",
  trad=True)

# --- mixed (5) ---
R("mixed", [OPC], ["messaging-app"], "reply",
  "Hi Amy, 风扇的问题 please add our wx: breezebud_cs，我们 send you a video 教您换电池。",
  "Gives a WeChat id abbreviated as wx.",
  ev=["pinyin"])
R("mixed", [OPC], ["social"], "proactive",
  "Follow our 小蓝书 account “石窝育儿日记” for 宝宝 sleep tips 和 setup videos!",
  "Invites the buyer to follow the shop on Xiaohongshu, disguised as 小蓝书.",
  ev=["nickname"])
R("mixed", [OPC], ["phone"], "reply",
  "Call us at 646-555-01" + ZWSP + "52，我们客服会直接帮您处理退货问题，不用走亚马逊流程。",
  "Gives a phone number with a zero-width space inside it and tells the buyer to skip Amazon's process.",
  ev=["zero-width"])
R("mixed", [OPC], ["email"], "reply",
  "附件太大的话，please email the video to pebblenest.cs@pebblenestbaby.com，我们工程师会回复您。",
  "Gives an e-mail address for sending files.")
R("mixed", [OPC], ["payment"], "reply",
  "想要退款更快的话，我们可以直接 PayPal 转给您 $18，just reply with your PayPal email address。",
  "Offers a refund through PayPal and asks for the buyer's PayPal address.")

# =============================================================================
# marketing only (30)
# =============================================================================
# --- English (14) ---
R("en", [MKT], ["coupon"], "proactive",
  "Thanks for choosing the SnugSip warmer! Use code SIPSIP15 on your next Pebblenest order for 15% "
  "off bibs, fans and more.",
  "Sends an unsolicited discount code for a future order.")
R("en", [MKT], ["cross-sell"], "reply",
  "The warmer holds milk at 98.6 F for up to an hour. Pair it with our CrumbCup bibs; parents who "
  "buy both say feeding time gets a lot less messy!",
  "Adds a pitch for another product to an otherwise useful answer.")
R("en", [MKT], ["new-product"], "proactive",
  "Big news from Pebblenest: the BreezeBud 2 with a built-in night light lands on Amazon next "
  "Monday. Keep an eye on our listing!",
  "Announces a new product that the buyer did not ask about.")
R("en", [MKT], ["buy-again"], "proactive",
  "Your CrumbCup bibs were delivered three months ago, and babies grow fast! Tap Buy it Again in "
  "Your Orders to grab the next size up.",
  "Pushes a repeat purchase through Amazon's Buy it Again button.")
R("en", [MKT], ["storefront-link"], "reply",
  "Happy to help with the HushOwl volume: press and hold the minus key to go below level 1. By the "
  "way, you can browse every Pebblenest product on our Amazon store page: "
  "amazon.com/stores/PebblenestBaby",
  "Appends a storefront link inviting the buyer to browse more products, which is marketing even on Amazon.")
R("en", [MKT], ["bundle"], "proactive",
  "Complete your nursery: this week the NestView VX2 plus HushOwl bundle costs 25% less than buying "
  "them separately.",
  "Promotes a discounted bundle.")
R("en", [MKT], ["referral"], "proactive",
  "Know another new parent? Send them to the BreezeBud, and when they buy, you both get a $5 Amazon "
  "credit from us.",
  "Runs a refer-a-friend reward.")
R("en", [MKT], ["loyalty"], "proactive",
  "You're now a Pebblenest Gold Parent! Gold Parents get early pricing on every launch; just reply "
  "GOLD to stay on the list.",
  "Enrols the buyer in a loyalty list for special pricing.")
R("en", [MKT], ["promotion"], "proactive",
  "Prime Day d1sc0unt alert: every Pebblenest item drops 30% on July 8-9, so set a reminder!",
  "Announces a sale, with the word discount in leetspeak.",
  ev=["leetspeak"])
R("en", [MKT], ["discount"], "reply",
  "The sage bibs sold out in two days, sorry! While you wait, the dusty-rose set is 20% off this "
  "week only.",
  "Turns a stock answer into a pitch for a discounted product.")
R("en", [MKT], ["giveaway"], "proactive",
  "Every order this month is entered into our nursery g i v e a w a y, and three winners get a full "
  "Pebblenest sleep kit!",
  "Promotes a giveaway, with the word spaced out letter by letter.",
  ev=["spacing"])
R("en", [MKT], ["subscription"], "proactive",
  "Running low on descaling tablets for your warmer? Subscribe & Save on our refill pack and get "
  "10% off every delivery.",
  "Pushes a Subscribe and Save offer with a discount.")
R("en", [MKT], ["coupon"], "reply",
  "Here's the replacement clip tracking: TBA309551284617. As a sorry-for-the-wait, code BREEZETEN "
  "takes 10% off your next order.",
  "Adds a coupon for a future order to a logistics reply, which is marketing rather than a remedy.")
R("en", [MKT], ["new-product"], "proactive",
  "Meet the HushOwl Mini, our travel-size white noise machine. Pre-\u043erders open Friday, so be "
  "among the first to hear it!",
  "Announces a new product and its pre-order date, with a Cyrillic letter inside orders.",
  ev=["homoglyph"])

# --- Simplified Chinese (7) ---
R("zh", [MKT], ["coupon"], "proactive",
  "亲，感谢购买暖暖温奶器！下次在本店下单输入优惠码 NUAN10 立减10%，有效期到月底。",
  "Sends an unsolicited coupon code for the next order.")
R("zh", [MKT], ["new-product"], "proactive",
  "小石窝母婴上🆕啦：可折叠推车风扇小风芽Pro下周一开售，欢迎关注！",
  "Announces a new product, with the emoji 🆕 replacing 新 in 上新.",
  ev=["symbol-insert"])
R("zh", [MKT], ["cross-sell"], "reply",
  "温奶器的温度可以在37到45度之间调节。另外推荐搭配我们的接接乐硅胶围兜，喂奶更省心～",
  "Appends a cross-sell to a product answer.")
R("zh", [MKT], ["promotion"], "proactive",
  "本周末店铺满50减10，白噪音机、围兜、风扇统统参加，错过再等一个月！",
  "Announces a spend-and-save promotion.")
R("zh", [MKT], ["loyalty"], "proactive",
  "回复“老客户”即可加入我们的会员名单，每月都能收到专属价格提醒。",
  "Invites the buyer to join a members list for exclusive prices.")
R("zh", [MKT], ["buy-again"], "proactive",
  "宝宝长得快，围兜该换大一号啦！去“我的订单”里点“再次购买”，两分钟就搞定～",
  "Pushes a repeat purchase of a larger size.")
R("zh", [MKT], ["discount"], "proactive",
  "老客户专享：白噪音机本周打8折，優惠只到周日，手慢无！",
  "Announces a 20 percent discount, with the Traditional form 優惠 dropped into Simplified text.",
  ev=["script-mix"])

# --- Traditional Chinese (4) ---
R("zh", [MKT], ["coupon"], "proactive",
  "感謝您選購巢視嬰兒監視器！下次購物輸入折扣碼 NEST88 即可享九折優惠。",
  "Sends a discount code for the next purchase.",
  trad=True)
R("zh", [MKT], ["cross-sell"], "reply",
  "白噪音機的音量一共有十段可以調整。順帶一提，我們的小風芽推車風扇夏天很受歡迎，也很推薦您看看。",
  "Adds a recommendation for another product to a volume answer.",
  trad=True)
R("zh", [MKT], ["restock"], "proactive",
  "您之前詢問的星空款白噪音機已經補貨，現在下單還加贈收納袋一個！",
  "Announces a restock with a purchase gift to push an order.",
  trad=True)
R("zh", [MKT], ["referral"], "proactive",
  "推薦親友購買本店任一商品，雙方都能獲得五美元購物回饋金。",
  "Offers a referral reward to both buyer and friend.",
  trad=True)

# --- mixed (5) ---
R("mixed", [MKT], ["coupon"], "proactive",
  "Hi Sarah, 感谢支持！Next order 用 code " + fw("BIBS20") + " 可以 save 20%，全店通用。",
  "Sends a coupon code written in full-width letters and digits.",
  ev=["fullwidth"])
R("mixed", [MKT], ["new-product"], "proactive",
  "Coming soon: 小风芽 BreezeBud 2 自带充电宝功能，下周 launch on Amazon，记得来看看！",
  "Announces a new product launch.")
R("mixed", [MKT], ["cross-sell"], "reply",
  "The camera works with 2.4GHz Wi-Fi only. 另外，our HushOwl white noise machine 和监视器一起用效果更好，强烈推荐！",
  "Appends a cross-sell for the white-noise machine to a Wi-Fi answer.")
R("mixed", [MKT], ["promotion"], "proactive",
  "Black Friday 全店 yh 活动：all Pebblenest items 7折，Nov 24-27 only，别错过！",
  "Announces a sale, with 优惠 shortened to the initials yh.",
  ev=["pinyin"])
R("mixed", [MKT], ["buy-again"], "proactive",
  "宝宝的硅胶围兜用了三个月啦，time for the next size! 在 Your Orders 点 Buy it Again 就可以。",
  "Pushes a repeat purchase through Buy it Again.")

# =============================================================================
# two labels (15)
# =============================================================================
R("en", [RI, OPC], ["incentive", "payment"], "proactive",
  "Leave an honest review of the BreezeBud, send the screenshot our way, and we'll PayPal you the "
  "full $19.99 back.",
  "Refunds the full price through PayPal for a review, which is both a review incentive and an off-Amazon payment.")
R("zh", [RI, OPC], ["incentive", "messaging-app"], "proactive",
  "好评截图发我们徽信 pebble_mom5，返現10美金，当天到账！",
  "Pays cash for a positive-review screenshot sent to a WeChat id written 徽信, with 返現 in Traditional script.",
  ev=["homophone", "script-mix"])
R("zh", [RI, OPC], ["gating", "messaging-app"], "reply",
  "如果對溫奶器有任何不滿，請不要在亞馬遜留評論，直接加LINE @snugsip_tw 找我們處理。",
  "Tells unhappy buyers not to review on Amazon and to use a LINE id instead, which is gating and off-platform contact.",
  trad=True)
R("mixed", [RI, OPC], ["incentive", "messaging-app"], "proactive",
  "Hi! 五星好评之后加🛰：hushowl_cs，send the screenshot 就返 $8 红包～",
  "Pays a red packet for a five-star review via a WeChat id, with a satellite emoji standing for 卫 in 加微.",
  ev=["symbol-insert"])
R("en", [RI, OPC], ["change-review", "phone"], "reply",
  "We've mailed you a new parent unit. If you'd be willing to change your 1-star rating, call me at "
  "(707) 555-0117 and I'll personally make sure you're looked after.",
  "Asks the buyer to change a rating and gives a personal phone number.")
R("en", [RI, MKT], ["incentive", "coupon"], "proactive",
  "Write a review for the HushOwl and reply with the link; we'll send back a 40%-off code for any "
  "Pebblenest product.",
  "Trades a discount code for a review, which is a review incentive and a coupon.")
R("zh", [RI, MKT], ["incentive", "new-product"], "proactive",
  "新品小风芽Pro预售中！老客户给暖暖温奶器留个 五 星 评价，就能优先抢购新品。",
  "Grants early access to a new product in return for a five-star review, with 五星 spaced out.",
  ev=["spacing"])
R("en", [RI, MKT], ["feedback-removal", "coupon"], "reply",
  "Sorry again that the warmer arrived late. If you're willing to withdraw the seller feedback you "
  "left, we'll send a voucher for 30% off your next purchase.",
  "Offers a voucher for the next purchase in exchange for withdrawing seller feedback.")
R("zh", [RI, MKT], ["incentive", "giveaway"], "proactive",
  "留下評論的顧客即可參加本月抽獎，獎品是最新款靜靜鴞白噪音機！",
  "Enters reviewers into a prize draw for the newest model, which is a review incentive and a giveaway promotion.",
  trad=True)
R("zh", [RI, MKT], ["rating-request", "cross-sell"], "proactive",
  "宝宝用着开心的话给个hp呀～顺便看看我们的推车风扇，夏天出门必备！",
  "Asks happy buyers for a positive review abbreviated as hp and adds a cross-sell.",
  ev=["pinyin"])
R("en", [OPC, MKT], ["social", "giveaway"], "proactive",
  "Follow @pebblenest.baby on Instagram this week: we're giving away five NestView monitors to new "
  "followers!",
  "Asks the buyer to follow an Instagram account to enter a giveaway.")
R("zh", [OPC, MKT], ["messaging-app", "vip-group"], "proactive",
  "加薇 pbn_vip 进宝妈内部群，群里每周发专属价和新品试用名额～",
  "Invites the buyer to a WeChat deals group, with 加薇 for 加微.",
  ev=["homophone"])
R("mixed", [OPC, MKT], ["website", "discount"], "reply",
  "Our official site is cheaper: 官网 pebblenestbaby.com 比 Amazon 便宜 $6，next time 直接在官网下单吧！",
  "Sends the buyer to the seller's own website with a lower price.")
R("en", [OPC, MKT], ["website", "coupon"], "proactive",
  "Skip the marketplace fees next time! Shop on p-e-b-b-l-e-n-e-s-t-b-a-b-y dot com with code "
  "DIRECT12 for 12% off.",
  "Sends the buyer to the seller's own site, spelled letter by letter, with a discount code.",
  ev=["spacing"])
R("zh", [OPC, MKT], ["email", "newsletter"], "proactive",
  "想第一時間收到新品和折扣資訊嗎？寫信到 " + fw("news@pebblenestbaby.com") + " 訂閱我們的電子報！",
  "Asks the buyer to write to a full-width e-mail address to subscribe to a deals newsletter.",
  ev=["fullwidth"], trad=True)

# =============================================================================
# compliant near-misses (45)
# =============================================================================
# --- English (21) ---
R("en", [], [], "proactive",
  "Your HushOwl (order 112-4830291-5562013) arrived last week. If you have a moment, your honest "
  "opinion on the product page helps other parents decide, whether it's glowing or critical.",
  "A single balanced invitation to review with no condition, reward or rating target is allowed.",
  kind="neutral-review-request")
R("en", [], [], "reply",
  "Thank you for the kind words in your review, and for flagging that the fan clip felt stiff at "
  "first; it loosens after a few days of use.",
  "Thanks the buyer for a review they mentioned and answers their point without asking anything about the review.",
  kind="review-thanks")
R("en", [], [], "reply",
  "We're sorry the warmer arrived with a cracked lid. A replacement lid is on its way free of "
  "charge, tracking TBA552019384772, and there's no need to send the broken one back.",
  "A free replacement is a remedy, not a promotion, and no review is mentioned.",
  kind="free-remedy")
R("en", [], [], "reply",
  "Tracking shows the package waiting at the local depot. You can reach the carrier's depot at "
  "(312) 555-0178; have tracking number 1Z8F31X20394856712 ready.",
  "A carrier's number given for a delivery problem falls under the shipping-provider exception.",
  kind="carrier-phone")
R("en", [], [], "reply",
  "That high-pitched squeal is audio feedback between the camera mic and the parent unit's speaker. "
  "Keep the two at least six feet apart and it goes away.",
  "Feedback here is an acoustic effect, not seller feedback.",
  kind="product-words")
R("en", [], [], "reply",
  "Yes, every CrumbCup bib is BPA-free and phthalate-free, and the silicone is rated safe for the "
  "top rack of the dishwasher.",
  "Free and rated are product specifications, not an offer or a rating request.",
  kind="spec-words")
R("en", [], [], "reply",
  "The HushOwl's star projector has three brightness levels; hold the moon button for two seconds "
  "to turn the stars off and keep only the sound.",
  "The stars are a night-light feature, not a rating.",
  kind="product-words")
R("en", [], [], "reply",
  "The NestView app sends its own push alerts, so you don't need WhatsApp, WeChat or any other "
  "messenger to get motion notifications.",
  "Names messaging apps only to describe the product, with no handle or invitation.",
  kind="feature-im")
R("en", [], [], "reply",
  "To return the fan, open Your Orders on Amazon, choose the BreezeBud order and select Return or "
  "Replace Items. Amazon will email you the prepaid label.",
  "Points to Amazon's own return flow, and the e-mail is sent by Amazon.",
  kind="amazon-return")
R("en", [], [], "reply",
  "The $4 coupon you saw was an Amazon clip coupon that ended on Sunday, so it can't be added after "
  "checkout. Sorry for the confusion.",
  "Explains an Amazon coupon the buyer asked about without offering any deal.",
  kind="coupon-explanation")
R("en", [], [], "reply",
  "Your refund has gone through and the replacement shows as delivered. If you feel we've resolved "
  "your concerns, it is possible to update or remove the seller feedback you provided; whether you "
  "do is completely up to you.",
  "The neutral post-resolution notice about seller feedback is the form Amazon allows.",
  kind="feedback-neutral-notice")
R("en", [], [], "reply",
  "We can't send refunds through PayPal or Venmo; the money goes back to your original payment "
  "method through Amazon within 3 to 5 business days.",
  "Names payment apps only to say refunds do not go through them.",
  kind="payment-negation")
R("en", [], [], "reply",
  "Your package arrives at the front desk on Thursday. Meanwhile, the green dot on the parent unit "
  "just means the camera is connected.",
  "The words at and dot appear in ordinary sentences, not in an e-mail address.",
  kind="at-dot")
R("en", [], [], "reply",
  "Please update the NestView app to version 3.2 from your phone's app store; that update fixes the "
  "video lag you described.",
  "Asks for a software update to fix the buyer's problem, not a review update.",
  kind="app-update")
R("en", [], [], "reply",
  "To clean the warmer, remove the heating basket, wipe it with a damp cloth, and change the water "
  "in the reservoir every day.",
  "Remove and change refer to cleaning steps, not to a review.",
  kind="logistics-verbs")
R("en", [], [], "reply",
  "Order 114-7729305-1184620 left our warehouse on June 3 with your gift note printed on the packing "
  "slip. ASIN B0D7QK2M5N on the invoice is the 3-pack of bibs.",
  "The order id and ASIN are not phone numbers, and the gift note is the buyer's own.",
  kind="order-numbers")
R("en", [], [], "reply",
  "The BreezeBud uses a built-in rechargeable pack rather than AA batteries, so there's no positive "
  "or negative end to worry about.",
  "Positive and negative describe battery terminals, not reviews.",
  kind="product-words")
R("en", [], [], "reply",
  "The sage bibs should be back in stock around May 20, on this same listing, so checking back then "
  "is all you need to do.",
  "Answers the buyer's restock question with no offer or push to buy.",
  kind="restock-answer")
R("en", [], [], "reply",
  "You may get an email from Amazon inviting you to review the purchase; it is automatic and "
  "completely optional. Your return is already approved.",
  "Tells the buyer about Amazon's automatic review e-mail without asking for a review.",
  kind="amazon-review-email")
R("en", [], [], "reply",
  "We read about the wobbly clip in your comments on the product page and we're sorry. A redesigned "
  "clip is on its way at no charge, and there is nothing you need to do in return.",
  "Fixes a problem raised in a review and explicitly asks for nothing about the review.",
  kind="reviewer-outreach")
R("en", [], [], "reply",
  "The pairing code for your camera is printed under the stand. Enter those six digits when the app "
  "asks for a device code.",
  "A device pairing code is not a coupon code.",
  kind="product-words")

# --- Simplified Chinese (10) ---
R("zh", [], [], "reply",
  "您的包裹已经出库，物流显示预计星期五送达，请留意门口。",
  "The characters 星 and 五 come from 星期五 (Friday), not from a star rating.",
  kind="substring")
R("zh", [], [], "reply",
  "每次温奶量建议在60到240毫升之间，具体多少最好评估一下宝宝的食量再决定。",
  "The substring 好评 sits across the word boundary of 最好 and 评估 (to assess).",
  kind="substring")
R("zh", [], [], "reply",
  "使用前请在加热盘里加微量清水，大约一小瓶盖就够了，千万不要干烧。",
  "The substring 加微 is part of 加微量清水 (add a little water), not a WeChat invitation.",
  kind="substring")
R("zh", [], [], "reply",
  "围兜是食品级硅胶，摸起来软软QQ的，用开水烫一下就能消毒。",
  "QQ here is slang for a soft, bouncy texture, not the messaging app.",
  kind="innocent-homophone")
R("zh", [], [], "reply",
  "围兜脖子后面的扣扣有三档，宝宝长大了扣到最外面那一档就可以。",
  "扣扣 here means the snap buttons on the bib, not QQ.",
  kind="innocent-homophone")
R("zh", [], [], "proactive",
  "您好，您在订单 113-5590284-7731609 中购买的白噪音机已送达一周。如果方便，欢迎在商品页写下真实的使用感受，好与不好都对其他家长有帮助。",
  "A single balanced review invitation with no condition or reward is allowed.",
  kind="neutral-review-request")
R("zh", [], [], "reply",
  "已按您的要求删除重复订单，并修改了收货地址，新地址会用在剩下的那个订单上。",
  "删除 and 修改 refer to an order and an address the buyer asked to change.",
  kind="logistics-verbs")
R("zh", [], [], "reply",
  "这款监视器的App暂不支持微信登录，需要用邮箱或手机号注册账号后才能添加摄像头。",
  "微信 and 邮箱 describe how the app signs in, with no contact details given.",
  kind="feature-im")
R("zh", [], [], "reply",
  "请先在App里删除旧设备，再长按摄像头背面的按钮五秒钟，重新添加就可以了。",
  "删除 refers to removing an old device in the app.",
  kind="logistics-verbs")
R("zh", [], [], "reply",
  "非常抱歉风扇夹子断了，我们已经免费给您补发一个新夹子，旧的不需要寄回。",
  "A free replacement part is a remedy with no review attached.",
  kind="free-remedy")

# --- Traditional Chinese (5) ---
R("zh", [], [], "reply",
  "我們很重視品牌的威信，所以每台溫奶器出廠前都會做溫控測試，您收到的這台也不例外。",
  "威信 is used in its real sense of reputation, not as a disguise for WeChat.",
  kind="innocent-homophone", trad=True)
R("zh", [], [], "reply",
  "謝謝您在評論裡提到圍兜很好清洗，也謝謝您告訴我們顏色比照片深，我們會更新商品照片。",
  "Thanks the buyer for a review they mentioned and updates the seller's own photos, not the review.",
  kind="review-thanks", trad=True)
R("zh", [], [], "reply",
  "星空投影有藍、黃兩種顏色，按一下星星圖示就能切換。",
  "The stars are the projector's light pattern, not a rating.",
  kind="product-words", trad=True)
R("zh", [], [], "reply",
  "攝影機底座要擺得好平，畫面才不會歪一邊，牆面安裝也可以。",
  "好平 here means very level, not a disguised 好评.",
  kind="innocent-homophone", trad=True)
R("zh", [], [], "reply",
  "退款已完成，新品也已送達。如果您認為問題已經解決，可以自行決定是否更新或移除先前留下的賣家回饋，完全尊重您的意願。",
  "The neutral post-resolution notice about seller feedback, leaving the choice to the buyer, is allowed.",
  kind="feedback-neutral-notice", trad=True)

# --- mixed (9) ---
R("mixed", [], [], "reply",
  "App 首页 camera 图标旁边出现绿泡泡 means it's online，灰色就是 offline，please check your Wi-Fi。",
  "绿泡泡 here is the green status dot in the app, not a nickname for WeChat.",
  kind="innocent-homophone")
R("mixed", [], [], "reply",
  "Your monitor is the VX2 model，只支持 2.4GHz Wi-Fi，不支持 5GHz 频段。",
  "VX2 is the model name, not the WeChat abbreviation vx.",
  kind="innocent-homophone")
R("mixed", [], [], "reply",
  "快递公司说 driver 明天会再送一次。If you miss it, 可以打 carrier hotline (646) 555-0121 改约时间。",
  "A carrier hotline for rescheduling delivery falls under the shipping-provider exception.",
  kind="carrier-phone")
R("mixed", [], [], "reply",
  "我们的 engineer 已经 review 了您发来的视频，问题出在路由器的 channel 设置，改成 channel 6 就好了。",
  "Review is used as a verb for checking the buyer's video.",
  kind="product-words")
R("mixed", [], [], "reply",
  "谢谢您说 HushOwl 是 your five-star purchase of the year! 关于您问的 timer，长按 plus 键就能设置 60 分钟自动关闭。",
  "Echoes the buyer's own praise without asking for any review.",
  kind="review-thanks")
R("mixed", [], [], "proactive",
  "Hi Leo, your order 111-2093847-5561920 was delivered last week. 如果方便，we'd appreciate your honest experience on the product page，无论好坏都欢迎。",
  "A single neutral review invitation that welcomes good and bad experiences alike is allowed.",
  kind="neutral-review-request")
R("mixed", [], [], "reply",
  "The bibs are 100% silicone and BPA-free，可以放洗碗机。标签上的 sale date 是生产日期，不是过期时间。",
  "Free and sale are product-label words, not an offer.",
  kind="spec-words")
R("mixed", [], [], "reply",
  "您的 refund 已经 processed，$29.99 会在 3-5 个工作日退回原支付方式。No need to return the damaged warmer。",
  "A refund through Amazon with no review mentioned is a remedy.",
  kind="free-remedy")
R("mixed", [], [], "reply",
  "请在 Amazon 的 Your Orders 页面点 Return or Replace Items 就可以 start a return，label 会由亚马逊发给您。",
  "Points to Amazon's own return flow without any link or outside contact.",
  kind="amazon-return")

# =============================================================================
# plain compliant (15)
# =============================================================================
R("en", [], [], "proactive",
  "Sorry for the delay: the carrier missed a scan in Memphis, so your SnugSip warmer should now "
  "arrive Wednesday instead of Monday.",
  "A delay notice about an unexpected problem.", kind="plain")
R("en", [], [], "reply",
  "The fan's battery lasts about 6 hours on low and 2 hours on high, and it charges fully in 3 hours "
  "with the included USB-C cable.",
  "Answers a battery question with facts only and no offer or contact detail.", kind="plain")
R("en", [], [], "proactive",
  "Could you confirm whether the name printed on the bib should read Milo or Mylo? We want to get "
  "the custom print right before it ships.",
  "A customization check needed to complete the order.", kind="plain")
R("en", [], [], "reply",
  "We're sorry the monitor won't connect. Please hold the reset button for ten seconds, add the "
  "camera again in the app, and let us know what you see.",
  "Plain troubleshooting in reply to the buyer.", kind="plain")
R("en", [], [], "reply",
  "The white noise machine plays 20 sounds, and the ocean and rain tracks can loop all night if you "
  "set the timer to continuous.",
  "Answers a question about the sounds with product facts only.", kind="plain")
R("en", [], [], "reply",
  "Your return reached our warehouse this morning, and the refund for the monitor was issued today.",
  "Reports the return and refund status through Amazon with nothing added.", kind="plain")
R("en", [], [], "reply",
  "The bottle warmer fits most wide-neck bottles up to 70 mm across; glass bottles need about two "
  "minutes longer than plastic ones.",
  "Answers a bottle-fit question with product facts only.", kind="plain")
R("en", [], [], "reply",
  "Yes, the monitor's night vision works in complete darkness up to about 15 feet from the camera.",
  "Answers a night-vision question with product facts only.", kind="plain")
R("zh", [], [], "reply",
  "您好，温奶器的恒温模式会在奶温达到37度后自动保持一小时。",
  "Answers a question about the warmer's keep-warm mode with facts only.", kind="plain")
R("zh", [], [], "proactive",
  "因为海关查验，您的包裹预计会晚三天送达，给您带来不便非常抱歉。",
  "A delay notice about an unexpected problem.", kind="plain")
R("zh", [], [], "proactive",
  "请问宝宝名字的拼写是 Anya 还是 Ania？我们确认后再为围兜印字。",
  "A customization check needed to complete the order.", kind="plain")
R("zh", [], [], "reply",
  "风扇有低、中、高三档，连续使用时间大约是四到六小时。",
  "Answers a question about the fan speeds and run time with facts only.", kind="plain")
R("zh", [], [], "reply",
  "您好，監視器的夜視功能在全黑環境下大約可以看清五公尺內的畫面。",
  "Answers a night-vision range question with product facts only.", kind="plain", trad=True)
R("zh", [], [], "proactive",
  "包裹因颱風延誤，預計會晚兩天送達，造成不便敬請見諒。",
  "A delay notice about an unexpected problem.", kind="plain", trad=True)
R("mixed", [], [], "proactive",
  "您的 order 已经 packed，但因为 carrier pickup 延误，预计 Friday 才能送达，抱歉让您久等了。",
  "A delay notice about an unexpected problem.", kind="plain")


# =============================================================================
# build
# =============================================================================
def build():
    rows = []
    for r in RECS:
        tags = list(r["subs"]) + [r["ctx"]]
        if r["ev"]:
            tags += ["evasion"] + r["ev"]
        if not r["labels"]:
            tags += ["plain"] if r["kind"] == "plain" else ["near-miss", r["kind"]]
        if r["trad"]:
            tags.append("traditional")
        rows.append({"text": r["text"], "labels": r["labels"], "lang": r["lang"],
                     "tags": tags, "note": r["note"]})
    random.Random(44).shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": "h44-%03d" % i, "text": row["text"], "labels": row["labels"],
                    "lang": row["lang"], "tags": row["tags"], "note": row["note"]})
    return out


def lang_key(rec):
    if "traditional" in rec["tags"]:
        return "zh-traditional"
    return "zh-simplified" if rec["lang"] == "zh" else rec["lang"]


def stats(recs):
    s = collections.defaultdict(collections.Counter)
    for rec in recs:
        lk = lang_key(rec)
        labels = rec["labels"]
        tags = rec["tags"]
        row = "violation" if labels else ("plain" if "plain" in tags else "near-miss")
        s["lang"][lk] += 1
        s["lang:" + lk][row] += 1
        s["row"][row] += 1
        s["ctx"][tags[len(labels)]] += 1
        s["n"][len(labels)] += 1
        for lab, sub in zip(labels, tags):
            s["label"][lab] += 1
            s["sub:" + lab][sub] += 1
        if len(labels) == 2:
            s["pairs"][" + ".join(labels)] += 1
        if "evasion" in tags:
            s["ev"]["all"] += 1
            s["ev"][lk] += 1
            for lab in labels:
                s["ev-label"][lab] += 1
            i = tags.index("evasion") + 1
            if len([x for x in tags[i:] if x != "traditional"]) > 1:
                s["multi"]["n"] += 1
            while i < len(tags) and tags[i] not in ("traditional",):
                s["tech"][tags[i]] += 1
                i += 1
        if "near-miss" in tags:
            s["kind"][tags[tags.index("near-miss") + 1]] += 1
    return s


def md_counter(counter):
    return ", ".join("%s %d" % (k, v) for k, v in counter.most_common())


def readme(recs):
    s = stats(recs)
    total = len(recs)
    lang_rows = []
    for lk, name in (("en", "en"), ("zh-simplified", "zh, Simplified"),
                     ("zh-traditional", "zh + `traditional`"), ("mixed", "mixed")):
        r = s["lang:" + lk]
        lang_rows.append("| %s | %d (%d%%) | %d | %d | %d | %d |" % (
            name, s["lang"][lk], round(100.0 * s["lang"][lk] / total), r["violation"],
            r["near-miss"], r["plain"], s["ev"][lk]))
    tech_rows = "\n".join("| `%s` | %d |" % (k, v) for k, v in s["tech"].most_common())
    kind_rows = "\n".join("| `%s` | %d |" % (k, v) for k, v in s["kind"].most_common())
    sub_lines = "\n".join("  - `%s`: %s" % (lab, md_counter(s["sub:" + lab])) for lab in POLICIES)
    return README_TEMPLATE.format(
        total=total, viol=s["row"]["violation"], two=s["n"][2], nm=s["row"]["near-miss"],
        plain=s["row"]["plain"], ri=s["label"][RI], opc=s["label"][OPC], mkt=s["label"][MKT],
        pairs="; ".join("%s: %d" % (k, v) for k, v in sorted(s["pairs"].items())),
        lang_rows="\n".join(lang_rows), reply=s["ctx"]["reply"], proactive=s["ctx"]["proactive"],
        ev=s["ev"]["all"], ev_en=s["ev"]["en"], ev_zh=s["ev"]["all"] - s["ev"]["en"],
        ev_ri=s["ev-label"][RI], ev_opc=s["ev-label"][OPC], ev_mkt=s["ev-label"][MKT],
        multi=s["multi"]["n"], tech_rows=tech_rows, kind_rows=kind_rows, sub_lines=sub_lines)


README_TEMPLATE = """# holdout44: hand-labelled held-out set of seller-to-buyer messages (baby products, Chinese evasions)

{total} messages that an invented Amazon shop for baby and toddler products sends to its buyers.
Each one was labelled by hand for the three content policies of `/work/shared/interface.md`:
`review-inducement`, `off-platform-contact` and `marketing`. An empty `labels` list means
"compliant **for these three policies**" (judgement call 1).

The set stresses the evasions Chinese-speaking sellers use: sound-alike and variant characters
(好平, 薇信, 威信, 徽信, 加薇, 扣扣, 斗音, 賴), nicknames (绿泡泡, 小蓝书), split characters (女子评), separators
(好-评, 五 星, 五 顆 星), emoji inside words (好⭐评, 加🛰, 上🆕), pinyin and initials (hp, fx, wx, yh, haoping,
+v, v信), Traditional characters dropped into Simplified text (返現, 優惠), full-width Latin, Cyrillic
look-alikes, zero-width characters, phone numbers in Chinese numerals or with spaced digits, and the
English tricks (r e v i e w, 5-st@r, d1sc0unt, "support at ... dot com", "[at] ... [dot]").

Labels were decided from `/work/shared/policy.md` and `/work/shared/interface.md` alone. Nothing in
the linter's repository was read or run. The earlier set in `/tmp/h39` was consulted for its file
format only; no text, shop, name or phrasing was taken from it.

## The shop (all invented)

**Pebblenest Baby** (小石窝母婴 / 小石窩母嬰):

- *SnugSip* bottle warmer (暖暖温奶器 / 暖暖溫奶器);
- *NestView VX2* baby monitor with the *NestView* app (巢视婴儿监视器 / 巢視嬰兒監視器);
- *BreezeBud* stroller fan (小风芽推车风扇 / 小風芽推車風扇);
- *CrumbCup* silicone bibs (接接乐硅胶围兜 / 矽膠圍兜);
- *HushOwl* white-noise machine with a star projector (静静鸮白噪音机 / 靜靜鴞白噪音機).

People's names, order ids (`11x-xxxxxxx-xxxxxxx`), tracking numbers (`TBA…`, `1Z…`), the ASIN, every
handle and id (`pbnest_mama`, `pebble-care-01`, `pbnest2024`, `pbnest_refund`, `pebble_mom5`, `pbn_vip`,
`breezebud_cs`, `hushowl_cs`, `@pebblenest.baby`, `@pebblenest_help`, `@pebblenest_tw`, `@snugsip_tw`,
the QQ number `371058294`, the account name 石窝育儿), and the domains `pebblenestbaby.com` and
`pbnest.link` are made up for this set. `amazon.com` appears only for Amazon's own pages. Every phone
number, including carrier numbers, is a US number in the fictional 555-01xx range, also when written in
Chinese numerals (幺二零 五五五 零幺六三) or with spaced or zero-width-split digits. Handles and the
QQ number were invented, not checked against any service.

## Files

| file | what it is |
| --- | --- |
| `gen.py` | Source of truth. Holds every text as a Python literal (invisible and look-alike characters as `\\u` escapes or built with `fw()`), builds the tags, shuffles with `random.Random(44)`, assigns ids `h44-001`..`h44-160`, and writes `holdout44.jsonl`, this `README.md` (counts are computed) and `validate.py`. |
| `holdout44.jsonl` | {total} lines, one JSON object each, with exactly the keys `id`, `text`, `labels`, `lang`, `tags`, `note`. |
| `validate.py` | Self-check: prints counts and exits 1 on any problem. An optional argument gives another path. |

Rebuild and check: `python3 gen.py && python3 validate.py`

## Record format

```json
{{"id": "h44-001", "text": "...", "labels": ["review-inducement"], "lang": "zh",
 "tags": ["incentive", "proactive", "evasion", "homophone"], "note": "One sentence."}}
```

- `labels`: a subset of `review-inducement`, `off-platform-contact`, `marketing`, in that order; at most two.
- `lang`: `en`, `zh` or `mixed`. Traditional Chinese is `zh` plus the tag `traditional`. `mixed` is Simplified Chinese plus English.
- `tags`, in this order:
  1. one subtype per label, in label order:
     - review-inducement: `incentive`, `rating-request`, `gating`, `praise-to-review`, `steering`, `change-review`, `feedback-removal`;
     - off-platform-contact: `messaging-app`, `social`, `email`, `phone`, `url`, `payment`, `website`, `qr`, `diversion`;
     - marketing: `coupon`, `discount`, `promotion`, `giveaway`, `new-product`, `cross-sell`, `buy-again`, `storefront-link`, `bundle`, `referral`, `loyalty`, `subscription`, `restock`, `vip-group`, `newsletter`;
  2. one context tag: `reply` (answers a buyer message) or `proactive` (the seller starts);
  3. violations that disguise the violating part: `evasion`, then one or more technique tags;
  4. compliant records: `near-miss` followed by one near-miss kind, or `plain`;
  5. `traditional` where it applies.
- `note`: one English sentence saying why the label is what it is.

### Technique tags and the evidence `validate.py` requires

| technique | evidence in the text |
| --- | --- |
| `homophone` | one of 好平, 薇信, 威信, 徽信, 加薇, 扣扣, 斗音, 加賴 |
| `nickname` | 绿泡泡 or 小蓝书 (also Traditional forms) |
| `char-split` | 女子评 (好 written as its parts) |
| `spacing` | Latin letters split one by one by spaces or hyphens, or CJK characters split by spaces or separators |
| `symbol-insert` | an emoji or pictograph between two letters or characters (好⭐评, 加🛰：, 上🆕啦) |
| `pinyin` | hp, fx, wx, vx, yh, haoping, fanxian, weixin as separate tokens, or v信, +v |
| `script-mix` | a Traditional-only character inside a Simplified or mixed record |
| `fullwidth` | full-width Latin letters, digits, ＠ or ． |
| `homoglyph` | a Cyrillic or Greek letter touching a Latin letter |
| `zero-width` | U+200B-U+200D, U+2060 or U+FEFF |
| `cn-numerals` | a run of four or more Chinese numerals (幺 counts as 1) |
| `spaced-digits` | six or more single digits separated by spaces or dots |
| `spelled-email` | `name at domain dot com`, also with brackets |
| `leetspeak` | a token that decodes (0→o, 1→i/l, 3→e, 4→a, 5→s, 7→t, @→a, $→s) to a listed keyword |

The machine-detectable artefacts (full-width, Cyrillic, zero-width, emoji inside a word, pinyin
tokens, leetspeak, spaced digits, spelled e-mails, Traditional characters in Simplified text, Chinese
numeral runs) must not appear in a record that is not tagged with them. Sound-alikes and nicknames are
not checked that way, because several near-misses use the same words in their real sense (judgement
call 17).

### Other checks in `validate.py`

- record count, exact keys, ids unique and in sequence, texts unique after NFKC, zero-width stripping, casefolding and whitespace collapse;
- labels only from the three policies, canonical order, no duplicates; lang only `en`/`zh`/`mixed`;
- the tag grammar above;
- phones: after NFKC, zero-width stripping, Chinese-numeral conversion, joining spaced digits and removing order ids, tracking numbers and the ASIN, every phone-like number must be 555-01xx, and every other run of 7+ digits must be the listed QQ number;
- e-mail addresses (also spelled-out and full-width ones) and bare domains must be on the allowlist `pebblenestbaby.com`, `pbnest.link`, `amazon.com`;
- language: `en` has no CJK characters, CJK punctuation or curly quotes; `zh` is mostly CJK; Traditional records have at least two Traditional-only and no Simplified-only characters; Simplified and mixed records have no Traditional-only characters unless tagged `script-mix`; `mixed` has at least 8 CJK characters and 3 English words;
- notes are one sentence ending in a full stop;
- the mix stays within ranges around the brief's targets (labels, two-label records, near-misses, evasions, share of English), and Chinese/mixed evasions outnumber English ones.

## Counts

- **Records:** {total}: {viol} violations ({two} with two labels) and {nm} near-misses plus {plain} plain compliant messages.
- **Per label:** review-inducement {ri}, off-platform-contact {opc}, marketing {mkt}.
- **Two-label pairs:** {pairs}.
- **Contexts:** reply {reply}, proactive {proactive}.

| language | total | violations | near-miss | plain | evasive |
| --- | --- | --- | --- | --- | --- |
{lang_rows}

- **Evasions:** {ev} records, all violations ({ev_zh} Chinese or mixed, {ev_en} English); by label: review-inducement {ev_ri}, off-platform-contact {ev_opc}, marketing {ev_mkt}. {multi} records use two techniques.

| technique | records |
| --- | --- |
{tech_rows}

- **Subtypes:**
{sub_lines}

- **Near-miss kinds:**

| kind | records |
| --- | --- |
{kind_rows}

## Judgement calls

Each call cites the part of `policy.md` (sections 0, A-G, (b), (e)) or `interface.md` it rests on.

1. **Only the three content policies are labelled.** Message scope (a proactive "thank you" or
   shipping confirmation), formatting (the emoji in 🙏, 🎉 or 好⭐评), language of preference (Chinese
   text sent to a US buyer, policy 0.6), conduct (asking for a buyer's cell number) and the one-request
   limit are not. Chinese messages are labelled for their content as if they were the drafts Chinese
   sellers write. The compliant records were chosen from permitted message kinds (replies, delay
   notices, customization checks, one neutral review request), but a linter may still raise other
   policies on them.
2. **A neutral, unconditional review request is compliant** (interface.md: "allowed once per order";
   C near-misses), also when it says "glowing or critical" or 好与不好都… because the wording is
   balanced. Each is assumed to be the first request for its order; the repeat rule (C6) needs a
   ledger the set cannot show.
3. **Praise turned into a review request is review-inducement** (`praise-to-review`), even with no
   rating named (policy 0.3 and C3: "This includes cases where the customer proactively reaches out…
   to express satisfaction"; interface.md: "asking only satisfied buyers"). The praise has to be
   visible in the message itself ("since you're loving them", 既然您這麼喜歡).
4. **"Let us fix it before you review" is gating** even without a happy path (C3 "Before leaving
   negative feedback, please give us a chance to make it right"; interface.md "asking unhappy buyers
   to contact the seller instead of leaving a review"). The mixed record that also promises a free
   replacement clip is labelled gating only: the clip remedies the defect and is not offered for a
   review.
5. **Conditional asks count as positive-only requests.** "用得满意的话请给好评", "if HushOwl helped…
   a 5-star review" and "给个hp" are `rating-request` (C2). When a message both names five stars and
   pays for the review, the subtype is `incentive`: one subtype per label, the most specific wins.
6. **Amazon's neutral seller-feedback notice is compliant** (2 records, en and Traditional): "if you
   feel we've resolved your concerns, it is possible to update or remove the seller feedback…; up to
   you". C5 calls it allowed but high-risk (warn). A warning is not a breach of the policy, so the
   label is empty; a linter that warns on it follows policy.md. Any plea ("hurting our account
   health", 影響很大), request ("take it down", 撤銷) or reward makes it `feedback-removal`.
7. **Rewards of any size are incentives** (C1): part of the price back, a free cartridge, a second set
   of bibs, a spare clip, a red packet, early access, a draw entry.
   - A reward that needs a future purchase (a discount code, a voucher, early access to buy a new
     product) also carries `marketing`; a free item sent outright does not.
   - A reward paid or claimed through an outside channel (PayPal, a WeChat id) also carries
     `off-platform-contact`. A red packet or refund with no channel named ("返您5美金红包", "refund on
     Amazon") carries only `review-inducement`.
8. **Draws and giveaways are promotions** (B: "Follow us on Instagram for giveaways"). A draw open
   to reviewers is `review-inducement` + `marketing`; a draw open to all orders is `marketing`
   only; a follow-to-win on Instagram is `off-platform-contact` + `marketing`.
9. **Reaching out about a problem raised in a review is compliant when nothing is asked about the
   review** (C: "reach out to customers to resolve product or service issues"; the Customer Reviews
   tool allows a courtesy refund). The (b) case study warns that a freebie *followed by* a review
   mention reads as influence; in the one such record the mention comes first, it explicitly asks for
   nothing in return, and it is labelled compliant. A linter may reasonably warn.
10. **Thanking a buyer for a review they mentioned, or echoing their praise, is compliant** (C
    near-misses: "Thank you for your 5-star review!" in a reply), including the mixed reply that
    quotes the buyer's "five-star purchase of the year". All of these are replies.
11. **Amazon's own links.** A storefront link used to show more products is `marketing`
    (`storefront-link`), not `off-platform-contact`, because interface.md limits that policy to
    "sites other than Amazon's own" (D1 also lists storefront links as an error). Instructions to use
    Your Orders → Return or Replace Items are compliant (D near-misses).
12. **Helpful outside links are still off-platform.** A setup video on a shortener and a cleaning
    video on the seller's site are `off-platform-contact` (`url`): interface.md flags links to any
    non-Amazon site and D1 calls shorteners an error. They carry no offer, so no `marketing`. The
    seller's site offered as a cheaper place to buy is `website` + `marketing` (D6).
13. **Phone numbers.** A carrier's or depot's number given for a delivery problem is compliant (D3
    exception and D near-misses). The seller's own number is `off-platform-contact` in any form
    (spaced digits, Chinese numerals, zero-width split). Asking for the buyer's cell number "to take
    this off Amazon" is `diversion` (D6 "Contact us off Amazon"), even though no contact detail of
    the seller is given.
14. **Social and group channels.** Following an account for tips (斗音, 小红书, 小蓝书) is
    `off-platform-contact` (`social`) only; a WeChat group that hands out member prices or a
    newsletter for deals adds `marketing` (`vip-group`, `newsletter`). A QR card that leads to an
    outside support chat is `qr` (D1 "Scan the QR code on the insert for support").
15. **Payment apps.** Offering to pay the buyer through PayPal, Venmo or a direct transfer after
    adding a WeChat id is `payment` (D5). Naming PayPal and Venmo only to say refunds never go that
    way is compliant.
16. **Messaging-app names as product facts are compliant** (D near-misses): the app not needing
    WhatsApp or WeChat, the app not supporting 微信登录 and registering with 邮箱或手机号.
17. **Sound-alikes used in their real sense are compliant near-misses**: 威信 (reputation), 扣扣
    (the bib's snaps), QQ (a soft texture), 绿泡泡 (the app's green status dot), 好平 (very level),
    the model name VX2, and the cross-boundary substrings 最好评估 (好评), 加微量 (加微) and 星期五
    (星, 五). They exist to catch normalization that over-reaches (policy 0.4).
18. **Answers versus pushes** (B: no marketing "including within otherwise permitted
    communications").
    - Compliant: explaining an expired Amazon clip coupon the buyer asked about (a B near-miss;
      policy.md says warn at most) and a restock date the buyer asked for.
    - `marketing`: a restock notice with a purchase gift, a sold-out answer that pitches a 20%-off
      colour, a volume answer followed by a storefront link, a product answer followed by a
      cross-sell, and an apology code for the *next* order (a code for a future purchase is a coupon;
      a remedy is given now, like the free lid or clip).
19. **Nudges that stay on Amazon are marketing** (B): Buy it Again, Subscribe & Save, a referral paid
    in Amazon credit, a loyalty list joined by replying a keyword.
20. **Steering counts even when the buyer offered to review** (C7): dictated words, claims to make,
    photo counts.
21. **Warranty e-mail addresses are off-platform** (D2 bans e-mail addresses outright); the
    order-related purpose does not rescue them.
22. **What `evasion` means.** The tag marks a violation whose violating words are disguised, and the
    techniques name the disguise. Traditional script in a Traditional record is not an evasion;
    Traditional characters dropped into Simplified text (返現, 優惠) are `script-mix`. LINE written as
    賴 is a `homophone`; 加🛰 (satellite, 卫星, for 加卫/加微) is a `symbol-insert`. Violations that are
    only softly worded, with no artefact, are not tagged.
23. **Languages.** `mixed` means Simplified Chinese plus English; the Traditional records contain
    no English words beyond ids, handles and brand names. Product names in Latin letters (HushOwl,
    VX2) inside Chinese records do not make them mixed.
"""


def main():
    recs = build()
    with open(os.path.join(HERE, "holdout44.jsonl"), "w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(recs))
    with open(os.path.join(HERE, "validate.py"), "w", encoding="utf-8") as fh:
        fh.write(VALIDATE_SRC)
    os.chmod(os.path.join(HERE, "validate.py"), 0o755)
    s = stats(recs)
    print("wrote %d records; labels %s; evasive %d" % (len(recs), dict(s["label"]), s["ev"]["all"]))


VALIDATE_SRC = r'''#!/usr/bin/env python3
"""Self-check for holdout44.jsonl.  Prints counts; exits 1 if anything is wrong.

Usage: python3 validate.py [PATH]

This file is written by gen.py; edit it there.

Checks
  * 160 records, exact key set, ids h44-001..h44-160 in sequence and unique;
  * texts unique after NFKC, zero-width stripping, casefolding and whitespace collapse;
  * labels only from the three content policies, no duplicates, canonical order;
  * lang is en, zh or mixed; `traditional` only on zh;
  * tag grammar: one subtype per label (in label order), one context tag, then either
    `evasion` + technique tags (violations only), or `near-miss` + one kind tag,
    or `plain` (compliant only), then optionally `traditional`;
  * evidence in the text for every technique tag, and no untagged artefacts of the
    machine-detectable techniques;
  * every phone-like number (also in Chinese numerals, full-width, split by spaces or
    zero-width characters) is a fictional 555-01xx number; order ids, tracking
    numbers and ASINs are removed first; long digit runs must be listed ids;
  * e-mail addresses (also spelled-out or full-width ones) and domains on an allowlist;
  * language sanity for en / zh Simplified / zh Traditional / mixed;
  * notes are one English sentence ending in a full stop;
  * the mix stays inside the ranges the brief asked for.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout44.jsonl")
N_EXPECTED = 160
ID_FMT = "h44-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "rating-request", "gating", "praise-to-review",
                          "steering", "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "social", "email", "phone", "url", "payment",
                             "website", "qr", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "giveaway", "new-product", "cross-sell",
                  "buy-again", "storefront-link", "bundle", "referral", "loyalty",
                  "subscription", "restock", "vip-group", "newsletter"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = ["homophone", "nickname", "char-split", "spacing", "symbol-insert", "pinyin",
              "script-mix", "fullwidth", "homoglyph", "zero-width", "cn-numerals",
              "spaced-digits", "spelled-email", "leetspeak"]
NEAR_MISS_KINDS = {"substring", "innocent-homophone", "neutral-review-request",
                   "review-thanks", "feedback-neutral-notice", "reviewer-outreach",
                   "amazon-review-email", "free-remedy", "carrier-phone", "feature-im",
                   "amazon-return", "coupon-explanation", "payment-negation", "at-dot",
                   "app-update", "logistics-verbs", "order-numbers", "restock-answer",
                   "spec-words", "product-words"}

# ---- character classes -------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
SYM = "[\u2600-\u27bf\u2b50\u2b55\U0001f000-\U0001faff]"
SYMBOL_INSERT = re.compile("[\u4e00-\u9fffA-Za-z]%s+[\u4e00-\u9fffA-Za-z\uff1a:]" % SYM)
SPACED_LATIN = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ \-_.\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK = re.compile("[\u4e00-\u9fff](?:(?:\\s+|\\s*[-\u00b7/|_.]\\s*)[\u4e00-\u9fff])+")
SPACED_DIGITS = re.compile(r"(?<!\d)(?:\d[ ._\u00b7/]){5,}\d(?!\d)")
CN_DIGITS = "零〇一二三四五六七八九幺两兩"
CN_VALUE = "00123456789122"
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:[\\s\\-]*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
SPELLED_EMAIL = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|link)(?![A-Za-z])", re.I)
PINYIN = re.compile(r"(?<![A-Za-z0-9])(?:hp|fx|wx|vx|yh|haoping|fanxian|weixin)(?![A-Za-z0-9])"
                    r"|v信|[+\uff0b]\s*v(?![A-Za-z])", re.I)
HOMOPHONES = ("好平", "薇信", "威信", "徽信", "加薇", "扣扣", "斗音", "加賴")
NICKNAMES = ("绿泡泡", "綠泡泡", "小蓝书", "小藍書")
CHAR_SPLIT = ("女子评", "女子評")
LEET_WORDS = {"review", "star", "stars", "discount", "telegram", "whatsapp", "coupon",
              "feedback", "rating", "off", "sale", "deal", "email", "wechat", "refund"}

PAIRS = ("們们這这個个來来說说對对時时會会為为過过發发開开還还問问題题評评價价網网購购買买"
         "訂订單单號号碼码聯联謝谢歡欢優优關关實实讓让麼么處处應应點点體体驗验經经無无從从"
         "紅红電电話话論论貨货運运費费頁页長长專专屬属雙双請请機机書书護护設设計计產产轉转"
         "滿满讀读裝装帶带壞坏門门顯显視视頻频條条給给總总確确語语圖图節节遞递數数遜逊嗎吗"
         "寶宝媽妈檢检張张兒儿幫帮補补煩烦現现顧顾認认賣卖饋馈選选擇择壓压結结進进記记寫写"
         "誤误額额隨随員员達达訊讯則则東东溫温嬰婴圍围膠胶靜静鴞鸮風风車车樂乐盤盘歲岁蓋盖"
         "鐘钟斷断換换潔洁級级調调線线攝摄頭头燈灯雜杂擺摆畫画邊边懇恳營营亞亚馬马獲获親亲"
         "觀观習习慣惯負负銷销組组聽听剛刚鋪铺響响畢毕閱阅報报資资間间詢询納纳贈赠獎奖參参"
         "顏颜測测試试廠厂牆墙藍蓝黃黄兩两錯错藥药種种")
TRAD_ONLY = set(PAIRS[0::2])
SIMP_ONLY = set(PAIRS[1::2])
assert len(PAIRS) % 2 == 0 and not TRAD_ONLY & SIMP_ONLY

DOMAIN_ALLOW = {"pebblenestbaby.com", "pbnest.link", "amazon.com"}
ID_ALLOW = {"371058294"}          # the invented QQ number
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|cn|tw|link|ly|me|shop))(?![a-z])", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def leet_hits(text):
    hits = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", fold(text)):
        low = tok.lower()
        if not (re.search("[a-z]", low) and re.search("[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s",
                                   "7": "t", "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                hits.append(tok)
                break
    return hits


def evidence(tech, text, rec):
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "nickname":
        return any(h in text for h in NICKNAMES)
    if tech == "char-split":
        return any(h in text for h in CHAR_SPLIT)
    if tech == "spacing":
        return bool(SPACED_LATIN.search(text) or SPACED_CJK.search(text))
    if tech == "symbol-insert":
        return bool(SYMBOL_INSERT.search(text))
    if tech == "pinyin":
        return bool(PINYIN.search(text))
    if tech == "script-mix":
        return "traditional" not in rec["tags"] and any(c in TRAD_ONLY for c in text)
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text))
    if tech == "spaced-digits":
        return bool(SPACED_DIGITS.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL.search(text))
    if tech == "leetspeak":
        return bool(leet_hits(text))
    raise KeyError(tech)


# techniques whose artefacts must not appear untagged (the others are words that
# legitimately occur in near-misses: 扣扣, 威信, 好平, 绿泡泡, spaced CJK, ...)
STRICT = ("fullwidth", "homoglyph", "zero-width", "symbol-insert", "pinyin", "leetspeak",
          "spaced-digits", "spelled-email", "script-mix", "cn-numerals")


def check_contacts(rid, text):
    t = fold(text)
    t = CN_RUN.sub(lambda m: "".join(CN_MAP.get(c, c) for c in m.group(0)), t)
    t = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    t = SPACED_DIGITS.sub(lambda m: re.sub(r"\D", "", m.group(0)), t)
    for m in PHONE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            bad(rid, "phone-like number outside the fictional 555-01xx range: %r" % m.group(0))
    rest = PHONE.sub(" ", t)
    for run in re.findall(r"\d{7,}", rest):
        if run not in ID_ALLOW:
            bad(rid, "unexplained long digit run %s" % run)
    t2 = t
    if SPELLED_EMAIL.search(t):
        t2 = re.sub(r"\s*[\(\[]?\s*(?:\bat\b|艾特)\s*[\)\]]?\s*", "@", t2, flags=re.I)
        t2 = re.sub(r"\s*[\(\[]?\s*(?:\bdot\b|点|點)\s*[\)\]]?\s*", ".", t2, flags=re.I)
    for m in EMAIL.finditer(t2):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN.finditer(t):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % m.group(1))


def strip_contacts(text):
    t = EMAIL.sub(" ", text)
    t = re.sub(r"https?://\S+|[A-Za-z0-9.-]+\.(?:com|link)\S*|@[A-Za-z0-9_.]+"
               r"|(?<![A-Za-z0-9_])[A-Za-z0-9]*[_\d][A-Za-z0-9_]*", " ", t)
    return t


def check_lang(rid, rec, techs):
    text = fold(rec["text"])
    trad = "traditional" in rec["tags"]
    cjk = len(CJK.findall(text))
    rest = strip_contacts(TRACKING.sub(" ", ORDER_ID.sub(" ", text)))
    latin = len(re.findall(r"[A-Za-z]", rest))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    n_trad = sum(c in TRAD_ONLY for c in text)
    n_simp = sum(c in SIMP_ONLY for c in text)
    lang = rec["lang"]
    if lang == "en":
        if cjk:
            bad(rid, "en record has CJK characters")
        if re.search("[\u3000-\u303f\uff01\uff0c\uff1a\uff1b\uff1f\uff5e\u201c\u201d\u2018\u2019]", rec["text"]):
            bad(rid, "en record has CJK punctuation or curly quotes")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin=%d)" % (cjk, latin))
        if trad and (n_trad < 2 or n_simp):
            bad(rid, "traditional record: trad-only=%d simp-only=%d" % (n_trad, n_simp))
        if not trad and n_trad and "script-mix" not in techs:
            bad(rid, "Simplified record has Traditional-only characters")
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, words=%d)" % (cjk, len(words)))
        if n_trad and "script-mix" not in techs:
            bad(rid, "mixed record has Traditional-only characters")
    else:
        bad(rid, "bad lang %r" % lang)
    if trad and lang != "zh":
        bad(rid, "traditional tag needs lang zh")


def parse_tags(rid, rec):
    """Return (subtypes, context, techniques, kind) or None."""
    labels, tags = rec["labels"], rec["tags"]
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags missing or not a list of strings")
        return None
    if len(set(tags)) != len(tags):
        bad(rid, "duplicated tags")
    i = 0
    subs = tags[:len(labels)]
    for lab, sub in zip(labels, subs):
        if sub not in SUBTYPES[lab]:
            bad(rid, "%r is not a subtype of %s" % (sub, lab))
    i = len(labels)
    if i >= len(tags) or tags[i] not in CONTEXTS:
        bad(rid, "expected a context tag at position %d" % i)
        return None
    ctx = tags[i]
    i += 1
    techs, kind = [], None
    if labels:
        if i < len(tags) and tags[i] == "evasion":
            i += 1
            while i < len(tags) and tags[i] in TECHNIQUES:
                techs.append(tags[i])
                i += 1
            if not techs:
                bad(rid, "evasion without a technique")
    else:
        if i < len(tags) and tags[i] == "near-miss":
            i += 1
            if i < len(tags) and tags[i] in NEAR_MISS_KINDS:
                kind = tags[i]
                i += 1
            else:
                bad(rid, "near-miss without a kind tag")
        elif i < len(tags) and tags[i] == "plain":
            kind = "plain"
            i += 1
        else:
            bad(rid, "compliant record needs near-miss or plain")
    if i < len(tags) and tags[i] == "traditional":
        i += 1
    if i != len(tags):
        bad(rid, "unknown or misplaced tags %r" % tags[i:])
    return subs, ctx, techs, kind


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    seen_text, seen_id = {}, set()
    c = collections.defaultdict(collections.Counter)
    for n, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % n) if isinstance(rec, dict) else "#%d" % n
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad(rid, "wrong keys")
            continue
        if rid in seen_id:
            bad(rid, "duplicate id")
        seen_id.add(rid)
        if rid != ID_FMT % n:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % n))
        text, labels, note = rec["text"], rec["labels"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "text duplicates %s" % seen_text[key])
        seen_text[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of canonical order")
        if len(labels) > 2:
            bad(rid, "more than two labels")
        if rec["lang"] not in ("en", "zh", "mixed"):
            bad(rid, "lang must be en, zh or mixed")
        if (not isinstance(note, str) or not note.endswith(".")
                or len(re.findall(r"[.!?](?=\s|$)", note)) != 1 or len(note) < 25):
            bad(rid, "note must be one sentence ending in a full stop")
        parsed = parse_tags(rid, rec)
        if parsed is None:
            continue
        subs, ctx, techs, kind = parsed
        for t in techs:
            if not evidence(t, text, rec):
                bad(rid, "no evidence in the text for technique %r" % t)
        for t in STRICT:
            if t not in techs and evidence(t, text, rec):
                bad(rid, "untagged %r artefact in the text" % t)
        check_lang(rid, rec, techs)
        check_contacts(rid, text)

        trad = "traditional" in rec["tags"]
        lk = "zh-traditional" if trad else ("zh-simplified" if rec["lang"] == "zh" else rec["lang"])
        row = "violation" if labels else ("plain" if kind == "plain" else "near-miss")
        c["lang"][lk] += 1
        c["lang:" + lk][row] += 1
        c["row"][row] += 1
        c["ctx"][ctx] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            c["pairs"][" + ".join(labels)] += 1
        for l, s in zip(labels, subs):
            c["label"][l] += 1
            c["sub:" + l][s] += 1
        if techs:
            c["evasion"]["all"] += 1
            c["evasion"][lk] += 1
            for l in labels:
                c["evasion-label"][l] += 1
        for t in techs:
            c["tech"][t] += 1
        if kind and kind != "plain":
            c["kind"][kind] += 1

    total = len(recs)
    print("records: %d  violations: %d (two labels: %d)  near-miss: %d  plain: %d"
          % (total, c["row"]["violation"], c["nlabels"][2], c["row"]["near-miss"], c["row"]["plain"]))
    print("per label:", dict(c["label"]))
    print("label pairs:", dict(c["pairs"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = c["lang:" + lk]
        print("  %-15s %3d  violation %3d  near-miss %3d  plain %2d  evasive %2d"
              % (lk, c["lang"][lk], r["violation"], r["near-miss"], r["plain"], c["evasion"][lk]))
    print("contexts:", dict(c["ctx"]))
    print("evasive records: %d  per label: %s" % (c["evasion"]["all"], dict(c["evasion-label"])))
    print("techniques:", dict(c["tech"].most_common()))
    for l in POLICIES:
        print("  %s: %s" % (l, dict(c["sub:" + l].most_common())))
    print("near-miss kinds:", dict(c["kind"].most_common()))

    # the mix the brief asked for ("roughly"): keep inside these ranges
    ranges = [("review-inducement", c["label"]["review-inducement"], 36, 44),
              ("off-platform-contact", c["label"]["off-platform-contact"], 31, 39),
              ("marketing", c["label"]["marketing"], 36, 44),
              ("two-label records", c["nlabels"][2], 12, 18),
              ("near-misses", c["row"]["near-miss"], 40, 50),
              ("plain", c["row"]["plain"], 8, 25),
              ("evasive records", c["evasion"]["all"], 35, 48),
              ("en records", c["lang"]["en"], 64, 80)]
    for name, got, lo, hi in ranges:
        if not lo <= got <= hi:
            bad("mix", "%s = %d, expected %d..%d" % (name, got, lo, hi))
    zh_ev = c["evasion"]["all"] - c["evasion"]["en"]
    if zh_ev <= c["evasion"]["en"]:
        bad("mix", "Chinese/mixed evasions (%d) should outnumber English ones (%d)"
            % (zh_ev, c["evasion"]["en"]))

    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''

if __name__ == "__main__":
    main()
