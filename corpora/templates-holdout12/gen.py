#!/usr/bin/env python3
"""Generate the t12 hand-labelled test set for the `template-required` policy.

Shop: Cinderpine Outdoor (fictional camping / outdoor gear brand; Chinese name 松烬户外 / 松燼戶外).
Everything below is a literal written by hand for this test set.

Writes:
  library/<lang>/<topic>.txt   approved templates ({{name}} placeholders)
  replies.jsonl                140 labelled seller replies
and validates them, then prints counts.

Run:  python3 gen.py   (from any directory; output goes next to this file)
"""
import difflib
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")
OUT = os.path.join(HERE, "replies.jsonl")

# --------------------------------------------------------------------------
# 1. Templates (id -> text).  Layouts vary on purpose:
#    numbered steps, bullets, one sentence per line, single paragraph,
#    greeting / sign-off inline or on their own lines.
# --------------------------------------------------------------------------
TEMPLATES = {}

# ---- English ----------------------------------------------------------------
TEMPLATES["en/tent-pitching-steps"] = """Hi {{buyer_name}},

Thank you for your message about the {{product_name}}. Here is the quickest way to pitch it:

1. Lay the footprint on flat ground with the shiny side facing up, and place the tent body on top with the door where you want it.
2. Assemble the shock-corded poles and cross them over the tent, sliding each pole end into the grommet at the matching colour-coded corner.
3. Clip the tent body to the poles, starting from the bottom and working upward.
4. Drape the rainfly over the frame, line the fly door up with the tent door, and buckle the fly to each corner.
5. Stake out the corners at a 45-degree angle, then tension the guy lines until the fly no longer touches the inner tent.

A first practice pitch at home usually takes about {{minutes}} minutes; after that it gets much faster.

Best regards,
Cinderpine Outdoor Support
"""

TEMPLATES["en/stove-ignition-troubleshooting"] = """Hello {{buyer_name}},
Sorry to hear the igniter on your {{product_name}} is not sparking.
First, make sure the gas canister is screwed on fully and the control valve is turned a quarter turn open before you press the igniter.
Next, check that the igniter tip sits about 4 mm from the burner head; if it has been bent in the pack, gently push it back into position.
In cold or windy weather, shield the burner with your body or a windscreen and press the button several times in a row.
If there is still no spark, the stove can be lit safely with a match or lighter while we look into the igniter.
Please reply on this thread with what you see after these steps, and we will take it from there.
Cinderpine Outdoor Support
"""

TEMPLATES["en/sleeping-bag-care"] = (
    "Dear {{buyer_name}}, thank you for asking how to care for your {{product_name}}. "
    "Please store it loosely in the large mesh storage sack rather than compressed in the stuff sack, "
    "since long-term compression flattens the insulation and reduces warmth. To wash it, use a "
    "front-loading machine on a gentle cycle with cool water and a mild soap made for down or synthetic "
    "fill, then tumble dry on low heat with two or three clean tennis balls to break up clumps; drying "
    "can take {{hours}} hours, so check that no damp spots remain before storing. Spot-clean the shell "
    "and hood between trips with a damp cloth. Kind regards, Cinderpine Outdoor Support\n"
)

TEMPLATES["en/warranty-coverage"] = """Hi {{buyer_name}},

Thank you for your question about the warranty. Your {{product_name}} is covered for {{warranty_period}} from the delivery date against defects in materials and workmanship, such as broken pole sections, failed seams, zipper defects or a faulty burner valve. Normal wear, damage from misuse, and cosmetic changes from sun exposure are not covered. If you notice a problem, simply reply to this message with a short description and a photo, and we will arrange a repair part, a replacement or a refund through Amazon.

Best wishes,
Cinderpine Outdoor Support
"""

TEMPLATES["en/defect-replacement"] = """Dear {{buyer_name}},

We are very sorry that your {{product_name}} (order {{order_id}}) has a defect. That is not the experience we want anyone to have on a trip.

We have arranged a free replacement through Amazon. You do not need to send the faulty item back first, and you will see the replacement under Your Orders within {{days}} business days.

Sincerely,
Cinderpine Outdoor Support
"""

TEMPLATES["en/defect-refund"] = (
    "Hi {{buyer_name}}, we are sorry the {{product_name}} did not work as it should. We have issued a "
    "full refund of {{amount}} for order {{order_id}} through Amazon, and there is no need to return the "
    "item. The refund normally appears on your original payment method within 3 to 5 business days. "
    "Thank you for letting us know, and we apologise again for the trouble.\n"
    "Cinderpine Outdoor Support\n"
)

TEMPLATES["en/missing-part"] = """Hello {{buyer_name}},

Thank you for telling us that the {{part_name}} was missing from your {{product_name}}. We apologise for the oversight in packing.

- We are sending the missing {{part_name}} to the address on your Amazon order at no cost.
- It should arrive by {{date}}.
- Until then, the rest of the set can be used as normal.

Regards,
Cinderpine Outdoor Support
"""

TEMPLATES["en/manual-attached"] = """Hi {{buyer_name}},
As requested, we have attached the user manual for the {{product_name}} (model {{model}}) to this message as a PDF.
The setup instructions are on pages {{pages}}, and the care and storage section is at the end.
Best regards,
Cinderpine Outdoor Support
"""

TEMPLATES["en/review-request"] = """Hello {{buyer_name}},

Thank you for your order of the {{product_name}}. If you have a moment, would you share your experience with it in a review on Amazon? Your honest thoughts help other campers choose the right gear.

Cinderpine Outdoor Support
"""

TEMPLATES["en/lantern-charging"] = """Hi {{buyer_name}},

Here are a few tips for getting the longest run time from your {{product_name}}:

1. Charge it fully before the first use; the indicator turns solid green after about {{hours}} hours.
2. Use the medium setting for camp lighting; the high setting is best kept for short tasks.
3. In temperatures below freezing, keep the lantern inside your sleeping bag or jacket overnight, since cold batteries lose capacity quickly.
4. For storage longer than a month, leave the battery at about half charge and top it up every three months.

Happy camping,
Cinderpine Outdoor Support
"""

# ---- Simplified Chinese ------------------------------------------------------
TEMPLATES["zh/tent-setup"] = """{{buyer_name}}您好：

感谢您购买{{product_name}}。搭建步骤如下：
1. 选择平整地面，先铺地布，再将帐篷主体铺在地布上，门朝向您需要的方向。
2. 组装帐杆，按颜色标识将杆头插入四角的扣环。
3. 把帐篷主体上的挂钩从下往上依次扣到帐杆上。
4. 罩上外帐，使外帐门与内帐门对齐，再扣好四角卡扣。
5. 地钉以45度角斜插入地面，最后拉紧防风绳，让外帐与内帐保持距离。

第一次搭建建议先在家练习一次，大约需要{{minutes}}分钟。

松烬户外客服团队
"""

TEMPLATES["zh/stove-ignition"] = """{{buyer_name}}您好，很抱歉您的{{product_name}}点火器无法打火。
请先确认气罐已完全拧紧，并将调节阀打开约四分之一圈后再按点火按钮。
请检查点火针与炉头的距离是否约为4毫米，如运输中被压弯，可轻轻拨回原位。
低温或大风环境下，请用身体或挡风板遮挡炉头，并连续按压几次。
如仍无火花，可先用火柴或打火机安全点燃炉头使用。
请在本对话中回复您尝试后的情况，我们会继续为您处理。
松烬户外客服团队
"""

