#!/usr/bin/env python3
"""Validate holdout31.jsonl and print counts. Exit 1 on any problem."""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout31.jsonl")
EXPECTED_N = 160

KEYS = {"id", "text", "labels", "lang", "tags", "note"}
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

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
ZW_RE = re.compile("[" + ZERO_WIDTH + "]")

# Characters used only in Traditional Chinese (their Simplified forms differ), and the reverse.
# Chosen so that no character in one set is a normal character of the other script.
TRAD_ONLY = set(
    "們這個評論價買賣發貨謝請聯繫刪與為時會來對開關點過還讓說話問題給質網碼號電優購寶嬰兒車監視應該帶處親歡煩幫場單運費"
    "郵條壞換隨頁畫線斷顧讀樣體驗滿種傳邊當產訊後裡麼溫納週顆歲長從較啟錢紅禮獲張圖經將於嗎亞馬遜結帳頭壓燈鐘備護醫療"
    "熱壺機舊識認確鍵設連無動態適選擇貼賴轉遞戶務閱讚嚴東內寫專屬員計積賺贈現實參訂達歷紀錄區試預貢門間難雙決續陸總額"
    "頻類際損攝麵順幫喚樂這盡見擾")
SIMP_ONLY = set(
    "们这个评论价买卖发货谢请联删与为时会来对开关点过还让说话问题给质网码号电优购宝婴儿车监视应该带处亲欢烦帮场单运费"
    "邮条坏换随页画线断顾读样体验满种传边当产讯温纳岁长从较启钱红礼获张图经将吗亚马逊结账头压灯钟备护医疗热壶机旧识认"
    "确键设连无动态适选择贴赖转递户务阅赞严东内写专属员计积赚赠现实参订达历纪录区试预贡门间难双决续陆总额频类际损摄顺"
    "乐尽见扰")
assert not (TRAD_ONLY & SIMP_ONLY), TRAD_ONLY & SIMP_ONLY

EN_COMMON = set("""the a an to you your we us our is are be been it its for and of in on with this that
please thanks thank could would will if any there no need only so just from have has
leave review order more let know use code email follow reply message store package delay
coupon clip refund shipped tracking number buyer seller messaging replacement return old one
product page lot much hurts really""".split())

URLISH_RE = re.compile(r"[\w./:%?=&#~+-]*[\w-]\.(?:com|net|org|co)\b[\w./%?=&#~+-]*|@[\w.]+")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
CYR_OR_GREEK_RE = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
FULLWIDTH_ASCII_RE = re.compile(r"[\uff01-\uff5e]")
# Full-width ASCII that is ordinary CJK punctuation and therefore not an evasion on its own.
CJK_PUNCT_FW = set("\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5e")
STAR_RE = re.compile(r"[\u2605\u2606\u2b50\u272a-\u2730]")
CN_NUM_RE = re.compile(r"[壹贰叁肆伍陆柒捌玖貳參陸]|[〇零一二三四五六七八九]{3,}")
SPACING_RE = re.compile(r"(?:\S[ /\-]){4,}\S")
SPACED_CHARS_RE = re.compile(r"(?:(?<!\S)\S(?:[ ]+)){4,}\S(?!\S)")
SPELLED_EMAIL_RE = re.compile(r"\w+\s*[\(\[（]?\s*\bat\b\s*[\)\]）]?\s*[\w-]+\s*[\(\[（]?\s*\bdot\b\s*[\)\]）]?\s*(com|net|org|co)\b",
                              re.I)
PHONE_RE = re.compile(r"(?<![\dA-Za-z-])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})(?![\d-])")
SENT_RE = re.compile(r"[.!?](?=\s|$)|[。！？]+|\n")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm(text):
    t = unicodedata.normalize("NFKC", ZW_RE.sub("", text))
    return re.sub(r"\s+", " ", t).strip().casefold()


def sentences(text):
    parts = [p for p in SENT_RE.split(text) if re.search(r"\w", p)]
    return len(parts)


