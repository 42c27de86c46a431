#!/usr/bin/env python3
"""t36: hand-labelled held-out test set for the `template-required` check.

Source of truth. `python3 gen.py` runs the self-checks and, only if all of them
pass, rewrites library/, replies.jsonl and README.md next to this file.
Standard library only. Every shop, person, order id, tracking number, case id,
handle, domain and phone number below is invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_LABELS = {"template-required", "review-inducement", "off-platform-contact", "marketing"}
LANGS = {"en", "zh", "mixed"}
CATEGORIES = ["fill-exact", "fill-edited", "fill-plus-logistics", "logistics", "free",
              "rewritten", "mixed-logistics", "violation"]
PH = re.compile(r"\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}")

# ---------------------------------------------------------------------------
# Templates (approved library). id -> (topic, text)
# ---------------------------------------------------------------------------
T = {}
TOPIC = {}


def template(tid, topic, text):
    assert tid not in T, tid
    T[tid] = text.strip("\n")
    TOPIC[tid] = topic


template("en/assembly/desk-frame", "assembly help: desk frame steps", """\
Hello {{buyer_name}},

Thank you for your message about assembling the {{desk_model}} frame. These steps usually sort out the most common assembly snags:

1. Attach both feet to the legs first, using the four M8 bolts from bag A in each foot.
2. Set the crossbar to the width of your desktop before fitting the legs, then tighten the two side knobs.
3. Slide the legs onto the crossbar ends and fix them with the M6 screws from bag B. Leave them slightly loose until all screws are in.
4. Place the frame upside down on the desktop, line up the pre-drilled holes and fasten it with the wood screws from bag C.
5. Plug both motor cables and the keypad cable into the control box before turning the desk upright.

If a step does not line up as described, please reply here with a photo of that step and we will take it from there.

Best regards,
{{agent_name}}
Brightfold Workspace""")

template("en/controller/error-code", "desk controller error code + reset", """\
Hi {{buyer_name}},

The code {{error_code}} on your {{desk_model}} keypad means: {{error_meaning}}.

Please try the reset below, which clears this code in most cases:
- Unplug the desk from the wall for 30 seconds, then plug it back in.
- Check that both motor cables and the keypad cable are pushed fully into the control box.
- Press and hold the DOWN button until the desk reaches its lowest position, keep holding for another 10 seconds, and release it after the beep.

If {{error_code}} comes back after the reset, reply with the moment it appears (while raising, while lowering, or at rest) and we will suggest the next step.

Kind regards,
{{agent_name}}""")

template("en/controller/hot-pause", "desk controller HOT (thermal pause)", """\
Dear {{buyer_name}},

When the keypad of your {{desk_model}} shows HOT, the motors have paused to protect themselves from overheating. This is a safety feature, not a fault.

The motors are designed for about 2 minutes of movement followed by 18 minutes of rest. After a long series of adjustments, leave the desk for around 20 minutes and HOT will clear on its own; the desk then works normally again.

Saving your sitting and standing heights to the memory buttons 1 to 4 helps avoid repeated small adjustments.

Sincerely,
{{agent_name}}""")

template("en/warranty/claim-intake", "warranty claim: case opened, evidence needed", """\
Hello {{buyer_name}},

I am sorry to hear about the problem with your {{product}}. It is covered by our warranty, and I have opened warranty case {{case_id}} for order {{order_id}}.

To assess the claim, please reply in this message thread with:
- a photo or short video showing the problem,
- a photo of the label under the desktop or seat with the serial number,
- a short description of when the problem started.

Once we have these, we will confirm the remedy within two business days.

Best regards,
{{agent_name}}
Brightfold Workspace Support""")

template("en/hardware/missing-apology", "missing hardware apology", """\
Dear {{buyer_name}},

Please accept our apologies: your package should have included {{quantity}} x {{part}} from hardware bag {{bag}}, and we understand how frustrating it is to stop halfway through assembly.

We have noted the missing item on your order. You do not need to return anything, and you can safely continue with the other assembly steps that do not use this part.

Thank you for your patience.

{{agent_name}}
Brightfold Workspace""")

template("en/review/neutral-request", "neutral review request (once per order)", """\
Hello {{buyer_name}},

Thank you for your order {{order_id}}. Now that your {{product}} has been in use for a little while, would you share your experience in a review on Amazon? Honest reviews help other shoppers choose the right setup for their workspace.

Kind regards,
{{agent_name}}
Brightfold Workspace""")

template("en/specs/desk-capacity", "weight capacity of a desk", """\
Hi {{buyer_name}},

The {{desk_model}} is rated for a total load of {{capacity_lb}} lb ({{capacity_kg}} kg) on the desktop. This figure covers everything the desk lifts: monitors, monitor arms, a computer, speakers and any other items on the surface.

For smooth, quiet movement and a long motor life, keep heavy items near the centre of the desktop and stay comfortably below the rating rather than right at it.

Best regards,
{{agent_name}}""")

template("en/monitor-arm/tension", "monitor arm capacity and gas-spring tension", """\
Hello {{buyer_name}},

Each arm of the {{arm_model}} supports a screen of {{weight_range}} and up to {{max_size}} inches.

If the monitor slowly sinks after you position it, the gas spring needs more tension:
* Tilt the arm to its highest position first; adjusting under load is harder.
* Turn the tension screw at the elbow joint clockwise with the 4 mm hex key from the kit, half a turn at a time.
* Check the position after each half turn. If the monitor now rises on its own, turn back anticlockwise a little.

If your screen is lighter than the minimum weight, the arm will keep pushing it upward even at the lowest tension setting.

Regards,
{{agent_name}}""")

template("en/manual/pointer", "manual pointer (page and section)", """\
Hi {{buyer_name}},

You will find this explained on page {{page}} of the {{product}} manual, in the section "{{section}}". A copy of the manual is also available on the Amazon product page under "Product guides and documents".

Best regards,
{{agent_name}}""")

template("en/chair/adjustment", "chair adjustment advice", """\
Hi {{buyer_name}},

Thanks for asking how to set up your {{chair_model}}. A good starting point:

- Seat height: lift the lever on the right until your feet rest flat on the floor with your knees at about hip level.
- Seat depth: slide the seat so there are two to three finger widths between the front edge and the back of your knees.
- Lumbar support: move the backrest pad up or down until it sits in the curve of your lower back.
- Armrests: set them so your shoulders stay relaxed and your elbows rest at roughly 90 degrees.
- Recline tension: turn the knob under the seat clockwise for a firmer recline and anticlockwise for a lighter one.

Give each setting a day or two; small changes often make the biggest difference.

Best wishes,
{{agent_name}}""")

template("en/keyboard-tray/mounting", "keyboard tray mounting check", """\
Hi {{buyer_name}},

The {{tray_model}} mounts to the underside of your desktop with the track supplied. Before drilling, please check:

1. The desktop is at least 3/4 inch (19 mm) thick, so the wood screws do not come through the top.
2. There is a clear, flat strip of {{track_length}} from front to back, away from the crossbar and the control box.
3. The front of the track sits 1 to 2 inches back from the desk edge, so the tray can slide fully underneath.

On the {{desk_model}}, the space between the two legs is wide enough for the track when it is centred.

Kind regards,
{{agent_name}}""")

template("zh/controller/error-code", "升降桌控制器错误代码 + 重置", """\
{{buyer_name}}，您好！

您的{{desk_model}}手控器显示的 {{error_code}} 表示：{{error_meaning}}。

请按以下步骤重置，大多数情况下可以消除该代码：
1. 拔下电源插头，等待30秒后重新插上。
2. 检查两根电机线和手控器线是否已完全插入控制箱。
3. 长按“下降”键，直到桌面降到最低位置，继续按住约10秒，听到“嘀”声后松开。

如果重置后仍出现 {{error_code}}，请在本对话中告诉我们它是在上升、下降还是静止时出现的，我们会给出下一步建议。

{{agent_name}}
Brightfold Workspace 客服""")

template("zh/assembly/desk-frame", "桌架安装要点", """\
{{buyer_name}}，您好！

关于{{desk_model}}桌架的安装，请参考以下要点：

第一步：先用A袋中的M8螺栓把两只脚座固定在桌腿上，每只脚座四颗。
第二步：安装桌腿之前，先把横梁拉伸到与桌面相同的宽度，再拧紧两侧旋钮。
第三步：把桌腿套在横梁两端，用B袋中的M6螺丝固定，全部螺丝装上之前先不要拧死。
第四步：把桌架倒放在桌面背面，对准预留孔位，用C袋中的木螺丝固定。
第五步：把两根电机线和手控器线插入控制箱后，再把桌子翻正。

如果某一步对不上，请在本对话中发一张该步骤的照片，我们会继续协助您。

祝好！
{{agent_name}}""")

template("zh/warranty/claim", "保修申请：已建工单，请提供资料", """\
{{buyer_name}}，您好！

很抱歉您的{{product}}出现了问题。该问题在保修范围内，我们已为订单 {{order_id}} 建立保修工单 {{case_id}}。

为了尽快处理，请直接在本对话中回复以下资料：
・问题部位的照片或短视频；
・桌面或座椅底部带序列号的标签照片；
・问题开始出现的大致时间和情况。

收到资料后，我们会在两个工作日内确认处理方案。

{{agent_name}}
Brightfold Workspace 售后""")

template("zh/review/neutral-request", "中性邀评（每个订单一次）", """\
{{buyer_name}}，您好！

感谢您购买{{product}}（订单号 {{order_id}}）。使用一段时间后，如果方便，欢迎您在亚马逊商品页面分享真实的使用体验，您的评价能帮助其他买家选择适合自己的办公设备。

{{agent_name}}
Brightfold Workspace""")

template("zh/specs/capacity", "升降桌承重", """\
{{buyer_name}}，您好！

{{product}}的额定承重为{{capacity_kg}}公斤（约{{capacity_lb}}磅），这个数值包括桌面上的所有物品，例如显示器、显示器支架、电脑主机和其他配件。

为了升降平稳、延长电机寿命，建议把较重的物品放在桌面中间，并让总重量留有一定余量，不要长期满载使用。

{{agent_name}}""")

template("zh/hardware/missing-apology", "缺少五金配件致歉", """\
{{buyer_name}}，您好！

非常抱歉，您的包裹中本应有{{bag}}号五金袋里的{{part}}共{{quantity}}个，给您的安装带来了不便。

我们已在您的订单上登记了缺少的配件，您无需退回任何东西。在此期间，不需要用到该配件的其他安装步骤可以照常进行。

感谢您的耐心！
{{agent_name}}""")

template("zh-tw/chair/adjustment", "辦公椅調整建議", """\
{{buyer_name}} 您好：

以下是{{chair_model}}的基本調整方式，提供您參考：

・座椅高度：拉起右側把手，調到雙腳可平放地面、膝蓋約與髖部同高。
・座深：前後移動座墊，讓座墊前緣與膝蓋後方之間留約兩到三指寬。
・腰靠：上下移動腰靠，使其貼合下背部的弧度。
・扶手：調整到肩膀放鬆、手肘約呈九十度的高度。
・後仰力道：座墊下方的旋鈕順時針轉為較緊，逆時針轉為較鬆。

每項調整建議先使用一兩天再微調，通常小幅度的改變效果最明顯。

{{agent_name}} 敬上""")

template("zh-tw/controller/reset", "升降桌控制器重新設定", """\
{{buyer_name}} 您好：

{{desk_model}}的控制器可以依照下列步驟重新設定：

1. 拔掉電源插頭，等待30秒後再插回。
2. 確認兩條馬達線與控制面板的線材都已完全插入控制盒。
3. 長按「下降」鍵，直到桌面降到最低點，再繼續按住約10秒，聽到「嗶」一聲後放開。

完成後，升降桌會重新記錄最低高度，之前儲存的記憶高度需要重新設定。

{{agent_name}} 敬上""")

template("zh-tw/manual/pointer", "說明書頁碼指引", """\
{{buyer_name}} 您好：

這部分在{{product}}說明書第{{page}}頁的「{{section}}」章節有詳細說明。說明書的電子版也可以在亞馬遜商品頁面的「產品指南與文件」中找到。

{{agent_name}} 敬上""")

template("zh-tw/warranty/coverage", "保固範圍說明", """\
{{buyer_name}} 您好：

{{product}}的保固自送達日起計算：桌架保固{{frame_years}}年，馬達、控制盒與控制面板保固{{electronics_years}}年。

保固範圍為正常使用下的材料或製造瑕疵，不包括以下情況：
・一般使用造成的外觀磨損；
・超過額定承重使用所造成的損壞；
・自行改裝或拆解電子零件。

如需申請保固，請直接在此對話中告訴我們問題狀況，我們會協助您處理。

{{agent_name}} 敬上""")

template("zh-tw/monitor-arm/capacity", "螢幕支架承重與尺寸", """\
{{buyer_name}} 您好：

{{arm_model}}每支手臂可承載重量{{weight_range}}、尺寸最大{{max_size}}吋的螢幕。

如果螢幕重量低於最低承重，即使把彈簧力道調到最小，手臂仍會往上彈；如果超過最高承重，螢幕則會慢慢下沉。請在購買螢幕前確認重量（不含底座）。

