#!/usr/bin/env python3
"""Build holdout27.jsonl: 160 hand-written, hand-labelled seller-to-buyer messages.

Every text below was written by hand for this set. Labels follow
/work/shared/policy.md as written, restricted to three policy names from
/work/shared/interface.md: review-inducement, off-platform-contact, marketing.
An empty label list means the message is compliant for those three policies.

Run:  python3 build.py      (writes holdout27.jsonl next to this script)
"""
import json
import os
import random

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

SEED = 27
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout27.jsonl")

ITEMS = []


def add(text, labels, lang, tags, note):
    ITEMS.append({"text": text, "labels": list(labels), "lang": lang,
                  "tags": list(tags), "note": note})


# ---------------------------------------------------------------------------
# 1. review-inducement only (25): en 12, zh 11 (4 traditional), mixed 2
# ---------------------------------------------------------------------------
add("Hello from Ridgeline Spokes, regarding order 112-4819930-5521174. Your set of 32 "
    "stainless spokes and brass nipples should have arrived on Tuesday. If you are lacing "
    "a wheel for the first time, start on the drive side and bring the tension up evenly "
    "before you true it. A 3.2 mm spoke key fits these nipples best. Once your honest "
    "review is live on the product page, reply with the link and we'll mail you a $15 "
    "gift card as a thank-you. The spoke length is printed on each bundle tag so you can "
    "check it against your calculator. If any spoke arrived bent, tell us and we will "
    "replace it.",
    [RI], "en", ["incentive", "proactive", "long"],
    "Gift card offered for a posted review; one clause in the middle of an otherwise helpful lacing note.")

add("Your EmberTrail twin-burner stove (order 114-2207318-9034451) was delivered last week. "
    "We're a two-person shop, and a glowing five-star write-up would honestly keep the "
    "lights on here.",
    [RI], "en", ["positive-ask", "proactive", "short"],
    "Asks for a five-star review with a sympathy appeal.")

add("Hi Dana, checking in on the ShellGuard slim case for your Pixel 8 (order "
    "111-6650123-7782390). If it fits the way you hoped, we'd be grateful for a few words "
    "on Amazon. If something feels off, like a loose button cover or a scratch, please "
    "write to us here first and hold off on posting anything until we've had a chance to "
    "sort it out.",
    [RI], "en", ["gating", "proactive"],
    "Classic gating: review only if happy, unhappy buyers diverted to the seller first. 'Write to us here' is Amazon messaging, so no off-platform label.")

add("Thank you for sending photos of the cracked lid. We're very sorry; the packing foam "
    "clearly wasn't thick enough for the trip. A replacement lid from the same glaze batch "
    "left our warehouse this morning, tracking TBA309918276000. We've also added extra "
    "padding to every teapot shipment going forward. Since this is now taken care of, would "
    "you mind going back to the one-star review you posted and bringing it up to reflect how "
    "we handled it? Either way, we appreciate you letting us know.",
    [RI], "en", ["change-remove", "reply", "long"],
    "Asks the buyer to raise an existing product review after the issue was fixed; forbidden 'even after an issue is resolved'.")

add("Order 113-5540982-1187743: we hope the grooming clippers are doing well on your doodle. "
    "When you write your review, it would really help if you mentioned how quiet the motor is "
    "and that the blades stayed cool for a full groom. Those are the two things shoppers ask "
    "us about most.",
    [RI], "en", ["steering", "proactive"],
    "Tells the buyer what to say in the review (attempt to influence content).")

add("We understand the late delivery was frustrating, and the shipping fee has been refunded. "
    "That negative seller feedback is dragging our account below the threshold, so we'd ask "
    "you to take it down today if at all possible.",
    [RI], "en", ["feedback-removal", "reply"],
    "Pressure to remove seller feedback (not the neutral post-resolution notice).")

add("Post a photo review of your KeyNote bench cushion and we'll ship you a matching pedal "
    "cover at no charge.",
    [RI], "en", ["incentive", "proactive", "short"],
    "Free product in exchange for a review. The free item is a reward, not a sales pitch, so no marketing label.")

add("That's wonderful to hear, and thank you for telling us the new bobbin case fixed your "
    "skipped stitches! Since you're so pleased with it, could you put those same words into a "
    "review on Amazon?",
    [RI], "en", ["gating", "reply", "thread-context"],
    "Judgement call: review requested only because the buyer just expressed satisfaction; policy counts this as gating even in a reply.")

add("Every buyer who leaves a review for the Tidewater 200 W aquarium heater this month is "
    "entered into our draw for a 50-gallon tank kit. Your order number is 112-0098123-4456120.",
    [RI], "en", ["incentive", "proactive"],
    "Prize draw entry for a review is compensation. Labelled review-inducement only: the prize is the reward, not a product promotion.")

add("Hi Marco, the replacement derailleur hanger should reach you Thursday. I saw the rating "
    "you gave us was based on the wrong part being sent, so once the right one is on your bike "
    "I'd be grateful if you could edit your review to reflect the final outcome.",
    [RI], "en", ["change-remove", "reply"],
    "Asks to edit an existing review after a fix.")

add("Good morning, this is Priya from Bobbin & Thimble about order 114-7781200-6632019. The "
    "40-spool thread set ships with a colour chart card; if the card is missing from your box, "
    "let me know and I'll send a printable copy through this thread. The polyester threads are "
    "fine for machine quilting up to 12 stitches per inch. A positive review on the listing "
    "would mean a lot to our little team. For the metallic spools, lower your top tension by "
    "one step and use a size 90 topstitch needle. Thanks for choosing us.",
    [RI], "en", ["positive-ask", "proactive", "long"],
    "'A positive review' asked for in one middle sentence of a long, useful note.")

add("A few things that would make your review of the HoneCraft 1000/6000 whetstone most "
    "useful (order 111-3320456-8810923):\n"
    "- a photo of the edge slicing a sheet of paper\n"
    "- the phrase \"best budget whetstone\" somewhere in the text\n"
    "- how many minutes it took to get a dull knife sharp",
    [RI], "en", ["steering", "proactive", "bullets"],
    "Bullet list dictating review content and keywords.")

add("您好！您在我们店购买的宠物梳毛手套（订单号 113-2290871-5540361）已经签收。写完评价后把截图发到"
    "本对话，我们会通过亚马逊给您退5美元，算是一点谢意。",
    [RI], "zh", ["incentive", "proactive"],
    "Partial refund for a review. The refund goes through Amazon, so no off-platform label.")

