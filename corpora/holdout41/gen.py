#!/usr/bin/env python3
"""Source of truth for holdout41.

Writes, next to this file:
  validate.py      the self-check (its helpers are also used here to compute tags)
  holdout41.jsonl  160 hand-labelled seller-to-buyer messages
  README.md        description, counts and the numbered judgement calls

Usage: python3 gen.py && python3 validate.py
"""
import collections
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# validate.py source (written out first, then imported for its helpers)
# ---------------------------------------------------------------------------
VALIDATE_SRC = r'''#!/usr/bin/env python3
"""Self-check for holdout41.jsonl (written by gen.py; do not edit by hand).

Usage: python3 validate.py [PATH]      exit 0 = OK, 1 = problems found

Checks
  * 160 records, exact key set, ids h41-001..h41-160 in order and unique;
  * texts unique after NFKC, zero-width stripping, casefolding, whitespace collapse;
  * labels only from the three policies, no duplicates, canonical order;
  * lang is en / zh / mixed and agrees with the text (script checks, Simplified vs
    Traditional, see check_lang);
  * tag grammar (see TAG GRAMMAR below), every technique tag backed by evidence in
    the text, no untagged evasion artefacts, `keyword-free` and `long` recomputed;
  * contact data is invented: every phone-like number (also spelled out in words or
    Chinese numerals) is a US 555-01xx number, every e-mail domain and bare domain
    is on the allowlist; order ids and tracking numbers are not read as phones;
  * every note is one English sentence ending in a full stop;
  * the headline distribution stays inside the ranges the set was built for.

TAG GRAMMAR, in this order:
  1. one subtype per label, in label order (SUBTYPES);
  2. one context tag: reply | proactive;
  3. violations only, optional: `evasion` followed by one or more TECHNIQUES;
  4. `keyword-free` on every non-evasive violation whose text contains none of the
     OBVIOUS keywords (and on no other record);
  5. compliant records only, exactly one of: `near-miss` + one NEAR_MISS_KINDS, or `plain`;
  6. `traditional` + region (`tw` or `hk`) on Traditional-script records;
  7. `long` when the text has 5 or more sentences.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
N_EXPECTED = 160
ID_FMT = "h41-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": ["incentive", "positive-request", "gating", "steering",
                          "change-review", "feedback-removal"],
    "off-platform-contact": ["messaging-app", "email", "phone", "url", "website", "social",
                             "qr", "payment", "diversion"],
    "marketing": ["coupon", "discount", "sale", "bundle", "new-product", "cross-sell",
                  "buy-again", "restock", "subscription", "loyalty", "referral", "giveaway",
                  "storefront-link"],
}
CONTEXTS = ["reply", "proactive"]
TECHNIQUES = ["separator", "pinyin", "abbreviation", "homophone", "fullwidth", "homoglyph",
              "leetspeak", "star-symbols", "zero-width", "obfuscated-email", "obfuscated-phone",
              "obfuscated-url", "trad-keyword"]
NEAR_MISS_KINDS = ["neutral-review-request", "feedback-notice", "review-thanks", "review-word",
                   "logistics-feedback", "quality-check", "remedy-refund", "remedy-free",
                   "amazon-promo", "spec-word", "order-number", "tracking-number", "amazon-page",
                   "carrier-phone", "im-refusal", "payment-refusal", "logistics-verbs",
                   "restock-answer", "size-numbers", "amazon-auto-email"]
REGIONS = ["tw", "hk"]

# ---- character classes -------------------------------------------------------
ZW = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20]")
HOMOGLYPH = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2729-\u2730\u2b50\U0001f31f]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CJK_PUNCT = re.compile("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5e\u201c\u201d\u2018\u2019]")

# Simplified / Traditional pairs; each side is used in one script only.
PAIRS = ("们們 这這 个個 来來 说說 对對 时時 会會 为為 与與 过過 发發 开開 样樣 还還 问問 题題 "
         "车車 评評 价價 网網 购購 买買 订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 实實 让讓 "
         "处處 应應 点點 体體 验驗 经經 无無 从從 红紅 种種 电電 话話 论論 货貨 运運 费費 错錯 "
         "页頁 长長 业業 专專 属屬 双雙 线線 请請 机機 书書 备備 护護 设設 计計 产產 将將 据據 "
         "转轉 换換 传傳 满滿 读讀 装裝 带帶 丝絲 坏壞 门門 阅閱 显顯 视視 频頻 条條 级級 给給 "
         "紧緊 续續 总總 觉覺 确確 语語 图圖 环環 节節 场場 递遞 数數 参參 陆陸 岁歲 吗嗎 积積 "
         "绒絨 纸紙 宝寶 检檢 张張 儿兒 帮幫 补補 烦煩 现現 顾顧 认認 卖賣 馈饋 选選 择擇 压壓 "
         "结結 进進 标標 记記 写寫 误誤 额額 随隨 尽盡 编編 达達 讯訊 则則 协協 东東 边邊 颜顏 "
         "质質 惯慣 凉涼 盖蓋 层層 户戶 湿濕 亲親 爱愛 乐樂 纺紡 织織 绵綿 软軟 垫墊 帘簾 挂掛 "
         "钩鉤 够夠 气氣 闻聞 异異 虽雖 刚剛 适適 调調 稳穩 销銷 锁鎖 针針 缝縫 缩縮 链鏈 难難 "
         "简簡 杂雜 谁誰 该該 轻輕 颗顆 头頭 荐薦 团團 庆慶 动動 块塊 国國 园園 礼禮 惊驚 赠贈 "
         "领領 测測 试試 库庫 仓倉 务務 员員 态態 间間 热熱 厂廠 办辦 邮郵 际際 营營 广廣 众眾 "
         "兴興 听聽 亚亞 马馬 逊遜 宽寬 识識 资資 扫掃 钱錢 银銀 账賬 输輸 损損 伤傷 梦夢 胶膠 "
         "温溫 闷悶 纤纖 维維 洁潔 净淨 脱脫 规規 侧側 颈頸 议議 尝嘗 飞飛 楼樓 区區 术術 币幣 "
         "丽麗 艺藝 绸綢 缎緞 么麼 鲜鮮")
SIMP_ONLY = set(p[0] for p in PAIRS.split())
TRAD_ONLY = set(p[1] for p in PAIRS.split()) | set("後裡裏於週曬臺")
assert not SIMP_ONLY & TRAD_ONLY

CN_DIGITS = "零〇一二三四五六七八九"
CN_VALUE = "00123456789"
CN_RUN = re.compile("[%s](?:[ \\-\uff0d\u2010-\u2014]*[%s]){6,}" % (CN_DIGITS, CN_DIGITS))
EN_DIGIT_WORDS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
                  "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
EN_DIGIT_RUN = re.compile(r"(?i)\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"
                          r"(?:[\s,\-]+\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b){6,}")
SPACED_DIGITS = re.compile(r"(?<!\d)\d(?:[ .\u00b7]\d){6,}(?!\d)")

SEP = "[ \\t\u3000]+|[ \\t]*[\\-_\u00b7*/|\uff5c\uff0d][ \\t]*"
SEP_LATIN = re.compile(r"(?<![A-Za-z])(?:[A-Za-z](?:[ \-_.\u00b7*]))(?:[A-Za-z](?:[ \-_.\u00b7*])){2,}[A-Za-z](?![A-Za-z])")
SEP_CJK = re.compile("([\u4e00-\u9fff])(?:%s)(?=([\u4e00-\u9fff]))" % SEP)

PINYIN = {"haoping", "fanxian", "weixin", "shaitu", "youhui", "pinglun", "wuxing", "kefu",
          "liuping", "zhifubao"}
ABBREV = [re.compile(p) for p in (
    r"(?i)(?<![a-z])hp(?=\s*(?:返|[0-9]))",          # hp = 好评
    r"(?<![0-9x\u00d7])5x(?![0-9x\u00d7])",          # 5x = five stars
    r"(?i)(?<![a-z])(?:vx|wx)(?![a-z])",             # WeChat
    r"加\s*V(?![a-zA-Z])",                            # 加V = add on WeChat
    "加(?:我們的|我们的|個|个)?賴",                  # Taiwan slang: LINE
    r"(?i)(?<![a-z])yhq(?![a-z])",                   # 优惠券
    r"(?<![A-Za-z])WA(?=[\u4e00-\u9fff:\uff1a])",    # WhatsApp
)]
HOMOPHONES = ("薇信", "威信", "V信", "好平", "反现", "返显", "伍星")
LEET_WORDS = {"review", "reviews", "star", "stars", "five", "rating", "feedback", "whatsapp",
              "wechat", "coupon", "discount", "refund", "email", "free"}
OBF_EMAIL = re.compile(r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*[A-Za-z0-9-]+"
                       r"\s*[\(\[]?\s*(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|tw|hk|link)(?![A-Za-z])", re.I)
OBF_URL = re.compile(r"[A-Za-z0-9-]{3,}\s*(?:点|點|\(dot\)|\[dot\]|\[\.\]|\bdot\b)\s*(?:com|net|org|tw|hk|link)(?![A-Za-z])", re.I)

# Obvious keywords: a record whose folded text contains none of them is keyword-free.
OBVIOUS = [
    r"\breview", r"\brat(?:e|ed|ing|ings)\b", r"\bstars?\b", r"-star\b", r"\bfeedback",
    r"\bpositive", r"\bnegative", r"\bcomment", r"\bcoupon", r"\bdiscount", r"\bpromo",
    r"\bcode\b", r"\bsale\b", r"%\s?off\b", r"\bdeals?\b", r"\bfree\b", r"gift ?card",
    r"\brefund", r"cash ?back", r"\brebate", r"\breimburs", r"whatsapp", r"wechat", r"telegram",
    r"\bline\b", r"instagram", r"facebook", r"\be-?mail", r"\bphone", r"\bcall\b", r"\bwebsite",
    r"https?:", r"www\.", r"\.com\b", r"paypal", r"venmo", r"\bremove", r"\bdelete", r"\bupdate",
    r"\brevise",
    "好评", "好評", "差评", "差評", "评价", "評價", "评论", "評論", "留评", "留評", "评分", "評分",
    "五星", "5星", "星", "返现", "返現", "礼品卡", "禮品卡", "优惠", "優惠", "折扣", "打折",
    "七折", "八折", "九折", "券", "促销", "促銷", "特价", "特價", "微信", "电话", "電話",
    "邮箱", "郵箱", "邮件", "郵件", "電郵", "官网", "官網", "网站", "網站", "链接", "連結",
    "删除", "刪除", "修改", "撤", "免费", "免費", "红包", "紅包", "退款", "返款",
]
OBVIOUS_RE = [re.compile(p, re.I) for p in OBVIOUS]

DOMAIN_ALLOW = {"hollowmere-home.com", "hmre.link", "amazon.com"}
DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|hk|cn|link|ly|me|shop))(?![\w-])", re.I)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_ID = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12})(?![A-Za-z0-9])")
PHONE = re.compile(r"(?<![\d\w])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")
SENT_END = re.compile("[\u3002\uff01\uff1f!?]+|\\.(?=\\s|$)")


def fold(text):
    """NFKC + zero-width stripping + lower case: what a normalising linter would see."""
    return unicodedata.normalize("NFKC", ZW.sub("", text)).lower()


def dedup_key(text):
    return re.sub(r"\s+", " ", fold(text)).strip()


def sentences(text):
    parts = SENT_END.split(text.strip())
    return len([p for p in parts if re.search("[A-Za-z0-9\u4e00-\u9fff]", p)])


def is_keyword_free(text):
    t = fold(text)
    return not any(r.search(t) for r in OBVIOUS_RE)


def leet_tokens(text):
    out = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        low = tok.lower()
        if not (re.search("[a-z]", low) and re.search("[0-9@$]", low)):
            continue
        for one in "il":
            tr = str.maketrans({"0": "o", "1": one, "3": "e", "4": "a", "5": "s", "7": "t",
                                "@": "a", "$": "s"})
            if low.translate(tr) in LEET_WORDS:
                out.append(tok)
                break
    return out


def separator_hits(text):
    hits = [m.group(0) for m in SEP_LATIN.finditer(text)]
    for m in SEP_CJK.finditer(text):
        a, b = m.group(1), m.group(2)
        if a in CN_DIGITS and b in CN_DIGITS:
            continue                       # phone numbers in numerals are obfuscated-phone
        hits.append(m.group(0) + b)
    return hits


def evidence(tech, text, simplified_record=False):
    if tech == "separator":
        return bool(separator_hits(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall("[A-Za-z]+", text))
    if tech == "abbreviation":
        return any(r.search(text) for r in ABBREV)
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "fullwidth":
        return bool(FULLWIDTH.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH.search(text))
    if tech == "leetspeak":
        return bool(leet_tokens(text))
    if tech == "star-symbols":
        return bool(STARS.search(text))
    if tech == "zero-width":
        return bool(ZW.search(text))
    if tech == "obfuscated-email":
        return bool(OBF_EMAIL.search(text))
    if tech == "obfuscated-phone":
        return bool(CN_RUN.search(text) or EN_DIGIT_RUN.search(text) or SPACED_DIGITS.search(text))
    if tech == "obfuscated-url":
        return bool(OBF_URL.search(text)) and not OBF_EMAIL.search(text)
    if tech == "trad-keyword":
        return simplified_record and any(c in TRAD_ONLY for c in text)
    raise KeyError(tech)


# techniques whose artefacts must not appear in a record that is not tagged with them
ARTEFACT_CHECKED = ["separator", "pinyin", "homophone", "fullwidth", "homoglyph", "leetspeak",
                    "star-symbols", "zero-width", "obfuscated-email", "obfuscated-phone",
                    "obfuscated-url"]


def decode_numbers(text):
    t = CN_RUN.sub(lambda m: "".join(CN_VALUE[CN_DIGITS.index(c)] if c in CN_DIGITS else "-"
                                     for c in m.group(0)), text)
    t = EN_DIGIT_RUN.sub(lambda m: "".join(EN_DIGIT_WORDS[w.lower()]
                                           for w in re.findall("[A-Za-z]+", m.group(0))), t)
    t = SPACED_DIGITS.sub(lambda m: re.sub(r"\D", "", m.group(0)), t)
    return t


def contact_problems(text):
    out = []
    t = unicodedata.normalize("NFKC", ZW.sub("", text))
    t = TRACKING.sub(" ", ORDER_ID.sub(" ", t))
    t = decode_numbers(t)
    for m in PHONE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            out.append("phone-like number outside 555-01xx: %r" % m.group(0))
    if re.search(r"555(?![\s.\-]?01\d\d)", PHONE.sub(" ", t)):
        out.append("a 555 that is not part of a 555-01xx number")
    t2 = re.sub(r"\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*(?=[A-Za-z0-9-]+\s*[\(\[]?\s*(?:\bdot\b|点|點))",
                "@", t) if OBF_EMAIL.search(t) else t
    t2 = re.sub(r"\s*(?:\(dot\)|\[dot\]|\[\.\]|\bdot\b|点|點)\s*(?=(?:com|net|org|tw|hk|link)(?![A-Za-z]))",
                ".", t2)
    for m in EMAIL.finditer(t2):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            out.append("e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN.finditer(t2):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            out.append("domain not on the allowlist: %s" % m.group(1))
    return out


def lang_problems(rec, trad, techs):
    out = []
    text = unicodedata.normalize("NFKC", ZW.sub("", rec["text"]))
    lang = rec["lang"]
    cjk = len(CJK.findall(text))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", text))
    rest = re.sub(r"\S*[@/]\S*|[A-Za-z0-9-]+\.(?:com|link)\S*|[A-Za-z0-9]*_[A-Za-z0-9_]*", " ", rest)
    latin = len(re.findall("[A-Za-z]", rest))
    words = len(re.findall("[A-Za-z]{2,}", rest))
    n_trad = sum(c in TRAD_ONLY for c in text)
    n_simp = sum(c in SIMP_ONLY for c in text)
    if lang == "en":
        if cjk or CJK_PUNCT.search(rec["text"]):
            out.append("en record has CJK characters, CJK punctuation or curly quotes")
        if trad:
            out.append("traditional tag on an en record")
    elif lang in ("zh", "mixed"):
        if lang == "zh" and (cjk < 10 or latin > cjk):
            out.append("zh record is not mostly Chinese (cjk=%d latin=%d)" % (cjk, latin))
        if lang == "mixed" and (cjk < 5 or words < 3):
            out.append("mixed record lacks one language (cjk=%d words=%d)" % (cjk, words))
        if trad:
            if n_trad < 2 or n_simp:
                out.append("Traditional record: trad-only=%d simp-only=%d" % (n_trad, n_simp))
        elif "trad-keyword" in techs:
            if n_trad < 1:
                out.append("trad-keyword record has no Traditional-only character")
        elif n_trad:
            out.append("Simplified record contains Traditional-only characters")
    else:
        out.append("bad lang %r" % (lang,))
    return out


def check(path):
    problems = []

    def bad(rid, msg):
        problems.append("%s: %s" % (rid, msg))

    recs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    c = collections.defaultdict(collections.Counter)
    seen_ids, seen_text = set(), {}
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad(rid, "keys must be exactly %s" % sorted(KEYS))
            continue
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence, expected %s" % (ID_FMT % i))
        text, labels, tags, note, lang = rec["text"], rec["labels"], rec["tags"], rec["note"], rec["lang"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        k = dedup_key(text)
        if k in seen_text:
            bad(rid, "same text as %s" % seen_text[k])
        seen_text[k] = rid
        if lang not in ("en", "zh", "mixed"):
            bad(rid, "lang must be en, zh or mixed")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must come from %s" % POLICIES)
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in canonical order")
        if not isinstance(note, str) or not note.endswith(".") or len(SENT_END.findall(note)) != 1:
            bad(rid, "note must be one sentence ending in a full stop")
        if not isinstance(tags, list) or not tags or not all(isinstance(t, str) for t in tags) \
                or len(set(tags)) != len(tags):
            bad(rid, "tags missing, not strings, or duplicated")
            continue

        # --- tag grammar
        pos = 0
        for lab in labels:
            if pos >= len(tags) or tags[pos] not in SUBTYPES[lab]:
                bad(rid, "tag %d should be a %s subtype" % (pos + 1, lab))
            else:
                c["sub:" + lab][tags[pos]] += 1
            pos += 1
        if pos >= len(tags) or tags[pos] not in CONTEXTS:
            bad(rid, "missing context tag (reply/proactive) after the subtypes")
            continue
        ctx = tags[pos]
        pos += 1
        rest = tags[pos:]
        techs = []
        if rest and rest[0] == "evasion":
            rest = rest[1:]
            while rest and rest[0] in TECHNIQUES:
                techs.append(rest.pop(0))
            if not labels:
                bad(rid, "evasion on a compliant record")
            if not techs:
                bad(rid, "evasion without a technique")
        kwfree = bool(rest) and rest[0] == "keyword-free"
        if kwfree:
            rest = rest[1:]
        kind = None
        if rest and rest[0] == "near-miss":
            if len(rest) < 2 or rest[1] not in NEAR_MISS_KINDS:
                bad(rid, "near-miss must be followed by a near-miss kind")
            else:
                kind = rest[1]
            rest = rest[2:]
            c["nm-kind"][kind] += 1
            compliant_tag = "near-miss"
        elif rest and rest[0] == "plain":
            rest = rest[1:]
            compliant_tag = "plain"
        else:
            compliant_tag = None
        trad = None
        if rest and rest[0] == "traditional":
            if len(rest) < 2 or rest[1] not in REGIONS:
                bad(rid, "traditional must be followed by tw or hk")
            else:
                trad = rest[1]
            rest = rest[2:]
        long_tag = bool(rest) and rest[0] == "long"
        if long_tag:
            rest = rest[1:]
        if rest:
            bad(rid, "unknown or misplaced tags %r" % rest)

        # --- semantics of the tags
        if labels and compliant_tag:
            bad(rid, "near-miss/plain on a violation")
        if not labels and not compliant_tag:
            bad(rid, "compliant record needs near-miss + kind or plain")
        simplified_record = lang in ("zh", "mixed") and not trad
        for t in techs:
            if not evidence(t, text, simplified_record):
                bad(rid, "no evidence in the text for technique %r" % t)
        for t in ARTEFACT_CHECKED:
            if t not in techs and evidence(t, text):
                bad(rid, "untagged %r artefact in the text" % t)
        want_kwfree = bool(labels) and not techs and is_keyword_free(text)
        if kwfree != want_kwfree:
            bad(rid, "keyword-free tag is %s but the text says %s" % (kwfree, want_kwfree))
        n_sent = sentences(text)
        if long_tag != (n_sent >= 5):
            bad(rid, "long tag is %s but the text has %d sentences" % (long_tag, n_sent))
        if n_sent > 12:
            bad(rid, "more than 12 sentences")
        for p in lang_problems(rec, trad, techs):
            bad(rid, p)
        for p in contact_problems(text):
            bad(rid, p)

        # --- counts
        row = ("zh-" + trad) if (trad and lang == "zh") else ("mixed-" + trad if trad else
                                                               ("zh-simplified" if lang == "zh" else lang))
        c["lang"][lang] += 1
        c["row"][row] += 1
        c["row-viol" if labels else "row-clean"][row] += 1
        if techs:
            c["row-evasion"][row] += 1
            c["flag"]["evasion"] += 1
        for t in techs:
            c["tech"][t] += 1
        for lab in labels:
            c["label"][lab] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            c["pair"][" + ".join(labels)] += 1
        c["ctx"][ctx] += 1
        if compliant_tag:
            c["flag"][compliant_tag] += 1
        if kwfree:
            c["flag"]["keyword-free"] += 1
            for lab in labels:
                c["kwfree-label"][lab] += 1
        if trad:
            c["flag"]["traditional"] += 1
        if long_tag:
            c["flag"]["long"] += 1

    # --- distribution the set was built for (ranges, so small edits stay possible)
    n = len(recs) or 1
    want = [("review-inducement", c["label"]["review-inducement"], 36, 44),
            ("off-platform-contact", c["label"]["off-platform-contact"], 26, 34),
            ("marketing", c["label"]["marketing"], 36, 44),
            ("two-label records", c["nlabels"][2], 5, 15),
            ("evasive violations", c["flag"]["evasion"], 26, 34),
            ("near-miss records", c["flag"]["near-miss"], 40, 50),
            ("plain records", c["flag"]["plain"], 8, 20),
            ("keyword-free violations", c["flag"]["keyword-free"], 18, 40),
            ("Traditional records", c["flag"]["traditional"], 30, 45)]
    for name, got, lo, hi in want:
        if not lo <= got <= hi:
            bad("distribution", "%s = %d, expected %d..%d" % (name, got, lo, hi))
    for lang, lo, hi in (("zh", 0.50, 0.60), ("mixed", 0.12, 0.18), ("en", 0.26, 0.34)):
        if not lo <= c["lang"][lang] / n <= hi:
            bad("distribution", "lang %s share %.2f, expected %.2f..%.2f" % (lang, c["lang"][lang] / n, lo, hi))
    return recs, c, problems


def report(recs, c):
    viol = sum(v for k, v in c["nlabels"].items() if k)
    print("records: %d   violations: %d (two labels: %d)   compliant: %d (near-miss %d, plain %d)"
          % (len(recs), viol, c["nlabels"][2], c["nlabels"][0], c["flag"]["near-miss"], c["flag"]["plain"]))
    print("per label:", dict(c["label"]))
    print("label pairs:", dict(c["pair"]))
    print("per lang:", dict(c["lang"]))
    print("rows (violation / compliant / evasive):")
    for row in ("en", "zh-simplified", "zh-tw", "zh-hk", "mixed", "mixed-hk"):
        print("  %-14s %3d  = %3d / %3d   evasive %2d" % (row, c["row"][row], c["row-viol"][row],
                                                         c["row-clean"][row], c["row-evasion"][row]))
    print("contexts:", dict(c["ctx"]))
    print("evasive: %d  techniques: %s" % (c["flag"]["evasion"], dict(c["tech"])))
    print("keyword-free violations: %d  by label: %s" % (c["flag"]["keyword-free"], dict(c["kwfree-label"])))
    print("near-miss kinds:", dict(c["nm-kind"]))
    print("traditional: %d  long: %d" % (c["flag"]["traditional"], c["flag"]["long"]))
    for lab in POLICIES:
        print("  %s subtypes: %s" % (lab, dict(c["sub:" + lab].most_common())))


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout41.jsonl")
    if not os.path.exists(path):
        print("missing %s (run gen.py first)" % path)
        return 1
    recs, c, problems = check(path)
    report(recs, c)
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
'''

