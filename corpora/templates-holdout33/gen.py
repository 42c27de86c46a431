#!/usr/bin/env python3
"""Source of truth for the t33 held-out test set of the `template-required` policy.

Invented seller: Fernhollow Home, a US seller of home furniture that ships
flat-packed or by LTL freight (Ashby desks, Marlow bookcases, Corrie sofas,
Dunmore bed-in-a-box mattresses and the Restwell adjustable bed base with a
wireless remote and the Fernhollow Rest app).  Agents write in English,
Simplified Chinese and Traditional Chinese.

All templates and replies are literals in this file.  `python3 gen.py` writes
library/, replies.jsonl and README.md next to this file, runs the self-checks and
exits 1 if any of them fails (nothing is written in that case).
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
TR = "template-required"
RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"


def lit(s):
    """A triple-quoted literal -> message text (outer blank lines and trailing blanks dropped)."""
    return "\n".join(line.rstrip() for line in s.strip("\n").splitlines()).strip()


# ===========================================================================
# Templates: library/<id>.txt
# ===========================================================================
TEMPLATES = OrderedDict()
TOPIC = {}
LAYOUT = {}


def template(tid, topic, layout, body):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = lit(body)
    TOPIC[tid] = topic
    LAYOUT[tid] = layout


template("en/assembly/desk-steps", "desk assembly order", "greeting, numbered steps, sign-off", """
Hi {{buyer_name}},

Thanks for your message about putting together the {{product}} from order {{order_id}}.

Here is the order we recommend, using the parts in hardware bag A:

1. Lay the desktop face down on the flattened carton so it does not get scratched.
2. Tap the wooden dowels into the pre-drilled holes on both side panels.
3. Screw the cam bolts into the underside of the desktop by hand, then give them a half turn with the Allen key.
4. Fit each side panel over its cam bolts and turn the cam locks clockwise until they stop.
5. Attach the back rail last, then stand the desk upright with two people.

Step 3 is where most people get stuck: if a cam lock will not turn, the bolt is usually not screwed in far enough.

Best wishes,
{{agent_name}}
Fernhollow Home Support
""")

template("en/assembly/bookcase/anti-tip", "bookcase anti-tip strap", "hard-wrapped lines, bullets", """
Hello {{buyer_name}},

Thank you for asking about the wall anchor for your {{product}}.
The anti-tip strap is in the small white bag marked K and should
be fitted before you load the shelves:

- Screw the first bracket to the top panel of the bookcase with
  the two short screws from bag K.
- Stand the bookcase in place and mark the wall where the second
  bracket lines up, ideally over a stud.
- Use a wall anchor that suits your wall; drywall and brick need
  different fixings, which is why none are included.
- Thread the strap through both brackets and pull it snug.

Please keep the heaviest books on the lower shelves as well.

Kind regards,
{{agent_name}}
Fernhollow Home Support
""")

template("en/hardware/identify-part", "identifying a 'missing' hardware part", "label lines", """
Hi {{buyer_name}},

Thanks for the photo of the hardware. Here is what we found:

Order: {{order_id}}
Product: {{product}}
Part: {{part}}
Where to find it: {{location}}

Parts for this range are often taped inside a panel edge or tucked under the foam insert, so please check there before assuming the part is missing. If it really is not in the box, reply to this message with the part letter and we will arrange a replacement.

Regards,
{{agent_name}}
Fernhollow Home Support
""")

template("en/stability/wobble", "wobbly desk or bookcase", "bullets (\u2022)", """
Dear {{buyer_name}},

Sorry to hear that your {{product}} wobbles. In almost every case it can be fixed without new parts:

\u2022 Loosen every bolt a quarter turn, push the frame square, then tighten the bolts again in a cross pattern.
\u2022 Check that each cam lock is fully turned; its arrow should point toward the panel edge.
\u2022 Turn the adjustable foot under the short leg until all four feet sit flat.
\u2022 On thick carpet, press the frame down firmly for a minute so the feet settle into the pile.

If it still moves after that, a short video of the frame taken from the side will help us see where the play is.

Best regards,
{{agent_name}}
Fernhollow Home Support
""")

template("en/mattress/expansion", "mattress expansion and new-foam smell", "bullets", """
Hi {{buyer_name}},

Thanks for reaching out about your new {{product}}.

A compressed mattress needs time to recover its full shape:
- It can be slept on after about 4 hours, but full height can take up to 72 hours.
- A cool room slows expansion; keeping the room above 65\u00b0F helps.
- The corners fill out last, so soft edges on the first day are normal.
- The new-foam smell fades within a few days in a ventilated room.

If the mattress has not reached {{height}} after three days, please measure it at the center and let us know the result.

Warm regards,
{{agent_name}}
Fernhollow Home Support
""")

template("en/bed-base/remote-pairing", "re-pairing the bed base remote and the app", "numbered steps", """
Hello {{buyer_name}},

Thank you for contacting us about the remote for your Restwell bed base (order {{order_id}}).

To pair the remote again:
1. Unplug the base from the wall for 30 seconds, then plug it back in.
2. Within one minute, press and hold the Flat and Light buttons together until the remote light flashes.
3. Release both buttons and wait for the base to move slightly, which confirms the pairing.
4. To use the Fernhollow Rest app as well, open it, tap Add Bed and follow the prompts while standing near the base.

If the remote light does not come on at all, please replace the two AAA batteries first.

Sincerely,
{{agent_name}}
Fernhollow Home Support
""")

template("en/sofa/fabric-care", "sofa fabric care", "bullets", """
Hi {{buyer_name}},

Thanks for your question about caring for the {{fabric}} on your {{product}}.

- Vacuum the cushions weekly with a soft brush attachment.
- Blot spills right away with a clean, damp white cloth; do not rub.
- For marks, use a little mild soap in water and test it on a hidden area first.
- The cushion covers are not machine washable, because washing can shrink them.
- Swap the seat cushions around every few weeks so they wear evenly.

Keep the sofa out of strong direct sunlight so the color does not fade.

All the best,
{{agent_name}}
Fernhollow Home Support
""")

template("en/warranty/evidence-request", "warranty claim: photos and details needed", "label lines + bullets", """
Dear {{buyer_name}},

We are sorry about the problem with your {{product}}. It is covered by our limited warranty, and to review the claim we need a few details.

Order: {{order_id}}
Claim reference: {{claim_id}}

Please reply to this message with:
- a photo of the product label under the frame or on the side of the mattress;
- photos of the problem, with a tape measure in the shot for any dip or sag;
- a short note on when you first noticed it.

We review claims within three business days of receiving the photos.

Sincerely,
{{agent_name}}
Fernhollow Home Warranty Team
""")

template("en/review-request", "neutral review request (once per order)", "short, 3 lines", """
Hi {{buyer_name}}, thank you for your order {{order_id}}.
If you have a moment, would you share your experience with the {{product}} in a review on Amazon? Your thoughts help other shoppers decide.
{{agent_name}}, Fernhollow Home
""")

template("en/short/cam-lock", "how far to turn a cam lock", "short, 2 lines", """
Hi {{buyer_name}}, the round cam locks turn clockwise with a flat screwdriver until the arrow points at the bolt; about half a turn is enough, so please do not force them further.
{{agent_name}}, Fernhollow Home Support
""")

template("zh/assembly/desk", "书桌组装顺序", "问候、编号步骤、落款", """
{{buyer_name}}您好：

感谢您购买{{product}}（订单号 {{order_id}}）。关于组装，建议按照以下顺序进行：

1. 把桌面朝下放在摊平的纸箱上，避免划伤；
2. 将木榫敲入两侧侧板的预留孔；
3. 先用手把偏心螺杆拧进桌面底部，再用内六角扳手拧紧半圈；
4. 把侧板对准螺杆装上，顺时针转动偏心锁，直到转不动为止；
5. 最后安装后挡板，再由两人一起把书桌翻正。

如果偏心锁转不动，通常是螺杆没有拧到底。

祝好，
{{agent_name}}
Fernhollow Home 客服团队
""")

template("zh/mattress/expansion", "床垫回弹与新海绵气味", "项目符号", """
{{buyer_name}}您好：

感谢您的留言。压缩床垫拆封后需要一些时间回弹：
\u2022 拆封约 4 小时后即可使用，完全回弹最长需要 72 小时；
\u2022 室温较低时回弹较慢，建议保持室温在 18\u00b0C 以上；
\u2022 四个角最后回弹，第一天边角偏软属于正常现象；
\u2022 新海绵的气味在通风良好的房间里几天内就会散去。

如果三天后{{product}}仍未达到标称厚度，请在床垫中间测量一下厚度并告诉我们。

{{agent_name}}
Fernhollow Home 客服
""")

template("zh/hardware/identify-part", "识别“缺少”的五金件", "标签行", """
{{buyer_name}}您好，

我们看了您发来的五金件照片，情况如下：

订单号：{{order_id}}
产品：{{product}}
配件：{{part}}
位置：{{location}}

这类配件常常用胶带固定在板材侧边，或者压在泡沫垫下面，请先在这些地方找一找。如果确实没有，请直接回复本消息并注明配件编号，我们会为您安排补发。

{{agent_name}}
""")

template("zh/bed-base/remote-pairing", "电动床架遥控器重新配对", "编号步骤", """
{{buyer_name}}您好：

关于 Restwell 电动床架遥控器无法使用的问题，请按以下步骤重新配对：

1. 拔掉床架电源，等待 30 秒后重新插上；
2. 一分钟内同时按住“放平”键和“灯光”键，直到遥控器指示灯闪烁；
3. 松开按键，床架轻微动一下即表示配对成功；
4. 如需使用 Fernhollow Rest App，请打开 App，点击“添加床架”，靠近床架按提示操作。

如果遥控器指示灯完全不亮，请先更换两节 7 号电池。

{{agent_name}}
Fernhollow Home 客服团队
""")

template("zh/review-request", "中性邀评（每个订单一次）", "短模板，3 行", """
{{buyer_name}}您好，感谢您购买{{product}}（订单 {{order_id}}）。
如果方便的话，欢迎在亚马逊上留下评论，说说您的使用感受。
{{agent_name}}
""")

template("zh/stability/wobble", "家具晃动", "短模板，3 行", """
{{buyer_name}}您好，很抱歉{{product}}出现晃动。
请先把所有螺丝松开四分之一圈，把框架推正后再按对角顺序拧紧；同时检查偏心锁是否转到位，并调节脚垫让四只脚都着地。
如仍晃动，请从侧面拍一段短视频回复给我们。—— {{agent_name}}
""")

template("zh-tw/sofa/fabric-care", "沙發布料保養", "項目符號（・）", """
{{buyer_name}} 您好：

感謝您詢問{{product}}的布料保養方式。

\u30fb每週用軟毛刷頭吸塵一次；
\u30fb液體灑出時，立即用乾淨的濕白布輕壓吸乾，切勿來回搓揉；
\u30fb如有污漬，可用少量中性肥皂水處理，請先在不顯眼處測試；
\u30fb坐墊套不可機洗，以免縮水；
\u30fb每隔幾週將坐墊互換位置，讓磨損更平均。

請避免沙發長時間受陽光直射，以免褪色。

{{agent_name}}
Fernhollow Home 客服團隊
""")

template("zh-tw/warranty/evidence-request", "保固申請所需照片與資料", "編號清單 + 標籤行", """
{{buyer_name}} 您好：

很抱歉{{product}}出現問題。本產品享有有限保固，為了審核申請，請直接回覆本訊息並提供：
1. 床架底部或床墊側面產品標籤的照片；
2. 問題部位的照片，如有凹陷請放入捲尺一同拍攝；
3. 簡短說明您第一次發現問題的時間。

訂單編號：{{order_id}}
保固案件編號：{{claim_id}}

收到照片後，我們會在三個工作天內完成審核。

{{agent_name}}
Fernhollow Home 保固團隊
""")

template("zh-tw/mattress/expansion", "床墊回彈與氣味", "硬換行段落", """
{{buyer_name}} 您好，

感謝您購買{{product}}。壓縮床墊拆封後需要時間回彈，
拆封約四小時即可使用，完全恢復厚度最長需要七十二小時。
室溫偏低會讓回彈變慢，四個角通常最後才會飽滿。
新泡棉的氣味在通風的房間裡，幾天內就會散去。

若三天後厚度仍然不足，請在床墊中央量測後告訴我們。

