#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator and verifier for t63, a held-out test set for the `template-required` policy.

Usage
    python3 gen.py                  verify the sources; write library/ and replies.jsonl only if they are clean,
                                    then re-read and verify what was written
    python3 gen.py --check [DIR]    verify the generated files in DIR (default: next to this script), write nothing
    python3 gen.py --tables         verify the sources and print the README tables, write nothing

The texts are in gen_templates.py (approved library) and gen_replies.py (labelled replies).
Only the Python standard library is needed.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

BASE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BASE)
from gen_templates import TEMPLATES, TMETA  # noqa: E402
from gen_replies import PH_RE, REPLIES, render  # noqa: E402

SET_NAME = "t63"
POLICIES = ("marketing", "off-platform-contact", "review-inducement", "template-required")
CATEGORIES = ("filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten",
              "mixed-logistics", "violating")
TR = "template-required"
# Label set that every reply of a category must carry ("violating" is free).
LABELS_OF = {"filled-template": (), "fill-plus-logistics": (), "logistics": (),
             "free-non-logistics": (TR,), "rewritten": (TR,), "mixed-logistics": (TR,)}

# The judgement calls of README.md. Notes may cite only these; each one has to be cited.
JUDGEMENT_CALLS = {
    1: "one logistics sentence added to a fill leaves it at []",
    2: "politeness and small edits keep a fill a fill",
    3: "violating sentence in a template: content label + template-required, unless the sentence is logistics",
    4: "moving an oversize instrument is logistics",
    5: "packing an order or a return for transport is logistics",
    6: "putting an order right is logistics",
    7: "a knock in transit, or a customs hold, counts as logistics",
    8: "a logistics answer that also gives advice needs a template",
    9: "neutral review template filled = []; own words = template-required only",
    10: "advice in the agent's own words needs a template",
    11: "warming up the instrument after delivery is care",
    12: "travelling with the instrument is product use",
    13: "retelling a template is template-required",
    14: "look-alikes that must not be flagged",
    15: "free logistics needs no template",
    16: "a we-will-get-back-to-you answer on a fault needs a template",
}

# Everything the model set t57 names, plus everything t57 itself refuses from older sets.
REFUSED_BY_SOURCE = {
    'model set t57: seller, products, staff, handles, code, id prefixes': [
        "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "SUNNYRIDGE", "Ridgeback", "Cairn", "Leaflight",
        "FHP-C-", "1Z8W3E61", "771904", "771905", "92612901008", "88055", "Perpetua", "Nkemelu-Ward", "Barnaby Quist",
        "Quist", "Ottilie", "Marchetti-Dunne", "Rufus Adebanjo-Kerr", "Adebanjo-Kerr", "屠明远", "郏思琪", "邱映彤", "左承浩",
    ],
    'model set t57: buyers': [
        "Dario", "Jonah", "Linnea", "Ashdown", "Brandvold", "Brightman", "Brockhurst", "Cathcart", "Dunleavy", "Dunmore",
        "Ellsworth", "Fairweather-Nash", "Ferencz", "Gagnon-Reyes", "Gillespie", "Gorringe", "Grunwald", "Halvorsen-Udo",
        "Haverstock", "Hollingbury", "Ibekwe", "Ingleby", "Kealoha-Brandt", "Lisowski", "Okonkwo-Baird", "Okparaeke",
        "Ostergaard", "Pellworth", "Pryor", "Quaye", "Rookwood", "Rosenthal-Ayo", "Sandoval-Kaye", "Strand", "Thornbury",
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
    ],
    'sets refused by the model set (t48 and earlier)': [
        "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-",
        "NIGHTREAD", "1Z4K712", "94001118992", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand",
        "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
        "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
        "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks",
        "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "戚晓岚",
        "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004", "Wilhelmina", "Okafor-Lindsay", "Saoirse",
        "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos",
        "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐",
        "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太",
        "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
        "Tamsin Ode", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn",
        "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell",
        "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane",
        "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic",
        "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir",
        "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh",
        "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt",
        "Quennell", "Rautenbach", "Ruiz-Gallant", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers",
        "Mr Adeyemi", "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士",
        "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士",
        "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生",
        "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生",
        "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生",
        "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太",
        "龙先生",
    ],
}