def main():
    if not os.path.exists(PATH):
        print("missing file: %s" % PATH)
        return 1
    records = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                bad("line %d" % n, "blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                bad("line %d" % n, "invalid JSON: %s" % e)
                continue
            if not isinstance(obj, dict):
                bad("line %d" % n, "not an object")
                continue
            records.append((n, obj))

    if len(records) != EXPECTED_N:
        bad("file", "expected %d records, found %d" % (EXPECTED_N, len(records)))

    seen_norm = {}
    for idx, (n, r) in enumerate(records, 1):
        rid = r.get("id", "line %d" % n)
        if set(r.keys()) != KEYS:
            bad(rid, "keys %s != %s" % (sorted(r.keys()), sorted(KEYS)))
            continue
        if r["id"] != "h31-%03d" % idx:
            bad(rid, "id out of sequence, expected h31-%03d" % idx)
        text, labels, lang, tags, note = r["text"], r["labels"], r["lang"], r["tags"], r["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if not isinstance(note, str) or not note.strip():
            bad(rid, "empty note")
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            bad(rid, "labels must be a list of strings")
            continue
        if not isinstance(tags, list) or not all(isinstance(x, str) for x in tags):
            bad(rid, "tags must be a list of strings")
            continue
        if lang not in LANGS:
            bad(rid, "bad lang %r" % lang)

        # uniqueness
        key = norm(text)
        if key in seen_norm:
            bad(rid, "duplicate text (after NFKC/zero-width stripping) of %s" % seen_norm[key])
        seen_norm[key] = rid

        # labels
        for lab in labels:
            if lab not in SUBTYPES:
                bad(rid, "unknown label %r" % lab)
        if len(set(labels)) != len(labels):
            bad(rid, "duplicate labels")

        # tags
        for t in tags:
            if t not in VOCAB:
                bad(rid, "unknown tag %r" % t)
        if len(set(tags)) != len(tags):
            bad(rid, "duplicate tags")
        k = len(labels)
        head, rest = tags[:k], tags[k:]
        for lab, t in zip(labels, head):
            if lab in SUBTYPES and t not in SUBTYPES[lab]:
                bad(rid, "tag %r is not a subtype of %s" % (t, lab))
        if len(head) < k:
            bad(rid, "missing subtype tags")
        if any(t in ALL_SUBTYPES for t in rest):
            bad(rid, "extra subtype tag after the label subtypes: %s" % [t for t in rest if t in ALL_SUBTYPES])
        ctx = [t for t in tags if t in CONTEXTS]
        if len(ctx) != 1:
            bad(rid, "needs exactly one context tag, has %s" % ctx)
        if rest and rest[0] not in CONTEXTS:
            bad(rid, "context tag must follow the subtype tags")

        techs = [t for t in tags if t in TECHNIQUES]
        if "evasion" in tags:
            if not labels:
                bad(rid, "evasion record without labels")
            if not techs:
                bad(rid, "evasion without technique tag")
        elif techs:
            bad(rid, "technique tag without evasion")
        cls = [t for t in tags if t in ("near-miss", "plain")]
        if labels and cls:
            bad(rid, "labelled record tagged %s" % cls)
        if not labels and len(cls) != 1:
            bad(rid, "compliant record needs exactly one of near-miss/plain")
        if "long" in tags and "short" in tags:
            bad(rid, "both long and short")

        # technique evidence, both ways
        nzw = bool(ZW_RE.search(text))
        if ("zero-width" in techs) != nzw:
            bad(rid, "zero-width tag/characters mismatch")
        fw = any(c for c in FULLWIDTH_ASCII_RE.findall(text) if c not in CJK_PUNCT_FW)
        if ("fullwidth" in techs) != fw:
            bad(rid, "fullwidth tag/characters mismatch")
        hg = bool(CYR_OR_GREEK_RE.search(text))
        if ("homoglyph" in techs) != hg:
            bad(rid, "homoglyph tag/characters mismatch")
        st = bool(STAR_RE.search(text))
        if ("star-symbols" in techs) != st:
            bad(rid, "star-symbols tag/characters mismatch")
        if "cn-numerals" in techs and not CN_NUM_RE.search(text):
            bad(rid, "cn-numerals tag but no Chinese numerals")
        if "spacing" in techs and not (SPACED_CHARS_RE.search(text) or SPACING_RE.search(text)):
            bad(rid, "spacing tag but no spaced-out characters")
        if "spelled-email" in techs and not SPELLED_EMAIL_RE.search(text):
            bad(rid, "spelled-email tag but no at/dot pattern")
        if "leetspeak" in techs and not re.search(r"[A-Za-z]+[0-9]+[A-Za-z]*[0-9]*[A-Za-z]", text):
            bad(rid, "leetspeak tag but no digit-in-word")

        # phone numbers must be in the 555 range
        for m in PHONE_RE.finditer(unicodedata.normalize("NFKC", ZW_RE.sub("", text))):
            if m.group(2) != "555":
                bad(rid, "phone-like number outside 555 range: %s" % m.group(0))

        # length tags
        ns = sentences(text)
        min_long = 90 if lang == "zh" else 150
        if "long" in tags and not (5 <= ns <= 12 and len(text) >= min_long):
            bad(rid, "long tag but %d sentences / %d chars" % (ns, len(text)))
        if "short" in tags and not (ns <= 3 and len(text) <= 100):
            bad(rid, "short tag but %d sentences / %d chars" % (ns, len(text)))

        # language sanity
        folded = unicodedata.normalize("NFKC", ZW_RE.sub("", text))
        cjk = len(CJK_RE.findall(folded))
        prose = URLISH_RE.sub(" ", folded)  # links, e-mails and handles are not prose
        words = [w.lower() for w in LATIN_WORD_RE.findall(prose)]
        common = sum(1 for w in words if w in EN_COMMON)
        if lang == "en":
            if cjk:
                bad(rid, "lang en but %d CJK characters" % cjk)
            if common < 1:
                bad(rid, "lang en but only %d common English words" % common)
        elif lang == "zh":
            if cjk < 10:
                bad(rid, "lang zh but only %d CJK characters" % cjk)
            if common > 1:
                bad(rid, "lang zh but %d common English words (mixed?)" % common)
        elif lang == "mixed":
            if cjk < 4 or common < 2:
                bad(rid, "lang mixed needs CJK and English (cjk=%d, english=%d)" % (cjk, common))
        has_trad = any(c in TRAD_ONLY for c in text)
        has_simp = any(c in SIMP_ONLY for c in text)
        if ("traditional" in tags) != has_trad:
            bad(rid, "traditional tag=%s but Traditional-only characters=%s %s" % (
                "traditional" in tags, has_trad, "".join(sorted({c for c in text if c in TRAD_ONLY}))))
        if "traditional" in tags:
            if lang not in ("zh", "mixed"):
                bad(rid, "traditional tag on lang %s" % lang)
            if has_simp:
                bad(rid, "traditional text contains Simplified-only characters: %s" %
                    "".join(sorted({c for c in text if c in SIMP_ONLY})))

    # ---- counts ----
    recs = [r for _, r in records if set(r.keys()) == KEYS]
    lab_c = collections.Counter(l for r in recs for l in r["labels"])
    lang_c = collections.Counter(r["lang"] + ("/traditional" if "traditional" in r["tags"] else "") for r in recs)
    tag_c = collections.Counter(t for r in recs for t in r["tags"])
    nviol = sum(1 for r in recs if r["labels"])
    multi = sum(1 for r in recs if len(r["labels"]) > 1)
    ev = sum(1 for r in recs if "evasion" in r["tags"])
    missing_tech = TECHNIQUES - set(tag_c)
    if missing_tech:
        bad("set", "techniques never used: %s" % sorted(missing_tech))
    for lab in SUBTYPES:
        if lab_c[lab] == 0:
            bad("set", "label never used: %s" % lab)
    for ctx in CONTEXTS:
        if tag_c[ctx] == 0:
            bad("set", "context never used: %s" % ctx)

    print("records: %d  violations: %d  (two labels: %d)  compliant: %d" % (len(recs), nviol, multi, len(recs) - nviol))
    print("labels:", dict(sorted(lab_c.items())))
    print("lang:", dict(sorted(lang_c.items())))
    print("evasions: %d  near-miss: %d  plain: %d" % (ev, tag_c["near-miss"], tag_c["plain"]))
    print("context: reply=%d proactive=%d  long=%d short=%d traditional=%d" % (
        tag_c["reply"], tag_c["proactive"], tag_c["long"], tag_c["short"], tag_c["traditional"]))
    print("techniques:", {t: tag_c[t] for t in sorted(TECHNIQUES)})
    for lab in SUBTYPES:
        print("subtypes %s:" % lab, {t: tag_c[t] for t in sorted(SUBTYPES[lab]) if tag_c[t]})
    by_lang_label = collections.Counter((r["lang"] + ("/trad" if "traditional" in r["tags"] else ""), l)
                                        for r in recs for l in (r["labels"] or ["(compliant)"]))
    print("label x lang:", dict(sorted(by_lang_label.items())))

    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
