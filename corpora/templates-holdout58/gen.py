#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t58: builder and self-checks for the held-out `template-required` set (drone seller).

  python3 gen.py                  run the self-checks; only if they pass, rewrite library/ and replies.jsonl,
                                  then validate the written files
  python3 gen.py --check [DIR]    validate the files on disk only (default: this directory)
  python3 gen.py --tables         run the self-checks, then print the count tables used in README.md
  --policy PATH                   policy.md used for the copied-wording check (default /work/shared/policy.md)

Sources: gen_templates.py (the library) and gen_replies.py (the replies). Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t58"
POLICY_DEFAULT = "/work/shared/policy.md"
LABELS = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [],
          "free-non-logistics": ["template-required"], "rewritten": ["template-required"],
          "mixed-logistics": ["template-required"]}

# Judgement calls, numbered as in README.md. A note may cite only these, and each must be cited somewhere.
JCS = OrderedDict([
    (1, "a fill plus one logistics sentence stays []"),
    (2, "courtesy and light edits keep a fill a fill"),
    (3, "template plus a violating sentence: content label, plus template-required unless the sentence is logistics"),
    (4, "lithium-battery carriage rules are logistics; storage and flying charge advice is not"),
    (5, "order-fulfilment corrections are logistics"),
    (6, "transit damage and customs are logistics"),
    (7, "logistics plus product advice is template-required"),
    (8, "filled neutral review template []; own-words neutral request template-required only"),
    (9, "free-written product and rules guidance is template-required, however sound"),
    (10, "carrying drone batteries on a flight is product use"),
    (11, "a holding reply about a fault is template-required"),
    (12, "a rewrite that keeps a template's facts is template-required"),
    (13, "look-alikes that should stay unflagged"),
    (14, "free-written logistics needs no template"),
    (15, "shipping a unit in for warranty repair is logistics"),
])

# ---------------------------------------------------------------- names the set must not use
# The model set (t57 in /tmp/model_t6): its seller, products, staff, buyers, ids, codes and handles,
# followed by the earlier sets that the model set itself refuses.
REFUSED = [
    # model set: seller, domain, handles, code, products, staff
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "SUNNYRIDGE", "Ridgeback", "Cairn", "Leaflight",
    "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist", "Ottilie", "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr",
    "屠明远", "郏思琪", "邱映彤", "左承浩",
    # model set: id formats and ids
    "FHP-C-", "1Z8W3E61", "771904", "771905", "9261290100830", "880551",
    "111-3086754-2219473", "111-4407293-8813560", "111-8824067-3360915", "112-3307159-8861420", "112-4093176-8830251",
    "112-5518046-3027719", "112-6650932-1174408", "112-7741590-3308126", "113-1570348-6629034", "113-5502918-7746130",
    "113-7702164-5591408", "113-8405276-1139602", "113-8860134-2275509", "113-9920415-2248371", "114-2093371-6650182",
    "114-3381260-9905127", "114-5527630-0913384", "114-6032817-4459021",
    # model set: buyers
    "Achterberg", "Adeleke-Rowe", "Ambler", "Ashdown", "Ballantyne", "Brandvold", "Brightman", "Brockhurst",
    "Caldwell-Ansah", "Cathcart", "Chatterjee-Holm", "Dario", "Darrowby", "Delgadillo", "Dunleavy", "Dunmore",
    "Ellsworth", "Eskildsen", "Estrada-Vaughn", "Fairweather-Nash", "Farrant", "Fenwick-Adair", "Ferencz",
    "Gagnon-Reyes", "Gillespie", "Gorringe", "Greenhalgh", "Grunwald", "Haldane", "Halvorsen-Udo", "Harcourt",
    "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Jonah", "Kaminski-Boyd", "Kealoha-Brandt", "Kettering",
    "Koenigsberg", "Lindgren", "Linnea", "Lisowski", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Okonkwo-Baird",
    "Okparaeke", "Orlova", "Ostergaard", "Pellworth", "Pennock", "Penrose", "Pikesley", "Pryor", "Quarrie", "Quaye",
    "Quintero", "Reinholt", "Rookwood", "Rosenthal-Ayo", "Ruthven", "Sandoval-Kaye", "Sorensen-Mbeki", "Strand",
    "Thornbury", "Thorsby", "Tiernan", "Tolliver", "Tremaine", "Tshabalala", "Valcourt", "Vasquez-Ibe", "Ventris",
    "Wainaina", "Yarrow", "Yusupova",
    "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生",
    "季先生", "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士",
    "杜先生", "杭先生", "柯先生", "桂女士", "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐",
    "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生", "盛女士", "盧小姐", "祁先生", "祝女士", "童先生",
    "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生", "贺女士", "辜太太",
    "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士",
    "黎女士", "齊小姐", "龔太太",
    # earlier sets the model set refuses: sellers, products, staff, ids, handles
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-",
    "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand",
    "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon",
    "MVC-W-", "Delphine Ashcombe", "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵",
    "溫柏翰", "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
    "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
    # earlier sets: buyers
    "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
    "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn",
    "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell",
    "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane",
    "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve",
    "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir",
    "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh",
    "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt",
    "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers",
    "Adeyemi",
    "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
    "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生",
    "包先生", "卜女士", "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐",
    "房女士", "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐",
    "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士",
    "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士",
    "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生",
    "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
]
_REF_ASCII = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_REF_CJK = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
# characters a Traditional text should write in another form (Big5 holds them, so the encoding test misses them)
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们着")
# wording only a violating reply may contain
BANNED = ["http", "www.", "@", ".com", "whatsapp", "wechat", "telegram", "line 官方", "微信", "paypal", "venmo",
          "instagram", "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount", "code ", "launches",
          "5-star", "five-star", "five stars", "gift card", "555-01", "五星", "好评", "好評", "差评", "差評", "返现", "返現",
          "八折", "九折", "七折", "买一送一", "買一送一", "官网", "官網", "截图", "截圖", "优惠", "優惠"]