add("亲，琴凳垫用着还顺手吗？小店刚起步，麻烦您抽空给我们点个五星，真的非常感谢！",
    [RI], "zh", ["positive-ask", "proactive", "short"],
    "Explicit five-star ask.")

add("关于您的露营炉订单 114-6601238-2297450：如果炉子用得称心，欢迎去商品页写几句；要是遇到点火不畅"
    "或者漏气，请务必先在这里告诉我们，在我们处理好之前先别急着评价。",
    [RI], "zh", ["gating", "proactive"],
    "Gating: happy buyers to the review page, unhappy buyers held back from reviewing.")

add("非常抱歉给您带来不便。您反映的手机壳按键偏硬，我们核实后确认是这一批模具公差造成的。新的壳子已经"
    "通过亚马逊补发，物流单号 TBA310044521000，预计周五送到。另外，您之前留的那条两星评论，等新壳到手后"
    "能否麻烦您改一下？后续有任何问题都可以直接在这里回复我们。",
    [RI], "zh", ["change-remove", "reply", "long"],
    "Asks to change a two-star product review after a replacement; the violation sits between logistics sentences.")

add("写评论的时候，麻烦提一句我们的裁缝剪“剪牛仔布也不费力”，再配两张实拍图，这样对其他买家参考价值最大。",
    [RI], "zh", ["steering", "proactive"],
    "Dictates a quote and photos for the review.")

add("您好，退款已经全部处理完毕。您留下的那条卖家差评对我们店铺的考核影响很大，恳请您今天之内撤掉，拜托了。",
    [RI], "zh", ["feedback-removal", "reply"],
    "Pressure to withdraw negative seller feedback.")

add("自行车尾灯已送达，感谢惠顾。您在亚马逊发布使用感受之后，我们会再寄一副硅胶绑带给您，算是小小心意。",
    [RI], "zh", ["incentive", "proactive"],
    "Free accessory promised after the buyer posts a review ('使用感受' on Amazon = review).")

add("您好，感謝您選購我們的青瓷茶具組（訂單 112-8871002-3365190）。若您覺得品質不錯，懇請在商品頁給我們"
    "一個五星好評，這對小店意義重大。",
    [RI], "zh", ["positive-ask", "proactive", "traditional"],
    "Five-star ask, conditional on satisfaction.")

add("為了感謝您的支持，只要在亞馬遜留下評論並附上照片，我們就會透過亞馬遜為您退還一半貨款。",
    [RI], "zh", ["incentive", "proactive", "traditional"],
    "Half refund for a photo review; refund via Amazon so no off-platform label.")

add("您反映的寵物指甲剪刀口不利，我們已經寄出新品，單號 1Z84W2770312558841。問題解決後，麻煩您把商品頁上"
    "那則一星評論刪除，謝謝您的體諒。",
    [RI], "zh", ["change-remove", "reply", "traditional"],
    "Asks to delete a one-star review after replacement.")

add("如果鋼琴踏板延長器安裝後一切順利，歡迎分享您的使用心得；若有任何不滿意，請直接回覆這則訊息找我們，"
    "不必到評論區留言。",
    [RI], "zh", ["gating", "proactive", "traditional"],
    "Gating: unhappy buyers told to message instead of reviewing.")

add("Hi Jenny，您的 tea tray 已经送到啦。Leave an honest review and send us the screenshot，"
    "我们会给您一张 $10 Amazon gift card 作为感谢。",
    [RI], "mixed", ["incentive", "proactive"],
    "Gift card for a review; 'honest' does not neutralise the incentive.")

add("Thanks for your order 113-4410987-2201936! 如果 bike pump 用得顺手，please share a review；"
    "有问题 please message us first，别直接给差评哦。",
    [RI], "mixed", ["gating", "proactive"],
    "Gating in code-switched text.")

# ---------------------------------------------------------------------------
# 2. off-platform-contact only (22): en 11, zh 10 (3 traditional), mixed 1
# ---------------------------------------------------------------------------
add("Hi Tom, thanks for the question about fuel. The EmberTrail Duo runs on standard 16 oz "
    "propane cylinders and, with the included adapter hose, on a 20 lb tank as well. It is not "
    "designed for butane canisters, so please don't force one onto the regulator. Above about "
    "8,000 ft, expect the boil time to rise by a minute or so. Happy camping!\n\n"
    "Grant Oyelaran\nEmberTrail Outfitters Support\ngrant.o@embertrailgear.com",
    [OFF], "en", ["email", "reply", "long", "signature"],
    "Only violation is the e-mail address in the signature block.")

add("Order 112-5503381-0097712: your ShellGuard MagSafe case has been delivered. Before first "
    "use, register the lifetime warranty at http://shellguard-warranty.net/register so claims "
    "can be handled faster.",
    [OFF], "en", ["url", "proactive"],
    "Non-Amazon http link.")

add("Sorry the grooming dryer is humming so loudly. The fastest fix is a ten-minute call so our "
    "tech can walk you through the brush check; ring us on (415) 555-0148, weekdays 9 to 5 Pacific.",
    [OFF], "en", ["phone", "reply"],
    "Seller's own support phone number, not a carrier or manufacturer line.")

add("We can send a short video showing how to re-thread the bobbin winder. Message +44 7700 "
    "900312 on WhatsApp and our technician will send it over.",
    [OFF], "en", ["im-handle", "phone", "reply"],
    "WhatsApp number.")

add("The metronome you received is missing its battery cover. Rather than waiting on a return, "
    "we can refund the $6 part price straight to your Venmo; just tell us your Venmo username.",
    [OFF], "en", ["payment", "reply"],
    "Refund outside Amazon (Venmo); remedy itself is fine, the channel is not.")

add("For the custom-length brake cables you described, it's simpler if you order through our "
    "workshop directly instead of Amazon. Reply with your postal address and I'll send a paper "
    "invoice.",
    [OFF], "en", ["diversion", "reply"],
    "Invitation to buy outside Amazon. No discount mentioned, so no marketing label.")

add("Setup tip for your new kettle: our step-by-step descaling demo is on our Facebook page, "
    "Jadeleaf Teaware Official. Send us a message there if any step is unclear.",
    [OFF], "en", ["social", "proactive"],
    "Points to a Facebook page and invites DMs there.")

