#!/usr/bin/env python3
"""t44: hand-labelled held-out test set for msglint's `template-required` policy.

Single source of truth. `python3 gen.py` runs the self-checks and, only when every
one passes, rewrites library/, replies.jsonl and README.md next to this file. On a
failure it lists the problems, writes nothing and exits 1. Standard library only.
The shop, its brands, products, people, order ids, tracking numbers, case ids, part
numbers, handles, domains, codes and phone numbers are invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t44"
TR = ["template-required"]
CONTENT = {"review-inducement", "off-platform-contact", "marketing"}
ALLOWED = CONTENT | {"template-required"}
LANGS = {"en", "zh", "mixed"}
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# ==========================================================================
# The approved template library (19 templates: 9 en, 6 zh, 4 zh-tw)
# ==========================================================================
TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ---------------------------------------------------------------- English
template("en/machine/thread-nesting", "en", "thread tangle under the fabric: rethreading the upper thread", """
Hi {{buyer_name}},

Thank you for the photo of the underside of your seam. A tangle of thread under the fabric almost always means the upper thread has slipped out of the tension discs, not that the {{product}} is faulty. Please rethread it this way:

1. Raise the presser foot before you start. This opens the tension discs so the thread can settle between them.
2. Turn the handwheel toward you until the needle is at its highest point.
3. Follow the numbered guides printed on the machine, taking the thread down the channel, around the take-up lever and back down.
4. Pass the thread through the needle from front to back and pull about 10 cm (4 in) toward the back of the machine.
5. Hold both thread tails lightly for the first three stitches.

If the tangle comes back after rethreading, fit a new needle and try again before you change any tension setting.

Kind regards,
{{agent_name}}
Thimblecrest Sewing Supply
""")

template("en/needles/fabric-match", "en", "which needle type and size to use for a fabric", """
Hello {{buyer_name}},

For {{fabric}}, we recommend {{needle_type}} needles in size {{needle_size}}.

A few reminders when you fit them:
- On most home machines the flat side of the needle shank faces the back. Push the needle up as far as it will go before you tighten the screw.
- Start each new project with a fresh needle, or change it after about eight hours of sewing.
- A dull or bent needle causes skipped stitches and pulled threads, so replace it rather than straightening it.
- Match the thread to the needle: the thread should lie inside the long groove on the front of the needle.

Happy sewing,
{{agent_name}}
Thimblecrest Sewing Supply
""")

template("en/serger/tension-dials", "en", "balancing the four tension dials of a serger", """
Hi {{buyer_name}},

Thanks for your question about the tension on your {{product}}. The factory setting for a balanced four-thread overlock is {{default_tension}}. Starting from there, adjust one dial at a time:

- The upper looper thread wraps around to the underside: tighten the upper looper, or loosen the lower looper.
- The lower looper thread shows on top: tighten the lower looper by half a number.
- The seam pulls open and shows ladder-like gaps: tighten the left needle.
- The fabric puckers along the seam: loosen both needle threads slightly.

Sew a test strip of the same fabric after each change, folded double if it is lightweight. Write down the settings that work so you can return to them later.

Best regards,
{{agent_name}}
""")

template("en/feet/shank-fit", "en", "presser foot compatibility and how to attach a snap-on foot", """
Hi {{buyer_name}},

Yes, the {{foot_name}} (part {{part_number}}) fits the {{machine_model}}. It is a {{shank_type}} foot and clips onto the standard foot holder, so no tools are needed.

To attach it:
1. Raise the needle to its highest position and lift the presser foot lever.
2. Press the black button at the back of the foot holder to release the current foot.
3. Place the new foot so that its crossbar lies directly under the groove of the holder, then lower the lever until it clicks.

Before sewing, turn the handwheel slowly by hand through one full stitch to make sure the needle clears the foot.

Best wishes,
{{agent_name}}
Thimblecrest Sewing Supply
""")

template("en/cutters/blade-change", "en", "changing a rotary cutter blade safely", """
Hi {{buyer_name}},

Here is how to change the blade in your {{product}} safely. Replacement blades for this cutter are {{blade_size}}.

1. Close the safety guard and lay the cutter flat on a table with the nut side facing up.
2. Unscrew the nut and lift off the parts one at a time. Lay them in a row in the order they came off.
3. Pick up the old blade by its centre hole only, and wrap it in tape before you throw it away.
4. Place the new blade where the old one sat, then put the parts back in reverse order.
5. Tighten the nut until the blade turns smoothly without wobbling.

Always close the guard between cuts, even if you put the cutter down for only a moment.

Kind regards,
{{agent_name}}
""")

template("en/warranty/machine-claim", "en", "warranty cover and what to send for a machine claim", """
Dear {{buyer_name}},

Thank you for letting us know about the problem with your {{product}}. Our service technicians would like to see the machine at work before deciding between a repair and a replacement, and we have registered this as case {{case_id}} (order {{order_id}}).

Could you send us, as a reply to this message:
1. a short video, filmed from the front, of the machine sewing a few stitches on scrap fabric;
2. a close-up of the rating plate, which shows the model and serial number;
3. the needle size and thread that were in the machine.

Our machines carry a {{warranty_period}} warranty on parts and workmanship, counted from delivery. It does not extend to machines that have been dropped, opened by an outside repair shop, or damaged by sewing over pins.

The technicians usually answer within two business days of receiving the video.

Sincerely,
{{agent_name}}
Thimblecrest Customer Care
""")

template("en/review/neutral-request", "en", "neutral review request (once per order)", """
Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} has been earning its place in your sewing room.

Amazon lets buyers post a review on the product page, and we read every one of them. If you have a moment, we would welcome yours, whatever your verdict; it gives the next person shopping for sewing gear a clearer picture.

Thank you,
{{agent_name}}
Thimblecrest Sewing Supply
""")

template("en/mats/warp-care", "en", "looking after a self-healing cutting mat", """
Hi {{buyer_name}},

A self-healing mat like your {{product}} keeps its surface longest when it is treated as follows:

- Store it flat, never rolled up or standing on its edge.
- Keep it away from heat: direct sun, a parked car in summer, a radiator or a hot iron can warp it for good.
- Move your cutting line around the mat instead of always cutting along the same grid line.
- Once a month, wipe it with a cloth dampened in lukewarm water and let it dry flat.

Shallow cut marks close up on their own with normal use, which is why the mat is called self-healing.

Best regards,
{{agent_name}}
""")

template("en/machine/bobbin-winding", "en", "the right bobbin and how to wind it", """
Hello {{buyer_name}},

The {{product}} takes {{bobbin_class}} bobbins. Other bobbins may look the same but differ slightly in height, which leads to uneven stitches.

To wind a bobbin:
1. Put the spool on the spool pin and guide the thread around the bobbin-winding tension disc.
2. Wrap a few turns of thread clockwise around the empty bobbin by hand, push it onto the winder shaft and slide the shaft to the right.
3. Hold the thread end and press the foot control. Let go of the end after a few turns and trim it close to the bobbin.
4. The winder stops by itself when the bobbin is full. Slide the shaft back to the left before you sew.

When you drop the bobbin into its case, the thread should unwind counter-clockwise, in the shape of the letter P.

Kind regards,
{{agent_name}}
Thimblecrest Sewing Supply
""")

# ---------------------------------------------------------------- Simplified Chinese
template("zh/machine/upper-tension", "zh", "面线张力的判断与调整", """
{{buyer_name}}您好，

感谢您的来信。{{product}}的面线张力盘标有0到9，普通棉布建议设在{{tension_value}}。如果线迹不平整，可以按下面的方法判断：

1. 布料正面露出底线：面线太紧，请把张力调低半格到一格。
2. 布料反面出现面线的小线圈：面线太松，请把张力调高半格到一格。
3. 正反两面都只看到各自的线，两根线在布料中间交锁：说明张力正好。

每次调整后，请先在同样的碎布上试缝一段，确认效果后再缝正式作品。调整之前，也请先抬起压脚重新穿一次面线。

祝您缝纫愉快！
{{agent_name}}
Thimblecrest 客服团队
""")

template("zh/serger/differential-feed", "zh", "包缝机差动送布的调整", """
{{buyer_name}}您好，

针织布或弹力布在{{product}}上包缝后出现波浪边，通常是差动送布比例不合适。这台机器的差动送布范围是{{feed_range}}，请按以下方法调整：

- 缝针织布出现波浪边时：把差动送布调大，例如从1.0调到1.5。
- 缝薄料出现抽皱时：把差动送布调小，例如调到0.7。
- 一般的梭织布保持在1.0即可。

每次只调一格，先用同样的布料试缝十厘米左右，再决定是否继续调整。

如有其他问题，欢迎随时在此留言。
{{agent_name}}
Thimblecrest 客服团队
""")

template("zh/thread/weight-choice", "zh", "按作品选择缝纫线和机针", """
{{buyer_name}}您好，

关于{{project}}用什么线，我们建议选用{{thread_type}}，搭配{{needle_size}}号机针。

选线时可以参考以下几点：
1. 线的粗细要和机针配合，线太粗容易断线，太细则线迹不明显。
2. 面线和底线尽量用同一种线，张力更容易调平衡。
3. 涤纶线有弹性、结实耐用，适合衣物和针织布；纯棉线手感柔软、耐高温熨烫，适合拼布和纯棉面料。
4. 存放多年、颜色发暗的线强度会下降，不建议用在受力的缝份上。

祝您的作品顺利完成！
{{agent_name}}
""")

template("zh/warranty/claim", "zh", "保修范围与需要提供的资料", """
{{buyer_name}}您好，

收到您关于{{product}}故障的说明，给您添麻烦了。我们的维修技师需要先看一下机器的情况，才能判断是维修还是换新，这次的售后编号是{{case_id}}（订单{{order_id}}）。

请直接回复本消息，附上：
1. 一段从正面拍摄、机器在碎布上缝几针的视频；
2. 铭牌的近照，上面有型号和序列号；
3. 当时所用机针的号数和缝纫线。

本店缝纫机和包缝机的零件与做工保修期为{{warranty_period}}，从签收日算起；摔过、在外面的维修店拆过，或因缝过大头针而损坏的机器不在保修范围内。

技师一般在收到视频后两个工作日内给您答复。

{{agent_name}}
Thimblecrest 售后服务
""")

template("zh/review/neutral-request", "zh", "中性邀评（每个订单一次）", """
{{buyer_name}}您好，

您在订单{{order_id}}中购买的{{product}}，用起来感觉怎么样？

亚马逊商品页面上的每一条评论，我们都会认真阅读。如果您有空，欢迎把使用感受写下来，满意的地方和不足之处都可以写，这样下一位挑选缝纫用品的顾客就能了解得更清楚。

谢谢您，
{{agent_name}}
Thimblecrest 客服团队
""")

template("zh/machine/first-setup", "zh", "新缝纫机第一次使用前的检查", """
{{buyer_name}}您好，

恭喜您收到{{product}}！第一次使用前，请按以下顺序检查：

1. 取出机器下方和送布牙附近的所有泡沫和胶带。
2. 将脚踏控制器的插头插入机身右侧的插孔，再接通电源。
3. 按说明书第{{manual_page}}页的示意图绕底线、穿面线。
4. 用附带的试缝布，以直线线迹、线迹长度2.5先缝几行，确认线迹平整。

新机器在出厂前已经加过油，前三个月无需自行上油。

祝您使用愉快，
{{agent_name}}
""")

# ---------------------------------------------------------------- Traditional Chinese
template("zh-tw/machine/cleaning", "zh-tw", "縫紉機的清潔與上油", """
{{buyer_name}} 您好：

定期清潔能讓您的{{product}}運轉更安靜、線跡更穩定。建議每縫約{{hours}}小時做一次以下保養：

1. 關閉電源並拔下插頭，取下機針、壓布腳和針板。
2. 取出梭殼，用附贈的小刷子刷掉送布齒和梭床周圍的棉絮。
3. 不要用嘴吹或用罐裝空氣噴，以免把棉絮吹進機器內部。
4. 在說明書標示的位置滴一滴縫紉機專用油，再讓機器空轉幾秒，並用碎布擦去多餘的油。

如果機器發出比平常大的聲音，通常清潔後就會改善。

{{agent_name}} 敬上
Thimblecrest 客服中心
""")

template("zh-tw/needles/replace", "zh-tw", "更換機針的步驟", """
{{buyer_name}} 您好：

感謝您的詢問。{{product}}使用一般家用機針（{{needle_system}}），更換步驟如下：

1. 轉動手輪，讓機針升到最高點，並關閉電源。
2. 一手扶住機針，另一手用附贈的螺絲起子將針夾螺絲逆時針轉鬆。
3. 取下舊針，將新針的平面朝向機身後方，往上推到底。
4. 順時針鎖緊針夾螺絲，確認機針不會晃動。

斷針或彎針請用膠帶包好再丟棄，以免刺傷家人。

{{agent_name}} 敬上
Thimblecrest 客服中心
""")

template("zh-tw/feet/walking-foot", "zh-tw", "均勻送布壓腳的安裝與使用", """
{{buyer_name}} 您好：

{{foot_name}}適用於您的{{machine_model}}，安裝方式如下：

1. 將機針升到最高點，抬起壓布腳扳手，取下原本的壓布腳和壓腳座。
2. 把均勻送布壓腳的叉形臂跨在針夾螺絲上。
3. 將壓腳對準壓桿，用隨附的螺絲鎖緊。
4. 放下壓布腳扳手，慢慢轉動手輪一圈，確認機針從開口中央穿過。

縫拼布或多層布料時，建議把線跡長度調到{{stitch_length}}，並放慢速度，讓上下層布料同步前進。

{{agent_name}} 敬上
""")

template("zh-tw/thread/serger-cones", "zh-tw", "包縫機錐形線的放置與使用", """
{{buyer_name}} 您好：

{{product}}使用包縫專用的錐形線，一次需要{{cone_count}}個線軸。放線時請注意以下幾點：

1. 把線架的伸縮桿完全拉高，讓線從線軸正上方拉出，才不會被卡住。
2. 錐形線底部如果有紙圈，請讓紙圈朝下，直接套在線座上。
3. 光滑的聚酯線容易從線軸上滑落，可以套上附贈的線網。
4. 一般家用小線軸也能用，但請蓋上附贈的線軸蓋，避免線纏進線軸的缺口。

換顏色時不必全部重新穿線：在舊線尾端打結接上新線，再慢慢把線拉過所有線道即可。