{{agent_name}} 敬上
""")

template("zh-tw/review-request", "中性邀請評論（每筆訂單一次）", "短模板，3 行", """
{{buyer_name}} 您好，感謝您購買{{product}}（訂單 {{order_id}}）。
若您方便，歡迎在 Amazon 上留下評論，分享您的使用心得。
Fernhollow Home {{agent_name}}
""")


# ===========================================================================
# Replies.  Ids are given in order of appearance (t33-001, t33-002, ...).
# ===========================================================================
CATS = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
REPLIES = []
PH = re.compile(r"\{\{([a-z_]+)\}\}")


def render(tid, values):
    return PH.sub(lambda m: values[m.group(1)], TEMPLATES[tid])


def _add(cat, lang, labels, tags, note, text, tid=None, values=None, kind=None, jc=None):
    if tid and tid.startswith("zh-tw/") and "traditional" not in tags:
        tags = tags + ["traditional"]
    REPLIES.append(dict(id=f"t33-{len(REPLIES) + 1:03d}", cat=cat, lang=lang, labels=list(labels),
                        tags=[cat] + list(tags), note=(f"{tid}: {note}" if tid else note),
                        text=text, tid=tid, values=values, kind=kind, jc=jc))


def tlang(tid):
    return "en" if tid.startswith("en/") else "zh"


def exact(tid, values, tags, note):
    _add("filled-template", tlang(tid), [], ["exact"] + tags, "exact fill; " + note,
         render(tid, values), tid, values, "exact")


def edited(tid, values, tags, note, text, lang=None):
    _add("filled-template", lang or tlang(tid), [], ["edited"] + tags, "edited fill; " + note,
         lit(text), tid, values, "edited")


def free(cat, lang, labels, tags, note, text, tid=None, values=None, jc=None):
    _add(cat, lang, labels, tags, note, lit(text), tid, values, "free" if tid is None else "based", jc)


LONG_BASE = ("Fernhollow Restwell Adjustable Bed Base, Queen, with Wireless Remote, Head and Foot "
             "Incline, Under-Bed Lighting, Zero-Gravity Preset, USB Ports and Fernhollow Rest App Control")

# ---------------------------------------------------------------------------
# filled-template, exact fills (labels [])
# ---------------------------------------------------------------------------
exact("en/assembly/desk-steps",
      {"buyer_name": "Rosalind", "product": "Ashby 47-inch Writing Desk",
       "order_id": "113-2048816-5530917", "agent_name": "Hollis Brennan"}, [], "plain values")
exact("en/assembly/desk-steps",
      {"buyer_name": "Mr. Okonkwo-Baptiste", "product": "Ashby L-Shaped Corner Desk",
       "order_id": "114-5519027-8842036 and 114-5519027-8842051", "agent_name": "Noor Halvorsen"},
      ["two-orders"], "order_id slot holds two order ids")
exact("en/assembly/bookcase/anti-tip",
      {"buyer_name": "Priyanka", "product": "Marlow 5-Tier Bookcase", "agent_name": "Teodor Vance"},
      ["hard-wrapped", "nested"], "hard-wrapped template two folders deep, kept as is")
exact("en/hardware/identify-part",
      {"buyer_name": "Deshawn", "order_id": "111-8402269-3715540", "product": "Marlow Ladder Bookcase",
       "part": "Part F, 8 mm wooden dowel (x12)",
       "location": "taped inside the back edge of the left side panel", "agent_name": "Amara Quist"},
      ["label-lines"], "label lines with long values")
exact("en/stability/wobble",
      {"buyer_name": "Ms. Castellanos", "product": "Ashby L-Shaped Corner Desk",
       "agent_name": "Hollis Brennan"}, [], "plain values")
exact("en/mattress/expansion",
      {"buyer_name": "Wendell", "product": "Dunmore 12-inch Hybrid Mattress, Queen",
       "height": "12 inches", "agent_name": "Noor Halvorsen"}, [], "plain values")
exact("en/bed-base/remote-pairing",
      {"buyer_name": "Ingrid", "order_id": "113-6671043-2209815", "agent_name": "Teodor Vance"},
      [], "plain values")
exact("en/sofa/fabric-care",
      {"buyer_name": "Tamsin", "fabric": "performance velvet", "product": "Corrie 84-inch Sofa",
       "agent_name": "Amara Quist"}, [], "plain values")
exact("en/warranty/evidence-request",
      {"buyer_name": "Mr. Haverford", "product": "Dunmore 10-inch Memory Foam Mattress, Full",
       "order_id": "112-3095571-6648120", "claim_id": "FH-WR-40318", "agent_name": "Hollis Brennan"},
      [], "plain values")
exact("en/review-request",
      {"buyer_name": "Lucinda", "order_id": "114-9902387-4013365", "product": LONG_BASE,
       "agent_name": "Noor Halvorsen"},
      ["long-value", "review-request"], "neutral review request; product is a 150+ character title in a short template")
exact("en/short/cam-lock",
      {"buyer_name": "Gus", "agent_name": "Teodor Vance"}, ["short"], "two-line template")
exact("zh/assembly/desk",
      {"buyer_name": "王女士", "product": "Ashby 120 厘米书桌", "order_id": "114-3308672-5517249",
       "agent_name": "许嘉怡"}, [], "plain values")
exact("zh/mattress/expansion",
      {"buyer_name": "陈先生", "product": "Dunmore 30 厘米混合弹簧床垫", "agent_name": "孙浩然"},
      [], "plain values")
exact("zh/hardware/identify-part",
      {"buyer_name": "刘女士", "order_id": "112-8816430-7052293", "product": "Marlow 五层书架",
       "part": "F 号木榫（12 个）", "location": "左侧板背面边缘，用胶带固定", "agent_name": "唐静"},
      ["label-lines"], "label lines")
exact("zh/review-request",
      {"buyer_name": "黄先生", "product": "Restwell 电动床架", "order_id": "113-7240915-3368820",
       "agent_name": "许嘉怡"}, ["review-request", "short"], "neutral review request")
exact("zh/stability/wobble",
      {"buyer_name": "周女士", "product": "Ashby L 型转角书桌", "agent_name": "孙浩然"},
      ["short"], "three-line template")
exact("zh-tw/sofa/fabric-care",
      {"buyer_name": "張小姐", "product": "Corrie 三人座沙發", "agent_name": "吳佩珊"}, [], "plain values")
exact("zh-tw/warranty/evidence-request",
      {"buyer_name": "李先生", "product": "Dunmore 30 公分混合式床墊", "order_id": "114-2215873-6609142",
       "claim_id": "FH-WR-40691", "agent_name": "林冠宇"}, ["label-lines"], "plain values")
exact("zh-tw/mattress/expansion",
      {"buyer_name": "蔡小姐", "product": "Dunmore 25 公分記憶棉床墊", "agent_name": "吳佩珊"},
      ["hard-wrapped"], "hard-wrapped template kept as is")
exact("zh-tw/review-request",
      {"buyer_name": "許先生", "product": "Restwell 電動床架", "order_id": "113-8830264-1157903",
       "agent_name": "林冠宇"}, ["review-request", "short"], "neutral review request")

# ---------------------------------------------------------------------------
# filled-template, lightly edited fills (labels [])
# ---------------------------------------------------------------------------
edited("en/assembly/desk-steps",
       {"buyer_name": "Marguerite", "product": "Ashby 47-inch Writing Desk",
        "order_id": "111-4470932-8853106", "agent_name": "Amara Quist"},
       ["sentence-dropped"], "the closing 'Step 3 is where most people get stuck' sentence dropped", """
Hi Marguerite,

Thanks for your message about putting together the Ashby 47-inch Writing Desk from order 111-4470932-8853106.

Here is the order we recommend, using the parts in hardware bag A:

1. Lay the desktop face down on the flattened carton so it does not get scratched.
2. Tap the wooden dowels into the pre-drilled holes on both side panels.
3. Screw the cam bolts into the underside of the desktop by hand, then give them a half turn with the Allen key.
4. Fit each side panel over its cam bolts and turn the cam locks clockwise until they stop.
5. Attach the back rail last, then stand the desk upright with two people.

Best wishes,
Amara Quist
Fernhollow Home Support
""")
edited("en/assembly/bookcase/anti-tip",
       {"buyer_name": "Mr. Fairweather", "product": "Marlow Ladder Bookcase", "agent_name": "Hollis Brennan"},
       ["hard-wrapped", "nested", "line-added"], "a thank-you line and a weekend wish added", """
Hello Mr. Fairweather,

Thank you for asking about the wall anchor for your Marlow Ladder Bookcase.
The anti-tip strap is in the small white bag marked K and should
be fitted before you load the shelves:

- Screw the first bracket to the top panel of the bookcase with
  the two short screws from bag K.
- Stand the bookcase in place and mark the wall where the second
  bracket lines up, ideally over a stud.
- Use a wall anchor that suits your wall; drywall and brick need
  different fixings, which is why none are included.
- Thread the strap through both brackets and pull it snug.

Please keep the heaviest books on the lower shelves as well.
Thanks again for checking before loading it up, and have a lovely weekend!

Kind regards,
Hollis Brennan
Fernhollow Home Support
""")
edited("en/hardware/identify-part",
       {"buyer_name": "Yolanda", "order_id": "113-9021854-3360712", "product": "Ashby 47-inch Writing Desk",
        "part": "Part C, cam bolt (x8)", "location": "bag A, in the small zip pouch", "agent_name": "Noor Halvorsen"},
       ["label-lines", "apology-added"], "an apology for the slow reply added at the top", """
Hi Yolanda,

Sorry for the slow reply over the holiday weekend, and thanks for the photo of the hardware. Here is what we found:

Order: 113-9021854-3360712
Product: Ashby 47-inch Writing Desk
Part: Part C, cam bolt (x8)
Where to find it: bag A, in the small zip pouch

Parts for this range are often taped inside a panel edge or tucked under the foam insert, so please check there before assuming the part is missing. If it really is not in the box, reply to this message with the part letter and we will arrange a replacement.

Regards,
Noor Halvorsen
Fernhollow Home Support
""")
edited("en/stability/wobble",
       {"buyer_name": "Kwame", "product": "Marlow 5-Tier Bookcase", "agent_name": "Teodor Vance"},
       ["reordered"], "bullets reordered (foot and carpet tips first), 'Dear' changed to 'Hi'", """
Hi Kwame,

Sorry to hear that your Marlow 5-Tier Bookcase wobbles. In almost every case it can be fixed without new parts:

\u2022 Turn the adjustable foot under the short leg until all four feet sit flat.
\u2022 On thick carpet, press the frame down firmly for a minute so the feet settle into the pile.
\u2022 Loosen every bolt a quarter turn, push the frame square, then tighten the bolts again in a cross pattern.
\u2022 Check that each cam lock is fully turned; its arrow should point toward the panel edge.

If it still moves after that, a short video of the frame taken from the side will help us see where the play is.

Best regards,
Teodor Vance
Fernhollow Home Support
""")
edited("en/mattress/expansion",
       {"buyer_name": "Mrs. Lindgren", "product": "Dunmore 10-inch Memory Foam Mattress, Full",
        "height": "10 inches", "agent_name": "Amara Quist"},
       ["word-changed", "line-added"], "greeting and sign-off words changed, 'Hope this helps!' added", """
Hello Mrs. Lindgren,

Thanks for reaching out about your new Dunmore 10-inch Memory Foam Mattress, Full.

A compressed mattress needs time to recover its full shape:
- It can be slept on after about 4 hours, but full height can take up to 72 hours.
- A cool room slows expansion; keeping the room above 65\u00b0F helps.
- The corners fill out last, so soft edges on the first day are normal.
- The new-foam smell fades within a few days in a ventilated room.

If the mattress has not reached 10 inches after three days, please measure it at the center and let us know the result. Hope this helps!

Kind regards,
Amara Quist
Fernhollow Home Support
""")
edited("en/bed-base/remote-pairing",
       {"buyer_name": "Arturo", "order_id": "112-5580146-9937204", "agent_name": "Hollis Brennan"},
       ["line-added"], "a weekend wish added before the sign-off", """
Hello Arturo,

Thank you for contacting us about the remote for your Restwell bed base (order 112-5580146-9937204).

To pair the remote again:
1. Unplug the base from the wall for 30 seconds, then plug it back in.
2. Within one minute, press and hold the Flat and Light buttons together until the remote light flashes.
3. Release both buttons and wait for the base to move slightly, which confirms the pairing.
4. To use the Fernhollow Rest app as well, open it, tap Add Bed and follow the prompts while standing near the base.

If the remote light does not come on at all, please replace the two AAA batteries first.

Wishing you a restful weekend,
Hollis Brennan
Fernhollow Home Support
""")
edited("en/sofa/fabric-care",
       {"buyer_name": "Philippa", "fabric": "linen-blend fabric", "product": "Corrie Loveseat",
        "agent_name": "Noor Halvorsen"},
       ["sentence-dropped", "line-added"], "the cushion-swap bullet dropped, 'Enjoy the new loveseat!' added", """
