#!/usr/bin/env python3
"""Validate holdout30.jsonl and print counts. Exit 1 on any problem.

Usage: python3 validate.py [path/to/holdout30.jsonl]
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

N_EXPECTED = 160
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
LABELS = ["review-inducement", "off-platform-contact", "marketing"]
LANGS = {"en", "zh", "mixed", "other"}

SUBTYPES = {
    "review-inducement": {"positive-review-request", "incentive", "change-review",
                          "feedback-removal", "gating", "steering"},
    "off-platform-contact": {"url", "email", "phone", "messaging-app", "social", "website",
                             "qr", "payment", "diversion"},
    "marketing": {"coupon", "discount", "new-product", "cross-sell", "storefront-link",
                  "buy-again", "promotion", "loyalty", "referral"},
}
ALL_SUBTYPES = set().union(*SUBTYPES.values())
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = {"spacing", "fullwidth", "zero-width", "leetspeak", "spelled-email", "cn-numerals",
              "homophone", "pinyin", "euphemism", "star-symbols", "homoglyph"}
OTHER_TAGS = {"evasion", "near-miss", "plain", "traditional", "long", "short"}
VOCAB = ALL_SUBTYPES | CONTEXTS | TECHNIQUES | OTHER_TAGS

ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
FW_ALNUM_RE = re.compile(r"[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
CONFUSABLE_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
STAR_RE = re.compile(r"[\u2605\u2606\u2729\u272a\u2b50]")
CN_NUM_RE = re.compile(r"(?:[零〇一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]\s*){6,}")
SPACING_RE = re.compile(r"(?<!\S)(?:\S\s){3,}\S(?!\S)")
LEET_RE = re.compile(r"[A-Za-z][0-9][A-Za-z]|(?<![A-Za-z0-9])[0-9][A-Za-z]{3,}[0-9]")
SPELLED_EMAIL_RE = re.compile(r"\b\w+\s*[\(\[]?\s*at\s*[\)\]]?\s*[\w-]+\s*[\(\[]?\s*dot\s*[\)\]]?\s*(?:com|net|org|cn)\b",
                              re.I)
HOMOPHONES = ["薇信", "威信", "V信", "好平", "加賴", "加赖", "郝评"]
PINYIN = ["haoping", "fanxian", "weixin", "jia wo", "vx", "wx"]
REVIEW_WORDS_RE = re.compile(r"review|rating|feedback|star|评|評|星", re.I)
# Words a naive keyword list would trip on; every near-miss must contain at least one.
NAIVE_TRIGGERS = re.compile(
    r"review|feedback|rating|star|refund|free|no cost|no charge|coupon|discount|new\b|"
    r"remove|delete|change|cancel|contact|phone|call|whatsapp|telegram|app\b|email|"
    r"\d{3}-\d{3,7}-\d{4,7}|\d{12,}|1Z|TBA|"
    r"评|評|退款|免费|免費|费用|优惠|删除|修改|取消|电话|微信|联系|审核|審核|反馈|回饋|补寄|補寄|补发|单号|號碼|型号|机油",
    re.I)
US_PHONE_RE = re.compile(r"(?<![\d-])(?:\+?1[ .-]?)?\(?(\d{3})\)?[ .-](\d{3})[ .-](\d{4})(?![\d-])")
EN_TOKEN_RE = re.compile(r"[A-Za-z]+")
PINYIN_WORDS = {"jia", "wo", "vx", "wx", "haoping", "fanxian", "weixin"}
TRAD_OK_IN_SIMPLIFIED = set()   # characters that t2s changes but are acceptable in simplified text
SIMPL_OK_IN_TRAD = set("台里着才只面干系准余于么几松周冲范游云")

try:
    import opencc  # opencc-python-reimplemented
    _T2S = opencc.OpenCC("t2s")
    _S2T = opencc.OpenCC("s2t")

    def trad_only_chars(text):
        return [c for c in text if CJK_RE.match(c) and _T2S.convert(c) != c
                and c not in TRAD_OK_IN_SIMPLIFIED]

    def simpl_only_chars(text):
        return [c for c in text if CJK_RE.match(c) and _S2T.convert(c) != c
                and _T2S.convert(c) == c and c not in SIMPL_OK_IN_TRAD]
    TRAD_METHOD = "opencc"
except ImportError:  # fallback: in Big5 but not in GB2312 => Traditional-only
    def _enc(c, codec):
        try:
            c.encode(codec)
            return True
        except UnicodeEncodeError:
            return False

    def trad_only_chars(text):
        return [c for c in text if CJK_RE.match(c) and _enc(c, "big5") and not _enc(c, "gb2312")]

    def simpl_only_chars(text):
        return [c for c in text if CJK_RE.match(c) and _enc(c, "gb2312") and not _enc(c, "big5")
                and c not in SIMPL_OK_IN_TRAD]
    TRAD_METHOD = "big5/gb2312"


def norm_for_dup(text):
    t = unicodedata.normalize("NFKC", text)
    t = "".join(c for c in t if c not in ZERO_WIDTH and unicodedata.category(c) != "Cf")
    t = t.casefold()
    t = re.sub(r"\s+", " ", t).strip()
    return t


def english_words(text):
    t = unicodedata.normalize("NFKC", text)
    # drop URL / e-mail / handle / id-like tokens
    t = re.sub(r"\S*[./@_:]\S*|\S*\d\S*", " ", t)
    words = []
    for w in EN_TOKEN_RE.findall(t):
        if len(w) < 2 or w.lower() in PINYIN_WORDS:
            continue
        if w.isupper() or (w[0].isupper() and any(ch.isupper() for ch in w[1:])):
            continue  # acronyms (UPS, LINE) and CamelCase brand names
        words.append(w)
    return words


def sentence_units(text):
    parts = re.split(r"(?<=[.!?。！？；;])\s*|\n+", text)
    return [p for p in parts if re.search(r"[A-Za-z\u4e00-\u9fff]", p)]


def short_limit(lang):
    return {"en": 70, "zh": 24, "mixed": 40}.get(lang, 70)


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("holdout30.jsonl")
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    records = []
    with path.open(encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                bad("line %d" % ln, "blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                bad("line %d" % ln, "invalid JSON: %s" % e)
                continue
            if not isinstance(obj, dict):
                bad("line %d" % ln, "not a JSON object")
                continue
            records.append((ln, obj))

    if len(records) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(records)))

    seen_norm = {}
    for idx, (ln, r) in enumerate(records, 1):
        rid = r.get("id", "line %d" % ln)
        if set(r.keys()) != KEYS:
            bad(rid, "keys %s != %s" % (sorted(r.keys()), sorted(KEYS)))
            continue
        if r["id"] != "h30-%03d" % idx:
            bad(rid, "id out of sequence, expected h30-%03d" % idx)
        text, labels, lang, tags, note = r["text"], r["labels"], r["lang"], r["tags"], r["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty or non-string text")
            continue
        if not isinstance(note, str) or not note.strip():
            bad(rid, "empty or non-string note")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            bad(rid, "labels must be a list of strings")
            continue
        if not isinstance(tags, list) or not all(isinstance(x, str) for x in tags):
            bad(rid, "tags must be a list of strings")
            continue

        # uniqueness after normalisation
        key = norm_for_dup(text)
        if key in seen_norm:
            bad(rid, "duplicate text (after NFKC/zero-width stripping) of %s" % seen_norm[key])
        seen_norm[key] = rid

        # labels
        for l in labels:
            if l not in LABELS:
                bad(rid, "unknown label %r" % l)
        if len(set(labels)) != len(labels):
            bad(rid, "duplicate labels")
        if [l for l in LABELS if l in labels] != labels:
            bad(rid, "labels not in canonical order %s" % LABELS)
        if lang not in LANGS:
            bad(rid, "bad lang %r" % lang)

        # tags: vocabulary, duplicates, subtype prefix, context
        for t in tags:
            if t not in VOCAB:
                bad(rid, "unknown tag %r" % t)
        if len(set(tags)) != len(tags):
            bad(rid, "duplicate tags")
        n = len(labels)
        head = tags[:n]
        if len(head) < n:
            bad(rid, "fewer tags than labels")
        for l, t in zip(labels, head):
            if t not in SUBTYPES.get(l, set()):
                bad(rid, "tag %r is not a subtype of label %r" % (t, l))
        if any(t in ALL_SUBTYPES for t in tags[n:]):
            bad(rid, "subtype tag outside the label-aligned prefix: %s" % tags)
        ctx = [t for t in tags if t in CONTEXTS]
        if len(ctx) != 1:
            bad(rid, "needs exactly one context tag, has %s" % ctx)
        elif len(tags) <= n or tags[n] not in CONTEXTS:
            bad(rid, "context tag must follow the subtype tags")

        tset = set(tags)
        techs = tset & TECHNIQUES
        if "evasion" in tset:
            if len(techs) != 1:
                bad(rid, "evasion needs exactly one technique tag, has %s" % sorted(techs))
            if not labels:
                bad(rid, "evasion record must carry a label")
        elif techs:
            bad(rid, "technique tag without 'evasion'")
        if "near-miss" in tset and "plain" in tset:
            bad(rid, "both near-miss and plain")
        if labels and ({"near-miss", "plain"} & tset):
            bad(rid, "labelled record tagged near-miss/plain")
        if not labels and not ({"near-miss", "plain"} & tset):
            bad(rid, "unlabelled record must be near-miss or plain")

        # technique sanity (positive and negative)
        has_zw = any(c in ZERO_WIDTH for c in text)
        has_conf = bool(CONFUSABLE_RE.search(text))
        has_fw = bool(FW_ALNUM_RE.search(text))
        if has_zw != ("zero-width" in tset):
            bad(rid, "zero-width characters present=%s but tag=%s" % (has_zw, "zero-width" in tset))
        if has_conf != ("homoglyph" in tset):
            bad(rid, "Cyrillic/Greek look-alikes present=%s but tag=%s" % (has_conf, "homoglyph" in tset))
        if has_fw != ("fullwidth" in tset):
            bad(rid, "full-width Latin/digits present=%s but tag=%s" % (has_fw, "fullwidth" in tset))
        if "star-symbols" in tset and not STAR_RE.search(text):
            bad(rid, "star-symbols tag but no star symbol")
        if STAR_RE.search(text) and "star-symbols" not in tset:
            bad(rid, "star symbol without star-symbols tag")
        if "cn-numerals" in tset and not CN_NUM_RE.search(text):
            bad(rid, "cn-numerals tag but no run of Chinese numerals")
        if "spacing" in tset and not SPACING_RE.search(text):
            bad(rid, "spacing tag but no letter-spaced run")
        if "leetspeak" in tset and not LEET_RE.search(text):
            bad(rid, "leetspeak tag but no digit-for-letter token")
        if "spelled-email" in tset and not SPELLED_EMAIL_RE.search(text):
            bad(rid, "spelled-email tag but no 'x at y dot com' pattern")
        if "homophone" in tset and not any(h in text for h in HOMOPHONES):
            bad(rid, "homophone tag but no known homophone")
        if "pinyin" in tset and not any(re.search(r"(?<![A-Za-z])%s(?![A-Za-z])" % p, text, re.I)
                                        for p in PINYIN):
            bad(rid, "pinyin tag but no known pinyin token")
        if ("euphemism" in tset and "review-inducement" in labels
                and REVIEW_WORDS_RE.search(unicodedata.normalize("NFKC", text))):
            bad(rid, "euphemism review record still uses an explicit review word")

        # language sanity
        cjk = len(CJK_RE.findall(text))
        enw = english_words(text)
        if lang == "en":
            if cjk:
                bad(rid, "lang en but %d CJK characters" % cjk)
            if len(enw) < 3:
                bad(rid, "lang en but only %d English words" % len(enw))
        elif lang == "zh":
            if cjk < 8:
                bad(rid, "lang zh but only %d CJK characters" % cjk)
            if len(enw) > 2:
                bad(rid, "lang zh but English words %s (should be mixed?)" % enw)
        elif lang == "mixed":
            if cjk < 4 or len(enw) < 3:
                bad(rid, "lang mixed needs CJK (%d) and >=3 English words (%s)" % (cjk, enw))
        trad = trad_only_chars(text)
        if bool(trad) != ("traditional" in tset):
            bad(rid, "traditional tag=%s but Traditional-only chars %s" % ("traditional" in tset,
                                                                            "".join(trad)))
        if "traditional" in tset:
            if lang not in ("zh", "mixed"):
                bad(rid, "traditional but lang %s" % lang)
            simp = simpl_only_chars(text)
            if simp:
                bad(rid, "traditional text contains Simplified-only chars %s" % "".join(simp))

        # length tags
        units = sentence_units(text)
        if "long" in tset and not (5 <= len(units) <= 12):
            bad(rid, "long but %d sentence units" % len(units))
        if "long" in tset and "short" in tset:
            bad(rid, "both long and short")
        is_short = len(unicodedata.normalize("NFKC", text)) <= short_limit(lang)
        if is_short != ("short" in tset):
            bad(rid, "short tag=%s but length %d (limit %d)" % ("short" in tset, len(text),
                                                                 short_limit(lang)))

        # near-miss must share a word with the violations
        if "near-miss" in tset and not NAIVE_TRIGGERS.search(unicodedata.normalize("NFKC", text)):
            bad(rid, "near-miss without any naive trigger word")

        # invented phone numbers only (US 555 range)
        for m in US_PHONE_RE.finditer(unicodedata.normalize("NFKC", text)):
            if m.group(2) != "555":
                bad(rid, "phone-like number outside the 555 range: %s" % m.group(0))

    # ---- counts ----
    recs = [r for _, r in records if set(r.keys()) == KEYS]
    lab = Counter(l for r in recs for l in r["labels"])
    combos = Counter("+".join(r["labels"]) or "(compliant)" for r in recs)
    langs = Counter(r["lang"] for r in recs)
    tagc = Counter(t for r in recs for t in r["tags"])
    trad_n = sum("traditional" in r["tags"] for r in recs)
    viol = sum(bool(r["labels"]) for r in recs)

    print("file: %s  records: %d  (Traditional check: %s)" % (path, len(recs), TRAD_METHOD))
    print("violating records: %d   compliant: %d" % (viol, len(recs) - viol))
    print("labels:", dict(lab))
    print("label combinations:", dict(sorted(combos.items())))
    print("lang:", dict(langs), " of which traditional:", trad_n)
    print("lang x violating:", dict(Counter((r["lang"] + ("/trad" if "traditional" in r["tags"] else ""),
                                            bool(r["labels"])) for r in recs)))
    print("context:", {c: tagc[c] for c in sorted(CONTEXTS)})
    print("evasion:", tagc["evasion"], {t: tagc[t] for t in sorted(TECHNIQUES)})
    print("near-miss:", tagc["near-miss"], " plain:", tagc["plain"],
          " long:", tagc["long"], " short:", tagc["short"])
    print("subtypes:", {t: tagc[t] for t in sorted(ALL_SUBTYPES) if tagc[t]})
    missing_tech = [t for t in TECHNIQUES if not tagc[t]]
    if missing_tech:
        problems.append("file: techniques never used: %s" % missing_tech)

    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