{{agent_name}} 敬上""")


def tlang(tid):
    return "zh-tw" if tid.startswith("zh-tw/") else tid.split("/")[0]


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
class BuildError(Exception):
    pass


def render(tid, vals):
    names = set(PH.findall(T[tid]))
    if names != set(vals):
        raise BuildError(f"{tid}: values {sorted(vals)} do not match placeholders {sorted(names)}")
    return PH.sub(lambda m: vals[m.group(1)], T[tid])


def edit(text, *pairs):
    """Apply (old, new) replacements; each old must occur exactly once."""
    for old, new in pairs:
        if text.count(old) != 1:
            raise BuildError(f"edit: {old!r} occurs {text.count(old)} times")
        text = text.replace(old, new)
    return text


def hardwrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*]|\d+\.)\s+)", line)
        indent = " " * len(m.group(1)) if m else ""
        out.append(textwrap.fill(line, width, subsequent_indent=indent))
    return "\n".join(out)


def cjk_wrap(text, width):
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


REPLIES = []


def add(cat, lang, text, labels=(), tags=(), note="", src=None, vals=None, exact=False):
    REPLIES.append({
        "cat": cat, "lang": lang, "text": text.strip("\n"), "labels": list(labels),
        "tags": [cat] + list(tags), "note": note, "src": src, "vals": vals, "exact": exact,
    })


def fill_exact(tid, vals, lang, tags=(), note=""):
    add("fill-exact", lang, render(tid, vals), [], tags, f"{tid}: {note}" if note else f"{tid}: exact fill",
        src=tid, vals=vals, exact=True)


def fill_edited(tid, vals, text, lang, tags=(), note=""):
    add("fill-edited", lang, text, [], tags, f"{tid}: {note}", src=tid, vals=vals)


TR = "template-required"
RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

# ---------------------------------------------------------------------------
# 1. Filled templates, exact (expected: no finding)
# ---------------------------------------------------------------------------
V = {}  # named value sets reused by edited fills

fill_exact("en/assembly/desk-frame", {"buyer_name": "Leonie", "desk_model": "LiftLine Duo SD-48",
                                      "agent_name": "Marisol Okafor"}, "en")
fill_exact("en/controller/error-code", {
    "buyer_name": "Mr. Haldane", "error_code": "E07", "desk_model": "LiftLine Duo SD-60",
    "error_meaning": "the two legs have drifted out of sync by more than 10 mm, so the desk has stopped to protect the frame",
    "agent_name": "Declan Hurst"}, "en", ["long-values"],
    "exact fill; error_meaning is a 100-character clause")
fill_exact("en/controller/hot-pause", {"buyer_name": "Priyanka", "desk_model": "LiftLine Solo SD-40",
                                       "agent_name": "Yusuf Brandt"}, "en")
fill_exact("en/warranty/claim-intake", {
    "buyer_name": "Mr. Abernathy-Kowalczyk",
    "product": "LiftLine Duo SD-60 Electric Standing Desk, 60 x 30 Inch Dual Motor Height Adjustable Sit Stand Desk with 4 Memory Presets, Child Lock and Anti-Collision, Walnut Finish Top",
    "order_id": "113-5820374-9916402", "case_id": "BW-W-40218", "agent_name": "Marisol Okafor"},
    "en", ["long-values"], "exact fill; product is the full 170-character Amazon title")
fill_exact("en/hardware/missing-apology", {"buyer_name": "Tobias", "quantity": "4",
                                           "part": "M6 x 12 mm flat-head screws", "bag": "B",
                                           "agent_name": "Declan Hurst"}, "en")
fill_exact("en/review/neutral-request", {"buyer_name": "Carmen", "order_id": "114-2097561-3380145",
                                         "product": "Heronback C-60 mesh office chair",
                                         "agent_name": "Yusuf Brandt"}, "en", ["review-request"],
           "exact fill of the neutral review request; allowed once per order, no ledger in play")
fill_exact("en/specs/desk-capacity", {"buyer_name": "Jun", "desk_model": "LiftLine Duo SD-48",
                                      "capacity_lb": "265", "capacity_kg": "120",
                                      "agent_name": "Marisol Okafor"}, "en")
fill_exact("en/monitor-arm/tension", {"buyer_name": "Ms. Farrow", "arm_model": "ArcReach MA-2 dual monitor arm",
                                      "weight_range": "4.4 to 19.8 lb (2 to 9 kg)", "max_size": "32",
                                      "agent_name": "Declan Hurst"}, "en")
fill_exact("en/manual/pointer", {"buyer_name": "Anders", "page": "14", "product": "LiftLine Duo SD-48",
                                 "section": "Memory presets and child lock", "agent_name": "Yusuf Brandt"}, "en")
fill_exact("en/chair/adjustment", {"buyer_name": "Nadia", "chair_model": "Saltmarsh C-40 task chair",
                                   "agent_name": "Marisol Okafor"}, "en")
fill_exact("en/keyboard-tray/mounting", {"buyer_name": "Gabriel", "tray_model": "GlideShelf KT-26",
                                         "track_length": "26 inches (66 cm)", "desk_model": "LiftLine Solo SD-40",
                                         "agent_name": "Declan Hurst"}, "en")
fill_exact("en/manual/pointer", {
    "buyer_name": "Dr. Ramaswamy-Ellington", "page": "22-23", "product": "ArcReach MA-2 dual monitor arm",
    "section": "Routing cables through the arm and adjusting the tilt, swivel and rotation limits for portrait mode",
    "agent_name": "Marisol Okafor"}, "en", ["long-values", "short-template"],
    "exact fill; the section title (100 characters) is longer than the template's fixed text per line")

fill_exact("zh/controller/error-code", {
    "buyer_name": "王先生", "desk_model": "LiftLine Duo SD-48", "error_code": "E12",
    "error_meaning": "控制箱检测不到其中一个电机，通常是电机线没有插紧或插错了接口", "agent_name": "顾明哲"}, "zh")
fill_exact("zh/assembly/desk-frame", {"buyer_name": "李女士", "desk_model": "LiftLine Solo SD-40",
                                      "agent_name": "宋佳怡"}, "zh")
fill_exact("zh/warranty/claim", {
    "buyer_name": "赵先生",
    "product": "LiftLine 双电机电动升降桌 152×76厘米 胡桃木纹桌面 四组记忆高度 儿童锁 防碰撞回弹（SD-60）",
    "order_id": "112-7734019-2208561", "case_id": "BW-W-41033", "agent_name": "何晓岚"},
    "zh", ["long-values"], "exact fill; product is a 55-character Chinese listing title")
fill_exact("zh/review/neutral-request", {"buyer_name": "陈女士", "product": "Saltmarsh C-40 人体工学办公椅",
                                         "order_id": "111-4402873-6615390", "agent_name": "顾明哲"},
           "zh", ["review-request"], "exact fill of the neutral review request")
fill_exact("zh/specs/capacity", {"buyer_name": "刘先生", "product": "LiftLine Duo SD-60 电动升降桌",
                                 "capacity_kg": "136", "capacity_lb": "300", "agent_name": "宋佳怡"}, "zh")
fill_exact("zh/hardware/missing-apology", {"buyer_name": "孙先生", "bag": "C", "part": "木螺丝（4×16毫米）",
                                           "quantity": "6", "agent_name": "何晓岚"}, "zh")

fill_exact("zh-tw/chair/adjustment", {"buyer_name": "張小姐", "chair_model": "Heronback C-60 網背辦公椅",
                                      "agent_name": "鄭雅筑"}, "zh", ["traditional"])
fill_exact("zh-tw/controller/reset", {"buyer_name": "陳先生", "desk_model": "LiftLine Duo SD-48",
                                      "agent_name": "林冠宇"}, "zh", ["traditional"])
fill_exact("zh-tw/manual/pointer", {"buyer_name": "李小姐", "product": "ArcReach MA-2 雙螢幕支架", "page": "9",
                                    "section": "線材收納與旋轉角度限制", "agent_name": "鄭雅筑"},
           "zh", ["traditional", "short-template"])
fill_exact("zh-tw/warranty/coverage", {"buyer_name": "楊先生", "product": "LiftLine Duo SD-60 電動升降桌",
                                       "frame_years": "5", "electronics_years": "3", "agent_name": "林冠宇"},
           "zh", ["traditional"])
fill_exact("zh-tw/monitor-arm/capacity", {"buyer_name": "黃小姐", "arm_model": "ArcReach MA-1 單螢幕支架",
                                          "weight_range": "2至8公斤", "max_size": "32", "agent_name": "鄭雅筑"},
           "zh", ["traditional"])

# ---------------------------------------------------------------------------
# 2. Filled templates with greetings / sign-offs, light edits, re-wrapping
#    (expected: no finding)
# ---------------------------------------------------------------------------
v = {"buyer_name": "Rosalind", "error_code": "E01", "desk_model": "LiftLine Duo SD-48",
     "error_meaning": "the anti-collision sensor stopped the desk because it met resistance while moving",
     "agent_name": "Yusuf Brandt"}
fill_edited("en/controller/error-code", v, edit(render("en/controller/error-code", v),
            ("Hi Rosalind,\n\n", "Hi Rosalind,\n\nThanks for getting back to us so quickly, and for the photo of the keypad.\n\n"),
            ("Kind regards,", "Have a great rest of your week!\n\nKind regards,")),
            "en", ["greeting-added"], "fill with an added thank-you line and a friendly closing line")

v = {"buyer_name": "Mateo", "chair_model": "Heronback C-60 mesh chair", "agent_name": "Declan Hurst"}
fill_edited("en/chair/adjustment", v, edit(render("en/chair/adjustment", v),
            ("Hi Mateo,\n\n", "Hi Mateo,\n\nHope you are enjoying the new chair so far! "),
            ("Best wishes,", "Thanks again for choosing Brightfold.\n\nBest wishes,")),
            "en", ["greeting-added"], "fill with an opening pleasantry joined to the first paragraph and an extra closing line")

v = {"buyer_name": "Mrs. Adeyemi", "desk_model": "LiftLine Duo SD-60", "capacity_lb": "300",
     "capacity_kg": "136", "agent_name": "Yusuf Brandt"}
fill_edited("en/specs/desk-capacity", v, edit(render("en/specs/desk-capacity", v),
            ("Hi Mrs. Adeyemi,\n\n", "Good afternoon Mrs. Adeyemi,\n\nThank you for your question before ordering.\n\n")),
            "en", ["greeting-added"], "greeting changed and a thank-you sentence added")

v = {"buyer_name": "Ilse", "quantity": "2", "part": "M8 x 16 mm hex bolts", "bag": "A",
     "agent_name": "Marisol Okafor"}
fill_edited("en/hardware/missing-apology", v, edit(render("en/hardware/missing-apology", v),
            ("Dear Ilse,\n\n", "Dear Ilse,\n\nThank you for the photo of the hardware card; it made this easy to check.\n\n"),
            ("Thank you for your patience.\n\n", "Thank you for your patience.\n\nKind regards,\n")),
            "en", ["greeting-added"], "fill with an added opening line and a 'Kind regards,' sign-off")

v = {"buyer_name": "Oskar", "desk_model": "LiftLine Duo SD-60", "agent_name": "Yusuf Brandt"}
fill_edited("en/assembly/desk-frame", v, edit(render("en/assembly/desk-frame", v),
            ("These steps usually sort out the most common assembly snags:", "These steps fix most of the snags people run into:"),
            ("into the control box before", "into the control box (the ports are labelled M1, M2 and HS) before")),
            "en", ["light-edit"], "one sentence reworded, a parenthesis added to step 5")

v = {"buyer_name": "Harriet", "product": "ArcReach MA-1 monitor arm", "order_id": "111-9036642-4471853",
     "case_id": "BW-W-40577", "agent_name": "Declan Hurst"}
fill_edited("en/warranty/claim-intake", v, edit(render("en/warranty/claim-intake", v),
            ("- a photo of the label under the desktop or seat with the serial number,\n",
             "- a photo of the label on the arm's base with the serial number,\n"),
            ("- a short description of when the problem started.\n", ""),
            ("within two business days", "within 2 business days")),
            "en", ["light-edit"], "one bullet adapted to a monitor arm, one bullet dropped, a number written as a digit")

v = {"buyer_name": "Wen", "arm_model": "ArcReach MA-1 single monitor arm",
     "weight_range": "4.4 to 17.6 lb (2 to 8 kg)", "max_size": "32", "agent_name": "Marisol Okafor"}
t = render("en/monitor-arm/tension", v).replace("\n* ", "\n- ")
fill_edited("en/monitor-arm/tension", v, edit(t,
            ("\n\nIf your screen is lighter than the minimum weight, the arm will keep pushing it upward even at the lowest tension setting.", "")),
            "en", ["light-edit"], "asterisk bullets changed to dashes, last paragraph dropped")

v = {"buyer_name": "Felix", "order_id": "112-3318406-7092215", "product": "GlideShelf KT-26 keyboard tray",
     "agent_name": "Yusuf Brandt"}
fill_edited("en/review/neutral-request", v, edit(render("en/review/neutral-request", v),
            ("would you share your experience", "would you consider sharing your experience"),
            ("Kind regards,", "Warm regards,")),
            "en", ["light-edit", "review-request"], "review request fill with two small wording changes, still neutral")

v = {"buyer_name": "Ms. Thibodeaux", "desk_model": "LiftLine Duo SD-48", "agent_name": "Declan Hurst"}
fill_edited("en/controller/hot-pause", v, edit(render("en/controller/hot-pause", v),
            ("Dear Ms. Thibodeaux,", "Hi Ms. Thibodeaux,"),
            ("This is a safety feature, not a fault.", "Nothing is broken; it is a built-in safety feature.")),
            "en", ["light-edit"], "greeting and one sentence reworded")

v = {"buyer_name": "Corinne", "page": "6", "product": "Saltmarsh C-40 task chair",
     "section": "Replacing the gas lift cylinder", "agent_name": "Marisol Okafor"}
fill_edited("en/manual/pointer", v, hardwrap(render("en/manual/pointer", v), 50),
            "en", ["rewrapped", "short-template"], "re-wrapped at 50 columns (line breaks inside sentences)")

v = {"buyer_name": "Bram", "chair_model": "Saltmarsh C-40 task chair", "agent_name": "Yusuf Brandt"}
fill_edited("en/chair/adjustment", v, hardwrap(render("en/chair/adjustment", v), 60).replace("\n\n- ", "\n- "),
            "en", ["rewrapped"], "bullets hard-wrapped at 60 columns with hanging indent; blank line before the list removed")

v = {"buyer_name": "Keiko", "desk_model": "LiftLine Solo SD-40", "capacity_lb": "176", "capacity_kg": "80",
     "agent_name": "Declan Hurst"}
fill_edited("en/specs/desk-capacity", v, hardwrap(render("en/specs/desk-capacity", v), 44),
            "en", ["rewrapped"], "hard-wrapped at 44 columns, as pasted from a narrow editor")

v = {"buyer_name": "周女士", "desk_model": "LiftLine Duo SD-60", "error_code": "E01",
     "error_meaning": "防碰撞功能在升降时检测到阻力，桌子已自动停止并回退", "agent_name": "宋佳怡"}
fill_edited("zh/controller/error-code", v, edit(render("zh/controller/error-code", v),
            ("周女士，您好！\n\n", "周女士，您好！感谢您发来的照片。\n\n"),
            ("我们会给出下一步建议。", "我们会给出下一步建议。祝您使用愉快！")),
            "zh", ["greeting-added"], "加了一句感谢和一句祝福")

v = {"buyer_name": "黄先生", "desk_model": "LiftLine Duo SD-48", "agent_name": "顾明哲"}
fill_edited("zh/assembly/desk-frame", v, edit(render("zh/assembly/desk-frame", v),
            ("请参考以下要点：", "可以参考下面几个要点："),
            ("祝好！", "祝您安装顺利！")),
            "zh", ["light-edit"], "两处措辞微调")

v = {"buyer_name": "吴女士", "product": "LiftLine Solo SD-40 电动升降桌", "capacity_kg": "80",
     "capacity_lb": "176", "agent_name": "何晓岚"}
fill_edited("zh/specs/capacity", v, edit(render("zh/specs/capacity", v),
            ("显示器支架、电脑主机和其他配件", "显示器支架和其他配件"),
            ("不要长期满载使用。", "不要长期满载使用。如有其他问题，欢迎随时在这里留言。")),
            "zh", ["light-edit"], "删去一个列举项，末尾加一句客套话")

v = {"buyer_name": "马先生", "product": "ArcReach MA-1 显示器支架", "order_id": "114-6620193-0847726",
     "case_id": "BW-W-41290", "agent_name": "宋佳怡"}
t = render("zh/warranty/claim", v)
t = edit(t, ("・问题部位", "1. 问题部位"), ("・桌面或座椅底部", "2. 支架底座上"), ("・问题开始", "3. 问题开始"))
fill_edited("zh/warranty/claim", v, t, "zh", ["light-edit"], "项目符号改为编号，并把标签位置改成支架底座")

v = {"buyer_name": "唐女士", "product": "GlideShelf KT-26 键盘托架", "order_id": "113-2065718-9943027",
     "agent_name": "何晓岚"}
t = render("zh/review/neutral-request", v)
t = t.replace("，", ", ").replace("（", " (").replace("）", ") ").replace("！", "!")
t = edit(t, ("分享真实的使用体验, ", "分享真实的使用体验,\n"))
fill_edited("zh/review/neutral-request", v, t, "zh", ["rewrapped", "review-request"],
            "全角标点换成半角，并在句中换行")

v = {"buyer_name": "王小姐", "chair_model": "Saltmarsh C-40 人體工學椅", "agent_name": "林冠宇"}
fill_edited("zh-tw/chair/adjustment", v, edit(render("zh-tw/chair/adjustment", v),
            ("王小姐 您好：\n\n", "王小姐 您好：\n\n謝謝您的來信！")),
            "zh", ["traditional", "greeting-added"], "開頭加一句感謝")

v = {"buyer_name": "謝先生", "desk_model": "LiftLine Solo SD-40", "agent_name": "鄭雅筑"}
fill_edited("zh-tw/controller/reset", v, edit(render("zh-tw/controller/reset", v),
            ("聽到「嗶」一聲後放開", "聽到提示音後放開"),
            ("需要重新設定。", "需要重新設定。如果還有問題，歡迎再回覆我們。")),
            "zh", ["traditional", "light-edit"], "一處措辭修改，結尾加一句")

v = {"buyer_name": "潘小姐", "product": "LiftLine Solo SD-40 電動升降桌", "frame_years": "5",
     "electronics_years": "3", "agent_name": "林冠宇"}
t = render("zh-tw/warranty/coverage", v).replace("\n\n", "\n").replace("・", "• ")
fill_edited("zh-tw/warranty/coverage", v, t, "zh", ["traditional", "rewrapped"],
            "段落間空行刪除，項目符號改為 •")

# bilingual concatenation of two approved fills (JC8)
v1 = {"buyer_name": "Mr. Zhou", "error_code": "E07", "desk_model": "LiftLine Duo SD-48",
      "error_meaning": "the two legs are out of sync, so the desk has stopped to protect the frame",
      "agent_name": "Declan Hurst"}
v2 = {"buyer_name": "周先生", "desk_model": "LiftLine Duo SD-48", "error_code": "E07",
      "error_meaning": "两条桌腿的高度不同步，桌子为保护桌架已自动停止", "agent_name": "Declan Hurst"}
add("fill-edited", "mixed", render("en/controller/error-code", v1) + "\n\n" + render("zh/controller/error-code", v2),
    [], ["bilingual-pair", "hard"],
    "en/controller/error-code + zh/controller/error-code: the English fill followed by the Chinese fill of the same answer (JC8)",
    src=["en/controller/error-code", "zh/controller/error-code"], vals=[v1, v2])
v1 = {"buyer_name": "Ms. Lai", "page": "11", "product": "LiftLine Duo SD-60",
      "section": "Height limits and collision sensitivity", "agent_name": "Marisol Okafor"}
v2 = {"buyer_name": "賴小姐", "product": "LiftLine Duo SD-60", "page": "11",
      "section": "高度限制與防碰撞靈敏度", "agent_name": "Marisol Okafor"}
add("fill-edited", "mixed", render("en/manual/pointer", v1) + "\n\n" + render("zh-tw/manual/pointer", v2),
    [], ["bilingual-pair", "traditional", "hard", "short-template"],
    "en/manual/pointer + zh-tw/manual/pointer: English fill then Traditional Chinese fill (JC8)",
    src=["en/manual/pointer", "zh-tw/manual/pointer"], vals=[v1, v2])

# Traditional-script rendering of a Simplified-only template (JC9)
SIMP_CAPACITY_TRAD = """\
邱小姐，您好！

