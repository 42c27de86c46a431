#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the t16 template-required test set: library/ and replies.jsonl, from literals, with validation.

Usage: python3 gen.py   (writes next to this file; prints counts; exit 1 on a validation error)
"""

# ---------- gen_templates.py
"""Approved template library for the t16 test set (fictional sewing-machine shop "Loomcraft").

Imported by gen.py. Template id -> template text (written to library/<id>.txt).
"""

TEMPLATES = {}

# ---------------------------------------------------------------- English
TEMPLATES["en/setup-threading"] = """\
Hello {{buyer_name}},

Thank you for your message about threading the {{product_name}} (order {{order_id}}).
Please try the steps below with the machine switched off:

1. Raise the presser foot lever and turn the handwheel toward you until the needle is at its highest point.
2. Place the spool on the spool pin and pull the thread through the upper thread guide.
3. Follow the numbered path on the machine: down the right channel, around the U-turn, and up to the take-up lever.
4. Hook the thread through the take-up lever from right to left, then bring it down the left channel.
5. Use the built-in needle threader, or thread the needle from front to back by hand.
6. Wind a bobbin, drop it in with the thread running counterclockwise, and pull the tail through the slot.
7. Hold the upper thread, turn the handwheel one full turn, and draw the bobbin thread up.

If the stitches still look uneven after rethreading, please reply with a photo of the stitches on both sides of the fabric and we will take a closer look.

Kind regards,
{{agent_name}}
Loomcraft Customer Care
"""

TEMPLATES["en/tension-troubleshooting"] = """\
Hi {{buyer_name}},

Sorry to hear the stitches on your {{product_name}} are not forming correctly. Loops or a tangle of thread under the fabric are nearly always caused by the upper thread, not the bobbin. Please check the following:

- Rethread the upper thread with the presser foot raised, so the thread sits between the tension discs.
- Set the upper tension dial to {{tension_setting}} for ordinary cotton fabric.
- Make sure the bobbin is the Class 15 type supplied with the machine and sits with the thread unwinding counterclockwise.
- Fit a new needle, flat side to the back, pushed all the way up before tightening the screw.
- Brush out any lint from the bobbin area and the feed dogs.

If the problem continues after these checks, let us know and we will arrange a solution through Amazon.

Best wishes,
{{agent_name}}
"""

TEMPLATES["en/app-pairing"] = """\
Hi {{buyer_name}},

Thanks for reaching out about connecting your {{model}} to the Loomcraft Stitch Studio app. Here is how to pair them:

1. Update the app to version {{app_version}} or later from your phone's app store.
2. On the machine, open Settings > Wireless and choose "Pair new device".
3. Keep your phone within 3 metres of the machine and on the same 2.4 GHz Wi-Fi network (5 GHz networks are not supported).
4. In the app, tap "Add machine" and enter the 6-digit code shown on the machine's screen.
5. When the screen shows "Connected", send a test design from the app's design library.

If the pairing code expires, press Cancel on the machine and start again from step 2.

Regards,
{{agent_name}}
"""

TEMPLATES["en/warranty-info"] = """\
Dear {{buyer_name}},

Here are the warranty details for your purchase:

Product: {{product_name}}
Order ID: {{order_id}}
Purchase date: {{purchase_date}}
Motor and circuit board: {{warranty_years}}-year limited warranty
Other parts and accessories: 90 days
What is covered: faults in materials or workmanship under normal home use
What is not covered: needles, bulbs, belts, damage from dropping or from commercial use

To use the warranty, reply to this message with a short description of the fault and a photo or video, and we will arrange a repair, replacement or refund through Amazon.

Sincerely,
{{agent_name}}
"""

TEMPLATES["en/defect-replacement"] = """\
Dear {{buyer_name}},

We are very sorry that your {{product_name}} arrived with a fault
({{issue}}). This is not the standard we hold ourselves to, and we
understand how frustrating it is when a new machine does not work.

We have created a free replacement for order {{order_id}} through
Amazon. You will receive an Amazon return label for the faulty unit;
there is no need to send it back before the new one arrives. If you
would prefer a full refund instead, just reply and we will process it
through Amazon right away.

With apologies,
{{agent_name}}
"""

TEMPLATES["en/missing-part"] = """\
Hello {{buyer_name}},
We are sorry that the {{part_name}} was missing from your order {{order_id}}.
Every machine should ship with it, so this was our mistake.
We have sent a replacement {{part_name}} to you at no charge.
It should reach you by {{delivery_date}}.
You can keep using the machine in the meantime except for the functions that need this part.
Thank you for your patience,
{{agent_name}}
"""

TEMPLATES["en/manual-request"] = """\
Hi {{buyer_name}}, as requested we have attached the user manual for the {{product_name}} as a PDF to this message; the section you asked about, "{{section_title}}", starts on page {{page}}, and the quick-start card in the box covers the same first steps in short form. Best regards, {{agent_name}}
"""

TEMPLATES["en/fabric-needle-tips"] = """\
Hello {{buyer_name}},

Thank you for your question about sewing {{fabric}} on the {{product_name}}. These settings usually give the best results:

* Needle: {{needle}}
* Stitch length: {{stitch_length}} mm
* Presser foot: {{presser_foot}}
* Thread: polyester all-purpose thread in both the needle and the bobbin

Sew a test seam on a scrap of the same fabric first, and sew slowly over thick seams by turning the handwheel by hand.

Happy sewing,
{{agent_name}}
"""

TEMPLATES["en/review-request"] = """\
Hello {{buyer_name}},

Thank you for your order {{order_id}} of the {{product_name}}.
If you have a moment, we would appreciate it if you shared your experience with this product in a review on Amazon. Your honest opinion helps other sewers choose the right machine.

Kind regards,
{{agent_name}}
"""

# ---------------------------------------------------------------- Simplified Chinese
TEMPLATES["zh/threading-setup"] = """\
{{buyer_name}}您好，

感谢您咨询{{product_name}}（订单号 {{order_id}}）的穿线问题。请在关机状态下按以下步骤操作：

1. 抬起压脚扳手，转动手轮使机针升到最高位置。
2. 将线轴放上线轴柱，把线拉过上方导线器。
3. 按机身上的数字顺序穿线：沿右侧槽向下，绕过底部U形弯，再沿左侧槽向上。
4. 将线从右向左挂入挑线杆，然后沿左侧槽向下拉。
5. 使用自动穿针器，或手动将线从前向后穿过针孔。
6. 绕好梭芯后放入梭床，线头按逆时针方向出线，并从缺口拉出。
7. 捏住面线，转动手轮一整圈，把底线钩上来。

如果重新穿线后针脚仍不均匀，请回复时附上布料正反两面的针脚照片，我们会进一步帮您检查。

祝好，
{{agent_name}}
Loomcraft 客服
"""

TEMPLATES["zh/tension-troubleshooting"] = """\
{{buyer_name}}您好：
很抱歉您的{{product_name}}出现跳线、浮线的情况。布料底面出现线圈或线团，大多数是面线没有穿进夹线器造成的，请您检查以下几点：
• 抬起压脚后重新穿面线，确保线进入夹线盘之间；
• 普通棉布请将面线张力旋钮调到 {{tension_setting}}；
• 确认使用随机附带的15号梭芯，并按逆时针方向出线；
• 更换新机针，扁平面朝后，推到顶后再拧紧螺丝；
• 清理梭床和送布牙上的线毛。
如检查后仍有问题，请告诉我们，我们会通过亚马逊为您安排解决方案。
{{agent_name}}
"""

TEMPLATES["zh/app-pairing"] = """\
{{buyer_name}}您好！

关于{{model}}与 Loomcraft Stitch Studio 应用的连接，请按以下步骤操作：

第一步：在手机应用商店将应用更新到 {{app_version}} 或更高版本。
第二步：在缝纫机上进入“设置 > 无线”，选择“配对新设备”。
第三步：手机与缝纫机保持在3米以内，并连接同一个2.4GHz Wi-Fi网络（不支持5GHz）。
第四步：在应用中点击“添加机器”，输入缝纫机屏幕上显示的6位配对码。
第五步：屏幕显示“已连接”后，从应用的图案库发送一个测试图案。

如果配对码过期，请在缝纫机上按“取消”，再从第二步重新开始。

{{agent_name}} 敬上
"""

TEMPLATES["zh/warranty-info"] = """\
尊敬的{{buyer_name}}：

以下是您所购产品的保修信息：
产品名称：{{product_name}}
订单号：{{order_id}}
购买日期：{{purchase_date}}
电机及主板：{{warranty_years}}年有限保修
其他零件及配件：90天
保修范围：正常家用情况下的材料或工艺缺陷
不在保修范围：机针、灯泡、皮带，以及摔落或商业用途造成的损坏

如需使用保修服务，请直接回复本消息，简要描述故障并附上照片或视频，我们将通过亚马逊为您安排维修、换货或退款。

