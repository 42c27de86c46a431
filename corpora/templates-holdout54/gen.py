#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t54: builds and checks the held-out template-required set (luggage seller). Sources: gen_templates.py, gen_replies.py.
`python3 gen.py` checks, then writes library/ and replies.jsonl and re-validates; `--check [DIR]` validates disk only."""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t54"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
# Names of the model set (t48: Pagelight) and of the sets it refused; none may appear here.
EARLIER = [
    # t48 seller, products, ids, staff
    "Pagelight", "pagelight-reading", "pagelight.reads", "pagelight_help", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-",
    "NIGHTREAD", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "Treadwell",
    "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "1Z4K7120", "94001118992",
    # t48 buyers
    "Abernethy-Roux", "Achebe-Lund", "Adeyemi-Voss", "Aldous", "Bergstrom", "Blackstock-Ade", "Brannigan", "Brynjolfsdottir",
    "Carrow", "Castelli-Moor", "Cavendish-Olu", "Corrigan", "Danjuma", "Danvers", "Delgado-Finn", "Drummond-Achebe",
    "Elphick", "Falconer", "Farquhar", "Ferrante", "Ferreira-Walsh", "Garnett", "Garvey", "Haddad", "Halloran-Udeh",
    "Harrowgate", "Haverkamp", "Holloway-Beck", "Ingersoll", "Iwasaki-Bell", "Kirkconnell", "Kowalczyk-Reid", "Lachance",
    "Lindahl", "Lindqvist-Amadi", "Nakagawa-Price", "Ngata-Brooks", "Oduya", "Okonedo", "Okoro-Blake", "Okwuosa",
    "Osei-Lamb", "Ostrowska", "Pellegrini", "Pemberton-Aziz", "Petrov-Lane", "Prewitt", "Pryce-Moreno", "Quarshie",
    "Quennell", "Rautenbach", "Ravensby", "Ruiz-Gallant", "Sutcliffe-Obi", "Szabo-Reilly", "Tamsin Ode", "Tennant",
    "Thackeray-Lim", "Tremblay-Sauve", "Umeh", "Vantongeren", "Vukovic", "Wexford", "Whitcombe",
    "Tobiah", "Ambrose", "Dashiell", "Priyanka", "Oriane", "Greer", "Jasper", "Anouk", "Fenella", "Leontyne", "Cosette",
    "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生",
    "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生",
    "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士",
    "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士",
    "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生",
    "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
    # sets refused by t48 (t47 and earlier)
    "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
    "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
    "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
    "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
    "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
    "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太"]
CJK = re.compile(r"[\u4e00-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松发")
# Wording that offends a content policy; allowed only in `violating` replies.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "微信", "支付宝", "支付寶", "paypal", "instagram", "facebook", "line 官方",
          "coupon", "% off", "promo", "discount", "giveaway", "优惠码", "優惠碼", "5-star", "five-star", "five star", "五星",
          "五顆星", "好评", "好評", "差评", "差評", "返现", "返現", "八五折", "送一", "抽出一", "抽獎", "gift card", "截图",
          "one-star", "two-star", "一星", "555-01"]
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "giveaway", "抽", "送一"],
        "off-platform-contact": ["whatsapp", "555-01", "instagram", "www.", ".com", "微信", "支付宝", "line 官方"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "import fees", "parcel",
       "label", "fedex", "ups", "usps", "warehouse",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "税费", "清关", "包裹", "签收", "补寄",
       "退回", "仓库", "倉庫", "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "退款"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z[0-9A-Z]{16}\b|\b94\d{20}\b|BKF-C-\d{5}\b|\b7\d{11}\b")
LOOSE_ID = re.compile(r"\b1Z[0-9A-Z]+\b|\b94\d{10,}\b|BKF-C-\d+|\b\d{3}-\d{5,}-\d+\b")


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


def script_errs(tag, text, lang, trad):
    errs = []
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            errs.append("%s not ASCII: %s" % (tag, e))
    else:
        try:
            re.sub(r"[\x00-\x7f]", "", text).encode("big5" if trad else "gb2312")
        except UnicodeEncodeError as e:
            errs.append("%s script: %s" % (tag, e))
        if trad and set(text) & SIMPLIFIED_ONLY:
            errs.append("%s simplified-only characters %s" % (tag, sorted(set(text) & SIMPLIFIED_ONLY)))
        if not CJK.search(text):
            errs.append(tag + " no Chinese text")
    return errs


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if [w for w in BANNED if w in t.lower()] or names(t): errs.append("bad words in template " + tid)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template dir/lang mismatch " + tid)
        errs += script_errs("template " + tid, PH_RE.sub("", t), "en" if lang == "en" else "zh", lang == "zh-tw")
        if "  " in t or "\n\n\n" in t: errs.append("template format " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums = set(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS or r["tags"][0] != cat: errs.append(rid + " category")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        for m in ID_RE.findall(t): nums[m] += 1
        for m in LOOSE_ID.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s malformed id %s" % (rid, m))
        trad = "traditional" in r["tags"]
        if r["lang"] not in ("en", "zh") or (trad and r["lang"] != "zh"): errs.append(rid + " lang")
        errs += script_errs(rid, t, r["lang"], trad)
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if cat != "violating" and [w for w in BANNED if w in t.lower()]:
            errs.append("%s banned %s" % (rid, [w for w in BANNED if w in t.lower()]))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "template-required" not in lab and "JC3" not in r["note"]: errs.append(rid + " unexplained")
            kind = "template-based" if r["tid"] else "free-written"
            if kind not in r["tags"]: errs.append(rid + " violating kind tag")
        if not re.search(r"JC\d+", r["note"]) and not r["note"].endswith("exact fill"):
            errs.append(rid + " note cites no judgement call")
        if r["tid"] and not r["note"].startswith(r["tid"] + ": "): errs.append(rid + " note must start with template id")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not (r["extra"] and any(w in r["extra"].lower() for w in LOG)):
            errs.append(rid + " added sentence not logistics")
        if cat == "violating" and r["tid"] and "template-required" not in lab and not any(w in r["extra"].lower() for w in LOG):
            errs.append(rid + " added sentence without template-required must be logistics")
        if r["tid"]:
            if r["tid"] not in TEMPLATES: errs.append(rid + " unknown template"); continue
            own = ratio(t, render(r["tid"], r["vals"]))
            r["own"] = own
            if r["exact"] and t != render(r["tid"], r["vals"]): errs.append(rid + " exact differs")
            if ("exact" in r["tags"]) != (cat == "filled-template" and r["exact"]): errs.append(rid + " exact tag")
            best, _ = nearest(t)
            if cat in ("filled-template", "fill-plus-logistics") and (own < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, own, best))
            lang = "zh-tw" if trad else r["lang"]
            if TMETA[r["tid"]][0] != lang: errs.append(rid + " template language differs from reply")
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= 0.55:
                errs.append("%s free reply too close (%.2f %s)" % (rid, r["max"], r["near"]))
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
                errs.append("stray file " + p); continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
            if names(txt): errs.append("earlier names in " + p)
    if not have: errs.append("no templates in " + lib)
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
        if d.get("tags", [None])[0] not in CATS: errs.append("line %d: tags[0] not a category" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if names(d.get("text", "")): errs.append("line %d earlier names" % n)
    if n == 0: errs.append("no replies")
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
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES: f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    e = check_disk(HERE)
    if e:
        print("DISK CHECK FAILED"); print("\n".join(e)); sys.exit(1)
    col = lambda r: ("zh-tw" if "traditional" in r["tags"] else r["lang"])
    print("ok: %d templates, %d replies" % (len(TEMPLATES), len(REPLIES)))
    print("templates:", dict(Counter(m[0] for m in TMETA.values())))
    print("cat:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("labels:", dict(Counter(x for r in REPLIES for x in r["labels"])))
    print("lang:", dict(Counter(col(r) for r in REPLIES)))
    print("tags:", dict(sorted(Counter(x for r in REPLIES for x in r["tags"][1:]).items())))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f; free TR max-ratio max %.2f" % (own[0], mx[-1]))


if __name__ == "__main__":
    main()