TEMPLATES["zh/warranty"] = (
    "{{buyer_name}}您好，感谢您咨询保修事宜。您购买的{{product_name}}自签收之日起享有{{warranty_period}}质保，"
    "涵盖材料及做工缺陷，例如帐杆断裂、接缝开胶、拉链损坏或炉头阀门故障；正常磨损、使用不当造成的损坏以及日晒褪色"
    "不在保修范围内。如发现问题，请直接回复本消息并附上简要说明和照片，我们会通过亚马逊为您安排配件、换货或退款。"
    "松烬户外客服团队\n"
)

TEMPLATES["zh/defect-replacement"] = """尊敬的{{buyer_name}}：

非常抱歉您收到的{{product_name}}（订单号{{order_id}}）存在质量问题，给您的出行带来了不便。

我们已通过亚马逊为您免费安排换货，无需先退回故障商品，新商品预计在{{days}}个工作日内显示在您的订单中。

松烬户外客服团队 敬上
"""

TEMPLATES["zh/missing-part"] = """{{buyer_name}}您好：
感谢您告知{{product_name}}中缺少{{part_name}}，对于包装疏漏我们深表歉意。
我们将免费把缺少的{{part_name}}寄到您亚马逊订单上的地址，预计{{date}}前送达。
在此期间，套装中的其他部件可正常使用。
松烬户外客服团队
"""

TEMPLATES["zh/review-request"] = """{{buyer_name}}您好，感谢您购买{{product_name}}。如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，您的感受能帮助其他露营爱好者挑选合适的装备。

松烬户外客服团队
"""

TEMPLATES["zh/sleeping-bag-temperature"] = """{{buyer_name}}您好：

关于{{product_name}}的温标，说明如下：
- 舒适温度{{comfort_temp}}：大多数人在此温度下可以放松入睡。
- 极限温度{{limit_temp}}：仅能保证安全，不建议长期在此温度下使用。
- 搭配防潮垫使用很重要，地面失温往往比空气失温更快。
- 睡前换上干爽的衣物、适当补充热量，也能明显提升保暖效果。

如有其他使用问题，欢迎继续留言。
松烬户外客服团队
"""

# ---- Traditional Chinese -----------------------------------------------------
TEMPLATES["zh-tw/tent-condensation"] = """{{buyer_name}}您好：

感謝您的詢問。您在{{product_name}}內看到的水珠，通常是夜間溫差造成的結露，並不是帳篷漏水。
建議您：
1. 打開外帳上方的通風口，並將外帳門拉開一小段。
2. 拉緊營繩，讓外帳和內帳之間保持空隙。
3. 濕衣物和鞋子盡量放在前庭，不要放在內帳裡。
4. 收帳前先把帳篷晾乾，避免發霉。

松燼戶外客服團隊 敬上
"""

TEMPLATES["zh-tw/defect-refund"] = (
    "{{buyer_name}}您好，很抱歉{{product_name}}未能正常使用。我們已透過亞馬遜為訂單{{order_id}}辦理全額退款"
    "{{amount}}，商品無需寄回。退款一般會在3至5個工作天內退回您原本的付款方式。感謝您告知我們，再次為造成的不便致歉。\n"
    "松燼戶外客服團隊\n"
)

TEMPLATES["zh-tw/manual"] = """{{buyer_name}}您好，
依您的要求，隨本訊息附上{{product_name}}（型號{{model}}）的使用說明書PDF檔。
組裝說明在第{{pages}}頁，保養與收納說明在最後一節。
松燼戶外客服團隊 敬上
"""

TEMPLATES["zh-tw/warranty"] = """{{buyer_name}}您好：

感謝您詢問保固相關事宜。
您購買的{{product_name}}自簽收日起享有{{warranty_period}}保固，範圍包含材料及做工瑕疵，例如營柱斷裂、接縫脫膠、拉鍊損壞或爐頭閥門故障。
正常磨損、使用不當造成的損壞及日曬褪色不在保固範圍內。
如有問題，請直接回覆本訊息並附上簡短說明與照片，我們會透過亞馬遜為您安排零件、換貨或退款。

松燼戶外客服團隊
"""

TEMPLATES["zh-tw/gas-canister"] = (
    "{{buyer_name}}您好，感謝您的詢問。{{product_name}}使用標準螺紋（EN417）高山瓦斯罐，與市面上大多數230克及450克"
    "螺紋罐相容，但不適用卡式瓦斯罐。低溫環境下建議使用含異丁烷或丙烷的混合氣，並在使用前將氣罐放在外套內保溫。"
    "連接時請順時針旋緊至手感穩固即可，切勿使用工具過度鎖緊。松燼戶外客服團隊 敬上\n"
)

# --------------------------------------------------------------------------
# 2. Filled templates: (template id, values, edits, edit description).
#    edits are ("replace", old, new) applied to the filled text; each `old`
#    must occur exactly once.  Edited ones are still template replies (label []).
# --------------------------------------------------------------------------
LONG_TENT_EN = ("Cinderpine Ridgeback 4-Person Backpacking Tent with Full-Coverage Rainfly, Footprint, "
                "Aluminum Poles and Compression Carry Bag (Sage Green, 2024 Edition)")
LONG_STOVE_EN = ("Cinderpine Emberlite Compact Backpacking Stove with Piezo Igniter and Foldable Pot "
                 "Supports (Titanium)")
LONG_BAG_EN = ("Cinderpine Glacier 15°F Hooded Mummy Sleeping Bag with 650-Fill Responsibly Sourced Down, "
               "Long/Wide, Left Zip (Slate Blue)")
LONG_PAD_EN = ("Cinderpine Trailhead Self-Inflating Sleeping Pad, 3-Inch Thick, R-Value 4.2, with Built-In "
               "Pillow and Repair Kit (Regular, Olive)")
LONG_LANTERN_EN = ("Cinderpine Lumen 400 Rechargeable LED Camping Lantern with Power Bank Function and "
                   "Hanging Hook, 4000mAh (2-Pack)")