{{agent_name}}
"""

TEMPLATES["zh/defect-refund"] = """\
{{buyer_name}}您好，非常抱歉您收到的{{product_name}}存在质量问题（{{issue}}），给您带来了不便。我们已通过亚马逊为订单 {{order_id}} 办理全额退款，款项将原路退回，通常需要3至5个工作日到账；故障机器无需寄回，请您按当地规定妥善处理。再次向您致歉。{{agent_name}}
"""

TEMPLATES["zh/missing-part"] = """\
{{buyer_name}}您好。
很抱歉您的订单 {{order_id}} 中缺少{{part_name}}。
每台机器出厂时都应附带这个配件，这是我们的疏忽。
我们已免费为您补发一个{{part_name}}。
预计{{delivery_date}}前送达。
在此期间，除需要该配件的功能外，机器可以正常使用。
感谢您的耐心。
{{agent_name}}
"""

TEMPLATES["zh/review-request"] = """\
{{buyer_name}}您好，

感谢您购买{{product_name}}（订单号 {{order_id}}）。
如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，您的意见能帮助其他买家选择合适的缝纫机。

祝您使用愉快！
{{agent_name}}
"""

# ---------------------------------------------------------------- Traditional Chinese
TEMPLATES["zh-tw/serger-threading"] = """\
{{buyer_name}} 您好：

感謝您詢問 {{product_name}} 的穿線方式。請先關閉電源，並依照機身內側的彩色穿線圖操作：

1. 抬起壓布腳，轉動手輪讓兩支機針升到最高點。
2. 依序穿上勾針線：先穿上勾針（藍色），再穿下勾針（紅色）。
3. 下勾針線必須在勾針孔留出約10公分，再穿機針線。
4. 穿右針（黃色），最後穿左針（綠色）。
5. 放下壓布腳，先不放布料空車縫出約5公分的線鏈。

請務必依照上述順序，若先穿機針線再穿勾針線，線容易斷掉或纏在一起。

{{agent_name}} 敬上
"""

TEMPLATES["zh-tw/warranty-info"] = """\
{{buyer_name}} 您好，

您的保固資料如下：
商品：{{product_name}}
訂單編號：{{order_id}}
保固期限：自 {{purchase_date}} 起 {{warranty_years}} 年
保固內容：正常家用下的材料或製造瑕疵
不含：機針、燈泡、皮帶及人為損壞

如需申請保固，請直接回覆此訊息並附上故障的照片或影片，我們會透過亞馬遜為您安排維修、換貨或退款。

{{agent_name}}
"""

TEMPLATES["zh-tw/defect-replacement"] = """\
親愛的 {{buyer_name}}：

非常抱歉，您收到的 {{product_name}} 有瑕疵（{{issue}}），
造成您的困擾，我們深感歉意。我們已透過亞馬遜為訂單
{{order_id}} 安排免費換貨，新機器寄出後您會收到亞馬遜的
退貨標籤，舊機器請在收到新機後再寄回即可。若您比較希望
直接退款，也請回覆告知，我們會立即透過亞馬遜辦理。

{{agent_name}} 敬上
"""

TEMPLATES["zh-tw/manual-request"] = """\
{{buyer_name}} 您好，依您的要求，{{product_name}} 的使用說明書已作為 PDF 附件附在此訊息中。
您詢問的「{{section_title}}」在第 {{page}} 頁。
盒內的快速入門卡也有相同的基本步驟。
祝您車縫愉快，{{agent_name}}
"""

TEMPLATES["zh-tw/motor-noise-troubleshooting"] = """\
{{buyer_name}} 您好：

關於 {{product_name}} 運轉時聲音變大的問題，請先確認以下幾點：
・拆下針板，清除送布齒與梭床周圍的線屑和布屑。
・在梭床軌道滴一滴縫紉機專用油，然後空轉約30秒。
・確認梭殼安裝到位，沒有卡到線頭。
・換一支新的 {{needle}} 機針，彎曲的機針也會造成異音。

如果清潔後聲音仍然明顯，請錄一段約10秒的影片回覆給我們，我們會協助判斷並透過亞馬遜安排後續處理。

