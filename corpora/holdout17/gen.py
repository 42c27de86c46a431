#!/usr/bin/env python3
"""Hand-written hold-out set 17 for the Amazon buyer-message linter.

Every message below was written by hand from the policy brief
(/work/shared/policy.md) and the interface (/work/shared/interface.md).
Running this script writes holdout17.jsonl next to it, validates the
records and prints counts.

Record: {"id", "text", "labels", "lang", "tags", "note"}
  labels  subset of review-inducement / off-platform-contact / marketing
  tags[0] violation | evasion | near-miss | clean ; tags[1] sector ; tags[2] market
  extra tags: "hant" (Traditional Chinese), "warn-ok" (near-miss the brief lets
  a linter warn on), context ("reply"/"proactive"), the policy form and,
  for evasions, the technique.
"""
import collections
import json
import os
import random
import re
import sys
import unicodedata

RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"
POLICIES = (RI, OPC, MKT)
CATEGORIES = ("violation", "evasion", "near-miss", "clean")
ZW = "\u200b"  # zero-width space

RECORDS = []


def R(cat, lang, labels, tags, note, text):
    RECORDS.append({"cat": cat, "lang": lang, "labels": list(labels),
                    "tags": [cat] + list(tags), "note": note, "text": text.strip("\n")})


# ---------------------------------------------------------------------------
# VIOLATIONS (50)
# ---------------------------------------------------------------------------

# --- English (23) -----------------------------------------------------------
R("violation", "en", [RI], ["office-furniture", "US", "reply", "incentive", "buried"],
  "Gift card promised once a review is posted, buried at the end of a refund + replacement-part reply.",
  """Hi Margaret,

Thank you for letting us know that the left armrest on your mesh task chair arrived with a cracked bracket. I'm sorry about that, it's not the first impression we want anyone to have. I have gone ahead and refunded $18.40 for the armrest assembly, and a new bracket is being shipped separately; it should reach you by Thursday.

Once the new part is on and you've had a week or so in the chair, we'd be grateful if you shared your thoughts on the product page. As a small thank-you we'll credit a $15 Amazon gift card to you as soon as it's posted.

Kind regards,
Devon, Customer Care""")

R("violation", "en", [RI], ["skincare-device", "UK", "reply", "five-star", "indirect"],
  "Asks for the top rating without the words 'five-star' or 'positive': 'anything less than the top rating', 'the full five'.",
  """Dear Priya,

So sorry the LED mask's strap came loose. The replacement strap is in the post today by Royal Mail Tracked 48, so you should have it early next week. You don't need to send the old one back.

One honest word from our side: we're a team of four and every rating is read. Anything less than the top rating pushes us down in search quite a bit, so if the mask has been helping your skin, giving us the full five when you rate it would honestly mean the world.

Warm wishes,
Hannah""")

R("violation", "en", [RI], ["car-accessories", "US", "reply", "change-remove", "after-refund"],
  "Asks the buyer to 'revisit what you wrote' in an existing product review after a refund; no keyword 'change/remove'.",
  """Hello Mr. Alvarez,

I've processed a full refund for the windshield dash cam mount, and you should see it on your statement within 3 to 5 business days. There's no need to send the mount back.

I also noticed the review you posted last week about the suction cup letting go in the heat. Now that we've made this right, would you be open to revisiting what you wrote there so it reflects how the issue was handled? Other drivers rely on that page being up to date.

Thanks again for your patience,
Carla""")

R("violation", "en", [RI], ["board-games", "CA", "proactive", "gating"],
  "Classic review gating: happy players go to Amazon, unhappy ones are diverted to the seller 'before anything goes up publicly'.",
  """Hi there, and thanks for picking up Lanterns of Veyra (order 701-4421937-1185023).

If the game has been a hit around your table, we'd love for you to tell other players about it on Amazon. If something isn't right, like a missing card or a warped board, please come to us first through this thread so we can sort it out before anything goes up publicly.

Happy gaming!
The Veyra team""")

R("violation", "en", [RI], ["fishing-tackle", "US", "proactive", "steering"],
  "Steers review content: tells the buyer which product claims to mention.",
  """Hi Tom,

Your order 112-5830091-4417263 (Surfline 6000 spinning reel) shows as delivered. When you get a moment to write your review, it would help a lot if you mentioned that the reel held up to saltwater without corrosion and that the drag stays smooth all the way to 20 lb. Those are the two things surf anglers search for, and hearing it from a real customer carries more weight than our listing does.

Tight lines,
Brandon""")

R("violation", "en", [RI], ["sewing-machines", "US", "reply", "feedback-pressure"],
  "Pressures the buyer to remove seller feedback ('need you to take it down today', account at risk).",
  """Hi Linda,

I see you left 2-star seller feedback about the late delivery of the sewing machine. I want to explain that the delay happened at the carrier's depot, not with us. We shipped the same day you ordered.

As a small family business, that one rating has put our account metrics at risk, and we'd really need you to take it down today if at all possible. We can't afford to lose our selling privileges over something that was out of our hands.

Sincerely,
Ruth & Sam""")

R("violation", "en", [RI], ["3d-filament", "US", "reply", "ask-after-praise", "steering"],
  "Reply to a buyer who wrote in to praise the product: asks for a review because they are happy and asks them to reuse 'those exact words'.",
  """That's wonderful to hear. Thank you for writing in to tell us the PETG spool printed without a single stringing issue on your Prusa!

Since you're clearly so pleased with it, would you mind putting those exact words into a review on Amazon? It would help us more than you know.

Best,
Ollie at Layerline""")

R("violation", "en", [MKT], ["home-brewing", "US", "reply", "cross-sell"],
  "Cross-sell pushed inside an answer about fermentation temperature.",
  """Hi Grant,

Good question. Lager yeasts really do want to sit around 50-55 F for the first week, so a garage that swings between 40 and 70 will give you off-flavours. Wrapping the fermenter in a blanket helps a little.

Honestly though, since you're getting into lagers you'll want our digital temperature controller as well. It plugs straight into a chest freezer, pairs perfectly with the 7-gallon fermenter you bought, and it's on our listings right now. Most customers who brew lagers end up grabbing one.

Cheers,
Mike""")

R("violation", "en", [OPC], ["espresso-grinders", "US", "reply", "email", "buried"],
  "External e-mail address given as the place to send warranty documents.",
  """Thanks for sending the photos of the burr carrier, Jordan. It does look like the lower burr has shifted.

To sort out the warranty faster, please send the serial number from the base plate and a copy of your order confirmation straight to our service desk at help@grindwellservice.com. Our technicians there don't have access to Amazon messages, so that will save a round-trip.

Regards,
Grindwell Support""")

R("violation", "en", [OPC], ["kayak-paddles", "AU", "reply", "phone"],
  "Seller's own mobile number offered for a phone call about assembly.",
  """G'day Steph,

The ferrule on the two-piece paddle can be stiff the first few times. A tiny bit of silicone spray on the button usually fixes it. If it's easier, give me a ring on 0412 555 803 any weekday between 9 and 5 and we can go through fitting it together while you've got it in your hands.

Cheers,
Luke""")

R("violation", "en", [OPC], ["drone-parts", "US", "reply", "url", "website"],
  "Sends the buyer to the seller's own web shop (https link) to buy a part not listed on Amazon.",
  """Hi Andre,

The prop guards for the Falcon 4 aren't listed on Amazon at the moment. You can find them on our site at https://www.skylinepropshop.com/guards. Order there, put your Amazon order number in the notes, and we'll make sure you get the version that fits the newer motor arms.

Thanks,
Skyline Props""")

R("violation", "en", [OPC], ["board-games", "US", "reply", "social"],
  "Directs the buyer to a Facebook page and DMs to get the answer.",
  """Hello Chris,

Great question about whether the harbour tiles score at the end of each round or only at game end. We post all rule clarifications and errata for the Tidewater expansion on our Facebook page, facebook.com/OakhollowGames. Drop us a message there and the designer himself will answer your scoring question.

Happy playing!""")

R("violation", "en", [OPC], ["welding-helmets", "US", "reply", "im", "phone"],
  "WhatsApp + phone number for a video clip of the faulty cartridge.",
  """Hi Ray,

Sorry the auto-darkening cartridge is flickering. That's much easier to diagnose on video than in writing. Could you WhatsApp a short clip to our technician on +1 (415) 555-0142? He can usually tell within minutes whether it's the arc sensor or the battery, and then we'll know what to send you.

Regards,
ArcShield Support""")

R("violation", "en", [OPC], ["pottery-wheels", "UK", "reply", "qr"],
  "Points to a QR code that leads to an external support portal.",
  """Hi Fiona,

Sorry to hear the pedal is sticking on the lower speeds. Inside the lid of the splash pan you'll find a small white card with a QR code. Scanning it takes you to our support portal, where you can book a free video call with our in-house potter, who'll walk you through recalibrating the foot pedal.

All the best,
Clayworks""")