FILLED = [
    # ---- en (21) ----
    ("en/tent-pitching-steps", {"buyer_name": "Marcus", "product_name": LONG_TENT_EN, "minutes": "20"}, [], ""),
    ("en/tent-pitching-steps", {"buyer_name": "Ms. Okonkwo", "product_name": "Ridgeback 2P tent", "minutes": "15"},
     [("replace", "Hi Ms. Okonkwo,", "Good morning Ms. Okonkwo,")], "changed greeting"),
    ("en/tent-pitching-steps", {"buyer_name": "Ayesha Rahman", "product_name": "Ridgeback 3P", "minutes": "25"},
     [("replace", "Thank you for your message", "Thanks for your message")], "Thank you -> Thanks"),
    ("en/stove-ignition-troubleshooting", {"buyer_name": "Daniel", "product_name": LONG_STOVE_EN}, [], ""),
    ("en/stove-ignition-troubleshooting", {"buyer_name": "Priya", "product_name": "Emberlite stove"},
     [("replace", "\nCinderpine Outdoor Support", "\nJenna\nCinderpine Outdoor Support")], "agent name added to sign-off"),
    ("en/sleeping-bag-care", {"buyer_name": "Mr. Halvorsen", "product_name": LONG_BAG_EN, "hours": "3 to 4"}, [], ""),
    ("en/sleeping-bag-care", {"buyer_name": "Tomás", "product_name": "Glacier 30 synthetic sleeping bag", "hours": "2"},
     [("replace", "Dear Tomás,", "Hi Tomás,")], "changed greeting"),
    ("en/warranty-coverage", {"buyer_name": "Aisha", "product_name": "Ridgeback 3P tent", "warranty_period": "two years"}, [], ""),
    ("en/warranty-coverage", {"buyer_name": "Kevin", "product_name": LONG_STOVE_EN.replace(" (Titanium)", " (Model EL-200)"),
                              "warranty_period": "one year"},
     [("replace", "Best wishes,\nCinderpine Outdoor Support", "Best wishes,\nSam from Cinderpine Outdoor Support")],
     "agent name in sign-off"),
    ("en/defect-replacement", {"buyer_name": "Ms. Fitzgerald", "product_name": LONG_PAD_EN,
                               "order_id": "113-4829175-6603318", "days": "2"}, [], ""),
    ("en/defect-replacement", {"buyer_name": "Jonah", "product_name": "Lumen 400 rechargeable lantern",
                               "order_id": "114-2093847-1157320", "days": "3"},
     [("replace", "on a trip.\n", "on a trip. Thanks for your patience while we checked this.\n")],
     "added 'Thanks for your patience' sentence"),
    ("en/defect-refund", {"buyer_name": "Hannah", "product_name": LONG_LANTERN_EN, "amount": "$42.99",
                          "order_id": "111-7730264-9948215"}, [], ""),
    ("en/defect-refund", {"buyer_name": "Luis", "product_name": "folding camp chair", "amount": "$34.50",
                          "order_id": "112-5518043-2267109"},
     [("replace", "\nCinderpine Outdoor Support", "\nRegards,\nMaya, Cinderpine Outdoor Support")], "sign-off with agent name"),
    ("en/missing-part", {"buyer_name": "Grace", "part_name": "set of 8 aluminum Y-stakes",
                         "product_name": "Cinderpine Ridgeback 4-Person Backpacking Tent (Sage Green)",
                         "date": "Friday, June 14"}, [], ""),
    ("en/missing-part", {"buyer_name": "Mr. Nakamura", "part_name": "pot gripper",
                         "product_name": "Emberlite Cook System 1.1L titanium pot set with stove", "date": "May 3"},
     [("replace", "\nRegards,", "\nThanks for your patience.\n\nRegards,")], "added 'Thanks for your patience.'"),
    ("en/manual-attached", {"buyer_name": "Olivia", "product_name": "Cinderpine Ridgeback 4-Person Backpacking Tent with Full-Coverage Rainfly",
                            "model": "RB-4P-24", "pages": "3 to 7"}, [], ""),
    ("en/manual-attached", {"buyer_name": "Sven", "product_name": "Lumen 400 lantern", "model": "LM-400", "pages": "2 and 3"},
     [("replace", "Hi Sven,", "Hello Sven, thanks for reaching out.")], "changed greeting, added thanks"),
    ("en/review-request", {"buyer_name": "Rebecca", "product_name": LONG_BAG_EN}, [], ""),
    ("en/review-request", {"buyer_name": "Ben", "product_name": "Trailhead sleeping pad"}, [], ""),
    ("en/lantern-charging", {"buyer_name": "Chloe", "product_name": "Cinderpine Lumen 400 Rechargeable LED Camping Lantern with Power Bank Function (4000mAh)",
                             "hours": "5"}, [], ""),
    ("en/lantern-charging", {"buyer_name": "Mateo", "product_name": "Lumen 200 mini lantern", "hours": "3"},
     [("replace", "Happy camping,", "Enjoy your trip to Yosemite,")], "personalised closing line"),
    # ---- zh Simplified (14) ----
    ("zh/tent-setup", {"buyer_name": "王先生", "product_name": "松烬 Ridgeback 四人双层防暴雨露营帐篷（含地布、铝合金帐杆及收纳袋，2024款 鼠尾草绿）",
                       "minutes": "20"}, [], ""),
    ("zh/tent-setup", {"buyer_name": "李女士", "product_name": "Ridgeback 二人帐篷", "minutes": "15"},
     [("replace", "李女士您好：", "李女士，您好！")], "changed greeting punctuation"),
    ("zh/stove-ignition", {"buyer_name": "陈先生", "product_name": "Emberlite 便携式户外炉头（带压电点火，钛合金折叠锅架）"}, [], ""),
    ("zh/stove-ignition", {"buyer_name": "赵女士", "product_name": "Emberlite 炉头"},
     [("replace", "\n松烬户外客服团队", "\n客服小林\n松烬户外客服团队")], "agent name in sign-off"),
    ("zh/warranty", {"buyer_name": "刘先生", "product_name": "Glacier 零下5度羽绒木乃伊睡袋（650蓬松度，加长加宽款，左开拉链）",
                     "warranty_period": "两年"}, [], ""),
    ("zh/warranty", {"buyer_name": "张女士", "product_name": "Lumen 400 露营灯", "warranty_period": "一年"},
     [("replace", "退款。松烬", "退款。感谢您的耐心等待。松烬")], "added 'thanks for your patience'"),
    ("zh/defect-replacement", {"buyer_name": "周先生", "product_name": "Trailhead 自动充气防潮垫（7.6厘米加厚，R值4.2，自带枕头及修补包，常规款 橄榄绿）",
                               "order_id": "113-6620418-3305927", "days": "2"}, [], ""),
    ("zh/defect-replacement", {"buyer_name": "黄女士", "product_name": "Lumen 400 充电露营灯",
                               "order_id": "114-9081726-4410538", "days": "3"},
     [("replace", "尊敬的黄女士：", "黄女士您好：")], "changed greeting"),
    ("zh/missing-part", {"buyer_name": "吴先生", "product_name": "Ridgeback 四人帐篷", "part_name": "8根铝合金Y型地钉",
                         "date": "6月14日"}, [], ""),
    ("zh/missing-part", {"buyer_name": "孙女士", "product_name": "Emberlite 钛锅套装", "part_name": "锅夹", "date": "5月3日"},
     [("replace", "\n松烬户外客服团队", "\n给您添麻烦了，感谢理解！\n松烬户外客服团队")], "added apology/thanks line"),
    ("zh/review-request", {"buyer_name": "郑先生", "product_name": "Glacier 羽绒睡袋"}, [], ""),
    ("zh/review-request", {"buyer_name": "Emily", "product_name": "Trailhead 自动充气防潮垫（常规款）"}, [], ""),
    ("zh/sleeping-bag-temperature", {"buyer_name": "马女士", "product_name": "Glacier 零下5度羽绒木乃伊睡袋",
                                     "comfort_temp": "约0°C", "limit_temp": "约-12°C"}, [], ""),
    ("zh/sleeping-bag-temperature", {"buyer_name": "何先生", "product_name": "Glacier 30 化纤信封睡袋",
                                     "comfort_temp": "约10°C", "limit_temp": "约2°C"},
     [("replace", "如有其他使用问题", "祝您露营愉快！如有其他使用问题")], "added 'enjoy your camping'"),
    # ---- zh-tw Traditional (10) ----
    ("zh-tw/tent-condensation", {"buyer_name": "林先生", "product_name": "松燼 Ridgeback 四人雙層防暴雨露營帳篷（附地布、鋁合金營柱及收納袋，2024款 鼠尾草綠）"}, [], ""),
    ("zh-tw/tent-condensation", {"buyer_name": "蔡小姐", "product_name": "Ridgeback 二人帳"},
     [("replace", "\n松燼戶外客服團隊 敬上", "\n祝 露營愉快\n客服 阿哲\n松燼戶外客服團隊 敬上")], "closing wish and agent name"),
    ("zh-tw/defect-refund", {"buyer_name": "黃先生", "product_name": "Lumen 400 充電式LED露營燈（具行動電源功能，4000mAh，兩入組）",
                             "order_id": "112-3349827-5561204", "amount": "US$42.99"}, [], ""),
    ("zh-tw/defect-refund", {"buyer_name": "許小姐", "product_name": "折疊露營椅", "order_id": "111-2047719-8832640",
                             "amount": "US$34.50"},
     [("replace", "感謝您告知我們", "謝謝您耐心等候並告知我們")], "added 'thanks for waiting'"),
    ("zh-tw/manual", {"buyer_name": "吳先生", "product_name": "Ridgeback 四人雙層露營帳篷", "model": "RB-4P-24", "pages": "3至7"}, [], ""),
    ("zh-tw/manual", {"buyer_name": "鄭小姐", "product_name": "Lumen 400 露營燈", "model": "LM-400", "pages": "2至3"},
     [("replace", "鄭小姐您好，", "鄭小姐，您好！")], "changed greeting punctuation"),
    ("zh-tw/warranty", {"buyer_name": "陳先生", "product_name": "Emberlite 攜帶式登山爐（壓電點火，鈦合金折疊鍋架，型號EL-200）",
                        "warranty_period": "一年"}, [], ""),
    ("zh-tw/warranty", {"buyer_name": "楊小姐", "product_name": "Glacier 羽絨睡袋", "warranty_period": "兩年"},
     [("replace", "\n\n松燼戶外客服團隊", "\n感謝您的耐心。\n\n松燼戶外客服團隊")], "added 'thanks for your patience'"),
    ("zh-tw/gas-canister", {"buyer_name": "張先生", "product_name": "Emberlite 攜帶式登山爐（壓電點火，鈦合金折疊鍋架）"}, [], ""),
    ("zh-tw/gas-canister", {"buyer_name": "劉小姐", "product_name": "Emberlite 登山爐"}, [], ""),
]