{{agent_name}}
"""

# ---------- gen_fills.py
# Filled-template replies: (template id, placeholder values, agent edits, note).
# Edits are applied to the filled text, in order:
#   ("replace", old, new)          old must occur exactly once
#   ("rewrap", para, width)        re-wrap paragraph number `para` (blank-line separated) to `width`
#   ("unwrap", para)               join the lines of paragraph `para` into one line
# Every reply here is expected to pass template-required (labels []).

LC9100_LONG = ("Loomcraft LC-9100 Computerized Sewing and Quilting Machine, 200 Built-in Stitches, "
               "8 Buttonhole Styles, LCD Screen, Extension Table and Hard Cover")

FILLS = [
    # ---------------- en/setup-threading
    ("en/setup-threading",
     {"buyer_name": "Margaret", "product_name": LC9100_LONG, "order_id": "113-4829173-5520641", "agent_name": "Ruth"},
     [], "exact fill; long product name"),
    ("en/setup-threading",
     {"buyer_name": "Mr. Okafor", "product_name": "Loomcraft LC-300 Mechanical Sewing Machine, 23 Stitches, Free Arm",
      "order_id": "111-0938475-2213907", "agent_name": "Ben"},
     [("replace", "Hello Mr. Okafor,", "Good morning Mr. Okafor,")], "agent edit: greeting changed"),
    ("en/setup-threading",
     {"buyer_name": "Hannah",
      "product_name": "LC-120 Heavy Duty Sewing Machine for Denim and Leather, Metal Frame, 1,100 Stitches per Minute",
      "order_id": "114-7723019-6651428", "agent_name": "Carla"},
     [("replace", "Kind regards,", "Thanks again for your patience while we sort this out.\n\nKind regards,")],
     "agent edit: courtesy line added before sign-off"),
    # ---------------- en/tension-troubleshooting
    ("en/tension-troubleshooting",
     {"buyer_name": "Priya", "product_name": "Loomcraft LC-9100 Computerized Sewing and Quilting Machine",
      "tension_setting": "4", "agent_name": "Jonah"},
     [], "exact fill"),
    ("en/tension-troubleshooting",
     {"buyer_name": "Daniel", "product_name": "LC-300 mechanical machine", "tension_setting": "4 to 5",
      "agent_name": "Ana"},
     [("replace", "Best wishes,", "Best wishes from all of us at Loomcraft,")], "agent edit: sign-off wording"),
    ("en/tension-troubleshooting",
     {"buyer_name": "Ms. Alvarez", "product_name": LC9100_LONG, "tension_setting": "3.5", "agent_name": "Ruth M."},
     [], "exact fill; long product name, initial in agent name"),
    # ---------------- en/app-pairing
    ("en/app-pairing",
     {"buyer_name": "Keiko", "model": "LC-E20 Wi-Fi Embroidery Machine", "app_version": "3.2.1", "agent_name": "Ben"},
     [], "exact fill"),
    ("en/app-pairing",
     {"buyer_name": "Sam",
      "model": "Loomcraft LC-E20 Wi-Fi Embroidery Machine with 10 x 10 in Hoop and 180 Built-in Designs",
      "app_version": "3.4", "agent_name": "Mei"},
     [("replace", "Hi Sam,", "Hi again Sam,")], "agent edit: greeting changed; long model name"),
    # ---------------- en/warranty-info
    ("en/warranty-info",
     {"buyer_name": "Ms. Harper", "product_name": LC9100_LONG, "order_id": "112-3340981-7719054",
      "purchase_date": "March 14, 2025", "warranty_years": "5", "agent_name": "Carla"},
     [], "exact fill; long product name"),
    ("en/warranty-info",
     {"buyer_name": "Liam",
      "product_name": "Loomcraft LC-4D 4-Thread Serger Overlock Machine with Differential Feed, Color-Coded Threading",
      "order_id": "702-5518290-3317745", "purchase_date": "2025-11-02", "warranty_years": "2", "agent_name": "Ana"},
     [("replace", "Dear Liam,", "Hi Liam,")], "agent edit: greeting changed; ISO date; CA-style order id"),
    # ---------------- en/defect-replacement
    ("en/defect-replacement",
     {"buyer_name": "Sarah", "product_name": "Loomcraft LC-9100 Computerized Sewing Machine",
      "issue": "the needle bar stops after a few stitches", "order_id": "114-2290537-8846120", "agent_name": "Ruth"},
     [], "exact fill"),
    ("en/defect-replacement",
     {"buyer_name": "Mr. Petrov", "product_name": "LC-4D 4-Thread Serger",
      "issue": "the lower looper does not move", "order_id": "111-6647302-9925183", "agent_name": "Jonah"},
     [("unwrap", 1), ("unwrap", 2)], "agent edit: hard-wrapped lines joined into one line per paragraph"),
    ("en/defect-replacement",
     {"buyer_name": "Gwen",
      "product_name": "Loomcraft LC-120 Heavy Duty Sewing Machine for Denim and Leather, Metal Frame",
      "issue": "a cracked bobbin cover plate", "order_id": "113-0071846-4452097", "agent_name": "Carla"},
     [("rewrap", 1, 58), ("rewrap", 2, 58)], "agent edit: paragraphs re-wrapped at 58 columns; long product name"),
    # ---------------- en/missing-part
    ("en/missing-part",
     {"buyer_name": "Aisha", "part_name": "walking foot", "order_id": "112-8834190-2046653",
      "delivery_date": "Thursday, May 21", "agent_name": "Mei"},
     [], "exact fill"),
    ("en/missing-part",
     {"buyer_name": "Robert", "part_name": "extension table", "order_id": "113-5562091-7730418",
      "delivery_date": "June 3", "agent_name": "Ben"},
     [("replace", "Thank you for your patience,", "Thank you for your patience, and sorry again for the trouble,")],
     "agent edit: courtesy words added to sign-off"),
    ("en/missing-part",
     {"buyer_name": "Yuki", "part_name": "5 x 7 in embroidery hoop", "order_id": "111-2039847-6612093",
      "delivery_date": "the end of next week", "agent_name": "Ana"},
     [], "exact fill; relative date"),
    # ---------------- en/manual-request
    ("en/manual-request",
     {"buyer_name": "Denise", "product_name": LC9100_LONG, "section_title": "Buttonholes", "page": "34",
      "agent_name": "Jonah"},
     [], "exact fill; single-paragraph template, long product name"),
    ("en/manual-request",
     {"buyer_name": "Mark", "product_name": "LC-4D serger", "section_title": "Rolled hem", "page": "22",
      "agent_name": "Carla"},
     [("rewrap", 0, 70)], "agent edit: single paragraph hard-wrapped at 70 columns"),
    # ---------------- en/fabric-needle-tips
    ("en/fabric-needle-tips",
     {"buyer_name": "Ellen", "fabric": "denim", "product_name": "LC-120 Heavy Duty Sewing Machine",
      "needle": "size 100/16 denim needle", "stitch_length": "3.0",
      "presser_foot": "walking foot for more than two layers", "agent_name": "Ruth"},
     [], "exact fill"),
    ("en/fabric-needle-tips",
     {"buyer_name": "Marcus", "fabric": "stretch jersey knit", "product_name": "Loomcraft LC-9100",
      "needle": "75/11 ballpoint (stretch) needle", "stitch_length": "2.5", "presser_foot": "walking foot",
      "agent_name": "Mei"},
     [("replace", "Happy sewing,", "Happy sewing, and enjoy the new machine,")], "agent edit: sign-off wording"),
    ("en/fabric-needle-tips",
     {"buyer_name": "Nora", "fabric": "quilting cotton (several layers)", "product_name": "Loomcraft LC-9100",
      "needle": "90/14 quilting needle", "stitch_length": "2.5 to 3.0", "presser_foot": "1/4 inch piecing foot",
      "agent_name": "Ruth"},
     [], "exact fill"),
    # ---------------- en/review-request (neutral)
    ("en/review-request",
     {"buyer_name": "Grace", "order_id": "113-7720184-9956032",
      "product_name": "Loomcraft LC-300 Mechanical Sewing Machine", "agent_name": "Ben"},
     [], "exact fill; neutral review request, no rating or condition"),
    ("en/review-request",
     {"buyer_name": "Tomás", "order_id": "114-0098123-5507741", "product_name": "LC-4D serger", "agent_name": "Ana"},
     [("replace", "Hello Tomás,", "Hi Tomás,")], "agent edit: greeting changed; neutral review request"),

    # ---------------- zh/threading-setup
    ("zh/threading-setup",
     {"buyer_name": "王女士", "product_name": "Loomcraft LC-9100 电脑缝纫机（200种针迹，附加宽台板及硬质防尘罩）",
      "order_id": "113-3829104-7761205", "agent_name": "小林"},
     [], "exact fill; long product name"),
    ("zh/threading-setup",
     {"buyer_name": "陈先生", "product_name": "LC-300 家用多功能机械缝纫机", "order_id": "250-1948372-0093815",
      "agent_name": "周敏"},
     [("replace", "祝好，", "祝您使用愉快，")], "agent edit: sign-off wording"),
    # ---------------- zh/tension-troubleshooting
    ("zh/tension-troubleshooting",
     {"buyer_name": "李女士", "product_name": "LC-9100 电脑缝纫机", "tension_setting": "4", "agent_name": "小林"},
     [], "exact fill"),
    ("zh/tension-troubleshooting",
     {"buyer_name": "赵小姐", "product_name": "Loomcraft LC-120 重型加厚缝纫机（金属机身，适合牛仔布和皮革）",
      "tension_setting": "4 到 5 之间", "agent_name": "客服 阿杰"},
     [("replace", "赵小姐您好：", "亲爱的赵小姐，您好：")], "agent edit: greeting changed; long product name"),
    # ---------------- zh/app-pairing
    ("zh/app-pairing",
     {"buyer_name": "孙先生", "model": "LC-E20 Wi-Fi 刺绣机", "app_version": "3.2.1", "agent_name": "周敏"},
     [], "exact fill"),
    ("zh/app-pairing",
     {"buyer_name": "吴女士", "model": "Loomcraft LC-E20 无线刺绣机（10×10英寸绣框，内置180款图案）",
      "app_version": "3.4", "agent_name": "小林"},
     [("replace", "小林 敬上", "感谢您的耐心。\n\n小林 敬上")], "agent edit: courtesy line added; long model name"),
    # ---------------- zh/warranty-info
    ("zh/warranty-info",
     {"buyer_name": "刘先生", "product_name": "Loomcraft LC-9100 电脑缝纫机", "order_id": "113-6650928-4418372",
      "purchase_date": "2025年9月3日", "warranty_years": "5", "agent_name": "周敏"},
     [], "exact fill"),
    ("zh/warranty-info",
     {"buyer_name": "黄女士", "product_name": "LC-4D 四线包缝机（差动送布）", "order_id": "503-2287416-9920378",
      "purchase_date": "2026年1月15日", "warranty_years": "2", "agent_name": "阿杰"},
     [], "exact fill; JP-style order id"),
    # ---------------- zh/defect-refund
    ("zh/defect-refund",
     {"buyer_name": "郑女士", "product_name": "LC-300 机械缝纫机", "issue": "开机后电机不转",
      "order_id": "114-5590371-2286410", "agent_name": "小林"},
     [], "exact fill; single-paragraph template with inline greeting and sign-off"),
    ("zh/defect-refund",
     {"buyer_name": "马先生", "product_name": "Loomcraft LC-9100 电脑缝纫机（200种针迹）", "issue": "显示屏无显示",
      "order_id": "250-7730159-4471628", "agent_name": "周敏"},
     [("rewrap", 0, 28)], "agent edit: paragraph hard-wrapped at punctuation after about 28 characters"),
    # ---------------- zh/missing-part
    ("zh/missing-part",
     {"buyer_name": "何小姐", "part_name": "压脚包", "order_id": "113-2209183-6652047", "delivery_date": "5月28日",
      "agent_name": "小林"},
     [], "exact fill"),
    ("zh/missing-part",
     {"buyer_name": "许先生", "part_name": "加宽台板", "order_id": "702-4419028-3365190", "delivery_date": "下周三",
      "agent_name": "阿杰"},
     [("replace", "许先生您好。", "许先生，您好！")], "agent edit: greeting punctuation changed"),
    # ---------------- zh/review-request
    ("zh/review-request",
     {"buyer_name": "林女士", "product_name": "LC-300 家用多功能机械缝纫机", "order_id": "113-8827465-0019346",
      "agent_name": "周敏"},
     [], "exact fill; neutral review request"),

    # ---------------- zh-tw/serger-threading
    ("zh-tw/serger-threading",
     {"buyer_name": "林小姐", "product_name": "LC-4D 四線拷克機（附差動送布）", "agent_name": "佩君"},
     [], "exact fill (Traditional)"),
    ("zh-tw/serger-threading",
     {"buyer_name": "黃先生", "product_name": "Loomcraft LC-4D 四線拷克機", "agent_name": "阿哲"},
     [("replace", "阿哲 敬上", "有任何問題都歡迎再回覆我們。\n\n阿哲 敬上")],
     "agent edit: courtesy line added (Traditional)"),
    # ---------------- zh-tw/warranty-info
    ("zh-tw/warranty-info",
     {"buyer_name": "吳太太", "product_name": "Loomcraft LC-9100 電腦縫紉機（200種針跡，附加寬台板）",
      "order_id": "113-1187390-5546201", "purchase_date": "2025年10月12日", "warranty_years": "5",
      "agent_name": "佩君"},
     [], "exact fill (Traditional); long product name"),
    ("zh-tw/warranty-info",
     {"buyer_name": "陳先生", "product_name": "LC-300 機械式縫紉機", "order_id": "114-6620913-8837152",
      "purchase_date": "2026年2月1日", "warranty_years": "3", "agent_name": "阿哲"},
     [("replace", "陳先生 您好，", "陳先生，午安：")], "agent edit: greeting changed (Traditional)"),
    # ---------------- zh-tw/defect-replacement
    ("zh-tw/defect-replacement",
     {"buyer_name": "張小姐", "product_name": "LC-9100 電腦縫紉機", "issue": "自動穿線器斷裂",
      "order_id": "111-4476201-9930185", "agent_name": "佩君"},
     [], "exact fill (Traditional); hard-wrapped template"),
    ("zh-tw/defect-replacement",
     {"buyer_name": "蔡先生", "product_name": "Loomcraft LC-120 重型縫紉機（金屬機身，可車牛仔布與皮革）",
      "issue": "送布齒不會移動", "order_id": "113-3319048-2271659", "agent_name": "阿哲"},
     [("unwrap", 1)], "agent edit: hard-wrapped lines joined (Traditional); long product name"),
    # ---------------- zh-tw/manual-request
    ("zh-tw/manual-request",
     {"buyer_name": "王小姐", "product_name": "LC-E20 Wi-Fi 刺繡機", "section_title": "更換刺繡框", "page": "18",
      "agent_name": "佩君"},
     [], "exact fill (Traditional); one sentence per line"),
    ("zh-tw/manual-request",
     {"buyer_name": "李先生", "product_name": "Loomcraft LC-4D 四線拷克機", "section_title": "捲邊縫", "page": "27",
      "agent_name": "阿哲"},
     [("replace", "祝您車縫愉快，阿哲", "祝您車縫愉快！客服 阿哲")], "agent edit: sign-off name (Traditional)"),
    # ---------------- zh-tw/motor-noise-troubleshooting
    ("zh-tw/motor-noise-troubleshooting",
     {"buyer_name": "郭太太", "product_name": "LC-300 機械式縫紉機", "needle": "14號（90/14）", "agent_name": "佩君"},
     [], "exact fill (Traditional)"),
]

# ---------- gen_free1.py
# Free-written replies, part 1: logistics (labels []).
# Tuple: (tag, lang, script, labels, note, text); script is "en", "hans", "hant" or "mixed".

LOGISTICS = [
    ("logistics", "en", "en", [], "tracking and ETA; heavy parcel signature",
     """Hi Margaret,

