#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t85: builds and checks the held-out `template-required` set. Sources: gen_templates.py, gen_replies.py.

  python3 gen.py                  self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]    validates the files on disk only (default: this directory)
  python3 gen.py --tables         self-checks, then prints the tables used in README.md (writes nothing)
Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t85"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}

# Judgement calls, numbered as in README.md. Every JCn cited in a note must be here, and each must be cited.
JCS = {1: "fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "transit damage is logistics; a defect that appears after use is not",
       5: "customs, biosecurity inspection and age checks on delivery are logistics",
       6: "order-fulfilment corrections are logistics",
       7: "return eligibility and the condition for a return are logistics",
       8: "logistics plus product or baking advice is template-required",
       9: "neutral review request: filled template [] / own words template-required only",
       10: "free product or baking advice is template-required, even when it answers which size to buy",
       11: "an invoice answer is template-required (not on interface.md's logistics list)",
       12: "a holding reply about a fault is template-required",
       13: "a rewrite that keeps a template's facts is template-required",
       14: "near-misses that must not be flagged",
       15: "free-written logistics needs no template",
       16: "a restock date given in answer to the buyer is template-required, not marketing"}

# Names of the model set t57 (seller, products, staff, ids, codes, handles, buyers) and of the sets it refuses.
REFUSED = [
    # t57: seller, products, staff, ids, handles, codes
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn 3000", "Leaflight",
    "FHP-C-", "SUNNYRIDGE", "1Z8W3E61", "Perpetua", "Nkemelu-Ward", "Barnaby Quist", "Ottilie", "Marchetti-Dunne",
    "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
    # t57: buyers
    "Dario", "Jonah", "Linnea", "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore",
    "Ellsworth", "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo",
    "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke",
    "Ostergaard", "Pellworth", "Pryor", "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Mr Strand", "Thornbury",
    "Thorsby", "Tolliver", "Tshabalala", "Vasquez-Ibe", "Ventris", "Wainaina", "Pikesley", "Quintero", "Achterberg",
    "Adeleke-Rowe", "Ambler", "Ballantyne", "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Eskildsen",
    "Estrada-Vaughn", "Farrant", "Fenwick-Adair", "Greenhalgh", "Haldane", "Harcourt", "Kaminski-Boyd", "Kettering",
    "Koenigsberg", "Lindgren", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Orlova", "Pennock", "Penrose", "Quarrie",
    "Reinholt", "Ruthven", "Sorensen-Mbeki", "Tiernan", "Tremaine", "Valcourt", "Yarrow", "Yusupova",
    "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生",
    "季先生", "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士",
    "杜先生", "杭先生", "柯先生", "桂女士", "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐",
    "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生", "盛女士", "盧小姐", "祁先生", "祝女士", "童先生",
    "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生", "贺女士", "辜太太",
    "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士",
    "黎女士", "齊小姐", "龔太太",
    # sets refused by t57
    "Pagelight", "pagelight-reading", "pagelight_help", "Folio Nimbus", "Tessel", "PLR-W-", "NIGHTREAD", "1Z4K712",
    "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯",
    "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks",
    "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "戚晓岚",
    "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay", "Saoirse",
    "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Abernathy-Kowal", "Castellanos Ruiz",
    "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine", "Anouk", "Cosette", "Dashiell", "Fenella", "Leontyne",
    "Oriane", "Tobiah", "Adeyemi-Voss", "Blackstock-Ade", "Brannigan", "Castelli-Moor", "Delgado-Finn", "Elphick",
    "Ferreira-Walsh", "Harrowgate", "Iwasaki-Bell", "Kowalczyk-Reid", "Lachance", "Ngata-Brooks", "Oduya", "Osei-Lamb",
    "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim",
    "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund",
    "Brynjolfsdottir", "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey",
    "Halloran-Udeh", "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo",
    "Ostrowska", "Prewitt", "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford",
    "Whitcombe", "Danvers", "Adeyemi",
    "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
    "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生",
    "包先生", "卜女士", "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐",
    "房女士", "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐",
    "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士",
    "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士",
    "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生",
    "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
]
_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们团锅货单号页边")   # simplified forms a Traditional text must not use
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "wechat", "微信", "line 官方", "paypal", "instagram",
          "facebook", "email", "e-mail", "write to", "coupon", "% off", "code ", "promo", "discount", "launched",
          "5-star", "five-star", "2-star", "gift card", "screenshot", "五星", "好评", "好評", "差评", "差評", "返现",
          "返現", "八折", "九折", "买一送一", "買一送一", "官网", "官網", "截图", "選購", "选购"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "launched", "买一送一", "買一送一"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "line", "官网", "官網"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import", "parcel", "label",
       "courier", "carrier", "locker", "pickup", "warehouse", "dispatch",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "海关", "包裹", "签收", "补发",
       "派送", "自提", "快递", "取件", "物流",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "關稅", "海關", "取件", "換貨", "物流", "退款", "取消"]
# Identifier formats. Every long number in a reply must be one of these, and each is used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z5K9H27\d{10}\b|\b9374869\d{15}\b|\b7862\d{8}\b|LLH-K-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
GREET = re.compile(r"^(Hi|Hello|Dear|Good morning|Good afternoon) |[,，].*$| (您好|午安)：$")


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


def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified (GB2312), or with trad Traditional (Big5 and no simplified forms)."""
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


def checks():
    errs = []
    # ---- templates
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad, refused(t)))
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    if Counter(m[0] for m in TMETA.values()) != Counter({"en": 9, "zh": 5, "zh-tw": 4}):
        errs.append("template counts per language changed")
    # ---- replies
    seen, ids, names, cited = set(), Counter(), Counter(), set()
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
        who = r["vals"]["buyer_name"] if r["tid"] else GREET.sub("", t.split("\n")[0])
        names[who] += 1
        if not who or len(who) > 30: errs.append("%s cannot read the buyer name (%r)" % (rid, who))
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        bad = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]):
                    errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
            elif "free-written" not in r["tags"]:
                errs.append(rid + " free violating reply must be tagged free-written")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG):
            errs.append(rid + " no logistics word")
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
            if cat == "violating" and r["near"] != r["tid"]:
                errs.append("%s template-based violation is nearest to another template (%s)" % (rid, r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    used = {r["tid"] for r in REPLIES if r["tid"] and r["cat"] == "filled-template"}
    if set(TEMPLATES) - used: errs.append("templates with no filled reply: %s" % sorted(set(TEMPLATES) - used))
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
    out += ["", "| id | lang | topic |", "| --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s |" % (tid, lang, topic))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs))
    out += ["", "| replies | difflib ratio |", "| --- | --- |",
            "| edited fills, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            "| fill-plus-logistics, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            "| template-based violating, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            "| rewritten, best template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            "| free `template-required` replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]),
            "| free `[]` replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    if sys.argv[1:] and sys.argv[1:] != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr); sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:] == ["--tables"]:
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
    print("ok: %d templates (%s), %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
