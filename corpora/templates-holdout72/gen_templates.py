# -*- coding: utf-8 -*-
"""Approved template library of t72 (imported by gen.py). All texts written for this set.

Seller (invented): Brightmoor Garment Care, handheld steamers, upright garment steamers and steam irons.
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
template("en/steamer/first-fill", "en", "how-to: filling the handheld steamer and first use", """
Hi {{buyer_name}},

Thanks for your question about getting started with the {{product}}. Before filling, make sure it is unplugged. Slide the water tank off the body, open the rubber cap and fill it up to the MAX line with tap water, or with distilled water if your area has hard water. Close the cap firmly and push the tank back on until you hear it click.

Plug the steamer in and switch it on. The light turns from red to green once it is ready, which takes about {{heat_up}}. Hold the steamer upright and press the trigger a few times away from your clothes; the first puffs clear the air out of the pump.

When you have finished, switch it off, unplug it and pour out any water left in the tank so that it does not sit in the boiler overnight.

Best regards,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/steamer/delicates", "en", "how-to: steaming silk, chiffon and fine wool", """
Hello {{buyer_name}},

Good question about using the {{product}} on delicate fabrics. Silk, chiffon, satin and fine wool all steam well, as long as the steam head does not press on the cloth. Hang the garment, pull the fabric gently taut at the hem with your free hand, and pass the head about an inch away from the surface in slow downward strokes.

For silk and satin, try a quick test on an inside seam first, because a few fabrics can show faint water marks if steam condenses on them. Keep the head moving and the marks will not form. Wool responds best to short bursts followed by a light pass with the fabric brush attachment.

Let the garment hang for a few minutes before you wear it, so the fibres can dry and settle.

Kind regards,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/iron/descaling", "en", "how-to: descaling a steam iron with the self-clean cycle", """
Dear {{buyer_name}},

Thank you for asking how to descale your {{product}}. We suggest running the self-clean cycle once a month, or every two weeks if your water is hard.

1. Fill the tank to the MAX line and turn the temperature dial to the highest setting.
2. Wait for the heat light to go out, then unplug the iron.
3. Hold it flat over the sink and press the Calc-Clean button for about a minute. Hot water, steam and white flakes will come out of the holes in the soleplate.
4. Release the button, plug the iron back in for two minutes to dry the soleplate, and then wipe it with a soft cloth.

Please do not pour vinegar or a shop-bought descaler into the tank, as it can harm the seals inside.

With best wishes,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/troubleshoot/spitting", "en", "troubleshooting: an iron spitting water onto clothes", """
Hello {{buyer_name}},

I'm sorry your {{product}} has been spitting water onto your clothes. This nearly always means the water reaches the soleplate before the plate is hot enough to turn it into steam.

Please check the temperature dial first. Steam only works from the two-dot setting upwards; below that, slide the steam control to zero. After turning the dial up, wait until the heat light goes out before you press the steam button.

If you use the shot of steam, leave about five seconds between bursts so the plate can recover its heat. Scale inside the iron can also cause spitting, so it is worth running the self-clean cycle described in the manual.

If water still drips from a fully heated iron, just reply here and we will help you further.

Regards,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/troubleshoot/no-steam", "en", "troubleshooting: an upright garment steamer gives no steam", """
Hi {{buyer_name}},

Sorry to hear your {{product}} is not producing steam. These checks solve it in most cases:

- Make sure the water tank is seated properly on the base. If it sits even slightly crooked, the valve underneath stays closed and no water reaches the heater.
- Give it the full warm-up time. Steam starts about 45 seconds after you switch on, and a little later with very cold water.
- Check that the hose is not kinked or hanging below the level of the base, where condensed water can collect and block the steam.
- Look at the anti-calc cartridge. If it has not been changed for six months or more, it can clog and slow the flow.

If none of this helps, please reply with a short video of the steamer running and we will look at it with you.

Thanks,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/garment/assembly", "en", "answering a product question: assembling the upright steamer's pole, hanger and hose", """
Dear {{buyer_name}},

Thank you for your question about putting the {{product}} together. The telescopic pole comes in two parts. Push the lower part into the socket at the back of the base until the button clicks, then slide the upper part in and twist the collar to lock it at the height you want.

