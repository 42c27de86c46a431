#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builds and checks the blind test set templates-holdout73 (t73) for the `template-required` policy.

  python3 gen.py               run the self-checks; only if they pass, write library/ and replies.jsonl,
                               then validate the files on disk
  python3 gen.py --check [DIR] validate the files on disk only (default: this directory)
  python3 gen.py --tables      run the self-checks and print the tables used in README.md

Sources: gen_templates.py (the library) and gen_replies.py (the replies). Standard library only.
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
from gen_templates import TEMPLATES, TOPIC          # noqa: E402
from gen_replies import REPLIES, PH_RE, render      # noqa: E402

SET, PREFIX = "templates-holdout73", "t73"
LABELS = {"marketing", "off-platform-contact", "review-inducement", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
EXPECTED_LABELS = {"filled-template": [], "fill-plus-logistics": [], "logistics": [],
                   "free-non-logistics": ["template-required"], "rewritten": ["template-required"],
                   "mixed-logistics": ["template-required"]}
# Intended size of each block (en, zh, zh-tw); the model set's proportions, scaled to about 150 replies.
PLAN = {"filled-template": (21, 12, 9), "fill-plus-logistics": (6, 4, 2), "logistics": (19, 11, 7),
        "free-non-logistics": (10, 6, 3), "rewritten": (7, 4, 2), "mixed-logistics": (5, 3, 2), "violating": (9, 6, 3)}
LIB_PLAN = {"en": 9, "zh": 5, "zh-tw": 4}

# Judgement calls, numbered as in README.md. Every JCn cited in a note must exist here and every one must be cited.
JC = {1: "fill plus one logistics sentence stays []",
      2: "light and courtesy edits keep a fill a fill",
      3: "template plus a violating sentence: content label and template-required, unless the sentence is logistics",
      4: "shipping a warranty or exchange replacement is logistics; deciding the claim is not",
      5: "gift and registry orders: address, gift receipt and packing slip are logistics",
      6: "order-fulfilment corrections are logistics",
      7: "transit damage, misdelivery and customs are logistics",
      8: "logistics plus product advice is template-required",
      9: "neutral review request: filled template [], own words template-required only",
      10: "free product advice, including safety, privacy and medical disclaimers, is template-required",
      11: "answering a compatibility question with the seller's own models is not marketing",
      12: "using the monitor abroad is product use; a template in another language does not cover it",
      13: "holding reply about a fault is template-required",
      14: "near-misses that must not be flagged",
      15: "approved template wording is trusted as written (QR code, overseas voltage)",
      16: "free-written logistics needs no template",
      17: "a rewrite that keeps a template's facts is template-required"}

# Names of the model set (seller, products, staff, ids, codes, handles, buyers) and of the sets it refused.
REFUSED = [
    # model set: seller, products, staff, ids, handles, codes
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn", "Leaflight", "FHP-C-",
    "SUNNYRIDGE", "1Z8W3E61", "77190", "926129", "88055", "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist", "Ottilie",
    "Marchetti-Dunne", "Rufus", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
    # sets refused by the model set
    "Pagelight", "pagelight-reading", "pagelight_help", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-", "NIGHTREAD",
    "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和",
    "滕嘉木", "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-",
    "Delphine Ashcombe", "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
    "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
    "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina",
    "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Rosalind",
    "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    # buyers of the model set and of the sets it refused (surnames, or first names where no surname was given)
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Tamsin", "Adeyemi", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn", "Elphick",
    "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid",
    "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie",
    "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa",
    "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir", "Cavendish-Olu", "Corrigan",
    "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh", "Haverkamp", "Holloway-Beck",
    "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt", "Quennell", "Rautenbach",
    "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers",
    "Dario", "Jonah", "Linnea", "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore",
    "Ellsworth", "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo",
    "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke",
    "Ostergaard", "Pellworth", "Pryor", "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Strand", "Thornbury",
    "Thorsby", "Tolliver", "Tshabalala", "Vasquez-Ibe", "Ventris", "Wainaina", "Pikesley", "Quintero", "Achterberg",
    "Adeleke-Rowe", "Ambler", "Ballantyne", "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Eskildsen",
    "Estrada-Vaughn", "Farrant", "Fenwick-Adair", "Greenhalgh", "Haldane", "Harcourt", "Kaminski-Boyd", "Kettering",
    "Koenigsberg", "Lindgren", "Lovejoy", "Marchbanks", "Nakashima-Roe", "Orlova", "Pennock", "Penrose", "Quarrie",
    "Reinholt", "Ruthven", "Sorensen-Mbeki", "Tiernan", "Tremaine", "Valcourt", "Yarrow", "Yusupova",
    "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
    "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生",
    "包先生", "卜女士", "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐",
    "房女士", "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐",
    "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士",
    "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士",
    "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生",
    "駱小姐", "高先生", "魏先生", "黃太太", "龙先生", "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士",
    "卢女士", "史女士", "呂小姐", "喻女士", "姜先生", "季先生", "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生",
    "戈先生", "成先生", "方先生", "时先生", "晏女士", "杜先生", "杭先生", "柯先生", "桂女士", "樊女士", "歐先生", "武女士",
    "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐", "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生",
    "盛女士", "盧小姐", "祁先生", "祝女士", "童先生", "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士",
    "覃小姐", "詹太太", "诸先生", "贺女士", "辜太太", "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生",
    "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士", "黎女士", "齊小姐", "龔太太",
]
_REF_ASCII = [(n, re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I)) for n in REFUSED if n.isascii()]
_REF_CJK = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松这为说会时个对发们过还来没经么问题边关们")  # must not appear in Traditional text
# Wording that only a `violating` reply may contain (and no template).
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "facebook", "instagram", "wechat", "微信", "line 官方",
          "line id", "支付宝", "paypal", "venmo", "二维码", "會員群", "会员群", "email", "e-mail", "text our", "555-0",
          "coupon", "% off", "promo", "discount", "with code", "before you write a review", "your review appears", "pre-order", "launches", "special price", "5-star", "five-star",
          "2-star", "1-star", "stars", "好评", "好評", "差评", "差評", "五星", "返现", "返現", "晒图", "八折", "九折", "买二送",
          "買二送", "加購", "加购", "选购", "選購", "官网", "官網", "专属", "福利", "截图", "take down"]
