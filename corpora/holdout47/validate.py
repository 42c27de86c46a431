#!/usr/bin/env python3
"""Self-check for holdout47.jsonl.  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]

Checks
  file      : one JSON object per line, exact key set, 160 records, ids h47-001.. in order,
              identical to what gen.py builds (when PATH is the default file);
  labels    : only the three content policies, no duplicates, canonical order;
  kind      : tags[0] is violation|evasion|near-miss|clean and agrees with the labels;
  tags      : 'traditional' (if any) second, then the context reply|proactive; every other tag
              from the vocabulary; one subtype or more per label and none for absent labels;
              techniques only (and at least one) on evasions; implicit/explicit exactly once on
              violations; near-miss records carry a trap tag, clean records none;
  traces    : each tagged technique leaves its mark in the text, and no zero-width, full-width,
              Cyrillic, Bopomofo or star character appears untagged;
  language  : en has no CJK, zh has >= 10 CJK characters, mixed has both; 'traditional' matches
              the script (Simplified-only / Traditional-only character lists);
  invented  : every phone-like digit run is 555-01xx (order ids and tracking numbers removed;
              Chinese numerals and number words converted); e-mails and domains from a short list;
  source    : gen.py writes special characters only as \\uXXXX escapes.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "holdout47.jsonl")
PATH = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
N = 160

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
KINDS = ["violation", "evasion", "near-miss", "clean"]
CONTEXTS = {"reply", "proactive"}
SUB = {
    "review-inducement": {"incentive", "positive-rating", "gating", "after-praise", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"phone", "email", "url", "social", "messaging-app", "payment",
                             "diversion", "qr", "signature"},
    "marketing": {"coupon", "discount", "promotion", "sale", "new-product", "cross-sell",
                  "buy-again", "storefront-link", "listing-link", "referral", "bundle",
                  "vip-group"},
}
ALL_SUB = set().union(*SUB.values())
TECH = {"spacing", "separators", "homoglyph", "fullwidth", "zero-width", "star-symbols",
        "leetspeak", "pinyin", "homophone", "zhuyin", "cn-numerals", "spelled-email",
        "spelled-phone", "split-phone"}
TRAPS = {"kw-review", "kw-rating", "kw-refund", "kw-free", "kw-coupon", "kw-website", "kw-phone",
         "kw-email", "kw-im", "kw-social", "kw-new", "kw-cancel", "kw-change", "kw-remove",
         "kw-update", "kw-substring", "kw-cashback", "kw-subscribe", "amazon-link", "order-id",
         "tracking-number", "asin", "carrier-phone", "quoted-buyer", "negation",
         "neutral-review-request", "feedback-notice", "remedy", "product-feature", "happy-buyer"}
# trap tags that a plainly clean record may still carry (everyday order data)
CLEAN_OK = {"order-id"}
DESCR = {"implicit", "explicit", "tw", "hk", "answer-to-question", "delay-notice", "info-request"}
VOCAB = ALL_SUB | TECH | TRAPS | DESCR

ZW = "[\u200b-\u200f\u2060\ufeff]"
TRACE = {
    "zero-width": re.compile(ZW),
    "fullwidth": re.compile("[\uff10-\uff19\uff20-\uff3a\uff41-\uff5a]"),
    "homoglyph": re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]|LlNE"),
    "star-symbols": re.compile("[\u2605\u2606\u2b50]"),
    "zhuyin": re.compile("[\u3105-\u312f]"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z]|[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3,}"),
    "separators": re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z0-9][/.])(?:[A-Za-z0-9][/.]){2,}[A-Za-z0-9]"),
    "leetspeak": re.compile(r"[A-Za-z][0-9!$][A-Za-z]"),
    "pinyin": re.compile(r"\b(?:haoping|fanxian|weixin|vx|wx)\b", re.I),
    "homophone": re.compile("好苹|叉评"),
    "cn-numerals": re.compile("[零〇一二三四五六七八九壹貳參肆伍陸柒捌玖](?:\\s*[零〇一二三四五六七八九壹貳參肆伍陸柒捌玖]){3,}"),
    "spelled-email": re.compile(r"\w+ *(?:\(at\)| at |艾特) *[\w-]+(?: dash \w+)? *(?:\(dot\)| dot |点) *com\b"),
    "spelled-phone": re.compile(r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine)(?:[ ,]+(?:zero|one|two|three|four|five|six|seven|eight|nine)){6,}\b"),
    "split-phone": re.compile(r"\b\d{3}\b\D{1,20}\b555\b\D{1,40}\b01\b\D{1,10}\b\d{2}\b"),
}
UNTAGGED = ("zero-width", "fullwidth", "homoglyph", "star-symbols", "zhuyin")

CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
# Simplified / Traditional character pairs (only characters that exist in one script).
PAIRS = ("们們 这這 个個 来來 说說 对對 时時 会會 为為 发發 开開 还還 问問 题題 灯燈 评評 价價 网網 购購 "
         "买買 订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 实實 让讓 么麼 处處 应應 点點 验驗 经經 "
         "无無 话話 货貨 运運 费費 页頁 请請 机機 书書 备備 设設 产產 据據 换換 满滿 装裝 带帶 坏壞 "
         "门門 显顯 视視 给給 续續 觉覺 确確 图圖 数數 参參 吗嗎 帮幫 补補 烦煩 现現 顾顧 认認 卖賣 "
         "馈饋 选選 择擇 结結 进進 写寫 额額 员員 达達 讯訊 东東 级級 奖獎 踪蹤 帐帳 炉爐 头頭 滤濾 "
         "营營 钛鈦 锅鍋 气氣 电電 邮郵 线線 过過 这這 听聽 节節 礼禮 轻輕 车車 边邊 两兩 "
         "间間 闪閃 钟鐘 纹紋 损損 裂裂 编編 讲講 录錄 携攜 纸紙 签簽 罗羅 阳陽 热熱 凉涼")
SIMP_ONLY, TRAD_ONLY = set(), set()
for p in PAIRS.split():
    if p[0] != p[1]:
        SIMP_ONLY.add(p[0])
        TRAD_ONLY.add(p[1])
assert not SIMP_ONLY & TRAD_ONLY

CN_NUM = dict(zip("零〇一二三四五六七八九壹貳參肆伍陸柒捌玖", "00123456789123456789"))
WORD_NUM = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
            "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
TRACKING = re.compile(r"\b(?:1Z[0-9A-Z]{16}|TBA\d{12}|B0[0-9A-Z]{8})\b")
PHONE_RUN = re.compile(r"\+?\d[\d ().,\-]{5,}\d")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|hk|cn|to|ly|me|shop|co))\b", re.I)
DOMAINS_OK = {"larchwick-outdoor.com", "larchwick.tw", "amazon.com", "example.net"}
EMAIL_OK = {"larchwick-outdoor.com", "example.net"}
# raw non-ASCII characters that gen.py may contain: CJK ideographs and ordinary Chinese punctuation
SOURCE_OK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\u201c\u201d\u2014\u2026"
                       "\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5c\uff5e]")

# Optional second opinion on the script, when OpenCC is installed (not required). Allowed
# exceptions: 霉 (發霉 is standard in Taiwan), 涌 (the Hong Kong place name 葵涌), 台 (台灣).
try:
    import opencc
    _S2T, _T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
except Exception:  # pragma: no cover - optional
    _S2T = _T2S = None
OPENCC_OK = set("霉涌台")

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm(text, words=True):
    t = unicodedata.normalize("NFKC", re.sub(ZW, "", text))
    t = "".join(CN_NUM.get(ch, ch) for ch in t)
    if words:
        t = re.sub(r"\b(%s)\b" % "|".join(WORD_NUM), lambda m: WORD_NUM[m.group(1)], t)
    return t


def check_source():
    src = open(os.path.join(HERE, "gen.py"), encoding="utf-8").read()
    for n, line in enumerate(src.splitlines(), 1):
        for ch in line:
            if ord(ch) > 127 and not SOURCE_OK.match(ch):
                bad("gen.py:%d" % n, "raw special character U+%04X (write it as \\u escape)" % ord(ch))


def check_rebuild(recs):
    sys.path.insert(0, HERE)
    import gen  # noqa: E402
    if gen.build() != recs:
        bad("file", "holdout47.jsonl differs from what gen.py builds (run python3 gen.py)")


def main():
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N:
        bad("file", "expected %d records, found %d" % (N, len(recs)))
    if os.path.abspath(PATH) == DEFAULT:
        check_source()
        check_rebuild(recs)

    seen_ids, seen_text = set(), {}
    c = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        if not isinstance(r, dict) or set(r) != {"id", "text", "labels", "lang", "tags", "note"}:
            bad("#%d" % i, "wrong key set")
            continue
        rid = r["id"]
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != "h47-%03d" % i:
            bad(rid, "id out of sequence (expected h47-%03d)" % i)
        text, labels, lang, tags, note = r["text"], r["labels"], r["lang"], r["tags"], r["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        if not isinstance(note, str) or not note.strip():
            bad(rid, "empty note")
        key = re.sub(r"\s+", " ", norm(text).casefold()).strip()
        if key in seen_text:
            bad(rid, "same text as %s" % seen_text[key])
        seen_text[key] = rid

        # labels
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "label outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of order")
        if lang not in ("en", "zh", "mixed"):
            bad(rid, "bad lang %r" % (lang,))

        # tags
        if not isinstance(tags, list) or len(tags) < 2 or len(set(tags)) != len(tags):
            bad(rid, "tags missing, too few or duplicated")
            continue
        kind = tags[0]
        if kind not in KINDS:
            bad(rid, "first tag must be one of %s" % KINDS)
            continue
        if (kind in ("violation", "evasion")) != bool(labels):
            bad(rid, "kind %r disagrees with labels %r" % (kind, labels))
        trad = tags[1] == "traditional"
        if "traditional" in tags[2:]:
            bad(rid, "'traditional' must be the second tag")
        rest = tags[2:] if trad else tags[1:]
        if not rest or rest[0] not in CONTEXTS:
            bad(rid, "context tag missing")
            continue
        ctx, rest = rest[0], rest[1:]
        for t in rest:
            if t not in VOCAB:
                bad(rid, "unknown tag %r" % t)
        subs = [t for t in rest if t in ALL_SUB]
        for lab in labels:
            if not any(t in SUB[lab] for t in subs):
                bad(rid, "no subtype tag for %s" % lab)
        for t in subs:
            if not any(t in SUB[lab] for lab in labels):
                bad(rid, "subtype %r without its label" % t)
        techs = [t for t in rest if t in TECH]
        if kind == "evasion" and not techs:
            bad(rid, "evasion without a technique tag")
        if kind != "evasion" and techs:
            bad(rid, "technique tag on a non-evasion record")
        ie = [t for t in rest if t in ("implicit", "explicit")]
        if (kind == "violation") != (len(ie) == 1) or len(ie) > 1:
            bad(rid, "implicit/explicit must appear exactly once on violations and nowhere else")
        traps = [t for t in rest if t in TRAPS]
        if kind == "near-miss" and not traps:
            bad(rid, "near-miss without a trap tag")
        if kind == "clean" and any(t not in CLEAN_OK for t in traps):
            bad(rid, "clean record carries trap tags %r" % traps)
        if kind in ("violation", "evasion") and traps:
            bad(rid, "trap tags on a violation")
        if ("tw" in rest or "hk" in rest) and not trad:
            bad(rid, "tw/hk locale tag on a non-traditional record")

        # technique traces
        for t in techs:
            if t in TRACE and not TRACE[t].search(text):
                bad(rid, "no trace of technique %r in the text" % t)
        for t in UNTAGGED:
            if t not in techs and TRACE[t].search(text):
                bad(rid, "untagged %r artefact" % t)

        # language and script
        ncjk = len(CJK.findall(text))
        if lang == "en" and (ncjk or re.search("[\u3000-\u303f\uff01\uff0c\uff1a\uff1f\uff08\uff09]", text)):
            bad(rid, "en record contains CJK")
        if lang == "zh" and ncjk < 10:
            bad(rid, "zh record has fewer than 10 CJK characters")
        if lang == "mixed":
            words = re.findall(r"[A-Za-z]{2,}", norm(text))
            if ncjk < 8 or len(words) < 3:
                bad(rid, "mixed record lacks one of the languages")
        if trad and lang == "en":
            bad(rid, "traditional tag on an English record")
        if trad:
            s = sorted({ch for ch in text if ch in SIMP_ONLY})
            if s:
                bad(rid, "traditional record has Simplified-only characters %s" % "".join(s))
            if sum(ch in TRAD_ONLY for ch in text) < 2:
                bad(rid, "traditional record shows no Traditional-only characters")
        if _S2T is not None and lang != "en":
            conv = _S2T if trad else _T2S
            odd = sorted({ch for ch in CJK.findall(text) if ch not in OPENCC_OK and conv.convert(ch) != ch})
            if odd:
                bad(rid, "OpenCC: characters of the other script: %s" % "".join(odd))
        if trad:
            pass
        elif lang in ("zh", "mixed"):
            t_ = sorted({ch for ch in text if ch in TRAD_ONLY})
            if t_:
                bad(rid, "Simplified record has Traditional-only characters %s" % "".join(t_))
            if ncjk and not any(ch in SIMP_ONLY for ch in text):
                bad(rid, "Simplified record shows no Simplified-only characters")

        # invented contact details
        t = TRACKING.sub(" ", ORDER_ID.sub(" ", norm(text)))
        for m in PHONE_RUN.finditer(t):
            digits = re.sub(r"\D", "", m.group(0))
            if len(digits) >= 7 and "55501" not in digits:
                bad(rid, "phone-like number outside 555-01xx: %r" % m.group(0))
        if "phone" in subs:
            plain = TRACKING.sub(" ", ORDER_ID.sub(" ", norm(text, words=False)))
            if not any("55501" in "".join(re.findall(r"\d+", x)) for x in (t, plain)):
                bad(rid, "phone subtype but no 555-01xx number found")
        for m in EMAIL.finditer(t):
            if m.group(1).lower() not in EMAIL_OK:
                bad(rid, "e-mail domain not invented: %s" % m.group(1))
        for m in DOMAIN.finditer(re.sub(r"(?i)\s+dot\s+", ".", re.sub(r"(?i)\s+dash\s+", "-", t))):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK:
                bad(rid, "domain not on the invented list: %s" % d)

        # counts
        script = "zh-traditional" if (trad and lang == "zh") else (
            "mixed-traditional" if trad else ("zh-simplified" if lang == "zh" else lang))
        c["kind"][kind] += 1
        c["lang"][script] += 1
        c["kind x lang"]["%s / %s" % (kind, script)] += 1
        c["context"][ctx] += 1
        for l in labels:
            c["label"][l] += 1
            c["label x kind"]["%s / %s" % (l, kind)] += 1
        if len(labels) > 1:
            c["label pairs"][" + ".join(labels)] += 1
        c["n labels"][len(labels)] += 1
        for tg in tags:
            c["tag"][tg] += 1

    print("records: %d" % len(recs))
    for section in ("kind", "lang", "kind x lang", "context", "n labels", "label", "label x kind",
                    "label pairs", "tag"):
        print("%s:" % section)
        for k, v in sorted(c[section].items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print("  %-45s %3d" % (k, v))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
