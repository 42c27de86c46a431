# -*- coding: utf-8 -*-
"""Approved template library of templates-holdout74 (imported by gen.py). Every text was written for this set.

Seller (invented): Strathlift Workspace, electric standing desks, desk frames, monitor arms and cable trays.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()   # id -> text (with {{placeholders}})
TMETA = OrderedDict()       # id -> (lang, topic)


def T(tid, lang, topic, body):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = body.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ----------------------------------------------------------------------------- English (9)
T("en/setup/assembly", "en", "product help: assembling the frame and fixing the top", """
Hello {{buyer_name}},

Thanks for writing to us about putting your {{product}} together. Most people finish in about an hour, and the only tool you need besides the Allen keys in the hardware pack is a Phillips screwdriver. Lay the tabletop face down on the flattened carton so it does not get scratched while you work.

Start by sliding the crossbar into the two side brackets and setting its width to match the holes under your top. Bolt the legs to the brackets next, then fix the feet, and only then screw the whole frame to the underside of the top. Leave every bolt slightly loose until the frame is square, then tighten them all.

Plug each leg cable and the keypad cable into the control box before you turn the desk upright, because the ports are much easier to reach from below. Ask someone to help you flip it over; the frame alone weighs more than it looks.

Best regards,
{{agent_name}}
Strathlift Customer Care
""")

T("en/setup/height-presets", "en", "product help: storing and using memory heights on the keypad", """
Hi {{buyer_name}},

Happy to explain the memory buttons on your {{desk}}. Raise or lower the desk to the height you want, press M, and while the display blinks press 1, 2, 3 or 4. The display stops blinking to show that the height has been stored.

To go to a saved height, press its number once. If you prefer the desk to move only while you hold a button down, hold M for five seconds until the display shows S-1, then press the up arrow once; doing the same again switches back to one-touch mode.

You can also switch the display between inches and centimetres by holding the up and down arrows together for three seconds and choosing the unit with the arrows.

Kind regards,
{{agent_name}}
Strathlift Customer Care
""")

T("en/troubleshoot/error-codes", "en", "troubleshooting: an error code on the keypad and the reset routine", """
Hello {{buyer_name}},

I'm sorry your {{desk}} has stopped and is showing {{error_code}} on the keypad. In most cases the control box has simply lost track of where the legs are, and a reset brings it back.

To reset, hold the down arrow until the desk reaches its lowest point, let go, then press and hold the down arrow again for about ten seconds. The desk will dip a little further, rise slightly and beep once. After that, the keypad works normally.

If the code returns straight away, switch off the power at the wall, check that each leg cable is pushed fully into the control box, wait one minute and switch it back on. Should the code still be there after that, send us a short video of the keypad and the legs in this conversation so we can look into it.

Regards,
{{agent_name}}
Strathlift Customer Care
""")

T("en/troubleshoot/keypad-lock", "en", "troubleshooting: a keypad that does not respond (child lock, power)", """
Hi {{buyer_name}},

Thanks for letting us know the keypad on your {{desk}} is not responding. The most common reason is the child lock, which turns itself on after ten minutes without use and shows LOC on the display.

To unlock it, hold the M button for about three seconds until LOC disappears. If you would rather turn the automatic lock off altogether, hold M and the down arrow together for five seconds while the display is unlocked.

If the display stays dark, please check that the power cable is firmly in both the wall socket and the control box, and try another socket, as some power strips switch off their outlets. Let us know in this thread what you see, and we will help with the next step.

Best wishes,
{{agent_name}}
Strathlift Customer Care
""")

T("en/arm/tension", "en", "product help: setting the gas-spring tension of a monitor arm", """
Hello {{buyer_name}},

Thanks for your question about the {{arm}}. If the screen drifts down or springs back up after you let go, the gas spring tension needs to be matched to the weight of your monitor, which the arm cannot do on its own.

Find the tension screw at the elbow joint and turn it with the larger Allen key from the box. Turning it towards the plus sign makes the arm stronger for heavier screens; turning it towards the minus sign suits lighter ones. Make a few full turns at a time and test after each one. It takes many turns to go from one end of the range to the other, so do not worry if the change seems small at first.

Please always adjust the tension with the monitor fitted. Releasing the spring with no weight on it can make the arm rise suddenly.

Kind regards,
{{agent_name}}
Strathlift Customer Care
""")

T("en/tray/install", "en", "how-to: mounting a cable tray under the desk", """
Hi {{buyer_name}},