# --------------------------------------------------------------------------
# 3. Free-written replies: (category, lang, text, labels, note)
# --------------------------------------------------------------------------
TR = ["template-required"]
FREE = []

def add(cat, lang, text, labels, note):
    FREE.append((cat, lang, text, list(labels), note))

# ---- logistics (35): purely shipping / delivery / tracking / returns / refunds of
#      returns / address / customs.  Courtesy phrases do not make them non-logistics.
L = "logistics"
add(L, "en", "Hi Marcus, your order 113-4829175-6603318 left our warehouse yesterday with UPS, tracking 1Z999AA10123456784. The carrier currently estimates delivery on Thursday. Best regards, Cinderpine Outdoor Support", [], "shipped, tracking number, ETA")
add(L, "en", "Hello Priya,\nI checked the tracking for order 114-2093847-1157320. The package has been at the USPS sorting facility in Memphis since Monday, which usually means a scanning backlog rather than a lost parcel. If there is no new scan by Friday, let me know on this thread and we will file a trace with the carrier or send a replacement shipment.\nJenna\nCinderpine Outdoor Support", [], "tracking stuck; offer trace / reshipment")
add(L, "en", "Hi Aisha, we were able to update the shipping address on order 111-7730264-9948215 before it shipped. It will now go to 42 Alder Lane, Apt 5, Portland, OR. You will see the new delivery estimate in Your Orders once the label is printed.", [], "address change; street number must not look like a phone")
add(L, "en", "Dear Mr. Halvorsen,\n\nYou can return the sleeping bag within 30 days of delivery. Please go to Your Orders, choose the order, select Return or replace items and follow the steps; Amazon will give you a prepaid label. Once the bag reaches our warehouse we will process the refund within two business days.\n\nKind regards,\nCinderpine Outdoor Support", [], "how to return through Amazon")
add(L, "en", "Hi Kevin, we received your returned stove on May 28 and issued the refund of $59.99 to your original payment method today. Depending on your bank it can take 3-5 business days to show up.", [], "refund of a return")
add(L, "en", "Hello Sven,\nYour package to Canada is being held by customs for import fees. The carrier will contact you about paying the duties; because this order was shipped by us rather than by Amazon, the fees are collected on delivery. I'm sorry for the surprise.", [], "customs / import duties")
add(L, "en", "Hi Olivia, sorry for the wait. The 4-person tent in green is back-ordered at our warehouse and will ship on June 10 instead of June 3. If you'd rather not wait, just reply here and we will cancel the order for you.", [], "shipping delay; seller offers to cancel (does not ask buyer to cancel)")
add(L, "en", "Hi Grace,\nYour order was sent in two boxes. The tent arrived today; the stakes and footprint are in a second parcel with tracking TBA309284716000, due tomorrow.\nThanks,\nCinderpine Outdoor Support", [], "split shipment")
add(L, "en", "Hello Mr. Nakamura, the carrier marked order 112-5518043-2267109 as delivered at 2:14 pm on Tuesday, left at the front porch. Please check with neighbours and around the building entrance; sometimes drivers scan packages a day early. If it hasn't turned up by tomorrow evening, reply here and we will send a replacement at no cost.", [], "delivered but not received")
add(L, "en", "Hi Ben, I'm sorry the box arrived crushed. Please start a return from Your Orders and pick 'Damaged during shipping'; the return is free, and we will refund you as soon as the carrier scans the package.", [], "shipping damage handled as a return (judgement: logistics)")
add(L, "en", "Hi Rebecca,\nYes, you can still return it. Our return window is 30 days from delivery, and your lantern was delivered on May 20, so you have until June 19.\nRegards,\nCinderpine Outdoor Support", [], "return window question")
add(L, "en", "Hello Chloe, unfortunately we cannot upgrade the shipping speed after an order has been placed. Your order is scheduled to arrive on Saturday by standard shipping; the tracking number is 9400 1112 0200 0834 5612 88.", [], "shipping speed; long spaced USPS tracking number (not a phone number)")
add(L, "en", "Hi Mateo, yes, we can ship to a PO box with USPS. Since the order has not shipped yet, please reply here with the full PO box address and we will change it before the label is printed.", [], "PO box / address change")
add(L, "en", "Dear Ms. Fitzgerald, thank you for sending the return. The label you printed from Amazon is prepaid, so there is nothing to pay at the drop-off point. Just make sure the old shipping label on the box is covered or removed. Sincerely, Cinderpine Outdoor Support", [], "return label question; opening thanks is only courtesy")
add(L, "en", "Hi Jonah,\nThe returned tent arrived without the rainfly, so under the return policy we issued a partial refund of $95.00 today instead of the full $139.00. If the rainfly was sent separately, let us know the tracking number and we will refund the balance once it arrives.\nCinderpine Outdoor Support", [], "partial refund of an incomplete return")
add(L, "en", "Hello Tomás, orders to Mexico usually take 7 to 12 business days. Your parcel cleared export in Los Angeles on Monday and is now with the local carrier under tracking LX204938217US. Have a great trip!", [], "international transit time; closing wish is courtesy")
add(L, "zh", "王先生您好，您的订单113-6620418-3305927已于昨天通过UPS发出，运单号1Z999AA10123456784，承运商预计周四送达。松烬户外客服团队", [], "已发货及运单号")
add(L, "zh", "李女士您好：\n查询到您的包裹自周一起一直停留在孟菲斯的分拣中心，这通常是扫描积压，并非丢件。如果周五前仍无新的物流更新，请在此对话中告诉我们，我们会向承运商发起查件或为您重新发货。\n客服小林", [], "物流停滞")
add(L, "zh", "陈先生您好，订单尚未发货，我们已将收货地址修改为您提供的新地址，发货后可在“我的订单”中查看最新的预计送达时间。", [], "修改地址（含“修改”但属物流）")
add(L, "zh", "赵女士您好：\n睡袋自签收起30天内均可退货。请在亚马逊“我的订单”中找到该订单，选择“退货或换货”，按提示操作即可获得预付退货标签。我们收到退货后两个工作日内为您办理退款。\n松烬户外客服团队", [], "退货流程")
add(L, "zh", "刘先生您好，我们已于5月28日收到您退回的炉头，今天已原路退款59.99美元，具体到账时间取决于您的银行，一般为3至5个工作日。", [], "退货退款")
add(L, "zh", "张女士您好，您寄往加拿大的包裹因进口税费被海关暂扣，承运商会联系您缴纳关税。这笔订单由我们自行发货，因此税费需在收货时支付，给您带来不便非常抱歉。", [], "海关关税")
add(L, "zh", "周先生您好，很抱歉，绿色四人帐篷目前仓库缺货补货中，发货时间将由6月3日推迟到6月10日。如果您不想等待，请在此回复，我们会直接为您取消订单。", [], "延迟发货；卖家代为取消（含“取消订单”）")
add(L, "zh", "黄女士您好，您的订单分两个包裹发出，帐篷今天已送达，地钉和地布在第二个包裹中，物流单号TBA309284716000，预计明天送达。", [], "分包裹发货")
add(L, "zh", "吴先生您好：\n承运商显示您的订单已于周二下午2点14分签收，放在门廊。麻烦您先问问邻居或到楼道入口看一下，有时司机会提前一天扫描。如果明晚之前仍未找到，请回复本消息，我们会免费为您补发。\n松烬户外客服团队", [], "显示签收但未收到")
add(L, "zh", "孙女士您好，我们收到的退货中缺少外帐，因此按退货政策今天先为您退款95美元（全额为139美元）。如果外帐是单独寄出的，请告诉我们物流单号，收到后我们会补退余款。", [], "退货不完整，部分退款")
add(L, "zh", "何先生您好，很抱歉包裹外箱在运输中被压坏了。请在“我的订单”中申请退货，原因选择“运输途中损坏”，退货免运费，承运商扫描包裹后我们会立即为您退款。", [], "运输损坏按退货处理（判断：物流）")
add(L, "zh", "林先生您好，您的訂單114-9081726-4410538已於昨天由UPS寄出，追蹤號碼1Z999AA10123456784，物流顯示預計週四送達。松燼戶外客服團隊", [], "Traditional; 已出貨及追蹤號碼")
add(L, "zh", "蔡小姐您好：\n訂單尚未出貨，我們已依您提供的資料將收件地址更改為台中市西屯區的新地址，出貨後可於「您的訂單」查看最新的預計送達日期。\n客服 阿哲", [], "Traditional; 更改地址")
add(L, "zh", "黃先生您好，露營燈自簽收日起30天內都可以退貨。請到亞馬遜「您的訂單」選擇該筆訂單，點選「退貨或更換商品」並依指示操作，系統會提供預付退貨標籤。我們收到退貨後兩個工作天內會為您辦理退款。", [], "Traditional; 退貨流程")
add(L, "zh", "許小姐您好，您的包裹目前在台灣海關等待清關，可能需要您補繳進口稅費，物流業者會直接以簡訊通知您。清關完成後一般2至3天可送達。", [], "Traditional; 海關清關")
add(L, "zh", "吳先生您好，我們已收到您退回的帳篷，並於今天透過亞馬遜退款US$139.00至您原本的付款方式，約3至5個工作天入帳。謝謝！", [], "Traditional; 退貨退款")
add(L, "mixed", "Hi Wei, your order 113-2287460-7719034 shipped today via FedEx, tracking 7961 2345 8890. 您好，您的订单今天已通过FedEx发出，预计下周二送达。", [], "bilingual shipping notice in a reply; FedEx tracking not a phone")
add(L, "mixed", "您好 Jason，\n退货已收到，我们今天已为您办理退款 $59.99。\nWe received your return and issued the $59.99 refund today; it should show up in 3-5 business days.", [], "bilingual refund of a return")
add(L, "mixed", "Hello 陈小姐, the package is being held at customs in Vancouver for import duties. 包裹目前在温哥华海关等待缴纳进口关税，承运商会直接联系您。", [], "bilingual customs")

