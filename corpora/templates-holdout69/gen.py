#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t69: builds and checks the held-out `template-required` set (optics seller). Sources: gen_templates.py, gen_replies.py.

  python3 gen.py                 self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates
                                 the files on disk and checks that README.md's generated tables are current
  python3 gen.py --check [DIR]   validates the files on disk only (default: this directory)
  python3 gen.py --tables        self-checks, then prints the tables used in README.md (writes nothing)
Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE
from refused import REFUSED

PREFIX = "t69"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
LIB_LANGS = {"en": 9, "zh": 5, "zh-tw": 4}

# Judgement calls, numbered as in README.md; every JCn in a note must be one of these, and each must be cited.
JCS = {1: "fill plus one logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "packing for a return/repair shipment is logistics; packing for the buyer's own trip is product use",
       5: "school and business deliveries are logistics",
       6: "order-fulfilment corrections are logistics",
       7: "transit damage and customs are logistics",
       8: "logistics plus product advice is template-required",
       9: "neutral review request: filled template [] / own words template-required only",
       10: "free product advice is template-required; answering 'which model' is not marketing",
       11: "checking alignment after a knock in transit is troubleshooting",
       12: "stock questions and holding replies are template-required",
       13: "a rewrite that keeps a template's facts is template-required",
       14: "near-misses that must not be flagged",
       15: "free-written logistics needs no template",
       16: "shipping to and from warranty repair is logistics"}

_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
# Simplified forms that are also valid Big5 characters; a Traditional text must use 後 裡 乾 於 準 範 幾 鬆 衝 盡 徵 instead.
NOT_TRAD = set("后里干于准范几松冲尽征")
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "wechat", "telegram", "instagram", "facebook", "line 官方", "微信",
          "支付宝", "支付寶", "paypal", "venmo", "email", "e-mail", "555-01", "coupon", "% off", "with code", "promo",
          "discount", "launches", "pre-order", "5-star", "five-star", "1-star", "2-star", "gift card", "五星", "好评",
          "好評", "差评", "差評", "返现", "返現", "满一百", "减二十", "买二送一", "買二送一", "折扣码", "折扣碼", "官网",
          "官網", "截图", "截圖", "私訊", "私信"]
# A content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "launches", "减", "買二送一", "折扣"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "支付宝", "line", "instagram", "官网", "官網"]}
# A logistics reply, and a sentence added as logistics, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "parcel", "label", "pallet",
       "freight", "pickup", "carrier", "courier", "dispatch", "loading dock", "warehouse",
       "运单", "退货", "送达", "退款", "地址", "发货", "寄出", "寄回", "取消", "关税", "清关", "包裹", "签收", "补发", "派送",
       "货运", "物流", "面单", "发出", "换货",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "簽收", "地址", "貨運", "取件", "換貨", "物流", "關稅", "清關", "寄件"]
# Identifier formats (all invented); every id in a reply must be one of these and be used once.
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z5Y90R2\d{10}\b|\b9205590\d{15}\b|\b78\d{10}\b|\b24\d{8}\b|\bCBO-R-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+|CBO-[A-Z0-9-]+")
AGENT_END = {"en": {"Marisol", "Cormac", "Henrietta", "Teodoro"}, "zh": {"栾静怡", "卞文哲"}, "zh-tw": {"藺品妤", "池冠霖"}}
TEAM = {"en": "Corriebank Optics Customer Care", "zh": "Corriebank 光学客服", "zh-tw": "Corriebank 光學客服"}
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


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


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def script_errors(text, lang, trad):
    """en: ASCII only. zh: Simplified (GB2312) or, with trad, Traditional (Big5, no simplified forms)."""
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


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    m = (re.match(r"^(?:Hi|Hello|Dear|Good \w+) (.+?),$", first) if r["lang"] == "en"
         else re.match(r"^(\S+?(?:先生|女士|小姐|太太))(?:，| )\S+：$", first))
    return m.group(1) if m else None


