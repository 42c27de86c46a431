#!/usr/bin/env python3
"""Validate holdout29.jsonl and print counts.  Exit 1 on any problem.

Usage: python3 validate.py [PATH] [--markdown]
"""
import collections
import json
import os
import re
import sys
import unicodedata

EXPECTED = 160
KEYS = ["id", "text", "labels", "lang", "tags", "note"]
LABELS = ["review-inducement", "off-platform-contact", "marketing"]
LANGS = ["en", "zh", "mixed", "other"]

SUBTYPES = {
    "review-inducement": ["positive-review-request", "incentive", "change-review",
                          "feedback-removal", "gating", "steering"],
    "off-platform-contact": ["url", "email", "phone", "messaging-app", "social",
                             "website", "qr", "payment"],
    "marketing": ["coupon", "discount", "new-product", "cross-sell",
                  "storefront-link", "buy-again", "promotion", "loyalty",
                  "referral"],
}
SUBTYPE_OF = {t: lab for lab, ts in SUBTYPES.items() for t in ts}
CONTEXTS = ["reply", "proactive"]
TECHNIQUES = ["spacing", "fullwidth", "zero-width", "leetspeak", "spelled-email",
              "cn-numerals", "homophone", "pinyin", "euphemism", "star-symbols",
              "homoglyph"]
OTHER_TAGS = ["evasion", "near-miss", "plain", "traditional", "long", "short"]
ALL_TAGS = set(SUBTYPE_OF) | set(CONTEXTS) | set(TECHNIQUES) | set(OTHER_TAGS)

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
FULLWIDTH = re.compile(r"[\uff01-\uff5e]")
CONFUSABLE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # Greek, Cyrillic
STARS = re.compile(r"[\u2605\u2606\u2b50]")
CN_DIGITS = "〇零一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖"
CN_NUM_RUN = re.compile("[" + CN_DIGITS + r"\s\-－]{7,}")

# Common English words: used to tell en / mixed / zh apart.
EN_WORDS = set("""
a an the and or but if so to of in on at for from with by about as is are was
were be been it its this that these those you your yours we our us i me my he
she they them their please thanks thank hi hello just here there have has had
do does did can could would will should may might not no yes all any some one
more most new like love order review reviews strings steps follow go out first
tomorrow today moment normal read either side lot let know what when how
full refund price early setup video replacement shipped ship capo tuner amp
ukulele strap store shop message messages reply thanks
""".split())

# Fallback Traditional-only characters, used when OpenCC is not installed.
TRAD_FALLBACK = set(
    "們這個來說請謝評價論現聯繫單訂經達滿懇給對則頁刪麻煩處關於颱風響將麗烏預計晚兩"
    "見諒頸細紋損傷慮讓看張拍問題歡迎會時覆盡將寄處詢寬購買贈撥優惠顧顯運轉專線撥碼"
    "結帳無發放折應該陣後歡亞遜實驗參貳為親電變彈簧斷過需內側裡備節拍"
)
# Characters that OpenCC's s2t changes although they are normal in Traditional text.
TRAD_OK = set("后里台干只面系范松才几云制准余冲谷丑表向回周志板采布家占咸了着夸据借卷折朴")


def load_opencc():
    try:
        from opencc import OpenCC  # opencc-python-reimplemented or opencc
    except Exception:
        return None, None
    try:
        return OpenCC("t2s"), OpenCC("s2t")
    except Exception:
        try:
            return OpenCC("t2s.json"), OpenCC("s2t.json")
        except Exception:
            return None, None


T2S, S2T = load_opencc()


def trad_only_chars(text):
    out = []
    for c in set(HAN.findall(text)):
        if T2S is not None:
            if T2S.convert(c) != c:
                out.append(c)
        elif c in TRAD_FALLBACK:
            out.append(c)
    return sorted(out)


def simp_only_chars(text):
    if S2T is None:
        return []
    return sorted(c for c in set(HAN.findall(text))
                  if c not in TRAD_OK and S2T.convert(c) != c
                  and T2S.convert(c) == c)


def norm_key(text):
    t = unicodedata.normalize("NFKC", text)
    t = "".join(ch for ch in t if ch not in ZERO_WIDTH)
    t = t.casefold()
    return re.sub(r"\s+", " ", t).strip()