REFUSED = [name for names in REFUSED_BY_SOURCE.values() for name in names]
_LATIN_REFUSED = [re.compile(r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])" % re.escape(n), re.I) for n in REFUSED if n.isascii()]
_HAN_REFUSED = [n for n in REFUSED if not n.isascii()]

# Only a violating reply may contain any of these (lower-case substring test).
VIOLATION_WORDS = (
    "http", "www.", "@", ".com", "e-mail", "email", "whatsapp", "telegram", "instagram", "facebook", "line 官方",
    "微信", "paypal", "zelle", "venmo", "vellacourt-strings", "vellacourt_kf", "555-01",
    "coupon", "promo", "discount", "% off", "pre-order", "cantabile", "八五折", "八折", "九折", "买一送一", "買一送一",
    "抽奖", "抽獎", "官网", "官網", "转账", "轉帳",
    "5-star", "five-star", "2-star", "1-star", "gift card", "screenshot", "截图", "截圖",
    "五星", "三星", "好评", "好評", "差评", "差評", "返现", "返現",
)
# Evidence a content label must find in its reply (lower-case substring test).
EVIDENCE = {
    "review-inducement": ("review", "评", "評"),
    "marketing": ("% off", "pre-order", "八五折", "抽獎"),
    "off-platform-contact": ("555-01", "@", ".com", "微信", "instagram", "line"),
}
# Words that show a text is about the movement of an order (lower-case substring test).
LOGISTICS_WORDS = (
    "tracking", "ship", "deliver", "parcel", "carrier", "fedex", "usps", "ups ", "warehouse", "packed", "packing",
    "label", "return", "refund", "exchange", "cancel", "address", "locker", "pickup", "signature", "sign for",
    "customs",
    "运单", "发货", "发出", "寄出", "送达", "派送", "签收", "包裹", "运输", "仓库", "补发", "面单", "退货", "退回", "退款",
    "换货", "取消", "地址", "清关", "关税",
    "追蹤", "單號", "出貨", "送達", "簽收", "配送", "運送", "取件", "倉庫", "補寄", "退貨", "寄回", "清關",
)
ID_PATTERN = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z5V0A47\d{10}\b|\b6148\d{8}\b|\b9214903\d{15}\b|\bVCS-K-\d{5}\b")
NUMBER_RUN = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
HAN = re.compile(r"[\u3400-\u9fff]")
# Simplified characters that Big5 can also encode; none may occur in Traditional text.
SIMPLIFIED_ONLY = set("后这为说会时个对发们让过还么样经见觉门问间边号击坏缆线轻")
FIRST_LINE = re.compile(r"^(?:(?:Hi|Hello|Dear|Good \w+) )?(.+?)(?:,|，.*| (?:您好|午安)：)$")

MIN_OWN = 0.80        # an edited fill against its own rendering
MAX_FREE = 0.55       # a free template-required reply against any template
MAX_PAIR = 0.50       # two templates against each other


class Problems(list):
    def note(self, where, what, *args):
        self.append("%s: %s" % (where, what % args if args else what))


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def skeleton(tid):
    """A template with its placeholders removed, as used for similarity."""
    return PH_RE.sub("", TEMPLATES[tid])


def closest_template(text):
    best = max(TEMPLATES, key=lambda tid: similarity(text, skeleton(tid)))
    return best, similarity(text, skeleton(best))


def refused_in(text):
    found = [rx.pattern for rx in _LATIN_REFUSED if rx.search(text)]
    return found + [n for n in _HAN_REFUSED if n in text]


def loose_braces(text):
    leftover = PH_RE.sub("", text)
    return "{" in leftover or "}" in leftover


def wrong_script(text, lang, traditional):
    """None if the text uses the right script: ASCII for en; GB2312 or Big5 (Traditional) for the Han part of zh."""
    if lang == "en":
        bad = [c for c in text if ord(c) > 127]
        return "non-ASCII characters %r" % "".join(sorted(set(bad))) if bad else None
    han_part = "".join(c for c in text if ord(c) > 127)
    codec = "big5" if traditional else "gb2312"
    bad = []
    for c in set(han_part):
        try:
            c.encode(codec)
        except UnicodeEncodeError:
            bad.append(c)
    if bad:
        return "not %s: %s" % (codec, "".join(sorted(bad)))
    if traditional and set(han_part) & SIMPLIFIED_ONLY:
        return "simplified characters in Traditional text: " + "".join(sorted(set(han_part) & SIMPLIFIED_ONLY))
    return None