def checks():
    errs = []
    # ---- templates
    langs = Counter(m[0] for m in TMETA.values())
    if dict(langs) != LIB_LANGS: errs.append("library languages %s, want %s" % (dict(langs), LIB_LANGS))
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        bad = [w for w in BANNED if w in t.lower()] + re.findall(r"(?i)\b(?:rating|stars?)\b|星", t)
        if bad or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad, refused(t)))
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates alike: %s %s (%.2f)" % (a, b, ratio(bare(a), bare(b))))
    # ---- replies
    seen, ids, names, cited = set(), Counter(), Counter(), set()
    fills_per_tid, exact_per_tid = Counter(), Counter()
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
        if trad and r["lang"] != "zh": errs.append(rid + " traditional tag on a non-Chinese reply")
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        if r["tid"] and col(r) != TMETA[r["tid"]][0]: errs.append(rid + " language differs from its template")
        if t.split("\n")[-1] not in AGENT_END[col(r)] | {TEAM[col(r)]}:
            errs.append(rid + " does not end with an agent or team signature of its language")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        who = buyer_of(r)
        if not who: errs.append(rid + " no buyer name in the greeting")
        names[who] += 1
        jcs = {int(n) for n in re.findall(r"JC(\d+)", r["note"])}
        if not jcs <= set(JCS): errs.append("%s cites unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        bad = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and bad: errs.append("%s offending wording outside violating: %s" % (rid, bad))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating reply without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating reply must cite JC3")
            if r["extra"] is not None:
                is_log = any(w in r["extra"].lower() for w in LOG)
                if ("template-required" in lab) == is_log:
                    errs.append(rid + " template-required must be set exactly when the added sentence is not logistics")
                if not any(w in r["extra"].lower() for l in lab if l in MARK for w in MARK[l]):
                    errs.append(rid + " the violation must sit in the added sentence")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        if cat in ("filled-template", "fill-plus-logistics", "violating") and not r["tid"] and "free-written" not in r["tags"]:
            errs.append(rid + " template-based reply without a template")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            want = render(r["tid"], r["vals"])
            own = r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want): errs.append(rid + " exact flag disagrees with the text")
            if cat == "filled-template":
                fills_per_tid[r["tid"]] += 1
                exact_per_tid[r["tid"]] += r["exact"]
                if not r["exact"] and "JC2" not in r["note"]: errs.append(rid + " edited fill must cite JC2")
            if cat in ("filled-template", "fill-plus-logistics", "violating") and (own < FOLD_MIN or r["near"] != r["tid"]):
                errs.append("%s too far from its template (%.2f, nearest %s)" % (rid, own, r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
        if not jcs and not (cat == "filled-template" and r["exact"]):
            errs.append(rid + " cites no judgement call")
    for tid in TEMPLATES:
        if fills_per_tid[tid] < 2 or exact_per_tid[tid] < 1:
            errs.append("template %s needs at least two fills, one exact (has %d/%d)" % (tid, fills_per_tid[tid], exact_per_tid[tid]))
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
    errs, seen_ids, seen_texts, have = [], set(), set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p); continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
            if "buyer_name" not in PH_RE.findall(txt) or "agent_name" not in PH_RE.findall(txt):
                errs.append("buyer_name/agent_name missing: " + p)
            if refused(txt): errs.append("model-set names in " + p)
    if not have: errs.append("no templates in " + lib)
    n = 0
    with open(os.path.join(base, "replies.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
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
            if not isinstance(d.get("text"), str) or not d["text"].strip():
                errs.append("line %d: empty text" % n)
            else:
                if d["text"] in seen_texts: errs.append("line %d: duplicate text" % n)
                seen_texts.add(d["text"])
                if refused(d["text"]): errs.append("line %d: model-set names" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


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
    out += ["", "| id | lang | topic | replies based on it |", "| --- | --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        n = sum(1 for r in REPLIES if r["tid"] == tid)
        out.append("| `%s` | %s | %s | %d |" % (tid, lang, topic, n))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = "`%s`" % r["tid"] if r["tid"] else "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, `%s`" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    edited = [r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]
    fpl = [r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]
    vt = [r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]
    out += ["", "| replies | measure | range |", "| --- | --- | --- |",
            "| edited fills | to own rendering | %s |" % rng(edited),
            "| fill-plus-logistics | to own rendering | %s |" % rng(fpl),
            "| template-based violating | to own rendering | %s |" % rng(vt)]
    for c in ("logistics", "free-non-logistics", "rewritten", "mixed-logistics"):
        out.append("| %s | best template | %s |" % (c, rng([r["max"] for r in REPLIES if r["cat"] == c])))
    out.append("| free-written violating | best template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "violating" and not r["tid"]]))
    return "\n".join(out)


def readme_errors(base):
    p = os.path.join(base, "README.md")
    if not os.path.exists(p):
        return ["README.md missing"]
    txt = open(p, encoding="utf-8").read()
    errs = ["README.md is out of date, missing line: " + l for l in tables().split("\n") if l and l not in txt]
    errs += ["README.md does not explain JC%d" % n for n in JCS if "**JC%d." % n not in txt]
    return errs


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
    e = check_disk(HERE) + readme_errors(HERE)
    if e:
        print("DISK/README CHECK FAILED"); print("\n".join(e)); sys.exit(1)
    print("ok: %d templates (%s), %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
