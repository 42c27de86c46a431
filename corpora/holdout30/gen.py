#!/usr/bin/env python3
"""Build holdout30.jsonl: a hand-labelled, held-out test set for the buyer-message linter.

Every text is a Python literal below. Invisible characters (zero-width) and
look-alike letters (Cyrillic homoglyphs, full-width Latin letters and digits)
are written as \\uXXXX escapes so they can be seen in this file.

Labels (policy names): review-inducement, off-platform-contact, marketing.
[] means compliant for these three policies.

Tags: one subtype tag per label (in label order) first, then the context tag
(reply | proactive), then optional: evasion + one technique tag, near-miss,
plain, traditional, long, short.

Sector: garden tools and irrigation. Every brand, person, id, handle, domain
and phone number is invented (US phone numbers use the 555-01xx range).
Invented brands: Fernwick Garden (hose reels, reel carts HR-150 / HR-2150),
DripRight (drip kits DK-60A / DK-60B), Tendril Pro (TP-8 pruners),
RainLoop (RL-T4 smart sprinkler timer, "RainLoop Home" app),
Brookmoss Irrigation (splitters, nozzles), Verdaline (hoses).
"""
import json
import random
from pathlib import Path

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def E(text, labels, lang, tags, note):
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang,
                    "tags": list(tags), "note": note})


# ---------------------------------------------------------------------------
# 1. review-inducement only
# ---------------------------------------------------------------------------

# --- English ---
E("Hi Dana, thank you for picking the Fernwick HR-2150 reel cart (order 112-4830196-2275031). "
  "The handle is the only part left to fit; it clicks in with the two thumb screws taped to the frame. "
  "Before the first use, let water run through the leader hose for a minute to clear any factory dust. "
  "If the cart rolls as smoothly as we hope, a glowing review on its Amazon page would make the whole team's week. "
  "When the frost comes, drain the hose and keep the cart in a shed so the swivel seals stay soft. "
  "Any trouble with assembly, just reply to this message.\n"
  "Mara, Fernwick Garden Support",
  [RI], "en", ["positive-review-request", "proactive", "long"],
  "Asks for a 'glowing' review; the ask is buried in the middle of setup and storage advice.")

E("Order 113-2287045-9910376, a few notes on your drip kit:\n"
  "\u2022 The 2-year warranty is handled right here in Amazon messages.\n"
  "\u2022 Post a review with a photo and we'll stretch that warranty to five years.\n"
  "\u2022 Spare goof plugs are in the small bag under the tubing.",
  [RI], "en", ["incentive", "proactive"],
  "Bullet list; the middle bullet offers a future benefit (longer warranty) in exchange for a review.")

E("Glad the refund came through on your end. While you're at it, would you mind taking another look at "
  "your review of the RainLoop timer? A line about how we handled things would only be fair.",
  [RI], "en", ["change-review", "reply"],
  "Indirect request to update an existing product review after a refund.")

E("Thanks for sending the photo of the swivel. That drip comes from a flattened O-ring, a known issue "
  "with the first batch of HR-150 reels. We've shipped a new swivel assembly along with two spare O-rings; "
  "tracking is 1Z4V91E70355820174. Fitting it takes about five minutes with a flat screwdriver, and the "
  "steps are on the card in the box. Since the leak will be sorted, we'd be grateful if the one-star review "
  "could come down, or at least be edited to match. If the new swivel still weeps, tell us and we'll refund "
  "you in full. Have a good weekend in the garden.",
  [RI], "en", ["change-review", "reply", "long"],
  "Long support reply; the request to remove or edit the one-star review is buried in the middle.")

E("We've already shipped the missing brass connector. In the meantime, the negative seller feedback you "
  "left is seriously hurting our account health, so please withdraw it as soon as you can.",
  [RI], "en", ["feedback-removal", "reply"],
  "Pressure to remove seller feedback (account-health argument); not the neutral notice.")

E("Your DripRight kit (order 111-6620873-4409152) should be with you by now. If it's watering exactly "
  "the way you hoped, we'd love a review. If anything's off, please message us here first so we can fix "
  "it before you post anything.",
  [RI], "en", ["gating", "proactive"],
  "Review gating: happy buyers to the review page, unhappy ones diverted to the seller first.")

E("That honestly made our day, thank you! Would you be willing to say the same thing in a review on "
  "Amazon? It helps a small team like ours more than you'd think.",
  [RI], "en", ["gating", "reply"],
  "Reply to a buyer who wrote that the pruners are fantastic; asking a buyer who just expressed "
  "satisfaction for a review is gating per the review policy.")

E("Quick favour for your review of the RainLoop RL-T4: it really helps when buyers mention how fast the "
  "app paired and that the valve never drips. A photo of the timer on your spigot is a nice touch too.",
  [RI], "en", ["steering", "proactive"],
  "Tells the buyer what to write in the review (content steering).")

E("Loving the new hose nozzle? \u2605\u2605\u2605\u2605\u2605 on the listing would mean a lot!",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "star-symbols", "short"],
  "Five star symbols instead of the words 'five-star review'.")

E("If the reel's been working well for you, a 5-st4r r3view would really lift our spirits this season.",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "leetspeak"],
  "Leetspeak '5-st4r r3view'.")

E("Hope the pruners are cutting cleanly! Please consider leaving a fiv\u0435-st\u0430r review for "
  "order 114-8154302-0736619.",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "homoglyph"],
  "Cyrillic U+0435 (e) and U+0430 (a) inside 'five-star'.")

E("If the sprinkler timer is keeping your lawn green, please leave a po\u200bsi\u200btive "
  "re\u200bview on Amazon.",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "zero-width"],
  "Zero-width spaces (U+200B) split 'positive review'.")

