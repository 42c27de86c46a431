#!/usr/bin/env python3
"""Self-check for holdout40.jsonl.  Written by gen.py: edit gen.py, not this file.

Usage: python3 validate.py [PATH]        (default: holdout40.jsonl next to this file)

Prints the counts of the set and exits 1 if any check fails.  Checks:
  * 160 records, exact key set, ids h40-001..h40-160 in order, no duplicate texts
    (after NFKC, zero-width stripping, casefold and whitespace collapse);
  * labels only from the three content policies, no duplicates, canonical order;
  * lang is en, zh or mixed; Traditional Chinese is zh plus the tag `traditional`;
  * tag grammar (see GRAMMAR below), with `keyword-free`, `long` and `short`
    recomputed from the text;
  * evidence in the text for every evasion technique tagged, and no untagged
    evasion artefact in any other record;
  * near-miss records contain something a naive keyword or pattern list would
    flag; plain records contain nothing of the kind;
  * every phone number (also in Chinese numerals, spelled-out English number
    words, full-width digits or split by zero-width characters) is a fictional
    US 555-0100..555-0199 number; order ids and tracking numbers are ignored;
  * every e-mail address (also spelled-out ones) and bare domain is invented
    (allowlist below);
  * script sanity: en has no CJK; Simplified/mixed records have no Traditional-only
    characters (except inside a tagged traditional-keyword swap); Traditional
    records have Traditional characters and no Simplified-only ones;
  * notes are one English sentence ending in a full stop;
  * the mix asked for in the brief stays within the ranges in MIX.

GRAMMAR of `tags`, in this order:
  1. one subtype per label, in label order (SUBTYPES);
  2. one context tag: reply | proactive;
  3. evasive violations only: `evasion`, then one or more TECHNIQUES;
  4. compliant records only: exactly one of `near-miss` | `plain`;
  5. `traditional` for Traditional-Chinese records;
  6. `keyword-free` on a non-evasive violation that has no naive trigger;
  7. `long` (5-12 sentences) or `short` (at most 2 sentences and display width
     at most 80, CJK and full-width characters counting 2), or neither.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N_EXPECTED = 160
ID_FMT = "h40-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
LANGS = ("en", "zh", "mixed")
SUBTYPES = {
    "review-inducement": ("incentive", "positive-ask", "gating", "steering",
                          "change-review", "feedback-removal"),
    "off-platform-contact": ("email", "phone", "messaging-app", "social", "url", "qr",
                             "payment", "website", "diversion"),
    "marketing": ("coupon", "discount", "promotion", "new-product", "early-access",
                  "cross-sell", "bundle", "buy-again", "subscription", "restock",
                  "loyalty", "referral", "storefront-link", "vip-group"),
}
CONTEXTS = ("reply", "proactive")
TECHNIQUES = ("spacing", "fullwidth", "homoglyph", "leetspeak", "zero-width", "star-symbols",
              "pinyin", "homophone", "cn-numerals", "spelled-email", "spelled-phone",
              "traditional-keyword")
# Techniques whose artefacts may occur harmlessly in other records.
NOT_ARTEFACT = ("cn-numerals", "traditional-keyword")
ALLOWED_DOMAINS = {"copperlanegear.com", "copperlane.tw", "amazon.com", "gmail.com"}
# (low, high) inclusive ranges for the mix the brief asks for.
MIX = {
    "label:review-inducement": (35, 45), "label:off-platform-contact": (30, 40),
    "label:marketing": (35, 45), "two-labels": (8, 20), "near-miss": (40, 50),
    "plain": (8, 20), "evasion": (25, 35), "keyword-free": (20, 60),
    "lang:en": (72, 88), "lang:zh-simplified": (30, 48), "lang:zh-traditional": (12, 24),
    "lang:mixed": (15, 30),
}

# ---------------------------------------------------------------- detectors --
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
FULLWIDTH = re.compile("[\uff04\uff05\uff0e\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SPACED_LATIN = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_*\u00b7]+){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK = re.compile("[\u4e00-\u9fff](?:[ \u3000*/\u00b7|._\\-\uff0e\u30fb]+[\u4e00-\u9fff]){2,}")
CN_DIGITS = "零〇一二三四五六七八九幺两兩"
CN_VALUE = "0012345678912" "2"
CN_MAP = dict(zip(CN_DIGITS, CN_VALUE))
CN_RUN = re.compile("[%s](?:[\\s\\-\uff0d]*[%s]){3,}" % (CN_DIGITS, CN_DIGITS))
NUM_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
             "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_NW = "(?:%s)" % "|".join(NUM_WORDS)
SPELLED_PHONE = re.compile(r"\b%s(?:[\s,.\-]+%s\b){3,}" % (_NW, _NW), re.I)
SPELLED_EMAIL = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|tw|cn)(?![A-Za-z])", re.I)
PINYIN = {"haoping", "fanxian", "weixin", "youhui", "kefu", "dianpu", "pinglun", "wuxing",
          "jiawo", "lianxi", "shaitu", "manfen", "hongbao", "zhifubao", "liuping"}
HOMOPHONES = ("薇信", "威信", "V信", "v信", "返显", "饭现", "好坪", "伍星", "徽信")
TRAD_KEYWORDS = ("好評", "差評", "評價", "評論", "留評", "返現", "刪除", "聯繫", "聯絡", "優惠",
                 "禮品", "郵箱", "電話", "網站", "官網", "紅包")
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rating", "feedback", "whatsapp",
              "wechat", "telegram", "email", "paypal", "coupon", "discount", "refund", "sale",
              "free"}

# What a naive keyword list would flag (EN + ZH, both scripts).  A near-miss
# must hit at least one trigger; a plain record and a keyword-free violation none.
NAIVE = [
    r"review", r"\brat(?:e|ed|es|ing|ings)\b", r"\bstars?\b", r"five[- ]star", r"\b5[- ]?star",
    r"feedback", r"\bpositive\b", r"\bnegative\b", r"\bgifts?\b", r"coupon", r"discount",
    r"voucher", r"\bpromo", r"\bcodes?\b", r"\bsale\b", r"\bdeals?\b", r"%\s*off\b", r"\bfree\b",
    r"\bcash\b", r"refund", r"rebate", r"reimburs", r"paypal", r"venmo", r"zelle", r"whatsapp",
    r"wechat", r"telegram", r"\bline\b", r"instagram", r"facebook", r"tiktok", r"youtube",
    r"discord", r"\bsocial\b", r"e-?mail", r"\bphones?\b", r"\bcall\b", r"\btext\b", r"website",
    r"https?:", r"www\.", r"\bapp\b", r"\bqr\b", r"\bscan", r"\bupdat", r"\bremov", r"\bdelet",
    r"\bedit", r"\bchang", r"\bcancel", r"subscri", r"\bbundle", r"\brefer", r"\bvip\b",
    r"exclusive", r"giveaway", r"new arrival", r"back in stock", r"restock", r"buy it again",
    r"screenshot", r"\bfollow us", r"@\w",
    "评", "評", "星", "返现", "返現", "礼", "禮", "红包", "紅包", "优惠", "優惠", "折", "券",
    "微信", "邮箱", "郵箱", "邮件", "郵件", "电话", "電話", "官网", "官網", "网站", "網站",
    "链接", "連結", "删除", "刪除", "修改", "取消", "撤", "促销", "促銷", "特价", "特價",
    "抽奖", "抽獎", "截图", "截圖", "满分", "滿分", "新品", "上新", "上架", "上市", "推荐",
    "推薦", "免费", "免費", "退款", "二维码", "二維碼", "站外", "群", "会员", "會員", "秒杀",
    "秒殺", "好友", "联系", "聯繫", "聯絡", "加我", "私信", "私訊", "再买", "再買", "回购",
    "回購", "晒图", "曬圖", "满意", "滿意", "预购", "預購", "客服", "反馈", "反饋", "移除",
    "更新",
]
NAIVE_RE = [re.compile(p, re.I | re.A) for p in NAIVE]  # ASCII \b: CJK is a boundary

ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
PHONE = re.compile(r"(?<![\d$.])(?:\+?1[\s.\-]?)?\(?(\d{3})\)?[\s.\-]?(\d{3})[\s.\-]?(\d{4})(?!\d)")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop))\b", re.I)
URL = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|tw|cn|link|ly)\b", re.I)
SENT = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

try:  # OpenCC makes the script check exact; the fallback lists cover this set's text.
    import opencc
    _T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")

    def is_trad_only(c):
        return _T2S.convert(c) != c

    def is_simp_only(c):
        return c not in "台" and _S2T.convert(c) != c
except Exception:  # pragma: no cover
    _TRAD = set("們這個來說對時會為過發開樣還問題記錄車評價網購買訂單號碼聯謝歡優關實讓麼處應體驗經"
                "無從紅種電話論貨運費錯頁長專屬請機書備護設計產將據轉換傳滿裝帶壞門響顯視頻條級給續覺"
                "確語圖環節盤場遞數遜參嗎積紙寶張兒鐘幫決補煩現顧認賣選擇壓結進標記寫誤額隨後於員盡編"
                "達訊則東畫軟試週線禮讀臺點戶區層與")
    _SIMP = set("们这个来说对时会为过发开样还问题记录车评价网购买订单号码联谢欢优关实让么处应体验经"
                "无从红种电话论货运费错页长专属请机书备护设计产将据转换传满装带坏门响显视频条级给续觉"
                "确语图环节盘场递数逊参吗积纸宝张儿钟帮决补烦现顾认卖选择压结进标记写误额随后于员尽编"
                "达讯则东画软试线礼读点户区层与")

    def is_trad_only(c):
        return c in _TRAD

    def is_simp_only(c):
        return c in _SIMP

# ------------------------------------------------------------------ helpers --

def fold(text):
    """NFKC and zero-width stripping: what a normalising linter would see."""
    return unicodedata.normalize("NFKC", ZW.sub("", text))


def dedup_key(text):
    return re.sub(r"\s+", " ", fold(text).casefold()).strip()


def sentences(text):
    return len([s for s in SENT.split(text) if s.strip(" \t\n\"'“”‘’)（）-:：;；,，")])


def display_width(text):
    return sum(2 if ("\u2e80" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef") else 1 for c in text)


def length_tag(text):
    n, w = sentences(text), display_width(text)
    if n >= 5:
        return "long"
    if n <= 2 and w <= 80:
        return "short"
    return None


def strip_ids(text):
    return TRACKING.sub(" ", ORDER_ID.sub(" ", text))


def digits_view(text):
    """Folded text with Chinese numerals and English number words turned into digits."""
    t = fold(text)
    t = CN_RUN.sub(lambda m: "".join(CN_MAP.get(c, "") for c in m.group(0)), t)
    t = SPELLED_PHONE.sub(lambda m: "".join(NUM_WORDS[w.lower()]
                                            for w in re.findall(_NW, m.group(0), re.I)), t)
    return strip_ids(t)


def naive_hits(text):
    t = fold(text)
    hits = [p.pattern for p in NAIVE_RE if p.search(t)]
    rest = strip_ids(t)
    if URL.search(rest) or EMAIL.search(rest):
        hits.append("<link/e-mail>")
    if PHONE.search(rest):
        hits.append("<phone-like number>")
    return hits


def has_ids(text):
    return bool(ORDER_ID.search(text) or TRACKING.search(text))


def leet_tokens(text):
    out = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not (re.search(r"[a-z]", low) and re.search(r"[0-9@$]", low)):
            continue
        for one in "il":
            table = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s", "7": "t",
                                   "@": "a", "$": "s"})
            if low.translate(table) in LEET_WORDS:
                out.append(tok)
                break
    return out


def has_technique(tech, text, traditional=False):
    if tech == "spacing":
        return bool(SPACED_LATIN.search(text) or SPACED_CJK.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "leetspeak":
        return bool(leet_tokens(text))
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "star-symbols":
        return bool(STARS.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "cn-numerals":
        return bool(CN_RUN.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL.search(fold(text)))
    if tech == "spelled-phone":
        return bool(SPELLED_PHONE.search(text))
    if tech == "traditional-keyword":
        return not traditional and any(k in text for k in TRAD_KEYWORDS)
    raise KeyError(tech)


def compute_tags(labels, subtypes, context, techniques, kind, traditional, text):
    """The tag list for one record; gen.py uses this, validate re-derives it."""
    tags = list(subtypes) + [context]
    if techniques:
        tags += ["evasion"] + list(techniques)
    if kind:
        tags.append(kind)
    if traditional:
        tags.append("traditional")
    if labels and not techniques and not naive_hits(text):
        tags.append("keyword-free")
    lt = length_tag(text)
    if lt:
        tags.append(lt)
    return tags

# ------------------------------------------------------------------- checks --

class Checker:
    def __init__(self):
        self.problems = []

    def bad(self, rid, msg):
        self.problems.append("%s: %s" % (rid, msg))

    def contacts(self, rid, text):
        t = digits_view(text)
        for m in PHONE.finditer(t):
            if not (m.group(2) == "555" and "0100" <= m.group(3) <= "0199"):
                self.bad(rid, "phone-like number outside 555-0100..0199: %r" % m.group(0))
        if re.search(r"555", PHONE.sub(" ", t)):
            self.bad(rid, "stray 555 outside a fictional phone number")
        t2 = t
        if SPELLED_EMAIL.search(t):
            t2 = re.sub(r"\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*", "@", t2)
            t2 = re.sub(r"\s*[\(\[]?\s*(?:\bdot\b|点|點)\s*[\)\]]?\s*", ".", t2)
        for m in EMAIL.finditer(t2):
            if m.group(1).lower() not in ALLOWED_DOMAINS:
                self.bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
        for m in DOMAIN.finditer(t):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in ALLOWED_DOMAINS:
                self.bad(rid, "domain not on the allowlist: %s" % m.group(1))

    def script(self, rid, rec, traditional, techniques):
        text = rec["text"]
        plain = strip_ids(fold(text))
        cjk = len(CJK.findall(plain))
        rest = re.sub(r"\S*[@/]\S*|[A-Za-z0-9-]+\.(?:com|tw)\S*", " ", plain)
        latin = len(re.findall(r"[A-Za-z]", rest))
        words = re.findall(r"[A-Za-z]{2,}", rest)
        lang = rec["lang"]
        if lang == "en":
            if cjk:
                self.bad(rid, "en record contains CJK characters")
            if re.search("[\u3000-\u303f\uff01\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019]", text):
                self.bad(rid, "en record contains CJK punctuation or curly quotes")
            if traditional:
                self.bad(rid, "traditional tag on an en record")
            return
        if lang == "zh" and (cjk < 10 or cjk < latin):
            self.bad(rid, "zh record is not mostly Chinese (cjk=%d latin=%d)" % (cjk, latin))
        if lang == "mixed":
            if cjk < 8 or len(words) < 3:
                self.bad(rid, "mixed record lacks one language (cjk=%d words=%d)" % (cjk, len(words)))
            if traditional:
                self.bad(rid, "mixed records are Simplified Chinese plus English")
        if traditional:
            n_trad = sum(is_trad_only(c) for c in text)
            simp = [c for c in text if CJK.match(c) and is_simp_only(c)]
            if n_trad < 2 or simp:
                self.bad(rid, "Traditional record: %d traditional-only, simplified-only %r"
                         % (n_trad, "".join(simp)))
        else:
            scan = text
            if "traditional-keyword" in techniques:
                for k in TRAD_KEYWORDS:
                    scan = scan.replace(k, "")
            trad = [c for c in scan if CJK.match(c) and is_trad_only(c)]
            if trad:
                self.bad(rid, "Simplified/mixed record has Traditional-only characters %r"
                         % "".join(trad))

    def record(self, i, rec, seen, stats):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != KEYS:
            self.bad(rid, "wrong key set")
            return
        if rid != ID_FMT % i:
            self.bad(rid, "id out of sequence, expected %s" % (ID_FMT % i))
        text, labels, lang, tags, note = (rec["text"], rec["labels"], rec["lang"], rec["tags"],
                                          rec["note"])
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            self.bad(rid, "empty text or surrounding whitespace")
            return
        if re.search(r"[\x00-\x09\x0b-\x1f\x7f]", text):
            self.bad(rid, "control character in text")
        key = dedup_key(text)
        if key in seen:
            self.bad(rid, "duplicate text of %s" % seen[key])
        seen[key] = rid
        if lang not in LANGS:
            self.bad(rid, "bad lang %r" % (lang,))
            return
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            self.bad(rid, "labels outside the three policies: %r" % (labels,))
            return
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            self.bad(rid, "labels duplicated or not in canonical order")
        if (not isinstance(note, str) or not note[:1].isupper() or not note.endswith(".")
                or len(SENT.findall(note)) != 1 or CJK.search(note)):
            self.bad(rid, "note must be one English sentence ending in a full stop")
        if not isinstance(tags, list) or not tags or len(set(tags)) != len(tags):
            self.bad(rid, "tags missing or duplicated")
            return
        # 1. subtypes
        if len(tags) < len(labels) + 1:
            self.bad(rid, "too few tags")
            return
        subs = tags[:len(labels)]
        for lab, sub in zip(labels, subs):
            if sub not in SUBTYPES[lab]:
                self.bad(rid, "%r is not a subtype of %s" % (sub, lab))
        # 2. context
        ctx = tags[len(labels)]
        if ctx not in CONTEXTS:
            self.bad(rid, "expected a context tag after the subtypes, got %r" % ctx)
        rest = tags[len(labels) + 1:]
        rank = {"evasion": 0, "near-miss": 2, "plain": 2, "traditional": 3, "keyword-free": 4,
                "long": 5, "short": 5}
        order = []
        for t in rest:
            if t in TECHNIQUES:
                order.append(1)
            elif t in rank:
                order.append(rank[t])
            else:
                self.bad(rid, "unknown or misplaced tag %r" % t)
                order.append(9)
        if order != sorted(order):
            self.bad(rid, "tags out of order: %r" % rest)
        techs = [t for t in rest if t in TECHNIQUES]
        traditional = "traditional" in rest
        if traditional and lang != "zh":
            self.bad(rid, "traditional tag needs lang zh")
        if "evasion" in rest:
            if not labels:
                self.bad(rid, "evasion tag on a compliant record")
            if not techs:
                self.bad(rid, "evasion without a technique")
        elif techs:
            self.bad(rid, "technique tags without evasion")
        for t in techs:
            if not has_technique(t, text, traditional):
                self.bad(rid, "no evidence in the text for technique %r" % t)
        for t in TECHNIQUES:
            if t not in NOT_ARTEFACT and t not in techs and has_technique(t, text, traditional):
                self.bad(rid, "untagged %r artefact in the text" % t)
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if labels and kinds:
            self.bad(rid, "near-miss/plain on a violation")
        if not labels and len(kinds) != 1:
            self.bad(rid, "compliant record needs exactly one of near-miss/plain")
        hits = naive_hits(text)
        if "near-miss" in kinds and not (hits or has_ids(text)):
            self.bad(rid, "near-miss without anything a naive list would flag")
        if "plain" in kinds and (hits or has_ids(text)):
            self.bad(rid, "plain record has naive triggers %r" % hits)
        want_kf = bool(labels) and not techs and not hits
        if ("keyword-free" in rest) != want_kf:
            self.bad(rid, "keyword-free tag should be %s (triggers %r)" % (want_kf, hits[:4]))
        n = sentences(text)
        if n > 12:
            self.bad(rid, "more than 12 sentences")
        want = length_tag(text)
        have = [t for t in rest if t in ("long", "short")]
        if have != ([want] if want else []):
            self.bad(rid, "length tag %r, expected %r" % (have, want))
        self.script(rid, rec, traditional, techs)
        self.contacts(rid, text)
        # statistics
        lk = "zh-traditional" if traditional else ("zh-simplified" if lang == "zh" else lang)
        stats["lang:" + lk] += 1
        row = stats.setdefault("rows", collections.defaultdict(collections.Counter))[lk]
        row["violation" if labels else kinds[0] if kinds else "?"] += 1
        for l in labels:
            stats["label:" + l] += 1
            row[l] += 1
        if len(labels) == 2:
            stats["two-labels"] += 1
            stats["pair:" + " + ".join(labels)] += 1
        if "evasion" in rest:
            stats["evasion"] += 1
            row["evasion"] += 1
        if "keyword-free" in rest:
            stats["keyword-free"] += 1
            row["keyword-free"] += 1
        for k in kinds:
            stats[k] += 1
        stats["ctx:" + ctx] += 1
        for t in techs:
            stats["tech:" + t] += 1
        for lab, sub in zip(labels, subs):
            stats["sub:%s:%s" % (lab, sub)] += 1
        for t in ("long", "short", "traditional"):
            if t in rest:
                stats[t] += 1


def check_file(path):
    ck = Checker()
    stats = collections.Counter()
    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                ck.bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        ck.bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))
    seen = {}
    for i, rec in enumerate(recs, 1):
        ck.record(i, rec, seen, stats)
    for key, (lo, hi) in MIX.items():
        if not lo <= stats[key] <= hi:
            ck.bad("mix", "%s = %d, outside %d..%d" % (key, stats[key], lo, hi))
    rows = stats.get("rows", {})
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        for need in POLICIES + ["near-miss", "evasion"]:
            if not rows.get(lk, {}).get(need):
                ck.bad("mix", "%s has no %s record" % (lk, need))
    return recs, stats, ck.problems


def report(recs, stats, problems):
    viol = sum(1 for r in recs if isinstance(r, dict) and r.get("labels"))
    print("records: %d  violations: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)"
          % (len(recs), viol, stats["two-labels"], len(recs) - viol, stats["near-miss"],
             stats["plain"]))
    print("per label: " + ", ".join("%s %d" % (p, stats["label:" + p]) for p in POLICIES))
    print("label pairs: " + ", ".join("%s %d" % (k[5:], v) for k, v in sorted(stats.items())
                                       if k.startswith("pair:")))
    print("per language:            total viol  RI OPC MKT near plain evas kwfree")
    rows = stats.get("rows", {})
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        r = rows.get(lk, collections.Counter())
        print("  %-22s %5d %4d %3d %3d %3d %4d %5d %4d %6d" % (
            lk, stats["lang:" + lk], r["violation"], r[POLICIES[0]], r[POLICIES[1]],
            r[POLICIES[2]], r["near-miss"], r["plain"], r["evasion"], r["keyword-free"]))
    print("contexts: reply %d, proactive %d" % (stats["ctx:reply"], stats["ctx:proactive"]))
    print("evasions: %d; " % stats["evasion"] + ", ".join(
        "%s %d" % (t, stats["tech:" + t]) for t in TECHNIQUES if stats["tech:" + t]))
    print("keyword-free violations: %d  long: %d  short: %d" % (
        stats["keyword-free"], stats["long"], stats["short"]))
    for p in POLICIES:
        subs = sorted(((k.split(":")[2], v) for k, v in stats.items()
                       if k.startswith("sub:%s:" % p)), key=lambda kv: (-kv[1], kv[0]))
        print("  %s: %s" % (p, ", ".join("%s %d" % kv for kv in subs)))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, "holdout40.jsonl")
    if not os.path.exists(path):
        print("missing %s (run gen.py)" % path)
        return 1
    return report(*check_file(path))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
