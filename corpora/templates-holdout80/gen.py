#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t80: builds and checks a blind, hand-labelled test set for `template-required`.

Sources: gen_templates.py (the approved library), gen_replies.py (the labelled replies), refused_names.py (names
of the model set that must not appear).

  python3 gen.py                 self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]   validates the files on disk only (default: this directory)
  python3 gen.py --tables        self-checks, then prints the count tables used in README.md (writes nothing)

The freshness check compares every sentence with the model set's text when that set is present
(T80_MODEL_DIR, default /tmp/model_t6); without it the check is skipped and says so. Standard library only.
"""
import ast, difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE, A1, A2, A3, A4, Z1, Z2, W1, W2
from refused_names import REFUSED

PREFIX = "t80"
MODEL_DIR = os.environ.get("T80_MODEL_DIR", "/tmp/model_t6")
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
AGENTS = {A1, A2, A3, A4, Z1, Z2, W1, W2}

# Judgement calls, numbered as in README.md. Every JCn in a note must be listed here, and every one must be cited.
JCS = {1: "a fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "shipping rules and inspections for growing media are logistics",
       5: "pallet freight delivery is logistics",
       6: "order-fulfilment corrections are logistics",
       7: "transit damage and customs are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: filled template [] / own words template-required only",
       10: "free-written product advice is template-required, however sound",
       11: "what the buyer may carry across a border is product use",
       12: "holding replies: filled template [] / own words template-required",
       13: "a rewrite that keeps a template's facts is template-required",
       14: "near-misses that must not be flagged",
       15: "free-written logistics needs no template",
       16: "assembly help is product help; sending missing parts is logistics",
       17: "a goodwill refund for a fault, with no return, is not logistics",
       18: "ship date of an item on the order is logistics; availability of an item not ordered is not",
       19: "a follow-us push to a social account is off-platform-contact and marketing"}

_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
# Simplified forms that a Traditional text must not use (Big5 contains some of them as separate characters).
NOT_TRAD = set("后里干台冲于准范几松这为说会时个对发们温盖种湿灯层袋垫块")
# Wording that only a violating reply may contain (lower-cased substring test).
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "line 官方", "微信", "支付宝", "paypal", "venmo",
          "instagram", "facebook", "臉書", "脸书", "text our", "555-01", "coupon", "% off", "promo", "discount", "with code", "code sprout",
          "pre-order", "five stars", "5-star", "five-star", "2-star", "top rating", "gift card", "on the house",
          "hold off on writing a review", "take down", "五星", "好评", "好評", "差评", "差評", "返现", "返現", "八折", "九折",
          "上市", "抽獎", "抽奖", "官网", "官網", "截图", "便宜", "sprigwell-grow", "sprigwell_", "@sprigwell"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "rate ", "rating", "评", "評"],
        "marketing": ["%", "折", "pre-order", "follow us", "抽獎", "便宜", "上市"],
        "off-platform-contact": ["555-01", "@", ".com", "微信", "支付宝", "line", "臉書", "官网"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "tracker", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "parcel", "label",
       "freight", "pallet", " locker", "pickup", "arriv", "carrier", "backorder", "warehouse", "inspect", "biosecurity",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送",
       "货运", "托盘", "检疫", "检查", "缺货", "仓库",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "寄回", "簽收", "包裹", "貨運", "棧板", "代收", "退款", "缺貨", "進倉"]
# Identifier formats (all invented); every id in a reply must be one of these and be used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z6Y4R29\d{10}\b|\b3948\d{8}\b|\b93748\d{17}\b|\b4037\d{7}\b|SPW-CS-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
FRESH_RATIO, EN_SHINGLE, ZH_SHINGLE = 0.75, 6, 8


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
    """en: ASCII only. zh: Simplified (GB2312), or with trad Traditional (Big5, none of NOT_TRAD)."""
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


# ---------------------------------------------------------------- freshness against the model set
def sentences(text):
    out = []
    for part in re.split(r"(?<=[.!?。！？；;：:])\s*|\n+", text):
        part = part.strip()
        if len(part) >= (12 if CJK.search(part) else 30):
            out.append(part)
    return out


def shingles(s):
    if CJK.search(s):
        c = "".join(CJK.findall(s))
        return {c[i:i + ZH_SHINGLE] for i in range(len(c) - ZH_SHINGLE + 1)}
    w = re.findall(r"[a-z0-9']+", s.lower())
    return {" ".join(w[i:i + EN_SHINGLE]) for i in range(len(w) - EN_SHINGLE + 1)}


def model_text():
    """Every string literal of the model set's sources plus its README, or None when the set is absent."""
    if not os.path.isdir(MODEL_DIR):
        return None
    out = []
    for f in sorted(os.listdir(MODEL_DIR)):
        p = os.path.join(MODEL_DIR, f)
        if f.endswith(".py"):
            src = open(p, encoding="utf-8").read()
            for m in re.finditer(r'"(?:[^"\\\n]|\\.)*"', src):
                try:
                    out.append(ast.literal_eval(m.group(0)))
                except (ValueError, SyntaxError):
                    pass
        elif f.endswith(".md"):
            out.append(open(p, encoding="utf-8").read())
    return out