# ---------------------------------------------------------------------------
# The records.  R(key, lang, labels, subtypes, context, text, note, ...)
#   lang: en | zh | mixed;  trad: None | "tw" | "hk"
#   tech: evasion techniques (violations only); nm: near-miss kind; plain=True
#   Invisible, full-width, Cyrillic and star characters are written as escapes.
# ---------------------------------------------------------------------------
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
RECORDS = []


def R(key, lang, labels, subs, ctx, text, note, tech=(), nm=None, plain=False, trad=None):
    RECORDS.append(dict(key=key, lang=lang, labels=list(labels), subs=list(subs), ctx=ctx,
                        text=text, note=note, tech=list(tech), nm=nm, plain=plain, trad=trad))


# ============================ English: violations ============================
R("E01", "en", [RI], ["incentive"], "reply",
  "Glad the Cloudrest duvet made it before the cold snap! If you post a few words and a photo on the "
  "product page, then reply here with a screenshot, we'll ship you a spare pillowcase in the colour of "
  "your choice at no charge.",
  "A spare pillowcase is promised in return for a post with a photo on the product page, which is a reward for a review.")
R("E03", "en", [RI], ["gating"], "proactive",
  "Hi Marcus, thanks for choosing the Duskfall blackout panels. If they've made your mornings darker and "
  "calmer, please tell other shoppers about it on Amazon. If anything about the fit or the grommets "
  "disappoints you, message us here first and hold off posting until we've put it right.",
  "Happy buyers are asked to tell other shoppers on Amazon while unhappy ones are asked to hold off posting, which is review gating.")