R("violation", "en", [OPC], ["telescopes", "US", "reply", "payment"],
  "Offers a PayPal/Venmo payment instead of the Amazon return/refund process and asks for the buyer's payment e-mail.",
  """Hi Nadia,

I'm really sorry the 25 mm eyepiece arrived with a scratch on the field lens. Rather than go through the Amazon return, which can take a couple of weeks, I can send you $45 right now via PayPal or Venmo to cover it. Just tell me which account email to use and it'll be done today.

Clear skies,
Ben""")

R("violation", "en", [OPC], ["beekeeping", "CA", "reply", "website", "divert"],
  "Invites the buyer to order directly from the seller's own shop instead of Amazon, to avoid fees.",
  """Hello Marcel,

Glad the foundation sheets arrived in good shape this time. For your next order you're very welcome to deal with us directly through our own shop. We're Maple Hive Supply, and ordering from us directly skips Amazon's fees, so it works out cheaper for both of us. Just search our name and you'll find us.

Bee well,
Josée""")

R("violation", "en", [MKT], ["fishing-tackle", "US", "reply", "coupon", "buried"],
  "Discount code slipped into a tracking update.",
  """Hi Kevin,

Your tackle box is with UPS and the tracking shows it at the Memphis hub this morning, so it should be at your door on Wednesday. I'll keep an eye on it for you.

By the way, if you're stocking up for the season, FISH15 takes 15% off any of our soft plastics and jigs at checkout.

Regards,
Danielle""")

R("violation", "en", [MKT], ["sewing-machines", "UK", "reply", "new-product", "cross-sell"],
  "New-product announcement attached to a successful troubleshooting reply.",
  """Hello Margaret,

So glad swapping the bobbin case stopped the skipped stitches. It's usually a tiny burr on the old one.

You might be interested to know we've just released a walking foot made for exactly this model. It makes quilting thick layers much easier and went live on Amazon this week. Search the model number plus 'walking foot' and ours will be the first one.

Happy sewing,
Gwen""")

R("violation", "en", [MKT], ["car-accessories", "US", "reply", "sale"],
  "Sale announcement ('30% off through Sunday') after an answer about fitment.",
  """Hi Jess,

Yes, the front seat covers fit the 2021 RAV4 including the side-airbag seams. The tags on the side panels are designed to tear away if the airbag deploys.

Also, heads-up: our whole range of seat covers is 30% off through Sunday for the holiday weekend, in case you want a matching set for the back row.

Drive safe,
Autoluxe""")

R("violation", "en", [MKT], ["office-furniture", "US", "reply", "storefront"],
  "Pushes the seller's Amazon brand store and other listings (no URL).",
  """Hi Patrick,

The cable tray clamps onto any desktop between 0.6 and 1.8 inches thick, so your 1.25-inch top is fine.

If you're outfitting the rest of the office, have a look at everything else we carry: search 'Northline Workspace' on Amazon and click through to our brand store. The monitor arms and under-desk drawers are the same powder-coat finish as this desk.

Best,
Northline""")

R("violation", "en", [MKT], ["home-brewing", "US", "proactive", "buy-again"],
  "Proactive 'buy it again' reorder push for a consumable.",
  """Hi Sam,

Regarding order 113-8021477-3390561: dry yeast packets are best used within six months, so around March it'll be time to restock. Just go to Your Orders and hit 'Buy it again' so you don't run out halfway through the season. We keep plenty in stock.

Cheers,
Hopworks Home Brew""")

R("violation", "en", [MKT], ["skincare-device", "US", "reply", "referral"],
  "Refer-a-friend reward offered inside a usage answer.",
  """Hi Chloe,

You can use the microcurrent wand every day, but most people see the best results with five minutes, five days a week. Always use it over the conductive gel, never on dry skin.

Lots of our customers end up sharing it with friends. If someone you know orders one and mentions your name in a message to us, we'll send you both a spare bottle of gel as a thank-you.

Glow on,
Mira""")

R("violation", "en", [MKT], ["3d-filament", "DE", "reply", "loyalty"],
  "Loyalty club (sixth spool free, early access to new colours) offered in a reply.",
  """Hi Felix,

The matte black PLA prints best at 205-215 °C; anything above 220 tends to lose the matte finish.

We're starting a little Filament Club for regular customers: after your fifth spool from us the sixth ships free, and members hear about new colours before anyone else. Reply 'JOIN' and I'll add you to the list.

Viele Grüße,
Jonas""")

# --- Chinese, simplified (14) ----------------------------------------------
R("violation", "zh", [RI], ["sewing-machines", "US", "reply", "incentive", "buried"],
  "好评返现 written out indirectly: leave a review, send a screenshot, get $10 back; buried after a replacement-part notice.",
  """您好，关于您说的送布牙卡线问题，我们已经安排补发新的压脚和针板，预计下周二送到，旧的不用寄回。

另外跟您说一声：收到配件后如果用得顺手，在亚马逊写几句使用感受，截个图发给我们，我们会给您返10美元，算是一点心意。

祝您使用愉快！""")

R("violation", "zh", [RI], ["fishing-tackle", "US", "reply", "five-star", "indirect"],
  "Asks for 满分 (full marks) as 'encouragement' without the words 五星/好评.",
  """您好，鱼竿第二节断裂的事情真的很抱歉，新竿子今天已经寄出，单号稍后同步给您。

我们是个小团队，每一个满分评价对我们来说都特别重要。如果您觉得这次处理得还可以，麻烦给个满分鼓励一下，谢谢您！""")

R("violation", "zh", [RI], ["3d-filament", "US", "reply", "change-remove", "after-refund"],
  "After a full refund, asks the buyer to edit their one-star product review (改一下).",
  """您好，已经为您办理了全额退款，耗材受潮确实是我们包装没做好，真的很抱歉。

看到您之前在商品页面留了一星，问题既然已经解决了，能不能麻烦您抽空把那条评论改一下？非常感谢！""")

R("violation", "zh", [RI], ["board-games", "US", "proactive", "gating"],
  "Gating: happy players review on Amazon, problems must come to the seller instead of the review.",
  """您好，感谢购买《星港商会》（订单号 114-2098341-5562087）。

如果您和朋友玩得开心，欢迎到亚马逊分享一下感受；如果发现缺件或者印刷问题，请千万先找我们处理，不要直接写在评论里，我们一定第一时间给您解决。""")

R("violation", "zh", [RI], ["home-brewing", "US", "reply", "feedback-pressure"],
  "Pressure to withdraw negative seller feedback ('绩效亮红灯', 帮忙撤掉).",
  """您好，您留的那条卖家差评对我们店铺影响非常大，现在账号绩效已经亮红灯了，您看能不能帮忙撤掉？

酵母活性不足的问题确实是运输途中温度太高造成的，我们下次一定加冰袋，这次给您添麻烦了。""")

R("violation", "zh", [RI], ["skincare-device", "US", "proactive", "steering"],
  "Tells the buyer what to write: specific claims, before/after photos, 50+ characters.",
  """您好，订单 111-6604128-9917346 的美容仪应该已经收到了。写评论的时候麻烦提一下“三周淡斑效果明显”和“充电很快”，再配两张使用前后的对比照片，字数尽量写到50字以上哈，这样对其他买家更有参考价值。""")

R("violation", "zh", [OPC], ["car-accessories", "US", "reply", "im"],
  "WeChat ID of the seller's technician for video support.",
  """您好，关于行车记录仪固件升级的问题，文字确实不太好说清楚。您方便的话加一下我们技术的微信 dashcam_tech88，他可以发视频一步一步带您操作，十分钟就能搞定。""")

R("violation", "zh", [OPC], ["office-furniture", "US", "reply", "email", "phone"],
  "External e-mail and a hotline number in a troubleshooting reply.",
  """您好，升降桌电机报E2错误，一般是同步线没插紧。麻烦您拍一段升降时的视频发到 service@gaoding-office.cn，或者直接拨打我们的售后热线 400-820-3317，工程师会尽快回复您。""")

R("violation", "zh", [OPC], ["fishing-tackle", "US", "reply", "website", "divert"],
  "Out of stock on Amazon: sends the buyer to the seller's own site, 'cheaper than Amazon'.",
  """您好，您问的这款10克铅头钩目前在亚马逊上断货了，补货大概要三周。您可以直接到我们官网 www.yuanshan-lure.com 下单，现货充足，价格还比亚马逊便宜一些。""")

R("violation", "zh", [OPC], ["sewing-machines", "US", "reply", "payment"],
  "Refund via PayPal outside Amazon instead of a return; asks for the buyer's PayPal account.",
  """您好，走退货流程太麻烦了，来回运费也贵。我们直接通过PayPal退您50美元，您把PayPal账号发给我就行，亚马逊那边就不用申请退货了，机器您留着用。""")