def freshness(texts):
    """(errors, max ratio, number of model sentences). A sentence is stale if it shares a 6-word (8-character)
    run with the model set or reaches FRESH_RATIO against a model sentence that shares a shorter run with it."""
    mt = model_text()
    if mt is None:
        return None, 0.0, 0
    msents = sorted({s for t in mt for s in sentences(t)})
    index = defaultdict(set)
    for i, s in enumerate(msents):
        for sh in shingles(s):
            index[sh].add(i)
    short = defaultdict(set)
    for i, s in enumerate(msents):
        if CJK.search(s):
            c = "".join(CJK.findall(s))
            grams = {c[j:j + 4] for j in range(len(c) - 3)}
        else:
            w = re.findall(r"[a-z0-9']+", s.lower())
            grams = {" ".join(w[j:j + 3]) for j in range(len(w) - 2)}
        for g in grams:
            short[g].add(i)
    errs, best = [], 0.0
    for where, text in texts:
        for s in sentences(PH_RE.sub("", text)):
            shared = [sh for sh in shingles(s) if sh in index]
            if shared:
                errs.append("%s: shares %r with the model set" % (where, shared[0]))
                continue
            if CJK.search(s):
                c = "".join(CJK.findall(s))
                grams = {c[j:j + 4] for j in range(len(c) - 3)}
            else:
                w = re.findall(r"[a-z0-9']+", s.lower())
                grams = {" ".join(w[j:j + 3]) for j in range(len(w) - 2)}
            cand = Counter(i for g in grams for i in short.get(g, ()))
            for i, _ in cand.most_common(15):
                r = ratio(s, msents[i])
                best = max(best, r)
                if r >= FRESH_RATIO:
                    errs.append("%s: %.2f like model sentence %r" % (where, r, msents[i][:60]))
                    break
    return errs, best, len(msents)


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
    # ---- replies
    seen, ids, names_used, cited, free_sents = set(), Counter(), Counter(), set(), Counter()
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
        if r["tid"] and (r["tid"].startswith("zh-tw/") != trad): errs.append(rid + " traditional tag and template disagree")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        if r["tid"]:
            who = r["vals"]["buyer_name"]
            if r["vals"]["agent_name"] not in AGENTS: errs.append(rid + " unknown agent")
        else:
            who = re.sub(r"^(Hi|Hello|Dear) |,$|，?\s?(您好|早安|午安|晚上好|下午好)：$", "", t.split("\n")[0])
            if t.rstrip().split("\n")[-1] not in AGENTS | {a.split()[0] for a in (A1, A2, A3, A4)}:
                errs.append(rid + " free reply not signed by one of the agents")
            for s in sentences(t):
                if len(s) >= (15 if CJK.search(s) else 40): free_sents[s] += 1
        if who in AGENTS or not who or len(who) > 24: errs.append("%s odd buyer name %r" % (rid, who))
        names_used[who] += 1
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
            if not bad: errs.append(rid + " violating reply with no offending wording")
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
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
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id used %d times: %s" % (v, k))
    for k, v in names_used.items():
        if v > 1: errs.append("buyer name used %d times: %s" % (v, k))
    for k, v in free_sents.items():
        if v > 1: errs.append("sentence repeated across free-written replies: %r" % k[:60])
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
    if not 140 <= len(REPLIES) <= 165: errs.append("about 150 replies expected, got %d" % len(REPLIES))
    # ---- every sentence fresh against the model set
    texts = [("template " + k, v) for k, v in TEMPLATES.items()] + [(r["id"], r["text"]) for r in REPLIES]
    fe, best, n = freshness(texts)
    if fe is None:
        print("note: model set not found at %s; freshness check skipped" % MODEL_DIR, file=sys.stderr)
    else:
        errs += fe
        checks.fresh = (best, n)
    return errs


checks.fresh = None


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
    out += ["", "| labels | en | zh | zh-tw | replies |", "| --- | --- | --- | --- | --- |"]
    by = Counter((", ".join(r["labels"]) or "[]", col(r)) for r in REPLIES)
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d | %d | %d | %d |" % (k, by[(k, "en")], by[(k, "zh")], by[(k, "zh-tw")], v))
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
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    edited = [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]
    fpl = [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]
    tviol = [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]
    rew = [r["max"] for r in REPLIES if r["cat"] == "rewritten"]
    free_tr = [r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]
    free_ok = [r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]
    out += ["", "| replies | difflib ratio |", "| --- | --- |",
            "| edited fills, to their own rendering | %s |" % rng(edited),
            "| fill-plus-logistics, to their own rendering | %s |" % rng(fpl),
            "| template-based violating replies, to their own rendering | %s |" % rng(tviol),
            "| rewritten replies, against the nearest template | %s |" % rng(rew),
            "| all free-written template-required replies, against the nearest template | %s |" % rng(free_tr),
            "| free-written [] replies, against the nearest template | %s |" % rng(free_ok)]
    if checks.fresh:
        out += ["", "Freshness: %d model-set sentences compared; no shared 6-word / 8-character run; highest sentence "
                "ratio %.2f (limit %.2f)." % (checks.fresh[1], checks.fresh[0], FRESH_RATIO)]
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    if sys.argv[1:] not in ([], ["--tables"]):
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr); sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
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
    print("languages:", dict(Counter(col(r) for r in REPLIES)))
    if checks.fresh:
        print("freshness: %d model sentences, highest ratio %.2f" % (checks.fresh[1], checks.fresh[0]))


if __name__ == "__main__":
    main()