Hi Philippa,

Thanks for your question about caring for the linen-blend fabric on your Corrie Loveseat.

- Vacuum the cushions weekly with a soft brush attachment.
- Blot spills right away with a clean, damp white cloth; do not rub.
- For marks, use a little mild soap in water and test it on a hidden area first.
- The cushion covers are not machine washable, because washing can shrink them.

Keep the sofa out of strong direct sunlight so the color does not fade. Enjoy the new loveseat!

All the best,
Noor Halvorsen
Fernhollow Home Support
""")
edited("en/warranty/evidence-request",
       {"buyer_name": "Ms. Adeyemi", "product": "Restwell Adjustable Bed Base, Queen",
        "order_id": "111-6093378-2274519", "claim_id": "FH-WR-40572", "agent_name": "Teodor Vance"},
       ["line-added", "word-changed"], "thanks for patience added, 'a few details' changed to 'a couple of details'", """
Dear Ms. Adeyemi,

Thank you for your patience. We are sorry about the problem with your Restwell Adjustable Bed Base, Queen. It is covered by our limited warranty, and to review the claim we need a couple of details.

Order: 111-6093378-2274519
Claim reference: FH-WR-40572

Please reply to this message with:
- a photo of the product label under the frame or on the side of the mattress;
- photos of the problem, with a tape measure in the shot for any dip or sag;
- a short note on when you first noticed it.

We review claims within three business days of receiving the photos.

Sincerely,
Teodor Vance
Fernhollow Home Warranty Team
""")
edited("en/review-request",
       {"buyer_name": "Declan", "order_id": "113-1187459-6620348", "product": "Corrie 84-inch Sofa",
        "agent_name": "Amara Quist"},
       ["review-request", "word-changed"], "'If you have a moment' changed to 'When you have a moment'", """
Hi Declan, thank you for your order 113-1187459-6620348.
When you have a moment, would you share your experience with the Corrie 84-inch Sofa in a review on Amazon? Your thoughts help other shoppers decide.
Amara Quist, Fernhollow Home
""")
edited("en/short/cam-lock",
       {"buyer_name": "Bea", "agent_name": "Noor Halvorsen"},
       ["short", "line-added"], "'Thanks for the quick photo!' added to a two-line template", """
Hi Bea, thanks for the quick photo! The round cam locks turn clockwise with a flat screwdriver until the arrow points at the bolt; about half a turn is enough, so please do not force them further.
Noor Halvorsen, Fernhollow Home Support
""")
edited("zh/assembly/desk",
       {"buyer_name": "杨先生", "product": "Ashby L 型转角书桌", "order_id": "111-5092381-6674402",
        "agent_name": "唐静"},
       ["sentence-dropped", "line-added"], "结尾的偏心锁提示删去，加了“希望对您有帮助”", """
杨先生您好：

感谢您购买Ashby L 型转角书桌（订单号 111-5092381-6674402）。关于组装，建议按照以下顺序进行：

1. 把桌面朝下放在摊平的纸箱上，避免划伤；
2. 将木榫敲入两侧侧板的预留孔；
3. 先用手把偏心螺杆拧进桌面底部，再用内六角扳手拧紧半圈；
4. 把侧板对准螺杆装上，顺时针转动偏心锁，直到转不动为止；
5. 最后安装后挡板，再由两人一起把书桌翻正。

希望对您有帮助。

祝好，
唐静
Fernhollow Home 客服团队
""")
edited("zh/mattress/expansion",
       {"buyer_name": "林女士", "product": "Dunmore 25 厘米记忆棉床垫", "agent_name": "许嘉怡"},
       ["apology-added"], "开头加了“让您久等了，非常抱歉”", """
林女士您好：

让您久等了，非常抱歉。感谢您的留言。压缩床垫拆封后需要一些时间回弹：
\u2022 拆封约 4 小时后即可使用，完全回弹最长需要 72 小时；
\u2022 室温较低时回弹较慢，建议保持室温在 18\u00b0C 以上；
\u2022 四个角最后回弹，第一天边角偏软属于正常现象；
\u2022 新海绵的气味在通风良好的房间里几天内就会散去。

如果三天后Dunmore 25 厘米记忆棉床垫仍未达到标称厚度，请在床垫中间测量一下厚度并告诉我们。

许嘉怡
Fernhollow Home 客服
""")
edited("zh/hardware/identify-part",
       {"buyer_name": "郭先生", "order_id": "113-4402157-9915836", "product": "Ashby 120 厘米书桌",
        "part": "C 号偏心螺杆（8 个）", "location": "A 号五金包的小拉链袋里", "agent_name": "孙浩然"},
       ["label-lines", "word-changed", "line-added"], "“找一找”改为“看一看”，加了周末祝福", """
郭先生您好，

我们看了您发来的五金件照片，情况如下：

订单号：113-4402157-9915836
产品：Ashby 120 厘米书桌
配件：C 号偏心螺杆（8 个）
位置：A 号五金包的小拉链袋里

这类配件常常用胶带固定在板材侧边，或者压在泡沫垫下面，请先在这些地方看一看。如果确实没有，请直接回复本消息并注明配件编号，我们会为您安排补发。

祝您周末愉快！
孙浩然
""")
edited("zh/bed-base/remote-pairing",
       {"buyer_name": "马女士", "agent_name": "唐静"},
       ["sentence-dropped", "line-added"], "电池提示删去，加了“感谢您的耐心”", """
马女士您好：

关于 Restwell 电动床架遥控器无法使用的问题，请按以下步骤重新配对：

1. 拔掉床架电源，等待 30 秒后重新插上；
2. 一分钟内同时按住“放平”键和“灯光”键，直到遥控器指示灯闪烁；
3. 松开按键，床架轻微动一下即表示配对成功；
4. 如需使用 Fernhollow Rest App，请打开 App，点击“添加床架”，靠近床架按提示操作。

感谢您的耐心。

唐静
Fernhollow Home 客服团队
""")
edited("zh/bed-base/remote-pairing",
       {"buyer_name": "何先生", "agent_name": "许嘉怡"},
       ["word-changed", "line-added"], "开头加了感谢，“完全不亮”改为“一直不亮”", """
何先生您好：

感谢您的反馈。关于 Restwell 电动床架遥控器无法使用的问题，请按以下步骤重新配对：

1. 拔掉床架电源，等待 30 秒后重新插上；
2. 一分钟内同时按住“放平”键和“灯光”键，直到遥控器指示灯闪烁；
3. 松开按键，床架轻微动一下即表示配对成功；
4. 如需使用 Fernhollow Rest App，请打开 App，点击“添加床架”，靠近床架按提示操作。

如果遥控器指示灯一直不亮，请先更换两节 7 号电池。

许嘉怡
Fernhollow Home 客服团队
""")
edited("zh/review-request",
       {"buyer_name": "吴女士", "product": "Corrie 三人沙发", "order_id": "112-6627108-4430951",
        "agent_name": "孙浩然"},
       ["review-request", "short", "word-changed"], "“如果方便的话”改为“如果您有时间”", """
吴女士您好，感谢您购买Corrie 三人沙发（订单 112-6627108-4430951）。
如果您有时间，欢迎在亚马逊上留下评论，说说您的使用感受。
孙浩然
""")
edited("zh-tw/sofa/fabric-care",
       {"buyer_name": "鄭先生", "product": "Corrie 雙人座沙發", "agent_name": "林冠宇"},
       ["sentence-dropped", "line-added"], "刪去坐墊互換一項，加上週末祝福", """
鄭先生 您好：

感謝您詢問Corrie 雙人座沙發的布料保養方式。

\u30fb每週用軟毛刷頭吸塵一次；
\u30fb液體灑出時，立即用乾淨的濕白布輕壓吸乾，切勿來回搓揉；
\u30fb如有污漬，可用少量中性肥皂水處理，請先在不顯眼處測試；
\u30fb坐墊套不可機洗，以免縮水。

請避免沙發長時間受陽光直射，以免褪色。祝您週末愉快！

林冠宇
Fernhollow Home 客服團隊
""")
edited("zh-tw/warranty/evidence-request",
       {"buyer_name": "王小姐", "product": "Restwell 電動床架", "order_id": "112-9047716-3382510",
        "claim_id": "FH-WR-40733", "agent_name": "吳佩珊"},
       ["label-lines", "apology-added"], "開頭加上「抱歉讓您久等了」", """
王小姐 您好：

抱歉讓您久等了。很抱歉Restwell 電動床架出現問題。本產品享有有限保固，為了審核申請，請直接回覆本訊息並提供：
1. 床架底部或床墊側面產品標籤的照片；
2. 問題部位的照片，如有凹陷請放入捲尺一同拍攝；
3. 簡短說明您第一次發現問題的時間。

訂單編號：112-9047716-3382510
保固案件編號：FH-WR-40733

收到照片後，我們會在三個工作天內完成審核。

吳佩珊
Fernhollow Home 保固團隊
""")
edited("zh-tw/mattress/expansion",
       {"buyer_name": "洪先生", "product": "Dunmore 30 公分混合式床墊", "agent_name": "林冠宇"},
       ["hard-wrapped", "reordered", "line-added"], "氣味一句移到前面，加上「希望對您有幫助」", """
洪先生 您好，

感謝您購買Dunmore 30 公分混合式床墊。新泡棉的氣味在通風的房間裡，幾天內就會散去。
壓縮床墊拆封後需要時間回彈，
拆封約四小時即可使用，完全恢復厚度最長需要七十二小時。
室溫偏低會讓回彈變慢，四個角通常最後才會飽滿。

若三天後厚度仍然不足，請在床墊中央量測後告訴我們。希望對您有幫助。

林冠宇 敬上
""")
edited("zh/mattress/expansion",
       {"buyer_name": "Emily", "product": "Dunmore 12-inch Hybrid Mattress, Queen", "agent_name": "孙浩然"},
       ["code-switched", "line-added"], "English product name in the slot and an English closing line added", """
Emily您好：

感谢您的留言。压缩床垫拆封后需要一些时间回弹：
\u2022 拆封约 4 小时后即可使用，完全回弹最长需要 72 小时；
\u2022 室温较低时回弹较慢，建议保持室温在 18\u00b0C 以上；
\u2022 四个角最后回弹，第一天边角偏软属于正常现象；
\u2022 新海绵的气味在通风良好的房间里几天内就会散去。

如果三天后Dunmore 12-inch Hybrid Mattress, Queen仍未达到标称厚度，请在床垫中间测量一下厚度并告诉我们。
Hope this helps, and have a restful weekend!

孙浩然
Fernhollow Home 客服
""", lang="mixed")

# ---------------------------------------------------------------------------
# logistics: free-written, only about shipping/delivery/returns (labels [])
# ---------------------------------------------------------------------------
LOG = "logistics"
free(LOG, "en", [], ["freight", "appointment"], "freight appointment for a sofa, carrier will phone to book", """
Hi Mr. Pruitt,

Good news: your Corrie 84-inch Sofa reached the Ridgeline Freight terminal in Columbus this morning. The carrier will call the number on your Amazon order within one business day to book a four-hour delivery window, so please keep an eye out for an unknown caller.

The freight PRO number is RF-20384417 if you need to refer to the shipment.

Best,
Hollis Brennan
Fernhollow Home Support
""")
free(LOG, "en", [], ["white-glove", "delivery-scope"], "what white-glove delivery covers for a bed base", """
Hello Ms. Varga,

Your Restwell bed base is booked for white-glove delivery on Friday, May 16, between 1 pm and 5 pm. The two-person crew will carry it to the room of your choice, unbox it and take all of the packaging away with them.

Please make sure someone aged 18 or over is home for the whole window and that the path to the bedroom is clear.

Kind regards,
Teodor Vance
""")
free(LOG, "en", [], ["curbside", "delivery-scope"], "curbside freight delivery explained", """
Hi Jerome,

Your order ships as curbside freight delivery. That means the driver unloads the pallet at the end of your driveway or at the building entrance; the driver cannot bring it inside or up any steps.

The boxes weigh about 140 lb in total, so you may want a second person there on delivery day.

Thanks,
Amara Quist
""")
free(LOG, "en", [], ["tracking"], "tracking number for a flat-packed desk", """
Hi Samantha,

Your Ashby 47-inch Writing Desk left our warehouse this afternoon with UPS. The tracking number is 1Z8W4R730358216642 and UPS currently expects to deliver it on Wednesday.

The desk ships as a single carton, so one signature-free drop-off is all you should see.

Best wishes,
Noor Halvorsen
""")
free(LOG, "en", [], ["tracking", "short"], "short tracking update", """
Hi Jonah, your bookcase went out today with FedEx Ground, tracking 771244903381, due Thursday. Thanks for your patience! - Teodor
""")
free(LOG, "en", [], ["return", "freight", "near-miss"], "freight pickup for a sofa return; wrapping it for the pickup", """
Dear Mrs. Okafor-Reid,