add("The torque chart for the carbon seatpost is printed on the card inside the box. Scan the "
    "QR code on the back of that card to open our support portal and chat with a mechanic.",
    [OFF], "en", ["qr", "reply"],
    "QR code leading to an off-Amazon support portal.")

add("Thanks for your patience while we looked into the sustain pedal. The pedal uses a "
    "normally-open switch, so on some keyboards the polarity is reversed out of the box. Most "
    "keyboards detect polarity at power-on, so unplug everything, connect the pedal, then switch "
    "the keyboard on. If yours has no auto-detect, there is a small polarity switch under the "
    "pedal next to the cable. I've put a two-minute video of both methods at "
    "tinyurl.com/kn-pedal-fix if that's easier to follow. If it still behaves backwards after "
    "that, we'll send a replacement right away.",
    [OFF], "en", ["url", "reply", "long"],
    "Link shortener in the middle of a genuinely helpful reply.")

add("Your engraved tea scoop (order 114-1109987-3350286) is ready to go as soon as we confirm "
    "the spelling. Please send the exact wording to orders.jadeleaf@outlook.com by Friday.",
    [OFF], "en", ["email", "proactive"],
    "Customization confirmation is a permitted purpose, but routing it to an e-mail address is not.")

add("The windscreen is back in stock on the 22nd and your order will ship that day, so there's "
    "nothing you need to do.\n\nP.S. For live restock updates, our Telegram support channel "
    "@embertrail_help posts daily.",
    [OFF], "en", ["im-handle", "reply"],
    "Telegram handle in a P.S. line.")

add("关于开结梳的用法，文字不太好说明，您加一下我们售后微信 mengchong_kefu88，我发视频给您看。",
    [OFF], "zh", ["im-handle", "reply"],
    "WeChat ID.")

add("手机壳磁吸不牢的问题，请直接拨打我们的售后热线 400-820-3315，工程师会一步步帮您排查。",
    [OFF], "zh", ["phone", "reply"],
    "Seller hotline number.")

add("您好，您订单 112-7730145-9928801 里的折叠式炉头已经签收。首次使用前请检查气阀接口的O形圈是否完整。"
    "点火时请保持炉头水平，并远离帐篷等易燃物。如果需要更详细的教程，可以登录我们的官网 "
    "www.yehuo-outdoor.cn 看视频。使用后请等炉头完全冷却再收纳。祝您露营愉快。",
    [OFF], "zh", ["url", "proactive", "long"],
    "Own-website URL in the middle of safety instructions.")

add("缺的两个顶针我们这边直接补偿您，麻烦把支付宝账号发过来，我们转5美元给您。",
    [OFF], "zh", ["payment", "reply"],
    "Compensation via Alipay, outside Amazon.")

add("您问的批量采购二十把调音扳手，不用走亚马逊了，直接跟我们工厂对接下单就行，线下开票。",
    [OFF], "zh", ["diversion", "reply"],
    "Diverts a purchase off Amazon.")

add("为了确认您定制的车把刻字内容，请把字样和字体要求发到 qiyu_custom@163.com，我们收到后马上排产。",
    [OFF], "zh", ["email", "proactive"],
    "E-mail address for customization details.")

add("您的问题我们已经记下了。想更快得到答复的话，可以在抖音搜“巧针坊官方”给我们发私信，客服全天在线。",
    [OFF], "zh", ["social", "reply"],
    "Douyin account and DM invitation.")

add("寵物烘毛機的濾網更換步驟比較複雜，請加我們的LINE官方帳號 @petfluff_tw，我們會傳圖解給您。",
    [OFF], "zh", ["im-handle", "reply", "traditional"],
    "LINE handle.")

add("關於茶盤排水管漏水的狀況，麻煩您撥打我們台北門市的電話 02-2765-4431，由師傅直接跟您說明處理方式。",
    [OFF], "zh", ["phone", "reply", "traditional"],
    "Shop phone number.")

add("手機殼的保固登錄請至 https://kelifang-case.com.tw/warranty 填寫資料，完成後才能享有一年換新服務。",
    [OFF], "zh", ["url", "proactive", "traditional"],
    "Non-Amazon https link; https does not make a warranty-registration site order-related.")

add("Hi Kevin，你要的 bulk order 二十套缝纫针包，we can do it outside Amazon，直接 email "
    "sales@bobbinthimble.co 拿报价就好。",
    [OFF], "mixed", ["email", "diversion", "reply"],
    "E-mail plus explicit move outside Amazon; no promotion offered.")

# ---------------------------------------------------------------------------
# 3. marketing only (22): en 11, zh 10 (4 traditional), mixed 1
# ---------------------------------------------------------------------------
add("Yes, the 2.0 mm spokes work with the hub you listed as long as the flange holes are "
    "2.4 mm or larger; measure with calipers if you're unsure.\n\nP.S. Enter SPOKE15 at checkout "
    "next time and 15% comes off the whole cart.",
    [MKT], "en", ["coupon", "reply"],
    "Discount code in a P.S. after a proper answer.")

add("Heads-up from the KeyNote team: our new adjustable piano bench with built-in sheet-music "
    "storage just went live on Amazon, and early buyers are loving it.",
    [MKT], "en", ["new-product", "proactive", "short"],
    "New-product announcement.")

add("Great question about blade sizes. The #10 blade that came with your clippers leaves about "
    "1/16 inch of coat, which is right for sanitary areas and paw pads. For a body trim on a "
    "doodle most groomers move to a #4F or #5F. Those snap on the same way: push the blade onto "
    "the hinge until it clicks, then close it against the motor. Our ceramic blade set and "
    "cooling spray pair nicely with the clippers you already have, so take a look if you want "
    "to upgrade. Oil the blade every ten minutes of cutting. Let us know how the first groom goes.",
    [MKT], "en", ["cross-sell", "reply", "long"],
    "One unsolicited pitch for the seller's own accessories inside a helpful answer. Naming generic blade sizes is not marketing; pushing 'our set' is.")

add("Order 111-4456018-0021893: your 6-pack of stove fuel canisters went out two weeks ago. Most "
    "campers get through a six-pack in about a month, so now's a good time to reorder before "
    "your next trip.",
    [MKT], "en", ["buy-again", "proactive"],
    "Buy-again push.")

