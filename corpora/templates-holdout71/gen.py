#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t71: builds and checks the hand-labelled held-out set for `template-required`.

  python3 gen.py                 run the self-checks; only if they pass, rewrite library/ and replies.jsonl and
                                 validate the files written
  python3 gen.py --check [DIR]   validate library/ and replies.jsonl on disk only (default: this directory)
  python3 gen.py --tables        run the self-checks, then print the tables used in README.md (writes nothing)

Sources: gen_templates.py (the approved library) and gen_replies.py (the labelled replies). Standard library only.
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
from gen_replies import REPLIES, AGENTS, render, PH_RE   # noqa: E402

PREFIX = "t71"
POLICIES = ["marketing", "off-platform-contact", "review-inducement", "template-required"]
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
# A category's notes must cite at least one of these judgement calls.
CAT_JC = {"fill-plus-logistics": {1}, "rewritten": {14}, "mixed-logistics": {8}, "violating": {3},
          "free-non-logistics": {10, 11, 12, 13}, "logistics": {4, 5, 6, 7, 15, 16}}

# Judgement calls as numbered in README.md; each must be cited by some note, and notes may cite only these.
JCS = {1: "a fill plus one logistics sentence stays []",
       2: "courtesy, small talk and light edits keep a fill a fill",
       3: "content violations: content label, plus template-required unless the violating part is logistics",
       4: "fragile and oversize carriage is logistics",
       5: "missing parts, wrong items, replacements and other fulfilment fixes are logistics",
       6: "damage in transit and customs are logistics",
       7: "returning a cut strip is a returns question",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: filled template [], own words template-required only",
       10: "free-written product advice is template-required",
       11: "naming the seller's product the buyer asked about is advice, not marketing",
       12: "a holding reply about a fault is template-required",
       13: "a courtesy-only reply is template-required",
       14: "a rewrite that keeps a template's facts is template-required",
       15: "near-misses that must not be flagged",
       16: "free-written logistics needs no template"}