# Each content label needs one of its markers in the reply.
MARKERS = {"review-inducement": ["review", "评", "評"],
           "marketing": ["%", "launches", "pre-order", "折", "选购", "選購", "福利", "专属"],
           "off-platform-contact": ["555-0", "facebook", ".com", "微信", "支付宝", "二维码", "line"]}
# A logistics reply, a mixed reply, and a sentence added as logistics must name a logistics matter.
LOGISTICS = ["tracking", "ship", "deliver", "return", "refund", "address", "cancel", "customs", "import fees", "parcel",
             "label", "carrier", "locker", "pickup", "warehouse", "in the post", "exchange", "replace item", "usps", "ups",
             "运单", "发货", "发出", "寄出", "寄回", "寄到", "送达", "退货", "退款", "地址", "取消", "清关", "关税", "包裹", "签收",
             "补发", "面单", "出库", "仓库",
             "追蹤", "出貨", "寄出", "送達", "退貨", "退款", "地址", "取消", "補寄", "包裹", "簽收", "倉庫", "取件", "寄回"]
# Identifier formats; every identifier in a reply must have one of these forms and be used only once in the set.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z5D2W87\d{10}\b|\b9374\d{18}\b|\b61\d{10}\b|\bDVC-K-\d{5}\b")
LONG_NUMBER = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|\bDVC-\w+-\w+")
FILL_MIN, FREE_TR_MAX, TEMPLATE_PAIR_MAX = 0.80, 0.55, 0.50
GREETING = re.compile(r"^(?:(?:Good (?:morning|evening)|Hello again|Hello|Hi|Dear) )?(.+?)(?:,| ?(?:您好|晚上好|午安)[：:])$")


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


BARE = {tid: PH_RE.sub("", text) for tid, text in TEMPLATES.items()}


def nearest(text):
    scores = {tid: ratio(text, bare) for tid, bare in BARE.items()}
    best = max(scores, key=scores.get)
    return best, scores[best]


def refused(text):
    return [n for n, rx in _REF_ASCII if rx.search(text)] + [n for n in _REF_CJK if n in text]


