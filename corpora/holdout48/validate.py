#!/usr/bin/env python3
"""Self-check for holdout48.jsonl.  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]

Checks (see README.md, "What validate.py checks"):
  file      JSON per line, exact key set, 150 records, ids h48-001.. in order, texts unique after
            normalisation, and the file equals what gen.py builds now (no stale output);
  source    gen.py holds no literal character outside ASCII, CJK ideographs and ordinary Chinese
            punctuation (everything else must be a \\uXXXX escape);
  labels    only the three policies, canonical order, non-empty exactly on violation/evasion;
  tags      kind, context, one subtype per label, techniques only (and always) on evasions,
            descriptors from the closed lists, near-miss records name what makes them tricky,
            clean records carry nothing extra, 'traditional' last and only on Traditional text;
  traces    every mechanical technique leaves a trace in the text; no untagged zero-width,
            full-width, Cyrillic or star artefacts;
  language  en has no CJK, zh has enough CJK and little English, mixed has both, Simplified and
            Traditional characters are not mixed up;
  contacts  phone numbers only in 555-01xx (after folding widths, Chinese numerals and number
            words; order ids, ASINs and tracking numbers removed first); e-mail domains, bare
            domains, spelled domains and handles only the invented ones (or amazon.com);
  balance   kind counts 55/25/50/20; language shares near 50/40/10.
"""
import collections
import importlib.util
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout48.jsonl")
GEN = os.path.join(HERE, "gen.py")

N_EXPECTED = 150
KIND_EXPECTED = {"violation": 55, "evasion": 25, "near-miss": 50, "clean": 20}
LANG_SHARE = {"en": (0.45, 0.55), "zh": (0.35, 0.45), "mixed": (0.07, 0.13)}
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "positive-request", "gating", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"email", "phone", "website", "messaging-app", "social", "payment",
                             "diversion"},
    "marketing": {"coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront", "referral", "bundle", "restock", "vip-group"},
}
KINDS = set(KIND_EXPECTED)
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = {"spacing", "homoglyph", "fullwidth", "zero-width", "homophone", "pinyin",
              "number-words", "dot-com", "spelled-email", "leetspeak", "star-symbols",
              "cn-numerals", "abbreviation", "euphemism"}
VIOLATION_DESC = {"indirect", "praise-reply", "after-remedy", "proof-request", "no-app-named",
                  "signature", "conditional", "amazon-link", "restock-answer"}
NEARMISS_DESC = {"neutral-request", "request-a-review", "review-as-check", "remedy",
                 "amazon-link", "order-number", "negation", "quoted-buyer", "policy-explainer",
                 "product-term", "substring", "feedback-notice", "carrier-phone",
                 "amazon-coupon", "scope-fault", "thanks-for-review", "restock-answer",
                 "accessory-answer", "logistics-words", "at-dot", "price-error",
                 "phone-request", "sale-word", "warn-ok"}
LANGS = {"en", "zh", "mixed"}

DOMAINS_OK = {"bellhollowmusic.com", "amazon.com", "fernwhistle-mail.net"}
HANDLES_OK = {"bellhollow.music", "bellhollow_tw", "bellhollow_cs", "bellhollow_help",
              "leo_uke88"}

