#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t60: builds and checks a hand-labelled held-out set for `template-required`.

The texts live in gen_templates.py (the approved library) and gen_replies.py (the labelled replies).

  python3 gen.py                 self-checks; only if they pass, rewrites library/ and replies.jsonl,
                                 then re-validates the written files
  python3 gen.py --check [DIR]   validates the files on disk only (default: this folder)
  python3 gen.py --tables        self-checks, then prints the count tables used in README.md (writes nothing)

Standard library only. Reads nothing outside this folder except POLICY (for the copied-wording check).
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
POLICY = "/work/shared/policy.md"
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA  # noqa: E402
from gen_replies import REPLIES, render, PH_RE, RI, OPC, MKT, TR  # noqa: E402

PREFIX = "t60"
ALLOWED = {RI, OPC, MKT, TR}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten",
        "mixed-logistics", "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": [TR],
          "rewritten": [TR], "mixed-logistics": [TR]}

# Judgement calls, numbered as in README.md. Every JCn cited in a note must exist here and every one must be cited.
JCS = {
    1: "fill plus one logistics sentence stays []",
    2: "courtesy and light edits keep a fill a fill",
    3: "template plus a violating sentence: content label and template-required, unless the added sentence is logistics",
    4: "long boxes, oversize carriers, lockers and PO boxes are logistics",
    5: "returnability of custom-cut items, return packing and refunds are logistics",
    6: "order-fulfilment corrections are logistics",
    7: "transit damage and carrier claims are logistics",
    8: "logistics plus product advice is template-required",
    9: "neutral review request: filled template [], own words template-required only",
    10: "free product advice is template-required however sound",
    11: "confirming a made-to-width order's size before it ships is logistics (least certain)",
    12: "shipping a warranty replacement part is logistics (least certain)",
    13: "a rewrite that keeps a template's facts is template-required",
    14: "holding reply about a product fault is template-required",
    15: "a courtesy-only reply is template-required (least certain)",
    16: "look-alikes that must stay unflagged",
    17: "free-written logistics needs no template",
}

# ---------------------------------------------------------------- names of the model set (never to appear here)
# Its seller, products, staff, handles, codes, id prefixes and order ids; its buyers; and the earlier sets it refuses.
REFUSED = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn 3000", "Leaflight",
    "SUNNYRIDGE", "FHP-C-", "1Z8W3E61", "771904", "771905", "926129010083", "880551", "775-555-0163",
    "Perpetua", "Nkemelu-Ward", "Barnaby Quist", "Ottilie", "Marchetti-Dunne", "Rufus Adebanjo-Kerr", "Adebanjo-Kerr",
    "屠明远", "郏思琪", "邱映彤", "左承浩",
    "111-3086754-2219473", "111-4407293-8813560", "111-8824067-3360915", "112-3307159-8861420", "112-4093176-8830251",
    "112-5518046-3027719", "112-6650932-1174408", "112-7741590-3308126", "113-1570348-6629034", "113-5502918-7746130",
    "113-7702164-5591408", "113-8405276-1139602", "113-8860134-2275509", "113-9920415-2248371", "114-2093371-6650182",
    "114-3381260-9905127", "114-5527630-0913384", "114-6032817-4459021",
    # buyers of the model set
    "Mr Ashdown", "Brandvold", "Mr Brightman", "Brockhurst", "Mr Cathcart", "Dunleavy", "Mr Dunmore", "Ellsworth",
    "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Mr Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo",
    "Haverstock", "Hollingbury", "Ibekwe", "Mr Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke",
    "Ostergaard", "Pellworth", "Mr Pryor", "Mr Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Mr Strand",
    "Thornbury", "Thorsby", "Tolliver", "Tshabalala", "Vasquez-Ibe", "Mr Ventris", "Wainaina", "Pikesley", "Quintero",
    "Achterberg", "Adeleke-Rowe", "Ms Ambler", "Ballantyne", "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby",
    "Delgadillo", "Eskildsen", "Estrada-Vaughn", "Ms Farrant", "Fenwick-Adair", "Greenhalgh", "Ms Haldane",
    "Ms Harcourt", "Kaminski-Boyd", "Ms Kettering", "Koenigsberg", "Ms Lindgren", "Ms Lovejoy", "Marchbanks",
    "Nakashima-Roe", "Ms Orlova", "Ms Pennock", "Ms Penrose", "Quarrie", "Reinholt", "Ruthven", "Sorensen-Mbeki",
    "Ms Tiernan", "Ms Tremaine", "Valcourt", "Ms Yarrow", "Yusupova", "Hi Dario", "Hi Jonah", "Hi Linnea",
    "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生",
    "季先生", "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士",
    "杜先生", "杭先生", "柯先生", "桂女士", "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐",
    "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生", "盛女士", "盧小姐", "祁先生", "祝女士", "童先生",
    "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生", "贺女士", "辜太太",
    "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士",
    "黎女士", "齊小姐", "龔太太",
    # earlier sets that the model set itself refuses
    "Pagelight", "pagelight-reading", "pagelight_help", "Folio Nimbus", "Tessel", "PLR-W-", "NIGHTREAD", "1Z4K712",
    "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木",
    "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Jetwell", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur",
    "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-",
    "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay",
    "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Abernathy-Kowal", "Castellanos",
    "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
]
_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们帘线边装适经认让还间")   # simplified forms barred from Traditional text
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "wechat", "instagram", "facebook", "paypal", "venmo",
          "email", "e-mail", "coupon", "% off", "promo", "discount", "with code", "five-star", "5-star", "one-star",
          "gift card", "555-01", "微信", "五星", "五颗星", "五顆星", "好评", "好評", "差评", "差評", "返现", "返現", "八折",
          "九折", "立减", "优惠券", "優惠券", "官网", "官網", "截图", "截圖", "line 傳", "用 line"]
