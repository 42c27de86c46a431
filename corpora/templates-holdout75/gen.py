#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""templates-holdout75: builds and checks the hand-labelled `template-required` test set.

  python3 gen.py                self-checks; only if all pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]  validates the files on disk only (default: this directory)
  python3 gen.py --tables       self-checks, then prints the count tables used in README.md (writes nothing)

Sources: gen_templates.py (the approved library) and gen_replies.py (the labelled replies). Standard library only.
"""
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA          # noqa: E402
from gen_replies import REPLIES, render, PH         # noqa: E402

PREFIX = "t75"
MODEL_DIR = "/tmp/model_t6"          # the structural model; compared against only to make sure nothing is reused
LABELS = {"marketing", "off-platform-contact", "review-inducement", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [],
          "free-non-logistics": ["template-required"], "rewritten": ["template-required"],
          "mixed-logistics": ["template-required"]}

# Judgement calls; numbered as in README.md. Every JCn cited in a note must exist, and every one must be cited.
JCS = {
    1: "a fill plus one logistics sentence stays []",
    2: "courtesy and light edits keep a fill a fill",
    3: "template plus a violating sentence: content label and template-required unless the addition is logistics",
    4: "preparing a clipper for a return is logistics; the same steps for daily care or storage are advice",
    5: "shipping a warranty replacement or a label is logistics; deciding or approving a claim is not",
    6: "order-fulfilment corrections are logistics",
    7: "transit damage, lost parcels, customs and import deposits are logistics",
    8: "logistics plus product advice is template-required",
    9: "neutral review request: filled template [], own words template-required only",
    10: "free product advice is template-required; naming the part the buyer asked about is not marketing",
    11: "flying with the tool or using it abroad is product use",
    12: "a holding reply about a fault is template-required",
    13: "a rewrite that keeps a template's facts is template-required",
    14: "near-misses that must not be flagged",
    15: "free-written logistics needs no template",
    16: "a social handle without an offer is off-platform-contact, not marketing; sale or price pushes are marketing",
    17: "a review request prompted by the buyer's praise is review-inducement",
}

# Names of the model set (seller, products, staff, ids, codes, handles) and of the sets it refused.
REFUSED = ["Fernhollow", "Ridgeback", "Cairn 3000", "Leaflight", "FHP-C-", "SUNNYRIDGE", "fernhollow_cs", "fernhollowtw",
           "Perpetua", "Nkemelu-Ward", "Barnaby", "Quist", "Ottilie", "Marchetti-Dunne", "Adebanjo-Kerr",
           "屠明远", "郏思琪", "邱映彤", "左承浩", "1Z8W3E61", "t57-",
           "Pagelight", "Folio Nimbus", "Tessel", "NIGHTREAD", "Marigold Treadwell", "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
           "Meadowvane", "Sonavel", "Jetwell", "Halcyon", "Delphine Ashcombe", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
           "Larkspur", "Stitchworks", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow", "Footwise",
           "戚晓岚", "符瀚文", "簡若彤", "鍾承睿"]

CJK = re.compile(r"[\u3400-\u9fff]")
NOT_TRAD = set("后里干冲于范几松这为说会时个对发们来过还进门问间关")   # simplified forms that Big5 text must not use
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "wechat", "微信", "line 官方", "paypal", "venmo",
          "instagram", "facebook", "email", "e-mail", "邮件", "郵件", "coupon", "%", "promo", "discount", "on sale",
          "stock up", "5-star", "five-star", "2-star", "1-star", "gift card", "screenshot", "555-01", "五星", "好评",
          "好評", "差评", "差評", "返现", "返現", "半价", "半價", "八折", "买一送一", "買一送一", "独立站", "官网", "官網",
          "截图", "截圖"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "sale", "半价", "百分之", "折"],
        "off-platform-contact": ["555-01", "@", ".com", "instagram", "微信", "line", "paypal", "邮件", "独立站"]}
# A logistics reply, a mixed reply and a sentence added as logistics must name a logistics matter.
LOG = ["tracking", "track it", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import", "parcel",
       "label", "locker", "pickup", "carrier", "dispatch", "warehouse", "courier", "packing slip",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送",
       "自提", "面单", "寄回",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "簽收", "清關", "關稅", "集運", "物流"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZK47V03\d{10}\b|\b9361\d{18}\b|\b3928\d{8}\b|\bKGC-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{7,}(?![\d-])|\b1Z\w+")
FILL_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def placeholders_broken(text):
    rest = PH.sub("", text)
    return "{" in rest or "}" in rest


def refused(text):
    low = text.lower()
    return [n for n in REFUSED if n.lower() in low]


def script_errors(text, lang, trad):
    if lang == "en":
        bad = sorted({c for c in text if ord(c) > 127})
        return ["non-ASCII characters %r" % "".join(bad)] if bad else []
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["script: %s" % e]
    if trad and set(body) & NOT_TRAD:
        return ["simplified forms in Traditional text: " + "".join(sorted(set(body) & NOT_TRAD))]
    return []


# ------------------------------------------------------------------ the model set, for the no-reuse checks
def _sentences(text):
    out = set()
    for s in re.split(r"(?<=[.!?。！？；;])\s*|\n+", text):
        s = s.strip()
        if len(s) >= (12 if CJK.search(s) else 28):
            out.add(s)
    return out


def model_material():
    """(buyer names, sentences) of the model set, or None when it is not on this machine."""
    if not os.path.isdir(MODEL_DIR):
        return None
    code = ("import json,sys; sys.path.insert(0,'.'); import gen_templates as t, gen_replies as r;"
            "print(json.dumps({'t': list(t.TEMPLATES.values()), 'r': [x['text'] for x in r.REPLIES],"
            "'b': [x['vals']['buyer_name'] for x in r.REPLIES if x.get('vals')]}))")
    try:
        out = subprocess.run([sys.executable, "-c", code], cwd=MODEL_DIR, capture_output=True, text=True, timeout=120)
        data = json.loads(out.stdout)
    except Exception:                       # noqa: BLE001 - an unreadable model only skips the comparison
        return None
    names = set(data["b"])
    greet = re.compile(r"^(?:(?:Hi|Hello|Dear|Good \w+) (.+),|(.+?)(?:，|\s)\S+：)$")
    for t in data["r"]:
        m = greet.match(t.split("\n", 1)[0])
        if m:
            names.add(m.group(1) or m.group(2))
    sents = set()
    for t in data["t"] + data["r"]:
        sents |= _sentences(PH.sub("", t))
    return names, sents


def _surname(name):
    parts = name.replace("Mr ", "").replace("Ms ", "").replace("Mrs ", "").split()
    return parts[-1] if parts else name


# ------------------------------------------------------------------ checks on the sources
def checks():
    errs = []
    model = model_material()
    for tid, t in TEMPLATES.items():
        lang = TMETA[tid][0]
        ph = PH.findall(t)
        if not tid.startswith(lang + "/"):
            errs.append("template id and language disagree: " + tid)
        if placeholders_broken(t):
            errs.append("broken placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("buyer_name or agent_name missing in " + tid)
        if len(ph) != len(set(ph)):
            errs.append("placeholder used twice in " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or refused(t):
            errs.append("offending or refused wording in template %s: %s %s" % (tid, bad, refused(t)))
        errs += ["template %s: %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh",
                                                                     lang == "zh-tw")]
    ids = list(TEMPLATES)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            r = max(ratio(bare(a), bare(b)), ratio(bare(b), bare(a)))     # difflib is not symmetric
            if r >= TEMPLATE_MAX:
                errs.append("templates too alike: %s %s %.2f" % (a, b, r))
    langs = Counter(m[0] for m in TMETA.values())
    if not (8 <= langs["en"] <= 10 and 4 <= langs["zh"] <= 6 and 3 <= langs["zh-tw"] <= 5):
        errs.append("template counts per language off: %s" % dict(langs))
    for lang in ("en", "zh", "zh-tw"):
        if sum(1 for t in TEMPLATES if t.startswith(lang + "/review/")) != 1:
            errs.append("need exactly one neutral review template in " + lang)

    seen, idents, buyers, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": category / tags[0]")
        if t in seen:
            errs.append(rid + ": duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or "\t" in t or "\n\n\n" in t or t != t.strip():
            errs.append(rid + ": formatting (braces, double spaces, tabs, triple line breaks or edge whitespace)")
        if refused(t):
            errs.append("%s: refused names %s" % (rid, refused(t)))
        if not set(lab) <= LABELS or lab != sorted(set(lab)):
            errs.append(rid + ": labels")
        trad = "traditional" in r["tags"]
        errs += ["%s: %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "zh" and not CJK.search(t):
            errs.append(rid + ": zh reply without Chinese")
        for m in ID_RE.findall(t):
            idents[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m):
                errs.append("%s: malformed identifier %s" % (rid, m))
        buyers[r["buyer"]] += 1
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS):
            errs.append("%s: unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]:
            errs.append("%s: labels %s do not fit category %s" % (rid, lab, cat))
        low = t.lower()
        bad = [w for w in BANNED if w in low]
        if cat != "violating" and bad:
            errs.append("%s: offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            content = set(lab) - {"template-required"}
            if not content:
                errs.append(rid + ": violating reply without a content label")
            for l in content:
                if not any(m in low for m in MARK[l]):
                    errs.append("%s: no marker for %s" % (rid, l))
            if "JC3" not in r["note"]:
                errs.append(rid + ": a violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + ": template-required must be set exactly when the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOG):
            errs.append(rid + ": no logistics matter named")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + ": the added sentence names no logistics matter")
        if cat == "filled-template" and not ({"exact", "edited"} & set(r["tags"])):
            errs.append(rid + ": a fill needs the tag exact or edited")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "):
                errs.append(rid + ": note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want):
                errs.append(rid + ": exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s: fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s: free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
        if model:
            names, sents = model
            if r["buyer"] in names or (r["lang"] == "en" and _surname(r["buyer"]) in {_surname(n) for n in names}):
                errs.append("%s: buyer name %s also appears in the model set" % (rid, r["buyer"]))
            shared = _sentences(t) & sents
            if shared:
                errs.append("%s: sentence shared with the model set: %s" % (rid, sorted(shared)[:2]))
    if model:
        for tid in TEMPLATES:
            shared = _sentences(bare(tid)) & model[1]
            if shared:
                errs.append("template %s shares a sentence with the model set: %s" % (tid, sorted(shared)[:2]))
    for k, v in idents.items():
        if v > 1:
            errs.append("identifier used %d times: %s" % (v, k))
    for k, v in buyers.items():
        if v > 1:
            errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited:
        errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    if not 140 <= len(REPLIES) <= 160:
        errs.append("reply count %d is outside 140-160" % len(REPLIES))
    nv = sum(1 for r in REPLIES if r["cat"] == "violating")
    if not 16 <= nv <= 20:
        errs.append("violating replies: %d, want about 18" % nv)
    return errs, (model is not None)


# ------------------------------------------------------------------ output
def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, have = [], set()
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
            ph = PH.findall(txt)
            if placeholders_broken(txt):
                errs.append("broken placeholders: " + p)
            if "buyer_name" not in ph or "agent_name" not in ph:
                errs.append("buyer_name or agent_name missing: " + p)
            if refused(txt):
                errs.append("refused names in " + p)
    if not have:
        errs.append("no templates in " + lib)
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    n, ids = 0, set()
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON (%s)" % (n, e))
            continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d:
                errs.append("line %d: missing %s" % (n, f))
        if d.get("id") in ids or d.get("id") != "%s-%03d" % (PREFIX, n):
            errs.append("line %d: id %r not unique and sequential" % (n, d.get("id")))
        ids.add(d.get("id"))
        lab = d.get("labels")
        if not isinstance(lab, list) or not set(lab) <= LABELS or lab != sorted(set(lab)):
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
            errs.append("line %d: refused names" % n)
    if n == 0:
        errs.append("replies.jsonl is empty")
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
    out += ["", "| id | labels | source | what it does | similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max (%s)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(vals):
        return "%.2f-%.2f" % (min(vals), max(vals)) if vals else "-"
    groups = [
        ("exact fills, to own rendering", [r["own"] for r in REPLIES if "exact" in r["tags"]]),
        ("edited fills, to own rendering", [r["own"] for r in REPLIES if "edited" in r["tags"]]),
        ("fill-plus-logistics, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
        ("template-based violating, to own rendering",
         [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
        ("rewritten, best template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
        ("free-non-logistics, best template", [r["max"] for r in REPLIES if r["cat"] == "free-non-logistics"]),
        ("mixed-logistics, best template", [r["max"] for r in REPLIES if r["cat"] == "mixed-logistics"]),
        ("logistics, best template", [r["max"] for r in REPLIES if r["cat"] == "logistics"]),
    ]
    out += ["", "| replies | difflib ratio |", "| --- | --- |"]
    out += ["| %s | %s |" % (g, rng(v)) for g, v in groups]
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        e = check_disk(args[1] if len(args) > 1 else HERE)
        print("\n".join(e) or "ok: files valid")
        sys.exit(1 if e else 0)
    if args and args != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
    errs, compared = checks()
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
        print("DISK CHECK FAILED")
        print("\n".join(e))
        sys.exit(1)
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())),
                                             len(REPLIES)))
    print("model-set comparison:", "done" if compared else "skipped (model set not found)")
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
