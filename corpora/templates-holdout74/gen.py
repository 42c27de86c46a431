#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""templates-holdout74: builds and checks the hand-labelled `template-required` test set.

  python3 gen.py                 run every self-check; only if all pass, rewrite library/ and replies.jsonl,
                                 then validate the written files
  python3 gen.py --check [DIR]   validate the files on disk only (default: this directory)
  python3 gen.py --tables        run the self-checks and print the count tables used in README.md

Texts live in gen_templates.py (library) and gen_replies.py (replies). Standard library only.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA  # noqa: E402
from gen_replies import REPLIES, render, PH  # noqa: E402

SET_ID = "t74"
LABELS = ("marketing", "off-platform-contact", "review-inducement", "template-required")
CATEGORIES = ("filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten",
              "mixed-logistics", "violating")
# categories whose label set is fixed
FIXED = {"filled-template": [], "fill-plus-logistics": [], "logistics": [],
         "free-non-logistics": ["template-required"], "rewritten": ["template-required"],
         "mixed-logistics": ["template-required"]}
TEMPLATED = {"filled-template", "fill-plus-logistics"}     # must carry a template; violating may

# Judgement calls as numbered in README.md. Every JCn cited in a note must exist and every JC must be cited.
JC = {
    1: "a filled template plus one logistics sentence stays []",
    2: "courtesy and light edits keep a fill a fill",
    3: "template (or logistics text) plus non-compliant content: content label + template-required, "
       "unless the non-compliant part is itself logistics",
    4: "freight delivery of bulky desks is logistics",
    5: "order-fulfilment corrections and multi-carton shipments are logistics",
    6: "transit damage, lost parcels, carrier claims and customs are logistics",
    7: "shipping a warranty replacement part is logistics (uncertain)",
    8: "shipping-carton sizes are logistics; assembled-desk dimensions are product information (uncertain)",
    9: "logistics plus product advice is template-required",
    10: "neutral review request: filled template [], own words template-required only",
    11: "free-written product advice is template-required, naming the seller's own model is not marketing",
    12: "a holding reply about a fault is template-required",
    13: "moving an assembled desk inside the home is product use (uncertain)",
    14: "a rewrite that keeps a template's facts is template-required",
    15: "near-misses that must not be flagged",
    16: "free-written logistics needs no template",
}