LiftLine Duo SD-48 電動升降桌的額定承重為120公斤（約265磅），這個數值包括桌面上的所有物品，例如顯示器、顯示器支架、電腦主機和其他配件。

為了升降平穩、延長電機壽命，建議把較重的物品放在桌面中間，並讓總重量留有一定餘量，不要長期滿載使用。

林冠宇"""
add("fill-edited", "zh", SIMP_CAPACITY_TRAD, [], ["traditional", "script-converted", "hard"],
    "zh/specs/capacity: the Simplified template converted character by character to Traditional script; no zh-tw version exists (JC9)",
    src="zh/specs/capacity", vals={"buyer_name": "邱小姐", "product": "LiftLine Duo SD-48 电动升降桌",
                                   "capacity_kg": "120", "capacity_lb": "265", "agent_name": "林冠宇"})

# ---------------------------------------------------------------------------
# 3. Free-written logistics replies (expected: no finding)
# ---------------------------------------------------------------------------
def logi(lang, text, tags=(), note=""):
    add("logistics", lang, text, [], tags, note)


logi("en", "Shipped today with UPS, tracking 1Z4F29E70381526647. Expected Thursday.", ["short"], "tracking, curt")
logi("en", """\
Hi Desmond,

Thanks so much for your patience with this one! Because the LiftLine Duo SD-60 comes in two large boxes (about 118 lb together), it travels by freight rather than regular parcel service. Here is how it will go:

Northgate LTL picked up both boxes from our warehouse in Reno on Monday, and the PRO number for the shipment is 48213907. Once the boxes reach their terminal near you, usually in three to four business days, their dispatcher will call to agree on a four-hour delivery window that suits you. Delivery is to the curb or the ground-floor garage, so you may want a second person around to help carry the boxes inside.

Could you confirm the best phone number for the carrier to reach you on? The one on the order is missing a digit, and they cannot book the window without it. You can simply reply here with it.

Thanks again, and let me know if anything about the delivery day is unclear.

Warmly,
Marisol""", ["long", "freight", "near-miss", "hard"],
     "freight delivery scheduling; asks for the buyer's phone number for the carrier (policy.md G allowed near-miss) (JC12)")
logi("en", """\
Hello Ms. Varga,

You can return the Saltmarsh C-40 within 30 days of delivery. The steps:

1. Open Your Orders on Amazon and choose "Return or replace items" next to the chair.
2. Pick a reason and select the UPS drop-off option; the label appears right away.
3. Pack the chair in its original box if you still have it, or in any sturdy box of a similar size.
4. Tape the label on top and drop the box at any UPS location.

The refund starts as soon as the carrier scans the parcel.

Regards,
Yusuf Brandt""", ["bullets", "return"], "return steps, numbered")
logi("en", "Hi Lucas, the ArcReach MA-2 you sent back reached our warehouse on May 6 and we issued a full refund of $129.99 the same day. It goes back to the card you paid with; most banks show it within 3 to 5 business days. - Declan",
     ["refund"], "refund of a return")
logi("en", """\
Hello Priscilla,

I checked order 112-6690314-2058837 and it was handed to UPS this morning, so we can no longer edit the address on our side. UPS can usually still redirect a parcel in transit if you contact them with the tracking number 1Z7A05R20365718830; they may charge a small fee for it. If that does not work out, you can refuse the delivery and it will come back to us for a full refund.

Sorry this is not simpler,
Declan Hurst""", ["address"], "address change after hand-over to the carrier")
logi("en", """\
Hi Tamsin,
You are right, the tracking for your chair has not moved since it reached the FedEx hub in Memphis on Monday. I have asked FedEx to trace it. If it has not moved by Friday, I will send a new chair by express at no cost or refund you in full, whichever you prefer.
Sorry for the wait.
Declan Hurst""", ["tracking"], "stuck tracking, trace opened")
logi("en", "Order 114-3307815-6624090 is cancelled as you asked; it had not left the warehouse yet. The refund goes back to your card within a few days. Thanks, Yusuf",
     ["short", "cancellation"], "cancellation done at the buyer's request")
logi("en", """\
Hello Mr. Bouchard,

Your desk ships from our warehouse in Nevada to Quebec. At checkout Amazon collected an Import Fees Deposit, which covers duties and taxes, so there is nothing to pay when it arrives. If the courier asks you for duties, please do not pay them at the door; reply here and we will sort it out with the courier.

Customs clearance usually adds one to two business days to the delivery estimate.

Best regards,
Marisol Okafor""", ["customs"], "import fees to Canada")
logi("en", "Replacement HC-7 keypad ships tomorrow by USPS, tracking 9400 1112 0583 3176 2049 55. No need to send the old one back.",
     ["short", "replacement-part"], "replacement part shipment, curt")
logi("en", """\
Hi Graham,

Thanks for checking in. The LiftLine Duo SD-60 ships as two parcels: the frame (41 lb) and the desktop (63 lb). The desktop left our warehouse yesterday with UPS (1Z9E27X10394820176) and is due Thursday. The frame box is scheduled to leave on Wednesday and should arrive Friday or Saturday; its tracking number will show up in Your Orders once it is scanned.

If only one box has turned up by Saturday, just reply here and I will chase the carrier.

Declan Hurst
Customer Care | Brightfold Workspace
Monday to Friday, 8 am to 5 pm Central""", ["signature", "split-shipment", "near-miss"],
     "split shipment; parcel weights are shipping data, not a weight-capacity answer")
logi("en", """\
Dear Ms. Oyelaran,

I am very sorry the desktop arrived with a crushed corner. We reviewed the photos you sent and have shipped a replacement desktop free of charge; it is on its way with UPS under tracking 1Z0R83F40311942758 and should arrive on Tuesday.

There is no need to send the damaged top back. If the carrier contacts you about an inspection, please keep it until then; otherwise you are welcome to dispose of it.

With apologies again,
Yusuf Brandt""", ["damage", "near-miss"], "transit damage, replacement shipped; 'reviewed' and 'free of charge' are near-misses")
logi("en", "Hi Pete, no problem. I have added a note to the shipment asking the driver to leave both boxes inside the side gate, out of sight from the street. The bigger box is around 60 lb, so the driver may slide it rather than carry it. - Marisol",
     ["delivery-instructions"], "delivery instructions")
logi("en", """\
Hello Anjali,

You are right: you ordered the white frame and we sent the black one. I am sorry for the mix-up.

- The white frame ships today by UPS; the tracking number will appear in Your Orders this evening.
- For the black frame, please start a return in Your Orders and choose "Wrong item was sent". The label is free.
- You have 30 days to send the black frame back, so there is no rush while you wait for the right one.

Thank you,
Declan Hurst""", ["bullets", "exchange"], "wrong item sent, exchange")
logi("en", """\
Hi Brennan,

Yes, you can still return the keyboard tray. The return window is 30 days from delivery, and yours arrived on May 15, so you have until June 14. It does not need to be in the original box, but please pack the sliding track so it cannot move around inside. Start the return from Your Orders and Amazon will give you a drop-off label.

Best,
Yusuf""", ["return"], "return window question")
logi("en", """\
Hello Mr. Castellanos,

We have approved the return of your LiftLine Duo SD-48. Because of its size it goes back by freight pickup, and the carrier needs it in two flat packages, the same way it arrived. To get it ready:

1. Lower the desk all the way and unplug it from the wall.
2. Unplug the keypad and motor cables from the control box.
3. Turn the desk upside down on a blanket and take out the wood screws that hold the frame to the top.
4. Pack the top and the frame separately; the original boxes are best, but sturdy cardboard and tape are fine.

Once it is packed, reply here with two days that suit you and we will book the pickup.

Kind regards,
Marisol Okafor""", ["bullets", "return", "freight", "hard"],
     "return by freight pickup; the take-apart steps are packing for the return (JC12)")
logi("en", "Hi Noor, the Heronback C-60 is in stock and ships from our Nevada warehouse within one business day. To your ZIP code the estimate is Tuesday, June 11. - Declan",
     ["short", "delivery-date"], "pre-shipment delivery estimate")
logi("en", """\
Hello Ms. Whitcombe,

UPS shows the package as delivered at 2:14 pm yesterday, left at the front door. Sometimes drivers scan a parcel as delivered a little early or leave it with a neighbour or a building office, so could you check those places first?

If it has not turned up by tomorrow evening, reply here and we will send a new one at no cost to you.

