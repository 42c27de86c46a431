#!/usr/bin/env python3
"""Build the held-out template-required set: library/, replies.jsonl, README.md.

Run:  python3 build.py        (deterministic; seed fixed)
Independent of msglint's code, rules and other corpora (nothing under
/work/main is read except this folder).
"""
import json, os, random, re, sys, difflib, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from templates_def import TEMPLATES
from handwritten import LOGISTICS, REWRITTEN, FREE

rng = random.Random(20250611)

# ------------------------------------------------------------------ pools
POOLS = {
 "en": dict(
   name_s=["Anna", "Tom", "Ms. Lee", "Carlos", "Priya", "Mr. Novak", "Jade", "Olu", "Mrs. Baker"],
   name_l=["Maria-Fernanda Gutierrez-Albuquerque", "Dr. Bartholomew Montgomery-Fitzgerald III",
           "Anneliese Oberhauser-Kowalczyk", "Christopher Alexander Whitfield-Johnson",
           "Siobhan Ni Mhaoldomhnaigh-O'Sullivan"],
   seller_s=["Nordhaven Home", "Kestrel Audio", "BrightLeaf Outdoor", "Vortex Kitchen"],
   seller_l=["Nordhaven Home Customer Care Team", "Kestrel Audio After-Sales Support Department",
             "BrightLeaf Outdoor Equipment Customer Service", "Vortex Kitchen Appliances Customer Experience Team"],
   date_s=["May 14", "Friday, June 7", "March 3", "10/21/2025"],
   date_l=["Wednesday, November 26, 2025", "Monday, 15 December 2025"],
   greet=["Hello {name},", "Dear {name},", "Hi there,", "Good afternoon {name},", "Hi {name}, thanks for your message."],
   sign=["Kind regards,\n{seller}", "Thanks again,\n{seller}", "Sincerely,\n{seller}", "All the best,\n{seller}", "Have a great day!\n{seller}"],
   extra=["Your order {order_id} shipped today with UPS, tracking number 1Z9X2F470398765432.",
          "The package is scheduled for delivery on {date}.",
          "You can follow the parcel with USPS tracking number 9400 1118 9922 3041 5567 28.",
          "If you would rather return the item, the return window for order {order_id} is open until {date}.",
          "The rest of your order left our warehouse this morning and should arrive by {date}."]),
 "zh": dict(
   name_s=["王女士", "李先生", "张伟", "陈小姐", "刘先生", "Anna"],
   name_l=["欧阳慕容雪晴女士", "Christopher Alexander Whitfield", "司马长风先生", "Maria-Fernanda Gutierrez"],
   seller_s=["晨光家居客服", "极光数码售后", "森屿户外"],
   seller_l=["晨光家居官方旗舰店售后服务团队", "极光数码科技有限公司客户服务中心", "森屿户外运动装备专营店客服部"],
   date_s=["5月14日", "6月7日（周五）", "3月3日"],
   date_l=["2025年11月26日（星期三）"],
   greet=["亲爱的{name}，您好！", "您好！", "尊敬的顾客，您好：", "{name}您好，感谢您的来信。", "{name}，下午好！"],
   sign=["祝您购物愉快！\n{seller}", "顺祝商祺！\n{seller}", "感谢您的耐心与理解！\n{seller}", "此致\n敬礼\n{seller}"],
   extra=["另外，您的订单{order_id}已于今天通过UPS发出，追踪号为1Z9X2F470398765432。",
          "您的包裹预计将于{date}送达。",
          "如需退货，订单{order_id}的退货期限截至{date}。",
          "您订单中的其余商品已于今天上午从仓库发出，预计{date}前送达。"]),
 "hant": dict(
   name_s=["王小姐", "林先生", "陳太太"],
   name_l=["歐陽慕容雪晴小姐", "Christopher Alexander Whitfield"],
   seller_s=["晨光家居客服", "極光數碼售後"],
   seller_l=["極光數碼科技有限公司客戶服務中心", "森嶼戶外運動裝備專營店客服部"],
   date_s=["5月14日", "3月3日"],
   date_l=["2025年11月26日（星期三）"],
   greet=["親愛的{name}，您好！", "您好！"],
   sign=["祝您一切順利！\n{seller}", "感謝您的耐心！\n{seller}"],
   extra=["另外，您的訂單{order_id}已於今天透過UPS寄出，追蹤號碼為1Z9X2F470398765432。",
          "您的包裹預計將於{date}送達。"]),
}
ORDER_IDS = ["113-1234567-1234567", "114-7781203-5569012", "111-4408821-9930175",
             "702-3317754-0082916", "113-9012456-3378801", "114-0056712-4481930"]