R("violation", "zh", [MKT], ["home-brewing", "US", "reply", "coupon", "buried"],
  "Coupon code appended to a shipping notice.",
  """您好，您的发酵桶已经从仓库发出，单号稍后同步给您，预计周四送达。

顺便说一下，店里的啤酒花和麦芽套装这周用优惠码 BREW20 可以打八折，需要的话可以看看。""")

R("violation", "zh", [MKT], ["skincare-device", "US", "reply", "new-product", "cross-sell"],
  "Announces an upcoming companion product and invites the buyer back to buy it.",
  """您好，很高兴美容仪的充电问题解决了，底座触点擦干净就好。

我们下个月会上一款配套的补水导入凝胶，和这台仪器搭配效果更好，到时候欢迎回来选购。""")

R("violation", "zh", [MKT], ["car-accessories", "US", "reply", "storefront"],
  "Pushes the seller's store and matching products by store name.",
  """感谢您的耐心等待，替换的座椅头枕已经发出了。

我们店铺里还有同系列的方向盘套和脚垫，颜色和您买的头枕是一套的，在亚马逊搜索店铺名“驰安车品”就能看到，很多老客户都是整套配齐的。""")

R("violation", "zh", [MKT], ["3d-filament", "US", "reply", "referral"],
  "老带新 referral scheme in a reply about a nozzle jam.",
  """您好，堵头的问题一般是回抽太多导致的，把回抽距离调小一点再试试。

另外我们最近在做老带新活动：您推荐朋友买我们的耗材，朋友下单后您和朋友各得一卷免费的小样卷。""")

# --- Chinese, traditional (8) -----------------------------------------------
R("violation", "zh", [RI], ["board-games", "US", "reply", "incentive", "hant"],
  "Review screenshot rewarded with 20% off the next expansion (future benefit for a review).",
  """您好，缺少的兩張角色卡已經補寄，預計三到五天送達。

另外，若您願意在亞馬遜留下評價，留評後截圖給我們，即可獲得下一款擴充包的八折優惠喔。""")

R("violation", "zh", [RI], ["office-furniture", "US", "reply", "change-remove", "incentive", "hant"],
  "Full refund offered in exchange for deleting a one-star product review.",
  """您好，椅背螺絲滑牙的問題我們深感抱歉。我們可以全額退款給您，商品也不需要寄回，只要您願意把商品頁上那則一星評論刪除就好。""")

R("violation", "zh", [RI], ["fishing-tackle", "US", "proactive", "five-star", "hant"],
  "五顆星 request conditioned on satisfaction.",
  """您好，訂單 112-7719035-2286410 的路亞竿應該已經送達了。收到竿子如果滿意，請幫我們打個五顆星，這對我們這種小賣家真的很重要！""")

R("violation", "zh", [OPC], ["sewing-machines", "US", "reply", "im", "hant"],
  "LINE ID for a video lesson.",
  """您好，上線張力的調整用文字比較難說明清楚。您可以加我們的 LINE：@sewjoy_tw，我們的老師可以直接視訊教學，邊看邊調會快很多。""")

R("violation", "zh", [OPC], ["skincare-device", "US", "reply", "social", "hant"],
  "Instagram account + invitation to DM there.",
  """您好，美容儀的三種模式建議先從最低檔開始。更多使用教學和前後對比都放在我們的 Instagram @glowlab.official，歡迎追蹤並私訊我們，小編會一對一回答您的問題。""")

R("violation", "zh", [OPC], ["3d-filament", "US", "reply", "qr", "hant"],
  "QR code to an external warranty/support site.",
  """您好，線材纏繞的問題很抱歉。包裝盒側面有一個QR碼，掃描後可以直接進入我們的客服網站登記保固，之後所有的耗材問題都可以在那裡處理，不用再透過這裡留言。""")

R("violation", "zh", [MKT], ["home-brewing", "US", "reply", "sale", "new-product", "hant"],
  "Weekend sale and new-product mention in a reply.",
  """您好，發酵溫度建議維持在18到20度之間。

這週末全館釀酒設備滿兩件打85折，新推出的不鏽鋼發酵桶也在活動範圍內，需要的話可以參考看看。""")

R("violation", "zh", [MKT], ["car-accessories", "US", "reply", "loyalty", "hant"],
  "VIP membership programme with exclusive discounts.",
  """感謝您再次購買！我們有VIP會員計畫，累積購買三次即可升級，之後每筆訂單都有專屬折扣。回覆「加入」即可幫您登記。""")

# --- Mixed (5) --------------------------------------------------------------
R("violation", "mixed", [RI], ["skincare-device", "US", "reply", "five-star", "gating"],
  "Code-switched five-star request combined with gating of unhappy buyers.",
  """Hi Jenny, 很高兴您喜欢这款 RF 美容仪！If you're happy with it, 麻烦在 Amazon 给我们一个 five-star review；不满意的话 please message us first，我们一定帮您处理好，先不要写评论哦。""")

R("violation", "mixed", [OPC], ["car-accessories", "US", "reply", "im", "phone"],
  "Code-switched reply that moves the buyer to WhatsApp with a phone number.",
  """亲，您的 order 113-5520918-7734102 我们查过了，tracking 显示已经签收。如果还是找不到包裹，直接 WhatsApp 我们 +86 139 2871 5530，我们 24 小时 online，处理比这里快很多。""")

R("violation", "mixed", [MKT], ["fishing-tackle", "US", "reply", "sale"],
  "Bilingual tracking reply with a Prime Day buy-2-get-1 promotion.",
  """Hi David, 您的鱼线轮替换件已经寄出 (USPS tracking 9400 1118 9922 3345 6789 01)，预计周五到。

另外 Prime Day 期间我们全店 fishing line 都是 buy 2 get 1 free，需要的话可以顺便囤点货。""")

R("violation", "mixed", [RI, OPC], ["sewing-machines", "US", "reply", "change-remove", "payment"],
  "Asks to remove a 1-star review and offers a PayPal refund (two policies).",
  """Dear customer, 非常抱歉 the needle plate 有划痕。Please remove your 1-star review and send me your PayPal email, 我们马上 refund $30 to you, 不用退货。""")

R("violation", "mixed", [OPC, MKT], ["home-brewing", "UK", "reply", "website", "url", "coupon"],
  "Own website URL plus a web-only discount code (two policies).",
  """Thanks for your order, Oliver! 您问的 sparging arm 我们 Amazon 上没有上架，我们的 brand website 有更多配件，用 code WEB10 还能再减 10%：www.tidalbrewgear.co.uk""")


# ---------------------------------------------------------------------------
# EVASIONS (30)
# ---------------------------------------------------------------------------

# --- English (13) -----------------------------------------------------------
R("evasion", "en", [RI], ["yoga-equipment", "US", "proactive", "five-star", "spacing"],
  "Letter-spaced 'f i v e - s t a r r e v i e w'.",
  """Hi Alicia,

Your cork yoga mat from order 114-0093321-6672810 was delivered on Monday. We'd be over the moon if you left us a f i v e - s t a r   r e v i e w once you've tried it in a couple of classes.

Namaste,
Terra Mats""")

R("evasion", "en", [MKT], ["archery", "US", "reply", "coupon", "zero-width"],
  "Zero-width spaces inside 'discount code' and the code itself.",
  "Hi Daniel, the replacement nock set is on its way and should be with you Thursday. "
  "If you're restocking arrows for the season, the dis" + ZW + "count co" + ZW + "de FLET" + ZW + "CH12 "
  "takes 12% off shafts and fletchings in our shop on Amazon. Regards, Fletch & Co.")

R("evasion", "en", [OPC], ["fishing-tackle", "US", "reply", "im", "zero-width"],
  "Zero-width space splits 'Telegram' before a handle.",
  "Hi Marcus, sorry the baitcaster's spool tension knob came loose. Our tackle tech answers much faster on Tele"
  + ZW + "gram: @anglersdepot_help. Send him a photo of the side plate and he'll tell you which washer is missing.")

R("evasion", "en", [OPC], ["welding-helmets", "US", "reply", "email", "at-dot"],
  "E-mail address written with (at) and (dot).",
  """Hello Wayne,

Sorry the headgear ratchet slipped. The quickest route for a warranty part is our warranty desk: warranty (at) forgeline-welding (dot) com. Just put your order number in the subject line and attach a photo of the date stamp inside the shell.

Thanks,
Forgeline""")

R("evasion", "en", [OPC], ["sewing-machines", "US", "reply", "phone", "spelled-digits"],
  "Phone number spelled out in words to dodge digit patterns.",
  """Hi Barbara,

Threading the serger loopers is much easier with someone talking you through it. Text me on four one five, five five five, zero one nine two whenever you're sitting at the machine and I'll call you back and walk you through it step by step.

Best,
Connie""")

R("evasion", "en", [MKT], ["sewing-machines", "US", "reply", "coupon", "leetspeak"],
  "Coupon offer in leetspeak (c0de, n3xt, 0ff).",
  """Hi Janet, glad the new bobbins fit! Use c0de S4VE25 on your n3xt 0rder for 25% 0ff any of our b0bbin and n33dle packs. Happy stitching!""")