The folding hanger clips onto the top of the pole, and the hose hook goes on the side. Attach the hose to the outlet on the base and turn it a quarter turn clockwise; you will feel it lock into place.

The base has wheels, but please move the steamer only when the tank is empty and the unit has cooled, and hold it by the base rather than by the pole.

Warm regards,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/warranty/coverage", "en", "what the warranty covers and what is needed to assess a fault", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. It carries a {{warranty_period}} warranty that covers faults in materials and manufacture, such as a heating element that stops warming up, a pump that no longer delivers steam, or a switch or cord connector that fails in normal household use.

Wear parts such as the anti-calc cartridge and the fabric brush are not included, and neither is damage from a fall, from scale left to build up, or from using the product with perfumed water or additives.

So that we can assess the fault, please describe what happens when you switch the product on and, if you can, attach a photo or a short video. Your case number is {{case_id}} for order {{order_id}}.

Yours sincerely,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/apology/leak", "en", "apology and explanation: a steamer leaking at the base", """
Hello {{buyer_name}},

I'm really sorry that your {{product}} left a puddle on the floor. That is the last thing anyone wants while getting ready, and I understand why it worried you.

A leak at the base usually comes from one of two places. The first is the tank cap: if its rubber seal is twisted or has a hair caught in it, water can seep out when the tank is turned upside down. The second is the hose joint, which drips if the hose has not been turned all the way until it locks.

Please dry the base, refit both parts and run the steamer for a few minutes over a towel. If water still appears, send us a photo showing where it comes from and we will sort out a solution with you.

Apologies again,
{{agent_name}}
Brightmoor Garment Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

Thank you for ordering the {{product}} (order {{order_id}}). When you have used it on a few loads of laundry, we would be glad if you told other shoppers about your experience in a review on Amazon.

Whatever you make of it, honest impressions help people choose the right tool for their wardrobe, and they show us what we could do better.

Many thanks,
{{agent_name}}
Brightmoor Garment Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/iron/water-type", "zh", "熨斗应该加什么水", """
{{buyer_name}}，您好：

感谢您询问 {{product}} 应该加什么水。一般情况下直接使用自来水就可以。如果您所在地区水质偏硬，烧水壶里很容易结水垢，建议把自来水和纯净水按一比一混合使用，能明显减少水垢。

请不要往水箱里加香水、衣物柔顺剂、淀粉浆，也不要使用空调或除湿机里的冷凝水。这些液体含有杂质或添加剂，会堵塞底板的出汽孔，严重时还会在衣服上留下黄褐色的斑点。

加水前请先拔掉电源，水位不要超过水箱上的 MAX 刻度线。

祝您生活愉快！
{{agent_name}}
Brightmoor 衣物护理客服
""")
template("zh/iron/auto-off", "zh", "熨斗自动断电保护的说明", """
{{buyer_name}}，您好：

您提到 {{product}} 用着用着就不热了，这是熨斗的自动断电保护在起作用，并不是故障。

熨斗竖放静止超过八分钟，或者平放、侧放静止超过三十秒，就会自动停止加热，同时指示灯开始闪烁。只要拿起熨斗轻轻晃动一下，指示灯就会停止闪烁，熨斗重新加热，大约一分钟后即可继续使用。

这个功能是为了防止熨斗在无人看管时烫坏衣物或台面，无法关闭。熨烫中途需要暂时离开时，请把熨斗竖放在熨衣板的支架上。

