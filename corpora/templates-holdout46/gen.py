#!/usr/bin/env python3
"""t46: hand-labelled held-out test set for msglint's `template-required` policy.

Single source of truth. `python3 gen.py` runs the self-checks and, only when all of
them pass, rewrites library/, replies.jsonl and README.md next to this file. When a
check fails it prints the problems, writes nothing and exits 1. Standard library only.
The shop (Larkspur Stitchworks), its brands, products, staff, buyers, order ids,
tracking numbers, case ids, model numbers, handles, domains, codes and phone numbers
are all invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t46"
TR = ["template-required"]
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
CONTENT = {RI, OPC, MKT}
ALLOWED = CONTENT | {"template-required"}
LANGS = {"en", "zh"}
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# ==========================================================================
# Approved template library: 19 templates (9 en, 6 zh, 4 zh-tw)
# ==========================================================================
TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English
template("en/machine/tension", "en", "answering a product question: loops under the fabric and the upper thread tension", """
Hi {{buyer_name}},

Thank you for the photos of your stitching. Loops of top thread on the underside of the fabric almost always mean that the upper thread is not sitting between the tension discs, rather than a fault in the {{product}}. Please try this:

1. Raise the presser foot before you thread the machine. With the foot down the discs are closed, and the thread cannot slip between them.
2. Rethread the top thread from the spool pin, pulling it firmly into each guide until you feel it seat.
3. Lower the foot and set the tension dial to {{tension_setting}}, which suits most medium-weight cottons.
4. Sew a test line on two layers of scrap fabric. If the top thread still shows on the back, turn the dial up by one number; if the bobbin thread shows on top, turn it down by one.

Change only one number at a time and sew a new test line after each change.

Warm regards,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/serger/threading", "en", "threading a serger in the right order", """
Hello {{buyer_name}},

Sergers are particular about threading order, and most stitch problems on a new {{product}} come from threading the loopers after the needles. Please follow this sequence every time:

- Upper looper first, then the lower looper, then the right needle, and the left needle last.
- Before threading the loopers, raise the presser foot and turn the handwheel toward you until the lower looper sits fully to the right, where its thread path is easiest to reach.
- Follow the colour dots on the thread guides: {{colour_guide}}.
- Whenever you rethread a looper, unthread both needles first and thread them again after the looper.

Once all four threads are in, lay them under the foot toward the back and sew a short chain off the edge of the fabric before you start your seam.

Happy sewing,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/feet/walking-foot", "en", "answering a product question: fitting and using a walking foot", """
Hi {{buyer_name}},

Yes, the {{foot_model}} fits your {{machine_model}}. A walking foot moves the top layer of fabric at the same pace as the feed dogs move the bottom layer, so quilt layers and striped fabric stay lined up. To fit it:

1. Raise the needle to its highest point and switch the machine off.
2. Remove the regular foot and its holder by undoing the thumb screw at the side of the presser bar.
3. Hook the fork on the walking foot's arm over the needle clamp screw, so that the arm rides on it, and tighten the thumb screw with the foot in place.
4. Turn the handwheel slowly by hand through one full stitch to check that the needle clears the foot.

Lengthen the stitch to {{stitch_length}} for quilting through batting, and sew at a moderate speed; the foot needs time to carry the layers evenly.

Best wishes,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/cutter/blade-change", "en", "changing the blade of a rotary cutter safely", """
Dear {{buyer_name}},

Thank you for asking how to replace the blade in your {{product}}. A fresh blade cuts cleanly with light pressure, so it is worth changing as soon as the cutter starts to leave uncut threads. Please work on a flat surface and keep the guard closed until the last step:

1. Unscrew the nut on the back of the cutter and lay each part down in order: nut, spring washer, blade and guard.
2. Lift the old blade out by its centre hole, never by the edge, and put it straight into the empty case of the new blade.
3. Fit the new {{blade_size}} blade the same way round as the old one, replace the washer with its curved side facing out, and tighten the nut finger-tight.
4. Open the guard and roll the cutter along a scrap of fabric to check that it runs smoothly.

Tape the case with the old blade shut before it goes in the bin.

Yours sincerely,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/troubleshoot/skipped-stitches", "en", "troubleshooting: skipped stitches", """
Hi {{buyer_name}},

I'm sorry the {{product}} is skipping stitches. In nearly every case the cause is the needle, so please start there:

- Fit a new needle. Needles dull or bend long before they look worn, and a slightly bent one misses the bobbin thread.
- Check that the needle suits the fabric. For knits and jersey, use a {{needle_type}} needle; its rounded point slides between the fibres instead of piercing them.
- Push the needle all the way up into the clamp, with the flat side of the shank facing the back, before you tighten the screw.
- Rethread the top thread with the presser foot raised.

If stitches are still being skipped after these steps, please reply with the fabric and thread you are using, and we will suggest what to try next.

Kind regards,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

I'm sorry to hear that your {{product}} is not working as it should. The machine has a {{warranty_period}} limited warranty covering faults in materials and assembly, and I have logged your request as case {{case_id}} against order {{order_id}}.

So that our technicians can assess it, please send the following in this thread:
1. A short video of the machine sewing a few inches on scrap fabric, with the sound on.
2. A clear photo of the rating plate with the serial number, on the back of the machine.
3. The needle size and the thread you were using when the problem began.

Wear parts such as needles, bulbs and the bobbin case spring are not covered, and neither is damage from a fall. Once we have your video, we will reply within two business days with the next step.

Kind regards,
{{agent_name}}
Larkspur Stitchworks Support
""")

template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} has found its place in your sewing room.

If you have a moment, other sewists would benefit from hearing how it has worked for you, whatever your experience has been. You can write a review on the product page on Amazon; whether you do so is entirely your choice.

Thank you,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/apology/thread-nest", "en", "apology for thread bunching under the fabric, and the checks to make", """
Dear {{buyer_name}},

I'm sorry your first project on the {{product}} ended in a tangle of thread under the fabric. That knot, often called a bird's nest, is frustrating, but it can usually be fixed in a few minutes:

1. Cut the tangle free, take out the bobbin and brush any lint out of the bobbin area.
2. Drop the bobbin back in so that the thread unwinds counter-clockwise, and draw it through the slot in the bobbin case until it clicks under the tension spring.
3. Rethread the top thread with the presser foot up.
4. When you start sewing, hold both thread tails toward the back for the first two or three stitches.

If the tangle comes back after these checks, please tell us, and we will work out the next step together.

With apologies,
{{agent_name}}
Larkspur Stitchworks
""")

template("en/thread/weight-choice", "en", "answering a product question: thread weights and a matching needle", """
Hi {{buyer_name}},

Good question about the {{product}}. Thread weight numbers work backwards: the higher the number, the finer the thread. As a rough guide:

- For piecing quilt tops, a 50 wt cotton gives flat seams that press open neatly.
- For garment seams, an all-purpose 40 wt polyester has a little give and holds up well to washing.
- For topstitching that you want to show, a 30 wt or heavier thread stands out on the surface.

Match the needle to the thread as well. With this thread, a {{needle_size}} needle is a good place to start. If the thread frays or snaps, go up one needle size so that it has more room in the eye.

All the best,
{{agent_name}}
Larkspur Stitchworks
""")

# ------------------------------------------------------------------ Simplified Chinese
template("zh/machine/oiling", "zh", "缝纫机的日常清洁与上油", """
{{buyer_name}}，您好！

关于{{product}}的日常保养，我们建议每缝纫{{interval}}做一次清洁和上油，步骤如下：

1. 关闭电源并拔下插头，取下压脚、机针和针板。
2. 取出梭芯和梭壳，用随机附带的小毛刷把送布牙和旋梭周围的线头、布屑扫干净。请不要用嘴吹，潮气会让灰尘粘在里面。
3. 在旋梭轨道上滴一滴缝纫机专用油，不要多滴。
4. 装回各个零件后，先在碎布上空缝几行，让多余的油被布吸走，再开始缝正式的布料。

请不要使用食用油或多用途润滑喷剂，它们时间一长会变稠，反而让机器转动发涩。

祝您缝纫愉快！
{{agent_name}}
Larkspur 缝纫用品客服
""")

template("zh/ruler/cutting", "zh", "绗缝尺配合轮刀裁布的方法", """
{{buyer_name}}，您好！

感谢您询问{{product}}的用法。用绗缝尺配合轮刀裁布时，注意下面几点，布边会又直又准：

- 先把布料对折熨平，让折边与切割垫上的横线对齐，这样裁出的布条不会在折线处弯成V形。
- 尺子压在要保留的那一侧布料上，手掌张开按住尺面，手指远离尺边。
- 轮刀紧贴尺边，从靠近自己的一端向外推，一次推到底，不要来回锯。
- 尺子较长时，推到一半可以停下，把按尺的手往前挪，再接着推。

尺面刻度以靠近尺边的那条线为准，下刀之前请再核对一次宽度。

祝您创作顺利！
{{agent_name}}
Larkspur 缝纫用品客服
""")

template("zh/serger/differential", "zh", "包缝机差动送布的调节（布边起波浪或起皱）", """
{{buyer_name}}，您好！

您提到缝弹力针织布时布边出现波浪，这通常与差动送布的设置有关，并不是{{product}}出了故障。差动送布是让前后两组送布牙以不同的速度送布，可以这样调整：

1. 缝针织布、汗布这类容易被拉长的面料时，把差动旋钮调到{{setting}}，前送布牙会多送一些布，抵消拉伸。
2. 缝雪纺、薄纱这类容易起皱的面料时，把旋钮调到小于1的数值，让布料稍微被拉平。
3. 普通梭织布保持在1即可。

每次调整后，先在同一块布的边角试缝十厘米左右，看布边是否平整，再缝正式的衣片。

如有其他疑问，欢迎继续留言。
{{agent_name}}
Larkspur 缝纫用品客服
""")

template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好！

很抱歉您的{{product}}出现了问题。这台机器享有{{warranty_period}}有限保修，涵盖电机、电路板和机械部件在材料与装配上的缺陷。我们已为订单{{order_id}}登记了保修申请，编号为{{case_id}}。

为了尽快判断原因，请在本对话中回复以下资料：
1. 一段机器在碎布上缝纫的短视频，请保留声音；
2. 机身背面铭牌的清晰照片，需能看清序列号；
3. 出现问题时所用的机针型号和缝线种类。

机针、灯泡、梭壳弹片等易损件，以及跌落造成的损坏，不在保修范围内。收到视频后，我们会在两个工作日内答复处理方案。

{{agent_name}}
Larkspur 缝纫用品客服
""")

template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好！

希望订单{{order_id}}中的{{product}}已经在您的缝纫桌上派上了用场。

如果您有时间，欢迎在亚马逊的商品页面写下您的真实使用感受。不论感受如何，都能帮助其他缝纫爱好者做出选择。是否撰写评论完全由您决定。

谢谢您！
{{agent_name}}
Larkspur 缝纫用品客服
""")

template("zh/apology/needle-break", "zh", "断针的致歉与排查", """
{{buyer_name}}，您好！

非常抱歉您在使用{{product}}时遇到了断针，希望您没有受伤。断针大多由下面几个原因造成，请逐一检查：

1. 机针是否插到底、扁平面朝后。没插到底的机针容易撞到针板。
2. 机针粗细是否与面料相配。缝牛仔布或多层布料时，请换用16号或18号的牛仔针。
3. 缝纫时是否用手拉扯布料。送布应交给送布牙，手只负责引导方向，拉扯会把针拽弯。
4. 压脚是否与所选线迹相配。使用拉链压脚时只能选直线线迹，选了之字线迹，针会打到压脚。

换上新针后，先用手轮慢慢转一整圈，确认机针不碰压脚和针板，再开机缝纫。如果仍然断针，请告诉我们，我们会继续为您处理。

{{agent_name}} 敬上
Larkspur 缝纫用品客服
""")

# ------------------------------------------------------------------ Traditional Chinese
template("zh-tw/feet/zipper-foot", "zh-tw", "拉鍊壓布腳的安裝與使用", """
{{buyer_name}} 您好：

謝謝您詢問{{product}}的用法。拉鍊壓布腳的腳底只有一側，可以讓機針貼著拉鍊齒車縫，步驟如下：

1. 先把機針升到最高點，取下原本的壓布腳，再把拉鍊壓布腳卡上壓布腳座。
2. 車拉鍊左側時，把壓布腳卡在右邊的卡槽；車右側時，換到左邊的卡槽，讓機針始終落在腳底和拉鍊齒之間。
3. 選擇直線車縫，並確認機針在中間位置。
4. 車到拉鍊頭附近時，讓機針停在布料裡，抬起壓布腳，把拉鍊頭推到已經車好的位置，再放下壓布腳繼續車。

第一次使用時，建議先用手輪慢慢轉一圈，確認機針不會碰到腳底。

祝您車縫愉快！
{{agent_name}}
Larkspur 縫紉用品客服
""")

template("zh-tw/cutter/safety", "zh-tw", "輪刀的安全使用與收納", """
{{buyer_name}} 您好：

{{product}}的刀片非常鋒利，養成以下幾個習慣，可以大幅減少割傷的機會：

- 每裁完一刀就立刻把護刀蓋推回去，即使只是放下幾秒鐘也一樣。
- 永遠朝遠離身體的方向推刀，另一隻手壓在尺上，手指不要超出尺邊。
- 只在切割墊上裁布，直接在桌面上裁會讓刀刃很快變鈍，也容易滑開。
- 收納時把輪刀放進抽屜或盒子裡，別讓孩子拿得到。

如果推刀時要用很大的力氣才能裁斷布料，通常表示刀片該換了，鈍的刀片反而更容易打滑。

{{agent_name}} 敬上
Larkspur 縫紉用品客服
""")

template("zh-tw/machine/buttonhole", "zh-tw", "自動開釦眼的操作", """
{{buyer_name}} 您好：

{{product}}可以依照釦子的大小自動車出釦眼，操作方式如下：

1. 把釦子放進釦眼壓布腳後方的托盤，推緊固定，機器會依照這個長度決定釦眼大小。
2. 裝上釦眼壓布腳，把釦眼拉桿往下拉到底，讓它位在壓布腳擋塊的後面。
3. 選擇釦眼線跡，把布料放在壓布腳下，讓機針對準畫好記號的起點。
4. 輕踩踏板，機器會依序車完左邊、尾端、右邊和前端，完成後自動停止。

車好以後，先在兩端各插一根珠針擋住，再用拆線器從中間往兩端劃開，就不會切過頭。建議先在同樣的布料上試車一個。

{{agent_name}} 敬上
Larkspur 縫紉用品客服
""")

template("zh-tw/troubleshoot/thread-break", "zh-tw", "面線一直斷掉的排除方法", """
{{buyer_name}} 您好：

很抱歉{{product}}的面線一直斷掉，造成您的困擾。面線斷掉大多和穿線或機針有關，請依序檢查：

1. 抬起壓布腳，把面線全部拆掉重新穿一次，確認線有卡進挑線桿。
2. 檢查線軸有沒有裝反，線應該從線軸後方順順地拉出，線軸蓋要選比線軸稍大的尺寸。
3. 換一根新的機針，並確認針的粗細和縫線相配。
4. 把上線張力調低一格，試車一段看看。

如果照著做了還是會斷線，請告訴我們您用的線和布料，我們再幫您找原因。