E("Tell other gardeners what you think of the TP-8 pruners on their Amazon page, and a little thank-you "
  "parcel from us will follow.",
  [RI], "en", ["incentive", "proactive", "evasion", "euphemism"],
  "Euphemism: no 'review' word, reward described as a 'thank-you parcel'.")

# --- Simplified Chinese ---
E("亲，喷枪收到后用着满意的话，好 评 返 现 5 美金，截图在这里发给我们就行。",
  [RI], "zh", ["incentive", "proactive", "evasion", "spacing"],
  "好评返现 split by spaces.")

E("滴灌套装用得还行的话，留个haoping，截图发过来就有fanxian哦。",
  [RI], "zh", ["incentive", "proactive", "evasion", "pinyin"],
  "Pinyin haoping (好评) and fanxian (返现).")

E("小店刚起步，麻烦给个五星好平，真的非常感谢！",
  [RI], "zh", ["positive-review-request", "proactive", "evasion", "homophone", "short"],
  "Homophone 好平 for 好评.")

E("晒一下您家花园的使用感受，我们这边给您准备了小惊喜，发出来后告诉我们一声就行。",
  [RI], "zh", ["incentive", "proactive", "evasion", "euphemism"],
  "Euphemism: 晒使用感受 (post your impressions) for a review, 小惊喜 as the reward.")

E("卷管器用着顺手的话，给我们点满 \u2605\u2605\u2605\u2605\u2605 吧～",
  [RI], "zh", ["positive-review-request", "proactive", "evasion", "star-symbols", "short"],
  "Star symbols (U+2605 x5) after 点满 = give full five stars.")

E("退款已经给您处理好了，方便的话能不能把之前那条差评改一下？",
  [RI], "zh", ["change-review", "reply"],
  "Asks to change a negative review right after a refund.")

E("只要您把商品页那条一星评论删掉，我们马上全额退款。",
  [RI], "zh", ["change-review", "reply"],
  "Refund offered in exchange for deleting a review (change/remove plus incentive).")

E("用得满意欢迎留评；如果有任何不顺心，请先在消息里找我们，别急着打分。",
  [RI], "zh", ["gating", "proactive"],
  "Gating: satisfied buyers to review, unhappy ones to the seller before rating.")

E("写评价的时候麻烦带上“出水均匀、安装简单”这几个字，再配一张图就更好了。",
  [RI], "zh", ["steering", "proactive"],
  "Steering review content with required phrases.")

E("那条店铺反馈对我们影响挺大的，配件也给您补发了，麻烦您撤回一下，谢谢理解。",
  [RI], "zh", ["feedback-removal", "reply"],
  "Asks to withdraw seller feedback with pressure, tied to the reshipment.")

E("您好，您的 DripRight 滴灌套装（订单 113-7720594-3318260）已经签收。"
  "安装前建议先把主管在太阳下晒十分钟，管子变软后更容易插进接头。"
  "滴头可以按植物大小调节出水量，顺时针是关小。"
  "满意的话给我们一个五星好评，对新店来说意义很大。"
  "如果水压偏高，记得在水龙头和主管之间装上附带的减压阀。"
  "有任何安装问题直接回复这条消息即可。",
  [RI], "zh", ["positive-review-request", "proactive", "long"],
  "Long installation note; the five-star request is buried in the middle.")

# --- Traditional Chinese ---
E("如果修枝剪用起來順手，麻煩給我們一個五星好評，非常感謝您的支持！",
  [RI], "zh", ["positive-review-request", "proactive", "traditional"],
  "Five-star request in Traditional characters (好評).")

E("退款已經處理完畢，能否請您把商品頁上的一星評論刪掉呢？",
  [RI], "zh", ["change-review", "reply", "traditional"],
  "Asks to delete a one-star review after a refund (刪掉 評論).")

E("到商品頁分享一下您的使用心得，我們就送您一組替換噴頭喔。",
  [RI], "zh", ["incentive", "proactive", "evasion", "euphemism", "traditional"],
  "Euphemism 分享使用心得 for a review; spare nozzles as the reward.")

# --- Mixed ---
E("Hi John，您的 RainLoop timer 用得还满意吗？If so, a 5-star review from you would help us a lot，非常感谢！",
  [RI], "mixed", ["positive-review-request", "proactive"],
  "Code-switched five-star request conditioned on satisfaction.")

E("Thanks for confirming the replacement works! 既然问题已经解决了，could you edit your review to "
  "reflect that? 谢谢您。",
  [RI], "mixed", ["change-review", "reply"],
  "Asks to edit a product review after the issue was resolved (never allowed).")

E("Hi Sam，您的 RainLoop timer 应该已经到了。Before pairing, 请先装好两节 AA 电池，等屏幕亮起。"
  "然后在 app 里选择 2.4 GHz 的 Wi-Fi，5 GHz 的网络是连不上的。"
  "If anything about the timer isn't right, 请先联系我们 before you leave a review，我们一定尽快处理。"
  "冬天记得把 timer 拆下来放在室内。Happy gardening!",
  [RI], "mixed", ["gating", "proactive", "long"],
  "Long code-switched setup note; the diversion of unhappy buyers before reviewing is buried in the middle.")

# ---------------------------------------------------------------------------
# 2. review-inducement + off-platform-contact
# ---------------------------------------------------------------------------
E("Once your review of the Verdaline hose is posted, send us the PayPal address you use and we'll "
  "reimburse the whole purchase price.",
  [RI, OFF], "en", ["incentive", "payment", "proactive"],
  "Full reimbursement for a review, paid outside Amazon (PayPal).")

