#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t77: builds and checks the blind, hand-labelled `template-required` test set of Lichenvale Habitats.

  python3 gen.py                 run the self-checks; only if they all pass, rewrite library/ and replies.jsonl,
                                 then validate the written files
  python3 gen.py --check [DIR]   validate the files on disk only (default: this directory)
  python3 gen.py --tables        run the self-checks, then print the count tables of README.md (writes nothing)
  python3 gen.py --fresh DIR [LIMIT]  compare every sentence with the sentences of another set's sources in DIR
                                 (used against the model set: no sentence may reach LIMIT, default 0.75)
Sources: gen_templates.py (library), gen_replies.py (replies), refused_names.py (names never to use).
Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE
from refused_names import refused

PREFIX = "t77"
LABELS = {"marketing", "off-platform-contact", "review-inducement", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
WANT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
        "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
# The JC each kind of row must cite (besides any others).
MUST_CITE = {"fill-plus-logistics": 1, "rewritten": 13, "mixed-logistics": 8, "violating": 3}

# Judgement calls as numbered in README.md. A note may cite only these, and each one must be cited somewhere.
JCS = {1: "a fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus an offending sentence: content label and template-required, unless the sentence is logistics",
       4: "live-goods shipping rules are logistics; moss care after arrival is not",
       5: "freight delivery of large glass tanks is logistics",
       6: "order-fulfilment corrections are logistics",
       7: "transit damage, customs and plant-health import rules are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: filled template [], own words template-required only",
       10: "free-written product advice is template-required, however sound",
       11: "warranty: the shipping leg is logistics, the coverage decision is not",
       12: "holding replies: about a product, use the template; own words are template-required",
       13: "a rewrite that keeps a template's facts is template-required",
       14: "near-misses that must not be flagged",
       15: "free-written logistics needs no template"}

CJK = re.compile(r"[\u3400-\u9fff]")
# Simplified forms that must not appear in a Traditional reply (their Traditional forms differ).
NOT_TRAD = set("这为说会时个对发们过还没样与门问间东车书买卖长开关见风气热灯电话网湿温湾里后台干于准几")
# Wording only a violating reply may contain (matched on the lower-cased text) ...
BANNED = ["http", "www.", "@", ".com", "whatsapp", "wechat", "telegram", "微信", "paypal", "venmo", "instagram",
          "youtube", "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount", "with code", "launch",
          "pre-order", "follow us", "gift card", "5-star", "five-star", "1-star", "2-star", "stars", "555-01", "五星",
          "好评", "好評", "差评", "差評", "返现", "返現", "八折", "半价", "半價", "买一送一", "買一送一", "官网", "官網",
          "截图", "加购", "加購優惠",
          "review is posted", "before you post a review", "your review to",
          # the set's invented code, handles and domain
          "mossweek15", "lichenvale88", "lichenvale.tw", "lichenvalehabitats", "lichenvale-habitats"]
# ... and "LINE" (the app) is matched case-sensitively, because "line" is an ordinary word here.
BANNED_CASE = ["LINE"]
# A content label needs one of its markers in the reply (lower-cased).
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "launch", "pre-order", "折", "半價", "半价", "买一送一"],
        "off-platform-contact": ["555-01", "@", ".com", "微信", "line", "youtube", "官网", "官網"]}
# A logistics reply, a mixed reply and an added logistics sentence must name a logistics matter.
LOG = ["tracking", "ship", "deliver", "return", "refund", "address", "customs", "carrier", "freight", "crate",
       "label", "parcel", "cancel", "pickup", "locker", "transit", "warehouse", "greenhouse until", "estes", "ups",
       "fedex", "usps",
       "运单", "发货", "寄出", "发出", "送达", "退货", "退款", "地址", "取消", "清关", "包裹", "签收", "补发", "派送",
       "货运", "面单", "出库", "暂缓",
       "追蹤", "出貨", "寄出", "送達", "退貨", "退款", "地址", "取消", "包裹", "簽收", "補寄", "取件", "寄入"]
# Identifier formats: order id, UPS, FedEx, USPS, Estes PRO, case id. Every one is used once in the whole set.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZR7V0K403\d{8}\b|\b39\d{10}\b|\b920559\d{16}\b|\b047\d{7}\b"
                   r"|LVH-CS-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|LVH-[A-Z0-9-]+")