# Names and ids of the model set t57 and of the sets it refuses: none may appear here.
REFUSED = ['1Z3F881004', '1Z4K712', '1Z7R4402Y', '1Z8W3E61', '77190', '88055', '926129', '94001118992', '9405511298370', 'Abernathy-Kowal', 'Abernethy-Roux', 'Achebe-Lund', 'Adeyemi-Voss', 'Aldous', 'Ambrose', 'Anouk', 'Barnaby Quist', 'Bergstrom', 'Blackstock-Ade', 'Brannigan', 'Brennan-Sato', 'Brisa', 'Brynjolfsdottir', 'Cairn 3000', 'Carrow', 'Castellanos', 'Castelli-Moor', 'Cavendish-Olu', 'Corrigan', 'Corvelle', 'Cosette', 'Danjuma', 'Danvers', 'Dario', 'Dashiell', 'Delahaye', 'Delgado-Finn', 'Delphine Ashcombe', 'Drummond-Achebe', 'Ellingham', 'Elphick', 'FHP-C-', 'Falconer', 'Farquhar', 'Featherstone', 'Fenella', 'Fernhollow', 'Ferrante', 'Ferreira-Walsh', 'Folio Nimbus', 'Footwise', 'Garnett', 'Garvey', 'Greer', 'Haddad', 'Halcyon', 'Halloran-Udeh', 'Harkness', 'Harrowgate', 'Haverkamp', 'Holloway-Beck', 'Ignatius Pembridge', 'Ingersoll', 'Iwasaki-Bell', 'Jasper', 'Jetwell', 'Jonah', 'Keenfold', 'Kirkconnell', 'Kowalczyk-Reid', 'LSW-C-', 'Lachance', 'Larkspur', 'Leaflight', 'Leontyne', 'Lindahl', 'Lindqvist-Amadi', 'Linnea', 'MVC-W-', 'Marigold Treadwell', 'Meadowvane', 'Mr Adeyemi', 'Mr Ashdown', 'Mr Brandvold', 'Mr Brightman', 'Mr Brockhurst', 'Mr Cathcart', 'Mr Dunleavy', 'Mr Dunmore', 'Mr Ellsworth', 'Mr Fairweather-Nash', 'Mr Ferencz', 'Mr Gagnon-Reyes', 'Mr Gillespie', 'Mr Gorringe', 'Mr Grunwald', 'Mr Halvorsen-Udo', 'Mr Haverstock', 'Mr Hollingbury', 'Mr Ibekwe', 'Mr Ingleby', 'Mr Kealoha-Brandt', 'Mr Lisowski', 'Mr Okonkwo-Baird', 'Mr Okparaeke', 'Mr Ostergaard', 'Mr Pellworth', 'Mr Pryor', 'Mr Quaye', 'Mr Rookwood', 'Mr Rosenthal-Ayo', 'Mr Sandoval-Kaye', 'Mr Strand', 'Mr Thornbury', 'Mr Thorsby', 'Mr Tolliver', 'Mr Tshabalala', 'Mr Vasquez-Ibe', 'Mr Ventris', 'Mr Wainaina', 'Mrs Pikesley', 'Mrs Quintero', 'Ms Achterberg', 'Ms Adeleke-Rowe', 'Ms Ambler', 'Ms Ballantyne', 'Ms Caldwell-Ansah', 'Ms Chatterjee-Holm', 'Ms Darrowby', 'Ms Delgadillo', 'Ms Eskildsen', 'Ms Estrada-Vaughn', 'Ms Farrant', 'Ms Fenwick-Adair', 'Ms Greenhalgh', 'Ms Haldane', 'Ms Harcourt', 'Ms Kaminski-Boyd', 'Ms Kettering', 'Ms Koenigsberg', 'Ms Lindgren', 'Ms Lovejoy', 'Ms Marchbanks', 'Ms Nakashima-Roe', 'Ms Orlova', 'Ms Pennock', 'Ms Penrose', 'Ms Quarrie', 'Ms Reinholt', 'Ms Ruthven', 'Ms Sorensen-Mbeki', 'Ms Tiernan', 'Ms Tremaine', 'Ms Valcourt', 'Ms Yarrow', 'Ms Yusupova', 'NIGHTREAD', 'Nakagawa-Price', 'Ngata-Brooks', 'Nimbus', 'Nwosu-Lindqvist', 'Oduya', 'Okafor-Lindsay', 'Okonedo', 'Okoro-Blake', 'Okwuosa', 'Oriane', 'Osei-Lamb', 'Ostrowska', 'Ottilie Marchetti-Dunne', 'Oyelaran-Finch', 'PLR-W-', 'Pagelight', 'Pellegrini', 'Pemberton-Aziz', 'Penhaligon', 'Perpetua Nkemelu-Ward', 'Petrov-Lane', 'Prewitt', 'Priyanka', 'Pryce-Moreno', 'Quarshie', 'Quartermaine', 'Quennell', 'Quillmark', 'Rautenbach', 'Ravensby', 'Ravensworth', 'Ridgeback', 'Rosalind', 'Rufus Adebanjo-Kerr', 'Ruiz-Gallant', 'SUNNYRIDGE', 'Saoirse', 'Silkrow', 'Sonavel', 'Stitchworks', 'Sutcliffe-Obi', 'Szabo-Reilly', 'Szymanski-Hale', 'Tamsin Ode', 'Tennant', 'Tessel', 'Thackeray-Lim', 'Thistlewood', 'Threadhaven', 'Tobiah', 'Tremblay-Sauve', 'Umeh', 'Vandermeer', 'Vantongeren', 'Vukovic', 'Wexford', 'Whitcombe', 'Whitlock-Anand', 'Wilhelmina', 'fernhollow-power', 'fernhollow_cs', 'fernhollowtw', 'larkspur-stitch', 'meadowvane-care', 'pagelight-reading', 'pagelight.reads', 'pagelight_help', '丁女士', '万女士', '严女士', '乔先生', '付女士', '伍女士', '何小姐', '余小姐', '侯先生', '倪靖雯', '傅小姐', '兰先生', '冯女士', '凌女士', '劉先生', '包先生', '卓先生', '单女士', '卜女士', '卢女士', '史女士', '叶先生', '向女士', '吳先生', '呂小姐', '唐女士', '喻女士', '姚先生', '姜先生', '孔女士', '孙先生', '孟女士', '季先生', '宁先生', '官小姐', '宫女士', '尤先生', '尹女士', '屈先生', '屠明远', '岑若溪', '左承浩', '巫先生', '庞先生', '康先生', '廖先生', '彭先生', '彭語涵', '戈先生', '成先生', '戚晓岚', '戴小姐', '房女士', '方先生', '施小姐', '时先生', '晏女士', '景女士', '曾先生', '朱女士', '杜先生', '杭先生', '林先生', '柏女士', '柯先生', '柴定遠', '桂女士', '梁太太', '楊先生', '樊女士', '歐先生', '武女士', '殷女士', '毕先生', '毛先生', '江先生', '江女士', '汤先生', '汪小姐', '沈先生', '洪女士', '涂小姐', '游小姐', '湯小姐', '溫小姐', '溫柏翰', '滕嘉木', '潘先生', '熊女士', '甘女士', '申先生', '白先生', '盛女士', '盧小姐', '石女士', '祁先生', '祝女士', '秦先生', '窦女士', '童先生', '符瀚文', '管女士', '簡若彤', '米先生', '粘先生', '紀小姐', '罗先生', '羅先生', '翁小姐', '翟先生', '聂女士', '胡先生', '苏女士', '苗女士', '范先生', '莊小姐', '莫先生', '葉小姐', '葛小姐', '董先生', '蔡太太', '蔡女士', '蕭小姐', '薛先生', '藍小姐', '袁先生', '裴女士', '褚小姐', '覃小姐', '解先生', '詹太太', '謝先生', '许女士', '诸先生', '谭女士', '賴小姐', '贺女士', '贾女士', '车先生', '辜太太', '連先生', '邓女士', '邢太太', '邬女士', '邱映彤', '邵先生', '郁清和', '郏思琪', '郝先生', '鄒太太', '鄧小姐', '鄭先生', '鄭太太', '金先生', '鍾承睿', '钱先生', '闫先生', '闵先生', '阮先生', '阮小姐', '陆女士', '陳太太', '陶先生', '霍先生', '韦女士', '韩先生', '顏先生', '项先生', '馬小姐', '馮先生', '駱小姐', '骆志恒', '高先生', '魏先生', '鲁女士', '黃太太', '黎女士', '齊小姐', '龔太太', '龙先生']
_REF_ASCII = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_REF_CJK = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准几这为说会时个对发们复线单运货门")  # must not appear in Traditional text
# wording only a violating reply may contain (lower-cased match)
BANNED = ["http", "www.", "@", ".com", ".tw", "whatsapp", "wechat", "telegram", "line 官方", "微信", "paypal", "venmo",
          "instagram", "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount", "launch", "deal",
          "5-star", "five-star", "1-star", "gift card", "五星", "好评", "好評", "差评", "差評", "返现", "返現",
          "九折", "八折", "买一送一", "買一送一", "官网", "官網", "截图", "555-01"]