R("E04", "en", [RI], ["gating"], "reply",
  "That's wonderful to hear, and thank you for telling us the Loftwell topper finally eased your back "
  "pain! Would you copy exactly what you wrote to us into a review, so other people with sore backs can see it?",
  "The review is requested because the buyer has just praised the product, which the policy counts as asking only satisfied buyers.")
R("E05", "en", [RI], ["change-review"], "reply",
  "The firmer replacement insert for your Harbor pillow shipped this morning, tracking 1Z7V81A40391277518. "
  "Once it arrives and it suits you better, could you revise the two-star write-up on the listing so it "
  "shows how we handled it?",
  "Asking the buyer to revise an existing two-star review after a fix is a change request, which is never allowed.")
R("E06", "en", [RI], ["feedback-removal"], "reply",
  "Your refund for the shrunken curtain panel went through an hour ago. That negative seller feedback is "
  "weighing heavily on our account, so we'd be grateful if you could take it down today.",
  "The buyer is pressed to take down negative seller feedback because it hurts the account, which goes beyond the neutral notice.")
R("E07", "en", [RI], ["steering"], "proactive",
  "When you share how the Harbor contour pillow is working out on its product page, please mention the neck support and that "
  "there was no chemical smell out of the bag; those are the two things shoppers ask us about most.",
  "The seller dictates what the buyer should say when sharing their experience, which is an attempt to influence the review.")
R("E08", "en", [RI, MKT], ["incentive", "coupon"], "proactive",
  "Thanks for ordering the Cloudrest duvet. Leave a review of any length, reply with your public profile "
  "name, and we'll send you a code worth 25% off the matching duvet cover.",
  "A discount code is offered for writing a review, which is both a review incentive and a coupon promotion.")
R("E09", "en", [RI, OPC], ["incentive", "payment"], "reply",
  "I'm so sorry the stitching on your weighted blanket came loose after one wash. That shouldn't happen "
  "with a 20 lb blanket, and I've passed the photos to our workshop. We can reimburse you through PayPal "
  "today, no need to wait for Amazon. Once your review is live, send the link to "
  "refunds@hollowmere-home.com and we'll add an extra $15 on top. Thank you for your patience.",
  "An extra payment is promised once the review is live, and the money and the proof move to PayPal and a seller e-mail address.")
R("E10", "en", [OPC], ["email"], "reply",
  "For the topper's 5-year warranty, please email a photo of the law tag and your order number to "
  "warranty@hollowmere-home.com and our team will register it.",
  "The reply gives the seller's e-mail address, and the warranty exception in the policy covers phone numbers only.")
R("E11", "en", [OPC], ["phone"], "proactive",
  "Hi Ruth, heavy parcels sometimes sit at the depot for a day or two. If your 20 lb blanket hasn't "
  "arrived by Friday, call our own helpline at (312) 555-0147 and ask for Wren.",
  "The seller's own helpline number moves the delivery problem off Amazon messaging.")
R("E12", "en", [OPC], ["url"], "reply",
  "The step-by-step video for hanging the Duskfall panels on a double rod is at "
  "https://hmre.link/duskfall-hang, and it's much easier to follow than the paper sheet.",
  "A link-shortener URL to the seller's own video is a non-Amazon link even though it helps the buyer.")
R("E13", "en", [OPC], ["diversion"], "reply",
  "The queen topper shows as unavailable here, but a few are still sitting in our own warehouse. Reply "
  "with your address and we'll invoice you directly and ship it this week.",
  "Offering to invoice and ship directly is a sale outside the Amazon process.")
R("E14", "en", [OPC], ["social"], "proactive",
  "Your Cloudrest duvet is on its way! Once your bed is made, tag @hollowmere.sleeps on Instagram with a "
  "photo and our stylist will send you layering ideas.",
  "The buyer is invited to contact the shop through an Instagram handle.")
R("E16", "en", [MKT], ["coupon"], "proactive",
  "Your Harbor pillow has been delivered. As a welcome gift, enter SLEEPDEEP at checkout for 15% off any "
  "Hollowmere item this month.",
  "An unsolicited checkout code for a percentage off is a coupon promotion.")
R("E17", "en", [MKT], ["new-product"], "proactive",
  "Hi Joanne, winter seems to be arriving early this year: our Emberline flannel duvet cover launches "
  "next Tuesday in six colours, and it fits the Cloudrest you bought perfectly.",
  "Announcing an upcoming product launch to a past buyer is new-product marketing.")
R("E18", "en", [MKT], ["cross-sell"], "reply",
  "The curtain rings are in the box, eight per panel. Many customers pair the Duskfall panels with our "
  "blackout liner to seal the light at the edges; it's listed under our brand if you'd like to add it.",
  "After answering the question the reply pushes another product of the shop, which is cross-selling inside a permitted reply.")
R("E19", "en", [MKT], ["buy-again"], "proactive",
  "It has been a year since your Stillweight blanket arrived. Fillings settle over time, so this is the "
  "perfect moment for a fresh one: just tap Buy it Again in your orders.",
  "A message whose only purpose is to get the buyer to purchase again is a buy-again push.")
R("E20", "en", [MKT], ["loyalty"], "reply",
  "Thank you for your third order with us! Customers who buy three times join our Sleep Circle, which "
  "brings early access to every launch and a birthday present in the post.",
  "Perks for repeat buyers are a loyalty scheme advertised to the buyer.")
R("E21", "en", [MKT], ["referral"], "proactive",
  "Know someone who sleeps hot? Send them our way: for every friend who orders a Loftwell topper and puts "
  "your name in the order note, we'll post you a set of pillowcases.",
  "Rewarding the buyer for bringing in friends is a referral promotion.")
R("E22", "en", [MKT], ["bundle"], "reply",
  "The hanging guide you asked for is attached. By the way, this weekend only, the duvet and two pillows "
  "come as a set for 30% less than buying them separately.",
  "A time-limited bundle price is added to an otherwise permitted reply.")
R("E23", "en", [RI], ["positive-request"], "proactive",
  "Thank you for sleeping with Hollowmere! If the Cloudrest keeps you cosy, a \u2605\u2605\u2605\u2605\u2605 "
  "on Amazon would make the whole team smile.",
  "Five star glyphs stand for a five-star rating, so this asks for a top rating from satisfied buyers.",
  tech=["star-symbols"])
R("E24", "en", [RI], ["positive-request"], "proactive",
  "Quick favour from a tiny team: a 5-st4r r3view on the topper listing would mean the world to us this month.",
  "Digits replace letters in the words for a five-star review, which is still a request for a top rating.",
  tech=["leetspeak"])
R("E25", "en", [RI], ["positive-request"], "proactive",
  "Hope the blackout panels are doing their job! A p\u043esitive r\u0435view really helps a small shop "
  "like ours get seen.",
  "Cyrillic look-alike letters hide a plain request for a positive review.",
  tech=["homoglyph"])
R("E26", "en", [OPC], ["email"], "reply",
  "If the filling clumps after washing, send pictures to care (at) hollowmere-home (dot) com and we'll "
  "sort it out faster than we can here.",
  "A spelled-out seller e-mail address moves the complaint off Amazon.",
  tech=["obfuscated-email"])
R("E27", "en", [OPC], ["messaging-app"], "reply",
  "Easier to sort the exchange on \uff37\uff48\uff41\uff54\uff53\uff21\uff50\uff50: +1 312 555 0147, and "
  "the team usually answers within minutes.",
  "A messaging-app contact is given with the app name in full-width letters.",
  tech=["fullwidth"])
R("E28", "en", [OPC], ["phone"], "reply",
  "Having trouble with the topper's zipper? Ring us on three one two, five five five, zero one six nine "
  "and we'll talk you through it.",
  "The seller's phone number is spelled out in words so that a digit pattern does not catch it.",
  tech=["obfuscated-phone"])
R("E29", "en", [MKT], ["coupon"], "proactive",
  "Your replacement curtains leave the warehouse today. Use c\u200bode WARMNIGHTS for 20% o\u200bff your next order.",
  "Invisible characters split the words of an unsolicited discount code for the next order.",
  tech=["zero-width"])
R("E30", "en", [MKT], ["coupon"], "proactive",
  "Your order is on the truck. P.S. our returning-customer d-i-s-c-o-u-n-t is live: 20 percent with HOLLOW20.",
  "A hyphen-split word introduces a code for returning customers, which is a coupon promotion.",
  tech=["separator"])