Regards,
Yusuf Brandt""", ["lost-parcel"], "delivered but not received")
logi("en", """\
Hi Ruairi,

Thanks for the photos of the scratch on the left leg. It clearly happened in transit. You have two options, whichever is easier for you:

- keep the desk and we refund $45 of the purchase price today, or
- return the desk for a full refund, with the freight pickup booked by us.

Just tell me which one you prefer.

Declan Hurst""", ["damage", "bullets", "hard"], "transit damage: partial refund or return (JC12)")
logi("en", "Done. Northgate LTL has moved your delivery to Friday, 8 am to 12 pm. PRO number 48213977.",
     ["short", "freight"], "freight reschedule, curt")
logi("en", """\
Hello Celeste,

The refund for the returned chair was $24.00 less than the price because the box came back without the armrests and the cylinder cover, so the chair could not be resold as complete. If you still have those pieces, reply here and we will arrange a return label for them; the $24.00 will be refunded as soon as they arrive.

Best regards,
Marisol Okafor""", ["refund"], "partial refund of a return explained")

logi("zh", "您好，已发货，UPS单号 1Z6T41E70325091184，预计周四送达。", ["short"], "发货通知（回复买家询问），简短")
logi("zh", """\
孙女士，您好！

您订购的 LiftLine Duo SD-60 分两个大箱，总重约53公斤，走的是大件货运。货运公司已于周一提货，运单号（PRO）为 48215530。

货到您附近的站点后，对方调度员会先打电话和您约一个四小时的送货时段，一般是在提货后三到四个工作日。送货只到路边或一楼车库，建议当天请家人或朋友帮忙搬进屋。

有任何送货方面的问题，直接在这里留言就可以。

宋佳怡""", ["long", "freight"], "大件货运预约说明")
logi("zh", """\
钱先生，您好！

办公椅可以在签收后30天内退货，步骤如下：
1. 在亚马逊“我的订单”中找到这把椅子，点击“退货或换货”。
2. 选择退货原因和UPS门店投递方式，系统会马上生成退货标签。
3. 尽量使用原包装箱；原箱已经丢了的话，用尺寸相近的结实纸箱也可以。
4. 把标签贴在箱子上，送到任意一家UPS门店。

承运商扫描包裹后，退款就会开始处理。

何晓岚""", ["bullets", "return"], "退货步骤")
logi("zh", "彭先生您好，您退回的显示器支架已于5月8日到仓，我们当天已全额退款129.99美元，原路退回您的付款卡，一般3到5个工作日到账。",
     ["refund"], "退货退款完成")
logi("zh", "您好！订单 113-7720458-3391606 还没有发货，不过卖家这边无法直接修改收货地址。您可以在“我的订单”里点“更改地址”；如果该选项不可用，可以先取消订单再重新下单，我们会优先安排发货。",
     ["address"], "修改地址")
logi("zh", "已按您的要求取消重复的订单 114-5082296-7731048，另一笔订单照常发货。被取消订单的款项会在几天内退回原支付方式，无需您另外操作。\n\n顾明哲",
     ["cancellation", "near-miss"], "取消重复订单（含“取消”一词的近似误报）")
logi("zh", "罗女士您好，补发的M6螺丝（8颗）今天已经通过USPS寄出，单号 9400 1118 7702 4493 0615 27，预计3天内送达，原来的配件不用寄回。",
     ["replacement-part"], "补发配件")
logi("zh", """\
姜先生您好！

寄往加拿大的订单，亚马逊在结账时已经代收了进口费用押金（Import Fees Deposit），包含关税和税费，所以收货时不需要再付钱。如果快递员要求您支付关税，请不要当场付款，直接在这里回复我们，我们来和承运商处理。清关通常会让送达时间多一到两个工作日。

顾明哲""", ["customs"], "进口关税")
logi("zh", """\
邓女士，您好！

我们查看了物流信息，您的椅子自周一到达孟菲斯转运中心后就没有更新。我们已经请FedEx查件。如果到周五仍没有动静，我们会免费重新寄一把，或者为您全额退款，由您选择。

给您带来不便，十分抱歉。

何晓岚
Brightfold Workspace 客户服务
周一至周五 9:00-18:00（美国中部时间）""", ["signature", "tracking"], "物流停滞，带签名档")

logi("zh", """\
吳先生您好：

這張升降桌由美國倉庫出貨，寄送台灣一般需要7到12個工作天。進口稅費已在結帳時由亞馬遜預收，收件時不需要另外付款。包裹到台灣後會轉交當地物流配送，屆時追蹤頁面會顯示新的單號。

林冠宇 敬上""", ["traditional", "customs"], "國際運送時間與進口稅費")
logi("zh", """\
周小姐您好：

鍵盤架的退貨方式如下：
・到亞馬遜「我的訂單」，點選「退貨或更換商品」。
・選擇退貨原因後列印退貨標籤。
・用原包裝或堅固的紙箱裝好，滑軌請用膠帶固定。
・把包裹交給標籤上的物流業者。

收到退貨後我們會立即處理退款。

鄭雅筑 敬上""", ["traditional", "bullets", "return"], "退貨步驟")
logi("zh", "您好，退回的辦公椅已於6月3日送達倉庫，全額退款189.00美元已經退回您的原付款方式，銀行入帳約需3至5個工作天。",
     ["traditional", "refund"], "退款完成")
logi("zh", "補寄的螺絲今天已經寄出，追蹤號碼 1Z3K58W20387745120，預計週五到。",
     ["traditional", "short", "replacement-part"], "補寄零件，簡短")
logi("zh", "江小姐您好：已依您的要求取消訂單 111-8204476-5503319，商品尚未出貨。款項會退回原付款方式，不需要另外操作。\n\n鄭雅筑 敬上",
     ["traditional", "cancellation"], "取消訂單")
logi("zh", """\
何先生您好：

很抱歉通知您，因為貨運公司的轉運站延誤，您的升降桌預計會比原定時間晚兩天送達，新的預計送達日為6月20日。追蹤號碼不變，您可以在「我的訂單」中查看最新狀態。

造成不便，敬請見諒。

林冠宇
Brightfold Workspace 客服中心
週一至週五 上午9點至下午6點""", ["traditional", "signature", "delay"], "配送延遲，帶簽名檔")

logi("mixed", """\
Hi Kevin, your monitor arm shipped today with UPS, tracking 1Z5V72E30366104389, and should arrive on Wednesday.

Kevin 您好，您的显示器支架今天已通过UPS发出，单号 1Z5V72E30366104389，预计周三送达。""",
     ["bilingual"], "tracking, English then Simplified Chinese")
logi("mixed", """\
Hello Ms. Hsu,
The return label for the chair is ready in Your Orders. Please drop the box at any UPS location within 14 days; the refund starts when UPS scans it.

徐小姐您好：
辦公椅的退貨標籤已在「我的訂單」中產生，請在14天內將包裹交給任何UPS據點，UPS掃描後就會開始退款。

Declan Hurst""", ["bilingual", "traditional", "return"], "return label, English then Traditional Chinese")
logi("mixed", """\
Hi Mr. Liang, the freight company will call you the day before delivery to set a four-hour window. Delivery is to the curb, so please plan for a helper.
梁先生您好，货运公司会在送货前一天打电话和您约定四小时的送货时段。货物只送到路边，请提前安排人手帮忙搬运。
顾明哲 / Gu Mingzhe""", ["bilingual", "freight"], "freight scheduling, bilingual lines")
logi("mixed", """\
Refund issued: $349.00 for the returned desk, back to your original card in 3-5 business days.
退款已完成：退回的升降桌共349.00美元，3到5个工作日内退回原卡。""", ["bilingual", "refund", "short"],
     "refund of a return, bilingual, no greeting")

# logistics paragraph + approved template fill in one reply (JC7)
v = {"buyer_name": "Valentina", "page": "17", "product": "LiftLine Duo SD-60",
     "section": "Error codes and reset", "agent_name": "Yusuf Brandt"}
add("fill-plus-logistics", "en", edit(render("en/manual/pointer", v),
    ("Hi Valentina,\n\n", "Hi Valentina,\n\nThe replacement control box shipped this morning by UPS, tracking 1Z1M46E70378830592, and is due on Wednesday.\n\n")),
    [], ["hard"], "en/manual/pointer: a free shipping paragraph inserted before an exact fill (JC7)",
    src="en/manual/pointer", vals=v)
v = {"buyer_name": "董女士", "bag": "B", "part": "M6螺丝", "quantity": "4", "agent_name": "何晓岚"}
add("fill-plus-logistics", "zh", edit(render("zh/hardware/missing-apology", v),
    ("感谢您的耐心！", "补发的4颗M6螺丝已于今天通过USPS寄出，单号 9400 1118 5530 2096 7741 08，预计周五送达。\n\n感谢您的耐心！")),
    [], ["hard"], "zh/hardware/missing-apology: exact fill plus a free paragraph with the replacement shipment (JC7)",
    src="zh/hardware/missing-apology", vals=v)

# ---------------------------------------------------------------------------
# 4. Free-written non-logistics replies (expected: template-required)
# ---------------------------------------------------------------------------
def free(lang, text, tags=(), note=""):
    add("free", lang, text, [TR], tags, note)


free("en", """\
Hi Lorenzo,

If the crossbar holes won't line up with the legs, the legs are most likely on the wrong sides. The motor housing at the top of each leg should face inwards, towards the middle of the desk. Swap them over and the holes will meet. Leave every screw a couple of turns loose until all of them are in, then tighten in a cross pattern.

Cheers,
Declan""", ["assembly"], "free assembly tip (topic has a template, wording is free)")
free("en", """\
Hello Ms. Petrakis,

A little sway at full standing height is normal for any two-leg desk, but it should not rock. Things that usually firm it up:
- retighten the four bolts under each foot, they settle after the first week;
- turn the levelling glides under the feet until all four touch the floor;
- make sure the crossbar side knobs are fully tight;
- keep the desk a few centimetres away from the wall so the cables are not tugging on it.

Let me know how it feels after that.

Yusuf Brandt""", ["troubleshooting", "bullets"], "wobble troubleshooting, no template")
free("en", "Hi Sven, honest answer: I would not put a 49-inch ultrawide on the MA-2. Those screens weigh around 26 lb without the stand, which is well over what one arm of the MA-2 is built for, and the width puts a lot of leverage on the clamp. A single heavy-duty arm rated for that weight and size is the safer choice. - Marisol",
     ["product-advice"], "product advice (capacity topic, free wording)")
free("en", """\
Hello Darius,

Squeaks on the C-40 nearly always come from the tilt mechanism under the seat rather than the wheels. Lay the chair on its side, put a little silicone spray on the two pivot points where the backrest meets the mechanism, and recline back and forth a few times. If it still squeaks after that, it counts as a warranty issue - the mechanism is covered for five years - and we can replace the part, so just tell me and we'll take it from there.

Best,
Yusuf""", ["troubleshooting", "warranty"], "squeak fix plus a free warranty answer")
free("en", "Hi Freya! Personally I'd go walnut - it hides dust and fingerprints far better than the white oak, and it looks warmer with a black frame. The white oak is lovely in a bright room though. Either way the top is the same thickness and build. - Declan",
     ["opinion", "short"], "opinion on finish colour")
free("en", "E07 = legs out of sync. Hold DOWN till it beeps, then let go. Should be fine after that.",
     ["short", "error-code"], "curt free error-code answer (template exists, not used)")
free("en", """\
Hi Mr. Oduya,

At 6'5" you would be right at the top of the C-40's seat height range. Set the seat to its highest position, move the lumbar pad all the way up, and tilt the armrests back a notch; most tall customers find that comfortable. The chair is rated to 300 lb, so weight is not a concern either.

Kind regards,
Marisol Okafor""", ["product-advice"], "fit advice for a tall buyer")
free("en", "Yes, it works on carpet. On thick pile, screw the levelling glides out a turn or two so the feet sit firmly, and check the desk does not rock at standing height. A thin hard mat under the feet helps on very soft carpet. - Yusuf Brandt",
     ["product-advice", "short"], "can the desk stand on carpet")
free("en", """\
Hello Imani,

The tray fits under the SD-40. The one thing to watch is the control box: it sits under the right side of the top, so mount the track a little left of centre to keep the box clear. Use the shorter screws from the tray kit, since the SD-40 top is 0.9 inch thick.

Regards,
Declan Hurst""", ["product-advice"], "keyboard tray compatibility, free wording")
free("en", """\
Hi Ms. Albrecht,

Thanks for the detailed description, that really helps! A desk that goes up but not down is almost always one of two things, and neither means anything is broken.

First, check the child lock. If the keypad shows LOC or the buttons feel unresponsive in one direction, press and hold the M button for about five seconds until the display changes back to the height. That unlocks it.

Second, the anti-collision feature may have been triggered on the way down by something under the desk, such as a drawer unit or a chair arm. Clear the space under the desktop and try again.

If neither helps, a quick video of the keypad while you press DOWN would let me see what is going on.

All the best,
Marisol Okafor
Customer Care, Brightfold Workspace
Mon-Fri, 8 am to 5 pm Central""", ["troubleshooting", "long", "signature"], "long chatty troubleshooting with a signature block")
free("en", """\
Hi Theo, a few habits that make standing easier on the body:
- switch between sitting and standing every 30 to 60 minutes rather than standing all day;
- put the top of the screen at or just below eye level;
- keep your elbows at about 90 degrees with the keyboard at that height;
- a cushioned mat and supportive shoes help a lot in the first weeks.
Start with short standing spells and build up. - Yusuf""", ["ergonomics", "bullets"], "standing-desk habits")
free("en", """\
Hello Paolo,

To save a height: move the desk to where you want it, press M, and then press 1, 2, 3 or 4 within three seconds. The display blinks the number to confirm. After that, a single press of that number takes the desk there. Saving a new height to the same button simply overwrites the old one.

Regards,
Declan Hurst""", ["how-to"], "memory presets how-to (manual topic, free wording)")
free("en", """\
Hi Wilhelmina,

Glad the mounting question is settled. If you have a moment some time, we'd appreciate hearing how the tray works for you in a review on Amazon, whatever your experience has been.

