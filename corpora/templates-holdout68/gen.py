#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t68: builds and checks the held-out `template-required` set. Sources: gen_templates.py, gen_replies.py.

  python3 gen.py                 self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates them
  python3 gen.py --check [DIR]   validates the files on disk only (default: this directory)
  python3 gen.py --tables        self-checks, then prints the count tables used in README.md (writes nothing)
Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t68"
POLICY_MD = "/work/shared/policy.md"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
FIELDS = ("id", "text", "labels", "lang", "tags", "note", "context")

JCS = {1: "fill plus one logistics sentence stays []", 2: "courtesy and light edits keep a fill a fill",
       3: "template plus a violating sentence: content label and template-required, unless the addition is logistics",
       4: "freight delivery and freight pickup are logistics", 5: "fulfilment corrections and multi-box shipments are logistics",
       6: "transit damage and customs are logistics", 7: "logistics plus product advice is template-required",
       8: "neutral review request: template [] / own words template-required",
       9: "free product or assembly advice is template-required", 10: "what a freight delivery does and does not include is logistics",
       11: "a warranty decision on damage in use is template-required even when a part is sent",
       12: "holding reply about a fault is template-required", 13: "rewrite with a template's facts is template-required",
       14: "near-misses that must not be flagged", 15: "free-written logistics needs no template"}

# Names of the model set (seller, products, staff, ids, codes, handles) and of the sets it refuses.
REFUSED = [
    "Fernhollow", "fernhollow-power", "fernhollow_cs", "fernhollowtw", "Ridgeback", "Leaflight", "Cairn", "FHP-C-",
    "SUNNYRIDGE", "1Z8W3E61", "Nkemelu-Ward", "Barnaby Quist", "Marchetti-Dunne", "Adebanjo-Kerr",
    "屠明远", "郏思琪", "邱映彤", "左承浩",
    "Pagelight", "Folio Nimbus", "Tessel", "PLR-W-", "NIGHTREAD", "Marigold Treadwell", "Oyelaran-Finch",
    "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
    "Meadowvane", "Sonavel", "Jetwell", "MVC-W-", "Delphine Ashcombe", "Nwosu-Lindqvist", "Brennan-Sato",
    "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰", "Larkspur", "Stitchworks", "Corvelle", "Threadhaven",
    "Quillmark", "Keenfold", "Silkrow", "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿",
]
_ASCII_REFUSED = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_CJK_REFUSED = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
# Built-in script table: simplified form, traditional form (pairs whose two forms differ and are not shared words).
SIMP = "们这为说会时个对发后来东车书长马见页头话语请谢货运递单号换装组丝钉锁门灯线电网邮务态问题间买卖钱码边满评论条垫护乐儿宝栏宽净机风气过还进让给帮检签订预计达仓库与么没从开关节颜调缩变处理铰凳层阶软硬购认较"
TRAD = "們這為說會時個對發後來東車書長馬見頁頭話語請謝貨運遞單號換裝組絲釘鎖門燈線電網郵務態問題間買賣錢碼邊滿評論條墊護樂兒寶欄寬淨機風氣過還進讓給幫檢簽訂預計達倉庫與麼沒從開關節顏調縮變處理鉸凳層階軟硬購認較"
assert len(SIMP) == len(TRAD)
ONLY_SIMP = {s for s, t in zip(SIMP, TRAD) if s != t}
ONLY_TRAD = {t for s, t in zip(SIMP, TRAD) if s != t}
# Wording that only a violating reply may contain.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "line 官方", "微信", "paypal", "instagram", "facebook",
          "email", "e-mail", "coupon", "% off", "promo", "discount", "launches", "5-star", "five-star", "1-star",
          "gift card", "五星", "好评", "好評", "差评", "差評", "返现", "返現", "九折", "八折", "买一送一", "買一送一",
          "官网", "官網", "截图", "15%"]
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "launches", "买一送一", "買一送一"],
        "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "paypal", "line", "官网"]}
