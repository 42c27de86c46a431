#!/usr/bin/env python3
"""Write the t18 template library and replies.jsonl from the literals below, then validate."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")

TEMPLATES = {
"en/assembly_steps": """Hello {{buyer_name}},

Thank you for your message about order {{order_id}}. Here is how to assemble the desk frame:

1. Attach the two feet to the legs with the eight M6 bolts (bag A).
2. Slide the crossbeam between the legs and tighten the side screws by hand first.
3. Place the frame upside down on the desktop and fix it with the wood screws (bag B).
4. Connect the motor cables and the control box cable to the hand controller.
5. Plug in the power cord and hold the down button for 10 seconds to calibrate the lowest position.

If any step is unclear, please reply to this message and we will help.

Best regards,
{{seller_name}}
""",
"en/memory_presets": """Hi {{buyer_name}},

Here are a few tips for saving height presets on your {{product_name}}:

- Move the desk to the height you want.
- Press M, then press 1, 2 or 3 within five seconds to save it.
- Press the same number once to return to that height.
- To lock the keypad, hold M for three seconds until the display shows LOC.

Kind regards,
{{seller_name}}
""",
"en/error_codes": """Hello {{buyer_name}},

Order: {{order_id}}
Issue: the display shows {{error_code}}
Cause: the control box has lost its height reference, usually after a power cut or an unplugged cable.
Fix: check that every cable is firmly seated, then hold the down button until the desk lowers fully and beeps once. Release and wait five seconds.
If the code returns: please send us a short video of the keypad through this message thread.

{{seller_name}}
""",
"en/warranty": """Dear {{buyer_name}}, your {{product_name}} is covered by our {{warranty_years}}-year warranty on the frame and motors, counted from the delivery date of order {{order_id}}; if a covered part fails during this period we will send a replacement part or arrange a replacement through Amazon at no cost to you, and all we need is a short description of the problem and a photo or video showing it. Best regards, {{seller_name}}
""",
"en/defect_apology_replacement": """Dear {{buyer_name}},

We are very sorry that your {{product_name}} arrived with a defect. This is not the quality we aim for.

We have arranged a free replacement through Amazon for order {{order_id}}. If you would prefer a full refund instead, you can request it through your Amazon orders page and we will approve it promptly.

Again, our apologies for the trouble.

{{seller_name}}
""",
"en/missing_part": """Hi {{buyer_name}},

Sorry to hear that the {{part_name}} was missing from
your package. We have sent the missing part to the
address on order {{order_id}} at no charge, and it
should arrive within {{days}} business days. You can
keep assembling the rest of the desk in the meantime.

Thanks for your patience,
{{seller_name}}
""",
"en/manual": """Hi {{buyer_name}}, as requested, the user manual for your {{product_name}} is attached to this message as a PDF. Section 4 covers the keypad settings and section 6 the safety notes. — {{seller_name}}
""",
"en/review_request": """Hello {{buyer_name}},

Thank you for your order {{order_id}}. When you have had time to use your {{product_name}}, would you share your experience in a review on Amazon? Your honest opinion helps other customers choose.

Best wishes,
{{seller_name}}
""",
"zh/assembly_steps": """{{buyer_name}}您好：

感谢您的来信（订单号 {{order_id}}）。桌架安装步骤如下：

1. 用A袋中的8颗M6螺丝将两只桌脚固定在立柱上。
2. 将横梁装入两根立柱之间，先用手拧紧两侧螺丝。
3. 将桌面反放，把桌架放在桌面上，用B袋中的木螺丝固定。
4. 将电机线和控制盒线连接到手控器。
5. 接通电源，长按下降键10秒完成最低位置校准。

如有任何步骤不清楚，请直接回复本消息。

祝好，
{{seller_name}}
""",
"zh/wobble_fix": """您好 {{buyer_name}}，