# a content label needs one of its markers in the reply
MARKERS = {"review-inducement": ["review", "rating", "评", "評"],
           "marketing": ["%", "折", "launch", "买一送一", "買一送一"],
           "off-platform-contact": ["whatsapp", "555-01", "@", ".com", "微信", "paypal", "line 官方"]}
# a logistics matter; logistics and mixed replies and every added logistics sentence must name one
LOGISTICS = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "import fees",
             "parcel", "label", "freight", "pallet", "locker", "access point", "carrier", "pro number",
             "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "海关", "包裹", "签收",
             "补发", "补寄", "派送", "寄出", "货运", "面单", "出库",
             "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "地址", "貨運", "配送", "運送"]
# strong logistics words a free non-logistics reply or a rewrite must NOT contain (keeps those labels clean)
STRONG_LOG = ["tracking", "shipped", "delivery", "customs", "refund", "return label", "freight", "carrier",
              "运单", "发货", "退货", "清关", "签收", "退款", "追蹤", "出貨", "退貨", "簽收"]
# identifier formats: each must be used once in the whole set
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b"        # Amazon order id
                   r"|\b1Z6V0R47\d{10}\b"          # UPS
                   r"|\b3962\d{8}\b"               # FedEx
                   r"|\b9205\d{18}\b"              # USPS
                   r"|\b0461\d{6}\b"               # Estes PRO
                   r"|\bSLC-W-\d{5}\b")            # warranty case