Thanks,
Marisol""", ["review-request", "hard"], "neutral free-written review request, not the approved template (JC13)")
free("en", "Hi Ms. Drummond, a low hum while the desk moves is normal; the dual motors run at about 45 dB, roughly as loud as a quiet conversation. A clicking or grinding sound is not normal, though. If you hear that, it is usually a leg that is slightly out of square: loosen the leg screws, run the desk up and down once, and tighten them again. - Yusuf Brandt",
     ["troubleshooting"], "motor noise question")

free("zh", "韩先生您好！横梁的孔对不上桌腿，多半是两条桌腿装反了。每条桌腿顶部的电机外壳应该朝内，也就是朝向桌子中间。把左右两条腿对调一下，孔位就能对上。所有螺丝先拧上两三圈，全部装好后再按对角顺序拧紧。\n\n顾明哲",
     ["assembly"], "自由撰写的安装建议")
free("zh", """\
曹女士，您好！

E01 一般是防碰撞功能被触发了，说明桌子在升降时碰到了东西，比如抽屉柜、椅子扶手，或者桌后的墙。先把桌子下面和后面清空，然后长按下降键直到听到提示音，桌子就会恢复正常。

如果周围没有任何障碍物却经常出现 E01，可以把桌面上的东西摆得均匀一些，重量偏向一侧有时也会触发。

宋佳怡""", ["error-code"], "自由撰写的错误代码说明")
free("zh", "您好！如果主要是久坐后下背疼，建议重点调好腰靠：把腰靠调到正好顶住腰部最凹的位置，再把座深调到膝盖后面留两三指的距离，这样骨盆不容易后倾。另外每隔四十分钟左右站起来活动一下，比任何椅子设置都管用。\n\n何晓岚",
     ["chair"], "椅子调整建议（只有繁体模板）")
free("zh", "蒋先生您好，电机和控制箱的保修期是三年，桌架是五年，都从签收日开始算。您说的升降时有异响，如果是电机本身的问题，是在保修范围内的，我们可以免费更换。您先录一段升降时的短视频发过来，我们看一下具体是哪个部位。\n\n顾明哲",
     ["warranty"], "自由撰写的保修答复")
free("zh", "您好，两台27寸显示器加一台主机完全没问题。显示器每台大约5公斤，加上双屏支架和主机，总共也就25公斤左右，离SD-48的承重上限还差得远。建议把主机放在桌面中间靠后的位置，升降会更平稳。\n\n宋佳怡",
     ["capacity"], "自由撰写的承重答复")
free("zh", """\
田女士您好！桌子在站立高度轻微晃动是正常的，但如果明显摇晃，可以按下面几点检查：
・把每只脚座下面的四颗螺栓重新拧紧，用了一周后通常会有些松动；
・调节脚垫，让四个脚都贴实地面；
・确认横梁两侧的旋钮已经拧紧；
・桌子不要紧贴墙面，避免线材拉扯。
调整后如果还是晃，请告诉我们。
何晓岚""", ["troubleshooting", "bullets"], "晃动排查")
free("zh", "您好，GlideShelf KT-26 可以装在 LiftLine Solo SD-40 下面。唯一需要注意的是控制箱在桌面右侧下方，所以滑轨要稍微往左偏一点安装，避开控制箱。SD-40 的桌面厚度是23毫米，请用配件包里较短的那种木螺丝，以免打穿桌面。\n\n顾明哲",
     ["product-advice"], "键盘托兼容性")
free("zh", """\
潘女士，您好！

手控器上显示“LOC”，说明儿童锁已经开启，这时按键不会有反应。解锁方法：长按“M”键约5秒，直到屏幕重新显示高度数字。想再次上锁，同样长按“M”键5秒即可。

如果长按后仍然没有反应，请拍一段按键时的视频发给我们。

宋佳怡
Brightfold Workspace 客户服务
周一至周五 9:00-18:00（美国中部时间）""", ["how-to", "signature"], "儿童锁，带签名档")

free("zh", """\
葉先生您好：

椅子發出吱吱聲，大多來自座墊下方的後仰機構，而不是輪子。可以把椅子側放，在椅背和機構連接的兩個轉軸上噴一點矽利康潤滑劑，再前後搖動幾次。如果之後還是有聲音，請錄一段影片給我們，我們再判斷是否需要更換零件。

林冠宇 敬上""", ["traditional", "troubleshooting"], "椅子異音排除")
free("zh", "您好，ArcReach MA-2 可以裝曲面螢幕，只要每台螢幕不超過9公斤、尺寸在32吋以內就可以。曲面螢幕的重心比較靠前，建議把彈簧力道調緊一些，並把手臂收得離桌緣近一點，這樣比較穩。\n\n鄭雅筑 敬上",
     ["traditional", "product-advice"], "曲面螢幕能否安裝（主題有模板，內容自由撰寫）")
free("zh", "陸小姐您好：設定記憶高度的方法是先把桌子調到想要的高度，按一下「M」，再於三秒內按「1」到「4」其中一個數字，螢幕會閃一下代表已儲存。之後只要按那個數字，桌子就會自動移到該高度。重新儲存會覆蓋原本的設定。\n\n林冠宇 敬上",
     ["traditional", "how-to"], "記憶高度設定")
free("zh", "您好，桌面上的小刮痕屬於外觀問題，不在保固範圍內；不過如果是一開箱就有的刮傷，處理方式就不一樣了。請問刮痕是開箱時就有，還是使用一段時間後才出現的？方便的話請附上照片。\n\n鄭雅筑 敬上",
     ["traditional", "warranty"], "保固範圍的自由答覆")
free("zh", "您好！我們自己的經驗是，剛開始不要一次站太久，每次站二三十分鐘就換回坐姿，一兩週後再慢慢拉長。站立時螢幕上緣大約與眼睛同高，手肘維持九十度左右，腳下放一塊軟墊會舒服很多。\n\n林冠宇 敬上",
     ["traditional", "ergonomics", "opinion"], "站立辦公建議")

free("mixed", """\
Hi Mr. Tang, E12 means the control box can't find one of the motors. Unplug the desk, push both motor cables firmly into ports M1 and M2, then plug it back in.
汤先生您好，E12 表示控制箱检测不到其中一个电机。请先拔掉电源，把两根电机线分别插紧到 M1 和 M2 接口，再重新通电。
Declan Hurst""", ["bilingual", "error-code"], "bilingual free error-code answer")
free("mixed", """\
Hello Ms. Chien, for the Heronback C-60 try this: raise the seat until your thighs are level, then move the lumbar pad into the curve of your lower back.
簡小姐您好，Heronback C-60 可以先把座椅升到大腿與地面平行，再把腰靠移到下背部的弧度位置。
鄭雅筑""", ["bilingual", "traditional", "chair"], "bilingual free chair advice")
free("mixed", """\
Hi Yiting, two 27-inch monitors side by side measure about 48 inches, so on the 48-inch top they fit edge to edge with no room to spare. Angling them slightly inward or putting them on an arm that holds them a little forward frees up space on the sides.
Yiting 您好，两台27寸显示器并排大约48英寸宽，放在48英寸的桌面上刚好占满。把两台显示器稍微向内倾斜，或者用支架把它们往前托一点，两侧就能多出一些空间。
何晓岚""", ["bilingual", "product-advice"], "bilingual free product advice")

# ---------------------------------------------------------------------------
# 5. Heavily rewritten templates (expected: template-required)
# ---------------------------------------------------------------------------
def rewritten(lang, src, text, tags=(), note=""):
    add("rewritten", lang, text, [TR], tags, f"{src}: {note}", src=src)


rewritten("en", "en/assembly/desk-frame", """\
Hey Rafe - assembly tips for the SD-48: the feet go on the legs before anything else (bag A, the big bolts). Stretch the crossbar out to match your top and lock the knobs. Legs slide over the crossbar ends; screw them in with the bag B screws but don't crank them down until every one is started. Then flip the whole frame onto the underside of the top, find the pre-drilled holes and use the bag C wood screws. Cables into the control box before you flip it upright! Send a pic if something doesn't match. - Yusuf""",
          ["assembly"], "same steps retold in one chatty paragraph")
rewritten("en", "en/controller/error-code", """\
Hi Mr. Kuznetsov, that E01 is the desk being careful: it felt something push back while it was moving and stopped. Nine times out of ten it's a drawer unit, a windowsill or a chair arm. Clear the area, then pull the plug for half a minute, plug it back, and hold the down arrow until it bottoms out and beeps. If it keeps appearing with nothing in the way, let me know whether it shows up going up or going down. - Marisol""",
          ["error-code"], "error-code answer rewritten conversationally")
rewritten("en", "en/warranty/claim-intake", """\
Oh no, sorry the chair's gas lift has given up on you, Bettina! That's definitely something we cover. Can you send me a quick clip of it sinking, plus a snap of the sticker under the seat (it has the serial on it)? I'll get it sorted from there, usually within a couple of days.
Declan""", ["warranty", "short"], "warranty intake rewritten casually, no case id")
rewritten("en", "en/chair/adjustment", """\
Hello Ms. Ferrante, start from the floor up: feet flat, knees roughly level with your hips, and raise or lower the seat to get there. Then the seat pan: you want a small gap, a couple of fingers, behind the knee. The lumbar pad belongs in the small of your back, not lower. Arms low enough that your shoulders drop. For the recline, the knob under the seat makes it stiffer clockwise. Live with it for a couple of days before fiddling more. Regards, Yusuf Brandt""",
          ["chair"], "chair advice retold as one paragraph")
rewritten("en", "en/monitor-arm/tension", """\
Hi Hamid, if the screen creeps down, the spring is too soft for its weight. Raise the arm all the way, grab the 4 mm Allen key, and give the elbow screw half-turns clockwise until the screen stays where you leave it; overshoot and it'll float up, so back off a touch. Just be aware that very light screens, under about 4.4 lb, will always float up on this arm. Marisol""",
          ["monitor-arm"], "tension advice rewritten")
rewritten("zh", "zh/controller/error-code", "董先生，E12的意思是控制箱找不到其中一个电机。别担心，一般是线松了：先断电半分钟，把电机线和手控器线都重新插一遍，然后一直按住向下键，降到底后再多按十秒，听到嘀一声就好了。还不行的话告诉我是在升的时候还是降的时候报的码。顾明哲",
          ["error-code"], "错误代码模板改写成口语化的一段话")
rewritten("zh", "zh/hardware/missing-apology", "袁女士，真不好意思！五金包B里少了两颗螺丝，害您装到一半停下来。这个我们已经记下了，旧的什么都不用寄回。缺的螺丝只用在桌腿和横梁连接的地方，别的步骤您可以先装着。\n宋佳怡",
          ["hardware"], "缺件致歉模板改写")
rewritten("zh", "zh/review/neutral-request", "范女士您好！椅子用了一段时间，感觉怎么样？不管体验好坏，都欢迎到亚马逊商品页写几句真实感受，给其他正在挑椅子的买家做个参考。谢谢！\n何晓岚",
          ["review-request", "hard"], "中性邀评，但不是模板原文（JC13）")
rewritten("zh", "zh-tw/chair/adjustment", "曾小姐您好：調椅子可以從下往上來。先調高度，讓腳踩平、膝蓋跟髖部差不多高；再把座墊往前後推，膝蓋後面留兩三根手指的空隙；腰靠對準腰最凹的地方；扶手放低到肩膀不聳起來；最後用座墊下的旋鈕調後仰的鬆緊。先坐個一兩天再慢慢微調就好。\n\n鄭雅筑",
          ["traditional", "chair"], "椅子調整模板改寫成一段話")
rewritten("zh", "zh-tw/monitor-arm/capacity", "您好，MA-1 這支手臂適合2到8公斤、32吋以下的螢幕。太輕的螢幕會一直往上飄，太重的則會往下掉，所以挑螢幕時先查一下不含底座的淨重比較保險，規格表上通常都有寫。\n\n林冠宇 敬上",
          ["traditional", "monitor-arm"], "承重模板改寫")
rewritten("en", "zh-tw/warranty/coverage", """\
Hello Mr. Kao,

The warranty on your LiftLine Duo SD-48 runs from the delivery date: five years on the frame and three years on the motors, control box and keypad.

It covers defects in materials or manufacturing under normal use. It does not cover:
- normal cosmetic wear;
- damage caused by loading the desk beyond its rated capacity;
- modifications or taking the electronic parts apart.

If you need to make a claim, just describe the problem in this conversation and we will help.

Marisol Okafor""", ["translation", "warranty", "hard"],
          "English translation of the Traditional-only coverage template; no English coverage template exists (JC10)")
rewritten("zh", "en/keyboard-tray/mounting", """\
卢先生您好！

GlideShelf KT-26 用随附的滑轨安装在桌面底部。打孔之前请先确认：

1. 桌面厚度至少19毫米（3/4英寸），以免木螺丝穿透桌面。
2. 从前到后有一条66厘米（26英寸）长的平整区域，避开横梁和控制箱。
3. 滑轨前端距离桌边约2.5到5厘米，这样托盘可以完全推到桌下。

在 LiftLine Duo SD-48 上，滑轨居中安装时两条桌腿之间的空间足够。

顾明哲""", ["translation", "keyboard-tray", "hard"],
          "简体中文翻译的键盘托安装模板；没有中文版模板（JC10）")
v = {"buyer_name": "Ms. Iwu", "error_code": "E07", "desk_model": "LiftLine Duo SD-60",
     "error_meaning": ("the legs are out of sync, which happens most often after the desk was lifted by its top or moved with "
                       "something heavy on one end; before anything else, take everything off the desktop, loosen the eight "
                       "frame screws by one turn, run the desk to the top and back down twice so the legs can square themselves, "
                       "then retighten the screws in a cross pattern, and if you have a spirit level, check the top front to back "
                       "and side to side and turn the glides under the feet until it is level"),
     "agent_name": "Declan Hurst"}
add("rewritten", "en", render("en/controller/error-code", v), [TR], ["slot-stuffing", "hard"],
    "en/controller/error-code: the error_meaning slot carries 480 characters of free troubleshooting instructions (JC11)",
    src="en/controller/error-code", vals=v)