R("E31", "en", [MKT], ["restock"], "proactive",
  "A quick heads-up since you bought the charcoal panels: the matching valance is available again and "
  "usually sells out within a week.",
  "An unsolicited back-in-stock notice for another item with urgency is restock marketing.")
R("E32", "en", [MKT], ["sale"], "reply",
  "Thanks for asking about the fill weight. The queen Cloudrest holds 1,100 g of cluster fiber, which "
  "suits bedrooms around 18 to 21 degrees. If you run warm, the lightweight version has 750 g. One more "
  "thing: our anniversary event starts at midnight, and every Hollowmere duvet will be 40% off on Amazon "
  "for 48 hours. Set a reminder so you don't miss it!",
  "A sale announcement is tacked onto the end of a helpful answer, and marketing is banned inside permitted messages too.")

# ============================ English: compliant =============================
R("EN01", "en", [], [], "proactive",
  "Hello Priya, your Loftwell topper was delivered last week (order 113-5529014-8836207). If you have a "
  "minute, we'd value an honest review on Amazon; whatever your experience has been, it helps other "
  "sleepers choose.",
  "A single unconditional request for an honest review is the neutral form the policy allows.",
  nm="neutral-review-request")
R("EN02", "en", [], [], "reply",
  "I'm sorry the seam on your pillowcase split. A free replacement is on its way with tracking "
  "TBA482019375516, and there's no need to send the damaged one back.",
  "A free replacement is a remedy for a defect and nothing is asked in return.",
  nm="remedy-free")
R("EN03", "en", [], [], "reply",
  "The 10% coupon you saw on the duvet listing is an Amazon promotion: clip it on the product page and "
  "Amazon applies it at checkout. It can't be added to an order that's already been placed, but Amazon "
  "customer service may be able to help.",
  "The reply explains an Amazon coupon the buyer asked about and offers nothing of the shop's own.",
  nm="amazon-promo")
R("EN04", "en", [], [], "reply",
  "Yes, the Stillweight cover is new this season: it's now bamboo viscose, and the glass-bead filling is "
  "free of lead and phthalates.",
  "The words new and free describe the product the buyer asked about, not an offer.",
  nm="spec-word")
R("EN05", "en", [], [], "reply",
  "Our warehouse reviewed the photos of the crushed box and agreed the carrier damaged it. A refund for "
  "the shipping charge has been issued to your original payment method.",
  "Reviewed refers to checking a damage claim and the refund is a remedy through the original payment method.",
  nm="review-word")
R("EN06", "en", [], [], "reply",
  "Thank you for bearing with us while the replacement topper was sent. If you are satisfied that we have "
  "resolved your concerns, it is possible to update or remove the seller feedback you originally "
  "provided; the choice is entirely yours.",
  "This is the neutral seller-feedback notice after a resolved issue, which the policy allows without pressure or reward.",
  nm="feedback-notice")
R("EN07", "en", [], [], "reply",
  "Tracking shows the parcel waiting at the carrier's Lakeview depot. You can reach the depot at "
  "(414) 555-0133 and quote tracking 1Z4E92W70366018245 to arrange a pickup time.",
  "The phone number belongs to the shipping provider, which the policy exempts.",
  nm="carrier-phone")
R("EN08", "en", [], [], "reply",
  "To return the curtains, open Your Orders on Amazon, choose this order and select Return or replace "
  "items; Amazon will give you a prepaid label.",
  "The buyer is pointed to Amazon's own returns flow, which keeps everything on the platform.",
  nm="amazon-page")
R("EN09", "en", [], [], "reply",
  "The 60x80 inch blanket weighs 15 lb and the 48x72 weighs 10 lb; for someone around 140 lb, the 15 lb "
  "one is the usual pick.",
  "Sizes and weights with an x between numbers are product dimensions, not a rating shorthand.",
  nm="size-numbers")
R("EN10", "en", [], [], "reply",
  "Thank you for mentioning that you left a 5-star review, we really appreciate it. About your question: "
  "the duvet cover has ties in all four corners.",
  "Thanking a buyer for a review they brought up themselves asks for nothing and answers their question.",
  nm="review-thanks")
R("EN11", "en", [], [], "reply",
  "We're not able to move this to WhatsApp or e-mail, but we'll keep answering here in Amazon messages within a day.",
  "Messaging apps are named only to decline moving the conversation off Amazon.",
  nm="im-refusal")
R("EN12", "en", [], [], "reply",
  "The price dropped the week after your purchase because of an Amazon Lightning Deal that we don't "
  "control. Amazon doesn't match past prices, but the unused duvet can still be returned within the "
  "return window if you prefer.",
  "The reply explains an Amazon deal the buyer asked about and points to the normal return route.",
  nm="amazon-promo")
R("EN13", "en", [], [], "reply",
  "You asked when the grey 84-inch panels return: our next shipment reaches Amazon's warehouse around "
  "March 12, and the listing will show In Stock once it has been received.",
  "A restock date given because the buyer asked, with no push to buy, is a customer-service answer.",
  nm="restock-answer")
R("EN14", "en", [], [], "reply",
  "Amazon may send you an automatic e-mail asking about your purchase; feel free to ignore it. The spare "
  "zipper pull you asked for went out in a padded envelope today.",
  "Mentioning Amazon's own automatic e-mail is informational and the rest is fulfilment.",
  nm="amazon-auto-email")
R("EP01", "en", [], [], "reply",
  "The Cloudrest duvet can go in a front-loading machine on a gentle 30-degree cycle; tumble dry on low "
  "with two dryer balls so the fill stays even.",
  "Care instructions answer the buyer's question and touch none of the three policies.",
  plain=True)
R("EP02", "en", [], [], "reply",
  "Your order left our warehouse this morning and the carrier estimates Thursday delivery. Please let us "
  "know if the box arrives damaged.",
  "A shipping answer in a buyer thread is plain customer service.",
  plain=True)
R("EP03", "en", [], [], "reply",
  "The topper is 3 inches thick, and its elastic skirt fits mattresses up to 16 inches deep.",
  "A product-fit answer with nothing else in it.",
  plain=True)
R("EP04", "en", [], [], "reply",
  "The blackout panels come as a pair, so the one box you received holds both 52-inch panels.",
  "A packaging answer that clears up the buyer's worry about a missing panel.",
  plain=True)

# ============================ Simplified: violations =========================
R("S02", "zh", [RI], ["incentive"], "proactive",
  "亲，重力毯收到后，铺在床上拍几张照片晒到商品页下面，截个图发给我们，就送您一对同色枕套当作小心意～",
  "Posting photos under the listing is a review with pictures, and a pair of pillowcases is promised for it.")
R("S03", "zh", [RI], ["gating"], "proactive",
  "感谢购买暮帘遮光窗帘！挂上以后如果效果满意，欢迎到购买页说几句；要是有一点不满意，先别急着写，直接来找我们，一定给您处理好。",
  "Satisfied buyers are invited to write on the purchase page while dissatisfied ones are told not to write and to come to the seller first, which is gating.")
R("S05", "zh", [RI], ["change-review"], "reply",
  "新的护颈枕已经补发，单号TBA573920184662。等您收到以后，能不能麻烦把之前那条两星的评论改一改？",
  "The seller asks the buyer to change an existing two-star review once the replacement arrives.")
R("S06", "zh", [RI, MKT], ["feedback-removal", "discount"], "reply",
  "您留的卖家反馈我们看到了，窗帘的问题也已经处理好。如果您愿意把那条反馈撤掉，下次购买我们给您整单打七折。",
  "A discount on the next order is offered for withdrawing seller feedback, which is a paid removal and a promotion.")
R("S07", "zh", [RI], ["steering"], "proactive",
  "用了几天感觉怎么样？写使用感受的时候，麻烦重点提一下不掉毛、不起球、洗后不变形，字写多一点更容易被其他买家看到。",
  "The seller tells the buyer which praise points to write and how long to write, which steers the review.")
R("S08", "zh", [RI], ["incentive"], "reply",
  "谢谢您上周在商品页的分享！用满一个月后再来追评一条，说说越睡越舒服的地方，我们会在您下一单里多放一个旅行枕。",
  "A follow-up review with a suggested positive angle is paid for with a travel pillow in the next order.")
R("S09", "zh", [RI], ["positive-request"], "proactive",
  "床褥垫睡了一周了吧？觉得值的话，在购买页给我们打个满分，让更多睡不好的朋友看到。",
  "Asking for full marks on the purchase page is a request for a top rating without naming stars.")
R("S10", "zh", [RI, OPC], ["incentive", "messaging-app"], "proactive",
  "好评截图发到我们的微信 hollowmere_cs，红包马上返给您。",
  "A cash red packet is paid for a positive review, and the proof goes to a WeChat id.")
R("S13", "zh", [OPC], ["website"], "reply",
  "亚马逊上这款被芯暂时断货了，您可以到我们自己的网店 hollowmere-home 点 com 下单，价格一样，发货更快。",
  "The buyer is sent to buy on the seller's own web shop, with the domain spelled out.",
  tech=["obfuscated-url"])
R("S14", "zh", [OPC], ["qr"], "proactive",
  "包裹里的小卡片背面有个码，扫一下就能进我们的售后群，枕头有任何问题群里秒回。",
  "A code on the insert card leads to the seller's own support group outside Amazon.")
R("S15", "zh", [OPC], ["phone"], "proactive",
  "您好！您订购的柔岚床褥垫属于大件商品，承运商需要提前预约送货时间。请直接回复这条消息，告诉我们您方便收货的日期和时段。"
  "我们会第一时间转告承运商。祝您生活愉快！\n霁眠家纺售后：小棠\n电话：+1 312-555-0158",
  "Scheduling a bulky delivery is permitted, but the signature block carries the seller's own phone number.")
R("S16", "zh", [OPC], ["social"], "reply",
  "想看更多卧室搭配，可以在小红书搜“霁眠家纺”关注我们，每周都会更新铺床的小视频。",
  "The buyer is told to find and follow the shop on a social network outside Amazon.")
R("S17", "zh", [MKT], ["coupon"], "proactive",
  "您的订单已送达。老顾客专享：下次购买输入优惠码 HM2024 立减12美元。",
  "An unsolicited code for money off the next purchase is a coupon promotion.")
R("S18", "zh", [MKT], ["buy-again"], "proactive",
  "被芯一般两三年就该换了，到时候记得回购，直接在订单里点“再次购买”，我们一直给老顾客留着库存。",
  "The message exists to bring the buyer back for a repeat purchase.")
R("S19", "zh", [MKT], ["loyalty"], "reply",
  "已按您的要求改成加急配送。下次再来下单时在备注里写“老朋友”，我们会多送您一个收纳袋。",
  "A perk for the next order, claimed with a password in the order note, is a loyalty offer added to a logistics reply.")
R("S20", "zh", [MKT], ["new-product"], "proactive",
  "告诉您一个好消息：我们的冰丝凉被下周一上架，和您买的云栖被出自同一个工厂。",
  "Telling a past buyer about a product going on sale next week is new-product marketing.")
R("S21", "zh", [MKT], ["cross-sell"], "reply",
  "这款护颈枕配的是50×70厘米的标准枕套。另外推荐搭配我们的真丝枕套，睡觉不压头发，店里就有。",
  "The answer is followed by a recommendation to buy another product of the shop.")
R("S22", "zh", [OPC, MKT], ["messaging-app", "loyalty"], "proactive",
  "欢迎加入我们的老客会员群，群里每周三有专属秒杀，进群请加客服微信 hm_vip88。",
  "A members' group with weekly flash sales is joined through a WeChat id, so it is off-platform contact and loyalty marketing.")