{{agent_name}} 敬上
Thimblecrest 客服中心
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
    """Render template tid with vals, then apply edits [(old, new), ...] in order; each old must occur once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur exactly once in %s" % (old, tid))
        text = text.replace(old, new)
    exact = not edits
    lang = "en" if tid.startswith("en/") else "zh"
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, lang, kind + list(tags), tid + ": " + note, tid=tid, vals=vals,
         exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, before=True, sep=" ", tags=()):
    """Fill tid and put one extra sentence next to `anchor` (before or after it)."""
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill(tid, vals, note, edits=[(anchor, new)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ==========================================================================
# 1. Filled templates, exact or lightly edited -> []
# ==========================================================================
A1, A2, A3, A4 = "Wren Abernathy-Osei", "Cosmo Delvalle", "Tamsin Reyes-Kurata", "Anders Mbeki-Holt"
Z1, Z2 = "邵静岚", "韦嘉树"
W1, W2 = "詹品萱", "游紹謙"
ATELIER_EN = ("Hollisbrook Atelier 560 Computerized Sewing and Quilting Machine with 180 Built-In Stitches, "
              "LCD Screen, Automatic Needle Threader and Wide Extension Table")
CUTTER_EN = ("Briarcut 60 mm Ergonomic Rotary Cutter with Safety Lock, Soft-Grip Handle and Left or Right Hand Use "
             "for Quilting, Fabric and Leather")
MAT_EN = ("Gridhaven Double-Sided Self-Healing Rotary Cutting Mat 24 x 36 Inch with 1/8 Inch Grid, "
          "45 and 60 Degree Angle Lines, Green and Grey")
ATELIER_ZH = ("Hollisbrook Atelier 560 电脑缝纫机 家用多功能 180种线迹 液晶屏 自动穿线器 附12个压脚和加宽延伸台 "
              "适合拼布和服装制作 白色 含脚踏控制器和防尘罩 110-120V 北美电压")
ATELIER_TW = ("Hollisbrook Atelier 560 電腦縫紉機 家用多功能 180種線跡 液晶螢幕 自動穿線器 附12款壓布腳與加寬輔助桌 "
              "拼布與服裝製作適用 白色 含腳踏控制器與防塵套 110-120V 北美電壓")
C = "filled-template"

# --- en/machine/thread-nesting
fill("en/machine/thread-nesting", dict(buyer_name="Marisol", product="Hollisbrook HB-220", agent_name=A2), "exact fill")
fill("en/machine/thread-nesting", dict(buyer_name="Mr Adeyemi-Barrett", product=ATELIER_EN, agent_name=A1),
     "greeting changed; the full 140-character listing title in the product slot (JC2)",
     edits=[("Hi Mr Adeyemi-Barrett,", "Good afternoon Mr Adeyemi-Barrett,")], tags=["greeting", "long-value"])
fill("en/machine/thread-nesting", dict(buyer_name="Bronwyn", product="Hollisbrook QuiltPro 9", agent_name=A3),
     "first two steps swapped (either order works) and sign-off changed (JC2)",
     edits=[("1. Raise the presser foot before you start. This opens the tension discs so the thread can settle between them.\n"
             "2. Turn the handwheel toward you until the needle is at its highest point.",
             "1. Turn the handwheel toward you until the needle is at its highest point.\n"
             "2. Raise the presser foot before you start. This opens the tension discs so the thread can settle between them."),
            ("Kind regards,", "Warm regards,")],
     tags=["reorder", "sign-off"])

# --- en/needles/fabric-match
fill("en/needles/fabric-match", dict(buyer_name="Ingrid", fabric="cotton jersey T-shirts",
     needle_type="Keenpoint jersey (ball point)", needle_size="75/11", agent_name=A3), "exact fill")
fill("en/needles/fabric-match", dict(buyer_name="Wilfried", fabric="12 oz denim and canvas tote bags",
     needle_type="Keenpoint denim", needle_size="100/16, or 110/18 where several layers meet", agent_name=A4),
     "one bullet lightly paraphrased, same fact (JC2)",
     edits=[("A dull or bent needle causes skipped stitches and pulled threads, so replace it rather than straightening it.",
             "Skipped stitches and pulled threads usually come from a blunt or bent needle, so swap it for a new one instead of straightening it.")],
     tags=["paraphrase"])
fill("en/needles/fabric-match", dict(buyer_name="Mrs Albescu", fabric="silk charmeuse and polyester chiffon",
     needle_type="Keenpoint microtex (sharp)", needle_size="60/8 or 70/10", agent_name=A1),
     "congratulations line added after the recommendation; two bullets merged (JC2)",
     edits=[("needles in size 60/8 or 70/10.", "needles in size 60/8 or 70/10. Congratulations on the wedding, and good luck with the bridesmaid dresses!"),
            ("go before you tighten the screw.\n- Start each new project", "go before you tighten the screw, and start each new project")],
     tags=["warm-line", "merge"])

# --- en/serger/tension-dials
fill("en/serger/tension-dials", dict(buyer_name="Casimir", product="Selvane S4 serger",
     default_tension="4 on all four dials", agent_name=A1), "exact fill")
fill("en/serger/tension-dials", dict(buyer_name="Ximena", product="Selvane S5 Combo serger and coverstitch machine",
     default_tension="left needle 4, right needle 4, upper looper 3.5 and lower looper 3.5", agent_name=A4),
     "sentence split in two and a thanks-for-waiting line added (JC2)",
     edits=[("Sew a test strip of the same fabric after each change, folded double if it is lightweight.",
             "Sew a test strip of the same fabric after each change. If the fabric is lightweight, fold it double."),
            ("Thanks for your question about the tension", "Thanks for waiting while we looked into this, and for your question about the tension")],
     tags=["split", "warm-line"])

# --- en/feet/shank-fit
fill("en/feet/shank-fit", dict(buyer_name="Harriet", foot_name="Footloft quarter-inch piecing foot", part_number="FL-Q14",
     machine_model="Hollisbrook HB-220", shank_type="low-shank snap-on", agent_name=A4), "exact fill")
fill("en/feet/shank-fit", dict(buyer_name="Mr Villanueva", foot_name="Footloft 4 mm rolled hem foot", part_number="FL-RH4",
     machine_model="Hollisbrook Atelier 560", shank_type="low-shank snap-on", agent_name=A2),
     "greeting changed, first two sentences merged, sign-off changed (JC2)",
     edits=[("Hi Mr Villanueva,", "Hello Mr Villanueva,"),
            ("fits the Hollisbrook Atelier 560. It is a low-shank", "fits the Hollisbrook Atelier 560; it is a low-shank"),
            ("Best wishes,", "All the best,")],
     tags=["greeting", "merge", "sign-off"])

# --- en/cutters/blade-change
fill("en/cutters/blade-change", dict(buyer_name="Genevieve", product="Briarcut 45 mm rotary cutter",
     blade_size="45 mm Briarcut BC-45R blades", agent_name=A2), "exact fill")
fill("en/cutters/blade-change", dict(buyer_name="Rashida", product=CUTTER_EN, blade_size="60 mm Briarcut BC-60R blades",
     agent_name=A3),
     "thanks for asking first added; 130-character listing title in the product slot (JC2)",
     edits=[("Here is how to change", "Thanks for checking with us before you tried it. Here is how to change")],
     tags=["warm-line", "long-value"])

# --- en/warranty/machine-claim
fill("en/warranty/machine-claim", dict(buyer_name="Mr Haldane", product="Hollisbrook Atelier 560 sewing machine",
     warranty_period="two years", case_id="TCS-W-58213", order_id="112-6603185-4427910", agent_name=A3), "exact fill")
fill("en/warranty/machine-claim", dict(buyer_name="Ms Fairweather-Quist", product="Selvane S4 serger",
     warranty_period="two years", case_id="TCS-W-58347", order_id="114-3381902-7759024", agent_name=A1),
     "the rating-plate photo moved to the top of the list; sign-off changed (JC2)",
     edits=[("1. a short video, filmed from the front, of the machine sewing a few stitches on scrap fabric;\n2. a close-up of the rating plate, which shows the model and serial number;",
             "1. a close-up of the rating plate, which shows the model and serial number;\n2. a short video, filmed from the front, of the machine sewing a few stitches on scrap fabric;"),
            ("Sincerely,", "With kind regards,")],
     tags=["reorder", "sign-off"])
fill("en/warranty/machine-claim", dict(buyer_name="Obadiah", product="Hollisbrook HB-220",
     warranty_period="two years", case_id="TCS-W-58502", order_id="111-9027461-3385102", agent_name=A4),
     "thanks for the description merged into the first sentence; the exclusions sentence lightly paraphrased (JC2)",
     edits=[("the problem with your Hollisbrook HB-220.", "the problem with your Hollisbrook HB-220, and for describing the grinding noise so carefully."),
            ("It does not extend to machines that have been dropped, opened by an outside repair shop, or damaged by sewing over pins.",
             "Machines that were dropped, opened by an outside repair shop or damaged by sewing over pins are not covered.")],
     tags=["warm-line", "merge", "paraphrase"])

# --- en/review/neutral-request (JC8)
fill("en/review/neutral-request", dict(buyer_name="Ms Pemberton", order_id="113-5570921-8046613",
     product="Gridhaven 24 x 36 in self-healing cutting mat", agent_name=A4),
     "exact fill; first review request for the order, the thread holds no praise from the buyer (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Callum", order_id="112-0946573-3318850", product="Selvane S4 serger",
     agent_name=A2),
     "greeting and sign-off changed; first request for the order, no earlier praise in the thread (JC2, JC8)",
     edits=[("Hello Callum,", "Hi Callum,"), ("Thank you,", "Best wishes,")], tags=["greeting", "sign-off"])

# --- en/mats/warp-care
fill("en/mats/warp-care", dict(buyer_name="Yolanda", product="Gridhaven 18 x 24 in cutting mat", agent_name=A1), "exact fill")
fill("en/mats/warp-care", dict(buyer_name="Mr Drummond-Achebe", product=MAT_EN, agent_name=A3),
     "third and fourth bullets swapped; 125-character listing title in the product slot (JC2)",
     edits=[("- Move your cutting line around the mat instead of always cutting along the same grid line.\n"
             "- Once a month, wipe it with a cloth dampened in lukewarm water and let it dry flat.",
             "- Once a month, wipe it with a cloth dampened in lukewarm water and let it dry flat.\n"
             "- Move your cutting line around the mat instead of always cutting along the same grid line.")],
     tags=["reorder", "long-value"])

# --- en/machine/bobbin-winding
fill("en/machine/bobbin-winding", dict(buyer_name="Theodora", product="Hollisbrook HB-220",
     bobbin_class="Class 15 (15J) clear plastic", agent_name=A2), "exact fill")
fill("en/machine/bobbin-winding", dict(buyer_name="Lucinda", product="Hollisbrook QuiltPro 9",
     bobbin_class="Class 15 metal", agent_name=A4),
     "step 3 split into two steps and renumbered; a wish for the quilt added before the sign-off (JC2)",
     edits=[("3. Hold the thread end and press the foot control. Let go of the end after a few turns and trim it close to the bobbin.\n"
             "4. The winder stops",
             "3. Hold the thread end and press the foot control.\n"
             "4. Let go of the end after a few turns and trim it close to the bobbin.\n"
             "5. The winder stops"),
            ("Kind regards,", "We hope the quilt is coming along nicely.\n\nKind regards,")],
     tags=["split", "warm-line"])

# --- zh/machine/upper-tension
fill("zh/machine/upper-tension", dict(buyer_name="陈女士", product="Hollisbrook HB-220 缝纫机", tension_value="4", agent_name=Z1),
     "exact fill")
fill("zh/machine/upper-tension", dict(buyer_name="郑先生", product="Hollisbrook Atelier 560 电脑缝纫机",
     tension_value="3.5到4.5之间", agent_name=Z2),
     "greeting changed; the first two checks swapped (JC2)",
     edits=[("郑先生您好，", "郑先生，您好！"),
            ("1. 布料正面露出底线：面线太紧，请把张力调低半格到一格。\n2. 布料反面出现面线的小线圈：面线太松，请把张力调高半格到一格。",
             "1. 布料反面出现面线的小线圈：面线太松，请把张力调高半格到一格。\n2. 布料正面露出底线：面线太紧，请把张力调低半格到一格。")],
     tags=["greeting", "reorder"])
fill("zh/machine/upper-tension", dict(buyer_name="许晓彤", product=ATELIER_ZH, tension_value="4", agent_name=Z1),
     "thanks for the clear photos added to the opening; 120-character listing title in the product slot (JC2)",
     edits=[("感谢您的来信。", "感谢您的来信，照片拍得很清楚。")], tags=["warm-line", "long-value"])

# --- zh/serger/differential-feed
fill("zh/serger/differential-feed", dict(buyer_name="黄女士", product="Selvane S4 包缝机", feed_range="0.7到2.0", agent_name=Z2),
     "exact fill")
fill("zh/serger/differential-feed", dict(buyer_name="罗先生", product="Selvane S5 Combo 包缝绷缝两用机", feed_range="0.6到2.0",
     agent_name=Z1),
     "the trial-sewing sentence split in two; the closing line lightly paraphrased (JC2)",
     edits=[("每次只调一格，先用同样的布料试缝十厘米左右，再决定是否继续调整。",
             "每次只调一格。调完先用同样的布料试缝十厘米左右，再决定是否继续调整。"),
            ("如有其他问题，欢迎随时在此留言。", "还有什么不清楚的地方，直接回复这条消息就可以。")],
     tags=["split", "paraphrase"])

# --- zh/thread/weight-choice
fill("zh/thread/weight-choice", dict(buyer_name="孙女士", project="纯棉拼布被", thread_type="Spoolwright 50wt 纯棉线",
     needle_size="80/12", agent_name=Z1), "exact fill")
fill("zh/thread/weight-choice", dict(buyer_name="周先生", project="帆布工具包", thread_type="Spoolwright 30wt 涤纶粗线",
     needle_size="100/16", agent_name=Z2),
     "a friendly remark added after the recommendation; points 1 and 2 merged (JC2)",
     edits=[("搭配100/16号机针。", "搭配100/16号机针。自己做工具包，很有意思！"),
            ("太细则线迹不明显。\n2. 面线和底线尽量用同一种线", "太细则线迹不明显；面线和底线也尽量用同一种线"),
            ("3. 涤纶线", "2. 涤纶线"), ("4. 存放多年", "3. 存放多年")],
     tags=["warm-line", "merge"])
fill("zh/thread/weight-choice", dict(buyer_name="吴女士", project="弹力针织运动服", thread_type="Spoolwright 40wt 涤纶线",
     needle_size="75/11 圆头", agent_name=Z1),
     "greeting changed; points 3 and 4 swapped (JC2)",
     edits=[("吴女士您好，", "吴女士，您好："),
            ("3. 涤纶线有弹性、结实耐用，适合衣物和针织布；纯棉线手感柔软、耐高温熨烫，适合拼布和纯棉面料。\n4. 存放多年、颜色发暗的线强度会下降，不建议用在受力的缝份上。",
             "3. 存放多年、颜色发暗的线强度会下降，不建议用在受力的缝份上。\n4. 涤纶线有弹性、结实耐用，适合衣物和针织布；纯棉线手感柔软、耐高温熨烫，适合拼布和纯棉面料。")],
     tags=["greeting", "reorder"])

# --- zh/warranty/claim
fill("zh/warranty/claim", dict(buyer_name="刘先生", product="Hollisbrook HB-220 缝纫机", warranty_period="两年",
     order_id="111-4482096-1937720", case_id="TCS-W-58631", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="谢女士", product="Selvane S4 包缝机", warranty_period="两年",
     order_id="113-7805326-2246185", case_id="TCS-W-58790", agent_name=Z1),
     "thanks for the photos added to the apology; the last sentence split (JC2)",
     edits=[("给您添麻烦了。", "给您添麻烦了，也谢谢您先发来照片。"),
            ("从签收日算起；摔过", "从签收日算起。摔过")],
     tags=["warm-line", "split"])
fill("zh/warranty/claim", dict(buyer_name="何先生", product=ATELIER_ZH, warranty_period="两年",
     order_id="114-6620473-5081239", case_id="TCS-W-58804", agent_name=Z2),
     "greeting changed; the full listing title in the product slot (JC2)",
     edits=[("何先生您好，", "尊敬的何先生，您好："),], tags=["greeting", "long-value"])

# --- zh/review/neutral-request (JC8)
fill("zh/review/neutral-request", dict(buyer_name="马女士", product="Gridhaven 切割垫", order_id="112-3319047-6025861",
     agent_name=Z1), "exact fill; first review request for the order, no earlier praise in the thread (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="唐先生", product="Briarcut 45毫米滚刀", order_id="114-2265830-9918407",
     agent_name=Z2),
     "greeting and sign-off changed; first request for the order, no earlier praise in the thread (JC2, JC8)",
     edits=[("唐先生您好，", "唐先生，您好！"), ("谢谢您，", "祝您生活愉快，")], tags=["greeting", "sign-off"])

# --- zh/machine/first-setup
fill("zh/machine/first-setup", dict(buyer_name="蒋女士", product="Hollisbrook QuiltPro 9 缝纫机", manual_page="12",
     agent_name=Z2), "exact fill")
fill("zh/machine/first-setup", dict(buyer_name="冯先生", product="Hollisbrook HB-220", manual_page="8", agent_name=Z1),
     "the oil sentence lightly paraphrased; a good wish added before the sign-off (JC2)",
     edits=[("新机器在出厂前已经加过油，前三个月无需自行上油。", "机器出厂时已经上好油，头三个月不用自己再加油。"),
            ("祝您使用愉快，", "希望这台机器陪您做出很多喜欢的作品。\n\n祝您使用愉快，")],
     tags=["paraphrase", "warm-line"])

# --- zh-tw/machine/cleaning
fill("zh-tw/machine/cleaning", dict(buyer_name="林小姐", product="Hollisbrook HB-220 縫紉機", hours="8", agent_name=W1),
     "exact fill")
fill("zh-tw/machine/cleaning", dict(buyer_name="張先生", product="Hollisbrook QuiltPro 9", hours="10", agent_name=W2),
     "greeting changed; steps 3 and 4 swapped (JC2)",
     edits=[("張先生 您好：", "張先生，您好："),
            ("3. 不要用嘴吹或用罐裝空氣噴，以免把棉絮吹進機器內部。\n4. 在說明書標示的位置滴一滴縫紉機專用油，再讓機器空轉幾秒，並用碎布擦去多餘的油。",
             "3. 在說明書標示的位置滴一滴縫紉機專用油，再讓機器空轉幾秒，並用碎布擦去多餘的油。\n4. 不要用嘴吹或用罐裝空氣噴，以免把棉絮吹進機器內部。")],
     tags=["greeting", "reorder"])
fill("zh-tw/machine/cleaning", dict(buyer_name="蔡太太", product=ATELIER_TW, hours="8", agent_name=W1),
     "a thank-you line added at the start; the full listing title in the product slot (JC2)",
     edits=[("定期清潔能讓", "謝謝您這麼用心照顧機器。定期清潔能讓")], tags=["warm-line", "long-value"])

# --- zh-tw/needles/replace
fill("zh-tw/needles/replace", dict(buyer_name="黃先生", product="Hollisbrook HB-220", needle_system="HAx1，也就是 130/705H 規格",
     agent_name=W2), "exact fill")
fill("zh-tw/needles/replace", dict(buyer_name="鄭小姐", product="Hollisbrook Atelier 560", needle_system="HAx1",
     agent_name=W1),
     "step 2 split in two; the safety line lightly paraphrased (JC2)",
     edits=[("2. 一手扶住機針，另一手用附贈的螺絲起子將針夾螺絲逆時針轉鬆。",
             "2. 一手扶住機針。另一手用附贈的螺絲起子，將針夾螺絲逆時針轉鬆。"),
            ("斷針或彎針請用膠帶包好再丟棄，以免刺傷家人。", "換下來的斷針或彎針，請先用膠帶包起來再丟掉，免得家人被刺傷。")],
     tags=["split", "paraphrase"])
fill("zh-tw/needles/replace", dict(buyer_name="吳先生", product="Hollisbrook QuiltPro 9", needle_system="HAx1，拼布建議用 90/14",
     agent_name=W2),
     "a good wish for the quilt added before the sign-off (JC2)",
     edits=[("以免刺傷家人。", "以免刺傷家人。\n\n祝您的拼布被順利完成！")], tags=["warm-line"])

# --- zh-tw/feet/walking-foot
fill("zh-tw/feet/walking-foot", dict(buyer_name="李小姐", foot_name="Footloft 均勻送布壓腳 FL-WF2",
     machine_model="Hollisbrook HB-220", stitch_length="3.0", agent_name=W1), "exact fill")
fill("zh-tw/feet/walking-foot", dict(buyer_name="王先生", foot_name="Footloft 均勻送布壓腳 FL-WF2",
     machine_model="Hollisbrook QuiltPro 9", stitch_length="3.0 到 3.5", agent_name=W2),
     "greeting changed; steps 2 and 3 merged and renumbered (JC2)",
     edits=[("王先生 您好：", "王先生您好："),
            ("2. 把均勻送布壓腳的叉形臂跨在針夾螺絲上。\n3. 將壓腳對準壓桿，用隨附的螺絲鎖緊。\n4. 放下",
             "2. 把均勻送布壓腳的叉形臂跨在針夾螺絲上，再將壓腳對準壓桿，用隨附的螺絲鎖緊。\n3. 放下")],
     tags=["greeting", "merge"])
fill("zh-tw/feet/walking-foot", dict(buyer_name="徐小姐", foot_name="Footloft 均勻送布壓腳 FL-WF2",
     machine_model="Hollisbrook Atelier 560", stitch_length="2.8", agent_name=W1),
     "the closing advice lightly paraphrased, same numbers (JC2)",
     edits=[("縫拼布或多層布料時，建議把線跡長度調到2.8，並放慢速度，讓上下層布料同步前進。",
             "如果要縫拼布或好幾層布，線跡長度建議設在2.8，速度也放慢一點，上下層布料才會一起往前走。")],
     tags=["paraphrase"])

# --- zh-tw/thread/serger-cones
fill("zh-tw/thread/serger-cones", dict(buyer_name="陳先生", product="Selvane S4 包縫機", cone_count="四", agent_name=W2),
     "exact fill")
fill("zh-tw/thread/serger-cones", dict(buyer_name="何小姐", product="Selvane S5 Combo 包縫繃縫兩用機", cone_count="五",
     agent_name=W1),
     "greeting changed; a thank-you line added before the first sentence (JC2)",
     edits=[("何小姐 您好：", "親愛的何小姐，您好："),
            ("Selvane S5 Combo 包縫繃縫兩用機使用", "謝謝您特地來問。Selvane S5 Combo 包縫繃縫兩用機使用")],
     tags=["greeting", "warm-line"])
fill("zh-tw/thread/serger-cones", dict(buyer_name="楊太太", product="Selvane S4 包縫機", cone_count="三到四", agent_name=W2),
     "points 3 and 4 merged into one (JC2)",
     edits=[("可以套上附贈的線網。\n4. 一般家用小線軸也能用", "可以套上附贈的線網；一般家用小線軸也能用")], tags=["merge"])

# ==========================================================================
# 2. Template fill plus one extra logistics sentence -> []
# ==========================================================================
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, before=False, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], before=before, sep=sep)


fill_log("en/feet/shank-fit", dict(buyer_name="Priscilla", foot_name="Footloft adjustable zipper foot", part_number="FL-Z1",
         machine_model="Hollisbrook QuiltPro 9", shank_type="low-shank snap-on", agent_name=A1),
         "so no tools are needed.",
         "The foot you ordered left our Harrisburg warehouse this morning with USPS, tracking 9405511206217734829150, and should reach you by Friday.",
         "tracking of the foot's own order added after the fit answer")
fill_log("en/warranty/machine-claim", dict(buyer_name="Mrs Ingleby", product="Hollisbrook QuiltPro 9",
         warranty_period="two years", case_id="TCS-W-58966", order_id="113-2047718-6630954", agent_name=A2),
         "within two business days of receiving the video.",
         "If the machine has to come back to us for repair, we will send you a prepaid UPS return label, so please keep the original box and foam inserts.",
         "return-shipping arrangement for a possible repair added to the last paragraph")
fill_log("en/cutters/blade-change", dict(buyer_name="Lysander", product="Briarcut 45 mm rotary cutter",
         blade_size="45 mm Briarcut BC-45R blades", agent_name=A4),
         "even if you put the cutter down for only a moment.",
         "The five-pack of spare blades on your order ships separately from our Fort Worth warehouse; its tracking number will show in Your Orders once the carrier scans the parcel.",
         "split-shipment notice added as its own paragraph", sep="\n\n")
fill_log("en/machine/bobbin-winding", dict(buyer_name="Mr Pashkov", product="Hollisbrook HB-220",
         bobbin_class="Class 15 (15J) clear plastic", agent_name=A3),
         "which leads to uneven stitches.",
         "The pack of ten bobbins that was missing from your box went out this morning by USPS First-Class, tracking 9400111206213857302264.",
         "reshipment of a missing accessory pack added to the first paragraph")
fill_log("en/needles/fabric-match", dict(buyer_name="Rosalind", fabric="minky and other plush fabrics",
         needle_type="Keenpoint stretch", needle_size="90/14", agent_name=A2),
         "needles in size 90/14.",
         "The needle assortment from your second order is out for delivery today, according to UPS.",
         "delivery status of a second order added after the recommendation")
fill_log("en/mats/warp-care", dict(buyer_name="Ms Oyelowo", product="Gridhaven 18 x 24 in cutting mat", agent_name=A4),
         "which is why the mat is called self-healing.",
         "As your mat already arrived bent from the heat in the delivery van, please return it through the Returns Center for a replacement; the return shipping label is free for you.",
         "return for a mat damaged in transit added as its own paragraph (JC4)", sep="\n\n")
fill_log("zh/machine/upper-tension", dict(buyer_name="钱女士", product="Hollisbrook HB-220 缝纫机", tension_value="4", agent_name=Z2),
         "也请先抬起压脚重新穿一次面线。",
         "您另外订购的备用梭壳已于今天由 UPS 发出，运单号1Z7W41E60394418826。",
         "tracking of a separately ordered bobbin case added")
fill_log("zh/warranty/claim", dict(buyer_name="高先生", product="Hollisbrook QuiltPro 9 缝纫机", warranty_period="两年",
         order_id="112-8851064-3375190", case_id="TCS-W-59012", agent_name=Z1),
         "两个工作日内给您答复。",
         "如果需要寄回维修，我们会提供预付运费的退货标签，请先保留原包装箱和泡沫。",
         "return-shipping arrangement for a possible repair added")
fill_log("zh/thread/weight-choice", dict(buyer_name="梁女士", project="亚麻围裙", thread_type="Spoolwright 40wt 涤纶线",
         needle_size="90/14", agent_name=Z2),
         "搭配90/14号机针。",
         "另外，您订单中少发的两个线轴已经补寄，预计三到五个工作日送达。",
         "reshipment of two missing spools added after the recommendation")
fill_log("zh/serger/differential-feed", dict(buyer_name="宋先生", product="Selvane S4 包缝机", feed_range="0.7到2.0",
         agent_name=Z1),
         "再决定是否继续调整。",
         "至于您问的退货期限：自签收之日起30天内，都可以在亚马逊的“退货中心”申请退货。",
         "answer to the buyer's question about the return window added", sep="\n\n")
fill_log("zh/machine/first-setup", dict(buyer_name="邓女士", product="Hollisbrook Atelier 560 电脑缝纫机", manual_page="10",
         agent_name=Z2),
         "第一次使用前，请按以下顺序检查：",
         "您提到外箱运到时有压痕，如果拆箱后发现机身有任何损坏，请在30天内通过亚马逊申请退货换新。",
         "what to do if the dented box hides transit damage, added before the checklist (JC4)", before=True, sep="\n\n")
fill_log("zh-tw/needles/replace", dict(buyer_name="蘇小姐", product="Hollisbrook HB-220", needle_system="HAx1",
         agent_name=W1),
         "以免刺傷家人。",
         "另外，您加購的機針組是和縫紉機分開出貨的，追蹤號碼是 9400111206219876543210。",
         "split-shipment tracking added as its own paragraph", sep="\n\n")
fill_log("zh-tw/machine/cleaning", dict(buyer_name="彭先生", product="Selvane S4 包縫機", hours="8", agent_name=W2),
         "通常清潔後就會改善。",
         "另外，您要求更改的收件地址，我們已在出貨前更新完成。",
         "confirmation of an address change added")
fill_log("zh-tw/feet/walking-foot", dict(buyer_name="曾小姐", foot_name="Footloft 均勻送布壓腳 FL-WF2",
         machine_model="Hollisbrook HB-220", stitch_length="3.0", agent_name=W1),
         "安裝方式如下：",
         "壓腳預計明天由 USPS 送達，您可以在「您的訂單」頁面查看配送進度。",
         "delivery estimate for the foot added before the steps", before=True)
fill_log("zh-tw/thread/serger-cones", dict(buyer_name="廖先生", product="Selvane S4 包縫機", cone_count="四", agent_name=W2),
         "再慢慢把線拉過所有線道即可。",
         "您另外訂購的 Spoolwright 錐形線因為暴風雪延誤，預計下週二才會送達，造成不便請見諒。",
         "weather delay of a separate thread order added", sep="\n\n")

# ==========================================================================
# 3. Free-written logistics replies, no template -> []
# ==========================================================================
L = "logistics"
free(L, "en", """
Hi Beatrix,

