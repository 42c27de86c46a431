#!/usr/bin/env python3
"""Builds holdout91.jsonl: 160 hand-labelled messages from the invented seller
Platenworth Typewriter & Ink (typewriters, ribbons, fountain-pen ink, notebooks, desk stationery).

Hard-to-see characters are spelled out: ZW (zero-width space), CY_E (Cyrillic small ie),
fw() (full-width Latin).  Shuffled with random.Random(91), numbered h91-001 ... h91-160.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout91.jsonl")

ZW = "\u200b"
CY_E = "\u0435"
STAR = "\u2b50"


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow", "subscription"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}
ORDER = [s for lab in sorted(SUBTYPES) for s in SUBTYPES[lab]]
LANGS = {"en": ("en", []), "zs": ("zh", []), "zt": ("zh", ["traditional"]),
         "ms": ("mixed", ["mixed"]), "mt": ("mixed", ["traditional", "mixed"])}
REGION = {"tw": "taiwanese", "hk": "cantonese", None: None}

RECS = []


def _extras(lang, region):
    code, extras = LANGS[lang]
    extras = list(extras)
    if region:
        extras.insert(1, REGION[region])
    return code, extras


def V(style, subs, lang, text, note, region=None):
    """A violation: style plain / careful / split."""
    subs = sorted(subs, key=ORDER.index)
    labels = sorted({OWNER[s] for s in subs})
    code, extras = _extras(lang, region)
    RECS.append({"text": text, "labels": labels, "lang": code,
                 "tags": ["violation", style] + subs + extras, "note": note})


def E(techs, subs, lang, text, note, region=None):
    """An evasion: the violation is disguised with one or more techniques."""
    subs = sorted(subs, key=ORDER.index)
    labels = sorted({OWNER[s] for s in subs})
    code, extras = _extras(lang, region)
    RECS.append({"text": text, "labels": labels, "lang": code,
                 "tags": ["evasion"] + subs + list(techs) + extras, "note": note})


def N(trap, lang, text, note, region=None):
    """A hard near-miss: allowed by policy.md, looks like a violation."""
    code, extras = _extras(lang, region)
    RECS.append({"text": text, "labels": [], "lang": code,
                 "tags": ["near-miss", trap] + extras, "note": note})


def K(lang, text, note, region=None):
    """A clean message: ordinary order or product help."""
    code, extras = _extras(lang, region)
    RECS.append({"text": text, "labels": [], "lang": code, "tags": ["clean"] + extras,
                 "note": note})


# =============================================================== violations: careful
V("careful", ["coupon"], "en",
  "Something for your next ribbon order, Cordelia: type PLATEN20 into the box at checkout "
  "and a fifth of the total comes off.",
  "A money-off code pushed for a future purchase; careful because it never says code, "
  "coupon or discount (policy.md B).")
V("careful", ["discount", "buy-again"], "en",
  "If you come back for another bottle of Tidemark before the month is out, Barnaby, I'll "
  "take a quarter off the total myself.",
  "A price cut offered to bring the buyer back for a repeat purchase (policy.md B).")
V("careful", ["sale"], "zs",
  "这个星期店里所有色带都降了价，周日晚上十二点恢复原来的标价，需要的话可以趁这几天备几卷。",
  "An unsolicited time-limited price drop across the shop, worded as 降了价 rather than 打折 "
  "(policy.md B).")
V("careful", ["new-product"], "en",
  "Ambrose has just finished a small run of walnut pen trays cut to sit beside your "
  "Burrowdesk organiser; they went up in our shop this morning and there are only twenty.",
  "Announces a newly made product to an existing buyer; no textbook word, still a "
  "new-product promotion (policy.md B).")
V("careful", ["cross-sell"], "zt",
  "用 Corvina 88 打字的客人，多半會順手多帶一卷雙色色帶備用，賣場裡就找得到喔。",
  "Suggests an add-on purchase by pointing to what other buyers do (policy.md B).",
  region="tw")
V("careful", ["cross-sell", "listing-link"], "en",
  "The canvas carry case made for the Corvina 88 is here, should you want one to go with "
  "it: amazon.com/dp/B0F3KT8WQ2",
  "A link to another Amazon listing to sell an accessory: marketing, not off-platform, since "
  "the link is Amazon's own (policy.md B, D1; judgement call 7).")
V("careful", ["bundle"], "zs",
  "墨水和替芯纸如果一起拿，我们可以给您配成一套，比分两次买划算不少，要的话回我一句。",
  "Offers a bundle at a better combined price without naming a discount (policy.md B).")
V("careful", ["restock"], "en",
  "Harbour Slate, the shade that had sold out when you ordered your pen, is back on our "
  "shelves this week; worth picking up two before it goes again.",
  "An unsolicited back-in-stock notice with a push to buy (policy.md B; section A lists "
  "stock notices as non-critical).")
V("careful", ["referral"], "zs",
  "身边要是有喜欢写字的朋友，让他们下单时在留言里报您的名字，你们俩下一单各减二十块。",
  "A refer-a-friend scheme with money off for both sides (policy.md B).")
V("careful", ["vip-list"], "en",
  "We keep a short list of regular customers who hear about each small ink batch a week "
  "before it goes on the listing. Reply 'yes' and I'll add your name.",
  "An invitation onto a privileged early-access list, a VIP club in everyday words "
  "(policy.md B).")
V("careful", ["giveaway"], "zt",
  "下個月我哋會喺客人入面抽三位，送出一部翻新嘅 Larkspur 3，你而家回覆一句就算你一份。",
  "A prize draw offered to buyers; the word 抽獎 is avoided (policy.md B).", region="hk")
V("careful", ["follow", "social"], "en",
  "We post short typing clips and first looks at each new ink on our photo page, "
  "@platenworth.keys. Pop by and tap follow so you catch the next one.",
  "A social handle and a call to follow it; the platform is never named (policy.md B, D4).")
V("careful", ["subscription"], "zs",
  "这款墨水在亚马逊上可以设置成定期配送，每两个月自动寄一瓶过来，您要不要顺手开一个？省得每次想起来才下单。",
  "Pushes a repeat-delivery subscription the buyer did not ask about; on Amazon, so "
  "marketing only (policy.md B; judgement call 8).")
V("careful", ["incentive"], "en",
  "Once your thoughts on the Corvina are up on its Amazon page, drop me a note here and a "
  "bottle of Quince Red will be on its way to you, with our thanks.",
  "A free bottle of ink in return for a posted review; the word review is never used "
  "(policy.md C1).")
V("careful", ["rating-request", "gating"], "zs",
  "要是这台打字机用下来让您满意，麻烦抽空在商品页给它打个满分，对我们这样的小店帮助特别大。",
  "Asks for the top score, and only from a satisfied buyer: 满分 instead of 五星好评 "
  "(policy.md C2, C3).")
V("careful", ["gating"], "zt",
  "色帶如果卡卡的，請直接跟我說，我來處理；如果用得順手，商品頁就是其他打字同好下單前會去看的地方喔。",
  "Sends unhappy buyers to the seller and happy ones to the product page (policy.md C3).",
  region="tw")
V("careful", ["steering"], "zt",
  "如果您願意在商品頁分享使用心得，拜託順便提一下出貨很快、包裝很扎實，再附一張打字的照片就更好了。",
  "Tells the buyer what to put in the review (policy.md C7).", region="tw")
V("careful", ["change-review"], "en",
  "Now that the new platen knob has reached you, Lucian, would you look again at what you "
  "wrote on the listing and bring it into line with how things stand now?",
  "Asks for a product review to be edited after a fix; forbidden even after resolution "
  "(policy.md C4).")
V("careful", ["feedback-pressure"], "zs",
  "那条卖家反馈一直挂在店铺页面最上面，对我们这种小店影响挺大。既然色带的问题已经解决了，能不能麻烦您把它撤下来？",
  "Presses for removal of seller feedback by pleading harm to the shop, not the neutral "
  "notice (policy.md C5).")
V("careful", ["email"], "en",
  "For anything about the typewriter it's quicker to write to Ambrose himself at "
  "ambrose@platenworthdesk.com; he checks it far more often than these messages.",
  "An e-mail address and a push to use it instead of Amazon messaging (policy.md D2).")
V("careful", ["phone"], "zs",
  "色带要是装不上，直接打我手机 413-555-0126，我在那头一步一步带您装好。",
  "The seller's own mobile number for support; not a carrier or warranty line "
  "(policy.md D3).")
V("careful", ["messaging-app"], "en",
  "If you'd rather talk it through, I'm on Signal at +44 7700 900386 most evenings and can "
  "send you a short video of the threading.",
  "A chat app policy.md does not list, still an off-Amazon channel (policy.md D4; "
  "judgement call 9).")
V("careful", ["url"], "zt",
  "全部墨水嘅色板同埋試寫相，你可以喺 platenworthdesk.com 度慢慢睇，比亞馬遜上面齊全好多。",
  "The shop's own website, presented as better than the Amazon listing (policy.md D1).",
  region="hk")
V("careful", ["payment", "diversion"], "en",
  "If it's simpler, I can take the balance for the second ribbon by bank transfer and post "
  "it straight out, which saves going back through the Amazon checkout.",
  "Payment outside Amazon and a sale outside its checkout (policy.md D5, D6).")
V("careful", ["qr"], "zs",
  "盒子里那张小卡片背面印着一个黑白方块，用手机扫一下就能直接找到我本人，不用在这里等回复。",
  "A QR code on the insert, described as a black-and-white square, leading off Amazon "
  "(policy.md D1, section e).")
V("careful", ["diversion"], "en",
  "Next time you run low on refill paper, Theodora, just message me and I'll post a pack "
  "from the workshop myself; there's no need to go through the listing at all.",
  "Invites the buyer to order outside Amazon's sales process (policy.md D6).")

# =============================================================== violations: split
V("split", ["incentive"], "en",
  "We hope the Foxmoor notebook is filling up nicely. Quite a few buyers tell other "
  "shoppers about it on the Amazon page. The ones who do tend to find something extra "
  "tucked into their next parcel from us.",
  "Three harmless sentences that together promise a reward for a review (policy.md C1).")
V("split", ["email", "gating"], "en",
  "Before you write anything on the product page about the typewriter, have a word with "
  "Ambrose. He's quicker outside these Amazon messages. You can reach him at "
  "ambrose@platenworthdesk.com.",
  "Diverts the buyer before a review and gives an e-mail address (policy.md C3, D2).")
V("split", ["gating"], "zs",
  "收到打字机后请先试打几页。用着顺手的话，商品页很欢迎您来说几句。要是哪里不顺，先别急着写，直接来找我们。",
  "Satisfied buyers to the product page, unsatisfied ones to the seller, across three "
  "sentences (policy.md C3).")
V("split", ["new-product", "cross-sell"], "en",
  "Your Larkspur ribbon should reach you on Thursday. Meanwhile, we finished a batch of "
  "fitted dust covers last week. They're cut for the Larkspur and come in dark green.",
  "A delivery note that turns into a new-product pitch for an accessory (policy.md B).")
V("split", ["messaging-app"], "zt",
  "這邊的訊息我們比較慢才看到。我們在 LINE 上的帳號是 @platenworthtw。有問題直接傳訊息過去就好。",
  "Moves the conversation to LINE over three sentences (policy.md D4).", region="tw")
V("split", ["change-review"], "en",
  "The second carriage reached you on Tuesday, according to the carrier. We were sorry "
  "about the first one. What you posted on the product page still describes that first "
  "machine, though, and perhaps it deserves a second look.",
  "An oblique request to edit a product review after a fix (policy.md C4).")
V("split", ["coupon"], "zs",
  "下次买墨水的时候，记得留着这串字母：INKWELL10。结账页面有个小框，填进去就行。总价会少一截。",
  "A code for the next purchase explained step by step (policy.md B).")
V("split", ["payment", "incentive"], "en",
  "We'd love to hear what you make of the Tidemark ink on Amazon. Send me a screenshot once "
  "your words are up. I'll send ten dollars to your Venmo the same day.",
  "Cash for a review, paid outside Amazon (policy.md C1, D5).")
V("split", ["discount", "phone", "diversion"], "zs",
  "以后再需要配件，不用在网上下单了。打这个号码 413-555-0158 找我们。我们直接寄给您，价钱也更实在。",
  "A phone number, a direct sale off Amazon and a lower price (policy.md B, D3, D6).")
V("split", ["sale", "bundle"], "en",
  "This weekend the Burrowdesk organiser and two Foxmoor notebooks go together for one "
  "price. That runs until Sunday night. Reply here if you'd like one set aside.",
  "A weekend-only bundle offer (policy.md B).")
V("split", ["rating-request"], "zt",
  "部打字機用得開心嘅話，上亞馬遜畀個分啦。最好就係頂格嗰個。我哋細舖好睇呢啲。",
  "Asks for the highest score without saying five stars (policy.md C2).", region="hk")
V("split", ["follow", "social"], "en",
  "We share a restoration video every Friday. The channel is Platenworth at the Bench on "
  "YouTube. Subscribe there and you won't miss the next one.",
  "A social channel and a call to subscribe to it (policy.md B, D4).")
V("split", ["feedback-pressure"], "zs",
  "您之前留的那条卖家反馈我们看到了。补寄的墨水前天也签收了。那条记录对我们店铺的分数影响很大，希望您再考虑考虑。",
  "Pressure to withdraw seller feedback, by way of the shop's score (policy.md C5).")
V("split", ["referral"], "en",
  "Do you know anyone else who still types letters, Henrietta? Send them our way. When they "
  "order, have them mention your name and we'll take something off your next ribbon.",
  "A referral reward spread over three sentences (policy.md B).")
V("split", ["url", "diversion"], "ms",
  "Tidemark 墨水的完整色卡放在我们自己的网站上。网址是 platenworthdesk.com/inks。There are a "
  "few more shades there that we don't list on Amazon.",
  "The shop's site, with products sold only there (policy.md D1, D6).")
V("split", ["steering"], "zs",
  "写评论的时候不用太长。不过要是能提一句字迹清晰、一点都不洇纸，会对别的买家很有帮助。最好再配一张试写的照片。",
  "Prescribes the content and a photo for the review (policy.md C7).")
V("split", ["restock"], "zt",
  "Spoolwise 雙色色帶今個禮拜終於返貨。上次一早賣晒。想補貨嘅話快啲落單啦。",
  "A back-in-stock notice with a push to order now (policy.md B).", region="hk")
V("split", ["giveaway", "follow", "social"], "zt",
  "我們的臉書粉專每個月都有活動。這個月會抽出一台翻新打字機。粉專名稱是 Platenworth 打字機研究室，歡迎去按個讚。",
  "A Facebook page, a prize draw and a call to like the page (policy.md B, D4).",
  region="tw")
V("split", ["email", "gating"], "en",
  "If the typewriter arrived in perfect order, the product page is waiting for your "
  "verdict. If it didn't, please hold off there for now. Write to hello@platenworthdesk.com "
  "and we'll put it right first.",
  "Gating plus an e-mail address for the unhappy path (policy.md C3, D2).")
V("split", ["buy-again"], "zs",
  "您上次买的那本 Foxmoor 笔记本应该快写满了吧。同款我们还有现货。在原来的订单页面点一下就能再买一本。",
  "A buy-again push in three friendly sentences (policy.md B).")

# =============================================================== violations: plain
V("plain", ["coupon"], "en",
  "Use code RIBBON15 for 15% off any ribbon in our store this month!",
  "A discount code in the open (policy.md B).")
V("plain", ["rating-request", "gating"], "en",
  "If you enjoyed typing on the Corvina, please leave it a five-star review; it really "
  "helps a small shop like ours.",
  "Five stars, asked only of a buyer who enjoyed it (policy.md C2, C3).")
V("plain", ["messaging-app"], "en",
  "Message me on WhatsApp at +1 413 555 0158 and I'll send the full manual as a PDF.",
  "WhatsApp and a phone number (policy.md D4).")
V("plain", ["discount", "incentive"], "en",
  "Write a review of the ink and we'll give you 30% off your next order with us.",
  "Money off a future order in exchange for a review (policy.md C1, B; judgement call 5).")
V("plain", ["payment", "incentive"], "zs",
  "晒图好评之后联系客服，返现十元直接打到您的支付宝。",
  "Cash back for a positive review, paid through Alipay (policy.md C1, D5).")
V("plain", ["messaging-app"], "zs",
  "加我们微信 platenworth_cn，售后问题在那边回得更快。",
  "A WeChat id (policy.md D4).")
V("plain", ["discount", "new-product"], "zs",
  "新款胡桃木桌面收纳架上新啦，老客户下单一律八折！",
  "New product announced with 20% off (policy.md B).")
V("plain", ["change-review"], "zt",
  "退款已經處理好了，麻煩您把商品評論刪掉或改一下，謝謝喔。",
  "Asks for a review to be deleted or changed after a refund (policy.md C4).", region="tw")
V("plain", ["phone"], "zt",
  "有咩問題直接打電話畀我哋：+44 7700 900941，朝早九點到夜晚六點都有人聽。",
  "The shop's phone number for support (policy.md D3).", region="hk")
V("plain", ["follow", "giveaway", "social"], "en",
  "Follow us on Instagram @platenworth.keys to enter our monthly typewriter giveaway!",
  "Instagram handle, follow call and a giveaway (policy.md B, D4).")
V("plain", ["email", "diversion"], "zt",
  "下次直接用電子郵件寄到 hello@platenworthdesk.com 跟我們訂，就不用再透過亞馬遜下單了喔。",
  "E-mail address and ordering outside Amazon (policy.md D2, D6).", region="tw")
V("plain", ["rating-request", "gating"], "zs",
  "用着顺心就麻烦留个好评，有不满意的地方先找我们，千万别急着写差评。",
  "好评 for the happy, the seller for the unhappy (policy.md C2, C3).")
V("plain", ["rating-request", "gating"], "mt",
  "Hi 石生，部機用落啱嘅話，please give us five stars on Amazon 啦！",
  "Five stars, conditioned on satisfaction, in Cantonese and English (policy.md C2, C3).",
  region="hk")
V("plain", ["discount", "vip-list", "messaging-app"], "zs",
  "欢迎加入我们的VIP会员群（微信群），每周都会发专属折扣。",
  "A VIP group on WeChat with weekly discounts (policy.md B, D4).")

# =============================================================== evasions
E(["homoglyph"], ["messaging-app", "gating"], "zt",
  "部機有咩唔妥，唔好急住上網寫評語，先喺 T" + CY_E + "legram 搵我哋 @platenworth_desk。",
  "Telegram with a Cyrillic e, and the unhappy buyer steered away from a review "
  "(policy.md C3, D4, section e).", region="hk")
E(["homoglyph", "leetspeak"], ["incentive", "rating-request"], "en",
  "Leave us a 5-st4r r" + CY_E + "view and we'll post you a spare ribbon for your trouble.",
  "Five-star request and a free ribbon, with leetspeak and a Cyrillic e (policy.md C1, C2, "
  "section e).")
E(["leetspeak"], ["coupon"], "en",
  "D1sc0unt c0de KEYS15 works on every ribbon in the shop until Friday.",
  "A discount code written in leetspeak (policy.md B, section e).")
E(["spacing", "number-words"], ["phone", "messaging-app"], "en",
  "Add us on S i g n a l, the number is four one three, five five five, zero one five "
  "eight.",
  "Spaced-out Signal and a phone number in words (policy.md D3, D4, section e).")
E(["separator"], ["follow", "social"], "en",
  "Our I.n.s.t.a.g.r.a.m gets fresh ink swatches every day: platenworth.keys, come and "
  "follow along.",
  "Instagram broken up by dots, with a follow call (policy.md B, D4, section e).")
E(["zero-width"], ["coupon"], "en",
  "Cou" + ZW + "pon INK" + ZW + "WELL10 takes 10% off your next bottle of Tidemark.",
  "Coupon word and code split by zero-width spaces (policy.md B, section e).")
E(["fullwidth"], ["email"], "en",
  "For quicker answers write to " + fw("hello@platenworthdesk.com") + " instead of using "
  "this thread.",
  "A full-width e-mail address (policy.md D2, section e).")
E(["spelled-email", "number-words"], ["email", "phone"], "en",
  "Drop a note to platenworth dot ink at gmail dot com, or ring four one three five five "
  "five zero one two six after lunch.",
  "Spelled-out e-mail and a phone number in words (policy.md D2, D3, section e).")
E(["emoji"], ["rating-request", "gating"], "en",
  "Loved the notebook? " + STAR * 5 + " on Amazon would make our whole week!",
  "Emoji stars asked of a buyer who loved it (policy.md C2, C3, section e).")
E(["nickname", "split-handle"], ["messaging-app", "gating"], "en",
  "Before you rate anything, ping us on the paper-plane app: platenworth, then underscore, "
  "then desk.",
  "Telegram by nickname, the handle in pieces, and a detour before rating (policy.md C3, D4, "
  "section e).")
E(["pinyin"], ["incentive", "rating-request"], "zs",
  "晒图haoping以后把截图发过来，fanxian 十五元。",
  "好评返现 in pinyin (policy.md C1, C2, section e).")
E(["homophone"], ["messaging-app"], "zs",
  "加薇信 platenworth_cn，售后问题那边回复更方便。",
  "WeChat as the homophone 薇信 (policy.md D4, section e).")
E(["cn-numerals"], ["phone"], "zs",
  "打字机要是卡键，直接拨四一三五五五零一二六找阿栩，比在这儿留言快。",
  "A phone number in Chinese numerals (policy.md D3, section e).")
E(["spacing", "separator"], ["incentive", "rating-request"], "zs",
  "给 个 好 评 吧，截图发来就返/现/二/十/元。",
  "好评返现 with spaces and slashes (policy.md C1, C2, section e).")
E(["spelled-email", "nickname"], ["email", "messaging-app"], "zs",
  "不方便在这里说的，来绿泡泡找我们，或者写信到 platenworth dot ink at gmail dot com。",
  "WeChat as 绿泡泡 and a spelled-out e-mail (policy.md D2, D4, section e).")
E(["zero-width", "homophone"], ["incentive", "rating-request"], "zs",
  "给个好苹，截图发客服，返" + ZW + "现八元。",
  "好评 as 好苹 and 返现 split by a zero-width space (policy.md C1, C2, section e).")
E(["fullwidth"], ["coupon"], "zt",
  "下次結帳輸入" + fw("PLATEN20") + "，全館色帶打八折喔。",
  "A full-width discount code (policy.md B, section e).", region="tw")
E(["cn-numerals", "nickname"], ["phone", "messaging-app"], "zt",
  "有問題可以喺綠泡泡搵我哋，或者直接打 零七七零零 九零零 三八六。",
  "WeChat by nickname and a UK number in Chinese numerals (policy.md D3, D4, section e).",
  region="hk")
E(["pinyin", "emoji"], ["incentive", "rating-request", "gating"], "ms",
  "Hi Posy，用得满意的话给个 wuxing 吧 " + STAR + " 我们 will send a small thank-you gift。",
  "五星 in pinyin with a star emoji, a gift, only if satisfied (policy.md C1, C2, C3, "
  "section e).")
E(["split-handle"], ["messaging-app"], "mt",
  "Hi 紀小姐，想直接聊的話，LINE 搜 platenworth 後面加 tw 就找得到我們，much faster than "
  "Amazon messages 喔。",
  "A LINE id given in pieces (policy.md D4, section e).", region="tw")

# =============================================================== near-misses: English
N("review-word", "en",
  "Our bench review of your typewriter before dispatch found the margin bell a little "
  "quiet, so Ambrose adjusted it; order 112-3069418-7724501 goes out tomorrow.",
  "Review means the workshop's own inspection, not a customer review (policy.md section 0 "
  "point 4).")
N("logistics-word", "en",
  "The carrier has marked parcel TBA913462057381 as undeliverable because the flat number "
  "is missing. Could you confirm it so we can send the parcel again?",
  "A tracking number and a delivery problem that needs critical information (policy.md A).")
N("remedy", "en",
  "We're sorry the ink bottle cracked in transit. A replacement bottle of Harbour Slate "
  "left today at no cost to you, and you don't need to send the broken one back.",
  "A replacement as a remedy, no review mentioned (policy.md B near-misses).")
N("remedy", "en",
  "I've refunded the whole amount for the ribbon that arrived dried out; it should show on your "
  "card within a few days.",
  "A refund as a remedy with no link to a review (policy.md C near-misses).")
N("lookalike-number", "en",
  "Your order 113-4135550-1267390 is with the carrier; the tracking number is "
  "TBA640285197534.",
  "The order id carries a 4135550 block that looks like a phone number (policy.md D "
  "near-misses).")
N("lookalike-number", "en",
  "Just to be precise: order 112-5550158-8814732 is the ribbon, and the notebook went out "
  "under a separate order, so you'll see two parcels.",
  "An order id containing 555-0158, the shop's phone digits (policy.md D near-misses).")
N("negation", "en",
  "We don't offer anything in return for reviews and never will; if you choose to write "
  "one, say whatever you honestly think.",
  "Denies any incentive; the choice to review is left open (policy.md C near-misses).")
N("refusal", "en",
  "Thanks for asking, but we can't send an extra notebook for a review; Amazon doesn't "
  "allow it, and we wouldn't want to anyway.",
  "Refuses a buyer's proposed swap (policy.md C1).")
N("neutral-request", "en",
  "Order 114-2287510-9036614: once you've had a few weeks with the Foxmoor notebook, we'd "
  "be glad to read your honest impressions on its Amazon page, whatever they turn out to "
  "be.",
  "One neutral request, no rating, reward or condition (interface.md; policy.md C "
  "near-misses).")
N("amazon-page", "en",
  "You can open the return under Your Orders in your Amazon account; choose 'item defective' and the "
  "label will be generated for you.",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
N("feedback-notice", "en",
  "Now that the second typewriter is working for you, Gideon, you're welcome to revisit the "
  "seller feedback you left earlier, or to leave it exactly as it is; the choice is entirely "
  "yours.",
  "The neutral seller-feedback notice after resolution, choice left to the buyer "
  "(policy.md C5; judgement call 4).")
N("answer", "en",
  "To your question: the money-off offer you saw is an Amazon coupon on the listing itself. "
  "Tick the box under the price before adding it to your basket and Amazon applies it.",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
N("quoted-buyer", "en",
  "You wrote, 'five-star machine, one-star spool'. Thank you for the photo of the cracked "
  "spool; a new one is in the post.",
  "Five-star appears only inside the buyer's quoted words (policy.md C near-misses).")
N("product-word", "en",
  "The Ferrule dip pen comes with a star-point nib, which gives a fine hairline on the "
  "upstroke; it is not a fountain pen, so it needs dipping.",
  "Star-point is the nib's name (policy.md C near-misses, product facts).")
N("warranty", "en",
  "The Corvina 88 carries a one-year warranty; if the carriage stops advancing, open a "
  "request through your Amazon order and we'll arrange the repair.",
  "Warranty handled through Amazon (policy.md D3 exception; D near-misses).")
N("price-paid", "en",
  "The price you paid, $189, already included the carrying case, so there's nothing extra "
  "to pay for it.",
  "States the price already paid; no offer (policy.md B near-misses).")
N("order-restate", "en",
  "Confirming what you asked for on order 111-7403395-5281046: two Spoolwise ribbons, "
  "black/red, for a Larkspur 3. We're switching the second one to all-black as you requested.",
  "Restates the buyer's order and acts on their request (policy.md A near-misses).")
N("carrier-site", "en",
  "The USPS tracking for 9405 5036 9930 0418 2275 61 shows it waiting at your local post "
  "office; you can collect it with ID.",
  "A carrier and tracking number, no link or phone (policy.md D near-misses).")
N("review-thanks", "en",
  "Thank you for mentioning your review in your message, and for the kind words about the "
  "packing. The platen knob you asked about leaves on Monday.",
  "Thanks in reply to a buyer who mentioned a review; nothing is asked (policy.md C "
  "near-misses).")
N("substring", "en",
  "Here's a preview of the type sample you asked for: the Corvina types in 10-pitch Pica. "
  "Order 113-6674019-2085537 is packed.",
  "Preview contains review as a substring (policy.md section 0 point 4).")
N("negation", "en",
  "We won't ask you for a rating ourselves; Amazon may send its own email about the "
  "purchase, and you're free to ignore it.",
  "No request, only Amazon's own mail mentioned (policy.md C near-misses).")
N("remedy", "en",
  "Because the typebar for the letter e arrived bent, we've refunded $25 of the purchase as "
  "a partial refund; the rest of the machine works, as you said.",
  "A partial refund as a remedy (policy.md A returns; C near-misses).")
N("lookalike-number", "en",
  "Your Royal Mail tracking number is QF582061937GB, and the order reference is "
  "206-3318840-5570192.",
  "Tracking and order numbers that could be read as phone numbers (policy.md D "
  "near-misses).")

# =============================================================== near-misses: Simplified
N("substring", "zs",
  "在亚马逊搜索评分筛选的时候，这款笔记本归在文具类，直接搜 Foxmoor A5 会更快找到。",
  "搜索评分 contains 索评 across a word boundary (policy.md section 0 point 4, C "
  "near-misses).")
N("logistics-word", "zs",
  "打字机已经打包好了，这个星期五交给顺丰，单号出来后我再发给您。",
  "星期 contains 星 but is a weekday (policy.md C near-misses).")
N("product-word", "zs",
  "这款蘸水笔配的是星芒笔尖，写出来的线条有粗细变化，不是钢笔，需要蘸墨水使用。",
  "星芒笔尖 is a nib shape (policy.md C near-misses, product facts).")
N("remedy", "zs",
  "色带寄错了颜色，非常抱歉，沈女士。我们已经免费补发一卷黑红双色的，原来那卷您留着就行。",
  "A free reshipment as a remedy (policy.md B near-misses).")
N("refusal", "zs",
  "您问能不能写评论换一瓶墨水，这个我们不能答应，亚马逊也不允许，您按真实感受来写就好。",
  "Refuses a review-for-ink swap the buyer proposed (policy.md C1).")
N("feedback-notice", "zs",
  "问题处理好了。如果您觉得已经解决，之前那条卖家反馈要不要更新由您自己决定，不更新也完全没关系。",
  "Neutral seller-feedback notice after resolution (policy.md C5).")
N("answer", "zs",
  "您看到的限时秒杀是亚马逊平台自己的活动，价格到点会自动变，我们这边没法提前锁定。",
  "Answers a question about an Amazon promotion (policy.md B near-misses).")
N("quoted-buyer", "zs",
  "您留言说“颜色比图片深，差评预警”，我们理解。海港灰在不同纸上确实会偏深，附上对比图给您参考。",
  "差评 is only in the buyer's quoted words (policy.md C near-misses).")
N("lookalike-number", "zs",
  "您的订单号是 112-9137705-4402681，顺丰单号 SF2047718365902，两天内会到。",
  "Order and tracking numbers, not phones (policy.md D near-misses).")
N("warranty", "zs",
  "打字机的保修期是一年，字锤要是断了，请在亚马逊订单里申请售后，我们负责维修。",
  "Warranty service through the Amazon order (policy.md D3 exception).")
N("price-paid", "zs",
  "您付的价格已经包含了两卷替换色带，所以包裹里多出来的那两卷不用另外付钱，姚老师。",
  "Explains what the price paid covered (policy.md B near-misses).")
N("order-restate", "zs",
  "跟您确认一下订单 114-8816024-3370915：一台 Corvina 88 打字机，配英文键盘，寄到上海。如有不对请直接回复。",
  "Restates the buyer's order (policy.md A near-misses).")
N("neutral-request", "zs",
  "订单 111-2950473-6618204 的笔记本用了一段时间以后，如果愿意，欢迎在商品页写下您的真实感受，好坏都可以。",
  "One neutral request naming both outcomes (interface.md; policy.md C near-misses).")
N("negation", "zs",
  "我们不会因为评价给任何返款或赠品，您怎么写都行，俞先生。",
  "Denies any incentive (policy.md C near-misses).")
N("review-word", "zs",
  "您提到的那篇评测用的是旧款 Larkspur 3，新款的回车杆已经改过了，不会再松动。",
  "评测 is a published product test, not a request (policy.md section 0 point 4).")
N("remedy", "zs",
  "墨水瓶漏了，退款已经原路退回到您的亚马逊账户，三到五个工作日到账，小棠。",
  "A refund through Amazon as a remedy (policy.md C near-misses).")
N("amazon-page", "zs",
  "退货请在亚马逊的“我的订单”里操作，原因选商品损坏，系统会自动生成退货标签，雷阿姨。",
  "Amazon's own returns page (policy.md D near-misses).")

# =============================================================== near-misses: Traditional
N("review-word", "zt",
  "我們出貨前會做一次打字評估，您那台的 e 鍵有點卡，已經調好了，預計週三出貨。",
  "評估 is the workshop check (policy.md section 0 point 4).", region="tw")
N("lookalike-number", "zt",
  "訂單 113-7795106-3318452 的色帶已經出貨了，請留意黑貓的簡訊通知。",
  "An order id, no phone (policy.md D near-misses).", region="tw")
N("quoted-buyer", "zt",
  "您說「這台打字機值得五顆星」，真的很謝謝。您問的色帶寬度是 13 毫米，一般通用款都能用喔。",
  "五顆星 is quoted from the buyer; the answer recommends no listing (policy.md C "
  "near-misses).", region="tw")
N("refusal", "zt",
  "您提到想改用 LINE 聯絡，不好意思，我們只能在亞馬遜的訊息裡回覆，有問題直接在這裡留言就好喔。",
  "Declines the buyer's request to move to LINE (policy.md D4).", region="tw")
N("answer", "zt",
  "您問的折價券是亞馬遜商品頁上的，結帳前勾選就會自動扣，我們這邊沒有另外的代碼，郭小姐。",
  "Explains an Amazon coupon the buyer asked about (policy.md B near-misses).",
  region="tw")
N("remedy", "zt",
  "部打字機個色帶軸斷咗，我哋已經免費寄咗個新嘅畀你，唔使寄返舊嗰個。",
  "A free part as a remedy (policy.md B near-misses).", region="hk")
N("feedback-notice", "zt",
  "問題解決咗，如果你覺得滿意，之前留低嘅賣家反饋改唔改都由你決定，我哋唔會再提。",
  "Neutral seller-feedback notice, left to the buyer (policy.md C5).", region="hk")
N("warranty", "zt",
  "訂單 112-1849672-0056319 部打字機有一年保養，之後字鎚有問題，喺亞馬遜訂單度申請就得。",
  "Warranty through Amazon (policy.md D3 exception).", region="hk")
N("negation", "zt",
  "我哋唔會叫你改評論，你照實寫就得，墨水嗰單我哋已經幫你退咗款，車太。",
  "Says the seller will not ask for a change (policy.md C4, C near-misses).", region="hk")

# =============================================================== near-miss: mixed
N("order-restate", "ms",
  "您订的 Spoolwise ribbon 是 black and red 双色的，order 113-0916347-5823168 今天已经发出。",
  "Restates the order in mixed Chinese and English (policy.md A near-misses).")

# =============================================================== clean
K("en", "The Corvina 88 takes standard half-inch ribbon spools; thread the ribbon through the "
  "guide in front of the type guide before you begin.",
  "Product help (policy.md A).")
K("en", "Your parcel is running two days late because of snow at the regional hub; we now "
  "expect it on Thursday rather than Tuesday.",
  "A delay notice, a permitted unexpected-problem message (policy.md A near-misses).")
K("en", "To lock the carriage for travel, slide it fully to the right and push the small "
  "lever beside the margin stop down.",
  "Product help (policy.md A).")
K("en", "The Tidemark inks are water-based and safe for most fountain pens; flush the pen "
  "with plain water when you switch colours.",
  "Product help (policy.md A).")
K("en", "The desk organiser is heavy, so the courier will need a signature; which weekday "
  "morning suits you for the delivery?",
  "Scheduling a heavy delivery (policy.md A).")
K("en", "Here is the stamping proof for your notebook cover: 'R. Ashdown, 2025'. Please "
  "confirm the spelling before we press it.",
  "Verifying a custom design (policy.md A).")
K("en", "Foxmoor refill paper is 90 gsm and punched for six rings, so it fits the A5 binder "
  "you bought, not the pocket size.",
  "Answers a fit question (policy.md A).")
K("en", "If the keys feel stiff after a cold journey, leave the machine indoors for a few "
  "hours before typing.",
  "Product help (policy.md A).")
K("en", "Sorry for the wait: the Larkspur 3 platen is rubber and can be resurfaced, though "
  "it won't need it for years.",
  "Answers a product question (policy.md A).")
K("en", "The notebook's dot grid is 5 mm, as in the photos, and the paper takes broad nibs "
  "without bleeding through.",
  "Product facts (policy.md A).")
K("en", "Customs in Norway asked for the invoice, which is attached so the parcel can clear.",
  "Sending an invoice, a permitted message (policy.md A).")
K("en", "To clean the typeface, use a soft brush and a little isopropyl alcohol; avoid "
  "soaking the slugs.",
  "Product care (policy.md A).")
K("en", "The bell rings about eight characters before the right margin; you can move that "
  "point by shifting the margin stop.",
  "Product help (policy.md A).")
K("zs", "打字机的色带轴是通用尺寸，装的时候先把色带穿过前面的导片，再扣到两边的轴上。",
  "Product help (policy.md A).")
K("zs", "因为物流中转站积压，您的包裹会晚两天到，预计下周一送达，给您添麻烦了。",
  "A delay notice (policy.md A near-misses).")
K("zs", "墨水是水性的，换颜色之前用清水把钢笔冲洗一遍，就不会混色。",
  "Product help (policy.md A).")
K("zs", "笔记本的内页是九十克纸，钢笔写上去不会透，粗尖也可以放心用。",
  "Product facts (policy.md A).")
K("zs", "桌面收纳架比较重，快递需要当面签收，请问您哪天上午方便收货？",
  "Scheduling a heavy delivery (policy.md A).")
K("zs", "您要压在封面上的名字是“陈墨”，请确认一下字有没有写错，确认后我们再压印。",
  "Verifying a custom design (policy.md A).")
K("zs", "冬天运输以后键盘可能会发紧，放在室内几个小时再用就好。",
  "Product help (policy.md A).")
K("zs", "回车杆要是松了，用附带的小扳手把侧面的螺丝拧紧半圈即可。",
  "Product help (policy.md A).")
K("zs", "您问的那台老式打字机我们没有配件，建议找本地的维修师傅看看。",
  "Answers a question with no off-Amazon contact (policy.md A).")
K("zs", "清洁字锤时用软毛刷蘸一点酒精轻轻刷，不要整个泡在液体里。",
  "Product care (policy.md A).")
K("zt", "筆記本內頁是活頁設計，寫滿之後換上同尺寸的內頁就能繼續用喔。",
  "Product facts (policy.md A).", region="tw")
K("zt", "因為颱風的關係，物流延後兩天出貨，預計下週二送到，造成不便很抱歉。",
  "A delay notice (policy.md A near-misses).", region="tw")
K("zt", "墨水瓶蓋請鎖緊再收起來，瓶身放平，避免墨水乾在瓶口，拜託留意一下。",
  "Product care (policy.md A).", region="tw")
K("zt", "部打字機好重，速遞要你親手簽收，請問你邊日上晝喺屋企方便收貨？",
  "Scheduling a heavy delivery (policy.md A).", region="hk")
K("zt", "啲墨水係水性嘅，轉色之前用清水沖一沖支筆就得。",
  "Product help (policy.md A).", region="hk")
K("zt", "你要刻喺封面嘅名係「容詠詩」，麻煩再確認下有冇寫錯，我哋先至開始壓字。",
  "Verifying a custom design (policy.md A).", region="hk")
K("ms", "The Corvina 88 的 margin stop 在 carriage 后面，往左推就能调节左边距。",
  "Product help in mixed Chinese and English (policy.md A).")


def records():
    recs = [dict(r) for r in RECS]
    random.Random(91).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h91-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECS), OUT))


if __name__ == "__main__":
    main()
