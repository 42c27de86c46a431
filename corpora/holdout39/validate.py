#!/usr/bin/env python3
"""Check holdout39.jsonl.  Prints counts; exits 1 if anything is wrong.

Usage: python3 validate.py [PATH]

Checks
  * record count, exact key set, id sequence h39-001..h39-160;
  * texts unique after NFKC + zero-width stripping + casefold + whitespace collapse;
  * labels from the vocabulary, no duplicates, canonical order;
  * tag grammar: subtype per label (in label order), one context tag, then
    `evasion` + technique tags (violations only), `near-miss`/`plain` (compliant
    only, exactly one), `traditional`, `long`/`short` (recomputed from the text);
  * evidence in the text for every technique tag, and no untagged evasion artefacts;
  * every phone-like number (also in Chinese numerals, full-width or split by
    zero-width characters) is a US 555-01xx number; order ids, tracking numbers
    and ASINs are removed first;
  * e-mail addresses (also spelled-out ones) and bare domains are on the allowlist;
  * language sanity for en / zh (Simplified) / zh + traditional / mixed;
  * notes are exactly one sentence.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout39.jsonl")
N_EXPECTED = 160
ID_FMT = "h39-%03d"

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
CONTEXTS = ("reply", "proactive")
TECHNIQUES = ("zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "cn-numerals", "spelled-email", "pinyin", "homophone", "euphemism")
FLAG_TAGS = ("evasion", "near-miss", "plain", "traditional", "long", "short")

# --- artefact detectors ------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff3f]")
MIXED_SCRIPT = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CN_DIGITS = "零〇一二三四五六七八九幺两兩壹贰貳叁參肆伍陆陸柒捌玖"
CN_VALUE = "00123456789122122334566789"
assert len(CN_DIGITS) == len(CN_VALUE)
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:[\\s\\-\uff0d]*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
SPACED_LATIN = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK = re.compile("[\u4e00-\u9fff](?:(?:\\s*[/\u00b7|\\-_.]\\s*|\\s+)[\u4e00-\u9fff]){2,}")
SPELLED_EMAIL = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|tw|link|cn)(?![A-Za-z])", re.I)
PINYIN = {"haoping", "fanxian", "weixin", "zhifubao", "kefu", "youhui", "dianpu", "pinglun",
          "wuxing", "jiawo", "lianxi", "shaitu", "liuping", "manfen"}
HOMOPHONES = ("薇信", "威信", "徽信", "V信", "返显", "反现", "饭现", "好坪", "好平", "伍星", "五心")
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rating", "feedback", "whatsapp",
              "wechat", "telegram", "email", "paypal", "venmo", "coupon", "discount", "refund"}
# A euphemism-tagged record must contain none of these.
OBVIOUS = [
    r"\breview", r"\brat(?:e|ed|ing|ings)\b", r"\bstars?\b", r"\bfeedback\b", r"\bpositive\b",
    r"\bnegative\b", r"\bgifts?\b", r"gift ?card", r"\bcoupons?\b", r"\bdiscount", r"\bvoucher",
    r"\bpromo", r"\bcodes?\b", r"\bsale\b", r"\bdeals?\b", r"% ?off", r"\bfree\b", r"\bcash\b",
    r"\brefund", r"\bcheaper\b", r"\bwhatsapp\b", r"\bwechat\b", r"\btelegram\b", r"\bline\b",
    r"instagram", r"facebook", r"discord", r"e-?mail", r"\bphone\b", r"\bcall\b", r"\btext us\b",
    r"\bwebsite\b", r"https?:", r"www\.", r"\.(?:com|tw|link)\b", r"paypal", r"venmo",
    r"\bupdate", r"\bremove", r"\bdelete", r"\bedit\b",
    "评", "評", "好评", "差评", "星", "返现", "返現", "礼品", "禮品", "红包", "紅包", "优惠", "優惠",
    "折扣", "打折", "八折", "券", "微信", "邮箱", "郵箱", "邮件", "郵件", "电话", "電話", "官网", "官網",
    "网站", "網站", "链接", "連結", "删除", "刪除", "修改", "撤", "促销", "促銷", "特价", "特價",
    "降价", "降價", "抽奖", "抽獎", "截图", "截圖", "满分", "滿分", "五颗", "五顆", "满意", "滿意",
    "留评", "晒图", r"\bqr\b", "二维码", "二維碼", "站外", "新品", "上新", "补货", "補貨",
    r"back in stock", r"\bbundle", r"\brefer", "推荐", "推薦", r"subscri", "订阅", "訂閱",
    r"buy it again", "再次下单", "再次下單",
]
OBVIOUS_RE = [re.compile(p, re.I) for p in OBVIOUS]

# Characters that exist only in one script (the pair lists are aligned but need not be).
TRAD_ONLY = set("們這個來說對時會為與過發開樣還問題車燈評價網購買訂單號碼聯謝歡優關實讓麼處應點體驗經"
                "無從紅種電話論帳貨運費錯頁長業專屬週雙線請機書備護設計產將據轉換傳滿讀裝帶綁絲壞門閱響"
                "顯視頻條級給緊續總覺義鬆確語圖環節盤場遞數遜參陸歲嗎遊戲積絨遙紙寶媽齒輪檢張兒鐘幫決補"
                "煩現擴顧興認賣饋選擇壓結進標記寫誤額隨裡後於員搶盡編達訊則協東")
SIMP_ONLY = set("们这个来说对时会为与过发开样还问题车灯评价网购买订单号码联谢欢优关实让么处应点体验经"
                "无从红种电话论账货运费错页长业专属双线请机书备护设计产将据转换传满读装带绑丝坏门阅响"
                "显视频条级给紧续总觉义松确语图环节盘场递数逊参陆岁吗戏积绒遥纸宝妈齿轮检张儿钟帮决补"
                "烦现扩顾兴认卖馈选择压结进标记写误额随尽编达讯则协东")
assert not TRAD_ONLY & SIMP_ONLY

DOMAIN_ALLOW = {"kitewhistle.com", "kitewhistle.tw", "kwhistle.link", "amazon.com"}
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop|club))\b", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")
SENT = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def dedup_key(text):
    return re.sub(r"\s+", " ", fold(text).casefold()).strip()


def sentences(text):
    return len([s for s in SENT.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def display_width(text):
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def leet_tokens(text):
    found = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not (re.search(r"[a-z]", low) and re.search(r"[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s", "7": "t",
                                   "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                found.append(tok)
                break
    return found


def has(tech, text):
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(MIXED_SCRIPT.search(text))
    if tech == "leetspeak":
        return bool(leet_tokens(text))
    if tech == "spacing":
        return bool(SPACED_LATIN.search(text) or SPACED_CJK.search(text))
    if tech == "star-symbols":
        return bool(STARS.search(text))
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "euphemism":
        t = fold(text)
        return not any(p.search(t) for p in OBVIOUS_RE)
    raise KeyError(tech)


def check_contacts(rid, text):
    t = fold(text)
    t = CN_RUN.sub(lambda m: "".join(CN_MAP.get(c, c) for c in m.group(0)), t)
    t = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    for m in PHONE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            bad(rid, "phone-like number outside 555-01xx: %r" % m.group(0))
    rest = PHONE.sub(" ", t)
    if re.search(r"555(?![\s.-]?01\d\d)", rest):
        bad(rid, "555 outside a valid 555-01xx number")
    if SPELLED_EMAIL.search(t):
        t2 = re.sub(r"\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*", "@", t)
        t2 = re.sub(r"\s*[\(\[]?\s*(?:\bdot\b|点|點)\s*[\)\]]?\s*", ".", t2)
    else:
        t2 = t
    for m in EMAIL.finditer(t2):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN.finditer(t):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % m.group(1))


def check_lang(rid, rec, trad_tag):
    text = fold(rec["text"])
    cjk = len(CJK.findall(text))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", text))
    rest = re.sub(r"\S*[@/]\S*|[A-Za-z0-9-]+\.(?:com|tw|link)\S*", " ", rest)
    latin = len(re.findall(r"[A-Za-z]", rest))
    words = re.findall(r"[A-Za-z]{2,}", rest)
    n_trad = sum(c in TRAD_ONLY for c in text)
    n_simp = sum(c in SIMP_ONLY for c in text)
    lang = rec["lang"]
    if lang == "en":
        if cjk:
            bad(rid, "en record has CJK characters")
        if re.search("[\u3000-\u303f\uff01\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u300c\u300d]", rec["text"]):
            bad(rid, "en record has CJK punctuation or curly quotes")
        if trad_tag:
            bad(rid, "traditional tag on an en record")
    elif lang == "zh":
        if cjk < 10 or cjk < latin:
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin=%d)" % (cjk, latin))
        if trad_tag and (n_trad < 2 or n_simp):
            bad(rid, "traditional record: trad-only=%d simp-only=%d" % (n_trad, n_simp))
        if not trad_tag and n_trad:
            bad(rid, "Simplified record has Traditional-only characters")
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, words=%d)" % (cjk, len(words)))
        if n_trad or trad_tag:
            bad(rid, "mixed records must be Simplified Chinese plus English")
    else:
        bad(rid, "bad lang %r" % lang)


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

    seen = {}
    cnt = collections.defaultdict(collections.Counter)
    lang_rows = collections.defaultdict(collections.Counter)
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "labels", "lang", "tags", "note"}:
            bad(rid, "wrong keys")
            continue
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % i))
        text, labels, tags, note = rec["text"], rec["labels"], rec["tags"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = dedup_key(text)
        if key in seen:
            bad(rid, "duplicate of %s" % seen[key])
        seen[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "bad labels %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of canonical order")
        if not isinstance(note, str) or not note.endswith(".") or len(SENT.findall(note)) != 1:
            bad(rid, "note must be exactly one sentence ending in a full stop")
        if not isinstance(tags, list) or len(tags) < len(labels) + 1 or len(set(tags)) != len(tags):
            bad(rid, "too few or duplicated tags")
            continue
        for lab, sub in zip(labels, tags):
            if sub not in SUBTYPES[lab]:
                bad(rid, "%r is not a subtype of %s" % (sub, lab))
            cnt["sub:" + lab][sub] += 1
        ctx = tags[len(labels)]
        if ctx not in CONTEXTS:
            bad(rid, "expected a context tag after the subtypes, got %r" % ctx)
        rest = tags[len(labels) + 1:]
        # order of the remaining tags: evasion, techniques, near-miss/plain, traditional, long/short
        order = []
        for t in rest:
            if t == "evasion":
                order.append(0)
            elif t in TECHNIQUES:
                order.append(1)
            elif t in ("near-miss", "plain"):
                order.append(2)
            elif t == "traditional":
                order.append(3)
            elif t in ("long", "short"):
                order.append(4)
            else:
                bad(rid, "unknown or misplaced tag %r" % t)
                order.append(9)
        if order != sorted(order):
            bad(rid, "tags out of order: %r" % rest)
        techs = [t for t in rest if t in TECHNIQUES]
        if "evasion" in rest:
            if not labels:
                bad(rid, "evasion on a compliant record")
            if not techs:
                bad(rid, "evasion without a technique")
        elif techs:
            bad(rid, "technique tags without evasion")
        for t in techs:
            if not has(t, text):
                bad(rid, "no evidence for technique %r" % t)
        for t in TECHNIQUES:
            if t not in ("euphemism", "cn-numerals") and t not in techs and has(t, text):
                bad(rid, "untagged %r artefact in text" % t)
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if labels and kinds:
            bad(rid, "near-miss/plain on a violation")
        if not labels and len(kinds) != 1:
            bad(rid, "compliant record needs exactly one of near-miss/plain")
        n = sentences(text)
        if n > 12:
            bad(rid, "more than 12 sentences")
        w = display_width(text)
        want = ["long"] if n >= 5 else (["short"] if n <= 2 and w <= 80 else [])
        have = [t for t in rest if t in ("long", "short")]
        if have != want:
            bad(rid, "length tag %r, expected %r (%d sentences, width %d)" % (have, want, n, w))
        trad = "traditional" in rest
        if trad and rec["lang"] != "zh":
            bad(rid, "traditional tag needs lang zh")
        check_lang(rid, rec, trad)
        check_contacts(rid, text)

        lang_key = "zh-traditional" if trad else ("zh-simplified" if rec["lang"] == "zh" else rec["lang"])
        row = "violation" if labels else kinds[0] if kinds else "?"
        lang_rows[lang_key][row] += 1
        if "evasion" in rest:
            lang_rows[lang_key]["evasive"] += 1
        for l in labels:
            cnt["label"][l] += 1
        cnt["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            cnt["pairs"][" + ".join(labels)] += 1
        cnt["ctx"][ctx] += 1
        for t in techs:
            cnt["tech"][t] += 1
        for t in rest:
            if t in FLAG_TAGS:
                cnt["flag"][t] += 1

    viol = sum(v for k, v in cnt["nlabels"].items() if k)
    print("records: %d" % len(recs))
    print("violations: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)"
          % (viol, cnt["nlabels"][2], cnt["nlabels"][0], cnt["flag"]["near-miss"], cnt["flag"]["plain"]))
    print("label pairs:", dict(cnt["pairs"]))
    print("per label:", dict(cnt["label"]))
    print("per language:")
    for lang in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = lang_rows[lang]
        print("  %-15s total %3d  violation %2d  near-miss %2d  plain %2d  evasive %2d"
              % (lang, sum(r[k] for k in ("violation", "near-miss", "plain")), r["violation"],
                 r["near-miss"], r["plain"], r["evasive"]))
    print("contexts:", dict(cnt["ctx"]))
    print("evasive records: %d; techniques: %s" % (cnt["flag"]["evasion"], dict(cnt["tech"])))
    print("long: %d  short: %d  traditional: %d" % (cnt["flag"]["long"], cnt["flag"]["short"],
                                                    cnt["flag"]["traditional"]))
    for lab in POLICIES:
        print("  %s: %s" % (lab, dict(sorted(cnt["sub:" + lab].items(), key=lambda kv: -kv[1]))))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