# Names of the model set (t57, read for structure only) and of the sets it refused. None may appear here.
REFUSED = [
    # t57: seller, products, staff, ids, handles, codes
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Cairn", "Leaflight", "FHP-C-",
    "1Z8W3E61", "771904", "771905", "926129", "88055", "SUNNYRIDGE", "Nkemelu-Ward", "Barnaby Quist",
    "Marchetti-Dunne", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
    # sets refused by t57
    "Pagelight", "pagelight-reading", "pagelight_help", "Folio Nimbus", "Tessel", "PLR-W-", "NIGHTREAD", "1Z4K712",
    "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木",
    "倪靖雯", "柴定遠", "Meadowvane", "meadowvane-care", "Sonavel", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur",
    "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-",
    "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay",
    "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal",
    "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    # buyers of t57 and of the sets it refused (surnames; Chinese with their titles)
    "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore", "Ellsworth", "Fairweather-Nash",
    "Ferencz", "Gagnon-Reyes", "Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo", "Haverstock", "Hollingbury",
    "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke", "Ostergaard", "Pellworth", "Pryor",
    "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Strand", "Thornbury", "Thorsby", "Tolliver", "Tshabalala",
    "Vasquez-Ibe", "Ventris", "Wainaina", "Pikesley", "Quintero", "Achterberg", "Adeleke-Rowe", "Ambler", "Ballantyne",
    "Caldwell-Ansah", "Chatterjee-Holm", "Darrowby", "Delgadillo", "Eskildsen", "Estrada-Vaughn", "Farrant",
    "Fenwick-Adair", "Greenhalgh", "Haldane", "Harcourt", "Kaminski-Boyd", "Kettering", "Koenigsberg", "Lindgren",
    "Lovejoy", "Marchbanks", "Nakashima-Roe", "Orlova", "Pennock", "Penrose", "Quarrie", "Reinholt", "Ruthven",
    "Sorensen-Mbeki", "Tiernan", "Tremaine", "Valcourt", "Yarrow", "Yusupova", "Dario", "Jonah", "Linnea",
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn", "Elphick",
    "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid",
    "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane", "Pryce-Moreno",
    "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic",
    "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir",
    "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh",
    "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt",
    "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers",
    "严女士", "乔先生", "付女士", "伍女士", "兰先生", "卓先生", "单女士", "卢女士", "史女士", "呂小姐", "喻女士", "姜先生",
    "季先生", "官小姐", "宫女士", "尹女士", "巫先生", "庞先生", "廖先生", "戈先生", "成先生", "方先生", "时先生", "晏女士",
    "杜先生", "杭先生", "柯先生", "桂女士", "樊女士", "歐先生", "武女士", "殷女士", "毕先生", "毛先生", "汤先生", "汪小姐",
    "洪女士", "游小姐", "湯小姐", "潘先生", "甘女士", "申先生", "白先生", "盛女士", "盧小姐", "祁先生", "祝女士", "童先生",
    "米先生", "粘先生", "羅先生", "翁小姐", "莫先生", "薛先生", "裴女士", "覃小姐", "詹太太", "诸先生", "贺女士", "辜太太",
    "連先生", "邢太太", "邬女士", "邵先生", "郝先生", "闫先生", "阮先生", "阮小姐", "霍先生", "顏先生", "馬小姐", "鲁女士",
    "黎女士", "齊小姐", "龔太太", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生",
    "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太", "万女士", "何小姐", "侯先生", "傅小姐",
    "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生", "唐女士", "姚先生", "孙先生", "孟女士",
    "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生",
    "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士",
    "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生",
    "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太",
    "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
]
_REF_ASCII = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_REF_CJK = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
# Simplified forms that also exist in Big5 and so slip past the encoding test of a Traditional text.
NOT_TRAD = set("后于准几冲干范松里云")
# Wording that only a violating reply may contain: links, handles, contact details, offers, rating asks.
BANNED = ["http", "www.", "@", ".com", ".shop", "whatsapp", "telegram", "wechat", "instagram", "facebook", "line pay",
          "微信", "小红书", "paypal", "支付宝", "email", "e-mail", "555-01", "0755-", "coupon", "promo", "discount", "% off",
          "giveaway", "sale", "stock up", "5-star", "five-star", "five stars", "5 stars", "2-star", "1-star", "gift card",
          "五星", "一星", "好评", "好評", "差评", "差評", "返现", "返現", "优惠", "優惠", "折扣", "八五折", "九折", "送一",
          "官网", "官網", "粉絲專頁", "选购", "選購"]
# A content label needs one of its markers in the text of its reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "giveaway", "stock up", "折", "送一", "优惠", "選購", "选购"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".shop", "微信", "facebook", "instagram", "小红书",
                                 "0755-", "line pay", "官网"]}
REVIEW_WORDS = ["review", "评论", "評論", "评价", "評價"]
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import fee", "parcel",
       "label", "carrier", "locker", "pickup", "warehouse", "dispatch", "courier", "po box",
       "运单", "退货", "退款", "送达", "地址", "发货", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送", "快递",
       "物流", "自提", "仓库", "退回", "面单",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "寄回", "包裹", "地址", "物流", "取件", "換貨", "關稅", "清關",
       "倉庫"]
# Identifier formats used in this set; every long number must be one of them, and each is used once.
_ID_PARTS = [r"\d{3}-\d{7}-\d{7}", r"1Z6V0T27\d{10}", r"9205590164\d{12}", r"779361\d{6}", r"TBA3\d{11}",
             r"KGL-C-\d{5}"]
ID_RE = re.compile("|".join("(?<![0-9A-Za-z-])%s(?![0-9A-Za-z-])" % p for p in _ID_PARTS))
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|1Z\w+|TBA\w+")
FILL_MIN, FREE_MAX, TEMPLATES_MAX, EXTRA_MAX = 0.80, 0.55, 0.50, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


