#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t76 ("templates-holdout76"): builds and checks a blind, hand-labelled test set for `template-required`.

  python3 gen.py                 self-checks; if they pass, rewrites library/ and replies.jsonl, then validates the files
  python3 gen.py --check [DIR]   validates the files on disk only (default: this directory)
  python3 gen.py --tables        self-checks, then prints the tables used in README.md (writes nothing)

Sources: gen_templates.py (library), gen_replies.py (replies), refused_names.py (names of the model set). Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE
from refused_names import REFUSED

PREFIX = "t76"
LABELS = {"marketing", "off-platform-contact", "review-inducement", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
WANT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
        "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
JCS = {1: "fill plus one logistics sentence stays []", 2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required unless the addition is logistics",
       4: "carriage rules (regulated cleaner, heavy salt, dry packing) are logistics", 5: "freight delivery is logistics",
       6: "fulfilment corrections are logistics", 7: "transit damage and customs are logistics",
       8: "logistics plus advice is template-required", 9: "neutral review request: template [] / own words template-required",
       10: "free product advice is template-required", 11: "Subscribe & Save delivery schedule is logistics",
       12: "holding reply about a fault is template-required", 13: "rewrite keeping a template's facts is template-required",
       14: "near-misses that must not be flagged", 15: "free-written logistics needs no template"}

_ASCII = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_NAMES = [n for n in REFUSED if not n.isascii()]
CJK = re.compile(r"[\u3400-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松这为说会时个对发们么过还边让现们间关")
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "line 官方", "微信", "抖音", "支付宝", "支付寶", "paypal",
          "instagram", "facebook", "email", "e-mail", "coupon", "softspring", "% off", "promo", "discount", "out next week",
          "5-star", "five-star", "2-star", "1-star", "gift card", "screenshot", "五星", "五顆星", "好评", "好評", "差评", "差評",
          "返现", "返現", "八折", "九折", "半价", "半價", "买一送一", "買一送一", "官网", "官網", "截图"]
# A content label needs one of its markers in its reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "new ", "新款", "半價", "thrown in"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "抖音", "支付宝", "line"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import fees", "parcel", "label",
       "freight", "pallet", "locker", "pickup", "carrier", "ups ", "fedex", "usps", "schedule",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送", "自提", "货运", "面单",
       "追蹤", "退貨", "送達", "出貨", "補寄", "寄出", "簽收", "包裹", "地址", "貨運", "退款", "換貨", "物流", "標籤"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZT9A0E2\d{10}\b|\b93\d{20}\b|\b79\d{10}\b|\b51\d{8}\b|TWH-C-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
FILL_MIN, FREE_MAX, TPL_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(s, key=s.get)
    return best, s[best]


def refused(text):
    return [r.pattern for r in _ASCII if r.search(text)] + [n for n in _CJK_NAMES if n in text]


def braces_left(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    if lang == "en":
        return [] if text.isascii() else ["non-ASCII text in English"]
    body = re.sub(r"[\x00-\x7f]", "", text)
    try:
        body.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["script: %s" % e]
    if trad and set(body) & SIMPLIFIED_ONLY:
        return ["simplified forms in Traditional text: " + "".join(sorted(set(body) & SIMPLIFIED_ONLY))]
    return []


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    return re.sub(r"^(Hi|Hello|Dear|Good morning|Good evening) |[,，].*$| 您好：$", "", first)


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id/language: " + tid)
        if braces_left(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing: " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated: " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad, refused(t)))
        errs += ["template %s: %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
    tids = list(TEMPLATES)
    for i, a in enumerate(tids):
        for b in tids[i + 1:]:
            if ratio(bare(a), bare(b)) >= TPL_MAX:
                errs.append("templates alike: %s %s %.2f" % (a, b, ratio(bare(a), bare(b))))
    seen, ids, names, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category")
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t: errs.append(rid + " format")
        if refused(t): errs.append("%s model-set names: %s" % (rid, refused(t)))
        if not set(lab) <= LABELS or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        names[buyer_of(r)] += 1
        if not t.startswith(buyer_of(r)) and not re.match(r"^(Hi|Hello|Dear|Good morning|Good evening) " + re.escape(buyer_of(r)), t):
            errs.append(rid + " greeting does not name the buyer")
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in WANT and lab != WANT[cat]: errs.append(rid + " labels disagree with the category")
        low = t.lower()
        bad = [w for w in BANNED if w in low]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in low for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            is_log = r.get("extra_is_log")
            if is_log is None and r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
            if r["extra"] is not None and ("template-required" in lab) == is_log:
                errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        r["near"], r["max"] = nearest(t)
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        elif "template-required" in lab and r["max"] >= FREE_MAX:
            errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    agents = ["Marisol", "Thaddeus", "Imogen", "Cormac", "卞立新", "阙雅楠", "梅若蘭", "易宗翰"]
    for k in names:
        if any(a in k for a in agents): errs.append("buyer name looks like an agent: " + k)
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
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
            txt = open(p, encoding="utf-8").read()
            if braces_left(txt): errs.append("unbalanced placeholders: " + p)
            if refused(txt): errs.append("model-set names in " + p)
    if not have: errs.append("no templates in " + lib)
    n = 0
    with open(os.path.join(base, "replies.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                d = json.loads(line)
            except ValueError as e:
                errs.append("line %d: bad JSON %s" % (n, e))
                continue
            for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
                if f not in d: errs.append("line %d missing %s" % (n, f))
            if d.get("id") in seen: errs.append("duplicate id %s" % d.get("id"))
            seen.add(d.get("id"))
            if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
            lab = d.get("labels", [])
            if not isinstance(lab, list) or not set(lab) <= LABELS or lab != sorted(set(lab)): errs.append("line %d: labels" % n)
            if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang" % n)
            if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0]" % n)
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
    out += ["", "| id | lang | topic | fills |", "| --- | --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s | %d |" % (tid, lang, topic, sum(1 for r in REPLIES if r["tid"] == tid)))
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
            "| free `template-required` replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]),
            "| rewritten replies, best template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            "| free `[]` replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid")
        sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        print(tables())
        return
    if sys.argv[1:]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
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
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