R("evasion", "en", [RI], ["office-furniture", "US", "reply", "change-remove", "homoglyph"],
  "Cyrillic е/а inside 'please update your review'.",
  "Hi Laura, the refund for the wobbly caster set went through this morning. Now that it's sorted, could you pl"
  "\u0435\u0430s\u0435 upd\u0430t\u0435 your r\u0435vi\u0435w to reflect how we handled it? Thank you so much.")

R("evasion", "en", [OPC], ["board-games", "US", "reply", "social", "homoglyph"],
  "Greek capital iota and omicron in 'Instagram' / 'Facebook' handles.",
  "Hi Sophie, the missing meeple bag was posted today. We share painting guides for the miniatures on \u0399nstagram @tabletop_forge "
  "and you can also message us on Faceb\u03bf\u03bfk, we usually answer there within the hour.")

R("evasion", "en", [MKT], ["car-accessories", "US", "reply", "coupon", "fullwidth"],
  "Coupon code in full-width Latin letters and digits.",
  """Hi Omar, the roof box clamps fit crossbars up to 80 mm wide, so your aero bars are fine. ｃｏｕｐｏｎ ｃｏｄｅ：ＣＡＲ１５ gets you 15% off the matching cargo net.""")

R("evasion", "en", [RI], ["fishing-tackle", "US", "proactive", "five-star", "emoji-stars"],
  "Emoji stars instead of the words 'five stars'.",
  """Hi Greg, your lure box (order 111-4470026-3318295) arrived yesterday. If it made your trip easier, we'd love to see ⭐⭐⭐⭐⭐ next to your name on the product page!""")

R("evasion", "en", [RI], ["office-furniture", "UK", "reply", "change-remove", "line-split"],
  "'updating your review' hyphenated and split across line breaks.",
  """Hi Gareth,

We've fitted a new gas lift and refunded the delivery charge. Would you consider up-
dating your one-star re-
view so it reflects the fix? It would mean a lot to the team.

Many thanks,
Sophie""")

R("evasion", "en", [MKT], ["home-brewing", "US", "reply", "storefront", "new-product", "separators"],
  "Dotted and hyphenated 's.t.o.r.e.f.r.o.n.t' and 'n-e-w'.",
  """Hi Kyle, the keg coupler you asked about is a standard D-type. Pop over to our s.t.o.r.e.f.r.o.n.t on Amazon (search Brewhaus Co) for the n-e-w stainless corny kegs that just landed.""")

R("evasion", "en", [RI], ["knife-sharpening", "US", "reply", "incentive", "euphemism"],
  "Euphemistic incentive: 'let other shoppers know' + 'a little surprise' for doing so.",
  """Hi Ethan,

Really pleased the 1000/6000 whetstone brought your chef's knife back to life. Once you've had a chance to let other shoppers know how it performs on the product page, just drop us a line here and a little surprise will be on its way to you as our thanks.

Sharp regards,
Keenedge""")

# --- Chinese, simplified (8) -----------------------------------------------
R("evasion", "zh", [RI], ["home-brewing", "US", "reply", "incentive", "spacing"],
  "好 评 返 现 with spaces between characters.",
  """您好，补发的比重计已经寄出。收到货后留个 好 评 返 现 5 美金，截图发我就行，名额有限哦。""")

R("evasion", "zh", [RI], ["car-accessories", "US", "reply", "five-star", "incentive", "separators"],
  "五/星/好/评 with slashes, rewarded with a free accessory.",
  """亲，您的车载手机支架今天到了吧？给个 五/星/好/评 送您同款出风口夹子一套，发个截图给客服就行。""")

R("evasion", "zh", [OPC], ["home-brewing", "US", "reply", "im", "homophone"],
  "薇信 homophone for 微信 with an ID.",
  """您好，麦芽粉碎度的问题比较复杂，有问题加薇信：brew_helper2023，我们在那边处理比站内消息快很多。""")

R("evasion", "zh", [OPC], ["fishing-tackle", "US", "reply", "im", "slang"],
  "加V slang for WeChat with an ID.",
  """您好，渔线轮异响您可以加V：gf-lure888，发个视频给我们看看，师傅当场帮您判断是轴承还是齿轮。""")

R("evasion", "zh", [RI], ["skincare-device", "US", "reply", "incentive", "pinyin"],
  "Pinyin 'haoping' and 'fanxian' for 好评返现.",
  """您好，洁面仪的替换刷头已经发出。用得满意的话留个 haoping 可以 fanxian 哦，具体金额不方便在这里说，您回复“了解”我们再告诉您。""")

R("evasion", "zh", [OPC], ["office-furniture", "US", "reply", "phone", "spelled-digits"],
  "Phone number written in Chinese numerals (幺 for 1).",
  """您好，电脑椅气压棒更换需要专用工具，文字说不清楚，您直接打我们售后电话：幺三八 二六七四 九九零一，师傅手把手教您。""")

R("evasion", "zh", [MKT], ["sewing-machines", "US", "reply", "coupon", "pinyin"],
  "Pinyin abbreviation yhm (优惠码) and half-pinyin 'zhe扣'.",
  """您好，梭芯盒已经补发了。下次再买针或者压脚，用 yhm：SEW8 可以打 zhe扣，全店通用。""")

R("evasion", "zh", [MKT], ["office-furniture", "US", "reply", "new-product", "sale", "line-split"],
  "新品 and 特惠 split across line breaks.",
  """您好，显示器支架的承重是2到9公斤，您的27寸显示器没问题。我们店里
新
品人体工学脚踏这周
特
惠，欢迎来逛逛。""")

# --- Chinese, traditional (4) -----------------------------------------------
R("evasion", "zh", [RI], ["tea-sets", "US", "proactive", "five-star", "zero-width", "hant"],
  "五星好評 with zero-width spaces between characters.",
  "您好，訂單 113-6627340-1189254 的紫砂茶具應該已經收到了，喜歡的話麻煩給個五" + ZW + "星" + ZW + "好" + ZW + "評，感恩！")

R("evasion", "zh", [OPC], ["tea-sets", "US", "reply", "email", "fullwidth", "hant"],
  "Full-width e-mail address (＠ and ．).",
  """您好，茶壺蓋口有缺角很抱歉。請把照片寄到 ｓｕｐｐｏｒｔ＠ｔｅａｍｏｔｏ．ｔｗ，我們收到後會直接處理補寄。""")

R("evasion", "zh", [MKT], ["tea-sets", "US", "reply", "coupon", "sale", "separators", "hant"],
  "折-扣-碼 with hyphens and a spaced code.",
  """您好，茶盤的排水管是標準規格，一般五金行的軟管都能接。順便告訴您：折-扣-碼 T E A 8 8，全館新品八八折。""")

R("evasion", "zh", [RI], ["camping-stoves", "US", "reply", "feedback-pressure", "incentive", "slang", "hant"],
  "Slang: 撤一下 the negative seller feedback in exchange for a 小紅包 (red packet).",
  """您好，爐頭點火器的問題已經幫您補寄新的了。您之前留的那則賣家差評，可以麻煩您幫忙撤一下嗎？撤了我們馬上包個小紅包給您，當作補償。""")

# --- Mixed (5) --------------------------------------------------------------
R("evasion", "mixed", [MKT], ["3d-filament", "US", "reply", "coupon", "new-product", "leetspeak", "separators"],
  "Code-mixed new-product + coupon with leetspeak 'f!lament' and hyphenated 'c-o-d-e'.",
  """您好，silk PLA 的打印温度建议 210°C。我们新款 f!lament 上架啦，用 c-o-d-e PLA5 打九五折。""")

R("evasion", "mixed", [OPC], ["drone-parts", "US", "reply", "im", "pinyin", "separators", "fullwidth"],
  "Tone-marked pinyin 'wēixìn', dotted W·h·a·t·s·A·p·p and full-width digits.",
  """亲，螺旋桨的安装方向图片说不清，加我 wēixìn 或者 W·h·a·t·s·A·p·p：+1 ６２６ ５５５ ０１９９，我发视频给您。""")

R("evasion", "mixed", [RI], ["car-accessories", "US", "reply", "five-star", "incentive", "emoji-stars"],
  "Code-mixed '5⭐ 好评' rewarded with $10 返.",
  """Hi Kevin, 车载吸尘器的 filter 已经补发了。给个 5⭐ 好评 pls，we'll 返 $10 to you after 截图。""")

R("evasion", "mixed", [MKT], ["sewing-machines", "US", "reply", "loyalty", "spacing"],
  "Loyalty group with every Chinese character spaced out.",
  """Hi Grace, 刺绣框的 size 是 5x7 inch。Reply 'VIP' 入 群 享 专 属 discount，每 月 new arrivals 先 知 道。""")