Your Hollisbrook Atelier 560 left our Harrisburg warehouse yesterday afternoon with UPS Ground, tracking 1Z9V306E0374518842, and UPS currently expects to deliver it on Tuesday.

The carton weighs about 11 kg (24 lb). If nobody will be home, you can ask UPS to hold it at a nearby UPS Access Point by entering the tracking number on the UPS site or app.

Best regards,
Wren Abernathy-Osei
Thimblecrest Sewing Supply
""", [], "tracking and delivery options for a machine", ["tracking"])
free(L, "en", """
Hello Mr Castellanos,

Thanks for catching the typo in the street name so quickly. Your order 113-6028841-7702356 has not been packed yet, and we have put it on hold for 48 hours.

We can only ship to the address on the order, so please open Your Orders, choose the order and select "Change shipping address". As soon as the corrected address shows on our side, we will release the parcel, and it should still go out today or tomorrow.

Kind regards,
Cosmo Delvalle
""", [], "address correction before dispatch", ["address"])
free(L, "en", """
Dear Ms Lindgren,

I'm so sorry your Selvane S4 arrived with a cracked cover and a dented carton. That happened on the way to you, and you should not have to deal with it.

Please start a return in Your Orders and choose "Item arrived damaged" as the reason. The return label will be free, and we will send a new serger as soon as the return is scanned by the carrier, so you do not have to wait for the damaged one to reach us. Please pack it in the same carton if you still have it, even though it is dented.