def sentences(text):
    parts = re.split(r"(?<=[.!?])\s+|[\u3002\uff01\uff1f!?]+|\n+", text)
    return [p for p in parts if len(re.findall(r"\w", p)) >= 3]


def en_hits(text):
    return sum(1 for w in re.findall(r"[A-Za-z]+", text) if w.lower() in EN_WORDS)


def main(argv):
    md = "--markdown" in argv
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             "holdout29.jsonl")
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                bad("line %d" % n, "blank line")
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                bad("line %d" % n, "invalid JSON: %s" % e)
                continue
            if not isinstance(obj, dict):
                bad("line %d" % n, "not a JSON object")
                continue
            recs.append(obj)

    if len(recs) != EXPECTED:
        bad("file", "expected %d records, found %d" % (EXPECTED, len(recs)))

    seen_keys = {}
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "record %d" % i)
        if list(r.keys()) != KEYS:
            bad(rid, "keys %s, expected exactly %s in that order" % (list(r.keys()), KEYS))
            if set(r.keys()) != set(KEYS):
                continue
        if rid != "h29-%03d" % i:
            bad(rid, "id out of sequence, expected h29-%03d" % i)
        text, labels, lang, tags, note = (r["text"], r["labels"], r["lang"],
                                          r["tags"], r["note"])
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if text != text.strip():
            bad(rid, "leading/trailing whitespace")
        if not isinstance(note, str) or not note.strip():
            bad(rid, "empty note")
        k = norm_key(text)
        if k in seen_keys:
            bad(rid, "duplicate text (after NFKC/zero-width strip) of %s" % seen_keys[k])
        seen_keys[k] = rid

        # labels
        if not isinstance(labels, list) or any(l not in LABELS for l in labels):
            bad(rid, "bad labels %r" % (labels,))
            continue
        if len(set(labels)) != len(labels):
            bad(rid, "duplicate labels")
        if lang not in LANGS:
            bad(rid, "bad lang %r" % lang)

        # tags
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            bad(rid, "tags must be a list of strings")
            continue
        unknown = [t for t in tags if t not in ALL_TAGS]
        if unknown:
            bad(rid, "unknown tags %s" % unknown)
        if len(set(tags)) != len(tags):
            bad(rid, "duplicate tags")
        sub = [t for t in tags if t in SUBTYPE_OF]
        if tags[:len(sub)] != sub:
            bad(rid, "subtype tags must come first")
        for lab in labels:
            if not any(SUBTYPE_OF[t] == lab for t in sub):
                bad(rid, "label %s has no subtype tag" % lab)
        for t in sub:
            if SUBTYPE_OF[t] not in labels:
                bad(rid, "subtype tag %s but label %s missing" % (t, SUBTYPE_OF[t]))
        ctx = [t for t in tags if t in CONTEXTS]
        if len(ctx) != 1:
            bad(rid, "needs exactly one context tag, has %s" % ctx)
        elif tags[len(sub)] != ctx[0]:
            bad(rid, "context tag must follow the subtype tags")
        tech = [t for t in tags if t in TECHNIQUES]
        if "evasion" in tags:
            if not labels:
                bad(rid, "evasion record without a label")
            if not tech:
                bad(rid, "evasion record without a technique tag")
        elif tech:
            bad(rid, "technique tag %s without evasion" % tech)
        nm, pl = "near-miss" in tags, "plain" in tags
        if nm and pl:
            bad(rid, "both near-miss and plain")
        if labels and (nm or pl):
            bad(rid, "labelled record tagged near-miss/plain")
        if not labels and not (nm or pl):
            bad(rid, "compliant record needs near-miss or plain")
        if not labels and "evasion" in tags:
            bad(rid, "compliant record tagged evasion")

        # technique sanity
        has_zw = any(ch in text for ch in ZERO_WIDTH)
        if ("zero-width" in tags) != has_zw:
            bad(rid, "zero-width tag and zero-width characters disagree")
        has_conf = bool(CONFUSABLE.search(text))
        if ("homoglyph" in tags) != has_conf:
            bad(rid, "homoglyph tag and Cyrillic/Greek letters disagree")
        if "fullwidth" in tags and not FULLWIDTH.search(text):
            bad(rid, "fullwidth tag without full-width characters")
        if "star-symbols" in tags and not STARS.search(text):
            bad(rid, "star-symbols tag without star symbols")
        if "cn-numerals" in tags and not CN_NUM_RUN.search(text):
            bad(rid, "cn-numerals tag without a run of Chinese numerals")
        if "leetspeak" in tags and not re.search(r"[A-Za-z][0-9][A-Za-z]|\b[0-9][a-z]{2,}", text):
            bad(rid, "leetspeak tag without digit-for-letter words")
        if "spelled-email" in tags and not re.search(r"\bat\b.*\bdot\b|艾特|\(at\)|\[at\]", text):
            bad(rid, "spelled-email tag without a spelled-out address")
        if "spacing" in tags and not re.search(r"(\w[\s/|\-\u00b7.]{1,3}){3,}\w", text):
            bad(rid, "spacing tag without spaced-out letters")
        if "@" in text and "email" not in tags and "social" not in tags:
            bad(rid, "'@' in text but neither email nor social tag")

        # language sanity
        han = len(HAN.findall(text))
        hits = en_hits(text)
        if lang == "en":
            if han:
                bad(rid, "lang en but contains Han characters")
            if hits < 3:
                bad(rid, "lang en but few English words")
        elif lang == "zh":
            if han < 8:
                bad(rid, "lang zh but only %d Han characters" % han)
            if hits > 1:
                bad(rid, "lang zh but %d common English words (mixed?)" % hits)
        elif lang == "mixed":
            if han < 4 or hits < 2:
                bad(rid, "lang mixed needs Han and English (han=%d, en=%d)" % (han, hits))
        trad = trad_only_chars(text)
        if "traditional" in tags:
            if not trad:
                bad(rid, "tagged traditional but no Traditional-only characters")
            if lang not in ("zh", "mixed"):
                bad(rid, "traditional tag on lang %s" % lang)
            simp = simp_only_chars(text)
            if simp:
                bad(rid, "traditional text contains Simplified-only characters %s" % simp)
        elif trad:
            bad(rid, "Traditional-only characters %s but no traditional tag" % trad)

        # length tags: the same rule as build.py's size_tags()
        ns = len(sentences(text))
        size = len(text) + han
        want_long = ns >= 5
        want_short = not want_long and size <= 60 and ns <= 2
        if ("long" in tags) != want_long:
            bad(rid, "long tag disagrees with %d sentence units" % ns)
        if want_long and ns > 12:
            bad(rid, "long message has %d sentence units (over 12)" % ns)
        if ("short" in tags) != want_short:
            bad(rid, "short tag disagrees with size %d / %d sentence units" % (size, ns))

    # coverage
    all_tags = collections.Counter(t for r in recs for t in r.get("tags", []))
    for t in TECHNIQUES:
        if not all_tags[t]:
            bad("file", "technique %s never used" % t)
    for t in CONTEXTS:
        if not all_tags[t]:
            bad("file", "context %s never used" % t)

    # counts
    lab = collections.Counter(l for r in recs for l in r.get("labels", []))
    lng = collections.Counter(r.get("lang") for r in recs)
    nlab = collections.Counter(len(r.get("labels", [])) for r in recs)
    trad_n = all_tags["traditional"]
    print("records: %d" % len(recs))
    print("violating records: %d (one label %d, two %d, three %d); compliant: %d"
          % (len(recs) - nlab[0], nlab[1], nlab[2], nlab[3], nlab[0]))
    print("labels: " + ", ".join("%s %d" % (l, lab[l]) for l in LABELS))
    print("lang: " + ", ".join("%s %d" % (l, lng[l]) for l in LANGS)
          + " (zh of which traditional: %d)" % trad_n)
    groups = [("subtype", list(SUBTYPE_OF)), ("context", CONTEXTS),
              ("technique", TECHNIQUES), ("other", OTHER_TAGS)]
    for name, ts in groups:
        print("%s tags: " % name + ", ".join("%s %d" % (t, all_tags[t]) for t in ts))
    if md:
        print()
        print("| label | records |\n|---|---|")
        for l in LABELS:
            print("| %s | %d |" % (l, lab[l]))
        print("\n| lang | records |\n|---|---|")
        for l in LANGS:
            print("| %s | %d |" % (l, lng[l]))
        print("| (zh tagged traditional) | %d |" % trad_n)
        print("\n| tag | records |\n|---|---|")
        for name, ts in groups:
            for t in ts:
                print("| %s | %d |" % (t, all_tags[t]))
    if T2S is None:
        print("note: OpenCC not installed; used the built-in Traditional character list")
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