R("evasion", "mixed", [MKT], ["car-accessories", "US", "reply", "storefront", "buy-again", "spacing"],
  "Spaced 's t o r e', matching products, and a 'buy again' discount.",
  """您好，方向盘套的尺寸是 38 cm，适合您的车。我们的 s t o r e 还有 matching 的手刹套和档把套，搜 brand 名就有，buy again 也有 10% off。""")


# ---------------------------------------------------------------------------
# NEAR-MISSES (55): compliant, labels []
# ---------------------------------------------------------------------------

# --- English (26) -----------------------------------------------------------
R("near-miss", "en", [], ["office-furniture", "US", "reply", "cancel", "order-id"],
  "'cancelled' + order id: the seller cancels a duplicate order at the buyer's request (not asking the buyer to cancel).",
  """Hi Raj,

As you asked, we've cancelled the duplicate order 114-3958271-6620915, and you weren't charged for it. Your original order for the standing desk frame is unaffected and still ships on Monday.

Best regards,
Northline""")

R("near-miss", "en", [], ["office-furniture", "US", "reply", "carrier-phone", "warn-ok"],
  "Freight carrier's phone number + PRO number for a bulky-item delivery (brief: carrier numbers are an exception, warn at most).",
  """Hi Angela,

Because the executive desk ships by freight, the carrier will call you to book a delivery window. If you'd rather contact them yourself, their customer line is 1-866-555-0148; quote PRO number 0482-193375 and they'll find the shipment.

Thanks,
Northline""")

R("near-miss", "en", [], ["sewing-machines", "US", "reply", "feedback-neutral-notice", "warn-ok"],
  "Amazon's own neutral seller-feedback notice after resolution (brief: allowed form, linter may warn).",
  """Hi Doreen,

The new presser-foot lever is installed and you've confirmed the machine feeds evenly again. Thank you for your patience while we sorted it out.

If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided.

Kind regards,
Stitchcraft""")

R("near-miss", "en", [], ["sewing-machines", "US", "proactive", "neutral-review-request"],
  "Neutral, unconditional review request with order id, sent once (allowed by the interface).",
  """Hello Mei,

Order 112-0457719-8803246: we hope the pattern weights are working well in your studio. If you have a moment, you're welcome to share your experience with this product in a review on Amazon. Every honest opinion helps other sewists decide.

Thank you,
Stitchcraft""")

R("near-miss", "en", [], ["3d-filament", "US", "reply", "thanks-for-review"],
  "Thanks a buyer who said they already left a review; no request.",
  """Hi Marco,

Thank you for mentioning that you'd already left a review, and for the detail about the spool hub being too narrow for your holder. We've passed that straight to our design team and are looking at a wider core for the next batch.

Cheers,
Layerline""")

R("near-miss", "en", [], ["espresso-grinders", "US", "reply", "refuse-offplatform"],
  "Declines the buyer's request to move to WhatsApp/e-mail; names both but gives no contact.",
  """Hi Leon,

I'm afraid we can't move this conversation to WhatsApp or e-mail. Amazon asks sellers to keep all order communication in this message thread, and that also keeps a record that protects you. Please send the photos of the burrs here using the attachment button and I'll look at them today.

Best,
Grindwell Support""")

R("near-miss", "en", [], ["board-games", "US", "reply", "refuse-discount"],
  "Declines a buyer's request for a coupon on a second copy; contains 'discount' and 'coupons'.",
  """Hi Nora,

I understand you were hoping for a discount on a second copy for your club, but we aren't able to offer coupons or special pricing through messages. The price shown on the listing is the price we can offer.

Thanks for understanding,
Oakhollow Games""")

R("near-miss", "en", [], ["car-accessories", "US", "reply", "explain-amazon-promo", "warn-ok"],
  "Explains an Amazon clip-coupon the buyer asked about (brief: allowed reply, marketing rule may warn).",
  """Hi Victor,

You're right that the listing showed a 'Save 10% with coupon' checkbox last week. That coupon is run through Amazon and is only applied at checkout when the box is ticked before purchase. It ended on the 14th, and I'm not able to apply it to an order after the fact.

Sorry I can't be more help on that one,
Autoluxe""")

R("near-miss", "en", [], ["fishing-tackle", "US", "reply", "product-facts"],
  "Product facts with 'free from', 'rating', 'new' and 'sale' in a non-promotional sense.",
  """Hi Walt,

The tackle bag is 600D polyester, free from PVC, and its IPX4 rating means it handles spray and rain but shouldn't be submerged. The 'Pro' series is new for this year, but the zippers are the same as last year's. The 'sale date' printed on the tag is just the manufacturing batch date.

Regards,
Danielle""")

R("near-miss", "en", [], ["sewing-machines", "US", "reply", "instructions", "remove-update"],
  "Instructions full of 'remove', 'update', 'change' and 'review' used for machine maintenance.",
  """Hi Pam,

To change the needle: raise it to its highest point, loosen the clamp screw and remove the old needle, then push the new one up with the flat side facing the back. After that, update the embroidery unit's firmware from the USB stick in the accessory box, and review the tension settings on page 14 before you start stitching again.

Happy sewing,
Stitchcraft""")

R("near-miss", "en", [], ["pottery-wheels", "US", "reply", "amazon-link", "return"],
  "Amazon's own order-history URL to start a return (brief: at most info).",
  """Hi Carl,

I'm sorry the splash pan cracked in transit. You can start the return from Your Orders here: https://www.amazon.com/gp/css/order-history. Choose 'Item arrived damaged' and a prepaid label will be generated for you, so there's nothing to pay.

Regards,
Clayworks""")

R("near-miss", "en", [], ["telescopes", "US", "reply", "asin", "tracking", "order-id"],
  "ASIN, UPS tracking number and order id that must not be read as phone numbers.",
  """Hi Nadia,

The replacement eyepiece (ASIN B0C7K2M4QX) shipped today with UPS, tracking 1Z999AA10123456784, and should arrive Friday. It's linked to your original order 111-2093847-5561203, so there's nothing else you need to do.

Clear skies,
Ben""")

R("near-miss", "en", [], ["home-brewing", "US", "reply", "refund"],
  "Plain refund notice; 'refund' with no review link.",
  """Hi Tasha,

Your refund of $64.99 for the cracked fermenter lid was issued today. Refunds to the original card usually take 3 to 5 business days to show up, depending on your bank.

Sorry again for the trouble,
Hopworks Home Brew""")

R("near-miss", "en", [], ["office-furniture", "US", "reply", "reviewed", "change"],
  "'reviewed' and 'change' in a quality-investigation sense.",
  """Hi Harold,

Our engineer reviewed the photos you sent, and the cracked caster is a moulding defect rather than anything you did. We'll change the whole five-star base rather than just the one caster, since the sockets may be affected too. The new base ships tomorrow.

Best,
Northline""")

R("near-miss", "en", [], ["skincare-device", "US", "reply", "amazon-review-email-info"],
  "Buyer asked about an Amazon review e-mail; seller explains it is automatic, no ask.",
  """Hi Rosa,

The email asking you to rate the product came from Amazon, not from us. Amazon sends those automatically after delivery and we don't control the timing. You can simply ignore it if you'd rather not respond.

Best wishes,
Mira""")

R("near-miss", "en", [], ["board-games", "US", "reply", "buyer-asks-edit-review"],
  "Buyer asked how to edit their own review; seller explains where, and says it won't ask them to.",
  """Hi Elliot,

To answer your question: reviews belong to you, so any edits are made from your own Amazon account under 'Your Reviews'. We can't touch them from our side, and we'd never ask you to change what you wrote.

All the best,
Oakhollow Games""")

R("near-miss", "en", [], ["home-brewing", "US", "reply", "at-dot-words"],
  "Natural uses of 'at' and 'dot' that could trip (at)/(dot) heuristics.",
  """Hi Phil,

The kit arrives at your door in two boxes; the glass carboy is packed separately. Set the thermometer at 68, and dot a little keg lube at the base of the airlock grommet so it seals properly. The siphon goes in at the 5-gallon mark.

Cheers,
Mike""")

R("near-miss", "en", [], ["sewing-machines", "CA", "reply", "part-numbers"],
  "Part and model numbers formatted like phone numbers.",
  """Hi Denise,

The bobbin case for your machine is part 416-591-2201A, and the needle plate is 200122-001. Both fit every model in the 9960 series, including the 9960-220 you have.

Best,
Stitchcraft""")

R("near-miss", "en", [], ["car-accessories", "US", "reply", "im-name-feature"],
  "Names WhatsApp/Telegram as unsupported app features, not as contact channels.",
  """Hi Jamal,

The dash cam's companion app can push motion alerts to your phone, but it doesn't send WhatsApp or Telegram notifications, and those apps aren't supported. The alerts come through the app itself once notifications are turned on in your phone settings.

Regards,
Autoluxe""")