With apologies,
Tamsin Reyes-Kurata
Thimblecrest Customer Care
""", [], "machine damaged in transit: free return and replacement (JC4)", ["damage", "returns"])
free(L, "en", """
Hi Gus,

Of course, you can still return the Hollisbrook HB-220; you are well within the 30-day return window. Before you pack it:

1. Take out the needle and the bobbin, and lower the presser foot onto a scrap of fabric so nothing moves in transit.
2. Put the machine back in its original box with both foam end pieces. If the box is gone, please use a sturdy carton with at least 5 cm (2 in) of padding on every side.
3. Start the return in Your Orders and print the label Amazon gives you.

Because the machine is not faulty, Amazon will take the return shipping cost out of the refund; the exact amount is shown when you start the return.

Thanks,
Anders Mbeki-Holt
""", [], "change-of-mind return of a machine: packing and return shipping cost; packing instructions are logistics (JC4)", ["returns"])
free(L, "en", """
Hi Marguerite,

The Briarcut 60 mm cutter you sent back reached Fort Worth this morning, so the $34.99 is now on its way back to the card you paid with. Depending on your bank it can take up to five business days to show, and the order page in Your Orders already lists it as refunded.

Kind regards,
Wren Abernathy-Osei
""", [], "refund issued after a return arrived; a refund amount is not a price offer (JC11)", ["refund", "near-miss"])
free(L, "en", """
Hello Mr Tremblay,

Thanks for checking before you paid anything. For your order 114-5839207-1160428 to Winnipeg, Amazon collected an Import Fees Deposit at checkout, which covers the GST and any duty on the sewing machine.

That means the courier should not ask you for money on delivery. If they do, please do not pay; reply here with a photo of the notice, and we will sort it out with the carrier. If the actual fees turn out lower than the deposit, Amazon refunds the difference to you automatically after delivery.

Best regards,
Cosmo Delvalle
""", [], "Canadian import fees already paid at checkout (JC7)", ["customs"])
free(L, "en", """
Hi Noelani,

You're right, and I'm sorry: we sent Spoolwright 40 wt in Navy instead of Midnight Teal. Our packer picked the spools from the bin next door.

Six spools of Midnight Teal went out to you today by USPS Ground Advantage, tracking 9400111206214419027735, and should arrive within four business days. Please keep the navy spools; there's no need to send them back.

Kind regards,
Tamsin Reyes-Kurata
""", [], "wrong colour shipped: correct item sent, no return needed (JC6)", ["fulfilment"])
free(L, "en", """
Dear Mrs Whitcombe,

Thank you for your patience. The winter storm in North Texas closed the UPS hub in Fort Worth for two days, and your parcel with the Gridhaven mat and the rotary cutter has been waiting there since Sunday.

UPS has started moving parcels again and now shows Thursday as the delivery date. We are watching the tracking, 1Z4E7A190383305718, and will write to you again if it slips further.

Sincerely,
Anders Mbeki-Holt
Thimblecrest Customer Care
""", [], "weather delay with a new delivery estimate", ["delay"])
free(L, "en", """
Hi Oskar,

That's worrying, and thank you for telling us straight away. According to UPS, the driver left the box of Footloft feet at your address yesterday afternoon, and the delivery photo shows it beside a blue recycling bin.

Does that spot look familiar, perhaps at a neighbour's door or a back entrance? If the parcel is still missing on Thursday, write to us here. We will file a lost-package claim with UPS and ship a new set of feet without waiting for the claim, or refund you if you would rather.

Best regards,
Wren Abernathy-Osei
""", [], "parcel marked delivered but not found", ["delivery"])
free(L, "en", """
Hello Ms Oyinlola,

One snag with your QuiltPro 9 order: it is addressed to a P.O. Box, and our machines travel with UPS, which delivers only to street addresses.

Please edit the delivery address in Your Orders to a street address where someone can take in a 10 kg parcel; a workplace is fine. The order stays on hold until Friday. If it still shows the P.O. Box then, it will be cancelled at no charge to you.

Kind regards,
Cosmo Delvalle
""", [], "P.O. Box address cannot take a UPS delivery", ["address"])
free(L, "en", """
Hi Mr Fairbanks,

By the time your cancellation arrived, the parcel was already on a UPS truck, so it is out of our hands now.

The simplest way out is to refuse it when the driver comes: it travels back to Harrisburg, and your money follows as soon as it is checked in. If you miss the driver, start a return in Your Orders instead; that ends the same way.

Best regards,
Tamsin Reyes-Kurata
""", [], "cancellation requested after dispatch (JC6)", ["cancellation"])
free(L, "en", """
Hi Clementine,

What a lovely present! Your aunt can return the Selvane S4 as a gift herself: she needs the order number from the gift receipt and can start the return on Amazon's "Return a gift" page.

The refund then goes to her as an Amazon gift card balance, and you will not be told about the return. The serger needs to be sent back in its original box within 30 days of delivery.

Warm regards,
Anders Mbeki-Holt
""", [], "gift return by the recipient; refund as gift card balance (JC11)", ["returns", "near-miss"])
free(L, "en", """
Hello Ivo,

Your order ships in two parcels because the items are stocked in two of our warehouses:

- the Gridhaven 24 x 36 in mat from Fort Worth, Texas, with USPS, tracking 9400111206215593318840
- the Briarcut 45 mm cutter and the spare blades from Harrisburg, Pennsylvania, with UPS, tracking 1Z8F5X220391147063

Both should arrive by Wednesday, although probably not on the same day.

Kind regards,
Wren Abernathy-Osei
""", [], "split shipment from two warehouses", ["tracking"])
free(L, "en", """
Hi Penelope,

No problem at all. To swap the 18 x 24 in mat for the 24 x 36 in one, please return the smaller mat through Your Orders and place a new order for the larger size; we can't exchange sizes within one order.

The refund for the small mat is issued as soon as the carrier scans the return, so you won't pay twice for long. Please keep the mat flat in the return parcel.

Best regards,
Cosmo Delvalle
""", [], "size exchange handled as return plus new order", ["returns"])
free(L, "en", """
Dear Mr Kahananui,

Yes, we ship to Hawaii. Orders to Hawaii and Alaska go by USPS Priority Mail and usually take seven to ten business days from our Fort Worth warehouse.

Because of its weight, the sewing machine can't be sent by air express, so no faster option appears at checkout. You will get the tracking number in Your Orders as soon as the parcel leaves us.

Kind regards,
Tamsin Reyes-Kurata
Thimblecrest Sewing Supply
""", [], "shipping to Hawaii: carrier and transit time", ["shipping"])
free(L, "en", """
Hi Dagny,

You're right: the accessory box belongs under the front foam insert, and it never made it into your carton. Sorry about that.

A full accessory box with the presser feet and spare bobbins is already on its way to you by USPS Priority Mail (9405511206218822745311), free of charge, due in two to three business days. Nothing needs to come back to us.

Best regards,
Anders Mbeki-Holt
""", [], "missing accessory box resent at no cost (JC6, JC11)", ["fulfilment", "near-miss"])

# --- Simplified Chinese
free(L, "zh", """
白女士您好，

您的 Selvane S4 包缝机已于本周一由 UPS 发出，运单号1Z3R81A40376620591。我们查询到包裹在孟菲斯转运中心停留了两天，已经联系 UPS 跟进，对方给出的最新预计送达时间是本周五。

如果周五之后仍未送到，请直接在这条消息里告诉我们，我们会继续追查。

邵静岚
Thimblecrest 客服团队
""", [], "transit delay with a new delivery estimate", ["delay"])
free(L, "zh", """
程先生您好，

您的订单113-9942871-5520637目前还没有打包，我们已经暂停发货24小时。

我们只能按照订单上的地址发货，所以请您在亚马逊“您的订单”里选择这个订单，点击“更改收货地址”修改。系统显示新地址后，我们会当天发出。

韦嘉树
Thimblecrest 客服团队
""", [], "address change before dispatch", ["address"])
free(L, "zh", """
尹女士您好，

看到照片里缝纫机外壳的裂缝，非常抱歉。这是运输途中造成的损坏，请先不要丢掉外箱和泡沫。

请在“您的订单”中申请退货，退货原因选择“商品到达时已损坏”，退货运费由我们承担。承运商扫描退货包裹后，我们会立即给您寄出一台全新的缝纫机，不需要等旧机器寄回仓库。

邵静岚
Thimblecrest 客服团队
""", [], "machine damaged in transit: free return and replacement (JC4)", ["damage", "returns"])
free(L, "zh", """
袁先生您好，

可以的，您的订单还在30天的退货期内。寄回之前请注意：

1. 先取下机针和梭芯，把压脚放下压在一块碎布上，避免运输中零件晃动。
2. 尽量使用原包装箱和两侧的泡沫；如果原箱已经丢掉，请用结实的纸箱，四周至少垫五厘米的缓冲材料。
3. 在“您的订单”中申请退货，并打印亚马逊提供的退货标签。

由于机器没有质量问题，亚马逊会从退款中扣除退货运费，具体金额在申请退货时会显示。

韦嘉树
""", [], "change-of-mind return: packing and return shipping cost; packing instructions are logistics (JC4)", ["returns"])
free(L, "zh", """
潘女士您好，

您退回的 Gridhaven 切割垫已于今天上午在德州仓库签收，我们已经为您办理退款，金额为29.99美元，退回原支付方式。

银行入账一般需要三到五个工作日，您也可以在“您的订单”中查看退款记录。

邵静岚
Thimblecrest 客服团队
""", [], "refund issued after a return arrived; a refund amount is not a price offer (JC11)", ["refund", "near-miss"])
free(L, "zh", """
傅先生您好，

非常抱歉给您添麻烦了。您收到的压脚套装里少了拉链压脚，是我们打包时漏放了。

我们今天已经用 USPS 免费补寄了一个 Footloft 拉链压脚，运单号9400111206217760041928，预计三个工作日左右送达，您不需要寄回任何东西。

韦嘉树
Thimblecrest 客服团队
""", [], "missing foot from a set resent at no cost (JC6, JC11)", ["fulfilment", "near-miss"])
free(L, "zh", """
于女士您好，

您说得对，您订的是绿色的 Gridhaven 切割垫，我们却发成了灰色，非常抱歉。

绿色的切割垫今天已经从德州仓库发出，运单号1Z6H02W90372286154，预计下周二送达。灰色的那块不用退回，您可以留着使用或者送人。

邵静岚
""", [], "wrong colour shipped: correct item sent, no return needed (JC6)", ["fulfilment"])
free(L, "zh", """
严先生您好，

很抱歉，收到您的取消申请时，包裹已经交给 UPS 发出了，我们这边无法拦截。

您可以在快递员送货时直接拒收，包裹会自动退回我们仓库；也可以先签收，再在“您的订单”中申请退货。两种方式都会在包裹回到仓库后为您全额退款。

韦嘉树
Thimblecrest 客服团队
""", [], "cancellation requested after dispatch (JC6)", ["cancellation"])
free(L, "zh", """
姜女士您好，

UPS 的签收记录显示，包裹昨天下午被放在您家车库门口，还附了一张照片，照片里包裹旁边是一个绿色的垃圾桶。

请您看看那附近，或者问问家人是否已经把包裹收进屋里。如果周四之前仍然找不到，请回复这条消息，我们会向 UPS 提出遗失理赔，并且不等理赔结果就先给您补寄同样的商品；如果您更希望退款，也可以。

邵静岚
""", [], "parcel marked delivered but not found", ["delivery"])
free(L, "zh", """
闵先生您好，

您寄往多伦多的订单，在结账时亚马逊已经收取了进口费用押金，其中包括这台缝纫机的关税和消费税。

因此派送时快递员不应该再向您收费。如果对方要求付款，请先不要付，把通知单拍照发到这里，我们会和承运商联系处理。如果实际产生的费用低于押金，亚马逊会在送达后自动把差额退给您。

韦嘉树
Thimblecrest 客服团队
""", [], "Canadian import fees already paid at checkout (JC7)", ["customs"])
free(L, "zh", """
田女士您好，

您的订单会分成两个包裹寄出，因为商品分别放在两个仓库：

- Gridhaven 切割垫从德州沃斯堡发出，USPS 运单号9400111206218830057712；
- Briarcut 滚刀和备用刀片从宾州哈里斯堡发出，UPS 运单号1Z2K69T10395508847。

两个包裹预计都会在下周三之前送达，但不一定同一天到。

邵静岚
""", [], "split shipment from two warehouses", ["tracking"])
free(L, "zh", """
岑先生您好，

订单提交之后，配送方式在我们这边无法再改成加急。如果您需要在周末前收到，可以先在“您的订单”中取消现在的订单，再重新下单并在结账时选择次日达。

您的订单目前还没有发货，取消后不会产生任何费用。

韦嘉树
Thimblecrest 客服团队
""", [], "shipping speed cannot be upgraded after ordering", ["shipping"])
free(L, "zh", """
孔女士您好，

感恩节当天 UPS 不派送，所以您的包裹会顺延到周五送达。运单号是1Z0M58C40397716203，您可以随时在 UPS 查询最新状态。

祝您节日快乐！
邵静岚
""", [], "holiday delivery delay", ["delay"])
free(L, "zh", """
葛先生您好，

我们查了您的退货运单，包裹目前还在运往哈里斯堡仓库的路上，UPS 显示预计后天到达。

仓库签收后，我们会在两个工作日内处理退款，退款会原路退回您的支付方式。如果到时候还没有看到退款，请在这里告诉我们。

韦嘉树
Thimblecrest 客服团队
""", [], "return still in transit, refund timing", ["refund"])

# --- Traditional Chinese
free(L, "zh", """
高小姐 您好：

因為暴風雪的關係，UPS 在丹佛的轉運中心暫停作業兩天，您的包裹目前還在那裡等待轉運。

UPS 最新的預計送達日是下週一，追蹤號碼是 1Z5D93F20388801462。我們會持續留意配送狀態，如果日期再延後，會再通知您。

詹品萱 敬上
Thimblecrest 客服中心
""", [], "weather delay with a new delivery estimate", ["delay"], trad=True)
free(L, "zh", """
呂先生 您好：

您的訂單 111-3307592-8864210 還沒有出貨，我們已先暫停處理 48 小時。

我們只能寄到訂單上的地址，所以請您在亞馬遜「您的訂單」中選擇這筆訂單，修改收件地址並補上公寓號碼。系統顯示新地址後，我們當天就會出貨。

