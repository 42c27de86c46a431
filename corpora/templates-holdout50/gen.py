#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t50 (templates-holdout50): builds and checks the held-out template-required set.
Sources: gen_templates.py (approved library), gen_replies.py (labelled replies). Standard library only.
`python3 gen.py`          run the self-checks; only if they pass, rewrite library/ and replies.jsonl, then re-validate them.
`python3 gen.py --check [DIR]`  validate the files on disk only."""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA
from gen_replies import REPLIES, render, PH_RE

PREFIX = "t50"
ALLOWED = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
# Names of the earlier sets (t47 as listed by the t48 model, and t48 itself): none may reappear here.
EARLIER = ["Meadowvane", "meadowvane-care", "Sonavel", "Brisa", "Jetwell", "Halcyon", "MVC-W-", "Delphine Ashcombe",
           "Nwosu-Lindqvist", "Brennan-Sato", "Ignatius Pembridge", "岑若溪", "骆志恒", "彭語涵", "溫柏翰",
           "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Threadhaven", "Quillmark", "Keenfold", "Silkrow",
           "Footwise", "LSW-C-", "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "1Z7R4402Y", "9405511298370", "1Z3F881004",
           "Wilhelmina", "Okafor-Lindsay", "Saoirse", "Featherstone", "Vandermeer", "Ellingham", "Harkness", "Delahaye",
           "Rosalind", "Abernathy-Kowal", "Castellanos", "Penhaligon", "Ravensworth", "Thistlewood", "Quartermaine",
           # t48 (Pagelight Reading Devices)
           "Pagelight", "pagelight-reading", "Folio Nimbus", "Tessel", "PLR-W-", "Marigold Treadwell",
           "Oyelaran-Finch", "Szymanski-Hale", "Whitlock-Anand", "郁清和", "滕嘉木", "倪靖雯", "柴定遠",
           "1Z4K712", "94001118992", "Quennell", "Tobiah", "Adeyemi-Voss", "Kirkconnell", "Okwuosa", "Brynjolfsdottir",
           "Lachance", "Halloran-Udeh", "Tremblay-Sauve", "Iwasaki-Bell", "Lindqvist-Amadi", "Pemberton-Aziz",
           "Castelli-Moor", "Achebe-Lund", "Delgado-Finn", "Ostrowska", "Ruiz-Gallant", "Harrowgate", "Pryce-Moreno",
           "Cavendish-Olu", "Thackeray-Lim", "Holloway-Beck", "Ferreira-Walsh", "Kowalczyk-Reid", "Abernethy-Roux",
           "Nakagawa-Price", "Ngata-Brooks", "Sutcliffe-Obi", "Drummond-Achebe", "Blackstock-Ade", "Okoro-Blake",
           "Osei-Lamb", "Petrov-Lane", "Rautenbach", "Szabo-Reilly", "Vantongeren",
           "江先生", "苗女士", "闵先生", "凌女士", "包先生", "聂女士", "钱先生", "管女士", "魏先生", "韦女士", "屈先生",
           "房女士", "解先生", "卜女士", "柏女士", "车先生", "韩先生", "向女士", "龙先生", "金先生", "万女士",
           "江女士", "孙先生", "朱女士", "沈先生", "许女士", "袁先生", "冯女士", "秦先生", "邓女士", "姚先生", "陆女士",
           "罗先生", "唐女士", "范先生", "蔡女士", "高先生", "石女士", "陶先生", "贾女士", "侯先生", "熊女士", "苏女士",
           "叶先生", "孟女士", "藍小姐", "劉先生", "陳太太", "紀小姐", "林先生", "蕭小姐", "吳先生", "涂小姐", "鄒太太",
           "彭先生", "葛小姐", "何小姐", "楊先生", "黃太太", "謝先生", "莊小姐", "曾先生", "戴小姐", "胡先生", "梁太太",
           "傅小姐", "董先生", "鄭先生", "駱小姐", "施小姐", "翟先生", "溫小姐"]
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松发们这来对说时会问还进")
# Words that mark a content violation; none may appear in a template or a non-violating reply.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "微信", "paypal", "支付宝", "instagram", "facebook", "line 社群",
          "coupon", "% off", "code ", "discount", "giveaway", "gift card", "5-star", "five-star", "五星", "好评", "好評",
          "差评", "差評", "返现", "返現", "截图", "八折", "九折", "优惠", "優惠", "抽獎", "抽奖", "加购", "加購"]
# Each content label must have one of these markers in its (violating) reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["% off", "折", "giveaway", "優惠"],
        "off-platform-contact": ["whatsapp", "555-01", "instagram", "www.", ".com", "微信", "支付宝", "line"]}
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties", "parcel", "label",
       "freight", "carrier", "pickup", "usps", "ups ", "fedex", "posted",
       "运单", "退货", "退回", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "税费", "包裹", "签收", "补发", "补寄", "单号", "货运", "取件", "送到",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "包裹", "地址", "海關", "收件", "配送", "送到"]
IDS = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1Z[0-9A-Z]{16}\b|\b9\d{21}\b|\b7\d{11}\b|\b\d{10}\b|HBN-W-\d{5}")
EXPECT = {"filled-template": [], "fill-plus-logistics": [], "logistics": [],
          "free-non-logistics": ["template-required"], "rewritten": ["template-required"],
          "mixed-logistics": ["template-required"]}
SCRIPT = {"en": "ascii", "zh": "gb2312", "zh-tw": "big5"}


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def earlier_names(text):
    low = text.lower()
    return [n for n in EARLIER if n.lower() in low]


def braces_left(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def banned(text):
    low = text.lower()
    return [w for w in BANNED if w in low]


def script_error(text, enc, trad):
    try:
        re.sub(r"[\x00-\x7f]", "", text).encode(enc)
    except UnicodeEncodeError as e:
        return str(e)
    if trad and set(text) & SIMPLIFIED_ONLY:
        return "simplified-only characters %s" % sorted(set(text) & SIMPLIFIED_ONLY)
    return None


def greeting_name(text):
    first = text.split("\n", 1)[0]
    m = re.match(r"(?:Good \w+|Hello|Hi|Dear)\s+(.+?),$", first) or re.match(r"(.+?)(?:，| )\S*[：:]$", first)
    return m.group(1) if m else first


def checks():
    errs = []
    for tid, t in TEMPLATES.items():
        lang = TMETA[tid][0]
        ph = PH_RE.findall(t)
        if not tid.startswith(lang + "/"): errs.append("template id/lang mismatch " + tid)
        if braces_left(t): errs.append("unbalanced placeholder in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph or len(ph) != len(set(ph)): errs.append("slots " + tid)
        if banned(t) or earlier_names(t): errs.append("bad words in template %s %s" % (tid, banned(t) + earlier_names(t)))
        if "  " in t or "\n\n\n" in t: errs.append("template format " + tid)
        if lang == "en":
            try:
                t.encode("ascii")
                e = None
            except UnicodeEncodeError as x:
                e = str(x)
        else:
            e = script_error(t, SCRIPT[lang], lang == "zh-tw")
        if e: errs.append("script %s: %s" % (tid, e))
    tids = list(TEMPLATES)
    for i, a in enumerate(tids):
        for b in tids[i + 1:]:
            if ratio(bare(a), bare(b)) >= 0.5: errs.append("templates alike: %s %s" % (a, b))

    seen, ids, greet = set(), Counter(), Counter()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (PREFIX, i + 1)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        trad = "traditional" in r["tags"]
        if t in seen: errs.append(rid + " duplicate text")
        seen.add(t)
        if "{" in t or "}" in t or "  " in t or t != t.strip() or "\n\n\n" in t: errs.append(rid + " format")
        if earlier_names(t): errs.append("%s earlier names %s" % (rid, earlier_names(t)))
        if lab != sorted(set(lab)) or not set(lab) <= ALLOWED: errs.append(rid + " labels")
        for m in IDS.findall(t): ids[m] += 1
        greet[greeting_name(t)] += 1
        if r["lang"] == "en":
            if CJK.search(t): errs.append(rid + " CJK in en")
            try:
                t.encode("ascii")
            except UnicodeEncodeError as e:
                errs.append("%s non-ASCII in en: %s" % (rid, e))
        elif r["lang"] == "zh":
            e = script_error(t, "big5" if trad else "gb2312", trad)
            if e: errs.append("%s script: %s" % (rid, e))
        else:
            errs.append(rid + " lang")
        if cat in EXPECT and lab != EXPECT[cat]: errs.append(rid + " label/category mismatch")
        if cat not in EXPECT and cat != "violating": errs.append(rid + " unknown category")
        if cat != "violating" and banned(t): errs.append("%s banned words %s" % (rid, banned(t)))
        if cat == "violating":
            content = [l for l in lab if l != "template-required"]
            if not content: errs.append(rid + " violating without a content label")
            for l in content:
                if not any(m in t.lower() for m in MARK[l]): errs.append(rid + " no marker for " + l)
            if "template-required" not in lab and "logistics" not in r["note"] and "物流" not in r["note"]:
                errs.append(rid + " no template-required and no logistics reason")
            if "JC3" not in r["note"]: errs.append(rid + " violating note must cite JC3")
        if cat in ("logistics", "mixed-logistics") and not any(w in t.lower() for w in LOG):
            errs.append(rid + " no logistics word")
        if cat == "fill-plus-logistics" and not any(w in (r["extra"] or "").lower() for w in LOG):
            errs.append(rid + " added sentence is not logistics")
        if not re.search(r"JC\d+", r["note"]) and "exact fill" not in r["note"]: errs.append(rid + " note cites no JC")
        if r["tid"]:
            own_text = render(r["tid"], r["vals"])
            r["own"] = ratio(t, own_text)
            if r["exact"] and t != own_text: errs.append(rid + " exact fill differs from rendering")
            if not r["note"].startswith(r["tid"] + ":"): errs.append(rid + " note must start with the template id")
            best, _ = nearest(t)
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < 0.80 or best != r["tid"]):
                errs.append("%s fill too far (%.2f, nearest %s)" % (rid, r["own"], best))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= 0.55:
                errs.append("%s free reply too close to a template (%.2f %s)" % (rid, r["max"], r["near"]))
    for k, v in ids.items():
        if v > 1: errs.append("id/tracking number used twice: " + k)
    for k, v in greet.items():
        if v > 1: errs.append("buyer greeted in %d replies: %s" % (v, k))
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
    if not os.path.isdir(lib): return ["no library/ in " + base]
    for root, _, files in os.walk(lib):
        for f in files:
            if not f.endswith(".txt"): continue
            p = os.path.join(root, f)
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            txt = open(p, encoding="utf-8").read()
            if braces_left(txt): errs.append("unbalanced placeholders: " + p)
            if earlier_names(txt): errs.append("earlier names in " + p)
            if not PH_RE.search(txt): errs.append("no placeholder in " + p)
    if not have: errs.append("library/ holds no templates")
    path = os.path.join(base, "replies.jsonl")
    if not os.path.isfile(path): return errs + ["no replies.jsonl in " + base]
    n = 0
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON %s" % (n, e)); continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d: errs.append("line %d missing %s" % (n, f))
        if d.get("id") in ids: errs.append("duplicate id %s" % d.get("id"))
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id not sequential" % n)
        labs = d.get("labels", [])
        if not isinstance(labs, list) or not set(labs) <= ALLOWED or labs != sorted(labs): errs.append("labels line %d" % n)
        if d.get("lang") not in ("en", "zh"): errs.append("lang line %d" % n)
        if d.get("context") != "reply": errs.append("context line %d" % n)
        if not d.get("text", "").strip(): errs.append("empty text line %d" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template %s" % (n, d["template"]))
        if earlier_names(d.get("text", "")): errs.append("line %d earlier names" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid")
        sys.exit(1 if e else 0)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
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
        print("DISK CHECK FAILED")
        print("\n".join(e))
        sys.exit(1)
    col = lambda r: "zh-tw" if "traditional" in r["tags"] else r["lang"]
    print("ok: %d templates, %d replies" % (len(TEMPLATES), len(REPLIES)))
    print("templates:", dict(Counter(m[0] for m in TMETA.values())))
    print("categories:", {c: dict(Counter(col(r) for r in REPLIES if r["cat"] == c)) for c in dict.fromkeys(r["cat"] for r in REPLIES)})
    print("label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))
    print("labels:", dict(Counter(x for r in REPLIES for x in r["labels"])))
    print("lang:", dict(Counter(col(r) for r in REPLIES)))
    print("tags:", dict(sorted(Counter(x for r in REPLIES for x in r["tags"][1:]).items())))
    own = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] != "violating")
    vio = sorted(r["own"] for r in REPLIES if r["tid"] and r["cat"] == "violating")
    mx = sorted(r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"])
    print("fills: own-ratio min %.2f; template-based violating own-ratio %.2f-%.2f; free TR max-ratio max %.2f"
          % (own[0], vio[0], vio[-1], mx[-1]))


if __name__ == "__main__":
    main()