桌子晃动通常可以通过以下方法改善：
• 重新拧紧横梁两端的螺丝，最好使用随附的六角扳手。
• 调节桌脚底部的水平脚垫，确保四个支点都着地。
• 桌面升到较高位置时晃动略有增加属于正常现象。
• 尽量让桌子靠墙摆放，并将重物放在桌面中间。

如果调整后仍明显晃动，请回复我们并附上一段视频。
{{seller_name}}
""",
"zh/warranty": """{{buyer_name}}您好，

关于您的保修咨询，说明如下：
订单号：{{order_id}}
保修期：桌架及电机自签收之日起 {{warranty_years}} 年
保修范围：非人为损坏的电机、控制盒、手控器及桌架故障
处理方式：免费寄送替换配件，或通过亚马逊为您安排换货
所需资料：问题描述及照片或视频

{{seller_name}} 敬上
""",
"zh/defect_refund": """{{buyer_name}}您好，非常抱歉您收到的{{product_name}}存在质量问题，给您带来了不便。我们已通过亚马逊为您的订单{{order_id}}办理全额退款，款项将按原支付方式退回，您无需退回商品。再次向您致歉。{{seller_name}}
""",
"zh/missing_part": """{{buyer_name}}您好：
很抱歉您的包裹中缺少{{part_name}}。我们已免费将缺少的配件寄往
订单{{order_id}}的收货地址，预计{{days}}个工作日内送达。在此期间
您可以先安装桌子的其他部分。
感谢您的耐心！
{{seller_name}}
""",
"zh-tw/error_codes": """{{buyer_name}}您好：

顯示器出現 {{error_code}} 代碼，通常是控制盒失去高度基準所致，常見於停電或線材鬆脫之後。

請依下列步驟重置：
1. 確認所有線材都已插緊。
2. 長按下降鍵，直到桌面降到最低並發出一聲嗶聲。
3. 放開按鍵，等待五秒後即可正常使用。

若代碼仍然出現，請透過此訊息傳送一段手控器的影片給我們。

{{seller_name}} 敬上
""",
"zh-tw/memory_presets": """{{buyer_name}}您好，以下是{{product_name}}記憶高度的設定方式：
- 將桌面調整到想要的高度。
- 按下 M 鍵，並在五秒內按 1、2 或 3 儲存。
- 之後按一下相同數字即可回到該高度。
- 長按 M 鍵三秒，顯示 LOC 即可鎖定按鍵。
祝使用愉快！{{seller_name}}
""",
"zh-tw/defect_replacement": """親愛的{{buyer_name}}：

非常抱歉您收到的{{product_name}}有瑕疵，這不是我們應有的品質。

我們已透過亞馬遜為訂單 {{order_id}} 安排免費換貨。若您希望改為全額退款，也可以在亞馬遜訂單頁面提出申請，我們會盡快核准。