# a content label needs one of its markers in the reply
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["% off", "code ", "launches", "八折", "买一送一", "買一送一"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "paypal", "line "]}
# a logistics reply, a mixed reply and an added logistics sentence must name a logistics matter
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel",
       "label", "carrier", "locker", "pickup", "warehouse", "ups", "usps", "fedex", "dhl",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补发", "陆运",
       "物流", "换货", "面单", "寄回",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "地址", "陸運", "換貨", "海關", "寄回", "標籤"]
# identifier formats: every long number in a reply must be one of these, and each id is used once
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z[0-9A-Z]{16}\b|\b93\d{20}\b|\b39\d{10}\b|\b46\d{8}\b|\bLWA-W-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
FILL_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
EN_RUN, ZH_RUN = 6, 8


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def refused(text):
    return [r.pattern for r in _REF_ASCII if r.search(text)] + [n for n in _REF_CJK if n in text]


def leftover_braces(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


# ---------------------------------------------------------------- copied wording from policy.md
def _words(s):
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())


def _han(s):
    return "".join(CJK.findall(s))


class PolicyRuns:
    """Word 6-grams and Han-character 8-grams of policy.md; a text may share none of them."""

    def __init__(self, path):
        src = open(path, encoding="utf-8").read()
        w = _words(src)
        self.en = {tuple(w[i:i + EN_RUN]) for i in range(len(w) - EN_RUN + 1)}
        h = _han(src)
        self.zh = {h[i:i + ZH_RUN] for i in range(len(h) - ZH_RUN + 1)}

    def shared(self, text):
        w = _words(text)
        out = [" ".join(w[i:i + EN_RUN]) for i in range(len(w) - EN_RUN + 1) if tuple(w[i:i + EN_RUN]) in self.en]
        h = _han(text)
        out += [h[i:i + ZH_RUN] for i in range(len(h) - ZH_RUN + 1) if h[i:i + ZH_RUN] in self.zh]
        return out


def script_errors(text, lang, trad):
    """en: ASCII only. zh: GB2312 (Simplified) or, with trad, Big5 without simplified forms."""
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII: %s" % e]
        return []
    han = re.sub(r"[\x00-\x7f]", "", text)
    try:
        han.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["wrong script: %s" % e]
    if trad and set(han) & NOT_TRAD:
        return ["simplified forms in a Traditional text: " + "".join(sorted(set(han) & NOT_TRAD))]
    return []


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    return re.sub(r"^(Hi|Hello|Dear|Good evening) |,$|，您好：$| 您好：$", "", first)


def is_logistics(s):
    s = s.lower()
    return any(w in s for w in LOG)


