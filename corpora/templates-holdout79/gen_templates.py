# -*- coding: utf-8 -*-
"""Approved template library of t79 (imported by gen.py). Every text was written for this set.

Seller (invented): Hoarfell Outfitters, snowshoes and winter hiking gear on Amazon.com.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/snowshoe/sizing", "en", "sizing advice: choosing a snowshoe length by total load", """
Hello {{buyer_name}},

Thank you for asking which size of {{snowshoe}} suits you. Snowshoe size is chosen by the total weight the shoes will carry, not by boot size: add your body weight, your clothing and boots, and the loaded pack you usually bring. This model is rated for up to {{max_load}}.

If your total sits near the top of that rating, or you mostly walk in deep, fresh powder, the next length up keeps you higher in the snow. On packed trails, groomed paths and wet spring snow, a shorter shoe is easier to turn and less tiring, even for heavier hikers.

Every size of binding takes boots from a child's 4 up to a men's 14, so the frame length never has to match your shoe size.

Warm regards,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/snowshoe/bindings", "en", "fitting advice: adjusting the snowshoe binding to a boot", """
Hi {{buyer_name}},

Here is how to set the binding on your {{snowshoe}} so your boot stays put. Open the two front ratchet straps fully and pull the heel strap back. Put your boot in so that the ball of your foot sits directly above the pivot rod, with the toe poking through the opening in front of it.

Pull the toe strap snug first, then the instep strap, pressing each ratchet tab down until it clicks. Last, wrap the heel strap around the back of the boot and tighten it until your heel can lift but cannot slide sideways.

Tighten the straps again after the first ten minutes of walking, once the boot has settled. Tuck the loose ends under their keepers so they do not catch on branches.

Cheers,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/poles/baskets", "en", "product help: swapping trekking baskets for snow baskets", """
Dear {{buyer_name}},

Thanks for your message about the baskets on your {{poles}}. The poles come with two sets: small trekking baskets for dirt and rock, and wide snow baskets that stop the tips from sinking into soft snow.

To change them, hold the pole just above the tip, turn the fitted basket anticlockwise while pulling down, and it comes off. Push the other basket up over the carbide tip and twist it clockwise until it seats firmly against the shoulder of the tip. If a basket is stiff in the cold, warm it in your hands for a minute first.

For snowshoeing, most people set the poles about 5 cm longer than for summer hiking, since the snowshoes raise you a little and the baskets sit higher in the snow.

Best,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/gaiters/fit", "en", "fitting advice: putting on the gaiters and choosing the size", """
Hello {{buyer_name}},

Thanks for your question on fitting the {{gaiters}}. Size {{size}} is cut for the calf and boot range shown on the tag sewn inside the collar. The gaiters are made as a left and right pair: the buckle of the underfoot strap and the zip both belong on the outer side of each leg.

Fit them with your boots already on. Hook the front lace hook onto the lowest lace or the first eyelet, run the underfoot strap beneath the boot just in front of the heel, and close the zip. Then pull the top drawcord until the collar sits closed below the knee without pinching.

If the underfoot strap wears through on rocky ground, it can be replaced on its own; a spare comes in the small pouch tied to the tag.

Kind regards,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/spikes/fit", "en", "sizing and fitting advice: traction spikes over boots", """
Hi {{buyer_name}},

Thanks for asking about putting on the {{spikes}}. Size {{size}} is worked out from the footwear you will wear them over; thick winter boots may need the next size up from your street shoe size.

Hold the traction by the heel tab with the spikes facing down. Slide the toe of your boot into the front of the rubber harness first, then stretch the heel loop up and over the back of the boot. Check that the chains lie flat under the sole and that no spike sits beneath the arch; if one does, the harness is twisted.

After each outing, rinse off any grit or road salt with fresh water and let them dry at room temperature before you pack them away, so the chains stay free of rust.

All the best,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/insoles/battery-care", "en", "battery care for the heated insoles: first charge, run time, storage", """
Hello {{buyer_name}},

Thank you for your question about the batteries of the {{insoles}}. Please charge both packs fully before the first outing; the light on each pack turns from red to green when it is done, which takes about three hours.