{{agent_name}} 敬上
Larkspur 縫紉用品客服
""")


def placeholders(text):
    return PH_RE.findall(text)


def render(tid, vals):
    want = set(placeholders(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


# ==========================================================================
# Reply helpers
# ==========================================================================
REPLIES = []


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags)
    if trad and "traditional" not in tags:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render tid with vals, then apply edits [(old, new), ...] in order; each old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur exactly once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    lang = "en" if tid.startswith("en/") else "zh"
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, lang, kind + list(tags), tid + ": " + note, tid=tid, vals=vals,
         exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, before=False, sep=" ", tags=()):
    """Fill tid and put one extra sentence next to `anchor` (after it by default)."""
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill(tid, vals, note, edits=[(anchor, new)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ==========================================================================
# 1. Filled templates, exact or lightly edited -> []
# ==========================================================================
A1, A2, A3, A4 = "Marisol Etherington", "Barnaby Okonkwo-Reyes", "Henrike Tallis", "Caspian Forsberg-Abara"
Z1, Z2 = "戚晓岚", "符瀚文"
W1, W2 = "簡若彤", "鍾承睿"
MIRA_EN = ("Corvelle Mira 200 Computerized Sewing and Quilting Machine with 200 Built-In Stitches, Automatic Needle "
           "Threader, LCD Screen, Extension Table and 9 Presser Feet, White")
COLOUR_LONG = ("yellow for the upper looper, red for the lower looper, blue for the right needle and green for the "
               "left needle, with the same four colours printed on the chart inside the front cover")
SILKROW_EN = ("Silkrow All-Purpose 40 wt Polyester Sewing Thread Set, 24 Spools of 1000 Yards in Assorted Colours "
              "for Machine and Hand Sewing, Quilting and Garments")
MIRA_ZH = ("Corvelle Mira 200 电脑多功能家用缝纫机 二百种内置线迹 自动穿针 液晶显示屏 附加宽工作台和九款压脚 "
           "可做服装缝纫、绗缝和简单刺绣 适合初学者和家庭日常使用 北美一百二十伏电压 白色款")
ATELIER_TW = ("Corvelle Atelier Q11 電腦絎縫縫紉機 十一吋加長車縫空間 自動剪線 自動開釦眼 一百五十種內建線跡 "
              "附寬桌板、護罩與七款壓布腳 適合拼布、服裝製作與居家修改 北美一百二十伏電壓 珍珠白")
C = "filled-template"

# --- en/machine/tension
fill("en/machine/tension", dict(buyer_name="Rosalind", product="Corvelle Aria 30", tension_setting="4",
     agent_name=A1), "exact fill")
fill("en/machine/tension", dict(buyer_name="Mrs Abernathy-Kowal", product=MIRA_EN, tension_setting="4",
     agent_name=A3),
     "greeting changed; the whole listing title (160+ characters) in the product slot (JC2)",
     edits=[("Hi Mrs Abernathy-Kowal,", "Good afternoon Mrs Abernathy-Kowal,")], tags=["greeting", "long-value"])
fill("en/machine/tension", dict(buyer_name="Thaddeus", product="Corvelle Atelier Q11", tension_setting="3.5",
     agent_name=A2),
     "a warm line about the buyer's first finished project added before the steps (JC2)",
     edits=[("Thank you for the photos of your stitching.",
             "Congratulations on finishing your first table runner, and thank you for the photos of your stitching.")],
     tags=["warm-line"])

# --- en/serger/threading
fill("en/serger/threading", dict(buyer_name="Mr Lindgren-Osei", product="Threadhaven TH-34",
     colour_guide="yellow, red, blue and green, in that order", agent_name=A4), "exact fill")
fill("en/serger/threading", dict(buyer_name="Perpetua", product="Threadhaven TH-5C", colour_guide=COLOUR_LONG,
     agent_name=A2), "a 160+ character description of the colour chart in its slot; sign-off lengthened (JC2)", tags=["long-value", "sign-off"],
     edits=[("Happy sewing,", "Happy sewing, Perpetua,")])
fill("en/serger/threading", dict(buyer_name="Ms Kowalewska-Boyd", product="Threadhaven TH-34",
     colour_guide="yellow, red, blue and green from left to right", agent_name=A3),
     "the long second step split into two sentences (JC2)",
     edits=[("turn the handwheel toward you until the lower looper sits fully to the right, where its thread path is easiest to reach.",
             "turn the handwheel toward you until the lower looper sits fully to the right. Its thread path is easiest to reach there.")],
     tags=["split"])

# --- en/feet/walking-foot
fill("en/feet/walking-foot", dict(buyer_name="Cordelia", foot_model="Footwise WF-9 walking foot",
     machine_model="Corvelle Mira 200", stitch_length="3.0 mm", agent_name=A1), "exact fill")
fill("en/feet/walking-foot", dict(buyer_name="Mr Kettleborough", foot_model="Footwise WF-9",
     machine_model="Corvelle Aria 30", stitch_length="3.5 mm", agent_name=A4),
     "the closing advice paraphrased with the same facts (JC2)",
     edits=[("Lengthen the stitch to 3.5 mm for quilting through batting, and sew at a moderate speed; the foot needs time to carry the layers evenly.",
             "For quilting through batting, set the stitch length to 3.5 mm and keep to a moderate speed, because the foot needs time to carry the layers evenly.")],
     tags=["paraphrase"])

# --- en/cutter/blade-change
fill("en/cutter/blade-change", dict(buyer_name="Mr Prendergast", product="Keenfold 45 mm rotary cutter",
     blade_size="45 mm", agent_name=A2), "exact fill")
fill("en/cutter/blade-change", dict(buyer_name="Imogen", product="Keenfold 60 mm rotary cutter",
     blade_size="60 mm", agent_name=A3), "exact fill; a second buyer and the larger cutter")
fill("en/cutter/blade-change", dict(buyer_name="Ms Brightwater-Oke", product="Keenfold 45 mm rotary cutter",
     blade_size="45 mm", agent_name=A4), "sign-off changed (JC2)",
     edits=[("Yours sincerely,", "Happy cutting, and take care of those fingers,")], tags=["sign-off"])

# --- en/troubleshoot/skipped-stitches
fill("en/troubleshoot/skipped-stitches", dict(buyer_name="Benedikt", product="Corvelle Aria 30",
     needle_type="size 75/11 ballpoint", agent_name=A1), "exact fill")
fill("en/troubleshoot/skipped-stitches", dict(buyer_name="Mrs Castellanos", product="Corvelle Mira 200",
     needle_type="size 80/12 stretch", agent_name=A2),
     "the first tip's two sentences merged into one (JC2)",
     edits=[("Fit a new needle. Needles dull or bend long before they look worn, and a slightly bent one misses the bobbin thread.",
             "Fit a new needle, because needles dull or bend long before they look worn and a slightly bent one misses the bobbin thread.")],
     tags=["merge"])

# --- en/warranty/claim
fill("en/warranty/claim", dict(buyer_name="Mr Ashworth-Diallo", product="Corvelle Mira 200",
     warranty_period="two-year", case_id="LSW-C-58213", order_id="112-3049581-7720164", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Lucinda", product="Corvelle Atelier Q11", warranty_period="three-year",
     case_id="LSW-C-58277", order_id="114-6602913-0358842", agent_name=A4),
     "the long opening sentence split in two (JC2)",
     edits=[("limited warranty covering faults in materials and assembly, and I have logged",
             "limited warranty covering faults in materials and assembly. I have logged")],
     tags=["split"])
fill("en/warranty/claim", dict(buyer_name="Mr Yamamoto-Byrne", product="Corvelle Aria 30",
     warranty_period="two-year", case_id="LSW-C-58340", order_id="113-8815027-4491306", agent_name=A1),
     "the first two items of the list swapped and renumbered (JC2)",
     edits=[("1. A short video of the machine sewing a few inches on scrap fabric, with the sound on.\n"
             "2. A clear photo of the rating plate with the serial number, on the back of the machine.",
             "1. A clear photo of the rating plate with the serial number, on the back of the machine.\n"
             "2. A short video of the machine sewing a few inches on scrap fabric, with the sound on.")],
     tags=["reorder"])

# --- en/review/neutral-request (JC8)
fill("en/review/neutral-request", dict(buyer_name="Ms Marchbanks", product="Quillmark 6.5 x 24 inch quilting ruler",
     order_id="111-2297640-5813375", agent_name=A2),
     "exact fill; the only review request for this order, and the thread holds no earlier praise from the buyer (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Evander", product="Threadhaven TH-5C serger",
     order_id="113-5178302-9946021", agent_name=A4),
     "a warm line thanking the buyer for choosing the shop; the only review request for the order (JC2, JC8)",
     edits=[("has found its place in your sewing room.",
             "has found its place in your sewing room. Thank you again for choosing us for your first serger.")],
     tags=["warm-line"])

# --- en/apology/thread-nest
fill("en/apology/thread-nest", dict(buyer_name="Mrs Halvorsen", product="Corvelle Aria 30", agent_name=A3),
     "exact fill")
fill("en/apology/thread-nest", dict(buyer_name="Octavia", product="Corvelle Mira 200", agent_name=A1),
     "greeting and sign-off changed (JC2)",
     edits=[("Dear Octavia,", "Hi Octavia,"), ("With apologies,", "Sorry again, and good luck with the quilt,")],
     tags=["greeting", "sign-off"])

# --- en/thread/weight-choice
fill("en/thread/weight-choice", dict(buyer_name="Mr Adebayo-Marsh", product="Silkrow 50 wt cotton thread",
     needle_size="size 80/12 universal", agent_name=A4), "exact fill")
fill("en/thread/weight-choice", dict(buyer_name="Henrietta", product=SILKROW_EN, needle_size="size 90/14 universal",
     agent_name=A2), "greeting changed; the whole listing title (140+ characters) in the product slot (JC2)", tags=["long-value", "greeting"],
     edits=[("Hi Henrietta,", "Hello Henrietta,")])

# --- zh/machine/oiling
fill("zh/machine/oiling", dict(buyer_name="谭女士", product="Corvelle Aria 30 缝纫机", interval="八到十小时",
     agent_name=Z1), "exact fill")
fill("zh/machine/oiling", dict(buyer_name="郝先生", product="Corvelle Atelier Q11", interval="十小时左右",
     agent_name=Z2), "exact fill; a second buyer and machine")
fill("zh/machine/oiling", dict(buyer_name="殷女士", product=MIRA_ZH, interval="八小时", agent_name=Z1),
     "the whole Chinese listing title (100+ characters) in the product slot; closing wish lengthened (JC2)", tags=["long-value", "sign-off"],
     edits=[("祝您缝纫愉快！", "祝您缝纫愉快，作品顺利完成！")])

# --- zh/ruler/cutting
fill("zh/ruler/cutting", dict(buyer_name="邝女士", product="Quillmark 6.5×24英寸绗缝尺", agent_name=Z2), "exact fill")
fill("zh/ruler/cutting", dict(buyer_name="麦先生", product="Quillmark 12.5英寸正方形绗缝尺", agent_name=Z1),
     "greeting changed to an evening greeting (JC2)", edits=[("麦先生，您好！", "麦先生，晚上好！")], tags=["greeting"])
fill("zh/ruler/cutting", dict(buyer_name="邵女士", product="Quillmark 6.5×24英寸绗缝尺", agent_name=Z2),
     "a warm line about the buyer's first quilt added (JC2)",
     edits=[("感谢您询问", "听说您要开始做第一床拼布被，真替您高兴！感谢您询问")], tags=["warm-line"])

# --- zh/serger/differential
fill("zh/serger/differential", dict(buyer_name="喻女士", product="Threadhaven TH-34 包缝机", setting="1.5",
     agent_name=Z1), "exact fill")
fill("zh/serger/differential", dict(buyer_name="冼先生", product="Threadhaven TH-5C 包缝机", setting="1.5到2之间",
     agent_name=Z2), "the closing instruction paraphrased with the same facts (JC2)",
     edits=[("每次调整后，先在同一块布的边角试缝十厘米左右，看布边是否平整，再缝正式的衣片。",
             "每调整一次，都先在同一块布的边角试缝大约十厘米，确认布边平整了，再去缝正式的衣片。")],
     tags=["paraphrase"])

# --- zh/warranty/claim
fill("zh/warranty/claim", dict(buyer_name="司徒先生", product="Corvelle Mira 200 缝纫机", warranty_period="两年",
     order_id="112-6630418-2259037", case_id="LSW-C-58406", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="阎女士", product="Corvelle Atelier Q11 缝纫机", warranty_period="三年",
     order_id="114-0928376-6647150", case_id="LSW-C-58452", agent_name=Z1),
     "the first paragraph's coverage sentence split in two (JC2)",
     edits=[("这台机器享有三年有限保修，涵盖电机、电路板和机械部件在材料与装配上的缺陷。",
             "这台机器享有三年有限保修。保修涵盖电机、电路板和机械部件在材料与装配上的缺陷。")],
     tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="尚先生", product="Corvelle Aria 30 缝纫机", warranty_period="两年",
     order_id="111-7715240-3308691", case_id="LSW-C-58519", agent_name=Z2),
     "sign-off changed (JC2)", edits=[("符瀚文\nLarkspur", "符瀚文 敬上\nLarkspur")], tags=["sign-off"])

# --- zh/review/neutral-request (JC8)
fill("zh/review/neutral-request", dict(buyer_name="应女士", order_id="113-2864095-1170438",
     product="Keenfold 45毫米轮刀", agent_name=Z1),
     "exact fill; the only review request for this order, and the thread holds no earlier praise from the buyer (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="宁先生", order_id="112-9401736-5582910",
     product="Corvelle Mira 200 缝纫机", agent_name=Z2),
     "greeting changed; the only review request for the order (JC2, JC8)",
     edits=[("宁先生，您好！", "宁先生，下午好！")], tags=["greeting"])

# --- zh/apology/needle-break
fill("zh/apology/needle-break", dict(buyer_name="柴女士", product="Corvelle Aria 30 缝纫机", agent_name=Z1),
     "exact fill")
fill("zh/apology/needle-break", dict(buyer_name="房先生", product="Corvelle Mira 200", agent_name=Z2),
     "checks 3 and 4 swapped and renumbered (JC2)",
     edits=[("3. 缝纫时是否用手拉扯布料。送布应交给送布牙，手只负责引导方向，拉扯会把针拽弯。\n"
             "4. 压脚是否与所选线迹相配。使用拉链压脚时只能选直线线迹，选了之字线迹，针会打到压脚。",
             "3. 压脚是否与所选线迹相配。使用拉链压脚时只能选直线线迹，选了之字线迹，针会打到压脚。\n"
             "4. 缝纫时是否用手拉扯布料。送布应交给送布牙，手只负责引导方向，拉扯会把针拽弯。")],
     tags=["reorder"])

# --- zh-tw/feet/zipper-foot
fill("zh-tw/feet/zipper-foot", dict(buyer_name="巫小姐", product="Footwise ZP-2 拉鍊壓布腳",
     agent_name=W1), "exact fill")
fill("zh-tw/feet/zipper-foot", dict(buyer_name="賴先生", product="Footwise ZP-2 拉鍊壓布腳", agent_name=W2),
     "a warm line thanking the buyer for the photo of a tote bag (JC2)",
     edits=[("謝謝您詢問", "謝謝您分享托特包的照片，配色很好看！也謝謝您詢問")], tags=["warm-line"])

# --- zh-tw/cutter/safety
fill("zh-tw/cutter/safety", dict(buyer_name="游小姐", product="Keenfold 60毫米輪刀", agent_name=W2), "exact fill")
fill("zh-tw/cutter/safety", dict(buyer_name="彭先生", product="Keenfold 45毫米輪刀", agent_name=W1),
     "the second and third habits swapped; their order does not matter (JC2)",
     edits=[("- 永遠朝遠離身體的方向推刀，另一隻手壓在尺上，手指不要超出尺邊。\n"
             "- 只在切割墊上裁布，直接在桌面上裁會讓刀刃很快變鈍，也容易滑開。",
             "- 只在切割墊上裁布，直接在桌面上裁會讓刀刃很快變鈍，也容易滑開。\n"
             "- 永遠朝遠離身體的方向推刀，另一隻手壓在尺上，手指不要超出尺邊。")],
     tags=["reorder"])

# --- zh-tw/machine/buttonhole
fill("zh-tw/machine/buttonhole", dict(buyer_name="涂小姐", product="Corvelle Mira 200", agent_name=W1), "exact fill")
fill("zh-tw/machine/buttonhole", dict(buyer_name="紀小姐", product=ATELIER_TW, agent_name=W2),
     "the last two sentences merged; the whole listing title in the product slot (JC2)",
     edits=[("就不會切過頭。建議先在同樣的布料上試車一個。", "就不會切過頭，不過建議先在同樣的布料上試車一個。")],
     tags=["merge", "long-value"])

# --- zh-tw/troubleshoot/thread-break
fill("zh-tw/troubleshoot/thread-break", dict(buyer_name="翁先生", product="Corvelle Aria 30", agent_name=W2),
     "exact fill")
fill("zh-tw/troubleshoot/thread-break", dict(buyer_name="鄭小姐", product="Corvelle Atelier Q11", agent_name=W1),
     "greeting and sign-off changed (JC2)",
     edits=[("鄭小姐 您好：", "鄭小姐 午安："), ("簡若彤 敬上", "簡若彤 謹上")], tags=["greeting", "sign-off"])

# ==========================================================================
# 2. Template fill plus one free-written logistics sentence -> []
# ==========================================================================
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, before=False, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], before=before, sep=sep)


fill_log("en/machine/tension", dict(buyer_name="Mr Quigley", product="Corvelle Aria 30", tension_setting="4",
         agent_name=A4),
         "sew a new test line after each change.",
         "The ten-pack of Corvelle bobbins from the same order is travelling separately with USPS, tracking 9405511298370046615382, and should arrive on Friday.",
         "split-shipment tracking for bobbins added as its own paragraph", sep="\n\n")
fill_log("en/serger/threading", dict(buyer_name="Ms Nwachukwu-Hale", product="Threadhaven TH-5C",
         colour_guide="yellow, red, blue and green", agent_name=A1),
         "before you start your seam.",
         "The four cones of Silkrow serger thread you added to the order left our Boise warehouse this morning with UPS, tracking 1Z7R4402Y591038826.",
         "dispatch of thread cones added after the last step")
fill_log("en/feet/walking-foot", dict(buyer_name="Gwendolyn", foot_model="Footwise WF-9",
         machine_model="Corvelle Atelier Q11", stitch_length="3.0 mm", agent_name=A3),
         "the foot needs time to carry the layers evenly.",
         "The quarter-inch foot that was missing from your box went out today by USPS at no charge, so you will not need to return anything.",
         "reshipment of a foot missing from the box (JC6, JC11)", sep="\n\n")
fill_log("en/cutter/blade-change", dict(buyer_name="Mr Van der Spoel", product="Keenfold 60 mm rotary cutter",
         blade_size="60 mm", agent_name=A1),
         "before it goes in the bin.",
         "The pack of spare blades on your order is packed separately and will ship from our Harrisburg warehouse tomorrow; its tracking number will appear in Your Orders.",
         "separate dispatch of spare blades")
fill_log("en/warranty/claim", dict(buyer_name="Mrs Delacroix-Ames", product="Corvelle Mira 200",
         warranty_period="two-year", case_id="LSW-C-58588", order_id="114-3370651-9024417", agent_name=A2),
         "we will reply within two business days with the next step.",
         "If the machine has to come back to us for repair, we will send you a prepaid return label, so please keep the original carton and foam inserts.",
         "return shipping for a possible repair added to the last paragraph")
fill_log("en/apology/thread-nest", dict(buyer_name="Mr Fitzwilliam", product="Corvelle Mira 200", agent_name=A4),
         "we will work out the next step together.",
         "If it does end up needing an exchange, your order is still within its 30-day return window, and you can start the return from Your Orders.",
         "return-window answer added after the checks")
fill_log("en/thread/weight-choice", dict(buyer_name="Seraphina", product="Silkrow 40 wt polyester thread",
         needle_size="size 90/14 universal", agent_name=A3),
         "so that it has more room in the eye.",
         "As you asked, we have cancelled the duplicate thread order you placed by mistake; it had not shipped yet, so you will not be charged for it.",
         "cancellation of a duplicate order at the buyer's request (JC6)", sep="\n\n")
fill_log("zh/machine/oiling", dict(buyer_name="岑女士", product="Corvelle Aria 30 缝纫机", interval="十小时",
         agent_name=Z2),
         "反而让机器转动发涩。",
         "您另外订购的梭芯收纳盒今天已由 UPS 发出，运单号1Z7R4402Y608319547，预计周四送达。",
         "tracking of a separately ordered bobbin box", sep="\n\n")
fill_log("zh/ruler/cutting", dict(buyer_name="龙先生", product="Quillmark 12.5英寸正方形绗缝尺", agent_name=Z1),
         "下刀之前请再核对一次宽度。",
         "您同一订单里的切割垫尺寸较大，会单独发货，承运商预计下周一送达。",
         "separate delivery of a large cutting mat")
fill_log("zh/serger/differential", dict(buyer_name="聂女士", product="Threadhaven TH-34 包缝机", setting="1.8",
         agent_name=Z2),
         "如有其他疑问，欢迎继续留言。",
         "另外，您误订的那盒四号机针可以在“您的订单”页面申请退货，退货面单免费，仓库收到后会把款项退回原支付方式。",
         "return of a wrongly ordered item and its refund (JC6)", before=True, sep="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="裘先生", product="Corvelle Mira 200 缝纫机", warranty_period="两年",
         order_id="113-4407982-8816253", case_id="LSW-C-58631", agent_name=Z1),
         "答复处理方案。",
         "如果在处理期间您的收货地址有变动，请在本对话中告诉我们，修好或更换的机器会寄到新地址。",
         "address for returning the repaired machine")
fill_log("zh/apology/needle-break", dict(buyer_name="谷女士", product="Corvelle Atelier Q11", agent_name=Z1),
         "我们会继续为您处理。",
         "我们已经免费为您补寄一盒牛仔针，今天由 USPS 发出，运单号9405511298370051127496。",
         "free reshipment of needles; a remedy, not a promotion (JC6, JC11)", sep="\n\n")
fill_log("zh-tw/feet/zipper-foot", dict(buyer_name="柳小姐", product="Footwise ZP-2 拉鍊壓布腳", agent_name=W2),
         "確認機針不會碰到腳底。",
         "您一起訂購的隱形拉鍊壓布腳是分開寄出的，追蹤單號 1Z7R4402Y613905271。",
         "tracking of a separately shipped foot", sep="\n\n")
fill_log("zh-tw/cutter/safety", dict(buyer_name="塗先生", product="Keenfold 45毫米輪刀", agent_name=W1),
         "鈍的刀片反而更容易打滑。",
         "您反映包裹裡少了一片替換刀片，我們已經免費補寄，今天由 USPS 寄出。",
         "free reshipment of a missing blade (JC6, JC11)", sep="\n\n")
fill_log("zh-tw/machine/buttonhole", dict(buyer_name="傅小姐", product="Corvelle Mira 200", agent_name=W2),
         "建議先在同樣的布料上試車一個。",
         "另外，您加購的寬桌板預計週四送達，送貨時需要本人簽收。",
         "delivery day and signature for an extension table", sep="\n\n")


# ==========================================================================
# 3. Free-written logistics replies, no template -> []
# ==========================================================================
L = "logistics"
free(L, "en", """
Hi Mrs Hargreaves-Shaw,