LONG_NUM = re.compile(r"(?<![\d-])\d{8,}(?![\d-])|\b1Z\w+")
GREETING = re.compile(r"^(?:(?:Hi|Hello|Dear|Good afternoon) )?(?P<n>[^,，\s][^,，]*?)(?:,|，(?:您好|下午好)：| (?:您好|早安)：)$")

FILL_MIN = 0.80         # edited fills stay at least this close to their own rendering
FREE_MAX = 0.55         # free template-required replies stay below this against every template
TEMPLATE_MAX = 0.50     # no two templates this alike


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def refused(text):
    hits = [r.pattern for r in _REF_ASCII if r.search(text)]
    return hits + [n for n in _REF_CJK if n in text]


def braces_left(text):
    rest = PH.sub("", text)
    return "{" in rest or "}" in rest


def script_problems(text, lang, traditional):
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII (%s)" % e]
        return []
    cjk = re.sub(r"[\x00-\x7f]", "", text)
    try:
        cjk.encode("big5" if traditional else "gb2312")
    except UnicodeEncodeError as e:
        return ["wrong script (%s)" % e]
    if traditional and set(cjk) & SIMPLIFIED_ONLY:
        return ["simplified forms in Traditional text: " + "".join(sorted(set(cjk) & SIMPLIFIED_ONLY))]
    return []


def has_any(text, words):
    low = text.lower()
    return [w for w in words if w in low]


def buyer_of(r):
    if r["tid"]:
        return r["vals"]["buyer_name"]
    m = GREETING.match(r["text"].split("\n")[0])
    return m.group("n") if m else None


