#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t81: builder and self-checks of a blind, hand-labelled held-out set for msglint's `template-required` policy.

The texts live in gen_templates.py (approved library) and gen_replies.py (labelled replies).

  python3 gen.py                 run the self-checks; only if all pass, rewrite library/ and replies.jsonl,
                                 then validate the written files (and the tables in README.md)
  python3 gen.py --check [DIR]   validate the files on disk only (default: this directory)
  python3 gen.py --tables        run the self-checks, then print the tables that README.md quotes
Standard library only.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA          # noqa: E402
from gen_replies import REPLIES, render, PH_RE      # noqa: E402

PREFIX = "t81"
LABELS = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten",
        "mixed-logistics", "violating"]
# Labels each non-violating category must carry.
CAT_LABELS = {"filled-template": [], "fill-plus-logistics": [], "logistics": [],
              "free-non-logistics": ["template-required"], "rewritten": ["template-required"],
              "mixed-logistics": ["template-required"]}
COLS = ["en", "zh", "zh-tw"]
TEMPLATE_COUNTS = {"en": 9, "zh": 5, "zh-tw": 4}

# Judgement calls, numbered as in README.md. Every JCn in a note must exist here and each must be cited.
JCS = OrderedDict([
    (1, "a fill plus one free-written logistics sentence stays []"),
    (2, "greetings, sign-offs, warm lines, long slot values, reflow, merge/split, reorder, one paraphrase keep a fill a fill"),
    (3, "template plus a violating sentence: content label and template-required, unless the addition is logistics"),
    (4, "packing a typewriter for a return/exchange/repair shipment is logistics; carriage lock for own travel or storage is product use"),
    (5, "order-fulfilment corrections (wrong item, missing part, duplicate or accidental order, back-order date) are logistics"),
    (6, "transit damage and customs are logistics"),
    (7, "carriage rules for the flammable cleaning fluid are logistics; using or flying with it yourself is not"),
    (8, "logistics plus a non-logistics part is template-required"),
    (9, "neutral review request: filled template [], own words template-required only"),
    (10, "free-written product advice and holding replies are template-required, however sound, even with shipping-like words"),
    (11, "unpacking and first set-up after delivery (transit screw, packing foam) is product use, not logistics"),
    (12, "an invoice request is order paperwork, not logistics: template-required"),
    (13, "a rewrite that keeps a template's facts is still template-required"),
    (14, "content-policy near-misses that must not be flagged (refund amounts, free label, cancel, keep it, no charge)"),
    (15, "free-written logistics needs no template"),
    (16, "shipping arrangements of a warranty repair are logistics; the warranty decision is not"),
])