Your Corvelle Mira 200 was collected from our Harrisburg warehouse on Tuesday afternoon by FedEx Ground, tracking number 612804973315. The latest scan shows it at the FedEx hub in Columbus, and the delivery estimate is this Friday by end of day.

No signature is needed for this one, so the driver may leave it at your front door if nobody answers.

Best regards,
Marisol Etherington
Larkspur Stitchworks
""", [], "tracking and expected delivery day for a machine", ["tracking", "delivery"])
free(L, "en", """
Hello Mr Abiola-Strand,

Thank you for catching the old address before the parcel left. Amazon does not let sellers edit the delivery address once an order has been placed, so the safest fix is this: I have cancelled order 113-7042285-3369014 before it was packed, and no payment has been taken for it. If you place the order again with your new address, we will ship it the same day.

Kind regards,
Henrike Tallis
""", [], "wrong address caught before dispatch: the order is cancelled so the buyer can reorder (JC6)", ["address", "cancellation"])
free(L, "en", """
Hi Marguerite,

I'm sorry for the wait. A snowstorm closed several roads around Boise over the weekend, and the UPS trucks leaving our warehouse were held back for two days. Your serger is moving again now: UPS has updated the delivery date to next Wednesday, and tracking 1Z7R4402Y620448193 will show each scan along the way.

Thank you for your patience,
Barnaby Okonkwo-Reyes
""", [], "weather delay with a new delivery date", ["delivery", "delay"])
free(L, "en", """
Hello Mr Thorvaldsen,

I'm sorry the parcel is marked as delivered when nothing reached you. Parcels with that status sometimes turn up a day or two later, after a driver scans them early, and sometimes they have been left with a neighbour or in a side porch or mailroom.

Could you check those places first? If there is still no sign of it after 48 hours, reply here and we will either ship a new rotary cutter set or refund the order in full, whichever you prefer.

Best regards,
Caspian Forsberg-Abara
""", [], "parcel marked delivered but not received", ["delivery"])
free(L, "en", """
Hi Ms Grantham,

Your return for the Threadhaven TH-34 is approved, and the prepaid UPS label is in the Returns Center. To make sure the serger travels safely back to us:

- Take the thread cones off the stand and put them in the box separately.
- Lower the presser foot and close the looper cover, so nothing can swing about in transit.
- Put the foot pedal and power cord in the small bag they came in.
- Use the original carton with both foam ends if you still have it.

Once the parcel is scanned at our warehouse, your refund is usually issued within two business days.

Kind regards,
Henrike Tallis
""", [], "return of a serger: securing the foot, looper cover and cones is packing, not product advice (JC4)", ["returns"])
free(L, "en", """
Hello Mr Dunmore-Acheson,

The Keenfold 60 mm rotary cutter you sent back arrived at our warehouse this morning. I have issued your refund of $34.99 to the card you paid with; banks usually show it within three to five business days.

Best wishes,
Marisol Etherington
""", [], "refund of a return; an amount refunded is not a price offer (JC11)", ["refund", "near-miss"])
free(L, "en", """
Hi Genevieve,

You're right, the cutter in your parcel is the 45 mm model, and you ordered the 60 mm one. That mistake was ours. The correct Keenfold 60 mm cutter went out today with USPS, tracking 9405511298370063390218.

I've also sent a free return label for the 45 mm cutter through the Returns Center. There's no hurry to send it back: the label is valid for 30 days.

Best regards,
Barnaby Okonkwo-Reyes
""", [], "wrong size shipped; the right one sent and a free return for the wrong one (JC6, JC11)", ["fulfilment", "returns"])
free(L, "en", """
Dear Mrs Adeyemi-Clough,

Thank you for the photo of the cracked corner. I'm sorry the Quillmark ruler was damaged on its way to you. A replacement left our Harrisburg warehouse today by UPS, tracking 1Z7R4402Y631772460, in a stiffer box than the first one.

Please don't go to the trouble of sending the broken ruler back; it is safe to recycle.

Kind regards,
Caspian Forsberg-Abara
""", [], "ruler damaged in transit: replacement shipped, no return needed (JC4)", ["damage", "fulfilment"])
free(L, "en", """
Hello Mr Beaulieu,

Yes, we ship the Threadhaven TH-5C to Canada. The duties and taxes for your address are collected by Amazon at checkout and listed as import charges in your order summary, so the courier will not ask for any payment at your door. If the amount charged by customs turns out to be lower than that estimate, Amazon refunds the difference to you automatically.

From our Boise warehouse, parcels to Ontario usually take six to nine business days, including the customs check.

Kind regards,
Henrike Tallis
""", [], "customs: duties collected at checkout for a Canadian buyer (JC7)", ["customs"])
free(L, "en", """
Hi Ms Lachapelle,

Your parcel crossed into Canada yesterday and is now waiting for customs clearance in Mississauga. The duties were already covered at checkout, so there is nothing you need to do; most parcels are released within one or two business days, and the tracking page will update as soon as it is.

Best wishes,
Marisol Etherington
""", [], "customs clearance status for a parcel to Canada (JC7)", ["customs", "tracking"])
free(L, "en", """
Hello Mr Kaczmarek,

As you asked, I have cancelled order 112-8837190-4405728 for the Corvelle Aria 30 before it was dispatched. You won't be charged for it, and any pending authorisation on your card should drop off within a few days.

Kind regards,
Barnaby Okonkwo-Reyes
""", [], "cancellation at the buyer's request before dispatch (JC6)", ["cancellation"])
free(L, "en", """
Hi Rosamund,

A PO box is fine for this order. The thread set and the walking foot are light enough to travel with USPS, which delivers to PO boxes, so we will send them that way rather than with UPS. You should receive a USPS tracking number in Your Orders once the parcel is scanned, probably tomorrow.

All the best,
Henrike Tallis
""", [], "shipping to a PO box by choosing a carrier that delivers there", ["address", "delivery"])
free(L, "en", """
Hello Mr Hollingsworth-Ito,

Your Corvelle Atelier Q11 ships on Monday with FedEx Home Delivery. Because the parcel weighs about 14 kg (31 lb) and is insured, FedEx will ask for a signature at the door.

If you won't be home, you can use the FedEx tracking page to hold it at a nearby FedEx location for up to five business days. The tracking number will appear in Your Orders once the label is scanned.

Kind regards,
Caspian Forsberg-Abara
""", [], "signature and hold-at-location options for a heavy machine", ["delivery"])
free(L, "en", """
Dear Ms Whitcombe,

Thank you for letting us know that the extension table arrived with a scuffed corner and a dented box. You said the table is otherwise fine and you would rather keep it than send it back, so I have refunded $25.00 of the order total to your original payment method for the damage.

If anything else turns out to be wrong with it, you can still start a return from Your Orders within the return window.

Best regards,
Marisol Etherington
""", [], "partial refund for transit damage instead of a return; a remedy, not a price offer (JC4, JC6, JC11)", ["refund", "damage"])
free(L, "en", """
Hi Mr Trevanion,

Because you bought the sewing machine as a holiday gift in November, the extended holiday return window applies: it can be returned until January 31. Your daughter can open the box and try it without losing that right. If you do need to return it, please keep all the accessories and the original carton.

Kind regards,
Barnaby Okonkwo-Reyes
""", [], "holiday return window for a gift", ["returns"])
free(L, "en", """
Hello Clementine,

Your order is travelling in three parcels, because the cutting mat is too large to share a box:

- Corvelle Mira 200: UPS 1Z7R4402Y642019385, due Thursday.
- Keenfold cutting mat, 24 x 36 in: UPS 1Z7R4402Y642019394, due Friday.
- Silkrow thread set and the zipper foot: USPS 9405511298370075582613, due Thursday or Friday.

All three numbers are also listed in Your Orders.

Best wishes,
Henrike Tallis
""", [], "split shipment with three tracking numbers", ["tracking", "split"])
free(L, "en", """
Hi Mrs Ellingworth,

I'm sorry the foot pedal was missing from your Corvelle Aria 30 box. A new pedal was sent to you free of charge this morning by USPS, tracking 9405511298370081146027, and it should arrive within three days. There's nothing you need to send back.