E("A small rebate is waiting for reviewers of the Brookmoss splitter: email a screenshot of your review "
  "to rebates at brookmoss-irrigation dot com and we'll send $15 back.",
  [RI, OFF], "en", ["incentive", "email", "proactive", "evasion", "spelled-email"],
  "Rebate for a review; e-mail address spelled out with 'at' and 'dot'.")

E("Not completely happy with the reel? Before you leave a review, write to help@verdalinehose.com and "
  "we'll sort it out straight away.",
  [RI, OFF], "en", ["gating", "email", "proactive"],
  "Gating plus an e-mail address outside Amazon.")

E("留评后截图加我薇信 garden_fan88，给您发10美金红包。",
  [RI, OFF], "zh", ["incentive", "messaging-app", "proactive", "evasion", "homophone"],
  "薇信 is a homophone for 微信 (WeChat); red packet for a review.")

E("好评之后请联系\uff37\uff48\uff41\uff54\uff53\uff21\uff50\uff50："
  "\uff0b\uff11 \uff08\uff13\uff11\uff10\uff09 \uff15\uff15\uff15\uff0d\uff10\uff11\uff13\uff17，领取返现。",
  [RI, OFF], "zh", ["incentive", "messaging-app", "proactive", "evasion", "fullwidth"],
  "Full-width 'WhatsApp' and phone number; cash back for a positive review.")

E("給完五星好評後加賴 tendril_tw，我們會把返現轉給您。",
  [RI, OFF], "zh", ["incentive", "messaging-app", "proactive", "evasion", "homophone", "traditional"],
  "加賴 is Taiwanese slang (homophone) for adding on LINE; cash back for a five-star review.")

E("留好评以后 DM 我们的 Instagram @brookmoss.garden，we'll send you a spare nozzle at no cost。",
  [RI, OFF], "mixed", ["incentive", "social", "proactive"],
  "Spare nozzle for a positive review, claimed via Instagram DM.")

# ---------------------------------------------------------------------------
# 3. review-inducement + marketing
# ---------------------------------------------------------------------------
E("We're sorry the hose arrived kinked. If you'd be open to taking down the seller feedback, we can give "
  "you a 30% voucher for anything in our store.",
  [RI, MKT], "en", ["feedback-removal", "coupon", "reply"],
  "Voucher offered for removing seller feedback; the voucher is also a store promotion.")

E("Every review you post earns 500 Fernwick Rewards points, which you can put toward any future order "
  "with us.",
  [RI, MKT], "en", ["incentive", "loyalty", "proactive"],
  "Loyalty points for reviews: incentive plus a loyalty scheme.")

E("留完评价在这里私信我们，下一单送您一张八折优惠码。",
  [RI, MKT], "zh", ["incentive", "coupon", "proactive"],
  "Coupon for the next order as the reward for a review.")

# ---------------------------------------------------------------------------
# 4. off-platform-contact only
# ---------------------------------------------------------------------------
E("Thanks for the heads-up about the missing hose washer; a pack of three is on its way and should "
  "arrive Thursday.\n\nBest,\nOwen Pratt\nBrookmoss Irrigation\nwww.brookmossirrigation.com",
  [OFF], "en", ["url", "reply"],
  "Compliant reply except for the website in the signature block.")

E("For quicker help with the drip kit, write to our tech team directly at service@dripright-kits.com.",
  [OFF], "en", ["email", "reply"],
  "Plain e-mail address.")

E("Easiest fix is a quick call: our repair desk is at (626) 555-0148, 8 to 5 Pacific, and they can walk "
  "you through the reset.",
  [OFF], "en", ["phone", "reply"],
  "Seller's own phone number (not a carrier or manufacturer line).")

E("Amazon's message system keeps cutting off our attachments. Let's continue this by regular email or "
  "phone instead, whichever suits you; just tell me which.",
  [OFF], "en", ["diversion", "reply"],
  "Invites the buyer to move the conversation off Amazon, without giving a handle yet.")

E("For anything about the timer, ping me on W h a t s A p p at 213 555 0119.",
  [OFF], "en", ["messaging-app", "reply", "evasion", "spacing"],
  "'WhatsApp' letter-spaced; phone number without punctuation.")

E("Please send the photos of the bent pruner blade to fernwick.help@gm\u0430il.com so our engineer can "
  "see them.",
  [OFF], "en", ["email", "reply", "evasion", "homoglyph"],
  "Cyrillic U+0430 (a) in 'gmail'.")

E("If the app keeps dropping the connection, message our tech team on 1nst4gr4m @drip.right.help; they "
  "answer faster there.",
  [OFF], "en", ["social", "reply", "evasion", "leetspeak"],
  "Leetspeak '1nst4gr4m' plus a handle; support contact, no promotion.")

E("Our firmware specialist is easiest to reach on Tele\u200bgram: @rainloop_\u200bhelp.",
  [OFF], "en", ["messaging-app", "reply", "evasion", "zero-width"],
  "Zero-width spaces inside 'Telegram' and the handle.")

E("Our parts guy, Raul, can match the spring for your loppers; his address is raul dot parts at "
  "tendrilpro dot net.",
  [OFF], "en", ["email", "reply", "evasion", "spelled-email"],
  "E-mail address spelled out ('dot', 'at').")

E("Sorry the RL-T4 keeps dropping off your Wi-Fi. First, check that your router is broadcasting on "
  "2.4 GHz, since the timer can't see 5 GHz networks. Next, hold the Wi-Fi button for eight seconds until "
  "the ring blinks amber. If the RainLoop Home app doesn't offer the 3.2 firmware on its own, you can grab "
  "the file from http://rainloop-updates.net/rl-t4 and load it from your phone. After the update, pair the "
  "timer again from the Devices tab. Most buyers are back online within ten minutes. Let us know how it goes.",
  [OFF], "en", ["url", "reply", "long"],
  "Long troubleshooting reply; an http link to a non-Amazon site is buried in the middle.")