Here is how to fit the {{tray}} under your desk. Mark the position first: centre the tray near the back edge, about two inches in from it, so it stays clear of the legs and the crossbar when the desk moves. Then drive the four short wood screws through the brackets into the underside of the top.

Run the cables along the tray and leave some slack in any cable that goes from the desk to the floor, so nothing is pulled tight when you raise the desk to its full height. Lay the power strip in the tray with its switch facing out, so you can reach it without bending down.

Please do not load the tray with more than {{tray_load}} spread along its length. If your tabletop is thinner than five eighths of an inch, use the shorter screws from the spare bag so that they do not come through the top.

All the best,
{{agent_name}}
Strathlift Customer Care
""")

T("en/warranty/claim", "en", "warranty: what is covered and what we need to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. The frame is covered for {{frame_years}} and the motors, control box and keypad for {{motor_years}} from the date of delivery, against factory defects in parts or assembly that show up in ordinary use.

The warranty does not include scratches or dents from assembly, damage from loading the desk beyond its rated capacity, or faults caused by changes to the wiring or by parts from other makers.

We have opened warranty case {{case_id}} for order {{order_id}}. To help us decide on a repair or a replacement part, please answer here with a description of the fault, a photo of the label under the control box, and a short video if the desk makes a noise or stops.

Yours sincerely,
{{agent_name}}
Strathlift Customer Care
""")

T("en/apology/wobble", "en", "apology and explanation: a desk that wobbles at standing height", """
Hello {{buyer_name}},

I'm sorry that your {{desk}} wobbles more than you expected when it is raised. It is frustrating to be typing at a standing height and watch the screen shake.

Some movement at the top of the range is normal for any desk on telescoping legs, because the legs are at their longest there and the overlap between the sections is smallest. Several things make it much steadier: tightening the bolts between the legs and the crossbar once more after the first week, turning the levelling feet so that all four touch the floor, and pushing the desk back so it does not sit on the edge of a rug.

If the desk still rocks after you have tried these, please tell us the height you work at and send a short clip of the movement. We will then look at whether a part needs to be replaced.

With apologies,
{{agent_name}}
Strathlift Customer Care
""")

T("en/review/neutral-request", "en", "a neutral invitation to review (at most once per order)", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling in well in your workspace. When you have a spare minute, you can share your experience of it in a review on the Amazon product page.

Every review, whatever it says, helps other shoppers decide whether the product suits them, and it shows us what we should improve.

Thank you,
{{agent_name}}
Strathlift Customer Care
""")

# ----------------------------------------------------------------------------- Simplified Chinese (5)
T("zh/setup/reset", "zh", "升降桌的复位操作", """
{{buyer_name}}，您好：

关于{{desk}}需要复位的问题，操作步骤如下。请先按住向下键，让桌面降到最低点后松开；然后再次按住向下键约十秒，桌面会先略微下沉，再轻轻上升，并发出一声提示音，表示复位完成。

复位过程中请不要松手，也不要在桌面上放重物。如果中途松开，请从第一步重新开始。

复位以后，原来保存的记忆高度可能会被清除，需要重新设置一次。如果复位后仍然无法升降，请在本对话中告诉我们控制器上显示的代码。

{{agent_name}}
Strathlift 客服部
""")

T("zh/arm/vesa", "zh", "显示器支架的 VESA 孔距、承重与夹具安装", """
{{buyer_name}}，您好：

感谢您咨询{{arm}}的安装问题。请先查看显示器背面是否有四个呈正方形排列的螺丝孔，孔距为七十五毫米或一百毫米即可直接安装；如果显示器背面是弧形的，请使用包装内较长的螺丝和垫圈。

每条支臂可承受的显示器重量为二到八公斤。安装前请先称一下显示器（不含底座）的重量，超出这个范围时，气弹簧无法把屏幕稳定在想要的位置。

夹具适用于厚度一到八点五厘米的桌面。如果桌面后方有横梁或线槽，请把夹具装在避开它们的位置，并确认升降时支架不会碰到墙面。

祝您使用愉快！
{{agent_name}}
Strathlift 客服部
""")

T("zh/warranty/claim", "zh", "保修范围及处理保修所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的{{product}}，桌架享有{{frame_years}}保修，电机、控制盒和控制器享有{{motor_years}}保修，自签收之日起计算，涵盖正常使用中出现的材料和做工问题。

以下情况不在保修范围内：安装过程中造成的划痕或磕碰、超过额定承重使用造成的损坏、自行改动线路或使用其他品牌配件导致的故障。

本次保修案例编号为 {{case_id}}，对应订单 {{order_id}}。请在本对话中简要说明故障情况，并附上控制盒底部标签的照片；如果桌子有异响或中途停止，请再拍一段短视频。

{{agent_name}}
Strathlift 客服部
""")