Best regards,
Caspian Forsberg-Abara
""", [], "missing part resent free of charge; a remedy, not a promotion (JC6, JC11)", ["fulfilment", "near-miss"])

# --- Simplified Chinese
free(L, "zh", """
蓝女士，您好！

您订购的 Corvelle Mira 200 缝纫机已于昨天下午从我们宾夕法尼亚州的仓库发出，承运商为 UPS，运单号 1Z7R4402Y655301842。根据最新的物流信息，预计本周五送达。

如果送达时家中无人，快递员会把包裹放在门口，建议您留意一下。

戚晓岚
Larkspur 缝纫用品客服
""", [], "tracking and expected delivery for a machine", ["tracking", "delivery"])
free(L, "zh", """
万先生，您好！

您的包裹因为收货地址里缺少公寓单元号，被 USPS 退回了我们的仓库，非常抱歉给您添了麻烦。包裹本身完好无损，我们收到后会马上重新发货，运费由我们承担。

为了这次能顺利送到，请在本对话中确认完整的收货地址，包括楼号和单元号。

符瀚文
""", [], "parcel returned for an incomplete address; reshipment after confirming the address in the thread", ["address"])
free(L, "zh", """
詹女士，您好！

很抱歉您的包裹比预计晚到了。受暴风雪影响，承运商在科罗拉多州的转运中心暂停了两天作业。目前包裹已经恢复运输，最新预计送达时间是下周二，您可以用原来的运单号继续查询进度。

戚晓岚
""", [], "weather delay with a new delivery date", ["delivery", "delay"])
free(L, "zh", """
莫先生，您好！

物流信息显示包裹已签收，您却没有收到，给您带来不便，非常抱歉。有时快递员会提前扫描签收，包裹一两天后才真正送到；也有时包裹被放在了邻居家、侧门或楼下的收发室。

麻烦您先在这些地方找一找。如果两天后仍然没有找到，请在这里回复我们，我们会为您重新寄出一套，或者全额退款，由您选择。

符瀚文
""", [], "parcel marked delivered but not received", ["delivery"])
free(L, "zh", """
黎女士，您好！

您的 Threadhaven TH-5C 包缝机退货申请已通过，免费的退货面单可以在“您的订单”页面下载。为了让机器在运输途中不受损，打包时请注意：

1. 把线架上的线筒全部取下，单独装进箱子里；
2. 放下压脚，合上弯针护盖，避免零件在运输中晃动；
3. 脚踏和电源线装回原来的小袋子里；
4. 尽量使用原包装箱和两端的泡沫。

仓库签收包裹后，退款一般会在两个工作日内处理完毕。

戚晓岚
""", [], "return of a serger: packing steps name machine parts but are return logistics (JC4)", ["returns"])
free(L, "zh", """
贝先生，您好！

您寄回的 Quillmark 绗缝尺已经入库，我们今天为您办理了退款，金额为29.50美元，会原路退回您付款时使用的信用卡，一般三到五个工作日到账。

符瀚文
""", [], "refund of a return; the amount is a refund, not a price offer (JC11)", ["refund", "near-miss"])
free(L, "zh", """
鲍女士，您好！

非常抱歉，您订的是海军蓝的 Silkrow 缝线，我们却错发成了宝石蓝。正确颜色的缝线今天已经补发，由 USPS 寄出，运单号 9405511298370092273584。

发错的那几卷您不必寄回，留着用或者送人都可以。

戚晓岚
""", [], "wrong colour shipped; the right one sent, no return needed (JC6)", ["fulfilment"])
free(L, "zh", """
庞先生，您好！

看了您发来的照片，切割垫在运输中被压出了一道很深的折痕，确实没法平整使用了，非常抱歉。我们已经安排补发一块新的切割垫，这次会卷起来装在硬纸筒里寄出，运单号发出后会显示在“您的订单”页面。

压坏的那块不用寄回，直接处理掉即可。

符瀚文
""", [], "cutting mat damaged in transit: replacement, no return needed (JC4)", ["damage", "fulfilment"])
free(L, "zh", """
焦女士，您好！

可以寄到加拿大。您下单时，亚马逊已经按您的收货地址预收了进口关税和税费，订单详情里会显示为进口费用，所以送货时快递员不会再向您收取任何费用。如果海关最终收取的金额低于预收的金额，差额会由亚马逊自动退还给您。

从我们的爱达荷州仓库寄往温哥华，通常需要七到十个工作日，其中包括清关时间。

戚晓岚
""", [], "customs: import duties collected at checkout for a Canadian buyer (JC7)", ["customs"])
free(L, "zh", """
施先生，您好！

已按您的要求取消订单 114-5519263-0072841，包裹还没有发出，所以不会向您收取任何费用。信用卡上的预授权金额通常几天内会自动释放。

符瀚文
""", [], "cancellation at the buyer's request; 取消订单 is a logistics near-miss (JC6, JC11)", ["cancellation", "near-miss"])
free(L, "zh", """
阮女士，您好！

您这笔订单分成两个包裹发出：Corvelle Atelier Q11 缝纫机走 FedEx，运单号 612804985527，预计周三送达；绗缝尺和轮刀装在另一个包裹里，走 USPS，运单号 9405511298370104470391，预计周四送达。

两个运单号在“您的订单”页面也都能查到。

戚晓岚
""", [], "split shipment with two tracking numbers", ["tracking", "split"])
free(L, "zh", """
包先生，您好！

机器拆封试用过也可以退货，只要在签收后30天内提出申请即可。退货时请把压脚、梭芯等配件一起放回原包装箱，在“您的订单”页面选择退货原因并打印面单。仓库收到后会检查配件是否齐全，确认无误就为您退款。

符瀚文
""", [], "return window for an opened machine", ["returns"])

# --- Traditional Chinese
free(L, "zh", """
潘小姐 您好：

您訂購的 Threadhaven TH-34 拷克機已經在今天上午出貨，由 UPS 配送，追蹤單號是 1Z7R4402Y668140257，預計下週一送達。

送達前一天，UPS 會再用簡訊通知您確切的時段。

簡若彤 敬上
Larkspur 縫紉用品客服
""", [], "tracking and expected delivery for a serger", ["tracking", "delivery"], trad=True)
free(L, "zh", """
白先生 您好：

謝謝您及時告訴我們地址少了樓層。因為亞馬遜不允許賣家在下單後修改收件地址，我們已經先把這筆還沒包裝的訂單取消，款項不會被扣。麻煩您用正確的地址重新下單，我們收到後當天就會出貨。

鍾承睿 敬上
""",
     [], "address fixed before dispatch by cancelling so the buyer can reorder (JC6)", ["address", "cancellation"], trad=True)
free(L, "zh", """
尤小姐 您好：

看到照片裡的縫紉機外盒被壓扁、桌板斷了一角，真的很抱歉。這是運送途中造成的損壞，我們已經安排新的一臺從倉庫寄出，UPS 在取回損壞的那臺時會同時掃描，您只要在約好的時間把原箱交給司機就好，不需要自己付任何運費。

簡若彤 敬上
""", [], "machine damaged in transit: replacement and carrier pickup of the damaged one (JC4)", ["damage", "returns"], trad=True)
free(L, "zh", """
陶先生 您好：

您退回的 Keenfold 輪刀已經收到，我們今天辦理了退款，金額是 34.99 美元，會退回您付款的信用卡，通常三到五個工作天入帳。

鍾承睿 敬上
""", [], "refund of a return; a refunded amount is not a price offer (JC11)", ["refund", "near-miss"], trad=True)
free(L, "zh", """
聶小姐 您好：

很抱歉包裹比預計晚到。中西部這兩天的暴風雪讓物流轉運站暫停作業，承運商把送達日期延到這週六，您可以用原本的追蹤單號查看最新進度。

簡若彤 敬上
""", [], "weather delay with a new delivery date", ["delivery", "delay"], trad=True)


# ==========================================================================
# 4a. Free-written non-logistics replies that no template covers -> [template-required]
# ==========================================================================
N = "free-non-logistics"
free(N, "en", """
Hi Arabella,

Free-motion quilting on the Atelier Q11 works best with the feed dogs lowered; the switch is at the back of the free arm. Fit the Footwise FM-6 free-motion foot, set the stitch length to zero and choose a straight stitch in the centre position.

With the feed dogs down, you are the one who sets the stitch length: move the quilt smoothly and keep the machine speed steady, rather than slow hands with a racing needle. Practise on a sandwich of two fabric squares with batting between them before you start on the real quilt. Quilting gloves with rubber fingertips make it much easier to guide the layers.

Warm regards,
Henrike Tallis
""", TR, "advice on free-motion quilting; no template covers it", ["advice"])
free(N, "en", """
Hello Mr Fairweather,

Both machines are good choices for someone starting out, so it comes down to what your granddaughter wants to make. The Corvelle Aria 30 is mechanical: you choose each stitch with a dial, and there are fewer settings to learn. It handles dressmaking, mending and simple quilting very well.

The Mira 200 has a screen, an automatic needle threader and a one-step buttonhole, and its speed limiter is handy for a nervous beginner. If she is likely to make clothes with buttons, or wants decorative stitches later, the Mira will keep her going for longer. For straight seams and repairs, the Aria is all she needs.

Best regards,
Barnaby Okonkwo-Reyes
""", TR, "comparison of two machines that the buyer asked for; no price or promotion (JC10)", ["comparison"])
free(N, "en", """
Hi Ms Tennant,

For patchwork, most quilters press seams to one side, toward the darker fabric, so that the seam allowance doesn't show through the lighter patch. When two rows meet, pressing their seams in opposite directions lets the seams nest together and makes the corners line up neatly.

Press with an up-and-down motion rather than sliding the iron back and forth, which can stretch the pieces out of shape, especially along the bias. Seams pressed open lie flatter but are a little weaker, so save that for areas with many seams meeting at one point.

Kind regards,
Marisol Etherington
""", TR, "advice on pressing quilt seams", ["advice"])
free(N, "en", """
Hello Mr Pryce-Hollander,

A self-healing cutting mat lasts for years if it is kept flat and cool. Store it lying down, never rolled or leaning against a wall, and keep it away from radiators, sunny windows and the inside of a hot car, because heat can warp it for good.

Now and then, wipe it with a damp cloth and a drop of dish soap to lift the fibres caught in the cuts. Try to vary where you cut as well: if you always cut along the same line, that strip wears into a groove long before the rest of the mat does.

Best wishes,
Caspian Forsberg-Abara
""", TR, "advice on caring for a cutting mat", ["advice"])
free(N, "en", """
Hi Mrs Underhill,

When the automatic needle threader on the Mira 200 stops catching the thread, the tiny wire hook has usually been bent slightly out of line. Lower the threader lever gently and look at the hook from the side: it should pass straight through the needle's eye.

The threader only works with the needle at its highest point and with needles of size 75/11 to 100/16, so check both before anything else. If the hook is visibly bent, please don't try to straighten it with pliers; send us a photo in this thread and we will tell you how to go on.

Kind regards,
Henrike Tallis
""", TR, "troubleshooting an automatic needle threader", ["troubleshooting"])
free(N, "en", """
Hello Ms Ravensworth,

You can sew a rolled hem on the TH-5C without a special foot. Take out the left needle, set the stitch finger lever to R, and shorten the stitch length to about 1.5. The upper looper thread then wraps over the edge and rolls it under as you sew.

A slightly tighter lower looper tension helps the roll form. Try it on a scrap of your chiffon first: if the fabric edge pokes through the stitches, trim a little less with the knife.

All the best,
Barnaby Okonkwo-Reyes
""", TR, "advice on a rolled hem on a serger", ["advice"])
free(N, "en", """
Hi Mr Osterhaus,

The Mira 200 makes a buttonhole in one go, sized to the button itself. Put the button into the holder at the back of the buttonhole foot, snap the foot on, and pull the buttonhole lever down so that it sits behind the tab on the foot.

Select a buttonhole stitch, line the needle up with your starting mark and sew: the machine goes down one side, across the end, up the other side and across the top, then stops on its own. Put a pin across each end before you cut the hole open with a seam ripper, and test on a scrap of the same fabric first.

Kind regards,
Marisol Etherington
""", TR, "buttonhole instructions in English; the buttonhole template exists in Traditional Chinese only (JC9)", ["advice", "cross-language"])
free(N, "en", """
Hello Ms Carrington-Bell,

A bobbin that fills unevenly, with thread piling up at one end, usually means the thread is missing the bobbin winding tension disc on the top of the machine. Guide the thread around that small disc firmly before taking it to the bobbin, so that it is held under a little tension.

Also make sure that the bobbin is pushed fully onto the winder spindle and the spindle is clicked over to the right. Corvelle bobbins are class 15, and the Mira runs best with the clear plastic ones; metal bobbins of the same size can rattle in the case.

Best regards,
Caspian Forsberg-Abara
""", TR, "troubleshooting uneven bobbin winding", ["troubleshooting"])
free(N, "en", """
Hi Lavinia,

In my experience the 45 mm Keenfold cutter is the one to start with. It handles up to four layers of quilting cotton and is easy to steer around curves and templates.

The 60 mm blade comes into its own when you cut six or eight layers at once, or thicker fabrics such as denim and fleece; it needs less pressure for those, but it is clumsier on small pieces. Many quilters end up owning both, but if you are buying one, I'd take the 45 mm.

Best wishes,
Henrike Tallis
""", TR, "an opinion on cutter size that the buyer asked for; no price or promotion (JC10)", ["comparison", "opinion"])
free(N, "en", """
Hello Mr Strickland,

Thank you for the video and the photo of the rating plate. I've passed both to our technician, who will watch it this afternoon, and I will get back to you here tomorrow with what she finds.

Kind regards,
Barnaby Okonkwo-Reyes
""", TR, "a holding reply on a repair question: not logistics, not a template (JC16)", ["holding"])
free(N, "en", """
Hi Mrs Featherby,

To keep the Aria 30 running quietly, clean and oil it after every eight to ten hours of sewing. Unplug it first, take off the needle plate and lift out the bobbin case, then sweep out the lint around the feed dogs and the hook with the little brush from the accessory box. Blowing into it only pushes damp dust further in.

Put a single drop of sewing machine oil on the hook race, put everything back, and sew a few lines on scrap fabric to soak up any extra oil before you start on your project. Kitchen oils and spray lubricants get sticky over time, so please avoid them.

Warm regards,
Caspian Forsberg-Abara
""", TR, "oiling instructions in English; the oiling template exists in Simplified Chinese only (JC9)", ["advice", "cross-language"])

# --- Simplified Chinese
free(N, "zh", """
单女士，您好！

用 Atelier Q11 做自由曲线绗缝时，请先把机身后面的送布牙开关拨到降下的位置，换上 Footwise FM-6 自由曲线压脚，线迹长度调到零。

送布牙降下后，针距完全靠您移动布料的速度来控制。建议机器保持中等匀速，手的移动平稳一些，不要忽快忽慢。正式开始前，可以先用两块碎布夹一层铺棉练习几圈。

戚晓岚
""", TR, "advice on free-motion quilting", ["advice"])
free(N, "zh", """
霍先生，您好！

缝弹力针织布时，建议不要用普通的直线线迹，因为布料一拉伸，直线就容易崩断。Mira 200 上有一种弹力直线线迹，外观和直线差不多，但每一针会来回走三次，拉伸时不会断线；也可以选窄一点的之字线迹。

另外，压脚压力可以调低一档，避免针织布被压脚推得越缝越长。

符瀚文
""", TR, "advice on stitches for stretch fabric", ["advice"])
free(N, "zh", """
樊女士，您好！

