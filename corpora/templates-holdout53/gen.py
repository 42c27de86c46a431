#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t53: builds and checks the held-out template-required set. Sources: gen_templates.py, gen_replies.py.
`python3 gen.py` checks, then writes library/ and replies.jsonl and re-validates; `--check [DIR]` validates disk only."""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t53"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
# Names of the model set (t48: Pagelight Reading Devices) and of the sets it refused in turn.
MODEL = ["Pagelight", "pagelight-reading", "pagelight.reads", "pagelight_help", "NIGHTREAD", "Folio Nimbus", "Nimbus",
         "Tessel", "PLR-W-", "1Z4K712", "94001118992", "Allentown", "Tempe",
         "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
         "Abernethy-Roux", "Achebe-Lund", "Adeyemi-Voss", "Aldous", "Bergstrom", "Blackstock-Ade", "Brannigan",
         "Brynjolfsdottir", "Carrow", "Castelli-Moor", "Cavendish-Olu", "Corrigan", "Danjuma", "Danvers", "Delgado-Finn",
         "Drummond-Achebe", "Elphick", "Falconer", "Farquhar", "Ferrante", "Ferreira-Walsh", "Garnett", "Garvey", "Haddad",
         "Halloran-Udeh", "Harrowgate", "Haverkamp", "Holloway-Beck", "Ingersoll", "Iwasaki-Bell", "Kirkconnell",
         "Kowalczyk-Reid", "Lachance", "Lindahl", "Lindqvist-Amadi", "Nakagawa-Price", "Ngata-Brooks", "Oduya", "Okonedo",
         "Okoro-Blake", "Okwuosa", "Osei-Lamb", "Ostrowska", "Pellegrini", "Pemberton-Aziz", "Petrov-Lane", "Prewitt",
         "Pryce-Moreno", "Quarshie", "Quennell", "Rautenbach", "Ravensby", "Ruiz-Gallant", "Sutcliffe-Obi", "Szabo-Reilly",
         "Tamsin Ode", "Tennant", "Thackeray-Lim", "Tremblay-Sauve", "Umeh", "Vantongeren", "Vukovic", "Wexford",
         "Whitcombe", "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane",
         "Priyanka", "Tobiah", "Mrs Okwuosa", "Achebe", "Abernathy", "Castellan",
         # sets refused by the model
         "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
         "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
         "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
         "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
         "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
         "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine"]
# Surnames of Chinese buyers and staff in the model and earlier sets, both scripts: refused with any title.
MODEL_SURNAMES = set("万萬何侯傅冯馮凌刘劉包卜叶葉向吴吳唐姚孙孫孟屈彭戴房施曾朱林柏梁杨楊江沈涂温溫熊石秦管纪紀罗羅"
                     "翟聂聶胡苏蘇苗范莊庄葛董蔡萧蕭蓝藍袁解谢謝许許贾賈车車邓鄧邹鄒郑鄭金钱錢闵閔陆陸陈陳陶韦韋韩韓"
                     "骆駱高魏黄黃龙龍郁滕倪柴谭譚丁项項康褚余孔宁寧尤景窦竇赖賴岑戚符简簡钟鍾")
ZH_TITLE = re.compile(r"(?<=[\u4e00-\u9fff])(?:先生|女士|小姐|太太)")
CJK = re.compile(r"[\u4e00-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松")
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "t.me", "微信", "paypal", "venmo", "instagram", "facebook",
          "line 官方", "coupon", "% off", "code ", "giveaway", "flash sale", "5-star", "five-star", "五星", "好评", "好評",
          "差评", "差評", "返现", "返現", "八折", "九折", "八五折", "抽獎", "买二送一", "買二送一", "gift card", "截图",
          "截圖", "screenshot", "555-01", "take down your", "删掉"]
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "flash sale", "抽獎", "買二送一"],
        "off-platform-contact": ["555-01", "www.", ".com", "@", "t.me", "telegram", "微信", "venmo", "line 官方"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel", "label",
       "carrier", "warehouse",
       "运单", "退货", "送达", "送到", "退款", "退回", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补寄",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "退款", "包裹", "地址"]
EXPECT = {"filled-template": (21, 12, 9), "fill-plus-logistics": (6, 4, 2), "logistics": (17, 11, 6),
          "free-non-logistics": (10, 6, 3), "rewritten": (7, 4, 2), "mixed-logistics": (5, 3, 2), "violating": (9, 5, 3)}
EXPECT_TEMPLATES = {"en": 9, "zh": 5, "zh-tw": 4}


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    s = {t: ratio(text, PH_RE.sub("", TEMPLATES[t])) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def names(text):
    low = text.lower()
    hits = [n for n in MODEL if n.lower() in low]
    hits += [text[m.start() - 1] + m.group() for m in ZH_TITLE.finditer(text) if text[m.start() - 1] in MODEL_SURNAMES]
    return hits


def ph_bad(text):
    return "{" in PH_RE.sub("", text) or "}" in PH_RE.sub("", text)


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def checks():
    errs = []
    if dict(Counter(m[0] for m in TMETA.values())) != EXPECT_TEMPLATES: errs.append("template counts per language")
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if [w for w in BANNED if w in t.lower()] or names(t): errs.append("bad words in template " + tid)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("id/lang mismatch " + tid)
        try:
            t.encode({"en": "ascii", "zh": "gb2312", "zh-tw": "big5"}[lang])
        except UnicodeEncodeError as e:
            errs.append("script %s: %s" % (tid, e))
        if lang == "zh-tw" and set(t) & SIMPLIFIED_ONLY: errs.append("simplified-only use in " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums, exact_of = set(), Counter(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        for m in re.findall(r"\b\d{3}-\d{7}-\d{7}\b|1Z[0-9A-Z]{16}|94\d{20}|RHW-Q-\d{5}", t): nums[m] += 1
        if r["lang"] == "en":
            if CJK.search(t): errs.append(rid + " CJK in en")
            try:
                t.encode("ascii")
            except UnicodeEncodeError:
                errs.append(rid + " non-ASCII in en")
        trad = "traditional" in r["tags"]
        if r["lang"] == "zh":
            if not CJK.search(t): errs.append(rid + " no CJK in zh")
            try:
                re.sub(r"[\x00-\x7f]", "", t).encode("big5" if trad else "gb2312")
            except UnicodeEncodeError as e:
                errs.append("%s script: %s" % (rid, e))
            if trad and set(t) & SIMPLIFIED_ONLY: errs.append(rid + " simplified char")
        if r["tid"] and (("traditional" in r["tags"]) != r["tid"].startswith("zh-tw/")): errs.append(rid + " script tag")
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat not in EXPECT: errs.append(rid + " unknown category " + cat)
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if not set(lab) <= ALLOWED: errs.append(rid + " unknown label")
        if cat != "violating" and [w for w in BANNED if w in t.lower()]:
            errs.append("%s banned %s" % (rid, [w for w in BANNED if w in t.lower()]))
        if cat == "violating":
            if not lab or lab == ["template-required"]: errs.append(rid + " violating without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating note must cite JC3")
            if r["extra"] and "template-required" not in lab and not any(w in r["extra"].lower() for w in LOG):
                errs.append(rid + " TR dropped but the added sentence is not logistics")
            if r["extra"] and "template-required" in lab and any(w in r["extra"].lower() for w in LOG[:2]):
                errs.append(rid + " added violating sentence looks like logistics")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not (r["extra"] and any(w in r["extra"].lower() for w in LOG)):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            rendered = render(r["tid"], r["vals"])
            own = ratio(t, rendered)
            r["own"] = own
            if r["exact"] and t != rendered: errs.append(rid + " exact differs")
            if not r["exact"] and t == rendered: errs.append(rid + " edit changed nothing")
            if r["exact"] and cat == "filled-template": exact_of[r["tid"]] += 1
            best, _ = nearest(t)
            if cat in ("filled-template", "fill-plus-logistics") and (own < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, own, best))
            if cat == "violating" and best != r["tid"]: errs.append(rid + " template-based reply not nearest its template")
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= 0.55:
                errs.append("%s free reply too close (%.2f %s)" % (rid, r["max"], r["near"]))
            if cat in ("filled-template", "fill-plus-logistics"): errs.append(rid + " fill without template")
    for tid in TEMPLATES:
        if not exact_of[tid]: errs.append("no exact fill of " + tid)
    for k, v in nums.items():
        if v > 1: errs.append("id reused: " + k)
    for cat, want in EXPECT.items():
        got = tuple(sum(1 for r in REPLIES if r["cat"] == cat and col(r) == l) for l in ("en", "zh", "zh-tw"))
        if got != want: errs.append("counts for %s: %s, want %s" % (cat, got, want))
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
    if len(have) != sum(EXPECT_TEMPLATES.values()): errs.append("library holds %d templates" % len(have))
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
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if names(d.get("text", "")): errs.append("line %d earlier names" % n)
    if n != sum(sum(v) for v in EXPECT.values()): errs.append("replies.jsonl holds %d lines" % n)
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
    print("ok: %d templates, %d replies" % (len(TEMPLATES), len(REPLIES)))
    print("templates:", dict(Counter(m[0] for m in TMETA.values())))
    print("cat:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in dict.fromkeys(r["cat"] for r in REPLIES)})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("labels:", dict(Counter(x for r in REPLIES for x in r["labels"])))
    print("lang:", dict(Counter(col(r) for r in REPLIES)))
    print("tags:", dict(sorted(Counter(x for r in REPLIES for x in r["tags"][1:]).items())))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f; free TR max-ratio max %.2f" % (own[0], mx[-1]))


if __name__ == "__main__":
    main()