We have set up the return pickup for your Corrie Loveseat (order 112-4417085-3306219). Ridgeline Freight will contact you to arrange a pickup date in the next three to five business days.

The loveseat does not have to go back into its original carton, but it does need to be wrapped, for example in moving blankets or plastic sheeting, so it is not damaged on the truck. Please remove the legs only if they unscrew easily; otherwise leave them on.

Once the carrier scans it, we will let you know here.

Regards,
Hollis Brennan
""")
free(LOG, "en", [], ["refund", "return"], "refund of a returned mattress", """
Hi Ms. Delacroix,

The carrier confirmed this morning that the Dunmore 12-inch Hybrid Mattress was picked up from your home, and we have issued a refund of $649.00 to your original payment method.

Banks usually show the credit within three to five business days. You will also see the refund under Your Orders.

Best regards,
Amara Quist
Fernhollow Home Support
""")
free(LOG, "en", [], ["address", "near-miss"], "delivery address updated before dispatch", """
Hello Mr. Achebe,

Thanks for letting us know about the move. Your bed base had not left the warehouse yet, so we updated the delivery address to 41 Larkspur Lane, Apt 3, before the freight booking was made.

The delivery date does not change; you should still hear from the carrier early next week.

Kind regards,
Noor Halvorsen
""")
free(LOG, "en", [], ["customs", "international"], "customs clearance for a desk shipped to Canada", """
Hi Genevieve,

Your L-shaped desk is on its way to Ontario through Amazon Global. It is clearing customs at the border crossing in Buffalo right now, which normally takes one to two business days.

The import fees deposit you paid at checkout covers duties and taxes, so there should be nothing to pay at the door. If the courier does ask for a payment, please decline it and let us know here.

Thank you,
Teodor Vance
""")
free(LOG, "en", [], ["damaged-box", "replacement", "near-miss"], "crushed carton: replacement box shipped, keep the damaged carton for inspection", """
Hi Raymond,

I am sorry the carton arrived with a crushed corner. Thank you for the photos; they show clearly that the damage happened in transit.

We have shipped a replacement box 2 of 3 for your Marlow 5-Tier Bookcase, tracking 1Z8W4R730361104478, expected on Monday. Please keep the damaged carton and its contents for now, because the carrier may want to inspect it for their claim. We will let you know when it can be recycled.

Sorry again for the trouble,
Hollis Brennan
""")
free(LOG, "en", [], ["missing-box", "multi-box"], "second box of a two-box sofa still in transit", """
Hello Ms. Tran,

The Corrie 84-inch Sofa ships in two boxes, and they do not always travel together. Box 1 of 2 was delivered yesterday; box 2 of 2 has its own tracking number, 1Z8W4R730377452910, and is scheduled for delivery tomorrow.

If box 2 has not arrived by Thursday evening, please reply here and we will open a trace with the carrier.

Best,
Amara Quist
""")
free(LOG, "en", [], ["questions", "stairs", "elevator", "parking"], "asks practical questions before booking white-glove delivery", """
Hi Mr. Lindqvist,

Before we book the white-glove delivery of your sofa, could you answer a few quick questions so the crew comes prepared?

1. Which floor is the apartment on, and is there an elevator the crew may use?
2. If there are stairs, roughly how many, and are there any tight turns?
3. Can a 26-foot truck park on your street or in a loading zone nearby?
4. Does your building need a certificate of insurance or a reserved elevator time?

Once we have your answers we will pass them to the carrier and confirm the date here.

Thanks,
Noor Halvorsen
""")
free(LOG, "en", [], ["delay", "weather"], "weather delay on a freight shipment", """
Dear Mrs. Whitcombe,

I am sorry for the delay. The storm in the Midwest closed the freight terminal in Indianapolis for two days, so your Restwell bed base is now expected to reach your local terminal on Tuesday instead of Friday.

The carrier will call to set up a new appointment as soon as it arrives. There is nothing you need to do in the meantime.

Sincerely,
Teodor Vance
Fernhollow Home Support
""")
free(LOG, "en", [], ["cancellation", "refund", "near-miss"], "order cancelled before shipping, refund issued", """
Hi Priscilla,

As requested, we cancelled order 113-5806327-1944025 for the Restwell Adjustable Bed Base before it left the warehouse. Because nothing shipped, the full amount will be refunded to your card; you do not need to return anything.

Best regards,
Hollis Brennan
""")
free(LOG, "en", [], ["redelivery", "appointment"], "missed freight appointment, rebooking", """
Hello Oscar,

The driver reports that nobody was home during yesterday's 8 am to 12 pm window, so the sofa went back to the terminal. No problem, these things happen.

Could you tell us two or three weekdays next week that work for you, and whether mornings or afternoons are better? We will pass them to the carrier to rebook the delivery. Please note that a third missed appointment may lead to a redelivery fee from the carrier.

Thanks,
Amara Quist
""")
free(LOG, "en", [], ["appointment", "short"], "short appointment confirmation", """
Thanks, Ms. Ito. The delivery is now booked for Tuesday between 8 am and 12 pm, and the driver will call about 30 minutes before arriving.

Noor Halvorsen
""")
free(LOG, "en", [], ["return", "mattress", "near-miss"], "mattress return: no need to re-box, pickup arranged", """
Hi Caleb,

You do not need to squeeze the mattress back into its box for the return. We have arranged a pickup, and the crew will collect the Dunmore 10-inch Memory Foam Mattress as it is, in the bag or without it.

The pickup company will text you a two-hour window the evening before. Your refund goes out as soon as they confirm the pickup.

Best,
Teodor Vance
""")
free(LOG, "en", [], ["questions", "access", "freight"], "asks about driveway access and a gate code before freight delivery", """
Hi Mrs. Abernathy,

Your bookcases are scheduled to leave the terminal tomorrow. The truck is large, so could you let us know:
- whether the truck can reach your house, or if there is a steep or narrow driveway;
- whether there is a gated entrance, and if so, add the gate code to the delivery instructions in Your Account.

Thank you, and we will confirm the final time here.

Hollis Brennan
""")
free(LOG, "zh", [], ["freight", "appointment"], "货运到达站点，承运商将致电预约", """
孙先生您好：

您订购的 Corrie 三人沙发已经到达 Ridgeline Freight 的芝加哥站点。承运商会在一个工作日内拨打您亚马逊订单上的电话，与您预约一个四小时的送货时段，请留意陌生来电。

货运单号：RF-20391052

许嘉怡
Fernhollow Home 客服团队
""")
free(LOG, "zh", [], ["tracking"], "书桌发货与追踪号", """
李女士您好，

您的 Ashby 120 厘米书桌今天已经通过 UPS 发出，追踪号是 1Z8W4R730384402217，预计周三送达。书桌只有一个包裹，请注意查收。

祝好，
孙浩然
""")
free(LOG, "zh", [], ["return", "pickup", "near-miss"], "沙发退货上门取件安排", """
赵女士您好：

您的 Corrie 双人沙发（订单 114-7724830-1059326）退货已经安排好了。货运公司会在三到五个工作日内联系您确认上门取件时间。

沙发不需要放回原包装箱，但请用搬家毯或塑料膜包好，以免运输途中损坏。取件完成后，我们会在这里通知您。

唐静
""")
free(LOG, "zh", [], ["refund", "return"], "床垫退货退款", """
吴先生您好：

承运商已确认从您家中取走了 Dunmore 25 厘米记忆棉床垫，我们已将 399.00 美元退回您的原付款方式，一般三到五个工作日内到账。

许嘉怡
""")
free(LOG, "zh", [], ["address", "near-miss"], "发货前修改收货地址", """
周女士您好，

收到您的留言。您的电动床架还没有出库，我们已经在预约货运之前把收货地址更新为新地址，送货日期不变。

孙浩然
""")
free(LOG, "zh", [], ["missing-box", "multi-box"], "多箱订单缺一箱，仍在运输中", """
郑先生您好：

Marlow 五层书架共分两箱发货，两箱不一定同时送达。第一箱昨天已签收，第二箱有单独的追踪号 1Z8W4R730390018825，预计明天送到。

如果周四晚上仍未收到第二箱，请回复本消息，我们会向承运商发起查件。

唐静
Fernhollow Home 客服团队
""")
free(LOG, "zh", [], ["damaged-box", "replacement", "near-miss"], "外箱破损，补发一箱，请保留破损箱待查验", """
冯女士您好：

非常抱歉包裹外箱在运输中被压坏了，感谢您发来照片。我们已为您补发 Ashby L 型转角书桌的第 2 箱，追踪号 1Z8W4R730395521036，预计下周一送达。

请先保留破损的纸箱和里面的板材，承运商可能需要上门查验。

许嘉怡
""")
free(LOG, "zh", [], ["questions", "stairs", "elevator", "parking"], "送货前询问楼层、电梯和停车", """
高先生您好，

为了安排电动床架的入户送货，想先跟您确认几件事：
1. 您住在几楼？楼里有没有可以使用的电梯？
2. 如果需要走楼梯，大概有多少级，转角窄不窄？
3. 您家门口或附近能否停放一辆大型货车？

收到您的回复后，我们会转告承运商并在这里确认送货日期。

孙浩然
""")
free(LOG, "zh", [], ["delay", "short"], "简短的延误说明", """
您好，由于暴风雪，货运站暂停作业两天，您的沙发预计推迟到下周二送达，承运商会重新和您预约时间。给您带来不便，非常抱歉。——唐静
""")
free(LOG, "zh", [], ["appointment", "freight", "traditional"], "預約送貨時段", """
陳先生 您好：

您訂購的 Restwell 電動床架已抵達當地貨運站，承運商會在一個工作天內致電您訂單上的號碼，預約四小時的送貨時段。

送貨當天請確保家中有成年人簽收，並把通往臥室的走道清空。

吳佩珊
""")
free(LOG, "mixed", [], ["tracking", "short", "code-switched"], "short code-switched tracking note", """
Hi Vivian，您的 Marlow ladder bookcase 今天已经由 FedEx Ground 发出，tracking number 771298034417，预计 Thursday 送达。Thanks for your patience! 许嘉怡
""")
free(LOG, "zh", [], ["return", "refund", "traditional", "near-miss"], "床墊退貨取件與退款", """
劉先生 您好：

床墊退貨不需要再壓回箱子裡。我們已安排取件，取件公司會在前一天晚上以簡訊通知您兩小時的時段。

確認取件後，我們會立即把款項退回您的原付款方式。

吳佩珊
Fernhollow Home 客服團隊
""")
free(LOG, "zh", [], ["missing-box", "multi-box", "traditional"], "兩箱沙發只收到一箱", """
楊小姐 您好：

Corrie 三人座沙發分成兩箱寄送，兩箱不一定會同一天到。第一箱已於昨天送達，第二箱的追蹤號碼是 1Z8W4R730402276619，預計明天送達。

若週四晚上仍未收到，請直接回覆本訊息，我們會請承運商協助查件。

林冠宇
""")
free(LOG, "mixed", [], ["tracking", "bilingual"], "bilingual tracking update (English paragraph, then Chinese)", """
Hi Ms. Zhou,

Your Dunmore 12-inch Hybrid Mattress shipped today with UPS, tracking 1Z8W4R730410093347, and should arrive on Friday.

周女士您好，您的床垫今天已通过 UPS 发出，追踪号 1Z8W4R730410093347，预计周五送达。

Amara Quist
""")
free(LOG, "mixed", [], ["freight", "code-switched"], "code-switched freight appointment reply", """
Kevin您好，

您的 sofa 已经到了 Ridgeline Freight 的 terminal，carrier 会在一个工作日内打电话给您 schedule delivery，送货 window 是四个小时。请注意这是 curbside delivery，司机只负责卸到门口或车道尽头。

PRO number: RF-20397738

孙浩然
""")
free(LOG, "mixed", [], ["questions", "elevator", "bilingual"], "bilingual questions about elevator and parking", """
Hi Mr. Wang, before we book the white-glove delivery: which floor is your apartment on, is there a freight elevator, and can a large truck park near the entrance?

王先生您好，预约入户送货之前想确认：您住几楼？有没有货梯？大型货车能否停在楼门口附近？

Noor Halvorsen
""")

# ---------------------------------------------------------------------------
# rewritten: non-logistics, free-written or heavily reworded ([template-required])
# ---------------------------------------------------------------------------
RW = "rewritten"
free(RW, "en", [TR], ["assembly"], "free-written assembly help: side panel upside down", """
Hi Marcus,