CJK = re.compile("[\u3400-\u9fff]")
ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
FW_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff20\uff0e\uff3f]")
CYRILLIC_MIX = re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
STARS = re.compile("[\u2605\u2606\u2b50]")
NUMWORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
TRACES = {
    "zero-width": ZW,
    "fullwidth": FW_ALNUM,
    "homoglyph": CYRILLIC_MIX,
    "star-symbols": STARS,
    "spacing": re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z0-9.] ){3,}[A-Za-z0-9.]"
                          "|[\u4e00-\u9fff](?:[ /][\u4e00-\u9fff]){2,}"),
    "homophone": re.compile("好坪|返鲜|好平|返鮮|威信"),
    "pinyin": re.compile(r"\b(?:haoping|fanxian|weixin)\b", re.I),
    "number-words": re.compile(r"\b%s(?:[\s,-]+%s){6,}\b" % (NUMWORD, NUMWORD), re.I),
    "dot-com": re.compile(r"\b\w+ dot com\b", re.I),
    "spelled-email": re.compile(r"\b\w+ at \w+ dot com\b", re.I),
    "leetspeak": re.compile(r"\b(?=\w*[a-z])(?=\w*[0-9])[a-z0-9]*[a-z][0-9][a-z0-9]*\b", re.I),
    "cn-numerals": re.compile("[零一二三四五六七八九幺](?:\\s*[零一二三四五六七八九幺]){6,}"),
    "abbreviation": re.compile(r"\b(?:vx|wx|tg)\b", re.I),
}
# Characters that exist in one script only (pairs written by hand, checked for overlap).
PAIRS = ("们們 这這 个個 来來 说說 对對 时時 会會 为為 发發 开開 还還 问問 题題 评評 价價 网網 "
         "购購 买買 订訂 单單 号號 码碼 联聯 谢謝 欢歡 优優 关關 让讓 处處 应應 点點 体體 验驗 "
         "无無 货貨 运運 费費 错錯 页頁 请請 书書 备備 设設 计計 产產 转轉 换換 传傳 满滿 读讀 "
         "装裝 带帶 坏壞 门門 响響 显顯 视視 条條 给給 续續 觉覺 确確 语語 图圖 递遞 数數 参參 "
         "吗嗎 帮幫 补補 烦煩 现現 顾顧 认認 卖賣 馈饋 选選 择擇 结結 进進 写寫 误誤 额額 员員 "
         "达達 讯訊 级級 奖獎 调調 钮鈕 弹彈 惊驚 礼禮 链鏈 损損 乌烏 丽麗 亚亞 马馬 逊遜 头頭 "
         "线線 邮郵 鲜鮮 脸臉 专專 属屬 软軟 寻尋 导導 试試 测測 报報 扫掃 护護 获獲 实實 与與 "
         "难難 过過 从從 几幾 钱錢 层層 双雙 车車 广廣 纸紙 里裡 经經 营營 义義 托託 样樣 邻鄰 "
         "录錄 蓝藍 隐隱 协協 规規 谅諒 颈頸 适適 谣謠 后後 务務 账賬 赠贈 晒曬 亲親 键鍵 盘盤 "
         "稳穩 较較 荐薦 继繼 办辦 壳殼 镶鑲 辑輯 迟遲 贴貼 夹夾")
SIMP_ONLY, TRAD_ONLY = set(), set()
for p in PAIRS.split():
    if p[0] != p[1]:
        SIMP_ONLY.add(p[0])
        TRAD_ONLY.add(p[1])
TRAD_ONLY.update("鬆內鍊")
assert not SIMP_ONLY & TRAD_ONLY, SIMP_ONLY & TRAD_ONLY

# Latin tokens that do not count as English words in a zh record.
ZH_LATIN_OK = {"bellhollow", "tunemoth", "windlark", "pebblewood", "stand", "pro", "line",
               "app", "cs", "tw", "help", "haoping", "fanxian", "weixin", "zstand",
               "https", "www", "amazon", "com", "gp", "css", "order", "history", "tba", "uke",
               "leo"}
LITERAL_OK = re.compile("[\x09\x0a\x20-\x7e\u4e00-\u9fff\u3000-\u303f"
                        "\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]")

CN_NUM = dict(zip("零一二三四五六七八九幺", "01234567891"))
EN_NUM = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4",
          "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
CODES = re.compile(r"1Z[0-9A-Z]{16}|\bB0[0-9A-Z]{8}\b|\bTBA\d{12}\b")
DIGIT_RUN = re.compile(r"\+?\d[\d\s.,()-]{5,}\d")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.-])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|cn|ly|me|shop|co))\b",
                    re.I)
SPELLED_DOMAIN = re.compile(r"\b([\w-]+) dot (com|net|org)\b", re.I)
HANDLE_AT = re.compile(r"(?<![\w.])@([A-Za-z0-9_.]*[A-Za-z0-9_])")
HANDLE_US = re.compile(r"\b[a-z]+_[a-z0-9_]+\b", re.I)

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def fold(text):
    """Width folding, zero-width removal, Chinese numerals and number-word runs to digits."""
    t = unicodedata.normalize("NFKC", ZW.sub("", text))
    t = "".join(CN_NUM.get(c, c) for c in t)
    run = re.compile(r"\b%s(?:[\s,-]+%s){2,}\b" % (NUMWORD, NUMWORD), re.I)
    return run.sub(lambda m: " ".join(EN_NUM[w.lower()]
                                      for w in re.findall(NUMWORD, m.group(0), re.I)), t)


def despace(text):
    """Join letters separated by single spaces ('b e l l' -> 'bell')."""
    return re.sub(r"(?<=\b[\w.]) (?=[\w.]\b)", "", text)