# ---------------------------------------------------------------- self-checks on the sources
def checks(policy):
    errs = []
    runs = PolicyRuns(policy) if os.path.exists(policy) else None
    if runs is None:
        errs.append("policy file not found: %s (use --policy PATH)" % policy)

    def copied(where, text):
        if runs:
            hit = runs.shared(text)
            if hit:
                errs.append("%s shares wording with policy.md: %s" % (where, hit[:3]))

    # templates
    langs = Counter(m[0] for m in TMETA.values())
    if not 15 <= len(TEMPLATES) <= 21 or set(langs) != {"en", "zh", "zh-tw"}:
        errs.append("library size or languages off: %d %s" % (len(TEMPLATES), dict(langs)))
    for tid, t in TEMPLATES.items():
        lang = TMETA[tid][0]
        ph = PH_RE.findall(t)
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if leftover_braces(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name or agent_name missing: " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder used twice in " + tid)
        words = [w for w in BANNED if w in t.lower()]
        if words or refused(t): errs.append("template %s: offending wording %s %s" % (tid, words, refused(t)))
        errs += ["template %s: %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh",
                                                                    lang == "zh-tw")]
        copied("template " + tid, t + "\n" + TMETA[tid][1])
    ids = list(TEMPLATES)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            s = ratio(bare(a), bare(b))
            if s >= TEMPLATE_MAX: errs.append("templates too alike: %s %s %.2f" % (a, b, s))

    # replies
    seen, id_use, names, cited = set(), Counter(), Counter(), set()
    for n, r in enumerate(REPLIES, 1):
        rid = r["id"] = "%s-%03d" % (PREFIX, n)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or "\t" in t or "\n\n\n" in t or t != t.strip():
            errs.append(rid + " formatting (braces, double spaces, tabs, blank lines or edges)")
        if refused(t): errs.append("%s uses model-set names: %s" % (rid, refused(t)))
        copied(rid, t)
        copied(rid + " note", r["note"])
        if not set(lab) <= LABELS or lab != sorted(set(lab)): errs.append(rid + " labels unknown or unsorted")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " Chinese text in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " Chinese reply without Chinese")
        for m in ID_RE.findall(t):
            id_use[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        names[buyer_of(r)] += 1
        jcs = {int(x) for x in re.findall(r"JC(\d+)", r["note"])}
        if jcs - set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " labels do not fit the category")
        offending = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and offending: errs.append("%s offending wording outside violating: %s" % (rid, offending))
        if cat == "violating":
            content = set(lab) - {"template-required"}
            if not content: errs.append(rid + " violating reply without a content label")
            for l in content:
                if not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None and ("template-required" in lab) == is_logistics(r["extra"]):
                errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not is_logistics(t): errs.append(rid + " names no logistics matter")
        if cat == "fill-plus-logistics" and not is_logistics(r["extra"] or ""):
            errs.append(rid + " added sentence names no logistics matter")
        if cat == "fill-plus-logistics" and "JC1" not in r["note"]: errs.append(rid + " must cite JC1")
        if cat == "filled-template" and not r["exact"] and "JC2" not in r["note"]: errs.append(rid + " must cite JC2")
        r["near"], r["max"] = nearest(t)
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must begin with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        elif "template-required" in lab and r["max"] >= FREE_MAX:
            errs.append("%s free reply too close to a template (%.2f, %s)" % (rid, r["max"], r["near"]))
    for k, v in id_use.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))

    # README prose
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        txt = open(readme, encoding="utf-8").read()
        copied("README.md", txt)
        if refused(txt): errs.append("README.md uses model-set names: %s" % refused(txt))
    return errs


# ---------------------------------------------------------------- files
def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, ids, have = [], set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p)
                continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if leftover_braces(txt): errs.append("unbalanced placeholders: " + p)
            if refused(txt): errs.append("model-set names in " + p)
    if not have: errs.append("no templates under " + lib)
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    n = 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON (%s)" % (n, e))
            continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d: missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id %s" % d.get("id"))
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id out of sequence" % n)
        lab = d.get("labels")
        if not isinstance(lab, list) or not set(lab) <= LABELS or lab != sorted(set(lab)):
            errs.append("line %d: labels %r" % (n, lab))
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang %r" % (n, d.get("lang")))
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply": errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            errs.append("line %d: empty text" % n)
        elif refused(d["text"]):
            errs.append("line %d: model-set names" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


def column(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    total = Counter()
    for c in CATS:
        k = Counter(column(r) for r in REPLIES if r["cat"] == c)
        total.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (total["en"], total["zh"], total["zh-tw"], sum(total.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| template | lang (topic) | replies built on it |", "| --- | --- | --- |"]
    uses = Counter(r["tid"] for r in REPLIES if r["tid"])
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s (%s) | %d |" % (tid, lang, topic, uses[tid]))
    out += ["", "| id | labels | source | what it does | similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max (%s)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    rows = [("exact fills, to own template", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]]),
            ("edited fills, to own template", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            ("fill-plus-logistics, to own template", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            ("template-based violating, to own template", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            ("edited fills and fill-plus-logistics, to the bare template (placeholders dropped)",
             [r["max"] for r in REPLIES if r["cat"] in ("filled-template", "fill-plus-logistics") and not r["exact"]]),
            ("free `template-required` replies, best template", [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]),
            ("of which rewritten", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            ("free `[]` replies, best template", [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    out += ["", "| replies | difflib ratio |", "| --- | --- |"] + ["| %s | %s |" % (a, rng(b)) for a, b in rows]
    return "\n".join(out)


def main(argv):
    policy = os.environ.get("T58_POLICY", POLICY_DEFAULT)
    if "--policy" in argv:
        i = argv.index("--policy")
        if i + 1 >= len(argv):
            print("--policy needs a path", file=sys.stderr); return 2
        policy = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    if argv[:1] == ["--check"]:
        e = check_disk(argv[1] if len(argv) > 1 else HERE)
        print("\n".join(e) or "ok: files valid")
        return 1 if e else 0
    if argv and argv != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables] [--policy PATH]", file=sys.stderr)
        return 2
    errs = checks(policy)
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        return 1
    if argv == ["--tables"]:
        print(tables())
        return 0
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
        return 1
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(column(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))
    print("languages:", dict(Counter(column(r) for r in REPLIES)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