E("邮寄纸质发票需要另外登记，麻烦发邮件到 invoice@verdaline-garden.cn 说明一下抬头。",
  [OFF], "zh", ["email", "reply"],
  "E-mail address in a Chinese reply.")

E("安装有疑问的话加我微信 yuanyi_garden，我拍视频一步步教您。",
  [OFF], "zh", ["messaging-app", "reply"],
  "WeChat handle.")

E("定时器连不上网的话，直接打我们技术电话：六二六 五五五 零一八二，工作日都有人接。",
  [OFF], "zh", ["phone", "reply", "evasion", "cn-numerals"],
  "Phone number 626-555-0182 written in Chinese numerals.")

E("包裹里附了一张二维码卡片，扫码就能进我们的售后群，问题处理更快。订单号 112-3396581-4072248。",
  [OFF], "zh", ["qr", "proactive"],
  "QR code leading to an off-Amazon support group.")

E("差价我们走支付宝退给您，麻烦把支付宝账号发过来。",
  [OFF], "zh", ["payment", "reply", "short"],
  "Refund via Alipay and request for the buyer's account.")

E("滴头堵了这种问题三两句说不清，jia wo vx：drip_kefu，发个视频给您看就明白了。",
  [OFF], "zh", ["messaging-app", "reply", "evasion", "pinyin"],
  "Pinyin 'jia wo' (加我) and 'vx' (微信).")

E("完整版的图文说明书放在我们官网 tendril-pro.com.cn 上，下载后按第三页的步骤调节剪口松紧。",
  [OFF], "zh", ["url", "reply"],
  "Points to the seller's own website for the manual.")

E("安裝上有任何問題，歡迎加我們的 LINE：@verdaline_tw，客服會即時回覆。",
  [OFF], "zh", ["messaging-app", "reply", "traditional"],
  "LINE handle.")

E("請直接致電技術專線 陸貳陸 伍伍伍 零壹肆柒，會有專人協助您設定定時器。",
  [OFF], "zh", ["phone", "reply", "evasion", "cn-numerals", "traditional"],
  "Phone number 626-555-0147 in formal (financial) Chinese numerals.")

E("保固登記請到我們的官網 tendrilpro-tools.net 填寫序號，訂單 114-8154302-0736619。",
  [OFF], "zh", ["website", "proactive", "traditional"],
  "Warranty registration on the seller's own website.")

E("您好，关于 drip kit 漏水的问题，please reach us on Telegram @driprt_cs，我们会第一时间处理。",
  [OFF], "mixed", ["messaging-app", "reply"],
  "Telegram handle.")

E("售后邮箱是 \uff53\uff55\uff50\uff50\uff4f\uff52\uff54\uff20\uff42\uff52\uff4f\uff4f\uff4b\uff4d\uff4f"
  "\uff53\uff53\uff0e\uff43\uff4f\uff4d，feel free to write to us anytime about the splitter。",
  [OFF], "mixed", ["email", "reply", "evasion", "fullwidth"],
  "E-mail address in full-width letters with a full-width @ and dot.")

# ---------------------------------------------------------------------------
# 5. off-platform-contact + marketing
# ---------------------------------------------------------------------------
E("Next time you need blades, order straight from fernwickgarden.com; the same TP-8 refill set is six "
  "dollars cheaper there.",
  [OFF, MKT], "en", ["website", "discount", "proactive"],
  "Diverts future purchases to the seller's own site with a better price.")

E("We give away a DripRight starter kit every month to our followers. Follow @brookmoss.garden on "
  "Instagram to enter.",
  [OFF, MKT], "en", ["social", "promotion", "proactive"],
  "Social follow invitation tied to a giveaway.")

E("以后需要替换滤网可以直接到 f e r n w i c k g a r d e n . c o m 下单，价格比亚马逊上低不少。",
  [OFF, MKT], "zh", ["website", "discount", "proactive", "evasion", "spacing"],
  "Letter-spaced domain; cheaper prices off Amazon.")

E("追蹤我們的臉書粉絲專頁，每週都會抽出一位粉絲送園藝工具組！",
  [OFF, MKT], "zh", ["social", "promotion", "proactive", "traditional"],
  "Follow the Facebook fan page (臉書粉絲專頁) for a weekly prize draw.")

E("Join 我们的 Facebook group 'Drip Gardeners'，members 下单可享 15% off。",
  [OFF, MKT], "mixed", ["social", "discount", "proactive"],
  "Facebook group with a members' discount.")

# ---------------------------------------------------------------------------
# 6. marketing only
# ---------------------------------------------------------------------------
E("Enter REEL15 when you check out and 15% comes off your next hose reel.",
  [MKT], "en", ["coupon", "proactive", "short"],
  "Discount code.")

E("Since you picked up the DripRight kit, you'll probably want our 50-pack of pressure-compensating "
  "emitters as well; they fit the same 1/4-inch tubing.",
  [MKT], "en", ["cross-sell", "proactive"],
  "Cross-sell of a related accessory.")

E("Heads up, gardeners: our brass quick-connect set goes live on Amazon next Tuesday, and it pairs "
  "perfectly with the hose you bought.",
  [MKT], "en", ["new-product", "proactive"],
  "New product announcement.")

E("Browse the rest of our garden range here: "
  "https://www.amazon.com/stores/FernwickGarden/page/7A1C4E2B-90D3-4F1A-8B6E-2C5D71F0A9E4",
  [MKT], "en", ["storefront-link", "proactive"],
  "Amazon storefront link: promotional; it is Amazon's own site, so not off-platform.")