再次向您致歉。
{{seller_name}}
""",
"zh-tw/manual": """{{buyer_name}}您好，依照您的要求，{{product_name}}的使用說明書已以 PDF 附加於本訊息中。第 4 章說明按鍵設定，第 6 章為安全注意事項。{{seller_name}} 敬上
""",
}

S_EN = "Mia, UpRise Desk Support"
S_EN2 = "The UpRise Desk Team"
S_ZH = "UpRise 客服小林"
S_TW = "UpRise 客服團隊"

# (template id, values, [(old, new), ...] small agent edits applied after filling, lang, note)
FILLED = [
 ("en/assembly_steps", dict(buyer_name="Sarah", order_id="114-3829104-5527813", seller_name=S_EN), [], "en", "verbatim fill"),
 ("en/assembly_steps", dict(buyer_name="Mr. Patel", order_id="112-0048271-9931640", seller_name=S_EN2),
  [("If any step is unclear, please reply to this message and we will help.", "If any step is unclear, just reply here and we'll help right away.")], "en", "one sentence reworded"),
 ("en/memory_presets", dict(buyer_name="Daniel", product_name="UpRise Pro 55-inch desk", seller_name=S_EN), [], "en", "verbatim fill"),
 ("en/memory_presets", dict(buyer_name="Ms. Okafor", product_name="standing desk", seller_name=S_EN2),
  [("Hi Ms. Okafor,", "Good morning Ms. Okafor,")], "en", "greeting changed"),
 ("en/error_codes", dict(buyer_name="Tom", order_id="113-5521907-2240186", error_code="E01", seller_name=S_EN), [], "en", "verbatim fill, label lines"),
 ("en/error_codes", dict(buyer_name="Lena", order_id="113-7710345-0092871", error_code="RST", seller_name=S_EN2),
  [("Order: 113-7710345-0092871\n", "")], "en", "agent dropped the Order label line"),
 ("en/warranty", dict(buyer_name="James", product_name="UpRise dual-motor frame", warranty_years="5", order_id="111-2093847-6610293", seller_name=S_EN), [], "en", "single-paragraph template"),
 ("en/warranty", dict(buyer_name="Priya", product_name="L-shaped standing desk", warranty_years="3", order_id="114-6652018-3390417", seller_name=S_EN2),
  [("Best regards,", "Many thanks,")], "en", "sign-off changed"),
 ("en/defect_apology_replacement", dict(buyer_name="Chris", product_name="desk frame", order_id="112-8830192-4471025", seller_name=S_EN), [], "en", "verbatim fill"),
 ("en/defect_apology_replacement", dict(buyer_name="Olivia", product_name="walnut desktop", order_id="113-2219384-7756102", seller_name=S_EN2),
  [("This is not the quality we aim for.", "This is not the quality we aim for, and we appreciate you letting us know.")], "en", "clause appended"),
 ("en/missing_part", dict(buyer_name="Ben", part_name="crossbeam bolt bag", order_id="111-4409182-3357729", days="3", seller_name=S_EN), [], "en", "hard-wrapped lines kept"),
 ("en/missing_part", dict(buyer_name="Grace", part_name="hand controller", order_id="114-9920173-1148390", days="5", seller_name=S_EN2),
  [("missing from\nyour package. We have sent the missing part to the\naddress on order 114-9920173-1148390 at no charge, and it\nshould arrive within 5 business days. You can\nkeep",
    "missing from your package. We have sent the missing part to the address on order 114-9920173-1148390 at no charge, and it should arrive within 5 business days. You can keep")],
  "en", "agent re-flowed the hard-wrapped paragraph into one line"),
 ("en/manual", dict(buyer_name="Kevin", product_name="UpRise Pro desk", seller_name=S_EN), [], "en", "inline greeting and sign-off"),
 ("en/manual", dict(buyer_name="Hannah", product_name="corner standing desk", seller_name=S_EN2),
  [("Section 4 covers", "Section 4 explains")], "en", "one word changed"),
 ("en/review_request", dict(buyer_name="Mark", order_id="112-3371920-5580214", product_name="standing desk", seller_name=S_EN), [], "en", "neutral review request template"),
 ("en/review_request", dict(buyer_name="Julia", order_id="113-0092716-8843301", product_name="UpRise Lite desk", seller_name=S_EN2),
  [("Best wishes,", "Thanks again,")], "en", "sign-off changed"),
 ("zh/assembly_steps", dict(buyer_name="王女士", order_id="114-3829104-5527813", seller_name=S_ZH), [], "zh", "verbatim fill"),
 ("zh/assembly_steps", dict(buyer_name="李先生", order_id="112-6620491-0037218", seller_name=S_ZH),
  [("如有任何步骤不清楚，请直接回复本消息。", "如有任何步骤不清楚，欢迎直接回复本消息，我们会尽快协助。")], "zh", "closing sentence extended"),
 ("zh/wobble_fix", dict(buyer_name="张先生", seller_name=S_ZH), [], "zh", "bulleted tips"),
 ("zh/wobble_fix", dict(buyer_name="刘女士", seller_name=S_ZH), [("• ", "- ")], "zh", "bullet glyphs changed to hyphens"),
 ("zh/warranty", dict(buyer_name="陈先生", order_id="111-7730218-4495102", warranty_years="5", seller_name=S_ZH), [], "zh", "label lines"),
 ("zh/warranty", dict(buyer_name="赵女士", order_id="113-1185920-6672043", warranty_years="3", seller_name=S_ZH), [], "zh", "label lines"),
 ("zh/defect_refund", dict(buyer_name="周先生", product_name="电动升降桌", order_id="114-2207381-9910462", seller_name=S_ZH), [], "zh", "single paragraph"),
 ("zh/defect_refund", dict(buyer_name="孙女士", product_name="升降桌桌面", order_id="112-5539102-7728830", seller_name=S_ZH),
  [("再次向您致歉。", "再次向您致歉，感谢您的理解。")], "zh", "closing extended"),
 ("zh/missing_part", dict(buyer_name="吴先生", part_name="手控器", order_id="113-8840127-2206619", days="5", seller_name=S_ZH), [], "zh", "hard-wrapped"),
 ("zh/missing_part", dict(buyer_name="郑女士", part_name="M6螺丝包", order_id="111-0029381-5563204", days="3", seller_name=S_ZH), [], "zh", "hard-wrapped"),
 ("zh-tw/error_codes", dict(buyer_name="林先生", error_code="E01", seller_name=S_TW), [], "zh", "Traditional; numbered steps"),
 ("zh-tw/error_codes", dict(buyer_name="黃小姐", error_code="E07", seller_name=S_TW),
  [("請依下列步驟重置：", "請依照下列步驟重置：")], "zh", "Traditional; one character added"),
 ("zh-tw/memory_presets", dict(buyer_name="陳先生", product_name="電動升降桌", seller_name=S_TW), [], "zh", "Traditional; bullets with inline greeting"),
 ("zh-tw/defect_replacement", dict(buyer_name="許小姐", product_name="升降桌", order_id="114-6610293-3029184", seller_name=S_TW), [], "zh", "Traditional"),
 ("zh-tw/defect_replacement", dict(buyer_name="蔡先生", product_name="桌架", order_id="112-4471920-8830115", seller_name=S_TW),
  [("再次向您致歉。", "再次向您致歉，謝謝您的耐心。")], "zh", "Traditional; closing extended"),
 ("zh-tw/manual", dict(buyer_name="楊小姐", product_name="升降桌", seller_name=S_TW), [], "zh", "Traditional; single line"),
]

# free replies: (category, lang, text, labels, note)
LOG, REW, MIX, VIO = "logistics", "rewritten", "mixed-logistics", "violating"
TR = "template-required"
FREE = [
 # ---------------- logistics (labels []) ----------------
 (LOG, "en", "Hi Sarah, your order 114-3829104-5527813 shipped yesterday with UPS. The tracking number is 1Z999AA10123456784 and the carrier shows delivery on Friday.", [], "shipping status reply"),
 (LOG, "en", "Hello, I'm sorry the package is late. The carrier reports a weather delay at its Memphis hub, and the new estimated delivery date is March 14. If it has not arrived by March 17, reply here and we will chase it with the carrier.", [], "delay"),
 (LOG, "en", "Done: we have updated the shipping address on order 112-0048271-9931640 to 42 Elm Street, Apt 3B, Springfield. The package had not left our warehouse yet, so it will go straight to the new address.", [], "address change"),
 (LOG, "en", "We have cancelled the duplicate order you asked us to cancel (113-5521907-2240186). You will not be charged for it.", [], "cancellation on request"),
 (LOG, "en", "You can return the desk within 30 days. Please start the return from Your Orders on Amazon, pick a reason and print the prepaid label. Because the box weighs over 30 kg, the carrier will collect it from your door.", [], "return how-to"),
 (LOG, "en", "We received your returned desk on May 2 and the refund of $389.99 was issued today to your original payment method. It usually appears within 3-5 business days.", [], "refund of a return"),
 (LOG, "en", "Your package is being held by Canadian customs for import processing. Duties were prepaid at checkout through Amazon, so nothing is owed on delivery; clearance usually takes 2-4 business days.", [], "customs"),
 (LOG, "en", "The freight carrier will phone you to book a delivery slot for your desk. Deliveries are curbside, Monday to Friday between 8 am and 5 pm.", [], "heavy-item delivery scheduling; no number given"),
 (LOG, "en", "Your order ships in two boxes, one with the frame and one with the desktop. The second box has tracking number 1Z999AA10123456791 and should arrive one day after the first.", [], "split shipment"),
 (LOG, "en", "Tracking shows the package was delivered to the front porch at 2:14 pm. Please check with neighbours and your building's mailroom. If you still cannot find it within 48 hours, let us know and we will open a trace with the carrier.", [], "delivered not received"),
 (LOG, "en", "A new prepaid label has been issued for your return. You can print it from Your Orders > Return or replace items, and drop the box at any UPS location.", [], "return label"),
 (LOG, "en", "Your order has already shipped, so we can no longer cancel it. You can refuse the delivery or return it after it arrives, and the refund will be processed as soon as the carrier scans it back into our warehouse.", [], "cancel after shipment"),
 (LOG, "zh", "您好，您的包裹昨天已发出，承运商为UPS，追踪号1Z999AA10123456784，预计周五送达。", [], "shipping status"),
 (LOG, "zh", "您好，非常抱歉包裹延误了。物流信息显示因天气原因在转运中心滞留，新的预计送达日期为3月14日，如17日前仍未收到请回复我们。", [], "delay"),
 (LOG, "zh", "已按您的要求将订单112-6620491-0037218的收货地址修改为上海市浦东新区张江路88号。包裹尚未出库，会直接寄往新地址。", [], "address change"),
 (LOG, "zh", "已按您的要求取消重复订单113-1185920-6672043，您不会被扣款。", [], "cancellation"),
 (LOG, "zh", "我们已于5月2日收到您退回的商品，退款389.99美元已原路退回，一般3-5个工作日到账。", [], "refund of return"),
 (LOG, "zh", "您的包裹目前正在海关清关，进口关税已在下单时通过亚马逊预付，收货时无需额外支付，清关一般需要2-4个工作日。", [], "customs"),
 (LOG, "zh", "如需退货，请在亚马逊“我的订单”中申请退货并打印预付退货标签。商品属于大件，承运商会上门取件。", [], "return how-to"),
 (LOG, "mixed", "您好，追踪信息显示“Out for delivery”，包裹今天会送达，请留意门口。", [], "Chinese reply quoting English carrier status"),
 (LOG, "zh", "您好，您的訂單已於昨天出貨，追蹤號碼為 1Z999AA10123456808，預計週五送達。", [], "Traditional; shipping"),
 (LOG, "zh", "已依照您的要求將收件地址更改為台北市信義區松仁路100號，包裹尚未出貨。", [], "Traditional; address"),
 (LOG, "zh", "我們已收到您退回的商品，退款已退回原付款方式，約3-5個工作天入帳。", [], "Traditional; refund of return"),
 (LOG, "zh", "您的包裹目前在海關清關中，進口稅費已於下單時透過亞馬遜預付，通常需要2-4個工作天。", [], "Traditional; customs"),
 (LOG, "zh", "訂單已經出貨，無法再取消。您可以拒收包裹，或收到後透過亞馬遜申請退貨，倉庫收到退貨後即會處理退款。", [], "Traditional; cancel after shipment"),
 # ---------------- rewritten (free non-logistics) ----------------
 (REW, "en", "Hi Sarah, no problem! Start by bolting the feet onto the legs, then fit the crossbeam, flip the frame onto the top and screw it down. Once the controller is wired up, plug it in and keep the down key pressed for about ten seconds so it learns its lowest point.", [TR], "close paraphrase of en/assembly_steps, not the template text"),
 (REW, "en", "The desk stops halfway up because the anti-collision sensor is set too sensitive. Hold the up and down keys together for 5 seconds and choose sensitivity level 1.", [TR], "troubleshooting, no template"),
 (REW, "en", "Yes, the motors are covered for five years. Just send us a photo and we'll ship you a new motor.", [TR], "warranty answered in own words"),
 (REW, "en", "The desktop is 25 mm E1 particle board with a melamine finish, and the frame holds up to 80 kg spread evenly.", [TR], "product spec question"),
 (REW, "en", "Yes, the frame fits desktops from 120 to 180 cm wide. You will need to drill your own pilot holes for the wood screws.", [TR], "compatibility"),
 (REW, "en", "A light hum while the desk moves is normal. A clicking sound usually means the crossbeam screws have worked loose, so please tighten them and tell us if it continues.", [TR], "noise troubleshooting"),
 (REW, "en", "So sorry the desktop came cracked! I'll get a new one out to you, and there's no need to send the old one back.", [TR], "defect apology written freely (judgement: remedy for a defect is not logistics)"),
 (REW, "en", "I've attached the manual again. The wiring diagram is on page 7.", [TR], "manual sent in own words"),
 (REW, "en", "To clean the desktop, use a damp cloth with a little mild soap. Avoid alcohol-based cleaners, which can dull the finish.", [TR], "care tip"),
 (REW, "mixed", "Hi Anna, the child lock is on. Hold M for 3 seconds to unlock it.\n您好，儿童锁已开启，长按M键3秒即可解锁。", [TR], "bilingual free reply"),
 (REW, "zh", "您好，桌子晃的话，先把横梁螺丝重新拧紧，再调一下脚垫让四个脚都着地。升得越高稍微晃一点是正常的。", [TR], "paraphrase of zh/wobble_fix"),
 (REW, "zh", "您好，显示E01是因为控制盒丢了高度记忆，把桌子降到底，一直按住下降键到嘀一声就好了。", [TR], "error code, free text (Simplified)"),
 (REW, "zh", "亲，我们的电机保修五年哦，有问题随时发照片给我们，免费给您换新。", [TR], "warranty free text"),
 (REW, "zh", "您好，这款桌子最大承重80公斤，双电机，升降速度约每秒38毫米。", [TR], "spec"),
 (REW, "zh", "非常抱歉给您添麻烦了，桌面有划痕的话我们给您补发一块新桌面，旧的不用退回。", [TR], "defect remedy free text"),
 (REW, "zh", "您好，手控器沒有反應的話，請先檢查電源線與控制盒的連接，再把電源拔掉一分鐘後重新插上。", [TR], "Traditional; troubleshooting"),
 (REW, "zh", "您好，桌面建議用微濕的布擦拭，避免使用酒精類清潔劑。", [TR], "Traditional; care tip"),
 (REW, "zh", "記憶高度很簡單：先調到想要的高度，按M再按數字鍵就存好了。", [TR], "Traditional; paraphrase of zh-tw/memory_presets"),
 (REW, "zh", "说明书已经发给您了，接线图在第7页。", [TR], "manual, short free text"),
 (REW, "en", "Glad to hear the new keypad fixed it! Enjoy the desk, and let us know if anything else comes up.", [TR], "short follow-up, non-logistics"),
 # ---------------- mixed-logistics ----------------
 (MIX, "en", "Your replacement shipped today via FedEx, tracking 771234567890, and should arrive Thursday. Meanwhile, you can clear the E01 error by holding the down button until the desk beeps.", [TR], "tracking + troubleshooting tip"),
 (MIX, "en", "We've updated your address to 17 Oak Lane, Portland. By the way, the desk stores three presets: press M, then 1, 2 or 3.", [TR], "address + usage tip"),
 (MIX, "en", "The return label is ready in Your Orders. Before you pack it up, though, try tightening the crossbeam screws, which usually stops the wobble.", [TR], "return + troubleshooting"),
 (MIX, "en", "Tracking shows delivery tomorrow. Once it arrives, remember to calibrate the desk by holding the down key for 10 seconds.", [TR], "delivery + setup"),
 (MIX, "en", "Your refund for the returned desk was issued this morning. If you have a moment, we'd also appreciate hearing what you thought of the desk in a review.", [TR], "refund + free neutral review request (not from the review template)"),
 (MIX, "en", "We've cancelled order 111-2093847-6610293 as requested. To answer your other question, the frame's height range is 62 to 127 cm.", [TR], "cancellation + spec"),
 (MIX, "zh", "您的包裹已发出，追踪号1Z999AA10123456822，预计周四送达。收到后如果桌子晃动，可以先调节桌脚的脚垫。", [TR], "shipping + tip"),
 (MIX, "zh", "已为您修改收货地址。另外提醒一下，安装时横梁螺丝先不要完全拧紧，全部装好后再统一拧紧。", [TR], "address + assembly tip"),
 (MIX, "zh", "退款已原路退回。顺便提醒，控制盒显示E01时长按下降键即可复位。", [TR], "refund + troubleshooting"),
 (MIX, "zh", "包裹目前在海關清關中，約需2-4個工作天。收到後建議先將桌子降到最低做一次校準。", [TR], "Traditional; customs + setup"),
 (MIX, "zh", "您的訂單已出貨，追蹤號碼 1Z999AA10123456839。另外，我們的桌架電機提供五年保固。", [TR], "Traditional; shipping + warranty statement"),
 (MIX, "mixed", "Your package is out for delivery today.\n收到后请先长按下降键10秒完成校准。", [TR], "bilingual; delivery + setup"),
 # ---------------- violating ----------------
 (VIO, "en", "If you love your new desk, please leave us a 5-star review!", ["review-inducement", TR], "five-star ask + gating"),
 (VIO, "en", "We'll refund $20 to your card as soon as you post a review of the desk.", ["review-inducement", TR], "incentive"),
 (VIO, "en", "Now that the motor issue is fixed, could you please update or remove your 1-star review?", ["review-inducement", TR], "change/remove review"),
 (VIO, "en", "For faster help with assembly, message us on WhatsApp at +1 415 555 0134.", ["off-platform-contact", TR], "off-platform support"),
 (VIO, "en", "Your order shipped today. Track it at http://bit.ly/3xYtrk or email shipping@uprisedesks.com with any delivery questions.", ["off-platform-contact"], "logistics content, so no template-required; shortener + email"),
 (VIO, "en", "Use code DESK15 for 15% off a matching monitor arm on our website.", ["marketing", "off-platform-contact", TR], "coupon + buy off Amazon"),
 (VIO, "zh", "亲，给个五星好评，截图发给我们返现10美元哦！", ["review-inducement", TR], "好评返现"),
 (VIO, "zh", "问题解决了的话，麻烦您把差评删掉或者改成好评，谢谢！", ["review-inducement", TR], "remove/change review"),
 (VIO, "zh", "安装有问题可以加我们微信 uprise_desk，视频指导更方便。", ["off-platform-contact", TR], "WeChat handle"),
 (VIO, "zh", "本週末全館8折，歡迎再次選購我們的螢幕支架！", ["marketing", TR], "Traditional; promotion"),
 (VIO, "zh", "您的包裹已发出，预计周五送达。下次购买使用优惠码SAVE10立享9折！", ["marketing", TR], "logistics + coupon sentence (non-logistics free text)"),
]

PH = re.compile(r"\{\{([a-z_]+)\}\}")

def fill(tid, vals):
    t = TEMPLATES[tid]
    names = set(PH.findall(t))
    assert names == set(vals), (tid, names ^ set(vals))
    return PH.sub(lambda m: vals[m.group(1)], t)

def main():
    errs = []
    # library
    for tid, body in TEMPLATES.items():
        p = os.path.join(LIB, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(body)
        if not PH.search(body): errs.append(f"{tid}: no placeholder")
        if re.search(r"\{\{(?![a-z_]+\}\})|(?<!\})\}\}(?!\})", body.replace("{{", "\x00{{")) and "{{" not in body:
            errs.append(f"{tid}: bad braces")
        if tid.split("/")[0] not in ("en", "zh", "zh-tw"): errs.append(f"{tid}: bad dir")
        if tid.startswith("zh-tw/") and re.search("[这们说书对后开关东车长门见]", body):
            errs.append(f"{tid}: simplified character in Traditional template")
    recs = []
    for tid, vals, edits, lang, note in FILLED:
        text = fill(tid, vals)
        for old, new in edits:
            if old not in text: errs.append(f"{tid}: edit target not found: {old[:30]!r}")
            text = text.replace(old, new)
        recs.append(("filled-template", lang, text.rstrip("\n"), [], f"{tid}; {note}"))
    recs += FREE
    out = []
    for i, (cat, lang, text, labels, note) in enumerate(recs, 1):
        out.append({"id": f"t18-{i:03d}", "text": text, "labels": labels, "lang": lang,
                    "tags": [cat], "note": note, "context": "reply"})
    # validation
    seen = set()
    for r in out:
        cat = r["tags"][0]
        if "{{" in r["text"] or "}}" in r["text"]: errs.append(f"{r['id']}: unfilled placeholder")
        if r["text"] in seen: errs.append(f"{r['id']}: duplicate text")
        seen.add(r["text"])
        if r["lang"] not in ("en", "zh", "mixed"): errs.append(f"{r['id']}: lang")
        has_cjk = bool(re.search(r"[\u4e00-\u9fff]", r["text"]))
        has_lat = bool(re.search(r"[A-Za-z]{4,}", re.sub(r"https?://\S+|\S+@\S+", "", r["text"])))
        if r["lang"] == "en" and has_cjk: errs.append(f"{r['id']}: CJK in en")
        if r["lang"] == "zh" and not has_cjk: errs.append(f"{r['id']}: no CJK in zh")
        if r["lang"] == "mixed" and not (has_cjk and has_lat): errs.append(f"{r['id']}: mixed not mixed")
        tr = TR in r["labels"]
        if cat in ("filled-template", "logistics") and r["labels"]: errs.append(f"{r['id']}: {cat} must be unlabelled")
        if cat in ("rewritten", "mixed-logistics") and r["labels"] != [TR]: errs.append(f"{r['id']}: {cat} must be [template-required]")
        if cat == "violating" and not [l for l in r["labels"] if l != TR]: errs.append(f"{r['id']}: violating needs a content policy")
        for l in r["labels"]:
            if l not in (TR, "review-inducement", "off-platform-contact", "marketing"): errs.append(f"{r['id']}: label {l}")
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = collections.Counter(r["tags"][0] for r in out)
    langs = collections.Counter(r["lang"] for r in out)
    trad = sum(1 for r in out if "Traditional" in r["note"] or "zh-tw/" in r["note"])
    pos = sum(1 for r in out if TR in r["labels"])
    print("templates:", len(TEMPLATES), dict(collections.Counter(t.split('/')[0] for t in TEMPLATES)))
    print("replies:", len(out), dict(cats))
    print("langs:", dict(langs), "traditional:", trad)
    print("template-required positives:", pos, "negatives:", len(out) - pos)
    if errs:
        print("VALIDATION ERRORS:", *errs, sep="\n  ")
        sys.exit(1)
    print("validation OK")

if __name__ == "__main__":
    main()