On the low setting a full charge lasts up to {{hours_low}}. The medium and high settings use the battery much faster, and in deep cold every lithium battery delivers less, so keep the packs in an inside pocket until you head out.

Between seasons, store the packs at about half charge in a cool, dry drawer, and top them up every two to three months. Never charge them on a radiator or near a stove, and stop using any pack that swells, leaks or gets hot while charging.

Stay warm,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/holding/product-check", "en", "holding reply: a product problem passed to the product team", """
Hi {{buyer_name}},

Thank you for the details and photos about your {{item}}. I have shared them with our product team so they can look at exactly what you are describing.

I will write back in this thread by {{reply_by}} with their findings and what we suggest next. There is nothing further you need to do in the meantime, although any extra photos or notes you add here will reach the same team.

Thanks for your patience,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed for a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. Our gear carries a {{warranty_period}} warranty against faults in materials or manufacture, such as a cracked frame weld, a binding rivet that pulls out, a pole lock that will not hold, or a heating element that stops working.

Ordinary wear is not covered: worn spike tips, straps frayed by long use, scuffed frames, and damage from sharp rock, fire or a fall are outside the warranty, as is any insole trimmed beyond its printed cutting lines.

Please reply here with a short account of what happened and a clear photo of the problem area. We have logged this under case {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} has been out in the snow with you by now. When you have a moment, you are welcome to describe your experience with it in a review on its Amazon page.

Other winter walkers read these reviews to judge whether a piece of gear fits their plans, and every kind of honest comment helps them. Our team also reads them to see what we could do better.

Thank you,
{{agent_name}}
Hoarfell Outfitters Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/insoles/remote", "zh", "加热鞋垫遥控器的配对与档位", """
{{buyer_name}}，您好：

感谢您询问 {{insoles}} 遥控器的使用方法。第一次使用前，请先把两块电池装进鞋垫后跟的电池仓，然后同时按住遥控器上的加号键和减号键约五秒，指示灯快速闪烁后松开，鞋垫会自动与遥控器配对。

遥控器有低、中、高三个档位，分别对应绿灯、黄灯和红灯。每按一次加号键升高一档，按减号键降低一档；长按电源键三秒，可以同时关闭两只鞋垫。

如果只有一只鞋垫有反应，请先确认那块电池已经充满，再重复上面的配对步骤。遥控器使用一枚 CR2032 纽扣电池，指示灯明显变暗时请及时更换。

祝您出行温暖！
{{agent_name}}
Hoarfell 户外客服
""")
template("zh/snowshoe/heel-lift", "zh", "雪鞋爬坡支架的使用", """
{{buyer_name}}，您好：

关于 {{snowshoe}} 上的爬坡支架，使用方法如下：

1. 上坡之前，用登山杖的手柄或杖尖勾住脚跟下方的金属支架，向上一扳，支架就会立起并卡住。
2. 支架立起后，脚跟落在支架上，相当于踩着一级台阶，小腿不用一直绷紧，长坡会省力很多。
3. 回到平路或开始下坡时，用杖尖把支架往下压平，否则下坡时重心偏前，容易滑倒。

支架的转轴在低温下可能有点紧，这是正常情况，扳动几次就会顺滑。请不要用脚去踢支架，以免弯曲变形。

此致
{{agent_name}}
Hoarfell 户外客服
""")
template("zh/spikes/care", "zh", "防滑冰爪的清洁、收纳与更换时机", """
{{buyer_name}}，您好：

感谢您来信询问 {{spikes}} 的保养。每次用完后，请用清水冲掉链条和钉齿上的泥沙和融雪盐，再用毛巾擦干，放在室温下自然晾干，不要放在暖气片或火炉旁边烘烤。

橡胶套在零下二十度左右仍然保持弹性，但长时间暴晒会加速老化，夏天请避光存放。收纳时把两只冰爪钉齿相对叠在一起，装进附带的收纳袋，这样不会刮坏背包和衣物。

钉齿磨短以后抓地力会下降。如果钉齿只剩原来长度的一半左右，建议换一副新的。

顺祝冬安
{{agent_name}}
Hoarfell 户外客服
""")
template("zh/warranty/claim", "zh", "保修范围及申请保修需要的资料", """
{{buyer_name}}，您好：