# ---- rewritten (30): non-logistics replies in the agent's own words -> template-required
R = "rewritten"
add(R, "en", "Hey Marcus! Pitching the Ridgeback is easy once you've done it once: throw down the footprint, snap the poles together, cross them and push the ends into the colored corner grommets, clip the tent on, then throw the fly over and buckle it. Stake it out and tighten the guylines. Should take you 15-20 min the first time. Cheers, Dave", TR, "rewrites en/tent-pitching-steps; same steps, casual single paragraph")
add(R, "en", "Hi Daniel, that clicking-without-a-spark issue is usually the igniter electrode being knocked out of line. Take a look at the little wire next to the burner head; it should point at the burner with a gap about the width of a pencil lead. Bend it back carefully with pliers. If that doesn't do it, just light it with a lighter for now and send us a short video of the igniter so we can see what's going on.", TR, "rewrites en/stove-ignition-troubleshooting; troubleshooting in own words")
add(R, "en", "Hi Tomás,\nDon't keep the bag in the stuff sack between trips; hang it in a closet or use the big mesh sack.\nWash it sparingly, maybe once a season, front-loader only, down wash, cool water.\nDry it on low with a few tennis balls and be patient, it takes hours.\nThanks, Cinderpine Outdoor Support", TR, "rewrites en/sleeping-bag-care; same advice, new wording and layout")
add(R, "en", "Hi Aisha, for the Sierra trip in October I'd go with the Glacier 15 rather than the Glacier 30. Nights at 9,000 feet regularly drop below freezing then, and the 30°F rating is a limit you'd feel. Pair it with a pad with an R-value of 4 or more. Best, Cinderpine Outdoor Support", TR, "rewrites none; pre-purchase product advice, no matching template")
add(R, "en", "Hi Kevin, yes, the stove has a one-year warranty from delivery. A cracked valve like the one in your photo is exactly what it covers, so we'll make it right with a replacement or a refund through Amazon, whichever you prefer.", TR, "rewrites en/warranty-coverage; warranty answer in own words")
add(R, "en", "Dear Ms. Fitzgerald,\nI'm really sorry. A pad that goes flat overnight has a faulty valve; it's not something you did. We'll send you a new one through Amazon right away, and there's no need to return the old one.\nSincerely, Laura", TR, "rewrites en/defect-replacement; free-written defect apology")
add(R, "en", "Hi Hannah, we're so sorry the lantern stopped charging after two trips. That shouldn't happen. I've refunded the full $42.99 for order 111-7730264-9948215 on Amazon, and you can keep or recycle the lantern.", TR, "rewrites en/defect-refund; defect refund without a return is treated as non-logistics (judgement)")
add(R, "en", "Hi Grace, sorry about the missing stakes! That's on us. A fresh set of 8 is going out to you free of charge and should be there by Friday. In the meantime, rocks or sturdy sticks work fine for holding down the corners.", TR, "rewrites en/missing-part; missing-part handling plus a free usage tip")
add(R, "en", "Hi Chloe, a few things that will help with run time: medium mode is plenty for lighting up camp, and high drains the battery about three times faster. Cold kills battery life, so keep it in your sleeping bag at night. And if you're storing it for the winter, leave it half charged.", TR, "rewrites en/lantern-charging; tips in own words")
add(R, "en", "Hi Sven, sure thing! I've attached the instructions for the Lumen 400. The part about pairing the remote is on page 3.", TR, "rewrites en/manual-attached; short free-written manual reply")
add(R, "en", "Hi Ben, thanks again for your order. When you have a minute, would you mind telling other campers about your experience with the pad in an Amazon review? Either way, we appreciate you.", TR, "rewrites en/review-request; neutral wording (no rating, incentive or condition) so not review-inducement")
add(R, "en", "Hello Olivia, the Ridgeback 4P fits two adults and two kids comfortably, or three adults with gear in the vestibules. The floor is 90 x 96 inches and the peak height is 60 inches, so most adults can sit up and change clothes inside.", TR, "rewrites none; product capacity question")
add(R, "en", "Hi Jonah, yes, the Emberlite works with the small 100 g screw-on canisters as long as they have the standard thread. It won't fit the butane cartridges with the side notch, though.", TR, "rewrites zh-tw/gas-canister; English version of a topic that only has a Traditional template")
add(R, "en", "Hi Mateo, thank you for the lovely note and the photos from your trip! It's great to hear the tent held up in that storm. We'll pass your comments on to our design team.", TR, "rewrites none; thanks-only reply to praise, non-logistics, no review request")
add(R, "zh", "王先生您好！帐篷其实很好搭：先铺地布，帐杆插好后交叉放，杆头按颜色插进四个角，挂钩一扣，再把外帐盖上扣好，最后打地钉、拉风绳就行啦。第一次可能二十分钟左右，熟练了十分钟搞定。", TR, "rewrites zh/tent-setup; 口语化改写")
add(R, "zh", "陈先生您好，按了没火花多半是点火针被碰歪了。您看一下炉头旁边那根细针，离炉头大概一根铅笔芯那么宽最合适，歪了就用钳子轻轻掰回来。实在不行先用打火机点，您方便的话拍个小视频发给我们看看。", TR, "rewrites zh/stove-ignition; 自写排障")
add(R, "zh", "刘先生您好：\n睡袋拉链坏了是在保修范围内的，您放心。\n保修期是两年，从收货那天算起。\n您拍张照片发过来，我们给您换新或者通过亚马逊退款。", TR, "rewrites zh/warranty; 逐句改写")
add(R, "zh", "周先生，真的很抱歉！防潮垫一晚上就漏气肯定是气阀的问题，不是您使用的原因。我们马上通过亚马逊给您换一个新的，旧的不用寄回。", TR, "rewrites zh/defect-replacement; 自写致歉")
add(R, "zh", "吴先生您好，地钉漏装了，实在不好意思！我们这就给您补寄一套8根的，周五前能到。这几天要是急着用，先用石头压住四个角也可以。", TR, "rewrites zh/missing-part; 含自写使用建议")
add(R, "zh", "马女士您好，这款睡袋标的零下5度是极限温度，就是冻不坏但肯定睡不舒服的温度。真正睡得舒服大概在0度左右。您去的地方晚上零下10度的话，建议再加个睡袋内胆，防潮垫也一定要带厚一点的。", TR, "rewrites zh/sleeping-bag-temperature; 自写产品建议")
add(R, "zh", "郑先生您好，感谢您一直以来的支持！方便的时候，能否在亚马逊上写几句您的真实使用感受？好的坏的都可以，对其他买家很有参考价值。", TR, "rewrites zh/review-request; 中性措辞，非索评违规")
add(R, "zh", "何先生您好，这款帐篷的外帐防水指数是3000毫米，一般的中雨、大雨都没问题，接缝处都做了压胶处理。如果是在暴雨频繁的地区，建议搭配地布使用，防止地面积水渗入。", TR, "rewrites none; 产品参数咨询")
add(R, "zh", "孙女士您好，钛锅第一次使用前用温水加一点洗洁精洗一下就可以了，不需要开锅。干烧会让锅底变色，但不影响使用，用小苏打擦一擦就能淡化。", TR, "rewrites none; 使用保养咨询")
add(R, "zh", "林先生您好，帳篷裡早上有水珠不是漏水喔，是晚上溫差大形成的結露。下次把上面的通風口打開，外帳門留一點縫，營繩拉緊一點，濕衣服放前庭，情況就會好很多。", TR, "rewrites zh-tw/tent-condensation; Traditional; 口語改寫")
add(R, "zh", "張先生您好，這台爐子用的是一般登山用的螺紋瓦斯罐，卡式瓦斯罐沒辦法接。冬天上山的話記得挑有丙烷的混合氣，睡覺前把罐子放在睡袋旁邊保溫。", TR, "rewrites zh-tw/gas-canister; Traditional")
add(R, "zh", "楊小姐您好！睡袋有兩年保固，羽絨從縫線跑出來屬於做工問題，在保固範圍內。麻煩您拍張照片回覆給我們，我們會幫您安排換貨或退款。", TR, "rewrites zh-tw/warranty; Traditional")
add(R, "zh", "許小姐，真的很抱歉椅子才用一次就斷了！我們已經幫您全額退款了，椅子不用寄回，再次跟您說聲抱歉。", TR, "rewrites zh-tw/defect-refund; Traditional; 退款但非退貨（判斷：非物流）")
add(R, "zh", "鄭小姐您好，這款露營燈可以當行動電源幫手機充電，充滿的情況下大約可以幫手機充一次半。燈本身防潑水，下小雨掛在外面沒問題，但請不要泡水。", TR, "rewrites none; Traditional; 產品功能詢問")
add(R, "mixed", "Hi Wei,\n露营灯第一次用之前请先充满电，大约5个小时。\nMedium mode is enough for the campsite; high mode drains the battery fast.\n天冷的时候晚上放进睡袋里，电池会更耐用。", TR, "rewrites en/lantern-charging; bilingual free tips")
add(R, "mixed", "您好 Jason, the Glacier 15 fits people up to 6'2\" (188 cm). 如果您身高超过188厘米，建议选加长款 Long version。", TR, "rewrites none; bilingual sizing advice")