FILL_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
GREETING = re.compile(r"^(?:Hi|Hello|Dear|Good afternoon) |[,，].*$| (?:您好|午安)：$")


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {tid: ratio(text, bare(tid)) for tid in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def braces_left(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    """en: ASCII only. zh: the Chinese must encode as GB2312, or, when trad, as Big5 with no simplified forms."""
    if lang == "en":
        bad = sorted({c for c in text if ord(c) > 127})
        return ["non-ASCII characters %r" % "".join(bad)] if bad else []
    han = re.sub(r"[\x00-\x7f]", "", text)
    try:
        han.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["outside %s: %r" % ("Big5" if trad else "GB2312", han[e.start:e.end])]
    if trad and set(han) & NOT_TRAD:
        return ["simplified forms in Traditional text: %s" % "".join(sorted(set(han) & NOT_TRAD))]
    return []


def offending(text):
    low = text.lower()
    return [w for w in BANNED if w in low] + [w for w in BANNED_CASE if w in text]


def is_log(text):
    low = text.lower()
    return any(w in low for w in LOG)


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def check_templates():
    errs = []
    for tid, t in TEMPLATES.items():
        lang = TMETA[tid][0]
        ph = PH_RE.findall(t)
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if braces_left(t): errs.append("unbalanced placeholder in " + tid)
        if not {"buyer_name", "agent_name"} <= set(ph): errs.append("buyer_name or agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder used twice in " + tid)
        if offending(t) or refused(t): errs.append("template %s: %s %s" % (tid, offending(t), refused(t)))
        errs += ["template %s: %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh",
                                                                      lang == "zh-tw")]
    ids = list(TEMPLATES)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates too alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    used = {r["tid"] for r in REPLIES if r["cat"] == "filled-template"}
    errs += ["template never filled exactly or lightly edited: " + t for t in TEMPLATES if t not in used]
    exact = {r["tid"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]}
    errs += ["template never filled exactly: " + t for t in TEMPLATES if t not in exact]
    return errs


def check_replies():
    errs, texts, ids, names, cited = [], set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        # form
        if cat not in CATS: errs.append(rid + ": unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + ": tags[0] is not the category")
        if len(r["tags"]) != len(set(r["tags"])): errs.append(rid + ": repeated tag")
        if t in texts: errs.append(rid + ": duplicate text")
        texts.add(t)
        if "{" in t or "}" in t or "  " in t or "\t" in t or "\n\n\n" in t or t != t.strip() or " \n" in t:
            errs.append(rid + ": layout (braces, double spaces, tabs, trailing spaces or triple line breaks)")
        if refused(t): errs.append("%s: names of the model set: %s" % (rid, refused(t)))
        if not set(lab) <= LABELS or lab != sorted(set(lab)): errs.append(rid + ": labels not known and sorted")
        # script and language
        trad = "traditional" in r["tags"]
        errs += ["%s: %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + ": zh reply without Chinese")
        if trad and r["lang"] != "zh": errs.append(rid + ": traditional tag on a non-zh reply")
        # identifiers and names
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s: malformed id %s" % (rid, m))
        who = r["vals"]["buyer_name"] if r["tid"] else GREETING.sub("", t.split("\n")[0])
        names[who] += 1
        # judgement calls
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if jcs - set(JCS): errs.append("%s: cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in MUST_CITE and MUST_CITE[cat] not in jcs: errs.append("%s: must cite JC%d" % (rid, MUST_CITE[cat]))
        if cat == "filled-template" and not r["exact"] and 2 not in jcs: errs.append(rid + ": edited fill must cite JC2")
        # labels against category and wording
        if cat in WANT and lab != WANT[cat]: errs.append("%s: labels %s do not fit %s" % (rid, lab, cat))
        if cat != "violating" and offending(t): errs.append("%s: offending wording outside violating: %s" % (rid, offending(t)))
        if cat == "violating":
            content = set(lab) - {"template-required"}
            if not content: errs.append(rid + ": violating reply without a content label")
            for l in content:
                if not any(m in t.lower() for m in MARK[l]): errs.append("%s: no marker for %s" % (rid, l))
            if not offending(t): errs.append(rid + ": violating reply without any offending wording")
            if r["extra"] is not None:
                if ("template-required" in lab) == r["extra_log"]:
                    errs.append(rid + ": template-required must be set exactly when the added sentence is not logistics")
                if r["extra_log"] and not is_log(r["extra"]): errs.append(rid + ": sentence called logistics names no logistics matter")
                if not offending(r["extra"]): errs.append(rid + ": the added sentence is not the offending one")
        if cat in ("logistics", "mixed-logistics") and not is_log(t): errs.append(rid + ": no logistics matter named")
        if cat == "fill-plus-logistics" and not (r["extra_log"] and is_log(r["extra"])):
            errs.append(rid + ": added sentence is not logistics")
        # similarity
        r["near"], r["max"] = nearest(t)
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + ": note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            if r["exact"] != (t == want): errs.append(rid + ": exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s: fill too far from its template (%.2f; nearest %s)" % (rid, r["own"], r["near"]))
        elif r["max"] >= FREE_MAX:
            errs.append("%s: free-written reply too close to %s (%.2f)" % (rid, r["near"], r["max"]))
    errs += ["id used %d times: %s" % (n, k) for k, n in ids.items() if n > 1]
    errs += ["buyer name used %d times: %s" % (n, k) for k, n in names.items() if n > 1]
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    # shape of the set: size, every category in all three scripts, share of []
    if not 140 <= len(REPLIES) <= 160: errs.append("set size %d outside 140-160" % len(REPLIES))
    for c in CATS:
        have = {col(r) for r in REPLIES if r["cat"] == c}
        if have != {"en", "zh", "zh-tw"}: errs.append("category %s lacks a script: has %s" % (c, sorted(have)))
    clean = sum(1 for r in REPLIES if not r["labels"]) / float(len(REPLIES))
    if not 0.55 <= clean <= 0.65: errs.append("share of [] rows %.2f outside 0.55-0.65" % clean)
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


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
            if braces_left(txt): errs.append("unbalanced placeholders: " + p)
            if refused(txt): errs.append("model-set names in " + p)
    if not have: errs.append("no templates in " + lib)
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
            if f not in d: errs.append("line %d: missing %s" % (n, f))
        if d.get("id") in seen: errs.append("duplicate id %s" % d.get("id"))
        seen.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        lab = d.get("labels")
        if not isinstance(lab, list) or not set(lab) <= LABELS or lab != sorted(set(lab)):
            errs.append("line %d: labels %r" % (n, lab))
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang %r" % (n, d.get("lang")))
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0] is not a category" % n)
        if "traditional" in d.get("tags", []) and d.get("lang") != "zh": errs.append("line %d: traditional but not zh" % n)
        if d.get("context") != "reply": errs.append("line %d: context must be reply" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if not isinstance(d.get("text"), str) or not d["text"].strip(): errs.append("line %d: empty text" % n)
        elif refused(d["text"]): errs.append("line %d: model-set names" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


def sentences(text):
    """Sentences of at least 25 characters (English) or 12 characters (Chinese)."""
    out = []
    for s in re.split(r"(?<=[.!?])\s+|(?<=[。！？；])|\n+", text):
        s = s.strip()
        if len(s) >= (12 if CJK.search(s) else 25):
            out.append(s)
    return out


def fresh(model_dir, limit=0.75):
    """Every sentence of ours against every sentence found in the other set's .py and .md files."""
    theirs = []
    for f in sorted(os.listdir(model_dir)):
        if f.endswith((".py", ".md")):
            raw = open(os.path.join(model_dir, f), encoding="utf-8").read().replace("\\n", "\n")
            theirs += sentences(raw)
    theirs = sorted(set(theirs))
    ours = []
    for tid in TEMPLATES:
        ours += [(tid, s) for s in sentences(bare(tid))]
    for r in REPLIES:
        ours += [(r["id"], s) for s in sentences(r["text"])]
    hits, worst = [], (0.0, "", "")
    for where, s in ours:
        sm = difflib.SequenceMatcher(None, "", s, autojunk=False)   # b = ours (cached); a = theirs, in turn
        for o in theirs:
            if bool(CJK.search(o)) != bool(CJK.search(s)):
                continue
            sm.set_seq1(o)
            floor = min(limit, max(worst[0], 0.5))      # below this a pair can neither hit nor be the closest
            if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
                continue
            q = sm.ratio()
            if q > worst[0]:
                worst = (q, s, o)
            if q >= limit:
                hits.append("%s: %.2f\n    ours:   %s\n    theirs: %s" % (where, q, s, o))
    return hits, worst, len(ours), len(theirs)


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        k = Counter(col(r) for r in REPLIES if r["cat"] == c)
        tot.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | en | zh | zh-tw | replies |", "| --- | --- | --- | --- | --- |"]
    sets = Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)
    for k, v in sets.most_common():
        per = Counter(col(r) for r in REPLIES if (", ".join(r["labels"]) or "[]") == k)
        out.append("| %s | %d | %d | %d | %d |" % (k, per["en"], per["zh"], per["zh-tw"], v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang | topic | replies built on it |", "| --- | --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        n = sum(1 for r in REPLIES if r["tid"] == tid)
        out.append("| `%s` | %s | %s | %d |" % (tid, lang, topic, n))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    out += ["", "| replies | similarity (difflib ratio) |", "| --- | --- |",
            "| edited fills, to their own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            "| fill-plus-logistics, to their own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            "| template-based violating replies, to their own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            "| rewritten replies, best template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            "| other free-written template-required replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and r["labels"] and r["cat"] != "rewritten"]),
            "| free-written [] replies, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        e = check_disk(args[1] if len(args) > 1 else HERE)
        print("\n".join(e) or "ok: files on disk are valid")
        sys.exit(1 if e else 0)
    errs = check_templates() + check_replies()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if args[:1] == ["--tables"]:
        print(tables())
        return
    if args[:1] == ["--fresh"] and len(args) in (2, 3):
        limit = float(args[2]) if len(args) == 3 else 0.75
        hits, worst, n_ours, n_theirs = fresh(args[1], limit)
        print("compared %d sentences of ours with %d of %s; closest pair %.2f" % (n_ours, n_theirs, args[1], worst[0]))
        if worst[0]:
            print("    ours:   %s\n    theirs: %s" % (worst[1], worst[2]))
        print("\n".join(hits) or "ok: no sentence at or above %.2f" % limit)
        sys.exit(1 if hits else 0)
    if args:
        print("usage: gen.py [--check [DIR] | --tables | --fresh DIR]", file=sys.stderr)
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
    print("label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))
    print("scripts:", dict(Counter(col(r) for r in REPLIES)))


if __name__ == "__main__":
    main()
