#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t56: builds and checks the held-out template-required set (Sorrelbrook Teaware).

Sources: gen_templates.py (library), gen_replies.py (labelled replies). Standard library only.
  python3 gen.py            self-checks; only if they pass, rewrites library/ and replies.jsonl, then re-validates disk
  python3 gen.py --check [DIR]   validates the files on disk (and README tables) only
  python3 gen.py --tables   prints the README count tables computed from the sources
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE, A1, A2, A3, A4, Z1, Z2, W1, W2

PREFIX = "t56"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]

# Names used by the model set (t48, Pagelight) and by the sets it refused; this set must not reuse any of them.
MODEL_NAMES = [
    # t48 seller, products, staff, ids, handles, codes
    "Pagelight", "pagelight-reading", "pagelight_help", "pagelight.reads", "Folio Nimbus", "Nimbus", "Tessel", "PLR-W-",
    "NIGHTREAD", "Marigold Treadwell", "Treadwell", "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "Marigold",
    "Cassius", "Bettina", "Lorcan", "郁清和", "滕嘉木", "倪靖雯", "柴定遠", "1Z4K7120", "94001118992232",
    # t48 buyers
    "Ambrose", "Anouk", "Cosette", "Dashiell", "Fenella", "Greer", "Jasper", "Leontyne", "Oriane", "Priyanka", "Tobiah",
    "Adeyemi-Voss", "Bergstrom", "Blackstock-Ade", "Brannigan", "Carrow", "Castelli-Moor", "Delgado-Finn", "Elphick",
    "Falconer", "Ferreira-Walsh", "Garnett", "Haddad", "Harrowgate", "Ingersoll", "Iwasaki-Bell", "Kowalczyk-Reid",
    "Lachance", "Lindahl", "Ngata-Brooks", "Oduya", "Osei-Lamb", "Pellegrini", "Petrov-Lane", "Pryce-Moreno", "Quarshie",
    "Ravensby", "Sutcliffe-Obi", "Szabo-Reilly", "Thackeray-Lim", "Tremblay-Sauve", "Vukovic", "Okoro-Blake", "Okwuosa",
    "Pemberton-Aziz", "Abernethy-Roux", "Achebe-Lund", "Aldous", "Brynjolfsdottir", "Cavendish-Olu", "Corrigan",
    "Danjuma", "Drummond-Achebe", "Farquhar", "Ferrante", "Garvey", "Halloran-Udeh", "Haverkamp", "Holloway-Beck",
    "Kirkconnell", "Lindqvist-Amadi", "Nakagawa-Price", "Okonedo", "Ostrowska", "Prewitt", "Quennell", "Rautenbach",
    "Ruiz-Gallant", "Tamsin Ode", "Tennant", "Umeh", "Vantongeren", "Wexford", "Whitcombe", "Danvers",
    "万女士", "何小姐", "侯先生", "傅小姐", "冯女士", "凌女士", "劉先生", "包先生", "卜女士", "叶先生", "向女士", "吳先生",
    "唐女士", "姚先生", "孙先生", "孟女士", "屈先生", "彭先生", "戴小姐", "房女士", "施小姐", "曾先生", "朱女士", "林先生",
    "柏女士", "梁太太", "楊先生", "江先生", "江女士", "沈先生", "涂小姐", "溫小姐", "熊女士", "石女士", "秦先生", "管女士",
    "紀小姐", "罗先生", "翟先生", "聂女士", "胡先生", "苏女士", "苗女士", "范先生", "莊小姐", "葛小姐", "董先生", "蔡女士",
    "蕭小姐", "藍小姐", "袁先生", "解先生", "謝先生", "许女士", "贾女士", "车先生", "邓女士", "鄒太太", "鄭先生", "金先生",
    "钱先生", "闵先生", "陆女士", "陳太太", "陶先生", "韦女士", "韩先生", "駱小姐", "高先生", "魏先生", "黃太太", "龙先生",
    # names the model itself refused (earlier sets)
    "Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
    "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
    "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
    "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
    "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
    "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
    "谭女士", "丁女士", "项先生", "康先生", "褚小姐", "余小姐", "孔女士", "宁先生", "尤先生", "景女士", "窦女士", "葉小姐",
    "賴小姐", "鄧小姐", "鄭太太", "馮先生", "蔡太太"]