R("near-miss", "en", [], ["fishing-tackle", "US", "reply", "free-replacement"],
  "'free of charge' replacement as a remedy, not a promotion.",
  """Hi Curtis,

A replacement reel has been sent free of charge and should arrive Tuesday. You don't need to return the faulty one; please just recycle it.

Tight lines,
Brandon""")

R("near-miss", "en", [], ["office-furniture", "US", "reply", "price-explanation"],
  "Explains a price drop; 'discount' and 'price' without any offer.",
  """Hi Megan,

The lower price you saw on the monitor arm the day after your order was a listing error on our side that was corrected within a few hours. You keep the price you paid, and nothing further is needed from you.

Best,
Northline""")

R("near-miss", "en", [], ["pottery-wheels", "US", "proactive", "neutral-review-request", "positive-word"],
  "Neutral review request containing 'positive or negative' (balanced, no gating).",
  """Hello Irene,

Order 113-7720594-3381640: we'd like to hear how the pottery wheel is working out, positive or negative. If you choose to write a review on Amazon, every honest opinion helps other potters.

Best,
Clayworks""")

R("near-miss", "en", [], ["office-furniture", "US", "reply", "bulky-delivery-phone"],
  "Asks for a phone number the freight carrier can call to schedule a bulky delivery (allowed purpose).",
  """Hi Trevor,

To schedule freight delivery of the L-shaped desk, could you confirm a phone number the carrier can use to call ahead? They won't leave an item this size without someone home to sign for it.

Thanks,
Northline""")

R("near-miss", "en", [], ["board-games", "US", "reply", "star-symbols-facts"],
  "Star symbols and 'rating' used for the game's printed complexity scale.",
  """Hi Gemma,

The ★★★☆☆ on the back of the box is the game's complexity rating, not a review score. Three stars means medium weight, so most new players are comfortable after one practice round. The two-star rating on the solo variant means it's lighter still.

Have fun,
Oakhollow Games""")

R("near-miss", "en", [], ["camping-stoves", "US", "reply", "refuse-incentive"],
  "Declines the buyer's offer of a review in exchange for a discount.",
  """Hi Derek,

Thanks for asking first. We can't offer anything in exchange for a review; Amazon doesn't allow it, and honestly we'd rather you write whatever you really think, or nothing at all. The stove's warranty covers you either way.

Regards,
Summit Flame""")

R("near-miss", "en", [], ["3d-filament", "US", "reply", "out-of-stock-seller-cancel", "refund"],
  "Seller cancels an out-of-stock order itself and refunds; does not ask the buyer to cancel.",
  """Hi Priyanka,

Unfortunately the 1.75 mm silk PLA in copper is out of stock and the supplier can't give us a date. We've cancelled the order on our side and the full amount has been refunded, so you don't need to do anything.

Sorry for the letdown,
Ollie at Layerline""")

# --- Chinese, simplified (16) -----------------------------------------------
R("near-miss", "zh", [], ["office-furniture", "US", "reply", "cancel", "order-id"],
  "已按要求取消重复订单 + order id.",
  """您好，已按您的要求取消重复订单 113-4470981-2265034，这笔订单不会扣款。您原来的那张升降桌订单不受影响，明天照常发货。""")

R("near-miss", "zh", [], ["car-accessories", "US", "reply", "address-change"],
  "修改/更新收货地址 before shipment.",
  """您好，订单还没有发货，收货地址可以修改。麻烦您在这条消息里确认一下新的地址和邮编，我们这边更新后再安排发货。""")

R("near-miss", "zh", [], ["car-accessories", "US", "reply", "delete", "instructions"],
  "删除 in firmware instructions.",
  """您好，固件升级前请先删除SD卡里的旧视频文件，然后把升级包拷到根目录，插回记录仪后长按电源键十秒，指示灯变蓝就说明升级成功了。""")

R("near-miss", "zh", [], ["skincare-device", "US", "reply", "refund"],
  "退款 notice.",
  """您好，退款已经原路退回您的信用卡，一般3到5个工作日到账，具体以银行处理时间为准。给您带来不便，非常抱歉。""")

R("near-miss", "zh", [], ["3d-filament", "US", "reply", "substring-traps"],
  "Contains 检索评测 and 搜索评论 (substring 索评), talking about past test records.",
  """您好，您提到在商品页搜索评论时看到有人说卡料，我们检索评测记录后确认，那是去年一个旧批次的线径偏差问题，现在这批的线径误差都在正负0.02毫米以内。""")

R("near-miss", "zh", [], ["fishing-tackle", "US", "reply", "feedback-neutral-notice", "warn-ok"],
  "Neutral seller-feedback notice after resolution, Chinese wording from the brief's allowed form (warn at most).",
  """您好，新的渔线轮已经送到，您也确认使用正常了，感谢您的耐心。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，是否修改完全由您决定。""")

R("near-miss", "zh", [], ["fishing-tackle", "US", "proactive", "neutral-review-request"],
  "Neutral review request that explicitly welcomes good or bad experiences.",
  """您好，订单 111-3390572-8846120：希望您的钓箱用得顺手。如果方便的话，欢迎在商品页分享您的真实使用感受，无论好坏，对其他钓友都有参考价值。""")

R("near-miss", "zh", [], ["sewing-machines", "US", "reply", "thanks-for-review"],
  "感谢您的好评 as a reply to a buyer who said they left one (brief: info at most).",
  """您好，感谢您的好评，也谢谢您告诉我们脚踏线有点短的问题。我们已经反馈给工厂，下一批会换成1.8米的线。""")

R("near-miss", "zh", [], ["skincare-device", "US", "reply", "refuse-offplatform"],
  "Refuses to move to WeChat/e-mail; names them without giving any contact.",
  """您好，很抱歉，我们不能通过微信或邮箱和您联系，亚马逊要求所有沟通都在站内消息里进行。您直接把照片发在这里就可以，我们今天就回复您。""")

R("near-miss", "zh", [], ["home-brewing", "US", "reply", "refuse-incentive"],
  "Refuses cash-back for a review; contains 留评 and 返现.",
  """您好，您问留评是否有返现，这个我们不能提供，亚马逊不允许任何形式的留评奖励。您按真实感受来写就好，不写也完全没关系。""")

R("near-miss", "zh", [], ["skincare-device", "US", "reply", "im-name-feature"],
  "微信 as an app login/notification feature, not a contact handle.",
  """您好，这款美容仪的App支持微信登录和微信消息提醒，不需要绑定手机号。如果收不到提醒，请在手机设置里打开App的通知权限。""")

R("near-miss", "zh", [], ["home-brewing", "US", "reply", "free-replacement"],
  "免费补发 as a remedy.",
  """您好，我们已免费为您补发一个新的发酵桶盖，预计周三送到，旧的不用寄回，直接处理掉就可以。""")

R("near-miss", "zh", [], ["sewing-machines", "US", "reply", "asin", "tracking", "order-id"],
  "ASIN, USPS tracking and order id in Chinese text.",
  """您好，补发的缝纫机脚踏 ASIN 是 B08XQ71LMN，USPS 单号 9400 1118 9922 3345 6789 01，原订单号 114-7765432-0031178，预计下周一送达。""")

R("near-miss", "zh", [], ["office-furniture", "US", "reply", "explain-amazon-promo", "warn-ok"],
  "Explains an Amazon Prime member price the buyer asked about (marketing rule may warn).",
  """您好，您问的Prime会员专享价是亚马逊平台自己的活动，价格在结算时由亚马逊自动计算，我们卖家这边没有办法手动调整，还请理解。""")

R("near-miss", "zh", [], ["board-games", "US", "reply", "star-symbols-facts"],
  "星级 for game difficulty printed on the box, 'unrelated to reviews'.",
  """您好，盒子背面的星级表示游戏难度，三颗星是中等难度，和商品评价无关。第一次玩建议先用基础规则，不加事件卡。""")

R("near-miss", "zh", [], ["3d-filament", "US", "reply", "modify-update", "instructions"],
  "修改/更新 slicer settings.",
  """您好，建议在切片软件里把回抽距离修改为0.8毫米，再更新一下耗材配置文件里的温度，拉丝的问题应该就能明显改善。""")

# --- Chinese, traditional (9) -----------------------------------------------
R("near-miss", "zh", [], ["office-furniture", "US", "reply", "cancel", "refund", "hant"],
  "取消訂單 at the buyer's request + refund timing.",
  """您好，已依照您的要求取消訂單，款項會在三到五個工作天內退回原付款方式，不需要您再做任何操作。""")

R("near-miss", "zh", [], ["sewing-machines", "US", "reply", "delete", "instructions", "hant"],
  "刪除 in app instructions.",
  """您好，請先刪除縫紉機App裡舊的花樣檔，再重新匯入新的檔案。記憶體不足的時候才會出現錯誤代碼E7。""")

R("near-miss", "zh", [], ["tea-sets", "US", "proactive", "neutral-review-request", "hant"],
  "Neutral review request, good or bad.",
  """您好，訂單 112-5518830-4026917：如果您願意，歡迎在商品頁面分享您的真實使用心得，不論好壞都能幫助其他買家。""")