add("Thank you for choosing Tidewater Aquatics (order 112-2210094-5563102). You can browse our "
    "full range of heaters, filters and CO2 kits in our Amazon brand store: tap the brand name "
    "above the product title.",
    [MKT], "en", ["storefront", "proactive"],
    "Storefront push without a URL; Amazon-internal, so marketing only.")

add("Glad the pedal extender works for your daughter! If any parents at her piano school are "
    "looking for one, have them mention your name when they order and you'll each get $8 of "
    "store credit from us.",
    [MKT], "en", ["referral", "reply"],
    "Refer-a-friend reward.")

add("Our spring clearance runs through Sunday: every bamboo tea tray and kettle warmer in the "
    "shop is 30% off.",
    [MKT], "en", ["sale", "proactive", "short"],
    "Sale announcement.")

add("As a returning customer you're now part of HoneCraft Circle. Every third order ships with a "
    "bonus leather strop, and members are the first to hear about restocks.",
    [MKT], "en", ["loyalty", "proactive"],
    "Loyalty programme.")

add("A quick note on order 114-9902771-4478135: if you add the tire levers and the patch kit, the "
    "three-piece roadside bundle works out $9 cheaper than buying each piece on its own.",
    [MKT], "en", ["bundle", "proactive"],
    "Bundle upsell.")

add("Thanks for checking in about your thread order. The carrier scanned the box in Memphis "
    "this morning and moved the estimate to Saturday. I'm sorry it's two days later than "
    "promised; a storm closed the hub on Tuesday. As an apology, code THREAD10 takes 10% off "
    "whatever you buy from us next. Tracking 9400 1118 9922 3345 6789 01 will update once it "
    "reaches your local post office. You don't need to do anything on your side.",
    [MKT], "en", ["coupon", "reply", "long"],
    "Judgement call: an 'apology' coupon for a future purchase is still a coupon; the remedy exception covers refunds and replacements, not codes for the next order. Long USPS tracking number must not be read as a phone number.")

add("We thought you'd like to know that the ShellGuard Clear Armor for the iPhone 16 Pro "
    "launches next Monday, and you can already add it to your Amazon wish list.",
    [MKT], "en", ["new-product", "proactive"],
    "Launch announcement.")

add("感谢您购买我们的宠物指甲锉！下单时输入折扣码 MENG8，全店宠物用品立减8美元，有效期到月底。",
    [MKT], "zh", ["coupon", "proactive"],
    "Discount code.")

add("小店新推出了钛合金户外炉架，只有85克重，已经在亚马逊上架，欢迎您去看看。",
    [MKT], "zh", ["new-product", "proactive", "short"],
    "New product push.")

add("您上次买的琴键清洁布差不多该用完了吧？记得再回来下单，老顾客我们优先发货。",
    [MKT], "zh", ["buy-again", "proactive"],
    "Reorder push with a returning-customer perk.")

add("您好，关于您问的茶壶滤网：我们这把紫砂壶内置的是球形孔，一般不需要另加滤网。泡细碎的红茶时，可以先用"
    "温水润茶，倒掉第一泡，茶渣会少很多。壶用完只用清水冲洗，不要用洗洁精。顺便推荐一下同系列的公道杯"
    "和品茗杯，搭配起来更好看，店里有现货。开壶方法说明卡上也写了，有疑问随时回复。",
    [MKT], "zh", ["cross-sell", "reply", "long"],
    "Cross-sell sentence in the middle of a useful answer.")

add("推荐您的朋友来我们店买缝纫工具，朋友下单后您就能领一份价值15元的针线礼包。",
    [MKT], "zh", ["referral", "proactive"],
    "Referral reward.")

add("黑五活动提前开启！本店所有自行车码表一律七五折，库存有限，先到先得。",
    [MKT], "zh", ["sale", "proactive", "short"],
    "Sale.")

add("您好，手機殼搭配同款鏡頭保護貼一起購買，組合價只要19.99美元，比分開買省下6美元。",
    [MKT], "zh", ["bundle", "proactive", "traditional"],
    "Bundle price.")

add("感謝您第三次光臨本店！加入我們的茶友會員後，每筆訂單都能累積點數，兌換茶葉試飲包。",
    [MKT], "zh", ["loyalty", "proactive", "traditional"],
    "Loyalty points.")

add("想看更多同系列的針插和布剪嗎？在亞馬遜搜尋「巧針坊」就能進入我們的品牌旗艦店逛逛。",
    [MKT], "zh", ["storefront", "proactive", "traditional"],
    "Storefront push (Amazon-internal, no URL).")

add("結帳時輸入 PIANO20，琴凳、譜架一律打八折，限下一筆訂單使用。",
    [MKT], "zh", ["coupon", "proactive", "traditional", "short"],
    "Coupon code.")

add("Hi Alice！我们的 new collapsible silicone kettle 这周上线，launch week 全部 20% off，别错过哦。",
    [MKT], "mixed", ["new-product", "sale", "proactive"],
    "Launch plus launch-week discount.")

# ---------------------------------------------------------------------------
# 4. two policies (8): en 4, zh 3 (1 traditional), mixed 1
# ---------------------------------------------------------------------------
add("Once your review of the tea set is posted, reply here and we'll send you a 25%-off code for "
    "your next order.",
    [RI, MKT], "en", ["incentive", "coupon", "proactive"],
    "Discount code as a reward for a review: incentive and a coupon at once.")

add("Leave a review for the grooming table, then send a screenshot to refunds@fluffbuddy.pet and "
    "we'll reimburse the full price through PayPal.",
    [RI, OFF], "en", ["incentive", "email", "payment", "proactive"],
    "Refund-for-review paid off Amazon, via an e-mail address.")

add("If anything about the camp stove disappoints you, please don't post a review; e-mail our "
    "founder directly at ben@embertrailgear.com and he'll make it right.",
    [RI, OFF], "en", ["gating", "email", "proactive"],
    "Diverts unhappy buyers away from reviews to an e-mail address.")

add("Our leather piano-bench covers are 30% cheaper on our own website, keynotepianosupply.com, "
    "than on Amazon. Worth a look before your next purchase.",
    [OFF, MKT], "en", ["url", "diversion", "sale", "proactive"],
    "Off-Amazon shop link plus a price promotion.")

add("好评后加我们微信 qiyu2024，把截图发过来就能领10元红包。",
    [RI, OFF], "zh", ["incentive", "positive-ask", "im-handle", "payment", "proactive", "short"],
    "好评 + cash red packet + WeChat ID.")