Thanks for checking in. Your LC-9100 (order 113-2204817-6639021) left our warehouse yesterday with UPS, tracking number 1Z8V47E20394817265. The carrier currently shows delivery on Friday, May 15.

Because the box weighs over 30 lb, the driver may ask for a signature, so someone should be home if possible.

Best,
Ruth"""),
    ("logistics", "en", "en", [], "address change before dispatch",
     """Hello Daniel,

We have updated the shipping address on order 111-5520938-1047726 to 48 Linden Court, Apt 3B, Springfield, IL 62704 as you asked. The order had not left the warehouse yet, so the change takes effect for this shipment. Amazon will send you the shipping notification once it is on its way.

Regards,
Ben"""),
    ("logistics", "en", "en", [], "cancellation before dispatch; near-miss words cancel/refund",
     """Hi Priya, order 114-3381920-5528107 had not been dispatched yet, so we have cancelled it as you requested. Your card was not charged; the pending authorization will drop off within a few business days. There is nothing else you need to do. - Ana"""),
    ("logistics", "en", "en", [], "return instructions for a heavy item",
     """Dear Mr. Hughes,

To return the sewing machine, please start the return from Your Orders on Amazon and pick the reason that fits best. Amazon will give you a prepaid UPS label.
Please pack the machine in its original box with the foam inserts if you still have them, and include the foot pedal and power cord.
Once the carrier scans the package, the refund is issued to your original payment method.

Kind regards,
Carla"""),
    ("logistics", "en", "en", [], "refund of a received return",
     """Hi Tom,

Your returned serger arrived at our warehouse this morning, and we have issued a full refund of $289.99 for order 112-4471920-3385016. It usually shows on your card statement within 3 to 5 business days, depending on your bank.

Thanks,
Jonah"""),
    ("logistics", "en", "en", [], "customs / import fees for an international order",
     """Hello Ingrid,

Your order is shipping from the US to Norway, so import VAT applies on arrival. Because this is an Amazon Global order, the Import Fees Deposit you paid at checkout covers it, and if the actual charge is lower, Amazon refunds the difference to you automatically. The courier should not ask you for any extra payment at the door.

Best regards,
Jonah"""),
    ("logistics", "en", "en", [], "carrier pickup for a return",
     """Hi Mr. Nakamura,
The UPS pickup for your return is booked for Tuesday, June 9, between 9 am and 5 pm.
Please leave the sealed box where the driver can see it, with the return label taped flat on top.
You will get an email from Amazon as soon as the package is scanned.
Thanks,
Mei"""),
    ("logistics", "en", "en", [], "lost package; reshipment under same order",
     """Hi Alex,

I'm sorry the package hasn't arrived. Tracking TBA304918275000 has not updated since May 2 at the Columbus sort center, so we have reported it to the carrier as lost and shipped a new unit to you today at no cost.

New tracking: 1Z8V47E20311948273, expected Monday.

If the first box turns up later, you can simply refuse it at the door or send it back through Your Orders.

Ben"""),
    ("logistics", "en", "en", [], "marked delivered but not received",
     """Hello Joan,

The carrier's record for order 113-9035518-2270461 shows the package was delivered on Monday at 2:14 pm and left at the front porch. Could you check with neighbours and around the building entrance or mailroom? Parcels are sometimes scanned a little early and arrive the next day.

If it has not turned up by Thursday, please reply here and we will open an investigation with the carrier and arrange a reshipment or refund.

Regards,
Carla"""),
    ("logistics", "en", "en", [], "split shipment from two warehouses",
     """Hi Kevin,
Your order had two items that ship from different warehouses. The sewing machine was delivered on Saturday, and the extension table is travelling separately with USPS, tracking 9400111899562837461502. It should arrive on Wednesday.
Best,
Ana"""),
    ("logistics", "en", "en", [], "duplicate order cancelled on request",
     """Hi Laura,

You're right, the order was placed twice a few minutes apart. As you asked, we cancelled the duplicate, 113-6620471-5519832, before it shipped, and kept the first one, 113-6620471-5519418. You will only be charged once.