From your photo, the left side panel is upside down, which is why the holes for the back rail don't meet. Flip it so the edge with the shallow groove faces the back wall; the groove is where the thin back board slides in.

You won't need to take the whole desk apart. Undo the two cam locks on that side, turn the panel over and refit it, and the rail should line up.

Cheers,
Hollis
""")
free(RW, "en", [TR], ["hardware"], "free-written hardware identification: which bolts are which", """
Hello Ms. Fenwick,

Nothing is missing, I think. The bolts you thought were short are the E bolts, which hold the drawer runners. The leg bolts you are looking for are the longer D bolts with the flat black heads, and there are four of them in bag B, the larger of the two plastic bags.

If you count fewer than four D bolts once you have opened bag B, tell me and I will look into it.

Teodor Vance
""")
free(RW, "en", [TR], ["wobble"], "free-written wobble advice for the corner of an L-shaped desk", """
Hi Anjali,

A little sway at the corner of the L-shaped desk usually means the metal cross brace underneath went in before the two desktops were fully joined. Back the four brace screws out a couple of turns, press the two tops together at the seam, and then tighten the brace screws again. That tends to take the movement out completely.

Best,
Noor
""")
free(RW, "en", [TR], ["off-gassing", "mattress"], "free-written answer to a worry about the new-mattress smell", """
Dear Mr. Sorensen,

I understand the concern about the smell. What you notice is the normal odor of freshly made foam, and it is strongest in the first day or two after unboxing. Opening a window and leaving the mattress uncovered, without sheets, speeds things up a lot. Most customers tell us it is gone by the end of the first week.

The foams in the Dunmore range are CertiPUR-US certified.

Warmly,
Amara Quist
""")
free(RW, "en", [TR], ["product-question", "mattress"], "firmness question answered freely", """
Hi Ellie,

On a scale of 1 to 10 we would call the Dunmore Hybrid a 6, a medium-firm feel. Side sleepers usually find the shoulders sink in nicely, while stomach sleepers sometimes find it a touch soft. The top layer also softens slightly over the first month of use, which is expected.

Sleep well,
Hollis Brennan
""")
free(RW, "en", [TR], ["app", "bed-base"], "free-written app troubleshooting: phone cannot find the bed base", """
Hi Dominic,

If the Fernhollow Rest app can't see the base, the usual culprit is Bluetooth permission. On iPhone, go to Settings, scroll down to the app and turn Bluetooth on; on Android also allow Nearby devices. Then close the app completely and open it while you are within a few feet of the bed.

The base shows up as RESTWELL followed by four letters.

Teodor
""")
free(RW, "en", [TR], ["fabric-care", "stain"], "free-written stain advice: red wine on boucle", """
Hi Lorraine,

Oh no, red wine on the cream boucle! Don't panic. Press paper towels on it to soak up as much as you can, then dab with a mix of cold water and a few drops of clear dish soap. Work from the outside of the stain inward so it doesn't spread, and let it air dry. Please avoid hot water and anything with bleach.

Fingers crossed,
Noor Halvorsen
""")
free(RW, "en", [TR], ["warranty"], "warranty evidence request heavily reworded, far from en/warranty/evidence-request", """
Hi Mr. Castellano,

A dip of that size is definitely something we'd like to look at. The easiest way: strip the bed, lay a broom handle across the mattress where it dips and measure the gap underneath it with a ruler. A photo of that, plus one of the white tag sewn on the side, is all we need to get your claim moving.

Thanks,
Hollis Brennan
Fernhollow Home Warranty Team
""")
free(RW, "en", [TR], ["review-request", "neutral"], "a neutral review request written freely, not the en/review-request wording", """
Hello Ms. Quintero,

Thank you for ordering the Ashby desk from us. Whenever it suits you, an honest review of it on Amazon would be welcome; there is no obligation at all.

Amara Quist
""")
free(RW, "en", [TR], ["product-question", "bed-base"], "whether the bed base fits inside an existing bed frame", """
Hi Trevor,

Yes, the Restwell base is designed to sit inside most standard bed frames. The legs come off, so it can rest on a platform, or you can keep them on for a freestanding setup. Just check that the inside of your frame is at least 60.5 by 80 inches for a queen and that the headboard doesn't stop the head section from lifting.

Teodor Vance
""")
free(RW, "en", [TR], ["product-question", "desk"], "weight capacity of the desk", """
Hi Beatrix,

The Ashby desktop is rated for 110 lb spread evenly, so two monitors on arms plus a desktop PC is fine. If you are clamping a monitor arm, place it near one of the side panels rather than in the middle of the span, where the top has the least support.

Hollis
""")
free(RW, "en", [TR], ["sofa", "cushions"], "sofa cushions look flat: fluffing advice", """
Hello Mrs. Drummond,

The seat cushions on the Corrie are a feather and foam blend, so some flattening in the first weeks is normal. Give each cushion a firm karate chop along the sides and plump the back cushions every few days, a bit like a pillow. They will hold their shape better as the fill settles.

Kind regards,
Amara
""")
free(RW, "en", [TR], ["bookcase", "shelves"], "shelf pins and sagging shelves", """
Hi Felix,

For the long shelves, move the shelf pins to the holes just below the middle bracket so each board rests on four points instead of two. Also flip any board that has started to bow upside down; after a few weeks it usually straightens out. Keep the heaviest items toward the ends of each shelf, close to the sides.

Noor Halvorsen
""")
free(RW, "en", [TR], ["remote", "short"], "remote pairing heavily reworded into two lines", """
Quick fix for the dead remote, Gloria: pull the base's plug for half a minute, put it back, then hold down the flat-position and light keys at once until the little LED blinks. A slight nudge from the bed means they found each other again. - Teodor
""")
free(RW, "zh", [TR], ["assembly"], "书桌侧板装反，自由撰写", """
钱先生您好，

从照片看，右侧侧板上下装反了，所以后挡板的孔对不上。带浅槽的那一边应该朝向墙面，薄背板就是插进这个槽里的。

不用整张桌子拆掉，只要松开这一侧的两个偏心锁，把侧板翻过来重新装上就可以了。

唐静
""")
free(RW, "zh", [TR], ["off-gassing", "mattress"], "担心床垫气味是否有害，自由回答", """
蒋女士您好：

您担心的气味是新海绵刚生产出来时的正常味道，拆封后头一两天最明显。建议先不要铺床单，打开窗户通风，味道会散得快很多，一般一周之内就闻不到了。我们的床垫海绵通过了 CertiPUR-US 认证，请放心使用。

许嘉怡
""")
free(RW, "zh", [TR], ["app", "bed-base"], "App 搜不到床架，自由撰写", """
曹先生您好，

App 搜不到床架，多半是手机没有给 Fernhollow Rest 开蓝牙权限。请在手机设置里找到这个 App，打开蓝牙权限（安卓手机还要允许“附近设备”），然后彻底关掉 App，站在床边重新打开，就能看到以 RESTWELL 开头的设备名。

孙浩然
""")
free(RW, "zh", [TR], ["fabric-care", "stain", "cross-language"], "咖啡渍处理建议（布料保养模板只有繁体版）", """
您好，

沙发上洒了咖啡别着急：先用厨房纸把多余的液体吸掉，再用冷水加几滴洗洁精轻轻按压，从污渍外圈往里处理，最后自然晾干。千万不要用热水或含漂白成分的清洁剂。

唐静
""")
free(RW, "zh", [TR], ["anti-tip", "bookcase", "cross-language"], "书架防倾倒，只有英文模板，中文自由回答", """
彭女士您好：

书架的防倾倒带装在 K 号小袋里。建议先把书架靠墙放好，在墙上找到龙骨的位置再打孔固定；石膏板墙和砖墙需要的膨胀螺丝不一样，所以包装里没有附带，需要您按墙面材质另外准备。固定好之后再放书，重的书尽量放在下面几层。

许嘉怡
""")
free(RW, "zh", [TR], ["product-question", "mattress"], "床垫需不需要翻面", """
韩先生您好，

Dunmore 混合弹簧床垫是单面设计，不需要翻面，但建议头三个月每两周把床垫调个头（头尾对调）一次，之后每三个月调一次，这样睡感会更均匀。

孙浩然
""")
free(RW, "zh", [TR], ["wobble", "traditional", "cross-language"], "書桌搖晃，自由撰寫（無繁體模板）", """
許先生 您好：

書桌會晃，多半是桌腳下方的調整腳沒有轉到位。請把書桌放在平整的地面上，找出懸空的那一隻腳，把調整腳往外轉幾圈，直到四隻腳都穩穩踩地。如果是放在厚地毯上，也可以在腳下墊一塊小木板。

林冠宇
""")
free(RW, "zh", [TR], ["remote", "traditional", "cross-language"], "遙控器沒反應，重新改寫而非照簡體模板", """
邱小姐 您好，

遙控器沒反應的話，可以先試試這個方法：把床架插頭拔掉半分鐘再插回去，接著同時長按平躺鍵與燈光鍵，看到遙控器上的小燈開始閃，床架會輕輕動一下，就表示重新連上了。

若小燈完全不會亮，通常是電池沒電了。

吳佩珊
""")
free(RW, "zh", [TR], ["warranty", "traditional"], "保固所需照片，大幅改寫", """
羅先生 您好：

床墊凹陷的情況我們想看清楚一點：麻煩把床單拿掉，在凹陷處橫放一根掃把柄，用尺量一下下方的空隙，拍一張照片，再拍一張床墊側邊縫的白色標籤，我們就能開始處理。

林冠宇
Fernhollow Home 保固團隊
""")
free(RW, "mixed", [TR], ["assembly", "code-switched"], "code-switched cam lock advice", """
Jason您好，

cam lock 要用一字螺丝刀 clockwise 转，大概半圈就够了，箭头对着 bolt 的方向就说明锁紧了。如果转不动，通常是 cam bolt 没有拧到底，先把 bolt 再往里拧一点就好。

唐静
""")
free(RW, "mixed", [TR], ["fabric-care", "bilingual"], "bilingual care advice for velvet pile marks", """
Hi Grace, the pressure marks on the velvet are normal. Brush the pile gently in one direction with a soft clothes brush, or hold a steamer a few inches away and brush while it is warm.

Grace您好，丝绒上的压痕属于正常现象，用软毛衣刷顺着一个方向轻刷即可，也可以用挂烫机隔着几厘米熏一下再刷。

Amara Quist
""")
free(RW, "mixed", [TR], ["bed-base", "code-switched"], "code-switched answer about zero-gravity and memory presets", """
Linda您好，

remote 上的 ZG 键就是 zero-gravity 预设，按一下床头床尾会一起抬起。想保存自己喜欢的角度，调好之后长按 M1 三秒，听到 beep 就存好了，App 里的 Favorites 也会同步显示。

孙浩然
""")

# ---------------------------------------------------------------------------
# mixed-logistics: logistics reply plus a free non-logistics part ([template-required])
# ---------------------------------------------------------------------------
ML = "mixed-logistics"
free(ML, "en", [TR], ["tracking", "assembly"], "tracking update plus free assembly advice", """
Hi Natalie,

Your Ashby L-Shaped Corner Desk shipped this morning with UPS, tracking 1Z8W4R730421187754, and is due on Thursday.

A tip for when it arrives: build it in the room where it will stand, because the assembled desk will not fit through most doorways. Leave all the bolts slightly loose until both desktops are joined, then tighten everything at the end.

Best,
Hollis Brennan
""")
free(ML, "en", [TR], ["appointment", "mattress-advice"], "delivery appointment plus advice on letting the mattress expand", """
Hello Mr. Gallagher,

Your mattress delivery is confirmed for Saturday between 9 am and 1 pm.

Once it is unwrapped, I'd suggest sleeping on it the first night anyway but waiting a full three days before judging the firmness; it keeps getting softer and taller as it breathes.

Teodor Vance
""")
free(ML, "en", [TR], ["refund", "opinion"], "refund of a returned loveseat plus a personal opinion on its color (no purchase suggestion)", """
Hi Ms. Abara,

We received the returned Corrie Loveseat and your refund of $789.00 is on its way to your original payment method.

For what it's worth, I agree with you about the color: the sand fabric reads quite yellow in strong daylight and looks its best under warm evening lamps, so your photos match what we see here in the office.

Amara Quist
""")
free(ML, "en", [TR], ["address", "fabric-care"], "address update plus free fabric-care advice", """
Hi Ruth,

We updated the delivery address on your sofa order to your new apartment before it was handed to the carrier, so it will go straight there.

Since you asked about the pets: the performance velvet copes well with claws, and pet hair comes off easily with a damp rubber glove run across the cushions.

Best wishes,
Noor Halvorsen
""")
free(ML, "en", [TR], ["missing-box", "assembly"], "second box in transit plus advice to start assembly from box 1", """
Hello Mr. Varughese,