R("S23", "zh", [MKT], ["storefront-link"], "reply",
  "想看同系列的床品，可以点我们的亚马逊店铺 amazon.com/stores/HollowmereHome，这个月正在做换季活动。",
  "A link to the Amazon storefront to see more products and a seasonal event is marketing, although the link stays on Amazon.")
R("S24", "zh", [RI], ["incentive"], "proactive",
  "亲，睡得舒服的话麻烦给个好-评，返-现5美元哦。",
  "Hyphens split the words for a positive review and cash back, the classic paid-review offer.",
  tech=["separator"])
R("S25", "zh", [RI], ["positive-request"], "proactive",
  "盖着还暖和吗？满意请给 五 星，您的支持就是我们最大的动力！",
  "Spaces split the word five stars in a request for a top rating from satisfied buyers.",
  tech=["separator"])
R("S26", "zh", [RI], ["incentive"], "proactive",
  "收到窗帘记得给个haoping，截图发客服就有fanxian哦。",
  "Pinyin spells out positive review and cash back in a paid-review offer.",
  tech=["pinyin"])
R("S27", "zh", [RI], ["incentive"], "proactive",
  "hp返10刀，截图私信客服领取，名额有限，先到先得。",
  "The seller abbreviation hp for a positive review is paid with ten dollars back.",
  tech=["abbreviation"])
R("S28", "zh", [RI], ["positive-request"], "proactive",
  "麻烦给个好平呀，觉得值的话五颗心也行～",
  "A sound-alike of the word for a positive review plus five hearts asks for a top rating.",
  tech=["homophone"])
R("S29", "zh", [RI], ["incentive"], "proactive",
  "枕头用着还习惯吗？留个好評，我们给您返現3美元。",
  "The keywords for positive review and cash back are written in Traditional characters inside a Simplified message.",
  tech=["trad-keyword"])
R("S30", "zh", [OPC], ["messaging-app"], "reply",
  "售后问题直接加VX：hollowmere_cs，薇信里处理更快，不用在这里等。",
  "The WeChat contact is written as VX and as a sound-alike, moving after-sales service off Amazon.",
  tech=["abbreviation", "homophone"])
R("S31", "zh", [OPC], ["messaging-app"], "reply",
  "尺寸拿不准的话加V：hm_curtain，在威信上发张窗户照片给我们量。",
  "Add-V is seller shorthand for adding a WeChat id, and a sound-alike names the app, which moves the conversation off Amazon.",
  tech=["abbreviation", "homophone"])
R("S32", "zh", [OPC], ["phone"], "reply",
  "床褥垫有异味的话可以直接打给我们：三一二-五五五-零一二六。",
  "The seller's phone number is written in Chinese numerals.",
  tech=["obfuscated-phone"])
R("S33", "zh", [MKT], ["coupon"], "proactive",
  "下单前私信领yhq，整单立减10刀，仅限本周。",
  "The abbreviation yhq stands for a coupon in a time-limited promotion.",
  tech=["abbreviation"])
R("S34", "zh", [MKT], ["coupon"], "reply",
  "补发的窗帘已经寄出。顺便提一句，全店优\u200b惠券今天可以领，满50减10。",
  "An invisible character splits the word for coupon in a store-wide promotion added to a logistics reply.",
  tech=["zero-width"])
R("S35", "zh", [MKT], ["subscription"], "proactive",
  "枕芯建议一年半左右换一次。我们开通了亚马逊的定期购，订阅后每18个月自动给您寄一个新的，还能再省5%。",
  "Pushing a subscription with a saving is marketing even though it runs through Amazon.")
R("S36", "zh", [MKT], ["giveaway"], "proactive",
  "本月下单满两件的老顾客，我们会抽十位送重力毯一条，您已经自动参加啦。",
  "A prize draw for buyers of two items is a promotion to push larger orders.")

# ============================ Simplified: compliant ==========================
R("SN01", "zh", [], [], "reply",
  "请您反馈一下快递员是把包裹放在门口还是交给了前台，我们好向物流公司核实。",
  "The buyer is asked for delivery details to chase the carrier, not for a review.",
  nm="logistics-feedback")
R("SN02", "zh", [], [], "reply",
  "退回的重力毯已经到仓库，质检对填充和缝线做了评价，确认是生产问题，退款会在三个工作日内到账。",
  "The evaluation is the warehouse's quality check and the refund is a remedy for a defect.",
  nm="quality-check")
R("SN03", "zh", [], [], "reply",
  "非常抱歉窗帘颜色和图片有差异，已为您办理全额退款，窗帘不用寄回。",
  "A full refund is a remedy with no condition attached.",
  nm="remedy-refund")
R("SN04", "zh", [], [], "reply",
  "您问到的9折是亚马逊商品页上的优惠券，勾选后结算时由亚马逊自动扣减，我们这边没办法另外设置。",
  "The buyer asked about a coupon that Amazon applies, and the shop offers nothing of its own.",
  nm="amazon-promo")
R("SN05", "zh", [], [], "reply",
  "这款被芯用的是新疆长绒棉，面料免烫，洗完不用熨。",
  "The characters for new and free appear only in a place name and a fabric property.",
  nm="spec-word")
R("SN06", "zh", [], [], "reply",
  "缺少的两个窗帘挂钩我们已经免费补寄，单号是1Z2X60F70398124673。",
  "Free here describes resending missing parts, which is a remedy.",
  nm="remedy-free")
R("SN07", "zh", [], [], "reply",
  "您的订单号是 111-3904728-5561930，预计11月18日送达；如需修改地址，请在发货前告诉我们。",
  "An Amazon order id is not a phone number and changing the address is logistics.",
  nm="order-number")
R("SN08", "zh", [], [], "proactive",
  "您好，您的柔岚床褥垫已送达（订单号 114-6672035-1189024）。如果方便，欢迎在亚马逊商品页分享您的真实使用体验，无论好坏都能帮到其他买家。",
  "One neutral invitation to share an honest experience, good or bad, is the allowed review request.",
  nm="neutral-review-request")
R("SN09", "zh", [], [], "reply",
  "谢谢您告诉我们已经留了评价，也谢谢您指出包装盒偏大，我们会和仓库沟通改进。",
  "The buyer mentioned their own review and the reply only thanks them and addresses the packaging point.",
  nm="review-thanks")
R("SN10", "zh", [], [], "reply",
  "这款枕芯是按五星级酒店的规格做的，高度12厘米，比较适合侧睡。",
  "Five-star describes the hotel standard of the product, not a rating request.",
  nm="spec-word")
R("SN11", "zh", [], [], "reply",
  "您的问题已经解决，感谢耐心等待。如果您认为我们已经处理好您的问题，可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
  "This is the neutral seller-feedback notice after resolution, with no pressure and no reward.",
  nm="feedback-notice")
R("SN12", "zh", [], [], "reply",
  "退货请在亚马逊“我的订单”里找到这笔订单，点“退货或换货”，系统会生成退货标签。",
  "The buyer is pointed to Amazon's own returns page.",
  nm="amazon-page")
R("SN13", "zh", [], [], "reply",
  "已按您的要求取消重复下的那一单，另一单正常发货，不会重复扣款。",
  "Cancelling a duplicate order at the buyer's request is logistics.",
  nm="logistics-verbs")
R("SN14", "zh", [], [], "reply",
  "亚马逊订单只能通过亚马逊结算，我们不能接受微信或支付宝付款，还请直接在商品页下单。",
  "WeChat and Alipay are named only to refuse payment outside Amazon.",
  nm="payment-refusal")
R("SN15", "zh", [], [], "reply",
  "窗帘的遮光率在实验室评测中是99%，新批次的面料也做了同样的测试。",
  "The evaluation is a lab test of the fabric and the new batch is a production fact.",
  nm="review-word")
R("SN16", "zh", [], [], "reply",
  "您提到商品页上的好评率和实际不符，这个数字是亚马逊根据所有买家的打分自动计算的，我们无法修改。",
  "The positive-rating share is explained as Amazon's own figure and the buyer is asked for nothing.",
  nm="review-word")
R("SP01", "zh", [], [], "reply",
  "重力毯的外罩可以机洗，内芯建议手洗或局部清洁，晾干时请平铺。",
  "Washing instructions with nothing else in them.",
  plain=True)
R("SP02", "zh", [], [], "proactive",
  "您的包裹因为暴雪延误，承运商预计晚两天送达，给您带来不便非常抱歉。",
  "A proactive delay notice about an unexpected problem is permitted and touches none of the three policies.",
  plain=True)
R("SP03", "zh", [], [], "reply",
  "这款窗帘是打孔款，每片八个孔，孔内径4厘米，适合直径3.5厘米以下的窗帘杆。",
  "A product-fit answer about curtain rods.",
  plain=True)

# ============================ Traditional: violations ========================
R("T02", "zh", [RI], ["incentive"], "proactive",
  "重力毯收到後，在商品頁分享使用心得並附上照片，截圖傳給我們，就送您一個同系列的抱枕套喔！",
  "Sharing impressions with photos on the product page is a review, and a cushion cover is promised for the screenshot.",
  trad="tw")
R("T03", "zh", [RI], ["gating"], "reply",
  "謝謝您的訊息！如果睡得滿意，歡迎上去寫評論；如果有哪裡不滿意，請先跟我們說，不要直接給低分。",
  "Satisfied buyers are sent to write a review and unhappy ones are asked not to give a low score, which is gating.",
  trad="tw")
R("T04", "zh", [RI], ["change-review"], "reply",
  "新的窗簾掛勾已經寄出了。問題解決之後，可以麻煩您把之前那則一顆星的評\u200b論刪\u200b掉嗎？",
  "Invisible characters hide a request to delete a one-star review after the problem is fixed.",
  tech=["zero-width"], trad="tw")
R("T05", "zh", [OPC], ["messaging-app"], "reply",
  "窗簾尺寸的問題，加我們的賴比較快：@hmhome，直接傳窗戶照片給我們看就好。",
  "Taiwanese slang for adding someone on LINE gives a LINE id to continue off Amazon.",
  tech=["abbreviation"], trad="tw")
R("T07", "zh", [OPC], ["payment"], "reply",
  "運費差額我們用銀行轉帳退給您，麻煩提供您的帳號和戶名。",
  "Paying money back by bank transfer and asking for account details moves payment outside Amazon.",
  trad="tw")
R("T08", "zh", [OPC], ["diversion"], "reply",
  "蝦皮上也有我們的賣場，之後要買枕頭可以直接去那邊搜「霽眠家紡」，出貨比較快。",
  "The buyer is sent to the shop on another marketplace for future purchases.",
  trad="tw")
R("T09", "zh", [MKT], ["coupon"], "proactive",
  "感謝您的購買！老客人回購時輸入折扣碼 HMTW88，可以打九折喔。",
  "An unsolicited discount code for repeat buyers is a coupon promotion.",
  trad="tw")
R("T10", "zh", [MKT], ["new-product"], "proactive",
  "跟您分享一下，我們的涼感枕頭下個月就要在亞馬遜開賣了，夏天睡覺不再悶熱。",
  "Announcing a product that goes on sale next month is new-product marketing.",
  trad="tw")
R("T11", "zh", [MKT], ["buy-again"], "proactive",
  "枕頭套建議半年換一次，時間到了記得回來找我們，在訂單頁按「再買一次」就好。",
  "The message exists to bring the buyer back for a repeat purchase.",
  trad="tw")
R("T12", "zh", [RI], ["positive-request"], "proactive",
  "如果覺得不錯，幫我們點滿\u2b50\u2b50\u2b50\u2b50\u2b50，感恩！",
  "Five star emoji ask satisfied buyers for a full rating.",
  tech=["star-symbols"], trad="tw")