收到您关于 {{product}} 的来信，谢谢。我们的产品提供{{warranty_period}}质量保修，凡是材料或制造问题造成的损坏，例如雪鞋框架焊点开裂、绑带铆钉脱落、登山杖锁扣锁不紧、鞋垫加热片不发热，都可以申请保修。

正常使用造成的磨损不在保修范围内，比如钉齿磨短、绑带长期使用后起毛、框架划痕，以及被利石割伤、火烤或摔落造成的损坏；鞋垫裁剪超出印刷线的，也无法保修。

请直接在本对话中说明发生经过，并拍一张损坏部位的清晰照片发给我们。本次保修已登记为案例 {{case_id}}，对应订单 {{order_id}}。

此致
敬礼
{{agent_name}}
Hoarfell 户外客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 已经陪您走过几段雪路了。方便的时候，欢迎到亚马逊的商品页面写一条评论，说说您的实际使用体验。

很多冬季徒步爱好者会参考这些评论，判断装备是否适合自己的行程。不论您的看法如何，真实的描述都对他们有帮助，我们也会逐条阅读，作为改进的参考。

谢谢您！
{{agent_name}}
Hoarfell 户外客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/poles/length", "zh-tw", "登山杖的長度調整與快扣鬆緊", """
{{buyer_name}} 您好：

感謝您詢問 {{poles}} 的長度調整。請先打開上下兩個快扣，把下節拉到「STOP」標記以內，再調整中節，讓手握在握把上時手肘大約彎成九十度，最後把快扣壓回去。

快扣壓下後，杖身應該無法再轉動或滑動。如果還會滑，請把快扣打開，順時針轉動快扣上的小螺絲半圈，再壓回去測試，直到鬆緊適中為止。

上坡時可以縮短五公分左右，下坡時則放長五公分，在雪地上行走會更穩。

祝 一路平安
{{agent_name}}
Hoarfell 戶外客服
""")
template("zh-tw/insoles/trim", "zh-tw", "加熱鞋墊的裁剪方式", """
{{buyer_name}} 您好：

關於 {{insoles}} 的裁剪方式：鞋墊底面的腳尖部分印有各個尺碼的裁剪線，請先把鞋子原本的鞋墊抽出來，疊在加熱鞋墊上比對，再用剪刀沿著最接近的那條線慢慢剪。

加熱元件只分布在前腳掌和腳跟的範圍內，鞋墊上用灰色框標示出來。請只在灰框以外的區域裁剪，一旦剪到灰框內就會損壞電路，也無法再享有保固。

剪完後先放進鞋子裡試穿，如果前端仍然頂到鞋頭，再沿下一條線剪一點。寧可分兩次剪，也不要一次剪太多。

{{agent_name}}
Hoarfell 戶外客服
""")
template("zh-tw/holding/product-check", "zh-tw", "產品問題轉交檢查時的等候回覆", """
{{buyer_name}} 您好：

謝謝您提供{{item}}的狀況說明和照片，我們已經轉交產品團隊仔細檢查。

我們會在{{reply_by}}之前，在這個對話中回覆檢查結果和後續的處理建議。這段期間您不需要另外做什麼；如果想補充照片或說明，直接在這裡留言即可。

感謝您耐心等候
{{agent_name}}
Hoarfell 戶外客服
""")
template("zh-tw/gaiters/care", "zh-tw", "綁腿的清潔、晾乾與防水保養", """
{{buyer_name}} 您好：

關於 {{gaiters}} 的清潔與保養，建議您這樣處理：

1. 使用後先把拉鍊拉開，讓內側完全晾乾，再收進背包或鞋櫃。
2. 表面沾到泥巴時，用溫水和軟毛刷輕輕刷洗即可，不要使用漂白水或柔軟精。
3. 請不要放進洗衣機或烘衣機，高溫會讓防水膜脫層。

防水效果變差時，可以在表面均勻噴上一層防潑水噴劑，等完全乾了再使用。底部綁帶磨損時可以單獨更換，不必整副丟掉。

敬祝 冬季愉快
{{agent_name}}
Hoarfell 戶外客服
""")