R("near-miss", "zh", [], ["sewing-machines", "US", "reply", "refuse-offplatform", "hant"],
  "Refuses LINE/phone contact; names LINE without an ID.",
  """不好意思，我們無法透過LINE或私人電話和您聯繫，所有售後都需要在亞馬遜訊息中完成。請直接把照片傳到這裡，我們會盡快處理。""")

R("near-miss", "zh", [], ["office-furniture", "US", "reply", "carrier-phone", "warn-ok", "hant"],
  "Freight carrier's service number for a bulky delivery (warn at most).",
  """您好，大型辦公桌由貨運公司配送，他們會提前致電和您約時間。若需要自行查詢，可撥打貨運公司客服 1-800-555-0163，並提供運單號 PRO 7730-228104。""")

R("near-miss", "zh", [], ["3d-filament", "US", "reply", "thanks-for-review", "hant"],
  "Thanks for a review the buyer mentioned; no request.",
  """謝謝您告訴我們已經留下評價，也謝謝您指出說明書第12頁的錯字，我們下一批印刷會修正。""")

R("near-miss", "zh", [], ["camping-stoves", "US", "reply", "feedback-neutral-notice", "warn-ok", "hant"],
  "Neutral seller-feedback notice after resolution (warn at most).",
  """您好，新的點火器已經送達，也確認可以正常使用了。如果您認為我們已經妥善處理您的問題，您可以自行決定是否更新或移除先前留下的賣家回饋。""")

R("near-miss", "zh", [], ["fishing-tackle", "US", "reply", "product-facts", "hant"],
  "Product-spec words 免費/新 (warranty, new formula) without an offer.",
  """您好，這款釣線不含PVC，包裝上的「新配方」指的是塗層改良。保固說明裡的「免費更換線軸」是指保固期內線軸斷裂可以申請更換，不是促銷活動。""")

R("near-miss", "zh", [], ["car-accessories", "US", "reply", "partial-refund", "modify-update", "hant"],
  "部分退款 + 修正/更新 order record.",
  """您好，部分退款已經處理完成，金額已修正為32.50美元，並已更新到您的訂單紀錄中，您可以在訂單詳情裡查看。""")

# --- Mixed (4) --------------------------------------------------------------
R("near-miss", "mixed", [], ["home-brewing", "US", "reply", "refund", "order-id"],
  "Code-mixed refund notice with an order id.",
  """Hi Kevin, 您的 refund 已经 processed 了，order 113-2233445-6677889 的 $89.99 会在 3–5 个工作日内退回信用卡。No need to return the item.""")

R("near-miss", "mixed", [], ["skincare-device", "US", "reply", "refuse-offplatform"],
  "Bilingual refusal to chat on WeChat.",
  """Sorry, we can't chat on WeChat. 很抱歉我们不能用微信沟通，请在 Amazon 消息里直接发照片给我们，我们会尽快回复。""")

R("near-miss", "mixed", [], ["fishing-tackle", "US", "reply", "explain-amazon-promo", "warn-ok"],
  "Code-mixed explanation of an Amazon page coupon the buyer asked about (marketing rule may warn).",
  """您说的 'Save 15% with coupon' 是 Amazon 页面上的 coupon，结算时由 Amazon 自动 apply，我们这边看不到也改不了。""")

R("near-miss", "mixed", [], ["drone-parts", "US", "reply", "reviewed", "tracking"],
  "'review' meaning checking the tracking; UPS number with spaces.",
  """Hi Aaron, 我们 review 了 UPS tracking 1Z 2A4 79E 03 9154 2285，显示 delivered to front porch。如果还是找不到，请告诉我们，我们会马上 reship。""")


# ---------------------------------------------------------------------------
# CLEAN (25): ordinary compliant replies, labels []
# ---------------------------------------------------------------------------

# --- English (13) -----------------------------------------------------------
R("clean", "en", [], ["office-furniture", "US", "reply", "assembly"],
  "Gas-lift height question.",
  """Hi Lorraine,

The seat height on the task chair goes from 17 to 21 inches. If you need it lower, the short gas cylinder that came in the small bag brings the minimum down to 15.5 inches; it swaps in with a rubber mallet in about five minutes.

Best,
Northline""")

R("clean", "en", [], ["board-games", "US", "reply", "rules"],
  "Rules clarification.",
  """Hi Owen,

Good catch. The Storm card only affects ships that are at sea when it's drawn. Ships in port are safe, even if the port is next to the storm's region. The next printing of the rulebook makes this clearer.

Enjoy the game,
Oakhollow Games""")

R("clean", "en", [], ["fishing-tackle", "US", "reply", "compatibility"],
  "Line capacity answer.",
  """Hi Russ,

The 4000-size spool holds about 150 yards of 20 lb braid, or 200 yards if you use 15 lb. For the pier fishing you describe, 20 lb braid with a 30 lb fluorocarbon leader is a good all-round setup.

Regards,
Danielle""")

R("clean", "en", [], ["sewing-machines", "US", "reply", "needles"],
  "Needle advice for denim.",
  """Hi Carmen,

For hemming jeans, use a size 100/16 denim needle and go slowly over the thick side seams. You can also use the hump-jumper shim in the accessory box to keep the foot level as you climb over the seam.

Happy sewing,
Stitchcraft""")

R("clean", "en", [], ["3d-filament", "US", "reply", "drying"],
  "Drying temperature for damp filament.",
  """Hi Aisha,

Nylon picks up moisture quickly. Dry the spool at 70 °C for six hours in a filament dryer or a fan oven, then print straight from a dry box. The popping sounds you're hearing should stop once it's dry.

Cheers,
Ollie at Layerline""")

R("clean", "en", [], ["home-brewing", "US", "reply", "fermentation"],
  "Airlock stopped bubbling.",
  """Hi Dylan,

An airlock that stops bubbling after four days is normal for an ale. Most of the active fermentation is done by then. Take a gravity reading today and another in two days; if they match, it's ready to bottle.

Cheers,
Mike""")

R("clean", "en", [], ["car-accessories", "US", "reply", "fitment"],
  "Roof box fitment.",
  """Hi Stacey,

The roof box's U-bolts fit square bars and aero bars up to 80 mm wide and 40 mm tall. Your factory crossbars on the Outback are within that range, so it will mount without adapters. Keep the box's front edge at least 5 cm behind the windshield so the tailgate clears.

Drive safe,
Autoluxe""")

R("clean", "en", [], ["skincare-device", "US", "reply", "charging"],
  "Charging light meaning.",
  """Hi Bianca,

A blinking amber light means the wand is charging; it turns solid green when it's full, which takes about two hours. If it keeps blinking after four hours, wipe the two metal contacts on the base with a dry cloth and try again.

Best,
Mira""")

R("clean", "en", [], ["telescopes", "US", "proactive", "delay-notice", "order-id"],
  "Proactive delay notice (allowed: unexpected problem).",
  """Hello Frank,

Order 112-6659013-2784435: because of a carrier delay at our warehouse, your telescope mount will ship two days later than estimated. The new expected delivery date is Tuesday the 18th. We're sorry for the wait.

Clear skies,
Ben""")

R("clean", "en", [], ["pottery-wheels", "US", "reply", "manual"],
  "Manual attached at the buyer's request.",
  """Hi Ingrid,

As requested, the user manual for the wheel is attached as a PDF. The section on reversing the direction of rotation is on page 9.

Best,
Clayworks""")

R("clean", "en", [], ["beekeeping", "CA", "reply", "customs"],
  "Customs hold explanation.",
  """Hello Marcel,

The parcel is being held at customs in Calgary while the import paperwork is processed. This usually takes two to four business days, and the courier will deliver it as soon as it's released. There's nothing you need to do at this stage.

Bee well,
Josée""")

R("clean", "en", [], ["kayak-paddles", "US", "reply", "address-confirmation"],
  "Address clarification needed to deliver.",
  """Hi Marisol,

The shipping address on your order lists 'Apt' without a number. Could you reply with the apartment number so the courier can deliver the paddle? We'll hold the parcel until we hear back.

Thanks,
Luke""")

R("clean", "en", [], ["telescopes", "US", "reply", "collimation"],
  "Collimation instructions.",
  """Hi Nadia,

Your reflector needs collimating after shipping. Use the cap with the small hole, centre the secondary mirror first with the three small screws, then adjust the primary with the large knobs at the back until the reflections line up in the centre.

Clear skies,
Ben""")

# --- Chinese, simplified (7) ------------------------------------------------
R("clean", "zh", [], ["office-furniture", "US", "reply", "assembly"],
  "Armrest assembly.",
  """您好，扶手安装时请注意左右方向，有“L”标记的装在左边。先把四颗螺丝都拧进去，不要拧紧，对正后再逐个拧紧，这样就不会晃了。""")

