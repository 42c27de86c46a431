#!/usr/bin/env python3
"""Self-check for holdout50.jsonl (and for gen.py, its source).  Prints counts; exits 1 on any
problem.

Usage: python3 validate.py [PATH]      (default: holdout50.jsonl beside this file)

What is checked (README.md, "What validate.py checks", says the same in prose):
  * file: valid JSON per line, 150 records, exact key set, ids h50-001.. in order, texts
    non-empty and unique after normalisation;
  * labels: only the three content policies, no duplicates, canonical order;
  * tags: kind first; one subtype per label, belonging to that label; a context tag; the
    extras allowed for the kind; "traditional" last and only on zh;
  * kind/label agreement: violation and evasion have labels, near-miss and clean have none;
  * evasion: each mechanical technique leaves a trace in the text; no untagged zero-width,
    full-width, Cyrillic or star artefacts anywhere;
  * "indirect" violations contain none of the obvious keywords; "clean" records contain none
    of the bait words a naive rule reacts to;
  * language: en has no CJK, zh has enough CJK and no English function words, mixed has both;
    Traditional and Simplified records do not use each other's script-specific characters;
  * invented details only: phone numbers in fictional ranges, e-mail and web domains, @handles
    and messaging ids from the invented list; no name from the earlier hold-out set;
  * gen.py: no literal special characters (they must be \\uXXXX escapes);
  * counts: kinds exactly 55/25/50/20; language shares near 50/40/10; each label >= 25.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout50.jsonl")
GEN = os.path.join(HERE, "gen.py")

N_EXPECTED = 150
KIND_TARGET = {"violation": 55, "evasion": 25, "near-miss": 50, "clean": 20}
LANG_TARGET = {"en": 75, "zh": 60, "mixed": 15}   # +-5 each
LABEL_MIN = 25
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"positive-request", "incentive", "change-review", "feedback-removal",
                          "gating", "steering"},
    "off-platform-contact": {"url", "email", "phone", "messaging-app", "social", "website", "qr",
                             "payment"},
    "marketing": {"coupon", "sale", "promotion", "new-product", "cross-sell", "listing-link",
                  "storefront-link", "buy-again"},
}
CONTEXTS = {"reply", "proactive"}
PROBES = {"neutral-review-request", "feedback-notice", "remedy", "id-lookalike", "substring",
          "logistics-verb", "negation", "amazon-link", "quoted-buyer", "carrier-phone",
          "heavy-item-phone", "product-term", "coupon-question", "review-thanks",
          "amazon-notice", "at-dot", "word-sense"}
TECHNIQUES = {"spacing", "spelled-email", "fullwidth", "zero-width", "homoglyph",
              "star-symbols", "leetspeak", "spelled-number", "cn-numerals", "pinyin",
              "homophone", "abbreviation", "euphemism", "spelled-url", "shortener",
              "split-lines"}
LANGS = {"en", "zh", "mixed"}

NUMWORD = r"(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
TRACES = {
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}"),
    "spelled-email": re.compile(r"\b\w+ at \w+ dot (?:com|net)\b"),
    "fullwidth": re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff0e\uff20]"),
    "zero-width": re.compile("[\u200b-\u200d\u2060\ufeff]"),
    "homoglyph": re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]"),
    "star-symbols": re.compile("[\u2605\u2606\u2b50]"),
    "leetspeak": re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[0-9])(?:[A-Za-z]+[0-9]+[A-Za-z]|0ff)\w*\b"),
    "spelled-number": re.compile(r"\b%s(?:[ ,]+%s){6,}\b" % (NUMWORD, NUMWORD), re.I),
    "cn-numerals": re.compile("[零一二三四五六七八九](?:\\s*[零一二三四五六七八九]){6,}"),
    "pinyin": re.compile(r"haoping|fanxian|weixin", re.I),
    "homophone": re.compile("威信|薇信|徽信"),
    "abbreviation": re.compile(r"(?<![A-Za-z])(?:VX|wx)(?![A-Za-z])|V\u2764|V信", re.I),
    "spelled-url": re.compile(r"\[dot\]|\(dot\)", re.I),
    "shortener": re.compile(r"\bbkl\.ink/"),
    "split-lines": re.compile(r"[A-Za-z]\n[A-Za-z]|\d\n\d"),
}
ARTEFACTS = ("zero-width", "fullwidth", "homoglyph", "star-symbols")

CJK = re.compile("[\u3400-\u9fff]")
CJK_PUNCT = re.compile("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]")
GEN_LITERAL_OK = re.compile("[\u3400-\u9fff\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]")

# obvious keywords: an "indirect" violation must contain none of them
OBVIOUS_EN = re.compile(
    r"\b(?:reviews?|reviewing|feedback|rating|rate|stars?|5-star|five-star|positive|"
    r"refunds?|gift|free|coupons?|codes?|discounts?|promo\w*|sale|new product|new arrivals?|"
    r"whatsapp|wechat|telegram|instagram|facebook|https?|www|website|e-?mail|phone|call|qr|"
    r"scan|reorder|buy again|storefront)\b", re.I)
OBVIOUS_ZH = ("好评 好評 差评 差評 评价 評價 评论 評論 五星 5星 返现 返現 优惠 優惠 折扣 打折 八折 "
              "微信 二维码 QR 官网 官網 网站 網站 新品 回购 回購 删除 刪除 留评 晒图 礼品 禮品 退款 "
              "电话 電話 邮箱 脸书 臉書 LINE").split()
# bait words: a "clean" record must contain none of them
BAIT_EN = re.compile(
    r"\b(?:reviews?|reviewing|feedback|rat(?:e|ed|ing)|stars?|refunds?|free\w*|coupons?|codes?|"
    r"discounts?|sale|new|whatsapp|wechat|phone|call|e-?mail|https?|www|cancel\w*|remov\w*|"
    r"chang\w*|updat\w*|delet\w*)\b|@", re.I)
BAIT_ZH = "评 評 星 退款 优惠 優惠 券 折 新品 微信 电话 電話 取消 删除 刪除 修改 更新 回购 回購 返现".split()

# script-specific characters (Simplified, Traditional), checked both ways
PAIRS = ("们們 这這 个個 来來 说說 对對 时時 会會 为為 发發 开開 样樣 还還 问問 题題 评評 价價 "
         "网網 购購 买買 订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 让讓 么麼 处處 应應 点點 "
         "体體 验驗 经經 无無 话話 论論 货貨 运運 费費 页頁 请請 书書 护護 设設 计計 产產 转轉 "
         "换換 满滿 装裝 带帶 坏壞 门門 显顯 视視 频頻 给給 续續 总總 觉覺 确確 语語 图圖 递遞 "
         "数數 吗嗎 宝寶 帮幫 补補 烦煩 现現 顾顧 认認 卖賣 馈饋 选選 择擇 结結 进進 写寫 额額 "
         "员員 达達 讯訊 东東 级級 奖獎 种種 园園 艺藝 盘盤 铲鏟 测測 检檢 删刪 邮郵 电電 扫掃 "
         "维維 惊驚 礼禮 赠贈 获獲 温溫 湿濕 阳陽 叶葉 过過 业業 务務 户戶 约約 时時 间間 "
         "预預 计計 国國 长長 后後 里裡 从從 这這 动動 后後 签簽 罩罩 垫墊 阶階 贵貴 与與 适適")
SIMP_ONLY, TRAD_ONLY = set(), set()
for pair in PAIRS.split():
    if pair[0] != pair[1]:
        SIMP_ONLY.add(pair[0])
        TRAD_ONLY.add(pair[1])
# 后 and 里 are also valid Traditional characters (皇后, 公里): Simplified-only check skips them.
SIMP_ONLY -= {"后", "里"}
assert not SIMP_ONLY & TRAD_ONLY

ZH_FUNCTION_WORDS = re.compile(r"\b(?:the|you|your|we|our|is|are|to|for|with|and|please|will|"
                               r"me|if|it)\b", re.I)
KNOWN_LATIN = {"snipwren", "loamlift", "rootcradle", "kneeleasy", "sunfleck", "brackenloam",
               "kestrel", "parcel", "amazon", "thimble", "rillside", "kettle", "green", "hana",
               "kevin", "order", "https", "www", "com"}

# invented contact details
PHONE_OK = [re.compile(p) for p in (
    r"^1?\d{3}55501\d\d$",            # North America, 555-01xx (reserved for fiction)
    r"^(?:44|0)7700900\d{3}$",        # UK drama range 07700 900xxx
    r"^(?:86)?170555001\d\d$",        # invented CN mobile 170 5550 01xx
    r"^40055501\d\d$",                # invented CN service number 400-555-01xx
    r"^(?:886)?0?2555001\d\d$",       # invented Taipei number (02) 5550-01xx
)]
EMAIL_DOMAINS_OK = {"brackenloam.com", "quillmarsh.net"}
WEB_DOMAINS_OK = {"brackenloam.com", "bkl.ink", "amazon.com"}
HANDLES_OK = {"bkloam_growers", "brackenloam.grows", "bkloam.tw"}
IM_IDS_OK = {"brackenloam_cs", "bkloam_garden", "bkl_seed88", "bkloam_zoe", "garden_lu77",
             "bkloam_growers", "bkloam_tw"}
FOREIGN_NAMES = re.compile(r"nookvane|plugmate|porcheye|ribbonglow|panebot|chime pro|glow15",
                           re.I)

ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACKING = re.compile(r"KP(?:\s?\d){13}|QH\d{10}|\bB0[0-9A-Z]{8}\b")
URL = re.compile(r"https?://\S+")
PHONE_RUN = re.compile(r"(?<![A-Za-z0-9])\+?\(?\d[\d\s().\-]{5,}\d(?![A-Za-z0-9])")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:com|net|org|ink|tw|cn|io|co|link|shop|"
                    r"me|ly))(?![\w-])", re.I)
HANDLE = re.compile(r"(?<![\w.])@([\w][\w.]*\w)")
IM_ID = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")
CN_NUM = dict(zip("零一二三四五六七八九", "0123456789"))
WORD_NUM = dict(zip("oh zero one two three four five six seven eight nine".split(),
                    "00123456789"))

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm(text):
    """NFKC, zero-width removed, Chinese numerals and spelled-out digit runs as digits,
    spelled e-mail and [dot] forms as real punctuation."""
    t = unicodedata.normalize("NFKC", re.sub("[\u200b-\u200d\u2060\ufeff]", "", text))
    t = "".join(CN_NUM.get(c, c) for c in t)
    t = TRACES["spelled-number"].sub(
        lambda m: "".join(WORD_NUM[w.lower()] for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    t = re.sub(r"\b(\w+) at (\w+) dot (com|net)\b", r"\1@\2.\3", t)
    t = re.sub(r"\s*\[dot\]\s*|\s*\(dot\)\s*", ".", t, flags=re.I)
    return t


def check_gen():
    if not os.path.exists(GEN):
        bad("gen.py", "missing")
        return
    with open(GEN, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            for ch in line:
                if ord(ch) > 127 and not GEN_LITERAL_OK.match(ch):
                    bad("gen.py line %d" % n, "literal special character U+%04X (use an escape)"
                        % ord(ch))


def check_contacts(rid, text):
    t = norm(text)
    for m in EMAIL.finditer(t):
        if m.group(1).lower() not in EMAIL_DOMAINS_OK:
            bad(rid, "e-mail domain not in the invented list: %s" % m.group(1))
    for m in DOMAIN.finditer(EMAIL.sub(" ", t)):
        d = m.group(1).lower()
        d = d[4:] if d.startswith("www.") else d
        if d not in WEB_DOMAINS_OK:
            bad(rid, "web domain not in the invented list: %s" % d)
    for m in HANDLE.finditer(EMAIL.sub(" ", t)):
        if m.group(1) not in HANDLES_OK:
            bad(rid, "handle not in the invented list: @%s" % m.group(1))
    for m in IM_ID.finditer(EMAIL.sub(" ", t)):
        if m.group(0) not in IM_IDS_OK:
            bad(rid, "messaging id not in the invented list: %s" % m.group(0))
    rest = TRACKING.sub(" ", ORDER_ID.sub(" ", URL.sub(" ", t)))
    for m in PHONE_RUN.finditer(rest):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 7 and not any(p.match(digits) for p in PHONE_OK):
            bad(rid, "number outside the fictional ranges: %r" % m.group(0))
    if FOREIGN_NAMES.search(text):
        bad(rid, "name from the earlier hold-out set")


def main():
    check_gen()
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))
    ids, seen = set(), {}
    c = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != {"id", "text", "labels", "lang", "tags", "note"}:
            bad(rid, "wrong key set")
            continue
        if rid in ids:
            bad(rid, "duplicate id")
        ids.add(rid)
        if rid != "h50-%03d" % i:
            bad(rid, "id out of sequence")
        text, labels, lang, tags, note = r["text"], r["labels"], r["lang"], r["tags"], r["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", norm(text).casefold()).strip()
        if key in seen:
            bad(rid, "same text as %s" % seen[key])
        seen[key] = rid
        if not isinstance(note, str) or not note.strip():
            bad(rid, "missing note")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "label outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of order")
        if lang not in LANGS:
            bad(rid, "bad lang %r" % (lang,))
            continue
        if not isinstance(tags, list) or len(tags) < 2 or len(set(tags)) != len(tags):
            bad(rid, "tags missing or duplicated")
            continue

        # --- tag grammar ---
        kind = tags[0]
        if kind not in KIND_TARGET:
            bad(rid, "first tag %r is not a kind" % kind)
            continue
        if kind in ("violation", "evasion") and not labels:
            bad(rid, "%s without labels" % kind)
        if kind in ("near-miss", "clean") and labels:
            bad(rid, "%s with labels" % kind)
        subs = tags[1:1 + len(labels)]
        for lab, sub in zip(labels, subs):
            if sub not in SUBTYPES[lab]:
                bad(rid, "%r is not a subtype of %s" % (sub, lab))
            c["sub:" + lab][sub] += 1
        rest = tags[1 + len(labels):]
        if not rest or rest[0] not in CONTEXTS:
            bad(rid, "context tag missing after subtypes")
            continue
        ctx, extras = rest[0], rest[1:]
        trad = bool(extras) and extras[-1] == "traditional"
        if trad:
            extras = extras[:-1]
        if "traditional" in extras:
            bad(rid, "traditional must be the last tag")
        if trad and lang != "zh":
            bad(rid, "traditional tag on a %s record" % lang)
        if kind == "violation" and extras not in ([], ["indirect"]):
            bad(rid, "violation extras must be nothing or 'indirect': %r" % extras)
        if kind == "evasion":
            if not extras or any(e not in TECHNIQUES for e in extras):
                bad(rid, "evasion needs one or more known techniques: %r" % extras)
        if kind == "near-miss" and (len(extras) != 1 or extras[0] not in PROBES):
            bad(rid, "near-miss needs exactly one known probe: %r" % extras)
        if kind == "clean" and extras:
            bad(rid, "clean takes no extras: %r" % extras)

        # --- traces and artefacts ---
        if kind == "evasion":
            for t in extras:
                if t in TRACES and not TRACES[t].search(text):
                    bad(rid, "no trace of technique %r in the text" % t)
        for t in ARTEFACTS:
            if not (kind == "evasion" and t in extras) and TRACES[t].search(text):
                bad(rid, "untagged %r artefact" % t)
        if kind != "evasion" or "abbreviation" not in extras:
            if "\u2764" in text:
                bad(rid, "untagged heart symbol")
        if "indirect" in extras:
            hits = OBVIOUS_EN.findall(text) + [w for w in OBVIOUS_ZH if w in text]
            if hits:
                bad(rid, "'indirect' violation contains obvious keyword(s): %r" % hits)
        if kind == "clean":
            hits = BAIT_EN.findall(text) + [w for w in BAIT_ZH if w in text]
            if hits:
                bad(rid, "clean record contains bait word(s): %r" % hits)
            if re.search(r"\d[\d\s-]{5,}\d", text):
                bad(rid, "clean record contains a long digit run")

        # --- language ---
        ncjk = len(CJK.findall(text))
        latin = [w for w in re.findall(r"[A-Za-z]{2,}", URL.sub(" ", EMAIL.sub(" ", text)))
                 if w.lower() not in KNOWN_LATIN]
        if lang == "en" and (ncjk or CJK_PUNCT.search(text)):
            bad(rid, "en record contains CJK")
        if lang == "zh":
            if ncjk < 15:
                bad(rid, "zh record has too little Chinese")
            if ZH_FUNCTION_WORDS.search(text):
                bad(rid, "zh record contains English function words (mixed?)")
        if lang == "mixed" and (ncjk < 10 or len(latin) < 3):
            bad(rid, "mixed record lacks one of the languages")
        if lang in ("zh", "mixed"):
            if trad:
                s = sorted({ch for ch in text if ch in SIMP_ONLY})
                if s:
                    bad(rid, "Traditional record uses Simplified-only characters %s" % "".join(s))
                if sum(ch in TRAD_ONLY for ch in text) < 3:
                    bad(rid, "Traditional record shows too few Traditional-only characters")
            else:
                s = sorted({ch for ch in text if ch in TRAD_ONLY})
                if s:
                    bad(rid, "Simplified record uses Traditional-only characters %s" % "".join(s))
                if sum(ch in SIMP_ONLY for ch in text) < 2:
                    bad(rid, "Simplified record shows too few Simplified-only characters")

        check_contacts(rid, text)

        # --- counts ---
        lk = "zh-traditional" if trad else ("zh-simplified" if lang == "zh" else lang)
        c["kind"][kind] += 1
        c["lang"][lang] += 1
        c["langkind:" + lk][kind] += 1
        c["langtotal"][lk] += 1
        c["ctx"][ctx] += 1
        c["nlabels"][len(labels)] += 1
        for l in labels:
            c["label"][l] += 1
            c["label-kind:" + l][kind] += 1
        if len(labels) == 2:
            c["pairs"][" + ".join(labels)] += 1
        for e in extras:
            c["extra:" + kind][e] += 1

    # --- totals ---
    for k, v in KIND_TARGET.items():
        if c["kind"][k] != v:
            bad("counts", "%s: %d, expected %d" % (k, c["kind"][k], v))
    for k, v in LANG_TARGET.items():
        if abs(c["lang"][k] - v) > 5:
            bad("counts", "lang %s: %d, expected about %d" % (k, c["lang"][k], v))
    for l in POLICIES:
        if c["label"][l] < LABEL_MIN:
            bad("counts", "%s: only %d records" % (l, c["label"][l]))
        for sub in SUBTYPES[l]:
            if c["sub:" + l][sub] < 1:
                bad("counts", "subtype %s/%s never used" % (l, sub))

    print("records: %d" % len(recs))
    print("kinds: %s" % dict(c["kind"]))
    print("labelled: %d (two labels: %d)  compliant: %d" % (
        sum(v for k, v in c["nlabels"].items() if k), c["nlabels"][2], c["nlabels"][0]))
    print("per label: %s" % dict(c["label"]))
    for l in POLICIES:
        print("  %-21s by kind %s" % (l, dict(c["label-kind:" + l])))
        print("  %-21s subtypes %s" % ("", dict(sorted(c["sub:" + l].items()))))
    print("label pairs: %s" % dict(c["pairs"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        row = c["langkind:" + lk]
        print("  %-15s total %3d  violation %2d  evasion %2d  near-miss %2d  clean %2d" % (
            lk, c["langtotal"][lk], row["violation"], row["evasion"], row["near-miss"],
            row["clean"]))
    print("contexts: %s" % dict(c["ctx"]))
    print("violation extras: %s" % dict(c["extra:violation"]))
    print("evasion techniques: %s" % dict(sorted(c["extra:evasion"].items())))
    print("near-miss probes: %s" % dict(sorted(c["extra:near-miss"].items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