# ---- mixed-logistics (15): logistics plus one or two free non-logistics sentences
M = "mixed-logistics"
add(M, "en", "Hi Marcus, your tent shipped today with UPS, tracking 1Z999AA10123456784, arriving Thursday. When it arrives, try a practice pitch in the backyard first; the color-coded pole clips make it much faster the second time.", TR, "shipping + free setup tip")
add(M, "en", "Hello Priya,\nThe replacement stove is out for delivery today.\nAlso, for the igniter on the old one: the tip probably got bent in your pack, so you can try nudging it back toward the burner.\nCinderpine Outdoor Support", TR, "delivery + free troubleshooting")
add(M, "en", "Hi Kevin, we received the return and refunded $59.99 today. For what it's worth, the sputtering you described is usually a cold canister; warming it in your jacket before cooking fixes it.", TR, "refund of return + free usage tip")
add(M, "en", "Hi Aisha, the address on order 111-7730264-9948215 is updated and the package will ship tomorrow. About your question on the rainfly: it's fully seam-taped, so you don't need to seal it yourself.", TR, "address change + product answer")
add(M, "en", "Dear Mr. Halvorsen, you can return the sleeping bag from Your Orders within 30 days, and Amazon will give you a prepaid label. Before you do, though, it may just need a good shake: down bags often look flat after shipping and loft up fully after a day out of the box.", TR, "return instructions + product advice")
add(M, "en", "Hi Olivia,\nYour order is delayed by three days because of a carrier backlog; the new delivery date is June 13.\nThe tent is rated for three seasons, so it will be fine for your July trip to the coast.\nThanks for your patience!", TR, "delay + product suitability sentence")
add(M, "en", "Hi Grace, UPS shows the parcel with the stakes was delivered this morning. By the way, the stakes hold best in soft ground when you drive them in at a 45-degree angle, leaning away from the tent.", TR, "delivery + usage tip")
add(M, "zh", "王先生您好，您的帐篷今天已通过UPS发出，运单号1Z999AA10123456784，预计周四送达。收到后建议先在家里试搭一次，熟悉一下帐杆颜色标识，到营地会快很多。", TR, "发货 + 自写搭建建议")
add(M, "zh", "李女士您好，退货我们已收到，今天已为您办理退款。另外您提到睡袋不够暖，其实搭配R值高一点的防潮垫会有明显改善，下次露营可以试试。", TR, "退货退款 + 产品建议")
add(M, "zh", "陈先生您好，订单地址已修改成功，明天发货。关于您问的炉头能不能在帐篷里用：出于安全考虑，请不要在密闭的帐篷内使用，以免一氧化碳中毒。", TR, "改地址 + 安全使用说明")
add(M, "zh", "赵女士您好：\n您的包裹因海关查验延误了两天，目前已放行，预计下周一送达。\n另外，露营灯收到后请先充满电再使用，可以延长电池寿命。\n松烬户外客服团队", TR, "海关延误 + 使用建议")
add(M, "zh", "刘先生您好，补发的防潮垫已经签收了。旧的那张如果只是慢漏气，可以用附带的修补片补一下，留着当备用垫。", TR, "补发签收 + 维修建议")
add(M, "zh", "林先生您好，您的訂單已於今天出貨，預計週五送達。帳篷收到後建議先整個攤開晾一下，新帳篷的塗層味道大約一兩天就會散掉。", TR, "Traditional; 出貨 + 使用建議")
add(M, "zh", "黃先生您好，退貨已收到，退款已經處理完成。另外跟您分享，露營燈長期不用的時候，保持半格電收納，電池會比較耐用。", TR, "Traditional; 退款 + 保養建議")
add(M, "mixed", "Hi Wei, your order shipped today with FedEx and should arrive on Tuesday. 另外提醒您，炉头第一次使用前请先检查气罐螺纹是否拧紧。", TR, "bilingual: shipping (EN) + usage tip (ZH)")

