#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t55: builds and checks the held-out template-required set (baby monitors, Quietcrest Nursery Tech).
Sources: gen_templates.py (library), gen_replies.py (labelled replies). Standard library only.
`python3 gen.py`           self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates disk
`python3 gen.py --check [DIR]`  validates the files on disk only
`python3 gen.py --tables`  after a clean build, also prints the README count tables"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t55"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
# names of earlier held-out sets (sellers, brands, staff, buyers, id prefixes) that this set must not reuse
EARLIER = ["Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
           "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
           "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
           "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
           "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
           "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
           "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
           "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太",
           # t48 (Pagelight Reading Devices)
           "Pagelight", "pagelight-reading", "Folio Nimbus", "Tessel", "PLR-W-", "1Z4K7120", "94001118992232",
           "Marigold Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
           "Quennell", "Adeyemi-Voss", "Kirkconnell", "Brynjolfsdottir", "Halloran-Udeh", "Tremblay-Sauve", "Iwasaki-Bell",
           "Lindqvist-Amadi", "Pemberton-Aziz", "Okwuosa", "Vantongeren", "Szabo-Reilly", "Lachance", "Ferrante",
           "Dashiell", "Tobiah", "Ambrose", "Cosette", "Leontyne", "Castelli-Moor", "Achebe-Lund", "Delgado-Finn",
           "Ostrowska", "Vukovic", "Ruiz-Gallant", "Garnett", "Abernethy-Roux", "Haddad", "Priyanka", "Bergstrom",
           "Nakagawa-Price", "Kowalczyk-Reid", "Oriane", "Elphick", "Danjuma", "Ferreira-Walsh", "Greer", "Ngata-Brooks",
           "Farquhar", "Sutcliffe-Obi", "Rautenbach", "Carrow", "Okonedo", "Pellegrini", "Whitcombe", "Drummond-Achebe",
           "Lindahl", "Okoro-Blake", "Anouk", "Falconer", "Haverkamp", "Prewitt", "Quarshie", "Tennant", "Ravensby",
           "Umeh", "Blackstock-Ade", "Garvey", "Osei-Lamb", "Corrigan", "Petrov-Lane", "Tamsin Ode", "Brannigan",
           "Harrowgate", "Aldous", "Pryce-Moreno", "Wexford", "Ingersoll", "Cavendish-Olu", "Thackeray-Lim",
           "Holloway-Beck", "Danvers",
           "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生",
           "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生",
           "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士",
           "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士",
           "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生",
           "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生"]
CJK = re.compile(r"[\u4e00-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松这个们说为国时过发经对问题现实设备监视护温声让")
# wording that only a violating reply may contain (regexes, matched on the lower-cased text)
BANNED = [r"https?:", r"www\.", r"@", r"\.com\b", r"whatsapp", r"微信", r"支付宝", r"paypal", r"instagram", r"facebook",
          r"line 官方", r"coupon", r"% off", r"giveaway", r"\bdraw\b", r"5-star", r"five-star",
          r"五星", r"好评", r"好評", r"差评", r"差評", r"返现", r"返現", r"立减", r"八折", r"九折", r"抽獎", r"抽奖",
          r"gift card", r"截图", r"screenshot", r"555-01", r"quietcrest-nursery", r"two-star", r"take down",
          r"instead of (posting|leaving) a review", r"hold off on review", r"before (leaving|posting) (a|any) review"]
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "draw", "抽獎", "立减"],
        "off-platform-contact": ["whatsapp", "555-01", "instagram", ".com", "微信", "支付宝", "line"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duty", "parcel", "label",
       "dispatch", "courier", "waybill", "redirect", "carrier", "locker",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补寄", "补发",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址"]