# ---------------------------------------------------------------- names the model set uses (refused)
MODEL_NAMES = [
    # seller, products, staff, ids, handles, codes, domain of the model set (t57 / t48)
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Leaflight", "Cairn 3000",
    "SUNNYRIDGE", "FHP-C-", "1Z8W3E61", "775-555-0163", "Perpetua", "Nkemelu-Ward", "Barnaby Quist", "Quist",
    "Ottilie", "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
    # sets the model set itself refuses
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel",
    "PLR-W-", "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale",
    "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Brisa",
    "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe", "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge",
    "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven",
    "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y",
    "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer",
    "Ellingham", "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth",
    "Thistlewood", "Quartermaine", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生",
    "尤先生", "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "Ambrose", "Anouk",
    "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah", "Tamsin Ode",
    "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn", "Elphick",
    "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid",
    "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane", "Pryce-Moreno",
    "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic",
    "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir",
    "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh",
    "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska",
    "Prewitt", "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe",
    "Danvers", "Mr Adeyemi", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士",
    "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士",
    "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐",
    "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士",
    "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生",
    "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太",
    "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
]
# the model set's buyers (surnames or first names, and Chinese name + title)
MODEL_BUYERS = [
    'Achterberg', 'Adeleke-Rowe', 'Ambler', 'Ashdown', 'Ballantyne', 'Brandvold', 'Brightman', 'Brockhurst',
    'Caldwell-Ansah', 'Cathcart', 'Chatterjee-Holm', 'Dario', 'Darrowby', 'Delgadillo', 'Dunleavy', 'Dunmore',
    'Ellsworth', 'Eskildsen', 'Estrada-Vaughn', 'Fairweather-Nash', 'Farrant', 'Fenwick-Adair', 'Ferencz',
    'Gagnon-Reyes', 'Gillespie', 'Gorringe', 'Greenhalgh', 'Grunwald', 'Haldane', 'Halvorsen-Udo', 'Harcourt',
    'Haverstock', 'Hollingbury', 'Ibekwe', 'Ingleby', 'Jonah', 'Kaminski-Boyd', 'Kealoha-Brandt', 'Kettering',
    'Koenigsberg', 'Lindgren', 'Linnea', 'Lisowski', 'Lovejoy', 'Marchbanks', 'Nakashima-Roe', 'Okonkwo-Baird',
    'Okparaeke', 'Orlova', 'Ostergaard', 'Pellworth', 'Pennock', 'Penrose', 'Pikesley', 'Pryor', 'Quarrie',
    'Quaye', 'Quintero', 'Reinholt', 'Rookwood', 'Rosenthal-Ayo', 'Ruthven', 'Sandoval-Kaye', 'Sorensen-Mbeki',
    'Strand', 'Thornbury', 'Thorsby', 'Tiernan', 'Tolliver', 'Tremaine', 'Tshabalala', 'Valcourt',
    'Vasquez-Ibe', 'Ventris', 'Wainaina', 'Yarrow', 'Yusupova', '严女士', '乔先生', '付女士', '伍女士', '兰先生', '卓先生', '单女士',
    '卢女士', '史女士', '呂小姐', '喻女士', '姜先生', '季先生', '官小姐', '宫女士', '尹女士', '巫先生', '庞先生', '廖先生', '戈先生', '成先生', '方先生',
    '时先生', '晏女士', '杜先生', '杭先生', '柯先生', '桂女士', '樊女士', '歐先生', '武女士', '殷女士', '毕先生', '毛先生', '汤先生', '汪小姐', '洪女士',
    '游小姐', '湯小姐', '潘先生', '甘女士', '申先生', '白先生', '盛女士', '盧小姐', '祁先生', '祝女士', '童先生', '米先生', '粘先生', '羅先生', '翁小姐',
    '莫先生', '薛先生', '裴女士', '覃小姐', '詹太太', '诸先生', '贺女士', '辜太太', '連先生', '邢太太', '邬女士', '邵先生', '郝先生', '闫先生', '阮先生',
    '阮小姐', '霍先生', '顏先生', '馬小姐', '鲁女士', '黎女士', '齊小姐', '龔太太',
]
MODEL_ORDERS = [
    '111-3086754-2219473', '111-4407293-8813560', '111-8824067-3360915', '112-3307159-8861420',
    '112-4093176-8830251', '112-5518046-3027719', '112-6650932-1174408', '112-7741590-3308126',
    '113-1570348-6629034', '113-5502918-7746130', '113-7702164-5591408', '113-8405276-1139602',
    '113-8860134-2275509', '113-9920415-2248371', '114-2093371-6650182', '114-3381260-9905127',
    '114-5527630-0913384', '114-6032817-4459021',
]
REFUSED = MODEL_NAMES + MODEL_BUYERS + MODEL_ORDERS
_REF_ASCII = [(n, re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I)) for n in REFUSED if n.isascii()]
_REF_CJK = [n for n in REFUSED if not n.isascii()]

# ---------------------------------------------------------------- wording rules
CJK = re.compile(r"[\u3400-\u9fff]")
# Simplified (or mainland-only) forms that Big5 can still encode; a Traditional text must not use them.
NOT_TRAD = set("后里干台冲于准范几松尽么这为说会时个对发们来过还样没单铁钟线门问间车装带")
# Wording that only a violating reply may contain (checked case-insensitively).
BANNED = ["http", "www.", "@", ".com", "whatsapp", "wechat", "微信", "instagram", "facebook", "粉絲專頁", "paypal",
          "555-01", "email", "e-mail", "邮箱", "coupon", "% off", "25%", "discount", "promo", "stock up", "launches",
          "5-star", "five-star", "two-star", "1-star", "五星", "一星", "好评", "好評", "差评", "差評", "返现", "返現",
          "半价", "九折", "八折", "官网", "官網", "預購", "赠送"]