add("关注我们的小红书账号“萌宠美容屋”，每周都有宠物用品抽奖和新品折扣。",
    [OFF, MKT], "zh", ["social", "sale", "new-product", "proactive"],
    "Social account follow plus giveaways and discounts.")

add("只要幫我們的手機支架留下五星評價，下一筆訂單就能使用九折優惠碼。",
    [RI, MKT], "zh", ["positive-ask", "incentive", "coupon", "proactive", "traditional"],
    "Five-star rating in exchange for a discount code.")

add("如果您给了 positive review，please DM us on Instagram @bobbin.thimble，we'll PayPal you $5.",
    [RI, OFF], "mixed", ["incentive", "positive-ask", "social", "payment", "proactive"],
    "Positive review paid via PayPal, contact via Instagram.")

# ---------------------------------------------------------------------------
# 5. evasions (28): en 13, zh 13 (4 traditional), mixed 2. Always labelled.
# ---------------------------------------------------------------------------
add("If the replacement derailleur cable hasn't turned up by Monday, write to mike dot ridgeline "
    "at gmail dot com and I'll chase the courier myself.",
    [OFF], "en", ["evasion", "spelled-email", "email", "reply"],
    "E-mail spelled out with 'at' and 'dot'.")

add("Support for the grooming dryer: petcare (at) fluffbuddy [dot] net. Please put your order "
    "number in the subject line.",
    [OFF], "en", ["evasion", "spelled-email", "email", "reply"],
    "Bracketed (at)/[dot] e-mail.")

add("Want the video on regluing your piano hammer felt? Ping us on W.h.a.t.s.A.p.p; the number "
    "is on the thank-you card in your box.",
    [OFF], "en", ["evasion", "spacing", "im-handle", "reply"],
    "Dotted app name; the number is moved to the insert card, still an invitation to contact off Amazon.")

add("Loving the new phone case? ★★★★★ from you on the product page would make our week.",
    [RI], "en", ["evasion", "star-symbols", "positive-ask", "proactive", "short"],
    "Five star symbols instead of the words 'five-star review'.")

add("Order 114-3308127-6690214: if the tea set made your weekend, we'd be thrilled to see 5⭐ "
    "next to your name.",
    [RI], "en", ["evasion", "star-symbols", "positive-ask", "proactive"],
    "5 + star emoji as a rating ask. The emoji is also a formatting problem, outside these labels.")

add("Drop us a p0sitive r3view for the stove windscreen and we'll send a free canister stand.",
    [RI], "en", ["evasion", "leetspeak", "positive-ask", "incentive", "proactive", "short"],
    "Leetspeak 'positive review' plus a free-item incentive.")

add("For wheel-truing help, text us on Vib\u0435r at @ridgeline_wheels and a mechanic will reply "
    "within the hour.",
    [OFF], "en", ["evasion", "homoglyph", "im-handle", "reply"],
    "'Viber' with a Cyrillic U+0435 'е'.")

add("A quick 5-st\u03b1r rev\u03b9ew for the nail grinder would help our small shop grow.",
    [RI], "en", ["evasion", "homoglyph", "positive-ask", "proactive", "short"],
    "Greek alpha and iota inside 'star' and 'review'.")

add("If you could post a five\u200b-\u200bstar re\u200bview for the bar tape, we'll send a spare roll "
    "free of charge.",
    [RI], "en", ["evasion", "zero-width", "positive-ask", "incentive", "proactive"],
    "Zero-width spaces (U+200B) split 'five-star review'.")

add("Reply with photos of the damper to help\u200b@keynotepiano\u200b.com so our technician can take "
    "a look.",
    [OFF], "en", ["evasion", "zero-width", "email", "reply"],
    "E-mail address broken up by zero-width spaces.")

add("Hi Rosa, the new teapot lid from the second kiln batch reached your mailbox this morning, "
    "according to the carrier. The glaze on this batch is slightly thicker, so the fit may feel "
    "snug for the first few uses; a drop of water on the rim helps. Please check that the little "
    "air hole in the knob is clear before brewing. Now that everything is sorted, would you be "
    "open to revisiting what you shared on the product page so it tells the whole story? Thanks "
    "again for your patience through all this.",
    [RI], "en", ["evasion", "euphemism", "change-remove", "reply", "long"],
    "Euphemism for updating an existing review ('revisiting what you shared on the product page').")

add("Once you've let other shoppers know what you think of the sewing scissors, a little "
    "surprise will be heading your way.",
    [RI], "en", ["evasion", "euphemism", "incentive", "proactive"],
    "Euphemistic review ask plus an unnamed reward.")

add("For faster help with the case, message us on ｔｅｌｅｇｒａｍ ＠ｓｈｅｌｌｇｕａｒｄ＿ｃｓ.",
    [OFF], "en", ["evasion", "fullwidth", "im-handle", "reply", "short"],
    "Full-width Telegram handle.")

add("亲，留 评 返 现：晒单截图发到本对话，立返3美元。",
    [RI], "zh", ["evasion", "spacing", "incentive", "proactive", "short"],
    "Spaced-out 留评返现.")

add("给个haoping就fan 3美元，截图发这里就行～",
    [RI], "zh", ["evasion", "pinyin", "positive-ask", "incentive", "proactive", "short"],
    "Pinyin for 好评 and 返.")

add("有问题加我薇信：qn_sewing66，处理起来更快。",
    [OFF], "zh", ["evasion", "homophone", "im-handle", "reply", "short"],
    "薇信 homophone for 微信.")

add("售后请加V：yehuo_outdoor，发视频教您换喷嘴。",
    [OFF], "zh", ["evasion", "homophone", "im-handle", "reply", "short"],
    "加V alias for WeChat.")

add("电话：一三八 零零一二 七七四五，有任何问题随时打给我们。",
    [OFF], "zh", ["evasion", "cn-numerals", "phone", "reply", "short"],
    "Phone number written in Chinese numerals.")

add("新壳应该已经收到了吧？方便的话，麻烦您重新考虑一下之前在商品页的留言，给我们一个改正后的机会。",
    [RI], "zh", ["evasion", "euphemism", "change-remove", "reply"],
    "Euphemism for changing an existing review.")