def stray_braces(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_problems(text, column):
    """en: ASCII only. zh: GB2312. zh-tw: Big5 and none of the simplified-only characters."""
    if column == "en":
        return [] if text.isascii() else ["non-ASCII text in English"]
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if column == "zh-tw" else "gb2312")
    except UnicodeEncodeError as e:
        return ["script: %s" % e]
    if column == "zh-tw" and set(body) & SIMPLIFIED_ONLY:
        return ["simplified characters in Traditional text: " + "".join(sorted(set(body) & SIMPLIFIED_ONLY))]
    return []


def column(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    m = GREETING.match(r["text"].split("\n")[0])
    return m.group(1) if m else None


def checks():
    errs = []
    # ------------------------------------------------------------ library
    langs = Counter(TOPIC[t][0] for t in TEMPLATES)
    if dict(langs) != LIB_PLAN:
        errs.append("library languages %s, planned %s" % (dict(langs), LIB_PLAN))
    for lang in LIB_PLAN:
        if lang + "/review/neutral-request" not in TEMPLATES:
            errs.append("no neutral review template for " + lang)
    for tid, text in TEMPLATES.items():
        ph = PH_RE.findall(text)
        if stray_braces(text): errs.append("stray brace in template " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name or agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder used twice in " + tid)
        low = text.lower()
        hits = [w for w in BANNED if w in low]
        if hits: errs.append("offending wording in template %s: %s" % (tid, hits))
        if refused(text): errs.append("model-set names in template %s: %s" % (tid, refused(text)))
        errs += ["template %s: %s" % (tid, p) for p in script_problems(BARE[tid], TOPIC[tid][0])]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(BARE[a], BARE[b]) >= TEMPLATE_PAIR_MAX:
                errs.append("templates too alike: %s %s %.2f" % (a, b, ratio(BARE[a], BARE[b])))
    # ------------------------------------------------------------ replies
    texts, ids, buyers, cited = set(), Counter(), Counter(), set()
    plan = Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        text, cat, lab, col = r["text"], r["cat"], r["labels"], column(r)
        plan[(cat, col)] += 1
        low = text.lower()
        if cat not in CATS: errs.append("%s: unknown category %s" % (rid, cat))
        if r["tags"][0] != cat: errs.append(rid + ": tags[0] is not the category")
        if text in texts: errs.append(rid + ": duplicate text")
        texts.add(text)
        if "{" in text or "}" in text or "  " in text or "\t" in text or "\n\n\n" in text or text != text.strip():
            errs.append(rid + ": formatting (braces, double spaces, tabs, triple line breaks or outer blanks)")
        if refused(text): errs.append("%s: model-set names %s" % (rid, refused(text)))
        if not set(lab) <= LABELS or lab != sorted(set(lab)): errs.append(rid + ": labels not a sorted subset")
        errs += ["%s: %s" % (rid, p) for p in script_problems(text, col)]
        if r["lang"] == "zh" and not CJK.search(text): errs.append(rid + ": zh reply with no Chinese")
        for m in ID_RE.findall(text): ids[m] += 1
        for m in LONG_NUMBER.findall(text):
            if not ID_RE.fullmatch(m): errs.append("%s: malformed identifier %s" % (rid, m))
        who = buyer_of(r)
        if not who: errs.append(rid + ": cannot find the buyer's name in the greeting")
        buyers[who] += 1
        jcs = {int(x) for x in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JC): errs.append("%s: unknown JC %s" % (rid, sorted(jcs - set(JC))))
        cited |= jcs
        if cat in EXPECTED_LABELS and lab != EXPECTED_LABELS[cat]: errs.append(rid + ": labels disagree with the category")
        hits = [w for w in BANNED if w in low]
        if cat != "violating" and hits: errs.append("%s: offending wording outside `violating`: %s" % (rid, hits))
        if cat == "violating":
            content = set(lab) - {"template-required"}
            if not content: errs.append(rid + ": violating reply without a content label")
            for l in content:
                if not any(m in low for m in MARKERS[l]): errs.append("%s: no marker for %s" % (rid, l))
            if "JC3" not in r["note"]: errs.append(rid + ": violating reply must cite JC3")
            if r["extra"] is not None:
                log = any(w in r["extra"].lower() for w in LOGISTICS)
                if ("template-required" in lab) == log:
                    errs.append(rid + ": template-required must be set exactly when the added sentence is not logistics")
            if not hits: errs.append(rid + ": violating reply has no offending wording the checks know")
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOGISTICS):
            errs.append(rid + ": no logistics matter named")
        if cat == "fill-plus-logistics" and not any(w in r["extra"].lower() for w in LOGISTICS):
            errs.append(rid + ": the added sentence names no logistics matter")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + ": note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(text, want)
            r["near"], r["max"] = nearest(text)
            if r["exact"] != (text == want): errs.append(rid + ": exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics", "violating") and r["near"] != r["tid"]:
                errs.append("%s: nearest template is %s, not its own" % (rid, r["near"]))
            if cat in ("filled-template", "fill-plus-logistics") and r["own"] < FILL_MIN:
                errs.append("%s: fill too far from its rendering (%.2f)" % (rid, r["own"]))
        else:
            r["near"], r["max"] = nearest(text)
            if "template-required" in lab and r["max"] >= FREE_TR_MAX:
                errs.append("%s: free reply too close to %s (%.2f)" % (rid, r["near"], r["max"]))
    for k, v in ids.items():
        if v > 1: errs.append("identifier used %d times: %s" % (v, k))
    for k, v in buyers.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JC) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JC) - cited))
    for cat, (en, zh, tw) in PLAN.items():
        got = (plan[(cat, "en")], plan[(cat, "zh")], plan[(cat, "zh-tw")])
        if got != (en, zh, tw): errs.append("block %s has %s replies (en, zh, zh-tw), planned %s" % (cat, got, (en, zh, tw)))
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, have, seen = [], set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p)
                continue
            tid = os.path.relpath(p, lib)[:-4].replace(os.sep, "/")
            have.add(tid)
            txt = open(p, encoding="utf-8").read()
            if stray_braces(txt): errs.append("unbalanced placeholders in " + p)
            if refused(txt): errs.append("model-set names in " + p)
            if tid in TEMPLATES and txt != TEMPLATES[tid]: errs.append("library file differs from its source: " + p)
    if have != set(TEMPLATES): errs.append("library on disk differs from the sources: %s" % sorted(have ^ set(TEMPLATES)))
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    n = 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON: %s" % (n, e))
            continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d: missing %s" % (n, f))
        if d.get("id") in seen: errs.append("line %d: duplicate id" % n)
        seen.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        lab = d.get("labels")
        if not isinstance(lab, list) or not set(lab) <= LABELS or lab != sorted(set(lab)):
            errs.append("line %d: labels %r" % (n, lab))
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang" % n)
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply": errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip(): errs.append("line %d: empty text" % n)
        elif refused(d["text"]): errs.append("line %d: model-set names" % n)
    if n != len(REPLIES): errs.append("replies.jsonl has %d lines, the sources %d" % (n, len(REPLIES)))
    return errs


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        k = Counter(column(r) for r in REPLIES if r["cat"] == c)
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
    out += ["", "| template id | language | topic | fills | fill+log | violating |", "| --- | --- | --- | --- | --- | --- |"]
    for tid, (lang, topic) in TOPIC.items():
        c = Counter(r["cat"] for r in REPLIES if r["tid"] == tid)
        out.append("| `%s` | %s | %s | %d | %d | %d |" % (tid, lang, topic, c["filled-template"], c["fill-plus-logistics"],
                                                         c["violating"]))
    out += ["", "| id | labels | source | what it adds | similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max (%s)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs))
    rows = [("exact fills", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]]),
            ("edited fills, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            ("fill-plus-logistics, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            ("template-based violating, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            ("rewritten, best template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            ("free `template-required` (non-logistics, mixed, rewritten, violating), best template",
             [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]),
            ("free `[]` logistics, best template", [r["max"] for r in REPLIES if r["cat"] == "logistics"])]
    out += ["", "| replies | difflib ratio |", "| --- | --- |"] + ["| %s | %s |" % (a, rng(b)) for a, b in rows]
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        e = check_disk(args[1] if len(args) > 1 else HERE)
        print("\n".join(e) or "ok: files on disk are valid")
        sys.exit(1 if e else 0)
    if args and args != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if args == ["--tables"]:
        print(tables())
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
        print("DISK CHECK FAILED:\n" + "\n".join("  " + x for x in e))
        sys.exit(1)
    print("ok: %s: %d templates %s, %d replies" % (SET, len(TEMPLATES), dict(Counter(v[0] for v in TOPIC.values())),
                                                  len(REPLIES)))
    print("labels:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
