#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t79: builds and checks a blind, hand-labelled test set for `template-required`.
Sources: gen_templates.py (library), gen_replies.py (replies), refused_names.py (names of the model set).

  python3 gen.py                 self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]   validates the files on disk only (default: this directory)
  python3 gen.py --tables        self-checks, then prints the count tables used in README.md (writes nothing)

If the model set is present (default /tmp/model_t6, or $T79_MODEL_DIR), the self-checks also make sure that no
sentence was taken from it (no shared run of 7 English words or 9 Chinese characters). Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE
from refused_names import REFUSED, MODEL_SURNAMES

PREFIX = "t79"
MODEL_DIR = os.environ.get("T79_MODEL_DIR", "/tmp/model_t6")
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}

# Judgement calls, numbered as in README.md. Every JCn in a note must be one of these, and each must be cited.
JCS = {1: "fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "lithium-battery carriage of the insole packs is logistics; battery care is advice",
       5: "size exchanges are logistics; size advice is not",
       6: "order-fulfilment corrections are logistics",
       7: "transit damage and customs are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: template [] / own words template-required only",
       10: "free product advice is template-required, however sound",
       11: "travelling with the gear is product use",
       12: "a free-written holding reply about a fault is template-required; a fill of the holding template is []",
       13: "a rewrite of a template's facts is template-required",
       14: "near-misses that must not be flagged",
       15: "free-written logistics needs no template",
       16: "a holding reply about a shipment is logistics",
       17: "money back for a price change is not a refund of a return"}

_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])") for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们")    # simplified forms that Big5 also encodes
# Wording that only a violating reply may contain (lower-cased match), plus case-sensitive LINE.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "instagram", "facebook", "dm us", "a dm", "text our",
          "微信", "zelle", "venmo", "paypal", "支付宝", "email", "e-mail", "coupon", "% off", "promo", "discount",
          "with code", "use code", "preorder", "pre-order", "launch", "555-01", "5-star", "five-star", "five star",
          "1-star", "2-star", "gift card", "credit to your", "五星", "好评", "好評", "差评", "差評", "返现", "返現",
          "八折", "九折", "七五折", "优惠", "優惠", "官网", "官網", "截图", "加購", "加购", "新品", "选购", "選購"]
BANNED_CS = ["LINE"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "preorder", "code", "新品"],
        "off-platform-contact": ["555-01", "@", ".com", "微信", "zelle", "line", "instagram"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "parcel", "label", "carrier",
       "exchange", "warehouse", "in transit",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补发", "换货", "寄回",
       "退回", "追蹤", "單號", "退貨", "送達", "出貨", "補寄", "寄出", "簽收", "換貨", "清關", "地址", "取消", "退款", "海運"]