游紹謙 敬上
""", [], "address correction before dispatch", ["address"], trad=True)
free(L, "zh", """
謝小姐 您好：

可以的，您的訂單仍在 30 天退貨期內。請在「您的訂單」中申請退貨，列印亞馬遜提供的退貨標籤，貼在包裹外面，再交給 UPS 門市或預約到府收件。

如果還留著原本的紙盒，請用原盒包裝；切割墊請平放，不要捲起來。退貨包裹被掃描後，退款會在幾天內退回您原本的付款方式。

詹品萱 敬上
Thimblecrest 客服中心
""", [], "return process for a cutting mat", ["returns"], trad=True)
free(L, "zh", """
鍾先生 您好：

您退回的 Selvane S4 包縫機已於昨天送達我們的倉庫，檢查完成後，我們已為您辦理全額退款。

信用卡通常需要三到五個工作天才會顯示退款，您也可以在「您的訂單」中查看退款紀錄。

游紹謙 敬上
""", [], "refund issued after a return arrived", ["refund"], trad=True)
free(L, "zh", """
羅小姐 您好：

很抱歉，您收到的縫紉機配件盒裡少了一個備用梭殼，是我們包裝時漏放了。

我們今天已經用 USPS 免費補寄一個新的梭殼給您，追蹤號碼是 9400111206212246639081，大約三個工作天會送到，您不需要寄回任何東西。

詹品萱 敬上
Thimblecrest 客服中心
""", [], "missing bobbin case resent at no cost (JC6, JC11)", ["fulfilment", "near-miss"], trad=True)
free(L, "zh", """
葉先生 您好：

看到照片中切割墊被折出一道深痕，真的很抱歉，這是運送途中造成的損壞。

請在「您的訂單」中申請退貨，原因選擇「商品送達時已損壞」，退貨運費由我們負擔。退貨包裹一被掃描，我們就會寄出一塊新的切割墊給您。

游紹謙 敬上
""", [], "cutting mat damaged in transit: free return and replacement (JC4)", ["damage", "returns"], trad=True)
free(L, "zh", """
潘小姐 您好：

您的訂單還沒有出貨，我們已經依照您的要求取消了，這筆訂單不會向您收取任何費用。

若信用卡上顯示一筆暫時授權金額，通常會在幾天內自動消失。

詹品萱 敬上
Thimblecrest 客服中心
""", [], "cancellation before dispatch (JC6)", ["cancellation"], trad=True)
free(L, "zh", """
甘先生 您好：

您的 Footloft 壓腳組已於今天早上由 USPS 寄出，追蹤號碼是 9405511206219903317246，預計三到四個工作天送達。

您也可以在「您的訂單」中點選「追蹤包裹」查看最新的配送狀態。

游紹謙 敬上
""", [], "tracking number for a shipped order", ["tracking"], trad=True)
free(L, "zh", """
許小姐 您好：

您寄往溫哥華的訂單在結帳時，亞馬遜已經收取了進口費用預付金，包含這台縫紉機的關稅和商品服務稅。

所以送貨時快遞人員不應該再向您收費。如果對方要求付款，請先不要付，把通知單拍照傳到這則訊息，我們會和物流公司聯絡。實際費用如果低於預付金，亞馬遜會在送達後自動退還差額。

詹品萱 敬上
Thimblecrest 客服中心
""", [], "Canadian import fees already paid at checkout (JC7)", ["customs"], trad=True)

# ==========================================================================
# 4a. Free non-logistics replies no template covers -> [template-required]
# ==========================================================================
N = "free-non-logistics"
free(N, "en", """
Hi Sunniva,

Skipped stitches on T-shirt knit are very common, and they are rarely the machine's fault. A sharp or universal needle pushes the knit loops aside unevenly, so the hook misses the thread now and then.

Try a stretch needle in size 75/11 and choose the narrow zigzag or the lightning-bolt stretch stitch instead of the straight stitch. Let the feed dogs move the fabric on their own; pulling it from behind stretches the knit and makes the problem worse. If the edge still waves, lower the presser foot pressure by one step.

Kind regards,
Cosmo Delvalle
""", TR, "troubleshooting skipped stitches on knit fabric", ["troubleshooting"])
free(N, "en", """
Hello Mr Galloway,

Good question, and it depends on what you plan to make. The Selvane S4 is a straightforward four-thread serger: it trims, sews and finishes a seam in one pass, which is all most people need for knit tops and for finishing woven seams.

The S5 Combo does the same and also converts to a coverstitch, the double row of stitches you see on the hems of store-bought T-shirts. Switching between the two modes takes about ten minutes of rethreading. If hems on knits are a big part of your sewing, the Combo saves you a second machine; if not, the S4 is simpler to learn on.

Best regards,
Tamsin Reyes-Kurata
""", TR, "comparison the buyer asked for; no promotion (JC10)", ["comparison"])
free(N, "en", """
Hi Rhiannon,

The HB-220 can handle thin garment leather and faux leather up to about 1 mm, but not belt or bag leather.

A few things help a lot: use a leather needle in size 90/14 or 100/16, lengthen the stitch to 3.5 or 4 so the holes don't perforate the leather like a stamp, and hold the layers with clips instead of pins, since pin holes stay visible. If the foot sticks to the shiny surface, a strip of paper tape under the foot's sole lets it glide.

Sew slowly and don't backstitch; tie the thread ends on the back instead.

Kind regards,
Anders Mbeki-Holt
""", TR, "advice on sewing leather", ["advice"])
free(N, "en", """
Hi Evander,

Free-motion quilting takes a little practice, but the QuiltPro 9 is set up well for it. Lower the feed dogs with the switch at the back of the free arm, fit the darning foot and set the stitch length to zero, since you now decide the stitch length by how fast you move the quilt.

Keep the machine speed steady at about half and move the quilt smoothly with both hands flat on the fabric. Quilting gloves with rubber fingertips make this much easier. Practise on a sandwich of scrap fabric and batting first; jerky curves and tiny stitches are normal on the first few tries.

Best regards,
Wren Abernathy-Osei
""", TR, "free-motion quilting technique", ["advice"])
free(N, "en", """
Dear Mrs Okafor,

A needle that breaks at the side seams of jeans is usually being pushed against a thick step in the fabric. When the foot tilts up onto the seam, the needle comes down at an angle and hits the plate.

Before you reach the bulky part, stop, put a folded scrap of denim behind the foot so it stays level, and walk the needle over the seam by turning the handwheel. A denim needle in size 100/16 bends much less than a universal one. If the needle still hits the plate when you turn it by hand, please send us a photo of the needle plate.

Sincerely,
Cosmo Delvalle
""", TR, "troubleshooting needles breaking over thick seams", ["troubleshooting"])
free(N, "en", """
Hi Jolene,

The one-step buttonhole on the Atelier 560 works like this. Put the button into the back of the buttonhole foot and close the slider on it; the foot now knows the button's size. Attach the foot, then pull the buttonhole lever all the way down, until it sits behind the bracket on the foot.

Choose buttonhole stitch 4.1 on the screen, hold the upper thread lightly and press start. The machine sews both sides and the bar tacks by itself and stops when it's done. Open the buttonhole with a seam ripper, with a pin across the end so you don't cut through the bar tack.

Happy sewing,
Tamsin Reyes-Kurata
""", TR, "how to sew a one-step buttonhole", ["advice"])
free(N, "en", """
Hello Mr Nakashima,

Yes, the Selvane S4 sews a rolled hem without extra parts. Remove the left needle, so only the right one is threaded, and move the stitch finger lever from S to R; the fabric now rolls over as it is sewn.

Set the stitch length to R (about 1 to 1.5), the right needle to 4, the upper looper to 4 and the lower looper to 7 or 8, so that the lower looper pulls the edge into a tight roll. Test it on a scrap of your fabric; a lightweight chiffon usually rolls more neatly than a cotton.

Best regards,
Anders Mbeki-Holt
""", TR, "setting the serger up for a rolled hem", ["advice"])
free(N, "en", """
Hi Sabine,

If the cutter only gets through one or two layers, it is usually either the blade or the technique. Stand up while you cut, so your weight is over the ruler, and roll the cutter away from you in one smooth stroke, keeping it upright against the ruler's edge.

A blade with a nick leaves a row of uncut threads at the same spot on every cut; a dull one leaves a fuzzy edge. Pressing harder won't fix either, and it wears the mat. Start each cut on the fabric edge closest to you, and keep the fingers of your other hand spread on the ruler, well away from the edge.

Kind regards,
Wren Abernathy-Osei
""", TR, "rotary cutting technique", ["advice"])
free(N, "en", """
Hi Fenella,

When the top layer creeps ahead of the bottom one, the feed dogs are moving the bottom layer faster than the foot lets the top one slide. On the Atelier 560, turn the presser foot pressure dial on the left side from 3 down to 2, and pin or clip every 5 cm (2 in) along the seam.

For long quilt borders, a walking foot solves the problem almost completely, because it feeds the top layer at the same rate. Sewing a little slower also helps.

Best wishes,
Cosmo Delvalle
""", TR, "uneven feeding of fabric layers (JC9)", ["troubleshooting"])

# --- Simplified Chinese
free(N, "zh", """
金女士您好，

缝牛仔裤边时跳针，多半是布料太厚、机针不够结实造成的。建议换成100/16号的牛仔针，线迹长度调到3左右。

遇到侧缝重叠的地方，先在压脚后面垫一块折起来的碎牛仔布，让压脚保持水平，再用手转动手轮慢慢缝过去，不要踩脚踏硬冲。面线可以用粗一点的涤纶线，但底线保持普通粗细就可以。

邵静岚
""", TR, "troubleshooting skipped stitches on denim", ["troubleshooting"])
free(N, "zh", """
崔先生您好，

包缝出来的布边毛毛的、切不整齐，通常有两个原因：一是上刀片用久变钝了，二是切刀的位置离针太远。

您可以先把布边剪整齐，看看刀片落下时是否能干净地切断一张打印纸；如果纸被拖拉而不是切开，就该换上刀片了。另外，包缝机右侧的切幅旋钮可以调节刀片的位置，切幅太宽时，布边会被线包得松松的，看起来也不整齐。

韦嘉树
Thimblecrest 客服团队
""", TR, "troubleshooting a ragged serged edge", ["troubleshooting"])
free(N, "zh", """
秦女士您好，

拼布缝份不准，最常见的原因是布边没有贴着压脚的边缘走，或者针位偏了。

建议您先缝一条测试：取两块宽3.8厘米的布条缝在一起，熨开后量一下，如果拼好的宽度正好是7厘米，缝份就是准确的。如果偏窄，把针位往右移半格；偏宽就往左移。确定之后，可以在针板上贴一条胶带作为记号，以后每次都沿着它缝。

邵静岚
""", TR, "making a quarter-inch seam allowance accurate", ["advice"])
free(N, "zh", """
贾先生您好，

缝纫机突然变得很吵、转起来有点卡，通常是梭床里积了太多线头和棉絮，或者哪里缠了线。

请先关机拔掉插头，取下针板和梭壳，看看梭床里有没有缠住的线，用小刷子把棉絮清干净。装回去以后，用手转动手轮几圈，如果已经很顺，再通电试缝。要是手轮转起来仍然很紧，请先不要继续使用，拍一段视频发给我们看看。

韦嘉树
""", TR, "troubleshooting a noisy machine in own words; the cleaning template exists only in Traditional (JC9)", ["troubleshooting"])
free(N, "zh", """
方女士您好，

缝弹力面料时不建议用普通直线线迹，因为布一拉伸，线就容易断。

Atelier 560 上有几种适合弹力布的线迹：窄锯齿（宽度1.0、长度2.5）适合大部分针织布的接缝；三重直线线迹更牢固，适合裤裆这类受力大的地方；领口和袖口的卷边可以用双针来缝，正面是两条平行线，反面是锯齿，拉伸时不会断线。

邵静岚
Thimblecrest 客服团队
""", TR, "choosing stitches for stretch fabric", ["advice"])
free(N, "zh", """
卜先生您好，

自动穿线器穿不进去，九成是因为机针没有升到最高点。请先按一下针位键，或者转动手轮，直到机针停在最高处，再压下穿线器的拨杆。

另外，穿线器只适合75/11到100/16号的机针，太细或者太粗的针，以及双针，都需要用手穿线。如果穿线器的小钩子已经弯了，请不要用力掰，拍照发过来我们看一下。

韦嘉树
""", TR, "troubleshooting the automatic needle threader", ["troubleshooting"])
free(N, "zh", """
雷女士您好，

两台都适合新手，主要看您想做什么。HB-220 是机械式的，用旋钮选线迹，结构简单，做窗帘、改裤长、缝简单的衣服都够用。

Atelier 560 是电脑式的，有180种线迹、自动穿线和一步锁扣眼，台面也更宽，做拼布或者经常缝衣服会方便很多。如果您只是偶尔缝补，HB-220 就足够；如果打算长期学做衣服或拼布，Atelier 560 更省事。

邵静岚
Thimblecrest 客服团队
""", TR, "comparison the buyer asked for; no promotion (JC10)", ["comparison"])
free(N, "zh", """
桂先生您好，

包缝机穿线一定要按顺序来：先穿上弯针，再穿下弯针，然后是右针，最后是左针。顺序错了，弯针的线会钩不住，线迹就会散开。

穿之前，先把四个张力旋钮都调到0附近，每根线都要确实卡进张力盘之间。机身内侧的彩色线道标记和线的颜色一一对应，照着颜色走就不容易出错。穿完以后，把张力调回原来的数字再试缝。

韦嘉树
""", TR, "serger threading order", ["advice"])

# --- Traditional Chinese
free(N, "zh", """
柯小姐 您好：

用縫紉機車拉鍊，關鍵在於換上拉鍊壓腳，讓機針可以貼著拉鍊齒車縫。

先把拉鍊壓腳裝在左側，針位移到最左邊，從拉鍊上端往下車。車到拉鍊頭附近時，先把機針插在布上，抬起壓腳，把拉鍊頭往後拉開，再放下壓腳繼續車。另一邊則把壓腳換到右側，同樣的方法再車一次。車之前用水消筆在布上畫出車縫線，成品會更整齊。

詹品萱 敬上
""", TR, "how to sew in a zipper", ["advice"], trad=True)
free(N, "zh", """
鄒先生 您好：

HB-220 縫四層帆布時停下來或發出悶響，是因為布太厚、馬達的力氣不夠。

建議您先把布邊的縫份修薄，重疊的地方用槌子輕輕敲平。車縫時速度放到最慢，遇到最厚的地方用手轉動手輪慢慢過去。也請換成 100/16 的牛仔針。一般來說，HB-220 比較適合三層以下的帆布。

游紹謙 敬上
Thimblecrest 客服中心
""", TR, "sewing thick canvas on a small machine", ["troubleshooting"], trad=True)
free(N, "zh", """
邢小姐 您好：

包縫機下彎針的線一直斷，最常見的原因是下彎針的線沒有穿過最後一個線導，或者張力太緊。

