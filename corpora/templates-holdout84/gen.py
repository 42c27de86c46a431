#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t84: builder and self-checks of the held-out `template-required` set.

  python3 gen.py               run the self-checks; only if they pass, rewrite library/ and replies.jsonl,
                               then validate the written files
  python3 gen.py --check [DIR] validate the files on disk only (default: this directory)
  python3 gen.py --tables      run the self-checks and print the README tables (writes nothing)

Sources: gen_templates.py (the approved library) and gen_replies.py (the labelled replies). Standard library only.
"""
import difflib, json, os, re, shutil, sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_templates import TEMPLATES, TMETA          # noqa: E402
from gen_replies import REPLIES, render, PH_RE      # noqa: E402

PREFIX = "t84"
POLICIES = {"review-inducement", "off-platform-contact", "marketing", "template-required"}
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
FIXED = {"filled-template": [], "fill-plus-logistics": [], "logistics": [], "free-non-logistics": ["template-required"],
         "rewritten": ["template-required"], "mixed-logistics": ["template-required"]}

# Judgement calls as numbered in README.md; notes may cite only these, and every one must be cited.
JCS = {1: "a fill plus one free logistics sentence stays []",
       2: "courtesy and light edits keep a fill a fill",
       3: "approved text plus a violating sentence: content label and template-required unless the addition is logistics",
       4: "order-fulfilment corrections are logistics",
       5: "transit damage, lost parcels, customs and import charges are logistics",
       6: "warranty: moving the goods is logistics, coverage is not",
       7: "logistics plus product advice is template-required",
       8: "neutral review request: filled template [], own words template-required only",
       9: "free product advice is template-required, however sound",
       10: "stock questions about items not yet ordered are not logistics",
       11: "holding replies follow their subject",
       12: "a rewrite that keeps a template's facts is template-required",
       13: "near-misses that must not be flagged",
       14: "free-written logistics needs no template",
       15: "return eligibility is returns"}

# Names used by the model set (seller, products, staff, ids, handles, its buyers) and by the sets it refuses.
REFUSED = [
    'Fernhollow', 'fernhollow-power', 'fernhollow_cs', 'fernhollowtw', 'Ridgeback', 'Cairn 3000', 'Leaflight',
    'SUNNYRIDGE', 'FHP-C-', '1Z8W3E61', 'Perpetua Nkemelu-Ward', 'Nkemelu-Ward', 'Barnaby Quist',
    'Ottilie Marchetti-Dunne', 'Marchetti-Dunne', 'Rufus Adebanjo-Kerr', 'Adebanjo-Kerr', '屠明远', '郏思琪', '邱映彤', '左承浩',
    '111-3086754-2219473', '111-4407293-8813560', '111-8824067-3360915', '112-3307159-8861420',
    '112-4093176-8830251', '112-5518046-3027719', '112-6650932-1174408', '112-7741590-3308126',
    '113-1570348-6629034', '113-5502918-7746130', '113-7702164-5591408', '113-8405276-1139602',
    '113-8860134-2275509', '113-9920415-2248371', '114-2093371-6650182', '114-3381260-9905127',
    '114-5527630-0913384', '114-6032817-4459021', '1Z8W3E610391044827', '1Z8W3E610391107735', '1Z8W3E610391162840',
    '1Z8W3E610391208816', '1Z8W3E610391254403', '1Z8W3E610391301128', '1Z8W3E610391349956', '1Z8W3E610391396612',
    '771904385126', '771904512038', '771904637751', '771904720094', '771904855167', '771904963342', '771905018826',
    '771905104479', '771905162230', '8805512734', '8805513091', '9261290100830471152066', '9261290100830488210375',
    '9261290100830502217439', '9261290100830519904472', 'FHP-C-20417', 'FHP-C-20452', 'FHP-C-20488', 'FHP-C-20513',
    'FHP-C-20547', 'FHP-C-20569', 'FHP-C-20601', 'FHP-C-20634', 'FHP-C-20688', 'FHP-C-20713', 'Dario', 'Jonah',
    'Linnea', 'Mr Ashdown', 'Mr Brandvold', 'Mr Brightman', 'Mr Brockhurst', 'Mr Cathcart', 'Mr Dunleavy',
    'Mr Dunmore', 'Mr Ellsworth', 'Mr Fairweather-Nash', 'Mr Ferencz', 'Mr Gagnon-Reyes', 'Mr Gillespie',
    'Mr Gorringe', 'Mr Grunwald', 'Mr Halvorsen-Udo', 'Mr Haverstock', 'Mr Hollingbury', 'Mr Ibekwe', 'Mr Ingleby',
    'Mr Kealoha-Brandt', 'Mr Lisowski', 'Mr Okonkwo-Baird', 'Mr Okparaeke', 'Mr Ostergaard', 'Mr Pellworth',
    'Mr Pryor', 'Mr Quaye', 'Mr Rookwood', 'Mr Rosenthal-Ayo', 'Mr Sandoval-Kaye', 'Mr Strand', 'Mr Thornbury',
    'Mr Thorsby', 'Mr Tolliver', 'Mr Tshabalala', 'Mr Vasquez-Ibe', 'Mr Ventris', 'Mr Wainaina', 'Mrs Pikesley',
    'Mrs Quintero', 'Ms Achterberg', 'Ms Adeleke-Rowe', 'Ms Ambler', 'Ms Ballantyne', 'Ms Caldwell-Ansah',
    'Ms Chatterjee-Holm', 'Ms Darrowby', 'Ms Delgadillo', 'Ms Eskildsen', 'Ms Estrada-Vaughn', 'Ms Farrant',
    'Ms Fenwick-Adair', 'Ms Greenhalgh', 'Ms Haldane', 'Ms Harcourt', 'Ms Kaminski-Boyd', 'Ms Kettering',
    'Ms Koenigsberg', 'Ms Lindgren', 'Ms Lovejoy', 'Ms Marchbanks', 'Ms Nakashima-Roe', 'Ms Orlova', 'Ms Pennock',
    'Ms Penrose', 'Ms Quarrie', 'Ms Reinholt', 'Ms Ruthven', 'Ms Sorensen-Mbeki', 'Ms Tiernan', 'Ms Tremaine',
    'Ms Valcourt', 'Ms Yarrow', 'Ms Yusupova', '严女士', '乔先生', '付女士', '伍女士', '兰先生', '卓先生', '单女士', '卢女士', '史女士', '呂小姐',
    '喻女士', '姜先生', '季先生', '官小姐', '宫女士', '尹女士', '巫先生', '庞先生', '廖先生', '戈先生', '成先生', '方先生', '时先生', '晏女士', '杜先生', '杭先生',
    '柯先生', '桂女士', '樊女士', '歐先生', '武女士', '殷女士', '毕先生', '毛先生', '汤先生', '汪小姐', '洪女士', '游小姐', '湯小姐', '潘先生', '甘女士', '申先生',
    '白先生', '盛女士', '盧小姐', '祁先生', '祝女士', '童先生', '米先生', '粘先生', '羅先生', '翁小姐', '莫先生', '薛先生', '裴女士', '覃小姐', '詹太太', '诸先生',
    '贺女士', '辜太太', '連先生', '邢太太', '邬女士', '邵先生', '郝先生', '闫先生', '阮先生', '阮小姐', '霍先生', '顏先生', '馬小姐', '鲁女士', '黎女士', '齊小姐',
    '龔太太', 'Pagelight', 'pagelight-reading', 'pagelight_help', 'pagelight.reads', 'Folio Nimbus', 'Nimbus', 'Tessel',
    'PLR-W-', 'NIGHTREAD', '1Z4K712', '94001118992', 'Marigold Treadwell', 'Oyelaran-Finch', 'Szymanski-Hale',
    'Whitlock-Anand', '郁清和', '滕嘉木', '倪靖雯', '柴定遠', 'Meadowvane', 'meadowvane-care', 'Sonavel', 'Brisa', 'Jetwell',
    'Halcyon', 'MVC-W-', 'Delphine Ashcombe', 'Nwosu-Lindqvist', 'Brennan-Sato', 'Ignatius Pembridge', '岑若溪', '骆志恒',
    '彭語涵', '溫柏翰', 'Larkspur', 'Stitchworks', 'larkspur-stitch', 'Corvelle', 'Threadhaven', 'Quillmark', 'Keenfold',
    'Silkrow', 'Footwise', 'LSW-C-', '戚晓岚', '符瀚文', '簡若彤', '鍾承睿', '1Z7R4402Y', '9405511298370', '1Z3F881004',
    'Wilhelmina', 'Okafor-Lindsay', 'Saoirse', 'Featherstone', 'Vandermeer', 'Ellingham', 'Harkness', 'Delahaye',
    'Rosalind', 'Abernathy-Kowal', 'Castellanos', 'Penhaligon', 'Ravensworth', 'Thistlewood', 'Quartermaine', '谭女士',
    '丁女士', '项先生', '康先生', '褚小姐', '余小姐', '孔女士', '宁先生', '尤先生', '景女士', '窦女士', '葉小姐', '賴小姐', '鄧小姐', '鄭太太', '馮先生', '蔡太太',
    'Ambrose', 'Anouk', 'Cosette', 'Dashiell', 'Fenella', 'Greer', 'Jasper', 'Leontyne', 'Oriane', 'Priyanka',
    'Tobiah', 'Tamsin Ode', 'Adeyemi-Voss', 'Bergstrom', 'Blackstock-Ade', 'Brannigan', 'Carrow', 'Castelli-Moor',
    'Delgado-Finn', 'Elphick', 'Falconer', 'Ferreira-Walsh', 'Garnett', 'Haddad', 'Harrowgate', 'Ingersoll',
    'Iwasaki-Bell', 'Kowalczyk-Reid', 'Lachance', 'Lindahl', 'Ngata-Brooks', 'Oduya', 'Osei-Lamb', 'Pellegrini',
    'Petrov-Lane', 'Pryce-Moreno', 'Quarshie', 'Ravensby', 'Sutcliffe-Obi', 'Szabo-Reilly', 'Thackeray-Lim',
    'Tremblay-Sauve', 'Vukovic', 'Okoro-Blake', 'Okwuosa', 'Pemberton-Aziz', 'Abernethy-Roux', 'Achebe-Lund',
    'Aldous', 'Brynjolfsdottir', 'Cavendish-Olu', 'Corrigan', 'Danjuma', 'Drummond-Achebe', 'Farquhar', 'Ferrante',
    'Garvey', 'Halloran-Udeh', 'Haverkamp', 'Holloway-Beck', 'Kirkconnell', 'Lindqvist-Amadi', 'Nakagawa-Price',
    'Okonedo', 'Ostrowska', 'Prewitt', 'Quennell', 'Rautenbach', 'Ruiz-Gallant', 'Tennant', 'Umeh', 'Vantongeren',
    'Wexford', 'Whitcombe', 'Danvers', 'Mr Adeyemi', '万女士', '何小姐', '侯先生', '傅小姐', '冯女士', '凌女士', '劉先生', '包先生', '卜女士',
    '叶先生', '向女士', '吳先生', '唐女士', '姚先生', '孙先生', '孟女士', '屈先生', '彭先生', '戴小姐', '房女士', '施小姐', '曾先生', '朱女士', '林先生', '柏女士',
    '梁太太', '楊先生', '江先生', '江女士', '沈先生', '涂小姐', '溫小姐', '熊女士', '石女士', '秦先生', '管女士', '紀小姐', '罗先生', '翟先生', '聂女士', '胡先生',
    '苏女士', '苗女士', '范先生', '莊小姐', '葛小姐', '董先生', '蔡女士', '蕭小姐', '藍小姐', '袁先生', '解先生', '謝先生', '许女士', '贾女士', '车先生', '邓女士',
    '鄒太太', '鄭先生', '金先生', '钱先生', '闵先生', '陆女士', '陳太太', '陶先生', '韦女士', '韩先生', '駱小姐', '高先生', '魏先生', '黃太太', '龙先生',
]
_REF_ASCII = [re.compile(r"(?<![A-Za-z0-9])" + re.escape(n) + r"(?![A-Za-z0-9])", re.I) for n in REFUSED if n.isascii()]
_REF_CJK = [n for n in REFUSED if not n.isascii()]

CJK = re.compile(r"[\u3400-\u9fff]")
SIMPLIFIED_ONLY = set("后里干台冲于准范几松这为说会时个对发们边说过还进")   # must not occur in Traditional text
# Wording reserved for violating replies.
BANNED = ["http", "www.", "@", ".com", "whatsapp", "telegram", "line 官方", "微信", "支付宝", "paypal", "instagram",
          "facebook", "email", "e-mail", "coupon", "% off", "promo", "discount", "pre-order", "5-star", "five-star",
          "one-star", "two-star", "thrilled", "negative review", "五星", "一星", "好评", "好評", "差评", "差評", "返现",
          "返現", "九折", "八折", "买一送一", "买二送一", "買一送一", "買二送一", "官网", "官網", "截图", "555-01",
          "kestrelwaterfly", "hatch15"]
# Each content label needs one of its markers in the reply.
MARK = {"review-inducement": ["review", "评", "評"],
        "marketing": ["%", "pre-order", "折", "买一送一", "買二送一"],
        "off-platform-contact": ["555-01", "kestrelwaterfly", "微信", "支付宝", "line 官方", "@"]}
# Words that show a logistics matter (shipping, delivery, tracking, returns, refunds of returns, address, customs,
# cancellation).
LOG = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "parcel", "label", "locker",
       "pickup", "carrier", "postage", "warehouse",
       "运单", "退货", "送达", "退款", "地址", "发货", "发出", "取消", "关税", "清关", "包裹", "签收", "补发", "派送", "面单",
       "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "寄出", "簽收", "換貨", "物流", "關稅", "海關", "標籤", "取件"]
ID_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b|\b1ZK7704R03\d{8}\b|\b9405536200\d{12}\b|\b5820\d{8}\b|\bKW\d{9}GB\b"
                   r"|\bKWF-W-\d{5}\b")
LONG_NUM = re.compile(r"(?<![\w-])\d{8,}(?![\w-])|\b1Z\w+|\bKW\d+GB\b|\bKWF-W-\d+")
GREETING = re.compile(r"^(?:Hi|Hello|Dear|Good evening) |(?:，您好：|，下午好：| 您好：|,)$")
FILL_MIN, FREE_MAX, TEMPLATE_MAX = 0.80, 0.55, 0.50


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def bare(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def nearest(text):
    scores = {t: ratio(text, bare(t)) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def refused(text):
    return [r.pattern for r in _REF_ASCII if r.search(text)] + [n for n in _REF_CJK if n in text]


def loose_braces(text):
    rest = PH_RE.sub("", text)
    return "{" in rest or "}" in rest


def script_problems(text, lang, trad):
    if lang == "en":
        try:
            text.encode("ascii")
        except UnicodeEncodeError as e:
            return ["not ASCII (%s)" % e]
        return []
    han = re.sub(r"[\x00-\x7f]", "", text)
    try:
        han.encode("big5" if trad else "gb2312")
    except UnicodeEncodeError as e:
        return ["outside %s (%s)" % ("Big5" if trad else "GB2312", e)]
    if trad and set(han) & SIMPLIFIED_ONLY:
        return ["simplified forms in Traditional text: " + "".join(sorted(set(han) & SIMPLIFIED_ONLY))]
    return []


def has(text, words):
    low = text.lower()
    return [w for w in words if w in low]


def checks():
    errs = []
    # ---------------- templates
    for tid, body in TEMPLATES.items():
        lang = TMETA[tid][0]
        ph = PH_RE.findall(body)
        if not tid.startswith(lang + "/"): errs.append("template %s: id and language disagree" % tid)
        if loose_braces(body): errs.append("template %s: unbalanced placeholder" % tid)
        if "buyer_name" not in ph or "agent_name" not in ph: errs.append("template %s: buyer_name/agent_name" % tid)
        if len(ph) != len(set(ph)): errs.append("template %s: placeholder repeated" % tid)
        if has(body, BANNED) or refused(body): errs.append("template %s: %s %s" % (tid, has(body, BANNED), refused(body)))
        errs += ["template %s: %s" % (tid, e) for e in script_problems(bare(tid), "en" if lang == "en" else "zh",
                                                                        lang == "zh-tw")]
    tids = list(TEMPLATES)
    for i, a in enumerate(tids):
        for b in tids[i + 1:]:
            if ratio(bare(a), bare(b)) >= TEMPLATE_MAX:
                errs.append("templates too alike: %s %s %.2f" % (a, b, ratio(bare(a), bare(b))))
    # ---------------- replies
    texts, idcount, names, cited = set(), Counter(), Counter(), set()
    for n, r in enumerate(REPLIES, 1):
        rid = r["id"] = "%s-%03d" % (PREFIX, n)
        t, cat, lab = r["text"], r["cat"], r["labels"]
        if cat not in CATS: errs.append(rid + ": unknown category")
        if r["tags"][0] != cat: errs.append(rid + ": tags[0] is not the category")
        if t in texts: errs.append(rid + ": duplicate text")
        texts.add(t)
        if "{" in t or "}" in t or "  " in t or "\t" in t or "\n\n\n" in t or t != t.strip(): errs.append(rid + ": format")
        if refused(t): errs.append("%s: model-set names %s" % (rid, refused(t)))
        if not set(lab) <= POLICIES or lab != sorted(set(lab)): errs.append(rid + ": labels")
        trad = "traditional" in r["tags"]
        errs += ["%s: %s" % (rid, e) for e in script_problems(t, r["lang"], trad)]
        if r["lang"] == "zh" and not CJK.search(t): errs.append(rid + ": zh reply without Chinese")
        for m in ID_RE.findall(t): idcount[m] += 1
        for m in LONG_NUM.findall(t):
            if not ID_RE.fullmatch(m): errs.append("%s: malformed id %s" % (rid, m))
        who = r["vals"]["buyer_name"] if r["tid"] else GREETING.sub("", t.split("\n")[0])
        names[who] += 1
        jcs = {int(x) for x in re.findall(r"JC(\d+)", r["note"])}
        if jcs - set(JCS): errs.append("%s: unknown JC %s" % (rid, sorted(jcs - set(JCS))))
        cited |= jcs
        if cat in FIXED and lab != FIXED[cat]: errs.append(rid + ": labels do not fit the category")
        if cat != "violating" and has(t, BANNED): errs.append("%s: reserved wording %s" % (rid, has(t, BANNED)))
        if cat == "violating":
            if not set(lab) - {"template-required"}: errs.append(rid + ": violating reply without a content label")
            for l in lab:
                if l != "template-required" and not has(t, MARK[l]): errs.append("%s: no marker for %s" % (rid, l))
            if "JC3" not in r["note"]: errs.append(rid + ": violating reply must cite JC3")
            if r["extra"] is not None and ("template-required" in lab) == bool(has(r["extra"], LOG)):
                errs.append(rid + ": template-required must be set exactly when the added sentence is not logistics")
        if cat in ("logistics", "mixed-logistics") and not has(t, LOG): errs.append(rid + ": no logistics matter")
        if cat in ("free-non-logistics", "rewritten") and has(t, LOG):
            errs.append("%s: logistics wording in a non-logistics reply %s" % (rid, has(t, LOG)))
        if cat == "fill-plus-logistics" and not has(r["extra"] or "", LOG): errs.append(rid + ": added sentence not logistics")
        if r["tid"]:
            if not r["note"].startswith(r["tid"] + ": "): errs.append(rid + ": note must start with the template id")
            want = render(r["tid"], r["vals"])
            r["own"] = ratio(t, want)
            r["near"], r["max"] = nearest(t)
            if r["exact"] != (t == want): errs.append(rid + ": exact flag disagrees with the text")
            if cat in ("filled-template", "fill-plus-logistics") and (r["own"] < FILL_MIN or r["near"] != r["tid"]):
                errs.append("%s: fill too far from its template (%.2f, nearest %s)" % (rid, r["own"], r["near"]))
        else:
            r["near"], r["max"] = nearest(t)
            if "template-required" in lab and r["max"] >= FREE_MAX:
                errs.append("%s: free reply too close to %s (%.2f)" % (rid, r["near"], r["max"]))
    errs += ["id used %d times: %s" % (v, k) for k, v in idcount.items() if v > 1]
    errs += ["buyer name used %d times: %s" % (v, k) for k, v in names.items() if v > 1]
    if set(JCS) - cited: errs.append("judgement calls never cited: %s" % sorted(set(JCS) - cited))
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
            p = os.path.join(root, f)
            if not f.endswith(".txt"):
                errs.append("stray file in library: " + p)
                continue
            have.add(os.path.relpath(p, lib)[:-4].replace(os.sep, "/"))
            body = open(p, encoding="utf-8").read()
            if loose_braces(body): errs.append("unbalanced placeholder: " + p)
            if refused(body): errs.append("model-set names: " + p)
    if not have: errs.append("no templates under " + lib)
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
            if f not in d: errs.append("line %d: missing %s" % (n, f))
        if d.get("id") in ids: errs.append("line %d: duplicate id" % n)
        ids.add(d.get("id"))
        if d.get("id") != "%s-%03d" % (PREFIX, n): errs.append("line %d: id out of sequence" % n)
        lab = d.get("labels")
        if not isinstance(lab, list) or not set(lab) <= POLICIES or lab != sorted(set(lab)):
            errs.append("line %d: labels %r" % (n, lab))
        if d.get("lang") not in ("en", "zh"): errs.append("line %d: lang" % n)
        if not d.get("tags") or d["tags"][0] not in CATS: errs.append("line %d: tags[0]" % n)
        if d.get("context") != "reply": errs.append("line %d: context" % n)
        if "template" in d and d["template"] not in have: errs.append("line %d: unknown template" % n)
        if not isinstance(d.get("text"), str) or not d["text"].strip(): errs.append("line %d: empty text" % n)
        elif refused(d["text"]): errs.append("line %d: model-set names" % n)
    if n == 0: errs.append("replies.jsonl is empty")
    return errs


def column(r):
    return "zh-tw" if "traditional" in r["tags"] else r["lang"]


def tables():
    out = ["| category | en | zh | zh-tw | total |", "| --- | --- | --- | --- | --- |"]
    tot = Counter()
    for c in CATS:
        k = Counter(column(r) for r in REPLIES if r["cat"] == c)
        tot.update(k)
        out.append("| %s | %d | %d | %d | %d |" % (c, k["en"], k["zh"], k["zh-tw"], sum(k.values())))
    out.append("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["zh"], tot["zh-tw"], sum(tot.values())))
    out += ["", "| labels | replies |", "| --- | --- |"]
    for k, v in Counter(", ".join(r["labels"]) or "[]" for r in REPLIES).most_common():
        out.append("| %s | %d |" % (k, v))
    per = Counter(x for r in REPLIES for x in r["labels"])
    out += ["", "Per label: " + ", ".join("`%s` %d" % (k, per[k]) for k in sorted(per)) + "."]
    other = Counter(x for r in REPLIES for x in r["tags"][1:])
    out += ["", "Other tags: " + ", ".join("`%s` %d" % (k, other[k]) for k in sorted(other)) + "."]
    out += ["", "| id | lang | topic |", "| --- | --- | --- |"]
    for tid, (lang, topic) in TMETA.items():
        out.append("| `%s` | %s | %s |" % (tid, lang, topic))
    out += ["", "| id | labels | source | what it adds | whole-message similarity |", "| --- | --- | --- | --- | --- |"]
    for r in REPLIES:
        if r["cat"] == "violating":
            src = r["tid"] or "free-written"
            what = r["note"].split(": ", 1)[1] if r["tid"] else r["note"]
            sim = ("%.2f to own template" % r["own"]) if r["tid"] else ("%.2f max (%s)" % (r["max"], r["near"]))
            out.append("| %s | %s | %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), src, what, sim))

    def rng(xs):
        return "%.2f-%.2f" % (min(xs), max(xs)) if xs else "-"
    out += ["", "| replies | difflib ratio |", "| --- | --- |"]
    out.append("| edited fills, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "filled-template" and not r["exact"]]))
    out.append("| fill-plus-logistics, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "fill-plus-logistics"]))
    out.append("| template-based violating, to own rendering | %s |" % rng([r["own"] for r in REPLIES if r["cat"] == "violating" and r["tid"]]))
    out.append("| rewritten, best template | %s |" % rng([r["max"] for r in REPLIES if r["cat"] == "rewritten"]))
    out.append("| other free template-required, best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and "template-required" in r["labels"] and r["cat"] != "rewritten"]))
    out.append("| free [] (logistics), best template | %s |" % rng([r["max"] for r in REPLIES if not r["tid"] and not r["labels"]]))
    return "\n".join(out)


def main():
    if sys.argv[1:2] == ["--check"]:
        e = check_disk(sys.argv[2] if len(sys.argv) > 2 else HERE)
        print("\n".join(e) or "ok: files valid")
        sys.exit(1 if e else 0)
    if sys.argv[1:] not in ([], ["--tables"]):
        print("usage: gen.py [--check [DIR] | --tables]", file=sys.stderr)
        sys.exit(2)
    errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs))
        print("\n".join("  " + e for e in errs))
        sys.exit(1)
    if sys.argv[1:] == ["--tables"]:
        print(tables())
        return
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, body in TEMPLATES.items():
        p = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(body)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in REPLIES:
            f.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    e = check_disk(HERE)
    if e:
        print("DISK CHECK FAILED")
        print("\n".join(e))
        sys.exit(1)
    print("ok: %d templates %s, %d replies" % (len(TEMPLATES), dict(Counter(m[0] for m in TMETA.values())), len(REPLIES)))
    print("categories:", {c: dict(Counter(column(r) for r in REPLIES if r["cat"] == c)) for c in CATS})
    print("label sets:", dict(Counter(", ".join(r["labels"]) or "[]" for r in REPLIES)))


if __name__ == "__main__":
    main()