# Identifier formats; every id in a reply must be one of these and be used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZA7V2K9\d{10}\b|\b58\d{10}\b|\b9205590\d{15}\b|\bHFO-\d{6}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
GREETING = re.compile(r"^(?:(?:Hi|Hello|Dear|Good afternoon) )?(.+?)(?:,|，[^，]*：| [^ ]+：)$")


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def refused(text):
    out = [r.pattern for r in _ASCII_REFUSED if r.search(text)]
    return out + [n for n in _CJK_REFUSED if n in text]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified (GB2312) or, with trad, Traditional (Big5 and none of NOT_TRAD)."""
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


def bad_words(text):
    return [w for w in BANNED if w in text.lower()] + [w for w in BANNED_CS if w in text]


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    m = GREETING.match(r["text"].split("\n")[0])
    return m.group(1) if m else None


# ------------------------------------------------------------------ freshness against the model set
def _model_texts():
    if not os.path.isdir(MODEL_DIR):
        return None
    out = []
    for f in ("gen_templates.py", "gen_replies.py", "README.md"):
        p = os.path.join(MODEL_DIR, f)
        if os.path.exists(p):
            out.append(open(p, encoding="utf-8").read().replace("\\n", "\n"))
    return "\n".join(out)


def _en_shingles(text, n=7):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + n]) for i in range(len(w) - n + 1)}


def _zh_shingles(text, n=9):
    out = set()
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        out |= {run[i:i + n] for i in range(len(run) - n + 1)}
    return out


def freshness(items):
    """items: (label, text). Returns errors for runs shared with the model set (skipped if it is absent)."""
    model = _model_texts()
    if model is None:
        return []
    men, mzh, errs = _en_shingles(model), _zh_shingles(model), []
    for label, text in items:
        text = PH_RE.sub(" ", text)
        shared = sorted(_en_shingles(text) & men) + sorted(_zh_shingles(text) & mzh)
        if shared:
            errs.append("%s shares wording with the model set: %s" % (label, shared[:3]))
    return errs


def readme_refs():
    """Every reply id that README.md names under a judgement call must cite that JC in its note."""
    p = os.path.join(HERE, "README.md")
    if not os.path.exists(p):
        return []
    text = open(p, encoding="utf-8").read().split("## Judgement calls", 1)[-1].split("\n## ", 1)[0]
    notes, errs = {r["id"]: r["note"] for r in REPLIES}, []
    for n, body in re.findall(r"\*\*JC(\d+)\.(.*?)(?=\n\d+\. \*\*JC|\Z)", text, re.S):
        for rid in re.findall(r"%s-\d{3}" % PREFIX, body):
            if rid not in notes:
                errs.append("README JC%s names an unknown reply %s" % (n, rid))
            elif not re.search(r"JC%s\b" % n, notes[rid]):
                errs.append("README JC%s names %s, whose note does not cite it" % (n, rid))
    return errs


# ------------------------------------------------------------------ self-checks
def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        if bad_words(t) or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad_words(t), refused(t)))
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh",
                                                                      lang == "zh-tw")]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    seen, ids, names, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t:
            errs.append(rid + " format")
        if refused(t): errs.append("%s uses names of the model set: %s" % (rid, refused(t)))
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        who = buyer_of(r)
        if not who: errs.append(rid + " no buyer name in the first line")
        else:
            names[who] += 1
            if CJK.search(who) and who[0] in MODEL_SURNAMES: errs.append("%s surname used by the model set: %s" % (rid, who))
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        bad = bad_words(t)
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
                for l in set(lab) - {"template-required"}:
                    if not any(m in r["extra"].lower() for m in MARK[l]):
                        errs.append("%s the added sentence carries no marker for %s" % (rid, l))
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
            if len(r["vals"].get("buyer_name", "")) > 40 or any(len(v) > 230 for v in r["vals"].values()):
                errs.append(rid + " placeholder value too long")
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    errs += readme_refs()
    errs += freshness([("template " + k, v) for k, v in TEMPLATES.items()] +
                      [("reply %s" % r["id"], r["text"]) for r in REPLIES])
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
    out += ["", "| labels | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    sets = Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)
    for k, v in sets.most_common():
        c = Counter(col(r) for r in REPLIES if (", ".join(r["labels"]) or "[]") == k)
        out.append("| %s | %d | %d | %d | %d |" % (k, c["en"], c["zh"], c["zh-tw"], v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | language and topic |", "| --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s (%s) |" % (tid, lang, topic))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    rng = lambda xs: "%.2f-%.2f" % (min(xs), max(xs))
    groups = [("exact fills", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]]),
              ("edited fills", [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
              ("fill-plus-logistics, to own template", [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
              ("template-based violating replies, to own template",
               [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
              ("rewritten replies, best template", [r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
              ("other free template-required replies, best template",
               [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"] and r["cat"] != "rewritten"]),
              ("free [] replies, best template", [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    out += ["", "| replies | difflib ratio |", "| --- | --- |"] + ["| %s | %s |" % (g, rng(x)) for g, x in groups]
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
    fresh = "checked against " + MODEL_DIR if os.path.isdir(MODEL_DIR) else "not checked (model set absent)"
    print("ok: %d templates (%s), %d replies; freshness %s" % (
        len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES), fresh))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("languages:", dict(Counter(col(r) for r in REPLIES)))


if __name__ == "__main__":
    main()