# ---------------------------------------------------------------------------
# 6. Logistics replies with free non-logistics sentences (expected: template-required)
# ---------------------------------------------------------------------------
def mixedlog(lang, text, tags=(), note=""):
    add("mixed-logistics", lang, text, [TR], tags, note)


mixedlog("en", """\
Hi Oren,

Your LiftLine Duo SD-48 left our warehouse this morning with UPS, tracking 1Z2H90E70340187265, and is due on Friday.

A tip for assembly day: build the frame on top of the flattened cardboard so the floor doesn't get scratched, and have a second person help when you turn the desk upright, because the top alone weighs about 50 lb.

Best,
Yusuf""", [], "tracking + free assembly tip (JC6)")
mixedlog("en", """\
Hello Ms. Banerjee,

A replacement HC-7 keypad is on its way by USPS, tracking 9400 1118 6602 8831 4407 19, due Thursday. You can keep the old one.

Until it arrives, you can still get the desk down: unplug it for 30 seconds, plug it back in, and hold the DOWN button on the old keypad for about ten seconds; in most cases the keypad responds again for a while after that.

Regards,
Declan Hurst""", ["replacement-part"], "replacement shipment + free troubleshooting workaround (JC6)")
mixedlog("en", "Hi Ezra, the freight carrier will call you on Tuesday to set a delivery window for Thursday; it is a curbside delivery, so plan on bringing the two boxes in yourself. For the build, allow about an hour with two people, and keep the leg screws slightly loose until the frame is square on the desktop. - Marisol",
         ["freight"], "freight scheduling + free assembly advice (JC6)")
mixedlog("en", """\
Hello Mr. Szabo,

We updated the shipping address to Suite 210 before the order was packed, so the desk will go to your office. It still ships tomorrow.

On your other question: yes, two 32-inch monitors on a dual arm plus a laptop come to roughly 45 lb, well inside what the SD-60 can lift.

Regards,
Yusuf Brandt""", ["address", "capacity"], "address change + free weight-capacity answer (JC6)")
mixedlog("en", """\
Hi Margaux,

There is nothing to pay on delivery: Amazon collected the import fees deposit for your chair at checkout. It should reach Montreal on Monday.

About the backrest feeling too upright: turn the knob under the front of the seat anticlockwise a few turns. That lightens the recline tension so the back gives way when you lean.

Best regards,
Declan Hurst""", ["customs", "chair"], "customs + free chair adjustment tip (JC6)")
mixedlog("en", "Cancelled as requested, Ivo; the refund will be back on your card within a few days. For what it's worth, I think you made a sensible call: for one laptop the fixed desk you already have will do the job, and a stack of books under the laptop raises the screen nicely. - Marisol",
         ["cancellation", "opinion", "short"], "cancellation + free opinion and ergonomics tip (JC6)")
mixedlog("zh", "任先生您好！您的 LiftLine Solo SD-40 今天已经通过UPS发出，单号 1Z8C04X10359926718，预计下周一送达。\n\n安装时提醒您一下：桌腿上的螺丝先不要拧死，等桌架和桌面对齐以后再统一拧紧，这样孔位最容易对上。\n\n宋佳怡",
         [], "发货 + 自由撰写的安装提示（JC6）")
mixedlog("zh", "夏女士您好！退货标签已经生成，您可以在“我的订单”里打印，送到任意UPS门店即可，仓库收到后会全额退款。\n\n另外，您提到椅子会慢慢往下沉，这通常是气压棒的问题。如果您改变主意想保留椅子，可以先检查座椅下方的调节杆是否被卡在半抬起的位置，松开后再试试。\n\n何晓岚",
         ["return"], "退货 + 自由撰写的故障建议（JC6）")
mixedlog("zh", "您好，补发的显示器支架夹具已经寄出，USPS单号 9400 1118 3305 7719 2286 41，大约三天到。至于您问的承重：MA-2 每支手臂可以承重2到9公斤，您的27寸显示器约6公斤，完全没问题。\n\n顾明哲",
         ["replacement-part", "capacity"], "补发 + 自由撰写的承重答复（JC6）")
mixedlog("zh", "盧小姐您好：辦公椅預計6月12日送達，追蹤號碼 1Z4R71W20318855402。收到後如果覺得椅背太直，可以把座墊下方的旋鈕逆時針轉幾圈，後仰會比較輕鬆。\n\n鄭雅筑 敬上",
         ["traditional", "chair"], "配送 + 椅子調整建議（JC6）")
mixedlog("zh", "您好，退貨申請已經通過，請在14天內把升降桌寄回，收到後會全額退款。順帶回答您問的問題：馬達的保固是三年，如果您之後決定保留桌子，馬達有狀況也可以直接找我們處理。\n\n林冠宇 敬上",
         ["traditional", "return", "warranty"], "退貨 + 保固說明（JC6）")
mixedlog("mixed", """\
Hi Ming, the replacement control box shipped today, tracking 1Z6W18E70392257031. Meanwhile, if E12 shows up again, reseat both motor cables and it usually clears.
Ming 您好，替换的控制箱今天已经寄出，单号 1Z6W18E70392257031。在收到之前，如果再出现 E12，把两根电机线重新插紧通常就能解决。
Declan Hurst""", ["bilingual", "replacement-part", "error-code"], "bilingual shipment + error-code tip (JC6)")

# ---------------------------------------------------------------------------
# 7. Violations
# ---------------------------------------------------------------------------
def violation(lang, text, labels, tags=(), note="", src=None, vals=None):
    add("violation", lang, text, labels, tags, note, src=src, vals=vals)


v = {"buyer_name": "Lachlan", "order_id": "111-6058832-1974406", "product": "Saltmarsh C-40 task chair",
     "agent_name": "Declan Hurst"}
violation("en", edit(render("en/review/neutral-request", v),
          ("their workspace.\n\n", "their workspace.\n\nIf you're happy with the chair, we'd love to see that in your review; if anything isn't quite right, please message us first before posting.\n\n")),
          [RI], ["template-based", "gating"],
          "en/review/neutral-request: exact fill plus a review-gating sentence (JC1)", "en/review/neutral-request", v)
v = {"buyer_name": "Ms. Pemberton", "order_id": "114-8813057-2260941", "product": "ArcReach MA-2 dual monitor arm",
     "agent_name": "Yusuf Brandt"}
violation("en", edit(render("en/review/neutral-request", v),
          ("their workspace.\n\n", "their workspace. As a small thank-you, we'll send you a free cable management kit once your review is posted.\n\n")),
          [RI], ["template-based", "incentive"],
          "en/review/neutral-request: exact fill plus a free gift for the review (JC1)", "en/review/neutral-request", v)
v = {"buyer_name": "白女士", "product": "LiftLine Duo SD-48 电动升降桌", "order_id": "112-0467215-8839502",
     "agent_name": "宋佳怡"}
violation("zh", edit(render("zh/review/neutral-request", v),
          ("办公设备。\n\n", "办公设备。如果您满意，麻烦给我们一个五星好评，非常感谢！\n\n")),
          [RI], ["template-based", "five-star"],
          "zh/review/neutral-request: exact fill plus 五星好评 (JC1)", "zh/review/neutral-request", v)
v = {"buyer_name": "洪先生", "product": "LiftLine Solo SD-40 電動升降桌", "page": "7",
     "section": "控制面板與錯誤代碼", "agent_name": "林冠宇"}
violation("zh", edit(render("zh-tw/manual/pointer", v),
          ("中找到。", "中找到，也可以到我們官網 www.brightfold-desk.com 下載最新版本。")),
          [OFF], ["template-based", "traditional", "link"],
          "zh-tw/manual/pointer: exact fill plus the seller's own website (JC1)", "zh-tw/manual/pointer", v)
v = {"buyer_name": "Mr. Achterberg", "error_code": "E12", "desk_model": "LiftLine Solo SD-40",
     "error_meaning": "the control box cannot detect the motor, usually because the motor cable is loose or in the wrong port",
     "agent_name": "Yusuf Brandt"}
violation("en", edit(render("en/controller/error-code", v),
          ("suggest the next step.\n\n", "suggest the next step. For a faster answer, you can also WhatsApp our technician at +1 312-555-0136.\n\n")),
          [OFF], ["template-based", "messaging-app", "phone"],
          "en/controller/error-code: exact fill plus a WhatsApp number (JC1)", "en/controller/error-code", v)
v = {"buyer_name": "Ms. Valcourt", "product": "Heronback C-60 mesh chair", "order_id": "113-9904126-5538217",
     "case_id": "BW-W-41877", "agent_name": "Marisol Okafor"}
violation("en", edit(render("en/warranty/claim-intake", v),
          ("please reply in this message thread with:", "please email warranty@brightfold-desk.com with:")),
          [OFF], ["template-based", "email"],
          "en/warranty/claim-intake: fill whose evidence step points to an e-mail address instead of the thread (JC1)",
          "en/warranty/claim-intake", v)
v = {"buyer_name": "Dominic", "chair_model": "Saltmarsh C-40 task chair", "agent_name": "Declan Hurst"}
violation("en", render("en/chair/adjustment", v) + "\n\nP.S. Our new Brightfold footrest is 20% off this week with code STEPUP20.",
          [MKT], ["template-based", "coupon"],
          "en/chair/adjustment: exact fill plus a P.S. with a discount code (JC1)", "en/chair/adjustment", v)
v = {"buyer_name": "石先生", "product": "LiftLine Duo SD-48 电动升降桌", "capacity_kg": "120",
     "capacity_lb": "265", "agent_name": "顾明哲"}
violation("zh", edit(render("zh/specs/capacity", v),
          ("不要长期满载使用。", "不要长期满载使用。另外，我们新上架了ArcReach MA-2双屏显示器支架，现在下单立减15%，欢迎选购！")),
          [MKT], ["template-based", "cross-sell"],
          "zh/specs/capacity: exact fill plus a new-product discount and cross-sell (JC1)", "zh/specs/capacity", v)
v = {"buyer_name": "Rhiannon", "page": "4", "product": "GlideShelf KT-26 keyboard tray",
     "section": "Fitting the mouse platform", "agent_name": "Yusuf Brandt | support@brightfold-desk.com"}
violation("en", render("en/manual/pointer", v), [OFF], ["template-based", "email", "slot-value", "hard"],
          "en/manual/pointer: exact rendering, but the agent_name value carries an e-mail address (JC2)",
          "en/manual/pointer", v)
v = {"buyer_name": "Mr. Gallagher", "order_id": "112-5549018-3067714", "product": "LiftLine Duo SD-48 standing desk",
     "agent_name": "Declan Hurst"}
violation("en", edit(render("en/review/neutral-request", v),
          ("their workspace.\n\n", "their workspace.\n\nNow that the replacement control box has fixed the problem, would you also consider updating the 2-star review you posted earlier?\n\n")),
          [RI], ["template-based", "review-change"],
          "en/review/neutral-request: exact fill plus a request to update an earlier 2-star review (JC1)",
          "en/review/neutral-request", v)
violation("en", "Hi Jonas, the desk is at the freight terminal and ready to go out. To pick a delivery day, just text me at (312) 555-0178 with a couple of days that work and I'll book it with the carrier. - Marisol",
          [OFF], ["free-logistics", "phone"], "free freight-scheduling reply that moves the buyer to a phone number (JC3)")
violation("en", """\
Hello Ms. Kaur,

We received the returned chair today and your refund of $219.00 has been issued to your original payment method.

Since everything has been refunded in full, would you be willing to remove the 1-star review you left on the chair's page?

Regards,
Yusuf Brandt""", [RI, TR], ["free-logistics", "review-change"],
          "refund of a return plus a request to remove a 1-star review (JC5)")
violation("zh", "您好！桌子升到一半就停，多半是两条腿不同步了。您先长按下降键到底重置一下。如果还不行，加我微信 brightfold_gu，我发视频教您一步一步排查，比在这里沟通快。\n\n顾明哲",
          [OFF, TR], ["free", "messaging-app"], "free troubleshooting that moves the buyer to WeChat (JC4)")
violation("zh", "詹小姐您好：很高興升降桌已經組裝好了！如果您用得滿意，請幫我們留一個五星評價；如果有任何不滿意，請先私訊我們，不要直接留評，我們一定會處理好。\n\n鄭雅筑 敬上",
          [RI, TR], ["free", "traditional", "five-star", "gating"],
          "free review request asking for five stars and diverting unhappy buyers (JC4)")
violation("en", "Hi Moira! Summer sale at Brightfold: all ArcReach monitor arms are 25% off until Sunday with code ARMS25, and our new GlideShelf keyboard tray pairs perfectly with the desk you bought. Grab one while stock lasts! - Declan",
          [MKT, TR], ["free", "coupon", "cross-sell"], "reply that is only a sale, a code and a cross-sell (JC4)")
violation("zh", "尹先生您好，很抱歉，您的椅子因为仓库积压会晚两天发货，预计6月18日送达。为表歉意，送您一个优惠码 SORRY15，下次购买任何商品立减15%。\n\n宋佳怡",
          [MKT, TR], ["free-logistics", "coupon"], "delay notice plus a coupon for the next purchase (JC5)")
violation("mixed", """\
Hi Ms. Liao, your desk shipped today with UPS, tracking 1Z0P66E70345520983. For delivery updates, add us on LINE: @brightfold_tw.
廖小姐您好，您的升降桌今天已經以UPS寄出，追蹤號碼 1Z0P66E70345520983。想隨時掌握配送進度，歡迎加我們的LINE：@brightfold_tw。
林冠宇""", [OFF], ["free-logistics", "bilingual", "traditional", "messaging-app"],
          "bilingual tracking reply that invites the buyer to LINE (JC3)")


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------
ERRORS = []


def check(cond, msg):
    if not cond:
        ERRORS.append(msg)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def ratio(a, b):
    return difflib.SequenceMatcher(None, norm_ws(a), norm_ws(b), autojunk=False).ratio()


STRIPPED = {tid: PH.sub("", text) for tid, text in T.items()}

