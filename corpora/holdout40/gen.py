#!/usr/bin/env python3
"""gen.py: source of truth for holdout40, a hand-labelled held-out test set for
msglint (Amazon seller-to-buyer message compliance).

Running it writes, next to itself:
  validate.py       the self-check (its source is VALIDATE_SRC below);
  holdout40.jsonl   160 records {"id","text","labels","lang","tags","note"};
  README.md         description, counts and numbered judgement calls;
then runs the validator and exits with its status.

    python3 gen.py            # rebuild everything and check
    python3 validate.py       # check only

Edit texts, labels and notes here, never in the generated files.  Tags are
computed: subtype and context come from each record, `evasion` and technique
tags from `tech`, and `keyword-free`, `long` and `short` from the text through
the validator's own functions, so the two cannot disagree.  Ids are assigned
after a fixed shuffle (random.Random(40)).
"""
import collections
import importlib.util
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep the folder to the four files

HERE = os.path.dirname(os.path.abspath(__file__))

README_HEAD = """# holdout40: hand-labelled held-out set of seller-to-buyer messages (car accessories)

160 messages from an invented Amazon shop to its buyers, each labelled by hand for the three
content policies of `interface.md`: `review-inducement`, `off-platform-contact` and `marketing`.
An empty `labels` list means compliant **for these three policies only** (judgement call 18).
Labels were decided from `/work/shared/policy.md` alone; no linter code, rule file or other
corpus was read or run. All texts were written for this set.

The set is meant to be hard for a keyword list in both directions:

- about a third of the violations are **evasions** (spaced or dotted letters, full-width and
  Cyrillic look-alikes, leetspeak, emoji and ★ stars, invisible characters, pinyin, Chinese
  sound-alikes, Chinese numerals, spelled-out e-mail and phone numbers, a Traditional-script
  keyword inside Simplified text);
- about another third are **keyword-free**: the review ask, the contact move or the offer is worded
  the way sellers write once the obvious words get them blocked ("look again at what you
  wrote", "the green chat service", "a quarter off its price", 高抬贵手, 重新看一看);
- 45 compliant **near-misses** carry the very words and patterns a naive list flags: "review",
  "refund", "cancel", "code", "app", "free", "5-star", WhatsApp, PayPal, Amazon links, order ids,
  tracking numbers, a carrier's phone number, a neutral review request, Amazon's neutral
  seller-feedback notice.

## The shop

**Copperlane Auto Gear** (铜道车品 / 銅道車品) sells car accessories on Amazon:

- *Sentry D4* dash cam; *Sentry D6 Duo* front-and-rear dash cam with the companion app
  *LaneView* (路视); *Sentry D8*, not yet released;
- *Saddlefit* seat covers;
- *PuffPro 160* cordless tyre inflator;
- *GripArc* magnetic vent phone mount.

Everything is invented: buyers and staff, order ids (`1xx-xxxxxxx-xxxxxxx`), tracking numbers
(`1Z...`, `TBA...`), handles (`@copperlane.drives`, `@copperlane_garage`, `@cplgear`,
`tongdao-cs01`, `tongdao_fix`, `tongdao_help`), domains (`copperlanegear.com`,
`copperlane.tw`) and phone numbers, which are all in the fictional US range 555-0100..555-0199
(carrier numbers included). `amazon.com` appears only for Amazon's own pages. Real service names
(WhatsApp, WeChat, LINE, Telegram, Instagram, PayPal, 街口支付, UPS) appear because they are
what a linter has to recognise.

## Files

| file | what it is |
| --- | --- |
| `gen.py` | Source of truth. Holds every text, label and note as Python literals (look-alike, zero-width, full-width and star characters are built from `\\uXXXX` escapes or a helper), the judgement calls, this README's text and the validator's source. Running it writes the three other files and then validates. |
| `holdout40.jsonl` | 160 lines, one JSON object each, keys exactly `id`, `text`, `labels`, `lang`, `tags`, `note`; ids `h40-001`..`h40-160` after a fixed shuffle. |
| `validate.py` | Self-check (below). Prints the counts, exits 1 on any problem. Optional argument: another path. |
| `README.md` | This file (generated). |

Rebuild and check: `python3 gen.py` (or `python3 validate.py` to check only).

## Record format

- `labels`: a subset of `review-inducement`, `off-platform-contact`, `marketing`, in that order.
- `lang`: `en`, `zh` or `mixed`. Traditional Chinese is `zh` plus the tag `traditional`;
  `mixed` is Simplified Chinese plus English in one message.
- `note`: one English sentence giving the reason for the label.
- `tags`, in this order:
  1. one subtype per label, in label order:
     - review-inducement: `incentive`, `positive-ask`, `gating`, `steering`, `change-review`,
       `feedback-removal`;
     - off-platform-contact: `email`, `phone`, `messaging-app`, `social`, `url`, `qr`,
       `payment`, `website`, `diversion`;
     - marketing: `coupon`, `discount`, `promotion`, `new-product`, `early-access`,
       `cross-sell`, `bundle`, `buy-again`, `subscription`, `restock`, `loyalty`, `referral`,
       `storefront-link`, `vip-group`;
  2. one context tag: `reply` (answer in a buyer-started thread) or `proactive`;
  3. evasive violations only: `evasion`, then the technique tag(s): `spacing`, `fullwidth`,
     `homoglyph`, `leetspeak`, `zero-width`, `star-symbols`, `pinyin`, `homophone`,
     `cn-numerals`, `spelled-email`, `spelled-phone`, `traditional-keyword`;
  4. compliant records only: `near-miss` (contains something a naive list flags) or `plain`
     (contains nothing of the kind);
  5. `traditional` for Traditional-Chinese records;
  6. `keyword-free` on a non-evasive violation in which no naive trigger occurs (computed);
  7. `long` (5 to 12 sentences) or `short` (at most 2 sentences and a display width of at most
     80, CJK and full-width characters counting 2), computed.

## What `validate.py` checks

- 160 records, exact key set, ids in sequence, texts unique after NFKC, zero-width stripping,
  casefolding and whitespace collapse.
- Labels only from the three policies, no duplicates, canonical order; `lang` in en/zh/mixed.
- Tag grammar above; subtypes belong to their labels; `evasion` only on violations and always
  with a technique; exactly one of `near-miss`/`plain` on compliant records; `keyword-free`,
  `long` and `short` recomputed.
- Evidence in the text for every technique tagged, and none of the artefacts (zero-width,
  full-width, look-alike letters, leetspeak, spacing, stars, pinyin, sound-alikes, spelled
  e-mail or phone) in untagged records.
- The naive-trigger list (about 150 EN/ZH words in both scripts, plus links, e-mail addresses
  and phone-like numbers): a near-miss must hit it (or carry an order id or tracking number), a
  plain record must not, and `keyword-free` is set exactly when a non-evasive violation misses
  it.
- Phone numbers, after NFKC, zero-width stripping and conversion of Chinese numerals and
  English number words, with order ids and tracking numbers removed, must all be 555-0100..0199;
  e-mail addresses (also spelled-out) and bare domains must be on the allowlist.
- Script: `en` has no CJK characters or CJK punctuation; Simplified and mixed records have no
  Traditional-only characters (except the tagged `traditional-keyword` swap); Traditional
  records have Traditional characters and no Simplified-only ones (OpenCC when installed, a
  built-in character list otherwise).
- Notes are one English sentence; at most 12 sentences per text.
- The mix stays within the ranges the brief asked for (per label, per language, near-misses,
  evasions), and every language variety has at least one record of each label, one near-miss
  and one evasion.

The checks were exercised by mutating a copy of the file (foreign phone number, foreign domain,
stray technique tag, wrong keyword-free tag, Traditional character in a Simplified record,
missing record, label order); each mutation made the script exit 1.

"""
VALIDATE_SRC = r'''#!/usr/bin/env python3
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
'''

# ---------------------------------------------------------------- the set --
# Shop: Copperlane Auto Gear (铜道车品 / 銅道車品), an invented Amazon seller of car
# accessories.  Products: Sentry D4 dash cam; Sentry D6 Duo front+rear dash cam with
# the companion app LaneView (路视); Saddlefit seat covers (鞍适座套); PuffPro 160
# cordless tyre inflator; GripArc magnetic vent phone mount; Sentry D8 (unreleased).
# Everything is invented: people, order ids, tracking numbers, handles, domains
# (copperlanegear.com, copperlane.tw) and phone numbers (US 555-0100..0199).

