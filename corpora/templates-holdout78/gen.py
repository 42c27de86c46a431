#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t78: builds and checks a blind, hand-labelled test set for the `template-required` policy.
Texts live in gen_templates.py (the approved library) and gen_replies.py (the labelled replies);
refused_names.py lists the names of the model set that this set must not use.

  python3 gen.py                  run the self-checks; only if they pass, rewrite library/ and replies.jsonl,
                                  then validate the files written
  python3 gen.py --check [DIR]    validate the files on disk only (default: this directory)
  python3 gen.py --tables         run the self-checks, then print the tables used in README.md (writes nothing)
  python3 gen.py --overlap DIR [N M]   report runs of N English words (default 8) or M Chinese characters (default 10)
                                  that also occur in the .py/.md files of DIR (used against the model set)
Standard library only.
"""
import difflib, glob, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE
from refused_names import REFUSED, MODEL_CJK_SURNAMES

PREFIX = "t78"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}

# Judgement calls, numbered as in README.md. Every JCn cited in a note must be listed here, and each must be cited.
JCS = {1: "a fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "carriage rules for the fountain's lithium battery are logistics",
       5: "pallet freight for the cast-stone bath is logistics",
       6: "order-fulfilment corrections are logistics",
       7: "transit damage and customs (wood declarations, import fees) are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: the template is [], own words are template-required only",
       10: "free-written product advice is template-required however sound",
       11: "active nests: a return window moved is logistics, what to do with the nest is advice",
       12: "holding replies: the template fill is [], the agent's own words are template-required",
       13: "a rewrite that keeps a template's facts is template-required",
       14: "near-misses that must not be flagged",
       15: "free-written logistics needs no template",
       16: "a shipping notice for a warranty replacement part is logistics"}

# Whole names match case-insensitively; each capitalised half of a hyphenated personal name (Nkemelu-Ward -> Nkemelu,
# Ward) is refused too, case-sensitively, so that "price" in a refund sentence does not trip over a buyer "-Price".
_B = r"(?<![A-Za-z0-9])%s(?![A-Za-z0-9])"
_ASCII_REFUSED = [re.compile(_B % re.escape(n), re.I) for n in REFUSED if n.isascii()]
_ASCII_REFUSED += [re.compile(_B % re.escape(p)) for n in REFUSED if n.isascii() and "-" in n
                   for p in n.split("-") if len(p) >= 3 and p[0].isupper() and p[1:].islower()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
NOT_TRAD = set("后里干冲于准范几台这为说会时个对发们")   # simplified or mainland forms a Traditional text should avoid
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "wechat", "微信", "line 帳號", "line 官方", "venmo",
          "paypal", "zelle", "instagram", "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount",
          "launches", "nestegg", "-star", "gift card", "五星", "好评", "好評", "差评", "差評", "返现", "返現", "八折",
          "九折", "买一送一", "買一送一", "買二送一", "官网", "官網", "截图", "555-01"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["% off", "launches", "八折", "買二送一"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "venmo", "line", "instagram"]}
# A logistics reply, a mixed reply and an added logistics sentence must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import", "parcel", "label",
       "freight", "pallet", "locker", "pickup", "carrier", "out for delivery",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发",
       "派送", "自提", "货运", "物流", "面单",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "地址", "貨運", "取件", "收件", "換貨", "物流",
       "清關", "關稅", "配送", "退款"]
# Identifier formats; every id must match one of them and be used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZH7N42K\d{10}\b|\b6148\d{8}\b|\b9205590164\d{12}\b|\b0473\d{6}\b"
                   r"|\bHNC-\d{6}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|\bHNC-\w+")
GREET_EN = re.compile(r"^(?:Hi|Hello|Dear|Good (?:morning|afternoon|evening)) (.+),$")
GREET_ZH = re.compile(r"^(.+?)(?:，| )(?:您好|下午好|早上好|晚上好|早安|午安)：$")
TITLES = re.compile(r"(先生|女士|小姐|太太)$")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(s, key=s.get)
    return best, s[best]


def refused(text):
    hits = [r.pattern for r in _ASCII_REFUSED if r.search(text)]
    return hits + [n for n in _CJK_REFUSED if n in text]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified (GB2312), or with trad Traditional (Big5 and none of NOT_TRAD)."""
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
        return ["simplified forms in a Traditional text: %s" % "".join(sorted(set(body) & NOT_TRAD))]
    return []


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    m = (GREET_EN if r["lang"] == "en" else GREET_ZH).match(first)
    return m.group(1) if m else None


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
    used = Counter(r["tid"] for r in REPLIES if r["tid"])
    for tid in TEMPLATES:
        if not used[tid]: errs.append("template never filled: " + tid)
    # ---- replies
    seen, ids, names, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if len(r["tags"]) != len(set(r["tags"])): errs.append(rid + " repeated tag")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t: errs.append(rid + " format")
        if refused(t): errs.append("%s uses names of the model set: %s" % (rid, refused(t)))
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        if r["tid"] and r["tid"].startswith("zh-tw/") != trad: errs.append(rid + " traditional tag and template disagree")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        who = buyer_of(r)
        if not who:
            errs.append(rid + " no buyer name in the greeting")
        else:
            names[who] += 1
            if r["lang"] == "zh":
                sur = TITLES.sub("", who)
                if sur == who: errs.append("%s Chinese buyer without a title: %s" % (rid, who))
                if set(sur) & MODEL_CJK_SURNAMES: errs.append("%s buyer surname used by the model set: %s" % (rid, who))
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        low = t.lower()
        bad = [w for w in BANNED if w in low]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in low for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
            if r["tid"] is None and ("template-based" in r["tags"]) or (r["tid"] and "free-written" in r["tags"]):
                errs.append(rid + " template-based/free-written tag disagrees with the source")
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
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
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names.items():
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
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
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
    out += ["", "| labels | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    sets = Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)
    for k, v in sets.most_common():
        by = Counter(col(r) for r in REPLIES if (", ".join(r["labels"]) or "[]") == k)
        out.append("| %s | %d | %d | %d | %d |" % (k, by["en"], by["zh"], by["zh-tw"], v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang | topic | fills |", "| --- | --- | --- | --- |"]
    used = Counter(r["tid"] for r in REPLIES if r["tid"])
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s | %d |" % (tid, lang, topic, used[tid]))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    groups = [("exact fills, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]]),
              ("edited fills, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
              ("fill-plus-logistics, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
              ("template-based violating, to own rendering", [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
              ("rewritten, best against any template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
              ("other free template-required, best against any template",
               [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"] and r["cat"] != "rewritten"]),
              ("free [] replies, best against any template", [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    out += ["", "| replies | difflib ratio |", "| --- | --- |"] + ["| %s | %s |" % (g, rng(x)) for g, x in groups]
    pairs = [ratio(bare(a), bare(b)) for a in TEMPLATES for b in TEMPLATES if a < b]
    out += ["", "Most alike pair of templates: %.2f." % max(pairs)]
    return "\n".join(out)


def _words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def overlap(d, n_en=8, n_zh=10):
    """Runs of n_en English words or n_zh Chinese characters that also occur in the .py/.md files of directory d."""
    src = "".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(d, "*.py")) + glob.glob(os.path.join(d, "*.md"))))
    src = src.replace("\\n", " ")
    ew, zc = " " + " ".join(_words(src)) + " ", "".join(CJK.findall(src))
    texts = [("template " + k, v) for k, v in TEMPLATES.items()] + [(r["id"], r["text"]) for r in REPLIES]
    hits = []
    for name, t in texts:
        w = _words(PH_RE.sub(" ", t))
        for i in range(len(w) - n_en + 1):
            run = " ".join(w[i:i + n_en])
            if " " + run + " " in ew:
                hits.append((name, run))
        c = "".join(CJK.findall(t))
        for i in range(len(c) - n_zh + 1):
            if c[i:i + n_zh] in zc:
                hits.append((name, c[i:i + n_zh]))
    return hits


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        print(tables()); return
    if sys.argv[1:2] == ["--overlap"] and len(sys.argv) in (3, 5):
        hits = overlap(sys.argv[2], *[int(x) for x in sys.argv[3:5]])
        for name, run in hits:
            print("%s: %s" % (name, run))
        print("%d shared runs" % len(hits)); return
    if sys.argv[1:]:
        print("usage: gen.py [--check [DIR] | --tables | --overlap DIR [N M]]", file=sys.stderr); sys.exit(2)
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