E("Filter screens usually need swapping every spring. When yours clog, just hit Buy it Again in your "
  "Amazon orders and we'll ship the same size.",
  [MKT], "en", ["buy-again", "proactive"],
  "Buy-again push dressed as maintenance advice.")

E("This weekend only: buy two pairs of pruners and a sharpening stone comes along at no charge.",
  [MKT], "en", ["promotion", "proactive"],
  "Bundle promotion; the bonus item is described without the word 'free'.")

E("You're now part of our Green Thumb Circle. Every third order you place with us comes with an extra "
  "spray head tucked in the box.",
  [MKT], "en", ["loyalty", "proactive"],
  "Loyalty scheme.")

E("Know a neighbour who'd like a drip kit? Have them mention your name in a message when they order, and "
  "you'll both get $8 back.",
  [MKT], "en", ["referral", "proactive"],
  "Referral reward.")

E("Thanks for the photos, they make the problem clear. The hose is leaking at the female coupling because "
  "the washer seated crooked, which happens if it's screwed on at an angle. Unscrew it, press the washer "
  "flat with your thumb, and thread it back on by hand until it's snug. If it still drips, the spare washers "
  "we just sent will arrive Wednesday. By the way, our 3/4-inch two-way splitter is 20% off this month if "
  "you'd like to run a second line. Let us know whether the leak stops.",
  [MKT], "en", ["discount", "reply", "long"],
  "Long helpful reply; a discount on another product is buried near the end.")

E("Update on order 114-5503981-2267405:\n"
  "- Your replacement nozzle leaves our warehouse tomorrow.\n"
  "- Tracking will be added to the order as soon as the label prints.\n"
  "- Members of our garden club save 10% on every accessory; reply JOIN and we'll add you.",
  [MKT], "en", ["loyalty", "proactive"],
  "Bullet list; the last bullet recruits into a discount club.")

E("Our end-of-season clearance has started: every hose reel in our Amazon store is marked down until "
  "Sunday night.",
  [MKT], "en", ["promotion", "proactive"],
  "Sale announcement.")

E("Coil it loosely in the shade and drain it before the first frost. Our matching wall bracket keeps it "
  "off the ground and is well worth adding to your cart.",
  [MKT], "en", ["cross-sell", "reply"],
  "Reply to a hose-storage question; the second sentence cross-sells the seller's bracket.")

E("下单时输入优惠码 GARDEN12 可以减12%，本月底前有效。",
  [MKT], "zh", ["coupon", "proactive"],
  "Coupon code.")

E("我们刚上架了和智能定时器配套的土壤湿度传感器，感兴趣可以关注一下。",
  [MKT], "zh", ["new-product", "proactive"],
  "New product announcement.")

E("买了滴灌套装的朋友大多会再配一个前置过滤器，我们店里正好有同口径的。",
  [MKT], "zh", ["cross-sell", "proactive"],
  "Cross-sell.")

E("剪枝刀的刀片用一两季会变钝，到时候欢迎再来回购哦！",
  [MKT], "zh", ["buy-again", "proactive"],
  "Buy-again push.")

E("五一大促：全店园艺工具满50减10，仅限三天。",
  [MKT], "zh", ["promotion", "proactive", "short"],
  "Store-wide promotion.")

E("您已经是我们的老客户了，之后每次下单都能享受会员专属价。",
  [MKT], "zh", ["loyalty", "proactive"],
  "Member pricing for returning customers.")

E("推荐邻居来买我们的卷管器，您和他各拿5美元返还。",
  [MKT], "zh", ["referral", "proactive", "short"],
  "Referral reward.")

E("更多款式可以去我们的亚马逊店铺首页看看，搜 Brookmoss 就能找到。",
  [MKT], "zh", ["storefront-link", "proactive"],
  "Pushes the Amazon storefront (no URL).")

E("您好，卷管器的摇把装反了，所以转起来会卡。"
  "请先拧下中间的螺丝，把摇把翻转180度再装回去。"
  "螺丝不要拧太紧，能转动顺畅就可以。"
  "另外这周卷管器的配件都打八五折，需要备用密封圈的话可以顺便下单。"
  "装好之后如果还有异响，拍个视频在这里发给我们。",
  [MKT], "zh", ["discount", "reply", "long"],
  "Long repair reply; a 15% accessory discount is buried in the middle.")

E("订单 111-7408263-1154930 的几点说明：\n"
  "1. 喷头已经按您的要求换成黄铜款；\n"
  "2. 预计下周一送达；\n"
  "3. 本月新品伸缩水管上线，老客户下单立减5美元。",
  [MKT], "zh", ["new-product", "proactive"],
  "Numbered list; item 3 announces a new product with a discount.")

E("限时秒杀，喷枪今天半价！",
  [MKT], "zh", ["promotion", "proactive", "short"],
  "Flash sale.")

E("下次購物輸入折扣碼 PRUNE10，即可享九折優惠。",
  [MKT], "zh", ["coupon", "proactive", "traditional"],
  "Discount code in Traditional characters.")

E("您好，您的伸縮水管（訂單 112-9037416-5581203）已經送達。"
  "第一次使用前請先完全拉直，讓水管內的彈性層定型。"
  "使用完畢後記得先關掉水龍頭再放掉管內的水，避免管子長期受壓。"
  "我們下個月會推出同系列的八段式噴槍，屆時歡迎選購。"
  "收納時請避開陽光直射。"
  "如有任何問題，請直接回覆此訊息。",
  [MKT], "zh", ["new-product", "proactive", "traditional", "long"],
  "Long care note; a new product launch is buried in the middle.")

E("限时 flash sale：所有 pruners 今天 20% off，错过就要等明年了！",
  [MKT], "mixed", ["promotion", "proactive"],
  "Flash sale, code-switched.")