# A content label needs one of its markers in the reply.
MARKERS = {"review-inducement": ["review", "评", "評"],
           "marketing": ["%", "launch", "半价", "折", "上市"],
           "off-platform-contact": ["555-01", "@", ".com", "微信", "facebook", "paypal", "instagram"]}
# Words that show a text (or an added sentence) is about a logistics matter.
LOGISTICS = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel",
             "label", "carrier", "courier", "pickup", "packing", "warehouse",
             "运单", "退货", "送达", "送到", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收",
             "补发", "派送", "寄回", "出库",
             "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "地址", "取件", "換貨", "退款", "關稅", "海關",
             "退貨標籤"]
# Identifier formats. Every long number must be one of these, and each id is used once in the set.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZA7R964\d{10}\b|\b9234\d{18}\b|\b3958\d{8}\b|\bBTW-\d{5}\b")
LONG_NUMBER = re.compile(r"(?<![\d-])\d{7,}(?![\d-])|\b1Z\w+|\bBTW-\w+")
GREETING = re.compile(r"^(?:(?:Hello|Hi|Dear|Good (?:morning|afternoon|evening)) (?P<en>[^,\n]+),"
                      r"|(?P<zh>[^\s，]+)(?:，| )(?:您好|下午好|晚上好|午安|晚安)：)$")