此致
{{agent_name}}
Brightmoor 衣物护理客服
""")
template("zh/warranty/coverage", "zh", "质保范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 享受{{warranty_period}}质保，正常家用情况下因材料或做工问题出现的故障，例如不加热、不出蒸汽、开关或电源线接头损坏等，都在质保范围内。

防垢滤芯、毛刷头等易耗配件不在质保范围内；摔落、长期不除垢造成的堵塞，或者在水箱里加入香水等添加剂造成的损坏，也不属于质保范围。

为了尽快判断问题，请在本对话中说明开机后的具体情况，方便的话请附上照片或短视频。本次售后编号为 {{case_id}}，对应订单 {{order_id}}。

顺祝安好
{{agent_name}}
Brightmoor 衣物护理客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您在订单 {{order_id}} 中选购 {{product}}。等您用它打理过几次衣物之后，如果愿意的话，欢迎到亚马逊商品页面写下您的使用体验。

不论您的看法如何，真实的评论都能帮助其他顾客挑选合适的产品，也能让我们知道哪里还需要改进。

{{agent_name}}
Brightmoor 衣物护理客服
""")
template("zh/steamer/wool-coat", "zh", "用手持挂烫机打理西装和羊毛大衣", """
{{buyer_name}}，您好：

用 {{product}} 打理西装和羊毛大衣时，可以参考下面的方法：

1. 把衣服挂在宽肩衣架上，扣好纽扣，让衣身自然下垂。
2. 装上毛刷头，从肩部开始由上往下慢慢移动，喷头与面料保持大约两厘米的距离。
3. 袖子和口袋附近的褶皱，可以一只手在里侧轻轻拉平，另一只手移动喷头，注意手不要放在蒸汽正前方。
4. 处理完后让衣服在通风处挂十到十五分钟，等湿气散去、纤维定型后再穿或收进衣柜。

带有亮片、皮革或塑料装饰的部位请避开蒸汽。

祝好
{{agent_name}}
Brightmoor 衣物护理客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/steamer/first-use", "zh-tw", "手持掛燙機第一次使用", """
{{buyer_name}} 您好：

感謝您選購 {{product}}。第一次使用前，請先拆下水箱，用清水沖洗一次，再裝水至 MAX 刻度。裝回機身時要聽到「喀」一聲，才表示水箱已經卡緊。

插上電源、按下開關後，指示燈由紅轉綠就代表可以使用，大約需要二十五秒。剛開始的幾次噴汽可能會帶出少量水珠，請先對著毛巾按幾下蒸汽鍵，等蒸汽穩定後再整燙衣物。

新機第一次加熱時，可能會聞到輕微的氣味，這是發熱元件表面的保護油受熱揮發，使用幾次後就會消失。

{{agent_name}}
Brightmoor 衣物護理客服
""")
template("zh-tw/iron/descaling", "zh-tw", "熨斗的自清潔除垢", """
{{buyer_name}} 您好：

關於 {{product}} 的除垢，建議每個月進行一次自清潔，水質較硬的地區可以改為每兩週一次。

步驟如下：
1. 水箱加水至 MAX，將溫度旋鈕轉到最高。
2. 等加熱指示燈熄滅後拔掉插頭。
3. 把熨斗平放在水槽上方，按住自清潔鍵約一分鐘，熱水和白色的水垢會從底板的孔噴出。
4. 放開按鍵，重新插電加熱兩分鐘讓底板乾燥，再用軟布擦乾淨。

請勿在水箱中加入白醋或市售除垢劑，以免損壞內部的密封圈。

{{agent_name}}
Brightmoor 衣物護理客服
""")
template("zh-tw/troubleshoot/weak-steam", "zh-tw", "掛燙機蒸汽變小的排除", """
{{buyer_name}} 您好：

很抱歉 {{product}} 的蒸汽變小了，造成您的不便。蒸汽量減少最常見的原因，是水垢堵住了出汽孔，或是防垢濾芯已經到了更換的時候。

建議您依序檢查：
1. 噴頭上的出汽孔是否有白色結晶，可以用牙籤輕輕清理。
2. 防垢濾芯是否已使用超過六個月，超過的話請換上新的濾芯。
3. 蒸汽管是否彎折，或是垂得比機身還低，讓冷凝水積在管內。

如果檢查後蒸汽仍然很小，請回覆本訊息並附上一段運轉中的影片，我們會進一步協助您。

{{agent_name}}
Brightmoor 衣物護理客服
""")
template("zh-tw/garment/storage", "zh-tw", "直立式掛燙機用後的收納", """
{{buyer_name}} 您好：

{{product}} 用完後，請先關機拔掉插頭，等機身和噴頭完全冷卻，再把水箱裡剩下的水倒掉，讓水箱開蓋晾乾。

收納時可以把伸縮桿降到最低，把衣架往下摺，蒸汽管繞在機身側面的掛鉤上。請不要把蒸汽管摺成銳角，也不要壓在重物底下，以免管壁出現裂痕。

長時間不用時，建議放在乾燥通風的地方，避免放在浴室或陽臺這類潮濕的位置。

敬祝 順心
{{agent_name}}
Brightmoor 衣物護理客服
""")