E("Hi Linda，your order 已经签收啦～ 我们的 new hose nozzle 刚上线，有空可以 check it out。",
  [MKT], "mixed", ["new-product", "proactive"],
  "New product announcement after a delivery note.")

E("Your coupon code WATER5 可以用在下一单，别忘了哦。",
  [MKT], "mixed", ["coupon", "proactive", "short"],
  "Coupon code for the next order.")

# ---------------------------------------------------------------------------
# 7. near-misses (compliant, but share words with violations)
# ---------------------------------------------------------------------------

# --- English ---
E("Hi Priya, your DripRight 60-piece kit (order 111-2049385-7716603) was delivered last week. When you "
  "have a minute, we'd value a review on Amazon describing how the installation went. Good or bad, "
  "honest experiences help other gardeners choose.",
  [], "en", ["proactive", "near-miss"],
  "Neutral, unconditional review request once per order.")

E("Thank you for confirming the new splitter has stopped the leak. Now that this is settled, you're free "
  "to revise or remove the seller feedback you posted earlier, if you feel we've put things right. It's "
  "completely your decision, and nothing is needed from you either way.",
  [], "en", ["reply", "near-miss"],
  "Neutral seller-feedback notice after a resolved problem (the allowed form; high-risk, at most a warning).")

E("We reviewed your return request for the HR-150 reel and approved it. The prepaid label is ready under "
  "Your Orders, and the refund goes out as soon as the carrier scans the box.\n\nLena\nFernwick Garden Support",
  [], "en", ["reply", "near-miss"],
  "'reviewed' and 'refund' in a returns message.")

E("We've refunded the full $42.99 for the pruners with the cracked handle, and there's no need to send "
  "them back.",
  [], "en", ["reply", "near-miss"],
  "Refund as a remedy, not linked to any review.")

E("A replacement RL-T4 timer is on its way at no cost to you. UPS tracking: 1Z7W48E90312645587.",
  [], "en", ["reply", "near-miss"],
  "Free replacement as a remedy; tracking number.")

E("Order 114-5503981-2267405 contains model HR-2150, which takes the 5/8-inch leader hose. Your package "
  "is with Amazon Logistics under TBA304918826000 and should arrive Monday.",
  [], "en", ["reply", "near-miss"],
  "Order id, model number and tracking number are not phone numbers.")

E("Your reel cart (order 113-2287045-9910376) travels by freight, so Ridgeline Freight will phone you to "
  "book a delivery window. If you'd rather call them yourself, their dispatch line is 1-800-555-0193; "
  "quote PRO number 40-772918.",
  [], "en", ["proactive", "near-miss"],
  "Carrier phone number for scheduling a bulky delivery (allowed exception).")

E("If the emitters clog again, contact us by replying in this Amazon message thread and we'll sort it out with you.",
  [], "en", ["reply", "near-miss"],
  "'contact' wording that keeps the buyer on Amazon.")

E("Good question about winter. Unscrew the timer from the spigot, take out the AA batteries, and keep it "
  "indoors; the brass inlet can crack if water freezes inside it.",
  [], "en", ["reply", "near-miss"],
  "Product care advice given in answer to the buyer's question.")

E("The $5 coupon you noticed on the listing is an Amazon clip coupon. It only applies if it was clipped "
  "before checkout, so we can't add it to an order that's already placed, but Amazon customer service can "
  "look at your order for you.",
  [], "en", ["reply", "near-miss"],
  "Answers the buyer's own question about an Amazon coupon; no new offer.")

E("To be clear, we will never ask you to change or delete your review; what you write is entirely up to "
  "you. We just want the new nozzle to work properly.",
  [], "en", ["reply", "near-miss"],
  "Negation: promises not to ask for a review change.")

E("It was kind of you to mention the five stars you gave the reel cart! We're really glad it has made "
  "watering easier.",
  [], "en", ["reply", "near-miss"],
  "Reply to a buyer who mentioned their review; thanks, no solicitation.")

E("Amazon may email you in a few days asking about your purchase. That message comes from Amazon itself, "
  "not from us.",
  [], "en", ["reply", "near-miss"],
  "Informational; the seller makes no request.")

E("The RainLoop Home app sends watering alerts as push notifications on your phone. It can't forward them "
  "to WhatsApp or Telegram, and there's no text-message option.",
  [], "en", ["reply", "near-miss"],
  "Messaging-app names as a product feature, not a contact handle.")

E("Yes, the TP-8 blades are free of PTFE coating and the grips are BPA-free. The new 2024 version also "
  "adds a locking latch you can work with one hand.",
  [], "en", ["reply", "near-miss"],
  "'free' and 'new' as product-spec words in answer to a question.")

E("The 40% discount that appeared on the listing on Tuesday morning was a pricing mistake on our side. "
  "Your order stands at the price you paid, and nothing extra will be charged.",
  [], "en", ["reply", "near-miss"],
  "Explains a price error; no offer.")

E("To schedule freight delivery of your four-reel cart (order 112-3396581-4072248), please confirm the "
  "delivery address and a phone number the driver can use on the day.",
  [], "en", ["proactive", "near-miss"],
  "Asks for a phone number only to schedule a bulky delivery (permitted purpose).")

E("Please start the return from Your Orders on Amazon and choose 'Item defective'; the return label will "
  "be created there automatically.",
  [], "en", ["reply", "near-miss"],
  "Sends the buyer to Amazon's own returns flow.")

E("The five stars printed around the nozzle dial just mark the five spray patterns, from mist to jet. "
  "Turn the dial until the star you want lines up with the arrow.",
  [], "en", ["reply", "near-miss"],
  "'five stars' as a product feature, no rating request.")