FILL_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {tid: ratio(text, bare(tid)) for tid in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def refused(text):
    hits = [n for n, rx in _REF_ASCII if rx.search(text)]
    return hits + [n for n in _REF_CJK if n in text]


def braces_left(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_problems(text, col):
    """en: ASCII only. zh: GB2312. zh-tw: Big5 and none of the simplified forms in NOT_TRAD."""
    if col == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII (%s)" % e]
        return []
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if col == "zh-tw" else "gb2312")
    except UnicodeEncodeError as e:
        return ["outside the %s script (%s)" % ("Big5" if col == "zh-tw" else "GB2312", e)]
    if col == "zh-tw" and set(body) & NOT_TRAD:
        return ["simplified forms in Traditional text: " + "".join(sorted(set(body) & NOT_TRAD))]
    return []


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def has_any(text, words):
    low = text.lower()
    return any(w in low for w in words)


def self_checks():
    errs = []
    # ---------------- templates
    per_col = Counter(m[0] for m in TMETA.values())
    if dict(per_col) != TEMPLATE_COUNTS:
        errs.append("template counts %s, expected %s" % (dict(per_col), TEMPLATE_COUNTS))
    for tid, text in TEMPLATES.items():
        c = TMETA[tid][0]
        names = PH_RE.findall(text)
        if not tid.startswith(c + "/"):
            errs.append("template %s: id does not start with its language %s" % (tid, c))
        if braces_left(text):
            errs.append("template %s: unbalanced braces" % tid)
        if "buyer_name" not in names or "agent_name" not in names:
            errs.append("template %s: needs buyer_name and agent_name" % tid)
        if len(names) != len(set(names)):
            errs.append("template %s: a placeholder appears twice" % tid)
        if has_any(text, BANNED) or refused(text):
            errs.append("template %s: offending wording or model names %s" % (tid, refused(text)))
        errs += ["template %s: %s" % (tid, p) for p in script_problems(bare(tid), c)]
    if sum(1 for t in TEMPLATES if t.endswith("/review/neutral-request")) != 3:
        errs.append("expected one neutral review template per language")
    tids = list(TEMPLATES)
    for i, a in enumerate(tids):
        for b in tids[i + 1:]:
            x = ratio(bare(a), bare(b))
            if x >= TEMPLATE_MAX:
                errs.append("templates too alike: %s / %s (%.2f)" % (a, b, x))
    # ---------------- replies
    texts, ids, buyers, cited, used_templates = set(), Counter(), Counter(), set(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab, c = r["text"], r["cat"], r["labels"], col(r)
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": category/tags[0]")
        if t in texts:
            errs.append(rid + ": duplicate text")
        texts.add(t)
        if braces_left(t) or "{" in t or "  " in t or "\t" in t or "\n\n\n" in t or t != t.strip():
            errs.append(rid + ": formatting (braces, double spaces, tabs, blank lines)")
        if refused(t):
            errs.append("%s: names of the model set: %s" % (rid, refused(t)))
        if lab != sorted(set(lab)) or not set(lab) <= LABELS:
            errs.append(rid + ": labels not sorted or unknown")
        errs += ["%s: %s" % (rid, p) for p in script_problems(t, c)]
        if r["lang"] == "en" and CJK.search(t):
            errs.append(rid + ": Chinese in an English reply")
        if r["lang"] == "zh" and not CJK.search(t):
            errs.append(rid + ": zh reply without Chinese")
        for m in ID_RE.findall(t):
            ids[m] += 1
        for m in LONG_NUMBER.findall(t):
            if not ID_RE.fullmatch(m):
                errs.append("%s: malformed id %s" % (rid, m))
        g = GREETING.match(t.split("\n")[0])
        if not g:
            errs.append(rid + ": first line is not a greeting")
        else:
            who = g.group("en") or g.group("zh")
            buyers[who] += 1
            if r["tid"] and who != r["vals"]["buyer_name"]:
                errs.append(rid + ": greeting name differs from buyer_name")
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if jcs - set(JCS):
            errs.append("%s: unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in CAT_LABELS and lab != CAT_LABELS[cat]:
            errs.append("%s: labels %s do not fit category %s" % (rid, lab, cat))
        if cat != "violating" and has_any(t, BANNED):
            errs.append("%s: offending wording outside violating: %s" % (rid, [w for w in BANNED if w in t.lower()]))
        if cat == "violating":
            content = set(lab) - {"template-required"}
            if not content:
                errs.append(rid + ": violating reply without a content label")
            for l in content:
                if not has_any(t, MARKERS[l]):
                    errs.append("%s: no marker for %s" % (rid, l))
            if "JC3" not in r["note"]:
                errs.append(rid + ": violating replies cite JC3")
            if r["log"] is None:
                errs.append(rid + ": violating reply must declare whether its extra part is logistics")
            elif ("template-required" in lab) == r["log"]:
                errs.append(rid + ": template-required must be set exactly when the added part is not logistics (JC3)")
            if r["log"] and not has_any(r["extra"] or t, LOGISTICS):
                errs.append(rid + ": declared logistics but names no logistics matter")
            tag = "template-based" if r["tid"] else "free-written"
            if tag not in r["tags"]:
                errs.append("%s: violating reply should be tagged %s" % (rid, tag))
        if cat in ("logistics", "mixed-logistics") and not has_any(t, LOGISTICS):
            errs.append(rid + ": names no logistics matter")
        if cat == "fill-plus-logistics" and not has_any(r["extra"] or "", LOGISTICS):
            errs.append(rid + ": the added sentence names no logistics matter")
        if r["tid"]:
            used_templates.add(r["tid"])
            if cat not in ("filled-template", "fill-plus-logistics", "violating"):
                errs.append(rid + ": only fills and template-based violations carry a template")
            if not r["note"].startswith(r["tid"] + ": "):
                errs.append(rid + ": note must start with the template id")
            own = render(r["tid"], r["vals"])
            r["own"] = ratio(t, own)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == own):
                errs.append(rid + ": exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s: fill too far from its template (%.2f; nearest %s)" % (rid, r["own"], r["near"]))
        else:
            if cat in ("filled-template", "fill-plus-logistics"):
                errs.append(rid + ": a fill without a template")
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s: free reply too close to %s (%.2f)" % (rid, r["near"], r["max"]))
    for k, n in ids.items():
        if n > 1:
            errs.append("id used %d times: %s" % (n, k))
    for k, n in buyers.items():
        if n > 1:
            errs.append("buyer name used %d times: %s" % (n, k))
    for tid in TEMPLATES:
        if not any(r["tid"] == tid and r["cat"] == "filled-template" for r in REPLIES):
            errs.append("template never filled: " + tid)
    if set(JCS) - cited:
        errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    if not 140 <= len(REPLIES) <= 160:
        errs.append("reply count %d outside 140-160" % len(REPLIES))
    return errs


# ---------------------------------------------------------------- output
def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    total = Counter()
    for cat in CATS:
        k = Counter(col(r) for r in REPLIES if r["cat"] == cat)
        total.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (cat, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (total["en"], total["zh"], total["zh-tw"], sum(total.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, n in sorted(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).items(), key=lambda x: (-x[1], x[0])):
        out.append("| %s | %d |" % (k, n))
    per = Counter(l for r in REPLIES for l in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    return "\n".join(out)


def template_table():
    out = ["| id | lang | topic | placeholders |", "| --- | --- | --- | --- |"]
    for tid, (c, topic) in TMETA.items():
        ph = [p for p in PH_RE.findall(TEMPLATES[tid]) if p not in ("buyer_name", "agent_name")]
        out.append("| `%s` | %s | %s | %s |" % (tid, c, topic, ", ".join("`%s`" % p for p in ph) or "-"))
    return "\n".join(out)


def violation_table():
    out = ["| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] != "violating":
            continue
        src = r["tid"] or "free-written"
        what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
        sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max (%s)" % (r["max"], r["near"]))
        out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    return "\n".join(out)


def ranges():
    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    rows = [("edited fills, to their own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            ("fill-plus-logistics, to their own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            ("template-based violations, to their own rendering", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            ("rewritten, best match in the library", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            ("other free template-required replies, best match", [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"] and r["cat"] != "rewritten"]),
            ("free [] replies, best match", [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    out = ["| replies | difflib ratio |", "| --- | --- |"]
    out += ["| %s | %s |" % (name, rng(xs)) for name, xs in rows]
    return "\n".join(out)


def all_tables():
    return "\n\n".join([tables(), template_table(), violation_table(), ranges()])


def check_disk(base):
    errs, seen, have = [], set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p)
                continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if braces_left(txt):
                errs.append("unbalanced braces: " + p)
            if refused(txt):
                errs.append("model names in " + p)
    if not have:
        errs.append("no templates under " + lib)
    n = 0
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON (%s)" % (n, e))
            continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d:
                errs.append("line %d: missing %s" % (n, f))
        if d.get("id") in seen:
            errs.append("duplicate id %s" % d.get("id"))
        seen.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n):
            errs.append("line %d: id is not %s-%03d" % (n, PREFIX, n))
        lab = d.get("labels")
        if not isinstance(lab, list) or lab != sorted(set(lab)) or not set(lab) <= LABELS:
            errs.append("line %d: labels %r" % (n, lab))
        if d.get("lang") not in ("en", "zh"):
            errs.append("line %d: lang %r" % (n, d.get("lang")))
        if not d.get("tags") or d["tags"][0] not in CATS:
            errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply":
            errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have:
            errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            errs.append("line %d: empty text" % n)
        elif refused(d["text"]):
            errs.append("line %d: model names" % n)
    if n == 0:
        errs.append("replies.jsonl is empty")
    return errs


def readme_current(base):
    """README.md must quote the current tables verbatim."""
    p = os.path.join(base, "README.md")
    if not os.path.exists(p):
        return ["README.md missing"]
    readme = open(p, encoding="utf-8").read()
    return ["README.md is out of date: its tables do not contain:\n" + block
            for block in all_tables().split("\n\n") if block not in readme][:1]


def main():
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        e = check_disk(args[1] if len(args) > 1 else HERE)
        print("\n".join(e) or "ok: files valid")
        sys.exit(1 if e else 0)
    if args and args != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
    errs = self_checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if args == ["--tables"]:
        print(all_tables())
        return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES:
            f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    e = check_disk(HERE)
    if e:
        print("DISK CHECK FAILED")
        print("\n".join(e))
        sys.exit(1)
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("by language:", dict(Counter(col(r) for r in REPLIES)))
    print("label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))
    stale = readme_current(HERE)
    if stale:
        print("WARNING: " + stale[0])
        sys.exit(1)
    print("ok: README.md tables are current")


if __name__ == "__main__":
    main()
