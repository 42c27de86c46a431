#!/usr/bin/env python3
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
