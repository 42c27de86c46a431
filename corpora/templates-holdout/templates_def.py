"""Template library definition for the template-required held-out set.

Each template: id (path under library/ without .txt), text, and value sets used
to fill it (short and long). Shared placeholders (buyer_name, seller_name,
order_id, date) are filled from per-script pools in build.py.
"""

TEMPLATES = [
# ---------------------------------------------------------------- English
dict(id="en/first-use", text="""Hi {{buyer_name}},

Thank you for your message about the {{product}}. Before the first use, please rinse the removable parts in warm water and let them dry completely. Then place the base on a flat, dry surface, plug it in and hold the power button for {{seconds}} seconds until the light turns blue.

Best regards,
{{seller_name}}
""", short=[{"product": "Vortex Mini Blender", "seconds": "3"},
            {"product": "Vortex Juicer J2", "seconds": "5"}],
     long=[{"product": "Vortex Pro 3000 High-Speed Blender with 2L BPA-free Jar", "seconds": "3"},
           {"product": "Vortex Cold Press Slow Juicer CP-450 with Wide Feed Chute", "seconds": "five"}]),

dict(id="en/app-pairing", text="""Hello {{buyer_name}},

Thanks for getting in touch about pairing the {{product}}. Please turn on Bluetooth on your phone and keep the device within {{distance}} of it. Open the app, tap Add Device and select {{model}} from the list; the indicator light stays solid once pairing is complete.

Kind regards,
{{seller_name}}
""", short=[{"product": "Kestrel Go speaker", "distance": "1 metre", "model": "KS-200"},
            {"product": "SoundLoop earbuds", "distance": "3 feet", "model": "SL-Buds 2"}],
     long=[{"product": "Kestrel Boom XL Portable Waterproof Bluetooth 5.3 Speaker with 24h Playtime",
            "distance": "one metre", "model": "Kestrel Boom XL (KBX-5300)"}]),

dict(id="en/no-power", text="""Hi {{buyer_name}},

We are sorry to hear that your {{product}} will not turn on. Please charge it for at least {{hours}} hours with the original cable, then press and hold the power button for ten seconds to reset it. If the light still does not come on, please reply with a short description of what you see and we will help you further.

Best regards,
{{seller_name}}
""", short=[{"product": "Kestrel Go speaker", "hours": "2"},
            {"product": "GlowPad tablet lamp", "hours": "4"}],
     long=[{"product": "Kestrel Boom XL Portable Waterproof Bluetooth 5.3 Speaker with 24h Playtime", "hours": "3"}]),

dict(id="en/connection-drops", text="""Hi {{buyer_name}},

Thank you for letting us know that the {{product}} keeps disconnecting. This is usually caused by a weak signal or by a 5 GHz network, so please make sure your router broadcasts a 2.4 GHz network and place the device within {{distance}} of it. After that, restart the device and connect it again in the app.

Best regards,
{{seller_name}}
""", short=[{"product": "HomeEye C2 camera", "distance": "10 metres"},
            {"product": "smart plug", "distance": "30 feet"}],
     long=[{"product": "HomeEye Pro 2K Wireless Outdoor Security Camera with Night Vision and Two-Way Audio",
            "distance": "10 metres (about 33 feet)"}]),

dict(id="en/warranty-terms", text="""Dear {{buyer_name}},

The {{product}} is covered by our {{months}}-month limited warranty from the date of delivery. The warranty covers defects in materials and workmanship under normal use; it does not cover damage from drops, water or unauthorised repairs. If a covered problem appears, please reply in this thread with a short description of the issue and we will take care of it under order {{order_id}}.

Kind regards,
{{seller_name}}
""", short=[{"product": "Kestrel Go speaker", "months": "12"},
            {"product": "Vortex Mini Blender", "months": "24"}],
     long=[{"product": "Vortex Pro 3000 High-Speed Blender with 2L BPA-free Jar", "months": "24"},
           {"product": "Kestrel Boom XL Portable Waterproof Bluetooth 5.3 Speaker with 24h Playtime", "months": "18"}]),

dict(id="en/size-advice", text="""Hi {{buyer_name}},

Thank you for sending your measurements. Based on them, we recommend size {{size}} in the {{product}}. The sizes follow the chart on the product page, and if you are between two sizes, the larger one will be more comfortable.

Best wishes,
{{seller_name}}
""", short=[{"product": "Trailhead rain jacket", "size": "M"},
            {"product": "Summit fleece", "size": "L"}],
     long=[{"product": "BrightLeaf Trailhead Women's Waterproof Breathable Hiking Rain Jacket with Packable Hood", "size": "XL"}]),

dict(id="en/compatible", text="""Hi {{buyer_name}},

Thanks for your question. Yes, the {{product}} is compatible with {{device}}. It fits the standard mount and works with the original charger, so no adapter is needed.

Best regards,
{{seller_name}}
""", short=[{"product": "GripCase", "device": "the Galaxy S23"},
            {"product": "MagDock stand", "device": "the iPhone 15"}],
     long=[{"product": "MagDock Pro 3-in-1 Foldable Wireless Charging Stand (Graphite Edition)",
            "device": "the iPhone 15 Pro Max and AirPods Pro (2nd generation)"}]),

dict(id="en/not-compatible", text="""Hi {{buyer_name}},

Thank you for checking with us first. Unfortunately, the {{product}} is not compatible with {{device}} because its connector is a different size. We are sorry for the inconvenience.

Kind regards,
{{seller_name}}
""", short=[{"product": "replacement filter", "device": "the Model X90"},
            {"product": "car mount", "device": "the Pixel Fold"}],
     long=[{"product": "PureFlow HEPA H13 Replacement Filter Set (3-pack, Model PF-200)",
            "device": "the PureFlow Max 900 Air Purifier"}]),

dict(id="en/cleaning", text="""Hello {{buyer_name}},

To keep the {{product}} in good condition, wipe it with a soft damp cloth after each use and dry it straight away. Please do not use bleach, abrasive pads or a dishwasher, as they can damage the coating.

Best regards,
{{seller_name}}
""", short=[{"product": "frying pan"}, {"product": "Nordhaven grill plate"}],
     long=[{"product": "Nordhaven 28 cm Non-Stick Granite Frying Pan with Detachable Wooden Handle"}]),

dict(id="en/washing", text="""Hi {{buyer_name}},

The {{product}} can be machine washed on a gentle cycle at up to {{temperature}} with similar colours. Please lay it flat to dry and avoid tumble drying, which can cause shrinkage.

Best wishes,
{{seller_name}}
""", short=[{"product": "throw blanket", "temperature": "30°C"},
            {"product": "cushion cover", "temperature": "40 degrees"}],
     long=[{"product": "Nordhaven Chunky Knit Merino-Blend Throw Blanket 130 x 170 cm (Sage Green)", "temperature": "30°C (86°F)"}]),

dict(id="en/missing-part", text="""Dear {{buyer_name}},

We are very sorry that the {{part}} was missing from your {{product}}. So that we can send the right part, could you please reply with a photo of all the items that came in the box? Once we receive it, we will arrange the missing part for order {{order_id}} as quickly as possible.

Kind regards,
{{seller_name}}
""", short=[{"part": "remote control", "product": "tower fan"},
            {"part": "bag of hex bolts", "product": "desk"}],
     long=[{"part": "set of M6 x 40 mm hex bolts and the 5 mm Allen key",
            "product": "Nordhaven Oakridge Height-Adjustable Standing Desk 140 x 70 cm"}]),

dict(id="en/allergy", text="""Hi {{buyer_name}},

The {{product}} is made of {{material}} and does not contain latex or nickel. If you have a known allergy, we suggest checking with your doctor before use.

Best regards,
{{seller_name}}
""", short=[{"product": "watch strap", "material": "silicone"},
            {"product": "yoga mat", "material": "TPE"}],
     long=[{"product": "FitLoop Sport Band for Smartwatch 41 mm (Midnight Blue, S/M and M/L)",
            "material": "medical-grade silicone with a stainless steel buckle"}]),

dict(id="en/food-safe", text="""Hello {{buyer_name}},

All parts of the {{product}} that touch food are made of BPA-free {{material}} and meet food-contact standards. They are safe to use with hot liquids up to {{temperature}}.

Kind regards,
{{seller_name}}
""", short=[{"product": "Vortex Mini Blender", "material": "Tritan", "temperature": "80°C"},
            {"product": "lunch box", "material": "polypropylene", "temperature": "100°C"}],
     long=[{"product": "Vortex Pro 3000 High-Speed Blender with 2L BPA-free Jar",
            "material": "Tritan copolyester", "temperature": "80°C (176°F)"}]),

dict(id="en/charging", text="""Hi {{buyer_name}},

A full charge of the {{product}} takes about {{hours}} hours, and the indicator light turns green when it is complete. For the longest battery life, please use a 5V/2A adapter and avoid leaving the device fully discharged for long periods.

Best regards,
{{seller_name}}
""", short=[{"product": "SoundLoop earbuds", "hours": "1.5"},
            {"product": "GlowPad lamp", "hours": "3"}],
     long=[{"product": "BrightLeaf TrailBeam 1200-Lumen Rechargeable LED Headlamp with Red Light Mode", "hours": "4"}]),

dict(id="en/battery-life", text="""Hi {{buyer_name}},

The battery of the {{product}} lasts about {{hours}} hours on the medium setting and less on the highest one. Running time also drops in cold weather, which is normal for lithium batteries. If it lasts much less than this after a full charge, please let us know in this thread.

Kind regards,
{{seller_name}}
""", short=[{"product": "TrailBeam headlamp", "hours": "6"},
            {"product": "heated vest", "hours": "5"}],
     long=[{"product": "BrightLeaf Alpine Heated Vest with 7.4V 10000mAh Battery Pack (Men's, Black)", "hours": "5"}]),

dict(id="en/assembly", text="""Hi {{buyer_name}},

To assemble the {{product}}, start with the base frame and attach the legs with the {{number}} long bolts, tightening them only halfway at first. Once all parts are in place, tighten every bolt fully with the included Allen key. The step numbers in the paper manual match the stickers on each panel.

Best regards,
{{seller_name}}
""", short=[{"product": "bed frame", "number": "8"},
            {"product": "bookcase", "number": "6"}],
     long=[{"product": "Nordhaven Oakridge Height-Adjustable Standing Desk 140 x 70 cm", "number": "twelve"}]),

dict(id="en/review-request", text="""Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} is working well for you. If you have a moment, would you share your experience in a review on Amazon? Every honest opinion helps other customers.

Kind regards,
{{seller_name}}
""", short=[{"product": "GlowPad lamp"}, {"product": "Kestrel Go speaker"}],
     long=[{"product": "Nordhaven Chunky Knit Merino-Blend Throw Blanket 130 x 170 cm (Sage Green)"}]),

dict(id="en/defect-options", text="""Dear {{buyer_name}},

We are sorry that your {{product}} arrived with {{defect}}. We can send you a free replacement, or you can request a full refund through Amazon's Return Center. Please reply to let us know which option you prefer for order {{order_id}}.

Kind regards,
{{seller_name}}
""", short=[{"product": "kettle", "defect": "a cracked lid"},
            {"product": "desk lamp", "defect": "a flickering light"}],
     long=[{"product": "Vortex Pro 3000 High-Speed Blender with 2L BPA-free Jar",
            "defect": "a hairline crack near the base of the jar"}]),

dict(id="en/program-settings", text="""Hi {{buyer_name}},

To use the {{mode}} program on the {{product}}, press the mode button until the display shows {{mode}}, then set the time with the plus and minus keys. The program stops automatically after {{minutes}} minutes, and you can pause it at any time by pressing the start button.

Best regards,
{{seller_name}}
""", short=[{"mode": "Yogurt", "product": "multicooker", "minutes": "480"},
            {"mode": "Dehydrate", "product": "air fryer", "minutes": "240"}],
     long=[{"mode": "Smoothie", "product": "Vortex Pro 3000 High-Speed Blender with 2L BPA-free Jar", "minutes": "2"}]),

# ---------------------------------------------------------------- Chinese (Simplified)
dict(id="zh/first-use", text="""{{buyer_name}}，您好：

感谢您的留言。{{product}}首次使用前，请先用温水冲洗可拆卸部件并完全晾干。之后将机身放在平稳干燥的台面上，接通电源，长按电源键{{seconds}}秒，指示灯变蓝即可开始使用。

祝您生活愉快！
{{seller_name}}
""", short=[{"product": "破壁料理机", "seconds": "3"}, {"product": "慢速榨汁机", "seconds": "5"}],
     long=[{"product": "Vortex Pro 3000 高速破壁料理机（2升无双酚A杯体）", "seconds": "3"}]),

dict(id="zh/no-power", text="""{{buyer_name}}，您好：

很抱歉{{product}}无法开机给您带来不便。请使用原装数据线充电至少{{hours}}小时，然后长按电源键10秒进行重置。如果指示灯仍然不亮，请在本对话中回复您看到的具体情况，我们会继续协助您。

祝好！
{{seller_name}}
""", short=[{"product": "蓝牙音箱", "hours": "2"}, {"product": "护眼台灯", "hours": "4"}],
     long=[{"product": "Kestrel Boom XL 便携防水蓝牙5.3音箱（24小时续航版）", "hours": "3"}]),

dict(id="zh/warranty", text="""尊敬的{{buyer_name}}，您好：

{{product}}自签收之日起享有{{months}}个月有限质保，质保范围为正常使用下的材料和做工缺陷。跌落、进水或自行拆修造成的损坏不在质保范围内。如出现质保范围内的问题，请在本对话中简要描述情况，我们会根据订单{{order_id}}为您处理。

此致
{{seller_name}}
""", short=[{"product": "蓝牙耳机", "months": "12"}, {"product": "电动牙刷", "months": "24"}],
     long=[{"product": "极光 AirWave Pro 主动降噪头戴式无线蓝牙耳机（午夜黑）", "months": "18"}]),

dict(id="zh/size-advice", text="""{{buyer_name}}，您好：

感谢您提供的身材数据。根据您的尺寸，{{product}}建议您选择{{size}}码。本款尺码与商品页面的尺码表一致，如果您介于两个尺码之间，选择大一码会更舒适。

祝您生活愉快！
{{seller_name}}
""", short=[{"product": "这款冲锋衣", "size": "L"}, {"product": "抓绒外套", "size": "M"}],
     long=[{"product": "BrightLeaf Trailhead 女款防水透气连帽户外冲锋衣（可收纳帽）", "size": "XL"}]),

dict(id="zh/cleaning", text="""{{buyer_name}}，您好：

为保持{{product}}的良好状态，建议每次使用后用柔软的湿布擦拭并及时擦干。请勿使用漂白剂、钢丝球或洗碗机清洗，以免损伤表面涂层。

祝好！
{{seller_name}}
""", short=[{"product": "不粘煎锅"}, {"product": "烤盘"}],
     long=[{"product": "Nordhaven 28厘米麦饭石不粘煎锅（可拆卸木柄款）"}]),

dict(id="zh/missing-part", text="""{{buyer_name}}，您好：

非常抱歉您收到的{{product}}缺少{{part}}。为了确认需要补发的配件，麻烦您回复一张包装内所有物品的照片。收到照片后，我们会尽快为订单{{order_id}}安排补发。

祝您生活愉快！
{{seller_name}}
""", short=[{"product": "落地扇", "part": "遥控器"}, {"product": "书桌", "part": "螺丝包"}],
     long=[{"product": "Nordhaven Oakridge 电动升降办公桌（140 x 70厘米）", "part": "M6 x 40毫米内六角螺丝和5毫米扳手"}]),

dict(id="zh/charging", text="""{{buyer_name}}，您好：

{{product}}充满电大约需要{{hours}}小时，充满后指示灯会变为绿色。为延长电池寿命，建议使用5V/2A的充电器，并避免长时间在电量耗尽的状态下存放。

祝好！
{{seller_name}}
""", short=[{"product": "无线耳机", "hours": "1.5"}, {"product": "头灯", "hours": "3"}],
     long=[{"product": "BrightLeaf TrailBeam 1200流明可充电LED头灯（带红光模式）", "hours": "4"}]),

dict(id="zh/assembly", text="""{{buyer_name}}，您好：

组装{{product}}时，请先安装底座框架，再用{{number}}颗长螺丝固定支脚，先拧到一半即可。所有部件就位后，再用附带的内六角扳手将螺丝全部拧紧。说明书中的步骤编号与各板件上的贴纸编号一一对应。

祝您生活愉快！
{{seller_name}}
""", short=[{"product": "床架", "number": "8"}, {"product": "书柜", "number": "6"}],
     long=[{"product": "Nordhaven Oakridge 电动升降办公桌（140 x 70厘米）", "number": "12"}]),

dict(id="zh/defect-options", text="""尊敬的{{buyer_name}}，您好：

很抱歉您收到的{{product}}存在{{defect}}的问题。我们可以为您免费补发一件新品，您也可以通过亚马逊退货中心申请全额退款。请回复告知订单{{order_id}}您希望选择哪种方式。

此致
{{seller_name}}
""", short=[{"product": "电热水壶", "defect": "壶盖开裂"}, {"product": "台灯", "defect": "灯光闪烁"}],
     long=[{"product": "Vortex Pro 3000 高速破壁料理机（2升无双酚A杯体）", "defect": "杯体底部有细微裂纹"}]),

dict(id="zh/review-request", text="""{{buyer_name}}，您好：

希望订单{{order_id}}中的{{product}}使用顺利。如果您方便的话，能否在亚马逊上写一条评论，分享您的真实使用体验？您的真实意见可以帮助其他顾客做出选择。

祝好！
{{seller_name}}
""", short=[{"product": "护眼台灯"}, {"product": "蓝牙音箱"}],
     long=[{"product": "Nordhaven 粗针织美利奴羊毛混纺盖毯（130 x 170厘米，鼠尾草绿）"}]),

# ---------------------------------------------------------------- Chinese (Traditional)
dict(id="zh/hant/allergy", text="""{{buyer_name}}，您好：

{{product}}採用{{material}}製成，不含乳膠及鎳。如果您有已知的過敏狀況，建議使用前先諮詢醫師。

祝您順心！
{{seller_name}}
""", short=[{"product": "這款錶帶", "material": "矽膠"}, {"product": "瑜伽墊", "material": "TPE"}],
     long=[{"product": "FitLoop 運動型智慧手錶錶帶（41毫米，午夜藍，S/M與M/L兩種尺寸）", "material": "醫療級矽膠與不鏽鋼扣"}]),

dict(id="zh/hant/compatibility", text="""{{buyer_name}}，您好：

感謝您的詢問。{{product}}可以與{{device}}相容使用，它適用標準接口，並可搭配原廠充電器，不需要額外的轉接頭。

祝您順心！
{{seller_name}}
""", short=[{"product": "這款保護殼", "device": "iPhone 15"}, {"product": "MagDock 支架", "device": "Galaxy S23"}],
     long=[{"product": "MagDock Pro 三合一摺疊式無線充電座（石墨灰）", "device": "iPhone 15 Pro Max 及 AirPods Pro（第二代）"}]),

dict(id="zh/hant/connection-drops", text="""{{buyer_name}}，您好：

感謝您告知{{product}}經常斷線的情況。這通常是訊號較弱或連接到5GHz網路所致，請確認路由器已開啟2.4GHz網路，並將裝置放在距離路由器{{distance}}以內。完成後請重新啟動裝置，並在App中重新連線。

祝您順心！
{{seller_name}}
""", short=[{"product": "攝影機", "distance": "10公尺"}, {"product": "智慧插座", "distance": "8公尺"}],
     long=[{"product": "HomeEye Pro 2K 無線戶外監視攝影機（夜視與雙向語音）", "distance": "10公尺（約33英尺）"}]),
]