Jonah"""),
    ("logistics", "en", "en", [], "gift return through Returns Center",
     """Hello Peter, gift returns go through Amazon's Returns Center: choose "Return a gift" and enter the order ID printed on the gift receipt. The refund is issued as an Amazon gift card balance to you, not to the person who sent it, and they are not notified. Gift returns are accepted within 30 days of delivery. Kind regards, Mei"""),
    ("logistics", "en", "en", [], "return label cannot be printed; drop-off option (near-miss: Amazon's own QR code)",
     """Hi Beth,

If your printer isn't working, you don't need to print the return label. In the Amazon return flow you can choose the QR code drop-off option instead; the UPS Store staff scan the code on your phone and print the label for you. The machine doesn't need to be boxed in its original packaging for a drop-off, but it should be well padded.

Thanks,
Carla"""),
    ("logistics", "en", "en", [], "partial refund timing for returned accessory",
     """Hi Omar,

The refund for the returned extension table ($34.99) was issued on June 2 to the card used for order 111-7734190-8826054. Banks usually take 3 to 5 business days to post it. The sewing machine from the same order was not returned, so it is not part of this refund.

Best regards,
Ruth"""),
    ("logistics", "en", "en", [], "shipping to Canada; delivery time",
     """Hello Chloé,

Yes, this machine can ship to Canada. At checkout Amazon shows the shipping cost and any import charges for your postal code before you pay. Delivery to Quebec usually takes 6 to 10 business days after dispatch, and you will get a tracking number as soon as it ships.

Regards,
Ben"""),
    ("logistics", "en", "en", [], "wrong colour shipped; exchange shipment and free return",
     """Hi Victor,

I'm sorry, we sent the white LC-300 instead of the lavender one you ordered. A lavender unit shipped today (USPS 9405511899223371965548), and you can return the white one with the prepaid label from Your Orders at no cost. There is no rush; it's fine to send it back after the new one arrives.

Carla"""),
    ("logistics", "en", "en", [], "holiday delivery delay",
     """Hi Fiona, because of the public holiday on Monday, UPS will not deliver until Tuesday, May 27. Your order 114-8812057-4403196 is otherwise on schedule and the tracking number stays the same. Thank you for your patience. Ana"""),

    # ---------------- Simplified Chinese
    ("logistics", "zh", "hans", [], "tracking query",
     """张先生您好，

您的订单 113-5528107-3394021 已于昨天发出，承运商是 UPS，运单号 1Z8V47E20398812046。
目前物流信息显示预计本周五送达，包裹较重，派送时可能需要签收，请尽量安排家里有人。

小林"""),
    ("logistics", "zh", "hans", [], "address change before dispatch (near-miss 修改地址)",
     """刘女士您好：
您的订单还没有出库，我们已按您的要求把收货地址修改为新地址，并核对了收件人姓名和邮编。发货后亚马逊会发送新的物流通知给您。
周敏"""),
    ("logistics", "zh", "hans", [], "cancellation before dispatch (near-miss 取消/退款)",
     """您好，订单 111-2047719-6652380 尚未发货，我们已按您的要求取消。您的银行卡不会被扣款，预授权金额会在几个工作日内自动释放，您无需再做任何操作。——阿杰"""),
    ("logistics", "zh", "hans", [], "return process",
     """王先生您好，

退货请在亚马逊“我的订单”中找到这台缝纫机，点击“退换货”，选择合适的原因后即可获得预付退货标签。
请尽量使用原包装箱和泡沫内衬，并把脚踏控制器和电源线一起放进箱子。
承运商扫描包裹后，退款会原路退回到您的付款账户。

小林"""),
    ("logistics", "zh", "hans", [], "refund after return received",
     """陈女士您好：

您退回的包缝机今天已到达仓库，我们已为订单 112-6630918-2274015 办理全额退款 289.99 美元。具体到账时间取决于您的银行，通常为3至5个工作日。

周敏"""),
    ("logistics", "zh", "hans", [], "customs clearance delay",
     """您好，
您的包裹目前在日本海关清关，物流状态已经三天没有更新，这是正常的清关等待时间。
清关完成后会转交本地快递派送，届时运单号不变。
如果海关需要您提供身份信息，快递公司会直接联系您，请留意。
阿杰"""),
    ("logistics", "zh", "hans", [], "carrier pickup booking for return",
     """赵先生您好，退货的上门取件已预约在6月9日（周二）上午9点到下午5点之间。请把封好的箱子放在快递员方便拿到的地方，退货标签平贴在箱子顶部。包裹被扫描后，亚马逊会给您发邮件通知。小林"""),
    ("logistics", "zh", "hans", [], "lost parcel; reshipped",
     """孙女士您好：

很抱歉让您久等了。运单 TBA304918275213 自5月2日起一直停留在转运中心，我们已向承运商报失，并于今天免费为您重新发出一台。
新运单号：1Z8V47E20357719024，预计下周一送达。
如果原包裹之后又送到，您可以直接拒收，或在“我的订单”中申请退回。

周敏"""),
    ("logistics", "zh", "hans", [], "marked delivered but not received",
     """李先生您好，
物流记录显示订单 113-7719204-5561038 的包裹已于周一下午2点14分投递到前门。麻烦您先问问邻居，并看看楼下收发室或门卫处。有时快递会提前扫描签收，第二天才真正送到。
如果到周四仍未找到，请回复我们，我们会向承运商发起调查，并为您安排补发或退款。
阿杰"""),
    ("logistics", "zh", "hans", [], "duplicate order deleted on request (near-miss 删除重复订单)",
     """吴先生您好，

确实是同一时间下了两次单。按您的要求，我们已在发货前删除重复订单 113-4409127-8830562，只保留第一笔订单 113-4409127-8830155，您只会被扣款一次。

小林"""),
    ("logistics", "zh", "hans", [], "split shipment",
     """您好！
您的订单包含两件商品，分别从不同仓库发货。
缝纫机已于周六送达。
加宽台板单独通过 USPS 寄出，运单号 9400111899562837400917，预计周三送达。
周敏"""),

    # ---------------- Traditional Chinese
    ("logistics", "zh", "hant", [], "carrier delay (Traditional)",
     """林先生 您好：

由於颱風影響，物流公司暫停收件兩天，您的訂單 113-2286104-7739510 預計會晚三天出貨。出貨後亞馬遜會寄送追蹤編號給您，造成不便敬請見諒。

佩君 敬上"""),
    ("logistics", "zh", "hant", [], "address change before dispatch (Traditional; near-miss 修改)",
     """黃小姐您好，您的訂單尚未出貨，我們已依您的要求把收件地址修改為新的公司地址，收件人和電話也一併更新。出貨後亞馬遜會寄送新的物流通知。阿哲"""),
    ("logistics", "zh", "hant", [], "return refund (Traditional)",
     """吳先生 您好：
您退回的縫紉機已於今天送達倉庫，我們已為訂單 114-5527310-0938461 辦理全額退款。
退款會退回原付款方式，實際入帳時間依銀行作業約3到5個工作天。
佩君"""),
    ("logistics", "zh", "hant", [], "customs / import fees (Traditional)",
     """陳小姐您好：

您的包裹從美國寄往台灣，進口時可能需要繳納關稅與營業稅。結帳時支付的「進口費用押金」已包含這筆費用，若實際金額較低，亞馬遜會自動把差額退還給您，派送時不需要另外付款。

阿哲 敬上"""),
    ("logistics", "zh", "hant", [], "cancellation before dispatch (Traditional)",
     """張先生您好，
訂單 111-8830127-4452093 還沒有出貨，已經依照您的要求取消了。
您的信用卡不會被扣款，預先授權的金額會在幾個工作天內自動釋放。
佩君"""),

    # ---------------- mixed
    ("logistics", "mixed", "mixed", [], "bilingual tracking reply (English + Simplified)",
     """Hi Wei / 魏先生您好，

Your order 113-6601295-2847730 shipped today with UPS, tracking 1Z8V47E20366120584, estimated delivery Thursday.
您的订单今天已通过 UPS 发出，运单号 1Z8V47E20366120584，预计周四送达，包裹较重，派送时可能需要签收。

Thanks / 谢谢，
Mei"""),
    ("logistics", "mixed", "mixed", [], "bilingual return instructions (Traditional + English)",
     """黃小姐您好 / Hello Ms. Huang,

退貨請在亞馬遜「我的訂單」中申請，系統會提供預付退貨標籤，包裹掃描後退款會退回原付款方式。
To return the machine, start the return from Your Orders on Amazon; you will get a prepaid label, and the refund goes back to your original payment method once the package is scanned.

佩君 / Peggy"""),
]

# ---------- gen_free2.py
# Free-written replies, part 2: rewritten non-logistics replies (labels ["template-required"]).
# Tuple: (tag, lang, script, labels, note, text). The note names the nearest template.

TR = ["template-required"]

