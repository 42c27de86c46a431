#!/usr/bin/env python3
"""Validate holdout33.jsonl. Prints counts; exits 1 on any problem.

Checks: keys, ids, unique texts (after NFKC, zero-width stripping, casefold and
whitespace collapse), label vocabulary and order, the tag rules, evidence for
each evasion technique (and no unexplained evasion characters elsewhere),
555-01xx phone numbers, invented domains only, language sanity (en / zh /
traditional / mixed), length tags, one-sentence notes, and the overall mix.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
DATA = HERE / "holdout33.jsonl"
BUILD = HERE / "build.py"

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
LABELS = [RI, OFF, MKT]
SUBTYPES = {
    RI: {"incentive", "positive-review-request", "gating", "steering",
         "change-review", "feedback-removal"},
    OFF: {"messaging-app", "email", "phone", "url", "social", "qr", "payment",
          "website", "diversion"},
    MKT: {"coupon", "discount", "promotion", "new-product", "cross-sell",
          "buy-again", "storefront-link", "loyalty", "referral", "bundle",
          "restock", "subscription", "early-access", "vip-group"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = {"zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing",
              "star-symbols", "cn-numerals", "spelled-email", "pinyin",
              "homophone", "euphemism"}
EXTRA = {"near-miss", "plain", "traditional", "long", "short", "evasion"}
LANGS = {"en", "zh", "mixed"}

ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
CYR_GREEK = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2729\u272a\u272b\u272c\u272d\u272e\u272f\u2730\u2b50]")
CN_DIGITS = dict(zip("零〇一二三四五六七八九幺", "001234567891"))
CN_RUN = re.compile("[零〇一二三四五六七八九幺]{5,}")
CN_FIN = re.compile("[壹贰貳叁參肆伍陆陸柒捌玖拾]{2,}")
SPELLED_EMAIL = [
    re.compile(r"\b[\w.]+\s*[\(\[{]?\s*at\s*[\)\]}]?\s*[\w-]+\s*[\(\[{]?\s*dot\s*[\)\]}]?\s*(?:com|net|org|io|co)\b", re.I),
    re.compile(r"[\w.]+\s*(?:小老鼠|艾特|圈a|@符号)\s*[\w-]+\s*[点點]\s*(?:com|net|org)", re.I),
]
LATIN_SPACED = re.compile(r"(?:\b[A-Za-z][ .\-_/·]){3,}[A-Za-z]\b")
CJK_SPACED = re.compile("(?:[\u4e00-\u9fff][ /·|\\-]+){2,}[\u4e00-\u9fff]")
PINYIN = ["haoping", "fanxian", "weixin", "douyin", "hongbao", "wuxing",
          "chaping", "lianxi", "加v", "v信", "vx", "wx"]
HOMOPHONES = ["薇信", "威信", "徽信", "好坪", "好平", "好苹", "伍星", "返鲜", "差坪"]
LEET_MAP = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rate", "rating",
              "positive", "free", "whatsapp", "email", "coupon", "sale"}

# For euphemism records: none of the obvious words of the record's labels may appear.
EUPH_EN = {
    RI: ["review", "reviews", "feedback", "rating", "rate", "rated", "star", "stars",
         "five-star", "5-star", "positive", "negative", "comment", "comments", "remove",
         "delete", "gift", "refund", "free", "reward", "cash", "compensation"],
    OFF: ["whatsapp", "wechat", "weixin", "telegram", "line", "email", "e-mail", "mail",
          "phone", "call", "text", "website", "site", "www", "http", "https", "instagram",
          "facebook", "dm", "qr", "paypal", "venmo", "zelle", "contact"],
    MKT: ["coupon", "code", "discount", "off", "sale", "deal", "deals", "offer", "promo",
          "promotion", "buy", "again", "reorder", "new", "launch", "store", "storefront",
          "shop", "vip", "member", "members", "loyalty", "points", "refer", "referral",
          "bundle", "stock", "restock", "subscribe", "subscription", "newsletter", "free",
          "gift", "price", "save", "limited", "exclusive", "early", "access"],
}
EUPH_ZH = {
    RI: ["评", "評", "星", "反馈", "反饋", "回馈", "回饋", "删", "刪", "改", "返", "礼", "禮", "红包", "紅包"],
    OFF: ["微信", "薇信", "电话", "電話", "邮箱", "郵箱", "邮件", "官网", "官網", "网站", "網站",
          "联系", "聯繫", "加我", "二维码", "二維碼", "群", "私信", "站外", "@", ".com"],
    MKT: ["优惠", "優惠", "折", "促销", "促銷", "活动", "活動", "新品", "上新", "店铺", "店鋪",
          "回购", "回購", "复购", "會員", "会员", "返", "赠", "贈", "送", "券", "减", "減",
          "降", "特价", "秒杀", "团购", "%"],
}

PHONE = re.compile(r"(?<![A-Za-z0-9-])(?:\+?1[\s.\-]?)?\(?(\d{3})\)?[\s.\-]?(\d{3})[\s.\-]?(\d{4})(?![\d-])")
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w@-])")
ALLOWED_DOMAINS = {"amazon.com", "kestrelwood-office.com", "help.kestrelwood-office.com",
                   "kestrelwoodhome.shop", "kwmail.net", "kwd.ink"}

TRAD_ONLY = set("們這與貨訂單評價請謝覺後會為從對應實際將時間題問聯點擊發寫買賣處區說讓歡體驗開關親檯燈螢費務給網頁線於計週達蹤碼號")
SIMP_ONLY = set("们这与货订单评价请谢觉后会为从对应实际将时间题问联点击发写买卖处区说让欢体验开关亲灯荧费务给网页线于计达踪码号")
ZH_ALLOWED_LATIN = {"flexrise", "ups", "tba", "vesa", "line", "riselink", "ridgeline",
                    "haoping", "fanxian", "vip", "usb", "app", "kwtaiwan", "kwmail", "net"}
MASK_ASCII = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z0-9_\-.@/:]*[\d_][A-Za-z0-9_\-.@/:]*")

ABBREV = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|No|vs|approx|e\.g|i\.e|a\.m|p\.m)\.")
MASK_SENT = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\w+(?:[.-]\w+)*\.(?:com|net|shop|ink|app)\b\S*|\d+\.\d+")

problems = []


def problem(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm(text):
    t = unicodedata.normalize("NFKC", ZW.sub("", text)).casefold()
    return re.sub(r"\s+", " ", t).strip()


def cjk_count(text):
    return sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def sentence_count(text):
    t = ABBREV.sub("X", MASK_SENT.sub("X", text))
    ends = re.findall(r"[。！？!?]+|\.+(?=\s|$)|[~～]+\s*$", t)
    n = len(ends)
    if not re.search(r"[。！？!?.~～]\s*$", t):
        n += 1
    return n


def expected_length_tag(text):
    n = sentence_count(text)
    if n >= 5:
        return "long"
    if n <= 2 and len(text) + cjk_count(text) <= 70:
        return "short"
    return None


def has_word(text, word):
    return re.search(r"(?<![a-z0-9])" + re.escape(word) + r"(?![a-z0-9])", text) is not None


def leet_evidence(text):
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        if re.search(r"[A-Za-z]", tok) and re.search(r"[013457@$]", tok):
            low = tok.lower()
            for cand in (low.translate(LEET_MAP), low.translate(LEET_MAP).replace("i", "l")):
                if cand in LEET_WORDS:
                    return True
    return False


def cn_to_digits(run):
    return "".join(CN_DIGITS[c] for c in run)


def evidence(tech, text, labels):
    n = norm(text)
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH_ALNUM.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "leetspeak":
        return leet_evidence(text)
    if tech == "spacing":
        return bool(LATIN_SPACED.search(text) or CJK_SPACED.search(text))
    if tech == "star-symbols":
        return bool(STARS.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text) or CN_FIN.search(text))
    if tech == "spelled-email":
        return any(p.search(n) for p in SPELLED_EMAIL)
    if tech == "pinyin":
        return any(re.search(r"(?<![a-z])" + re.escape(p) + r"(?![a-z])", n) for p in PINYIN)
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "euphemism":
        for lab in labels:
            for w in EUPH_EN[lab]:
                if has_word(n, w):
                    return False
            for w in EUPH_ZH[lab]:
                if w in n:
                    return False
        return True
    return False


def check_phones(rid, text):
    t = unicodedata.normalize("NFKC", ZW.sub("", text))
    t_no_ids = ORDER_ID.sub(" ", t)
    for m in PHONE.finditer(t_no_ids):
        mid, last = m.group(2), m.group(3)
        if mid != "555" or not ("0100" <= last <= "0199"):
            problem(rid, "phone-like number not in 555-01xx: %r" % m.group(0))
    for run in CN_RUN.findall(t):
        d = cn_to_digits(run)
        if len(d) >= 7 and not re.search(r"55501\d\d", d):
            problem(rid, "Chinese-numeral phone not in 555-01xx: %s" % run)


def check_domains(rid, text):
    n = norm(text)
    found = set(m.group(1) for m in EMAIL.finditer(n))
    found |= set(DOMAIN.findall(n))
    for p in SPELLED_EMAIL:
        for m in p.finditer(n):
            parts = re.split(r"\s*[\(\[{]?\s*(?:at|小老鼠|艾特|圈a)\s*[\)\]}]?\s*", m.group(0), maxsplit=1)
            if len(parts) == 2:
                dom = re.sub(r"\s*[\(\[{]?\s*(?:dot|点|點)\s*[\)\]}]?\s*", ".", parts[1])
                found.add(dom)
    for d in found:
        d2 = d[4:] if d.startswith("www.") else d
        if d2 not in ALLOWED_DOMAINS:
            problem(rid, "domain not in the invented allowlist: %s" % d)


def latin_words(text):
    t = MASK_ASCII.sub(" ", unicodedata.normalize("NFKC", ZW.sub("", text)))
    return [w.lower() for w in re.findall(r"[A-Za-z]{2,}", t)]


def check_language(rid, rec, traditional):
    text, lang = rec["text"], rec["lang"]
    cjk = cjk_count(text)
    words = latin_words(text)
    if lang == "en":
        if cjk:
            problem(rid, "lang en but contains CJK characters")
        if len(words) < 5:
            problem(rid, "lang en but fewer than 5 English words")
    elif lang == "zh":
        if cjk < 8:
            problem(rid, "lang zh but fewer than 8 CJK characters")
        stray = [w for w in words if w not in ZH_ALLOWED_LATIN]
        if stray:
            problem(rid, "lang zh but has English words %s (should it be mixed?)" % stray)
    elif lang == "mixed":
        eng = [w for w in words if w not in ZH_ALLOWED_LATIN]
        if cjk < 4 or len(eng) < 3:
            problem(rid, "lang mixed needs >=4 CJK chars and >=3 English words (cjk=%d, en=%d)" % (cjk, len(eng)))
    trad = sum(1 for c in text if c in TRAD_ONLY)
    simp = sum(1 for c in text if c in SIMP_ONLY)
    if traditional:
        if lang != "zh":
            problem(rid, "traditional tag requires lang zh")
        if trad < 2 or simp:
            problem(rid, "traditional text check failed (trad=%d, simp=%d)" % (trad, simp))
    elif trad:
        problem(rid, "traditional characters in a record not tagged traditional")


def check_note(rid, note):
    if not isinstance(note, str) or not note.strip():
        problem(rid, "empty note")
        return
    if "\n" in note or not note.endswith("."):
        problem(rid, "note must be one line ending with a period")
    if re.search(r"[.!?]\s+[A-Z]", ABBREV.sub("X", note)) or len(note) > 250:
        problem(rid, "note should be one sentence")


def main():
    if not DATA.exists():
        print("missing %s" % DATA)
        return 1
    src = BUILD.read_text(encoding="utf-8")
    for pat, what in ((ZW, "zero-width"), (FULLWIDTH_ALNUM, "full-width letter"),
                      (CYR_GREEK, "Cyrillic/Greek letter"), (STARS, "star symbol")):
        if pat.search(src):
            problem("build.py", "raw %s in source; write it as a \\u escape" % what)

    recs = []
    for i, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            problem("line %d" % i, "bad JSON: %s" % e)
    seen = {}
    c = Counter()
    per_label, per_sub, per_tech, per_lang, per_ctx = Counter(), Counter(), Counter(), Counter(), Counter()
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "line %d" % i)
        if set(r) != {"id", "text", "labels", "lang", "tags", "note"}:
            problem(rid, "keys are %s" % sorted(r))
            continue
        if r["id"] != "h33-%03d" % i:
            problem(rid, "expected id h33-%03d" % i)
        text, labels, tags = r["text"], r["labels"], r["tags"]
        if not isinstance(text, str) or not text.strip():
            problem(rid, "empty text")
            continue
        k = norm(text)
        if k in seen:
            problem(rid, "duplicate text of %s" % seen[k])
        seen[k] = rid
        if not isinstance(labels, list) or any(l not in LABELS for l in labels) \
                or len(set(labels)) != len(labels) or labels != sorted(labels, key=LABELS.index):
            problem(rid, "bad labels %r" % labels)
            continue
        if r["lang"] not in LANGS:
            problem(rid, "bad lang %r" % r["lang"])
        if not isinstance(tags, list) or len(set(tags)) != len(tags):
            problem(rid, "tags must be a list without duplicates")
            continue
        # tag structure: subtypes (one per label, in label order), then one context
        n = len(labels)
        for j, lab in enumerate(labels):
            if j >= len(tags) or tags[j] not in SUBTYPES[lab]:
                problem(rid, "tag %d should be a %s subtype, got %r" % (j, lab, tags[j] if j < len(tags) else None))
            else:
                per_sub[(lab, tags[j])] += 1
        if len(tags) <= n or tags[n] not in CONTEXTS:
            problem(rid, "tag %d should be the context (reply/proactive)" % n)
            continue
        rest = tags[n + 1:]
        if any(t in CONTEXTS for t in rest):
            problem(rid, "more than one context tag")
        allsub = set().union(*SUBTYPES.values())
        for t in rest:
            if t not in EXTRA and t not in TECHNIQUES:
                problem(rid, "unknown or misplaced tag %r" % t)
            if t in allsub:
                problem(rid, "extra subtype tag %r" % t)
        techs = [t for t in rest if t in TECHNIQUES]
        violating = bool(labels)
        if violating:
            if "near-miss" in rest or "plain" in rest:
                problem(rid, "near-miss/plain on a violating record")
        else:
            if ("near-miss" in rest) == ("plain" in rest):
                problem(rid, "compliant record needs exactly one of near-miss/plain")
        if "evasion" in rest:
            if not violating:
                problem(rid, "evasion on a compliant record")
            if not techs:
                problem(rid, "evasion without a technique tag")
        elif techs:
            problem(rid, "technique tags without evasion")
        for t in techs:
            if not evidence(t, text, labels):
                problem(rid, "no evidence in the text for technique %r" % t)
            per_tech[t] += 1
        # no unexplained evasion characters
        for pat, tech in ((ZW, "zero-width"), (FULLWIDTH_ALNUM, "fullwidth"),
                          (CYR_GREEK, "homoglyph"), (STARS, "star-symbols")):
            if pat.search(text) and tech not in techs:
                problem(rid, "text contains %s characters but is not tagged %s" % (tech, tech))
        if "long" in rest and "short" in rest:
            problem(rid, "both long and short")
        exp = expected_length_tag(text)
        got = "long" if "long" in rest else "short" if "short" in rest else None
        if exp != got:
            problem(rid, "length tag should be %r, is %r (sentences=%d)" % (exp, got, sentence_count(text)))
        if "long" in rest and sentence_count(text) > 12:
            problem(rid, "long messages should have at most 12 sentences")
        traditional = "traditional" in rest
        check_language(rid, r, traditional)
        check_phones(rid, text)
        check_domains(rid, text)
        check_note(rid, r["note"])

        # counters
        c["records"] += 1
        c["violating" if violating else "compliant"] += 1
        if len(labels) > 1:
            c["two-label"] += 1
        for l in labels:
            per_label[l] += 1
        per_lang["zh-traditional" if traditional else r["lang"]] += 1
        per_ctx[tags[n]] += 1
        for t in ("near-miss", "plain", "evasion", "long", "short"):
            if t in rest:
                c[t] += 1

    # overall mix
    def need(cond, msg):
        if not cond:
            problem("mix", msg)
    need(c["records"] == 160, "expected 160 records, got %d" % c["records"])
    for l in LABELS:
        need(35 <= per_label[l] <= 40, "%s count %d outside 35-40" % (l, per_label[l]))
    need(90 <= c["violating"] <= 100, "violating count %d outside 90-100" % c["violating"])
    need(42 <= c["near-miss"] <= 48, "near-miss count %d outside 42-48" % c["near-miss"])
    need(16 <= c["plain"] <= 22, "plain count %d outside 16-22" % c["plain"])
    need(24 <= c["evasion"] <= 30, "evasion count %d outside 24-30" % c["evasion"])
    for t in TECHNIQUES:
        need(per_tech[t] >= 1, "technique %s unused" % t)
    for lang, lo, hi in (("en", 66, 78), ("zh", 50, 62), ("zh-traditional", 13, 19), ("mixed", 13, 19)):
        need(lo <= per_lang[lang] <= hi, "%s count %d outside %d-%d" % (lang, per_lang[lang], lo, hi))
    need(c["long"] >= 10 and c["short"] >= 10, "need >=10 long and >=10 short messages")

    print("records: %d  violating: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)"
          % (c["records"], c["violating"], c["two-label"], c["compliant"], c["near-miss"], c["plain"]))
    print("labels: " + ", ".join("%s %d" % (l, per_label[l]) for l in LABELS))
    print("languages: " + ", ".join("%s %d" % kv for kv in sorted(per_lang.items())))
    print("contexts: " + ", ".join("%s %d" % kv for kv in sorted(per_ctx.items())))
    print("evasive records: %d; techniques: %s" % (c["evasion"], ", ".join("%s %d" % kv for kv in sorted(per_tech.items()))))
    print("length: long %d, short %d" % (c["long"], c["short"]))
    for l in LABELS:
        subs = sorted(((s, v) for (lab, s), v in per_sub.items() if lab == l), key=lambda kv: (-kv[1], kv[0]))
        print("%s subtypes: %s" % (l, ", ".join("%s %d" % kv for kv in subs)))
    # optional cross-check with OpenCC when it is installed (not required)
    try:
        import opencc
        t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    except Exception:
        t2s = None
    if t2s is not None:
        for r in recs:
            if not isinstance(r.get("text"), str) or r.get("lang") not in ("zh", "mixed"):
                continue
            t = r["text"]
            if "traditional" in r.get("tags", []):
                if s2t.convert(t) != t:
                    problem(r.get("id"), "OpenCC finds simplified characters in a traditional record")
            elif t2s.convert(t) != t:
                problem(r.get("id"), "OpenCC finds traditional characters in a simplified record")
        print("OpenCC cross-check: done")
    else:
        print("OpenCC cross-check: skipped (opencc not installed)")
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