請先把下彎針的線整條抽掉，照著機身內側的綠色標記重新穿一次，特別注意彎針尾端的小孔。張力先調回 4，再試車一段。如果線仍然會斷，請確認使用的是包縫專用的錐形線，一般縫紉線比較細，容易斷。

詹品萱 敬上
""", TR, "troubleshooting a breaking lower looper thread", ["troubleshooting"], trad=True)
free(N, "zh", """
魏先生 您好：

18 x 24 吋的切割墊適合放在一般書桌上，裁剪小片布料、拼布布塊都很方便；24 x 36 吋的則可以一次攤開一整幅布，裁衣服的版型時比較不需要移動布料。

如果您的工作桌夠大，又常做衣服，大尺寸會比較順手；如果主要做拼布或小物，小尺寸就很夠用，收納也比較方便。

游紹謙 敬上
Thimblecrest 客服中心
""", TR, "comparison the buyer asked for; no promotion (JC10)", ["comparison"], trad=True)
free(N, "zh", """
施小姐 您好：

用 QuiltPro 9 做自由曲線壓線時，請先把機身背面的落齒開關往左撥，讓送布齒降下來，再裝上自由曲線壓腳，線跡長度設為 0。

壓線時，雙手平放在布上，穩穩地移動整片拼布，機器速度保持在一半左右。手移動得越快，針距就越大。建議先用小塊的三層布練習畫圈和波浪，熟練後再壓正式作品。

詹品萱 敬上
""", TR, "free-motion quilting technique", ["advice"], trad=True)

# ==========================================================================
# 4b. A template's content rewritten in the agent's own words -> [template-required]
# ==========================================================================
R = "rewritten"
free(R, "en", """
Hi Georgina,

Sorry about the mess under your fabric. That knot of thread on the bottom is nearly always caused by the top thread, not the bobbin, even though it shows up underneath.

What usually fixes it is threading the top again with the presser foot lifted, because the foot lever is what opens the tension plates; if the foot is down while you thread, the thread sits on top of the plates instead of between them. Put the needle all the way up first, go through every guide in order including the lever that goes up and down, and thread the eye from the front. Hang on to the two thread ends for a couple of stitches when you start.

Still knotting? Swap in a new needle before touching the tension dial.

Cheers,
Cosmo Delvalle
""", TR, "own-words version of en/machine/thread-nesting (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Quintero,

For quilting cotton you'll get the best results with a universal needle, size 80/12, and for the thicker batting seams a 90/14.

Put a new one in whenever you start a quilt, and always when you hear a dull thud as the needle goes through the fabric. Don't try to bend a needle back into shape. When you put it in, the flat part of the top goes to the back and it needs to go right up into the clamp, otherwise the machine will skip.

Happy quilting,
Tamsin Reyes-Kurata
""", TR, "own-words version of en/needles/fabric-match (JC12)", ["rewrite"])
free(R, "en", """
Hello Perpetua,

Serger tension is easier than it looks if you only change one thing at a time. Set all four dials back to the numbers on the sticker inside the front cover, then sew a test.

Look at the looper threads first: if the top one is showing on the bottom, turn that dial up a little or bring the lower one down; if the bottom one is peeking over the top, give the lower looper half a step more. Needle threads that leave little gaps when you pull the seam open need tightening, and a puckered seam means they are too tight. Keep a note of what worked for each fabric.

Best,
Anders Mbeki-Holt
""", TR, "own-words version of en/serger/tension-dials (JC12)", ["rewrite"])
free(R, "en", """
Hi Dorothea,

Good that you asked first, since these blades are razor sharp. Lock the guard, set the cutter down with the nut on top and take it apart piece by piece, lining the bits up so they go back in the same order.

The old blade comes out by its middle hole; keep your fingers off the edge, and tape it up before it goes in the bin. Fit the new one, rebuild the cutter in reverse and snug the nut until the blade spins freely with no wobble. Then make a habit of locking the guard whenever the cutter leaves your hand.

Kind regards,
Wren Abernathy-Osei
""", TR, "own-words version of en/cutters/blade-change (JC12)", ["rewrite"])
free(R, "en", """
Dear Mr Ashworth,

I'm sorry the HB-220 isn't sewing properly anymore. It carries two years of cover from the day it arrived, for faulty parts and faulty assembly.

Could you reply here with a short clip of the machine running so we can see and hear the problem, plus a picture of the label with the serial number on the back or the bottom? Also tell us which needle and thread were in it. We can't cover damage from a fall or a machine that someone else has opened, but everything else we'll look at, and we'll get back to you within two working days of receiving the clip.

Sincerely,
Cosmo Delvalle
""", TR, "own-words version of en/warranty/machine-claim, no case or order id (JC12)", ["rewrite"])
free(R, "en", """
Hi Leontine,

How is the Briarcut cutter treating you? If you have a spare minute, a few lines about it on Amazon would be welcome. Good or bad, it helps other quilters know what to expect.

Thanks,
Tamsin Reyes-Kurata
""", TR, "neutral review request in own words; not review-inducement (JC8, JC12)", ["rewrite", "review"])

# --- Simplified Chinese
free(R, "zh", """
常女士您好，

线迹不好看的时候，先看一看布的两面：正面能看到底线，说明上面的线拉得太紧，把张力盘往小的数字转一点；反面有一个个小圈，就是上面的线太松，往大的数字转。

两面的线都各在各的一面、看不到对方，就是调好了。转之前记得先抬起压脚把上线重新穿一遍，调完拿一块同样的布试试再缝作品。一般棉布放在4前后就可以。

韦嘉树
""", TR, "own-words version of zh/machine/upper-tension (JC12)", ["rewrite"])
free(R, "zh", """
郝先生您好，

针织布包边后像荷叶一样起波浪，把差动送布的数字往上调就好，比如调到1.5；反过来，薄布被缝得皱巴巴的，就往下调到0.7左右。平常缝梭织布放在1就行。

一次只动一格，用同样的布缝一小段看看效果，再决定要不要继续调。

邵静岚
""", TR, "own-words version of zh/serger/differential-feed (JC12)", ["rewrite"])
free(R, "zh", """
殷女士您好，

包缝机出故障让您烦心了，抱歉。这台机器有两年保修，从您收到货那天算起，零件和装配的问题都在范围内。

麻烦您在这里发一段机器运转时的视频，让我们看到和听到问题，再拍一张机器背面或底部的铭牌，顺便告诉我们当时用的针和线。摔过或者被别人拆修过的机器没法保修，其他情况我们都会认真看，收到视频后两个工作日内答复您。

韦嘉树
""", TR, "own-words version of zh/warranty/claim, no case or order id (JC12)", ["rewrite"])
free(R, "zh", """
万先生您好，

新机器到了，先别急着缝：底座下面和送布牙旁边有固定用的泡沫和胶带，要全部拿掉。脚踏的插头插在机器右边，插好再开电源。

然后照着说明书上的图绕好底线、穿好面线，用送的试缝布缝几条直线看看。机器出厂前已经上过油，三个月内都不用加油。

邵静岚
""", TR, "own-words version of zh/machine/first-setup (JC12)", ["rewrite"])
free(R, "zh", """
蓝女士您好，

自愈切割垫最怕热和弯折。不用的时候请平放，不要卷起来或者竖着靠墙；也别放在阳光直射的窗边、暖气旁边，或者夏天的车里，变形后就恢复不了了。

裁布时不要总在同一条线上切，换着位置切，垫子寿命会长很多。每个月用温水湿布擦一擦，平放晾干。浅浅的刀痕用一段时间会自己合上。

韦嘉树
""", TR, "own-words version of en/mats/warp-care in Chinese; no Chinese mat template exists (JC9, JC12)", ["rewrite", "cross-language"])

# --- Traditional Chinese
free(R, "zh", """
裴小姐 您好：

機器要保持安靜好用，最重要的是把棉絮清乾淨。先關機拔插頭，把針、壓腳和針板拆下來，梭殼也拿出來，用小刷子把送布齒和梭床裡的棉絮刷掉，千萬不要用嘴吹或噴氣罐，棉絮會跑到更裡面。

清好之後，在說明書畫的地方點一滴縫紉機油，讓機器空轉一下，再把多的油擦掉。大概每縫八小時做一次就好。

游紹謙 敬上
""", TR, "own-words version of zh-tw/machine/cleaning (JC12)", ["rewrite"], trad=True)
free(R, "zh", """
卓先生 您好：

換針很簡單：先把針轉到最高，關掉電源，用附的小螺絲起子把夾住針的螺絲鬆開，舊針就會掉下來。

新針拿的時候，平的那一面要朝後，一直推到頂，再把螺絲鎖回去，輕輕搖一下確定針不會動。HB-220 用的是一般家用針。舊針請用膠帶包好再丟。

詹品萱 敬上
""", TR, "own-words version of zh-tw/needles/replace (JC12)", ["rewrite"], trad=True)
free(R, "zh", """
湯先生 您好：

均勻送布壓腳裝起來跟一般壓腳不太一樣：要先把原本的壓腳連同壓腳座一起拆掉，再把壓腳上那支叉子狀的手臂架在夾針的螺絲上，對好壓桿後用附的螺絲固定。

裝好後先用手輪轉一圈，看針有沒有從中間的洞穿過。車拼布時針距放長到 3 左右，慢慢車，上下兩層就會一起走，不會錯位。

游紹謙 敬上
""", TR, "own-words version of zh-tw/feet/walking-foot (JC12)", ["rewrite"], trad=True)
free(R, "zh", """
邱小姐 您好：

您的 Selvane S4 包縫機用了一段時間後，如果方便的話，歡迎到亞馬遜寫下您的使用心得。不管好或不好，真實的評論都能幫助其他喜歡縫紉的人做選擇。

謝謝您！
詹品萱 敬上
""", TR, "neutral review request in Traditional own words; the review templates exist only in en and Simplified (JC8, JC9, JC12)", ["rewrite", "review"], trad=True)

# ==========================================================================
# 4c. Logistics replies that also give product advice -> [template-required]
# ==========================================================================
M = "mixed-logistics"
free(M, "en", """
Hi Augustine,

Your replacement walking foot left our Harrisburg warehouse today with USPS, tracking 9400111206216638105527, and should arrive by Thursday.

Until it gets there, you can still sew the quilt layers with the regular foot: lengthen the stitch to 3.5, turn the presser foot pressure down to 2 and pin every few inches so the layers don't shift.

Best regards,
Anders Mbeki-Holt
""", TR, "replacement shipped plus sewing advice for the meantime", ["shipping", "advice"])
free(M, "en", """
Hello Mrs Vasquez-Holm,

Of course you can return the serger; the return window for your order is open until March 14, and you can start the return in Your Orders.

Before you pack it, though: loops hanging off the edge on only one side, as in your photo, usually mean the lower looper was threaded after the upper one, or missed its last guide. Rethreading the lower looper on its own often fixes it in five minutes. If it doesn't, the return is still there for you.

Kind regards,
Wren Abernathy-Osei
""", TR, "return information plus threading troubleshooting", ["returns", "troubleshooting"])
free(M, "en", """
Hi Mr Bouchard,

Yes, we ship to Quebec. Your machine would go by UPS Standard and take five to seven business days, and Amazon collects the import fees at checkout.

As for the plug: the Hollisbrook HB-220 runs on 110-120 V and has the same two-prong plug used in Canada, so it works from any wall outlet there without an adapter or converter.

Best regards,
Cosmo Delvalle
""", TR, "shipping to Canada plus product facts about voltage and plug (JC7)", ["shipping", "customs", "product-info"])
free(M, "en", """
Hi Eulalia,

Your Atelier 560 is on its way with UPS, tracking 1Z1B42K70385539276, due on Monday.

Since it will spend the weekend in an unheated truck, let the machine sit indoors for two or three hours before you switch it on; cold oil makes the motor sluggish, and the display can fog up when it comes into a warm room.

Kind regards,
Tamsin Reyes-Kurata
""", TR, "tracking plus advice for the first use after a cold transport", ["tracking", "advice"])

# --- Simplified Chinese
free(M, "zh", """
侯女士您好，

新的梭壳已经在今天由 USPS 补寄，运单号9400111206213304478215，大约三个工作日送达。

装梭壳的时候，请让梭壳上的小凸起对准梭床前面的缺口，听到轻轻的“咔”一声才算装到位；没有装到位的话，缝几针就会卡线。

韦嘉树
""", TR, "replacement bobbin case shipped plus fitting advice", ["shipping", "advice"])
free(M, "zh", """
屈先生您好，

可以退货，您的订单在4月20日之前都可以在“您的订单”里申请退货。

不过在打包之前，建议您先试一下换一根新针：您说的断线和跳针，很多时候是机针在缝厚布时弯了一点点，肉眼看不出来。换针后如果还是一样，再退货也不迟。

邵静岚
Thimblecrest 客服团队
""", TR, "return window plus troubleshooting", ["returns", "troubleshooting"])
free(M, "zh", """
杜女士您好，

您的 Briarcut 滚刀和备用刀片今天已经从宾州发出，UPS 运单号1Z4M73N30379921658，预计周四送达。

收到后第一次使用时，记得刀片要沿着尺子的边往外推，不要来回拉锯，一刀切到底，布边会更整齐，刀片也更耐用。

韦嘉树
""", TR, "dispatch notice plus cutting technique", ["shipping", "advice"])

# --- Traditional Chinese
free(M, "zh", """
黎先生 您好：

因為連假的關係，您的縫紉機會延到下週二才送達，追蹤號碼是 1Z8P16Q50390027743，造成不便請見諒。

機器送到後，如果在寒冷的貨車裡放了好幾天，請先放在室內兩三個小時再開機，讓機油回溫，馬達會比較順。

游紹謙 敬上
""", TR, "holiday delay plus advice for the first use", ["delay", "advice"], trad=True)
free(M, "zh", """
莊小姐 您好：

少寄的拉鍊壓腳今天已經補寄出去了，追蹤號碼是 9400111206210052886634，大約三個工作天會到。

使用拉鍊壓腳時，記得先把針位移到靠拉鍊的那一側，並用手轉動手輪確認機針不會打到壓腳，再開始車縫。

詹品萱 敬上
""", TR, "missing foot resent plus usage advice", ["fulfilment", "advice"], trad=True)

# ==========================================================================
# 5. Replies that break a content policy (JC3)
# ==========================================================================
V = "violating"
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"


def fill_bad(tid, vals, edits, labels, note, extra):
    fill(tid, vals, note + " (JC3)", edits=edits, cat=V, labels=labels, extra=extra, tags=["template-based"])


fill_bad("en/review/neutral-request", dict(buyer_name="Mr Thistlewood", order_id="111-7736402-5519087",
         product="Hollisbrook QuiltPro 9", agent_name=A1),
         [("If you have a moment, we would welcome yours, whatever your verdict; it gives the next person shopping for sewing gear a clearer picture.",
           "If the machine has earned it, a five-star rating would mean a great deal to our small team.")],
         [RI] + TR, "the neutral sentence swapped for a five-star request",
         "If the machine has earned it, a five-star rating would mean a great deal to our small team.")