CJK = re.compile(r"[\u4e00-\u9fff]")
SIMPLIFIED_IN_BIG5 = set("后里干台冲于准范几松")      # in Big5, but a Traditional text should not use them here
# Wording that may appear only in `violating` replies (and never in a template).
BANNED = ["http", "www.", "@", ".com", "whatsapp", "微信", "paypal", "instagram", "facebook", "line id", "coupon", "% off",
          "discount", "promo", "code steep", "giveaway", "give away", "back in stock", "5-star", "five-star", "5 star",
          "五星", "好评", "好評", "差评", "差評", "返现", "返現", "八折", "九折", "抽奖", "抽獎", "gift card", "截图", "555-01"]
# Each content label of a violating reply needs one of these in its text.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "折", "giveaway", "give away", "抽獎", "抽奖", "back in stock"],
        "off-platform-contact": ["whatsapp", "555-01", "instagram", "www.", ".com", "微信", "paypal", "facebook", "line id"]}
# A logistics reply, or the sentence added to a fill, must name a logistics matter.
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel", "label",
       "locker", "pickup", "access point", "carrier",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补寄", "自提柜", "寄回",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "代收點", "取件", "海關", "拒收"]
AGENT_SIGS = {A1.split()[0], A2.split()[0], A3.split()[0], A4.split()[0], A1, A2, A3, A4, Z1, Z2, W1, W2}
NUM_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z[0-9A-Z]{16}\b|\b94\d{20}\b|\bTBA\d{12}\b|\b\d{12}\b|SBT-W-\d{5}")


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


STRIPPED = {t: PH_RE.sub("", TEMPLATES[t]) for t in TEMPLATES}


def nearest(text):
    s = {t: ratio(text, STRIPPED[t]) for t in TEMPLATES}
    b = max(s, key=s.get)
    return b, s[b]