add("在商品页分享体验后告诉我们一声，有小惊喜红包等着您哦。",
    [RI], "zh", ["evasion", "euphemism", "incentive", "proactive", "short"],
    "'分享体验' + '小惊喜红包' = reward for a review. No payment channel named, so no off-platform label.")

add("满意的话麻烦点亮★★★★★，小店全靠大家支持！",
    [RI], "zh", ["evasion", "star-symbols", "positive-ask", "gating", "proactive", "short"],
    "Star symbols, conditional on satisfaction.")

add("下单时输入 yhm：TEA12 立减12%，老客户专享。",
    [MKT], "zh", ["evasion", "pinyin", "coupon", "proactive", "short"],
    "'yhm' = pinyin initials of 优惠码.")

add("好\u200b評\u200b返\u200b現：留下評論後私訊截圖，即退兩美元。",
    [RI], "zh", ["evasion", "zero-width", "incentive", "proactive", "traditional", "short"],
    "Zero-width spaces inside 好評返現 (traditional). '私訊' is not tied to an outside app, so no off-platform label.")

add("客服專線：零玖壹貳－參肆伍－陸柒捌，歡迎來電詢問茶具保養方式。",
    [OFF], "zh", ["evasion", "cn-numerals", "phone", "reply", "traditional", "short"],
    "Phone number 0912-345-678 in formal (financial) Chinese numerals.")

add("請將保固卡照片寄到 ｓｅｒｖｉｃｅ＠ｐｅｔｆｌｕｆｆ．ｔｗ，我們會盡快處理。",
    [OFF], "zh", ["evasion", "fullwidth", "email", "reply", "traditional"],
    "Full-width e-mail address.")

add("覺得好用的話，幫我們留個「好平」，給滿五顆星，感激不盡～",
    [RI], "zh", ["evasion", "homophone", "positive-ask", "proactive", "traditional", "short"],
    "好平 homophone for 好評 plus 五顆星.")

add("您好，补发的 derailleur 已经寄出。有问题可以 add me on w3chat: rl_bike88，比站内回复快。",
    [OFF], "mixed", ["evasion", "leetspeak", "im-handle", "reply"],
    "Leetspeak 'w3chat' handle, explicitly preferred over Amazon messaging.")

add("Next order 用 c0de SAVE-15 立减15%，全店 phone cases 通用。",
    [MKT], "mixed", ["evasion", "leetspeak", "coupon", "proactive", "short"],
    "Leetspeak 'c0de' coupon.")

# ---------------------------------------------------------------------------
# 6. compliant (55): en 29, zh 23 (7 traditional), mixed 3. Labels [].
#    Tag near-miss = a naive keyword list would likely flag it; plain = ordinary.
# ---------------------------------------------------------------------------
add("Hello from Ridgeline Spokes about order 113-2290418-7736025. We hope the wheel build went "
    "smoothly. If you have a moment, we'd value hearing about your experience with the spokes in "
    "a review on Amazon, whatever it was like. Thank you for shopping with us.",
    [], "en", ["near-miss", "proactive"],
    "Neutral, unconditional review request (allowed once per order).")

add("We reviewed the photos you attached to your return request for the cracked gaiwan and "
    "approved it today. Amazon will refund your original payment method within 3 to 5 business "
    "days of the carrier scan.",
    [], "en", ["near-miss", "reply"],
    "'Reviewed' and 'refund' in a return context.")

add("Your order 114-5582031-2290874 left our warehouse on the 12th with UPS, tracking "
    "1Z999AA10123456784. The carrier now shows delivery by Thursday evening.",
    [], "en", ["near-miss", "reply", "short"],
    "Order id and tracking number that a phone regex could match.")

add("Thanks for offering to move this chat to WhatsApp, but we can only help you through Amazon "
    "messages; it keeps a record that protects both of us. Please attach the photo of the bent "
    "burner grate here and we'll take it from there.",
    [], "en", ["near-miss", "reply"],
    "Refuses to move to WhatsApp.")

add("Since the replacement clippers are working, one thing to mention and then we'll leave it "
    "with you: Amazon lets buyers edit or delete seller feedback they've left if they feel the "
    "problem has been resolved. Whether you do anything with that is completely up to you.",
    [], "en", ["near-miss", "reply", "thread-context"],
    "Judgement call: neutral post-resolution notice about seller feedback, the form the policy calls acceptable. No pressure, no incentive, no product review.")

add("Your money for the sustain pedal cable, $24.99, is on its way back to your card. Keep the "
    "cable; there's nothing to return.",
    [], "en", ["near-miss", "reply", "short"],
    "Refund as a remedy, not linked to any review.")

add("A replacement bobbin case has been sent free of charge under order 112-6620194-3308512 and "
    "should arrive Tuesday. Feel free to recycle the faulty one.",
    [], "en", ["near-miss", "reply"],
    "'Free of charge' replacement as a remedy.")

add("Thank you for letting us know you left a 5-star review after your first camping trip; "
    "that was kind of you. To your other question: yes, the simmer ring also fits the older "
    "EmberTrail Solo.",
    [], "en", ["near-miss", "reply", "thread-context"],
    "Judgement call: thanks for a review the buyer mentioned, in a reply that also answers a question; not a solicitation.")

add("Yes, the silicone in this case is free from BPA and latex. The raised lip sits 1.2 mm "
    "above the screen, which protects the glass in face-down drops.",
    [], "en", ["near-miss", "reply", "short"],
    "'Free from' as a product spec.")

add("The stamp on the base of your kettle shows the date of sale, and that date starts your "
    "one-year warranty. This is the new 2024 revision, so the lid hinge is the metal version "
    "you asked about.",
    [], "en", ["near-miss", "reply"],
    "'Sale' and 'new' as product facts.")

add("The replacement band fits the Series 9 watch. Notifications from WhatsApp and Messages "
    "will still show on the watch face, because the band doesn't cover the sensor.",
    [], "en", ["near-miss", "reply"],
    "WhatsApp mentioned as a product feature, not as a contact channel.")

add("Order 112-3371206-5580917: the carrier has reported a weather delay at its Denver hub, so "
    "your camp stove is now due on the 18th rather than the 15th. No action is needed on your side.",
    [], "en", ["near-miss", "proactive"],
    "Proactive delay notice (unexpected problem) with 'at' in normal English.")

