# -*- coding: utf-8 -*-
"""Approved template library of t84 (imported by gen.py). Every text here was written for this set.

Seller (invented): Kestrelwater Fly Supply -- fly-tying vises, fly-fishing reels, tippet and fly boxes.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = OrderedDict()


def approve(tid, lang, topic, body):
    if tid in TEMPLATES:
        raise SystemExit("template id used twice: " + tid)
    TEMPLATES[tid] = body.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


SIGN_EN = "Kestrelwater Fly Supply, Customer Care"
SIGN_ZH = "Kestrelwater Fly Supply 客服部"

# ---------------------------------------------------------------- English (9)
approve("en/vise/setup", "en", "how-to: mounting a tying vise and setting the jaws", """
Hello {{buyer_name}},

Thank you for your question about setting up the {{vise}}. The vise comes with two bases. The C-clamp fits table edges from 1/2 inch to 1 3/4 inches thick; tighten it by hand only, because a wrench can mark the table and crack the clamp pad. The pedestal base is the better choice for glass or stone tops and for tying on the road.

Slide the stem into the base, set the jaw height so the hook point sits level with your eyes when you are seated, and lock the height collar with the supplied hex key. The jaws are set at the factory for hooks from size 8 to size 20. For bigger or smaller hooks, turn the rear adjustment knob a quarter turn at a time until the cam lever closes with firm pressure but without force.

Tight lines,
{{agent_name}}
""" + SIGN_EN)

approve("en/vise/jaw-slip", "en", "troubleshooting: hooks slipping in the vise jaws", """
Hi {{buyer_name}},

I'm sorry the hooks are slipping in the jaws of your {{vise}}. In almost every case this comes down to how deep the hook sits or how the jaws are set, so please try these steps in order.

First, place the hook so that only the bend is held, with the point just covered by the jaw tips. Clamping on the barb or on the very tip of the bend gives the jaws too little metal to grip. Second, open the cam lever and turn the rear knob clockwise by a quarter turn, then close the lever again; repeat until the hook no longer moves when you pluck the thread. Third, wipe the jaw faces with a little rubbing alcohol, because head cement and wax make them slick.

If the hook still slips after these steps, reply with the hook size and a short video of the jaws closing and we will look at it straight away.

Kind regards,
{{agent_name}}
""" + SIGN_EN)

approve("en/reel/drag", "en", "answering a product question: the sealed drag", """
Dear {{buyer_name}},

Thanks for asking about the drag on your {{reel}}. The drag is a sealed stack of carbon and stainless washers, so it needs no grease and no cleaning inside; please do not try to open the drag cap. The large knob on the back adjusts it over about one and a half turns, from a light setting that only stops the spool from overrunning to the maximum of {{max_drag}}.

For most trout fishing, set it just firm enough that a sharp pull on the line does not make the spool overrun. For bigger fish, add tension during the fight with the knob or by palming the exposed rim, and back it off again before you store the reel so the washers are not left compressed.

A faint clicking when line goes out is the audible check and is normal. A grinding feel is not, and we would like to hear about it if you notice one.

Best regards,
{{agent_name}}
""" + SIGN_EN)

approve("en/reel/retrieve", "en", "how-to: switching a reel between left- and right-hand retrieve", """
Hello {{buyer_name}},

Your {{reel}} is set for left-hand retrieve when it leaves us, and you can change it at home in a few minutes with no tools. Press the release button in the centre of the spool and lift the spool off the frame. On the inside of the spool you will see a small clutch bearing with an arrow on it. Pull the bearing out, turn it over so the arrow points the other way, and press it back in until it clicks.

Put the spool back on the frame and turn the handle in both directions. It should turn freely one way and engage the drag the other way. Then strip off the fly line and backing and wind them back on in the new direction, otherwise the line will come off the wrong side of the spool.

All the best,
{{agent_name}}
""" + SIGN_EN)

approve("en/reel/saltwater-care", "en", "product help: caring for a reel used in salt water", """
Hi {{buyer_name}},

Good question about looking after the {{reel}} near the sea. The frame and spool are machined from bar-stock aluminium and hard anodised, and the drag is sealed, so the reel is made for salt water. Salt crystals can still build up in the gap between the spool and the frame, though.

After each day on the water, tighten the drag so that no water is pushed into the seals, then rinse the whole reel under a gentle stream of lukewarm fresh water for about a minute. Do not soak it and do not use a pressure washer. Shake it out, loosen the drag again, take the spool off and let both parts dry in the shade before you put the reel in its case.

Once a season, put a single drop of reel oil on the handle shaft. Nothing else needs lubricating.