R("T13", "zh", [RI], ["positive-request"], "proactive",
  "睡得好的話，留個\uff15\uff53\uff54\uff41\uff52給我們嘛～",
  "Full-width letters spell five star in a request for a top rating.",
  tech=["fullwidth"], trad="tw")
R("T14", "zh", [OPC, MKT], ["social", "giveaway"], "proactive",
  "追蹤我們的臉書粉專「霽眠家紡」，每個月抽一組重力毯，只限老顧客參加！",
  "Following a Facebook page is off-platform contact, and the monthly draw is a giveaway promotion.",
  trad="tw")
R("H01", "zh", [RI], ["positive-request"], "proactive",
  "多謝幫襯！張被蓋得舒服嘅話，唔該俾個五星好評我哋，對我哋真係好重要。",
  "A Cantonese request for a five-star positive review from satisfied buyers.",
  trad="hk")
R("H02", "zh", [RI, MKT], ["incentive", "loyalty"], "proactive",
  "收到床褥墊之後，喺產品頁度講下你嘅使用感受，再傳張截圖俾我哋，我哋會寄多對枕袋畀你，下次買仲有熟客價。",
  "Pillowcases and a regulars' price are promised for a product-page post, so it is a review incentive and a loyalty offer.",
  trad="hk")
R("H04", "zh", [RI], ["feedback-removal"], "reply",
  "退款已經處理好。嗰個負面賣家評價對我哋影響好大，麻煩你今日幫手撤回，唔該晒。",
  "Right after the refund the buyer is urged to withdraw negative seller feedback because it hurts the shop.",
  trad="hk")
R("H06", "zh", [OPC], ["payment"], "reply",
  "差價我哋用轉數快過返俾你，麻煩留低你嘅手機號碼。",
  "Paying the difference through a local instant-payment service and asking for a mobile number moves payment off Amazon.",
  trad="hk")
R("H08", "zh", [MKT], ["discount"], "reply",
  "下次再買嘅話報你張單號俾我哋，我哋直接減你兩成。",
  "Twenty percent off the next purchase is a discount offer even without the word discount.",
  trad="hk")
R("H09", "zh", [MKT], ["cross-sell"], "reply",
  "你問嘅尺寸係200×230厘米。張被配我哋嘅真絲被袋最靚，亞馬遜店舖有得買，顏色好齊。",
  "After the size answer the reply pushes a matching silk duvet cover, which is cross-selling.",
  trad="hk")
R("H10", "zh", [OPC, MKT], ["qr", "loyalty"], "proactive",
  "加入我哋嘅熟客群組，每個禮拜都有會員價，掃一掃包裝上面嘅二維碼就入到。",
  "A QR code leads to an outside group that offers member prices, so it is off-platform contact and loyalty marketing.",
  trad="hk")
R("H11", "zh", [RI], ["incentive"], "proactive",
  "用得滿意嘅話，俾個好｜評我哋啦，之後會有小禮物送上。",
  "A bar splits the word for a positive review, and a small gift is promised for it.",
  tech=["separator"], trad="hk")
R("H12", "zh", [OPC], ["phone"], "reply",
  "有咩問題可以直接WA我哋：六四六－五五五－零一七一。",
  "WA stands for WhatsApp and the number is written in Chinese numerals.",
  tech=["abbreviation", "obfuscated-phone"], trad="hk")
R("T15", "zh", [MKT], ["bundle"], "proactive",
  "週年慶開跑！棉被加枕頭的組合價只要單買的七折，活動到月底為止。",
  "An anniversary bundle price with a deadline is a promotion.",
  trad="tw")
R("H13", "zh", [MKT], ["new-product"], "reply",
  "多謝你查詢。床褥墊嘅鬆緊帶可以套到最厚40厘米嘅床褥，四角都有加固。洗嘅時候淨係拆外套，內芯用濕布抹就得。"
  "另外同你講聲，我哋啱啱出咗配套嘅防水床笠。同呢張床褥墊一齊用就最啱！",
  "After a helpful answer the reply announces a newly released matching product, which is marketing inside a reply.",
  trad="hk")

# ============================ Traditional: compliant =========================
R("TN01", "zh", [], [], "reply",
  "我們請物流公司針對這次延誤做了評估，回覆是轉運中心塞貨，預計後天送達。",
  "The assessment is the carrier's delay check, not a review.",
  nm="review-word", trad="tw")
R("TN02", "zh", [], [], "reply",
  "很抱歉枕頭有異味，已經幫您辦理全額退款，枕頭不用寄回，可以直接回收。",
  "A full refund for a defect with no condition is a remedy.",
  nm="remedy-refund", trad="tw")
R("TN03", "zh", [], [], "reply",
  "您看到的折價券是亞馬遜自己的活動，勾選後結帳時會自動折抵，我們這邊沒辦法另外加。",
  "The buyer asked about an Amazon coupon and the shop adds no offer of its own.",
  nm="amazon-promo", trad="tw")
R("TN04", "zh", [], [], "proactive",
  "您好，您的暮簾遮光窗簾已送達（訂單編號 112-0458271-6630948）。方便的話，歡迎到亞馬遜分享您真實的使用感受，好與不好都很有參考價值。",
  "One balanced invitation to share an honest experience is the allowed neutral request.",
  nm="neutral-review-request", trad="tw")
R("TN05", "zh", [], [], "reply",
  "您的包裹追蹤號碼是 1Z9A37K20381746620，目前在轉運中，預計週四送達。",
  "A tracking number is not a phone number.",
  nm="tracking-number", trad="tw")
R("TN06", "zh", [], [], "reply",
  "這款窗簾適用亞馬遜的免費退貨，30天內在訂單頁申請就可以，不需要另外付運費。",
  "Free describes Amazon's own return policy and the buyer is sent to the Amazon order page.",
  nm="amazon-page", trad="tw")
R("TP01", "zh", [], [], "reply",
  "重力毯的外套有拉鍊，可以拆下來單獨清洗，內胎請不要放進烘衣機。",
  "Care instructions with nothing else in them.",
  plain=True, trad="tw")
R("HN01", "zh", [], [], "reply",
  "多謝你話我哋知已經寫咗評價，你提到拉鏈有啲緊，我哋已經同廠方反映。",
  "The buyer mentioned their own review and the reply only thanks them and passes the zip issue on.",
  nm="review-thanks", trad="hk")
R("HN02", "zh", [], [], "reply",
  "麻煩你反饋一下速遞員係咪放咗喺管理處，我哋好同物流公司跟進。",
  "The buyer is asked for delivery details to chase the courier, not for feedback on the shop.",
  nm="logistics-feedback", trad="hk")
R("HN03", "zh", [], [], "reply",
  "你張單號係 113-2287460-9914052，已經出咗貨；如果要改地址，要經亞馬遜客服處理。",
  "An Amazon order id is not a phone number and the address change goes through Amazon.",
  nm="order-number", trad="hk")
R("HN04", "zh", [], [], "reply",
  "漏咗嘅窗簾扣我哋已經免費補寄，唔使寄返任何嘢。",
  "Free resending of missing parts is a remedy.",
  nm="remedy-free", trad="hk")
R("HN05", "zh", [], [], "reply",
  "床褥墊嘅面料係新疆棉，外套可以拆出嚟洗，內芯唔建議落水。",
  "The character for new is part of a place name in a fabric answer.",
  nm="spec-word", trad="hk")
R("HP01", "zh", [], [], "reply",
  "窗簾每幅闊132厘米，兩幅一套，如果你個窗闊200厘米，一套就夠。",
  "A sizing answer with nothing else in it.",
  plain=True, trad="hk")
R("HP02", "zh", [], [], "proactive",
  "你嘅包裹因為颱風延誤，速遞公司估計遲兩日先送到，唔好意思。",
  "A proactive delay notice about an unexpected problem.",
  plain=True, trad="hk")

# ============================ Mixed: violations ==============================
R("M01", "mixed", [RI], ["positive-request"], "proactive",
  "Hi Ms. Lin，您的 Cloudrest duvet 已经送到啦！If you love it，麻烦 leave us a 5-star review，谢谢支持！",
  "A five-star review is requested from buyers who love the product.")
R("M02", "mixed", [RI], ["change-review"], "reply",
  "新的 Stillweight blanket 已经寄出了。等您收到以后，could you update 一下您之前写的 review，让大家知道问题已经解决了？",
  "Asking the buyer to update an existing review once the replacement arrives is a change request, which is never allowed.")
R("M03", "mixed", [RI], ["gating"], "proactive",
  "如果 topper 睡得舒服，please share it on Amazon；如果 not happy，请先 message us，不要直接 post a bad review。",
  "Happy buyers are sent to Amazon while unhappy ones are told to contact the seller instead of posting, which is gating.")
R("M04", "mixed", [RI], ["steering"], "proactive",
  "在商品页写 experience 的时候，please mention 'no chemical smell' 和 'stays cool all night'，这两点 really help other shoppers。",
  "The seller supplies phrases for the buyer's product-page write-up, which steers the review.")
R("M05", "mixed", [OPC], ["messaging-app"], "reply",
  "Custom size 的窗帘 please add 我们的 WeChat: hollowmere_cs，设计师 will reply within 1 hour。",
  "A WeChat id moves the custom-size conversation off Amazon.")
R("M06", "mixed", [OPC], ["url"], "reply",
  "安装视频在这里 https://hmre.link/loftwell ，it shows how to attach the corner straps。",
  "A shortened link to the seller's own video is a non-Amazon URL.")
R("M07", "mixed", [MKT], ["coupon"], "proactive",
  "Thanks for your order！下次购买 use code COZY15 立减15%，valid until Dec 31。",
  "An unsolicited code for the next purchase is a coupon promotion.")
R("M08", "mixed", [MKT], ["new-product"], "proactive",
  "Good news：我们的 linen 夏被 is launching next week，和您的 Cloudrest 是 same collection。",
  "Announcing next week's launch to a past buyer is new-product marketing.")
R("M09", "mixed", [MKT], ["bundle"], "proactive",
  "Buy 2 pillows get 1 free，本周末 only，在我们的 Amazon store 下单就可以。",
  "A buy-two-get-one weekend offer is a bundle promotion even though the order stays on Amazon.")
R("M10", "mixed", [RI, MKT], ["incentive", "coupon"], "proactive",
  "Leave a review 之后，我们送您一张 20% off 的 coupon，下次买枕头可以用。",
  "A coupon is promised for leaving a review, which is both an incentive and a coupon promotion.")
R("M11", "mixed", [RI], ["positive-request"], "proactive",
  "被子盖着舒服的话，给我们一个 5x 吧，it really means a lot！",
  "5x is seller shorthand for five stars, asked of satisfied buyers.",
  tech=["abbreviation"])
R("M12", "mixed", [OPC], ["email"], "reply",
  "Warranty 登记请发到 care 艾特 hollowmere-home 点 com，we reply within 24 hours。",
  "A seller e-mail address is spelled with Chinese words for at and dot.",
  tech=["obfuscated-email"])
R("M13", "mixed", [OPC], ["messaging-app"], "reply",
  "有问题可以 W h a t s A p p 我们，the number is on the card 在包裹里。",
  "Spaces split the name of a messaging app and the contact number is on the insert card.",
  tech=["separator"])
R("M14", "mixed", [MKT], ["coupon"], "proactive",
  "Your 重力毯 has shipped！Use \u0441\u043ede SNUG10 for 10% \u043eff 您的下一单。",
  "Cyrillic look-alike letters hide a discount code for the next order.",
  tech=["homoglyph"])
