#!/usr/bin/env python3
"""Validate holdout38.jsonl.  Prints counts; exits 1 on any problem.

Checks:
- keys, id sequence h38-001..h38-160, record count;
- unique texts after NFKC, zero-width stripping, casefolding and whitespace collapse;
- label vocabulary and canonical order;
- tag grammar: one subtype per label (in label order) from that label's vocabulary, one
  context tag, evasion + technique tags only on violations, near-miss or plain on
  compliant records, traditional, long/short recomputed from the text;
- evidence in the text for every tagged evasion technique, and no evasion artefacts on
  records that are not tagged with the technique;
- every phone-like number (also in Chinese numerals, full-width or zero-width split) is
  US 555-01xx, after order ids and tracking numbers are removed;
- e-mail domains and bare domains (also spelled-out forms) are on the invented allowlist;
- language sanity for en / zh Simplified / zh Traditional / mixed;
- set composition: every subtype of the vocabulary used, counts near the targets of the
  brief, and most marketing records avoid the obvious marketing words.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout38.jsonl")
PREFIX = "h38"
N_EXPECTED = 160

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "positive-review-request", "gating", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "email", "phone", "url", "social", "qr",
                             "payment", "website", "diversion"},
    "marketing": {"coupon", "discount", "price-drop", "promotion", "seasonal", "new-product",
                  "cross-sell", "bundle", "buy-again", "storefront-link", "loyalty", "referral",
                  "restock", "waitlist", "early-access", "subscription", "gift-with-order",
                  "vip-group"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "cn-numerals", "spelled-email", "pinyin", "homophone", "euphemism"]
OTHER_TAGS = {"evasion", "near-miss", "plain", "traditional", "long", "short"}
LANGS = {"en", "zh", "mixed"}

ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FW_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20]")
CONFUSABLE_RE = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CN_NUM = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖幺两"
CN_VAL = "0012345678912345678912"
assert len(CN_NUM) == len(CN_VAL)
CN_NUM_MAP = dict(zip(CN_NUM, CN_VAL))
CN_RUN_RE = re.compile("[%s](?:[\\s\\-\uff0d]*[%s]){3,}" % (CN_NUM, CN_NUM))
SPACED_LATIN_RE = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ .\-_\u00b7]){3,}[A-Za-z](?![A-Za-z])")
SPACED_CJK_RE = re.compile("[\u4e00-\u9fff](?:(?:\\s*[/\u00b7|\\-_.]\\s*|\\s+)[\u4e00-\u9fff]){2,}")
SPELLED_EMAIL_RE = re.compile(
    r"[A-Za-z0-9._-]+\s*[\(\[]?\s*(?:\bat\b|艾特)\s*[\)\]]?\s*[A-Za-z0-9-]+\s*[\(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[\)\]]?\s*(?:com|net|org|io|co|tw|cn)\b", re.I)
PINYIN = {"haoping", "fanxian", "weixin", "jiawo", "kefu", "dianpu", "youhui", "pinglun",
          "wuxing", "goumai", "zhifubao", "shouhou", "lianxi"}
HOMOPHONES = ["薇信", "威信", "V信", "好坪", "好平", "返显", "反现", "五心", "伍星", "郵相"]
LEET_TARGETS = {"five", "star", "stars", "review", "reviews", "rating", "feedback", "whatsapp",
                "wechat", "telegram", "email", "paypal", "venmo", "coupon", "discount", "promo",
                "contact", "instagram"}

# A euphemism-tagged record must contain none of these obvious words.
OBVIOUS = [
    r"\breviews?\b", r"\brat(?:e|ed|ing|ings)\b", r"\bstars?\b", r"five-star", r"\bfeedback\b",
    r"\bpositive\b", r"\bnegative\b", r"\bgift ?cards?\b", r"\bcoupons?\b", r"\bdiscounts?\b",
    r"\bpromo", r"\bcodes?\b", r"\bsale\b", r"\bdeals?\b", r"\bvouchers?\b", r"\bcashback\b",
    r"% ?off\b", r"\bfree\b", r"\brefund", r"\bnew arrivals?\b", r"\brestock", r"\bin stock\b",
    r"\bwhatsapp\b", r"\bwechat\b", r"\btelegram\b", r"\bsignal\b", r"\bline app\b",
    r"\binstagram\b", r"\bfacebook\b", r"\btiktok\b", r"e-?mail", r"\bphone\b", r"\bcall\b",
    r"\btext us\b", r"\bwebsite\b", r"https?:", r"www\.", r"\.com\b", r"\.tw\b", r"paypal",
    r"venmo", r"\bstore ?front\b", r"\bstores?\b", r"\bshop\b", r"\bnew\b", r"\bprices?\b",
    r"\bpricing\b", r"\$\d", r"\bcheaper\b", r"buy it again", r"subscribe", r"\bbundle\b",
    r"\brefer", r"\bwaitlist\b", r"\bearly\b", r"\bmembers?\b", r"\bspare\b", r"back in stock",
    "新款", "新配色", "上架", "价格", "價格", "便宜", "推荐", "推薦", "再次购买", "再次購買", "会员",
    "會員", "积分", "積分", "专享", "專享", "店铺", "店鋪", "本店", "套装", "套裝", "三件套", "订购省",
    "好评", "差评", "评", "評", "返现", "返現", "礼品", "禮品", "礼物", "禮物", "优惠", "優惠",
    "折扣", "打折", "券", "促销", "促銷", "特价", "特價", "降价", "降價", "五星", "星级", "星級",
    "新品", "上新", "补货", "補貨", "到货", "到貨", "微信", "邮箱", "郵箱", "邮件", "郵件",
    "电话", "電話", "官网", "官網", "网站", "網站", "链接", "連結", "删除", "刪除", "修改",
    "退款", "免费", "免費",
]
OBVIOUS_RE = [re.compile(p, re.I) for p in OBVIOUS]
# Marketing records should mostly avoid these.
MKT_OBVIOUS_RE = re.compile(r"coupon|discount|\bsale\b|promo|优惠|優惠|折扣|打折|券|促销|促銷", re.I)

PAIRS = ("們们 這这 個个 來来 說说 對对 時时 會会 為为 與与 過过 發发 開开 樣样 還还 頭头 問问 題题 "
         "燈灯 評评 價价 網网 購购 買买 賣卖 訂订 單单 號号 碼码 聯联 謝谢 歡欢 優优 關关 實实 讓让 "
         "麼么 處处 應应 點点 體体 驗验 經经 無无 從从 種种 電电 話话 論论 貨货 運运 費费 錯错 頁页 "
         "長长 業业 專专 屬属 雙双 線线 請请 機机 書书 備备 護护 設设 計计 產产 將将 據据 轉转 換换 "
         "傳传 滿满 讀读 帳帐 營营 爐炉 濾滤 淨净 戶户 葉叶 級级 給给 緊紧 續续 總总 覺觉 確确 語语 "
         "圖图 環环 節节 場场 遞递 數数 參参 嗎吗 補补 寶宝 饋馈 現现 禮礼 舊旧 顏颜 裝装 組组 錢钱 "
         "動动 態态 氣气 溫温 熱热 夠够 隨随 歷历 庫库 選选 擇择 當当 園园 區区 歸归 內内 鏈链 結结 "
         "連连 親亲 團团 幫帮 壞坏 損损 贈赠 積积 員员 預预 約约 導导 鐘钟 針针 頻频 視视 顯显 簡简 "
         "東东 歐欧 門门 間间 測测 試试 檢检 資资 訊讯 響响 聲声 認认 識识 證证 負负 煩烦 鋪铺 達达 "
         "筆笔 願愿 風风 擋挡 記记 鋁铝 釘钉 興兴 該该 亞亚 馬马 遜逊 膽胆 諒谅 欖榄 綠绿 兩两 沒没 "
         "藍蓝 標标 紋纹 寫写 蹤踪 鈦钛 鍋锅 軟软 項项 戲戏 鬆松").split()
TRAD_ONLY = {p[0] for p in PAIRS} | set("錶")
SIMP_ONLY = {p[1] for p in PAIRS}
assert all(len(p) == 2 for p in PAIRS) and not TRAD_ONLY & SIMP_ONLY

DOMAIN_ALLOW = {"larchpeak.com", "larchpeak.tw", "amazon.com"}
DOMAIN_RE = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|link|ly|me|shop|gg|app))\b", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
ORDER_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACK_RE = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})(?![A-Za-z0-9])")
PHONE_RE = re.compile(r"(?<![\d])(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")
SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

# Targets from the brief: (low, high) inclusive.
TARGETS = {
    "violations": (95, 105), "compliant": (55, 65), "near-miss": (40, 50), "plain": (10, 20),
    "two-label": (15, 25), "review-inducement": (30, 40), "off-platform-contact": (30, 40),
    "marketing": (45, 55), "evasion": (24, 30), "euphemism": (5, 8),
    "en": (68, 76), "zh-simplified": (44, 52), "zh-traditional": (14, 18), "mixed": (20, 28),
}

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


def evidence(tech, text):
    if tech == "zero-width":
        return bool(ZW_RE.search(text))
    if tech == "fullwidth":
        return bool(FW_ALNUM_RE.search(text))
    if tech == "homoglyph":
        return bool(CONFUSABLE_RE.search(text))
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
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
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
    for m in PHONE_RE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            problem(rid, "phone-like number not in 555-01xx range: %r" % m.group(0))
    if re.search(r"555(?![\s.-]?01\d\d)", t):
        problem(rid, "555 not followed by 01xx")
    for m in re.finditer(r"(?<!\d)\d{7,}(?!\d)", t):
        if not re.fullmatch(r"1?\d{3}55501\d\d", m.group(0)):
            problem(rid, "long digit run that is neither an order id nor a tracking number: %s" % m.group(0))
    spelled = t
    if SPELLED_EMAIL_RE.search(t):
        spelled = re.sub(r"\s*[\(\[]?\s*(?:\bat\b|艾特)\s*[\)\]]?\s*", "@", t)
        spelled = re.sub(r"\s*[\(\[]?\s*(?:\bdot\b|点|點)\s*[\)\]]?\s*", ".", spelled)
    for m in EMAIL_RE.finditer(spelled):
        if m.group(1).lower() not in DOMAIN_ALLOW:
            problem(rid, "e-mail domain not allowlisted: %s" % m.group(1))
    for m in DOMAIN_RE.finditer(t):
        dom = re.sub(r"^www\.", "", m.group(1).lower())
        if dom not in DOMAIN_ALLOW:
            problem(rid, "domain not allowlisted: %s" % m.group(1))


def check_lang(rid, rec, tags):
    text = unicodedata.normalize("NFKC", ZW_RE.sub("", rec["text"]))
    cjk = len(CJK_RE.findall(text))
    stripped = ORDER_RE.sub(" ", TRACK_RE.sub(" ", text))
    stripped = re.sub(r"[A-Za-z0-9._%+:?=-]*[@/][A-Za-z0-9._%+/?=-]*|[A-Za-z0-9-]+\.(?:com|tw)[A-Za-z0-9/._-]*",
                      " ", stripped)
    latin = len(re.findall(r"[A-Za-z]", stripped))
    words = re.findall(r"[A-Za-z]{2,}", stripped)
    trad = sum(1 for c in text if c in TRAD_ONLY)
    simp = sum(1 for c in text if c in SIMP_ONLY)
    lang = rec["lang"]
    if lang == "en":
        if cjk:
            problem(rid, "en record contains CJK characters")
        if re.search("[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f\uff08\uff09]", rec["text"]):
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


def in_range(name, value):
    lo, hi = TARGETS[name]
    if not lo <= value <= hi:
        problem("set", "%s = %d, outside target %d-%d" % (name, value, lo, hi))


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
    mkt_plainword = mkt_total = 0
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "labels", "lang", "tags", "note"}:
            problem(rid, "keys are %s" % (sorted(rec) if isinstance(rec, dict) else type(rec)))
            continue
        if rid != "%s-%03d" % (PREFIX, i):
            problem(rid, "id out of sequence (expected %s-%03d)" % (PREFIX, i))
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
        for t in TECHNIQUES:
            if t not in ("euphemism", "cn-numerals") and t not in techs and evidence(t, text):
                problem(rid, "text shows %r artefacts but is not tagged with it" % t)
        if "cn-numerals" not in techs and CN_RUN_RE.search(text) and labels:
            problem(rid, "Chinese-numeral run on an untagged violating record")
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if labels and kinds:
            problem(rid, "near-miss/plain tag on a violating record")
        if not labels and len(kinds) != 1:
            problem(rid, "compliant record needs exactly one of near-miss/plain")
        order = ["evasion"] + techs + kinds + ["traditional", "long", "short"]
        tail = [t for t in rest if t in order]
        if tail != sorted(tail, key=order.index):
            problem(rid, "tags after the context tag are out of order: %r" % rest)
        n = sentence_count(text)
        if n > 12:
            problem(rid, "more than 12 sentences")
        w = display_width(text)
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
        c_lang_kind[(lk, kind)] += 1
        if "evasion" in rest:
            c_lang_kind[(lk, "evasive")] += 1
        check_lang(rid, rec, tags)
        check_contacts(rid, text)
        for l in labels:
            c_label[l] += 1
        if len(labels) == 2:
            c_pairs[" + ".join(labels)] += 1
        if "marketing" in labels:
            mkt_total += 1
            if MKT_OBVIOUS_RE.search(unicodedata.normalize("NFKC", text)):
                mkt_plainword += 1
        c_nlabels[len(labels)] += 1
        c_ctx[ctx] += 1
        for t in techs:
            c_tech[t] += 1
        for t in rest:
            if t in OTHER_TAGS:
                c_misc[t] += 1

    viol = sum(v for k, v in c_nlabels.items() if k > 0)
    quiet = [r["id"] for r in recs if isinstance(r, dict) and r.get("labels") and isinstance(r.get("text"), str)
             and "euphemism" not in r.get("tags", []) and evidence("euphemism", r["text"])]
    # set composition
    for lab in POLICIES:
        for sub in sorted(SUBTYPES[lab]):
            if not c_sub[(lab, sub)]:
                problem("set", "subtype %s/%s is never used" % (lab, sub))
    for t in TECHNIQUES:
        if not c_tech[t]:
            problem("set", "evasion technique %s is never used" % t)
    if len(recs) == N_EXPECTED:
        in_range("violations", viol)
        in_range("compliant", c_nlabels[0])
        in_range("near-miss", c_misc["near-miss"])
        in_range("plain", c_misc["plain"])
        in_range("two-label", c_nlabels[2])
        for lab in POLICIES:
            in_range(lab, c_label[lab])
        in_range("evasion", c_misc["evasion"])
        in_range("euphemism", c_tech["euphemism"])
        for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
            in_range(lk, c_lang[lk])
        if mkt_total and mkt_plainword * 2 > mkt_total:
            problem("set", "more than half of the marketing records use coupon/discount/sale/promo words")
    if c_nlabels[3]:
        problem("set", "records with three labels are not planned")

    print("records:", len(recs))
    print("violations: %d (two labels: %d %s)  compliant: %d (near-miss %d, plain %d)"
          % (viol, c_nlabels[2], dict(c_pairs), c_nlabels[0], c_misc["near-miss"], c_misc["plain"]))
    print("per label:", dict(c_label))
    print("marketing records using coupon/discount/sale/promo words: %d of %d" % (mkt_plainword, mkt_total))
    print("per language:", dict(c_lang))
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        print("  %-15s violation %3d  near-miss %3d  plain %3d  evasive %3d" % (
            lk, c_lang_kind[(lk, "violation")], c_lang_kind[(lk, "near-miss")],
            c_lang_kind[(lk, "plain")], c_lang_kind[(lk, "evasive")]))
    print("untagged violations with no obvious keyword (info only): %d %s" % (len(quiet), " ".join(quiet)))
    print("contexts:", dict(c_ctx))
    print("evasion records: %d; by technique: %s" % (c_misc["evasion"], dict(sorted(c_tech.items()))))
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