E("We read your comment about the leaking coupling and we're sorry it let you down. A new coupling has "
  "shipped at no charge, tracking 1Z3F66A20149927310, and you don't need to do anything else.",
  [], "en", ["reply", "near-miss"],
  "Resolving a complaint the buyer raised; free replacement with no request about the review.")

E("Sorry the schedule didn't run this morning. First, open the RainLoop Home app and check that the timer "
  "shows the correct time zone, since a wrong zone shifts every program. If it does, remove the batteries "
  "for thirty seconds, put them back, and let the timer sync again. You can change or delete individual "
  "programs from the Schedule tab without losing the others. The rain-delay setting also cancels watering "
  "when the forecast shows rain, so turn it off if you want a fixed schedule. If none of that helps, reply "
  "here with a screenshot of the Schedule tab and we'll look at it.",
  [], "en", ["reply", "near-miss", "long"],
  "Long troubleshooting reply full of remove/change/delete/cancel, none about reviews.")

# --- Simplified Chinese ---
E("您好，您的滴灌套装（订单 113-7720594-3318260）已经送达几天了。"
  "如果方便，欢迎在亚马逊商品页写一条评价，说说实际用下来的情况，好坏都可以。",
  [], "zh", ["proactive", "near-miss"],
  "Neutral, unconditional review request.")

E("我们已审核您的退货申请并批准，退货标签可以在亚马逊“您的订单”里直接打印。",
  [], "zh", ["reply", "near-miss"],
  "审核 (reviewed) in a returns message.")

E("新的快接头已经寄出，费用由我们承担，旧的不需要退回，物流单号 1Z9X33A70428816631。",
  [], "zh", ["reply", "near-miss"],
  "Replacement at the seller's cost as a remedy; tracking number.")

E("损坏的喷枪已经给您全额退款，款项会原路退回，旧的不用寄回。",
  [], "zh", ["reply", "near-miss"],
  "Refund as a remedy.")

E("补发的配件您已经收到，问题也解决了。您之前留下的卖家反馈，如果觉得处理得当，可以自行决定是否更新或移除，"
  "不做任何改动也完全没关系。",
  [], "zh", ["reply", "near-miss"],
  "Neutral seller-feedback notice after resolution.")

E("请放心，我们不会要求您修改或删除评论。补发的配件明天就到。",
  [], "zh", ["reply", "near-miss"],
  "Negation of a review-change request.")

E("您好，收到您关于定时器冬天漏水的反馈。"
  "根据您描述的情况，我们检索评测报告后确认，这批定时器在零度以下需要先把阀门里的水排干。"
  "具体做法是关掉水龙头，拆下定时器，把进水口朝下放几分钟。"
  "电池也建议取出，放在室内干燥处保存。"
  "明年春天装回去之前，检查一下进水口的密封圈有没有变形。"
  "如果密封圈已经开裂，在这里告诉我们，我们免费补寄新的。",
  [], "zh", ["reply", "near-miss", "long"],
  "Long care reply: 反馈, 检索评测 (contains 索评 across a word boundary) and 免费补寄 as a remedy; no review request.")

E("收货地址已经按您的要求修改好了，您不小心重复下的那一单也已取消，不会扣款。",
  [], "zh", ["reply", "near-miss"],
  "修改/取消 used for logistics (address change, duplicate order).")

E("大件卷管车由 Ridgeline 物流派送，司机会提前打电话约时间；您也可以拨打物流公司热线 1-800-555-0176 查询，"
  "运单号 RL-5561902。",
  [], "zh", ["reply", "near-miss"],
  "Carrier hotline for a freight delivery.")

E("如果滴头又堵住了，直接通过这条亚马逊消息联系我们就可以。",
  [], "zh", ["reply", "near-miss"],
  "Contact through Amazon messages.")

E("修枝剪每次用完把刀片擦干，隔一段时间滴一两滴机油，就不容易生锈。",
  [], "zh", ["reply", "near-miss"],
  "Product care advice in reply to a question.")

E("您在商品页看到的优惠券是亚马逊的领券活动，要在下单前点击领取，结账时才会自动抵扣；订单已经完成的话，"
  "我们这边没办法补用。",
  [], "zh", ["reply", "near-miss"],
  "Explains an Amazon coupon the buyer asked about.")

E("这款定时器的 App 只支持手机推送通知，不支持微信或短信提醒。",
  [], "zh", ["reply", "near-miss"],
  "微信 as a product feature, not a contact.")

E("谢谢您告诉我们已经留了好评，很高兴卷管器用着顺手。",
  [], "zh", ["reply", "near-miss"],
  "Thanks for a review the buyer mentioned; no request.")

E("订单 113-7720594-3318260 里的型号是 DK-60B，它和 DK-60A 的区别只是多了四个三通接头。",
  [], "zh", ["reply", "near-miss"],
  "Order id and model numbers.")

# --- Traditional Chinese ---
E("我們已審核您的退貨申請，退款會退回原付款方式，大約三到五個工作天入帳。",
  [], "zh", ["reply", "near-miss", "traditional"],
  "審核 (reviewed) and 退款 in a returns message.")

E("新的噴頭已免費補寄給您，追蹤號碼 TBA771203945000，舊的不用寄回。",
  [], "zh", ["reply", "near-miss", "traditional"],
  "Free replacement as a remedy.")

E("感謝您確認漏水問題已解決。若您覺得我們處理得當，可以自行決定是否更新或移除先前留下的賣家回饋；"
  "維持原樣也完全沒問題。",
  [], "zh", ["reply", "near-miss", "traditional"],
  "Neutral seller-feedback notice after resolution.")

E("您好，您的定時器（訂單 111-7408263-1154930）已送達一週。方便的話，歡迎到亞馬遜商品頁寫下評價，"
  "好壞都能作為其他買家的參考。",
  [], "zh", ["proactive", "near-miss", "traditional"],
  "Neutral review request.")