VARIANTS = [
    {},
    {"long": 1},
    {"alt_greeting": 1},
    {"long": 1, "alt_signoff": 1},
    {"extra_end": 1},
    {"long": 1, "extra_start": 1},
    {"joined": 1},
    {"long": 1, "alt_greeting": 1, "alt_signoff": 1},
    {"alt_signoff": 1, "extra_end": 1},
    {"long": 1, "joined": 1},
]

PH = re.compile(r"\{\{(\w+)\}\}")


def split_template(text):
    parts = text.strip().split("\n\n")
    return parts[0], "\n\n".join(parts[1:-1]), parts[-1]


def fill(s, values):
    def rep(m):
        return values[m.group(1)]
    return PH.sub(rep, s)


def pool_key(tid):
    return "hant" if tid.startswith("zh/hant/") else tid.split("/")[0]


def make_filled(t, variant, k):
    p = POOLS[pool_key(t["id"])]
    long_ = bool(variant.get("long"))
    sets = t["long"] if long_ else t["short"]
    values = dict(sets[k % len(sets)])
    values["buyer_name"] = rng.choice(p["name_l"] if long_ else p["name_s"])
    values["seller_name"] = rng.choice(p["seller_l"] if long_ else p["seller_s"])
    values["order_id"] = rng.choice(ORDER_IDS)
    values["date"] = rng.choice(p["date_l"] if long_ else p["date_s"])
    greet, body, sign = split_template(t["text"])
    notes = ["long values" if long_ else "short values"]
    g = fill(greet, values)
    if "review-request" in t["id"] and (variant.get("extra_start") or variant.get("extra_end")):
        # a shipping notice next to a review request would be incoherent
        variant = {k: v for k, v in variant.items() if not k.startswith("extra")}
        variant["alt_signoff"] = 1
    if variant.get("alt_greeting"):
        # a different buyer name in the greeting only is also realistic;
        # avoid a thanks-greeting when the body already opens with thanks
        choices = p["greet"]
        if re.match(r"(Thank|感谢|感謝)", body.strip()):
            choices = [c for c in choices if not re.search(r"thank|感谢|感謝", c, re.I)]
        g = rng.choice(choices).format(name=rng.choice(p["name_s"] + p["name_l"]))
        notes.append("different greeting")
    s = fill(sign, values)
    if variant.get("alt_signoff"):
        s = rng.choice(p["sign"]).format(seller=values["seller_name"])
        notes.append("different sign-off")
    paras = [g, fill(body, values)]
    if variant.get("extra_start") or variant.get("extra_end"):
        extra = rng.choice(p["extra"]).format(order_id=values["order_id"], date=values["date"])
        if variant.get("extra_start"):
            paras.insert(1, extra)
            notes.append("logistics sentence added before body")
        else:
            paras.append(extra)
            notes.append("logistics sentence added after body")
    paras.append(s)
    text = "\n\n".join(paras)
    if variant.get("joined"):
        sep = " " if t["id"].startswith("en/") else ""
        text = re.sub(r"\s*\n+\s*", sep, text)
        notes.append("line breaks removed")
    return text, values, notes