双针可以在 Mira 200 上使用，用来缝T恤下摆效果很好。需要两个线轴：第二个线轴插在机器顶部的辅助线轴柱上，两根面线一起穿到挑线杆，到了最后的导线钩处再分开，分别穿进左右两个针孔。

使用双针时请只选直线线迹，并把针宽保持在中间位置，否则针会打到针板。

戚晓岚
""", TR, "advice on using a twin needle", ["advice"])
free(N, "zh", """
卞女士，您好！

两台机器都适合新手，主要看您想做什么。Aria 30 是机械款，用旋钮选线迹，设置少，上手快，做衣服下摆、缝补和简单拼布都够用。

Mira 200 是电脑款，有显示屏、自动穿针和一步式开扣眼，还能限制最高速度，刚学的时候不容易手忙脚乱。如果您打算做带纽扣的衣服，或者以后想试试装饰线迹，选 Mira 200 会用得更久一些。

符瀚文
""", TR, "comparison of two machines that the buyer asked for; no price or promotion (JC10)", ["comparison"])
free(N, "zh", """
武女士，您好！

装拉链时，先把机针升到最高点，换上拉链压脚。缝拉链左边时，把压脚装在右侧的卡位上；缝右边时换到左侧，这样机针就能一直贴着拉链齿走。线迹选直线，针位放在中间。

缝到拉链头附近时，让针停在布里，抬起压脚，把拉链头往后推开，再放下压脚继续缝，线就不会歪。

戚晓岚
""", TR, "zipper-foot advice in Simplified Chinese in the agent's own words; the zipper-foot template is Traditional only (JC9)", ["advice", "cross-language"])
free(N, "zh", """
岳先生，您好！

纯棉布料第一次洗的时候通常会缩水百分之三到五，所以做衣服之前最好先预缩：按您以后打算清洗的方式，先把整块布洗一遍、晾干，再熨平裁剪。

做拼布被的话，有些人喜欢不预缩，让成品洗后出现自然的皱褶感，这属于个人喜好。深色布料第一次洗时建议单独洗，并放一张吸色片。

符瀚文
""", TR, "advice on prewashing fabric", ["advice"])
free(N, "zh", """
华女士，您好！

包缝机的上刀一般能用很久，下刀是可更换的。如果您发现布边被拉毛、切口不齐，或者切布时能听到明显的咔哒声，就说明下刀变钝了。

换刀前请先拔掉电源，打开前盖，把上刀转到锁定位置，再松开下刀固定螺丝取出旧刀。新刀装上后，要让刀刃顶面和针板平齐，再拧紧螺丝。

戚晓岚
""", TR, "advice on replacing a serger knife", ["advice"])
free(N, "zh", """
邢女士，您好！

机器放了几个月没用，重新开机时声音变大、转起来发沉，多半是里面的油变稠、沾了灰。请先把梭床周围的线头和布屑清理干净，在旋梭轨道滴一滴缝纫机油，然后不穿线、不放布，让机器以中速空转一两分钟。

一般空转之后声音就会恢复正常。如果仍然有明显的摩擦声或咔咔声，请录一段视频发给我们看看。

符瀚文
""", TR, "troubleshooting a noisy machine after storage", ["troubleshooting"])

# --- Traditional Chinese
free(N, "zh", """
姜小姐 您好：

車牛仔布或帆布這類厚布時，建議換上 100/16 的牛仔針，面線可以改用較粗的 30 號線。車到褲腳反折處這種特別厚的地方，放慢速度，必要時用手輪一針一針轉過去，不要硬踩踏板。

如果壓布腳在厚的地方卡住，可以在後面墊一塊同樣厚度的碎布，讓壓布腳保持水平。

簡若彤 敬上
""", TR, "advice on sewing heavy fabric", ["advice"], trad=True)
free(N, "zh", """
曲先生 您好：

TH-34 和 TH-5C 都能做一般的拷克和針織衣縫合。TH-5C 多了繃縫功能，可以車出 T 恤下擺那種正面兩行、背面網狀的線跡，如果您常做運動服或針織衣，會方便很多。

如果主要是處理布邊、車拼接縫，TH-34 就很夠用，穿線也比較單純。

鍾承睿 敬上
""", TR, "comparison of two sergers that the buyer asked for; no price or promotion (JC10)", ["comparison"], trad=True)
free(N, "zh", """
包小姐 您好：

縫紉機用了八到十個小時左右，就該清一次棉絮、上一次油。先拔掉插頭，拆下針板和梭殼，用小刷子把送布齒和旋梭四周的棉絮掃出來，千萬別用嘴吹。

接著在旋梭軌道點一滴縫紉機專用油，裝回零件後先在碎布上車幾道，把多出來的油吸掉。家裡的食用油或噴霧潤滑劑會慢慢變黏，請不要拿來用。

簡若彤 敬上
""", TR, "oiling advice in Traditional Chinese in the agent's own words; the oiling template is Simplified only (JC9)", ["advice", "cross-language"], trad=True)

# ==========================================================================
# 4b. A template's content retold in the agent's own words -> [template-required]
# ==========================================================================
R = "rewritten"
free(R, "en", """
Hey Juliet,

Good news: what you're seeing underneath is a threading slip, and the Aria is fine. The discs that grip the top thread only part when the foot is lifted. Thread it with the foot lowered and the thread simply rides over them, ungripped, which is exactly what makes those loops.

Pull the top thread right out, lift the foot, and run it through again, giving a tug at every guide. Now drop the foot, dial 4, and stitch across a folded scrap. Top thread still showing below? Nudge the dial up a notch. Bobbin thread poking up through the top? Nudge it down. One notch, one fresh test, every time.

Cheers,
Barnaby Okonkwo-Reyes
""", TR, "own-words version of en/machine/tension (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Ballard-Nunes,

The order you thread a serger in matters more than people expect. On your TH-34 it goes: upper looper, lower looper, right needle, left needle. Turning the handwheel until the lower looper swings all the way right, with the foot raised, makes that looper much easier to get at.

The guides carry coloured dots (yellow, red, blue, green) that show each thread's route. If you ever need to redo a looper, take both needle threads out first and put them back afterwards. Finish by pulling the tails back under the foot and chaining off a little before the fabric goes in.

Regards,
Henrike Tallis
""", TR, "own-words version of en/serger/threading (JC12)", ["rewrite"])
free(R, "en", """
Hello Mrs Quarshie,

Yes, it works on the Mira 200. Think of the WF-9 as a second set of feed dogs riding on top: the upper fabric gets pulled through at exactly the speed of the lower one, so your quilt sandwich and striped fabric won't creep out of line.

Fitting takes a minute. With the power off and the needle up, unscrew the thumb screw on the side of the presser bar and lift away both the standard foot and its holder. Slide the walking foot on so its fork straddles the needle clamp screw, then do the thumb screw up again. Before sewing, roll the handwheel once by hand to be sure nothing collides. I quilt with 3.0 mm stitches and an unhurried pace.

Best,
Caspian Forsberg-Abara
""", TR, "own-words version of en/feet/walking-foot (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Eastwood,

Swapping the blade takes a couple of minutes. Keep the guard shut while you undo the nut at the back, and set the pieces out in a row as they come off so that you can reverse the order later. Hold the old blade only at the hole in the middle and drop it into the case the new 45 mm one came in.

The new blade goes in facing the same way, then the washer, curve outwards, then the nut, just hand-tight. Test on a scrap. Tape up the case with the old blade before you throw it out.

Regards,
Marisol Etherington
""", TR, "own-words version of en/cutter/blade-change (JC12)", ["rewrite"])
free(R, "en", """
Hello Ms Dabrowska,

Nine times out of ten, skipping comes down to the needle. Even one that looks perfect may be blunt or a hair off true, so swap in a brand-new one. Jersey wants a size 75/11 ballpoint, whose rounded tip nudges the knit apart rather than stabbing it.

When you fit it, slide it up as far as it will go with the flat side toward the back before tightening. Then rethread the top with the foot up. Still skipping after that? Let me know what fabric and thread are in there and we'll dig further.

Kind regards,
Henrike Tallis
""", TR, "own-words version of en/troubleshoot/skipped-stitches (JC12)", ["rewrite"])
free(R, "en", """
Hi Ms Abernethy,

Sorry the Atelier isn't behaving. It's under warranty for faults in parts or assembly, so let's get it looked at. Could you send us, here in the messages, a clip of it sewing on a scrap with the sound on, a photo of the serial number plate at the back, and a note of the needle and thread you had in it?

Just so you know, things like needles, the bulb and the bobbin case spring count as wear parts, and a machine that has been dropped isn't covered. We'll come back to you within two working days of seeing the clip.

Best regards,
Barnaby Okonkwo-Reyes
""", TR, "own-words version of en/warranty/claim without case or order id (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Holloway,

Now that the serger has been with you for a few weeks, would you consider telling other buyers how you've found it, good or bad? A review on Amazon is the place for that, and it's completely up to you.

Thanks,
Caspian Forsberg-Abara
""", TR, "a neutral review request in the agent's own words; not review-inducement (JC8, JC12)", ["rewrite", "review-request"])

# --- Simplified Chinese
free(R, "zh", """
时女士，您好！

Aria 30 大概每用八到十个小时，就该清理一次、上一次油。做法很简单：先断电拔插头，把压脚、针和针板拆下来，再取出梭芯梭壳，拿机器附带的小刷子把送布牙、旋梭一带的棉絮刷掉，别用嘴吹。

然后往旋梭轨道上点一滴专用油就够了。零件装回去以后，拿碎布空缝几道把多的油吸掉。家里的食用油和喷雾润滑剂都别用，时间长了会发黏。

戚晓岚
""", TR, "own-words version of zh/machine/oiling (JC12)", ["rewrite"])
free(R, "zh", """
朱先生，您好！

裁得直不直，其实看几个小习惯。布先对折、熨平，折线贴住垫子上的一条横线放好。尺子要压住您打算留下的那块布，整只手掌摊开按稳，指尖千万别探出尺边。

下刀时刀身靠紧尺子，由近往远一口气推完，别来回拉锯。尺子太长够不着，就推到中间停一停，把手往前挪，再接着推。量宽度以贴着尺边的那条刻度为准，切之前最好再对一遍。

符瀚文
""", TR, "own-words version of zh/ruler/cutting (JC12)", ["rewrite"])
free(R, "zh", """
葛女士，您好！

布边起波浪不是机器坏了，是差动还没调好。缝汗布、针织布这种一拉就长的料子，把差动旋钮拧到1.5，让前面的送布牙多喂一点布进去；缝雪纺这种容易皱的，就调到1以下；普通梭织布放在1不动。

调完先拿同一块布的边角缝一小段，看看平不平，再缝衣片。

戚晓岚
""", TR, "own-words version of zh/serger/differential (JC12)", ["rewrite"])
free(R, "zh", """
蒲女士，您好！

断针真让人吓一跳，您没事吧？一般是这几种情况：针没插到顶，或者扁面没朝后；针太细，缝牛仔布、多层布要用16号到18号的牛仔针；手在后面拽布，把针拽弯了；还有就是装着拉链压脚却选了之字线迹。

换好新针以后，先用手轮转一圈，看针碰不碰压脚和针板，没问题再开机。还断的话告诉我们。

符瀚文
""", TR, "own-words version of zh/apology/needle-break (JC12)", ["rewrite"])
free(R, "zh", """
孔先生，您好！

机器出了问题，很抱歉。Mira 200 在保修期内，电机、电路板和机械部件的质量问题都能保修。麻烦您在这里发给我们一段缝纫时的视频（要有声音）、一张机身背面铭牌的照片，再告诉我们当时用的是什么针和线。

需要说明一下：机针、灯泡这些易损件和摔坏的情况不保。看到视频后，我们两个工作日内回复您。

戚晓岚
""", TR, "own-words version of zh/warranty/claim without case or order id (JC12)", ["rewrite"])

# --- Traditional Chinese
free(R, "zh", """
廖小姐 您好：

拉鍊壓布腳只有半邊腳底，所以針可以貼著鍊齒走。換腳之前先把針升到最高，車左邊就卡右邊的槽，車右邊就換左邊的槽，線跡用直線、針放中間。

快碰到拉鍊頭時，針留在布裡、抬起壓布腳，把拉鍊頭推到後面去，再放下來接著車。第一次用的話，先用手轉一圈手輪確認針不會打到腳。

鍾承睿 敬上
""", TR, "own-words version of zh-tw/feet/zipper-foot (JC12)", ["rewrite"], trad=True)
free(R, "zh", """
倪小姐 您好：

面線老是斷，通常是線沒穿好或針的問題。先把壓布腳抬起來，整條面線拆掉重穿，特別注意有沒有勾進挑線桿；線軸別裝反，線要從後面順著出來，蓋子挑大一號的。

再來換支新針，粗細要配合您的線；最後把上線張力往下調一格試試。都試過還是斷的話，跟我們說一下用的線和布，我們再一起找原因。

簡若彤 敬上
""", TR, "own-words version of zh-tw/troubleshoot/thread-break (JC12)", ["rewrite"], trad=True)

# ==========================================================================
# 4c. Logistics replies that also give product advice -> [template-required]
# ==========================================================================
M = "mixed-logistics"
free(M, "en", """
Hi Ms Pennington,

I'm sorry the WF-9 walking foot is running late. UPS now shows delivery on Tuesday, tracking 1Z7R4402Y677205139.

You don't have to stop quilting until it arrives. Pin the layers every few inches with curved safety pins, lengthen the stitch to about 3.5 mm and lower the presser foot pressure one step if your machine allows it. Quilt from the centre outwards, so that any slack is pushed toward the edges instead of building up in the middle.

Best regards,
Marisol Etherington
""", TR, "late delivery of a walking foot plus quilting advice until it arrives (JC5)", ["delay", "advice"])
free(M, "en", """
Hello Mr Ingleby,

No problem at all: open a return for the pack of universal needles from Your Orders, and the refund will follow as soon as it is scanned at our warehouse.

Since you're sewing knits, ballpoint or stretch needles are the right choice. Ballpoint needles suit interlock and sweatshirt fleece; stretch needles are better for swimwear and anything with a lot of spandex, because their special eye helps stop skipped stitches.

Kind regards,
Henrike Tallis
""", TR, "return of the wrong needles plus advice on needle choice for knits (JC5)", ["returns", "advice"])
free(M, "en", """
Hi Mrs Cartwright-Ode,

Your Threadhaven TH-34 is out for delivery today with UPS, so it should be with you this evening.

Here's a tip for the first day: the serger comes threaded from the factory. Rather than threading it from scratch, cut the old threads near the cones, tie your new threads onto them with a small knot, and pull them through one at a time, loopers first. It saves a lot of frustration while you learn the thread paths.

Happy sewing,
Barnaby Okonkwo-Reyes
""", TR, "delivery today plus advice on changing threads by tying on (JC5)", ["delivery", "advice"])
free(M, "en", """
Hello Mr Wakefield,

The replacement 60 mm blades are on their way; USPS expects to deliver them on Thursday.

To make the new blades last, cut only on a self-healing mat, never over pins, and close the guard after every cut so the edge is not nicked against rulers or scissors. A drop of sewing machine oil on the blade, wiped off with a tissue, keeps it turning freely when lint builds up under the guard.

All the best,
Caspian Forsberg-Abara
""", TR, "replacement blades in transit plus blade-care advice (JC5)", ["tracking", "advice"])
free(M, "en", """
Hi Ms Lockhart,

I've started the return for your Corvelle Aria 30, and the prepaid label is in the Returns Center whenever you're ready.

Before you pack it, though, it may be worth one quick check: a clicking noise on a new machine is often just a bobbin that's been put in upside down, or lint around the hook. Take out the bobbin case, brush the area clean and make sure the thread unwinds the right way. If the noise stops, you may want to keep the machine after all.

Kind regards,
Henrike Tallis
""", TR, "return label plus troubleshooting of a clicking noise (JC5)", ["returns", "troubleshooting"])