def mentions_logistics(text):
    low = (text or "").lower()
    return any(w in low for w in LOGISTICS_WORDS)


def folder(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


# ---------------------------------------------------------------- source checks
def verify_library(out):
    for tid, body in TEMPLATES.items():
        lang = TMETA[tid][0]
        slots = PH_RE.findall(body)
        where = "template " + tid
        if tid.split("/")[0] != lang:
            out.note(where, "folder %s but language %s", tid.split("/")[0], lang)
        if loose_braces(body):
            out.note(where, "stray brace outside a placeholder")
        if len(slots) != len(set(slots)):
            out.note(where, "a placeholder occurs twice")
        for need in ("buyer_name", "agent_name"):
            if need not in slots:
                out.note(where, "no {{%s}}", need)
        words = [w for w in VIOLATION_WORDS if w in body.lower()]
        if words:
            out.note(where, "violation wording %s", words)
        if refused_in(body):
            out.note(where, "refused names %s", refused_in(body))
        problem = wrong_script(skeleton(tid), "en" if lang == "en" else "zh", lang == "zh-tw")
        if problem:
            out.note(where, problem)
    ids = list(TEMPLATES)
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            score = similarity(skeleton(a), skeleton(b))
            if score >= MAX_PAIR:
                out.note("templates", "%s and %s are too alike (%.2f)", a, b, score)


def verify_reply(out, r, seen):
    where, text, cat, labels = r["id"], r["text"], r["cat"], r["labels"]
    low = text.lower()
    if cat not in CATEGORIES or r["tags"][0] != cat:
        out.note(where, "category %r / first tag %r", cat, r["tags"][0])
    if text in seen["texts"]:
        out.note(where, "same text as an earlier reply")
    seen["texts"].add(text)
    if text != text.strip() or any(bad in text for bad in ("{", "}", "  ", "\t", "\n\n\n")):
        out.note(where, "layout: braces, doubled spaces, tabs, triple breaks or outer whitespace")
    if refused_in(text):
        out.note(where, "refused names %s", refused_in(text))
    if list(labels) != sorted(set(labels)) or not set(labels) <= set(POLICIES):
        out.note(where, "labels %r", labels)
    problem = wrong_script(text, r["lang"], "traditional" in r["tags"])
    if problem:
        out.note(where, problem)
    if (r["lang"] == "zh") != bool(HAN.search(text)):
        out.note(where, "lang %s does not fit the characters used", r["lang"])
    seen["ids"].update(ID_PATTERN.findall(text))
    for run in NUMBER_RUN.findall(text):
        if not ID_PATTERN.fullmatch(run):
            out.note(where, "number %s has no known id format", run)
    if r["tid"]:
        buyer = r["vals"]["buyer_name"]
    else:
        m = FIRST_LINE.match(text.split("\n", 1)[0])
        buyer = m.group(1) if m else None
        if not buyer:
            out.note(where, "no buyer name on the first line")
    seen["buyers"][buyer] += 1
    cited = {int(x) for x in re.findall(r"JC(\d+)", r["note"])}
    for n in cited - set(JUDGEMENT_CALLS):
        out.note(where, "cites JC%d, which does not exist", n)
    seen["cited"] |= cited

    if cat in LABELS_OF and tuple(labels) != LABELS_OF[cat]:
        out.note(where, "category %s needs labels %s", cat, list(LABELS_OF[cat]))
    if cat != "violating":
        words = [w for w in VIOLATION_WORDS if w in low]
        if words:
            out.note(where, "violation wording outside the violating category: %s", words)
    else:
        content = [l for l in labels if l != TR]
        if not content:
            out.note(where, "violating but no content policy label")
        for l in content:
            if not any(e in low for e in EVIDENCE[l]):
                out.note(where, "label %s has no evidence in the text", l)
        if "JC3" not in r["note"]:
            out.note(where, "violating replies cite JC3")
        if r["extra"] is not None and (TR in labels) == mentions_logistics(r["extra"]):
            out.note(where, "template-required must be present exactly when the added sentence is not logistics")
    if cat in ("logistics", "mixed-logistics") and not mentions_logistics(text):
        out.note(where, "no logistics matter named")
    if cat == "fill-plus-logistics" and not mentions_logistics(r["extra"]):
        out.note(where, "the added sentence names no logistics matter")

    r["near"], r["max"] = closest_template(text)
    if r["tid"]:
        if not r["note"].startswith(r["tid"] + ": "):
            out.note(where, "note does not open with the template id")
        rendering = render(r["tid"], r["vals"])
        r["own"] = similarity(text, rendering)
        if r["exact"] != (text == rendering):
            out.note(where, "exact flag is wrong")
        if cat in ("filled-template", "fill-plus-logistics"):
            if r["own"] < MIN_OWN:
                out.note(where, "only %.2f to its own rendering", r["own"])
            if r["near"] != r["tid"]:
                out.note(where, "closest template is %s, not its own", r["near"])
    elif TR in labels and r["max"] >= MAX_FREE:
        out.note(where, "free reply scores %.2f against %s", r["max"], r["near"])


def verify_sources():
    out = Problems()
    verify_library(out)
    seen = {"texts": set(), "ids": Counter(), "buyers": Counter(), "cited": set()}
    for n, r in enumerate(REPLIES, 1):
        r["id"] = "%s-%03d" % (SET_NAME, n)
        verify_reply(out, r, seen)
    for value, times in seen["ids"].items():
        if times > 1:
            out.note("ids", "%s occurs %d times", value, times)
    for buyer, times in seen["buyers"].items():
        if times > 1:
            out.note("buyers", "%s occurs %d times", buyer, times)
    for n in sorted(set(JUDGEMENT_CALLS) - seen["cited"]):
        out.note("judgement calls", "JC%d is never cited", n)
    return out


# ---------------------------------------------------------------- output
def to_json(r):
    rec = OrderedDict((k, r[k]) for k in ("id", "text", "labels", "lang", "tags", "note"))
    rec["context"] = "reply"
    if r["tid"]:
        rec["template"] = r["tid"]
    return rec


def write_outputs():
    lib = os.path.join(BASE, "library")
    shutil.rmtree(lib, ignore_errors=True)
    for tid, body in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(body)
    with open(os.path.join(BASE, "replies.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(to_json(r), ensure_ascii=False) + "\n" for r in REPLIES)


def verify_files(base):
    out = Problems()
    lib = os.path.join(base, "library")
    known = set()
    for root, _, names in os.walk(lib):
        for name in names:
            path = os.path.join(root, name)
            if not name.endswith(".txt"):
                out.note(path, "not a .txt file")
                continue
            known.add(os.path.relpath(path, lib)[:-len(".txt")].replace(os.sep, "/"))
            with open(path, encoding="utf-8") as fh:
                body = fh.read()
            if loose_braces(body):
                out.note(path, "stray brace")
            if refused_in(body):
                out.note(path, "refused names")
    if not known:
        out.note(lib, "holds no templates")
    path = os.path.join(base, "replies.jsonl")
    count, ids = 0, set()
    with open(path, encoding="utf-8") as fh:
        for count, line in enumerate(fh, 1):
            where = "replies.jsonl line %d" % count
            try:
                rec = json.loads(line)
            except ValueError as e:
                out.note(where, "not JSON (%s)", e)
                continue
            missing = [f for f in ("id", "text", "labels", "lang", "tags", "note", "context") if f not in rec]
            if missing:
                out.note(where, "missing %s", missing)
            if rec.get("id") in ids or rec.get("id") != "%s-%03d" % (SET_NAME, count):
                out.note(where, "id %r out of sequence or repeated", rec.get("id"))
            ids.add(rec.get("id"))
            labels = rec.get("labels")
            if not isinstance(labels, list) or labels != sorted(set(labels)) or not set(labels) <= set(POLICIES):
                out.note(where, "labels %r", labels)
            if rec.get("lang") not in ("en", "zh"):
                out.note(where, "lang %r", rec.get("lang"))
            if not rec.get("tags") or rec["tags"][0] not in CATEGORIES:
                out.note(where, "first tag is not a category")
            if rec.get("context") != "reply":
                out.note(where, "context %r", rec.get("context"))
            if "template" in rec and rec["template"] not in known:
                out.note(where, "template %s not in library/", rec["template"])
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                out.note(where, "empty text")
            elif refused_in(text):
                out.note(where, "refused names")
    if count == 0:
        out.note(path, "empty")
    return out


# ---------------------------------------------------------------- README tables
def tables():
    lines = ["| category | en | zh (Simplified) | zh-tw (Traditional) | all |", "| --- | --- | --- | --- | --- |"]
    grand = Counter()
    for cat in CATEGORIES:
        row = Counter(folder(r) for r in REPLIES if r["cat"] == cat)
        grand.update(row)
        lines.append("| %s | %d | %d | %d | %d |" % (cat, row["en"], row["zh"], row["zh-tw"], sum(row.values())))
    lines.append("| **all** | %d | %d | %d | %d |" % (grand["en"], grand["zh"], grand["zh-tw"], sum(grand.values())))
    lines += ["", "| label set | replies |", "| --- | --- |"]
    for combo, n in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        lines.append("| %s | %d |" % (combo, n))
    per = Counter(l for r in REPLIES for l in r["labels"])
    lines += ["", "Replies per label: " + ", ".join("`%s` %d" % (l, per[l]) for l in sorted(per)) + "."]
    rest = Counter(t for r in REPLIES for t in r["tags"][1:])
    lines += ["", "Remaining tags: " + ", ".join("`%s` %d" % (t, rest[t]) for t in sorted(rest)) + "."]
    lines += ["", "| template | language: topic |", "| --- | --- |"]
    lines += ["| `%s` | %s: %s |" % (tid, lang, topic) for tid, (lang, topic) in TMETA.items()]
    lines += ["", "| id | labels | built from | what was added | similarity of the whole message |",
              "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            if r["tid"]:
                src, what, sim = r["tid"], r["note"].split(": ", 1)[1], "%.2f (own rendering)" % r["own"]
            else:
                src, what, sim = "written freely", r["note"], "%.2f (best: %s)" % (r["max"], r["near"])
            lines.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def spread(values):
        return "%.2f-%.2f" % (min(values), max(values))
    groups = [
        ("edited fills, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
        ("fill-plus-logistics, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
        ("template-based violating, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
        ("free template-required replies, best template", [r["max"] for r in REPLIES if not r["tid"] and TR in r["labels"]]),
        ("rewritten replies, best template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
        ("free [] replies, best template", [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]),
    ]
    lines += ["", "| replies | difflib ratio |", "| --- | --- |"]
    lines += ["| %s | %s |" % (name, spread(vals)) for name, vals in groups]
    return "\n".join(lines)


def fail(title, problems):
    print("%s (%d):" % (title, len(problems)))
    for p in problems:
        print("  - " + p)
    sys.exit(1)


def main(argv):
    if argv[:1] == ["--check"] and len(argv) <= 2:
        problems = verify_files(argv[1] if len(argv) == 2 else BASE)
        if problems:
            fail("FILES INVALID", problems)
        print("ok: files valid")
        return
    if argv not in ([], ["--tables"]):
        sys.stderr.write("usage: gen.py [--check [DIR] | --tables]\n")
        sys.exit(2)
    problems = verify_sources()
    if problems:
        fail("SELF-CHECK FAILED", problems)
    if argv == ["--tables"]:
        print(tables())
        return
    write_outputs()
    problems = verify_files(BASE)
    if problems:
        fail("WRITTEN FILES INVALID", problems)
    print("ok: wrote %d templates (%s) and %d replies" % (
        len(TEMPLATES), ", ".join("%s %d" % kv for kv in Counter(m[0] for m in TMETA.values()).items()), len(REPLIES)))
    for cat in CATEGORIES:
        print("  %-20s %s" % (cat, dict(Counter(folder(r) for r in REPLIES if r["cat"] == cat))))
    print("  label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))
    print("  languages: ", dict(Counter(folder(r) for r in REPLIES)))


if __name__ == "__main__":
    main(sys.argv[1:])