# --- Mixed ---
E("您好，tracking number 是 9400111899223057718844，USPS 显示周四送达，please check again on Thursday。",
  [], "mixed", ["reply", "near-miss"],
  "Long tracking number, not a phone number.")

E("关于您问的 coupon：商品页上的 $3 coupon 是 Amazon 提供的，需要结账前 clip 才能生效，我们这边没法另外加。",
  [], "mixed", ["reply", "near-miss"],
  "Answers the buyer's question about an Amazon coupon.")

E("我们不会 ask you to change your review，请放心；the replacement 已经寄出了。",
  [], "mixed", ["reply", "near-miss"],
  "Negation of a review-change request.")

E("RL-T4 的 app 支持 iOS 和 Android，在手机的 app store 里搜 RainLoop Home 就能下载，然后按 pairing "
  "steps 连上 Wi-Fi。",
  [], "mixed", ["reply", "near-miss"],
  "Names the companion app needed to use the product; no link.")

E("如果 drip kit 还有任何问题，please contact us directly in this Amazon message thread，我们会尽快处理。",
  [], "mixed", ["reply", "near-miss"],
  "Contact through Amazon messages.")

# ---------------------------------------------------------------------------
# 8. plain logistics / customer-service messages
# ---------------------------------------------------------------------------
E("Your hose reel left our warehouse yesterday afternoon, and UPS currently expects to deliver it Friday.",
  [], "en", ["reply", "plain"],
  "Shipping status in reply to a question.")

E("Order 112-9037416-5581203: a carrier backlog means your drip kit will ship two days later than we "
  "estimated. The new expected delivery date is June 14. We're sorry for the wait.",
  [], "en", ["proactive", "plain"],
  "Proactive delay notice (unexpected problem).")

E("Here is the assembly guide for the HR-2150 cart that you asked for; it's attached as a PDF.",
  [], "en", ["reply", "plain"],
  "Manual sent on request.")

E("The second, duplicate order you flagged has been cancelled, so you'll only be charged once.",
  [], "en", ["reply", "plain"],
  "Acting on a buyer request.")

E("Order 111-6620873-4409152: the carrier says your address is missing an apartment or unit number. "
  "Could you confirm the full address so the reel can be delivered?",
  [], "en", ["proactive", "plain"],
  "Critical information needed for delivery.")

E("The 1/4-inch tubing in the kit is 50 feet long, and ordinary scissors will cut it cleanly.",
  [], "en", ["reply", "plain"],
  "Product question answered.")

E("Yes, the TP-8 cuts branches up to 3/4 inch thick.",
  [], "en", ["reply", "plain", "short"],
  "Short product answer.")

E("Answers to your three questions:\n"
  "1. The RL-T4 runs on two AA batteries.\n"
  "2. You can set up to four start times a day.\n"
  "3. It handles water pressure up to 120 psi.",
  [], "en", ["reply", "plain"],
  "Numbered answers.")

E("Order 114-8154302-0736619: your parcel is being held at customs for import paperwork. We've sent the "
  "commercial invoice to the carrier and expect it to be released within two business days.\n"
  "Customer Care, DripRight",
  [], "en", ["proactive", "plain"],
  "Customs hold notice.")

E("包裹昨天下午已经交给 UPS，系统显示本周五可以送到。",
  [], "zh", ["reply", "plain"],
  "Shipping status in reply.")

E("订单 112-4830196-2275031：由于承运商积压，您的卷管器发货会比预计晚两天，给您添麻烦了。\n"
  "—— Brookmoss 客服 小林",
  [], "zh", ["proactive", "plain"],
  "Delay notice.")

E("您要的卷管车安装说明书已经作为附件发给您了，请查收。",
  [], "zh", ["reply", "plain"],
  "Manual sent on request.")

E("订单 111-2049385-7716603：快递反馈地址缺少门牌号，麻烦您确认一下完整的收货地址。",
  [], "zh", ["proactive", "plain"],
  "Address needed for delivery.")

E("这款剪枝刀最大能剪20毫米粗的枝条。",
  [], "zh", ["reply", "plain", "short"],
  "Short product answer.")

E("滴灌管用普通剪刀就能剪断，接头直接插进去再拧紧就行。",
  [], "zh", ["reply", "plain"],
  "Product answer.")

E("您问的几个问题：\n"
  "1. 定时器用两节五号电池；\n"
  "2. 每天最多可以设四个时段；\n"
  "3. 适用水压在0.5到8 bar之间。",
  [], "zh", ["reply", "plain"],
  "Numbered answers.")

E("订单 114-5503981-2267405：包裹目前在海关等待清关，我们已把商业发票提供给物流商，预计两个工作日内放行。",
  [], "zh", ["proactive", "plain"],
  "Customs hold notice.")

E("您的包裹今天已交寄，預計下週二送達。",
  [], "zh", ["reply", "plain", "traditional", "short"],
  "Shipping status, Traditional characters.")

E("您需要的定時器中文說明書已附在這則訊息中。",
  [], "zh", ["reply", "plain", "traditional", "short"],
  "Manual sent on request, Traditional characters.")

E("您好，您的 hose reel 因为 carrier delay 会晚两天到，sorry for the inconvenience，新的预计送达日是6月18日。",
  [], "mixed", ["proactive", "plain"],
  "Delay notice, code-switched.")


# ---------------------------------------------------------------------------
def main():
    recs = list(RECORDS)
    random.Random(30).shuffle(recs)
    out = Path(__file__).with_name("holdout30.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            obj = {"id": "h30-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), out))


if __name__ == "__main__":
    main()
