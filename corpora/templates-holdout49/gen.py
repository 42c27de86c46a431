#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t49: builds and checks the held-out template-required set. Sources: gen_templates.py, gen_replies.py.
`python3 gen.py` runs the self-checks, then writes library/ and replies.jsonl and re-validates them;
`python3 gen.py --check [DIR]` validates the files on disk only; `python3 gen.py --tables` prints the README tables."""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t49"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
# Names of the earlier sets that must not reappear: t48 (Pagelight) and the names t48 itself refused.
EARLIER = [
    # t48 seller, products, staff, ids
    "Pagelight", "pagelight-reading", "Folio Nimbus", "Tessel Sleep", "Tessel Stand", "PLR-W-", "Allentown",
    "Marigold Treadwell", "Cassius Oyelaran-Finch", "Bettina Szymanski-Hale", "Lorcan Whitlock-Anand",
    "Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand",
    "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "1Z4K712", "94001118992232",
    # names refused by t48 (earlier sets)
    "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
    "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
    "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
    "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
    "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
    "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太",
    # t48 buyers
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Danvers", "Delgado-Finn",
    "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell",
    "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane",
    "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic",
    "Okoro-Blake", "Okwuosa", "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir",
    "Cavendish-Olu", "Corrigan", "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh",
    "Haverkamp", "Holloway-Beck", "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt",
    "Quennell", "Rautenbach", "Ruiz-Gallant", "Tamsin Ode", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe",
    "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生",
    "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生",
    "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士",
    "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士",
    "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生",
    "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生"]
CJK = re.compile(r"[\u4e00-\u9fff]")
TW_BAD = set("后里干台冲于准范几松")          # simplified-only in these uses; a Traditional text should not contain them
# wording that only a `violating` reply may contain (regexes, matched case-insensitively)
BANNED = [r"https?:", r"www\.", r"@", r"\.co\.uk", r"\.com\b", r"whatsapp", r"微信", r"paypal", r"instagram", r"facebook",
          r"\bline\b", r"coupon", r"% off", r"\bcode\b", r"giveaway", r"5-star", r"five-star", r"one-star", r"五星",
          r"好评", r"好評", r"差评", r"差評", r"返现", r"返現", r"八折", r"九折", r"抽奖", r"抽獎", r"gift card",
          r"截图", r"截圖", r"next order", r"on the house", r"7700 900", r"加购", r"加購"]
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "giveaway", "give away", "抽獎", "next order"],
        "off-platform-contact": ["whatsapp", "7700 900", "instagram", "www.", ".co.uk", "@", "微信", "paypal", "facebook", "line"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "dispatch", "cancel", "customs", "parcel", "label",
       "courier", "posted", "depot", "goes out", "due with", "hold your",
       "运单", "退货", "退回", "送达", "退款", "地址", "发货", "发出", "取消", "清关", "包裹", "签收", "补寄", "补发",
       "追蹤", "退貨", "退回", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b[A-Z]{2}\d{9}GB\b|\b\d{14}\b|\bH[0-9A-Z]{15}\b|BKF-C-\d{5}")


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    s = {t: ratio(text, PH_RE.sub("", TEMPLATES[t])) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def names(text):
    hits = []
    for n in EARLIER:
        if CJK.search(n):
            if n in text: hits.append(n)
        elif re.search(r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])", text, re.I):
            hits.append(n)
    return hits


def banned(text):
    return [w for w in BANNED if re.search(w, text, re.I)]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if banned(t) or names(t): errs.append("bad words in template %s %s %s" % (tid, banned(t), names(t)))
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id and language disagree: " + tid)
        try:
            t.encode({"en": "ascii", "zh": "gb2312", "zh-tw": "big5"}[lang])
        except UnicodeEncodeError as e:
            errs.append("script %s: %s" % (tid, e))
        if lang == "zh-tw" and set(t) & TW_BAD: errs.append("simplified-only use in " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    used = Counter(r["tid"] for r in REPLIES if r["cat"] == "filled-template")
    for tid in TEMPLATES:
        if not used[tid]: errs.append("template never filled: " + tid)
    seen, nums = set(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t or " \n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        for m in ID_RE.findall(t): nums[m] += 1
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in en")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " no CJK in zh")
        trad = "traditional" in r["tags"]
        if r["lang"] == "zh":
            try:
                re.sub(r"[\x00-\x7f°£]", "", t).encode("big5" if trad else "gb2312")
            except UnicodeEncodeError as e:
                errs.append("%s script: %s" % (rid, e))
            if trad and set(t) & TW_BAD: errs.append(rid + " simplified char " + "".join(set(t) & TW_BAD))
        if r["tags"][0] != cat: errs.append(rid + " first tag is not the category")
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if cat not in exp and cat != "violating": errs.append(rid + " unknown category")
        if cat != "violating" and banned(t): errs.append("%s banned %s" % (rid, banned(t)))
        if cat == "violating":
            if not [l for l in lab if l != "template-required"]: errs.append(rid + " violating without a content label")
            where = (r["extra"] or t).lower()        # template-based: the marker must sit in the added sentence
            for l in lab:
                if l != "template-required" and not any(m in where for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "template-required" not in lab and "JC3" not in r["note"]: errs.append(rid + " unexplained")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if r["extra"] and cat == "fill-plus-logistics" and not any(w in r["extra"].lower() for w in LOG):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with the template id")
            own = ratio(t, render(r["tid"], r["vals"]))
            r["own"] = own
            if r["exact"] and t != render(r["tid"], r["vals"]): errs.append(rid + " exact differs")
            if cat == "filled-template" and not r["exact"] and t == render(r["tid"], r["vals"]) and "long-value" not in r["tags"]:
                errs.append(rid + " 'edited' fill has no edit")
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
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p); continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
            if names(txt): errs.append("earlier names in " + p)
    if not have: errs.append("empty library")
    n = 0
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id " + str(d.get("id")))
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        if not set(d.get("labels", [])) <= ALLOWED or d.get("labels") != sorted(d.get("labels", [])): errs.append("labels line %d" % n)
        if d.get("lang") not in ("en", "zh"): errs.append("lang line %d" % n)
        if d.get("context") != "reply": errs.append("context line %d" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if names(d.get("text", "")): errs.append("line %d earlier names" % n)
    if not n: errs.append("no replies")
    return errs


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    L = ["en", "zh", "zh-tw"]
    out = ["| id | lang | topic |", "| --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s |" % (tid, lang, topic))
    out += ["", "| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    cats = list(dict.fromkeys(r["cat"] for r in REPLIES))
    for c in cats:
        n = Counter(col(r) for r in REPLIES if r["cat"] == c)
        out.append("| %s | %s | %d |" % (c, " | ".join(str(n[l]) for l in L), sum(n.values())))
    n = Counter(col(r) for r in REPLIES)
    out.append("| **total** | %s | %d |" % (" | ".join(str(n[l]) for l in L), len(REPLIES)))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    tags = Counter(t for r in REPLIES for t in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, tags[k]) for k in sorted(tags)) + "."]
    out += ["", "| id | labels | source | what it does |", "| --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            out.append("| %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), r["tid"] or "free-written",
                                                   r["note"].split(": ", 1)[-1] if r["tid"] else r["note"]))
    print("\n".join(out))


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        tables(); return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib): shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f: f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES: f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    e = check_disk(HERE)
    if e:
        print("DISK CHECK FAILED"); print("\n".join(e)); sys.exit(1)
    print("ok: %d templates, %d replies" % (len(TEMPLATES), len(REPLIES)))
    print("templates:", dict(Counter(m[0] for m in TMETA.values())))
    print("cat:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in dict.fromkeys(r["cat"] for r in REPLIES)})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("labels:", dict(Counter(x for r in REPLIES for x in r["labels"])))
    print("lang:", dict(Counter(col(r) for r in REPLIES)))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] in ("filled-template", "fill-plus-logistics"))
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f; free TR max-ratio max %.2f" % (own[0], mx[-1]))


if __name__ == "__main__":
    main()