T("zh/apology/motor-noise", "zh", "升降时电机声音大的致歉与说明", """
{{buyer_name}}，您好：

非常抱歉{{desk}}升降时的声音给您带来了困扰。在安静的书房里，电机的声音确实会比在办公室里明显。

电机工作时发出均匀的嗡嗡声是正常的，一般在五十分贝以下，和平时说话的音量差不多。如果声音在某个高度突然变大，或者出现咔哒声、摩擦声，通常是桌腿和横梁之间的螺丝松了，或者两条桌腿的高度不一致。建议您先把所有螺丝重新拧紧，再按说明书做一次复位。

如果处理后声音仍然异常，请录一段升降过程的视频发给我们，我们会进一步判断是否需要更换电机。

再次向您致歉。
{{agent_name}}
Strathlift 客服部
""")

T("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 中的{{product}}已经顺利投入使用。如果您有时间，欢迎在亚马逊商品页面写一条评论，分享您的真实使用感受。

无论评价内容如何，都能帮助其他买家做出选择，也能让我们知道哪里还需要改进。

谢谢您！
{{agent_name}}
Strathlift 客服部
""")

# ----------------------------------------------------------------------------- Traditional Chinese (4)
T("zh-tw/setup/anti-collision", "zh-tw", "防撞功能與靈敏度設定", """
{{buyer_name}} 您好：

關於{{desk}}的防撞功能，說明如下。桌子在升降途中碰到障礙物時，會自動停止並往反方向退回約兩公分，以免夾傷或撞壞物品。

如果桌子在沒有碰到任何東西的情況下也常常停下來，可能是靈敏度設得太高，例如桌上放了較重的螢幕或主機時。調整方法是：同時按住 M 鍵和向上鍵五秒，螢幕會顯示目前的等級，再用上下鍵選擇 1 到 3 級，數字越大越靈敏，最後按 M 鍵儲存。

我們建議不要把防撞功能完全關閉，尤其是家中有小孩或寵物的時候。

祝 平安順利
{{agent_name}}
Strathlift 客服中心
""")

T("zh-tw/frame/top-size", "zh-tw", "桌架搭配自備桌板：尺寸與鑽孔", """
{{buyer_name}} 您好：

關於{{frame}}搭配自備桌板的問題，這款桌架可以調整寬度，適用寬度 120 到 200 公分、深度 60 到 80 公分的桌板。桌板厚度建議至少 2.5 公分，太薄的話螺絲容易穿透或鬆脫。

安裝前請先把桌架倒放在桌板背面，把橫樑拉到適合的寬度，讓兩側支架距離桌板邊緣大致相同，再用鉛筆標出螺絲孔的位置。實木桌板請先用 3 毫米的鑽頭預先鑽孔，以免木頭裂開；密集板則可以直接鎖上。

如果您的桌板是不規則形狀或有轉角，請把尺寸告訴我們，我們會協助確認是否合適。

祝 工作愉快
{{agent_name}}
Strathlift 客服中心
""")

T("zh-tw/tray/load", "zh-tw", "線槽的承重與安裝位置", """
{{buyer_name}} 您好：

謝謝您詢問{{tray}}的承重。這款線槽平均分佈時最多可以放 {{tray_load}}，足夠放一條延長線、變壓器和幾條充電線；請不要把筆電或主機放在線槽裡。

安裝時請盡量靠近桌板後緣，並和桌腳、橫樑保持一點距離，避免桌子升降時互相碰撞。從桌上接到地面的電線請留一段餘裕，桌子升到最高時才不會被拉扯。

如果桌板太薄，請改用備用袋中較短的螺絲，以免螺絲尖端從桌面冒出來。

祝 使用順手
{{agent_name}}
Strathlift 客服中心
""")

T("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

希望您在訂單 {{order_id}} 購買的{{product}}用起來一切順利。方便的時候，歡迎到亞馬遜的商品頁面留下評論，寫下您實際使用的心得。

不論內容是什麼，您的分享都能幫助其他買家判斷這項商品是否適合自己，也讓我們了解還有哪些地方可以做得更好。

謝謝您
{{agent_name}}
Strathlift 客服中心
""")