Box 2 of 2 of your bookcase is still in transit under tracking 1Z8W4R730433569021 and should arrive on Monday.

You can get a head start with box 1: it holds the side panels and the top, so you can fit the dowels and cam bolts now and just slide in the shelves when the second box arrives.

Hollis Brennan
""")
free(ML, "en", [TR], ["white-glove", "remote"], "white-glove appointment plus a free remote tip", """
Hi Carmen,

The white-glove team will bring your Restwell base on Wednesday between noon and 4 pm and set it in the bedroom.

One thing worth knowing: after they plug it in, hold the Flat button for a few seconds before using any preset so the base finds its starting position. It makes the first few uses a lot smoother.

Teodor
""")
free(ML, "en", [TR], ["damaged-box", "wobble"], "replacement for a damaged panel box plus a wobble fix", """
Hi Mr. Osterberg,

We have shipped a new box 1 of 2 to replace the one with the split corner; the tracking number is 1Z8W4R730448812370 and it should arrive on Tuesday.

About the slight wobble you mentioned on the half you already built: if the frame leans, loosen the bolts, square it against a wall corner and re-tighten them diagonally. That normally sorts it out.

Amara Quist
""")
free(ML, "en", [TR], ["questions", "opinion", "mattress"], "questions about stairs and parking plus an opinion on the ordered mattress for back sleepers", """
Hi Jada,

To book the delivery, could you tell me whether there are stairs up to your front door and where the truck can park?

Also, since you asked about sleeping on your back: in my experience the Hybrid you ordered suits back sleepers well; it has a bit more push-back than foam alone and sleeps cooler.

Noor Halvorsen
""")
free(ML, "en", [TR], ["tracking", "assembly", "short"], "short tracking note with an assembly tip", """
Hi Bruno, the desk ships today with FedEx, tracking 771303558826. Tip: screw the cam bolts in by hand first; it makes the rest of the build much easier. - Hollis
""")
free(ML, "zh", [TR], ["tracking", "assembly"], "发货追踪号加上自由的组装建议", """
罗女士您好，

您的 Ashby 120 厘米书桌今天已经通过 UPS 发出，追踪号 1Z8W4R730452290481，预计周四送达。

收到后建议直接在书房里组装，装好的书桌一般过不了门。所有螺丝先不要拧死，等桌面和侧板都装好后再统一拧紧，这样不容易歪。

许嘉怡
""")
free(ML, "zh", [TR], ["return", "opinion"], "退货取件安排加上对产品颜色的个人看法", """
谢先生您好：

您的沙发退货已经安排好了，货运公司会在三到五个工作日内联系您上门取件。

另外说一句个人看法：您提到米色在白天显得偏黄，我们也有同感，这个颜色在暖色灯光下看起来会柔和很多。

孙浩然
""")
free(ML, "zh", [TR], ["appointment", "mattress-advice"], "送货预约加上床垫回弹建议", """
胡女士您好，

床垫的送货时间已经确认为周六上午 9 点到下午 1 点。

拆开之后当晚就可以睡，不过建议等满三天再判断软硬，这几天床垫会继续回弹变厚。

唐静
""")
free(ML, "zh", [TR], ["missing-box", "remote"], "缺箱查件加上遥控器小提示", """
邓先生您好：

您电动床架的第二箱还在运输中，追踪号 1Z8W4R730466613905，预计下周一送到。

另外提醒一下，床架第一次通电后，先长按遥控器上的“放平”键几秒，让床架回到初始位置，之后使用预设角度会更顺畅。

许嘉怡
""")
free(ML, "zh", [TR], ["appointment", "fabric-care", "traditional"], "預約送貨加上沙發保養建議", """
謝小姐 您好：

您的 Corrie 三人座沙發預計下週三送達，承運商會提前一天聯絡您確認時段。

家裡有養貓的話，建議平常用微濕的橡膠手套在坐墊上抹一抹，貓毛很容易就能清掉。

吳佩珊
""")
free(ML, "zh", [TR], ["tracking", "anti-tip", "traditional"], "追蹤號加上書櫃防傾倒建議", """
蘇先生 您好，

您的 Marlow 五層書櫃已由 UPS 寄出，追蹤號碼 1Z8W4R730471128864，預計週五送達。

提醒您，書櫃組裝好後一定要先用防傾倒帶固定在牆上再放書，而且最好鎖在牆內的龍骨上，家裡有小朋友時更要注意。

林冠宇
""")
free(ML, "mixed", [TR], ["tracking", "assembly", "bilingual"], "bilingual tracking note plus an assembly tip", """
Hi Mr. Lin, your bookcase shipped today with UPS, tracking 1Z8W4R730489954302. When you build it, fit the back board before the middle shelf, or it will not slide in.

林先生您好，书架今天已经通过 UPS 发出，追踪号 1Z8W4R730489954302。组装时请先装背板再装中间那层隔板，否则背板插不进去。

Hollis Brennan
""")

# ---------------------------------------------------------------------------
# violating: break a content policy; template-required per judgement call (JC)
# ---------------------------------------------------------------------------
VI = "violating"
free(VI, "en", [RI], ["incentive", "template-based", "review-request"],
     "exact fill plus an appended $20-refund-for-5-stars sentence (JC1)", """
Hi Naomi, thank you for your order 112-8870342-5519608.
If you have a moment, would you share your experience with the Dunmore 12-inch Hybrid Mattress, Queen in a review on Amazon? Your thoughts help other shoppers decide.
As a thank-you, we refund $20 to every customer who leaves a 5-star review.
Hollis Brennan, Fernhollow Home
""", tid="en/review-request",
     values={"buyer_name": "Naomi", "order_id": "112-8870342-5519608",
             "product": "Dunmore 12-inch Hybrid Mattress, Queen", "agent_name": "Hollis Brennan"}, jc=1)
free(VI, "en", [MKT], ["promo-code", "cross-sell", "template-based"],
     "exact fill plus a P.S. with a discount code for matching pillows (JC1)", """
Hi Margot,

Thanks for your question about caring for the boucle fabric on your Corrie 84-inch Sofa.

- Vacuum the cushions weekly with a soft brush attachment.
- Blot spills right away with a clean, damp white cloth; do not rub.
- For marks, use a little mild soap in water and test it on a hidden area first.
- The cushion covers are not machine washable, because washing can shrink them.
- Swap the seat cushions around every few weeks so they wear evenly.

Keep the sofa out of strong direct sunlight so the color does not fade.

P.S. Our matching Corrie throw pillows just launched; use code FERNPILLOW15 for 15% off them in our Amazon store.

All the best,
Amara Quist
Fernhollow Home Support
""", tid="en/sofa/fabric-care",
     values={"buyer_name": "Margot", "fabric": "boucle fabric", "product": "Corrie 84-inch Sofa",
             "agent_name": "Amara Quist"}, jc=1)
free(VI, "en", [OPC], ["email", "template-based", "label-lines"],
     "fill whose reply channel is swapped for an e-mail address (JC1)", """
Hi Colin,

Thanks for the photo of the hardware. Here is what we found:

Order: 114-6605219-8830147
Product: Marlow 5-Tier Bookcase
Part: Part K, anti-tip strap kit
Where to find it: the small white bag inside the top panel carton

Parts for this range are often taped inside a panel edge or tucked under the foam insert, so please check there before assuming the part is missing. If it really is not in the box, email the part letter to parts@fernhollow-help.net and we will arrange a replacement.

Regards,
Noor Halvorsen
Fernhollow Home Support
""", tid="en/hardware/identify-part",
     values={"buyer_name": "Colin", "order_id": "114-6605219-8830147", "product": "Marlow 5-Tier Bookcase",
             "part": "Part K, anti-tip strap kit",
             "location": "the small white bag inside the top panel carton", "agent_name": "Noor Halvorsen"}, jc=1)
free(VI, "zh", [RI], ["incentive", "template-based", "review-request"],
     "exact fill plus 五星好评截图返现 sentence (JC1)", """
姜女士您好，感谢您购买Ashby 120 厘米书桌（订单 111-3350816-7428094）。
如果方便的话，欢迎在亚马逊上留下评论，说说您的使用感受。
留下五星好评并截图发给我们，即可获得 10 美元返现。
唐静
""", tid="zh/review-request",
     values={"buyer_name": "姜女士", "product": "Ashby 120 厘米书桌", "order_id": "111-3350816-7428094",
             "agent_name": "唐静"}, jc=1)
free(VI, "zh", [RI], ["gating", "template-based", "review-request", "traditional"],
     "fill turned into review gating: only satisfied buyers review, others contact the seller first (JC1)", """
林小姐 您好，感謝您購買Corrie 雙人座沙發（訂單 113-9916402-3357781）。
若您對商品滿意，歡迎在 Amazon 上留下評論，分享您的使用心得；若有任何不滿意，請先聯絡我們，不要留下評論。
Fernhollow Home 吳佩珊
""", tid="zh-tw/review-request",
     values={"buyer_name": "林小姐", "product": "Corrie 雙人座沙發", "order_id": "113-9916402-3357781",
             "agent_name": "吳佩珊"}, jc=1)
free(VI, "en", [OPC], ["phone", "logistics", "freight"],
     "freight appointment reply that asks the buyer to text a dispatcher's number (JC2)", """
Hi Mr. Delgado,

Your Restwell bed base is at the local freight terminal and ready to be delivered. To book the appointment quickly, please text your preferred day and a morning or afternoon window to our dispatcher at (312) 555-0164.

Thanks,
Teodor Vance
""", jc=2)
free(VI, "zh", [OPC], ["im-handle", "logistics"],
     "送货安排里要求买家加微信发门牌照片 (JC2)", """
宋先生您好，

您的沙发明天由货运公司送达。为了方便司机找到地址，请加我微信 fernhollow_kf 发一张门牌和楼门口的照片给我。

孙浩然
""", jc=2)
free(VI, "mixed", [OPC], ["url", "logistics", "bilingual"],
     "bilingual freight tracking reply linking to the seller's own tracking site (JC2)", """
Hi Ms. Huang, your sofa is on the truck. You can follow the freight on our own tracking page: https://track.fernhollow-freight.net/RF20412290

黄女士您好，您的沙发已经装车，可在我们的物流页面查看进度：https://track.fernhollow-freight.net/RF20412290

Amara Quist
""", jc=2)
free(VI, "en", [RI, TR], ["five-star", "logistics"],
     "delivery confirmation plus a request for a 5-star review (JC3)", """
Hi Stella,

Your desk is booked for delivery on Thursday between 10 am and 2 pm, tracking 1Z8W4R730495503117.

Once it is all set up, a 5-star review would mean the world to our small team!

Hollis Brennan
""", jc=3)
free(VI, "en", [RI, TR], ["change-review", "refund"],
     "refund of a return plus a request to remove a 1-star review (JC3)", """
Dear Mr. Whitaker,

We received the returned bookcase yesterday and issued a full refund of $219.99 to your original payment method.

Now that everything has been sorted out, would you please remove the 1-star review you posted on the product page?

Regards,
Noor Halvorsen
""", jc=3)
free(VI, "zh", [MKT, TR], ["sale", "logistics"],
     "发货通知加新品上市和八折促销 (JC3)", """
沈女士您好，

您的床垫今天已经通过 UPS 发出，追踪号 1Z8W4R730502281946，预计周五送达。

另外，我们的新款 Dunmore 记忆棉枕头本周上市，本店全场八折，欢迎再次选购。

许嘉怡
""", jc=3)
free(VI, "en", [OPC, TR], ["email", "assembly"],
     "free-written assembly help that asks for photos by e-mail (JC4)", """
Hi Patrick,

If the drawer sticks on one side, the runner on that side is most likely mounted one hole too low. Take the drawer out, move that runner up to the upper row of holes and it should glide evenly.

If it still sticks, email a couple of photos to hollis.b@fernhollow-help.net and I will take a look.

Hollis Brennan
""", jc=4)
free(VI, "zh", [OPC, TR], ["im-handle", "fabric-care", "traditional"],
     "自由撰寫的沙發保養建議，要求加 LINE (JC4)", """
周先生 您好：

絨布沙發上的壓痕是正常現象，用軟毛刷順著同一個方向輕刷，或用蒸氣熨斗隔幾公分噴一下再刷，就會恢復。

如果還有問題，歡迎加入我們的 LINE 官方帳號 @fernhollow_tw，傳照片給我們看看。

吳佩珊
""", jc=4)
free(VI, "en", [MKT, TR], ["promo-code", "remote"],
     "free-written remote help with a discount code for another product (JC4)", """
Hi Wesley,

The remote going to sleep after a minute is normal; press any button once to wake it, then use the presets as usual. The backlight only comes on while you are pressing a button.