# --- Simplified Chinese
free(M, "zh", """
金女士，您好！

很抱歉，您订购的隐形拉链压脚要晚两天送达，承运商现在预计下周一送到。

在压脚到货之前，如果急着做，可以用普通拉链压脚先装：把拉链齿用熨斗稍微熨开，让齿往外翻，针尽量贴近齿根缝，效果也不错。

符瀚文
""", TR, "late delivery of a presser foot plus advice on a workaround (JC5)", ["delay", "advice"])
free(M, "zh", """
颜先生，您好！

退货已经为您登记好了，退货面单可以在“您的订单”页面打印，仓库收到后会马上给您退款。

不过想提醒您，您说缝牛仔裤时机器顶不动，很可能只是针太细。把针换成100/16的牛仔针，厚的地方用手轮慢慢转过去，机器一般就能缝过去了。您可以先试试，再决定要不要寄回。

戚晓岚
""", TR, "return registered plus advice on sewing denim (JC5)", ["returns", "advice"])
free(M, "zh", """
韦女士，您好！

您订单里的缝纫机油是从另一个仓库单独发出的，会比机器晚三四天送达。

新机器出厂时已经上过油，第一周正常使用不需要再加油，所以不用等机油到了才开始缝。等用满八到十个小时再按说明书清理上油就可以了。

符瀚文
""", TR, "oil shipped separately from another warehouse plus advice that a new machine needs no oil yet (JC5)", ["split", "advice"])

# --- Traditional Chinese
free(M, "zh", """
董先生 您好：

新的拷克機下刀已經寄出，由 USPS 配送，預計這週四送達。

在新刀片寄到之前，如果要繼續車，可以先用剪刀把布邊修齊，再把刀片撥到不裁切的位置，只讓機器包邊，這樣就不會因為刀鈍把布邊拉毛。

鍾承睿 敬上
""", TR, "replacement knife shipped plus advice for sewing until it arrives (JC5)", ["tracking", "advice"], trad=True)


# ==========================================================================
# 5. Replies that break a content policy (JC3)
# ==========================================================================
V = "violating"


def fill_bad(tid, vals, edits, labels, note, extra):
    fill(tid, vals, note + " (JC3)", edits=edits, cat=V, labels=labels, extra=extra, tags=["template-based"])


def add_bad(tid, vals, anchor, sentence, labels, note, before=False, sep=" "):
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill_bad(tid, vals, [(anchor, new)], labels, note, sentence)


add_bad("en/machine/tension", dict(buyer_name="Mr Harcourt-Fenn", product="Corvelle Mira 200", tension_setting="4",
        agent_name=A3),
        "sew a new test line after each change.",
        "P.S. While you are rethreading, our Silkrow 24-spool thread set is 25% off until Sunday, so it is a good moment to stock up.",
        [MKT] + TR, "P.S. announcing a time-limited price cut on a thread set", sep="\n\n")
add_bad("en/serger/threading", dict(buyer_name="Clarimond", product="Threadhaven TH-34",
        colour_guide="yellow, red, blue and green", agent_name=A2),
        "Happy sewing,",
        "If you get stuck, message me on WhatsApp at +1 208-555-0152 and I will walk you through it on a video call.",
        [OPC] + TR, "a WhatsApp number offered for threading help; product support moved off Amazon",
        before=True, sep="\n\n")
add_bad("en/feet/walking-foot", dict(buyer_name="Mrs Ingram-Sowande", foot_model="Footwise WF-9",
        machine_model="Corvelle Mira 200", stitch_length="3.0 mm", agent_name=A1),
        "the foot needs time to carry the layers evenly.",
        "It pairs perfectly with our Footwise QP-4 quarter-inch foot: use code WALK15 at checkout for 15% off it this month.",
        [MKT] + TR, "cross-sell of a second foot with a discount code")
add_bad("en/troubleshoot/skipped-stitches", dict(buyer_name="Mr Blackwood", product="Corvelle Aria 30",
        needle_type="size 75/11 ballpoint", agent_name=A4),
        "we will suggest what to try next.",
        "And if the machine still lets you down, please come to us first rather than leaving a low review on Amazon.",
        [RI] + TR, "review gating: an unhappy buyer steered away from leaving a review")
fill_bad("en/warranty/claim", dict(buyer_name="Ms Rutherford-Ngata", product="Corvelle Atelier Q11",
         warranty_period="three-year", case_id="LSW-C-58702", order_id="111-4480317-6692058", agent_name=A2),
         [("So that our technicians can assess it, please send the following in this thread:",
           "So that our technicians can assess it, please email the following to repairs@larkspur-stitch.com:")],
         [OPC] + TR, "warranty evidence to be e-mailed to an outside address; a warranty step, not logistics",
         "So that our technicians can assess it, please email the following to repairs@larkspur-stitch.com:")
fill_bad("en/review/neutral-request", dict(buyer_name="Mr Penrose", product="Keenfold 45 mm rotary cutter",
         order_id="113-9926154-0487732", agent_name=A3),
         [("If you have a moment, other sewists would benefit from hearing how it has worked for you, whatever your "
           "experience has been. You can write a review on the product page on Amazon; whether you do so is entirely "
           "your choice.",
           "If you are happy with it, a five-star rating on the product page would mean a great deal to our small team.")],
         [RI] + TR, "the neutral sentences replaced by a request for a five-star rating",
         "If you are happy with it, a five-star rating on the product page would mean a great deal to our small team.")
add_bad("en/review/neutral-request", dict(buyer_name="Isadora", product="Corvelle Aria 30",
        order_id="112-5503847-2216690", agent_name=A4),
        "whether you do so is entirely your choice.",
        "As a thank-you, we will send you a $15 Amazon gift card once your review is live; just reply with a link to it.",
        [RI] + TR, "a gift card offered for a posted review")
add_bad("en/thread/weight-choice", dict(buyer_name="Ms Kingsley-Otieno", product="Silkrow 50 wt cotton thread",
        needle_size="size 80/12 universal", agent_name=A1),
        "so that it has more room in the eye.",
        "Your second thread order has shipped, and you can follow it on our own tracking page at larkspur-stitch.com/track.",
        [OPC], "tracking sentence pointing to the seller's own website; no template-required, because the added sentence is logistics",
        sep="\n\n")
free(V, "en", """
Hi Mr Lowther,

For cutting through six layers of cotton, the 60 mm Keenfold cutter is the better tool: the larger blade covers more ground with each push and needs less force than the 45 mm.

It happens that our 60 mm cutter bundle, with a spare blade and a 24 x 36 in mat, is 20% off this week only, so now is a good time to pick one up.

Best regards,
Barnaby Okonkwo-Reyes
""", [MKT] + TR, "advice on a cutter plus a limited-time price cut on a bundle (JC3, JC10)", ["free-written"])
free(V, "en", """
Hello Ms Dufort,

Your serger is being held by customs in Montreal until the broker has a signed release form for the parcel.

Rather than go through Amazon messages, please text our shipping desk at 208-555-0137, and they will send you the form and pass it to the broker the same day.

Kind regards,
Henrike Tallis
""", [OPC], "customs hold to be sorted by texting the seller's own phone number; the topic stays logistics, so no template-required (JC3, JC7)", ["free-written"])
free(V, "en", """
Hi Mrs Greenacre,

The Threadhaven TH-5C you returned is back in our warehouse, and your refund has gone to your original card.

We were sorry to see your three-star review. If you would be willing to raise it now that the return is sorted, we would happily add a $20 gift card as thanks.

Best wishes,
Caspian Forsberg-Abara
""", [RI] + TR, "refund of a return (logistics) plus a gift card offered for raising a review (JC3)", ["free-written"])

# --- Simplified Chinese
add_bad("zh/review/neutral-request", dict(buyer_name="丁女士", order_id="114-2286730-9915403",
        product="Quillmark 6.5×24英寸绗缝尺", agent_name=Z1),
        "是否撰写评论完全由您决定。",
        "只要留下五星好评并把截图发给我们，我们就返您10美元。",
        [RI] + TR, "cash back offered for a five-star review", sep="")
fill_bad("zh/review/neutral-request", dict(buyer_name="项先生", order_id="112-7739201-4460185",
         product="Threadhaven TH-34 包缝机", agent_name=Z2),
         [("如果您有时间，欢迎在亚马逊的商品页面写下您的真实使用感受。不论感受如何，都能帮助其他缝纫爱好者做出选择。是否撰写评论完全由您决定。",
           "如果您觉得好用，欢迎到商品页面写评论分享；如果用得不顺手，请先在这里告诉我们，别急着留下低分评价。")],
         [RI] + TR, "the neutral sentences replaced by review gating",
         "如果您觉得好用，欢迎到商品页面写评论分享；如果用得不顺手，请先在这里告诉我们，别急着留下低分评价。")
add_bad("zh/machine/oiling", dict(buyer_name="宋女士", product="Corvelle Mira 200", interval="十小时",
        agent_name=Z2),
        "祝您缝纫愉快！",
        "完整的保养演示视频放在我们的抖音账号“Larkspur缝纫小课堂”上，欢迎搜索关注。",
        [OPC] + TR, "invitation to follow a Douyin account for a maintenance video", before=True, sep="\n\n")
add_bad("zh/ruler/cutting", dict(buyer_name="梅女士", product="Quillmark 6.5×24英寸绗缝尺", agent_name=Z1),
        "下刀之前请再核对一次宽度。",
        "另外，新款 Quillmark 8.5英寸正方形尺本周上市，前一百位下单的顾客立减5美元。",
        [MKT] + TR, "new-product launch with a price cut", sep="\n\n")
add_bad("zh/serger/differential", dict(buyer_name="米女士", product="Threadhaven TH-5C 包缝机", setting="1.5",
        agent_name=Z2),
        "如有其他疑问，欢迎继续留言。",
        "您加购的线筒已经发出，如需更改派送地址，请直接拨打我们的发货专线 208-555-0119。",
        [OPC], "address change for a shipped parcel moved to the seller's own phone line; the added sentence is logistics, so no template-required",
        before=True, sep="\n\n")
free(V, "zh", """
姬女士，您好！

新的梭壳已经用 USPS 给您寄出了，运单号 9405511298370118826904，预计周五送达，换上后应该就不会再绕线了。

另外想拜托您一件事：如果问题解决了，能否把商品页面上那条两星评价改成五星？改好后截图给我们，我们再返您20美元。

符瀚文
""", [RI] + TR, "replacement part shipped (logistics) plus cash back for changing a two-star review to five (JC3)", ["free-written"])
free(V, "zh", """
邬女士，您好！

您的包缝机在温哥华清关时被要求补缴一笔关税，金额是18加元。为了不耽误派送，您可以直接用微信转账或支付宝付给我们，我们来替您向报关行缴纳，付款后包裹一两天内就能放行。

戚晓岚
""", [OPC], "customs charge to be paid to the seller by WeChat Pay or Alipay; the topic stays logistics, so no template-required (JC3, JC7)", ["free-written"])

# --- Traditional Chinese
add_bad("zh-tw/feet/zipper-foot", dict(buyer_name="郭小姐", product="Footwise ZP-2 拉鍊壓布腳", agent_name=W1),
        "祝您車縫愉快！",
        "想看完整的車縫示範影片，歡迎加入我們的 LINE 官方帳號 @larkspur.sew。",
        [OPC] + TR, "invitation to a LINE account for sewing videos", before=True, sep="\n\n")
add_bad("zh-tw/troubleshoot/thread-break", dict(buyer_name="康先生", product="Corvelle Mira 200", agent_name=W2),
        "我們再幫您找原因。",
        "問題解決以後，如果您願意把那則兩顆星的評論改成五顆星，我們會免費送您一組 Silkrow 縫線。",
        [RI] + TR, "free thread offered for changing a two-star review to five stars", sep="\n\n")
free(V, "zh", """
褚小姐 您好：

您訂購的 Corvelle Aria 30 已經在今天出貨，由 FedEx 配送，追蹤單號 612804996614。

順便跟您分享好消息：Quillmark 新款彎刀尺下個月上市，現在預購享九折，數量有限，歡迎搶先訂購！

簡若彤 敬上
""", [MKT] + TR, "dispatch notice plus a pre-order price cut on a new product (JC3)", ["free-written"], trad=True)

# Category-wide judgement calls: mixed-logistics rests on JC5, plain logistics on JC14, free advice on JC15
for _r in REPLIES:
    if _r["cat"] == M and "JC5" not in _r["note"]:
        _r["note"] += " (JC5)"
    if _r["cat"] == L and "JC" not in _r["note"]:
        _r["note"] += " (JC14)"
    if _r["cat"] == N and "JC" not in _r["note"]:
        _r["note"] += " (JC15)"


# ==========================================================================
# Self-checks
# ==========================================================================
# Simplified/Traditional pairs for characters this set uses (hand list). GB2312 / Big5 membership is
# checked as well, which catches most other mix-ups.
SCRIPT_PAIRS = ("缝縫 纫紉 线線 针針 机機 压壓 脚腳 轮輪 垫墊 绗絎 链鏈 调調 节節 发發 货貨 运運 单單 号號 订訂 "
                "请請 谢謝 们們 这這 会會 给給 从從 过過 后後 里裡 还還 换換 转轉 动動 带帶 张張 车車 边邊 齿齒 "
                "钢鋼 电電 装裝 盖蓋 纸紙 视視 频頻 邮郵 递遞 签簽 关關 税稅 说說 时時 个個 处處 问問 题題 图圖 "
                "两兩 块塊 购購 买買 为為 头頭 无無 试試 让讓 应應 该該 费費 仓倉 库庫 湿濕 干乾 确確 认認 间間 "
                "续續 开開 对對 宽寬 长長 软軟 弹彈 钮鈕 锁鎖 刷刷 帮幫 题題 钝鈍 卷捲 层層 厚厚 缩縮 选選 择擇").split()
ONLY_SIMP = {p[0] for p in SCRIPT_PAIRS if p[0] != p[1]}
ONLY_TRAD = {p[1] for p in SCRIPT_PAIRS if p[0] != p[1]}
# Big5 has these too, but a Traditional text in this set should use 後, 裡, 乾, 臺/台灣 spelled out, 沖, 於
TRAD_AVOID = set("后里干台湾冲于准范几")
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACK_RE = re.compile(r"\b(?:1Z[0-9A-Z]{16}|94\d{20}|6128\d{8})\b")
CASE_RE = re.compile(r"LSW-C-\d{5}")
PHONE_RE = re.compile(r"(?:\+1[ .-]?)?\(?\b(\d{3})\)?[ .-](\d{3})[ .-](\d{4})\b")
EN_RUN = re.compile(r"\b[a-z]{3,}\b(?:[ ,]+\b[a-z]{3,}\b){2,}")
STAR_RE = re.compile(r"\bstars?\b", re.I)
BANNED_IN_CLEAN = ["http", "www.", "@", ".com", "whatsapp", "wechat", "微信", "支付宝", "支付寶", "抖音", "line 官方",
                   "telegram", "instagram", "facebook", "tiktok", "coupon", "discount", "promo", "% off", "with code",
                   "use code", "at checkout for", "on sale", " sale ", "five-star", "5-star", "three-star", "two-star",
                   "五星", "五顆星", "兩顆星", "两星", "好评", "好評", "差评", "差評", "低分", "优惠", "優惠", "折扣",
                   "九折", "八折", "立减", "返现", "返現", "返您", "预购", "預購", "上市", "官网", "官網", "screenshot",
                   "截图", "截圖", "gift card", "stock up"]