# Each content label of a violating reply needs one of its markers in the text.
MARK = {RI: ["review", "rating", "star", "评", "評"],
        MKT: ["%", "code", "折", "立减", "上架", "优惠券"],
        OPC: ["@", ".com", "555-01", "instagram", "facebook", "微信", "line", "官网", "官網"]}
# A logistics reply, a mixed reply and a sentence added as logistics must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "parcel", "label",
       "carrier", "transit", "warehouse", "po box",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "补发", "取消", "包裹", "签收", "派送", "物流",
       "承运", "出库", "送到",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "簽收", "地址", "物流", "配送", "貨運"]
# Identifier formats. Every id in a reply must be one of these and be used only once in the set.
ID_RE = re.compile(r"\b11[1-4]-\d{7}-\d{7}\b|\b1ZV3K58A03\d{8}\b|\b39\d{10}\b|\b92026903\d{14}\b|\bD\d{14}\b"
                   r"|\bSWC-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|\bD\d{6,}|\bSWC-\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
EN_RUN, ZH_RUN = 6, 8   # shared runs with policy.md that are refused


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def refused(text):
    return [r.pattern for r in _ASCII_REFUSED if r.search(text)] + [n for n in _CJK_REFUSED if n in text]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def _en_words(text):
    return re.findall(r"[a-z0-9']+", text.lower())


def _cjk_chars(text):
    return "".join(CJK.findall(text))


def policy_grams():
    try:
        pol = open(POLICY, encoding="utf-8").read()
    except OSError as e:
        return None, "cannot read %s for the copied-wording check: %s" % (POLICY, e)
    w, c = _en_words(pol), _cjk_chars(pol)
    return ({tuple(w[i:i + EN_RUN]) for i in range(len(w) - EN_RUN + 1)},
            {c[i:i + ZH_RUN] for i in range(len(c) - ZH_RUN + 1)}), None


def copied(text, grams):
    """Runs of EN_RUN English words or ZH_RUN Chinese characters that the text shares with policy.md."""
    en, zh = grams
    w, c = _en_words(text), _cjk_chars(text)
    out = [" ".join(w[i:i + EN_RUN]) for i in range(len(w) - EN_RUN + 1) if tuple(w[i:i + EN_RUN]) in en]
    return out + [c[i:i + ZH_RUN] for i in range(len(c) - ZH_RUN + 1) if c[i:i + ZH_RUN] in zh]


def script_errors(text, lang, trad):
    """en: ASCII only. zh: GB2312 (Simplified), or with trad Big5 and no simplified forms."""
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII: %s" % e]
        return []
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["script: %s" % e]
    if trad and set(body) & NOT_TRAD:
        return ["simplified forms in Traditional text: %s" % "".join(sorted(set(body) & NOT_TRAD))]
    return []


def has(text, words):
    low = text.lower()
    return [w for w in words if w in low]


def checks():
    errs = []
    grams, perr = policy_grams()
    if perr:
        errs.append(perr)
    # ---- templates
    for tid, t in TEMPLATES.items():
        ph, lang = PH_RE.findall(t), TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        if has(t, BANNED) or refused(t): errs.append("bad words in template %s: %s %s" % (tid, has(t, BANNED), refused(t)))
        if grams and copied(t, grams): errs.append("template %s shares wording with policy.md: %s" % (tid, copied(t, grams)))
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
    ids_t = list(TEMPLATES)
    for i, a in enumerate(ids_t):
        for b in ids_t[i + 1:]:
            if ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    # ---- replies
    seen, idn, buyers, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t or "\r" in t:
            errs.append(rid + " format")
        if refused(t) or refused(r["note"]): errs.append("%s uses model-set names: %s" % (rid, refused(t) + refused(r["note"])))
        if grams and copied(t, grams): errs.append("%s shares wording with policy.md: %s" % (rid, copied(t, grams)))
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): idn[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        buyers[r["buyer"]] += 1
        if r["buyer"] not in t.split("\n")[0]: errs.append(rid + " buyer not greeted in the first line")
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " labels do not fit the category")
        if cat != "violating" and has(t, BANNED): errs.append("%s offending wording outside violating: %s" % (rid, has(t, BANNED)))
        if cat == "violating":
            if not set(lab) - {TR}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != TR and not has(t, MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                if r["extra_log"] not in (True, False): errs.append(rid + " added sentence not classed")
                if (TR in lab) == r["extra_log"]:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
                if r["extra_log"] and not has(r["extra"], LOG): errs.append(rid + " 'logistics' addition names no logistics matter")
                if not any(has(r["extra"], MARK[l]) for l in lab if l != TR):
                    errs.append(rid + " added sentence carries no marker of its content label")
            elif "free-written" not in r["tags"]:
                errs.append(rid + " violating reply is neither template-based nor free-written")
        if cat in ("logistics", "mixed-logistics") and not has(t, LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not (r["extra_log"] is True and has(r["extra"] or "", LOG)):
            errs.append(rid + " added sentence is not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FOLD_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if TR in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in idn.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in buyers.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        txt = open(readme, encoding="utf-8").read()
        if refused(txt): errs.append("README.md uses model-set names: %s" % refused(txt))
        if grams and copied(txt, grams): errs.append("README.md shares wording with policy.md: %s" % copied(txt, grams))
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, seen_ids, have = [], set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p); continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
            if refused(txt): errs.append("model-set names in " + p)
    if not have: errs.append("no templates in " + lib)
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    n = 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in seen_ids: errs.append("duplicate id " + str(d.get("id")))
        seen_ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        labels = d.get("labels", [])
        if not isinstance(labels, list) or not set(labels) <= ALLOWED or labels != sorted(set(labels)):
            errs.append("line %d: labels %r" % (n, labels))
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang" % n)
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply": errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip(): errs.append("line %d: empty text" % n)
        elif refused(d["text"]): errs.append("line %d: model-set names" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        k = Counter(col(r) for r in REPLIES if r["cat"] == c)
        tot.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang (topic) |", "| --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s (%s) |" % (tid, lang, topic))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    ed = [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]
    fx = [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]
    vb = [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]
    rw = [r["max"] for r in REPLIES if r["cat"] == "rewritten"]
    ftr = [r["max"] for r in REPLIES if not r["tid"] and TR in r["labels"]]
    fok = [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]
    out += ["", "| replies | difflib ratio |", "| --- | --- |",
            "| edited fills, to own rendering | %s |" % rng(ed),
            "| fill-plus-logistics, to own rendering | %s |" % rng(fx),
            "| template-based violating, to own rendering | %s |" % rng(vb),
            "| rewritten, best against any template | %s |" % rng(rw),
            "| free `template-required` replies, best against any template | %s |" % rng(ftr),
            "| free `[]` replies, best against any template | %s |" % rng(fok)]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    if sys.argv[1:] not in ([], ["--tables"]):
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr); sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        print(tables()); return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib): shutil.rmtree(lib)
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
        print("DISK CHECK FAILED"); print("\n".join(e)); sys.exit(1)
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("languages:", dict(Counter(col(r) for r in REPLIES)))


if __name__ == "__main__":
    main()