# (simplified, traditional) pairs whose members are script-specific
PAIRS = ("这這 说說 们們 时時 过過 为為 会會 发發 货貨 单單 号號 话話 电電 点點 让讓 请請 调調 认認 线線 机機 马馬 达達 体體"
         " 问問 题題 应應 该該 谢謝 运運 还還 边邊 开開 关關 压壓 换換 长長 钮鈕 键鍵 测測 检檢 订訂 购購 买買 卖賣 递遞 务務"
         " 录錄 设設 动動 书書 页頁 节節 围圍 损損 坏壞 质質 装裝 钱錢 费費 税稅 际際 块塊 备備 码碼 万萬 与與 两兩 个個 无無"
         " 东東 车車 门門 见見 间間 现現 实實 后後 里裡 业業 处處 从從 样樣 颗顆 觉覺 声聲 离離 种種 径徑 轻輕 紧緊 专專 连連"
         " 转轉 轮輪 显顯 萤螢 屉屜 络絡 级級 细細 经經 结結 给給 约約 纸紙 随隨 预預 签簽 标標"
         " 准準 帮幫 网網 惊驚 欢歡 乐樂 惯慣 写寫 满滿 评評 论論 价價 顺順 负負 责責 贵貴 库庫 仓倉 输輸")
SIMP_ONLY, TRAD_ONLY = set(), set()
for p in PAIRS.split():
    if p[0] != p[1]:
        SIMP_ONLY.add(p[0])
        TRAD_ONLY.add(p[1])
CJK = re.compile(r"[\u3400-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")
CONTACT = re.compile(r"@|www\.|https?://|\.com\b|\.net\b|555-01\d\d|whatsapp|wechat|微信|telegram", re.I)
PROMO = re.compile(r"% off|\d+%|coupon|discount|\bcode [A-Z]{3,}\d+|优惠|折扣|立减|上新|新上架|选购|sale\b", re.I)
REVIEW_PUSH = re.compile(r"5-star|five-star|five stars|五星|好评|好評|1-star|2-star|remove the|updating the|remove your|update your")


LINE_APP = re.compile(r"\bLINE\b")


def script_of(s):
    return "zh-tw" if any(c in TRAD_ONLY for c in s) else "zh"


# templates
for tid, text in T.items():
    check(text.count("{{") == text.count("}}"), f"template {tid}: unbalanced braces")
    check(len(PH.findall(text)) == text.count("{{"), f"template {tid}: malformed placeholder")
    check(re.sub(PH, "", text).count("{") == 0 and re.sub(PH, "", text).count("}") == 0,
          f"template {tid}: stray brace")
    check(len(PH.findall(text)) >= 2, f"template {tid}: fewer than two placeholders")
    check("\n\n\n" not in text, f"template {tid}: triple line break")
    check(not EMOJI.search(text), f"template {tid}: emoji")
    lang = tlang(tid)
    check(lang in ("en", "zh", "zh-tw"), f"template {tid}: unknown language folder")
    if lang == "en":
        check(not CJK.search(text), f"template {tid}: CJK in English template")
    elif lang == "zh":
        bad = [c for c in text if c in TRAD_ONLY]
        check(not bad, f"template {tid}: Traditional characters {bad}")
    else:
        bad = [c for c in text if c in SIMP_ONLY]
        check(not bad, f"template {tid}: Simplified characters {bad}")
    check(not CONTACT.search(text) and not LINE_APP.search(text) and not PROMO.search(text) and not REVIEW_PUSH.search(text),
          f"template {tid}: contact, promotion or rating wording")
check(18 <= len(T) <= 24, f"template count {len(T)}")
for lg in ("en", "zh", "zh-tw"):
    check(sum(1 for t in T if tlang(t) == lg) >= 5, f"fewer than 5 templates in {lg}")

# replies
used = set()
for i, r in enumerate(REPLIES, 1):
    r["id"] = f"t36-{i:03d}"
for r in REPLIES:
    rid, text = r["id"], r["text"]
    check(r["cat"] in CATEGORIES, f"{rid}: category {r['cat']}")
    check(set(r["labels"]) <= ALLOWED_LABELS, f"{rid}: label outside allowed set {r['labels']}")
    check(len(set(r["labels"])) == len(r["labels"]), f"{rid}: duplicate label")
    check(r["lang"] in LANGS, f"{rid}: lang {r['lang']}")
    check("{{" not in text and "}}" not in text, f"{rid}: unfilled or unbalanced placeholder")
    check(text.count("{") == text.count("}"), f"{rid}: unbalanced braces")
    check(not EMOJI.search(text), f"{rid}: emoji")
    check("\n\n\n" not in text, f"{rid}: triple line break")
    check(text == text.strip(), f"{rid}: leading/trailing whitespace")
    # language
    n_cjk = len(CJK.findall(text))
    en_sentence = any(len(re.findall(r"[A-Za-z']+", ln)) >= 6 and not CJK.search(ln) for ln in text.split("\n"))
    if r["lang"] == "en":
        check(n_cjk == 0, f"{rid}: CJK characters in an en reply")
    elif r["lang"] == "zh":
        check(n_cjk >= 10 and not en_sentence, f"{rid}: zh reply with an English sentence or too little Chinese")
    else:
        check(n_cjk >= 20 and en_sentence, f"{rid}: mixed reply lacks one of the languages")
    if n_cjk:
        trad = "traditional" in r["tags"]
        cjk_text = "".join(CJK.findall(text))
        if trad:
            bad = [c for c in cjk_text if c in SIMP_ONLY]
            check(not bad, f"{rid}: Simplified characters {bad} in a Traditional reply")
        else:
            bad = [c for c in cjk_text if c in TRAD_ONLY]
            check(not bad, f"{rid}: Traditional characters {bad} in a Simplified reply")
    # labels per category
    cat, labels = r["cat"], set(r["labels"])
    if cat in ("fill-exact", "fill-edited", "fill-plus-logistics", "logistics"):
        check(labels == set(), f"{rid}: {cat} must have no labels")
    if cat in ("free", "rewritten", "mixed-logistics"):
        check(labels == {TR}, f"{rid}: {cat} must be template-required only")
    if cat == "violation":
        check(labels - {TR}, f"{rid}: violation without a content label")
    if OFF not in labels:
        check(not CONTACT.search(text) and not LINE_APP.search(text), f"{rid}: contact wording but no off-platform-contact label")
    if MKT not in labels:
        check(not PROMO.search(text), f"{rid}: promotion wording but no marketing label")
    if RI not in labels:
        check(not REVIEW_PUSH.search(text), f"{rid}: rating/review-change wording but no review-inducement label")
    if cat in ("logistics", "mixed-logistics", "fill-plus-logistics"):
        check(not re.search(r"review|评价|評價|留评|留評", text.replace("reviewed", "")),
              f"{rid}: logistics reply mentions reviews")
    # template sources
    srcs = r["src"] if isinstance(r["src"], list) else ([r["src"]] if r["src"] else [])
    valsets = r["vals"] if isinstance(r["vals"], list) else ([r["vals"]] if r["vals"] else [])
    for s in srcs:
        check(s in T, f"{rid}: unknown source template {s}")
    if srcs:
        check(r["note"].startswith(srcs[0]), f"{rid}: note must start with the source template id")
    if r["exact"]:
        check(text == render(srcs[0], valsets[0]), f"{rid}: exact fill differs from the rendering")
    if cat.startswith("fill") and "script-converted" not in r["tags"]:
        for s, vs in zip(srcs, valsets):
            for val in vs.values():
                check(norm_ws(val) in norm_ws(text), f"{rid}: value {val!r} missing from the text")
        for s in srcs:
            used.add(s)
    if "script-converted" in r["tags"]:
        used.add(srcs[0])
for tid in T:
    check(tid in used, f"template {tid} has no fill")
ids = [r["id"] for r in REPLIES]
check(len(ids) == len(set(ids)), "duplicate ids")