R("M15", "mixed", [OPC, MKT], ["social", "giveaway"], "proactive",
  "多謝支持！如果 blanket 用得 OK，記得 follow 我哋 IG @hollowmere.hk，每個月都有 giveaway 送枕頭！",
  "Following an Instagram account is off-platform contact and the monthly giveaway is a promotion.",
  trad="hk")

# ============================ Mixed: compliant ===============================
R("MN01", "mixed", [], [], "reply",
  "您问的 Lightning Deal 是 Amazon 自己的 promotion，价格由 Amazon 决定，we can't change it after the order is placed。",
  "The reply explains an Amazon deal the buyer asked about and offers nothing of its own.",
  nm="amazon-promo")
R("MN02", "mixed", [], [], "proactive",
  "Hi，your order 114-8820153-4471296 已经送达。If you have time，欢迎在 Amazon 分享您的 honest experience，positive or negative 都可以。",
  "One balanced request for an honest experience, positive or negative, is the allowed neutral form.",
  nm="neutral-review-request")
R("MN03", "mixed", [], [], "reply",
  "Sorry 窗帘 arrived with a stain。我们已经 issue 了 full refund，不用寄回。",
  "A full refund for a stained item is a remedy with no condition.",
  nm="remedy-refund")
R("MN04", "mixed", [], [], "reply",
  "Your tracking number 是 TBA918273645001，carrier 显示今天 out for delivery。",
  "A tracking number is not a phone number.",
  nm="tracking-number")
R("MN05", "mixed", [], [], "reply",
  "这款 topper 的 foam is free of formaldehyde，新批次 also passed the same lab test。",
  "Free of and new batch describe the material, not an offer.",
  nm="spec-word")
R("MN06", "mixed", [], [], "reply",
  "Our team reviewed 您的退货照片，确认是运输途中损坏，refund 会在 3-5 个工作日到账。",
  "Reviewed means the return photos were checked and the refund is a remedy.",
  nm="review-word")
R("MN07", "mixed", [], [], "reply",
  "唔好意思，我哋唔可以用 WhatsApp 或者 email 同你傾，所有嘢都要喺 Amazon message 度處理，多謝體諒。",
  "Messaging apps and e-mail are named only to refuse leaving Amazon messages.",
  nm="im-refusal", trad="hk")
R("MP01", "mixed", [], [], "reply",
  "Duvet 的四个角都有 ties，可以和 duvet cover 系在一起，不会跑位。",
  "A product answer about corner ties.",
  plain=True)
R("MP02", "mixed", [], [], "reply",
  "Weighted blanket 建议选体重 10% 左右的重量，您 60kg 的话选 6kg 就合适。",
  "A sizing answer for the weighted blanket.",
  plain=True)


# ---------------------------------------------------------------------------
README_HEAD = """# holdout41: hand-labelled held-out set, home textiles, Chinese-leaning

160 messages from an invented Amazon shop that sells home textiles and bedding, written to its
buyers. Each was labelled by hand for the three content policies of `interface.md`:
`review-inducement`, `off-platform-contact` and `marketing`. An empty `labels` list means the
message is compliant **for these three policies only** (judgement call 20).

The set leans on Chinese: about 55% Chinese (Simplified, and Traditional with Taiwan and Hong
Kong wording, including written Cantonese), 15% mixed Chinese-English and 30% English. About 30
violations are evasions (disguised keywords), and a good share of the others are *keyword-free*:
they say what sellers really write (晒图 with a gift, 追评, 满分, 回购, 再次购买, 熟客群組,
下次 perks, "tell other shoppers", "post a few words and a photo") without the obvious words. The
compliant records are mostly near-misses that a keyword list would flag wrongly.

Every label was decided from `/work/shared/policy.md` (with the label names and record format of
`/work/shared/interface.md`). No linter, rule file or corpus was read or run. All texts were
written for this set.

## The shop (all invented)

**Hollowmere Home** (霁眠家纺 / 霽眠家紡) sells:

- *Cloudrest* all-season duvet (云栖四季被 / 雲棲四季被);
- *Harbor* contour pillow (护颈枕 / 護頸枕);
- *Stillweight* weighted blanket, 10 / 15 / 20 lb (重力毯);
- *Duskfall* blackout curtains (暮帘遮光窗帘 / 暮簾遮光窗簾);
- *Loftwell* mattress topper (柔岚床褥垫 / 柔嵐床褥墊).

People (Wren, Marcus, Ruth, Joanne, Priya, 小棠 ...), handles (`hollowmere_cs`, `hm_vip88`,
`hm_curtain`, `@hmhome`, `@hollowmere.sleeps`, `@hollowmere.hk`), domains (`hollowmere-home.com`,
the shortener `hmre.link`), codes, order ids (`1xx-xxxxxxx-xxxxxxx`) and tracking numbers (`1Z…`,
`TBA…`) are invented; `amazon.com` appears only for Amazon's own pages. Every phone number,
including the carrier depot's and those written in words or Chinese numerals, is in the fictional
US range 555-0100..555-0199. Real third-party services are named only as services (WhatsApp,
WeChat, LINE, Instagram, PayPal, Alipay, 小红书, 蝦皮, 轉數快), never with a real account.

## Files

| file | what it is |
| --- | --- |
| `gen.py` | Source of truth. Holds every text (invisible, full-width, Cyrillic and star characters as `\\uXXXX` escapes), the validator source and this README's text. It writes `validate.py`, imports it to compute the derived tags (`keyword-free`, `long`), shuffles with `random.Random(41)`, numbers the records `h41-001`..`h41-160` and writes `holdout41.jsonl` and `README.md`. |
| `holdout41.jsonl` | 160 lines, one JSON object each, keys exactly `id`, `text`, `labels`, `lang`, `tags`, `note`. |
| `validate.py` | Self-check; prints the counts and exits 1 on any problem. Optional argument: another path. |

Rebuild and check: `python3 gen.py && python3 validate.py`

## Record format

```json
{"id": "h41-001", "text": "...", "labels": ["review-inducement"], "lang": "zh",
 "tags": ["incentive", "proactive", "evasion", "separator", "traditional", "hk"],
 "note": "One English sentence saying why."}
```

- `labels`: a subset of `review-inducement`, `off-platform-contact`, `marketing`, in that order;
  `[]` = compliant for these three.
- `lang`: `en`, `zh` or `mixed` (Chinese and English in one message). Script is a tag, not a lang:
  Traditional records carry `traditional` plus `tw` or `hk`; the rest of the Chinese is Simplified.
- `tags`, in this order:
  1. one subtype per label, in label order:
     - review-inducement: `incentive`, `positive-request`, `gating`, `steering`, `change-review`, `feedback-removal`;
     - off-platform-contact: `messaging-app`, `email`, `phone`, `url`, `website`, `social`, `qr`, `payment`, `diversion`;
     - marketing: `coupon`, `discount`, `sale`, `bundle`, `new-product`, `cross-sell`, `buy-again`, `restock`, `subscription`, `loyalty`, `referral`, `giveaway`, `storefront-link`;
  2. one context tag: `reply` (answer in a buyer thread) or `proactive` (the seller starts);
  3. evasive violations only: `evasion`, then one or more techniques: `separator`, `pinyin`,
     `abbreviation`, `homophone`, `fullwidth`, `homoglyph`, `leetspeak`, `star-symbols`,
     `zero-width`, `obfuscated-email`, `obfuscated-phone`, `obfuscated-url`, `trad-keyword`;
  4. `keyword-free`: computed, on every non-evasive violation whose text (after NFKC, zero-width
     stripping and lower-casing) contains none of about 100 obvious EN/ZH keywords listed in
     `validate.py` (`OBVIOUS`: review, rating, star, feedback, coupon, code, free, refund, e-mail,
     phone, WhatsApp, .com, 好评, 评价, 评论, 星, 返现, 优惠, 折扣, 券, 微信, 电话, 官网, 删除, 修改,
     撤, 免费, 红包, 退款 and their Traditional forms ...);
  5. compliant records only: `near-miss` followed by its kind, or `plain`;
  6. `traditional` + `tw`/`hk`;
  7. `long`: computed, 5 or more sentences.
- `note`: one English sentence giving the reason for the label.

Near-miss kinds: `neutral-review-request`, `feedback-notice`, `review-thanks`, `review-word`,
`logistics-feedback`, `quality-check`, `remedy-refund`, `remedy-free`, `amazon-promo`, `spec-word`,
`order-number`, `tracking-number`, `amazon-page`, `carrier-phone`, `im-refusal`, `payment-refusal`,
`logistics-verbs`, `restock-answer`, `size-numbers`, `amazon-auto-email`.

## What `validate.py` checks

- 160 records; exact key set; ids `h41-001`..`h41-160` unique and in order; texts unique after
  NFKC, zero-width stripping, casefolding and whitespace collapse.
- Labels only from the three policies, no duplicates, canonical order; `lang` in en/zh/mixed.
- The tag grammar above; a subtype must belong to its label; `evasion` only on violations and
  never without a technique; `near-miss`/`plain` only and always on compliant records.
- Evidence in the text for every technique tag (for example a zero-width character, a full-width
  letter, a Cyrillic letter next to a Latin one, a leetspeak token that decodes to a keyword, a
  split word, a pinyin or abbreviation or homophone from a list, a phone number in words or
  Chinese numerals, `at … dot com` / `艾特 … 点 com`, `name 点 com`, a Traditional keyword inside a
  Simplified record), and no untagged artefact of that kind in any other record.
- `keyword-free` and `long` are recomputed and must match.
- Language: `en` has no CJK characters, CJK punctuation or curly quotes; `zh` is mostly CJK;
  `mixed` has at least 5 CJK characters and 3 English words; Traditional records contain at least
  2 Traditional-only characters and no Simplified-only ones; Simplified records contain no
  Traditional-only character (except the `trad-keyword` evasion).
- Invented contact data: after NFKC, zero-width stripping, decoding of numbers in words and Chinese
  numerals, and removal of order ids and tracking numbers, every phone-like number is 555-01xx;
  e-mail addresses (also spelled-out ones) and bare domains are on the allowlist.
- Notes are one sentence; no text has more than 12 sentences.
- The distribution stays in the ranges the set was built for (label counts, evasions, near-misses,
  language shares).

The checks were tried by mutating a copy of the file (a phone number outside 555-01xx, a foreign
domain, a stray zero-width character in a clean record, a Traditional character in a Simplified
record, a keyword added to a keyword-free record, labels reversed, a record dropped); each made
`validate.py` exit 1.
"""