By the way, our Restwell contour pillow pairs perfectly with the base, and code SLEEP20 takes 20% off it this week.

Teodor Vance
""", jc=4)
free(VI, "en", [RI, TR], ["gating", "review-request"],
     "free-written, gated review request, far from en/review-request (JC5)", """
Hey Chloe,

So happy the Corrie sofa is a hit in your living room! If you love it, please tell the world in a review on Amazon. And if anything is not quite right, message us first instead of posting a review, and we will fix it.

Amara
""", jc=5)
free(VI, "zh", [MKT, TR], ["sale", "new-product"],
     "整条回复只是新品上市和满减活动 (JC6)", """
您好，感谢咨询！我们的新款 Marlow 转角书架本周正式上市，店铺满 200 美元减 30 美元，活动只到周日，欢迎选购。

唐静
""", jc=6)

# ===========================================================================
# Judgement calls (violating category); JC_TR says whether template-required is expected
# ===========================================================================
JCS = OrderedDict([
    (1, "Filled template plus one violating sentence (or one swapped element): the message still "
        "matches its approved template closely (difflib >= 0.70 and its own template is the nearest), "
        "so only the content policy is expected. interface.md defines `template-required` as 'not about "
        "logistics AND not matching any approved template closely enough'; the second half is false here. "
        "A harmless added line ('hope this helps') in the filled-template category expects [], and the "
        "similarity test should not depend on what the added words say: catching the gift card, the "
        "coupon or the e-mail address is the content policy's job."),
    (2, "Logistics reply that adds an off-Amazon channel (phone number to text, WeChat, the seller's "
        "own tracking site) for the same delivery matter: the topic is still shipping/delivery/tracking, "
        "so `off-platform-contact` only. The channel is the violation, not the subject."),
    (3, "Logistics reply plus a sentence that is not logistics (a 5-star request, a request to remove a "
        "review, a product launch and sale): the message is no longer only about logistics and the "
        "added part matches no template, exactly as in mixed-logistics, so `template-required` is "
        "expected together with the content policy. policy.md lists review requests as a separate kind "
        "of permitted message, not as delivery, and marketing is never logistics."),
    (4, "Free-written non-logistics help (assembly, fabric care, remote) that also breaks a content "
        "policy: both labels. The violation does not turn free text into a template match."),
    (5, "Free-written review request (here also gated): a review request is not logistics, and the "
        "only approved wording is the neutral review-request template, which this text is far from; so "
        "`review-inducement` plus `template-required`."),
    (6, "A reply that is nothing but a launch and a store-wide sale: not logistics and far from every "
        "template, so `marketing` plus `template-required`."),
])
JC_TR = {1: False, 2: False, 3: True, 4: True, 5: True, 6: True}

# ===========================================================================
# Self-checks
# ===========================================================================
POLICIES = {"review-inducement", "review-request-limit", TR, "off-platform-contact", "marketing", "response-time"}
CONTENT = {RI, OPC, MKT}
CJK = re.compile(r"[\u3400-\u9fff]")
# (simplified, traditional) pairs where each form is specific to its script
ST = [(p[0], p[1]) for p in (
    "们們 这這 说說 请請 装裝 电電 时時 间間 联聯 问問 题題 谢謝 订訂 单單 号號 码碼 发發 "
    "货貨 运運 换換 垫墊 弹彈 软軟 书書 柜櫃 层層 沙沙 发發 坐坐 务務 队隊 团團 达達 "
    "后後 边邊 脚腳 锁鎖 转轉 键鍵 灯燈 闪閃 这這 为為 会會 个個 对對 动動 够夠 检檢 "
    "认認 确確 预預 约約 时時 气氣 宽寬 评評 论論 验驗 买買 帮幫 实實 产產 费費 现現 "
    "亲親 给給 让讓 开開 关關 东東 将將 从從 处處 尽盡 议議 满滿 饱飽 条條 纸紙 箱箱 "
    "续續 报報 证證 据據 补補 亚亞 马馬 逊遜 厘釐 体體 风風 网網 级級 楼樓 梯梯 门門 "
    "车車 辆輛 里裡 儿兒 维維 护護 渍漬 烫燙 丝絲 绒絨 压壓 痕痕 刷刷 湿濕 净淨").split()
    if p[0] != p[1]]
SIMP = {a for a, b in ST}
TRAD = {b for a, b in ST}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\uFE0F]")
PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}-\d{4}\b")
URL_MAIL = re.compile(r"https?://|www\.|[\w.]+@[\w-]+\.\w+|\.com\b|\.net\b")
NOTE_TID = re.compile(r"^((?:en|zh|zh-tw)/[a-z0-9/-]+):")
RISKY_LOG = re.compile(r"(?i)review|feedback|rating|star|coupon|discount|(?<!gate )\bcode\b|% off|promo|sale\b|"
                       r"whatsapp|wechat|telegram|instagram|facebook|\bline\b|"
                       r"评|評|星|优惠|優惠|折|返现|返現|微信|上市|促销")
EVIDENCE = {RI: re.compile(r"(?i)review|评|評"),
            MKT: re.compile(r"(?i)code|% off|launch|上市|八折|满.*减"),
            OPC: re.compile(r"(?i)555-01\d\d|https?://|@|微信|LINE")}
LANG_SHARE = {"en": (0.50, 0.60), "zh": (0.20, 0.30), "zh-trad": (0.09, 0.15), "mixed": (0.05, 0.11)}
CAT_RANGE = {"filled-template": (36, 44), "logistics": (30, 38), "rewritten": (22, 30),
             "mixed-logistics": (13, 19), "violating": (13, 19)}
FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def tokens(s):
    return re.findall(r"[A-Za-z0-9]+|[\u3400-\u9fff]", s.lower())


def tok_ratio(a, b):
    return difflib.SequenceMatcher(None, tokens(a), tokens(b), autojunk=False).ratio()


def skeleton(tid):
    return PH.sub("", TEMPLATES[tid])


def render_soft(tid, values):
    """Render with the reply's values where they fit; unknown placeholders become empty."""
    return PH.sub(lambda m: (values or {}).get(m.group(1), ""), TEMPLATES[tid])


def nearest(text, values):
    return max((ratio(text, render_soft(t, values)), t) for t in TEMPLATES)


def max_to_templates(text):
    """Highest char ratio and token ratio of text to any template with placeholders removed."""
    c = max((ratio(text, skeleton(t)), t) for t in TEMPLATES)
    w = max((tok_ratio(text, skeleton(t)), t) for t in TEMPLATES)
    return c, w


def lang_key(r):
    return "zh-trad" if "traditional" in r["tags"] else r["lang"]


def script_check(name, text, trad):
    han = set(CJK.findall(text))
    if not han:
        return
    if trad:
        check(not (han & SIMP), f"{name}: simplified characters {sorted(han & SIMP)}")
        check(len(han & TRAD) >= 2, f"{name}: too few traditional markers")
    else:
        check(not (han & TRAD), f"{name}: traditional characters {sorted(han & TRAD)}")
        check(len(han & SIMP) >= 2, f"{name}: too few simplified markers")


def self_check():
    # ---- templates
    check(15 <= len(TEMPLATES) <= 25, f"{len(TEMPLATES)} templates")
    check(any(t.count("/") >= 3 for t in TEMPLATES), "no template nested two folders deep")
    check(sum(TEMPLATES[t].count("\n") <= 2 for t in TEMPLATES) >= 3, "fewer than 3 short templates")
    for tid, body in TEMPLATES.items():
        check(PH.search(body), f"{tid}: no placeholder")
        rest = PH.sub("", body)
        check("{" not in rest and "}" not in rest, f"{tid}: stray brace")
        check("\n\n\n" not in body, f"{tid}: triple newline")
        check(not EMOJI.search(body), f"{tid}: emoji")
        check(not URL_MAIL.search(body) and not PHONE.search(body), f"{tid}: link, e-mail or phone")
        bad = re.search(r"(?i)coupon|discount|\bcode\b|% off|5-star|five-star|positive|whatsapp|wechat|"
                        r"\bline\b|微信|好评|好評|返现|五星|优惠|折扣|satisfied|happy", body)
        check(not bad, f"{tid}: non-compliant wording {bad.group(0) if bad else ''}")
        if tid.startswith("en/"):
            check(not CJK.search(body), f"{tid}: CJK in an English template")
        else:
            script_check(tid, body, tid.startswith("zh-tw/"))
    # template pairs must be distinguishable from each other
    ids = list(TEMPLATES)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            rr = ratio(skeleton(a), skeleton(b))
            check(rr < 0.6, f"templates {a} and {b} too similar ({rr:.2f})")

    # ---- replies
    seen = set()
    for i, r in enumerate(REPLIES, 1):
        rid, txt, cat = r["id"], r["text"], r["cat"]
        check(rid == f"t33-{i:03d}", f"{rid}: id out of sequence")
        check(txt and txt == txt.strip(), f"{rid}: empty or untrimmed")
        check(txt not in seen, f"{rid}: duplicate text")
        seen.add(txt)
        check(cat in CATS and r["tags"][0] == cat, f"{rid}: bad category/tags[0]")
        check(set(r["labels"]) <= POLICIES and len(set(r["labels"])) == len(r["labels"]), f"{rid}: labels")
        check(r["lang"] in ("en", "zh", "mixed"), f"{rid}: lang {r['lang']}")
        check("{{" not in txt and "}}" not in txt, f"{rid}: unfilled placeholder")
        check("\n\n\n" not in txt, f"{rid}: triple newline")
        check(not EMOJI.search(txt), f"{rid}: emoji")
        for m in PHONE.finditer(txt):
            check(re.search(r"555-01\d\d$", m.group(0)), f"{rid}: phone not 555-01xx: {m.group(0)}")
        # language and script
        ncjk = len(CJK.findall(txt))
        nlat = len(re.findall(r"[A-Za-z]{2,}", txt))
        if r["lang"] == "en":
            check(ncjk == 0, f"{rid}: CJK in an en reply")
        elif r["lang"] == "zh":
            check(ncjk > 3 * nlat, f"{rid}: zh reply not mostly Chinese ({ncjk} CJK, {nlat} latin words)")
        else:
            check(ncjk >= 10 and nlat >= 8, f"{rid}: mixed reply lacks one language")
        check(("traditional" in r["tags"]) <= (r["lang"] == "zh"), f"{rid}: traditional tag on non-zh")
        script_check(rid, txt, "traditional" in r["tags"])
        # note / template reference
        m = NOTE_TID.match(r["note"])
        if r["tid"]:
            check(r["tid"] in TEMPLATES, f"{rid}: unknown template {r['tid']}")
            check(m and m.group(1) == r["tid"], f"{rid}: note must start with '{r['tid']}:'")
            check(set(r["values"]) == set(PH.findall(TEMPLATES[r["tid"]])), f"{rid}: values vs placeholders")
            for k, v in r["values"].items():
                check(v and v in txt, f"{rid}: value of {k} not in text")
        else:
            check(not m, f"{rid}: note names a template but the reply has none")
        # category rules
        if cat in ("filled-template", "logistics"):
            check(r["labels"] == [], f"{rid}: {cat} must expect []")
            check(not URL_MAIL.search(txt) and not PHONE.search(txt), f"{rid}: link/e-mail/phone in a [] reply")
        if cat == "logistics":
            bad = RISKY_LOG.search(txt)
            check(not bad, f"{rid}: logistics reply has risky wording '{bad.group(0) if bad else ''}'")
        if cat in ("rewritten", "mixed-logistics"):
            check(r["labels"] == [TR], f"{rid}: {cat} must expect [template-required]")
        if cat == "filled-template":
            own = render(r["tid"], r["values"])
            if r["kind"] == "exact":
                check(txt == own, f"{rid}: exact fill differs from rendering")
            else:
                check(txt != own, f"{rid}: edited fill identical to rendering")
                rr = ratio(txt, own)
                r["sim"] = rr
                check(rr >= 0.70, f"{rid}: edited fill ratio {rr:.3f} < 0.70")
                best = nearest(txt, r["values"])[1]
                check(best == r["tid"], f"{rid}: nearest template {best}, not {r['tid']}")
        if cat == "violating":
            jc = r["jc"]
            check(jc in JCS, f"{rid}: no judgement call")
            check(set(r["labels"]) & CONTENT, f"{rid}: no content policy")
            check((TR in r["labels"]) == JC_TR.get(jc), f"{rid}: labels disagree with JC{jc}")
            for pol in set(r["labels"]) & CONTENT:
                check(EVIDENCE[pol].search(txt), f"{rid}: no visible evidence for {pol}")
            if jc == 1:
                check(r["tid"] is not None, f"{rid}: JC1 needs a source template")
                rr = ratio(txt, render(r["tid"], r["values"]))
                r["sim"] = rr
                check(rr >= 0.70, f"{rid}: template-based violation ratio {rr:.3f} < 0.70")
                best = nearest(txt, r["values"])[1]
                check(best == r["tid"], f"{rid}: nearest template {best}, not {r['tid']}")
        if TR in r["labels"]:
            (c, ct), (w, wt) = max_to_templates(txt)
            r["sim"], r["tsim"], r["near"] = c, w, ct
            check(c < 0.55, f"{rid}: char ratio {c:.3f} to {ct} >= 0.55 for a template-required reply")
            check(w < 0.55, f"{rid}: token ratio {w:.3f} to {wt} >= 0.55 for a template-required reply")
        else:
            check(cat in ("filled-template", "logistics", "violating"), f"{rid}: no TR in {cat}")

    # ---- distribution
    n = len(REPLIES)
    check(120 <= n <= 140, f"{n} replies")
    cc = Counter(r["cat"] for r in REPLIES)
    for c, (lo, hi) in CAT_RANGE.items():
        check(lo <= cc[c] <= hi, f"category {c}: {cc[c]} not in [{lo}, {hi}]")
    lc = Counter(lang_key(r) for r in REPLIES)
    for k, (lo, hi) in LANG_SHARE.items():
        check(lo <= lc[k] / n <= hi, f"language {k}: {lc[k] / n:.2%} not in [{lo:.0%}, {hi:.0%}]")
    kinds = Counter(r["kind"] for r in REPLIES if r["cat"] == "filled-template")
    check(abs(kinds["exact"] - kinds["edited"]) <= 2, f"exact/edited split {dict(kinds)}")
    used = Counter(r["tid"] for r in REPLIES if r["tid"])
    for t in TEMPLATES:
        check(used[t] >= 1, f"template {t} not used by any reply")
    for j in JCS:
        check(any(r["jc"] == j for r in REPLIES), f"JC{j} has no reply")
    for r in REPLIES:
        o = out_obj(r)
        check(json.loads(json.dumps(o, ensure_ascii=False)) == o, f"{r['id']}: JSON round trip")