# ---- violating (15): content-policy violations; template-required added when the
#      violating / other free text is non-logistics and not from a template.
V = "violating"
add(V, "en", "Hi Marcus, so happy you love the tent! If you could leave us a 5-star review it would mean the world to our small team.", ["review-inducement", "template-required"], "five-star request after praise")
add(V, "en", "Hello Rebecca,\n\nThank you for your order of the Glacier sleeping bag. If you have a moment, would you share your experience with it in a review on Amazon? Your honest thoughts help other campers choose the right gear. As a thank-you, we'll send you a $10 Amazon gift card once your review is posted.\n\nCinderpine Outdoor Support", ["review-inducement", "template-required"], "en/review-request filled, plus an added gift-card incentive sentence (added text is free, non-logistics)")
add(V, "en", "Hi Priya, the tracking for your stove hasn't updated since Monday. If it doesn't move by Friday, email our shipping desk at shipping@cinderpine-outdoor.com and we'll resend it.", ["off-platform-contact"], "logistics reply with an e-mail address; purely logistics so no template-required")
add(V, "en", "Hi Kevin, your refund of $59.99 for the returned stove was issued today. Use code TRAIL15 for 15% off your next order with us!", ["marketing", "template-required"], "refund of return + coupon code (coupon sentence is free non-logistics text)")
add(V, "en", "Hi Luis, we've refunded the chair in full. Now that it's sorted, would you mind updating or removing your 1-star review?", ["review-inducement", "template-required"], "asks to change/remove a review after a refund")
add(V, "en", "Hi Aisha, to claim the warranty please register at www.cinderpine-outdoor.com/warranty or WhatsApp us at +1 626 555 0142.", ["off-platform-contact", "template-required"], "warranty answer with external link and WhatsApp number")
add(V, "en", "Hi Ben, thanks for your order! If you're happy with the pad, please leave a review. If anything isn't perfect, contact us first before writing a review so we can fix it.", ["review-inducement", "template-required"], "review gating / diversion of unhappy buyers")
add(V, "zh", "王先生您好，感谢您的购买！好评返现：留下五星好评并截图发给我们，即可获得10美元返现。", ["review-inducement", "template-required"], "好评返现")
add(V, "zh", "李女士您好，关于保修问题，请加我们的微信 cinderpine_kf 联系售后，处理更快。", ["off-platform-contact", "template-required"], "保修咨询引导加微信")
add(V, "zh", "陈先生您好，您的退款已处理。本周店铺新品折叠桌上市，买二送一，欢迎选购！", ["marketing", "template-required"], "退款 + 新品促销")
add(V, "zh", "赵女士您好，包裹查询不到物流的话，请拨打我们的客服电话 0755-2345 6789，我们帮您催件。", ["off-platform-contact"], "物流问题留卖家电话；纯物流，无 template-required")
add(V, "zh", "林先生您好，已為您補寄新的營柱。問題解決後，麻煩您幫忙刪除之前的差評，非常感謝！", ["review-inducement", "template-required"], "Traditional; 要求刪除差評")
add(V, "zh", "黃先生您好，感謝您的支持！下次直接到我們的官網 cinderpine.tw 購買可以享有九折優惠喔。", ["off-platform-contact", "marketing", "template-required"], "Traditional; 引導官網購買 + 折扣")
add(V, "mixed", "Hi Wei, 如果满意的话麻烦给个五星好评！We really appreciate a 5-star rating.", ["review-inducement", "template-required"], "bilingual five-star request, conditional on satisfaction")
add(V, "mixed", "Hello Jason, your order shipped today. 关注我们的 Instagram @cinderpine.outdoor，参与抽奖送睡袋！", ["off-platform-contact", "marketing", "template-required"], "shipping + social handle giveaway (free non-logistics text)")

# --------------------------------------------------------------------------
# 4. Build, validate, write
# --------------------------------------------------------------------------
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CATEGORIES = {"filled-template", "logistics", "rewritten", "mixed-logistics", "violating"}
LANGS = {"en", "zh", "mixed"}
PH = re.compile(r"\{\{([A-Za-z0-9_]+)\}\}")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
TRAD_ONLY = set("們這說單貨運號裝請將與為機開關體問題換書氣燈帳爐點戶謝聯處評價寫讓確認")
SIMP_ONLY = set("们这说单货运号装请将与为机开关体问题换书气灯帐炉点户谢联处评价写让确认")
# things an approved template must never contain
BAD_IN_TEMPLATE = re.compile(
    r"https?://|www\.|@|\.com\b|\.tw\b|\d{3,4}[- ]\d{3,4}[- ]\d{4}|5-star|five-star|\bstars?\b|coupon|"
    r"discount|\bcode\b|gift|if you(?:'re| are) (?:happy|satisfied)|五星|好评|好評|返现|返現|微信|折扣|优惠|優惠|"
    r"满意|滿意|差评|差評|whatsapp|instagram|facebook|telegram", re.I)

errors = []

def err(msg):
    errors.append(msg)

def script_of(text):
    t = sum(c in TRAD_ONLY for c in text)
    s = sum(c in SIMP_ONLY for c in text)
    if t and s:
        return "both"
    return "hant" if t else ("hans" if s else "none")