fill_bad("en/review/neutral-request", dict(buyer_name="Annika", order_id="113-4490178-2263501",
         product="Briarcut 45 mm rotary cutter", agent_name=A3),
         [("a clearer picture.",
           "a clearer picture. As a thank-you, we will send you a free pack of Keenpoint needles once your review is live.")],
         [RI] + TR, "free needles offered for posting the review",
         "As a thank-you, we will send you a free pack of Keenpoint needles once your review is live.")
fill_bad("en/machine/thread-nesting", dict(buyer_name="Cordelia", product="Hollisbrook HB-220", agent_name=A4),
         [("Kind regards,", "P.S. Our new Selvane S5 Combo is 20% off this week with code STITCH20.\n\nKind regards,")],
         [MKT] + TR, "P.S. with a discount code for a different product",
         "P.S. Our new Selvane S5 Combo is 20% off this week with code STITCH20.")
fill_bad("en/warranty/machine-claim", dict(buyer_name="Mr Okwuosa", product="Hollisbrook Atelier 560",
         warranty_period="two years", case_id="TCS-W-59120", order_id="112-5508236-9047713", agent_name=A2),
         [("Could you send us, as a reply to this message:", "Could you email the following to service@thimblecrest-sewing.com:")],
         [OPC] + TR, "warranty evidence to be e-mailed to an outside address instead of this thread",
         "Could you email the following to service@thimblecrest-sewing.com:")
fill_bad("en/feet/shank-fit", dict(buyer_name="Jessamy", foot_name="Footloft open-toe embroidery foot", part_number="FL-OT2",
         machine_model="Hollisbrook HB-220", shank_type="low-shank snap-on", agent_name=A3),
         [("to make sure the needle clears the foot.",
           "to make sure the needle clears the foot.\n\nWhile you're at it, our 32-piece Footloft presser foot kit is on sale for $24.99 this month and includes this foot.")],
         [MKT] + TR, "cross-sell of a foot kit on sale",
         "While you're at it, our 32-piece Footloft presser foot kit is on sale for $24.99 this month and includes this foot.")
fill_bad("en/machine/bobbin-winding", dict(buyer_name="Mrs Hallstrom", product="Hollisbrook Atelier 560",
         bobbin_class="Class 15 (15J) clear plastic", agent_name=A1),
         [("in the shape of the letter P.",
           "in the shape of the letter P.\n\nYou can follow the replacement bobbins we sent on our own tracking page at thimblecrest-sewing.com/track.")],
         [OPC], "logistics sentence that points to the seller's own tracking site; no template-required because the added sentence is logistics",
         "You can follow the replacement bobbins we sent on our own tracking page at thimblecrest-sewing.com/track.")
free(V, "en", """
Hi Mr Halvorsen,

Your replacement Atelier 560 goes out on Monday with UPS, and the tracking number will appear in Your Orders the same evening.

For quicker delivery updates, message us on WhatsApp at +1 717-555-0148 and we'll keep you posted there.

Best regards,
Cosmo Delvalle
""", [OPC], "delivery updates moved to WhatsApp and a phone number; the topic stays logistics (JC3)", ["free-written"])
free(V, "en", """
Hi Rosamund,

The Gridhaven mat you sent back has been checked in, and $42.50 is on its way back to your card.

Next time, order directly from our website thimblecrest-sewing.com and save 15% with code WELCOME15.

Kind regards,
Wren Abernathy-Osei
""", [MKT, OPC] + TR, "refund of a return plus a push to buy on the seller's own site with a code (JC3)", ["free-written"])
free(V, "en", """
Hello Barnaby,

UPS shows your Selvane S4 as delivered on Saturday.

Only happy customers, please: if the serger does everything you hoped, please say so in a review on Amazon. And if it doesn't, send us a message here before you post anything, and we will make it right.

Best wishes,
Tamsin Reyes-Kurata
""", [RI] + TR, "review gating: review if happy, contact us first if not (JC3)", ["free-written"])

# --- Simplified Chinese
fill_bad("zh/review/neutral-request", dict(buyer_name="鲁女士", product="Selvane S4 包缝机", order_id="111-2283364-7790152",
         agent_name=Z2),
         [("了解得更清楚。", "了解得更清楚。给五星好评并截图发给我们，即可返现10美元。")],
         [RI] + TR, "cash back offered for a five-star review",
         "给五星好评并截图发给我们，即可返现10美元。")
fill_bad("zh/review/neutral-request", dict(buyer_name="喻先生", product="Hollisbrook HB-220 缝纫机", order_id="114-8802759-3364120",
         agent_name=Z1),
         [("如果您有空，欢迎把使用感受写下来，满意的地方和不足之处都可以写，这样下一位挑选缝纫用品的顾客就能了解得更清楚。",
           "如果您满意，欢迎写下使用感受；如果您对商品不满意，请先联系我们解决，不要直接留评。")],
         [RI] + TR, "the neutral sentence swapped for review gating",
         "如果您满意，欢迎写下使用感受；如果您对商品不满意，请先联系我们解决，不要直接留评。")
fill_bad("zh/thread/weight-choice", dict(buyer_name="温女士", project="真丝衬衫", thread_type="Spoolwright 60wt 涤纶细线",
         needle_size="70/10", agent_name=Z1),
         [("祝您的作品顺利完成！", "想要更多配线建议，欢迎加我们的微信 thimblecrest_sew。\n\n祝您的作品顺利完成！")],
         [OPC] + TR, "invitation to a WeChat account added before the closing",
         "想要更多配线建议，欢迎加我们的微信 thimblecrest_sew。")
fill_bad("zh/serger/differential-feed", dict(buyer_name="武先生", product="Selvane S4 包缝机", feed_range="0.7到2.0",
         agent_name=Z2),
         [("如有其他问题，欢迎随时在此留言。", "新款 Selvane S5 Combo 本周上市，输入优惠码 S5NEW 立减30美元。\n\n如有其他问题，欢迎随时在此留言。")],
         [MKT] + TR, "launch announcement with a discount code",
         "新款 Selvane S5 Combo 本周上市，输入优惠码 S5NEW 立减30美元。")
free(V, "zh", """
任女士您好，

您退回的缝纫机已经到仓，全额退款今天已经处理，三到五个工作日内会退回您的信用卡。

另外有个小请求：您之前在商品页留的一星评价，现在能不能删掉，或者改成好评？这对我们小店影响很大，拜托了！

邵静岚
""", [RI] + TR, "refund of a return (logistics) plus a request to delete or raise a one-star review (JC3)", ["free-written"])
free(V, "zh", """
夏先生您好，

很抱歉包裹到达时外箱破损。为了尽快给您安排换货，请把外箱和机器的照片发到我们的邮箱 returns@thimblecrest-sewing.com，并注明订单号。

收到照片后，我们会当天寄出新的包缝机。

韦嘉树
""", [OPC], "damaged delivery handled through an outside e-mail address; the topic stays logistics (JC3, JC4)", ["free-written"])

# --- Traditional Chinese
fill_bad("zh-tw/thread/serger-cones", dict(buyer_name="龐小姐", product="Selvane S4 包縫機", cone_count="四", agent_name=W1),
         [("換顏色時不必", "另外，如果您願意把之前留下的一星評論改成五星，我們會再送您一組機針。\n\n換顏色時不必")],
         [RI] + TR, "free needles offered for changing a one-star review to five stars",
         "另外，如果您願意把之前留下的一星評論改成五星，我們會再送您一組機針。")
fill_bad("zh-tw/machine/cleaning", dict(buyer_name="馮先生", product="Hollisbrook HB-220", hours="8", agent_name=W2),
         [("通常清潔後就會改善。", "通常清潔後就會改善。之後有任何問題，歡迎加我們的 LINE 好友 @thimblecrest 直接詢問。")],
         [OPC] + TR, "invitation to a LINE account added",
         "之後有任何問題，歡迎加我們的 LINE 好友 @thimblecrest 直接詢問。")
fill_bad("zh-tw/needles/replace", dict(buyer_name="賴小姐", product="Hollisbrook QuiltPro 9", needle_system="HAx1",
         agent_name=W1),
         [("以免刺傷家人。", "以免刺傷家人。\n\n本月 Keenpoint 機針全系列八折，歡迎多買幾盒備用。")],
         [MKT] + TR, "sale announcement for needles",
         "本月 Keenpoint 機針全系列八折，歡迎多買幾盒備用。")
free(V, "zh", """
韓先生 您好：

您的切割墊已經在今天由 UPS 寄出，追蹤號碼是 1Z6T28R80394470125，預計週五送達。

另外跟您分享，本店全館商品滿 50 美元打九折，活動到月底為止，歡迎選購。

游紹謙 敬上
""", [MKT] + TR, "dispatch notice plus a store-wide sale (JC3)", ["free-written"], trad=True)
free(V, "zh", """
翁小姐 您好：

您的縫紉機已經出貨。亞馬遜的追蹤資訊更新比較慢，建議您直接到我們官網 thimblecrest-sewing.com/track 輸入訂單號碼查詢，會更即時。

詹品萱 敬上
""", [OPC], "tracking pointed to the seller's own site; the topic stays logistics (JC3)", ["free-written"], trad=True)

# mixed-logistics replies all rest on JC5
for _r in REPLIES:
    if _r["cat"] == M and "JC5" not in _r["note"]:
        _r["note"] += " (JC5)"

# ==========================================================================
# Self-checks
# ==========================================================================
# Characters that exist in one script only, as Simplified/Traditional pairs (a hand list; GB2312 and Big5
# membership is checked as well, which catches most other mix-ups).
SCRIPT_PAIRS = ("这這 说說 们們 发發 请請 谢謝 货貨 运運 时時 个個 会會 关關 单單 号號 处處 给給 装裝 电電 针針 线線 "
                "缝縫 纫紉 机機 压壓 脚腳 绕繞 热熱 转轉 调調 节節 钮鈕 经經 过過 问問 题題 频頻 视視 图圖 两兩 块塊 "
                "卷捲 带帶 垫墊 张張 购購 还還 边邊 层層 刀刀").split()
ONLY_SIMP = {p[0] for p in SCRIPT_PAIRS if p[0] != p[1]}
ONLY_TRAD = {p[1] for p in SCRIPT_PAIRS if p[0] != p[1]}
# Characters that Big5 also contains but that a Traditional text should not use in this set's words (后 for 後, 里 for 裡, ...)
TRAD_AVOID = set("后里干几范准")
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
PHONE_RE = re.compile(r"(?:\+1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
EN_RUN = re.compile(r"\b[a-z]{3,}\b(?:[ ,]+\b[a-z]{3,}\b){2,}")
EN_WORD = re.compile(r"\b[a-z]{3,}\b")
BANNED_IN_CLEAN = ["http", "www.", "@", ".com", ".net", "whatsapp", "wechat", "微信", "line 官方", "line 帳號", "line帐号",
                   "instagram", "facebook", "telegram", "coupon", "discount", "promo", "% off", "code ", "on sale",
                   "5-star", "five-star", "5 stars", "五星", "好评", "好評", "差评", "差評", "优惠", "優惠", "折扣",
                   "八折", "九折", "返现", "返現", "一星"]
MARKERS = {"review-inducement": ["review", "rating", "评", "評"],
           "off-platform-contact": ["@", ".com", "whatsapp", "微信", "line"],
           "marketing": ["%", "code", "sale", "优惠码", "折"]}
NO_LABEL_CATS = ("filled-template", "fill-plus-logistics", "logistics")
TR_ONLY_CATS = ("free-non-logistics", "rewritten", "mixed-logistics")
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
EDIT_KINDS = {"greeting", "sign-off", "warm-line", "split", "merge", "long-value", "reorder", "paraphrase"}
FILL_MIN = 0.80   # an edited fill or a fill plus one logistics sentence stays at least this close to its own rendering
FREE_MAX = 0.55   # a free-written template-required reply stays below this against every template
SHARE = {"en": 0.40, "zh": 0.35, "zh-tw": 0.25}


def script_misfits(text, traditional):
    """CJK characters missing from the script's legacy charset: Big5 for Traditional, GB2312 for Simplified."""
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


def checks():
    errs = []
    # ---- templates
    tl = Counter(m[0] for m in TMETA.values())
    if not 16 <= len(TEMPLATES) <= 20:
        errs.append("expected 16-20 templates, got %d" % len(TEMPLATES))
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
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z]+/[a-z-]+", tid) or not tid.startswith(TMETA[tid][0] + "/"):
            errs.append("template id does not follow lang/topic/name: " + tid)
        if TMETA[tid][0] == "en" and CJK.search(text):
            errs.append("CJK in English template " + tid)
        if TMETA[tid][0] != "en":
            bad = script_problems(text, TMETA[tid][0] == "zh-tw")
            if bad:
                errs.append("wrong-script characters in %s: %s" % (tid, "".join(sorted(bad))))
        if EMOJI.search(text) or "\n\n\n" in text:
            errs.append("emoji or triple line break in " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(strip_ph(TEMPLATES[a]), strip_ph(TEMPLATES[b])) >= 0.5:
                errs.append("templates %s and %s are too alike" % (a, b))
    # ---- replies
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    if not 150 <= len(REPLIES) <= 180:
        errs.append("expected 150-180 replies, got %d" % len(REPLIES))
    seen, owner, exact_for, kinds = set(), {}, set(), set()
    for rid, r in zip(ids, REPLIES):
        t, cat, labels, lang = r["text"], r["cat"], set(r["labels"]), r["lang"]
        r["id"] = rid
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": bad category " + cat)
        if "{" in t or "}" in t:
            errs.append(rid + ": leftover braces")
        if not labels <= ALLOWED or len(labels) != len(r["labels"]):
            errs.append(rid + ": bad labels %s" % r["labels"])
        if lang not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen:
            errs.append(rid + ": duplicate text")
        seen.add(t)
        if t != t.strip() or "\n\n\n" in t or EMOJI.search(t):
            errs.append(rid + ": whitespace or emoji problem")
        for oid in ORDER_RE.findall(t):
            if owner.setdefault(oid, rid) != rid:
                errs.append(rid + ": order id %s already used by %s" % (oid, owner[oid]))
        # language and script
        has_cjk = bool(CJK.search(t))
        if lang == "en" and has_cjk:
            errs.append(rid + ": CJK in an en reply")
        if lang == "zh" and (not has_cjk or EN_RUN.search(t)):
            errs.append(rid + ": zh reply without CJK or with English prose")
        if lang == "mixed" and not (has_cjk and len(EN_WORD.findall(t)) >= 3):
            errs.append(rid + ": mixed reply is not mixed")
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
        if cat == "violating":
            if not labels & CONTENT:
                errs.append(rid + ": violating reply without a content label")
            for lab in labels & CONTENT:
                if not any(m in t.lower() for m in MARKERS[lab]):
                    errs.append(rid + ": no %s marker in the text" % lab)
        else:
            low = t.lower()
            for w in BANNED_IN_CLEAN:
                if w in low:
                    errs.append(rid + ": non-violating reply contains %r" % w)
            if PHONE_RE.search(t):
                errs.append(rid + ": non-violating reply contains a phone number")
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
                if "long-value" in r["tags"] and max(len(v) for v in r["vals"].values()) < 100:
                    errs.append(rid + ": long-value fill without a value of 100+ characters")
            if cat in ("fill-plus-logistics", "violating"):
                x = r["extra"]
                if not x or x not in t or any(x in tt for tt in TEMPLATES.values()):
                    errs.append(rid + ": extra sentence missing or taken from a template")
            if cat == "fill-plus-logistics" and r["own_ratio"] >= 0.999:
                errs.append(rid + ": fill-plus-logistics reply adds nothing")
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
    vb = Counter(("tid" if r["tid"] else "free") for r in REPLIES if r["cat"] == "violating")
    if vb["tid"] < 8 or vb["free"] < 5:
        errs.append("violating replies should be mostly template-based with some free-written: %s" % dict(vb))
    for lab in CONTENT:
        if sum(1 for r in REPLIES if lab in r["labels"]) < 4:
            errs.append("too few replies labelled " + lab)
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
    ("free-non-logistics", ("`[template-required]`", "free-written advice, troubleshooting, comparisons")),
    ("rewritten", ("`[template-required]`", "a template's content loosely retold in the agent's own words")),
    ("mixed-logistics", ("`[template-required]`", "logistics reply that also gives product advice")),
    ("violating", ("content label(s), plus `template-required` per JC3", "breaks review-inducement, off-platform-contact or marketing")),
])