MARKERS = {RI: ["review", "rating", "评", "評"],
           OPC: ["@", ".com", "whatsapp", "微信", "支付宝", "抖音", "line", "555-01"],
           MKT: ["%", "code", "立减", "九折", "上市", " off "]}
LOGISTICS_WORDS = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties",
                   "parcel", "dispatch", "carrier", "usps", "fedex", "label",
                   "运单", "退货", "送达", "送到", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹",
                   "签收", "补寄", "补发", "面单",
                   "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "配送", "寄出"]
REVIEW_WORDS = ["review", "评论", "評論", "评价", "評價"]
NO_LABEL_CATS = ("filled-template", "fill-plus-logistics", "logistics")
TR_ONLY_CATS = ("free-non-logistics", "rewritten", "mixed-logistics")
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EDIT_KINDS = {"greeting", "sign-off", "warm-line", "split", "merge", "reorder", "paraphrase", "long-value"}
FILL_MIN = 0.80   # edited fills and fill-plus-logistics replies stay at least this close to their own rendering
FREE_MAX = 0.55   # free-written template-required replies stay below this against every template
SHARE = {"en": 0.50, "zh": 0.35, "zh-tw": 0.15}


def script_misfits(text, traditional):
    enc = "big5" if traditional else "gb2312"
    bad = set()
    for c in set(CJK.findall(text)):
        try:
            c.encode(enc)
        except UnicodeEncodeError:
            bad.add(c)
    return bad


def script_problems(text, traditional):
    chars = set(text)
    wrong = chars & (ONLY_SIMP if traditional else ONLY_TRAD)
    if traditional:
        wrong |= chars & TRAD_AVOID
    return wrong | script_misfits(text, traditional)


def strip_ph(text):
    return PH_RE.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest_free(text):
    scores = {t: ratio(text, strip_ph(TEMPLATES[t])) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def col(r):
    if r["lang"] == "zh":
        return "zh-tw" if "traditional" in r["tags"] else "zh"
    return r["lang"]


def clean_problems(text):
    low = text.lower()
    found = [w for w in BANNED_IN_CLEAN if w in low]
    if STAR_RE.search(text):
        found.append("star")
    if PHONE_RE.search(text):
        found.append("phone number")
    return found


def checks():
    errs = []
    # ---- templates
    tl = Counter(m[0] for m in TMETA.values())
    if not 18 <= len(TEMPLATES) <= 20:
        errs.append("expected 18-20 templates, got %d" % len(TEMPLATES))
    if not all(tl[k] >= 4 for k in ("en", "zh", "zh-tw")):
        errs.append("each language needs at least 4 templates: %s" % dict(tl))
    for need in ("en/review/neutral-request", "zh/review/neutral-request"):
        if need not in TEMPLATES:
            errs.append("missing " + need)
    for tid, text in TEMPLATES.items():
        ph = placeholders(text)
        if text.count("{{") != len(ph) or text.count("}}") != len(ph):
            errs.append("unbalanced placeholder braces in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("template without buyer/agent slot: " + tid)
        if len(ph) != len(set(ph)):
            errs.append("a placeholder used twice in " + tid)
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z]+/[a-z-]+", tid) or not tid.startswith(TMETA[tid][0] + "/"):
            errs.append("template id does not follow lang/topic/name: " + tid)
        if TMETA[tid][0] == "en" and CJK.search(text):
            errs.append("CJK in English template " + tid)
        if TMETA[tid][0] != "en":
            bad = script_problems(text, TMETA[tid][0] == "zh-tw")
            if bad:
                errs.append("wrong-script characters in %s: %s" % (tid, "".join(sorted(bad))))
            if EN_RUN.search(strip_ph(text)):
                errs.append("English prose in Chinese template " + tid)
        if EMOJI.search(text) or "\n\n\n" in text:
            errs.append("emoji or triple line break in " + tid)
        for w in clean_problems(text):
            errs.append("template %s contains %r" % (tid, w))
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(strip_ph(TEMPLATES[a]), strip_ph(TEMPLATES[b])) >= 0.5:
                errs.append("templates %s and %s are too alike" % (a, b))
    # ---- replies
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    if not 150 <= len(REPLIES) <= 175:
        errs.append("expected 150-175 replies, got %d" % len(REPLIES))
    seen, owner, exact_for, kinds = set(), {}, set(), set()
    for rid, r in zip(ids, REPLIES):
        t, cat, labels, lang = r["text"], r["cat"], set(r["labels"]), r["lang"]
        r["id"] = rid
        low = t.lower()
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": bad category " + cat)
        if "{" in t or "}" in t:
            errs.append(rid + ": leftover braces")
        if not labels <= ALLOWED or len(labels) != len(r["labels"]) or r["labels"] != sorted(r["labels"]):
            errs.append(rid + ": bad labels %s" % r["labels"])
        if lang not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen:
            errs.append(rid + ": duplicate text")
        seen.add(t)
        if t != t.strip() or "\n\n\n" in t or EMOJI.search(t):
            errs.append(rid + ": whitespace or emoji problem")
        if r["tid"] and not r["note"].startswith(r["tid"] + ": "):
            errs.append(rid + ": note must start with the source template id")
        for tok in ORDER_RE.findall(t) + TRACK_RE.findall(t) + CASE_RE.findall(t):
            if owner.setdefault(tok, rid) != rid:
                errs.append(rid + ": id %s already used by %s" % (tok, owner[tok]))
        for m in PHONE_RE.finditer(t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                errs.append(rid + ": phone number outside the fictional 555-01xx range: " + m.group(0))
        # language and script
        has_cjk = bool(CJK.search(t))
        if lang == "en" and has_cjk:
            errs.append(rid + ": CJK in an en reply")
        if lang == "zh" and (not has_cjk or EN_RUN.search(t)):
            errs.append(rid + ": zh reply without CJK or with English prose")
        if has_cjk:
            bad = script_problems(t, "traditional" in r["tags"])
            if bad:
                errs.append(rid + ": wrong-script characters " + "".join(sorted(bad)))
        if r["tid"] and r["tid"].startswith("zh-tw/") != ("traditional" in r["tags"]):
            errs.append(rid + ": script tag does not match the template")
        # category <-> labels
        if cat in NO_LABEL_CATS and labels:
            errs.append(rid + ": %s must carry no label" % cat)
        if cat in TR_ONLY_CATS and labels != {"template-required"}:
            errs.append(rid + ": %s must be exactly template-required" % cat)
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOGISTICS_WORDS):
            errs.append(rid + ": %s reply names no logistics matter" % cat)
        if cat == "logistics" and any(w in low for w in REVIEW_WORDS):
            errs.append(rid + ": logistics reply mentions reviews")
        if cat == "violating":
            if not labels & CONTENT:
                errs.append(rid + ": violating reply without a content label")
            for lab in labels & CONTENT:
                if not any(m in low for m in MARKERS[lab]):
                    errs.append(rid + ": no %s marker in the text" % lab)
            if ("template-required" in labels) == ("no template-required" in r["note"]):
                errs.append(rid + ": note must explain a violating reply without template-required")
            if "template-required" not in labels and not any(w in low for w in LOGISTICS_WORDS):
                errs.append(rid + ": content-only violating reply is not about logistics")
        else:
            for w in clean_problems(t):
                errs.append(rid + ": non-violating reply contains %r" % w)
        if "JC" not in r["note"] and not (cat == "filled-template" and r["exact"]):
            errs.append(rid + ": note names no judgement call")
        # fills and similarity
        if r["tid"]:
            own = render(r["tid"], r["vals"])
            for v in r["vals"].values():
                if v not in t:
                    errs.append(rid + ": value %r missing" % v)
            if r["exact"] and t != own:
                errs.append(rid + ": exact fill differs from its rendering")
            if r["exact"] and cat == "filled-template":
                exact_for.add(r["tid"])
            if "long-value" in r["tags"] and max(len(v) for v in r["vals"].values()) < 100:
                errs.append(rid + ": long-value fill without a value of 100+ characters")
            r["own_ratio"] = ratio(t, own)
            others = {x: ratio(t, strip_ph(TEMPLATES[x])) for x in TEMPLATES if x != r["tid"]}
            if max(others.values()) >= r["own_ratio"]:
                errs.append(rid + ": another template is nearer than %s" % r["tid"])
            if cat in ("filled-template", "fill-plus-logistics") and r["own_ratio"] < FILL_MIN:
                errs.append(rid + ": too far from its own template (%.2f)" % r["own_ratio"])
            if cat == "filled-template" and not r["exact"]:
                k = set(r["tags"]) & EDIT_KINDS
                if not k:
                    errs.append(rid + ": edited fill without an edit-kind tag")
                kinds |= k
            if cat in ("fill-plus-logistics", "violating"):
                x = r["extra"]
                if not x or x not in t or any(x in tt for tt in TEMPLATES.values()):
                    errs.append(rid + ": extra sentence missing or taken from a template")
            if cat == "fill-plus-logistics":
                if r["own_ratio"] >= 0.999:
                    errs.append(rid + ": fill-plus-logistics reply adds nothing")
                if not any(w in r["extra"].lower() for w in LOGISTICS_WORDS):
                    errs.append(rid + ": added sentence names no logistics matter")
        else:
            r["nearest"], r["max_ratio"] = nearest_free(t)
            if "template-required" in labels and r["max_ratio"] >= FREE_MAX:
                errs.append(rid + ": template-required reply too close to %s (%.2f)" % (r["nearest"], r["max_ratio"]))
    for tid in TEMPLATES:
        if tid not in exact_for:
            errs.append("template has no exact fill: " + tid)
    missing = EDIT_KINDS - kinds
    if missing:
        errs.append("edit kinds never used: %s" % sorted(missing))
    # ---- composition
    share = Counter(col(r) for r in REPLIES)
    for k, want in SHARE.items():
        got = share[k] / float(len(REPLIES))
        if abs(got - want) > 0.05:
            errs.append("language share %s is %.2f, want about %.2f" % (k, got, want))
    cats = Counter(r["cat"] for r in REPLIES)
    for c in CATS:
        if cats[c] < 8:
            errs.append("category %s has only %d replies" % (c, cats[c]))
        per = Counter(col(r) for r in REPLIES if r["cat"] == c)
        if any(per[k] == 0 for k in SHARE):
            errs.append("category %s lacks a language: %s" % (c, dict(per)))
    vb = Counter(("tid" if r["tid"] else "free") for r in REPLIES if r["cat"] == "violating")
    if vb["tid"] < 8 or vb["free"] < 5:
        errs.append("violating replies should be mostly template-based with some free-written: %s" % dict(vb))
    for lab in CONTENT:
        if sum(1 for r in REPLIES if lab in r["labels"]) < 4:
            errs.append("too few replies labelled " + lab)
    if not any(r["cat"] == "violating" and "template-required" not in r["labels"] for r in REPLIES):
        errs.append("no violating reply whose offending text is logistics (content label only)")
    return ids, errs