REWRITTEN = [
    ("rewritten", "en", "en", TR, "rewrites en/setup-threading; thread snapping, agent's own words",
     """Hi Jess,

When the thread snaps the moment you start sewing, nine times out of ten it was threaded with the presser foot down, so it never settled into the tension discs. Lift the foot, pull the thread out from the top (not back through the needle), and run it again. You should feel a slight drag as it passes the discs.

Also check that the spool cap matches the spool size; a cap that is too small lets the thread catch on the spool edge.

Let me know how it goes.
Ben"""),
    ("rewritten", "en", "en", TR, "rewrites en/tension-troubleshooting; heavily rewritten, prose",
     """Hello Ahmed, what you describe, a big nest of thread on the underside while the top looks fine, actually points to the top thread, even though the mess is on the bottom. The top thread is running without tension, so the hook pulls out long loops. Take the top thread out completely, raise the foot, rethread, and try a scrap seam at 4. If the nest is still there, send me a photo of the bobbin area with the cover off. Ruth"""),
    ("rewritten", "en", "en", TR, "rewrites en/app-pairing; router dual-band explanation",
     """Hey Lucy,

The app not finding the machine is almost always a Wi-Fi band issue. The LC-E20 can only join 2.4 GHz networks, and many home routers broadcast 2.4 and 5 GHz under a single name, so your phone may be sitting on 5 GHz.

Easiest fix: turn on your router's 2.4 GHz-only guest network (or split the bands in the router settings), join it with both the phone and the machine, then try the pairing again.

Cheers,
Mei"""),
    ("rewritten", "en", "en", TR, "rewrites en/warranty-info; warranty answer in own words",
     """Hi Mr. Lindqvist,

Good news: the grinding sound is coming from the motor area, and the motor on the LC-9100 is covered for five years from your purchase date, so you're well within the warranty. Could you send a short video with the sound on? Once we've heard it we'll decide whether a repair or a replacement makes more sense, and we'll set it up through Amazon.

Carla"""),
    ("rewritten", "en", "en", TR, "rewrites en/defect-replacement; apology and replacement, own words",
     """Hi Paul,

That's definitely not right, the handwheel should never lock up on a brand-new machine, and I'm sorry you've had to deal with it. I've set up a replacement through Amazon, so you'll see a new shipment in your orders shortly. Keep the faulty one until the new one is with you; Amazon will send the return label separately.

Jonah"""),
    ("rewritten", "en", "en", TR, "rewrites en/missing-part; missing bobbins, informal",
     """Hi Carmen, oh no, the bag of extra bobbins should definitely have been in the accessory box. Sorry about that! Four spare bobbins are coming to you free of charge. For now you can keep sewing with the one that's already in the machine; just wind it again when it runs out. Ana"""),
    ("rewritten", "en", "en", TR, "rewrites en/manual-request; manual sent, free wording",
     """Hello Frank,

Here you go: the full serger manual is attached. Differential feed is explained around page 19, with a small chart of which setting to use for knits versus wovens. The knife adjustment is on the page right after.

Mei"""),
    ("rewritten", "en", "en", TR, "rewrites en/fabric-needle-tips; leather advice not in any template",
     """Hi Dana,

Yes, the LC-120 handles thin garment leather, but not thick saddle leather. A few things that help:
- a leather (wedge point) needle, size 100/16
- a longer stitch, around 3.5 to 4 mm, so you don't perforate the leather
- the non-stick foot from the accessory bag so the leather glides
- clips instead of pins, because pin holes stay visible

Go slowly over seams and don't backstitch; tie the thread ends off by hand instead.

Ruth"""),
    ("rewritten", "en", "en", TR, "rewrites en/fabric-needle-tips; pre-sale product question (buttonholes)",
     """Hi there,

Yes, the LC-9100 makes one-step buttonholes. You slide the button into the back of the buttonhole foot, and the machine sizes the buttonhole to it automatically. There are 8 buttonhole styles, including keyhole and rounded ends, and it handles buttons up to about 1 inch.

Ben"""),
    ("rewritten", "en", "en", TR, "rewrites en/review-request; neutral review request in own words (not inducement)",
     """Hi Greta,

One small request from our side, only if you feel like it: after you've sewn a few projects on the LC-300, an honest write-up on its Amazon page, whatever your impression, would be useful to people who are still deciding.

Carla"""),
    ("rewritten", "en", "en", TR, "rewrites en/tension-troubleshooting; skipped stitches on knit, different problem",
     """Hi Noah,

Skipped stitches on T-shirt fabric usually mean the needle is the wrong type. A universal needle pushes knit fibres aside unevenly and the hook misses the loop. Switch to a stretch needle (75/11), use the lightning-bolt stretch stitch instead of a plain straight stitch, and don't pull the fabric as it feeds.

Regards,
Jonah"""),
    ("rewritten", "en", "en", TR, "rewrites en/defect-replacement; apology with full refund instead of replacement",
     """Dear Ms. Byrne,
I'm really sorry the screen went dark after only a week. That should not happen, and you shouldn't have to troubleshoot a brand-new machine.
We've refunded you in full through Amazon; you will see it on your card in a few days.
Please don't go to the trouble of sending it back.
Ruth"""),
    ("rewritten", "en", "en", TR, "rewrites en/setup-threading; bobbin winder, own words",
     """Hello Irene, if the bobbin winder doesn't start, the spindle probably isn't pushed all the way to the right. It has to click into place; that is what switches the needle off and lets the winder turn. Push it right until it clicks, press the foot pedal, and it will stop by itself when the bobbin is full. Then push it back to the left before sewing. Ana"""),
    ("rewritten", "en", "en", TR, "rewrites en/app-pairing; design transfer file format",
     """Hi Oscar,

The design is probably being rejected because of its format or size. The machine reads .LCE and .DST files up to 300 KB that fit inside the hoop you selected. Designs bought elsewhere often come as .PES; the app can convert those under Library > Import, and it will tell you if the design is larger than the hoop.

Best,
Mei"""),

    # ---------------- Simplified Chinese
    ("rewritten", "zh", "hans", TR, "rewrites zh/threading-setup; thread breaking, own words",
     """周女士您好，

一开始缝就断面线，大多是穿线的时候压脚没有抬起来，线没有进到夹线盘里。请先抬起压脚，把面线从上面整根抽出来，再重新穿一遍，经过夹线盘时能感觉到轻微的阻力就对了。另外线轴盖要选和线轴大小差不多的，太小的话线会卡在线轴边上。

有问题随时告诉我。
小林"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/tension-troubleshooting; bottom thread knots, heavily rewritten",
     """您好，您说的布底下一团乱线，其实问题通常不在底线，而在面线：面线没有张力，旋梭就会把它拉出长长的线圈。建议把面线整个拆掉，抬起压脚重新穿，再用碎布试缝一下。如果还是一样，请把梭床盖打开拍张照片发给我们看看。周敏"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/app-pairing; dual-band router",
     """孙先生您好！
应用一直搜不到机器，多半是Wi-Fi频段的问题。
这台刺绣机只能连2.4GHz，而很多家用路由器把2.4GHz和5GHz合成一个名字，手机可能连在5GHz上。
您可以在路由器设置里把两个频段分开，或者打开只有2.4GHz的访客网络，让手机和机器都连上去，再重新配对。
阿杰"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/warranty-info; warranty answer in own words",
     """刘先生您好：

您去年十月买的机器，电机保修是五年，所以这次电机异响完全在保修范围内。麻烦您拍一段带声音的视频发过来，我们听过之后再决定是维修还是直接换新，都会通过亚马逊来安排。

周敏"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/defect-refund; apology with replacement, own words",
     """您好，新机器手轮就卡死，这确实不应该发生，真的很抱歉让您碰上这种情况。我们已经通过亚马逊给您安排了换新，新机器的发货信息很快会出现在您的订单里。旧机器先别急着寄，等新机器到了再按亚马逊发的退货标签寄回就行。小林"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/missing-part; missing bobbins, informal",
     """陈小姐您好～配件盒里本来应该有一袋备用梭芯的，这次漏放了，真不好意思！我们马上免费给您寄四个过去。这几天您可以先用机器里装着的那个梭芯，用完了再重新绕线就可以。阿杰"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/review-request; neutral review request in own words (not inducement)",
     """张女士您好，

谢谢您的订购。等您用这台缝纫机做过几件作品之后，如果愿意的话，可以在亚马逊上写写您的真实感受，不论好坏，对其他买家都很有参考价值。

周敏"""),
    ("rewritten", "zh", "hans", TR, "rewrites en/fabric-needle-tips; stretch fabric advice in Chinese",
     """您好：
缝弹力针织布（比如T恤面料）时建议这样设置：
1）换成75/11号弹力针（圆头针），普通针容易跳针；
2）选用闪电形的弹力针迹，不要用普通直线针迹；
3）压脚压力调低一档，缝的时候不要拉扯布料，让送布牙自己送布。
先在碎布上试缝，效果满意再正式缝。
小林"""),
    ("rewritten", "zh", "hans", TR, "rewrites en/manual-request; Chinese manual sent, own words",
     """王先生您好，中文版说明书的电子版已经放在附件里了。您问的锁扣眼在第34页，有分步骤的图解；自动剪线的设置在第41页。阿杰"""),
    ("rewritten", "zh", "hans", TR, "rewrites zh/tension-troubleshooting; skipped stitches on thick fabric",
     """黄女士您好：

缝厚牛仔布时跳针，通常是针太细或者针已经弯了。请换一根100/16号的牛仔布专用针，针迹长度调到3.0左右，过厚接缝的时候用手转手轮慢慢过去，不要硬踩脚踏。另外上线也建议换成粗一点的牛仔线。

周敏"""),

    # ---------------- Traditional Chinese
    ("rewritten", "zh", "hant", TR, "rewrites zh-tw/serger-threading; serger thread breaking (Traditional)",
     """林小姐您好：

拷克機一直斷線，最常見的原因是穿線順序不對。一定要先穿兩條勾針線，最後才穿機針線；如果只是重新穿機針線，而勾針線沒有重穿，線還是會斷。建議把四條線全部剪掉，從上勾針開始依序重穿一次。

佩君"""),
    ("rewritten", "zh", "hant", TR, "rewrites zh-tw/motor-noise-troubleshooting; noise, own words (Traditional)",
     """吳太太您好，機器聲音突然變大，多半是梭床附近卡了線屑或缺油。您可以把針板拆下來用小刷子清一清，再在梭床滴一滴縫紉機油，空轉一下，通常聲音就會小很多。如果還是很吵，錄段影片給我們聽聽看。阿哲"""),
    ("rewritten", "zh", "hant", TR, "rewrites zh-tw/warranty-info; warranty answer (Traditional)",
     """陳先生您好：
您的機器是今年二月買的，主機保固三年，所以這次的問題在保固範圍內。
請拍一張故障部位的照片或一段影片回覆給我們，我們看過之後會透過亞馬遜幫您安排維修或換新。
佩君"""),
    ("rewritten", "zh", "hant", TR, "rewrites zh-tw/manual-request; manual in Traditional, own words",
     """王小姐您好，繁體中文版的說明書電子檔已經附在這封訊息裡了。換刺繡框的步驟在第18頁，第20頁還有刺繡框尺寸對照表，可以一起參考。阿哲"""),

    # ---------------- mixed
    ("rewritten", "mixed", "mixed", TR, "rewrites en/app-pairing; bilingual pairing advice",
     """Hi Amy / 您好，

The app can only see the machine on a 2.4 GHz network. Please split the 2.4 and 5 GHz bands on your router, or use a 2.4 GHz guest network, and pair again.
这台刺绣机只支持2.4GHz网络，请在路由器中把两个频段分开，或使用2.4GHz访客网络，然后重新配对。

Mei"""),
    ("rewritten", "mixed", "mixed", TR, "rewrites zh/threading-setup; Chinese reply to English buyer, with English explanation of the same tip",
     """Hello Kenji,

The loops under the fabric come from the top thread missing the tension discs. Raise the presser foot, rethread the top thread completely, and test on a scrap.
布料底下出现线圈，是因为面线没有进入夹线盘。请抬起压脚，把面线完整地重新穿一遍，再用碎布试缝。

小林 / Lin"""),
]

# ---------- gen_free3.py
# Free-written replies, part 3: logistics plus free non-logistics text, and content-policy violations.
# Tuple: (tag, lang, script, labels, note, text).

TR = ["template-required"]

