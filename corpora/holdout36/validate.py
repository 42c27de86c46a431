#!/usr/bin/env python3
"""Validate holdout36.jsonl (Tumblewhisk pet-supply set).  Prints counts; exits 1 on any problem.

Checks: keys and ids, unique texts (after NFKC, zero-width stripping, casefold
and whitespace collapse), label vocabulary and order, tag grammar (subtype per
label, one context tag, evasion/technique tags only on violations, near-miss or
plain on compliant records, traditional, long/short), evidence for every evasion
technique (and no stray evasion artefacts on untagged records), US phone numbers
in the 555-01xx range, e-mail/domain allowlist (invented domains only), language
sanity (en / zh simplified / zh traditional / mixed) and sentence counts.
Set-level checks added for holdout36: every subtype the brief names occurs, every
evasion technique occurs, the language shares are near 40/30/15/15, every near-miss
contains at least one word a naive keyword list would trip on, and the JSONL is
exactly what gen.py builds.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout36.jsonl")
N_EXPECTED = 160

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
CYR_GREEK_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u2729\u272a\u272b\u272c\u272d\u272e\u272f\u2730\U0001f31f]")
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CN_NUM = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖貳參陸幺两兩"
CN_NUM_MAP = dict(zip(CN_NUM, "00123456789123456789236122"))
assert len(CN_NUM) == 26 and CN_NUM_MAP["幺"] == "1" and CN_NUM_MAP["兩"] == "2"
CN_RUN_RE = re.compile("[%s](?:[\\s\\-\uff0d]*[%s]){3,}" % (CN_NUM, CN_NUM))
SPACED_LATIN_RE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK_RE = re.compile("[\u4e00-\u9fff](?:(?:\\s*[/\u00b7|\\-_.]\\s*|\\s+)[\u4e00-\u9fff]){2,}")
SPELLED_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特|圈a)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|io|co|tw|cn|hk)\b", re.I)
PINYIN = {"fanxian", "zhifubao", "weixin", "haoping", "chaping", "dianpu", "youhui",
          "pinglun", "wuxing", "jiawo", "kefu", "shanping", "wuxinghaoping", "liuping"}
HOMOPHONES = ["薇信", "威信", "徽信", "V信", "好坪", "差坪", "好苹", "返显", "反现", "五心", "伍星", "評介"]
LEET_TARGETS = {"five", "star", "stars", "review", "reviews", "whatsapp", "wechat", "telegram",
                "email", "gmail", "paypal", "venmo", "coupon", "discount", "rating", "feedback",
                "contact", "refund", "instagram"}
# Obvious keywords that a euphemism-tagged record must avoid entirely (after NFKC).
OBVIOUS = [
    r"\breviews?\b", r"\brat(?:e|ed|ing|ings)\b", r"\bstars?\b", r"\bfeedback\b", r"\bpositive\b",
    r"\bnegative\b", r"\bgift", r"\bcoupons?\b", r"\bdiscount", r"\bpromo", r"\bcodes?\b",
    r"\bsale\b", r"\bdeals?\b", r"\bvoucher", r"\breward", r"\bcredit", r"\brefund", r"\bfree\b",
    r"% ?off", r"\bcheaper\b", r"\bsubscri", r"\brestock", r"in stock", r"\blaunch", r"new arrival",
    r"\bwhatsapp\b", r"\bwechat\b", r"\btelegram\b", r"\bline\b", r"e-?mail", r"\bphone\b",
    r"\bcall\b", r"\btext (?:me|us)\b", r"\bwebsite\b", r"https?:", r"www\.", r"\.(?:com|tw|hk|link)\b",
    r"instagram", r"facebook", r"tiktok", r"\bdm\b", r"\bqr\b", r"paypal", r"venmo", r"zelle",
    "好评", "差评", "评", "評", "返现", "返現", "礼品", "禮品", "礼物", "禮物", "优惠", "優惠", "折扣", "打折",
    "券", "减", "減", "送", "红包", "紅包", "返利", "会员", "會員", "微信", "邮箱", "郵箱", "电邮", "電郵",
    "电话", "電話", "官网", "官網", "网站", "網站", "链接", "連結", "二维码", "二維碼", "客服", "联系", "聯繫",
    "聯絡", "删除", "刪除", "修改", "反馈", "反饋", "回饋", "促销", "促銷", "特价", "特價", "降价", "降價",
    "五星", "星级", "星級", "补货", "補貨", "到货", "到貨", "新品", "上新", "上架", "留言",
]
OBVIOUS_RE = [re.compile(p, re.I) for p in OBVIOUS]

# Simplified / Traditional character pairs (each Simplified character is never used in
# Traditional text and vice versa).  Checked against OpenCC when the set was written.
_PAIRS = (
    "们們 这這 个個 来來 说說 对對 时時 会會 为為 过過 发發 开開 样樣 还還 问問 题題 车車 评評 价價 网網 "
    "购購 买買 订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 实實 让讓 么麼 处處 应應 点點 体體 验驗 经經 "
    "无無 从從 种種 电電 话話 论論 货貨 运運 费費 错錯 页頁 长長 业業 专專 属屬 双雙 请請 机機 书書 备備 "
    "护護 设設 计計 产產 将將 据據 转轉 换換 传傳 满滿 读讀 装裝 带帶 绑綁 坏壞 门門 响響 显顯 视視 频頻 "
    "条條 级級 给給 紧緊 续續 总總 觉覺 确確 语語 图圖 环環 节節 场場 递遞 数數 岁歲 吗嗎 猫貓 宠寵 绒絨 "
    "饲飼 粮糧 笼籠 领領 绳繩 链鏈 软軟 线線 邮郵 礼禮 现現 删刪 减減 赠贈 补補 质質 亲親 东東 试試 层層 "
    "调調 两兩 区區 际際 识識 钮鈕 盖蓋 湿濕 滤濾 净淨 洁潔 乐樂 爱愛 广廣 厂廠 尽盡 务務 误誤 认認 议議 "
    "记記 许許 诉訴 该該 详詳 细細 维維 红紅 蓝藍 颜顏 写寫 兴興 达達 进進 选選 边邊 适適 办辦 剂劑 馈饋 "
    "积積 汇匯 动動 晒曬 轮輪 铲鏟 仓倉 钢鋼 销銷 惊驚 丝絲 脑腦 阶階 块塊 寿壽 帮幫 谈談 虑慮 扫掃 签簽 "
    "损損 拧擰 锁鎖 结結 构構 绍紹 贝貝").split()
SIMP_ONLY = set(p[0] for p in _PAIRS)
TRAD_ONLY = set(p[1] for p in _PAIRS)
assert all(len(p) == 2 for p in _PAIRS) and not SIMP_ONLY & TRAD_ONLY

# Invented domains only (plus Amazon's own).
DOMAIN_ALLOW = {"tumblewhisk.com", "tumblewhisk.tw", "tumblewhisk.hk", "twsk.link", "amazon.com"}
DOMAIN_RE = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|hk|link|ly|me|shop))\b", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACK_RE = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
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
    spelled = re.sub(r"\s*(?:\bat\b|艾特)\s*", "@", t) if SPELLED_EMAIL_RE.search(t) else t
    spelled = re.sub(r"\s*(?:\bdot\b|点|點)\s*", ".", spelled) if spelled is not t else spelled
    for m in EMAIL_RE.finditer(spelled):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            problem(rid, "e-mail domain not invented/allowlisted: %s" % m.group(1))
    for m in DOMAIN_RE.finditer(t):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            problem(rid, "domain not invented/allowlisted: %s" % m.group(1))


def check_lang(rid, rec, tags):
    text = unicodedata.normalize("NFKC", ZW_RE.sub("", rec["text"]))
    cjk = len(CJK_RE.findall(text))
    stripped = ORDER_RE.sub(" ", TRACK_RE.sub(" ", text))
    stripped = re.sub(r"[A-Za-z0-9._%+:-]*[@/][A-Za-z0-9._%+/-]*|[A-Za-z0-9-]+\.(?:com|tw)[A-Za-z0-9/._-]*", " ", stripped)
    latin = len(re.findall(r"[A-Za-z]", stripped))
    words = [w for w in re.findall(r"[A-Za-z]{2,}", stripped)]
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
                problem(rid, "traditional record: trad-only=%d simp-only=%d" % (trad, simp))
        else:
            if trad:
                problem(rid, "simplified zh record contains traditional-only characters")
    elif lang == "mixed":
        if cjk < 8 or len(words) < 3:
            problem(rid, "mixed record lacks one language (cjk=%d en-words=%d)" % (cjk, len(words)))
        if trad or "traditional" in tags:
            problem(rid, "mixed records are meant to be Simplified Chinese + English")


REQUIRED_SUBTYPES = {
    "review-inducement": ["positive-review-request", "incentive", "gating", "change-review",
                          "feedback-removal", "steering"],
    "off-platform-contact": ["url", "email", "phone", "messaging-app", "social", "qr", "payment",
                             "website"],
    "marketing": ["coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront-link", "loyalty", "referral", "restock", "subscription"],
}
LANG_SHARE = {"en": 0.40, "zh-simplified": 0.30, "zh-traditional": 0.15, "mixed": 0.15}
# Words a naive keyword linter would flag; a near-miss must contain at least one.
NAIVE_EXTRA = [r"\bcancel", r"\bchang", r"\bremov", r"\bupdat", r"\bnew\b", r"\bapp\b", r"\blink\b",
               r"\bqr\b", r"\bwi-?fi\b", "取消", "更改", "更新", "移除", "二维码", "新版", "免费", "免費",
               "微信", "LINE", "支付宝", "退款", "帳戶", "补货", "補貨", "有貨"]
NAIVE_RE = [re.compile(p, re.I) for p in NAIVE_EXTRA]


def naive_hit(text):
    t = unicodedata.normalize("NFKC", text)
    if ORDER_RE.search(t) or TRACK_RE.search(t) or PHONE_RE.search(t):
        return True
    return any(p.search(t) for p in OBVIOUS_RE + NAIVE_RE)


def check_rebuild(recs):
    """The JSONL must be exactly what gen.py produces (only for the default path)."""
    gen_path = os.path.join(HERE, "gen.py")
    if len(sys.argv) > 1 or not os.path.exists(gen_path):
        return
    import importlib.util
    import random
    spec = importlib.util.spec_from_file_location("h36gen", gen_path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    built = list(mod.RECORDS)
    random.Random(36).shuffle(built)
    if len(built) != len(recs):
        problem("file", "gen.py builds %d records, file has %d" % (len(built), len(recs)))
        return
    for i, (b, r) in enumerate(zip(built, recs), 1):
        want = {"id": "h36-%03d" % i, "text": b["text"], "labels": b["labels"], "lang": b["lang"],
                "tags": b["tags"], "note": b["note"]}
        if want != r:
            problem(r.get("id", "#%d" % i), "differs from what gen.py builds (rerun gen.py)")


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
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i)
        if set(rec) != {"id", "text", "labels", "lang", "tags", "note"}:
            problem(rid, "keys are %s" % sorted(rec))
            continue
        if rid != "h36-%03d" % i:
            problem(rid, "id out of sequence (expected h36-%03d)" % i)
        text, labels, tags = rec["text"], rec["labels"], rec["tags"]
        if not isinstance(text, str) or not text.strip():
            problem(rid, "empty text")
            continue
        key = norm_dedup(text)
        if key in seen:
            problem(rid, "duplicate text of %s" % seen[key])
        seen[key] = rid
        # labels
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            problem(rid, "bad labels %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            problem(rid, "labels duplicated or not in canonical order")
        if rec["lang"] not in LANGS:
            problem(rid, "bad lang %r" % rec["lang"])
        note = rec["note"]
        if not isinstance(note, str) or not note.strip() or not note.endswith(".") or \
                len(SENT_RE.findall(note.replace("i.e.", "ie"))) != 1:
            problem(rid, "note must be exactly one sentence")
        # tags: subtypes, context, then the rest
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
        # stray artefacts on records not tagged with the technique
        for t in ("zero-width", "fullwidth", "homoglyph", "star-symbols", "spelled-email",
                  "homophone", "leetspeak", "pinyin", "spacing"):
            if t not in techs and evidence(t, text):
                problem(rid, "text shows %r artefacts but is not tagged with it" % t)
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if labels and kinds:
            problem(rid, "near-miss/plain tag on a violating record")
        if not labels and len(kinds) != 1:
            problem(rid, "compliant record needs exactly one of near-miss/plain")
        # length tags
        n = sentence_count(text)
        if n > 12:
            problem(rid, "more than 12 sentences")
        w = sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)
        want = "long" if n >= 5 else ("short" if n <= 2 and w <= 80 else None)
        have = [t for t in rest if t in ("long", "short")]
        if have != ([want] if want else []):
            problem(rid, "length tag %r but expected %r (%d sentences, width %d)" % (have, want, n, w))
        if rec["lang"] == "zh" and "traditional" in tags:
            c_lang["zh-traditional"] += 1
        elif rec["lang"] == "zh":
            c_lang["zh-simplified"] += 1
        else:
            c_lang[rec["lang"]] += 1
        check_lang(rid, rec, tags)
        check_contacts(rid, text)
        for l in labels:
            c_label[l] += 1
        c_nlabels[len(labels)] += 1
        c_ctx[ctx] += 1
        for t in techs:
            c_tech[t] += 1
        for t in rest:
            if t in ("evasion", "near-miss", "plain", "long", "short", "traditional"):
                c_misc[t] += 1

    # ---- set-level checks (holdout36) ----
    for lab, subs in REQUIRED_SUBTYPES.items():
        for sub in subs:
            if not c_sub[(lab, sub)]:
                problem("set", "no record with %s subtype %r" % (lab, sub))
    for t in TECHNIQUES:
        if not c_tech[t]:
            problem("set", "no record uses evasion technique %r" % t)
    if recs:
        for lang, share in LANG_SHARE.items():
            got = c_lang[lang] / float(len(recs))
            if abs(got - share) > 0.05:
                problem("set", "%s share %.0f%% is not near %.0f%%" % (lang, got * 100, share * 100))
    for rec in recs:
        if isinstance(rec, dict) and "near-miss" in rec.get("tags", []) and not naive_hit(rec["text"]):
            problem(rec.get("id"), "near-miss has no word a naive keyword list would flag")
    check_rebuild(recs)

    viol = sum(v for k, v in c_nlabels.items() if k > 0)
    print("records:", len(recs))
    print("violations: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)"
          % (viol, c_nlabels[2], c_nlabels[0], c_misc["near-miss"], c_misc["plain"]))
    print("per label:", dict(c_label))
    print("per language:", dict(c_lang))
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
