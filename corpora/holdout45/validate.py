#!/usr/bin/env python3
"""Self-check for holdout45.jsonl.  Prints counts; exits 1 if anything is wrong.

Usage: python3 validate.py [PATH]

Written independently of gen.py: it re-derives everything from the JSONL file and
its own vocabularies, so a bug in gen.py shows up here.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout45.jsonl")
N_EXPECTED = 160
ID_FMT = "h45-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
LANGS = ("en", "zh", "mixed")
SUBTYPES = {
    "review-inducement": {"incentive", "positive-request", "steering", "gating", "praise-reply",
                          "change-review", "feedback-removal", "review-after-remedy"},
    "off-platform-contact": {"website", "shortener", "qr", "email", "phone", "messaging-app",
                             "social", "payment", "diversion", "signature", "private-data"},
    "marketing": {"coupon", "new-product", "cross-sell", "giveaway", "vip-group", "sale", "bundle",
                  "storefront", "referral", "embedded-promo", "buy-again", "restock",
                  "subscription", "early-access", "newsletter", "offsite-price"},
}
CONTEXTS = ("reply", "proactive")
TECHNIQUES = ("spacing", "punctuation", "homoglyph", "fullwidth", "leetspeak", "emoji-stars",
              "pinyin", "homophone", "im-alias", "zero-width", "obfuscated-email",
              "obfuscated-phone", "trad-chars", "euphemism")
CLEAN_KINDS = ("near-miss", "other-policy")
SCRIPTS = ("simplified", "traditional")

# Every policy.md item the set must exercise (code -> short description).
COVERAGE = """
A-P1-confirmation A-P2-thanks-only A-P3-tips A-P4-oos-cancel A-P5-welcome
A-N1-reply-shipping A-N2-thanks-plus-substance A-N3-delay-notice A-N4-manual-on-request
A-N5-cancel-on-request A-N6-return-partial-refund
B-P1-coupon B-P2-new-arrivals B-P3-social-giveaway B-P4-vip B-P5-bogo B-P5-sale B-P5-bundle
B-P6-storefront B-P6-amazon-link B-P7-referral B-P8-embedded B-P9-leave-amazon B-P10-buy-again
B-P10-restock B-P10-subscription B-P10-early-access
B-N1-amazon-coupon B-N2-free-replacement B-N3-price-error B-N4-spec-words B-N5-restock-answer
C1-gift-card C1-screenshot-paypal C1-free-item C1-fanxian C1-draw C1-discount C1-free-sample
C2-five-star C2-star-symbols C2-small-business C2-positive-helps C2-mention-quality
C3-happy-unhappy C3-before-negative C3-only-if-great C3-instead-of-review C3-praise-reply
C4-after-refund C4-remove C4-refund-if-delete C4-change-rating C4-revise
C5-voucher C5-pressure C6-repeat-request C7-photo-words C7-mention C7-keywords
C-remedy-then-review
C-N1-neutral-request C-N2-positive-or-negative C-N3-refund-no-review C-N4-thanks-for-review
C-N5-thanks-haoping C-N6-product-stars C-N7-substrings C-N8-neutral-feedback-notice C-N9-amazon-emails
D1-website D1-shortener D1-video-channel D1-qr D2-email D2-obfuscated D3-phone D4-whatsapp
D4-wechat D4-telegram D4-facebook D4-instagram D4-line D5-offsite-refund D5-ask-account
D6-buy-direct D6-contact-off D-sig
D-N1-numbers D-N2-carrier-phone D-N3-im-feature D-N4-amazon-orders D-N5-at-word D-N6-quoted-buyer-email
E-P1-emoji E-P2-stars-in-request E-P3-http-image E-P4-card-with-code E-N1-plain-symbols E-N2-pdf-on-request
F-P1-cjk-note G-P1-threat G-P2-discourteous G-P3-private-data G-N1-bulky-phone
X1-offsite-refund X2-wait-and-video X3-social-group X4-insert-qr X5-attachment X6-signature
X7-euphemism X8-obfuscated-email
""".split()
# Items whose records must be compliant / violations, as a sanity check on the refs.
MUST_BE_CLEAN_PREFIX = ("A-P", "A-N", "B-N", "C-N", "D-N", "E-N", "G-N", "C6-", "F-P", "G-P2", "E-P1")

# --- evidence detectors --------------------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2b50\U0001f31f]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CJK_PUNCT = re.compile("[\u3000-\u303f\uff01\uff0c\uff1a\uff1b\uff1f\uff5e\u201c\u201d]")
SPACED = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9](?:[ \-.\u00b7]{1,3}[A-Za-z0-9](?![A-Za-z0-9])){3,}"
                    "|[\u4e00-\u9fff](?:\\s[\u4e00-\u9fff]){2,}")
INNER_PUNCT = re.compile("[\u4e00-\u9fff][.\u00b7*_/|][\u4e00-\u9fff]|[A-Za-z]\\.[A-Za-z]\\.[A-Za-z]")
PINYIN = {"haoping", "fanxian", "shaitu", "weixin", "jia", "youhui", "kefu", "pinglun", "lianxi",
          "wuxing", "dianpu", "zhifubao"}
HOMOPHONES = ("薇信", "威信", "徽信", "V信", "返显", "反现", "好坪")
IM_ALIAS = re.compile(r"(?<![A-Za-z])(?:vx|wx|tg|dy)(?![A-Za-z])|加V(?![A-Za-z])", re.I)
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rating", "feedback", "paypal",
              "venmo", "discount", "coupon", "special", "refund", "whatsapp", "wechat", "email"}
SPELLED_EMAIL = re.compile(r"[\(\[]\s*at\s*[\)\]]|\bat\b.{1,40}\bdot\b|艾特|圈a|\uff20", re.I)
DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
               "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
SPELLED_RUN = re.compile(r"\b(?:%s)\b(?:[\s,.\-]+\b(?:%s)\b){3,}" % (
    "|".join(DIGIT_WORDS), "|".join(DIGIT_WORDS)), re.I)
CN_DIGITS = "零〇一二三四五六七八九幺两兩"
CN_VALUE = "0012345678912 2".replace(" ", "2")
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:\\s*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
# Obvious keywords per label: a `euphemism` record must contain none for its labels.
OBVIOUS = {
    "review-inducement": r"review|\brat(?:e|ed|ing)s?\b|stars?\b|feedback|评|評|星|反馈|回馈|回饋|好评|差评",
    "off-platform-contact": r"e-?mail|phone|whatsapp|wechat|telegram|instagram|facebook|\bline\b|"
                            r"https?:|www\.|\.com|微信|邮箱|电话|官网|链接|站外",
    "marketing": r"coupon|discount|\bcode\b|\bsale\b|%\s*off|\bdeals?\b|\boffer|promo|"
                 r"优惠|優惠|折|促销|特价|新品|上新|券|买二|包邮",
}

# --- contact allowlists ----------------------------------------------------------------------
DOMAIN_ALLOW = {"brindlepeak.com", "brpk.link", "amazon.com", "youtube.com", "example.net"}
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop|app))\b", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
STRIP_IDS = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)|\b1Z[0-9A-Z]{16}\b|\bTBA\d{12}\b|"
                       r"\bB0[0-9A-Z]{8}\b|\b[A-Z]{2}\d{8}\b")
NUM_RUN = re.compile(r"\+?\(?\d[\d\s().\-]{5,}\d")

# --- script check -------------------------------------------------------------------------
try:
    import opencc  # type: ignore
    _T2S = opencc.OpenCC("t2s")
    _S2T = opencc.OpenCC("s2tw")
except Exception:  # pragma: no cover - fallback when OpenCC is not installed
    _T2S = _S2T = None
TRAD_ONLY = set("們這個來說對時會為與過發開樣還問題評價網購買訂單號碼聯謝歡優關實讓麼處應點體驗經"
                "無從紅種電話論帳貨運費錯頁長業專屬雙線請機書備護設計產將據轉換傳滿讀裝帶壞門響"
                "顯視頻條級給緊續總覺確語圖環節場遞數遜參歲嗎積紙寶齒輪檢張兒幫決補煩現顧認賣饋"
                "選擇壓結進標記寫誤額隨後於員搶盡達訊則東週彈墊搖繩劃麵與複鋪績擋顆")
SIMP_ONLY = set("们这个来说对时会为与过发开样还问题评价网购买订单号码联谢欢优关实让么处应点体验经"
                "无从红种电话论账货运费错页长业专属双线请机书备护设计产将据转换传满读装带坏门响"
                "显视频条级给紧续总觉确语图环节场递数逊参岁吗积纸宝齿轮检张儿帮决补烦现顾认卖馈"
                "选择压结进标记写误额随后于员抢尽达讯则东周弹垫摇绳复铺绩挡颗")
SCRIPT_NEUTRAL = set("台划")  # Taiwan writes 台 and 划船 although OpenCC's s2tw gives 臺 and 劃

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def leet_hits(text):
    hits = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not (re.search(r"[a-z]", low) and re.search(r"[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s", "7": "t",
                                   "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                hits.append(tok)
                break
    return hits


def evidence(tech, text, labels, tags):
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "leetspeak":
        return bool(leet_hits(text))
    if tech == "spacing":
        return bool(SPACED.search(text))
    if tech == "punctuation":
        return bool(INNER_PUNCT.search(text))
    if tech == "emoji-stars":
        return bool(STARS.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "im-alias":
        return bool(IM_ALIAS.search(text))
    if tech == "obfuscated-email":
        return bool(SPELLED_EMAIL.search(text))
    if tech == "obfuscated-phone":
        return bool(SPELLED_RUN.search(text) or CN_RUN.search(text))
    if tech == "trad-chars":
        return "traditional" in tags
    if tech == "euphemism":
        t = fold(text)
        return not any(re.search(OBVIOUS[l], t, re.I) for l in labels)
    raise KeyError(tech)


def normalise_numbers(text):
    t = fold(text)
    t = CN_RUN.sub(lambda m: "".join(CN_MAP.get(c, c) for c in m.group(0)), t)
    t = SPELLED_RUN.sub(lambda m: "".join(DIGIT_WORDS[w.lower()]
                                          for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    return STRIP_IDS.sub(" ", t)


def check_contacts(rid, text):
    t = normalise_numbers(text)
    for m in NUM_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 7:
            continue
        ok = (re.search(r"55501\d\d$", digits) and len(digits) in (7, 10, 11)) or \
             re.search(r"^(?:44|0)?7700900\d{3}$", digits)
        if not ok:
            bad(rid, "phone-like number outside the fictional ranges: %r" % m.group(0).strip())
    e = fold(text)
    e = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*|\s+艾特\s+", "@", e, flags=re.I)
    e = re.sub(r"\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+点\s+", ".", e, flags=re.I)
    for m in EMAIL.finditer(e):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN.finditer(fold(text)):
        d = m.group(1).lower()
        if not any(d == a or d.endswith("." + a) for a in DOMAIN_ALLOW):
            bad(rid, "domain not on the allowlist: %s" % d)


def script_of(text):
    """Return (n_traditional_only, n_simplified_only) CJK characters."""
    n_t = n_s = 0
    for ch in set(CJK.findall(text)):
        if ch in SCRIPT_NEUTRAL:
            continue
        if _T2S is not None:
            if _T2S.convert(ch) != ch:
                n_t += 1
            elif _S2T.convert(ch) != ch:
                n_s += 1
        else:
            n_t += ch in TRAD_ONLY
            n_s += ch in SIMP_ONLY
    return n_t, n_s


def check_lang(rid, rec, tags):
    text = fold(rec["text"])
    cjk = len(CJK.findall(text))
    latin_words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\S*[@/]\S*|\S+\.(?:com|link|net)\S*", " ", text))
    latin = sum(len(w) for w in latin_words)
    lang = rec["lang"]
    n_t, n_s = script_of(text)
    scripts = [t for t in tags if t in SCRIPTS]
    if lang == "en":
        if cjk or CJK_PUNCT.search(rec["text"]):
            bad(rid, "en record has CJK characters or punctuation")
        if scripts:
            bad(rid, "script tag on an en record")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            bad(rid, "zh record is not mostly Chinese (cjk=%d latin=%d)" % (cjk, latin))
        if len(scripts) != 1:
            bad(rid, "zh record needs exactly one of simplified/traditional")
        elif scripts[0] == "traditional" and (n_t < 2 or n_s):
            bad(rid, "traditional record: trad-only=%d simp-only=%d" % (n_t, n_s))
        elif scripts[0] == "simplified" and n_t:
            bad(rid, "simplified record has %d Traditional-only characters" % n_t)
    elif lang == "mixed":
        if cjk < 8 or len(latin_words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d words=%d)" % (cjk, len(latin_words)))
        if scripts:
            bad(rid, "script tag on a mixed record")
        if n_t:
            bad(rid, "mixed records are Simplified Chinese plus English")
    else:
        bad(rid, "bad lang %r" % (lang,))


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
    covered = collections.defaultdict(list)
    c = collections.Counter()
    by_lang = collections.defaultdict(collections.Counter)
    tech_count = collections.Counter()
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad(rid, "wrong keys")
            continue
        if rid in seen_id:
            bad(rid, "duplicate id")
        seen_id.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % i))
        text, labels, tags, note = rec["text"], rec["labels"], rec["tags"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "duplicate text of %s" % seen_text[key])
        seen_text[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of order")
        if rec["lang"] not in LANGS:
            bad(rid, "lang must be one of %s" % (LANGS,))
        if not isinstance(note, str) or not note.strip().endswith(".") or \
                len(re.findall(r"[.!?](?:\s|$)", note)) != 1:
            bad(rid, "note must be one sentence ending in a full stop")
        if not isinstance(tags, list) or not tags or len(set(tags)) != len(tags) or \
                not all(isinstance(t, str) for t in tags):
            bad(rid, "tags missing, duplicated or not strings")
            continue

        # -- tag grammar
        n = len(labels)
        for lab, sub in zip(labels, tags[:n]):
            if sub not in SUBTYPES[lab]:
                bad(rid, "%r is not a subtype of %s" % (sub, lab))
        if len(tags) <= n or tags[n] not in CONTEXTS:
            bad(rid, "expected a context tag after the %d subtype tag(s)" % n)
            continue
        rest = tags[n + 1:]
        refs = [t[4:] for t in rest if t.startswith("ref:")]
        other = [t for t in rest if not t.startswith("ref:")]
        rank = {"evasion": 0, **{t: 1 for t in TECHNIQUES}, **{t: 2 for t in CLEAN_KINDS},
                **{t: 3 for t in SCRIPTS}}
        order = []
        for t in other:
            if t not in rank:
                bad(rid, "unknown tag %r" % t)
            order.append(rank.get(t, 9))
        if order != sorted(order) or any(not t.startswith("ref:") for t in rest[len(other):]):
            bad(rid, "tags out of order: %r" % rest)
        techs = [t for t in other if t in TECHNIQUES]
        if "evasion" in other:
            if not labels:
                bad(rid, "evasion tag on a compliant record")
            if not techs:
                bad(rid, "evasion without a technique")
        elif techs:
            bad(rid, "technique tags without evasion")
        for t in techs:
            tech_count[t] += 1
            if not evidence(t, text, labels, tags):
                bad(rid, "no evidence in the text for technique %r" % t)
        for t in ("zero-width", "fullwidth", "homoglyph", "leetspeak"):
            if t not in techs and evidence(t, text, labels, tags):
                bad(rid, "untagged %s artefact" % t)
        kinds = [t for t in other if t in CLEAN_KINDS]
        if labels and kinds:
            bad(rid, "near-miss/other-policy on a violation")
        if not labels and len(kinds) != 1:
            bad(rid, "compliant record needs exactly one of near-miss/other-policy")
        if not refs:
            bad(rid, "no ref: tag")
        for r in refs:
            if r not in COVERAGE:
                bad(rid, "unknown ref code %r" % r)
            covered[r].append(rid)
            if r.startswith(MUST_BE_CLEAN_PREFIX) and labels and not r.startswith("D-N1"):
                bad(rid, "ref %s marks a compliant item but the record has labels" % r)
        check_lang(rid, rec, tags)
        check_contacts(rid, text)

        lk = ("zh-traditional" if "traditional" in tags else "zh-simplified") \
            if rec["lang"] == "zh" else rec["lang"]
        by_lang[lk]["total"] += 1
        by_lang[lk]["violation" if labels else kinds[0] if kinds else "?"] += 1
        if "evasion" in other:
            by_lang[lk]["evasion"] += 1
            c["evasion"] += 1
        for l in labels:
            c["label:" + l] += 1
        c["nlabels:%d" % n] += 1
        c["%s:%s" % ("viol" if labels else "clean", tags[n])] += 1
        for k in kinds:
            c[k] += 1

    for code in COVERAGE:
        if code not in covered:
            bad("coverage", "no record for policy item %s" % code)

    # -- balance (loose bounds around the brief)
    for p in POLICIES:
        if not 30 <= c["label:" + p] <= 50:
            bad("balance", "%s on %d records (want 30-50)" % (p, c["label:" + p]))
    if not 45 <= c["nlabels:0"] <= 55:
        bad("balance", "%d compliant records (want 45-55)" % c["nlabels:0"])
    if not 35 <= c["near-miss"] <= 45:
        bad("balance", "%d near-misses (want 35-45)" % c["near-miss"])
    if not 25 <= c["evasion"] <= 40:
        bad("balance", "%d evasive records (want 25-40)" % c["evasion"])
    if not c["nlabels:2"]:
        bad("balance", "no two-label records")
    for k in ("viol:reply", "viol:proactive", "clean:reply", "clean:proactive"):
        if not c[k]:
            bad("balance", "no records for %s" % k)
    if not 70 <= by_lang["en"]["total"] <= 90:
        bad("balance", "en records: %d (want about half)" % by_lang["en"]["total"])
    for lk in ("zh-simplified", "zh-traditional", "mixed"):
        if by_lang[lk]["total"] < 15 or not by_lang[lk]["violation"] or not by_lang[lk]["near-miss"]:
            bad("balance", "%s under-represented: %s" % (lk, dict(by_lang[lk])))

    print("records: %d" % len(recs))
    print("violations: %d (two labels: %d)  compliant: %d (near-miss %d, other-policy %d)" % (
        len(recs) - c["nlabels:0"], c["nlabels:2"], c["nlabels:0"], c["near-miss"], c["other-policy"]))
    print("per label: " + ", ".join("%s %d" % (p, c["label:" + p]) for p in POLICIES))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = by_lang[lk]
        print("  %-15s total %3d  violation %2d  near-miss %2d  other-policy %2d  evasive %2d" % (
            lk, r["total"], r["violation"], r["near-miss"], r["other-policy"], r["evasion"]))
    print("context: violations reply %d / proactive %d; compliant reply %d / proactive %d" % (
        c["viol:reply"], c["viol:proactive"], c["clean:reply"], c["clean:proactive"]))
    print("evasive records: %d; techniques: %s" % (c["evasion"], dict(tech_count.most_common())))
    print("policy.md items covered: %d/%d" % (len([k for k in COVERAGE if k in covered]), len(COVERAGE)))
    print("script check: %s" % ("OpenCC" if _T2S is not None else "built-in character lists"))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
