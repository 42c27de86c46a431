#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t65: builds and checks the held-out `template-required` set. Sources: gen_templates.py, gen_replies.py.

  python3 gen.py                 self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]   validates the files on disk only (default: this directory)
  python3 gen.py --tables        self-checks, then prints the count tables used in README.md (writes nothing)
Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t65"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
LIB_SHAPE = {"en": 9, "zh": 5, "zh-tw": 4}      # templates per library language

# Judgement calls, numbered as in README.md; every note's JCn must be one of these, and each must be cited.
JCS = {1: "fill plus one logistics sentence stays []", 2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "packing and carriage rules are logistics; the same parts in setup are product help",
       5: "shipping a unit to or from warranty repair is logistics; the coverage is not",
       6: "order-fulfilment corrections are logistics", 7: "transit damage and customs are logistics",
       8: "logistics plus product advice is template-required", 9: "neutral review request: template [] / own words TR",
       10: "free product advice is template-required, even naming a matching part", 11: "unpacking after delivery is first use",
       12: "holding reply about a fault is template-required", 13: "rewrite with a template's facts is template-required",
       14: "near-misses that must not be flagged", 15: "free-written logistics needs no template"}

# Names of the model set (its seller, products, staff, buyers, ids, codes) and of the sets it refuses in turn.
REFUSED_WORDS = [
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel",
    "NIGHTREAD", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯",
    "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks",
    "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "戚晓岚", "符瀚文",
    "簡若彤", "鍾承睿", "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness",
    "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood",
    "Quartermaine", "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane",
    "Priyanka", "Tobiah", "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow",
    "Castelli-Moor", "Delgado-Finn", "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate",
    "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb",
    "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly",
    "Thackeray-Lim", "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux",
    "Achebe-Lund", "Aldous", "Brynjolfsdottir", "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe",
    "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh", "Haverkamp", "Holloway-Beck", "Kirkconnell",
    "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt", "Quennell", "Rautenbach", "Ruiz-Gallant",
    "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers", "Fernhollow", "fernhollow-power",
    "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn", "Leaflight", "SUNNYRIDGE", "Perpetua", "Nkemelu-Ward",
    "Barnaby", "Quist", "Ottilie", "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩", "Dario",
    "Jonah", "Linnea",
]
REFUSED_PREFIXES = [
    "PLR-W-", "1Z4K712", "94001118992", "MVC-W-", "LSW-C-", "1Z7R4402Y", "9405511298370", "1Z3F881004", "FHP-C-",
    "1Z8W3E61", "771904", "771905", "926129", "880551",
]
REFUSED_EN_SURNAMES = [
    "Achterberg", "Adeleke-Rowe", "Adeyemi", "Ambler", "Ashdown", "Ballantyne", "Brandvold", "Brightman",
    "Brockhurst", "Caldwell-Ansah", "Cathcart", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Dunleavy", "Dunmore",
    "Ellsworth", "Eskildsen", "Estrada-Vaughn", "Fairweather-Nash", "Farrant", "Fenwick-Adair", "Ferencz",
    "Gagnon-Reyes", "Gillespie", "Gorringe", "Greenhalgh", "Grunwald", "Haldane", "Halvorsen-Udo", "Harcourt",
    "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kaminski-Boyd", "Kealoha-Brandt", "Kettering", "Koenigsberg",
    "Lindgren", "Lisowski", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Okonkwo-Baird", "Okparaeke", "Orlova",
    "Ostergaard", "Pellworth", "Pennock", "Penrose", "Pikesley", "Pryor", "Quarrie", "Quaye", "Quintero", "Reinholt",
    "Rookwood", "Rosenthal-Ayo", "Ruthven", "Sandoval-Kaye", "Sorensen-Mbeki", "Strand", "Thornbury", "Thorsby",
    "Tiernan", "Tolliver", "Tremaine", "Tshabalala", "Valcourt", "Vasquez-Ibe", "Ventris", "Wainaina", "Yarrow",
    "Yusupova",
]
REFUSED_ZH_SURNAMES = (
    "丁万严乔付伍何余侯傅兰冯凌劉包卓单卜卢史叶向吳呂唐喻姚姜孔孙孟季宁官宫尤尹屈巫庞康廖彭戈成戴房方施时晏景曾朱杜杭林柏柯桂梁楊樊歐武殷毕毛江汤汪沈洪涂游湯溫潘熊甘申白盛盧石祁祝秦窦童管米粘紀罗羅翁翟聂胡苏苗范莊莫葉葛董蔡蕭薛藍袁裴褚覃解詹謝许诸谭賴贺贾车辜連邓邢邬邵郝鄒鄧鄭金钱闫闵阮陆陳陶霍韦韩顏项馬馮駱高魏鲁黃黎齊龔龙")
