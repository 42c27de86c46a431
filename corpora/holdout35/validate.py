#!/usr/bin/env python3
"""Validate holdout35.jsonl.  Prints counts; exits 1 on any problem.

Checks: keys and ids, unique texts (after NFKC, zero-width stripping, casefold
and whitespace collapse), label vocabulary and order, tag grammar (subtype per
label, one context tag, evasion/technique tags only on violations, near-miss or
plain on compliant records, traditional, long/short), evidence for every evasion
technique (and no stray evasion artefacts on untagged records), US phone numbers
in the 555-01xx range, e-mail/domain allowlist (invented domains plus Amazon's
own), language sanity (en / zh simplified / zh traditional / mixed), sentence
counts, and that the set's counts stay near the design targets.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout35.jsonl")
N_EXPECTED = 160
ID_FMT = "h35-%03d"

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
TECHNIQUES = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "cn-numerals", "spelled-email", "pinyin", "homophone", "euphemism"]
OTHER_TAGS = {"evasion", "near-miss", "plain", "traditional", "long", "short"}
LANGS = {"en", "zh", "mixed"}

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FW_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CN_NUM = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸幺两兩"
CN_NUM_MAP = dict(zip(CN_NUM, "00123456789123456789236122"))
assert len(CN_NUM) == len("00123456789123456789236122")
CN_RUN_RE = re.compile("[%s](?:[\\s\\-\uff0d]*[%s]){3,}" % (CN_NUM, CN_NUM))
SPACED_LATIN_RE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK_RE = re.compile("[\u4e00-\u9fff](?:(?:\\s*[/\u00b7|\\-_.]\\s*|\\s+)[\u4e00-\u9fff]){2,}")
SPELLED_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|io|co|tw|cn|link|app)\b", re.I)
PINYIN = {"haoping", "fanxian", "zhifubao", "weixin", "jiawei", "kefu", "youhui", "dianpu",
          "pinglun", "wuxing", "shaitu", "liuping", "fankuan", "guanwang"}
HOMOPHONES = ["薇信", "威信", "徽信", "V信", "薇心", "好坪", "好平", "返显", "反现", "五心", "伍星", "加賴", "加赖"]
LEET_TARGETS = {"five", "star", "stars", "review", "reviews", "rating", "feedback", "whatsapp",
                "wechat", "telegram", "signal", "email", "gmail", "paypal", "venmo", "coupon",
                "discount", "deal", "deals", "contact", "instagram"}
# Obvious keywords that a euphemism-tagged record must avoid entirely.
OBVIOUS = [
    r"\breviews?\b", r"\brat(?:e|ed|ing|ings)\b", r"\bstars?\b", r"five-?star", r"\bfeedback\b",
    r"\bpositive\b", r"\bnegative\b", r"\bgift\b", r"\bcoupons?\b", r"\bdiscounts?\b", r"\bpromo",
    r"\bcodes?\b", r"\bvouchers?\b", r"\bsale\b", r"\bdeals?\b", r"% ?off", r"\bfree\b",
    r"\brefund", r"cash ?back", r"\bwhatsapp\b", r"\bwechat\b", r"\btelegram\b", r"\bline id\b",
    r"e-?mail", r"\bphone\b", r"\bcall\b", r"\btext us\b", r"\bwebsite\b", r"https?:", r"www\.",
    r"\.com\b", r"instagram", r"facebook", r"tiktok", r"paypal", r"venmo", r"\bqr\b",
    "好评", "差评", "评", "評", "返现", "返現", "返利", "红包", "紅包", "礼品", "禮品", "优惠", "優惠",
    "折扣", "打折", "券", "微信", "邮箱", "郵箱", "电话", "電話", "官网", "官網", "网站", "網站",
    "链接", "連結", "删除", "刪除", "修改", "促销", "促銷", "特价", "特價", "降价", "降價", "五星",
    "星级", "星級", "二维码", "二維碼", "扫码", "掃碼",
]
OBVIOUS_RE = [re.compile(p, re.I) for p in OBVIOUS]

# Traditional/Simplified pairs; a character of either set is unambiguous for its script.
TS_PAIRS = (
    "們们 這这 個个 來来 說说 對对 時时 會会 為为 與与 過过 發发 開开 樣样 還还 問问 題题 評评 價价 網网 購购 買买 "
    "訂订 單单 號号 碼码 聯联 謝谢 歡欢 優优 關关 實实 讓让 麼么 處处 應应 點点 體体 驗验 經经 無无 從从 種种 電电 "
    "話话 論论 貨货 運运 費费 錯错 頁页 長长 業业 專专 屬属 雙双 線线 請请 機机 書书 備备 護护 設设 計计 產产 將将 "
    "據据 轉转 換换 傳传 滿满 讀读 裝装 帶带 壞坏 門门 響响 顯显 視视 頻频 條条 級级 給给 緊紧 續续 總总 覺觉 確确 "
    "語语 圖图 環环 節节 盤盘 場场 遞递 數数 參参 陸陆 嗎吗 廚厨 鍋锅 銅铜 鐵铁 鑄铸 氣气 濃浓 縮缩 熱热 溫温 紙纸 "
    "劑剂 壺壶 貼贴 鈕钮 啟启 濾滤 鋒锋 銳锐 鏽锈 爐炉 庫库 蓋盖 燉炖 筆笔 噴喷 訊讯 帳账 戶户 遜逊 亞亚 馬马 撥拨 "
    "鐘钟 則则 調调 誤误 內内 圍围 層层 導导 紋纹 適适 燒烧 輕轻 現现 贈赠 禮礼 證证 認认 邊边 車车 錢钱 幣币 飯饭 "
    "飲饮 煩烦 負负 決决 順顺 寫写 幫帮 驟骤 較较 難难 協协 務务 彎弯 補补 舊旧 額额 蹤踪 絲丝 領领 薦荐 詢询 養养 "
    "兩两 膠胶 墊垫 該该 達达 願愿 餘余 進进 記记 嘗尝 歲岁 紅红 離离 齊齐 頭头 師师 異异 聲声"
).split()
assert all(len(p) == 2 and p[0] != p[1] for p in TS_PAIRS)
TRAD_ONLY = {p[0] for p in TS_PAIRS}
SIMP_ONLY = {p[1] for p in TS_PAIRS}
assert not TRAD_ONLY & SIMP_ONLY

DOMAIN_ALLOW = {"copperlark.com", "copperlark.link", "amazon.com"}
TLDS = r"com|net|org|io|co|tw|cn|link|ly|me|shop|app|gg|to"
DOMAIN_RE = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:%s))\b" % TLDS, re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACK_RE = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
PHONE_RE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")

SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

# design targets: (value, tolerance)
TARGETS = {
    "violations": (96, 4), "compliant": (64, 4), "two-label": (18, 3), "near-miss": (45, 4),
    "plain": (19, 3), "evasion": (27, 3), "euphemism": (6, 1),
    "en": (72, 6), "zh-simplified": (56, 6), "zh-traditional": (16, 3), "mixed": (16, 3),
    "review-inducement": (38, 3), "off-platform-contact": (38, 3), "marketing": (38, 3),
}

problems = []


def problem(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm_dedup(text):
    t = unicodedata.normalize("NFKC", ZW_RE.sub("", text)).casefold()
    return re.sub(r"\s+", " ", t).strip()


def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


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
        return not any(p.search(unicodedata.normalize("NFKC", text)) for p in OBVIOUS_RE)
    raise KeyError(tech)


def cn_digits(text):
    return CN_RUN_RE.sub(lambda m: "".join(CN_NUM_MAP.get(c, c) for c in m.group(0)), text)


def check_contacts(rid, text):
    t = unicodedata.normalize("NFKC", ZW_RE.sub("", text))
    t = cn_digits(t)
    t = ORDER_RE.sub(" ", t)
    t = TRACK_RE.sub(" ", t)
    for m in PHONE_RE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            problem(rid, "phone-like number not in 555-01xx range: %r" % m.group(0))
    if re.search(r"555(?![\s.-]?01\d\d)", t):
        problem(rid, "555 not followed by 01xx")
    # e-mail and domain allowlist (also on spelled-out forms)
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
    stripped = re.sub(r"[A-Za-z0-9._%+:-]*[@/][A-Za-z0-9._%+/-]*|[A-Za-z0-9-]+\.(?:" + TLDS + r")[A-Za-z0-9/._-]*",
                      " ", stripped)
    latin = len(re.findall(r"[A-Za-z]", stripped))
    words = re.findall(r"[A-Za-z]{2,}", stripped)
    trad = sum(1 for c in text if c in TRAD_ONLY)
    simp = sum(1 for c in text if c in SIMP_ONLY)
    lang = rec["lang"]
    if lang == "en":
        if cjk:
            problem(rid, "en record contains CJK characters")
        if re.search("[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f]", rec["text"]):
            problem(rid, "en record contains CJK punctuation")
        if "traditional" in tags:
            problem(rid, "traditional tag on en record")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            problem(rid, "zh record is not mostly Chinese (cjk=%d latin=%d)" % (cjk, latin))
        if "traditional" in tags:
            if trad < 2 or simp:
                problem(rid, "traditional record: trad-only=%d simp-only=%d %r" % (
                    trad, simp, "".join(c for c in text if c in SIMP_ONLY)))
        else:
            if trad:
                problem(rid, "simplified zh record contains traditional-only characters %r" % (
                    "".join(c for c in text if c in TRAD_ONLY)))
            if simp < 1:
                problem(rid, "simplified zh record has no simplified-only character")
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
    c_label = collections.Counter()
    c_lang = collections.Counter()
    c_tech = collections.Counter()
    c_sub = collections.Counter()
    c_ctx = collections.Counter()
    c_misc = collections.Counter()
    c_nlabels = collections.Counter()
    c_pairs = collections.Counter()
    c_langkind = collections.Counter()
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "labels", "lang", "tags", "note"}:
            problem(rid, "keys are %s" % (sorted(rec) if isinstance(rec, dict) else type(rec)))
            continue
        if rid != ID_FMT % i:
            problem(rid, "id out of sequence (expected %s)" % (ID_FMT % i))
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
                problem(rid, "technique tags must directly follow 'evasion'")
        elif techs:
            problem(rid, "technique tags without 'evasion'")
        for t in techs:
            if not evidence(t, text):
                problem(rid, "no evidence for evasion technique %r" % t)
        for t in ("zero-width", "fullwidth", "homoglyph", "star-symbols", "spelled-email",
                  "homophone", "leetspeak", "pinyin", "spacing"):
            if t not in techs and evidence(t, text):
                problem(rid, "text shows %r artefacts but is not tagged with it" % t)
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if labels and kinds:
            problem(rid, "near-miss/plain tag on a violating record")
        if not labels and len(kinds) != 1:
            problem(rid, "compliant record needs exactly one of near-miss/plain")
        # order of the trailing tags: evasion block, near-miss/plain, traditional, length
        tail = [t for t in rest if t in ("near-miss", "plain", "traditional", "long", "short")]
        rank = {"near-miss": 0, "plain": 0, "traditional": 1, "long": 2, "short": 2}
        if [rank[t] for t in tail] != sorted(rank[t] for t in tail):
            problem(rid, "trailing tags out of order: %r" % tail)
        if "traditional" in tags and rec["lang"] != "zh":
            problem(rid, "traditional tag only goes with lang zh")
        n = sentence_count(text)
        if n > 12:
            problem(rid, "more than 12 sentences")
        w = sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)
        want = "long" if n >= 5 else ("short" if n <= 2 and w <= 80 else None)
        have = [t for t in rest if t in ("long", "short")]
        if have != ([want] if want else []):
            problem(rid, "length tag %r but expected %r (%d sentences, width %d)" % (have, want, n, w))
        if rec["lang"] == "zh" and "traditional" in tags:
            lk = "zh-traditional"
        elif rec["lang"] == "zh":
            lk = "zh-simplified"
        else:
            lk = rec["lang"]
        c_lang[lk] += 1
        kind = "violation" if labels else kinds[0] if kinds else "?"
        c_langkind[(lk, kind)] += 1
        if "evasion" in rest:
            c_langkind[(lk, "evasive")] += 1
        check_lang(rid, rec, tags)
        check_contacts(rid, text)
        for l in labels:
            c_label[l] += 1
        if len(labels) == 2:
            c_pairs[" + ".join(labels)] += 1
        c_nlabels[len(labels)] += 1
        c_ctx[ctx] += 1
        for t in techs:
            c_tech[t] += 1
        for t in rest:
            if t in ("evasion", "near-miss", "plain", "long", "short", "traditional"):
                c_misc[t] += 1

    # every subtype of every policy is covered
    for lab, subs in SUBTYPES.items():
        for s in sorted(subs):
            if not c_sub[(lab, s)]:
                problem("coverage", "no record for %s/%s" % (lab, s))
    for t in TECHNIQUES:
        if not c_tech[t]:
            problem("coverage", "no record uses evasion technique %s" % t)
    viol = sum(v for k, v in c_nlabels.items() if k > 0)
    actual = {"violations": viol, "compliant": c_nlabels[0], "two-label": c_nlabels[2],
              "near-miss": c_misc["near-miss"], "plain": c_misc["plain"],
              "evasion": c_misc["evasion"], "euphemism": c_tech["euphemism"]}
    actual.update(c_lang)
    actual.update(c_label)
    for k, (want, tol) in TARGETS.items():
        if abs(actual.get(k, 0) - want) > tol:
            problem("targets", "%s = %d, expected %d +/- %d" % (k, actual.get(k, 0), want, tol))

    print("records:", len(recs))
    print("violations: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)"
          % (viol, c_nlabels[2], c_nlabels[0], c_misc["near-miss"], c_misc["plain"]))
    print("two-label pairs:", dict(c_pairs))
    print("per label:", dict(c_label))
    print("per language:", dict(c_lang))
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        print("  %-15s violations %2d  near-miss %2d  plain %2d  evasive %2d" % (
            lk, c_langkind[(lk, "violation")], c_langkind[(lk, "near-miss")],
            c_langkind[(lk, "plain")], c_langkind[(lk, "evasive")]))
    print("contexts:", dict(c_ctx))
    print("evasion records: %d; by technique: %s" % (c_misc["evasion"], dict(c_tech)))
    print("long: %d  short: %d  traditional: %d" % (c_misc["long"], c_misc["short"], c_misc["traditional"]))
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