add("Your upright piano dolly travels by LTL freight, and the trucking company won't dispatch "
    "until it can arrange a time with you. Could you reply with the best number for the driver "
    "to reach you on delivery day? The address on the order is all we need otherwise.",
    [], "en", ["near-miss", "proactive"],
    "Asks for the buyer's number for bulky-item scheduling (a permitted purpose); the seller gives no contact detail.")

add("That e-mail came from Amazon, not from us: Amazon sends review invitations automatically "
    "after delivery. You can ignore it if you like, and it won't affect your return in any way.",
    [], "en", ["near-miss", "reply"],
    "Informational mention of Amazon's own review e-mail.")

add("The part you need is the 10-speed quick link, ASIN B0C7KM2Q4L; the one in order "
    "113-9981274-4402816 was the 11-speed version, which is why it didn't fit. We've set up a "
    "free exchange, so print the prepaid label from Your Orders and drop the parcel at any UPS "
    "Store.",
    [], "en", ["near-miss", "reply"],
    "ASIN, order id, 'free exchange' and pointing to the right part the buyer needs; not a cross-sell.")

add("You're right that the listing briefly showed $12.99 instead of $21.99. That was a pricing "
    "mistake on our side, and your price stands: we won't charge the difference.",
    [], "en", ["near-miss", "reply"],
    "Price-error explanation, not a promotion.")

add("As you asked, we removed the gift wrap from order 114-7703362-1159840 and updated the "
    "gift note to read 'Happy birthday, Lena'. It ships tomorrow.",
    [], "en", ["near-miss", "reply", "short"],
    "'Removed' and 'updated' in a logistics context.")

add("We can't change the shipping address once the label is printed, but you can ask the "
    "carrier to redirect the parcel as soon as tracking goes live. Your tracking number is "
    "TBA302281947000.",
    [], "en", ["near-miss", "reply"],
    "'Change' plus a tracking number.")

add("We'd genuinely like to know how the de-shedding brush worked for your cat. Whether your "
    "experience was positive or negative, a review on the product page helps other cat owners "
    "decide. Order 111-2093318-6671450.",
    [], "en", ["near-miss", "proactive"],
    "Balanced 'positive or negative' neutral review request.")

add("We've cancelled the duplicate order 112-0087712-9903415 you asked about; the original "
    "metronome order is unaffected and ships Monday.",
    [], "en", ["near-miss", "reply", "short"],
    "Seller cancels on the buyer's request (allowed), with order ids.")

add("To complete your return of the nail grinder, could you tell us whether the charging cable "
    "is in the box? The returns team needs this to decide between a full and a partial refund.",
    [], "en", ["near-miss", "proactive"],
    "Return question needed to finish the return; 'refund' words.")

add("Since the tea caddy only has a small scuff on the lid, we can offer a partial refund of $8 "
    "through Amazon if you'd like to keep it, or you can return it for a full refund. Just tell "
    "us which you prefer.",
    [], "en", ["near-miss", "reply"],
    "Partial refund offer, which the policy explicitly allows; no review link.")

add("Thank you for the feedback about the pedal's cable length. We've passed it to our design "
    "team, and later production runs will ship with a 2.5 m cable.\n\nMei\nCustomer care, "
    "KeyNote Piano Supply",
    [], "en", ["near-miss", "reply", "signature"],
    "'Feedback' meaning a product suggestion; signature with no contact details; no offer to buy.")

add("The bobbins in your kit are class 15 and fit most Brother and Janome home machines. They "
    "won't fit Singer models that take class 66.",
    [], "en", ["plain", "reply", "short"],
    "Ordinary product answer.")

add("The driver's note says your package was left with the building concierge at 3:42 pm.",
    [], "en", ["plain", "reply", "short"],
    "Ordinary delivery answer.")

add("Thanks for the detailed message and the photos. A yellow flame usually means the burner's "
    "air intake is partly blocked, often by dust or a spider web from storage. To clean it:\n"
    "- turn the stove off and let it cool completely\n"
    "- twist the burner cap counter-clockwise to remove it\n"
    "- clear the small air holes with the pin from the repair kit, then reassemble\n"
    "If the flame is still yellow, the regulator may be at fault; that is covered by the two-year "
    "warranty and we would send a new one free of charge. Please don't test the stove indoors or "
    "in a tent. Reply here with a short video of the flame after cleaning and we'll tell you the "
    "next step.",
    [], "en", ["near-miss", "reply", "long", "bullets"],
    "Long troubleshooting reply with 'free of charge', 'warranty', 'reply here'.")

add("As requested, the user manual for the FluffBuddy two-speed dryer is attached as a PDF. The "
    "filter-cleaning section is on page 6.",
    [], "en", ["plain", "reply", "short"],
    "Requested manual.")

add("The stars printed on the lid of the tea caddy are hand-applied gold leaf, so please wash it "
    "by hand rather than in the dishwasher.",
    [], "en", ["near-miss", "reply", "short"],
    "'Stars' as a product detail.")

add("Good question about the rating on the box: the '5 stars' there is the drop-test grade from "
    "our lab, meaning the case survived 5 drops from 2 m onto concrete. It isn't a customer "
    "rating.",
    [], "en", ["near-miss", "reply"],
    "'5 stars' as a product test grade, explained in answer to a question.")

add("您问的防水等级我们查过了：我们检索评测数据库后确认，这款炉子的点火器通过了IPX4淋水测试，小雨天可以"
    "正常点火，但请不要泡水。",
    [], "zh", ["near-miss", "reply"],
    "检索评测 contains the substring 索评.")

add("如果您想看看其他买家是怎么安装这款踏板的，可以在商品页搜索评论区里的“安装”两个字，很多人都附了照片。",
    [], "zh", ["near-miss", "reply"],
    "搜索评论 contains 索评; pointing to existing reviews is not a solicitation.")

add("系统里那笔重复下的订单（113-6640987-2218890）我们已经删除并取消发货，货款会原路退回，另一笔正常发出。",
    [], "zh", ["near-miss", "reply"],
    "删除 / 取消 / 退回 in an order context.")

add("您的收货地址已经修改成新地址了，快递单号 YT7712093345812 今晚会更新物流信息。",
    [], "zh", ["near-miss", "reply", "short"],
    "修改 plus a tracking number.")

add("订单 112-9930871-4456028 的茶具组应该已经送到了。如果您愿意，可以到商品页面写一写这套茶具用起来的"
    "实际情况，好的坏的都能给后来的买家做参考。",
    [], "zh", ["near-miss", "proactive"],
    "Neutral review request, explicitly good or bad.")