IDS = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|1Z[0-9A-Z]{16}|\b94\d{20}\b|QCN-C-\d{5}|\b\d{10}\b")


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    s = {t: ratio(text, PH_RE.sub("", TEMPLATES[t])) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def names(text):
    low = text.lower()
    return [n for n in EARLIER if n.lower() in low]


BANNED_CASE = [r"\b[Cc]ode [A-Z0-9]{5,}\b"]  # a discount code written in capitals; "pickup code from" is fine


def banned(text):
    low = text.lower()
    return [b for b in BANNED if re.search(b, low)] + [b for b in BANNED_CASE if re.search(b, text)]


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_errs(label, text, kind):
    """kind: en, zh (Simplified), zh-tw (Traditional)."""
    errs = []
    if kind == "en":
        if CJK.search(text): errs.append(label + " CJK in English text")
        return errs
    core = re.sub(r"[\x00-\x7f]", "", text)
    try:
        core.encode("big5" if kind == "zh-tw" else "gb2312")
    except UnicodeEncodeError as e:
        errs.append("%s script: %s" % (label, e))
    if kind == "zh-tw" and set(text) & SIMPLIFIED_ONLY:
        errs.append("%s simplified characters %s" % (label, "".join(sorted(set(text) & SIMPLIFIED_ONLY))))
    return errs


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if banned(t) or names(t): errs.append("bad words in template %s %s %s" % (tid, banned(t), names(t)))
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template folder/lang mismatch " + tid)
        if lang == "en":
            try:
                t.encode("ascii")
            except UnicodeEncodeError as e:
                errs.append("script %s: %s" % (tid, e))
        else:
            errs += script_errs("template " + tid, t, lang)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(PH_RE.sub("", TEMPLATES[a]), PH_RE.sub("", TEMPLATES[b])) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums = set(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS or r["tags"][0] != cat: errs.append(rid + " unknown category or tags[0]")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s earlier names %s" % (rid, names(t)))
        for m in IDS.findall(t): nums[m] += 1
        trad = "traditional" in r["tags"]
        if r["lang"] not in ("en", "zh"): errs.append(rid + " lang")
        errs += script_errs(rid, t, "en" if r["lang"] == "en" else ("zh-tw" if trad else "zh"))
        if r["lang"] == "en" and trad: errs.append(rid + " traditional tag on English")
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if lab != sorted(set(lab)) or not set(lab) <= ALLOWED: errs.append(rid + " labels not sorted/known")
        if cat != "violating" and banned(t): errs.append("%s banned %s" % (rid, banned(t)))
        if cat == "violating":
            if not lab or lab == ["template-required"]: errs.append(rid + " violating without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if not banned(r["extra"] or t): errs.append(rid + " violating text has no offending wording")
            if "template-required" not in lab and "JC3" not in r["note"]: errs.append(rid + " unexplained")
            if ("template-based" in r["tags"]) != bool(r["tid"]): errs.append(rid + " template-based tag")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "free-non-logistics" and [w for w in LOG if w in t.lower()]:
            errs.append("%s logistics word in a non-logistics reply %s" % (rid, [w for w in LOG if w in t.lower()]))
        if r["extra"] and cat == "fill-plus-logistics" and not any(w in r["extra"].lower() for w in LOG):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ":"): errs.append(rid + " note must start with the template id")
            own = ratio(t, render(r["tid"], r["vals"]))
            r["own"] = own
            if r["exact"] and t != render(r["tid"], r["vals"]): errs.append(rid + " exact differs")
            if cat == "filled-template" and ("exact" in r["tags"]) != r["exact"]: errs.append(rid + " exact tag")
            best, sc = nearest(t)
            r["near"], r["max"] = best, sc
            if cat in ("filled-template", "fill-plus-logistics") and (own < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, own, best))
        else:
            if cat in ("filled-template", "fill-plus-logistics"): errs.append(rid + " fill without template")
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= 0.55:
                errs.append("%s free reply too close (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in nums.items():
        if v > 1: errs.append("id or tracking number reused: " + k)
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
    for root, _, files in os.walk(lib):
        for f in files:
            if f.endswith(".txt"):
                p = os.path.join(root, f)
                have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
                txt = open(p, encoding="utf-8").read()
                ph = PH_RE.findall(txt)
                if ph_bad(txt): errs.append("unbalanced placeholders: " + p)
                if "buyer_name" not in ph or "agent_name" not in ph: errs.append("buyer_name/agent_name missing: " + p)
                if names(txt): errs.append("earlier names in " + p)
    if not have: errs.append("no templates in " + lib)
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
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
        if not set(d.get("labels", [])) <= ALLOWED or d.get("labels") != sorted(d.get("labels", [])): errs.append("labels line %d" % n)
        if d.get("lang") not in ("en", "zh") or d.get("context") != "reply": errs.append("lang/context line %d" % n)
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("category tag line %d" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if names(d.get("text", "")): errs.append("line %d earlier names" % n)
    return errs


def tables():
    col = lambda r: ("zh-tw" if "traditional" in r["tags"] else r["lang"])
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        cc = Counter(col(r) for r in REPLIES if r["cat"] == c)
        tot.update(cc)
        out.append("| %s | %d | %d | %d | %d |" % (c, cc["en"], cc["zh"], cc["zh-tw"], sum(cc.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in sorted(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).items(), key=lambda kv: -kv[1]):
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(t for r in REPLIES for t in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | labels | source | what it does |", "| --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            out.append("| %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), r["tid"] or "free-written",
                                                 r["note"].split(": ", 1)[-1] if r["tid"] else r["note"]))
    out += ["", "| id | lang | topic |", "| --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s |" % (tid, lang, topic))
    return "\n".join(out)


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
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    near = sorted(r["max"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f, nearest-template ratio min %.2f; free template-required max-ratio max %.2f"
          % (own[0], near[0], mx[-1]))
    if "--tables" in sys.argv[1:]:
        print(); print(tables())


if __name__ == "__main__":
    main()