def names(text):
    hits = []
    for n in MODEL_NAMES:
        if CJK.search(n):
            if n in text: hits.append(n)
        elif re.search(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", text, re.I):
            hits.append(n)
    return hits


def ph_bad(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def buyer(text):
    first = text.split("\n", 1)[0]
    m = re.match(r"(?:Hi|Hello|Dear|Good \w+) (.+),$", first)
    if m: return m.group(1)
    return re.split(r"[， ]", first, 1)[0]


def script_errors(text, lang, trad):
    try:
        if lang == "en":
            text.replace("°", "").encode("ascii")
        else:
            re.sub(r"[\x00-\x7f°]", "", text).encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return [str(e)]
    if trad and set(text) & SIMPLIFIED_IN_BIG5:
        return ["simplified-only use %s" % sorted(set(text) & SIMPLIFIED_IN_BIG5)]
    return []


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        ph = PH_RE.findall(t)
        if ph_bad(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if [w for w in BANNED if w in t.lower()] or names(t): errs.append("bad words in template " + tid)
        lang = TMETA[tid][0]
        if not tid.startswith(lang + "/"): errs.append("template dir/lang mismatch " + tid)
        for e in script_errors(t, "en" if lang == "en" else "zh", lang == "zh-tw"): errs.append("script %s: %s" % (tid, e))
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(STRIPPED[a], STRIPPED[b]) >= 0.5:
                errs.append("templates alike: %s %s" % (a, b))
    seen, nums, buyers = set(), Counter(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + " unknown category")
        if i and CATS.index(cat) < CATS.index(REPLIES[i - 1]["cat"]): errs.append(rid + " out of section order")
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if names(t): errs.append("%s model-set names %s" % (rid, names(t)))
        for m in NUM_RE.findall(t): nums[m] += 1
        buyers[buyer(t)] += 1
        if t.rsplit("\n", 1)[-1] not in AGENT_SIGS and not t.endswith("Sorrelbrook Teaware") and \
                not t.rsplit("\n", 1)[-1].startswith("Sorrelbrook"):
            errs.append(rid + " does not end with an agent or the shop signature")
        trad = "traditional" in r["tags"]
        if r["lang"] == "en" and CJK.search(t): errs.append(rid + " CJK in en")
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + " no CJK in zh")
        for e in script_errors(t, r["lang"], trad): errs.append("%s script: %s" % (rid, e))
        if r["tid"] and (r["tid"].startswith("zh-tw/") != trad or r["tid"].startswith("en/") != (r["lang"] == "en")):
            errs.append(rid + " template language differs from reply language")
        exp = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
               "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}
        if cat in exp and lab != exp[cat]: errs.append(rid + " label/category mismatch")
        if not set(lab) <= ALLOWED: errs.append(rid + " unknown label")
        if cat != "violating" and [w for w in BANNED if w in t.lower()]:
            errs.append("%s banned %s" % (rid, [w for w in BANNED if w in t.lower()]))
        if cat == "violating":
            if not [l for l in lab if l != "template-required"]: errs.append(rid + " violating without a content label")
            for l in lab:
                if l != "template-required" and not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker " + l)
            if "template-required" not in lab and "JC3" not in r["note"]: errs.append(rid + " unexplained")
            if "template-required" not in lab and not any(w in (r["extra"] or t).lower() for w in LOG):
                errs.append(rid + " no template-required but the content is not logistics")
        if not re.search(r"\(JC\d+(, JC\d+)*\)", r["note"]) and not r["note"].endswith("exact fill"):
            errs.append(rid + " note cites no judgement call")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG): errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ":"): errs.append(rid + " note must start with the template id")
            own = ratio(t, render(r["tid"], r["vals"]))
            r["own"] = own
            if r["exact"] and t != render(r["tid"], r["vals"]): errs.append(rid + " exact differs")
            if ("exact" in r["tags"]) != r["exact"] and cat == "filled-template": errs.append(rid + " exact tag")
            best, _ = nearest(t)
            r["near"] = best
            if cat in ("filled-template", "fill-plus-logistics") and (own < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, own, best))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= 0.55:
                errs.append("%s free reply too close (%.2f %s)" % (rid, r["max"], r["near"]))
            src = re.match(r"retells (\S+)", r["note"])
            if cat == "rewritten" and src and (src.group(1) not in TEMPLATES or src.group(1) != r["near"]):
                errs.append("%s rewrite's nearest template is %s, not its source" % (rid, r["near"]))
    for k, v in nums.items():
        if v > 1: errs.append("id reused: " + k)
    for k, v in buyers.items():
        if v > 1: errs.append("buyer addressed twice: " + k)
    used = {r["tid"] for r in REPLIES if r["tid"] and r["cat"] == "filled-template"}
    for tid in TEMPLATES:
        if tid not in used: errs.append("template never filled: " + tid)
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def col(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables(recs):
    """README count tables, computed from records (dicts with tags, labels, lang)."""
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        n = Counter(col(r) for r in recs if r["tags"][0] == c)
        tot.update(n)
        out.append("| %s | %d | %d | %d | %d |" % (c, n["en"], n["zh"], n["zh-tw"], sum(n.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in sorted(Counter(", ".join(r["labels"]) or "[]" for r in recs).items(), key=lambda kv: (-kv[1], kv[0])):
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in recs for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(t for r in recs for t in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    return "\n".join(out)


def check_disk(base):
    errs, ids, recs = [], set(), []
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
            if names(txt): errs.append("model-set names in " + p)
    for n, line in enumerate(open(os.path.join(base, "replies.jsonl"), encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        recs.append(d)
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id " + str(d.get("id")))
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        if not set(d.get("labels", [])) <= ALLOWED or d.get("labels") != sorted(d.get("labels", [])): errs.append("labels line %d" % n)
        if d.get("lang") not in ("en", "zh"): errs.append("lang line %d" % n)
        if d.get("tags", [""])[0] not in CATS: errs.append("category line %d" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if names(d.get("text", "")): errs.append("line %d model-set names" % n)
    readme = os.path.join(base, "README.md")
    if os.path.exists(readme):
        body = open(readme, encoding="utf-8").read()
        if recs and tables(recs) not in body: errs.append("README count tables differ from replies.jsonl (run --tables)")
        cited = set(re.findall(r"JC(\d+)", " ".join(d.get("note", "") for d in recs)))
        for c in sorted(cited, key=int):
            if "**JC%s." % c not in body: errs.append("README does not define JC%s" % c)
        for tid in have:
            if "`%s`" % tid not in body: errs.append("README does not list template " + tid)
    else:
        errs.append("README.md missing")
    return errs


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid"); sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs)); print("\n".join("  " + e for e in errs)); sys.exit(1)
    if sys.argv[1:2] == ["--tables"]:
        print(tables([record(r) for r in REPLIES])); return
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
    print("cat:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))
    print("labels:", dict(Counter(x for r in REPLIES for x in r["labels"])))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills own-ratio min %.2f; free template-required max-ratio max %.2f" % (own[0], mx[-1]))


if __name__ == "__main__":
    main()