def self_checks():
    errs = []
    # ------------------------------------------------------------- templates
    langs = Counter()
    for tid, text in TEMPLATES.items():
        lang = TMETA[tid][0]
        langs[lang] += 1
        if not tid.startswith(lang + "/"):
            errs.append("template %s: id does not start with its language" % tid)
        names = PH.findall(text)
        if braces_left(text):
            errs.append("template %s: unbalanced braces" % tid)
        if "buyer_name" not in names or "agent_name" not in names:
            errs.append("template %s: needs buyer_name and agent_name" % tid)
        if len(names) != len(set(names)):
            errs.append("template %s: a placeholder repeats" % tid)
        if has_any(text, BANNED) or refused(text):
            errs.append("template %s: offending or refused wording %s %s" % (tid, has_any(text, BANNED), refused(text)))
        errs += ["template %s: %s" % (tid, p) for p in script_problems(bare(tid), "en" if lang == "en" else "zh",
                                                                      lang == "zh-tw")]
    for lang in ("en", "zh", "zh-tw"):
        if lang + "/review/neutral-request" not in TEMPLATES:
            errs.append("no neutral review template for " + lang)
    ids = list(TEMPLATES)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            r = ratio(bare(a), bare(b))
            if r >= TEMPLATE_MAX:
                errs.append("templates %s and %s too alike (%.2f)" % (a, b, r))
    # ------------------------------------------------------------- replies
    seen, id_uses, buyers, cited = set(), Counter(), Counter(), set()
    for i, r in enumerate(REPLIES):
        rid = r["id"] = "%s-%03d" % (SET_ID, i + 1)
        text, cat, labels = r["text"], r["cat"], r["labels"]
        trad = "traditional" in r["tags"]
        if cat not in CATEGORIES or r["tags"][0] != cat:
            errs.append(rid + ": category / tags[0]")
        if text in seen:
            errs.append(rid + ": duplicate text")
        seen.add(text)
        if "{" in text or "}" in text or "  " in text or "\t" in text or "\n\n\n" in text or text != text.strip():
            errs.append(rid + ": formatting (braces, double spaces, tabs, triple newlines or edge whitespace)")
        if refused(text):
            errs.append("%s: refused names %s" % (rid, refused(text)))
        if labels != sorted(set(labels)) or not set(labels) <= set(LABELS):
            errs.append(rid + ": labels not a sorted subset of the four policies")
        errs += ["%s: %s" % (rid, p) for p in script_problems(text, r["lang"], trad)]
        if r["lang"] == "en" and CJK.search(text):
            errs.append(rid + ": Chinese characters in an English reply")
        if r["lang"] == "zh" and not CJK.search(text):
            errs.append(rid + ": zh reply without Chinese")
        if r["tid"] and r["tid"].startswith("zh-tw/") != trad:
            errs.append(rid + ": traditional tag disagrees with the template")
        for m in ID_RE.findall(text):
            id_uses[m] += 1
        for m in LONG_NUM.findall(text):
            if not ID_RE.fullmatch(m):
                errs.append("%s: malformed identifier %s" % (rid, m))
        who = buyer_of(r)
        if not who:
            errs.append(rid + ": cannot read the buyer's name from the greeting")
        buyers[who] += 1
        jcs = {int(x) for x in re.findall(r"JC(\d+)", r["note"])}
        if jcs - set(JC):
            errs.append("%s: unknown JC %s" % (rid, sorted(jcs - set(JC))))
        cited |= jcs
        # labels follow the category
        if cat in FIXED and labels != FIXED[cat]:
            errs.append("%s: labels %s do not fit category %s" % (rid, labels, cat))
        if cat in TEMPLATED and not r["tid"]:
            errs.append(rid + ": templated category without a template")
        if cat != "violating" and has_any(text, BANNED):
            errs.append("%s: offending wording outside violating: %s" % (rid, has_any(text, BANNED)))
        if cat == "violating":
            content = [l for l in labels if l != "template-required"]
            if not content:
                errs.append(rid + ": violating reply without a content label")
            for l in content:
                if not has_any(text, MARKERS[l]):
                    errs.append("%s: no marker for %s" % (rid, l))
            if "JC3" not in r["note"]:
                errs.append(rid + ": violating reply must cite JC3")
            if r["added"] is not None:
                logistic = bool(has_any(r["added"], LOGISTICS))
                if ("template-required" in labels) == logistic:
                    errs.append(rid + ": JC3 - template-required iff the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not has_any(text, LOGISTICS):
            errs.append(rid + ": names no logistics matter")
        if cat in ("free-non-logistics", "rewritten") and has_any(text, STRONG_LOG):
            errs.append("%s: logistics wording in a non-logistics reply: %s" % (rid, has_any(text, STRONG_LOG)))
        if cat == "fill-plus-logistics" and not has_any(r["added"] or "", LOGISTICS):
            errs.append(rid + ": the added sentence is not logistics")
        # similarity
        r["near"], r["max"] = nearest(text)
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "):
                errs.append(rid + ": note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(text, want)
            if r["exact"] != (text == want):
                errs.append(rid + ": exact flag disagrees with the text")
            if cat in TEMPLATED and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s: too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        elif "template-required" in labels and r["max"] >= FREE_MAX:
            errs.append("%s: free reply too close to %s (%.2f)" % (rid, r["near"], r["max"]))
    for k, v in id_uses.items():
        if v > 1:
            errs.append("identifier used %d times: %s" % (v, k))
    for k, v in buyers.items():
        if v > 1:
            errs.append("buyer name used %d times: %s" % (v, k))
    if set(JC) - cited:
        errs.append("judgement calls never cited: %s" % sorted(set(JC) - cited))
    return errs


def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def check_disk(base):
    errs, have, ids = [], set(), set()
    lib = os.path.join(base, "library")
    for root, _, files in os.walk(lib):
        for f in files:
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("not a template: " + p)
                continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            t = open(p, encoding="utf-8").read()
            if braces_left(t):
                errs.append("unbalanced braces: " + p)
            if "{{buyer_name}}" not in t or "{{agent_name}}" not in t:
                errs.append("buyer_name/agent_name missing: " + p)
            if refused(t):
                errs.append("refused names in " + p)
    if not have:
        errs.append("no templates under " + lib)
    n = 0
    path = os.path.join(base, "replies.jsonl")
    if not os.path.exists(path):
        return errs + ["missing " + path]
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            d = json.loads(line)
        except ValueError as e:
            errs.append("line %d: bad JSON (%s)" % (n, e))
            continue
        for f in ("id", "text", "labels", "lang", "tags", "note", "context"):
            if f not in d:
                errs.append("line %d: missing %s" % (n, f))
        if d.get("id") != "%s-%03d" % (SET_ID, n) or d.get("id") in ids:
            errs.append("line %d: id %r not sequential or repeated" % (n, d.get("id")))
        ids.add(d.get("id"))
        lab = d.get("labels")
        if not isinstance(lab, list) or lab != sorted(set(lab)) or not set(lab) <= set(LABELS):
            errs.append("line %d: labels %r" % (n, lab))
        if d.get("lang") not in ("en", "zh"):
            errs.append("line %d: lang %r" % (n, d.get("lang")))
        if not d.get("tags") or d["tags"][0] not in CATEGORIES:
            errs.append("line %d: tags[0] is not a category" % n)
        if d.get("context") != "reply":
            errs.append("line %d: context must be reply" % n)
        if "template" in d and d["template"] not in have:
            errs.append("line %d: unknown template %s" % (n, d["template"]))
        if d.get("tags") and d["tags"][0] in TEMPLATED and "template" not in d:
            errs.append("line %d: filled reply without template" % n)
        if not isinstance(d.get("text"), str) or not d["text"].strip():
            errs.append("line %d: empty text" % n)
        elif refused(d["text"]):
            errs.append("line %d: refused names" % n)
    if n == 0:
        errs.append("replies.jsonl is empty")
    return errs


def column(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    total = Counter()
    for c in CATEGORIES:
        k = Counter(column(r) for r in REPLIES if r["cat"] == c)
        total.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (total["en"], total["zh"], total["zh-tw"], sum(total.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(l for r in REPLIES for l in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in LABELS) + "."]
    other = Counter(t for r in REPLIES for t in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang | topic | placeholders |", "| --- | --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s | %s |" % (tid, lang, topic, ", ".join("`%s`" % p for p in PH.findall(TEMPLATES[tid]))))
    out += ["", "| id | labels | source | what it does | similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max (%s)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), r["tid"] or "free-written",
                                                        what, sim))
    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs))
    out += ["", "| replies | difflib ratio |", "| --- | --- |",
            "| exact fills, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "filled-template" and r["exact"]]),
            "| edited fills, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]),
            "| fill-plus-logistics, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]),
            "| template-based violating, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]),
            "| rewritten, best against any template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "rewritten"]),
            "| other free template-required, best against any template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"] and r["cat"] != "rewritten"]),
            "| free [] (logistics), best against any template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and not r["labels"]])]
    return "\n".join(out)


def main():
    args = sys.argv[1:]
    if args[:1] == ["--check"]:
        errs = check_disk(args[1] if len(args) > 1 else HERE)
        print("\n".join(errs) or "ok: files on disk are valid")
        sys.exit(1 if errs else 0)
    if args and args != ["--tables"]:
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
    errs = self_checks()
    if errs:
        print("SELF-CHECK FAILED (%d)" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if args == ["--tables"]:
        print(tables())
        return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES:
            f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    errs = check_disk(HERE)
    if errs:
        print("DISK CHECK FAILED")
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(column(r) for r in REPLIES if r["cat"] == c)) for c in CATEGORIES})
    print("label sets:", dict(Counter(",".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