add("谢谢您的好意，不过按照亚马逊的规定，我们不能通过微信和您沟通。请直接在这个对话里上传宠物剪的照片，"
    "我们会尽快回复。",
    [], "zh", ["near-miss", "reply"],
    "Refuses WeChat.")

add("非常抱歉顶针尺寸发错了。全额退款已经办好，商品不用寄回。",
    [], "zh", ["near-miss", "reply", "short"],
    "全额退款 as a remedy.")

add("新的手机壳已经给您补寄出去了，不收任何费用，亚马逊物流单号 TBA311209874000，两天内应该能到。",
    [], "zh", ["near-miss", "reply"],
    "Free replacement plus tracking number.")

add("这款手机壳的卡槽带防消磁层，放公交卡也不会影响手机的NFC，微信支付和支付宝付款都能正常使用。",
    [], "zh", ["near-miss", "reply"],
    "微信支付 / 支付宝 as product features, not payment channels offered by the seller.")

add("谢谢您告诉我们已经给了好评！您问的琴凳高度：最低46厘米，最高56厘米，旋钮逆时针转可以升高。",
    [], "zh", ["near-miss", "reply", "thread-context"],
    "Judgement call: thanking for a 好评 the buyer mentioned, while answering a question.")

add("补发的车灯已经确认能正常工作，很高兴能帮您解决。顺带说明一下：亚马逊允许买家在问题处理完后修改或撤回"
    "自己留下的卖家反馈，做不做完全由您决定，我们不会再为此打扰您。",
    [], "zh", ["near-miss", "reply", "thread-context"],
    "Judgement call: neutral post-resolution seller-feedback notice (allowed form).")

add("订单 114-2281930-6657021：由于台风影响港口作业，您的缝纫机压脚套装会比原计划晚四天左右发出，"
    "给您添麻烦了，非常抱歉。",
    [], "zh", ["near-miss", "proactive"],
    "Proactive delay notice.")

add("这款电热水壶贴的是五星能效标识，待机功耗低于0.5瓦。您问底座能不能单独买：底座和壶身是配套的，不单独出售。",
    [], "zh", ["near-miss", "reply"],
    "五星 as an energy label, not a rating request.")

add("我们的实验室对您寄回的码表做了评测，确认是电池仓进水，属于保修范围，新码表已经寄出。",
    [], "zh", ["near-miss", "reply", "short"],
    "评测 (lab evaluation) in a warranty context.")

add("您好，这款宠物梳适合中长毛猫，短毛猫建议用密齿那一面。",
    [], "zh", ["plain", "reply", "short"],
    "Ordinary product answer.")

add("您好，收到您的留言。第一，您想取消的那件备用炉头系统显示还没出库，我们已经帮您取消了，退款会在三到五个"
    "工作日内原路返回。第二，另一件主炉已经在路上，单号 1Z4X77W80398172264，地址无法再修改，如需改派请"
    "联系承运商。第三，说明书缺页的问题，我们已经把完整的电子版作为附件放在这条消息里。还有其他问题请继续在"
    "这里回复。",
    [], "zh", ["near-miss", "reply", "long", "bullets"],
    "Long numbered reply full of 取消 / 退款 / 修改 / 联系 in logistics senses; carrier contact without a number.")

add("很抱歉茶壺在運送途中破損。全額退款已經為您辦理好了，破損的茶壺不必寄回，清理碎片時請小心。",
    [], "zh", ["near-miss", "reply", "traditional"],
    "全額退款 as a remedy (traditional).")

add("謝謝您提供LINE帳號，但依照亞馬遜的規範，我們只能透過亞馬遜訊息與您聯繫，請在這裡附上照片即可。",
    [], "zh", ["near-miss", "reply", "traditional"],
    "Refuses LINE.")

add("方便的時候，可以到亞馬遜的商品頁面寫下您對烘毛機的看法，不論滿意與否，我們都會認真閱讀。訂單 "
    "111-5509873-2241706。",
    [], "zh", ["near-miss", "proactive", "traditional"],
    "Neutral review request, 'satisfied or not'.")

add("已依照您的要求取消訂單 113-7719042-8836150，款項將原路退回，您不需要再做其他操作。",
    [], "zh", ["near-miss", "reply", "traditional", "short"],
    "取消訂單 on the buyer's request.")

add("您詢問的手機殼是今年新款的模具，邊框比舊款高0.5毫米；盒內的擦拭布是原廠附帶的配件，不需要另外購買。",
    [], "zh", ["near-miss", "reply", "traditional"],
    "新款 and 不需要另外購買 as product facts.")

add("我們檢索評測報告後發現，這款寵物指甲剪的刀片硬度為HRC 56，您提到的缺口可能是剪到寵物的狼爪造成的，"
    "新刀片已經為您補寄。",
    [], "zh", ["near-miss", "reply", "traditional"],
    "檢索評測 (traditional) contains 索評.")

add("琴凳的高度旋鈕如果轉不動，請先把椅面往下壓再轉，通常就能鬆開。",
    [], "zh", ["plain", "reply", "traditional", "short"],
    "Ordinary product answer.")

add("Hi Sam，不好意思 we can't continue on WhatsApp，按亚马逊规定只能在这里沟通。Please upload the "
    "photo of the broken spoke here，我们看了马上处理。",
    [], "mixed", ["near-miss", "reply"],
    "Refuses WhatsApp (mixed).")

add("Your refund for order 112-4478120-3390715 已经处理好了，amount 是 $18.50，会退回您原来的付款方式。",
    [], "mixed", ["near-miss", "reply", "short"],
    "Refund with an order id (mixed).")

add("您好！Your piano lamp should have arrived by now. 如果方便的话，欢迎在 Amazon 商品页分享您的 "
    "honest experience，好坏都可以写。",
    [], "mixed", ["near-miss", "proactive"],
    "Neutral review request (mixed).")


def main():
    items = [dict(x) for x in ITEMS]
    rng = random.Random(SEED)
    rng.shuffle(items)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, it in enumerate(items, 1):
            rec = {"id": "h27-%03d" % i, "text": it["text"], "labels": it["labels"],
                   "lang": it["lang"], "tags": it["tags"], "note": it["note"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(items), OUT))


if __name__ == "__main__":
    main()