Regards,
{{agent_name}}
""" + SIGN_EN)

approve("en/tippet/sizing", "en", "answering a product question: choosing a tippet size", """
Hello {{buyer_name}},

Thank you for your question about which {{tippet}} to use. A simple starting point is to divide the hook size by three: a size 18 fly goes well with 6X, a size 12 with 4X. Go one size lighter in clear, slow water where trout are wary, and one size heavier when you fish near weed or timber.

Fluorocarbon sinks and is harder to see under water, so it suits nymphs and streamers. For dry flies many anglers prefer nylon, which floats a little and is more forgiving of poor knots. Whichever you choose, tie the tippet to the leader with a double surgeon's knot or a blood knot, and wet the knot before you pull it tight so the line is not weakened by heat.

Tight lines,
{{agent_name}}
""" + SIGN_EN)

approve("en/warranty/claim", "en", "warranty: what is covered and what we need to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. It is covered by our {{warranty_period}} warranty against defects in materials and workmanship, counted from the delivery date of order {{order_id}}. We have opened case {{case_id}} for you.

The warranty covers parts that fail in normal use, such as a cracked jaw, a broken cam lever, a drag that stops holding or a latch that will not close. It does not cover wear from ordinary use, damage from a fall or from being stepped on, or corrosion after a reel has been stored wet.

To assess the claim, please reply in this thread with a few photos of the problem and a short description of when it started. We usually answer within two business days with either a replacement part or the next step.

Sincerely,
{{agent_name}}
""" + SIGN_EN)

approve("en/apology/box-latch", "en", "apology and explanation: a fly box latch that opens", """
Hi {{buyer_name}},

I'm sorry the latch on your {{box}} opened in your vest pocket. Losing a row of flies into the river is exactly what a fly box is meant to prevent, and I understand how annoying that was.

Here is what usually happens. The latch is a spring clip that presses against a ridge on the lid, and for the first week or two the hinge is still slightly stiff, so the lid can spring back and the clip may not fully seat. Press the lid down at the latch end until you hear a distinct click rather than just pushing the clip across. After some use the hinge loosens and the clip seats on its own.

If the latch still opens once the box has been used for a few outings, please tell us and we will replace the box.

With apologies,
{{agent_name}}
""" + SIGN_EN)

approve("en/review/neutral-request", "en", "a neutral invitation to review (once per order)", """
Hello {{buyer_name}},

Thank you for your order {{order_id}} for the {{product}}. Now that you have had it for a while, we would be grateful if you would share your experience in a review on Amazon, whatever that experience has been. Reviews help other anglers decide whether a product suits the way they fish, and we read every one of them.

Best wishes,
{{agent_name}}
""" + SIGN_EN)

# ---------------------------------------------------------------- Simplified Chinese (5)
approve("zh/vise/rotary", "zh", "旋转夹钩器的调校与使用", """
{{buyer_name}}，您好：

感谢您询问 {{vise}} 的旋转功能怎么用。先把钩子夹好，然后观察钩柄是否和旋转轴在同一条直线上：从侧面看，钩柄应该正好落在夹头后方那根金属杆的延长线上。如果偏高或偏低，请松开夹头下方的高度螺丝微调，直到转动手柄时钩柄只在原地转动、不上下摆动。

调好之后，缠线、绕毛羽、绕铜丝时都可以用手柄转动钩子，而不用绕着钩子移动线座，这样线的张力更均匀，毛羽也更整齐。手柄旁边的阻尼旋钮可以调节转动的松紧：拧紧后钩子会停在任意角度，方便检查背面；拧松则可以连续转动。

祝您钓鱼愉快！
{{agent_name}}
""" + SIGN_ZH)

approve("zh/reel/backing", "zh", "卷线器上背线和主线的步骤", """
{{buyer_name}}，您好：

关于 {{reel}} 怎样上背线和主线，步骤如下。先确认收线方向：本款默认为左手摇，如需改成右手摇，请先改好再上线。背线用 20 磅的编织线，用轴结固定在线杯轴上，然后在拉紧的状态下均匀地绕上去，大约 {{backing_yards}}。

接着用钉结或者对接环把主线接在背线上，再继续绕主线。绕完以后，主线外圈和线杯边缘之间应该还留有大约五毫米的空隙。如果太满，请退出主线，去掉几圈背线后重新缠绕；线太满时，主线在钓鱼中容易卡在框架上。

祝好！
{{agent_name}}
""" + SIGN_ZH)