MIXED_LOGISTICS = [
    ("mixed-logistics", "en", "en", TR, "tracking + free threading tip",
     """Hi Rosa,

Your machine shipped this morning with UPS, tracking 1Z8V47E20377264019, and should arrive on Wednesday.

One tip for when it arrives: always thread it with the presser foot raised, otherwise the thread skips the tension discs and you'll get loops underneath.

Ben"""),
    ("mixed-logistics", "en", "en", TR, "return started + free troubleshooting suggestion",
     """Hello Mr. Dubois,

I can see the return for order 113-2290448-6617305 has been started, and the prepaid label is in Your Orders.

Before you send it back, it might be worth trying one thing: the clicking you describe is often just a bent needle hitting the needle plate. Swap in a new needle and see if the noise stops. If it doesn't, go ahead with the return as planned.

Carla"""),
    ("mixed-logistics", "en", "en", TR, "replacement part shipped + usage advice",
     """Hi Yusuf,
The replacement bobbin case went out today by USPS, tracking 9400111899562837455091, arriving Friday.
When you fit it, make sure the little finger on the case sits in the notch at the top of the hook race, otherwise the needle will strike it.
Ana"""),
    ("mixed-logistics", "en", "en", TR, "address corrected + advice on first use",
     """Hi Bridget, we've corrected the street number on order 114-6628105-9931274 to 1214 before it shipped, so it should arrive on time on Thursday. When it arrives, start by winding a bobbin and sewing a few rows on scrap fabric with stitch 1 before trying the decorative stitches; it helps the machine and you settle in. Mei"""),
    ("mixed-logistics", "en", "en", TR, "customs info + voltage advice",
     """Hello Mr. Grant,

The order to the UK will ship via Amazon Global, and the import fees are collected at checkout, so nothing extra is due on delivery. Expect 7 to 10 business days.

Please note the LC-300 is a 120 V machine. In the UK you will need a step-down transformer rated at least 100 W; plugging it straight into a 230 V socket will burn out the motor.

Jonah"""),
    ("mixed-logistics", "en", "en", TR, "return refund processed + free advice for next time",
     """Hi Megan,

We received the returned machine and your refund of $179.99 was issued today.

For what it's worth, the puckering you mentioned on chiffon can usually be fixed by lowering the upper tension to about 2.5 and using a fine 60/8 needle, in case you try sheer fabrics again on another machine.

Ruth"""),
    ("mixed-logistics", "en", "en", TR, "delivery ETA + cold-weather unpacking advice",
     """Hi Olivia,

Your package is out for delivery today and the tracking shows an estimated arrival before 8 pm.

Since it has been sitting in a cold truck, let the machine reach room temperature for about an hour before switching it on; condensation on the circuit board can cause a false error on the display.

Best,
Ben"""),

    # ---------------- Simplified Chinese
    ("mixed-logistics", "zh", "hans", TR, "tracking + free threading tip",
     """何女士您好，

您的缝纫机今天上午已经通过 UPS 发出，运单号 1Z8V47E20380055127，预计周三送达。

收到后提醒您一点：穿面线时一定要先抬起压脚，不然线进不了夹线盘，布底下会出现线圈。

小林"""),
    ("mixed-logistics", "zh", "hans", TR, "return label + troubleshooting suggestion",
     """杨先生您好：
退货申请已经生效，预付退货标签可以在“我的订单”中打印。
寄回之前，建议您先试一下换一根新机针：您说的“哒哒”声常常是机针弯了碰到针板造成的。如果换针后还是有声音，再按原计划退货就可以。
周敏"""),
    ("mixed-logistics", "zh", "hans", TR, "cancellation + product advice (answers a usage question; no product recommendation)",
     """您好，订单 111-3390726-4482015 还没发货，已为您取消，不会扣款。顺便回答您之前的问题：LC-300 可以缝牛仔裤的裤脚，但最多四层牛仔布，请换用100/16号牛仔针，针迹长度调到3.0，过厚接缝时用手转手轮慢慢过去。阿杰"""),
    ("mixed-logistics", "zh", "hans", TR, "part reshipped + installation advice",
     """赵女士您好：

补发的梭壳今天已通过 USPS 寄出，运单号 9400111899562837470128，预计周五送达。

安装的时候请注意，梭壳上的小凸片要卡进旋梭轨道上方的缺口里，否则机针会撞到梭壳。

阿杰"""),
    ("mixed-logistics", "zh", "hans", TR, "refund + fabric advice",
     """钱女士您好，
退回的机器已经收到，289.99美元的退款今天已原路退回。
另外您之前问到雪纺起皱的问题：把面线张力调低到2.5左右，换用60/8号细针，一般就能改善，以后用其他机器缝薄料时也可以参考。
小林"""),
    ("mixed-logistics", "zh", "hant", TR, "delivery ETA + cold-weather advice (Traditional)",
     """許小姐您好：

包裹今天已經在配送中，預計晚上8點前送達。

因為運送途中溫度較低，收到後請讓機器在室溫下放置約一小時再開機，避免電路板上的水氣造成顯示錯誤。

佩君"""),
    ("mixed-logistics", "zh", "hant", TR, "address change + usage tip (Traditional)",
     """鄭先生您好，訂單出貨前已經把收件地址改好了，預計週四送達。拿到機器後建議先繞一個梭芯，用直線車縫在碎布上試幾排，再開始用花樣針跡，比較容易上手。阿哲"""),

    # ---------------- mixed
    ("mixed-logistics", "mixed", "mixed", TR, "bilingual: tracking + needle advice",
     """Hi Lena / 您好，

Your order shipped today, tracking 1Z8V47E20391174406, arriving Thursday. For the denim project you mentioned, use a 100/16 denim needle and a 3.0 mm stitch.
您的订单今天已发出，预计周四送达。缝牛仔布时建议使用100/16号牛仔针，针迹长度3.0毫米。

Mei"""),
]

VIOLATING = [
    ("violating", "en", "en", ["review-inducement", "template-required"],
     "five-star request with gating after troubleshooting",
     """Hi Chris,

Glad the tension tip fixed it! If you're happy with the machine, we'd love a 5-star review on Amazon. If anything isn't perfect, please message us first before leaving a review so we can make it right.

Ruth"""),
    ("violating", "en", "en", ["review-inducement", "template-required"],
     "free accessory offered for a review",
     """Hello Diane,

Thanks for the kind words about the LC-9100. Leave us an honest review and send us a screenshot, and we'll mail you a free walking foot as a thank-you.

Ben"""),
    ("violating", "en", "en", ["review-inducement", "template-required"],
     "asks to update a 1-star review after replacement",
     """Hi Mr. Walsh,

Now that the replacement machine has arrived and is working, would you consider updating your 1-star review to reflect how we resolved the problem? It would mean a lot to our small team.

Carla"""),
    ("violating", "en", "en", ["off-platform-contact", "template-required"],
     "troubleshooting reply pointing to an e-mail address",
     """Hi Elena,

The E7 error means the bobbin winder spindle is still pushed to the right. Slide it back to the left and restart the machine.

For faster help next time, email our technicians directly at help@loomcraft-support.com.

Jonah"""),
    ("violating", "en", "en", ["off-platform-contact"],
     "return refund offered via PayPal; logistics topic, so no template-required",
     """Hi Greg,

Instead of going through the Amazon return, you can just keep the machine and we'll refund you via PayPal. Please send us your PayPal email address and we'll process it today.

Ana"""),
    ("violating", "en", "en", ["marketing", "template-required"],
     "coupon code added to product advice",
     """Hi Lily,

For quilting cotton, a 90/14 needle and a 2.5 mm stitch work well, and sew slowly over the thick seam intersections.

By the way, use code STITCH15 for 15% off our 40-spool embroidery thread set this month!

Mei"""),
    ("violating", "en", "en", ["off-platform-contact"],
     "tracking sent as an http shortener link; logistics topic, so no template-required",
     """Hi Sean,

Your order has shipped. Follow the delivery here: http://bit.ly/lc-track-88213 . It should arrive on Tuesday.

Ben"""),

    # ---------------- Simplified Chinese
    ("violating", "zh", "hans", ["review-inducement", "template-required"],
     "好评返现",
     """您好！很高兴机器用得顺手。给个五星好评并截图发给我们，我们返现10美元作为感谢～
小林"""),
    ("violating", "zh", "hans", ["off-platform-contact", "template-required"],
     "WeChat handle offered for video troubleshooting",
     """您好，张力的问题文字不太好说清楚，您可以加我微信 loomcraft_kefu，我直接视频教您怎么调，几分钟就能弄好。
阿杰"""),
    ("violating", "zh", "hans", ["review-inducement", "template-required"],
     "gating: contact us before leaving a negative review",
     """王女士您好：
感谢您的耐心配合。如果您对机器满意，欢迎留下评价；如果有任何不满意，请先联系我们，不要直接留差评，我们一定会处理好。
周敏"""),
    ("violating", "zh", "hans", ["marketing", "template-required"],
     "new-product announcement and storefront push after advice",
     """您好，缝厚布建议用100/16号针。另外我们店铺刚刚上新了配套的压脚套装和专用缝纫线，现在购买立享八折，欢迎到我们的亚马逊店铺选购！
小林"""),
    ("violating", "zh", "hans", ["off-platform-contact"],
     "delivery coordination via WhatsApp number; logistics topic, so no template-required",
     """您好，您的包裹明天派送，为了方便快递联系，请加我们的 WhatsApp +86 138 2765 4410，我们会把派送时间发给您。
阿杰"""),

    # ---------------- Traditional Chinese
    ("violating", "zh", "hant", ["review-inducement", "template-required"],
     "asks to delete a negative review after refund (Traditional)",
     """林先生您好：

退款已經幫您處理好了，造成不便非常抱歉。不知道能否麻煩您把之前的負評刪除，或改成比較高的星等？對我們小店幫助很大，謝謝您。

佩君"""),
    ("violating", "zh", "hant", ["off-platform-contact"],
     "refund for a return via LINE Pay; logistics topic, so no template-required (Traditional)",
     """黃小姐您好，退貨不用透過亞馬遜那麼麻煩，您直接把機器寄回來，我們用 LINE Pay 退款給您，請提供您的 LINE ID。
阿哲"""),

    # ---------------- mixed
    ("violating", "mixed", "mixed", ["marketing", "review-inducement", "template-required"],
     "bilingual: sale announcement plus review content steering",
     """Hi Anna / 您好，

Our new embroidery hoop set is 30% off this weekend only. In your review, please mention how quiet the machine is!
我们新款刺绣框套装本周末七折，欢迎选购！写评论时请提一下机器很安静哦。

Mei"""),
]

# ---------- gen_main.py