# order ids / tracking numbers belong to one reply each
seen = {}
for r in REPLIES:
    for m in set(re.findall(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z[0-9A-Z]{16}\b", r["text"])):
        check(m not in seen, f"{r['id']}: identifier {m} also used in {seen.get(m)}")
        seen[m] = r["id"]

# similarity sanity checks (difflib on whitespace-collapsed text)
SIM = {}
for r in REPLIES:
    best_tid, best = max(((tid, ratio(r["text"], s)) for tid, s in STRIPPED.items()), key=lambda x: x[1])
    r["nearest"], r["nearest_ratio"] = best_tid, best
    srcs = r["src"] if isinstance(r["src"], list) else ([r["src"]] if r["src"] else [])
    valsets = r["vals"] if isinstance(r["vals"], list) else ([r["vals"]] if r["vals"] else [])
    own = None
    if len(srcs) == 1 and valsets and "script-converted" not in r["tags"]:
        own = ratio(r["text"], render(srcs[0], valsets[0]))
    r["own_ratio"] = own
    cat = r["cat"]
    if cat == "fill-edited" and own is not None:
        check(own >= 0.75, f"{r['id']}: edited fill only {own:.2f} similar to its rendering")
        check(best_tid == srcs[0], f"{r['id']}: nearest template is {best_tid}, not {srcs[0]}")
    if cat == "violation" and "template-based" in r["tags"]:
        check(own >= 0.70, f"{r['id']}: template-based violation only {own:.2f} similar to its rendering")
        check(best_tid == srcs[0], f"{r['id']}: nearest template is {best_tid}, not {srcs[0]}")
    if TR in r["labels"] and "slot-stuffing" not in r["tags"]:
        check(best < 0.55, f"{r['id']}: template-required reply is {best:.2f} similar to {best_tid}")
    if cat == "fill-plus-logistics":
        check(own >= 0.65, f"{r['id']}: fill-plus-logistics only {own:.2f} similar to its rendering")

# counts
total = len(REPLIES)
check(140 <= total <= 165, f"reply count {total}")
n_zh = sum(1 for r in REPLIES if r["lang"] == "zh")
n_en = sum(1 for r in REPLIES if r["lang"] == "en")
check(n_zh >= 0.3 * total and n_en >= 0.4 * total, f"language balance en={n_en} zh={n_zh}")

if ERRORS:
    print("self-check FAILED:", file=sys.stderr)
    for e in ERRORS:
        print("  " + e, file=sys.stderr)
    sys.exit(1)

# ---------------------------------------------------------------------------
# Write outputs
# ---------------------------------------------------------------------------
lib = os.path.join(HERE, "library")
if os.path.isdir(lib):
    shutil.rmtree(lib)
for tid, text in T.items():
    path = os.path.join(lib, tid + ".txt")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + "\n")

with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
    for r in REPLIES:
        rec = {"id": r["id"], "text": r["text"], "labels": r["labels"], "lang": r["lang"],
               "tags": r["tags"], "note": r["note"], "context": "reply"}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------
def ids_where(pred):
    return ", ".join(r["id"] for r in REPLIES if pred(r))


def jc_ids(tag):
    return ids_where(lambda r: re.search(rf"[(（]{tag}[)）]", r["note"]) is not None)


def col(r):
    if r["lang"] == "mixed":
        return "mixed"
    if r["lang"] == "en":
        return "en"
    return "zh-trad" if "traditional" in r["tags"] else "zh-simp"


def stats(vals):
    vals = sorted(vals)
    if not vals:
        return "-", "-", "-"
    return f"{vals[0]:.2f}", f"{vals[len(vals) // 2]:.2f}", f"{vals[-1]:.2f}"


L = []
L.append("# t36: hand-labelled held-out test set for `template-required`\n")
L.append("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only, without looking at the linter "
         "or running it. `gen.py` is the source of truth: `python3 gen.py` runs its self-checks and, only when all "
         "of them pass, rewrites `library/`, `replies.jsonl` and this README (exit 1 and nothing written otherwise). "
         "Do not edit the outputs by hand.\n")
L.append("## The seller (invented)\n")
L.append("**Brightfold Workspace** sells office furniture and ergonomic gear on Amazon: LiftLine electric standing desks "
         "(Duo SD-48 and Duo SD-60 with two motors, Solo SD-40 with one) driven by the HC-7 keypad controller "
         "(codes E01 anti-collision stop, E07 legs out of sync, E12 motor not detected, HOT thermal pause, LOC child "
         "lock), ArcReach monitor arms (MA-1 single, MA-2 dual, gas spring), Saltmarsh C-40 task chairs, Heronback C-60 "
         "mesh chairs and GlideShelf KT-26 keyboard trays. Bulky orders go by an invented LTL carrier, Northgate LTL. "
         "Agents write in English (Marisol Okafor, Declan Hurst, Yusuf Brandt), Simplified Chinese (顾明哲, 宋佳怡, "
         "何晓岚) and Traditional Chinese (鄭雅筑, 林冠宇). Every person, order id, tracking and PRO number, warranty "
         "case id (`BW-W-…`), handle, domain and phone number (US 555-01xx only) is invented; real carrier names "
         "(UPS, USPS, FedEx) appear only as carriers.\n")
L.append("## Files\n")
L.append("| file | content |\n| --- | --- |")
L.append("| `library/` | approved templates, one `*.txt` per template under `en/`, `zh/`, `zh-tw/`; template id = path "
         "without `.txt`; use as `--templates library` |")
L.append("| `replies.jsonl` | one reply per line: `id` (`t36-001`…), `text`, `labels` (expected policies at warning or "
         "error level; `[]` = nothing may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; "
         "`traditional` = Traditional script; `hard` = a numbered judgement call decides the label), `note` (starts "
         "with the source template id when there is one; cites the judgement call), `context` (always `reply`: every "
         "record answers a buyer message, so proactive-only rules must not fire) |")
L.append("| `gen.py` | all templates and replies as literals, the builders and the self-checks (standard library only) |")
L.append("| `README.md` | this file |\n")
L.append("## Templates\n")
L.append("| id | lang | topic | placeholders | fills (exact / edited or other) |")
L.append("| --- | --- | --- | --- | --- |")
for tid in T:
    ph = ", ".join(dict.fromkeys(PH.findall(T[tid])))
    ex = sum(1 for r in REPLIES if r["exact"] and r["src"] == tid)
    other = sum(1 for r in REPLIES if not r["exact"] and r["cat"] != "violation" and r["cat"] != "rewritten"
                and (r["src"] == tid or (isinstance(r["src"], list) and tid in r["src"])))
    L.append(f"| `{tid}` | {tlang(tid)} | {TOPIC[tid]} | {ph} | {ex} / {other} |")
n_lang = {lg: sum(1 for t in T if tlang(t) == lg) for lg in ("en", "zh", "zh-tw")}
L.append(f"\n{len(T)} templates: en {n_lang['en']}, zh (Simplified) {n_lang['zh']}, zh-tw (Traditional) {n_lang['zh-tw']}.\n")

L.append("## Counts\n")
cols = ["en", "zh-simp", "zh-trad", "mixed"]
L.append("| category | expected labels | en | zh (Simplified) | zh (Traditional) | mixed | total |")
L.append("| --- | --- | --- | --- | --- | --- | --- |")
EXPECT = {"fill-exact": "`[]`", "fill-edited": "`[]`", "fill-plus-logistics": "`[]`", "logistics": "`[]`",
          "free": "`[template-required]`", "rewritten": "`[template-required]`",
          "mixed-logistics": "`[template-required]`", "violation": "content policy, plus `template-required` per JC"}
for cat in CATEGORIES:
    rs = [r for r in REPLIES if r["cat"] == cat]
    c = [sum(1 for r in rs if col(r) == k) for k in cols]
    L.append(f"| {cat} | {EXPECT[cat]} | " + " | ".join(map(str, c)) + f" | {len(rs)} |")
c = [sum(1 for r in REPLIES if col(r) == k) for k in cols]
L.append("| **total** | | " + " | ".join(map(str, c)) + f" | {total} |\n")
lab = {l: sum(1 for r in REPLIES if l in r["labels"]) for l in sorted(ALLOWED_LABELS)}
n_tr = lab[TR]
L.append(f"By `lang` field: en {n_en}, zh {n_zh}, mixed {total - n_en - n_zh}. "
         f"Replies expecting `template-required`: {n_tr}; not expecting it: {total - n_tr}; with `[]`: "
         f"{sum(1 for r in REPLIES if not r['labels'])}. Label totals: "
         + ", ".join(f"`{k}` {v}" for k, v in lab.items()) + ".\n")
L.append("`lang` is `zh` for both scripts (Traditional replies carry the tag `traditional`). `mixed` means the reply "
         "has at least one full English sentence and at least one full Chinese sentence (all `mixed` replies here are "
         "bilingual: each part says the same thing in the other language). Chinese replies that only contain model "
         "names, codes or tracking numbers in Latin letters are `zh`.\n")

L.append("## Similarity sanity checks\n")
L.append("difflib `SequenceMatcher(autojunk=False).ratio()` on whitespace-collapsed text. \"own\" = the source template "
         "rendered with the same values; \"nearest\" = the highest ratio against every template with its placeholders "
         "removed. These figures only sanity-check the labels; the linter need not use or reproduce them.\n")
L.append("| group | measure | n | min | median | max | self-check |")
L.append("| --- | --- | --- | --- | --- | --- | --- |")


def row(name, measure, rs, key, req):
    vals = [r[key] for r in rs if r[key] is not None]
    a, b, c_ = stats(vals)
    L.append(f"| {name} | {measure} | {len(vals)} | {a} | {b} | {c_} | {req} |")


row("fill-exact", "nearest", [r for r in REPLIES if r["cat"] == "fill-exact"], "nearest_ratio", "(info)")
row("fill-edited (single template)", "own", [r for r in REPLIES if r["cat"] == "fill-edited"], "own_ratio",
    ">= 0.75 and own template nearest")
row("fill-edited: bilingual pairs (JC8)", "nearest", [r for r in REPLIES if "bilingual-pair" in r["tags"]],
    "nearest_ratio", "(info)")
row("fill-edited: script-converted (JC9)", "nearest", [r for r in REPLIES if "script-converted" in r["tags"]],
    "nearest_ratio", "(info)")
row("fill-plus-logistics (JC7)", "own", [r for r in REPLIES if r["cat"] == "fill-plus-logistics"], "own_ratio", ">= 0.65")
row("violation, template-based (JC1, JC2)", "own", [r for r in REPLIES if "template-based" in r["tags"]], "own_ratio",
    ">= 0.70 and own template nearest")
row("logistics", "nearest", [r for r in REPLIES if r["cat"] == "logistics"], "nearest_ratio", "(info)")
row("free", "nearest", [r for r in REPLIES if r["cat"] == "free"], "nearest_ratio", "< 0.55")
row("rewritten (without slot stuffing)", "nearest",
    [r for r in REPLIES if r["cat"] == "rewritten" and "slot-stuffing" not in r["tags"]], "nearest_ratio", "< 0.55")
row("rewritten: slot stuffing (JC11)", "own", [r for r in REPLIES if "slot-stuffing" in r["tags"]], "own_ratio",
    "(info: it IS the rendering)")
row("rewritten: slot stuffing (JC11)", "nearest", [r for r in REPLIES if "slot-stuffing" in r["tags"]],
    "nearest_ratio", "(info)")
row("mixed-logistics", "nearest", [r for r in REPLIES if r["cat"] == "mixed-logistics"], "nearest_ratio", "< 0.55")
row("violation with template-required", "nearest",
    [r for r in REPLIES if r["cat"] == "violation" and TR in r["labels"]], "nearest_ratio", "< 0.55")
L.append("")
L.append("Other self-checks: ids unique; every template placeholder well formed and balanced, no stray braces, at "
         "least two placeholders per template; no `{{`/`}}` left in any reply; labels only from `template-required`, "
         "`review-inducement`, `off-platform-contact`, `marketing`; labels fixed per category (fills and logistics "
         "`[]`, free/rewritten/mixed-logistics exactly `[template-required]`, every violation carries a content label); "
         "exact fills equal the rendering; every filled value appears in its reply; every template has at least one "
         "fill; `en` replies contain no CJK, `zh` replies no full English sentence, `mixed` replies both; Simplified and "
         "Traditional texts use only their own script (checked on a list of script-specific character pairs); no "
         "emoji, no triple line breaks; replies without `off-platform-contact` contain no link, e-mail, 555-01xx number "
         "or messaging app, replies without `marketing` no percentage, coupon or sale wording, replies without "
         "`review-inducement` no star rating or review-change wording; logistics replies never mention reviews; each "
         "order id and UPS tracking number appears in one reply only; 140-165 replies; at least 30% `zh` and 40% `en`.\n")

L.append("## Violating replies\n")
L.append("| id | lang | labels | source | call | what it does |")
L.append("| --- | --- | --- | --- | --- | --- |")
for r in REPLIES:
    if r["cat"] != "violation":
        continue
    m = re.search(r"[(（](JC\d+)[)）]", r["note"])
    src = r["src"] if r["src"] else "free-written"
    lg = r["lang"] + (" (trad.)" if "traditional" in r["tags"] else "")
    what = r["note"].split(": ", 1)[1] if r["src"] else r["note"]
    what = re.sub(r"\s*[(（]JC\d+[)）]", "", what)
    L.append(f"| {r['id']} | {lg} | " + ", ".join(f"`{x}`" for x in r["labels"]) +
             f" | `{src}` | {m.group(1) if m else ''} | {what} |")
L.append("")

L.append("## Judgement calls\n")
L.append("interface.md defines `template-required` as a seller message that is **not about logistics** (shipping, "
         "delivery, tracking, returns, address, customs) **and** does not match any approved template closely enough. "
         "The content policies are separate rows of the same table, so a violation neither adds nor removes "
         "`template-required`: each reply gets it exactly when it would get it without the violating part. The calls "
         "below apply that reading to the cases where it is not obvious.\n")
JCS = [
    ("JC1", "A template fill with a violating sentence added or swapped in (review gating, a free gift for a review, "
            "五星好评, a request to update an earlier review, a WhatsApp number, an e-mail address instead of the "
            "message thread, the seller's own website, a discount-code P.S., a cross-sell with a discount) still "
            "matches its template as closely as a fill with a friendly extra line does, so it expects the content "
            "policy only. Telling a harmless addition from a violating one is the content rules' job, not the "
            "similarity test's."),
    ("JC2", "A violation hidden in a placeholder value (an e-mail address appended to `agent_name`) leaves the "
            "template text itself untouched: the reply is an exact rendering, so `off-platform-contact` only. "
            "Placeholder values are still message text and must be linted by the content rules."),
    ("JC3", "A free-written reply that is only about logistics (freight scheduling, tracking) and moves that same "
            "logistics matter to an off-Amazon channel (a phone number to text, a LINE account) is still about "
            "logistics: `off-platform-contact` only."),
    ("JC4", "A free-written non-logistics reply that also breaks a content policy gets both labels: troubleshooting "
            "that moves to WeChat, a free review request asking for five stars and diverting unhappy buyers (a review "
            "request is its own permitted purpose in policy.md, not logistics), and a reply that is nothing but a sale, "
            "a code and a cross-sell."),
    ("JC5", "A free-written logistics reply with an added non-logistics violating sentence (asking to remove a 1-star "
            "review after the refund of a return; a coupon for the next purchase in a delay notice) expects the "
            "content policy and `template-required`: the added sentence is free non-logistics text, exactly as in "
            "the mixed-logistics category. A coupon is an offer, not a remedy; contrast the `[]` logistics replies "
            "that ship a replacement 'free of charge' or 'at no cost'."),
    ("JC6", "Mixed-logistics: a reply that is mostly logistics but adds at least one substantive non-logistics "
            "sentence of its own (an assembly tip, a troubleshooting workaround, a weight-capacity or warranty "
            "answer, a chair adjustment, an opinion) expects `template-required`; otherwise any free advice could "
            "pass by riding along with a tracking number. Greetings, thanks, apologies, 'enjoy your new desk' and "
            "signature blocks are not content and never make a logistics reply template-required."),
    ("JC7", "A reply made of an approved template fill plus a free logistics paragraph (a replacement shipment and "
            "its tracking number inserted into the manual pointer or the missing-hardware apology) expects `[]`: "
            "every non-logistics sentence is approved text and the free part is logistics, which needs no template. "
            "Difflib similarity of these replies to their own rendering stays at or above 0.65."),
    ("JC8", "A bilingual reply that is an English fill followed by the Chinese fill of the same answer (the library "
            "has both language versions) expects `[]`: each half is an approved template. A whole-message comparison "
            "against one template sees only about half of the text matching, so a linter must compare parts (for "
            "example paragraphs or language blocks) to get these right."),
    ("JC9", "A Traditional-script rendering of a Simplified-only template (character-by-character conversion, same "
            "words, same values) expects `[]`: the approved wording is unchanged, and interface.md already lists "
            "Traditional-character folding among the normalizations the linter applies before matching. A translation into another language is different "
            "(JC10)."),
    ("JC10", "A translation of a template into a language that has no template for that topic (an English version of "
             "the Traditional-only warranty coverage text; a Simplified Chinese version of the English-only keyboard "
             "tray text) expects `template-required`: the approved library does not contain that text, and a "
             "template in another language does not cover it."),
    ("JC11", "Slot stuffing: a fill whose `error_meaning` placeholder carries 480 characters of free troubleshooting "
             "instructions expects `template-required`. interface.md defines placeholders as short text (a name, an "
             "order id, a date, a tracking number); a paragraph of unapproved advice inside a slot is not covered by "
             "the template. Contrast the exact fills with long *descriptive* values (a 170-character Amazon product "
             "title, a 55-character Chinese listing title, a 100-character section title, a 100-character "
             "error_meaning clause), which expect `[]`. The stuffed value is "
             "nearly three times as long as the longest descriptive value and consists of imperative instructions; "
             "a whole-text similarity score cannot see the difference (0.68 against the stripped template, about the "
             "same as the exact fill with a 100-character section title in the short manual template, 0.69), so a linter needs a limit on what a placeholder may absorb."),
    ("JC12", "Logistics boundary. Logistics = shipping, delivery dates and estimates, freight delivery scheduling, "
             "tracking, split shipments, delivery instructions, lost or damaged parcels, replacement and warranty "
             "part shipments, wrong-item exchanges, returns (including how to pack the item for a return pickup: "
             "taking the desktop off the frame so the carrier can collect it flat), refunds of returns, partial "
             "refunds for transit damage, address changes, cancellations, customs and import fees. Asking for a phone "
             "number the freight carrier can call is the policy.md allowed near-miss for bulky-item scheduling, not "
             "a conduct problem. Parcel weights (41 lb frame box) are shipping data; a desk's rated load is a "
             "product answer. Assembly, troubleshooting, product advice, warranty coverage and opinions are not "
             "logistics even when a shipment is mentioned nearby."),
    ("JC13", "Review requests. The approved neutral review request templates, filled exactly or lightly edited, "
             "expect `[]` (the once-per-order limit needs a ledger and is not in play in this set). A neutral review "
             "request written freely or rewritten from the template is non-logistics free text: `template-required` "
             "only, no `review-inducement`."),
    ("JC14", "Light vs heavy edits. Light (expects `[]`): a changed greeting or sign-off, an added thank-you or "
             "pleasantry, one or two reworded phrases, a dropped bullet or paragraph, bullets re-marked or renumbered, "
             "full-width punctuation replaced by half-width, lines re-wrapped or blank lines removed. All of these "
             "stay at difflib >= 0.75 against their own rendering. Heavy (expects `template-required`): the same "
             "facts retold in new sentences, merged into one paragraph, with the structure and most of the wording "
             "gone (difflib < 0.55 against every template)."),
]
for k, text in JCS:
    ref = jc_ids(k)
    L.append(f"{k[2:]}. **{k}.** {text}" + (f" ({ref})" if ref else ""))
L.append("")
L.append("Near-misses inside `[]` replies that a content rule must not flag: 'We reviewed the photos', 'free of "
         "charge', 'at no cost to you' (remedies), 取消重复的订单 (logistics 取消), warranty case ids like `BW-W-40218`, "
         "PRO numbers, USPS tracking numbers with spaces, Amazon order ids, 'Import Fees Deposit'.\n")

with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
    f.write("\n".join(L))

print(f"ok: {len(T)} templates, {total} replies; labels " + ", ".join(f"{k}={v}" for k, v in lab.items()))