LOG = ["tracking", "track", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import fees", "parcel",
       "label", "freight", "pickup", "carrier", "warehouse",
       "运单", "单号", "退货", "送达", "退款", "地址", "发货", "发出", "补发", "补寄", "取消", "关税", "清关", "包裹", "签收", "派送", "货运", "寄回",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "貨運", "取件", "退款", "物流"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z6RB2\d{12}\b|\b9205\d{18}\b|\b78\d{10}\b|\b44\d{8}\b|BKR-C-\d{5}")
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
FOLD_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50
EN_RUN, ZH_RUN = 6, 8


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    s = {t: ratio(text, bare(t)) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def refused(text):
    return [r.pattern for r in _ASCII_REFUSED if r.search(text)] + [n for n in _CJK_REFUSED if n in text]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


# ---- shared runs with policy.md: 6 English words or 8 Chinese characters
def en_grams(text):
    w = re.findall(r"[a-z0-9']+", text.lower())
    return {" ".join(w[i:i + EN_RUN]) for i in range(len(w) - EN_RUN + 1)}


def zh_grams(text):
    out = set()
    for run in re.findall(r"[\u3400-\u9fff]+", text):
        out |= {run[i:i + ZH_RUN] for i in range(len(run) - ZH_RUN + 1)}
    return out


_POLICY = open(POLICY_MD, encoding="utf-8").read()
POLICY_EN, POLICY_ZH = en_grams(_POLICY), zh_grams(_POLICY)


def policy_overlap(text):
    return sorted(en_grams(text) & POLICY_EN) + sorted(zh_grams(text) & POLICY_ZH)


def script_errors(text, lang, trad):
    """en: ASCII only. zh: GB2312 and no traditional-only forms; zh-tw: Big5 and no simplified-only forms."""
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
    bad = set(body) & (ONLY_SIMP if trad else ONLY_TRAD)
    if bad:
        return ["%s forms in a %s text: %s" % ("simplified" if trad else "traditional", "Traditional" if trad else "Simplified",
                                              "".join(sorted(bad)))]
    return []


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    first = r["text"].split("\n")[0]
    first = re.sub(r"^(Hi|Hello|Dear|Good (morning|afternoon|evening)) ", "", first)
    return re.split(r"[,，:：]| 您好| 早安| 午安", first)[0]


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing in " + tid)
        if len(ph) != len(set(ph)): errs.append("placeholder repeated in " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or refused(t): errs.append("bad words in template %s: %s %s" % (tid, bad, refused(t)))
        if policy_overlap(bare(tid)): errs.append("template %s shares runs with policy.md: %s" % (tid, policy_overlap(bare(tid))))
        errs += ["template %s %s" % (tid, e) for e in script_errors(bare(tid), "en" if lang == "en" else "zh", lang == "zh-tw")]
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
        if ph_bad(t) or PH_RE.search(t): errs.append(rid + " placeholder or brace left in text")
        if "  " in t or t != t.strip() or "\n\n\n" in t or "\t" in t: errs.append(rid + " format")
        if refused(t): errs.append("%s uses names of the model set: %s" % (rid, refused(t)))
        if policy_overlap(t): errs.append("%s shares runs with policy.md: %s" % (rid, policy_overlap(t)))
        if not set(lab) <= ALLOWED or lab != sorted(set(lab)): errs.append(rid + " labels")
        trad = "traditional" in r["tags"]
        errs += ["%s %s" % (rid, e) for e in script_errors(t, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in an English reply")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " zh reply without Chinese")
        for m in ID_RE.findall(t): ids[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        names[buyer_of(r)] += 1
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
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
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
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in FIELDS:
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
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang |", "| --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s (%s) |" % (tid, lang, topic))
    out += ["", "| id | labels | source | what it does | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max, %s" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))
    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs))
    out += ["", "| replies | difflib ratio |", "| --- | --- |"]
    out.append("| edited fills, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]))
    out.append("| fill-plus-logistics, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]))
    out.append("| template-based violating, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]))
    out.append("| rewritten, best template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "rewritten"]))
    out.append("| free template-required, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"]]))
    out.append("| free [], best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]))
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


if __name__ == "__main__":
    main()
