#!/usr/bin/env python3
"""Self-check for holdout52.jsonl.  Prints counts and exits 1 on any problem.

Usage: python3 validate.py [PATH]      (default: holdout52.jsonl next to this file)

What is checked (details in README.md):
  file     one JSON object per line, 160 records, exact key set, ids h52-001.. in sequence,
           texts non-empty and unique after normalisation, file identical to what gen.py builds
  labels   only the three content policies, no duplicates, canonical order
  tags     category first (violation/evasion need labels, near-miss/clean need none), then the
           context, then one or more subtypes per label in label order, then techniques
           (evasion only, at least one), then traditional and a region tag
  traces   every tagged technique leaves a mechanical trace in the text; no zero-width,
           full-width Latin, look-alike or emoji artefact goes untagged
  content  near-miss records contain a trigger word, clean records contain none
  style    every violation has a writing style in gen.STYLE (plain / careful / split), each
           style covers roughly a third; plain ones use an obvious keyword, careful ones none,
           split ones have at least two sentences
  language en has no CJK and (unless evasive) is pure ASCII; zh has Chinese and few English
           words; mixed has both; Traditional and Simplified do not leak into each other;
           region tags carry Cantonese particles or Taiwan phrasing
  contacts phone numbers only in fiction ranges (US 555-01xx, UK 07700 900xxx), e-mail
           addresses, domains and handles only the invented shop's (or amazon.com), also after
           undoing full-width, spacing, spelled-out e-mail, number words and Chinese numerals
  reuse    no shop, product, person or handle of the earlier hold-out set
  source   gen.py writes special characters as escapes, not as literal characters
  counts   the category and language mix the brief asks for; every subtype and technique used
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout52.jsonl")
PREFIX = "h52"

N_TOTAL = 160
CATEGORY_TARGET = {"violation": 60, "evasion": 30, "near-miss": 50, "clean": 20}
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-removal"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "marketing": ["coupon", "discount", "new-product", "cross-sell", "bundle", "buy-again",
                  "restock", "referral", "vip-list"],
}
SUB_OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}
CONTEXTS = ["reply", "proactive"]
TECHNIQUES = ["homoglyph", "leetspeak", "spacing", "zero-width", "fullwidth", "pinyin",
              "homophone", "number-words", "cn-numerals", "emoji", "spelled-email"]
REGIONS = ["cantonese", "taiwanese"]
LANGS = ["en", "zh", "mixed"]
STYLES = ["plain", "careful", "split"]

# ---- traces -----------------------------------------------------------------------------------
ZW = "[\u200b-\u200d\u2060\ufeff]"
FW_ALNUM = "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]"
LOOKALIKE = "[\u0370-\u03ff\u0400-\u04ff]"
EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2605\u2606]"
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
NUMRUN = re.compile(r"(?i)\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD))
SPELLED = re.compile(r"(?i)\b([\w.+-]+) (?:at|\(at\)|\[at\]) ([\w-]+) (?:dot|\(dot\)|\[dot\]) "
                     r"(com|net|org)\b")
TRACE = {
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile(FW_ALNUM),
    "homoglyph": re.compile("[A-Za-z]%s|%s[A-Za-z]" % (LOOKALIKE, LOOKALIKE)),
    "leetspeak": re.compile(r"(?i)\b[a-z]+[0134][a-z]+"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z](?![A-Za-z])"
                          r"|[\u4e00-\u9fff](?:\s*[/ ]\s*[\u4e00-\u9fff]){2,}"),
    "pinyin": re.compile(r"(?i)\b(?:pingjia|haoping|fanxian|weixin|liuping)\b"),
    "homophone": re.compile("薇信|威信|徽信|好萍|好苹|好坪"),
    "number-words": NUMRUN,
    "cn-numerals": re.compile("[零一二三四五六七八九](?:\\s*[零一二三四五六七八九]){3,}"
                              "|[壹贰貳叁參肆伍陆陸柒捌玖][颗顆]"),
    "emoji": re.compile(EMOJI),
    "spelled-email": SPELLED,
}
ARTEFACTS = ["zero-width", "fullwidth", "homoglyph", "emoji"]

# ---- content words ----------------------------------------------------------------------------
# English words are bounded by non-letters, not by \b: Python counts Chinese characters as word
# characters, so \b would miss "review" or "LINE" written straight after Chinese text.
TRIGGERS = re.compile(
    r"(?i)(?<![A-Za-z])(?:reviews?|rating|rate|stars?|five-star|5-star|feedback|comment|coupon|"
    r"code|discount|promotion|free|gift|extra|new|sale|price|refund\w*|remove|change|update|"
    r"cancel\w*|return|restock|in stock|whatsapp|wechat|line|telegram|instagram|paypal|phone|"
    r"calls?|e-mail|email|website|amazon\.com)(?![A-Za-z])"
    "|评|評|星|优惠|優惠|免费|免費|礼物|禮物|微信|退款|取消|修改|删除|刪除|移除|更新|反馈|回饋|"
    "新款|转账|轉帳|平台外|价格|價格|退还|退還|分享|感受|好坏|好壞|电话|電話")
# the obvious keywords: a plain violation uses at least one, a careful one none
OBVIOUS = re.compile(
    r"(?i)(?<![A-Za-z])(?:reviews?|feedback|rating|rate|stars?|[0-9]-star|five-star|coupon|promo|"
    r"discounts?|free|gift(?: card)?|refund\w*|cash ?back|whatsapp|wechat|telegram|instagram|"
    r"facebook|paypal|venmo|e-?mail|phone|call us|website|www|qr|vip|new arrival|buy again|"
    r"refer\w*)(?![A-Za-z])"
    r"|\d+ ?% off|percent off|(?-i:(?<![A-Za-z])LINE(?![A-Za-z]))"
    "|评|評|星|返现|返現|优惠|優惠|折扣|打折|[一二三四五六七八九]折|免费|免費|礼|禮|红包|紅包|微信|"
    "邮箱|郵箱|電郵|电话|電話|官网|官網|网站|網站|二维码|二維碼|会员|會員|新品|退款|回购|回購")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？]")

# ---- language ---------------------------------------------------------------------------------
CJK = re.compile("[\u3400-\u9fff]")
NAMES = {
    # shop, products, staff, buyers
    "quillwater", "aquatics", "eddy", "pro", "ember", "tessera", "lumen", "arc", "rhizo",
    "driftmeal", "monte", "carlo", "bucephalandra", "odile", "ravi", "beatriz", "harriet",
    "kenji", "siobhan", "okafor", "wen", "ivy", "mateo", "duarte",
    # platforms and apps
    "amazon", "line", "whatsapp", "telegram", "instagram", "facebook", "paypal", "venmo", "ig",
    "ups",
    # greetings, titles, units
    "hi", "mr", "mrs", "ms", "cm", "mm", "ml", "ppm", "pm", "am",
}
HANDLE = re.compile(r"@[\w.]+|\b\w+_\w+\b|[\w.+-]+@[\w.-]+|\b[\w-]+\.(?:com|tw)\b")
CODE_TOKEN = re.compile(r"\b(?=[A-Za-z0-9-]*\d)[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\b")
try:
    import opencc  # optional; falls back to a short character list
    _T2S, _S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")

    def simp_only(ch):
        return _S2T.convert(ch) != ch and _T2S.convert(ch) == ch

    def trad_only(ch):
        return _T2S.convert(ch) != ch
    CONVERTER = "OpenCC"
except ImportError:  # pragma: no cover
    _PAIRS = ("们們这這个個来來说說对對时時会會为為发發开開还還问問题題评評价價网網购購买買订訂单單号號"
              "码碼谢謝欢歡优優关關让讓么麼应應点點经經无無话話货貨运運费費页頁请請书書设設产產传傳"
              "满滿装裝带帶坏壞给給觉覺确確图圖递遞数數吗嗎帮幫补補烦煩现現顾顧认認卖賣结結进進写寫"
              "东東灯燈滤濾热熱试試组組鱼魚虾蝦饲飼观觀频頻声聲够夠头頭过過换換证證账帳见見减減"
              "亚亞马馬逊遜预預计計师師讲講邮郵扫掃维維长長细細标標记記显顯专專属屬离離后後里裡"
              "几幾处處样樣实實较較学學骤驟踪蹤与與银銀钱錢户戶间間时時库庫")
    _S, _T = set(_PAIRS[0::2]) - set(_PAIRS[1::2]), set(_PAIRS[1::2]) - set(_PAIRS[0::2])

    def simp_only(ch):
        return ch in _S

    def trad_only(ch):
        return ch in _T
    CONVERTER = "built-in list"
# characters that OpenCC maps although Traditional texts use them as they are: 台 着 群 划 as
# in the earlier set; 晒 (HK 唔該晒), 吃 (Taiwan), 厘 (HK 厘米)
TRAD_OK = set("台着群划晒吃厘")
CANTONESE = re.compile("[嘅喺哋咗唔嚟嗰咁啲咩冇畀睇啱佢]")
TAIWANESE = re.compile("喔|囉|私訊|傳訊息|訊息|工作天|入帳|划算|拜託")

# ---- contact details --------------------------------------------------------------------------
DOMAINS_OK = {"quillwateraqua.com", "amazon.com"}
HANDLES_OK = {"@quillwater.tanks", "@qwaqua.tw", "@qwaqua_help", "qwaqua_help", "qwaqua_care"}
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACKING = re.compile(r"\b1Z[0-9A-Z]{16}\b|\bTBA\d{12}\b")
DIGITS = re.compile(r"\+?\d[\d\s().-]{6,}\d")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|shop|link|ly|me|"
                    r"co|uk|app))\b", re.I)
CN_DIGIT = dict(zip("零一二三四五六七八九", "0123456789"))
WORD_DIGIT = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
              "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
# shop, products, staff, buyers and handles of the earlier hold-out sets
FORBIDDEN_NAMES = re.compile(
    r"(?i)brindlewood|bwedge|\bheron\b|\bfinch\b|ridgeway|millrace|\btomas\b|anneke|marisol|"
    r"haldane|rosalind|\bpriya\b|\bderek\b|mrs\.? wong|nookvane|plugmate|porcheye|ribbonglow|"
    r"panebot|chime pro|觀塘")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def normalise(text):
    """Fold tricks away: zero-width, full-width, look-alikes, number words, Chinese digits,
    spelled-out e-mail addresses."""
    t = re.sub(ZW, "", text)
    t = unicodedata.normalize("NFKC", t)
    t = t.translate(str.maketrans("\u0430\u0435\u043e\u0440\u0441\u0445\u0406\u0456",
                                  "aeopcxIi"))
    t = "".join(CN_DIGIT.get(ch, ch) for ch in t)
    t = NUMRUN.sub(
        lambda m: "".join(WORD_DIGIT[w.lower()] for w in re.findall(r"[A-Za-z]+", m.group(0))), t)
    t = SPELLED.sub(lambda m: "%s@%s.%s" % (m.group(1), m.group(2), m.group(3)), t)
    return t


def fictional_phone(digits):
    return bool(re.fullmatch(r"1?\d{3}55501\d\d", digits)
                or re.fullmatch(r"(?:44|0)7700900\d{3}", digits))


def check_contacts(rid, text, spaced):
    t = normalise(text)
    variants = [t, re.sub(r"\s+", "", t)] if spaced else [t]
    for v in variants:
        v = TRACKING.sub(" ", ORDER_ID.sub(" ", v))
        for m in DIGITS.finditer(v):
            d = re.sub(r"\D", "", m.group(0))
            if len(d) >= 7 and not fictional_phone(d):
                bad(rid, "number outside the fiction ranges: %r" % m.group(0))
        for m in EMAIL.finditer(v):
            if m.group(1).lower() not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % m.group(1))
        for m in DOMAIN.finditer(v):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK:
                bad(rid, "domain not invented: %s" % d)
    for h in re.findall(r"(?<![\w.])@[\w.]*\w|\b[a-z]+_[a-z]+\b", t):
        if h.lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented set: %s" % h)


def english_words(text):
    t = HANDLE.sub(" ", normalise(text))
    t = CODE_TOKEN.sub(" ", t)
    return [w for w in re.findall(r"[A-Za-z]{2,}", t) if w.lower() not in NAMES]


def check_source(gen_path):
    """gen.py must spell special characters as escapes."""
    src = open(gen_path, encoding="utf-8").read()
    for n, line in enumerate(src.splitlines(), 1):
        for ch in line:
            cat = unicodedata.category(ch)
            if (cat == "Cf" or re.match(FW_ALNUM, ch) or re.match(LOOKALIKE, ch)
                    or re.match(EMOJI, ch)):
                bad("gen.py line %d" % n, "literal special character U+%04X" % ord(ch))


def main():
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_TOTAL:
        bad("file", "expected %d records, found %d" % (N_TOTAL, len(recs)))

    styles = {}
    gen_path = os.path.join(HERE, "gen.py")
    if os.path.exists(gen_path):
        check_source(gen_path)
        sys.path.insert(0, HERE)
        import gen  # noqa: E402
        if gen.records() != recs:
            bad("file", "%s differs from what gen.py builds; run python3 gen.py"
                % os.path.basename(PATH))
        styles = dict(gen.STYLE)
    else:
        bad("file", "gen.py not found next to validate.py")

    seen_ids, seen_texts = set(), {}
    cnt = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != {"id", "text", "labels", "lang", "tags", "note"}:
            bad(rid, "wrong key set")
            continue
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != "%s-%03d" % (PREFIX, i):
            bad(rid, "id out of sequence")
        text, labels, lang, tags, note = (r[k] for k in ("text", "labels", "lang", "tags", "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", normalise(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        if FORBIDDEN_NAMES.search(text) or FORBIDDEN_NAMES.search(normalise(text)):
            bad(rid, "reuses a name from an earlier hold-out set")
        if not isinstance(note, str) or not re.fullmatch(r"[A-Z][^\n]*[.]", note or "") \
                or re.search(r"[.!?] [A-Z]", note):
            bad(rid, "note must be one English sentence")

        # labels
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "label outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of order")
        if lang not in LANGS:
            bad(rid, "bad lang %r" % (lang,))
            continue

        # tags
        if not isinstance(tags, list) or len(tags) < 2 or len(set(tags)) != len(tags):
            bad(rid, "tags missing or duplicated")
            continue
        cat, ctx, rest = tags[0], tags[1], tags[2:]
        if cat not in CATEGORY_TARGET:
            bad(rid, "first tag must be a category, got %r" % cat)
            continue
        if (cat in ("violation", "evasion")) != bool(labels):
            bad(rid, "category %s does not fit labels %r" % (cat, labels))
        if ctx not in CONTEXTS:
            bad(rid, "second tag must be reply/proactive, got %r" % ctx)
        subs = [t for t in rest if t in SUB_OWNER]
        techs = [t for t in rest if t in TECHNIQUES]
        extra = [t for t in rest if t == "traditional" or t in REGIONS]
        if rest != subs + techs + extra:
            bad(rid, "tags out of order or unknown: %r" % tags)
        owners = [SUB_OWNER[s] for s in subs]
        if any(o not in labels for o in owners):
            bad(rid, "subtype of a label the record does not have: %r" % subs)
        if owners != sorted(owners, key=POLICIES.index):
            bad(rid, "subtypes not in label order")
        for lab in labels:
            if lab not in owners:
                bad(rid, "no subtype for %s" % lab)
        if cat == "evasion" and not techs:
            bad(rid, "evasion without a technique")
        if cat != "evasion" and techs:
            bad(rid, "technique on a non-evasion record")
        trad = "traditional" in extra
        regions = [t for t in extra if t in REGIONS]
        if extra and extra != (["traditional"] + regions):
            bad(rid, "traditional must come before the region tag")
        if regions and not trad:
            bad(rid, "region tag without traditional")
        if len(regions) > 1:
            bad(rid, "two region tags")
        if trad and lang == "en":
            bad(rid, "traditional on an English record")

        # traces and artefacts
        for t in techs:
            if not TRACE[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        for t in ARTEFACTS:
            if t not in techs and TRACE[t].search(text):
                bad(rid, "untagged %s artefact" % t)

        # content
        if cat == "near-miss" and not (TRIGGERS.search(text) or ORDER_ID.search(text)
                                       or TRACKING.search(text)):
            bad(rid, "near-miss without any trigger word")
        if cat == "clean" and (ORDER_ID.search(text) or TRACKING.search(text)):
            bad(rid, "clean record contains an order id or tracking number")
        if cat == "clean" and TRIGGERS.search(text):
            bad(rid, "clean record contains a trigger word: %r" % TRIGGERS.search(text).group(0))

        # writing style of violations
        st = styles.get(rid)
        if cat == "violation":
            if st not in STYLES:
                bad(rid, "violation without a style (plain/careful/split) in gen.py")
            else:
                cnt["style"][st] += 1
                cnt["style x lang"][(st, lang)] += 1
                hit = OBVIOUS.search(text)
                if st == "plain" and not hit:
                    bad(rid, "plain violation without an obvious keyword")
                if st == "careful" and hit:
                    bad(rid, "careful violation uses the obvious keyword %r" % hit.group(0))
                if st == "split" and len(SENTENCE_END.findall(text.rstrip() + " ")) < 2:
                    bad(rid, "split violation has fewer than two sentences")
        elif st is not None:
            bad(rid, "style given for a %s record" % cat)

        # language
        ncjk = len(CJK.findall(text))
        ew = english_words(text)
        if lang == "en":
            if ncjk or re.search("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]", text):
                bad(rid, "en record contains CJK")
            if cat != "evasion" and not text.isascii():
                bad(rid, "plain en record contains non-ASCII characters")
        elif lang == "zh":
            if ncjk < 10:
                bad(rid, "zh record has too little Chinese")
            if len([w for w in ew if not TRACE["pinyin"].search(w)]) > 1:
                bad(rid, "zh record has English words %r; should it be mixed?" % ew)
        else:
            if ncjk < 6 or len(ew) < 3:
                bad(rid, "mixed record lacks one of the languages (%d CJK, words %r)" % (ncjk, ew))
        han = [ch for ch in text if CJK.match(ch)]
        if lang != "en" and not han:
            bad(rid, "no Chinese characters")
        if trad:
            leaks = sorted({ch for ch in han if simp_only(ch) and ch not in TRAD_OK})
            if leaks:
                bad(rid, "Traditional record contains Simplified characters %s" % "".join(leaks))
            if sum(trad_only(ch) for ch in han) < 2:
                bad(rid, "Traditional record shows no Traditional characters")
        elif han:
            leaks = sorted({ch for ch in han if trad_only(ch)})
            if leaks:
                bad(rid, "Simplified record contains Traditional characters %s" % "".join(leaks))
            if sum(simp_only(ch) for ch in han) < 1 and len(han) >= 10:
                bad(rid, "Simplified record shows no Simplified characters")
        if "cantonese" in regions and not CANTONESE.search(text):
            bad(rid, "cantonese tag but no Cantonese particles")
        if "taiwanese" in regions and not TAIWANESE.search(text):
            bad(rid, "taiwanese tag but no Taiwan phrasing")
        if trad and not regions and CANTONESE.search(text):
            bad(rid, "Cantonese particles but no cantonese tag")

        check_contacts(rid, text, "spacing" in techs)

        # counts
        lk = lang if lang == "en" else lang + ("-traditional" if trad else "-simplified")
        cnt["category"][cat] += 1
        cnt["lang"][lk] += 1
        cnt["lang x category"][(lk, cat)] += 1
        cnt["context"][ctx] += 1
        cnt["context x category"][(ctx, cat)] += 1
        cnt["nlabels"][len(labels)] += 1
        for l in labels:
            cnt["label"][l] += 1
            cnt["label x category"][(l, cat)] += 1
        cnt["combination"][" + ".join(labels) or "none"] += 1
        for s in subs:
            cnt["subtype"][s] += 1
        for t in techs:
            cnt["technique"][t] += 1
        for t in regions:
            cnt["region"][t] += 1
        if trad:
            cnt["region"]["traditional"] += 1

    for rid in styles:
        if rid not in seen_ids:
            bad(rid, "style given for an unknown id")

    # brief targets
    for cat, n in CATEGORY_TARGET.items():
        if cnt["category"][cat] != n:
            bad("counts", "%s: %d, expected %d" % (cat, cnt["category"][cat], n))
    total = sum(cnt["lang"].values()) or 1
    en = cnt["lang"]["en"] / total
    zh = (cnt["lang"]["zh-simplified"] + cnt["lang"]["zh-traditional"]) / total
    mx = 1 - en - zh
    if not (0.40 <= en <= 0.50 and 0.40 <= zh <= 0.50 and 0.05 <= mx <= 0.15):
        bad("counts", "language mix en %.2f zh %.2f mixed %.2f is off the brief" % (en, zh, mx))
    if not (cnt["lang"]["zh-simplified"] and cnt["lang"]["zh-traditional"]):
        bad("counts", "Simplified and Traditional Chinese must both be present")
    nviol = cnt["category"]["violation"]
    for st in STYLES:
        if nviol and not (0.28 <= cnt["style"][st] / nviol <= 0.39):
            bad("counts", "%s violations: %d of %d, not roughly a third"
                % (st, cnt["style"][st], nviol))
    for s in SUB_OWNER:
        if not cnt["subtype"][s]:
            bad("counts", "subtype %s is never used" % s)
    for t in TECHNIQUES:
        if cnt["technique"][t] < 2:
            bad("counts", "technique %s used fewer than twice" % t)

    print("records: %d   (script check: %s)" % (len(recs), CONVERTER))
    print("categories:", dict(cnt["category"]))
    print("labels:", dict(cnt["label"]), " records with 2 labels:", cnt["nlabels"][2])
    print("label combinations:", dict(cnt["combination"]))
    print("label x category:", {"%s/%s" % k: v for k, v in sorted(cnt["label x category"].items())})
    print("contexts:", dict(cnt["context"]),
          {"%s/%s" % k: v for k, v in sorted(cnt["context x category"].items())})
    print("languages:", dict(cnt["lang"]), " script/region:", dict(cnt["region"]))
    print("%-22s %9s %7s %9s %5s %6s" % ("lang", "violation", "evasion", "near-miss", "clean",
                                          "total"))
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed-simplified", "mixed-traditional"):
        row = tuple(cnt["lang x category"][(lk, c)] for c in CATEGORY_TARGET)
        print("%-22s %9d %7d %9d %5d %6d" % ((lk,) + row + (sum(row),)))
    print("language shares: en %.1f%%  zh %.1f%%  mixed %.1f%%" % (100 * en, 100 * zh, 100 * mx))
    print("violation styles:", dict(cnt["style"]),
          {"%s/%s" % k: v for k, v in sorted(cnt["style x lang"].items())})
    print("subtypes:", dict(sorted(cnt["subtype"].items())))
    print("techniques:", dict(sorted(cnt["technique"].items())))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
