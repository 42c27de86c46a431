#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t52: builds and checks the held-out template-required set (seller: Brackenfold Printworks, home 3D printers
and filament; invented). Sources: gen_templates.py (library), gen_replies.py (replies). Standard library only.
`python3 gen.py` runs the self-checks, then rewrites library/ and replies.jsonl and re-validates the files on disk;
`python3 gen.py --check [DIR]` only validates what is on disk."""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t52"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}

# Names, brands, ids and prefixes of the model set (t48, Pagelight) and of the sets it names itself.
# None of these may appear anywhere in this set.
EARLIER_SETS = ["Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
                "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
                "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold",
                "Silkrow", "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370",
                "1Z3F881004", "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham",
                "Harkness", "Delahaye", "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth",
                "Thistlewood", "Quartermaine", "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士",
                "宁先生", "尤先生", "景女士", "窦女士", "葉小姐", "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太"]
MODEL_SET = ["Pagelight", "pagelight-reading", "pagelight.reads", "pagelight_help", "NIGHTREAD", "Folio Nimbus", "Nimbus",
             "Tessel", "PLR-W-", "1Z4K712", "94001118992", "Allentown", "Tempe",
             "Marigold Treadwell", "Treadwell", "Cassius", "Oyelaran-Finch", "Bettina", "Szymanski-Hale", "Lorcan",
             "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
             "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka",
             "Tobiah", "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor",
             "Delgado-Finn", "Elphick", "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll",
             "Iwasaki-Bell", "Kowalczyk-Reid", "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb",
             "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie", "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly",
             "Thackeray-Lim", "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa", "Pemberton-Aziz",
             "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir", "Cavendish-Olu", "Corrigan", "Danjuma",
             "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh", "Haverkamp", "Holloway-Beck",
             "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt", "Quennell",
             "Rautenbach", "Ruiz-Gallant", "Tamsin Ode", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe",
             "Danvers",
             "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士",
             "吳先生", "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生",
             "朱女士", "林先生", "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士",
             "石女士", "秦先生", "管女士", "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生",
             "莊小姐", "葛小姐", "董先生", "蔡女士", "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士",
             "车先生", "邓女士", "鄒太太", "鄭先生", "金先生", "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士",
             "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生"]
EARLIER = EARLIER_SETS + MODEL_SET
_LATIN = [n for n in EARLIER if re.match(r"[A-Za-z0-9]", n)]
_LATIN_RE = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(re.escape(n) for n in _LATIN) + r")(?![A-Za-z])", re.I)
_CJK_NAMES = [n for n in EARLIER if n not in _LATIN]

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松")   # characters a Traditional text should write another way
# Wording that may appear only in `violating` replies (links, handles, offers, star ratings, payment apps).
BANNED = ["http", "www.", "@", ".com", ".gg", "discord", "whatsapp", "telegram", "微信", "支付宝", "paypal", "instagram",
          "facebook", "line 官方", "coupon", "优惠", "優惠", "% off", "promo", "with code", "giveaway", "give away",
          "5-star", "five-star", "五星", "五顆星", "好评", "好評", "差评", "差評", "返现", "返現", "八折", "九折", "立减",
          "抽奖", "抽獎", "gift card", "截图", "送一", "555-01", "store page"]
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["% off", "立减", "give away", "九折", "送一", "coupon"],
        "off-platform-contact": ["whatsapp", "555-01", "discord", ".com", "微信", "支付宝", "line 官方"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel", "label",
       "carrier", "courier", "freight", "pallet", "pickup", "warehouse",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补寄", "货运",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "清關", "關稅"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|1Z[0-9A-Z]{16}|\b94\d{20}\b|\b77\d{10}\b|BFP-S-\d{5}")
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
          "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    s = {t: ratio(text, PH_RE.sub("", TEMPLATES[t])) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def names(text):
    return sorted(set(m.group(1) for m in _LATIN_RE.finditer(text)) | {n for n in _CJK_NAMES if n in text})


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errors(text, lang, trad):
    """en: ASCII only; zh: GB2312 (Simplified) or Big5 (Traditional) apart from ASCII and the degree sign."""
    try:
        if lang == "en":
            text.encode("ascii")
        else:
            re.sub(r"[\x00-\x7f°]", "", text).encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return [str(e)]
    if trad and set(text) & SIMPLIFIED_ONLY:
        return ["simplified-only characters %s" % "".join(sorted(set(text) & SIMPLIFIED_ONLY))]
    return []


def checks():
    errs = []
    n_lang = Counter(m[0] for m in TMETA.values())
    if (len(TEMPLATES), n_lang["en"], n_lang["zh"], n_lang["zh-tw"]) != (18, 9, 5, 4):
        errs.append("template counts %d %s" % (len(TEMPLATES), dict(n_lang)))
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template id/lang mismatch " + tid)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        bad = [w for w in BANNED if w in t.lower()]
        if bad or names(t): errs.append("bad words in template %s: %s %s" % (tid, bad, names(t)))
        for e in script_errors(PH_RE.sub("", t), "en" if lang == "en" else "zh", lang == "zh-tw"):
            errs.append("script %s: %s" % (tid, e))
        if "\n\n\n" in t or "  " in t: errs.append("format " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums = set(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        trad = "traditional" in r["tags"]
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        for m in ID_RE.findall(t): nums[m] += 1
        if r["lang"] not in ("en", "zh"): errs.append(rid + " lang")
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in en")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " no CJK in zh")
        for e in script_errors(t, r["lang"], trad): errs.append("%s script: %s" % (rid, e))
        if r["tags"][0] != cat: errs.append(rid + " tags[0] is not the category")
        if lab != sorted(set(lab)) or not set(lab) <= ALLOWED: errs.append(rid + " labels")
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        if cat not in EXPECT and cat != "violating": errs.append(rid + " unknown category")
        if r["tid"] and not r["note"].startswith(r["tid"] + ":"): errs.append(rid + " note must start with the template id")
        if not re.search(r"JC\d+|exact fill", r["note"]): errs.append(rid + " note cites no judgement call")
        found = [w for w in BANNED if w in t.lower()]
        if cat != "violating" and found:
            errs.append("%s banned %s" % (rid, found))
        if cat == "violating":
            if not lab: errs.append(rid + " violating without labels")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "JC3" not in r["note"]: errs.append(rid + " violating row must cite JC3")
            if "template-required" not in lab and not any(w in t.lower() for w in LOG):
                errs.append(rid + " content-only label but no logistics matter")
            if r["extra"] and not any(w in r["extra"].lower() for m in MARK.values() for w in m) \
                    and not any(w in r["extra"].lower() for w in MARK["review-inducement"]):
                errs.append(rid + " added sentence carries no marker")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not (r["extra"] and any(w in r["extra"].lower() for w in LOG)):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            if r["tid"] not in TEMPLATES: errs.append(rid + " unknown template")
            if ("traditional" in r["tags"]) != r["tid"].startswith("zh-tw/"): errs.append(rid + " script tag vs template")
            own = ratio(t, render(r["tid"], r["vals"]))
            r["own"] = own
            if r["exact"] and t != render(r["tid"], r["vals"]): errs.append(rid + " exact differs")
            if cat == "filled-template" and r["exact"] != ("exact" in r["tags"]): errs.append(rid + " exact tag")
            best, _ = nearest(t)
            if cat in ("filled-template", "fill-plus-logistics") and (own < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, own, best))
            if cat == "violating" and "template-based" not in r["tags"]: errs.append(rid + " template-based tag")
        else:
            r["near"], r["max"] = nearest(t)
            if cat in ("filled-template", "fill-plus-logistics"): errs.append(rid + " fill without template")
            if "template-required" in lab and r["max"] >= 0.55:
                errs.append("%s free reply too close (%.2f %s)" % (rid, r["max"], r["near"]))
            if cat == "violating" and "free-written" not in r["tags"]: errs.append(rid + " free-written tag")
    for k, v in nums.items():
        if v > 1: errs.append("id reused: " + k)
    # the proportions of the model set
    col = lambda r: ("zh-tw" if "traditional" in r["tags"] else r["lang"])
    want = {"filled-template": (21, 12, 9), "fill-plus-logistics": (6, 4, 2), "logistics": (17, 11, 6),
            "free-non-logistics": (10, 6, 3), "rewritten": (7, 4, 2), "mixed-logistics": (5, 3, 2), "violating": (9, 5, 3)}
    for c, w in want.items():
        got = Counter(col(r) for r in REPLIES if r["cat"] == c)
        if (got["en"], got["zh"], got["zh-tw"]) != w: errs.append("count %s: %s, want %s" % (c, dict(got), w))
    sets = Counter(",".join(r["labels"]) or "[]" for r in REPLIES)
    want_sets = {"[]": 88, "template-required": 42, "review-inducement,template-required": 7,
                 "marketing,template-required": 3, "off-platform-contact,template-required": 3,
                 "marketing,off-platform-contact,template-required": 2, "off-platform-contact": 2}
    if dict(sets) != want_sets: errs.append("label sets %s" % dict(sets))
    ex = Counter("exact" if "exact" in r["tags"] else "edited" for r in REPLIES if r["cat"] == "filled-template")
    if (ex["exact"], ex["edited"]) != (20, 22): errs.append("exact/edited %s" % dict(ex))
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, ids, have = [], set(), set()
    lib = os.path.join(base, "library")
    if not os.path.isdir(lib):
        return ["no library/ in " + base]
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file " + p); continue
            tid = os.path.relpath(p, lib)[:-4].replace(os.sep, "/")
            have.add(tid)
            if tid.split("/")[0] not in ("en", "zh", "zh-tw"): errs.append("template outside en/zh/zh-tw: " + tid)
            txt = open(p, encoding="utf-8").read()
            if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
            if names(txt): errs.append("earlier names in " + p)
    path = os.path.join(base, "replies.jsonl")
    if not os.path.isfile(path):
        return errs + ["no replies.jsonl in " + base]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id " + str(d.get("id")))
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        labels = d.get("labels", [])
        if not set(labels) <= ALLOWED or labels != sorted(labels): errs.append("labels line %d" % n)
        if d.get("context") != "reply": errs.append("context line %d" % n)
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