R("clean", "zh", [], ["fishing-tackle", "US", "reply", "specs"],
  "Rod length and sections.",
  """您好，这款鱼竿全长2.7米，收缩后长度是68厘米，一共五节，适合背包出行。建议搭配2000到3000型号的纺车轮。""")

R("clean", "zh", [], ["sewing-machines", "US", "reply", "needle-direction"],
  "Needle orientation.",
  """您好，换针的时候针的平面要朝向机器后方，一直推到顶再拧紧螺丝。如果方向装反，就会出现跳针和断线。""")

R("clean", "zh", [], ["3d-filament", "US", "reply", "drying"],
  "Drying PETG.",
  """您好，PETG受潮后打印会有气泡声。建议用烘干机在65度烘四个小时，打印时放在密封盒里，打印效果就会恢复正常。""")

R("clean", "zh", [], ["home-brewing", "US", "reply", "temperature"],
  "Fermentation temperature.",
  """您好，这款艾尔酵母的最佳发酵温度是18到22度。超过24度容易产生水果味和杂醇，夏天可以把发酵桶放在装冷水的大盆里降温。""")

R("clean", "zh", [], ["car-accessories", "US", "reply", "sizing"],
  "Sunshade size.",
  """您好，这款前挡遮阳板的尺寸是150×80厘米，适合大部分轿车和小型SUV。您的车前挡比较大，建议选择加大号。""")

R("clean", "zh", [], ["skincare-device", "US", "reply", "usage"],
  "Usage frequency.",
  """您好，这款射频美容仪建议每周使用两到三次，每次不超过十五分钟。使用前请先涂抹导入凝胶，不要在皮肤破损的地方使用。""")

# --- Chinese, traditional (4) -----------------------------------------------
R("clean", "zh", [], ["board-games", "US", "reply", "rules", "hant"],
  "Rules question.",
  """您好，每回合結束時，手牌超過七張的玩家要棄到剩七張。交易階段換到的資源卡也算在手牌裡。""")

R("clean", "zh", [], ["fishing-tackle", "US", "proactive", "delay-notice", "order-id", "hant"],
  "Proactive delay notice with order id.",
  """您好，訂單 113-0281746-5590372 因物流原因，預計會延後三天出貨，新的預計送達日期是下週五。造成不便，敬請見諒。""")

R("clean", "zh", [], ["office-furniture", "US", "reply", "assembly", "hant"],
  "Desk assembly screws.",
  """您好，桌腳的螺絲是M6規格，包裝裡的長螺絲用在橫樑，短螺絲用在桌面，請先裝橫樑再裝桌面，比較不會歪。""")

R("clean", "zh", [], ["3d-filament", "US", "reply", "nozzle-temperature", "hant"],
  "Nozzle temperature.",
  """您好，這款PLA線材建議噴嘴溫度200到215度，熱床60度。如果第一層黏不住，可以把熱床溫度調高五度再試試。""")

# --- Mixed (1) --------------------------------------------------------------
R("clean", "mixed", [], ["sewing-machines", "US", "reply", "bobbin-winder"],
  "Code-mixed troubleshooting reply.",
  """Hi Amy, 关于 bobbin winder 的问题：把 handwheel 外圈往外拉，机针就不会跟着动了，绕好线以后再推回去就可以正常缝纫。""")


# ---------------------------------------------------------------------------
# Validation and output
# ---------------------------------------------------------------------------
EXPECTED = {"violation": 50, "evasion": 30, "near-miss": 55, "clean": 25}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\uff21-\uff3a\uff41-\uff5a]")


def _opencc():
    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, "pylib"))
    try:
        import opencc  # optional, used only to double-check script variants
        return opencc.OpenCC("s2tw"), opencc.OpenCC("t2s")
    except Exception:
        return None, None


def validate(recs):
    errs = []
    s2t, t2s = _opencc()
    ids = set()
    for r in recs:
        rid, text, tags = r["id"], r["text"], r["tags"]
        if rid in ids:
            errs.append(f"{rid}: duplicate id")
        ids.add(rid)
        if not text.strip():
            errs.append(f"{rid}: empty text")
        if tags[0] not in CATEGORIES:
            errs.append(f"{rid}: bad category {tags[0]}")
        if len(tags) < 3:
            errs.append(f"{rid}: needs category, sector, market tags")
        if r["lang"] not in ("en", "zh", "mixed"):
            errs.append(f"{rid}: bad lang")
        if any(l not in POLICIES for l in r["labels"]) or len(set(r["labels"])) != len(r["labels"]):
            errs.append(f"{rid}: bad labels {r['labels']}")
        if tags[0] in ("violation", "evasion") and not r["labels"]:
            errs.append(f"{rid}: {tags[0]} without labels")
        if tags[0] in ("near-miss", "clean") and r["labels"]:
            errs.append(f"{rid}: {tags[0]} must have labels []")
        if "warn-ok" in tags and tags[0] != "near-miss":
            errs.append(f"{rid}: warn-ok only on near-misses")
        if not r["note"].strip():
            errs.append(f"{rid}: empty note")
        ncjk = len(CJK.findall(text))
        nlat = len(LATIN_WORD.findall(text))
        if r["lang"] == "en" and ncjk:
            errs.append(f"{rid}: en text has CJK")
        if r["lang"] == "zh" and (ncjk < 15 or nlat > 6):
            errs.append(f"{rid}: zh text looks mixed (cjk={ncjk}, latin words={nlat})")
        nlet = len(LATIN_LETTER.findall(text))
        if r["lang"] == "mixed" and (ncjk < 5 or nlet < 10):
            errs.append(f"{rid}: mixed text lacks one language (cjk={ncjk}, latin letters={nlet})")
        if "hant" in tags and r["lang"] != "zh":
            errs.append(f"{rid}: hant tag on non-zh record")
        if s2t is not None and r["lang"] == "zh":
            if "hant" in tags and s2t.convert(text) != text:
                errs.append(f"{rid}: hant text contains simplified-only characters")
            if "hant" not in tags and t2s.convert(text) != text:
                errs.append(f"{rid}: simplified text contains traditional-only characters")
        # evasion techniques must really be present in the text
        if "zero-width" in tags and not re.search("[\u200b-\u200d\ufeff]", text):
            errs.append(f"{rid}: zero-width tag but no zero-width char")
        if "fullwidth" in tags and not re.search("[\uff01-\uff5e]", text):
            errs.append(f"{rid}: fullwidth tag but no full-width form")
        if "homoglyph" in tags and not re.search("[\u0370-\u03ff\u0400-\u04ff]", text):
            errs.append(f"{rid}: homoglyph tag but no Greek/Cyrillic letter")
        if "line-split" in tags and "\n" not in text:
            errs.append(f"{rid}: line-split tag but single line")
        if unicodedata.normalize("NFC", text) != text:
            errs.append(f"{rid}: text not NFC")
    cats = collections.Counter(r["tags"][0] for r in recs)
    for c, n in EXPECTED.items():
        if cats[c] != n:
            errs.append(f"category {c}: {cats[c]} != {n}")
    if len(recs) != 160:
        errs.append(f"total {len(recs)} != 160")
    return errs


def main():
    recs = [dict(r) for r in RECORDS]
    random.Random(17).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"h17-{i:03d}", "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    errs = validate(out)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout17.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # round-trip check
    with open(path, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != out:
        errs.append("round-trip mismatch")

    langs = ("en", "zh", "mixed")
    print(f"wrote {path}: {len(out)} records")
    print(f"{'category':<10} " + " ".join(f"{l:>6}" for l in langs) + f" {'hant':>6} {'total':>6}")
    for c in CATEGORIES:
        rs = [r for r in out if r["tags"][0] == c]
        row = [sum(r["lang"] == l for r in rs) for l in langs]
        hant = sum("hant" in r["tags"] for r in rs)
        print(f"{c:<10} " + " ".join(f"{n:>6}" for n in row) + f" {hant:>6} {len(rs):>6}")
    row = [sum(r["lang"] == l for r in out) for l in langs]
    print(f"{'total':<10} " + " ".join(f"{n:>6}" for n in row)
          + f" {sum('hant' in r['tags'] for r in out):>6} {len(out):>6}")
    print("policy occurrences (violation / evasion / total):")
    for p in POLICIES:
        v = sum(p in r["labels"] for r in out if r["tags"][0] == "violation")
        e = sum(p in r["labels"] for r in out if r["tags"][0] == "evasion")
        print(f"  {p:<22} {v:>3} / {e:>3} / {v + e:>3}")
    multi = sum(len(r["labels"]) > 1 for r in out)
    print(f"multi-label records: {multi}")
    print(f"warn-ok near-misses: {sum('warn-ok' in r['tags'] for r in out)}")
    sectors = collections.Counter(r["tags"][1] for r in out)
    print(f"sectors: {len(sectors)} distinct")
    if errs:
        print("VALIDATION FAILED:")
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