approve("zh/apology/reel-noise", "zh", "卷线器棘轮声音大的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{reel}} 出线时的咔哒声让您担心。我们理解，新买的卷线器声音这么明显，难免会以为出了问题。

这个声音来自卷线器内置的棘轮提示装置，作用是在鱼拉线时提醒您，也能防止线杯在甩竿时转得过快。新卷线器的棘轮弹簧比较紧，所以声音偏大、偏脆，使用几周以后会逐渐变得柔和。声音的大小和泄力的松紧无关，把泄力旋钮拧松并不会让它变小。

如果您听到的是摩擦声或者沙沙声，而不是均匀的咔哒声，请回复这条消息告诉我们，我们会进一步为您检查。

再次致歉！
{{agent_name}}
""" + SIGN_ZH)

approve("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 享有{{warranty_period}}保修，从订单 {{order_id}} 的送达日期起计算，我们已经为您建立售后案例 {{case_id}}。

保修范围包括正常使用中出现的材料或做工问题，例如夹头开裂、凸轮扳手断裂、泄力失效或者盒扣无法扣合。日常使用造成的磨损、摔落或踩踏造成的损坏，以及卷线器受潮存放后出现的腐蚀，不在保修范围内。

为了判断问题，请在这条消息下回复几张清楚的照片，并简单说明问题是从什么时候开始出现的。我们通常会在两个工作日内回复，告诉您更换的零件或者下一步的安排。

此致
{{agent_name}}
""" + SIGN_ZH)

approve("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。您已经使用了一段时间，如果方便的话，欢迎在亚马逊上写一条评论，分享您的真实使用体验，无论好坏都可以。您的评论能帮助其他钓友判断这款产品是否适合自己，我们也会认真阅读每一条。

祝您钓鱼愉快！
{{agent_name}}
""" + SIGN_ZH)

# ---------------------------------------------------------------- Traditional Chinese (4)
approve("zh-tw/box/foam", "zh-tw", "飛蠅盒切縫泡棉的使用與保養", """
{{buyer_name}} 您好：

謝謝您詢問 {{box}} 的泡棉怎麼使用。盒內的泡棉是切縫式設計，毛鉤只要把鉤彎壓進切縫裡就能固定，不需要把鉤尖刺進泡棉。這樣拿取比較順手，泡棉也不會被鉤尖戳出一個個小洞，用得比較久。

濕的毛鉤請先放在盒外晾乾再收進去，否則水氣悶在盒內，鉤子容易生鏽，泡棉也會有異味。泡棉髒了可以用清水沖洗後自然陰乾，請不要用吹風機或放在車內曝曬，高溫會讓泡棉變形、切縫合不起來。

如果泡棉從盒底脫落，可以用少量防水膠重新黏回。

祝 漁獲豐收
{{agent_name}}
""" + SIGN_ZH)

approve("zh-tw/tippet/storage", "zh-tw", "子線的保存與何時更換", """
{{buyer_name}} 您好：

關於 {{tippet}} 的保存方式，最重要的是避開陽光和高溫。尼龍子線照到紫外線會慢慢變脆，建議一整季用不完的線軸收在盒子或背心內袋裡，不要長時間放在車子的儀表板上。氟碳子線比較不怕光，但同樣不宜悶在高溫的車內。

每次出釣前，可以拉出一段子線，用手輕輕拉一下測試。如果線身出現白色摺痕、捲曲不直，或比平常更容易斷，就代表該換新線了。線軸邊緣的橡膠圈是用來壓住線頭的，拉出需要的長度後，請把線頭塞回橡膠圈下，避免整軸鬆開。

祝 順心
{{agent_name}}
""" + SIGN_ZH)

approve("zh-tw/troubleshoot/reel-spool", "zh-tw", "線杯卡住拆不下來的排除方法", """
{{buyer_name}} 您好：

很抱歉 {{reel}} 的線杯卡住拆不下來，請依照以下步驟試試看。

首先把洩力旋鈕逆時針轉到最鬆，再用拇指按住線杯中央的釋放鈕，另一手握住線杯邊緣，左右輕輕轉動的同時往外拉。多數情況是鹽分或細沙卡在線杯與機身之間，只要轉動幾次就能鬆脫。

如果還是拆不下來，請把捲線器放在溫水下沖洗約一分鐘，讓卡住的鹽分溶解後再試一次。請不要用螺絲起子或其他工具撬開，以免刮傷陽極處理的表面。

若以上方法都無效，請回覆這則訊息並附上照片，我們會協助您處理。

敬祝 安好
{{agent_name}}
""" + SIGN_ZH)

approve("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

{{product}} 陪您出釣一陣子了嗎？這是訂單 {{order_id}} 的商品，若您有空，想邀請您到亞馬遜寫下使用評論。不管是優點還是缺點，都請照實分享，讓正在考慮的釣友能做出適合自己的選擇。每一則評論我們都會看。

祝 漁獲豐收
{{agent_name}}
""" + SIGN_ZH)