_BARE = {t: PH_RE.sub("", x) for t, x in TEMPLATES.items()}


def nearest(text):
    scores = {t: ratio(text, b) for t, b in _BARE.items()}
    best = max(scores, key=scores.get)
    return best, scores[best]


def refused(text):
    return [r.pattern for r in _REF_ASCII if r.search(text)] + [n for n in _REF_CJK if n in text]


def braces_left(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def group(lang, trad):
    return "zh-tw" if trad else lang


def script_errors(text, grp):
    """en: ASCII only. zh: Simplified (GB2312). zh-tw: Traditional (Big5, none of NOT_TRAD)."""
    if grp == "en":
        bad = sorted({c for c in text if ord(c) > 127})
        return ["non-ASCII characters %r" % "".join(bad)] if bad else []
    body = re.sub(r"[\x00-\x7f]", "", text)
    enc = "big5" if grp == "zh-tw" else "gb2312"
    bad = sorted({c for c in body if not _encodes(c, enc)})
    errs = ["characters outside %s: %s" % (enc, "".join(bad))] if bad else []
    if grp == "zh-tw" and set(body) & NOT_TRAD:
        errs.append("simplified forms in Traditional text: " + "".join(sorted(set(body) & NOT_TRAD)))
    return errs


def _encodes(c, enc):
    try:
        c.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def lower_hits(text, words):
    low = text.lower()
    return [w for w in words if w in low]


def checks():
    errs = []
    # ------------------------------------------------------------ templates
    for tid, text in TEMPLATES.items():
        lang = TMETA[tid][0]
        ph = PH_RE.findall(text)
        if tid.split("/")[0] != lang:
            errs.append("template id and language disagree: " + tid)
        if braces_left(text):
            errs.append("unbalanced placeholder braces in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("buyer_name or agent_name missing in " + tid)
        if len(ph) != len(set(ph)):
            errs.append("a placeholder appears twice in " + tid)
        hits = lower_hits(text, BANNED + REVIEW_WORDS * (TMETA[tid][1] != "review request"))
        if hits or refused(text):
            errs.append("template %s has forbidden wording %s %s" % (tid, hits, refused(text)))
        errs += ["template %s: %s" % (tid, e) for e in script_errors(_BARE[tid], lang)]
    n_lang = Counter(m[0] for m in TMETA.values())
    if sum(1 for m in TMETA.values() if m[1] == "review request") < 1:
        errs.append("no neutral review-request template")
    ids = list(TEMPLATES)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            r = ratio(_BARE[a], _BARE[b])
            if r >= TEMPLATES_MAX:
                errs.append("templates too alike: %s %s %.2f" % (a, b, r))
    if not (n_lang["en"] >= 8 and n_lang["zh"] >= 4 and n_lang["zh-tw"] >= 3):
        errs.append("library proportions off: %s" % dict(n_lang))
    # ------------------------------------------------------------ replies
    texts, idc, whos, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab, trad = r["text"], r["cat"], r["labels"], "traditional" in r["tags"]
        grp = r["grp"] = group(r["lang"], trad)
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": category missing or not tags[0]")
        if t in texts:
            errs.append(rid + ": duplicate text")
        texts.add(t)
        if "{" in t or "}" in t or "  " in t or "\t" in t or "\n\n\n" in t or t != t.strip():
            errs.append(rid + ": braces, double spaces, tabs, triple line breaks or outer whitespace")
        if refused(t):
            errs.append("%s: names from the model set %s" % (rid, refused(t)))
        if lab != sorted(set(lab)) or not set(lab) <= set(POLICIES):
            errs.append(rid + ": labels not a sorted subset of the four policies")
        errs += ["%s: %s" % (rid, e) for e in script_errors(t, grp)]
        if r["lang"] == "zh" and not CJK.search(t):
            errs.append(rid + ": zh reply without Chinese")
        # ids
        for m in ID_RE.findall(t):
            idc[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m):
                errs.append("%s: malformed id %s" % (rid, m))
        # buyer and agent
        first, last = t.split("\n")[0], t.split("\n")[-1]
        if r["who"] not in first:
            errs.append("%s: buyer %s not in the greeting line" % (rid, r["who"]))
        whos[r["who"]] += 1
        staff = AGENTS[grp]
        if r["tid"]:
            if r["vals"]["agent_name"] not in staff:
                errs.append(rid + ": agent not one of the staff for " + grp)
        elif not any(last == a or last == a.split()[0] for a in staff):
            errs.append("%s: last line %r is not a %s agent" % (rid, last, grp))
        # judgement calls
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS):
            errs.append("%s: unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in CAT_JC and not jcs & CAT_JC[cat]:
            errs.append("%s: a %s note must cite one of %s" % (rid, cat, sorted(CAT_JC[cat])))
        if r["tid"] and not r["note"].startswith(r["tid"] + ": "):
            errs.append(rid + ": note must start with the template id")
        # labels against category and wording
        if cat in EXPECT and lab != EXPECT[cat]:
            errs.append("%s: labels %s do not fit category %s" % (rid, lab, cat))
        hits = lower_hits(t, BANNED)
        if cat != "violating" and hits:
            errs.append("%s: offending wording outside violating: %s" % (rid, hits))
        if cat != "violating" and lower_hits(t, REVIEW_WORDS) and 9 not in jcs:
            errs.append(rid + ": mentions a review but is not a JC9 neutral request")
        if cat in ("logistics", "mixed-logistics") and not lower_hits(t, LOG):
            errs.append(rid + ": names no logistics matter")
        if cat == "violating":
            content = [l for l in lab if l != "template-required"]
            if not content:
                errs.append(rid + ": violating reply without a content label")
            for l in content:
                if not lower_hits(t, MARK[l]):
                    errs.append("%s: no marker for %s" % (rid, l))
            if r["tid"]:
                if "template-based" not in r["tags"]:
                    errs.append(rid + ": template-based violation not tagged")
                if ("template-required" in lab) == r["extra_is_logistics"]:
                    errs.append(rid + ": template-required must be set exactly when the added sentence is not logistics")
            elif "free-written" not in r["tags"]:
                errs.append(rid + ": free violation not tagged")
            if "template-required" not in lab and not lower_hits(t, LOG):
                errs.append(rid + ": without template-required the content must be logistics")
        if r["extra"] is not None:
            if bool(lower_hits(r["extra"], LOG)) != bool(r["extra_is_logistics"]):
                errs.append(rid + ": logistics flag of the added sentence disagrees with its wording")
            paras = [p for tt in TEMPLATES.values() for p in PH_RE.sub("", tt).split("\n") if len(p) > 20]
            r["extra_max"] = max(ratio(r["extra"], p) for p in paras)
            if r["extra_max"] >= EXTRA_MAX:
                errs.append("%s: the added sentence resembles template text (%.2f)" % (rid, r["extra_max"]))
        # similarity
        r["near"], r["max"] = nearest(t)
        if r["tid"]:
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            if r["exact"] != (t == want):
                errs.append(rid + ": exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s: fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
            if cat == "filled-template" and ("exact" in r["tags"]) != r["exact"]:
                errs.append(rid + ": exact/edited tag wrong")
        else:
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s: free reply too close to %s (%.2f)" % (rid, r["near"], r["max"]))
    for k, v in idc.items():
        if v > 1:
            errs.append("id used %d times: %s" % (v, k))
    for k, v in whos.items():
        if v > 1:
            errs.append("buyer used %d times: %s" % (v, k))
    if set(JCS) - cited:
        errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    used = {r["tid"] for r in REPLIES if r["tid"] and r["cat"] == "filled-template"}
    if set(TEMPLATES) - used:
        errs.append("templates with no filled reply: %s" % sorted(set(TEMPLATES) - used))
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
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            with open(p, encoding="utf-8") as fh:
                txt = fh.read()
            if braces_left(txt):
                errs.append("unbalanced placeholder braces: " + p)
            if refused(txt):
                errs.append("model-set names in " + p)
    if not have:
        errs.append("no templates under " + lib)
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    n = 0
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
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
                errs.append("line %d: ids not sequential" % n)
            lab = d.get("labels")
            if not isinstance(lab, list) or lab != sorted(set(lab)) or not set(lab) <= set(POLICIES):
                errs.append("line %d: labels %r" % (n, lab))
            if d.get("lang") not in ("en", "zh"):
                errs.append("line %d: lang %r" % (n, d.get("lang")))
            if not d.get("tags") or d["tags"][0] not in CATS:
                errs.append("line %d: tags[0] is not a category" % n)
            if d.get("context") != "reply":
                errs.append("line %d: context must be reply" % n)
            if "template" in d and d["template"] not in have:
                errs.append("line %d: unknown template %s" % (n, d["template"]))
            if ("template" in d) != (d.get("tags", [""])[0] in ("filled-template", "fill-plus-logistics")
                                     or "template-based" in d.get("tags", [])):
                errs.append("line %d: template field present/absent wrongly" % n)
            if not isinstance(d.get("text"), str) or not d["text"].strip():
                errs.append("line %d: empty text" % n)
            elif refused(d["text"]):
                errs.append("line %d: model-set names" % n)
    if n == 0:
        errs.append("replies.jsonl is empty")
    return errs


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        k = Counter(r["grp"] for r in REPLIES if r["cat"] == c)
        tot.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in POLICIES) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang | kind | topic | replies based on it |", "| --- | --- | --- | --- | --- |"]
    for tid, (lang, kind, topic) in TMETA.items():
        n = sum(1 for r in REPLIES if r["tid"] == tid)
        out.append("| `%s` | %s | %s | %s | %d |" % (tid, lang, kind, topic, n))
    out += ["", "| id | labels | source | what it does | similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = "`%s`" % r["tid"] if r["tid"] else "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own rendering; added sentence %.2f max" % (r["own"], r["extra_max"]) if r["tid"]
                   else "%.2f max (`%s`)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f (n=%d)" % (min(xs), max(xs), len(xs)) if xs else "-"
    rows = [
        ("edited fills, to their own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
        ("all fills, to their bare template (placeholders removed)", [r["max"] for r in REPLIES if r["cat"] == "filled-template"]),
        ("fill-plus-logistics, to their own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
        ("template-based violating, to their own rendering", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
        ("added sentences (logistics or violating), to any template paragraph", [r["extra_max"] for r in REPLIES if r["extra"]]),
        ("free logistics `[]`, to the nearest template", [r["max"] for r in REPLIES if r["cat"] == "logistics"]),
        ("free-non-logistics, to the nearest template", [r["max"] for r in REPLIES if r["cat"] == "free-non-logistics"]),
        ("rewritten, to the nearest template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
        ("mixed-logistics, to the nearest template", [r["max"] for r in REPLIES if r["cat"] == "mixed-logistics"]),
        ("free-written violating, to the nearest template", [r["max"] for r in REPLIES if r["cat"] == "violating" and not r["tid"]]),
    ]
    out += ["", "| replies | difflib ratio |", "| --- | --- |"] + ["| %s | %s |" % (a, rng(b)) for a, b in rows]
    out += ["", "| templates, pairwise (bare) | %.2f max |" % max(
        ratio(_BARE[a], _BARE[b]) for i, a in enumerate(TEMPLATES) for b in list(TEMPLATES)[i + 1:])]
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
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(r["grp"] for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