# ===========================================================================
# Writers
# ===========================================================================
def out_obj(r):
    return OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                        ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])


def write_library():
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, body in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(body + "\n")


def write_jsonl():
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in REPLIES:
            f.write(json.dumps(out_obj(r), ensure_ascii=False) + "\n")


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def ids_where(pred):
    return ", ".join(r["id"] for r in REPLIES if pred(r))


def write_readme():
    L = []
    a = L.append
    a("# t33: hand-labelled held-out test set for `template-required`\n")
    a("Everything here is generated by `gen.py`, which holds every template and reply as a literal. "
      "Run `python3 gen.py` to rewrite `library/`, `replies.jsonl` and this README; it runs the "
      "self-checks first and exits 1 (writing nothing) if any fails. The set was written from "
      "`/work/shared/interface.md` and `/work/shared/policy.md` only, without looking at or running "
      "any linter.\n")
    a("## Seller (invented)\n")
    a("**Fernhollow Home** sells home furniture on Amazon.com that ships flat-packed by parcel or "
      "by LTL freight: the Ashby 47-inch writing desk and L-shaped corner desk, Marlow 5-tier and "
      "ladder bookcases (with an anti-tip strap kit), Corrie sofas and loveseats (two boxes, freight, "
      "curbside or white-glove), Dunmore bed-in-a-box mattresses (12-inch hybrid, 10-inch memory foam) "
      "and the Restwell adjustable bed base with a wireless remote and the Fernhollow Rest app. "
      "Agents: Hollis Brennan, Amara Quist, Teodor Vance, Noor Halvorsen (English); 许嘉怡, 孙浩然, 唐静 "
      "(Simplified Chinese); 吳佩珊, 林冠宇 (Traditional Chinese). Every person, order id, tracking/PRO "
      "number, claim id, handle, domain and phone number (US 555-01xx only) is invented; the carrier "
      "Ridgeline Freight is invented too.\n")
    a("## Files\n")
    a("| file | content |\n| --- | --- |")
    a("| `gen.py` | all templates and replies as literals, the self-checks and the writers |")
    a("| `library/` | approved templates, one `*.txt` each; template id = path under `library/` without `.txt`; use as `--templates library` |")
    a("| `replies.jsonl` | one reply per line: `id` (t33-001 ...), `text`, `labels` (expected policies; `[]` = nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; `traditional` marks Traditional Chinese), `note` (starts with `<template id>:` when the reply comes from a template), `context` (always `reply`) |")
    a("| `README.md` | this file |\n")
    a("## Templates\n")
    a("| id | script | topic | layout | placeholders | replies using it |")
    a("| --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        script = "en" if tid.startswith("en/") else ("zh-Hant" if tid.startswith("zh-tw/") else "zh-Hans")
        ph = ", ".join(dict.fromkeys(PH.findall(TEMPLATES[tid])))
        n = sum(r["tid"] == tid for r in REPLIES)
        a(f"| `{tid}` | {script} | {cell(TOPIC[tid])} | {cell(LAYOUT[tid])} | {ph} | {n} |")
    a("")
    a("## Counts\n")
    langs = [("en", "en"), ("zh", "zh (Simplified)"), ("zh-trad", "zh (Traditional)"), ("mixed", "mixed")]
    cnt = Counter((r["cat"], lang_key(r)) for r in REPLIES)
    exp = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
           "mixed-logistics": "`[template-required]`",
           "violating": "content policy, + `template-required` per judgement call"}
    a("| category | expected labels | " + " | ".join(h for _, h in langs) + " | total |")
    a("| --- | --- | " + " | ".join("---" for _ in langs) + " | --- |")
    for c in CATS:
        row = [cnt[(c, k)] for k, _ in langs]
        a(f"| {c} | {exp[c]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, k)] for c in CATS) for k, _ in langs]
    n = len(REPLIES)
    a("| **total** | | " + " | ".join(map(str, tot)) + f" | {n} |")
    a("| share | | " + " | ".join(f"{x / n:.0%}" for x in tot) + " | 100% |\n")
    ntr = sum(TR in r["labels"] for r in REPLIES)
    a(f"Expecting `template-required`: {ntr}; not expecting it: {n - ntr}. "
      f"Filled templates: {sum(r['kind'] == 'exact' for r in REPLIES)} exact, "
      f"{sum(r['kind'] == 'edited' for r in REPLIES)} lightly edited. "
      "`mixed` replies are bilingual (an English paragraph and its Chinese version) or code-switched "
      "Chinese with English terms.\n")
    a("## Similarity checks (difflib `SequenceMatcher`, `autojunk=False`)\n")
    ed = [r["sim"] for r in REPLIES if r["kind"] == "edited"]
    v1 = [r["sim"] for r in REPLIES if r["cat"] == "violating" and r["jc"] == 1]

    def mx(cat, key="sim", extra=lambda r: True):
        xs = [r[key] for r in REPLIES if r["cat"] == cat and TR in r["labels"] and extra(r)]
        return max(xs)
    a(f"- Edited fills vs. their own template rendered with the same values: min {min(ed):.2f}, "
      f"max {max(ed):.2f} (required >= 0.70), and for every edited fill its own template is the nearest "
      "of all templates.")
    a(f"- Template-based violating replies (JC1) vs. their own template: min {min(v1):.2f} (required >= 0.70, "
      "own template nearest).")
    a("- Replies expecting `template-required` vs. every template with placeholders removed, by characters "
      "and by word/CJK-character tokens (both required < 0.55):")
    for c in ("rewritten", "mixed-logistics", "violating"):
        worst = max((r for r in REPLIES if r["cat"] == c and TR in r["labels"]), key=lambda r: r["sim"])
        a(f"  - {c}: max char ratio {mx(c):.2f} ({worst['id']} to `{worst['near']}`), "
          f"max token ratio {mx(c, 'tsim'):.2f}")
    a("- No two templates are closer than 0.60 to each other, so a reply cannot sit between two of them.")
    a("- Other checks: ids in sequence, no duplicate texts, no unfilled `{{...}}`, no emoji; script "
      "checks (no Traditional-only characters in Simplified text and the reverse); phone numbers only "
      "555-01xx; no link, e-mail or phone in any `[]` reply; no review, coupon, sale or messaging-app "
      "words in logistics replies; every violating reply visibly contains what its content label names; "
      "category and language shares within bounds; every template used at least once.\n")
    a("These ratios only sanity-check the labels; they are not meant to be the linter's measure.\n")
    a("## Violating replies\n")
    a("| id | lang | labels | JC | source | what it does |\n| --- | --- | --- | --- | --- | --- |")
    for r in REPLIES:
        if r["cat"] != "violating":
            continue
        lg = r["lang"] + (" (Trad.)" if "traditional" in r["tags"] else "")
        src = f"`{r['tid']}`" if r["tid"] else "free-written"
        what = NOTE_TID.sub("", r["note"]).strip()
        a(f"| {r['id']} | {lg} | {', '.join('`%s`' % x for x in r['labels'])} | {r['jc']} | {src} | {cell(what)} |")
    a("")
    a("## Judgement calls\n")
    a("Violating replies (the question: does a reply that breaks a content policy also expect "
      "`template-required`?). The rule applied throughout: `template-required` is decided exactly as for a "
      "compliant reply, from topic and template similarity alone, and the content policies are labelled "
      "on top.\n")
    for j, t in JCS.items():
        a(f"{j}. {t} ({ids_where(lambda r, j=j: r['jc'] == j)})")
    a("")
    a("Other calls that apply to the whole set:\n")
    a("- **Logistics** = shipping, freight appointments, white-glove/curbside scope, tracking, delivery "
      "delays, redelivery, address changes, cancellations, customs and import fees, returns and pickups "
      "of large items, refunds of returns, replacement of a damaged box, and a missing box of a multi-box "
      "order. Asking the buyer practical delivery questions (floor, elevator, stairs, parking, gate code) "
      "is logistics. Telling the buyer the carrier will phone the number on the Amazon order names no "
      "number and is not off-platform contact. Replies tagged `near-miss` contain words such as refund, "
      "cancel, remove or update in a purely logistics sense and expect `[]`.")
    a("- **Mixed-logistics** free parts were kept free of other violations: opinions are about the product "
      "the buyer already has or returned, never a suggestion to buy something.")
    a("- **Cross-language**: an answer whose topic has a template only in another language or script is "
      "free text and expects `template-required`: "
      + ids_where(lambda r: "cross-language" in r["tags"])
      + ". The Traditional remote reply is reworded, not a character-by-character script conversion of the "
      "Simplified template; such a conversion would be a harder call and is deliberately not in the set.")
    a("- A **neutral review request written freely** (not the template wording) is not `review-inducement` "
      "but does expect `template-required`: " + ids_where(lambda r: "neutral" in r["tags"]) + ".")
    a("- An **edited fill with code-switching** (English product name in a Chinese template plus an English "
      "closing line) is still a fill and expects `[]`: " + ids_where(lambda r: r["cat"] == "filled-template" and r["lang"] == "mixed") + ".")
    a("- Exact fills with two order ids in one slot or a 150+ character product title in a short template "
      "are still exact fills: " + ids_where(lambda r: {"two-orders", "long-value"} & set(r["tags"]) and r["cat"] == "filled-template") + ".")
    a("- The neutral review-request templates are compliant once per order; each such reply belongs to a "
      "different order, so `review-request-limit` is never expected.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    self_check()
    c = Counter(r["cat"] for r in REPLIES)
    lc = Counter(lang_key(r) for r in REPLIES)
    print(f"templates: {len(TEMPLATES)}; replies: {len(REPLIES)} "
          f"({', '.join(f'{k} {c[k]}' for k in CATS)}); langs: {dict(lc)}")
    if FAILS:
        for m in FAILS:
            print("FAIL:", m, file=sys.stderr)
        print(f"{len(FAILS)} check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    write_library()
    write_jsonl()
    write_readme()
    # read back
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    check([x["id"] for x in rows] == [r["id"] for r in REPLIES], "replies.jsonl read-back")
    lib = os.path.join(HERE, "library")
    found = sorted(os.path.relpath(os.path.join(d, x), lib)[:-4].replace(os.sep, "/")
                   for d, _, fs in os.walk(lib) for x in fs if x.endswith(".txt"))
    check(found == sorted(TEMPLATES), "library/ contents")
    for tid in TEMPLATES:
        with open(os.path.join(lib, *tid.split("/")) + ".txt", encoding="utf-8") as f:
            check(f.read() == TEMPLATES[tid] + "\n", f"{tid}: read-back")
    if FAILS:
        for m in FAILS:
            print("FAIL:", m, file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
