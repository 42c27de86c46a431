#!/usr/bin/env python3
"""Self-check for holdout43.jsonl (written by gen.py; edit gen.py, not this file).

Usage: python3 validate.py [PATH]      exit 0 = OK, 1 = problems found

Checks
  * 180 records; exact key set; ids h43-001..h43-180, unique and in order;
  * texts non-empty and unique after NFKC, zero-width stripping, casefold and
    whitespace collapse;
  * labels only from review-inducement / off-platform-contact / marketing,
    no duplicates, canonical order; lang in en / zh / mixed;
  * tag grammar: one subtype per label (in label order), one context tag
    (reply / proactive), then overt | subtle | evasion + techniques on
    violations, near-miss + kind | ordinary on compliant records, then an
    optional 'traditional' (lang zh only);
  * evidence in the text for each technique tag, and no untagged artefacts;
  * language: en has no CJK; zh is mostly CJK; Traditional records have
    Traditional-only characters and no Simplified-only ones; Simplified and
    mixed records have no Traditional-only characters (except where the
    'traditional-chars' technique is tagged); mixed has both languages;
  * contacts: every phone-like number (also spelled out, in Chinese numerals,
    full-width or split by zero-width characters) is a fictional 555-01xx
    number, after removing order ids, tracking numbers, ASINs, serials and the
    declared non-phone numbers; every domain and e-mail domain is on the
    allowlist of invented domains (plus amazon.com);
  * none of the names of the earlier set (holdout39) appear;
  * notes are one sentence ending in a full stop;
  * the mix asked for: label counts, clean / near-miss counts, evasions,
    language shares (ranges).
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout43.jsonl")
N = 180
ID_FMT = "h43-%03d"
KEYS = {"id", "text", "labels", "lang", "tags", "note"}
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "five-star", "gating", "ask-after-praise", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "email", "phone", "url", "website", "social", "qr",
                             "payment", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront-link", "loyalty", "referral", "bundle", "restock", "subscription",
                  "early-access", "vip-group"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "spelled-email", "spelled-phone", "pinyin", "homophone", "traditional-chars"]
NM_KINDS = {"neutral-review-request", "feedback-neutral-notice", "remedy", "coupon-explanation",
            "price-explanation", "spec-words", "cn-substring", "carrier-contact", "amazon-url",
            "numbers-not-phones", "negation", "warranty-on-amazon", "buyer-quote", "review-thanks",
            "amazon-review-email", "logistics-verbs", "restock-answer", "app-instructions"}

# Ranges for the mix the brief asked for ("roughly").
RANGES = {
    "label:review-inducement": (33, 40), "label:off-platform-contact": (33, 40),
    "label:marketing": (33, 40), "two-labels": (3, 8), "clean": (70, 75), "near-miss": (60, 75),
    "evasion": (22, 28), "lang:en": (80, 100), "script:zh-traditional": (15, 30),
    "script:zh-simplified": (35, 60), "lang:mixed": (18, 35),
}

# ---------------------------------------------------------------- detectors
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e]")
HOMOGLYPH_RE = re.compile("[A-Za-z][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z]")
STAR_RE = re.compile("[\u2605\u2606\u2b50\u2729-\u2730\U0001f31f]")
CJK_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
SPACED_RE = re.compile(r"(?<![A-Za-z])[A-Za-z](?: [A-Za-z]){3,}(?![A-Za-z])"
                       "|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}")
SPELLED_EMAIL_RE = re.compile(
    r"([A-Za-z0-9._-]+)\s*[(\[]?\s*(?:\bat\b|艾特)\s*[)\]]?\s*([A-Za-z0-9-]+)\s*[(\[]?\s*"
    r"(?:\bdot\b|点|點)\s*[)\]]?\s*(com|net|org|shop|tw)(?![A-Za-z])", re.I)
EN_NUM = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
          "six": "6", "seven": "7", "eight": "8", "nine": "9"}
EN_NUM_RUN_RE = re.compile(r"\b(?:%s)(?:[\s,-]+(?:%s)\b){6,}" % ("|".join(EN_NUM), "|".join(EN_NUM)),
                           re.I)
CN_NUM = {"零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4",
          "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
CN_NUM_RUN_RE = re.compile("[%s](?:\\s*[%s]){6,}" % ("".join(CN_NUM), "".join(CN_NUM)))
PINYIN = {"haoping", "fanxian", "weixin", "kefu", "youhui", "zhifubao", "dianpu", "pinglun",
          "wuxing", "shaitu", "lianxi"}
HOMOPHONES = ["薇信", "威信", "徽信", "V信", "v信", "返线", "好平"]
LEET_MAP = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                          "$": "s"})
LEET_MAP_I = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                            "$": "s"})
LEET_WORDS = {"review", "star", "stars", "five", "rating", "feedback", "whatsapp", "telegram",
              "wechat", "email", "coupon", "off", "discount", "code", "sale", "free", "refund",
              "paypal", "venmo"}

# Traditional / Simplified detection: OpenCC when installed, else a built-in list.
AMBIGUOUS = set("台里干于余范准征")
try:
    import opencc  # type: ignore
    _T2S = opencc.OpenCC("t2s")
    _S2T = opencc.OpenCC("s2t")

    def trad_only(ch):
        return _T2S.convert(ch) != ch

    def simp_only(ch):
        return ch not in AMBIGUOUS and _S2T.convert(ch) != ch and _T2S.convert(ch) == ch
    SCRIPT_SOURCE = "OpenCC"
except ImportError:  # pragma: no cover - fallback
    _PAIRS = ("评評 价價 现現 刷刷 发發 时時 们們 这這 个個 来來 说說 对對 会會 为為 与與 过過 开開 还還 问問 题題 "
              "请請 谢謝 欢歡 优優 惠惠 关關 实實 让讓 么麼 处處 应應 点點 体體 验驗 经經 无無 从從 红紅 电電 话話 "
              "论論 货貨 运運 费費 页頁 长長 专專 双雙 线線 机機 书書 备備 设設 产產 据據 换換 传傳 满滿 装裝 带帶 "
              "坏壞 门門 显顯 视視 条條 级級 给給 续續 确確 语語 图圖 节節 场場 递遞 数數 逊遜 吗嗎 积積 纸紙 "
              "齿齒 检檢 张張 钟鐘 帮幫 补補 现現 顾顧 认認 卖賣 馈饋 选選 择擇 压壓 进進 标標 记記 写寫 误誤 "
              "额額 随隨 后後 于於 员員 达達 则則 联聯 系繫 订訂 单單 号號 码碼 购購 买買 亚亞 马馬 邮郵 件件 "
              "删刪 除除 改改 礼禮 品品 折折 扣扣 网網 站站 链鏈 接接 结結 帐帳 账賬 块塊 寄寄 冲沖 护護 "
              "钱錢 诉訴 觉覺 执執 动動 义義 严嚴 亲親 审審 该該 讯訊 务務 复復 层層 广廣 划劃 车車 轮輪")
    _P = [p for p in _PAIRS.split() if p[0] != p[1]]
    _SIMP = {p[0] for p in _P} - AMBIGUOUS
    _TRAD = {p[1] for p in _P}

    def trad_only(ch):
        return ch in _TRAD

    def simp_only(ch):
        return ch in _SIMP
    SCRIPT_SOURCE = "built-in list"

# ------------------------------------------------------------ contact checks
DOMAIN_ALLOW = {"quillfen.com", "video.quillfen.com", "quillfen.com.tw", "quillfen.shop",
                "qfn.to", "track.lumenparcel.com", "amazon.com",
                "quillfen.care"}  # the last is the invented Instagram handle
EMAIL_DOMAIN_ALLOW = {"quillfen.com", "quillfen.shop"}
# Numbers of 7+ digits that are declared not to be phone numbers (lot and batch codes).
NOT_PHONE = ["2024061518", "20240311-07"]
ORDER_ID_RE = re.compile(r"(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)")
TRACKING_RE = re.compile(r"(?<![A-Za-z0-9])(?:1Z[0-9A-Z]{16}|TBA\d{12}|LP\d{10}US|B0[0-9A-Z]{8})"
                         r"(?![A-Za-z0-9])")
ALNUM_CODE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,4}\d?(?:-[0-9A-Z]+)+(?![A-Za-z0-9])")
DIGIT_RUN_RE = re.compile(r"\+?\(?\d[\d\s().-]*\d")
DOMAIN_RE = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|co|tw|cn|to|ly|me|shop|"
                       r"link|care|club|app))(?![a-z0-9-])", re.I)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
CONFUSABLE = str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0456\u0422\u041e\u0410\u0415",
                           "aeopcxyiTOAE")
FORBIDDEN_NAMES = ["kitewhistle", "kwhistle", "lantern harbor", "dune dash", "gearlab", "pip the otter",
                   "nell the seal", "bitbo", "风笛", "風笛", "燈塔港", "水獭皮皮", "比波"]

SENT_END_RE = re.compile(r"[.!?](?=\s+[A-Z])")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    return unicodedata.normalize("NFKC", ZW_RE.sub("", text)).translate(CONFUSABLE)


def leet_hits(text):
    hits = []
    for tok in re.findall(r"[A-Za-z0-9@$]+", text):
        if not (re.search("[A-Za-z]", tok) and re.search(r"[0-9@$]", tok)):
            continue
        low = tok.lower()
        if low.translate(LEET_MAP) in LEET_WORDS or low.translate(LEET_MAP_I) in LEET_WORDS:
            hits.append(tok)
    return hits


def has_technique(tech, text, rec):
    if tech == "zero-width":
        return bool(ZW_RE.search(text))
    if tech == "fullwidth":
        return bool(FULLWIDTH_RE.search(text))
    if tech == "homoglyph":
        return bool(HOMOGLYPH_RE.search(text))
    if tech == "leetspeak":
        return bool(leet_hits(text))
    if tech == "spacing":
        return bool(SPACED_RE.search(text))
    if tech == "star-symbols":
        return bool(STAR_RE.search(text))
    if tech == "spelled-email":
        return bool(SPELLED_EMAIL_RE.search(text))
    if tech == "spelled-phone":
        return bool(EN_NUM_RUN_RE.search(text) or CN_NUM_RUN_RE.search(text))
    if tech == "pinyin":
        return any(w.lower() in PINYIN for w in re.findall(r"[A-Za-z]+", text))
    if tech == "homophone":
        return any(h in text for h in HOMOPHONES)
    if tech == "traditional-chars":
        return rec["lang"] == "zh" and "traditional" not in rec["tags"] and \
            any(trad_only(ch) for ch in text if CJK_RE.match(ch))
    raise KeyError(tech)


def unspell(text):
    text = EN_NUM_RUN_RE.sub(lambda m: "".join(EN_NUM[w.lower()] for w in re.findall(r"[A-Za-z]+", m.group(0))), text)
    text = CN_NUM_RUN_RE.sub(lambda m: "".join(CN_NUM.get(ch, "") for ch in m.group(0)), text)
    return text


def check_contacts(rid, text):
    t = unspell(fold(text))
    for s in NOT_PHONE:
        t = t.replace(s, " ")
    t = ORDER_ID_RE.sub(" ", t)
    t = TRACKING_RE.sub(" ", t)
    t = ALNUM_CODE_RE.sub(" ", t)
    t = re.sub(r"https?://\S+", lambda m: " " if "lumenparcel" in m.group(0) or "amazon" in m.group(0)
               else m.group(0), t)
    for m in DIGIT_RUN_RE.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 7:
            continue
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if not (len(digits) == 10 and digits[3:6] == "555" and digits[6:8] == "01"):
            bad(rid, "phone-like number that is not a fictional 555-01xx number: %r" % m.group(0))
    t2 = SPELLED_EMAIL_RE.sub(lambda m: "%s@%s.%s" % (m.group(1), m.group(2), m.group(3)), fold(text))
    for m in EMAIL_RE.finditer(t2):
        if m.group(1).lower() not in EMAIL_DOMAIN_ALLOW:
            bad(rid, "e-mail domain not on the allowlist: %s" % m.group(1))
    for m in DOMAIN_RE.finditer(fold(text)):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in DOMAIN_ALLOW:
            bad(rid, "domain not on the allowlist: %s" % d)


def english_words(text):
    t = re.sub(r"https?://\S+|\S+@\S+|@\S+", " ", fold(text))
    t = DOMAIN_RE.sub(" ", t)
    t = ORDER_ID_RE.sub(" ", TRACKING_RE.sub(" ", t))
    return [w for w in re.findall(r"[A-Za-z]{2,}", t)]


def check_lang(rid, rec):
    text, lang, trad = rec["text"], rec["lang"], "traditional" in rec["tags"]
    cjk = [ch for ch in text if CJK_RE.match(ch)]
    n_trad = sum(trad_only(ch) for ch in cjk)
    n_simp = sum(simp_only(ch) for ch in cjk)
    words = english_words(text)
    letters = sum(len(w) for w in words)
    planted = "traditional-chars" in rec["tags"]
    if lang == "en":
        if cjk or re.search("[\u3000-\u303f\uff0c\uff1a\uff1b\uff01\uff1f\uff08\uff09]", text):
            bad(rid, "en record contains CJK characters or punctuation")
        if trad:
            bad(rid, "'traditional' on an en record")
    elif lang == "zh":
        if len(cjk) < 10 or letters > len(cjk):
            bad(rid, "zh record is not mostly Chinese (cjk=%d, latin letters=%d)" % (len(cjk), letters))
        if trad:
            if n_trad < 2 or n_simp:
                bad(rid, "Traditional record: %d Traditional-only, %d Simplified-only characters"
                    % (n_trad, n_simp))
        elif n_trad and not planted:
            bad(rid, "Simplified record contains Traditional-only characters: %s"
                % "".join(ch for ch in cjk if trad_only(ch)))
    elif lang == "mixed":
        if len(cjk) < 8 or len(words) < 3:
            bad(rid, "mixed record lacks one language (cjk=%d, English words=%d)" % (len(cjk), len(words)))
        if trad or n_trad:
            bad(rid, "mixed records are Simplified Chinese plus English")
    else:
        bad(rid, "lang must be en, zh or mixed, got %r" % lang)


def check_tags(rid, rec):
    labels, tags = rec["labels"], rec["tags"]
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) and t for t in tags):
        bad(rid, "tags must be a non-empty list of strings")
        return
    if len(set(tags)) != len(tags):
        bad(rid, "duplicated tags")
    for lab, sub in zip(labels, tags):
        if sub not in SUBTYPES[lab]:
            bad(rid, "%r is not a subtype of %s" % (sub, lab))
    rest = tags[len(labels):]
    if not rest or rest[0] not in CONTEXTS:
        bad(rid, "expected a context tag (reply/proactive) after the subtypes")
        return
    rest = rest[1:]
    if rest and rest[-1] == "traditional":
        rest = rest[:-1]
        if rec["lang"] != "zh":
            bad(rid, "'traditional' needs lang zh")
    if labels:
        if not rest or rest[0] not in ("overt", "subtle", "evasion"):
            bad(rid, "violation needs overt, subtle or evasion")
            return
        techs = rest[1:]
        if rest[0] == "evasion":
            if not techs:
                bad(rid, "evasion without a technique tag")
        elif techs:
            bad(rid, "technique tags without 'evasion'")
        for t in techs:
            if t not in TECHNIQUES:
                bad(rid, "unknown tag %r" % t)
            elif not has_technique(t, rec["text"], rec):
                bad(rid, "no evidence in the text for technique %r" % t)
    else:
        techs = []
        if rest == ["ordinary"]:
            pass
        elif len(rest) == 2 and rest[0] == "near-miss" and rest[1] in NM_KINDS:
            pass
        else:
            bad(rid, "compliant record needs 'near-miss' + a known kind, or 'ordinary'; got %r" % rest)
    for t in TECHNIQUES:
        if t not in techs and has_technique(t, rec["text"], rec):
            bad(rid, "untagged %r artefact in the text" % t)


def main():
    if not os.path.exists(PATH):
        print("missing %s (run gen.py first)" % PATH)
        return 1
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "not JSON: %s" % exc)
    if len(recs) != N:
        bad("file", "expected %d records, found %d" % (N, len(recs)))
    ids, texts = set(), {}
    cnt = collections.Counter()
    cells = collections.defaultdict(collections.Counter)
    subs = collections.defaultdict(collections.Counter)
    for i, rec in enumerate(recs, 1):
        if not isinstance(rec, dict) or set(rec) != KEYS:
            bad("record %d" % i, "keys must be exactly %s" % sorted(KEYS))
            continue
        rid = rec["id"]
        if rid in ids:
            bad(rid, "duplicate id")
        ids.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence (expected %s)" % (ID_FMT % i))
        text, labels, note = rec["text"], rec["labels"], rec["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", fold(text).casefold()).strip()
        if key in texts:
            bad(rid, "same text as %s" % texts[key])
        texts[key] = rid
        low = fold(text).lower()
        for name in FORBIDDEN_NAMES:
            if name in low:
                bad(rid, "uses a name from the earlier set: %s" % name)
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "labels must come from %s" % POLICIES)
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in canonical order")
        if not isinstance(note, str) or not note.endswith(".") or SENT_END_RE.search(note[:-1]) \
                or len(note) < 15:
            bad(rid, "note must be one sentence ending in a full stop")
        check_tags(rid, rec)
        check_lang(rid, rec)
        check_contacts(rid, text)
        script = "zh-traditional" if "traditional" in rec["tags"] else (
            "zh-simplified" if rec["lang"] == "zh" else rec["lang"])
        cnt["script:" + script] += 1
        cnt["lang:" + rec["lang"]] += 1
        for l in labels:
            cnt["label:" + l] += 1
        for l, s in zip(labels, rec["tags"]):
            subs[l][s] += 1
        if len(labels) == 2:
            cnt["two-labels"] += 1
        if not labels:
            cnt["clean"] += 1
            cells[script]["near-miss" if "near-miss" in rec["tags"] else "ordinary"] += 1
        else:
            cells[script]["violation"] += 1
        for t in ("near-miss", "ordinary", "evasion", "subtle", "overt", "reply", "proactive"):
            if t in rec["tags"]:
                cnt[t] += 1
                if t == "evasion":
                    cells[script]["evasion"] += 1
        for t in TECHNIQUES:
            if t in rec["tags"]:
                cnt["tech:" + t] += 1
    for k, (lo, hi) in RANGES.items():
        if not lo <= cnt[k] <= hi:
            bad("mix", "%s = %d, outside %d..%d" % (k, cnt[k], lo, hi))

    print("records: %d  (script check via %s)" % (len(recs), SCRIPT_SOURCE))
    print("per label: " + ", ".join("%s %d" % (l, cnt["label:" + l]) for l in POLICIES)
          + "  (two labels: %d)" % cnt["two-labels"])
    print("violations: %d (overt %d, subtle %d, evasion %d)   compliant: %d (near-miss %d, ordinary %d)"
          % (len(recs) - cnt["clean"], cnt["overt"], cnt["subtle"], cnt["evasion"], cnt["clean"],
             cnt["near-miss"], cnt["ordinary"]))
    print("lang: en %d, zh %d (Simplified %d, Traditional %d), mixed %d"
          % (cnt["lang:en"], cnt["lang:zh"], cnt["script:zh-simplified"], cnt["script:zh-traditional"],
             cnt["lang:mixed"]))
    for s in ("en", "zh-simplified", "zh-traditional", "mixed"):
        c = cells[s]
        print("  %-15s violation %3d (evasive %2d)  near-miss %2d  ordinary %d"
              % (s, c["violation"], c["evasion"], c["near-miss"], c["ordinary"]))
    print("context: reply %d, proactive %d" % (cnt["reply"], cnt["proactive"]))
    print("techniques: " + ", ".join("%s %d" % (t, cnt["tech:" + t]) for t in TECHNIQUES))
    for l in POLICIES:
        print("  %s: %s" % (l, ", ".join("%s %d" % kv for kv in subs[l].most_common())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