_WORD_RE = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED_WORDS if n.isascii()]
_WORD_CJK = [n for n in REFUSED_WORDS if not n.isascii()]
_SURNAME_RE = re.compile(r"(?<![A-Za-z-])(?:%s)(?![A-Za-z-])" % "|".join(re.escape(n) for n in REFUSED_EN_SURNAMES))
_ZH_SURNAME_RE = re.compile("[%s](?:先生|女士|小姐|太太)" % REFUSED_ZH_SURNAMES)

CJK = re.compile(r"[\u3400-\u9fff]")
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们")     # simplified forms a Traditional text should not use
NOT_SIMP = set("們這說會時個對發為後裡於與從來過還將")       # traditional forms a Simplified text should not use
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "line 官方", "官方帳號", "微信", "paypal", "instagram",
          "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount", "launches", "pre-order", "spindle15",
          "5-star", "five-star", "2-star", "1-star", "gift card", "五星", "好评", "好評", "差评", "差評", "返现", "返現",
          "八折", "九折", "打折", "买一送一", "買一送一", "加购", "加購", "官网", "官網", "截图", "bramblecote-audio",
          "bramblecote_hifi", "bramblecotetw"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "launches", "pre-order", "加购", "加購"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "paypal", "line"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import", "parcel",
       "label", "carrier", "locker", "pickup", "dispatch",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送",
       "自提", "面单", "陆运",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "物流", "取件", "換貨", "退款",
       "關稅", "清關"]
# Identifier formats; every id in a reply must be one of these and be used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z[0-9A-Z]{16}\b|\b94\d{20}\b|\b39\d{10}\b|BCA-CS-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
PHONE = re.compile(r"\b\d{3}-\d{3}-\d{4}\b")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def refused(text):
    out = [r.pattern for r in _WORD_RE if r.search(text)]
    out += [n for n in _WORD_CJK if n in text]
    out += [p for p in REFUSED_PREFIXES if p.lower() in text.lower()]
    out += _SURNAME_RE.findall(text) + _ZH_SURNAME_RE.findall(text)
    return out


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified (GB2312, no traditional forms) or, with trad, Traditional (Big5, no simplified forms)."""
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
    bad = set(body) & (NOT_TRAD if trad else NOT_SIMP)
    if bad:
        return ["%s forms in %s text: %s" % ("simplified" if trad else "traditional", "Traditional" if trad else "Simplified",
                                            "".join(sorted(bad)))]
    return []


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    return re.sub(r"^(Hi|Hello|Dear|Good morning|Good evening) |[,，].*$| (您好|午安|晚安)：$", "", first)


def checks():
    errs = []
    # ---- templates
    shape = Counter(m[0] for m in TMETA.values())
    if dict(shape) != LIB_SHAPE: errs.append("library shape %s, want %s" % (dict(shape), LIB_SHAPE))
    for lang in LIB_SHAPE:
        if "%s/review/neutral-request" % lang not in TEMPLATES: errs.append("no neutral review template for " + lang)
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad, refused(t)))
        if "  " in t or "\t" in t: errs.append("format of template " + tid)
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    # ---- replies
    seen, ids, names_used, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t: errs.append(rid + " format")
        if refused(t): errs.append("%s uses names of the model set: %s" % (rid, refused(t)))
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        for m in PHONE.findall(t):
            if not re.fullmatch(r"\d{3}-555-01\d\d", m): errs.append("%s phone number outside the fictional range: %s" % (rid, m))
        names_used[buyer_of(r)] += 1
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        bad = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            want = render(r["tid"], r["vals"])
            own = r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (own < FOLD_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, own, r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names_used.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
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
    n = 0
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
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
    out += ["", "| id | lang |", "| --- | --- |"]
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
        return "%.2f-%.2f" % (min(xs), max(xs))
    fills = [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]
    fpl = [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]
    bad = [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]
    rw = [r["max"] for r in REPLIES if r["cat"] == "rewritten"]
    free_tr = [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]
    free_ok = [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]
    bare_fill = [ratio(r["text"], bare(r["tid"])) for r in REPLIES if r["cat"] in ("filled-template", "fill-plus-logistics")]
    out += ["", "| replies | range |", "| --- | --- |",
            "| edited fills, to their own rendering | %s |" % rng(fills),
            "| all fills and fill-plus-logistics, to their bare template (placeholders removed) | %s |" % rng(bare_fill),
            "| fill-plus-logistics, to their own rendering | %s |" % rng(fpl),
            "| template-based violating replies, to their own rendering | %s |" % rng(bad),
            "| rewritten replies, against any template | at most %.2f |" % max(rw),
            "| all free-written template-required replies, against any template | at most %.2f |" % max(free_tr),
            "| free-written [] replies, against any template | at most %.2f |" % max(free_ok)]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        print(tables()); return
    if sys.argv[1:]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr); sys.exit(2)
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
    print("ok: %d templates (%s), %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("languages:", dict(Counter(col(r) for r in REPLIES)))


if __name__ == "__main__":
    main()