ZW = "\u200b"          # zero-width space
CYR_E = "\u0435"       # Cyrillic small ie, looks like Latin e
CYR_A_CAP = "\u0410"   # Cyrillic capital A
CYR_A = "\u0430"       # Cyrillic small a
STAR5 = "\u2605" * 5   # black stars
EMOJI5 = "\u2b50" * 5  # emoji stars


def fw(s):
    """ASCII to full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RECORDS = []


def R(lang, labels, subs, ctx, text, note, tech=(), kind=None, nm=None):
    RECORDS.append(dict(lang=lang, labels=list(labels), subs=list(subs), ctx=ctx, text=text,
                        note=note, tech=list(tech), kind=kind, nm=nm))


RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"

# ======================================================= English violations ==
# --- review-inducement only
R("en", [RI], ["positive-ask"], "reply",
  "Hi Marcus, glad the D4 caught that fender-bender so clearly. If you have a minute, a 5-star "
  "review on the listing would really help a small shop like ours.",
  "Asks outright for a five-star review.")
R("en", [RI], ["gating"], "proactive",
  "Hello from Copperlane! Your Saddlefit covers should be fitted by now. If they sit like a glove, "
  "other drivers would love to hear it on the product page; if anything is off, message us here "
  "first and we'll put it right before you post anything.",
  "Sends happy buyers to the product page and unhappy ones to the seller before they post, which is review gating without any review keyword.")
R("en", [RI], ["change-review"], "reply",
  "Thanks for confirming that the new power lead stopped the flicker, Ms Adeyemi. Now that the D4 "
  "records without gaps, would you be willing to look again at what you wrote about it on the "
  "listing?",
  "Asks the buyer to reconsider a product review after a fix, which policy C4 forbids even after resolution.")
R("en", [RI], ["incentive"], "proactive",
  "Order 114-3381920-5527014: thanks for choosing the PuffPro 160. Tell other drivers how it "
  "handled your tyres on the product page, send us a screenshot of your post, and a spare nozzle "
  "kit will be on its way at no cost to you.",
  "Offers a free accessory in exchange for a posted review proven by screenshot.")
R("en", [RI], ["gating"], "reply",
  "That's wonderful to hear, Jonah, and thank you for telling us the front and rear cameras caught "
  "the whole incident. Would you mind saying the same thing on the D6 Duo's Amazon page so other "
  "drivers can see it?",
  "Turns a buyer's praise into a review request, which the review policy counts as asking only satisfied buyers.")
R("en", [RI], ["feedback-removal"], "reply",
  "Your replacement mount went out this morning with tracking TBA482910375561. The comment on our "
  "seller profile weighs on a small shop like ours more than you might think, so once the parcel "
  "arrives we'd really appreciate it if that comment didn't stay up.",
  "Pleads with the buyer to take down seller feedback once the replacement arrives, which is pressure to remove feedback.")
R("en", [RI], ["positive-ask"], "proactive",
  "Your D4 was delivered on Tuesday, order 112-6603927-1184530. If it has earned the top mark from "
  "you, that's the score we're hoping to see under your name on the product page.",
  "Hints at the top rating instead of naming five stars, still a request for a positive review.")
R("en", [RI], ["change-review"], "reply",
  "Hi Priya, thanks for the photos. The clip you sent shows the suction cup letting go in the heat, "
  "which happens on sloped windscreens above about 35 C. We've sent the adhesive mount instead, and "
  "it should arrive on Thursday. Peel the film, press it for thirty seconds and leave it an hour "
  "before attaching the camera. If the new mount solves it, a quick note on the product page would "
  "help other drivers in hot climates, and we'd be glad if you took another look at the one-star "
  "comment you left. Thanks again for your patience.",
  "A helpful troubleshooting reply that ends by asking the buyer to revisit a one-star review.")
R("en", [RI], ["positive-ask"], "proactive",
  "Quick favour from the Copperlane team: if the PuffPro made your mornings easier, please leave us "
  "a f.i.v.e s.t.a.r r.e.v.i.e.w on Amazon.",
  "Asks for a five-star review with the words broken up by dots.",
  tech=["spacing"])
R("en", [RI], ["incentive"], "proactive",
  "Post a r3view of your D6 Duo and a second windscreen mount ships to you at our expense.",
  "Offers a free mount for a review, with the word review written in leetspeak.",
  tech=["leetspeak"])
R("en", [RI], ["positive-ask"], "reply",
  "Your GripArc should be clicking into place by now! If you're pleased with it, " + STAR5 +
  " on the listing would mean the world to our team.",
  "Asks pleased buyers for a full row of stars, written as star symbols.",
  tech=["star-symbols"])
R("en", [RI], ["change-review"], "reply",
  "We've replaced the inflator and covered the return postage. Would you consider editing your "
  "r" + CYR_E + "vi" + CYR_E + "w now that the problem is solved?",
  "Asks the buyer to edit a product review after a fix, with Cyrillic look-alike letters inside the word review.",
  tech=["homoglyph"])
R("en", [RI], ["gating"], "proactive",
  "If the seat covers meet your expectations, we'd love a re" + ZW + "view. If they don't, please "
  "come to us first instead of posting.",
  "Classic review gating, with an invisible character splitting the word review.",
  tech=["zero-width"])
R("en", [RI], ["incentive"], "proactive",
  "Share a photo of your Saddlefit covers on the product page with a few words about the fit, and "
  "five dollars goes back onto your card the same week.",
  "Pays cash back for a photo post on the product page, an incentive worded without any review term.")
R("en", [RI], ["steering"], "reply",
  "When you tell other buyers about the D6 Duo, please say that setup took under five minutes and "
  "that the night footage is crisp; those are the two points shoppers ask us about most.",
  "Dictates what the buyer should say in a review, which is an attempt to influence its content.")

# --- off-platform-contact only
R("en", [OPC], ["email"], "reply",
  "For the firmware file you asked about, just write to firmware@copperlanegear.com and our "
  "engineer will send it over directly.",
  "Gives a seller e-mail address, which buyer messages may not contain.")
R("en", [OPC], ["url"], "reply",
  "The full fitting guide with photos is at https://copperlanegear.com/guides/saddlefit; it is much "
  "easier to follow than the leaflet in the box.",
  "Links to the seller's own website, a non-Amazon link even though it is meant to help.")
R("en", [OPC], ["payment"], "reply",
  "Rather than waiting for the Amazon return to go through, we can send the $24 back to you today "
  "over PayPal; just reply with the address on your account.",
  "Moves a refund to PayPal, a payment outside Amazon.")
R("en", [OPC], ["diversion"], "reply",
  "Our technicians respond much faster outside this inbox: search for Copperlane Garage Help in "
  "your browser and start a chat with them there.",
  "Invites the buyer to continue the conversation on the seller's own help desk, without a link or any contact keyword.")
R("en", [OPC], ["messaging-app"], "proactive",
  "If the magnet ever loses its grip, ping us on the green chat service at the number printed on "
  "the insert card and we'll sort you out.",
  "Points the buyer to a chat app and a number on the insert card instead of Amazon messaging.")
R("en", [OPC], ["social"], "reply",
  "All our troubleshooting clips are on our channel: look up Copperlane Drives on the big video "
  "site and you'll find the pairing walkthrough.",
  "Sends the buyer to the seller's video channel off Amazon without naming the site.")
R("en", [OPC], ["email"], "reply",
  "Send the clip to help at copperlanegear dot com and our team will go through the footage for you.",
  "Gives an e-mail address spelled out with at and dot.",
  tech=["spelled-email"])
R("en", [OPC], ["messaging-app"], "reply",
  "For quicker help, message us on W h a t s A p p at +1 415 555 0190.",
  "Gives a WhatsApp number, with the app name spaced out.",
  tech=["spacing"])
R("en", [OPC], ["phone"], "reply",
  "Need a hand with the pressure presets? Ring us on three one two, five five five, zero one three "
  "eight, any weekday.",
  "Gives the seller's phone number in number words.",
  tech=["spelled-phone"])
R("en", [OPC], ["messaging-app"], "proactive",
  "For the quickest fix, our team is on Whats" + CYR_A_CAP + "pp at +1 213 555 0176.",
  "Gives a WhatsApp contact with a Cyrillic letter inside the app name.",
  tech=["homoglyph"])
R("en", [OPC], ["email"], "reply",
  "Please send a photo of your warranty card to " + fw("care@copperlanegear.com") +
  " so we can register it.",
  "Gives an e-mail address in full-width characters.",
  tech=["fullwidth"])
R("en", [OPC], ["qr"], "proactive",
  "Inside the box you'll find a small card with a square barcode; point your camera at it to reach "
  "our support chat directly, with no need to go through Amazon.",
  "A code on the insert card that leads to the seller's own support chat, described without saying QR.")
R("en", [OPC], ["phone"], "reply",
  "Hi Tom, thanks for the quick reply. The rear cable in your photo is plugged into the USB port "
  "rather than the AV-in socket, which is why the rear image is blank. Move it to the round socket "
  "marked R and restart the camera. Everything else in your setup looks right.\n\nBest regards,\n"
  "Lena Vogt, Copperlane Support | +1 (312) 555-0171 | copperlanegear.com",
  "A correct technical answer whose signature block carries the seller's phone number and website.")

# --- marketing only
R("en", [MKT], ["coupon"], "proactive",
  "Thanks for your recent order 113-5520417-9038221! As a returning customer, use code ROAD15 for "
  "15% off your next Copperlane purchase.",
  "Sends a discount code for a future purchase.")
R("en", [MKT], ["new-product"], "reply",
  "Glad the D4 is behaving after the reset. A heads-up: its bigger sibling with a rear camera and "
  "parking mode arrives next month, and earlier buyers get first pick before everyone else.",
  "Announces an upcoming product and a head start for past buyers, without any sales keyword.")
R("en", [MKT], ["cross-sell"], "reply",
  "Your seat covers leave tomorrow. Many drivers who pick the Saddlefit set also add the matching "
  "steering wheel wrap in the same grey, and it sits right next to them in our Amazon shop.",
  "Adds a cross-sell to a shipping answer.")
R("en", [MKT], ["buy-again"], "proactive",
  "It has been a month since your PuffPro arrived. Running low on valve caps? Tap 'Buy it again' in "
  "your orders and we'll ship a fresh set the same day.",
  "An unsolicited buy-again push.")
R("en", [MKT], ["storefront-link"], "reply",
  "You can browse our whole range of car accessories here: "
  "https://www.amazon.com/stores/Copperlane/page/7F3A21C0",
  "Links to the seller's Amazon storefront to show more products, which is marketing although the link stays on Amazon.")
R("en", [MKT], ["loyalty"], "proactive",
  "As one of our repeat drivers you are now on the Pit Crew list, which means every order you place "
  "with us comes with a little extra tucked into the box.",
  "Announces a loyalty perk for future orders.")
R("en", [MKT], ["restock"], "proactive",
  "The sand-beige Saddlefit set is on the shelves again, and the first forty orders leave the "
  "warehouse ahead of everyone else's.",
  "An unsolicited restock announcement with an urgency hook.")
R("en", [MKT], ["coupon"], "proactive",
  "Enjoy the GripArc! Your c0upon for the next order is GRIPTEN, entered at checkout.",
  "Sends a coupon for the next order, with the word coupon in leetspeak.",
  tech=["leetspeak"])
R("en", [MKT], ["discount"], "reply",
  "As thanks for your patience with the delay, here is a dis" + ZW + "count on your next order: 25% "
  "with DRIVE25.",
  "Offers a discount code on a future order, with an invisible character inside the word discount.",
  tech=["zero-width"])
R("en", [MKT], ["promotion"], "proactive",
  "Heads up: our s-a-l-e starts Friday, with every dash cam marked down until Monday night.",
  "Announces a sale with the word spelled out letter by letter.",
  tech=["spacing"])
R("en", [MKT], ["cross-sell"], "reply",
  "Your inflator has a sister product, the GripArc vent mount, and it sits right beside it in our "
  "Amazon shop.",
  "Cross-sells another product without any sales keyword.")
R("en", [MKT], ["early-access"], "reply",
  "Reply FIRST LOOK to this message and we'll hold one of the first D8 units for you before it "
  "appears on the listing.",
  "Offers early access to an unreleased product with a call to action.")
R("en", [MKT], ["discount"], "reply",
  "Your seat covers are packed. If you pick up a second set for another car within the month, we'll "
  "take a quarter off its price.",
  "Offers a price cut on a second purchase, worded without discount terms.")
R("en", [MKT], ["referral"], "reply",
  "Know someone whose car still has no dash cam? Refer them to us and you'll both get $10 off.",
  "A referral reward.")

# --- two labels
R("en", [RI, OPC], ["incentive", "payment"], "proactive",
  "Once your review of the D6 Duo is live, send us the link and we'll PayPal you $15 for your time.",
  "Pays for a review and pays through PayPal outside Amazon.")
R("en", [RI, OPC], ["gating", "email"], "proactive",
  "If the D4 is anything less than perfect, please email fixit@copperlanegear.com before writing "
  "anything on Amazon; if you love it, a review would make our day.",
  "Gates reviews by sending unhappy buyers to an off-Amazon e-mail address.")
R("en", [RI, MKT], ["incentive", "coupon"], "proactive",
  "Write a few lines about your PuffPro on the product page and we'll send you a 30% code for your "
  "next order.",
  "Offers a discount code in return for a review, which is both an incentive and a coupon push.")
R("en", [RI, MKT], ["incentive", "discount"], "proactive",
  "Leave " + EMOJI5 + " and your next order from us is half price.",
  "Trades a top rating, written as emoji stars, for half price on the next order.",
  tech=["star-symbols"])
R("en", [OPC, MKT], ["social", "promotion"], "proactive",
  "Follow us on Instagram @copperlane.drives, where we give away a PuffPro to one follower every "
  "month.",
  "Invites the buyer to a social account tied to a giveaway.")
R("en", [OPC, MKT], ["website", "discount"], "reply",
  "Next time, skip the marketplace and order straight from copperlanegear.com; prices there come in "
  "about twelve dollars under what you paid here.",
  "Steers the buyer to buy on the seller's own website at a lower price.")

# ====================================================== English near-misses ==
R("en", [], [], "reply",
  "Thanks for sending the clip. Our engineer reviewed the footage frame by frame, and the stutter at "
  "02:14 matches a known memory card issue; a replacement 64 GB card is on its way at no charge.",
  "The seller reviewed the buyer's footage and sends a part as a remedy, nothing about product reviews.",
  kind="near-miss", nm="logistics-review-word")
R("en", [], [], "reply",
  "We're sorry the inflator's gauge arrived cracked. A full refund of $42.99 has been issued to your "
  "original payment method through Amazon; it usually shows within 3-5 business days.",
  "A refund given as a remedy through Amazon with no link to any review.",
  kind="near-miss", nm="refund-remedy")
R("en", [], [], "reply",
  "As you asked, we cancelled the duplicate order 112-8830145-2276390. Your first order for the "
  "GripArc is unaffected and still ships tomorrow.",
  "The seller cancels a duplicate order at the buyer's request and quotes the order id.",
  kind="near-miss", nm="logistics-cancel")
R("en", [], [], "reply",
  "Error code E07 on the PuffPro means the hose isn't fully seated on the valve. Screw it on until it "
  "clicks, then hold the power button for two seconds.",
  "An error code in a troubleshooting answer, not a discount code.",
  kind="near-miss", nm="error-code")
R("en", [], [], "reply",
  "To pair the D6 Duo with the LaneView app, install it from the App Store or Google Play, then open "
  "Settings > Wi-Fi on the camera and point the app at the pairing pattern on its screen.",
  "Installing the product's companion app from the app stores is needed to use the camera and gives no link or handle.",
  kind="near-miss", nm="companion-app")
R("en", [], [], "reply",
  "You can start the return from Your Orders at https://www.amazon.com/gp/css/order-history; choose "
  "the seat covers and select 'Wrong size'.",
  "A link to Amazon's own order-history page to start a return.",
  kind="near-miss", nm="amazon-order-link")
R("en", [], [], "reply",
  "Your parcel is with UPS under tracking 1Z4F88R20398761522. The local depot can rearrange the "
  "delivery if you call them on 1-800-555-0134.",
  "A carrier's number for a delivery problem, covered by the shipping-provider exception.",
  kind="near-miss", nm="carrier-phone")
R("en", [], [], "proactive",
  "Order 113-2290741-6615308: we hope the Saddlefit covers are settling in well. If you have a "
  "moment, you are welcome to review them on Amazon; every honest opinion, good or bad, helps other "
  "drivers choose.",
  "A single neutral review request with no condition, rating or reward.",
  kind="near-miss", nm="neutral-review-request")
R("en", [], [], "reply",
  "Thank you for letting us sort out the missing mounting clip. If you are satisfied that we have "
  "resolved your concerns, it is possible to update or remove the seller feedback you left; it is "
  "entirely your choice.",
  "Amazon's own neutral notice about seller feedback after a resolved issue, with no pressure or reward.",
  kind="near-miss", nm="feedback-neutral-notice")
R("en", [], [], "reply",
  "Thank you for mentioning your review, and we're glad the night footage was as clear as you hoped. "
  "If you ever need the firmware notes, just reply here.",
  "Thanks the buyer for a review they brought up and asks for nothing about it.",
  kind="near-miss", nm="review-thanks")
R("en", [], [], "reply",
  "The D4 carries an 18-month warranty. To claim it, reply in this thread with your order number and "
  "a short clip of the fault; we handle everything through Amazon messages, so there is no need to "
  "email or call anyone.",
  "A warranty claim kept inside Amazon messaging; e-mail and calls are mentioned only to say they are not needed.",
  kind="near-miss", nm="warranty-on-amazon")
R("en", [], [], "reply",
  "The PDF manual is on the product page under 'Product guides and documents', so there is no "
  "website to visit; a printed copy also sits under the foam tray.",
  "Points to the manual on the Amazon product page, not to an outside site.",
  kind="near-miss", nm="manual-on-amazon")
R("en", [], [], "reply",
  "Yes, fitting is tool-free: the GripArc clamps onto the vent blade by hand, and the magnet ring is "
  "nickel-free if you have a sensitivity.",
  "The word free is a product specification, not an offer.",
  kind="near-miss", nm="spec-words")
R("en", [], [], "reply",
  "The coupon you saw on the listing is an Amazon coupon; it is applied automatically at checkout "
  "once you tick the box under the price, so there is nothing for us to send you.",
  "Explains an Amazon coupon the buyer asked about and offers nothing new.",
  kind="near-miss", nm="coupon-explanation")
R("en", [], [], "reply",
  "The Saddlefit covers have split seams on the outer side, so they work with seat-mounted side "
  "airbags. They have been fitted in many cars with 5-star crash ratings without issue.",
  "The five-star rating is a car safety score, not a review request.",
  kind="near-miss", nm="spec-words")
R("en", [], [], "reply",
  "You may get an automatic email from Amazon asking about your purchase. That one comes from Amazon, "
  "not from us, and you are free to ignore it.",
  "Informs the buyer about Amazon's automatic review e-mail without asking for anything.",
  kind="near-miss", nm="amazon-auto-email")
R("en", [], [], "reply",
  "The GripArc holds phones from 4.7 to 6.9 inches, including ones in a slim case. For phones heavier "
  "than 250 g, use the second metal plate to keep it steady on rough roads.",
  "The word phone describes the product, not a contact.",
  kind="near-miss", nm="spec-words")
R("en", [], [], "reply",
  "The LaneView app doesn't need WhatsApp, Facebook or any other account; it connects to the camera's "
  "own Wi-Fi and the footage stays on your device.",
  "Names messaging apps only to say the product does not need them.",
  kind="near-miss", nm="feature-im-names")
R("en", [], [], "reply",
  "We removed the gift message and updated the delivery address to the one you sent, 14 Birchmere "
  "Lane. Nothing else on the order has changed.",
  "Remove, update and change are order edits the buyer asked for.",
  kind="near-miss", nm="logistics-verbs")
R("en", [], [], "reply",
  "Before sending it back, please review the reset steps in section 4 of the manual; most no-power "
  "cases are fixed by holding the reset pin for ten seconds.",
  "Review here means read the manual steps.",
  kind="near-miss", nm="logistics-review-word")
R("en", [], [], "proactive",
  "We're sorry: the charcoal Saddlefit set sold out before your order could be packed, so we have "
  "cancelled it on our side and Amazon will refund the full amount automatically.",
  "The seller cancels an out-of-stock order itself instead of asking the buyer to cancel, and the refund goes through Amazon.",
  kind="near-miss", nm="logistics-cancel")
R("en", [], [], "reply",
  "We can't send money through PayPal or a bank transfer; the partial refund of $8 for the scuffed "
  "box was issued through Amazon and will appear on your original card.",
  "Names PayPal only to decline it and refunds through Amazon.",
  kind="near-miss", nm="payment-negation")
R("en", [], [], "reply",
  "Since the suction cup arrived split, a replacement mount has been sent free of charge under "
  "tracking TBA605118273340. There is no need to return the broken one.",
  "A free replacement as a remedy, with a tracking number that is not a phone number.",
  kind="near-miss", nm="free-remedy")

# ========================================================== English plain ==
R("en", [], [], "reply",
  "Your order left our warehouse this morning, and the carrier expects to deliver it on Thursday.",
  "A shipping answer to the buyer's question.", kind="plain")
R("en", [], [], "reply",
  "Yes, the D4 runs from a 12 V socket and comes with a 3.5 m lead, which is long enough to route "
  "around the windscreen in most cars.",
  "A product answer.", kind="plain")
R("en", [], [], "reply",
  "The PuffPro stops by itself when it reaches the pressure you set, so there is no need to watch the "
  "gauge.",
  "A product answer.", kind="plain")
R("en", [], [], "reply",
  "Sorry to hear the covers are tight on the rear bench. The 60/40 split version should suit your "
  "model; let us know if you would like to exchange them.",
  "Offers an exchange through the normal return path.", kind="plain")
R("en", [], [], "reply",
  "The rear camera lead is 6 m long, which reaches the back window of most SUVs and vans.",
  "A product answer.", kind="plain")
R("en", [], [], "proactive",
  "Because of a carrier delay, your order will ship two days later than planned; the new estimated "
  "delivery date is 18 June.",
  "A proactive delay notice, a permitted unexpected-problem message.", kind="plain")
R("en", [], [], "proactive",
  "Could you tell us whether your car has the 2017 or the 2019 dashboard? The vent clip differs "
  "between the two, and we'll ship as soon as we know.",
  "Asks for information needed to complete the order.", kind="plain")
R("en", [], [], "reply",
  "The GripArc magnet does not affect compasses, wireless charging or contactless payments when used "
  "with the included plate.",
  "A product answer.", kind="plain")

# =================================================== Simplified violations ==
R("zh", [RI], ["gating"], "proactive",
  "座套如果装得合身，欢迎到商品页面跟其他车主说说；要是哪里不合适，请先在这里告诉我们，处理好之前先别急着发表。",
  "Happy buyers are sent to the product page and unhappy ones to the seller first, gating without any review keyword.")
R("zh", [RI], ["change-review"], "reply",
  "新的电源线已经寄到，画面闪烁的问题也解决了。方便的话，能不能回到商品页面，把之前写的那段话重新看一看？",
  "Asks the buyer to reconsider what they wrote on the product page after a fix.")
R("zh", [RI], ["feedback-removal"], "reply",
  "缺的卡扣已经补发，单号TBA771204839512。您在店铺页面留下的那条留言对我们影响很大，收到货后能不能高抬贵手？",
  "Pleads with the buyer to let go of the seller-profile comment once the part arrives, pressure to remove feedback.")
R("zh", [RI], ["gating"], "reply",
  "听您说记录仪帮您解决了剐蹭纠纷，我们特别开心！能把这段经历也写到亚马逊的商品页上吗？",
  "Turns the buyer's praise into a review request, which counts as asking only satisfied buyers.")
R("zh", [RI], ["positive-ask"], "reply",
  "亲，充气泵好用的话，帮忙给个haoping呀，谢谢支持！",
  "Asks for a positive review written in pinyin.",
  tech=["pinyin"])
R("zh", [RI], ["positive-ask"], "proactive",
  "支架用着顺手的话，麻烦给个五*星*好*评，感谢！",
  "Asks for a five-star positive review with asterisks between the characters.",
  tech=["spacing"])
R("zh", [RI], ["incentive"], "proactive",
  "收货后写几句使用感受，联系售后即可领取返显5美元哦。",
  "Offers cash back for a review, with a sound-alike character for the cash-back term.",
  tech=["homophone"])
R("zh", [RI], ["steering"], "reply",
  "写评价的时候麻烦提一下“五分钟就装好”和“夜视很清楚”，最好再配一张装车后的照片。",
  "Tells the buyer what to write in the review and asks for a photo.")

R("zh", [OPC], ["messaging-app"], "reply",
  "有任何问题可以加薇信 tongdao-cs01，发段视频给我们看看。",
  "Gives a WeChat id, with a sound-alike character for the app name.",
  tech=["homophone"])
R("zh", [OPC], ["phone"], "reply",
  "安装遇到困难可以直接打给我们的技术员：幺-三一二-五五五-零一五六。",
  "Gives the seller's phone number in Chinese numerals.",
  tech=["cn-numerals"])
R("zh", [OPC], ["url"], "reply",
  "您好，收到您的照片了。从照片看，支架卡在了出风口的横叶上，所以会往下掉。请把卡扣换到竖叶上，再把底部旋钮拧紧。"
  "如果还是不稳，可以换用包装里的粘贴底座。安装视频已经放在我们官网上了：https://copperlanegear.com/cn/video，"
  "比说明书直观多了。",
  "A good troubleshooting answer that ends with a link to the seller's own website.")
R("zh", [OPC], ["diversion"], "proactive",
  "以后需要配件，直接来我们自己的店里找我们就行，不用再经过亚马逊，处理起来也更快。",
  "Invites the buyer to deal with the seller outside Amazon next time.")
R("zh", [OPC], ["qr"], "proactive",
  "包裹里小卡片背面有个方形码，用手机相机对准它，就能直接找到我们的售后团队。",
  "A code on the insert card that leads to the seller's own support, without saying QR.")
R("zh", [OPC], ["email"], "reply",
  "您好，麻烦把行车记录仪的故障视频发到 help 艾特 copperlanegear 点 com，我们的工程师看过以后会尽快回复您。",
  "Gives an e-mail address spelled out in Chinese.",
  tech=["spelled-email"])

R("zh", [MKT], ["coupon"], "proactive",
  "感谢您再次光临！下次购买时输入优惠码 CL2024，立减15%。",
  "Sends a discount code for the next purchase.")
R("zh", [MKT], ["new-product"], "reply",
  "您买的D4有个升级款下个月就到，带后摄和停车监控，老顾客可以比别人早一步拿到。",
  "Announces an upcoming model with a head start for past buyers, without sales keywords.")
R("zh", [MKT], ["cross-sell"], "reply",
  "座套明天发出。很多车主会顺手配一个同色的方向盘套，就在我们亚马逊店铺里，和座套放在一起。",
  "Adds a cross-sell to a shipping answer.")
R("zh", [MKT], ["promotion"], "proactive",
  "双十一期间本店全场行车记录仪八折，欢迎选购！",
  "Announces a store-wide sale.")
R("zh", [MKT], ["discount"], "proactive",
  "老客户专享：下单任意一款座套立减" + fw("20%") + "。",
  "A discount for returning buyers, with full-width digits.",
  tech=["fullwidth"])
R("zh", [MKT], ["loyalty"], "reply",
  "老顾客下次下单有youhui，下单前留言报暗号“铜道”就行。",
  "A perk for returning buyers, with the word for discount written in pinyin.",
  tech=["pinyin"])

R("zh", [RI, OPC], ["incentive", "payment"], "proactive",
  "好评后把截图发给售后，我们通过微信红包返现10元。",
  "Cash back for a positive review, paid by WeChat red packet outside Amazon.")
R("zh", [RI, OPC], ["gating", "messaging-app"], "proactive",
  "用得不顺手的话，先别急着上网说，加我们的V信 tongdao_fix 沟通一下。",
  "Tells unhappy buyers to contact the seller on WeChat before posting, gating plus an IM handle.",
  tech=["homophone"])
R("zh", [RI, MKT], ["incentive", "coupon"], "proactive",
  "留下好評后联系我们，送您一张下次下单可用的优惠券。",
  "A coupon in return for a positive review, with the review term written in Traditional characters.",
  tech=["traditional-keyword"])
R("zh", [RI, MKT], ["incentive", "promotion"], "proactive",
  "写下使用感受并截图给我们，即可参加本月新品抽奖。",
  "A prize-draw entry for a review, which is an incentive and a promotion.")
R("zh", [OPC, MKT], ["messaging-app", "vip-group"], "proactive",
  "欢迎加入我们的车友微信群，群里每周都有专属秒杀和抽奖。",
  "Invites the buyer to a WeChat group that carries deals.")
R("zh", [OPC, MKT], ["website", "discount"], "reply",
  "下次直接在我们官网 copperlanegear.com 下单，价格比亚马逊低一成。",
  "Sends the buyer to the seller's website with a lower price.")

# ================================================== Simplified near-misses ==
R("zh", [], [], "reply",
  "我们的工程师评估了您发来的视频，02:14处的卡顿是内存卡兼容问题，新的64G内存卡已免费寄出。",
  "The seller assessed the footage and sends a free part as a remedy.",
  kind="near-miss", nm="logistics-review-word")
R("zh", [], [], "reply",
  "很抱歉充气泵表盘破损，42.99美元的全额退款已通过亚马逊原路退回，一般3到5个工作日到账。",
  "A refund through Amazon as a remedy.",
  kind="near-miss", nm="refund-remedy")
R("zh", [], [], "reply",
  "已按您的要求取消重复订单 111-2049387-6650193，并删除了礼品留言，其余信息不变。",
  "Cancel and delete are order edits the buyer asked for.",
  kind="near-miss", nm="logistics-cancel")
R("zh", [], [], "proactive",
  "订单 114-6620193-4471820：座套用过一段时间后，欢迎在亚马逊商品页面写下您的真实评价，好评差评都可以。",
  "A single neutral review request that welcomes any opinion.",
  kind="near-miss", nm="neutral-review-request")
R("zh", [], [], "reply",
  "缺失的配件已补发。如果您认为问题已经解决，可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
  "Amazon's neutral seller-feedback notice after a resolved issue.",
  kind="near-miss", nm="feedback-neutral-notice")
R("zh", [], [], "reply",
  "谢谢您告诉我们已经给了好评，也很高兴夜间画面达到了您的预期。需要固件说明的话，随时在这里留言。",
  "Thanks the buyer for a review they mentioned and asks nothing about it.",
  kind="near-miss", nm="review-thanks")
R("zh", [], [], "reply",
  "路视App可以在App Store或Google Play下载，打开记录仪设置里的无线页面，用手机对准屏幕上的配对图案即可连接。",
  "Installing the companion app is needed to use the camera and gives no link or handle.",
  kind="near-miss", nm="companion-app")
R("zh", [], [], "reply",
  "包裹由UPS承运，单号1Z9X33R20411827709。如需改约派送时间，可以拨打承运商电话 1-800-555-0181。",
  "A carrier's number for a delivery problem.",
  kind="near-miss", nm="carrier-phone")
R("zh", [], [], "reply",
  "记录仪保修18个月。需要保修时，直接在本对话里回复订单号和故障视频即可，全程在亚马逊处理，不需要加微信或打电话。",
  "A warranty claim kept inside Amazon messaging; WeChat and calls are named only to say they are not needed.",
  kind="near-miss", nm="warranty-on-amazon")
R("zh", [], [], "reply",
  "座套侧面采用开缝设计，不影响座椅侧气囊，在多款碰撞测试五星的车型上都装过。",
  "Five stars here is a crash-test score.",
  kind="near-miss", nm="spec-words")
R("zh", [], [], "reply",
  "收货地址已修改为您发来的新地址，包裹预计周五送达。",
  "Modify refers to the delivery address the buyer asked to change.",
  kind="near-miss", nm="logistics-verbs")

# ======================================================= Simplified plain ==
R("zh", [], [], "reply", "您好，您的包裹昨天已经发出，承运商显示预计周四送达。",
  "A shipping answer to the buyer's question.", kind="plain")
R("zh", [], [], "reply", "D4支持12V点烟器供电，随附3.5米电源线，足够绕着前挡风玻璃走线。",
  "A product answer.", kind="plain")
R("zh", [], [], "proactive", "因为物流原因，您的订单会比预计晚两天发货，新的预计送达日期是6月18日。",
  "A proactive delay notice.", kind="plain")
R("zh", [], [], "proactive", "请问您的车是2017款还是2019款？两款的出风口卡扣不一样，确认后我们马上安排发货。",
  "Asks for information needed to complete the order.", kind="plain")

# ================================================== Traditional violations ==
R("zh-t", [RI], ["positive-ask"], "reply",
  "您好，行車記錄器用起來還順手嗎？方便的話幫我們留個五星好評，對小店幫助很大！",
  "Asks for a five-star positive review in Traditional Chinese.")
R("zh-t", [RI], ["change-review"], "reply",
  "新的吸盤已經寄到，畫面晃動的問題也解決了。方便的話，能否回到商品頁面，把先前寫的那段內容重新考慮一下？",
  "Asks the buyer to reconsider what they wrote on the product page after a fix.")
R("zh-t", [RI], ["incentive"], "proactive",
  "座套用得喜歡的話，給我們" + STAR5 + "並傳張截圖過來，下次出貨多送一組頭枕套。",
  "Offers a free headrest cover for a top rating shown as star symbols.",
  tech=["star-symbols"])
R("zh-t", [RI], ["gating"], "proactive",
  "如果座套用得滿意，歡迎給個 五 顆 星；若有任何不滿，請先私訊我們，不要直接留言。",
  "Happy buyers are asked for five stars and unhappy ones to message the seller first, with the rating spaced apart.",
  tech=["spacing"])
R("zh-t", [OPC], ["messaging-app"], "reply",
  "有任何安裝問題，歡迎加我們的 L" + ZW + "INE：@cplgear，專人即時回覆。",
  "Gives a LINE handle, with an invisible character inside the app name.",
  tech=["zero-width"])
R("zh-t", [OPC], ["phone"], "reply",
  "設定App有困難的話，直接撥打我們的專線：二一三－五五五－零一二九。",
  "Gives the seller's phone number in Chinese numerals.",
  tech=["cn-numerals"])
R("zh-t", [OPC], ["diversion"], "proactive",
  "以後需要配件，直接在我們自己的店面下單就好，不必再透過亞馬遜，出貨也比較快。",
  "Invites the buyer to order from the seller outside Amazon next time.")
R("zh-t", [MKT], ["coupon"], "proactive",
  "感謝回購！下次結帳輸入優惠碼 TW88，全館再折100元。",
  "Sends a discount code for the next purchase.")
R("zh-t", [MKT], ["cross-sell"], "reply",
  "很多買充氣機的車主，也會順便帶一支同系列的胎壓筆放在車上，我們亞馬遜店裡就有。",
  "Cross-sells a tyre gauge without any sales keyword.")
R("zh-t", [RI, OPC], ["incentive", "payment"], "proactive",
  "留下好評後把截圖傳給我們，我們用街口支付退您50元。",
  "Pays for a positive review through a payment app outside Amazon.")
R("zh-t", [OPC, MKT], ["social", "promotion"], "proactive",
  "追蹤我們的IG帳號 @copperlane.drives，每月抽一台充氣機送給粉絲。",
  "Invites the buyer to follow a social account tied to a giveaway.")

# ================================================ Traditional near-misses ==
R("zh-t", [], [], "reply",
  "已依您的要求取消重複的訂單，並刪除禮品卡片上的留言，其他內容不變。",
  "Cancel and delete are order edits the buyer asked for.",
  kind="near-miss", nm="logistics-cancel")
R("zh-t", [], [], "reply",
  "我們檢視了您提供的影片，確認是記憶卡相容性的問題，新的記憶卡已免費寄出。",
  "A free part sent as a remedy after checking the footage.",
  kind="near-miss", nm="free-remedy")
R("zh-t", [], [], "reply",
  "很抱歉充氣機的接頭有瑕疵，全額退款已透過亞馬遜原路退回，約三到五個工作天入帳。",
  "A refund through Amazon as a remedy.",
  kind="near-miss", nm="refund-remedy")
R("zh-t", [], [], "reply",
  "若您認為問題已經解決，可以自行選擇是否更新或移除先前留下的賣家評價，完全尊重您的意願。",
  "Amazon's neutral seller-feedback notice after a resolved issue.",
  kind="near-miss", nm="feedback-neutral-notice")
R("zh-t", [], [], "reply",
  "謝謝您在訊息裡提到已經留了好評。之後若需要韌體說明，直接在這裡留言即可。",
  "Thanks the buyer for a review they mentioned and asks nothing about it.",
  kind="near-miss", nm="review-thanks")

# ===================================================== Traditional plain ==
R("zh-t", [], [], "reply", "您的包裹已於昨天出貨，物流顯示預計週四送達。",
  "A shipping answer.", kind="plain")
R("zh-t", [], [], "reply", "這款手機支架適用4.7到6.9吋的手機，厚一點的手機殼也能吸得很穩。",
  "A product answer.", kind="plain")

# ======================================================== mixed violations ==
R("mixed", [RI], ["positive-ask"], "reply",
  "Hi Sam，感谢购买 PuffPro！If you like it, please leave a five-star review，对我们帮助很大。",
  "Asks for a five-star review in a bilingual reply.")
R("mixed", [RI], ["incentive"], "proactive",
  "Hi there，Leave a 5-st@r r3view and get a spare hose for free，记得截图发给我们哦。",
  "Offers a free hose for a five-star review, written in leetspeak.",
  tech=["leetspeak"])
R("mixed", [RI], ["gating"], "proactive",
  "如果D6 Duo达到了您的预期，please tell other drivers on the product page；如果没有，先在这里告诉我们 before posting anything。",
  "Sends happy buyers to the product page and unhappy ones to the seller first.")
R("mixed", [RI], ["change-review"], "reply",
  "Refund 已经处理好了，麻烦把那条差評刪除一下，thanks a lot!",
  "Asks the buyer to delete a negative review after a refund, with the key terms switched to Traditional characters.",
  tech=["traditional-keyword"])
R("mixed", [RI], ["steering"], "proactive",
  "写 product page 上的使用感受时，please mention the night vision 和 the easy install，最好写满五十个字。",
  "Tells the buyer what to mention and how long to write.")
R("mixed", [OPC], ["messaging-app"], "reply",
  "Any problem with the mount? 加我 weixin: tongdao_help，我们视频教您安装。",
  "Gives a WeChat id with the app name in pinyin.",
  tech=["pinyin"])
R("mixed", [OPC], ["email"], "reply",
  "Please send the SD card footage to clips@copperlanegear.com，我们的工程师会帮您分析。",
  "Gives a seller e-mail address.")
R("mixed", [OPC], ["social"], "reply",
  "安装教程都在我们的频道里，search Copperlane Drives on the big video site，比说明书清楚多了。",
  "Sends the buyer to the seller's video channel off Amazon.")
R("mixed", [MKT], ["coupon"], "proactive",
  "Thanks for your order！下次在本店购买时 use code LANE10，全场立减10%，欢迎再来。",
  "Sends a discount code for the next purchase.")
R("mixed", [MKT], ["new-product"], "proactive",
  "Big news: 我们的新品 Sentry D8 下周上架，4K front + 2K rear。",
  "Announces a new product.")
R("mixed", [MKT], ["bundle"], "reply",
  "The D4 and the hardwire kit go together nicely，两件一起买比分开买少花不少钱。",
  "Pushes a bundle with a price advantage, without sales keywords.")
R("mixed", [MKT], ["subscription"], "reply",
  "GripArc 的引磁片是消耗品，turn on Subscribe & Save，每三个月自动给您寄一组。",
  "Pushes a subscription the buyer did not ask about.")
R("mixed", [MKT], ["promotion"], "proactive",
  "Prime Day 期间全店 dash cams on s" + CYR_A + "le，最低六折！",
  "Announces a sale with a Cyrillic letter inside the word sale.",
  tech=["homoglyph"])
R("mixed", [RI, MKT], ["incentive", "early-access"], "proactive",
  "写下您的使用感受 on Amazon，我们就把 D8 的 early access 名额留给您。",
  "Early access to a new product in return for a review, an incentive and a marketing push.")
R("mixed", [OPC, MKT], ["messaging-app", "vip-group"], "proactive",
  "Join our T e l e g r a m group @copperlane_garage，群里每周都有 flash deals，老车友还能优先抢购。",
  "Invites the buyer to a Telegram deals group, with the app name spaced out.",
  tech=["spacing"])

# ======================================================= mixed near-misses ==
R("mixed", [], [], "reply",
  "您的退货我们已经 reviewed，refund 会通过 Amazon 原路退回，3 到 5 个 business days 到账。",
  "Reviewed refers to the return and the refund goes through Amazon.",
  kind="near-miss", nm="refund-remedy")
R("mixed", [], [], "reply",
  "App 配对时如果提示 code E12，请先在手机设置里 forget the camera Wi-Fi，再重新连接。",
  "An error code in the companion app, not a discount code.",
  kind="near-miss", nm="error-code")
R("mixed", [], [], "reply",
  "已帮您 cancel 重复订单 113-7702318-5540926，first order 照常明天发货。",
  "Cancels a duplicate order at the buyer's request.",
  kind="near-miss", nm="logistics-cancel")
R("mixed", [], [], "reply",
  "Return 请在 Your Orders 里操作：https://www.amazon.com/gp/css/order-history ，选择 Item defective 即可。",
  "A link to Amazon's own order-history page to start a return.",
  kind="near-miss", nm="amazon-order-link")
R("mixed", [], [], "proactive",
  "订单 111-4058832-9067214：如果方便，welcome to share your honest review on the product page，好坏都欢迎。",
  "A single neutral review request that welcomes any opinion.",
  kind="near-miss", nm="neutral-review-request")
R("mixed", [], [], "reply",
  "说明书 PDF 在商品页面的 Product guides and documents 里，warranty 问题直接在这个对话里回复即可，不需要发 email。",
  "Manual and warranty kept on Amazon; e-mail is named only to say it is not needed.",
  kind="near-miss", nm="manual-on-amazon")

# ============================================================ mixed plain ==
R("mixed", [], [], "reply", "您好 Alex，your seat covers 已经发货，预计 Friday 送达。",
  "A shipping answer.", kind="plain")

# ------------------------------------------------------------ judgement calls --
# Each call: (title, text, predicate picking example records).  The README lists
# the ids of the records each call decided.

def _p(**kw):
    def pred(r):
        for k, v in kw.items():
            if k == "sub" and v not in r["subs"]:
                return False
            if k == "nm" and r["nm"] not in v:
                return False
            if k == "note" and v not in r["note"].lower():
                return False
            if k == "pair" and len(r["labels"]) != 2:
                return False
            if k == "pair" and v not in r["labels"]:
                return False
            if k == "label" and v not in r["labels"]:
                return False
            if k == "ctx" and r["ctx"] != v:
                return False
            if k == "kf" and bool(r.get("_kf")) != v:
                return False
            if k == "tech" and v not in r["tech"]:
                return False
        return True
    return pred


JUDGEMENT_CALLS = [
    ("A neutral review request is compliant.",
     "One unconditional invitation to review, with no rating named, no condition and no reward, "
     "is a permitted message (policy A, \"Requesting product review or seller feedback\"; the C "
     "near-misses; interface.md). Balanced wording such as \"good or bad\" or 好评差评都可以 keeps "
     "it neutral even though a keyword list sees 好评. The set cannot see thread history, so each "
     "such request is taken to be the only one for its order (the one-per-order rule is an "
     "archive audit, C6).",
     _p(nm=("neutral-review-request",))),
    ("Praise turned into a review request is gating.",
     "A reply that asks for a review *because* the buyer has just said they are happy is "
     "`gating`, however politely it is put: the review policy's gating example \"includes cases "
     "where the customer proactively reaches out to the seller to express satisfaction\" (design "
     "conclusion 3, C3). The praise must be visible in the message itself.",
     _p(note="praise")),
    ("\"Tell us before you post\" is gating.",
     "Sending unhappy buyers to the seller before they write anything, or asking only buyers who "
     "are pleased, is `gating` even when neither \"review\" nor \"negative\" appears (C3: \"If "
     "anything is wrong, contact us before leaving a review\"). When the detour goes to an e-mail "
     "address or an IM handle the record also carries `off-platform-contact`.",
     _p(sub="gating")),
    ("Rating hints count as asking for five stars.",
     "\"The top mark\", \"the score we're hoping to see\", a row of ★ or ⭐, 五顆星 and spaced or "
     "dotted spellings are `positive-ask` (C2, and section e on star symbols), because they name "
     "the rating wanted.",
     _p(sub="positive-ask")),
    ("Any request to revisit a product review is a change request.",
     "\"Look again at what you wrote\", \"take another look at the one-star comment\", "
     "重新看一看, 重新考慮一下 and \"edit\" are `change-review`: C4 forbids asking to change or "
     "remove a review \"even after an issue is resolved\", and section e lists these soft "
     "rewordings as the euphemisms sellers moved to.",
     _p(sub="change-review")),
    ("The neutral seller-feedback notice is compliant; a plea is not.",
     "Amazon's own sentence (\"If you are satisfied that we have resolved your concerns, it is "
     "possible to update or remove the feedback ...\"), about *seller feedback*, after a fix, with "
     "\"entirely your choice\", is labelled compliant in English, Simplified and Traditional "
     "Chinese. Policy C5 calls it allowed but high-risk and recommends a warning; a warning is "
     "not a breach, so the label is empty and a linter that warns still behaves as the brief "
     "asks. Pressure (\"weighs on a small shop\", 高抬贵手, \"take it down this week\") makes it "
     "`feedback-removal`.",
     _p(nm=("feedback-neutral-notice",))),
    ("Rewards of any size, and what else they carry.",
     "Anything of value tied to a review is `incentive` (C1): a spare nozzle kit, a mount, five "
     "dollars back, a headrest cover, a prize draw, early access. A discount code, half price or "
     "early access on a *future* order also carries `marketing` (B: coupons and future benefits "
     "are promotional). Cash paid by PayPal, a WeChat red packet or 街口支付 also carries "
     "`off-platform-contact` (D5, \"reimbursement via a non-Amazon payment method\").",
     _p(sub="incentive")),
    ("Steering what the buyer writes is review inducement.",
     "Dictating phrases (\"setup took under five minutes\"), features to mention, a photo or a "
     "minimum length is `steering` (C7, \"attempt to influence the review\"), even when no "
     "rating is asked for.",
     _p(sub="steering")),
    ("Review words that are not about reviews are compliant.",
     "\"Our engineer reviewed the footage\", \"please review the reset steps\", 评估, 检视, a "
     "5-star crash rating, 碰撞测试五星, \"tool-free\", and a thank-you for a review the buyer "
     "mentioned (asking nothing about it) are compliant (C near-misses). So is telling the buyer "
     "that Amazon may e-mail them about the purchase.",
     _p(nm=("logistics-review-word", "spec-words", "review-thanks", "amazon-auto-email"))),
    ("Remedies and seller-side cancellations are compliant.",
     "A refund through Amazon, a free replacement or a free part, sent with no review mention, "
     "is a remedy (B and C near-misses). Cancelling an out-of-stock order on the seller's side "
     "is compliant; only asking the *buyer* to cancel breaks policy A.",
     _p(nm=("refund-remedy", "free-remedy", "logistics-cancel"))),
    ("Helpful non-Amazon links are still off-platform contact.",
     "A link to the seller's own fitting guide or video page is `off-platform-contact` (D1), even "
     "though it helps the buyer. A signature block counts like the body (D: \"review your "
     "outgoing emails, including your signature blocks\").",
     lambda r: "url" in r["subs"] or "signature" in r["note"]),
    ("Amazon's own links.",
     "A link to the seller's Amazon storefront used to show more products is `marketing` "
     "(storefront-link), not `off-platform-contact`, which interface.md limits to sites other "
     "than Amazon's (D1 also calls storefront links an error). A link to Amazon's order-history "
     "page to start a return is compliant (D near-misses).",
     lambda r: "storefront-link" in r["subs"] or r["nm"] == "amazon-order-link"),
    ("Phone numbers.",
     "A carrier's number given for a delivery problem is compliant under D3's exception for "
     "shipping providers. The seller's own number is `off-platform-contact` in any form: digits, "
     "a signature block, Chinese numerals, English number words. Order ids and tracking numbers "
     "are never phone numbers.",
     lambda r: r["nm"] == "carrier-phone" or "phone" in r["subs"]),
    ("Contact moves without a handle are off-platform contact.",
     "\"Ping us on the green chat service at the number on the insert card\", \"search Copperlane "
     "Garage Help in your browser\", \"look up our channel on the big video site\", a square "
     "barcode on the insert that opens the seller's support chat, and \"order from our own shop, "
     "not through Amazon\" are `off-platform-contact` although they contain no link, address or "
     "app name: interface.md covers \"invitations to contact or buy outside Amazon\" and D6 "
     "covers diversion to other channels.",
     _p(label="off-platform-contact", kf=True)),
    ("Apps, codes and app names in support answers are compliant.",
     "Installing the camera's companion app from the App Store or Google Play and pointing it at "
     "the pairing pattern is needed to use the product and names no contact, so it is compliant; "
     "so are error codes (E07, E12), naming WhatsApp or WeChat only to say the product does not "
     "need them, and naming e-mail, calls or PayPal only to say they are not used (D "
     "near-misses: an IM name that is not a contact handle).",
     _p(nm=("companion-app", "error-code", "feature-im-names", "warranty-on-amazon",
            "manual-on-amazon", "payment-negation"))),
    ("Answering the buyer's question vs adding an offer.",
     "Explaining an Amazon coupon the buyer saw is compliant (B near-miss; warn at most). A "
     "coupon, sale, bundle, sibling product or upcoming model added to an otherwise permitted "
     "reply is `marketing` (B: marketing \"including within otherwise permitted communications\").",
     lambda r: r["nm"] == "coupon-explanation" or (
         r["labels"] == ["marketing"] and r["ctx"] == "reply" and r["subs"][0] in (
             "coupon", "promotion", "bundle", "cross-sell", "new-product", "discount",
             "early-access"))),
    ("Marketing that never leaves Amazon is still marketing.",
     "\"Buy it again\", Subscribe & Save, a loyalty perk, a referral reward, a restock notice and "
     "a cross-sell to the seller's Amazon shop are `marketing` (B examples), although they point "
     "to Amazon.",
     lambda r: any(s in r["subs"] for s in ("buy-again", "subscription", "loyalty", "referral",
                                            "restock", "cross-sell"))),
    ("Only the three content policies are labelled.",
     "Message scope (a proactive \"your order was delivered\" opener, thank-you-only messages), "
     "formatting (the emoji stars in one record), the missing order id in proactive messages "
     "and the buyer's language of preference (the mixed records) are other policies and are not "
     "labelled. The compliant records were chosen from permitted kinds (replies, delay notices, "
     "requests for order information, one neutral review request) so that they break none of "
     "those other rules obviously, but a linter may still warn on them.",
     lambda r: ("\u2b50" in r["text"] or r["text"].startswith("Your D4 was delivered")
                or (r["lang"] == "mixed" and not r["labels"]))),
    ("How evasions are tagged.",
     "`evasion` marks a violation whose give-away word or contact is disguised, with one "
     "technique tag each: spacing, fullwidth, homoglyph, leetspeak, zero-width, star-symbols, "
     "pinyin, homophone, cn-numerals, spelled-email, spelled-phone and traditional-keyword. "
     "The last is a Simplified or mixed message with only the key term switched to Traditional "
     "characters (好評, 差評刪除), which beats a Simplified-only keyword list; whole "
     "Traditional-Chinese records are a language variety for Taiwan-facing buyers, tagged "
     "`traditional`, and are not counted as evasions on that ground alone. Keyword-free wording is "
     "a separate, computed tag (`keyword-free`) on non-evasive violations with no naive trigger, "
     "so the indirect records are not mixed up with technical disguises.",
     lambda r: bool(r["tech"])),
]

# ------------------------------------------------------------------ build --

def load_validator():
    path = os.path.join(HERE, "validate.py")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(VALIDATE_SRC)
    os.chmod(path, 0o755)
    spec = importlib.util.spec_from_file_location("h40_validate", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def build(V):
    order = list(range(len(RECORDS)))
    random.Random(40).shuffle(order)
    out = []
    for i, idx in enumerate(order, 1):
        r = RECORDS[idx]
        traditional = r["lang"] == "zh-t"
        tags = V.compute_tags(r["labels"], r["subs"], r["ctx"], r["tech"], r["kind"],
                              traditional, r["text"])
        r["_id"] = V.ID_FMT % i
        r["_kf"] = "keyword-free" in tags
        out.append({"id": r["_id"], "text": r["text"], "labels": r["labels"],
                    "lang": "zh" if traditional else r["lang"], "tags": tags, "note": r["note"]})
    path = os.path.join(HERE, "holdout40.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for rec in out:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def ids_of(pred):
    return sorted(r["_id"] for r in RECORDS if pred(r))


def readme(V, stats):
    P = V.POLICIES
    rows = stats["rows"]
    L = []
    w = L.append
    w(README_HEAD)
    w("## Counts\n")
    viol = sum(rows[k]["violation"] for k in rows)
    w("- **Records:** %d. Violations %d (%d with two labels: %s). Compliant %d: %d near-misses "
      "and %d plain." % (sum(stats["lang:" + k] for k in LANG_KEYS), viol, stats["two-labels"],
                         ", ".join("%s %d" % (k[5:], v) for k, v in sorted(stats.items())
                                   if k.startswith("pair:")),
                         stats["near-miss"] + stats["plain"], stats["near-miss"], stats["plain"]))
    w("- **Per label:** " + ", ".join("`%s` %d" % (p, stats["label:" + p]) for p in P) + ".")
    w("- **Contexts:** reply %d, proactive %d." % (stats["ctx:reply"], stats["ctx:proactive"]))
    w("- **Evasions:** %d (all violations). **Keyword-free violations:** %d. **Long:** %d, "
      "**short:** %d.\n" % (stats["evasion"], stats["keyword-free"], stats["long"], stats["short"]))
    w("| language | records | violations | review-inducement | off-platform-contact | marketing "
      "| near-miss | plain | evasion | keyword-free |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for k in LANG_KEYS:
        r = rows[k]
        w("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            LANG_NAMES[k], stats["lang:" + k], r["violation"], r[P[0]], r[P[1]], r[P[2]],
            r["near-miss"], r["plain"], r["evasion"], r["keyword-free"]))
    w("\n**Evasion techniques:** " + ", ".join(
        "%s %d" % (t, stats["tech:" + t]) for t in V.TECHNIQUES if stats["tech:" + t]) + ".\n")
    w("**Subtypes:**\n")
    for p in P:
        subs = sorted(((k.split(":")[2], v) for k, v in stats.items()
                       if k.startswith("sub:%s:" % p)), key=lambda kv: (-kv[1], kv[0]))
        w("- `%s`: %s." % (p, ", ".join("%s %d" % kv for kv in subs)))
    nm = collections.Counter(r["nm"] for r in RECORDS if r["kind"] == "near-miss")
    w("\n**Near-miss kinds** (internal to `gen.py`, not stored in the JSONL): " + ", ".join(
        "%s %d" % kv for kv in sorted(nm.items(), key=lambda kv: (-kv[1], kv[0]))) + ".\n")
    w("## Judgement calls\n")
    w("Every label was decided from `/work/shared/policy.md` (section letters below) and the "
      "policy names in `interface.md`. The ids after each call are the records it decided.\n")
    for n, (title, text, pred) in enumerate(JUDGEMENT_CALLS, 1):
        ids = ids_of(pred)
        w("%d. **%s** %s" % (n, title, text))
        if ids:
            w("   Records: %s." % ", ".join(ids))
    return "\n".join(L) + "\n"


LANG_KEYS = ("en", "zh-simplified", "zh-traditional", "mixed")
LANG_NAMES = {"en": "en", "zh-simplified": "zh (Simplified)",
              "zh-traditional": "zh + `traditional`", "mixed": "mixed"}


def main():
    V = load_validator()
    path = build(V)
    recs, stats, problems = V.check_file(path)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(V, stats))
    return V.report(recs, stats, problems)


if __name__ == "__main__":
    sys.exit(main())