# ------------------------------------------------------------------ library
def write_library():
    lib = os.path.join(HERE, "library")
    for t in TEMPLATES:
        path = os.path.join(lib, t["id"] + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(t["text"])


# ------------------------------------------------------------------ records
def build_records():
    recs = []
    # filled-template: 32 en, 28 zh
    en_t = [t for t in TEMPLATES if t["id"].startswith("en/")]
    zh_t = [t for t in TEMPLATES if t["id"].startswith("zh/")]
    for group, n in ((en_t, 32), (zh_t, 28)):
        order = [group[i % len(group)] for i in range(n)]
        seen = collections.Counter()
        for i, t in enumerate(order):
            variant = VARIANTS[(i * 3 + len(t["id"])) % len(VARIANTS)]
            text, values, notes = make_filled(t, variant, seen[t["id"]])
            seen[t["id"]] += 1
            recs.append(dict(text=text, labels=[], lang="en" if t["id"].startswith("en/") else "zh",
                             tags=["filled-template"],
                             note="filled %s; %s" % (t["id"], ", ".join(notes)),
                             _template=t["id"]))
    for lang, text, note in LOGISTICS:
        recs.append(dict(text=text, labels=[], lang=lang, tags=["logistics"],
                         note="logistics only: " + note))
    for lang, src, text, note in REWRITTEN:
        recs.append(dict(text=text, labels=["template-required"], lang=lang, tags=["rewritten"],
                         note="rewrites %s (%s); not the template text" % (src, note), _source=src))
    for lang, text, note in FREE:
        recs.append(dict(text=text, labels=["template-required"], lang=lang, tags=["free"],
                         note="non-logistics, no template: " + note))
    rng.shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["id"] = "tr-%03d" % i
    return recs


# ------------------------------------------------------------------ validation
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def body_regex(body):
    body = body.strip()
    out, names = [], set()
    pos = 0
    for m in PH.finditer(body):
        lit = re.sub(r"\s+", " ", body[pos:m.start()])
        out.append(re.escape(lit).replace(r"\ ", r"\s*"))
        n = m.group(1)
        out.append("(?P=%s)" % n if n in names else r"(?P<%s>.{1,90}?)" % n)
        names.add(n)
        pos = m.end()
    out.append(re.escape(norm(body[pos:]) if pos == 0 else re.sub(r"\s+", " ", body[pos:]).rstrip()).replace(r"\ ", r"\s*"))
    return re.compile("".join(out), re.S)


SENT_SPLIT = re.compile(r"(?<=[.!?。！？；;])\s*")


def sentence_regexes(body):
    res = []
    for sent in SENT_SPLIT.split(norm(body)):
        lit = PH.sub("", sent)
        if len(lit.strip()) < 12:
            continue
        res.append((sent, body_regex(sent)))
    return res


BANNED = re.compile(r"https?://|www\.|@|\.com\b|coupon|discount|promo code|five[- ]star|5[- ]star|"
                    r"好评|返现|优惠|折扣|微信|whatsapp|facebook|instagram|telegram|wechat|"
                    r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.I)


def lang_guess(text):
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    lat = len(re.findall(r"[A-Za-z]", text))
    return cjk, lat


def validate(recs, lines):
    errors = []
    ids = set()
    for i, line in enumerate(lines, 1):
        try:
            o = json.loads(line)
        except Exception as e:
            errors.append("line %d: bad JSON %s" % (i, e)); continue
        if set(o) != {"id", "text", "labels", "lang", "tags", "note"}:
            errors.append("line %d: keys %s" % (i, sorted(o)))
        if o["id"] in ids:
            errors.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["labels"] not in ([], ["template-required"]):
            errors.append("%s: labels %r" % (o["id"], o["labels"]))
        if o["lang"] not in ("en", "zh", "mixed"):
            errors.append("%s: lang" % o["id"])
        if len(o["tags"]) != 1 or o["tags"][0] not in ("filled-template", "logistics", "rewritten", "free"):
            errors.append("%s: tags" % o["id"])
        want = [] if o["tags"][0] in ("filled-template", "logistics") else ["template-required"]
        if o["labels"] != want:
            errors.append("%s: label/tag mismatch" % o["id"])
        if "{{" in o["text"] or "}}" in o["text"]:
            errors.append("%s: unfilled placeholder" % o["id"])
        if BANNED.search(o["text"]):
            errors.append("%s: other-policy risk %r" % (o["id"], BANNED.search(o["text"]).group(0)))
        if "\n\n\n" in o["text"]:
            errors.append("%s: more than one blank line" % o["id"])
        cjk, lat = lang_guess(o["text"])
        g = "zh" if cjk > 0 and lat < cjk else ("en" if cjk == 0 else "mixed")
        if o["lang"] != "mixed" and g == "mixed" and o["lang"] == "en":
            errors.append("%s: lang en but CJK present" % o["id"])
        if o["lang"] == "zh" and cjk == 0:
            errors.append("%s: lang zh but no CJK" % o["id"])

    # template matching
    bodies = {t["id"]: body_regex(split_template(t["text"])[1]) for t in TEMPLATES}
    sents = {t["id"]: sentence_regexes(split_template(t["text"])[1]) for t in TEMPLATES}
    sims = collections.defaultdict(list)
    for r in recs:
        nt = norm(r["text"])
        matched = [tid for tid, rx in bodies.items() if rx.search(nt)]
        if r["tags"] == ["filled-template"]:
            if matched != [r["_template"]]:
                errors.append("%s: filled-template matches %s, expected %s" % (r["id"], matched, r["_template"]))
            else:
                m = bodies[r["_template"]].search(nt)
                for k, v in m.groupdict().items():
                    if v is not None and len(v) > 90:
                        errors.append("%s: placeholder %s too long" % (r["id"], k))
        else:
            if matched:
                errors.append("%s (%s): matches template body %s" % (r["id"], r["tags"][0], matched))
            for tid, lst in sents.items():
                for sent, rx in lst:
                    if rx.search(nt):
                        errors.append("%s (%s): contains template sentence of %s: %r"
                                      % (r["id"], r["tags"][0], tid, sent[:60]))
        if r["tags"] == ["rewritten"]:
            src = split_template(next(t["text"] for t in TEMPLATES if t["id"] == r["_source"]))[1]
            sims["rewritten"].append(difflib.SequenceMatcher(None, norm(PH.sub("", src)), nt).ratio())
    return errors, sims


def main():
    write_library()
    recs = build_records()
    lines = [json.dumps({k: r[k] for k in ("id", "text", "labels", "lang", "tags", "note")},
                        ensure_ascii=False) for r in recs]
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
        errors, sims = validate(recs, f.read().splitlines())
    c = collections.Counter((r["tags"][0], r["lang"]) for r in recs)
    print("templates:", len(TEMPLATES), collections.Counter(pool_key(t["id"]) for t in TEMPLATES))
    print("replies:", len(recs))
    for tag in ("filled-template", "logistics", "rewritten", "free"):
        print("  %-16s en=%3d zh=%3d mixed=%2d" % (tag, c[(tag, "en")], c[(tag, "zh")], c[(tag, "mixed")]))
    print("  lang totals:", collections.Counter(r["lang"] for r in recs))
    print("  labels:", collections.Counter(tuple(r["labels"]) for r in recs))
    if sims["rewritten"]:
        s = sorted(sims["rewritten"])
        print("  rewritten char-similarity to source body: min %.2f median %.2f max %.2f"
              % (s[0], s[len(s) // 2], s[-1]))
    tcount = collections.Counter(r["_template"] for r in recs if "_template" in r)
    unused = [t["id"] for t in TEMPLATES if t["id"] not in tcount]
    print("  templates never filled:", unused)
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