# ======================================================================== generator
import difflib
import json
import os
import random
import re
import sys
import textwrap
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PLACEHOLDER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT_POLICIES = {"review-inducement", "off-platform-contact", "marketing"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

errors = []


def err(msg):
    errors.append(msg)


def fill(template_id, values):
    tpl = TEMPLATES[template_id].rstrip("\n")
    names = set(PLACEHOLDER.findall(tpl))
    missing = names - set(values)
    extra = set(values) - names
    if missing:
        err(f"{template_id}: placeholders not filled: {sorted(missing)}")
    if extra:
        err(f"{template_id}: values for unknown placeholders: {sorted(extra)}")
    for k, v in values.items():
        if not str(v).strip() or "{" in v or "}" in v:
            err(f"{template_id}: bad value for {k}: {v!r}")
    return PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), tpl)


def wrap_para(para, width, cjk):
    if cjk:
        # break after a Chinese punctuation mark once the line has reached `width` characters,
        # the way agents hard-wrap Chinese text (never inside an order id or model name)
        flat = "".join(line.strip() for line in para.split("\n"))
        lines, cur = [], ""
        for ch in flat:
            cur += ch
            if len(cur) >= width and ch in "，。；：、）":
                lines.append(cur)
                cur = ""
        if cur:
            lines.append(cur)
        return "\n".join(lines)
    flat = " ".join(line.strip() for line in para.split("\n"))
    return textwrap.fill(flat, width=width, break_long_words=False, break_on_hyphens=False)


def apply_edits(text, edits, where):
    for e in edits:
        if e[0] == "replace":
            _, old, new = e
            if text.count(old) != 1:
                err(f"{where}: edit target {old!r} occurs {text.count(old)} times")
                continue
            text = text.replace(old, new)
        elif e[0] in ("rewrap", "unwrap"):
            paras = text.split("\n\n")
            i = e[1]
            cjk = bool(CJK.search(paras[i]))
            if e[0] == "rewrap":
                paras[i] = wrap_para(paras[i], e[2], cjk)
            else:
                lines = [line.strip() for line in paras[i].split("\n")]
                joined = lines[0]
                for line in lines[1:]:
                    # Chinese joins without a space, except next to Latin letters or digits
                    both_cjk = cjk and not (joined[-1].isascii() or line[0].isascii())
                    joined += ("" if both_cjk else " ") + line
                paras[i] = joined
            text = "\n\n".join(paras)
        else:
            err(f"{where}: unknown edit {e[0]}")
    return text


def lang_ok(lang, text):
    cjk = len(CJK.findall(text))
    words = len(LATIN_WORD.findall(text))
    if lang == "en":
        return cjk == 0
    if lang == "zh":
        return cjk >= 20 and cjk > words
    if lang == "mixed":
        return cjk >= 15 and words >= 10
    return False


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def best_template(text):
    """Nearest template by difflib ratio over whitespace-normalised text (placeholders removed)."""
    best, score = None, 0.0
    for tid, tpl in TEMPLATES.items():
        t = norm(PLACEHOLDER.sub("", tpl))
        r = difflib.SequenceMatcher(None, norm(text), t, autojunk=False).ratio()
        if r > score:
            best, score = tid, r
    return best, score


def main():
    # ---- library
    lib = os.path.join(HERE, "library")
    for tid, tpl in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            err(f"bad template id {tid}")
        if not PLACEHOLDER.search(tpl):
            err(f"template {tid} has no placeholder")
        if "{{" in PLACEHOLDER.sub("", tpl) or "}}" in PLACEHOLDER.sub("", tpl):
            err(f"template {tid} has a malformed placeholder")
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(tpl)

    # ---- records
    recs = []
    for tid, values, edits, note in FILLS:
        if tid not in TEMPLATES:
            err(f"fill refers to unknown template {tid}")
            continue
        plain = fill(tid, values)
        text = apply_edits(plain, edits, tid)
        lang = "en" if tid.startswith("en/") else "zh"
        script = {"en": "en", "zh": "hans", "zh-tw": "hant"}[tid.split("/")[0]]
        recs.append({"tag": "filled-template", "lang": lang, "script": script, "labels": [],
                     "note": f"from {tid}; {note}", "text": text, "edited": bool(edits), "tid": tid,
                     "plain": plain})
    for group in (LOGISTICS, REWRITTEN, MIXED_LOGISTICS, VIOLATING):
        for tag, lang, script, labels, note, text in group:
            recs.append({"tag": tag, "lang": lang, "script": script, "labels": list(labels),
                         "note": note, "text": text, "edited": None, "tid": None})

    # deterministic shuffle so that ids do not reveal the category
    random.Random(16).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = f"t16-{i:03d}"

    # ---- validation
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    texts = [norm(r["text"]) for r in recs]
    for t, n in Counter(texts).items():
        if n > 1:
            err(f"duplicate text: {t[:60]!r}")
    for r in recs:
        where = r["id"] + " (" + r["tag"] + ")"
        if "{{" in r["text"] or "}}" in r["text"]:
            err(f"{where}: unfilled placeholder")
        if r["tag"] not in CATEGORIES:
            err(f"{where}: bad category")
        if not set(r["labels"]) <= POLICIES:
            err(f"{where}: unknown label {r['labels']}")
        if len(r["labels"]) != len(set(r["labels"])):
            err(f"{where}: repeated label")
        if not lang_ok(r["lang"], r["text"]):
            err(f"{where}: lang {r['lang']} does not fit the text")
        if "\n\n\n" in r["text"]:
            err(f"{where}: more than one blank line in a row")
        if r["tag"] in ("filled-template", "logistics") and r["labels"]:
            err(f"{where}: expected no labels")
        if r["tag"] in ("rewritten", "mixed-logistics") and r["labels"] != ["template-required"]:
            err(f"{where}: expected exactly template-required")
        if r["tag"] == "violating" and not (set(r["labels"]) & CONTENT_POLICIES):
            err(f"{where}: violating record without a content policy")
        m = re.match(r"(from|rewrites) ([a-z0-9/-]+);", r["note"])
        if r["tag"] == "filled-template":
            if not (m and m.group(1) == "from" and m.group(2) in TEMPLATES):
                err(f"{where}: note must start with 'from <template id>;'")
        if r["tag"] == "rewritten":
            if not (m and m.group(1) == "rewrites" and m.group(2) in TEMPLATES):
                err(f"{where}: note must start with 'rewrites <template id>;'")

    # ---- similarity report (sanity check only; not part of the labels)
    sims = {c: [] for c in CATEGORIES}
    for r in recs:
        best, score = best_template(r["text"])
        sims[r["tag"]].append(score)
        r["_best"], r["_score"] = best, score
        if r["tag"] == "filled-template" and best != r["tid"]:
            err(f"{r['id']}: nearest template is {best}, expected {r['tid']}")
        if r["tag"] == "filled-template":
            # size of the agent edits: edited reply vs. the same template with the same values
            r["_edit"] = difflib.SequenceMatcher(None, norm(r["text"]), norm(r["plain"]), autojunk=False).ratio()
            if r["_edit"] < 0.85:
                err(f"{r['id']}: agent edits too large ({r['_edit']:.2f})")
        if r["tag"] in ("rewritten", "mixed-logistics", "logistics") and score > 0.45:
            err(f"{r['id']}: free reply {score:.2f} similar to {best}; too close to a template")

    # ---- write
    out = os.path.join(HERE, "replies.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            obj = {"id": r["id"], "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                   "tags": [r["tag"]], "note": r["note"], "context": "reply"}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # ---- report
    print(f"templates: {len(TEMPLATES)}  " + "  ".join(
        f"{d}: {sum(1 for t in TEMPLATES if t.split('/')[0] == d)}" for d in ("en", "zh", "zh-tw")))
    print(f"replies: {len(recs)}")
    cols = ["en", "zh", "mixed"]
    print(f"{'category':18}" + "".join(f"{c:>7}" for c in cols) + f"{'zh-Hant':>9}{'total':>7}")
    for c in CATEGORIES:
        rows = [r for r in recs if r["tag"] == c]
        print(f"{c:18}" + "".join(f"{sum(1 for r in rows if r['lang'] == l):7}" for l in cols)
              + f"{sum(1 for r in rows if r['script'] == 'hant'):9}{len(rows):7}")
    print(f"{'total':18}" + "".join(f"{sum(1 for r in recs if r['lang'] == l):7}" for l in cols)
          + f"{sum(1 for r in recs if r['script'] == 'hant'):9}{len(recs):7}")
    fills = [r for r in recs if r["tag"] == "filled-template"]
    print("filled-template: edited reply vs. unedited fill, min ratio %.2f" % min(r["_edit"] for r in fills))
    print(f"filled-template: {sum(1 for r in fills if not r['edited'])} exact fills, "
          f"{sum(1 for r in fills if r['edited'])} with agent edits")
    lab = Counter(l for r in recs for l in r["labels"])
    print("labels: " + ", ".join(f"{k}={v}" for k, v in sorted(lab.items()))
          + f", none={sum(1 for r in recs if not r['labels'])}")
    print("difflib similarity to nearest template (min/max):")
    for c in CATEGORIES:
        s = sims[c]
        print(f"  {c:18} {min(s):.2f} / {max(s):.2f}")
    if errors:
        print(f"\nVALIDATION FAILED ({len(errors)}):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("validation: OK")


if __name__ == "__main__":
    main()
