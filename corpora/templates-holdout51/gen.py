#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t51: builds and checks the held-out template-required set. Sources: gen_templates.py, gen_replies.py.
`python3 gen.py` checks, then writes library/ and replies.jsonl and re-validates; `--check` validates disk only."""
import ast, difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

SET = "t51"
POLICY = os.environ.get("T51_POLICY", "/work/shared/policy.md")
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
# names, brands, staff, buyers, id prefixes and handles of the earlier sets (t47 and before as listed by t48, then t48)
EARLIER = ["Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
           "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
           "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
           "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
           "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
           "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
           "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
           "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太",
           # t48 (templates-holdout48): seller, products, staff, ids, handles, buyers
           "Pagelight", "pagelight-reading", "pagelight.reads", "pagelight_help", "Folio Nimbus", "Tessel", "PLR-W-",
           "NIGHTREAD", "1Z4K712", "94001118992232", "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale",
           "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "Quennell", "Adeyemi-Voss", "Kirkconnell",
           "Szabo-Reilly", "Vantongeren", "Okwuosa", "Brynjolfsdottir", "Lachance", "Halloran-Udeh", "Tremblay-Sauve",
           "Iwasaki-Bell", "Lindqvist-Amadi", "Pemberton-Aziz", "Castelli-Moor", "Achebe-Lund", "Delgado-Finn",
           "Ostrowska", "Vukovic", "Ruiz-Gallant", "Abernethy-Roux", "Kowalczyk-Reid", "Nakagawa-Price", "Ferreira-Walsh",
           "Ngata-Brooks", "Sutcliffe-Obi", "Rautenbach", "Okonedo", "Pellegrini", "Whitcombe", "Drummond-Achebe",
           "Okoro-Blake", "Haverkamp", "Prewitt", "Quarshie", "Ravensby", "Blackstock-Ade", "Osei-Lamb", "Petrov-Lane",
           "Brannigan", "Harrowgate", "Pryce-Moreno", "Wexford", "Ingersoll", "Cavendish-Olu", "Thackeray-Lim",
           "Holloway-Beck", "Garnett", "Bergstrom", "Kirkconnell", "Mr Danvers", "Ms Garvey",
           "江先生", "苗女士", "闵先生", "凌女士", "包先生", "聂女士", "钱先生", "管女士", "魏先生", "韦女士", "屈先生",
           "房女士", "藍小姐", "劉先生", "陳太太", "紀小姐", "林先生", "蕭小姐", "吳先生", "涂小姐", "鄒太太", "解先生",
           "卜女士", "柏女士", "车先生", "彭先生", "葛小姐", "江女士", "孙先生", "朱女士", "沈先生", "许女士", "袁先生",
           "冯女士", "秦先生", "邓女士", "姚先生", "陆女士", "何小姐", "楊先生", "黃太太", "謝先生", "莊小姐", "曾先生",
           "罗先生", "唐女士", "范先生", "蔡女士", "高先生", "石女士", "戴小姐", "胡先生", "梁太太", "陶先生", "贾女士",
           "侯先生", "熊女士", "傅小姐", "董先生", "苏女士", "叶先生", "孟女士", "鄭先生", "駱小姐", "韩先生", "向女士",
           "龙先生", "金先生", "万女士", "施小姐", "翟先生", "溫小姐"]
CJK = re.compile(r"[\u4e00-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松")
BANNED = ["http", "www.", "@", ".com", "whatsapp", "微信", "支付宝", "paypal", "instagram", "facebook", "line 官方",
          "coupon", "% off", "code ", "giveaway", "5-star", "five-star", "五星", "好评", "好評", "差评", "返现", "返还",
          "七五折", "八折", "九折", "抽獎", "送一", "gift card", "free bottle", "截图", "555-01", "two-star review"]
MARK = {"review-inducement": ["review", "评", "評"], "marketing": ["%", "折", "giveaway", "抽獎", "送一"],
        "off-platform-contact": ["instagram", "555-01", ".com", "微信", "支付宝", "line", "@"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel", "label",
       "pickup", "carrier", "warehouse",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹", "签收", "补寄", "配送",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "簽收", "寄回", "配送"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|1Z[0-9A-Z]{16}|94\d{20}|FGS-W-\d{5}")


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


def id_shapes(text):
    """Order ids 3-7-7 digits, UPS 1Z + 16, USPS 22 digits, case ids FGS-W- + 5, phones only fictional 555-01xx."""
    bad = []
    bad += [m for m in re.findall(r"\b\d{3}-\d+-\d+\b", text) if not re.fullmatch(r"\d{3}-\d{7}-\d{7}", m)
            and not re.fullmatch(r"\d{3}-\d{4}", m.split("-", 1)[1]) ]
    bad += [m for m in re.findall(r"\b1Z[0-9A-Z]+\b", text) if len(m) != 18]
    bad += [m for m in re.findall(r"\b94\d{8,}\b", text) if len(m) != 22]
    bad += [m for m in re.findall(r"FGS-W-\d+", text) if len(m) != 11]
    bad += [m for m in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", text) if not re.search(r"555-01\d\d$", m)]
    return bad


# ---------------------------------------------------------------- policy.md: nothing copied from it
def _words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def _cjk(s):
    return "".join(CJK.findall(s))


def policy_index():
    if not os.path.exists(POLICY):
        return None
    pol = open(POLICY, encoding="utf-8").read()
    w = _words(pol)
    c = _cjk(pol)
    return (set(tuple(w[i:i + 8]) for i in range(len(w) - 7)), set(c[i:i + 8] for i in range(len(c) - 7)))


def copied(text, idx):
    w = _words(text)
    c = _cjk(text)
    hits = [" ".join(w[i:i + 8]) for i in range(len(w) - 7) if tuple(w[i:i + 8]) in idx[0]]
    hits += [c[i:i + 8] for i in range(len(c) - 7) if c[i:i + 8] in idx[1]]
    return hits


# ---------------------------------------------------------------- the three scripts: standard library only
def purity():
    errs = []
    std = set(getattr(sys, "stdlib_module_names", ())) or {"ast", "difflib", "json", "os", "re", "shutil", "sys",
                                                          "collections", "textwrap"}
    local = {"gen_templates", "gen_replies"}
    for f in ("gen.py", "gen_templates.py", "gen_replies.py"):
        tree = ast.parse(open(os.path.join(HERE, f), encoding="utf-8").read(), f)
        for node in ast.walk(tree):
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = [node.module or ""] if node.level == 0 else ["<relative>"]
            for m in mods:
                top = m.split(".")[0]
                if top not in std and top not in local:
                    errs.append("%s imports non-standard module %s" % (f, m))
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("eval", "exec", "__import__"):
                errs.append("%s calls %s" % (f, node.func.id))
    return errs


def checks():
    errs = purity()
    idx = policy_index()
    if idx is None:
        print("note: %s not found, copy check against policy.md skipped" % POLICY)
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if [w for w in BANNED if w in t.lower()] or names(t): errs.append("bad words in template " + tid)
        if idx and copied(t, idx): errs.append("template %s copies policy.md: %s" % (tid, copied(t, idx)[:2]))
        if id_shapes(t): errs.append("template %s malformed ids %s" % (tid, id_shapes(t)))
        lang = TMETA[tid][0]
        if tid.split("/")[0] != lang: errs.append("template %s stored under the wrong language" % tid)
        try:
            t.encode({"en": "ascii", "zh": "gb2312", "zh-tw": "big5"}[lang])
        except UnicodeEncodeError as e:
            errs.append("script %s: %s" % (tid, e))
        if lang == "zh-tw" and set(t) & SIMPLIFIED_ONLY: errs.append("simplified-only use in " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums = set(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (SET, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        if idx and copied(t, idx): errs.append("%s copies policy.md: %s" % (rid, copied(t, idx)[:2]))
        if id_shapes(t): errs.append("%s malformed ids %s" % (rid, id_shapes(t)))
        for m in ID_RE.findall(t): nums[m] += 1
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in en")
        trad = "traditional" in r["tags"]
        if r["lang"] == "zh":
            try:
                re.sub(r"[\x00-\x7f°]", "", t).encode("big5" if trad else "gb2312")
            except UnicodeEncodeError as e:
                errs.append("%s script: %s" % (rid, e))
            if trad and set(t) & SIMPLIFIED_ONLY: errs.append(rid + " simplified char")
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if cat not in exp and cat != "violating": errs.append(rid + " unknown category")
        if cat != "violating" and [w for w in BANNED if w in t.lower()]:
            errs.append("%s banned %s" % (rid, [w for w in BANNED if w in t.lower()]))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + " violating without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "template-required" not in lab and "JC3" not in r["note"]: errs.append(rid + " unexplained")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if r["extra"] and cat == "fill-plus-logistics" and not any(w in r["extra"].lower() for w in LOG):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ":"): errs.append(rid + " note must start with the template id")
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
    if not have: errs.append("no templates in " + lib)
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id " + str(d.get("id")))
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (SET, n): errs.append("line %d: id not sequential" % n)
        if not set(d.get("labels", [])) <= ALLOWED or d.get("labels") != sorted(d.get("labels", [])): errs.append("labels line %d" % n)
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang" % n)
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
    print("tags:", dict(sorted(Counter(x for r in REPLIES for x in r["tags"][1:]).items())))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f; free TR max-ratio max %.2f" % (own[0], mx[-1]))


if __name__ == "__main__":
    main()