def check_source():
    with open(GEN, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            for ch in line:
                if not LITERAL_OK.match(ch):
                    bad("gen.py:%d" % n, "literal special character U+%04X; write it as an "
                        "escape" % ord(ch))


def check_fresh(recs):
    spec = importlib.util.spec_from_file_location("gen48", GEN)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if mod.build() != recs:
        bad("file", "holdout48.jsonl differs from what gen.py builds; run python3 gen.py")


def check_contacts(rid, text):
    t = CODES.sub(" ", ORDER_ID.sub(" ", fold(text)))
    for m in DIGIT_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 7:
            continue
        d = digits[1:] if len(digits) == 11 and digits[0] == "1" else digits
        if not (len(d) == 10 and d[3:6] == "555" and d[6:8] == "01"):
            bad(rid, "number outside the 555-01xx fiction range: %r" % m.group(0).strip())
    for form in (t, despace(t)):
        for m in EMAIL.finditer(form):
            if m.group(1).lower() not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % m.group(1))
        for m in DOMAIN.finditer(form):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK:
                bad(rid, "domain not invented: %s" % d)
    for m in SPELLED_DOMAIN.finditer(t):
        d = ("%s.%s" % (m.group(1), m.group(2))).lower()
        if d not in DOMAINS_OK:
            bad(rid, "spelled domain not invented: %s" % d)
    no_mail = EMAIL.sub(" ", t)
    for m in HANDLE_AT.finditer(no_mail):
        if m.group(1).lower() not in HANDLES_OK:
            bad(rid, "handle not in the invented list: @%s" % m.group(1))
    for m in HANDLE_US.finditer(no_mail):
        if m.group(0).lower() not in HANDLES_OK:
            bad(rid, "handle-like token not in the invented list: %s" % m.group(0))


