#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t48: builds and checks the held-out template-required set. Sources: gen_templates.py, gen_replies.py.
`python3 gen.py` checks, then writes library/ and replies.jsonl and re-validates; `--check` validates disk only."""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
EARLIER = ["Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
           "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
           "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
           "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
           "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
           "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
           "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
           "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太"]
CJK = re.compile(r"[\u4e00-\u9fff]")
BANNED = ["http", "www.", "@", ".com", "whatsapp", "微信", "paypal", "instagram", "facebook", "coupon", "% off", "code ",
          "giveaway", "5-star", "five-star", "五星", "好评", "好評", "差评", "返现", "八折", "九折", "抽獎", "gift card", "截图"]
MARK = {"review-inducement": ["review", "评", "評"], "marketing": ["%", "折", "giveaway", "抽獎"],
        "off-platform-contact": ["whatsapp", "555-01", "instagram", "www.", ".com", "微信", "paypal", "facebook"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel", "label",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补寄",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "退款", "包裹", "地址"]


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    s = {t: ratio(text, PH_RE.sub("", TEMPLATES[t])) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def names(text):
    return [n for n in EARLIER if n.lower() in text.lower()]


def ph_bad(text):
    return "{" in PH_RE.sub("", text) or "}" in PH_RE.sub("", text)


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if [w for w in BANNED if w in t.lower()] or names(t): errs.append("bad words in template " + tid)
        lang = TMETA[tid][0]
        try:
            t.encode({"en": "ascii", "zh": "gb2312", "zh-tw": "big5"}[lang])
        except UnicodeEncodeError as e:
            errs.append("script %s: %s" % (tid, e))
        if lang == "zh-tw" and set(t) & set("后里干台冲于准范几松"): errs.append("simplified-only use in " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums = set(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "t48-%03d" % (i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        for m in re.findall(r"\b\d{3}-\d{7}-\d{7}\b|1Z[0-9A-Z]{16}|94\d{20}|PLR-W-\d{5}", t): nums[m] += 1
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in en")
        trad = "traditional" in r["tags"]
        if r["lang"] == "zh":
            try:
                re.sub(r"[\x00-\x7f°]", "", t).encode("big5" if trad else "gb2312")
            except UnicodeEncodeError as e:
                errs.append("%s script: %s" % (rid, e))
            if trad and set(t) & set("后里干台冲于准范几松"): errs.append(rid + " simplified char")
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if cat != "violating" and [w for w in BANNED if w in t.lower()]:
            errs.append("%s banned %s" % (rid, [w for w in BANNED if w in t.lower()]))
        if cat == "violating":
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "template-required" not in lab and "JC3" not in r["note"]: errs.append(rid + " unexplained")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if r["extra"] and cat == "fill-plus-logistics" and not any(w in r["extra"].lower() for w in LOG):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            own = ratio(t, render(r["tid"], r["vals"]))
            r["own"] = own
            if r["exact"] and t != render(r["tid"], r["vals"]): errs.append(rid + " exact differs")
            best, _ = nearest(t)
            if cat in ("filled-template", "fill-plus-logistics") and (own < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, own, best))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= 0.55: errs.append("%s free reply too close (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in nums.items():
        if v > 1: errs.append("id reused: " + k)
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, ids = [], set()
    lib = os.path.join(base, "library")
    have = set()
    for root, _, files in os.walk(lib):
        for f in files:
            if f.endswith(".txt"):
                p = os.path.join(root, f)
                have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
                txt = open(p, encoding="utf-8").read()
                if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
                if names(txt): errs.append("earlier names in " + p)
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id " + str(d.get("id")))
        ids.add(d.get("id"))
        if d.get("id") != "t48-%03d" % n: errs.append("line %d: id not sequential" % n)
        if not set(d.get("labels", [])) <= ALLOWED or d.get("labels") != sorted(d.get("labels", [])): errs.append("labels line %d" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if names(d.get("text", "")): errs.append("line %d earlier names" % n)
    return errs


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib): shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w", encoding="utf-8").write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES: f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    e = check_disk(HERE)
    if e:
        print("DISK CHECK FAILED"); print("\n".join(e)); sys.exit(1)
    col = lambda r: ("zh-tw" if "traditional" in r["tags"] else r["lang"])
    print("ok: %d templates, %d replies" % (len(TEMPLATES), len(REPLIES)))
    print("templates:", dict(Counter(m[0] for m in TMETA.values())))
    print("cat:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in dict.fromkeys(r["cat"] for r in REPLIES)})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("labels:", dict(Counter(x for r in REPLIES for x in r["labels"])))
    print("lang:", dict(Counter(col(r) for r in REPLIES)))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f; free TR max-ratio max %.2f" % (own[0], mx[-1]))


if __name__ == "__main__":
    main()