JUDGEMENT_CALLS = """## Judgement calls

Each call cites the part of `policy.md` it rests on.

1. **A neutral review request is compliant.** One unconditional invitation to share an honest
   experience ("whatever your experience has been", 无论好坏, 好與不好, "positive or negative") is
   allowed (interface.md; policy C near-misses and section (b), "Neutral wording"). The set has no
   thread history, so each such request is taken to be the first for its order; the
   one-per-order limit is the separate `review-request-limit` policy and is not labelled here.
2. **Praise turned into a review request is gating.** A reply that asks for a review *because* the
   buyer has just praised the product ("copy exactly what you wrote to us into a review") is
   `gating`, although its words are neutral: C3 and design note 3 quote "This includes cases where
   the customer proactively reaches out to the seller to express satisfaction".
3. **"Come to us first" is gating even when posting is never forbidden outright.** Sending happy
   buyers to the listing and asking unhappy ones to message the seller first, to hold off posting
   or not to give a low score (不要直接给低分) is `gating` (C3: "Before leaving negative feedback,
   please give us a chance to make it right").
4. **Steering the content is review-inducement.** interface.md's description of the policy does
   not list it, but policy C7 does ("attempt to influence the review"; telling the buyer what to
   write). Dictated praise points, phrases, or a minimum length are labelled `steering`; a reward
   or rating request in the same message takes precedence as the subtype.
5. **Rating hints count as asking for five stars.** 满分 (full marks), 点满 with five star emoji,
   五颗心 (five hearts), "5x", ５ｓｔａｒ and ★★★★★ are `positive-request` (C2, and section (e)
   "Star symbols and emoji … map to a RATING_5 token").
6. **A post on the product page is a review, whatever it is called.** 晒到商品页下面 (show photos
   under the listing), 分享使用心得, 講下你嘅使用感受, "post a few words and a photo on the product
   page", and 追评 (a follow-up review) all count as a review. Any reward for them (a
   pillowcase, a travel pillow in the next order, a small gift, a red packet, cash back) is
   `incentive` (C1). A reward handed out in a *later* order is still a reward ("or any other future
   benefits", C).
7. **Second labels on incentives.** A future discount or coupon given for a review or for
   withdrawing feedback also carries `marketing` (the official AU example offers "a voucher for 25%
   off your next purchase"). A regulars' price (熟客價) promised alongside the review reward is
   marketing (loyalty) too. A reward paid through PayPal or a WeChat red packet, or proof sent to a
   seller e-mail address or WeChat id, also carries `off-platform-contact` (C1 "reimbursement via a
   non-Amazon payment method"; D5).
8. **The neutral seller-feedback notice is compliant.** Amazon's own wording ("If you are satisfied
   that we have resolved your concerns, it is possible to update or remove the feedback …",
   可以自行选择更新或移除之前留下的卖家反馈) is labelled compliant in two records. C5 calls it allowed
   and asks linters to *warn*, which is not a policy violation. Any plea ("weighing heavily on our
   account", 影響好大), urgency ("today") or reward turns it into `feedback-removal`. A change
   request about a *product review* is always `change-review` (C4, "even after an issue is
   resolved").
9. **The seller's own phone number is off-platform contact even in a permitted message.** D3 exempts
   only numbers of "warranties, shipping providers, or manufacturers". A seller helpline for a late
   parcel, and the seller's phone in the signature block of an otherwise permitted bulky-delivery
   scheduling message (D: "Please review your outgoing emails, including your signature blocks"),
   are `off-platform-contact` (phone). A carrier depot's number given for a delivery problem is
   compliant (D near-misses; at most a warning).
10. **E-mail is never exempt.** Warranty registration by e-mail is `off-platform-contact` (email):
    the warranty exception of D3 is for phone numbers, while D2 and the SP-API text ban e-mail
    addresses outright.
11. **Paying a remedy outside Amazon is off-platform contact.** A refund or price difference paid by
    bank transfer, 轉數快 (Hong Kong's instant-payment service) or PayPal is `payment` (D5), although
    the remedy itself would be fine through Amazon. Naming WeChat Pay or Alipay only to refuse them
    is compliant.
12. **Selling elsewhere is off-platform contact; marketing only with an offer.** Invoicing from the
    seller's own warehouse, the seller's web shop, or the shop on another marketplace (蝦皮) is
    `off-platform-contact` (D6, "circumvent the Amazon sales process"). None of these records adds a
    price advantage, so none carries `marketing`.
13. **Amazon links.** A link to the shop's Amazon storefront used to show more products and a
    seasonal event is `marketing` (storefront-link), not `off-platform-contact`, which interface.md
    limits to "sites other than Amazon's own" (D1 lists storefront links as an error anyway).
    Pointing the buyer to Your Orders / 我的订单 / 訂單頁 for a return is compliant.
14. **Social follows.** "Tag us on Instagram", 小红书 "search and follow us" and a Facebook page are
    `off-platform-contact` (social). They carry `marketing` only when a giveaway or offer is attached
    (B: "Follow us on Instagram for giveaways").
15. **Groups and codes.** A code on the insert card that opens a support group is
    `off-platform-contact` (qr) even without the word QR (D1, "Scan the QR code on the insert for
    support"). A group that also offers member prices or flash sales carries `marketing` (loyalty)
    as well (B, "Join our VIP club").
16. **Nudges that stay on Amazon are still marketing.** Buy it Again / 再次购买 / 再買一次 pushes,
    Amazon subscriptions (定期购) with a saving, an unsolicited restock notice, a prize draw for
    larger orders and a bundle "in our Amazon store" are `marketing` (B prohibited examples;
    interface.md, "buy again" pushes).
17. **Marketing inside an otherwise permitted reply.** A cross-sell, a sale, a new product or a next-
    order perk appended to a genuine answer (a sizing answer, a fill-weight answer, an expedited-
    shipping confirmation) makes the record `marketing` (B: "including within otherwise permitted
    communications"). A perk claimed with a password in the order note (老朋友) is a loyalty offer
    although it names no coupon.
18. **Answers to the buyer's own question are compliant.** An Amazon coupon or Lightning Deal the
    buyer asked about, or the restock date of an item the buyer asked for, with no offer or call to
    buy, is compliant (B near-misses: "a reply explaining an Amazon promotion the buyer asked
    about").
19. **Spec words and review words about something else.** 新疆 / 新批次 / "new this season", 免烫,
    "free of lead", 五星级酒店 (hotel standard), 评测 (lab test), 评估 (a carrier's assessment), 评价 by
    the quality-control team, 好评率 explained as Amazon's own figure, "reviewed the photos", and
    反馈/反饋 asking for delivery details are compliant (B and C near-misses; design note 4).
    Thanking a buyer for a review *they mentioned* is compliant in a reply (C near-misses).
20. **Only the three policies are labelled.** Message-scope (a proactive "your order was delivered"
    opener), formatting (the ⭐ emoji, ～), language and conduct (asking for a mobile number or bank
    details) are not labelled. A record with a violation of one of those but none of the three
    would be "compliant" here; the compliant records were chosen from permitted message kinds
    (replies, delay notices, one neutral review request) so they do not obviously break them.
21. **What counts as an evasion.** `evasion` marks a *disguised keyword*: split by separators (好-评,
    五 星, 好｜評, d-i-s-c-o-u-n-t, W h a t s A p p), pinyin (haoping, fanxian), seller
    abbreviations (hp, 5x, VX, 加V, yhq, WA, and 加賴, Taiwanese slang for adding on LINE),
    sound-alikes (好平, 薇信), full-width or Cyrillic letters, leetspeak, star glyphs, zero-width
    characters, spelled-out e-mail, phone or domain (`(at)`, 艾特, 点 com, numbers in words or
    Chinese numerals). Traditional script is an evasion **only** as `trad-keyword`: Traditional
    keywords (好評, 返現) inside an otherwise Simplified message. Taiwan and Hong Kong messages written
    wholly in Traditional are just their language and are not tagged as evasions.
22. **Keyword-free is mechanical.** `keyword-free` is computed from the OBVIOUS list, not chosen. It
    marks the violations that a keyword list of that kind could not catch at all; it is disjoint from
    `evasion` by construction. Some records that are indirect in spirit still contain one listed
    word (for example 七折 or "review") and are not tagged.
23. **Context.** `reply` means the message answers a buyer in an existing thread; `proactive` means
    the seller starts. The labels of this set do not depend on it except in call 2, where the praise
    is visible in the reply itself.
"""


def main():
    vpath = os.path.join(HERE, "validate.py")
    with open(vpath, "w", encoding="utf-8") as fh:
        fh.write(VALIDATE_SRC)
    os.chmod(vpath, 0o755)
    spec = importlib.util.spec_from_file_location("validate41", vpath)
    V = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(V)

    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate internal key"
    recs = list(RECORDS)
    random.Random(41).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        tags = list(r["subs"]) + [r["ctx"]]
        if r["tech"]:
            tags += ["evasion"] + r["tech"]
        if r["labels"] and not r["tech"] and V.is_keyword_free(r["text"]):
            tags.append("keyword-free")
        if r["nm"]:
            tags += ["near-miss", r["nm"]]
        if r["plain"]:
            tags.append("plain")
        if r["trad"]:
            tags += ["traditional", r["trad"]]
        if V.sentences(r["text"]) >= 5:
            tags.append("long")
        out.append({"id": "h41-%03d" % i, "text": r["text"], "labels": r["labels"],
                     "lang": r["lang"], "tags": tags, "note": r["note"]})
    jpath = os.path.join(HERE, "holdout41.jsonl")
    with open(jpath, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    # counts for the README, taken from the validator's own pass over the file
    _, c, problems = V.check(jpath)
    key_of = {o["id"]: r["key"] for o, r in zip(out, recs)}
    readme = README_HEAD + counts_section(c, out) + "\n" + JUDGEMENT_CALLS
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)
    print("wrote %d records; validator problems: %d" % (len(out), len(problems)))
    for p in problems:
        print("  " + p)
    if os.environ.get("H41_KEYS"):
        for o in out:
            print(o["id"], key_of[o["id"]])


def counts_section(c, out):
    n = len(out)
    viol = sum(v for k, v in c["nlabels"].items() if k)
    lines = ["", "## Counts", "",
             "- **Records:** %d; violations %d (%d with two labels: %s); compliant %d (near-miss %d, plain %d)."
             % (n, viol, c["nlabels"][2], ", ".join("%s %d" % kv for kv in sorted(c["pair"].items())),
                c["nlabels"][0], c["flag"]["near-miss"], c["flag"]["plain"]),
             "- **Per label:** " + ", ".join("%s %d" % (l, c["label"][l]) for l in V_POLICIES) + ".",
             "- **Per lang:** " + ", ".join("%s %d (%d%%)" % (l, c["lang"][l], round(100 * c["lang"][l] / n))
                                           for l in ("zh", "mixed", "en")) + ".",
             "- **Contexts:** " + ", ".join("%s %d" % kv for kv in sorted(c["ctx"].items())) + ".",
             "- **Evasive violations:** %d; **keyword-free violations:** %d (%s); **long:** %d."
             % (c["flag"]["evasion"], c["flag"]["keyword-free"],
                ", ".join("%s %d" % (l, c["kwfree-label"][l]) for l in V_POLICIES), c["flag"]["long"]),
             "", "| rows | total | violations | compliant | evasive |", "| --- | --- | --- | --- | --- |"]
    names = {"en": "en", "zh-simplified": "zh, Simplified", "zh-tw": "zh, Traditional (Taiwan)",
             "zh-hk": "zh, Traditional (Hong Kong)", "mixed": "mixed, Simplified + English",
             "mixed-hk": "mixed, Traditional (Hong Kong) + English"}
    for row in ("en", "zh-simplified", "zh-tw", "zh-hk", "mixed", "mixed-hk"):
        lines.append("| %s | %d | %d | %d | %d |" % (names[row], c["row"][row], c["row-viol"][row],
                                                    c["row-clean"][row], c["row-evasion"][row]))
    lines += ["", "| technique | records |", "| --- | --- |"]
    for t, k in c["tech"].most_common():
        lines.append("| %s | %d |" % (t, k))
    lines += ["", "(A record may use two techniques.)", "",
              "| near-miss kind | records |", "| --- | --- |"]
    for t, k in c["nm-kind"].most_common():
        lines.append("| %s | %d |" % (t, k))
    for lab in V_POLICIES:
        lines += ["", "**%s subtypes:** " % lab + ", ".join("%s %d" % kv for kv in c["sub:" + lab].most_common()) + "."]
    return "\n".join(lines) + "\n"


V_POLICIES = [RI, OPC, MKT]

if __name__ == "__main__":
    main()
