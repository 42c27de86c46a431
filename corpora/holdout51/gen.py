#!/usr/bin/env python3
"""Source of truth for holdout51.jsonl (hand-labelled test set, seller: Brindlewood Edge).

Every message text below is a Python literal.  Characters that are hard to see or that are
the point of an evasion (zero-width, full-width Latin, Cyrillic look-alikes, emoji, stars)
are written as \\u / \\U escapes.  Chinese characters and ordinary Chinese punctuation are
written as they are.

Each entry: R(category, lang, context, labels, subtypes, techniques, extra, text, note)
  category   "violation" | "evasion" | "near-miss" | "clean"
  lang       "en" | "zh" | "mixed"
  context    "reply" | "proactive"
  labels     string of letters: R = review-inducement, O = off-platform-contact, M = marketing
  subtypes   subtype tags, in label order (see README.md)
  techniques evasion techniques (evasion records only)
  extra      "traditional", "cantonese", "taiwanese" as applicable
The list is shuffled with random.Random(51) and numbered h51-001 ... h51-160.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout51.jsonl")

LABEL_CODES = {"R": "review-inducement", "O": "off-platform-contact", "M": "marketing"}
ORDER = ["review-inducement", "off-platform-contact", "marketing"]

ENTRIES = []


def R(category, lang, context, labels, subtypes, techniques, extra, text, note):
    ENTRIES.append(dict(category=category, lang=lang, context=context,
                        labels=[LABEL_CODES[c] for c in labels], subtypes=list(subtypes),
                        techniques=list(techniques), extra=list(extra), text=text, note=note))


V, E, N, C = "violation", "evasion", "near-miss", "clean"
TR = ["traditional"]
HK = ["traditional", "cantonese"]
TW = ["traditional", "taiwanese"]

# ---------------------------------------------------------------------------------------------
# VIOLATIONS (60): careful, polite wording; the ask and its condition or reward are split.
# ---------------------------------------------------------------------------------------------

# English (27)
R(V, "en", "proactive", "R", ["gating"], [], [],
  "Hello from the Brindlewood Edge workshop. Your Heron chef's knife (order 113-5529107-3368420) "
  "should have reached you about a week ago.\n\nIf it is cutting the way a good knife should, a few "
  "lines on the product page would mean a great deal to a four-person workshop. If anything feels "
  "off, even slightly, please write to us here first and give us the chance to make it right.",
  "Invites only satisfied buyers to post on the product page and steers unhappy ones to the seller first.")

R(V, "en", "proactive", "R", ["incentive"], [], [],
  "Thank you for choosing the Ridgeway combination stone. Once you've had a few sessions with it, "
  "we'd love to read your thoughts on Amazon. Reply here with the date you posted them. Every "
  "customer who does gets a pair of our leather edge guards in the post, at no charge.",
  "Promises free edge guards to buyers who confirm they posted a review.")

R(V, "en", "reply", "R", ["gating"], [], [],
  "Hi Marisol, what a lovely message, thank you. Hearing that the santoku glides through butternut "
  "squash without sticking is exactly why we grind them the way we do. If you have a spare minute, "
  "those same words on the listing would help other cooks who are still deciding.",
  "Answers a buyer's praise by asking her to repeat it on the listing, which is asking only a happy buyer to review.")

R(V, "en", "reply", "R", ["change-review"], [], [],
  "The replacement board left our workshop this morning with tracking 1Z9W41E70392815526, and we "
  "have refunded the shipping you paid on the first one. We hope that sets things straight.\n\n"
  "When it arrives, would you consider whether the comment on the product page still describes "
  "your experience? Most shoppers read the newest ones before they order.",
  "After a remedy, asks the buyer to reconsider the comment already posted on the product page.")

R(V, "en", "proactive", "R", ["steering"], [], [],
  "We're glad the Millrace board arrived safely (order 114-2083916-7751204). If you decide to write "
  "about it, the two things our buyers most want to know are that it stays put on the counter and "
  "that the juice groove really holds what you cut. A sentence on each would help them a lot.",
  "Tells the buyer what points to make in a review.")

R(V, "en", "proactive", "R", ["rating-request"], [], [],
  "Thanks again for your order of the Finch petty knife. Should you choose to rate it, we hope "
  "you'll feel it deserves the highest mark the form allows. That score decides whether a small "
  "maker like us shows up in search at all.",
  "Asks for the top rating without naming a number of stars.")

R(V, "en", "reply", "R", ["feedback-removal"], [], [],
  "We are glad the refund reached you yesterday. The note you left on our seller profile is now the "
  "only negative mark on our account this quarter, and Amazon weighs it heavily for small shops like "
  "ours. Since the matter is closed, we would be very grateful if it could come down.",
  "Asks for removal of seller feedback with account-health pressure rather than the neutral notice.")

R(V, "en", "proactive", "RM", ["incentive", "discount"], [], [],
  "Your Heron santoku has been with you for about ten days now, and we would be glad to hear how it "
  "is going in a product review. As a thank-you to everyone who writes one, your next knife from us "
  "is 20 percent lower. Just mention this order number when you buy.",
  "Offers a discount on a future purchase in return for a review, which is both an incentive and a promotion.")

R(V, "en", "reply", "O", ["url"], [], [],
  "Hi Derek, the rust spots you describe are surface oxidation from the sea air, not a defect. Rub "
  "them with a wine cork and a little baking soda paste, rinse, dry straight away, and wipe a drop "
  "of mineral oil along the spine. It should look new in five minutes.\n\nKind regards,\n"
  "Tomas | Brindlewood Edge\nbrindlewoodedge.com/care",
  "A helpful reply whose signature block carries the shop's own web address.")

R(V, "en", "reply", "O", ["phone"], [], [],
  "Grinding a new bevel on a chipped tip is easier to explain out loud than in writing. Our "
  "bladesmith Anneke is at the bench Tuesday to Thursday and is happy to talk you through it: "
  "+1 (503) 555-0147.",
  "Gives a phone number for after-sales help outside Amazon messaging.")

R(V, "en", "reply", "O", ["email"], [], [],
  "The photos came through a bit small for us to judge the chip. Amazon compresses attachments, so "
  "if you still have the originals, please send them to our workshop inbox instead: "
  "bench@brindlewoodedge.com. We'll look at them the same day.",
  "Moves the conversation to the shop's own e-mail address.")

R(V, "en", "reply", "O", ["payment"], [], [],
  "We're so sorry the stone arrived with a corner knocked off. Rather than putting you through a "
  "return, we can send you half of what you paid straight away. Which e-mail address is your PayPal "
  "account under?",
  "Offers a partial refund through PayPal instead of through the Amazon order.")

R(V, "en", "reply", "OM", ["diversion", "discount"], [], [],
  "To answer your question about a second board: the same Slate maple board is also sold through "
  "our own web shop. Ordering there skips the marketplace fee, so it works out about fifteen dollars "
  "cheaper, and it ships from the same workshop.",
  "Sends the buyer to buy outside Amazon and pitches a lower price there.")

R(V, "en", "proactive", "O", ["social"], [], [],
  "Your Ridgeway stone should arrive tomorrow. Before the first session it's worth seeing how our "
  "bladesmith soaks and flattens hers; she films a short sharpening lesson every Sunday. You'll find "
  "them all on Instagram under @brindlewood.edge.",
  "Points the buyer to the shop's social media account for product help.")

R(V, "en", "reply", "O", ["diversion"], [], [],
  "Amazon's message system sometimes holds our replies back by a day. If you'd like quicker answers "
  "while you're learning to sharpen, reply with the best personal e-mail address to reach you and "
  "we'll carry on the conversation from there.",
  "Asks for the buyer's own e-mail address to continue the conversation off Amazon.")

R(V, "en", "proactive", "M", ["new-product", "cross-sell"], [], [],
  "Thank you for your order of the Heron chef's knife (113-8061274-4419530). A note from the "
  "workshop: the walnut magnetic strip, cut from the same boards as your handle, is now listed "
  "right next to it. It keeps the edge away from the cutlery drawer.",
  "Announces a new matching product in an order message.")

R(V, "en", "proactive", "M", ["restock", "cross-sell"], [], [],
  "Customers who bought the 1000/6000 combination stone often ask us about a finer stone for a "
  "mirror finish. The 8000-grit Ridgeway is back in stock this week after a long wait, and it sits "
  "on the same bamboo base you already have.",
  "Unrequested restock notice for a related product.")

R(V, "en", "proactive", "M", ["buy-again", "discount"], [], [],
  "We hope the beeswax conditioner has kept your board looking fresh. A tin usually lasts about four "
  "months, so yours may be running low around now. Until the end of the month, previous customers "
  "see a lower price on the refill tin at checkout.",
  "Pushes a repeat purchase with a returning-customer price.")

R(V, "en", "reply", "M", ["referral"], [], [],
  "We're so glad the knife made your brother-in-law jealous! If he'd like one of his own, have him "
  "mention your name in his first message to us after ordering. We'll look after you both.",
  "Invites a referral with an unstated reward for both people.")

R(V, "en", "reply", "M", ["bundle"], [], [],
  "Ten minutes in water is enough for the 1000 side; the 6000 side only needs a splash. Since you're "
  "getting into sharpening, you might like to know that the stone, its bamboo base and the "
  "flattening plate are also sold as a set for less than the three separately.",
  "Adds an unrequested bundle pitch to a care answer.")

R(V, "en", "proactive", "M", ["vip-list"], [], [],
  "Our workshop keeps a short list of customers who get first pick whenever a hand-forged batch is "
  "finished, usually a dozen knives at a time, before they go on sale to everyone else. Just reply "
  "'list' if you would like your name on it.",
  "Invites the buyer to an early-access customer list.")

R(V, "en", "proactive", "R", ["gating"], [], [],
  "A short note about your Slate board: we read every comment that comes in. Those who are enjoying "
  "it tend to tell other shoppers on the product page, and it helps us more than we can say. Those "
  "who have run into a problem are welcome to bring it straight to us instead, so we can sort it "
  "out before anything is posted.",
  "Encourages happy buyers to post and diverts unhappy buyers away from posting.")

R(V, "en", "reply", "R", ["incentive"], [], [],
  "We're happy to help with the scratch on the bolster. In cases like this we usually refund part of "
  "the price once the customer's experience is up on the listing. Let us know when yours is there "
  "and we'll process it the same day.",
  "Makes a partial refund conditional on a review being posted.")

R(V, "en", "proactive", "RO", ["incentive", "payment"], [], [],
  "We hope the Finch petty knife is earning its place in your kitchen. When you've written a few "
  "words about it under the listing, send us a screenshot and your Venmo name. A small thank-you "
  "goes out the same evening.",
  "Offers money for a review and pays it through Venmo.")

R(V, "en", "proactive", "OM", ["url", "new-product"], [], [],
  "Our spring run of nakiri knives in blue-paper steel has just come off the bench, forty pieces in "
  "all. You can see the whole run, and the matching wooden sayas, at brindlewoodedge.com/spring.",
  "Announces new products and links to the shop's own website.")

R(V, "en", "reply", "R", ["change-review"], [], [],
  "Hi Mr. Haldane, we saw your comments about the gap at the handle, and we agree it should never "
  "have left the workshop like that. A new knife is already on its way and you can keep the first "
  "one. Once you've tried the replacement, we hope your words on the product page might catch up "
  "with how things turned out.",
  "Pairs a remedy with a hint that the posted review should be updated.")

R(V, "en", "reply", "R", ["rating-request"], [], [],
  "That's very kind of you, thank you. When the form comes up, we'll be hoping the knife has earned "
  "every point on the scale from you.",
  "Answers a buyer who plans to review by asking for the maximum score.")

# Chinese, Simplified (13)
R(V, "zh", "proactive", "R", ["gating"], [], [],
  "您好，这里是 Brindlewood Edge 工作室。您订购的主厨刀（订单号 112-6604819-2297351）应该已经到货几天了。"
  "如果用起来顺手，欢迎在商品页面说几句您的感受；如果有任何不顺心的地方，请先在这里回复我们，我们会尽快处理，"
  "不必急着在页面上写。",
  "Invites satisfied buyers to post and asks dissatisfied buyers to contact the seller instead.")

R(V, "zh", "proactive", "R", ["incentive"], [], [],
  "感谢您选择我们的组合磨刀石。等您用过几次之后，欢迎在亚马逊上分享使用心得。分享后回复这条消息告诉我们一声就好。"
  "我们给这样做的顾客准备了一对皮质刀套，直接寄到府上。",
  "Promises free knife guards to buyers who report that they posted a review.")

R(V, "zh", "reply", "R", ["gating"], [], [],
  "看到您说三德刀切番茄一点都不挤汁，我们整个工作室都很开心！如果方便的话，把这段话原样发到商品页上，"
  "对还在犹豫的买家会很有参考价值。",
  "Asks a buyer who just praised the knife to post the praise on the product page.")

R(V, "zh", "reply", "R", ["change-review"], [], [],
  "新砧板已经寄出，运费也已经退还给您。等您收到后，如果觉得问题确实解决了，商品页上之前那段文字能不能也顺便"
  "更新成现在的情况？后来的买家大多只看最新的几条。",
  "Asks the buyer to update the text already posted on the product page after a remedy.")

R(V, "zh", "proactive", "R", ["steering"], [], [],
  "您的核桃木砧板已经签收。如果您打算写点什么，大家最想了解的是板子在台面上稳不稳、导流槽能不能兜住汁水，"
  "麻烦各提一句，配上一张切菜的照片就更好了。",
  "Tells the buyer which points and which photo to include in a review.")

R(V, "zh", "proactive", "O", ["qr", "messaging-app"], [], [],
  "磨刀石第一次使用前需要浸水十分钟。另外，包装盒里卡片背面有一个二维码，扫码就能进我们的售后群，"
  "师傅每天晚上在群里解答磨刀问题，比在这里留言快得多。",
  "Sends the buyer through a QR code into an outside chat group for support.")

R(V, "zh", "reply", "O", ["diversion"], [], [],
  "崩口的位置从照片上看不太清楚。方便的话留个手机号，我们的师傅直接打给您，电话里讲一遍比来回打字清楚多了。",
  "Asks for the buyer's phone number to continue support by telephone outside Amazon.")

R(V, "zh", "reply", "OM", ["diversion", "discount"], [], [],
  "如果您还想给家里人配一把，下次可以直接找我们订，不走平台能省下一笔佣金，我们按出厂价给您。",
  "Invites the buyer to order directly from the seller, off Amazon, at a lower price.")

R(V, "zh", "proactive", "M", ["new-product", "vip-list"], [], [],
  "我们这一季手工锻造的菜切刀下周开始发售，一共只有三十把。之前买过我们刀的顾客，开售前两天可以按上一批的价格"
  "优先下单。",
  "Announces a new product with early access at an old price for past buyers.")

R(V, "zh", "proactive", "M", ["buy-again", "discount"], [], [],
  "距离您购买砧板保养油已经三个月了，一般这个时候瓶子快见底了。回购的话在我们的店铺首页就能找到，"
  "本月老顾客再次购买立减五美元。",
  "Pushes a repeat purchase with a price cut for returning customers.")

R(V, "zh", "reply", "R", ["feedback-removal"], [], [],
  "退款应该已经到账了吧？您在店铺反馈里留的那条，是我们这个季度唯一一条不好的，对小店的账户影响很大。"
  "既然问题已经解决，能不能麻烦您撤下来？",
  "Asks for removal of seller feedback with pressure about account health.")

R(V, "zh", "reply", "RM", ["incentive", "discount"], [], [],
  "谢谢您愿意抽空写几句。发布以后把截图发给我们，下次在店里买任何一款刀，我们都给您打八五折。",
  "Offers a discount on the next purchase for proof of a posted review.")

R(V, "zh", "reply", "M", ["cross-sell"], [], [],
  "把粗砂纸铺在玻璃板上，来回磨到表面平整就可以了。如果您以后经常磨刀，我们的修正石和磨刀石是同一个系列，"
  "放在一起买还能省运费，在商品页下方就能看到。",
  "Adds an unrequested cross-sell to a flattening answer.")

# Chinese, Traditional: Hong Kong Cantonese (6)
R(V, "zh", "proactive", "R", ["gating"], [], HK,
  "你好，呢度係 Brindlewood Edge 工作室。你買嘅廚師刀應該收到咗幾日。如果用得順手，得閒喺產品頁寫幾句，"
  "對我哋呢啲細工作室幫助好大；如果有咩唔啱，麻煩你先喺度話我哋知，唔使急住寫。",
  "Invites a satisfied buyer to post and asks a dissatisfied one to tell the seller first.")

R(V, "zh", "reply", "R", ["incentive"], [], HK,
  "多謝你咁快回覆！你喺亞馬遜寫完用後感之後，將截圖傳過嚟就得。我哋會寄一對皮刀套畀你，當係小小心意。",
  "Promises free knife guards for a screenshot of a posted review.")

R(V, "zh", "reply", "O", ["messaging-app", "phone"], [], HK,
  "張相有啲矇，睇唔清個崩口。如果方便，可以喺 Signal 搵我哋（+44 7700 900461），直接傳原圖，"
  "師傅睇完即刻覆你。",
  "Moves support to a messaging app and a phone number.")

R(V, "zh", "proactive", "M", ["new-product", "discount"], [], HK,
  "多謝你上個月買咗我哋塊砧板。同你塊砧板同一批木做嘅刀座啱啱上架，舊客落單仲會平啲，有興趣可以留意下。",
  "Announces a new matching product with a returning-customer price.")

R(V, "zh", "reply", "R", ["change-review"], [], HK,
  "新刀已經寄出咗，舊嗰把你留低用都得。等你試過新嗰把，如果覺得件事處理得妥當，可唔可以考慮將產品頁嗰段留言，"
  "改返做而家嘅情況？",
  "Asks the buyer to edit the posted product-page comment after a replacement.")

R(V, "zh", "proactive", "OM", ["diversion", "discount"], [], HK,
  "我哋喺觀塘工廈有個細陳列室，逢星期六開放。你得閒可以上嚟試下其他刀，即場買仲有舊客價。",
  "Invites the buyer to buy at a physical showroom outside Amazon with a returning-customer price.")

# Chinese, Traditional: Taiwan (6)
R(V, "zh", "proactive", "R", ["gating"], [], TW,
  "您好，這裡是 Brindlewood Edge。您訂的三德刀應該已經到貨了。如果用起來還順手，再麻煩您到商品頁分享一下心得喔；"
  "要是有哪裡不滿意，請先傳訊息跟我們說，我們一定幫您處理到好，不用急著寫。",
  "Asks satisfied buyers to post and diverts unhappy buyers to the seller first.")

R(V, "zh", "proactive", "O", ["messaging-app"], [], TW,
  "磨刀石到貨後如果抓不太到角度，可以加我們的官方 LINE（ID：@bwedge.tw），師傅會傳示範影片給您，"
  "比在這邊來回留言方便很多。",
  "Invites the buyer to a messaging-app account for support.")

R(V, "zh", "proactive", "R", ["incentive"], [], TW,
  "感謝您購買我們的砧板。使用一陣子之後，歡迎在亞馬遜上留下您的使用心得。留完之後回覆這則訊息跟我們說一聲，"
  "我們會準備一罐保養蜜蠟寄給您，當作一點小心意。",
  "Promises a free tin of wax to buyers who report a posted review.")

R(V, "zh", "reply", "M", ["bundle"], [], TW,
  "這把小刀用您買的磨刀石完全沒問題。順帶一提，刀、磨刀石跟修正石我們有出組合，一起買比分開買划算不少，"
  "很適合想入門的朋友。",
  "Adds an unrequested bundle offer to a compatibility answer.")

R(V, "zh", "reply", "R", ["steering"], [], TW,
  "謝謝您願意分享！寫的時候如果可以提到刀子很輕、切洋蔥不會黏刀，對其他買家最有幫助，再附一張切菜的照片就更完美了。",
  "Tells the buyer what to mention in a review.")

R(V, "zh", "reply", "O", ["payment"], [], TW,
  "真的很不好意思，刀尖有個小崩口。為了不讓您麻煩退貨，我們可以直接退一半的金額給您，請問您方便用街口支付"
  "還是銀行轉帳？留個帳號給我們就可以。",
  "Offers a partial refund through an outside payment app or bank transfer.")

# Chinese, Traditional: neutral (2)
R(V, "zh", "reply", "R", ["rating-request"], [], TR,
  "感謝您的支持。若您之後在評分頁面打分，希望這把刀能在您心中拿到最高的分數，這對我們這樣的小工作室能不能被看見"
  "非常重要。",
  "Asks for the highest rating without naming stars.")

R(V, "zh", "proactive", "M", ["vip-list"], [], TR,
  "每一批手工鍛造的刀完成時，我們會先通知一小群老顧客優先挑選，通常只有十二把。若您想加入名單，回覆「加入」即可。",
  "Invites the buyer to an early-access list for new batches.")

# Mixed (6)
R(V, "mixed", "proactive", "R", ["gating"], [], [],
  "Hi Grace，您的 Heron santoku 应该到了。If it's cutting well，欢迎在 product page 上写几句；"
  "如果有任何问题，please message us here first，我们先帮您解决。",
  "Invites satisfied buyers to post and routes unhappy ones to the seller first.")

R(V, "mixed", "reply", "O", ["email"], [], [],
  "收到您的照片了，不过 Amazon 压缩得太厉害。Could you send the originals to our workshop inbox？"
  "地址是 bench@brindlewoodedge.com，我们 same day 回复。",
  "Moves the conversation to the shop's e-mail address.")

R(V, "mixed", "proactive", "M", ["new-product", "discount"], [], HK,
  "Hi Mrs. Wong，你嗰塊 end-grain board 用得點呀？我哋新出咗 matching 嘅 knife block，同一批 walnut 做，"
  "舊客 order 有 early-bird price。",
  "Announces a new matching product with an early price for past buyers.")

R(V, "mixed", "reply", "R", ["incentive"], [], HK,
  "多謝你嘅 message！你喺 Amazon 寫完感想之後 screenshot 畀我哋，我哋會 send 返一套 edge guards 畀你，"
  "小小心意。",
  "Offers free edge guards for a screenshot of a posted review.")

R(V, "mixed", "reply", "OM", ["messaging-app", "referral"], [], [],
  "如果你朋友也想要一把，let him add our WeChat 直接下单，你们两个人都有 discount。",
  "Sends a referred friend to order through a messaging app with a reward for both.")

R(V, "mixed", "reply", "R", ["change-review"], [], TW,
  "退款已經處理好了，真的很抱歉這次的 experience。等您有空的時候，可以幫我們看一下商品頁上那則 comment "
  "是否還符合現在的狀況嗎？如果能 update 一下我們會非常感激。",
  "Asks the buyer to update a posted product-page comment after a refund.")

# ---------------------------------------------------------------------------------------------
# EVASIONS (30): deliberate disguise of a keyword, handle, number or code.
# ---------------------------------------------------------------------------------------------

# English (13)
R(E, "en", "reply", "O", ["messaging-app", "phone"], ["zero-width"], [],
  "If sharpening questions come up while you're at the stone, our bladesmith answers fastest on "
  "Whats\u200bApp: +1 (971) 555-0123.",
  "Messaging-app name split by a zero-width space, with a phone number.")

R(E, "en", "reply", "O", ["email"], ["spelled-email"], [],
  "Amazon shrinks photos, so for a proper look at the edge please send the full-size pictures to "
  "bench at brindlewoodedge dot com.",
  "E-mail address spelled out with 'at' and 'dot'.")

R(E, "en", "proactive", "R", ["rating-request"], ["emoji"], [],
  "Thanks for your order! When Amazon asks how the Heron did, we'd be thrilled to see "
  "\u2b50\u2b50\u2b50\u2b50\u2b50 from you.",
  "Asks for a five-star rating written as five star emoji.")

R(E, "en", "proactive", "R", ["incentive"], ["homoglyph"], [],
  "Leave an honest r\u0435vi\u0435w of the stone and send us the link. W\u0435'll r\u0435fund th\u0435 "
  "full price.",
  "Offers a full refund for a review, with Cyrillic e in the key words.")

R(E, "en", "reply", "O", ["phone"], ["number-words"], [],
  "Easiest way to sort out the chip is a quick call: five oh three, five five five, oh one six eight. "
  "Ask for Anneke.",
  "Phone number written out in words.")

R(E, "en", "reply", "O", ["url"], ["spacing"], [],
  "Full care guide with photos: b r i n d l e w o o d e d g e . c o m / care",
  "Shop website spelled with spaces between the letters.")

R(E, "en", "proactive", "M", ["coupon"], ["leetspeak"], [],
  "Your next stone is 15% off with c0de GR1T15 at checkout.",
  "Discount code introduced with a digit in place of a letter.")

R(E, "en", "proactive", "RO", ["incentive", "payment"], ["fullwidth"], [],
  "Once your write-up is live, a screenshot plus your \uff30\uff41\uff59\uff30\uff41\uff4c address "
  "gets you ten dollars back.",
  "Pays for a review through PayPal, written in full-width letters.")

R(E, "en", "proactive", "O", ["social"], ["homoglyph"], [],
  "Our Sunday sharpening lessons are on \u0406nst\u0430gr\u0430m, @brindlewood.edge.",
  "Social network name with Cyrillic look-alike letters, plus a handle.")

R(E, "en", "proactive", "R", ["gating"], ["spacing"], [],
  "If you love the knife, please leave a r e v i e w. If not, message us first and we'll fix it "
  "before you post anything.",
  "Review gating with the key word spaced out.")

R(E, "en", "reply", "O", ["messaging-app"], ["leetspeak"], [],
  "For quicker answers, ping us on T3legr4m, @bwedge_help.",
  "Messaging-app name in leetspeak with a handle.")

R(E, "en", "proactive", "M", ["new-product", "discount"], ["emoji"], [],
  "Heads up for previous buyers \U0001f52a the new nakiri is live and it's \U0001f51f% off for you "
  "until Sunday.",
  "New-product discount with the percentage written as a keycap emoji.")

R(E, "en", "reply", "R", ["change-review"], ["leetspeak"], [],
  "Now that the replacement has landed, would you consider upd4ting your r3view?",
  "Asks to change a review with digits in the key words.")

# Chinese, Simplified (7)
R(E, "zh", "proactive", "R", ["incentive"], ["pinyin"], [],
  "等您在商品页写完 pingjia，回复一句就行，我们会寄一块修正石给您当谢礼。",
  "Gift for a posted review, with the word for review in pinyin.")

R(E, "zh", "reply", "O", ["messaging-app"], ["homophone"], [],
  "磨刀角度不好用文字说明，加一下师傅的威芯 bwedge_care，视频里演示一遍就明白了。",
  "Messaging-app name replaced by a homophone, with a handle.")

R(E, "zh", "proactive", "R", ["rating-request"], ["homophone"], [],
  "如果您觉得这把刀还不错，麻烦给个好苹，对我们小店真的很重要。",
  "Asks for a positive review with a homophone for the word.")

R(E, "zh", "reply", "O", ["phone"], ["cn-numerals"], [],
  "崩口的修法电话里讲最清楚，师傅的号码是 +1 五零三 五五五 零一四七，工作日都在。",
  "Phone number written in Chinese numerals.")

R(E, "zh", "proactive", "R", ["gating"], ["spacing"], [],
  "用得满意就去商品页 写/个/评/价，有问题先私信我们，别急着写。",
  "Review gating with the key words split by slashes.")

R(E, "zh", "proactive", "M", ["coupon"], ["fullwidth"], [],
  "下次购买磨刀石，结账时输入 \uff22\uff37\uff25\uff12\uff10，直接减二十美元。",
  "Discount code written in full-width characters.")

R(E, "zh", "proactive", "O", ["social"], ["zero-width"], [],
  "我们的磨刀教学视频都在小\u200b红\u200b书上，搜 Brindlewood 就能找到。",
  "Social platform name broken up with zero-width spaces.")

# Chinese, Traditional (6)
R(E, "zh", "reply", "O", ["messaging-app", "phone"], ["spacing"], HK,
  "有咩問題可以直接 W h a t s A p p 我哋：+44 7700 900275，師傅即刻覆。",
  "Messaging-app name spaced out letter by letter, with a phone number.")

R(E, "zh", "proactive", "R", ["rating-request", "incentive"], ["homophone"], HK,
  "用得開心就幫我哋留個好平，截圖傳過嚟，返你八十蚊。",
  "Cash for a positive review, with a Cantonese homophone for the word.")

R(E, "zh", "proactive", "R", ["rating-request"], ["emoji"], HK,
  "如果把刀用得開心，評分嗰陣記得畀足 \u2b50\u2b50\u2b50\u2b50\u2b50 呀！",
  "Asks for five stars written as emoji.")

R(E, "zh", "reply", "O", ["messaging-app"], ["fullwidth"], TW,
  "想要師傅看刀口照片的話，加官方\uff2c\uff29\uff2e\uff25："
  "\uff20\uff42\uff57\uff45\uff44\uff47\uff45\uff0e\uff54\uff57，比較快喔。",
  "Messaging-app name and handle in full-width characters.")

R(E, "zh", "proactive", "R", ["rating-request", "gating"], ["cn-numerals"], TW,
  "如果您覺得滿意，請給我們滿分的伍顆星；不滿意的話先私訊我們喔。",
  "Asks for a top rating written with a financial numeral and gates unhappy buyers.")

R(E, "zh", "proactive", "OM", ["url", "discount"], ["zero-width"], TW,
  "下次買刀可以直接到我們官網 brindlewood\u200bedge\u200b.com 下單，老客人打九折。",
  "Website with zero-width spaces inside, plus a returning-customer discount.")

# Mixed (4)
R(E, "mixed", "reply", "R", ["incentive"], ["leetspeak"], [],
  "Hi Leo，刀用得还顺手吗？写完 r3view 之后 send 个截图，我们会把 shipping fee 退给你。",
  "Refunds shipping for proof of a review, with the word in leetspeak.")

R(E, "mixed", "reply", "O", ["messaging-app"], ["pinyin"], [],
  "照片太小看不清，加我 weixin：bwedge_care，send 原图 to me，we can reply faster there。",
  "Messaging-app name in pinyin with a handle.")

R(E, "mixed", "reply", "O", ["phone"], ["number-words"], [],
  "想听师傅讲解的话，just call 我们 at five-oh-three, five-five-five, oh-one-nine-two，Tuesday to Thursday 都在。",
  "Phone number written in English words inside a Chinese message.")

R(E, "mixed", "proactive", "M", ["coupon"], ["homoglyph"], HK,
  "舊客專屬 c\u043ede：BWE-HK25，下次 order 磨刀石嗰陣 enter 落去，就會 apply 到 discount。",
  "Returning-customer code with a Cyrillic o in the word code.")

# ---------------------------------------------------------------------------------------------
# NEAR-MISSES (50): compliant for the three policies, full of trigger words in allowed senses.
# ---------------------------------------------------------------------------------------------

# English (23)
R(N, "en", "reply", "", [], [], [],
  "Thank you for letting us know about your five-star review, Priya, that genuinely made our week. "
  "For the petty knife's tip, five or six light strokes on the 6000 side every few weeks will keep "
  "it keen.",
  "Thanks a buyer for a review she mentioned, with no request.")

R(N, "en", "proactive", "", [], [], [],
  "Hello from Brindlewood Edge. Your Slate maple board (order 114-7730215-0948861) was delivered "
  "about two weeks ago. If you have a moment, we'd welcome an honest review on Amazon, whatever your "
  "experience has been; good or bad, it helps the next cook decide.",
  "A single neutral review request with no condition or reward.")

R(N, "en", "reply", "", [], [], [],
  "Thanks for offering your WhatsApp number, but we can only help through Amazon messages, so "
  "please don't send it. Photos attached to this thread reach us fine, and we'll reply here within "
  "a day.",
  "Declines an outside messaging app and keeps the conversation on Amazon.")

R(N, "en", "reply", "", [], [], [],
  "To remove the burr, change to the 6000 side and review your angle every few strokes. If the edge "
  "still feels rough, it may need a fresh bevel; that's normal after a chip, and there's no need to "
  "return the knife.",
  "Sharpening advice that uses remove, change, review and return in their ordinary senses.")

R(N, "en", "reply", "", [], [], [],
  "The 10% coupon you saw on the listing was an Amazon promotion that ran until Sunday. We can't "
  "apply it to an order placed afterwards, and we don't run any codes of our own. Sorry for the "
  "confusion.",
  "Explains an Amazon coupon the buyer asked about without offering one.")

R(N, "en", "reply", "", [], [], [],
  "We're sorry the stone cracked in transit. A replacement is on its way free of charge, and there's "
  "no need to send the broken one back. Tracking: 1Z9W41E70381194402.",
  "A free replacement as a remedy, with a tracking number.")

R(N, "en", "reply", "", [], [], [],
  "Your two orders, 113-5920447-1830296 and 113-5920447-1830311, were placed a minute apart. We've "
  "cancelled the second one as you asked; the refund of $64.00 should reach your card within three "
  "to five business days.",
  "Order ids and a refund in a cancellation the buyer asked for.")

R(N, "en", "reply", "", [], [], [],
  "We're not able to send refunds through PayPal or any other service outside Amazon. The partial "
  "refund of $18.50 for the scuffed box has been issued through your order, back to the card you "
  "paid with.",
  "Names PayPal only to refuse it; the refund goes through Amazon.")

R(N, "en", "reply", "", [], [], [],
  "The code stamped on the side of the stone, K-1000/6000, is the grit rating of each face: 1000 "
  "for setting the edge, 6000 for polishing it. The little star next to it just marks the coarse "
  "side.",
  "Code, rating and star describe markings on the product.")

R(N, "en", "reply", "", [], [], [],
  "Nothing else is needed on your side. Amazon may send you an e-mail later asking about your "
  "purchase; answering it is entirely optional.",
  "Mentions Amazon's own review e-mail as information only.")

R(N, "en", "proactive", "", [], [], [],
  "A quick update on order 112-3849012-6627450: the end-grain board needs two more days for its "
  "final oil coat to cure, so it will ship on Thursday instead of Tuesday. We're sorry for the wait.",
  "A proactive delay notice, which is a permitted message.")

R(N, "en", "proactive", "", [], [], [],
  "Before we engrave your Heron chef's knife (order 113-0416753-2208819), please confirm the text "
  "exactly as it should appear: 'For Rosalind, 12.05'. Reply with any change and we'll start once "
  "it's confirmed.",
  "Verifies a custom engraving, a permitted proactive message.")

R(N, "en", "reply", "", [], [], [],
  "Thank you for confirming the replacement stone arrived flat and in one piece. If you are "
  "satisfied that we have resolved your concerns, it is possible to update or remove the seller "
  "feedback you left earlier; whether you do is entirely up to you.",
  "The neutral seller-feedback notice after resolution that Amazon gives as acceptable.")

R(N, "en", "reply", "", [], [], [],
  "We read your comments about the gap at the handle on the product page, and you're right, it "
  "should not have passed our check. A new knife goes out tomorrow at no cost, and you can keep the "
  "first. There's nothing you need to do in return.",
  "A remedy after a negative review that asks for nothing back.")

R(N, "en", "reply", "", [], [], [],
  "We're not able to take phone calls, I'm afraid, but we're happy to walk you through the angle "
  "here, step by step. Start with the spine about two coins' height off the stone.",
  "Refuses a phone call and keeps help in the thread.")

R(N, "en", "reply", "", [], [], [],
  "You're right that the price dropped by $20 two days after you ordered; that was a pricing mistake "
  "on our side, fixed the same afternoon. We've refunded the difference to you through Amazon, so "
  "there's nothing more to do.",
  "Price error and refund explained, no promotion.")

R(N, "en", "reply", "", [], [], [],
  "The knife in the main photo is the current version. The new handle shape arrived in spring, and "
  "it's the one you received; nothing has changed in the steel.",
  "Answers a question about a new handle; no product is pitched.")

R(N, "en", "reply", "", [], [], [],
  "We keep every customer conversation inside Amazon, so we won't be sharing a website or an "
  "Instagram account here. Anything you'd like to ask, send it in this thread and we'll answer.",
  "Declines to share a website or social account.")

R(N, "en", "reply", "", [], [], [],
  "Whenever suits you, and whatever you want to say is entirely your call. We're just glad the "
  "board arrived before the holiday.",
  "Answers a buyer's question about when to review without steering or asking.")

R(N, "en", "reply", "", [], [], [],
  "You can start the return from Your Orders on amazon.com; the prepaid label will appear there. "
  "Once the carrier scans the parcel, the refund is issued automatically.",
  "Points to Amazon's own returns page.")

R(N, "en", "reply", "", [], [], [],
  "The 3000 stone should be back in stock around the 20th. You're welcome to check the listing then; "
  "we won't send reminders.",
  "Gives the restock date the buyer asked for, without a pitch.")

R(N, "en", "reply", "", [], [], [],
  "Yes, the conditioner is food-safe and free from nut oils; it's plain mineral oil and beeswax. "
  "The 'new formula' sticker on the tin only refers to the switch to a recyclable lid.",
  "Free and new are product facts, not offers.")

R(N, "en", "reply", "", [], [], [],
  "The leather guard that came with your knife isn't a gift or an extra; it's part of the standard "
  "package, so there's no charge for it and nothing to send back.",
  "Gift and extra are denied in a packaging answer.")

# Chinese, Simplified (11)
R(N, "zh", "reply", "", [], [], [],
  "看到您说已经写了好评，真的很感谢！主厨刀第一次磨之前不用急，先用陶瓷棒荡几下就能恢复锋利。",
  "Thanks a buyer for a review she mentioned and gives care advice, with no request.")

R(N, "zh", "reply", "", [], [], [],
  "我们检索评测资料后确认，您这块磨刀石的两面分别是1000目和6000目，粗的一面用于开刃，细的一面用于抛光。",
  "Contains the substring of a review-solicitation word inside an unrelated word.")

R(N, "zh", "reply", "", [], [], [],
  "已按您的要求取消重复下的那一单（订单号 113-2284705-9911638），另一单正常发货，退款会原路退回。",
  "Cancellation and refund the buyer asked for, with an order id.")

R(N, "zh", "reply", "", [], [], [],
  "收货地址已经帮您修改为新地址，包裹还没有交给承运商，所以不会影响送达时间。",
  "Address change, a logistics use of the word modify.")

R(N, "zh", "reply", "", [], [], [],
  "谢谢您想加微信沟通，不过按照亚马逊的规定，我们只能在这里和您联系。照片直接在这条消息里上传就可以，"
  "我们会在一天内回复。",
  "Declines an outside messaging app.")

R(N, "zh", "proactive", "", [], [], [],
  "您好，您的胡桃木砧板（订单号 112-9150386-4472013）已经签收两周了。方便的时候，欢迎在亚马逊上写下真实的"
  "使用感受，无论好坏，对其他买家都有帮助。",
  "A single neutral review request with no condition or reward.")

R(N, "zh", "reply", "", [], [], [],
  "很抱歉磨刀石在运输中裂开了。我们已经为您免费补发一块，坏的那块不用寄回，直接处理掉就好。",
  "A free replacement as a remedy.")

R(N, "zh", "reply", "", [], [], [],
  "您看到的八折优惠券是亚马逊平台的活动，结算时自动抵扣，已经在周日结束了。我们这边没办法补用，"
  "也没有自己的优惠码，抱歉给您带来困扰。",
  "Explains an Amazon coupon the buyer asked about without offering one.")

R(N, "zh", "reply", "", [], [], [],
  "刀根上刻的小五角星是我们的批次标记，不是瑕疵。每一批的记号都不一样，这一批刚好用的是星形。",
  "A star is a product marking, not a rating.")

R(N, "zh", "reply", "", [], [], [],
  "我们评价锋利度的方法是切打印纸，每把刀出厂前都过了这一关。您说切番茄打滑，可能是刃口在运输中碰到了，"
  "用6000目那面轻磨几下就能恢复。",
  "Evaluate is used for testing sharpness, not for reviews.")

R(N, "zh", "reply", "", [], [], [],
  "您在评论里提到的刀柄缝隙问题我们已经看到了，新刀明天寄出，旧刀不用退回。您不需要为此做任何事情。",
  "A remedy after a negative review that asks for nothing back.")

# Chinese, Traditional (11)
R(N, "zh", "reply", "", [], [], HK,
  "多謝你話我哋知已經留咗好評！塊砧板第一次用之前，記得抹一層薄油，等佢乾咗先用。",
  "Thanks a buyer for a review he mentioned, with no request.")

R(N, "zh", "reply", "", [], [], HK,
  "多謝你想用 WhatsApp 傾，不過我哋只可以喺亞馬遜訊息度同你聯絡。相片直接喺呢度上載就得，我哋一日內會覆你。",
  "Declines an outside messaging app.")

R(N, "zh", "reply", "", [], [], HK,
  "你喺產品頁講嘅問題我哋睇到，已經安排免費寄一塊新砧板畀你，舊嗰塊唔使寄返，你亦唔需要做任何嘢。",
  "A free replacement after a negative review, asking nothing back.")

R(N, "zh", "reply", "", [], [], HK,
  "已經照你講幫你取消咗第二張訂單（113-6638104-2710549），退款會退返去你原本嘅付款方式。",
  "Cancellation the buyer asked for, with an order id.")

R(N, "zh", "reply", "", [], [], TW,
  "您提到這把刀是要送人的禮物，我們會把價格明細從包裹裡拿掉，只放保養說明卡，請放心。",
  "Gift is the buyer's purpose, not an offer.")

R(N, "zh", "reply", "", [], [], TW,
  "不好意思，我們沒辦法用轉帳或其他平台外的方式退款。這次刀尖崩口的部分退款已經透過亞馬遜退回您的原付款方式，"
  "大約三到五個工作天會入帳。",
  "Refuses an outside payment method; the refund goes through Amazon.")

R(N, "zh", "proactive", "", [], [], TW,
  "您好，您訂購的三德刀（訂單編號 114-3372196-5508127）已經送達一段時間了。方便的話，歡迎在亞馬遜上分享"
  "您真實的使用感受，不論好壞都能幫助其他買家。",
  "A single neutral review request with no condition or reward.")

R(N, "zh", "reply", "", [], [], TW,
  "刀鞘上的貼紙可以直接撕掉，不會留膠。如果您想修改刻字內容，請在出貨前回覆，我們會幫您更改。",
  "Modify and change refer to an engraving before shipment.")

R(N, "zh", "reply", "", [], [], TR,
  "您說得沒錯，下單兩天後價格降了二十美元，那是我們標價的錯誤，當天就更正了。差額已經透過亞馬遜退還給您，"
  "不需要再做任何事。",
  "Price error and refund explained, no promotion.")

R(N, "zh", "reply", "", [], [], TR,
  "謝謝您確認新的磨刀石已平整送達。如果您認為問題已經解決，您可以自行選擇更新或移除先前留下的賣家意見回饋，"
  "完全由您決定。",
  "The neutral seller-feedback notice after resolution.")

R(N, "zh", "reply", "", [], [], TR,
  "您問到的新款刀柄，其實就是您收到的這一款，今年春天開始使用，鋼材沒有任何改變。",
  "Answers a question about a new handle; nothing is pitched.")

# Mixed (5)
R(N, "mixed", "reply", "", [], [], [],
  "您的 refund 已经 issue 了，会通过 Amazon 退回原来的 payment method，大概 three to five business days "
  "到账。No need to return the cracked stone。",
  "A refund through Amazon in a mixed-language reply.")

R(N, "mixed", "reply", "", [], [], HK,
  "多謝你嘅 five-star review！塊 board 記得每個月 oil 一次，咁樣就唔會爆。",
  "Thanks a buyer for a review he mentioned, with no request.")

R(N, "mixed", "reply", "", [], [], [],
  "Sorry，我们不能 add WeChat，所有 communication 都要在 Amazon 里面进行。有照片直接 upload 到这里就好。",
  "Declines an outside messaging app.")

R(N, "mixed", "reply", "", [], [], TW,
  "刀身上的 HRC 61 是 hardness rating，不是評分；number 越高代表越硬，edge 可以維持比較久，但也比較怕摔。",
  "Rating is a hardness figure, not a review score.")

R(N, "mixed", "proactive", "", [], [], [],
  "您好，engraving 之前想跟您 confirm 一下刻字内容：“陈家厨房”。如果需要 change，请在这里回复。",
  "Verifies a custom engraving before production.")

# ---------------------------------------------------------------------------------------------
# CLEAN (20): ordinary customer service with no trigger words.
# ---------------------------------------------------------------------------------------------

# English (9)
R(C, "en", "reply", "", [], [], [],
  "Your parcel is with the carrier and the tracking shows delivery on Friday afternoon. Someone will "
  "need to sign for it because it contains a knife.",
  "Delivery information in a reply.")

R(C, "en", "reply", "", [], [], [],
  "The board is made from three woods: walnut, maple and cherry. Oil it once a month for the first "
  "year, then whenever it looks dry.",
  "Product care answer.")

R(C, "en", "reply", "", [], [], [],
  "Hand washing is best. Please keep the knife out of the dishwasher; the heat and detergent dull the "
  "edge and can loosen the handle.",
  "Care instructions.")

R(C, "en", "reply", "", [], [], [],
  "Soak the 1000 side for ten minutes before use. The 6000 side only needs a splash of water; leaving "
  "it submerged can make it crack.",
  "Usage instructions for the stone.")

R(C, "en", "reply", "", [], [], [],
  "We've checked with the carrier: the parcel was left at the side gate at 2:14 pm. If it isn't "
  "there, please let us know and we'll open a trace.",
  "Delivery follow-up.")

R(C, "en", "reply", "", [], [], [],
  "The blade is 21 cm long and the whole knife weighs 182 g. It fits a standard 24 cm drawer tray.",
  "Product dimensions.")

R(C, "en", "proactive", "", [], [], [],
  "To ship order 113-2750931-6048215 we need the unit number for your APO address. Please reply with "
  "it and the knife will go out on Monday.",
  "Requests information needed to deliver the order.")

R(C, "en", "reply", "", [], [], [],
  "The steel is a stainless core clad in softer steel, hardened to about 61 HRC. It holds an edge "
  "well, but please avoid frozen food and bones.",
  "Product facts.")

R(C, "en", "reply", "", [], [], [],
  "Sorry for the slow reply. The customs form for your parcel lists the contents as one kitchen knife "
  "with a wooden handle, valued at $89.",
  "Customs answer.")

# Chinese, Simplified (5)
R(C, "zh", "reply", "", [], [], [],
  "您的包裹已经交给承运商，物流显示周五下午送达。因为里面是刀具，签收时需要本人签字。",
  "Delivery information.")

R(C, "zh", "reply", "", [], [], [],
  "刀具请手洗，不要放进洗碗机。高温和洗涤剂会让刃口变钝，也可能让刀柄松动。",
  "Care instructions.")

R(C, "zh", "reply", "", [], [], [],
  "磨刀石粗的一面使用前浸水十分钟，细的一面只需要洒一点水，长时间浸泡容易开裂。",
  "Usage instructions for the stone.")

R(C, "zh", "reply", "", [], [], [],
  "刀身长21厘米，整把刀重182克，可以放进常见的24厘米抽屉刀架。",
  "Product dimensions.")

R(C, "zh", "reply", "", [], [], [],
  "海关申报单上写的是木柄厨刀一把，申报价值89美元，清关一般需要两到三天。",
  "Customs answer.")

# Chinese, Traditional (4)
R(C, "zh", "reply", "", [], [], HK,
  "塊砧板係用核桃木、楓木同櫻桃木拼成嘅，頭一年每個月上一次油，之後見到乾咗就上。",
  "Product care answer.")

R(C, "zh", "reply", "", [], [], TW,
  "包裹已經交給物流了，預計週五下午送到。因為是刀具，收件時需要本人簽收喔。",
  "Delivery information.")

R(C, "zh", "reply", "", [], [], TW,
  "刀子請用手洗，不要放進洗碗機，熱水跟洗碗精會讓刀口變鈍，刀柄也可能鬆掉。",
  "Care instructions.")

R(C, "zh", "reply", "", [], [], TR,
  "這把刀的鋼材硬度約為61 HRC，保持鋒利的時間較長，但請避免切冷凍食品和骨頭。",
  "Product facts.")

# Mixed (2)
R(C, "mixed", "reply", "", [], [], [],
  "您的 parcel 已经 out for delivery，预计今天下午五点前送到，请留意门铃。",
  "Delivery information.")

R(C, "mixed", "reply", "", [], [], HK,
  "塊 board 嘅尺寸係 40 x 30 cm，厚 4 cm，放喺一般 kitchen counter 冇問題。",
  "Product dimensions.")


def records():
    """The shuffled, numbered records (also used by validate.py to check the file is current)."""
    entries = list(ENTRIES)
    random.Random(51).shuffle(entries)
    out = []
    for i, e in enumerate(entries, 1):
        labels = sorted(e["labels"], key=ORDER.index)
        tags = [e["category"], e["context"]] + e["subtypes"] + e["techniques"] + e["extra"]
        out.append({"id": "h51-%03d" % i, "text": e["text"], "labels": labels,
                    "lang": e["lang"], "tags": tags, "note": e["note"]})
    return out


def build():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    build()
