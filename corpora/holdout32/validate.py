#!/usr/bin/env python3
"""Validate holdout32.jsonl; print counts; exit 1 on any problem."""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "holdout32.jsonl")
N_EXPECTED = 160

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "positive-review-request", "gating", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "email", "phone", "url", "social", "qr",
                             "payment", "website", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront-link", "loyalty", "referral", "bundle", "restock",
                  "subscription", "early-access", "vip-group"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = {"zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "cn-numerals", "spelled-email", "pinyin", "homophone", "euphemism"}
KEYS = {"id", "text", "labels", "lang", "tags", "note"}

ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FW_ALNUM = re.compile("[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
CONFUSABLE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
HOMOGLYPH_EVID = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2729-\u2730\u2b50\U0001f31f]")
LEET = re.compile(r"[A-Za-z][013457$]+[A-Za-z]")
SPACING = re.compile(r"(?:(?<![A-Za-z0-9])[A-Za-z0-9][ \-\u00b7/]){4,}[A-Za-z0-9](?![A-Za-z0-9])"
                     r"|(?:[\u4e00-\u9fff][ /\u00b7\-]){3,}[\u4e00-\u9fff]")
CN_DIGITS = "零〇一二三四五六七八九"
CN_RUN = re.compile("(?:[%s][ \\-]?){6,}[%s]" % (CN_DIGITS, CN_DIGITS))
SPELLED_EMAIL = re.compile(
    r"[\w.\-]+\s*[\(\[（]?\s*(?:at|艾特|小老鼠)\s*[\)\]）]?\s*[\w\-]+\s*[\(\[（]?\s*"
    r"(?:dot|点|點)\s*[\)\]）]?\s*(?:com|net|org|shop|co|cc)\b", re.I)
PINYIN = re.compile(r"(?<![A-Za-z])(?:haoping|fanxian|weixin|vx|wx|dazhe|youhui|chaping|"
                    r"lian ?xi|wo ?men|qing ?xian)(?![A-Za-z])", re.I)
HOMOPHONES = ["薇信", "威信", "徽信", "好坪", "差坪", "反现", "返鲜", "差苹", "负平"]
OBVIOUS_EN = ["review", "feedback", "rating", "star", "coupon", "discount", "code", "sale",
              "deal", "promo", "% off", "gift", "free", "refund", "cash", "whatsapp", "wechat",
              "telegram", "email", "e-mail", "phone", "call us", "text us", "website", "http",
              "www", ".com", ".shop", "instagram", "facebook", "buy", "points", "member", "vip",
              "subscribe", "new arrival", "launch", "price", "reward", "bonus"]
OBVIOUS_ZH = ["评", "評", "星", "返现", "优惠", "折", "券", "送", "微信", "电话", "官网", "站外",
              "邮箱", "网址", "链接", "会员", "积分", "回购", "下单", "购买", "促销", "活动",
              "红包", "礼", "新品", "上新", "福利", "价"]
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
UPS_TRACK = re.compile(r"\b1Z[0-9A-Z]{16}\b")
LONG_DIGITS = re.compile(r"\d(?:[ ]?\d){14,}")
PHONE = re.compile(r"(?<![\d])(?:\+?1[\s.\-]?)?\(?(\d{3})\)?[\s.\-]?(\d{3})[\s.\-]?(\d{4})(?![\d])")
CJK = re.compile(r"[\u4e00-\u9fff]")
SIMP_ONLY = set("们评这请订买货联价点给会与还说过时体验问题发单让对网谢换条页删论现质实礼尽处线关码务级钱电话乐满帮为开来视频")
TRAD_ONLY = set("們評這請訂買貨聯價點給會與還說過時體驗問題發單讓對網謝換條頁刪論現質實禮盡處線關碼務級錢電話樂滿幫為開來視頻")
EN_STOP = {"the", "and", "you", "your", "we", "our", "please", "to", "for", "with", "is", "are",
           "it", "this", "that", "of", "on", "in", "be", "will", "can", "have", "has", "us",
           "if", "by", "from"}
BRANDS = {"reefglow", "flowguard", "thermafin", "cleardrop", "nibbleflakes", "nibblepellets",
          "feedpal", "finnwick", "aquatics", "amazon", "whatsapp", "paypal", "led", "app",
          "instagram", "facebook", "telegram", "line", "wi", "fi", "ups", "usps", "duo", "pro",
          "venmo", "zelle", "vip", "ppm", "hi", "reef", "keepers", "sms", "ios", "android"}


def norm(t):
    t = unicodedata.normalize("NFKC", ZW.sub("", t))
    return re.sub(r"\s+", " ", t.casefold()).strip()


def sentences(t):
    n = len(re.findall(r"[.!?]+(?=\s|$|[\"')])|[。！？]+", t))
    if not re.search(r"[.!?。！？]\s*$", t):
        n += 1
    return n


def wlen(t):
    return sum(2 if CJK.match(c) else 1 for c in t)


def cn_to_digits(t):
    table = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
    table["〇"] = "0"
    return CN_RUN.sub(lambda m: "".join(table.get(c, c) for c in m.group(0)), t)


def phone_problems(text):
    t = unicodedata.normalize("NFKC", ZW.sub("", text))
    t = cn_to_digits(t)
    t = ORDER_ID.sub(" ", t)
    t = UPS_TRACK.sub(" ", t)
    t = LONG_DIGITS.sub(" ", t)
    probs, found = [], []
    for m in PHONE.finditer(t):
        found.append(m.group(0))
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            probs.append("phone number not 555-01xx: %r" % m.group(0))
    rest = PHONE.sub(" ", t)
    for m in re.finditer(r"\d(?:[\s.\-]?\d){6,}", rest):
        probs.append("unrecognised long digit run (phone?): %r" % m.group(0))
    return probs, found


def latin_words(text):
    t = unicodedata.normalize("NFKC", ZW.sub("", text))
    t = re.sub(r"https?://\S+|\S+@\S+|@\w[\w.]*|\b[\w\-]+(?:\.[\w\-]+)+\S*", " ", t)
    t = SPELLED_EMAIL.sub(" ", t)
    toks = re.findall(r"[A-Za-z0-9_]+", t)
    return [w for w in toks if len(w) >= 2 and w.isalpha() and w.isascii()]


def main():
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    recs = []
    with open(PATH, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                bad("line %d" % ln, "broken JSON: %s" % e)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    seen_text = {}
    phones_total = 0
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "line %d" % i)
        if set(r) != KEYS:
            bad(rid, "keys %s != %s" % (sorted(r), sorted(KEYS)))
            continue
        if r["id"] != "h32-%03d" % i:
            bad(rid, "id out of sequence (expected h32-%03d)" % i)
        text, labels, lang, tags, note = r["text"], r["labels"], r["lang"], r["tags"], r["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        k = norm(text)
        if k in seen_text:
            bad(rid, "duplicate text of %s" % seen_text[k])
        seen_text[k] = rid
        if not isinstance(note, str) or not note.strip() or "\n" in note:
            bad(rid, "note must be one non-empty line")
        # labels
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "bad labels %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in policy order: %r" % labels)
        if lang not in ("en", "zh", "mixed"):
            bad(rid, "bad lang %r" % lang)
        # tags structure
        if not isinstance(tags, list) or len(set(tags)) != len(tags):
            bad(rid, "tags not a list of unique strings")
            continue
        n = len(labels)
        if len(tags) < n + 1:
            bad(rid, "too few tags")
            continue
        for l, s in zip(labels, tags[:n]):
            if s not in SUBTYPES[l]:
                bad(rid, "tag %r is not a subtype of %s" % (s, l))
        if tags[n] not in CONTEXTS:
            bad(rid, "tag %d must be the context, got %r" % (n + 1, tags[n]))
        rest = tags[n + 1:]
        pos = 0
        techs = []
        if pos < len(rest) and rest[pos] == "evasion":
            pos += 1
            while pos < len(rest) and rest[pos] in TECHNIQUES:
                techs.append(rest[pos])
                pos += 1
            if not techs:
                bad(rid, "evasion without a technique tag")
        kind = None
        if pos < len(rest) and rest[pos] in ("near-miss", "plain"):
            kind = rest[pos]
            pos += 1
        trad = False
        if pos < len(rest) and rest[pos] == "traditional":
            trad = True
            pos += 1
        size = None
        if pos < len(rest) and rest[pos] in ("long", "short"):
            size = rest[pos]
            pos += 1
        if pos != len(rest):
            bad(rid, "unexpected or misplaced tags %r" % rest[pos:])
        if labels and kind:
            bad(rid, "violating record tagged %s" % kind)
        if not labels and not kind:
            bad(rid, "compliant record needs near-miss or plain")
        if not labels and techs:
            bad(rid, "evasion on a compliant record")
        if trad and lang != "zh":
            bad(rid, "traditional tag needs lang zh")
        # evasion evidence, and absence of tricks on untagged records
        t_nfkc = unicodedata.normalize("NFKC", ZW.sub("", text))
        checks = {
            "zero-width": bool(ZW.search(text)),
            "fullwidth": bool(FW_ALNUM.search(text)),
            "homoglyph": bool(HOMOGLYPH_EVID.search(text)),
            "star-symbols": bool(STARS.search(text)),
            "leetspeak": bool(LEET.search(t_nfkc)),
            "spacing": bool(SPACING.search(t_nfkc)),
            "cn-numerals": bool(CN_RUN.search(text)),
            "spelled-email": bool(SPELLED_EMAIL.search(t_nfkc)),
            "pinyin": bool(PINYIN.search(t_nfkc)),
            "homophone": any(h in text for h in HOMOPHONES),
        }
        for tech in techs:
            if tech == "euphemism":
                low = t_nfkc.casefold()
                hits = [w for w in OBVIOUS_EN if w in low] + [w for w in OBVIOUS_ZH if w in t_nfkc]
                if hits:
                    bad(rid, "euphemism record contains obvious keywords %r" % hits)
            elif not checks[tech]:
                bad(rid, "no evidence for evasion technique %s" % tech)
        for tech in ("zero-width", "fullwidth", "star-symbols", "cn-numerals", "homophone"):
            if checks[tech] and tech not in techs:
                bad(rid, "contains %s characters but is not tagged %s" % (tech, tech))
        if CONFUSABLE.search(text) and "homoglyph" not in techs:
            bad(rid, "contains Greek/Cyrillic letters but is not tagged homoglyph")
        # phones
        pp, found = phone_problems(text)
        phones_total += len(found)
        for p in pp:
            bad(rid, p)
        # language sanity
        cjk = len(CJK.findall(text))
        words = latin_words(text)
        nonbrand = [w for w in words if w.casefold() not in BRANDS]
        stops = [w for w in words if w.casefold() in EN_STOP]
        if lang == "en":
            if cjk:
                bad(rid, "lang en but contains CJK characters")
            if len(words) < 3:
                bad(rid, "lang en but too few English words")
        elif lang == "zh":
            if cjk < 8:
                bad(rid, "lang zh but only %d CJK characters" % cjk)
            if stops:
                bad(rid, "lang zh but contains English function words %r" % stops)
            if len(nonbrand) > max(2, cjk // 6):
                bad(rid, "lang zh but too much Latin text %r" % nonbrand)
        elif lang == "mixed":
            if cjk < 5:
                bad(rid, "lang mixed but only %d CJK characters" % cjk)
            if len(nonbrand) < 3:
                bad(rid, "lang mixed but fewer than 3 non-brand English words %r" % nonbrand)
        chars = set(text)
        if trad:
            if not chars & TRAD_ONLY:
                bad(rid, "tagged traditional but no traditional-only characters")
            if chars & SIMP_ONLY:
                bad(rid, "tagged traditional but has simplified characters %r" % sorted(chars & SIMP_ONLY))
        elif lang in ("zh", "mixed") and chars & TRAD_ONLY:
            bad(rid, "simplified/mixed text has traditional characters %r" % sorted(chars & TRAD_ONLY))
        # size
        ns = sentences(text)
        if size == "long" and not 5 <= ns <= 12:
            bad(rid, "tagged long but has %d sentences" % ns)
        if size == "short" and (ns > 2 or wlen(text) > 120):
            bad(rid, "tagged short but has %d sentences / weighted length %d" % (ns, wlen(text)))
        if size != "long" and ns >= 5:
            bad(rid, "%d sentences but not tagged long" % ns)
        r["_techs"], r["_kind"], r["_trad"], r["_size"] = techs, kind, trad, size

    # ---- counts ----
    C = collections.Counter
    viol = [r for r in recs if r.get("labels")]
    comp = [r for r in recs if r.get("labels") == []]
    print("records: %d  violating: %d  compliant: %d (near-miss %d, plain %d)" % (
        len(recs), len(viol), len(comp), sum(r.get("_kind") == "near-miss" for r in comp),
        sum(r.get("_kind") == "plain" for r in comp)))
    pl = C(l for r in recs for l in r.get("labels", []))
    print("per label: " + ", ".join("%s %d" % (p, pl[p]) for p in POLICIES))
    print("two-label records: %d" % sum(len(r["labels"]) == 2 for r in viol))
    lg = C(("zh-traditional" if r.get("_trad") else r.get("lang")) for r in recs)
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (k, v, 100.0 * v / len(recs))
                                    for k, v in sorted(lg.items())))
    print("context: " + ", ".join("%s %d" % kv for kv in sorted(C(r["tags"][len(r["labels"])] for r in recs).items())))
    ev = [r for r in recs if r.get("_techs")]
    print("evasions: %d records; " % len(ev) + ", ".join(
        "%s %d" % kv for kv in sorted(C(t for r in ev for t in r["_techs"]).items())))
    print("size: long %d, short %d" % (sum(r.get("_size") == "long" for r in recs),
                                        sum(r.get("_size") == "short" for r in recs)))
    print("phone numbers checked: %d" % phones_total)
    # mix sanity (warn-level targets from the brief, enforced loosely)
    if not 90 <= len(viol) <= 100:
        bad("mix", "violating count %d outside 90-100" % len(viol))
    for p in POLICIES:
        if not 35 <= pl[p] <= 40:
            bad("mix", "%s count %d outside 35-40" % (p, pl[p]))
    if not 24 <= len(ev) <= 30:
        bad("mix", "evasion count %d outside 24-30" % len(ev))

    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