def main():
    check_source()
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))
    if PATH == os.path.join(HERE, "holdout48.jsonl"):
        check_fresh(recs)

    seen_ids, seen_texts = set(), {}
    c = collections.defaultdict(collections.Counter)
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "#%d" % i) if isinstance(rec, dict) else "#%d" % i
        if not isinstance(rec, dict) or set(rec) != {"id", "text", "labels", "lang", "tags",
                                                     "note"}:
            bad(rid, "wrong key set")
            continue
        if rid in seen_ids:
            bad(rid, "duplicate id")
        seen_ids.add(rid)
        if rid != "h48-%03d" % i:
            bad(rid, "id out of sequence (expected h48-%03d)" % i)
        text, labels, lang, tags, note = (rec[k] for k in ("text", "labels", "lang", "tags",
                                                            "note"))
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", despace(fold(text)).casefold()).strip()
        if key in seen_texts:
            bad(rid, "same text as %s" % seen_texts[key])
        seen_texts[key] = rid
        if not isinstance(note, str) or not note.strip() or CJK.search(note):
            bad(rid, "note missing or not plain English")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "label outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of order")
        if lang not in LANGS:
            bad(rid, "bad lang %r" % (lang,))
            continue

        # ---- tags -------------------------------------------------------------------
        if not isinstance(tags, list) or len(tags) < 2 or len(set(tags)) != len(tags):
            bad(rid, "tags missing or duplicated")
            continue
        kind, ctx, rest = tags[0], tags[1], list(tags[2:])
        if kind not in KINDS:
            bad(rid, "first tag must be one of %s" % sorted(KINDS))
            continue
        if ctx not in CONTEXTS:
            bad(rid, "second tag must be reply or proactive")
        trad = bool(rest) and rest[-1] == "traditional"
        if trad:
            rest = rest[:-1]
        if "traditional" in rest:
            bad(rid, "'traditional' must be the last tag")
        violating = kind in ("violation", "evasion")
        if violating != bool(labels):
            bad(rid, "kind %s does not fit labels %r" % (kind, labels))
        subs, rest = rest[:len(labels)], rest[len(labels):]
        for lab, sub in zip(labels, subs):
            if sub not in SUBTYPES[lab]:
                bad(rid, "%r is not a subtype of %s" % (sub, lab))
            c["sub:" + lab][sub] += 1
        if len(subs) != len(labels):
            bad(rid, "one subtype per label needed")
        techs = [t for t in rest if t in TECHNIQUES]
        descs = [t for t in rest if t not in TECHNIQUES]
        if rest != techs + descs:
            bad(rid, "techniques must come before descriptors")
        if kind == "evasion" and not techs:
            bad(rid, "evasion without a technique")
        if kind != "evasion" and techs:
            bad(rid, "technique tag on a %s record" % kind)
        allowed = {"violation": VIOLATION_DESC, "evasion": VIOLATION_DESC,
                   "near-miss": NEARMISS_DESC, "clean": set()}[kind]
        for d in descs:
            if d not in allowed:
                bad(rid, "descriptor %r not allowed on a %s record" % (d, kind))
        if kind == "near-miss" and not [d for d in descs if d != "warn-ok"]:
            bad(rid, "near-miss must name what makes it tricky")

        # ---- traces and artefacts ----------------------------------------------------
        for t in techs:
            if t in TRACES and not TRACES[t].search(text):
                bad(rid, "no trace of technique %r in text" % t)
        for t, rx in (("zero-width", ZW), ("fullwidth", FW_ALNUM), ("homoglyph", CYRILLIC_MIX),
                      ("star-symbols", STARS)):
            if t not in techs and rx.search(text):
                bad(rid, "untagged %s artefact" % t)
        if re.search("[\u0400-\u04ff]", text) and "homoglyph" not in techs:
            bad(rid, "Cyrillic letter without homoglyph tag")

        # ---- language -------------------------------------------------------------------
        ncjk = len(CJK.findall(text))
        latin_words = [w for w in re.findall(r"[A-Za-z]{2,}", fold(text))]
        english = [w for w in latin_words if w.lower() not in ZH_LATIN_OK]
        if lang == "en":
            if ncjk or re.search("[\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]",
                                 text):
                bad(rid, "en record contains CJK")
            if trad:
                bad(rid, "traditional tag on an en record")
        if lang == "zh":
            if ncjk < 10:
                bad(rid, "zh record has too little Chinese")
            if len(english) > 2:
                bad(rid, "zh record has English words %r; use mixed" % english)
        if lang == "mixed" and (ncjk < 6 or len(english) < 3):
            bad(rid, "mixed record lacks one of the languages")
        if trad:
            if any(ch in SIMP_ONLY for ch in text):
                bad(rid, "traditional record contains Simplified-only characters: %s" %
                    "".join(sorted({ch for ch in text if ch in SIMP_ONLY})))
            if sum(ch in TRAD_ONLY for ch in text) < 2:
                bad(rid, "traditional record shows no Traditional-only characters")
        elif lang in ("zh", "mixed"):
            if any(ch in TRAD_ONLY for ch in text):
                bad(rid, "Simplified record contains Traditional-only characters: %s" %
                    "".join(sorted({ch for ch in text if ch in TRAD_ONLY})))

        check_contacts(rid, text)

        # ---- counts ---------------------------------------------------------------------
        lk = "zh-traditional" if (trad and lang == "zh") else (
            "mixed-traditional" if trad else ("zh-simplified" if lang == "zh" else lang))
        c["kind"][kind] += 1
        c["lang"][lang] += 1
        c["lang-row:" + lk][kind] += 1
        c["lang-row:" + lk]["total"] += 1
        c["ctx"][ctx] += 1
        for l in labels:
            c["label"][l] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) >= 2:
            c["combo"][" + ".join(labels)] += 1
        for t in techs:
            c["tech"][t] += 1
        for d in descs:
            c["desc:" + kind][d] += 1
        if trad:
            c["flag"]["traditional"] += 1

    # ---- balance ---------------------------------------------------------------------------
    for k, v in KIND_EXPECTED.items():
        if c["kind"][k] != v:
            bad("balance", "%s: expected %d, found %d" % (k, v, c["kind"][k]))
    n = max(len(recs), 1)
    for lg, (lo, hi) in LANG_SHARE.items():
        if not lo <= c["lang"][lg] / n <= hi:
            bad("balance", "share of %s is %.0f%%" % (lg, 100.0 * c["lang"][lg] / n))

    print("records: %d" % len(recs))
    print("kinds:", dict(c["kind"]))
    print("labelled: %d (one label %d, two labels %d); compliant: %d" % (
        sum(v for k, v in c["nlabels"].items() if k), c["nlabels"][1], c["nlabels"][2],
        c["nlabels"][0]))
    print("per label:", dict(c["label"]))
    print("label combinations:", dict(c["combo"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed", "mixed-traditional"):
        row = c["lang-row:" + lk]
        print("  %-18s total %3d  violation %2d  evasion %2d  near-miss %2d  clean %2d" % (
            lk, row["total"], row["violation"], row["evasion"], row["near-miss"], row["clean"]))
    print("contexts:", dict(c["ctx"]))
    print("traditional:", c["flag"]["traditional"])
    print("techniques:", dict(sorted(c["tech"].items())))
    for lab in POLICIES:
        print("subtypes %s: %s" % (lab, dict(sorted(c["sub:" + lab].items()))))
    for k in ("violation", "evasion", "near-miss"):
        print("descriptors %s: %s" % (k, dict(sorted(c["desc:" + k].items()))))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