# ==========================================================================
# README
# ==========================================================================
def _stats(vals):
    vals = sorted(vals)
    if not vals:
        return ("-", "-", "-")
    return ("%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1])


def _jc(rows):
    found = {}
    for r in rows:
        for n in sorted(set(int(x) for x in re.findall(r"JC(\d+)", r["note"]))):
            found.setdefault(n, []).append(r["id"])
    return found


CAT_TEXT = OrderedDict([
    ("filled-template", ("`[]`", "approved template filled in, exact or lightly edited")),
    ("fill-plus-logistics", ("`[]`", "template fill plus one free-written logistics sentence")),
    ("logistics", ("`[]`", "free-written shipping, delivery, tracking, returns, refunds of returns, address, customs, fulfilment")),
    ("free-non-logistics", ("`[template-required]`", "free-written product advice, troubleshooting, comparisons, opinions, a holding reply")),
    ("rewritten", ("`[template-required]`", "a template's content retold in the agent's own words")),
    ("mixed-logistics", ("`[template-required]`", "logistics reply that also gives product advice")),
    ("violating", ("content label(s), plus `template-required` per JC3", "breaks review-inducement, off-platform-contact or marketing")),
])

LANG_JC = 13   # the `lang` call is about the whole set and is cited by no single reply

JUDGEMENT = [
    (1, "A fill plus one free-written logistics sentence stays `[]`.",
     "Logistics (shipping, delivery, tracking, returns, refunds of a return, address, customs) is outside "
     "`template-required` wherever it appears. A fill that also says where the bobbins or thread cones are, that a "
     "missing foot or needles went out, that a large mat ships on its own, how a repair would travel, or that a duplicate "
     "order was cancelled is approved wording plus allowed free text. gen.py checks that each of these replies stays close to "
     "its own rendering (difflib >= 0.80, own template nearest) and that the added sentence is in no template and names a "
     "logistics matter. A linter that demands a near-verbatim whole message would flag them wrongly."),
    (2, "Courtesy and light edits keep a fill a fill (`[]`).",
     "Another greeting or closing wish, a warm line with no product content (congratulations on a first table runner, "
     "thanks for choosing the shop, praise for a tote bag photo, joy at a first quilt), one sentence split or two merged, "
     "two list items swapped where the order does not matter, one sentence paraphrased with the same facts, and long slot "
     "values (listing titles of 100-170 characters, a 180-character colour-chart description). Slot values are always "
     "the kind of thing the slot stands for; no advice is slipped in through a slot. Test: the changed words tell the "
     "buyer nothing new about the product or how to use it. A whole reply in the agent's own words is JC12."),
    (3, "Content violations: the content label always; `template-required` only when the offending text is not logistics.",
     "`template-required` asks whether a reply carries non-logistics content that no approved template covers. A "
     "five-star request, a gift card, cash back or free thread for a review, review gating, a request to raise or change "
     "a review, a price cut, a discount code, a cross-sell, a product launch, a WhatsApp number or a Douyin or LINE "
     "account for product help, and warranty evidence e-mailed to an outside address are non-logistics and in no "
     "template, so those replies carry `template-required` as well, even when the rest is an exact fill. Where the only "
     "offending text is itself logistics (tracking on the seller's own website, a phone line for changing a delivery "
     "address, a text message to sort out a customs hold, customs duty paid to the seller by WeChat Pay or Alipay), the "
     "reply gets `off-platform-contact` only. The seller's own number is not a carrier's or manufacturer's number, so "
     "policy.md's exception for those does not apply."),
    (4, "Transit damage and packing a return are logistics, even when they name machine parts.",
     "A cracked ruler, a creased cutting mat and a machine with a broken table replaced after transit damage, a partial "
     "refund for a scuffed table, and packing steps for a returned serger (take off the cones, lower the foot, close the "
     "looper cover, bag the pedal) are about getting an intact item to or from the buyer, not about using it."),
    (5, "A logistics reply that also gives product advice is `template-required`.",
     "Quilting without the late walking foot, needle choice for knits, tying on new serger threads, blade care, a "
     "clicking noise worth checking before a return, a zipper workaround, needles for denim, whether a new machine needs "
     "oil, and sewing on with a dull serger knife: none of this is logistics, and no template says it in these words."),
    (6, "Order fulfilment counts as logistics.",
     "A missing foot pedal, quarter-inch foot, blade or needles resent, a wrong-size cutter or wrong-colour thread "
     "replaced, a wrongly ordered item returned, a cancellation before dispatch (also as the way to fix an address the "
     "seller may not edit), and a partial refund for damage are `[]`. interface.md's list does not name fulfilment, but "
     "policy.md's permitted purpose \"resolving an issue with order fulfillment\" covers it."),
    (7, "Customs is logistics.",
     "Duties collected by Amazon at checkout for a Canadian address, the automatic refund of an over-estimate, and a "
     "parcel waiting for clearance are `[]`. The two violating customs replies stay free of `template-required` for the "
     "same reason: only their contact channel breaks a rule."),
    (8, "Review requests.",
     "Fills of the English and Simplified neutral review templates are `[]`: each note says it is the only request for "
     "its order and the thread holds no earlier praise from the buyer, so neither the one-per-order limit nor the rule "
     "against asking after praise applies (`review-request-limit` is not a label in this set). A neutral request in the "
     "agent's own words (\"good or bad\") is `template-required` only, not `review-inducement`."),
    (9, "A template in one language does not cover a reply in another.",
     "Buttonhole and oiling instructions in English (those templates are Traditional and Simplified only), zipper-foot "
     "advice in Simplified Chinese and oiling advice in Traditional Chinese, each in the agent's own words, are "
     "`template-required`. No reply is a plain Simplified-to-Traditional transcription of a template, because a linter "
     "that folds scripts before matching could fairly count one as covered."),
    (10, "Answering the buyer's own buying question is advice, not marketing.",
     "Aria 30 or Mira 200, TH-34 or TH-5C, a 45 mm or a 60 mm cutter: the buyer asked, and no price, code, sale or "
     "unasked-for product appears, so no `marketing`; the answer is still product advice, so `template-required`. The "
     "same answer followed by a this-week-only bundle price is `marketing` as well."),
    (11, "Near-misses in `[]` replies that must not be flagged.",
     "\"free of charge\", \"at no charge\", a free return label, 免费为您补寄 and 免費補寄 (remedies, not promotions); refund "
     "amounts $34.99, $25.00, 29.50美元 and 34.99 美元 (refunds, not prices on offer); 取消订单 (a cancellation, not a "
     "review change); \"rating plate\" in the warranty fills (a label on the machine, not a rating request); the word "
     "\"review\" and 评论 inside the neutral review fills; \"import charges\"; tracking numbers, order ids, case ids "
     "`LSW-C-...`, model numbers WF-9, QP-4, ZP-2, FM-6, TH-34, TH-5C and Q11, and sizes such as 75/11, 90/14, 16号, "
     "6.5×24英寸 and 24 x 36 in, which are not phone numbers or codes."),
    (12, "A rewrite that keeps a template's facts is still `template-required`.",
     "Same steps and numbers, different wording and order: the policy approves wording, not facts. These replies stay "
     "below difflib 0.55 against every template; they include warranty rewrites without a case or order id and an "
     "own-words review request."),
    (13, "How `lang` is set.",
     "`zh` covers both scripts; Traditional replies carry the tag `traditional`. Latin brand names, model codes, carrier "
     "names, tracking numbers, a LINE handle and units inside Chinese text do not make a reply `mixed`; this set has no "
     "`mixed` replies."),
    (14, "A free-written logistics reply needs no template.",
     "Tracking, delivery dates, signatures and hold-at-location, a PO box served by choosing a carrier, address "
     "problems, weather delays, parcels marked delivered but missing, split shipments, holiday and standard return "
     "windows and refunds of returns are `[]` in any wording. Apologies and thanks inside such a reply are courtesy."),
    (15, "Free-written product advice is `template-required`, however sound it is.",
     "Free-motion quilting, pressing seams, mat care, the needle threader, rolled hems, bobbin winding, stretch "
     "stitches, twin needles, prewashing, serger knives, a noisy machine after storage and heavy fabric: no template "
     "covers these, and a correct answer is not an approved one."),
    (16, "A holding reply on a non-logistics matter is `template-required`.",
     "\"Thanks for the video; our technician will look at it and I will answer tomorrow\" gives no advice, but it is "
     "about a repair question, not logistics, and no template says it. Read literally, interface.md's definition flags "
     "it. This is the least certain label in the set: a linter that lets short courtesy-only replies pass could argue "
     "the other way."),
]


def readme(rows):
    o = []
    w = o.append
    w("# t46: hand-labelled held-out test set for `template-required`\n")
    w("Written blind, from `/work/shared/interface.md` and `/work/shared/policy.md` only, in the layout of the earlier set "
      "t45, with a new seller, new templates, new replies and new people; the linter's repository was neither read nor "
      "run. `gen.py` (standard library only) is the source of truth: every template and reply is a literal in it. It runs "
      "the self-checks and, only if all of them pass, rewrites `library/`, `replies.jsonl` and this README; on a failure "
      "it prints the problems, writes nothing and exits 1. Edit `gen.py`, not the outputs.\n")
    w("## The seller (invented)\n")
    w("**Larkspur Stitchworks** sells home sewing machines, sergers, quilting rulers, rotary cutters, threads and presser "
      "feet on Amazon.com, shipping from warehouses in Harrisburg, Pennsylvania and Boise, Idaho to buyers in the US and "
      "Canada. Its brands: Corvelle sewing machines (Aria 30 mechanical, Mira 200 computerized, Atelier Q11 quilting), "
      "Threadhaven sergers (TH-34, TH-5C with coverstitch), Quillmark quilting rulers (6.5 x 24 in, 12.5 in square), "
      "Keenfold rotary cutters (45 mm, 60 mm) and cutting mats, Silkrow threads, and Footwise presser feet (WF-9 walking, "
      "QP-4 quarter-inch, ZP-2 zipper, FM-6 free-motion). Agents write English (Marisol Etherington, Barnaby "
      "Okonkwo-Reyes, Henrike Tallis, Caspian Forsberg-Abara), Simplified Chinese (戚晓岚, 符瀚文) and Traditional Chinese "
      "(簡若彤, 鍾承睿). Every person, brand, product, order id, tracking number, case id, model number, domain "
      "(`larkspur-stitch.com`), handle, code and phone number is invented; phone numbers are in the fictional 555-01xx "
      "range. Carrier names (UPS, USPS, FedEx), apps (WhatsApp, WeChat Pay, Alipay, Douyin, LINE) and Amazon page names "
      "(Your Orders, Returns Center) are real, as a real seller's messages would use them.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` each in nested folders (`en/`, `zh/`, `zh-tw/`); id = path "
      "without `.txt`; `{{name}}` placeholders. Use it as `--templates library`. |")
    w("| `replies.jsonl` | one seller reply per line |")
    w("| `gen.py` | templates, replies, self-checks and writers |")
    w("| `README.md` | this file |\n")
    w("Record fields: `id` (`t46-001`...), `text`, `labels` (expected policies, sorted; `[]` = nothing at warning or error "
      "level may be flagged), `lang` (`en` or `zh`), `tags` (`tags[0]` is the category; `traditional` marks Traditional "
      "script; fills carry `exact`/`edited` and edit kinds `greeting`, `sign-off`, `warm-line`, `split`, `merge`, "
      "`reorder`, `paraphrase`, `long-value`; violating fills carry `template-based`, free-written ones `free-written`; "
      "other tags name the topic), `note` (source template id first when there is one, then what the reply does; `JCn` "
      "points to a judgement call), `context` (always `reply`).\n")
    w("## Templates\n")
    w("| id | lang | topic | placeholders | exact fills | edited fills | fill-plus-logistics | violating |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        def n(pred):
            return sum(1 for r in rows if r["tid"] == tid and pred(r))
        w("| `%s` | %s | %s | %s | %d | %d | %d | %d |" % (
            tid, TMETA[tid][0], TMETA[tid][1], ", ".join(dict.fromkeys(placeholders(TEMPLATES[tid]))),
            n(lambda r: r["cat"] == "filled-template" and r["exact"]),
            n(lambda r: r["cat"] == "filled-template" and not r["exact"]),
            n(lambda r: r["cat"] == "fill-plus-logistics"), n(lambda r: r["cat"] == "violating")))
    tl = Counter(m[0] for m in TMETA.values())
    w("\n%d templates: English %d, Simplified Chinese %d, Traditional Chinese %d.\n" % (
        len(TEMPLATES), tl["en"], tl["zh"], tl["zh-tw"]))
    w("## Counts\n")
    w("| category | expected labels | what it is | en | zh (Simplified) | zh (Traditional) | total |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for c, (lab, what) in CAT_TEXT.items():
        cc = Counter(col(r) for r in rows if r["cat"] == c)
        w("| %s | %s | %s | %d | %d | %d | %d |" % (c, lab, what, cc["en"], cc["zh"], cc["zh-tw"], sum(cc.values())))
    cc = Counter(col(r) for r in rows)
    w("| **total** | | | %d | %d | %d | %d |\n" % (cc["en"], cc["zh"], cc["zh-tw"], len(rows)))
    w("Language shares: English %.0f%%, Simplified %.0f%%, Traditional %.0f%%.\n" % tuple(
        100.0 * cc[k] / len(rows) for k in ("en", "zh", "zh-tw")))
    combos = Counter(tuple(r["labels"]) for r in rows)
    w("| labels | replies | en | zh (Simplified) | zh (Traditional) |\n| --- | --- | --- | --- | --- |")
    for k, v in sorted(combos.items(), key=lambda kv: (len(kv[0]), kv[0])):
        lc = Counter(col(r) for r in rows if tuple(r["labels"]) == k)
        w("| %s | %d | %d | %d | %d |" % ("`[]`" if not k else ", ".join("`%s`" % x for x in k), v,
                                          lc["en"], lc["zh"], lc["zh-tw"]))
    lab = Counter(x for r in rows for x in r["labels"])
    w("\nPer label: %s. Replies with no label: %d.\n" % (
        ", ".join("`%s` %d" % kv for kv in sorted(lab.items())), combos[()]))
    w("## Similarity sanity checks\n")
    w("difflib `SequenceMatcher(autojunk=False)` on raw text. This only guards the labels against accidents; it is not "
      "the linter's measure, and the linter need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required by gen.py |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for r in rows if r["cat"] == "filled-template" and not r["exact"]]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= %.2f, own template nearest |"
      % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "fill-plus-logistics"]
    w("| fill-plus-logistics (JC1) | same | %d | %s | %s | %s | >= %.2f, own template nearest |"
      % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "violating" and r["tid"]]
    w("| template-based violating (JC3) | same | %d | %s | %s | %s | own template nearest |" % ((len(g),) + _stats(g)))
    for c in ("free-non-logistics", "rewritten", "mixed-logistics", "logistics"):
        g = [r["max_ratio"] for r in rows if r["cat"] == c]
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |" % (
            (c, len(g)) + _stats(g) + ("(info)" if c == "logistics" else "< %.2f" % FREE_MAX,)))
    g = [r["max_ratio"] for r in rows if r["cat"] == "violating" and not r["tid"]]
    w("| free-written violating | same | %d | %s | %s | %s | < %.2f when `template-required` |\n"
      % ((len(g),) + _stats(g) + (FREE_MAX,)))
    w("Other checks in gen.py: 18-20 templates with at least four per language; English and Simplified neutral review "
      "templates present; ids `lang/topic/name`; balanced placeholders, each used once, `buyer_name` and `agent_name` in "
      "every template; no two templates alike (difflib < 0.5); no link, handle, code, sale, star, review-score or phone "
      "wording in any template; 150-175 replies; language shares within 5 points of 50/35/15; at least eight replies per "
      "category and every category in all three scripts; every edit kind used; each template filled exactly at least "
      "once; exact fills equal their rendering and every slot value appears in its reply; `long-value` fills have a "
      "value of 100+ characters; ids and texts unique; no braces, emoji, triple line breaks or outer whitespace; each "
      "order id, tracking number and case id in one reply only; every phone number in the 555-01xx range; `en` replies "
      "have no CJK and `zh` replies no English prose; Simplified and Traditional text use only their own script (a pair "
      "list, Big5-valid but wrong-in-Traditional characters such as 后, 里, 干 and 台, and GB2312 or Big5 membership); "
      "categories and labels agree; every logistics and mixed-logistics reply and every added logistics sentence names a "
      "logistics matter, and no logistics reply mentions reviews; replies outside `violating` contain no link, domain, "
      "`@`, messaging app, payment app, social network, phone number, coupon, code, sale, price-cut, launch or pre-order "
      "wording, star or review-score wording, screenshot or gift card; each violating reply contains a marker of each of "
      "its labels; a violating reply without `template-required` says why in its note and is about logistics; each added "
      "sentence appears in its reply and in no template; every note that is not a plain exact fill names a judgement "
      "call, and every judgement call is cited.\n")
    w("## Fill plus one logistics sentence (JC1)\n")
    w("| id | template | lang | added sentence |\n| --- | --- | --- | --- |")
    for r in rows:
        if r["cat"] == "fill-plus-logistics":
            w("| %s | `%s` | %s | %s |" % (r["id"], r["tid"], col(r), r["extra"]))
    w("\n## Replies that break a content policy (JC3)\n")
    w("| id | lang | labels | source | what it does |\n| --- | --- | --- | --- | --- |")
    for r in rows:
        if r["cat"] == "violating":
            w("| %s | %s | %s | %s | %s |" % (r["id"], col(r), ", ".join("`%s`" % x for x in r["labels"]),
                                             "`%s`" % r["tid"] if r["tid"] else "free-written",
                                             r["note"].split(": ", 1)[-1] if r["tid"] else r["note"]))
    w("\n## Judgement calls\n")
    w("Basis: interface.md's `template-required` flags a seller message that is not about logistics (shipping, delivery, "
      "tracking, returns, address, customs) and does not match an approved template closely enough; the brief for this "
      "set adds that greetings, sign-offs and logistics sentences (including refunds of a return) are free. Labels read "
      "this per sentence: every sentence of a `[]` reply is approved template wording (lightly edited at most), courtesy, "
      "or logistics.\n")
    ids = _jc(rows)
    for n, head, body in JUDGEMENT:
        ex = ids.get(n, [])
        tail = (" Replies: %s." % ", ".join(ex)) if ex else ""
        w("%d. **JC%d. %s** %s%s\n" % (n, n, head, body, tail))
    return "\n".join(o).rstrip("\n") + "\n"


# ==========================================================================
# Main
# ==========================================================================
def main():
    ids, errs = checks()
    jc_used = set(_jc(REPLIES))
    jc_defined = {n for n, _, _ in JUDGEMENT}
    if jc_used - jc_defined:
        errs.append("notes cite undefined judgement calls: %s" % sorted(jc_used - jc_defined))
    if jc_defined - jc_used - {LANG_JC}:
        errs.append("judgement calls cited by no reply: %s" % sorted(jc_defined - jc_used - {LANG_JC}))
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs), file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    rows = REPLIES
    text_readme = readme(rows)
    lines = [json.dumps(OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]),
                                     ("lang", r["lang"]), ("tags", r["tags"]), ("note", r["note"]),
                                     ("context", "reply")]), ensure_ascii=False) for r in rows]
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text_readme)
    # read back what was written
    back = [json.loads(line) for line in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    assert [b["id"] for b in back] == ids
    assert all(b["text"] == r["text"] and b["labels"] == r["labels"] for b, r in zip(back, rows))
    found = {}
    for d, _, files in os.walk(lib):
        for fn in files:
            p = os.path.join(d, fn)
            with open(p, encoding="utf-8") as f:
                found[os.path.relpath(p, lib)[:-4].replace(os.sep, "/")] = f.read()
    assert found == dict(TEMPLATES), "library on disk differs from TEMPLATES"
    print("ok: %d templates, %d replies written to %s" % (len(TEMPLATES), len(back), HERE))
    print("categories:", dict(Counter(b["tags"][0] for b in back)))
    print("labels:", dict(Counter(x for b in back for x in b["labels"])),
          "| no label:", sum(1 for b in back if not b["labels"]))
    print("label sets:", dict(Counter(",".join(b["labels"]) or "[]" for b in back)))
    print("lang:", dict(Counter(col(dict(lang=b["lang"], tags=b["tags"])) for b in back)))


if __name__ == "__main__":
    main()
