#!/usr/bin/env python3
"""Self-check for holdout44.jsonl.  Prints counts; exits 1 if anything is wrong.

Usage: python3 validate.py [PATH]

This file is written by gen.py; edit it there.

Checks
  * 160 records, exact key set, ids h44-001..h44-160 in sequence and unique;
  * texts unique after NFKC, zero-width stripping, casefolding and whitespace collapse;
  * labels only from the three content policies, no duplicates, canonical order;
  * lang is en, zh or mixed; `traditional` only on zh;
  * tag grammar: one subtype per label (in label order), one context tag, then either
    `evasion` + technique tags (violations only), or `near-miss` + one kind tag,
    or `plain` (compliant only), then optionally `traditional`;
  * evidence in the text for every technique tag, and no untagged artefacts of the
    machine-detectable techniques;
  * every phone-like number (also in Chinese numerals, full-width, split by spaces or
    zero-width characters) is a fictional 555-01xx number; order ids, tracking
    numbers and ASINs are removed first; long digit runs must be listed ids;
  * e-mail addresses (also spelled-out or full-width ones) and domains on an allowlist;
  * language sanity for en / zh Simplified / zh Traditional / mixed;
  * notes are one English sentence ending in a full stop;
  * the mix stays inside the ranges the brief asked for.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout44.jsonl")
N_EXPECTED = 160
ID_FMT = "h44-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "rating-request", "gating", "praise-to-review",
                          "steering", "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "social", "email", "phone", "url", "payment",
                             "website", "qr", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "giveaway", "new-product", "cross-sell",
                  "buy-again", "storefront-link", "bundle", "referral", "loyalty",
                  "subscription", "restock", "vip-group", "newsletter"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = ["homophone", "nickname", "char-split", "spacing", "symbol-insert", "pinyin",
              "script-mix", "fullwidth", "homoglyph", "zero-width", "cn-numerals",
              "spaced-digits", "spelled-email", "leetspeak"]
NEAR_MISS_KINDS = {"substring", "innocent-homophone", "neutral-review-request",
                   "review-thanks", "feedback-neutral-notice", "reviewer-outreach",
                   "amazon-review-email", "free-remedy", "carrier-phone", "feature-im",
                   "amazon-return", "coupon-explanation", "payment-negation", "at-dot",
                   "app-update", "logistics-verbs", "order-numbers", "restock-answer",
                   "spec-words", "product-words"}

# ---- character classes -------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
SYM = "[\u2600-\u27bf\u2b50\u2b55\U0001f000-\U0001faff]"
SYMBOL_INSERT = re.compile("[\u4e00-\u9fffA-Za-z]%s+[\u4e00-\u9fffA-Za-z\uff1a:]" % SYM)
SPACED_LATIN = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ \-_.\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK = re.compile("[\u4e00-\u9fff](?:(?:\\s+|\\s*[-\u00b7/|_.]\\s*)[\u4e00-\u9fff])+")
SPACED_DIGITS = re.compile(r"(?<!\d)(?:\d[ ._\u00b7/]){5,}\d(?!\d)")
CN_DIGITS = "零〇一二三四五六七八九幺两兩"
CN_VALUE = "00123456789122"
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:[\\s\\-]*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
SPELLED_EMAIL = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|link)(?![A-Za-z])", re.I)
PINYIN = re.compile(r"(?<![A-Za-z0-9])(?:hp|fx|wx|vx|yh|haoping|fanxian|weixin)(?![A-Za-z0-9])"
                    r"|v信|[+\uff0b]\s*v(?![A-Za-z])", re.I)
HOMOPHONES = ("好平", "薇信", "威信", "徽信", "加薇", "扣扣", "斗音", "加賴")
NICKNAMES = ("绿泡泡", "綠泡泡", "小蓝书", "小藍書")
CHAR_SPLIT = ("女子评", "女子評")
LEET_WORDS = {"review", "star", "stars", "discount", "telegram", "whatsapp", "coupon",
              "feedback", "rating", "off", "sale", "deal", "email", "wechat", "refund"}

PAIRS = ("們们這这個个來来說说對对時时會会為为過过發发開开還还問问題题評评價价網网購购買买"
         "訂订單单號号碼码聯联謝谢歡欢優优關关實实讓让麼么處处應应點点體体驗验經经無无從从"
         "紅红電电話话論论貨货運运費费頁页長长專专屬属雙双請请機机書书護护設设計计產产轉转"
         "滿满讀读裝装帶带壞坏門门顯显視视頻频條条給给總总確确語语圖图節节遞递數数遜逊嗎吗"
         "寶宝媽妈檢检張张兒儿幫帮補补煩烦現现顧顾認认賣卖饋馈選选擇择壓压結结進进記记寫写"
         "誤误額额隨随員员達达訊讯則则東东溫温嬰婴圍围膠胶靜静鴞鸮風风車车樂乐盤盘歲岁蓋盖"
         "鐘钟斷断換换潔洁級级調调線线攝摄頭头燈灯雜杂擺摆畫画邊边懇恳營营亞亚馬马獲获親亲"
         "觀观習习慣惯負负銷销組组聽听剛刚鋪铺響响畢毕閱阅報报資资間间詢询納纳贈赠獎奖參参"
         "顏颜測测試试廠厂牆墙藍蓝黃黄兩两錯错藥药種种")
TRAD_ONLY = set(PAIRS[0::2])
SIMP_ONLY = set(PAIRS[1::2])
assert len(PAIRS) % 2 == 0 and not TRAD_ONLY & SIMP_ONLY

DOMAIN_ALLOW = {"pebblenestbaby.com", "pbnest.link", "amazon.com"}
ID_ALLOW = {"371058294"}          # the invented QQ number
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|cn|tw|link|ly|me|shop))(?![a-z])", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def leet_hits(text):
    hits = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", fold(text)):
        low = tok.lower()
        if not (re.search("[a-z]", low) and re.search("[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s",
                                   "7": "t", "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                hits.append(tok)
                break
    return hits


def evidence(tech, text, rec):
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "nickname":
        return any(h in text for h in NICKNAMES)
    if tech == "char-split":
        return any(h in text for h in CHAR_SPLIT)
    if tech == "spacing":
        return bool(SPACED_LATIN.search(text) or SPACED_CJK.search(text))
    if tech == "symbol-insert":
        return bool(SYMBOL_INSERT.search(text))
    if tech == "pinyin":
        return bool(PINYIN.search(text))
    if tech == "script-mix":
        return "traditional" not in rec["tags"] and any(c in TRAD_ONLY for c in text)
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text))
    if tech == "spaced-digits":
        return bool(SPACED_DIGITS.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL.search(text))
    if tech == "leetspeak":
        return bool(leet_hits(text))
    raise KeyError(tech)


# techniques whose artefacts must not appear untagged (the others are words that
# legitimately occur in near-misses: 扣扣, 威信, 好平, 绿泡泡, spaced CJK, ...)
STRICT = ("fullwidth", "homoglyph", "zero-width", "symbol-insert", "pinyin", "leetspeak",
          "spaced-digits", "spelled-email", "script-mix", "cn-numerals")


def check_contacts(rid, text):
    t = fold(text)
    t = CN_RUN.sub(lambda m: "".join(CN_MAP.get(c, c) for c in m.group(0)), t)
    t = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    t = SPACED_DIGITS.sub(lambda m: re.sub(r"\D", "", m.group(0)), t)
    for m in PHONE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            bad(rid, "phone-like number outside the fictional 555-01xx range: %r" % m.group(0))
    rest = PHONE.sub(" ", t)
    for run in re.findall(r"\d{7,}", rest):
        if run not in ID_ALLOW:
            bad(rid, "unexplained long digit run %s" % run)
    t2 = t
    if SPELLED_EMAIL.search(t):
        t2 = re.sub(r"\s*[\(\[]?\s*(?:\bat\b|艾特)\s*[\)\]]?\s*", "@", t2, flags=re.I)
        t2 = re.sub(r"\s*[\(\[]?\s*(?:\bdot\b|点|點)\s*[\)\]]?\s*", ".", t2, flags=re.I)
    for m in EMAIL.finditer(t2):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN.finditer(t):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % m.group(1))


def strip_contacts(text):
    t = EMAIL.sub(" ", text)
    t = re.sub(r"https?://\S+|[A-Za-z0-9.-]+\.(?:com|link)\S*|@[A-Za-z0-9_.]+"
               r"|(?<![A-Za-z0-9_])[A-Za-z0-9]*[_\d][A-Za-z0-9_]*", " ", t)
    return t


def check_lang(rid, rec, techs):
    text = fold(rec["text"])
    trad = "traditional" in rec["tags"]
    cjk = len(CJK.findall(text))
    rest = strip_contacts(TRACKING.sub(" ", ORDER_ID.sub(" ", text)))
    latin = len(re.findall(r"[A-Za-z]", rest))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    n_trad = sum(c in TRAD_ONLY for c in text)
    n_simp = sum(c in SIMP_ONLY for c in text)
    lang = rec["lang"]
    if lang == "en":
        if cjk:
            bad(rid, "en record has CJK characters")
        if re.search("[\u3000-\u303f\uff01\uff0c\uff1a\uff1b\uff1f\uff5e\u201c\u201d\u2018\u2019]", rec["text"]):
            bad(rid, "en record has CJK punctuation or curly quotes")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin=%d)" % (cjk, latin))
        if trad and (n_trad < 2 or n_simp):
            bad(rid, "traditional record: trad-only=%d simp-only=%d" % (n_trad, n_simp))
        if not trad and n_trad and "script-mix" not in techs:
            bad(rid, "Simplified record has Traditional-only characters")
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, words=%d)" % (cjk, len(words)))
        if n_trad and "script-mix" not in techs:
            bad(rid, "mixed record has Traditional-only characters")
    else:
        bad(rid, "bad lang %r" % lang)
    if trad and lang != "zh":
        bad(rid, "traditional tag needs lang zh")


def parse_tags(rid, rec):
    """Return (subtypes, context, techniques, kind) or None."""
    labels, tags = rec["labels"], rec["tags"]
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags):
        bad(rid, "tags missing or not a list of strings")
        return None
    if len(set(tags)) != len(tags):
        bad(rid, "duplicated tags")
    i = 0
    subs = tags[:len(labels)]
    for lab, sub in zip(labels, subs):
        if sub not in SUBTYPES[lab]:
            bad(rid, "%r is not a subtype of %s" % (sub, lab))
    i = len(labels)
    if i >= len(tags) or tags[i] not in CONTEXTS:
        bad(rid, "expected a context tag at position %d" % i)
        return None
    ctx = tags[i]
    i += 1
    techs, kind = [], None
    if labels:
        if i < len(tags) and tags[i] == "evasion":
            i += 1
            while i < len(tags) and tags[i] in TECHNIQUES:
                techs.append(tags[i])
                i += 1
            if not techs:
                bad(rid, "evasion without a technique")
    else:
        if i < len(tags) and tags[i] == "near-miss":
            i += 1
            if i < len(tags) and tags[i] in NEAR_MISS_KINDS:
                kind = tags[i]
                i += 1
            else:
                bad(rid, "near-miss without a kind tag")
        elif i < len(tags) and tags[i] == "plain":
            kind = "plain"
            i += 1
        else:
            bad(rid, "compliant record needs near-miss or plain")
    if i < len(tags) and tags[i] == "traditional":
        i += 1
    if i != len(tags):
        bad(rid, "unknown or misplaced tags %r" % tags[i:])
    return subs, ctx, techs, kind


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    seen_text, seen_id = {}, set()
    c = collections.defaultdict(collections.Counter)
    for n, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % n) if isinstance(rec, dict) else "#%d" % n
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad(rid, "wrong keys")
            continue
        if rid in seen_id:
            bad(rid, "duplicate id")
        seen_id.add(rid)
        if rid != ID_FMT % n:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % n))
        text, labels, note = rec["text"], rec["labels"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "text duplicates %s" % seen_text[key])
        seen_text[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of canonical order")
        if len(labels) > 2:
            bad(rid, "more than two labels")
        if rec["lang"] not in ("en", "zh", "mixed"):
            bad(rid, "lang must be en, zh or mixed")
        if (not isinstance(note, str) or not note.endswith(".")
                or len(re.findall(r"[.!?](?=\s|$)", note)) != 1 or len(note) < 25):
            bad(rid, "note must be one sentence ending in a full stop")
        parsed = parse_tags(rid, rec)
        if parsed is None:
            continue
        subs, ctx, techs, kind = parsed
        for t in techs:
            if not evidence(t, text, rec):
                bad(rid, "no evidence in the text for technique %r" % t)
        for t in STRICT:
            if t not in techs and evidence(t, text, rec):
                bad(rid, "untagged %r artefact in the text" % t)
        check_lang(rid, rec, techs)
        check_contacts(rid, text)

        trad = "traditional" in rec["tags"]
        lk = "zh-traditional" if trad else ("zh-simplified" if rec["lang"] == "zh" else rec["lang"])
        row = "violation" if labels else ("plain" if kind == "plain" else "near-miss")
        c["lang"][lk] += 1
        c["lang:" + lk][row] += 1
        c["row"][row] += 1
        c["ctx"][ctx] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            c["pairs"][" + ".join(labels)] += 1
        for l, s in zip(labels, subs):
            c["label"][l] += 1
            c["sub:" + l][s] += 1
        if techs:
            c["evasion"]["all"] += 1
            c["evasion"][lk] += 1
            for l in labels:
                c["evasion-label"][l] += 1
        for t in techs:
            c["tech"][t] += 1
        if kind and kind != "plain":
            c["kind"][kind] += 1

    total = len(recs)
    print("records: %d  violations: %d (two labels: %d)  near-miss: %d  plain: %d"
          % (total, c["row"]["violation"], c["nlabels"][2], c["row"]["near-miss"], c["row"]["plain"]))
    print("per label:", dict(c["label"]))
    print("label pairs:", dict(c["pairs"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = c["lang:" + lk]
        print("  %-15s %3d  violation %3d  near-miss %3d  plain %2d  evasive %2d"
              % (lk, c["lang"][lk], r["violation"], r["near-miss"], r["plain"], c["evasion"][lk]))
    print("contexts:", dict(c["ctx"]))
    print("evasive records: %d  per label: %s" % (c["evasion"]["all"], dict(c["evasion-label"])))
    print("techniques:", dict(c["tech"].most_common()))
    for l in POLICIES:
        print("  %s: %s" % (l, dict(c["sub:" + l].most_common())))
    print("near-miss kinds:", dict(c["kind"].most_common()))

    # the mix the brief asked for ("roughly"): keep inside these ranges
    ranges = [("review-inducement", c["label"]["review-inducement"], 36, 44),
              ("off-platform-contact", c["label"]["off-platform-contact"], 31, 39),
              ("marketing", c["label"]["marketing"], 36, 44),
              ("two-label records", c["nlabels"][2], 12, 18),
              ("near-misses", c["row"]["near-miss"], 40, 50),
              ("plain", c["row"]["plain"], 8, 25),
              ("evasive records", c["evasion"]["all"], 35, 48),
              ("en records", c["lang"]["en"], 64, 80)]
    for name, got, lo, hi in ranges:
        if not lo <= got <= hi:
            bad("mix", "%s = %d, expected %d..%d" % (name, got, lo, hi))
    zh_ev = c["evasion"]["all"] - c["evasion"]["en"]
    if zh_ev <= c["evasion"]["en"]:
        bad("mix", "Chinese/mixed evasions (%d) should outnumber English ones (%d)"
            % (zh_ev, c["evasion"]["en"]))

    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
