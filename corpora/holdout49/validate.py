#!/usr/bin/env python3
"""Self-check for holdout49.jsonl (and for the escape rule in gen.py).

Usage: python3 validate.py [PATH]

Prints counts per label, kind, language and tag; exits 1 on any problem, 0 when clean.
The tag grammar it enforces is described in README.md.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout49.jsonl")
GEN = os.path.join(HERE, "gen.py")

N_EXPECTED = 160
KIND_EXPECTED = {"violation": 60, "evasion": 30, "near-miss": 50, "clean": 20}
LANG_EXPECTED = {"en": 72, "zh": 72, "mixed": 16}
ID_FMT = "h49-%03d"
KEYS = ["id", "text", "labels", "lang", "tags", "note"]

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "positive-rating", "gating", "ask-after-praise", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"wechat", "whatsapp", "line", "telegram", "email", "phone", "url",
                             "own-shop", "social", "qr", "payment"},
    "marketing": {"coupon", "discount", "promotion", "new-arrival", "bundle", "cross-sell",
                  "buy-again", "storefront", "referral", "vip-group"},
}
ALL_SUBTYPES = set().union(*SUBTYPES.values())
KINDS = {"violation", "evasion", "near-miss", "clean"}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = {"homophone", "pinyin", "spacing", "fullwidth", "zero-width", "homoglyph",
              "number-words", "cn-numerals", "emoji", "star-symbols", "spelled-address",
              "leetspeak", "euphemism"}
TRAPS = {"order-number", "tracking", "refund", "replacement", "review-as-check", "amazon-page",
         "amazon-link", "negation", "neutral-review-request", "product-feature", "substring",
         "star-word", "free-word", "new-word", "code-word", "cancel", "out-of-scope",
         "thanks-for-review", "invoice", "delay-notice", "discount-word"}
STYLE = {"quoted-buyer", "non-native", "taobao-style", "machine-translated", "has-emoji",
         "bilingual", "internal-note", "signature", "traditional"}
assert not (ALL_SUBTYPES & (TECHNIQUES | TRAPS | STYLE | KINDS | CONTEXTS))

# Allowed invented contact details.
DOMAINS_OK = {"lanquill.com", "lanquillshop.com", "lqn.to", "amazon.com"}

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
CJK_PUNCT = re.compile("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5e]")
ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
FULLWIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0b\uff0e\uff3f]")
CYRILLIC_NEXT_TO_LATIN = re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
EMOJI = re.compile("[\U0001f300-\U0001faff\u2b50\u2764\u2600-\u2604\u2607-\u26ff\u2700-\u27bf]")
STARS = re.compile("[\u2605\u2606]")
NUM_WORDS = "zero one two three four five six seven eight nine".split()
CN_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")}
CN_DIGITS["幺"] = "1"

TRACES = {
    "zero-width": ZW,
    "fullwidth": FULLWIDTH,
    "homoglyph": CYRILLIC_NEXT_TO_LATIN,
    "emoji": EMOJI,
    "star-symbols": STARS,
    "homophone": re.compile("好苹|好坪|加薇|威.{0,3}信|薇信"),
    "pinyin": re.compile(r"(?<![A-Za-z])(?:h-?p|vx|wx|v x|w x|haoping|fanxian|weixin)(?![A-Za-z])",
                         re.I),
    "spacing": re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z0-9][ .\-]){3,}[A-Za-z0-9](?![A-Za-z0-9])"
                          "|[\u4e00-\u9fff](?:[ \u00b7/.\\-][\u4e00-\u9fff]){2,}"),
    "number-words": re.compile(r"\b(?:%s)\b(?:[\s,\-]+\b(?:%s)\b){6,}"
                               % ("|".join(NUM_WORDS), "|".join(NUM_WORDS)), re.I),
    "cn-numerals": re.compile("[零一二三四五六七八九幺](?:\\s*[零一二三四五六七八九幺]){6,}"),
    "spelled-address": re.compile(r"\w+\s*(?:\[dot\]|\(dot\)| dot )\s*(?:com|net|to)\b", re.I),
    "leetspeak": re.compile(r"\b[a-z]+[0-9]+[a-z]*\b|\b[0-9]+[OolI]+\b|\b[0-9][A-Za-z]{2,}%", re.I),
}
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACKING = re.compile(r"\b1Z[0-9A-Z]{16}\b|\bTBA\d{12}\b|\bB0[0-9A-Z]{8}\b")
QUOTE_LINE = re.compile(r"^> ", re.M)
PHONE_RUN = re.compile(r"\+?\d[\d\s().\-,]{5,}\d")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
SPELLED = re.compile(r"([a-z0-9_.-]+)\s*(?:\[dot\]|\(dot\)| dot )\s*(com|net|to)\b", re.I)
DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|cn|to|me|shop|link|ly))"
                    r"(?![\w-])", re.I)

# One-script characters: each Simplified character with its Traditional form (written for this
# set).  A Traditional record must contain none of the left column; a Simplified or mixed record
# none of the right column.
PAIRS = ("们們 这這 个個 来來 说說 对對 时時 会會 为為 发發 样樣 还還 问問 题題 评評 价價 购購 买買 "
         "订訂 单單 号號 码碼 联聯 谢謝 欢歡 关關 让讓 么麼 应應 点點 验驗 经經 无無 话話 货貨 "
         "费費 页頁 请請 机機 护護 设設 计計 产產 转轉 换換 满滿 装裝 带帶 坏壞 门門 显顯 给給 "
         "续續 确確 图圖 数數 吗嗎 宝寶 帮幫 补補 烦煩 现現 卖賣 馈饋 择擇 进進 写寫 额額 员員 "
         "达達 讯訊 东東 级級 奖獎 踪蹤 线線 电電 头頭 壳殼 质質 处處 间間 务務 亚亞 马馬 逊遜 "
         "约約 库庫 仓倉 网網 优優 减減 张張 钱錢 红紅 领領 礼禮 运運 输輸 递遞 邮郵 种種 颜顏 "
         "误誤 专專 业業 长長 检檢 测測 败敗 错錯 调調 节節 开開 动動 静靜 内內 够夠 觉覺 认認 "
         "识識 语語 读讀 边邊 镜鏡 键鍵 软軟 铝鋁 纶綸 龙龍 规規 则則 湾灣 启啟 团團 损損").split()
SIMP_ONLY = {p[0] for p in PAIRS if p[0] != p[1]}
TRAD_ONLY = {p[1] for p in PAIRS if p[0] != p[1]}
assert not SIMP_ONLY & TRAD_ONLY

# Characters that gen.py may contain literally; everything else non-ASCII must be escaped.
GEN_LITERAL_OK = re.compile("[\u4e00-\u9fff\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b"
                            "\uff1f\u201c\u201d]")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm(text):
    """Fold tricks away: zero-width, NFKC, Cyrillic look-alikes, number words, Chinese digits."""
    t = unicodedata.normalize("NFKC", ZW.sub("", text))
    t = t.translate(str.maketrans("\u0435\u0420\u0430\u043e", "ePao"))
    t = re.sub(r"\b(%s)\b" % "|".join(NUM_WORDS),
               lambda m: str(NUM_WORDS.index(m.group(1).lower())), t, flags=re.I)
    return "".join(CN_DIGITS.get(c, c) for c in t)


def check_gen_source():
    if not os.path.exists(GEN):
        bad("gen.py", "missing")
        return
    with open(GEN, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            for ch in line:
                if ord(ch) > 127 and not GEN_LITERAL_OK.match(ch):
                    bad("gen.py line %d" % n, "literal special character U+%04X (%s) must be an "
                        "escape" % (ord(ch), unicodedata.name(ch, "?")))


def check_contacts(rid, text):
    t = TRACKING.sub(" ", ORDER_ID.sub(" ", norm(text)))
    for m in PHONE_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 7:
            continue
        if not (len(digits) in (7, 10, 11) and digits[-7:-2] == "55501"
                and (len(digits) != 11 or digits[0] == "1")):
            bad(rid, "number outside the fiction range 555-01xx: %r" % m.group(0))
    for m in EMAIL.finditer(t):
        if m.group(1).lower() not in DOMAINS_OK:
            bad(rid, "e-mail domain not in the invented set: %s" % m.group(1))
    for rx in (DOMAIN, SPELLED):
        for m in rx.finditer(t):
            d = (m.group(1) + ("." + m.group(2) if rx is SPELLED else "")).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK and not any(d.endswith("." + ok) for ok in DOMAINS_OK):
                bad(rid, "domain not in the invented set: %s" % d)


def main():
    check_gen_source()
    recs = []
    try:
        fh = open(PATH, encoding="utf-8")
    except OSError as exc:
        print("cannot read %s: %s" % (PATH, exc))
        return 1
    with fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))

    c = collections.defaultdict(collections.Counter)
    seen_ids, seen_texts = set(), {}
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or list(r) != KEYS:
            bad(rid, "keys must be exactly %s in that order" % KEYS)
            continue
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != ID_FMT % i:
            bad(rid, "id out of sequence (expected %s)" % (ID_FMT % i))
        text, labels, lang, tags, note = (r[k] for k in KEYS[1:])
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", norm(text).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        if not isinstance(note, str) or not note.strip() or not note.rstrip().endswith("."):
            bad(rid, "note must be a sentence ending in '.'")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "label outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or not in canonical order")
        if lang not in LANG_EXPECTED:
            bad(rid, "bad lang %r" % (lang,))
        if not isinstance(tags, list) or not tags or len(set(tags)) != len(tags):
            bad(rid, "tags missing or duplicated")
            continue

        # ---- tag grammar: kind, subtypes, context, then the rest; 'traditional' last ----
        kind = tags[0]
        if kind not in KINDS:
            bad(rid, "first tag must be one of %s" % sorted(KINDS))
            continue
        if (kind in ("violation", "evasion")) != bool(labels):
            bad(rid, "kind %r does not match labels %r" % (kind, labels))
        known = KINDS | ALL_SUBTYPES | CONTEXTS | TECHNIQUES | TRAPS | STYLE
        for t in tags:
            if t not in known:
                bad(rid, "unknown tag %r" % t)
        if sum(t in KINDS for t in tags) != 1:
            bad(rid, "exactly one kind tag expected")
        ctx = [j for j, t in enumerate(tags) if t in CONTEXTS]
        if len(ctx) != 1:
            bad(rid, "exactly one context tag (reply/proactive) expected")
            continue
        subs = tags[1:ctx[0]]
        if any(t not in ALL_SUBTYPES for t in subs) or any(t in ALL_SUBTYPES for t in tags[ctx[0]:]):
            bad(rid, "subtypes must come between the kind tag and the context tag")
        for lab in labels:
            if not any(s in SUBTYPES[lab] for s in subs):
                bad(rid, "label %s has no subtype tag" % lab)
        for s in subs:
            if not any(s in SUBTYPES[lab] for lab in labels):
                bad(rid, "subtype %r belongs to no label of this record" % s)
        techs = [t for t in tags if t in TECHNIQUES]
        traps = [t for t in tags if t in TRAPS]
        if kind == "evasion" and not [t for t in techs if t != "euphemism"]:
            bad(rid, "evasion needs at least one mechanical technique tag")
        if kind != "evasion" and techs:
            bad(rid, "technique tags only on evasions")
        if kind == "near-miss" and not traps:
            bad(rid, "near-miss needs at least one trap tag")
        if kind != "near-miss" and traps:
            bad(rid, "trap tags only on near-misses")
        if "traditional" in tags and tags[-1] != "traditional":
            bad(rid, "'traditional' must be the last tag")

        # ---- traces in the text ----
        for t in techs:
            if t in TRACES and not TRACES[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        if ZW.search(text) and "zero-width" not in techs:
            bad(rid, "untagged zero-width character")
        if FULLWIDTH.search(text) and "fullwidth" not in techs:
            bad(rid, "untagged full-width letter or digit")
        if re.search("[\u0400-\u04ff]", text) and "homoglyph" not in techs:
            bad(rid, "untagged Cyrillic character")
        if EMOJI.search(text) and not ({"emoji", "has-emoji"} & set(tags)):
            bad(rid, "emoji present but neither 'emoji' nor 'has-emoji' tagged")
        if "has-emoji" in tags and not EMOJI.search(text):
            bad(rid, "'has-emoji' without emoji")
        if STARS.search(text) and "star-symbols" not in techs:
            bad(rid, "untagged star symbol")
        if ("order-number" in tags) != bool(ORDER_ID.search(text)) and kind == "near-miss":
            bad(rid, "'order-number' tag and order id in text disagree")
        if "tracking" in tags and not TRACKING.search(text):
            bad(rid, "'tracking' without a tracking number")
        if ("quoted-buyer" in tags) != bool(QUOTE_LINE.search(text)):
            bad(rid, "'quoted-buyer' tag and '> ' lines disagree")
        if "amazon-link" in tags and "amazon.com/" not in text:
            bad(rid, "'amazon-link' without an amazon.com link")

        # ---- language sanity ----
        trad = "traditional" in tags
        ncjk = len(CJK.findall(text))
        if lang == "en" and (ncjk or CJK_PUNCT.search(text)):
            bad(rid, "en record contains CJK characters or punctuation")
        if lang == "zh" and ncjk < 10:
            bad(rid, "zh record has fewer than 10 CJK characters")
        if lang == "mixed":
            latin_words = re.findall(r"[A-Za-z]{2,}", norm(text))
            if ncjk < 6 or len(latin_words) < 4:
                bad(rid, "mixed record lacks one of the two languages")
        if trad and lang != "zh":
            bad(rid, "'traditional' on a non-zh record")
        if trad:
            simp = sorted({ch for ch in text if ch in SIMP_ONLY})
            if simp:
                bad(rid, "Traditional record has Simplified-only characters %s" % "".join(simp))
            if sum(ch in TRAD_ONLY for ch in text) < 2:
                bad(rid, "Traditional record shows too few Traditional-only characters")
        elif lang in ("zh", "mixed"):
            tr = sorted({ch for ch in text if ch in TRAD_ONLY})
            if tr:
                bad(rid, "Simplified/mixed record has Traditional-only characters %s (tag "
                    "'traditional'?)" % "".join(tr))

        check_contacts(rid, text)

        # ---- counts ----
        c["kind"][kind] += 1
        c["lang"][lang] += 1
        script = "zh-Hant" if trad else ("zh-Hans" if lang == "zh" else lang)
        c["script"][script] += 1
        c["script-kind"][(script, kind)] += 1
        c["ctx"][tags[ctx[0]]] += 1
        c["nlabels"][len(labels)] += 1
        for l in labels:
            c["label"][l] += 1
            c["label-kind"][(l, kind)] += 1
        if len(labels) > 1:
            c["combo"][" + ".join(labels)] += 1
        for t in tags[1:]:
            c["tag"][t] += 1

    for k, v in KIND_EXPECTED.items():
        if c["kind"][k] != v:
            bad("file", "expected %d %s records, found %d" % (v, k, c["kind"][k]))
    for k, v in LANG_EXPECTED.items():
        if c["lang"][k] != v:
            bad("file", "expected %d %s records, found %d" % (v, k, c["lang"][k]))

    print("records: %d" % len(recs))
    print("kinds: %s" % dict(c["kind"]))
    print("labelled: %d (one label %d, two labels %d); unlabelled: %d" % (
        c["nlabels"][1] + c["nlabels"][2] + c["nlabels"][3], c["nlabels"][1], c["nlabels"][2],
        c["nlabels"][0]))
    for l in POLICIES:
        print("  %-22s %3d  (violation %d, evasion %d)" % (
            l, c["label"][l], c["label-kind"][(l, "violation")], c["label-kind"][(l, "evasion")]))
    print("label combinations: %s" % dict(c["combo"]))
    print("languages: %s" % dict(c["lang"]))
    for s in ("en", "zh-Hans", "zh-Hant", "mixed"):
        print("  %-8s %3d  %s" % (s, c["script"][s], "  ".join(
            "%s %d" % (k, c["script-kind"][(s, k)]) for k in KIND_EXPECTED)))
    print("contexts: %s" % dict(c["ctx"]))
    print("tags (excluding the kind tag):")
    for t, n in sorted(c["tag"].items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %3d" % (t, n))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