def lang_ok(lang, text):
    cjk = len(CJK.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if lang == "en":
        return cjk == 0
    if lang == "zh":
        return cjk > 0 and cjk > latin
    return cjk >= 10 and latin >= 30  # mixed: a real sentence in each language

def strip_ph(t):
    return PH.sub("", t)

def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

# -- templates
for tid, body in TEMPLATES.items():
    top = tid.split("/")[0]
    if top not in ("en", "zh", "zh-tw"):
        err(f"template {tid}: bad folder")
    if "{{" in PH.sub("", body) or "}}" in PH.sub("", body):
        err(f"template {tid}: malformed placeholder")
    if not PH.search(body):
        err(f"template {tid}: no placeholder")
    m = BAD_IN_TEMPLATE.search(strip_ph(body))
    if m:
        err(f"template {tid}: non-compliant text {m.group(0)!r}")
    sc = script_of(body)
    if top == "en" and CJK.search(body):
        err(f"template {tid}: CJK in English template")
    if top == "zh" and sc not in ("hans",):
        err(f"template {tid}: script {sc}, expected Simplified")
    if top == "zh-tw" and sc not in ("hant",):
        err(f"template {tid}: script {sc}, expected Traditional")

# -- replies
records = []
for tid, vals, edits, desc in FILLED:
    if tid not in TEMPLATES:
        err(f"filled: unknown template {tid}")
        continue
    body = TEMPLATES[tid]
    need = set(PH.findall(body))
    if need != set(vals):
        err(f"filled {tid}: placeholders {sorted(need)} vs values {sorted(vals)}")
    for k, v in vals.items():
        if not v.strip() or "{" in v or "}" in v:
            err(f"filled {tid}: bad value for {k}: {v!r}")
    pure = PH.sub(lambda m: vals.get(m.group(1), m.group(0)), body)
    text = pure
    for kind, old, new in edits:
        assert kind == "replace"
        if text.count(old) != 1:
            err(f"filled {tid}: edit target {old!r} occurs {text.count(old)} times")
        text = text.replace(old, new, 1)
    sim = ratio(text, pure)
    if sim < 0.85:
        err(f"filled {tid}: edit too large (similarity {sim:.2f})")
    lang = "en" if tid.startswith("en/") else "zh"
    note = f"from {tid}; " + (f"agent edit: {desc}" if desc else "placeholders filled, no edits")
    if tid.startswith("zh-tw/"):
        note += "; Traditional"
    records.append({"text": text.rstrip("\n"), "labels": [], "lang": lang, "tags": ["filled-template"],
                    "note": note, "context": "reply", "_sim": sim, "_tpl": tid})

for cat, lang, text, labels, note in FREE:
    rec = {"text": text, "labels": labels, "lang": lang, "tags": [cat], "note": note, "context": "reply"}
    if cat == "rewritten":
        m = re.match(r"rewrites (\S+);", note)
        if not m:
            err(f"rewritten note must start with 'rewrites <id>;': {note}")
        elif m.group(1) != "none":
            if m.group(1) not in TEMPLATES:
                err(f"rewritten: unknown template {m.group(1)}")
            else:
                rec["_sim"] = ratio(text, strip_ph(TEMPLATES[m.group(1)]))
                rec["_tpl"] = m.group(1)
    records.append(rec)

# deterministic shuffle so categories are interleaved, then number
random.Random(12).shuffle(records)
for i, r in enumerate(records, 1):
    r["id"] = f"t12-{i:03d}"

seen = set()
for r in records:
    rid, text, labels, cat = r["id"], r["text"], r["labels"], r["tags"][0]
    if rid in seen:
        err(f"duplicate id {rid}")
    seen.add(rid)
    if len(r["tags"]) != 1 or cat not in CATEGORIES:
        err(f"{rid}: bad tags {r['tags']}")
    if r["lang"] not in LANGS:
        err(f"{rid}: bad lang {r['lang']}")
    if not lang_ok(r["lang"], text):
        err(f"{rid}: text does not look like lang={r['lang']}: {text[:40]!r}")
    if script_of(text) == "both":
        err(f"{rid}: mixes Simplified and Traditional characters")
    if "{{" in text or "}}" in text:
        err(f"{rid}: unfilled placeholder")
    if not set(labels) <= POLICIES or len(set(labels)) != len(labels):
        err(f"{rid}: bad labels {labels}")
    if r["context"] != "reply":
        err(f"{rid}: context")
    expect = {"filled-template": [], "logistics": [], "rewritten": TR, "mixed-logistics": TR}
    if cat in expect and labels != expect[cat]:
        err(f"{rid}: {cat} must be labelled {expect[cat]}")
    if cat == "violating" and not (set(labels) - {"template-required"}):
        err(f"{rid}: violating reply needs a content policy")
    if cat == "filled-template" and not r["note"].startswith("from "):
        err(f"{rid}: filled note must start with 'from '")
    if cat != "violating":
        # non-violating replies must not carry obvious content-policy triggers
        # (phone-like digit groups are allowed here: spaced tracking numbers are
        #  deliberate near-misses in logistics replies)
        m = BAD_IN_TEMPLATE.search(re.sub(r"[\d ]{10,}", " ", text))
        if m:
            err(f"{rid}: suspicious text {m.group(0)!r} in a {cat} reply")
texts = [r["text"] for r in records]
if len(set(texts)) != len(texts):
    err("duplicate reply texts")

if errors:
    print("VALIDATION FAILED:")
    for e in errors:
        print("  -", e)
    sys.exit(1)

# -- write
if os.path.isdir(LIB):
    for root, _, files in os.walk(LIB):
        for f in files:
            if f.endswith(".txt"):
                os.remove(os.path.join(root, f))
for tid, body in TEMPLATES.items():
    path = os.path.join(LIB, tid + ".txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(body)
KEYS = ["id", "text", "labels", "lang", "tags", "note", "context"]
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for r in records:
        f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")

# -- counts
print(f"templates: {len(TEMPLATES)}  " + "  ".join(
    f"{k}={v}" for k, v in sorted(Counter(t.split('/')[0] for t in TEMPLATES).items())))
print(f"replies: {len(records)}")
tab = defaultdict(Counter)
for r in records:
    key = r["lang"]
    if r["lang"] == "zh":
        key = "zh-Hant" if script_of(r["text"]) == "hant" else "zh-Hans"
    tab[r["tags"][0]][key] += 1
cols = ["en", "zh-Hans", "zh-Hant", "mixed"]
print(f"{'category':18}" + "".join(f"{c:>9}" for c in cols) + f"{'total':>8}")
for cat in ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]:
    print(f"{cat:18}" + "".join(f"{tab[cat][c]:>9}" for c in cols) + f"{sum(tab[cat].values()):>8}")
tot = Counter()
for c in tab.values():
    tot.update(c)
print(f"{'total':18}" + "".join(f"{tot[c]:>9}" for c in cols) + f"{sum(tot.values()):>8}")
print("lang field:", dict(Counter(r["lang"] for r in records)))
print("labels:", dict(Counter(l for r in records for l in r["labels"])),
      "| unlabelled:", sum(1 for r in records if not r["labels"]))
fs = [r["_sim"] for r in records if r["tags"][0] == "filled-template"]
edited = [r["_sim"] for r in records if r["tags"][0] == "filled-template" and r["_sim"] < 1]
rs = [r["_sim"] for r in records if r["tags"][0] == "rewritten" and "_sim" in r]
print(f"filled: {len(edited)} with agent edits, min similarity to pure fill {min(fs):.2f}")
print(f"rewritten vs its template (difflib, placeholders removed): min {min(rs):.2f} max {max(rs):.2f}; "
      f"{len(rs)} reference a template, {sum(1 for r in records if r['tags'][0]=='rewritten' and '_sim' not in r)} 'none'")
