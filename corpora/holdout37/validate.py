#!/usr/bin/env python3
"""Validate holdout37.jsonl.  Prints counts; exits 1 on any problem.

Checks: keys and ids (h37-001..h37-160), unique texts (after NFKC, zero-width
stripping, casefold and whitespace collapse), label vocabulary and canonical
order, tag grammar (one subtype per label, one context tag, evasion + technique
tags only on violations, near-miss or plain on compliant records, traditional,
long/short recomputed from the text), evidence for every tagged evasion
technique and no stray evasion artefacts on untagged records, every phone-like
number in the US 555-01xx range (order ids, tracking numbers, serial and part
numbers excluded first), e-mail and domain allowlist (invented domains plus
Amazon's own), language sanity (en / zh Simplified / zh Traditional / mixed),
sentence counts and one-sentence notes.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout37.jsonl")
N_EXPECTED = 160
ID_PREFIX = "h37"

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"positive-review-request", "incentive", "gating", "change-review",
                          "feedback-removal", "steering"},
    "off-platform-contact": {"url", "email", "phone", "messaging-app", "social", "qr",
                             "payment", "website", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront-link", "loyalty", "referral", "restock", "subscription"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "cn-numerals", "spelled-email", "pinyin", "homophone", "euphemism"]
OTHER_TAGS = {"evasion", "near-miss", "plain", "traditional", "long", "short"}
LANGS = {"en", "zh", "mixed"}

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FW_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CN_NUM = "零〇一二三四五六七八九幺两兩壹贰貳叁參肆伍陆陸柒捌玖"
CN_DIGITS = "00123456789122122334566789"
assert len(CN_NUM) == len(CN_DIGITS) == 26
CN_NUM_MAP = dict(zip(CN_NUM, CN_DIGITS))
assert CN_NUM_MAP["幺"] == "1" and CN_NUM_MAP["兩"] == "2" and CN_NUM_MAP["玖"] == "9"
CN_RUN_RE = re.compile("[%s](?:[\\s\\-\uff0d]*[%s]){3,}" % (CN_NUM, CN_NUM))
SPACED_LATIN_RE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK_RE = re.compile("[\u4e00-\u9fff](?:(?:\\s*[/\u00b7|\\-_.]\\s*|\\s+)[\u4e00-\u9fff]){2,}")
SPELLED_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|io|co|tw|cn)\b", re.I)
# pinyin words and the initials Chinese sellers use for them
PINYIN = {"hp", "haoping", "zfb", "zhifubao", "vx", "wx", "weixin", "fanxian", "wuxing",
          "youhui", "pinglun", "kefu", "dianpu", "guanwang", "dy", "douyin"}
HOMOPHONES = ["威信", "薇信", "徽信", "V信", "好坪", "好苹", "返线", "返显", "五心", "伍星"]
LEET_TARGETS = {"five", "star", "stars", "review", "reviews", "whatsapp", "wechat", "telegram",
                "email", "paypal", "venmo", "coupon", "discount", "rating", "feedback", "free"}
# Obvious keywords: a record tagged `euphemism` must contain none of them.
OBVIOUS = [
    r"\breviews?\b", r"\brat(?:e|ed|ing|ings)\b", r"\bstars?\b", r"\bfeedback\b", r"\bpositive\b",
    r"\bnegative\b", r"\bgift", r"\bcoupons?\b", r"\bdiscount", r"\bpromo", r"\bcodes?\b",
    r"\bsale\b", r"\bdeals?\b", r"\bprice", r"\bcheap", r"% ?off", r"\bfree\b", r"\brefund",
    r"\bcashback\b", r"whats ?app", r"wechat", r"telegram", r"\bline\b", r"e-?mail", r"\bphone\b",
    r"\bcall\b", r"\btext me\b", r"website", r"https?:", r"www\.", r"\.(?:com|net|tw|link)\b",
    r"instagram", r"facebook", r"tiktok", r"paypal", r"venmo", r"zelle", r"\bfollow\b",
    "好评", "差评", "评", "評", "返现", "返現", "礼品", "禮品", "礼物", "禮物", "优惠", "優惠",
    "折扣", "打折", "券", "促销", "促銷", "特价", "特價", "降价", "降價", "星", "反馈", "反饋",
    "退款", "返款", "免费", "免費", "微信", "邮箱", "郵箱", "电话", "電話", "官网", "官網",
    "网站", "網站", "链接", "連結", "删除", "刪除", "修改", "关注", "關注",
]
OBVIOUS_RE = [re.compile(p, re.I) for p in OBVIOUS]

# Traditional/Simplified character pairs (position i of one matches position i of the other).
TRAD = ("們這個來說對時會為與過發開還頭問題車燈評價網購買賣訂單號碼聯謝歡優關實讓處應點體驗經無從"
        "電話論貨運費錯頁長專屬線請機書備護設計產將轉換傳滿讀裝帶綁壞門響顯視頻條級給緊續總覺確語"
        "圖節場遞數遜嗎寶殼補煩類則額準隨撥據壓紀錄樣啟識彈鐘舊獲義區證詢況戶夠歷鍵兩風動達親記寫"
        "約遲幫鋼貼議項馬參學裡訊負鬆")
SIMP = ("们这个来说对时会为与过发开还头问题车灯评价网购买卖订单号码联谢欢优关实让处应点体验经无从"
        "电话论货运费错页长专属线请机书备护设计产将转换传满读装带绑坏门响显视频条级给紧续总觉确语"
        "图节场递数逊吗宝壳补烦类则额准随拨据压纪录样启识弹钟旧获义区证询况户够历键两风动达亲记写"
        "约迟帮钢贴议项马参学里讯负松")
assert len(TRAD) == len(SIMP), (len(TRAD), len(SIMP))
TRAD_ONLY = set(TRAD) | set("颱週")
SIMP_ONLY = set(SIMP)
assert not TRAD_ONLY & SIMP_ONLY

DOMAIN_ALLOW = {"quillbay.com", "quillbay.tw", "qbay.link", "amazon.com"}
DOMAIN_RE = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop|app))\b", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACK_RE = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|9[2-5]\d{20}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
SERIAL_RE = re.compile(r"(?:\bS/N|\bSN|\bserial(?: number)?|\bpart (?:number|no\.?)|\bmodel(?: number)?|"
                       r"序列号|序列號|序號|型号|型號)\s*[:：#]?\s*[0-9A-Z][0-9A-Z-]{5,}", re.I)
PHONE_RE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")

SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

problems = []


def problem(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm_dedup(text):
    t = unicodedata.normalize("NFKC", ZW_RE.sub("", text)).casefold()
    return re.sub(r"\s+", " ", t).strip()


def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def display_width(text):
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def leet_hits(text):
    hits = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not re.search(r"[a-z]", low) or not re.search(r"[0-9@$]", low):
            continue
        for one in ("i", "l"):
            dec = low.translate(str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s",
                                               "7": "t", "@": "a", "$": "s"}))
            if dec in LEET_TARGETS:
                hits.append(tok)
                break
    return hits


def pinyin_hits(text):
    return [w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in PINYIN]


def evidence(tech, text):
    if tech == "zero-width":
        return bool(ZW_RE.search(text))
    if tech == "fullwidth":
        return bool(FW_ALNUM_RE.search(text))
    if tech == "homoglyph":
        return bool(re.search("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]", text))
    if tech == "leetspeak":
        return bool(leet_hits(text))
    if tech == "spacing":
        return bool(SPACED_LATIN_RE.search(text) or SPACED_CJK_RE.search(text))
    if tech == "star-symbols":
        return bool(STAR_RE.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN_RE.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL_RE.search(text))
    if tech == "pinyin":
        return bool(pinyin_hits(text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "euphemism":
        t = unicodedata.normalize("NFKC", ZW_RE.sub("", text))
        return not any(p.search(t) for p in OBVIOUS_RE)
    raise KeyError(tech)


def cn_digits(text):
    return CN_RUN_RE.sub(lambda m: "".join(CN_NUM_MAP.get(c, c) for c in m.group(0)), text)


def check_contacts(rid, text):
    t = unicodedata.normalize("NFKC", ZW_RE.sub("", text))
    t = cn_digits(t)
    t = ORDER_RE.sub(" ", t)
    t = TRACK_RE.sub(" ", t)
    t = SERIAL_RE.sub(" ", t)
    for m in PHONE_RE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            problem(rid, "phone-like number not in 555-01xx range: %r" % m.group(0))
    if re.search(r"555(?![\s.-]?01\d\d)", t):
        problem(rid, "555 not followed by 01xx")
    spelled = t
    if SPELLED_EMAIL_RE.search(t):
        spelled = re.sub(r"\s*(?:\bat\b|艾特)\s*", "@", spelled)
        spelled = re.sub(r"\s*(?:\bdot\b|点|點)\s*", ".", spelled)
    for m in EMAIL_RE.finditer(spelled):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            problem(rid, "e-mail domain not invented/allowlisted: %s" % m.group(1))
    for m in DOMAIN_RE.finditer(t):
        dom = re.sub(r"^www\.", "", m.group(1).lower())
        if dom not in DOMAIN_ALLOW:
            problem(rid, "domain not invented/allowlisted: %s" % m.group(1))


def check_lang(rid, rec, tags):
    text = unicodedata.normalize("NFKC", ZW_RE.sub("", rec["text"]))
    cjk = len(CJK_RE.findall(text))
    stripped = ORDER_RE.sub(" ", TRACK_RE.sub(" ", text))
    stripped = re.sub(r"[A-Za-z0-9._%+:-]*[@/][A-Za-z0-9._%+/-]*|[A-Za-z0-9-]+\.(?:com|tw|link)[A-Za-z0-9/._-]*",
                      " ", stripped)
    latin = len(re.findall(r"[A-Za-z]", stripped))
    words = re.findall(r"[A-Za-z]{2,}", stripped)
    trad = sum(1 for c in text if c in TRAD_ONLY)
    simp = sum(1 for c in text if c in SIMP_ONLY)
    lang = rec["lang"]
    if lang == "en":
        if cjk:
            problem(rid, "en record contains CJK characters")
        if re.search("[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f\u201c\u201d]", rec["text"]) and cjk:
            problem(rid, "en record contains CJK punctuation")
        if re.search("[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f]", rec["text"]):
            problem(rid, "en record contains CJK punctuation")
        if "traditional" in tags:
            problem(rid, "traditional tag on en record")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            problem(rid, "zh record is not mostly Chinese (cjk=%d latin=%d)" % (cjk, latin))
        if "traditional" in tags:
            if trad < 2 or simp:
                problem(rid, "traditional record: trad-only=%d simp-only=%d" % (trad, simp))
        elif trad:
            problem(rid, "simplified zh record contains traditional-only characters")
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            problem(rid, "mixed record lacks one language (cjk=%d en-words=%d)" % (cjk, len(words)))
        if trad or "traditional" in tags:
            problem(rid, "mixed records are meant to be Simplified Chinese + English")


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py first)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as e:
                problem("line %d" % n, "bad JSON: %s" % e)
    if len(recs) != N_EXPECTED:
        problem("file", "expected %d records, got %d" % (N_EXPECTED, len(recs)))

    seen = {}
    c_label, c_lang, c_tech, c_sub = (collections.Counter() for _ in range(4))
    c_ctx, c_misc, c_nlabels, c_pairs = (collections.Counter() for _ in range(4))
    c_lang_kind = collections.Counter()
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "labels", "lang", "tags", "note"}:
            problem(rid, "keys are %s" % (sorted(rec) if isinstance(rec, dict) else type(rec)))
            continue
        if rid != "%s-%03d" % (ID_PREFIX, i):
            problem(rid, "id out of sequence (expected %s-%03d)" % (ID_PREFIX, i))
        text, labels, tags = rec["text"], rec["labels"], rec["tags"]
        if not isinstance(text, str) or not text.strip():
            problem(rid, "empty text")
            continue
        key = norm_dedup(text)
        if key in seen:
            problem(rid, "duplicate text of %s" % seen[key])
        seen[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            problem(rid, "bad labels %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            problem(rid, "labels duplicated or not in canonical order")
        if rec["lang"] not in LANGS:
            problem(rid, "bad lang %r" % rec["lang"])
        note = rec["note"]
        if not isinstance(note, str) or not note.strip() or not note.endswith(".") or \
                len(SENT_RE.findall(note)) != 1:
            problem(rid, "note must be exactly one sentence")
        if not isinstance(tags, list) or len(tags) < len(labels) + 1:
            problem(rid, "too few tags")
            continue
        for lab, sub in zip(labels, tags[:len(labels)]):
            if sub not in SUBTYPES[lab]:
                problem(rid, "tag %r is not a subtype of %s" % (sub, lab))
            c_sub[(lab, sub)] += 1
        ctx = tags[len(labels)]
        if ctx not in CONTEXTS:
            problem(rid, "tag after subtypes must be a context tag, got %r" % ctx)
        rest = tags[len(labels) + 1:]
        if any(t in CONTEXTS for t in rest):
            problem(rid, "more than one context tag")
        for t in rest:
            if t not in OTHER_TAGS and t not in TECHNIQUES:
                problem(rid, "unknown or misplaced tag %r" % t)
        if len(set(tags)) != len(tags):
            problem(rid, "duplicate tags")
        techs = [t for t in rest if t in TECHNIQUES]
        if "evasion" in rest:
            if not labels:
                problem(rid, "evasion tag on a compliant record")
            if not techs:
                problem(rid, "evasion without technique tag")
            if rest.index("evasion") != 0 or rest[1:1 + len(techs)] != techs:
                problem(rid, "technique tags must follow 'evasion'")
        elif techs:
            problem(rid, "technique tags without 'evasion'")
        for t in techs:
            if not evidence(t, text):
                problem(rid, "no evidence for evasion technique %r" % t)
        for t in TECHNIQUES:
            if t != "euphemism" and t not in techs and evidence(t, text):
                problem(rid, "text shows %r artefacts but is not tagged with it" % t)
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if labels and kinds:
            problem(rid, "near-miss/plain tag on a violating record")
        if not labels and len(kinds) != 1:
            problem(rid, "compliant record needs exactly one of near-miss/plain")
        # fixed order of the trailing tags
        order = ["evasion"] + TECHNIQUES + ["near-miss", "plain", "traditional", "long", "short"]
        idx = [order.index(t) for t in rest if t in order]
        if idx != sorted(idx) and not techs:
            problem(rid, "trailing tags out of order")
        if ("traditional" in tags) != (rec["lang"] == "zh" and "traditional" in tags):
            problem(rid, "traditional tag only goes on zh records")
        n = sentence_count(text)
        if n > 12:
            problem(rid, "more than 12 sentences")
        w = display_width(text)
        want = "long" if n >= 5 else ("short" if n <= 2 and w <= 80 else None)
        have = [t for t in rest if t in ("long", "short")]
        if have != ([want] if want else []):
            problem(rid, "length tag %r but expected %r (%d sentences, width %d)" % (have, want, n, w))
        if have and rest[-1] != have[0]:
            problem(rid, "length tag must come last")
        lang_key = "zh-traditional" if (rec["lang"] == "zh" and "traditional" in tags) else \
            ("zh-simplified" if rec["lang"] == "zh" else rec["lang"])
        c_lang[lang_key] += 1
        kind = "violation" if labels else kinds[0] if kinds else "?"
        c_lang_kind[(lang_key, kind)] += 1
        if "evasion" in rest:
            c_lang_kind[(lang_key, "evasive")] += 1
        check_lang(rid, rec, tags)
        check_contacts(rid, text)
        for l in labels:
            c_label[l] += 1
        c_nlabels[len(labels)] += 1
        if len(labels) == 2:
            c_pairs[" + ".join(labels)] += 1
        c_ctx[ctx] += 1
        for t in techs:
            c_tech[t] += 1
        for t in rest:
            if t in ("evasion", "near-miss", "plain", "long", "short", "traditional"):
                c_misc[t] += 1

    viol = sum(v for k, v in c_nlabels.items() if k > 0)
    print("records:", len(recs))
    print("violations: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)"
          % (viol, c_nlabels[2], c_nlabels[0], c_misc["near-miss"], c_misc["plain"]))
    print("two-label pairs:", dict(c_pairs))
    print("per label:", dict(c_label))
    print("per language:", dict(c_lang))
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        print("  %-15s violation %2d  near-miss %2d  plain %2d  evasive %2d" % (
            lk, c_lang_kind[(lk, "violation")], c_lang_kind[(lk, "near-miss")],
            c_lang_kind[(lk, "plain")], c_lang_kind[(lk, "evasive")]))
    print("contexts:", dict(c_ctx))
    print("evasion records: %d; by technique: %s" % (c_misc["evasion"], dict(c_tech)))
    print("long: %d  short: %d" % (c_misc["long"], c_misc["short"]))
    for lab in POLICIES:
        subs = {s: n for (l, s), n in sorted(c_sub.items()) if l == lab}
        print("  %s subtypes: %s" % (lab, subs))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