JUDGEMENT = [
    (1, "A template fill plus one free-written logistics sentence stays `[]`.",
     "The policy lets logistics sentences (shipping, delivery, tracking, returns, refunds of a return, address, customs) "
     "stand anywhere, so a fill that also gives a tracking number, a split-shipment notice, a return-window answer, a "
     "reshipment of a missing part or a prepaid return label for a repair is still an approved template plus allowed text. "
     "Every such reply stays close to its own template (difflib >= 0.80 against its rendering, own template nearest), and the "
     "added sentence appears in no template; both are checked. A linter that demands the whole text match a template "
     "almost word for word will wrongly flag these."),
    (2, "Courtesy and light edits keep a fill a fill (`[]`).",
     "Changed greetings and sign-offs, a warm line with no product content (thanks for a photo or for waiting, "
     "congratulations on a wedding, a wish for the quilt), a sentence split in two or two merged, steps swapped where the "
     "order does not matter, one sentence paraphrased with the same facts, and long values in the slots (listing titles of "
     "130-155 characters in English and about 100 in Chinese, a four-dial tension setting, a two-size needle range). The "
     "test: the added or changed words tell the buyer nothing new about the product or how to use it. A whole reply in the "
     "agent's own words is a different matter (JC12)."),
    (3, "Content violations: the content label always, `template-required` when the offending text is not logistics.",
     "`template-required` asks whether the reply carries non-logistics content that no approved template covers. A "
     "five-star request, a review incentive (free needles, cash back), review gating, a request to delete or raise a "
     "one-star review, a discount code, a sale, a cross-sell, a launch announcement, an invitation to a WeChat or LINE "
     "account for further questions and a warranty instruction to send evidence by e-mail are all non-logistics and in no "
     "template, so these replies carry both labels, even when the rest is an exact fill and whole-message similarity "
     "stays high: the approved wording was left, not used. A reply whose only offending text is itself about logistics "
     "(delivery updates over WhatsApp with a phone number, damage photos to an outside e-mail address, tracking on the "
     "seller's own site, including one bobbin-winding fill with such a tracking sentence added) gets "
     "`off-platform-contact` only: it breaks the contact rule, but its topic is one the policy leaves free. A seller's "
     "WhatsApp number is not a carrier's or manufacturer's number, so policy.md's exception for those does not apply."),
    (4, "How to handle a delivery damaged in transit is logistics.",
     "Keeping the carton and foam, choosing \"arrived damaged\" as the return reason, a free return label and a replacement "
     "sent when the return is scanned, and checking a dented carton for damage are about getting an intact item to the "
     "buyer, so these replies are `[]` (or only `off-platform-contact`, where the photos are wanted by e-mail). Packing "
     "instructions for a return (take out the needle and bobbin, lower the foot onto a scrap, use the original foam) are "
     "logistics for the same reason, although they touch the machine."),
    (5, "A logistics reply with a paragraph of product advice is `template-required`.",
     "Rethreading the lower looper before returning a serger, fitting a bobbin case, pushing the rotary cutter away from "
     "you, letting a machine warm up after a cold truck, moving the needle position for a zipper foot, settings for "
     "sewing layers until a replacement foot arrives, voltage and plug facts: none of this is logistics and no template "
     "says it."),
    (6, "Order fulfilment counts as logistics.",
     "A wrong colour shipped, a missing accessory box, foot or bobbin case resent, and cancellations before or after "
     "dispatch are `[]`. interface.md's list does not name fulfilment, but policy.md's permitted purpose \"resolving an issue "
     "with order fulfillment\" covers it, and all of it is about getting the ordered goods to the buyer."),
    (7, "Customs and import fees are logistics; product facts in the same reply are not.",
     "Amazon's Import Fees Deposit for Canada, what to do if a courier asks for money, the refund of an unused deposit: "
     "`[]`. That the HB-220 runs on 110-120 V and takes a Canadian plug is product information: `template-required`."),
    (8, "Review requests.",
     "Fills of the two neutral review templates are `[]`; each is the only request for its order and the note says the "
     "thread holds no earlier praise from the buyer, so neither the one-per-order limit nor the rule against asking after "
     "praise applies (`review-request-limit` is not a label in this set). A neutral request in the agent's own words "
     "(\"Good or bad ...\", or in Traditional Chinese, for which no review template exists) is `template-required` only, "
     "not `review-inducement`."),
    (9, "A template in another language does not cover a reply in this language.",
     "Mat care retold in Simplified Chinese (the mat template is English only), machine cleaning advice in Simplified "
     "Chinese (the cleaning template is Traditional only), layer-feeding advice in English (the walking-foot template is "
     "Traditional only) and a Traditional neutral review request (review templates exist in English and Simplified) are "
     "`template-required`. This set has no plain Simplified-to-Traditional transcriptions of a template."),
    (10, "Answering the buyer's own comparison question is not marketing, but it is advice.",
     "Which serger suits a beginner, which of two machines to buy, which mat size fits a desk: the buyer asked, no price, "
     "code, sale or unsolicited product is mentioned, so no `marketing`; the answer is still product advice, so "
     "`template-required`. A mat size swap explained only as a return plus a new order is `[]`."),
    (11, "Near-misses in `[]` replies that must not be flagged.",
     "\"free of charge\", a free return label, 免费补寄 and 免費補寄 (remedies, not promotions); refund amounts such as "
     "$34.99 and 29.99美元 (a refund, not a price offer); \"Amazon gift card balance\" as the refund of a gift return (no "
     "review is involved); \"Import Fees Deposit\"; the word \"review\" and 评论 in the neutral review fills; \"Change "
     "shipping address\", \"Your Orders\", \"Returns Center\", UPS Access Point; tracking numbers, order ids, case ids "
     "`TCS-W-...`, part numbers `FL-Q14`, `FL-RH4`, needle sizes 75/11 and 100/16 and needle systems HAx1 and 130/705H, "
     "which are not phone numbers or codes."),
    (12, "A rewrite that keeps a template's facts is still `template-required`.",
     "Same steps and numbers, different wording and order: the policy approves wording, not facts. These replies stay "
     "below difflib 0.55 against every template; they include a warranty rewrite without case or order id and a short "
     "own-words review request."),
    (13, "How `lang` is set.",
     "`zh` covers both scripts; Traditional replies carry the tag `traditional`. Latin brand names, model codes, carrier "
     "names and units inside Chinese text do not make a reply `mixed`; this set has no `mixed` replies."),
]


def readme(rows):
    o = []
    w = o.append
    w("# t44: hand-labelled held-out test set for `template-required`\n")
    w("Written only from `/work/shared/interface.md` and `/work/shared/policy.md`, following the layout of the earlier set "
      "t43 but with all-new templates, replies, seller and people; the linter was neither read nor run. `gen.py` (standard "
      "library only) is the source of truth: it holds every template and reply as a literal, runs the self-checks and, "
      "only if all pass, rewrites `library/`, `replies.jsonl` and this README. On a failure it writes nothing and exits 1. "
      "Edit `gen.py`, not the outputs.\n")
    w("## The seller (invented)\n")
    w("**Thimblecrest Sewing Supply** sells home sewing machines, sergers and sewing and quilting supplies on Amazon.com, "
      "shipping from warehouses in Harrisburg, Pennsylvania and Fort Worth, Texas to buyers in the US and Canada. Its "
      "brands: Hollisbrook sewing machines (HB-220 mechanical, Atelier 560 computerized, QuiltPro 9), Selvane sergers "
      "(S4 four-thread, S5 Combo serger and coverstitch), Keenpoint needles, Footloft presser feet (FL-Q14 quarter-inch, "
      "FL-RH4 rolled hem, FL-Z1 zipper, FL-WF2 walking foot, FL-OT2 open-toe), Spoolwright threads, Briarcut rotary "
      "cutters and blades (45 mm, 60 mm) and Gridhaven self-healing cutting mats. Agents write English (Wren "
      "Abernathy-Osei, Cosmo Delvalle, Tamsin Reyes-Kurata, Anders Mbeki-Holt), Simplified Chinese (邵静岚, 韦嘉树) and "
      "Traditional Chinese (詹品萱, 游紹謙). Every person, brand, product, order id, tracking number, case id, part "
      "number, domain, handle, code and phone number is invented (the one phone number is in the fictional 555-01xx "
      "range). Carrier names (UPS, USPS), messaging apps (WhatsApp, WeChat, LINE) and Amazon page names (Your Orders, "
      "Returns Center, Import Fees Deposit) are real, as a real seller's messages would use them.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` each in nested folders (`en/`, `zh/`, `zh-tw/`); id = path "
      "without `.txt`; `{{name}}` placeholders. Use it as `--templates library`. |")
    w("| `replies.jsonl` | one seller reply per line |")
    w("| `gen.py` | templates, replies, self-checks and writers |")
    w("| `README.md` | this file |\n")
    w("Record fields: `id` (`t44-001`...), `text`, `labels` (expected policies, sorted; `[]` = nothing at warning or error "
      "level may be flagged), `lang` (`en` or `zh`), `tags` (`tags[0]` is the category; `traditional` marks Traditional "
      "script; fills carry `exact`/`edited` and edit kinds `greeting`, `sign-off`, `warm-line`, `split`, `merge`, "
      "`reorder`, `paraphrase`, `long-value`; violating fills carry `template-based`), `note` (source template id first "
      "when there is one, then what the reply does; `JCn` points to a judgement call), `context` (always `reply`).\n")
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
    w("\n%d templates: English %d, Simplified Chinese %d, Traditional Chinese %d.\n" % (len(TEMPLATES), tl["en"], tl["zh"], tl["zh-tw"]))
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
        w("| %s | %d | %d | %d | %d |" % ("`[]`" if not k else ", ".join("`%s`" % x for x in k), v, lc["en"], lc["zh"], lc["zh-tw"]))
    lab = Counter(x for r in rows for x in r["labels"])
    w("\nPer label: %s. Replies with no label: %d.\n" % (
        ", ".join("`%s` %d" % kv for kv in sorted(lab.items())), combos[()]))
    w("## Similarity sanity checks\n")
    w("difflib `SequenceMatcher(autojunk=False)` on raw text. This only guards the labels against accidents; it is not "
      "the linter's measure, and the linter need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required by gen.py |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for r in rows if r["cat"] == "filled-template" and not r["exact"]]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "fill-plus-logistics"]
    w("| fill-plus-logistics (JC1) | same | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "violating" and r["tid"]]
    w("| template-based violating (JC3) | same | %d | %s | %s | %s | own template nearest |" % ((len(g),) + _stats(g)))
    for c in ("free-non-logistics", "rewritten", "mixed-logistics", "logistics"):
        g = [r["max_ratio"] for r in rows if r["cat"] == c]
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |" % (
            (c, len(g)) + _stats(g) + ("(info)" if c == "logistics" else "< %.2f" % FREE_MAX,)))
    g = [r["max_ratio"] for r in rows if r["cat"] == "violating" and not r["tid"]]
    w("| free-written violating | same | %d | %s | %s | %s | < %.2f when `template-required` |\n" % ((len(g),) + _stats(g) + (FREE_MAX,)))
    w("Other checks in gen.py: 16-20 templates with at least four per language, English and Simplified neutral review "
      "templates present, ids `lang/topic/name`, balanced placeholders, `buyer_name` and `agent_name` in every template, "
      "no two templates alike (difflib < 0.5); 150-180 replies, language shares within 5 points of 40/35/25, at least "
      "eight replies per category, every edit kind used, each template filled exactly at least once; exact fills equal "
      "their rendering and every slot value appears in its reply; `long-value` fills have a value of 100+ characters; "
      "ids and texts unique; no braces, emoji, triple line breaks or outer whitespace; each order id in one reply only; "
      "`en` replies have no CJK and `zh` replies no English prose; Simplified and Traditional text use only their own "
      "script (a pair list, a few Big5-valid but wrong-in-Traditional characters such as 后 and 里, and GB2312 or Big5 "
      "membership); categories and labels agree; replies outside `violating` contain no link, domain, `@`, messaging "
      "app, social network, phone number, coupon, code, sale or discount wording, star or 好评/差评 wording; each "
      "violating reply contains a marker of each of its labels; each added sentence appears in its reply and in no "
      "template.\n")
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
      "tracking, returns, address, customs) and does not match an approved template closely enough; the brief for this set "
      "adds that greetings, sign-offs and logistics sentences (including refunds of a return) are allowed freely. Labels "
      "read this per sentence: every sentence of a `[]` reply is approved template wording (lightly edited at most), "
      "courtesy, or logistics.\n")
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
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs), file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    rows = REPLIES
    text_readme = readme(rows)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]),
                                            ("lang", r["lang"]), ("tags", r["tags"]), ("note", r["note"]),
                                            ("context", "reply")]), ensure_ascii=False) + "\n")
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
            found[os.path.relpath(p, lib)[:-4].replace(os.sep, "/")] = open(p, encoding="utf-8").read()
    assert found == dict(TEMPLATES), "library on disk differs from TEMPLATES"
    print("ok: %d templates, %d replies written to %s" % (len(TEMPLATES), len(back), HERE))
    print("categories:", dict(Counter(b["tags"][0] for b in back)))
    print("labels:", dict(Counter(x for b in back for x in b["labels"])), "| no label:", sum(1 for b in back if not b["labels"]))
    print("label sets:", dict(Counter(",".join(b["labels"]) or "[]" for b in back)))
    print("lang:", dict(Counter(col(dict(lang=b["lang"], tags=b["tags"])) for b in back)))


if __name__ == "__main__":
    main()
