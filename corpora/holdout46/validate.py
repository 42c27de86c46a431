#!/usr/bin/env python3
"""Self-check for holdout46.jsonl.  Prints counts; exits 1 on any problem.

Usage: python3 validate.py [PATH]

Checks: JSON per line; exact key set; ids unique and in sequence h46-001..; texts non-empty and
unique; labels only from the three content policies, no duplicates, canonical order; lang in
en/zh/mixed; tags present, with the grammar described in README.md (one subtype per label, one
context tag, evasion only on violations and always with a technique, near-miss/plain exactly once
on compliant records and never on violations, traditional only on zh); a mechanical trace in the
text for the techniques that leave one; basic language sanity; phone numbers only 555-01xx;
e-mail addresses and domains only the invented shop's or Amazon's.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "holdout46.jsonl")
N_EXPECTED = 150
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
SUBTYPES = {
    "review-inducement": {"incentive", "positive-review-request", "gating", "steering",
                          "change-review", "feedback-removal"},
    "off-platform-contact": {"messaging-app", "email", "phone", "url", "website", "social", "qr",
                             "payment", "diversion"},
    "marketing": {"coupon", "discount", "promotion", "new-product", "cross-sell", "buy-again",
                  "storefront-link", "referral", "restock", "bundle", "subscription", "vip-group"},
}
CONTEXTS = {"reply", "proactive"}
TECHNIQUES = {"euphemism", "homophone", "pinyin", "spacing", "fullwidth", "zero-width", "homoglyph",
              "leetspeak", "star-symbols", "spelled-email", "cn-numerals"}
LANGS = {"en", "zh", "mixed"}
DOMAINS_OK = {"nookvane.com", "nookvane.tw", "amazon.com"}

CJK = re.compile("[\u3400-\u9fff]")
TRACES = {
    "zero-width": re.compile("[\u200b-\u200d\u2060\ufeff]"),
    "fullwidth": re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0b\uff20]"),
    "homoglyph": re.compile("[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]"),
    "star-symbols": re.compile("[\u2605\u2606\u2b50]"),
    "spacing": re.compile(r"(?<![A-Za-z])(?:[A-Za-z] ){3,}[A-Za-z]|[\u4e00-\u9fff](?:\s*[/ ]\s*[\u4e00-\u9fff]){2,}"),
    "cn-numerals": re.compile("[零一二三四五六七八九](?:\\s*[零一二三四五六七八九]){3,}"),
    "spelled-email": re.compile(r"\w+ at \w+ dot (?:com|tw)\b"),
    "pinyin": re.compile(r"\b(?:haoping|fanxian|weixin|youhui)\b", re.I),
    "homophone": re.compile("薇信|返显|好坪|加賴"),
    "leetspeak": re.compile(r"\b\w*[a-z][0-9]\w*\b|\b[0-9]?\w*[0-9][a-z]\w*\b", re.I),
}
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?(\d{3})\)?[\s.-]?(\d{3})[\s.-]?(\d{4})(?!\d)")
ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
TRACKING = re.compile(r"1Z[0-9A-Z]{16}|B0[0-9A-Z]{8}")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
DOMAIN = re.compile(r"(?<![@\w.])((?:[a-z0-9-]+\.)+(?:com|net|org|io|tw|cn|link|ly|me|shop))\b", re.I)
# Characters that exist in only one script (checked both ways).
SIMP_ONLY = set("们这个来说对时会为发开样还问题灯评价网购买订单号码联谢欢优关实让么处应点体验经无"
                "红话论货运费错页专请机书备护设计产将据转换传满读装带丝坏门响显视频条给续总觉确语"
                "图场递数参吗积遥宝检帮补烦现顾兴认卖馈选择结进写误额员尽达讯协东档备级馆庆奖踪")
TRAD_ONLY = set("們這個來說對時會為發開樣還問題燈評價網購買訂單號碼聯謝歡優關實讓麼處應點體驗經無"
                "紅話論貨運費錯頁專請機書備護設計產將據轉換傳滿讀裝帶絲壞門響顯視頻條給續總覺確語"
                "圖場遞數參嗎積遙寶檢幫補煩現顧興認賣饋選擇結進寫誤額員盡達訊協東檔備級館週慶獎蹤")
assert not SIMP_ONLY & TRAD_ONLY
CN_NUM = dict(zip("零一二三四五六七八九", "0123456789"))

problems = []


def bad(rid, msg):
    problems.append("%s: %s" % (rid, msg))


def norm(text):
    t = unicodedata.normalize("NFKC", re.sub("[\u200b-\u200d\u2060\ufeff]", "", text))
    return "".join(CN_NUM.get(c, c) for c in t)


def main():
    recs = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                recs.append(json.loads(line))
            except ValueError as exc:
                bad("line %d" % n, "bad JSON: %s" % exc)
    if len(recs) != N_EXPECTED:
        bad("file", "expected %d records, found %d" % (N_EXPECTED, len(recs)))
    ids, texts = set(), {}
    c = collections.defaultdict(collections.Counter)
    for i, r in enumerate(recs, 1):
        rid = r.get("id", "#%d" % i) if isinstance(r, dict) else "#%d" % i
        if not isinstance(r, dict) or set(r) != {"id", "text", "labels", "lang", "tags", "note"}:
            bad(rid, "wrong key set")
            continue
        if rid in ids:
            bad(rid, "duplicate id")
        ids.add(rid)
        if rid != "h46-%03d" % i:
            bad(rid, "id out of sequence")
        text, labels, lang, tags, note = r["text"], r["labels"], r["lang"], r["tags"], r["note"]
        if not isinstance(text, str) or not text.strip():
            bad(rid, "empty text")
            continue
        key = re.sub(r"\s+", " ", norm(text).casefold()).strip()
        if key in texts:
            bad(rid, "same text as %s" % texts[key])
        texts[key] = rid
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            bad(rid, "label outside the three policies: %r" % (labels,))
            continue
        if len(set(labels)) != len(labels) or labels != sorted(labels, key=POLICIES.index):
            bad(rid, "labels duplicated or out of order")
        if lang not in LANGS:
            bad(rid, "bad lang %r" % lang)
        if not isinstance(note, str) or not note.strip():
            bad(rid, "missing note")
        if not isinstance(tags, list) or not tags or len(set(tags)) != len(tags):
            bad(rid, "tags missing or duplicated")
            continue
        for lab, sub in zip(labels, tags):
            if sub not in SUBTYPES[lab]:
                bad(rid, "%r is not a subtype of %s" % (sub, lab))
            c["sub:" + lab][sub] += 1
        rest = tags[len(labels):]
        if not rest or rest[0] not in CONTEXTS:
            bad(rid, "context tag missing after subtypes")
            continue
        ctx, rest = rest[0], rest[1:]
        known = TECHNIQUES | {"evasion", "near-miss", "plain", "traditional"}
        for t in rest:
            if t not in known:
                bad(rid, "unknown tag %r" % t)
        techs = [t for t in rest if t in TECHNIQUES]
        kinds = [t for t in rest if t in ("near-miss", "plain")]
        if "evasion" in rest:
            if not labels:
                bad(rid, "evasion on a compliant record")
            if not techs:
                bad(rid, "evasion without technique")
        elif techs:
            bad(rid, "technique without evasion")
        if labels and kinds:
            bad(rid, "near-miss/plain on a violation")
        if not labels and len(kinds) != 1:
            bad(rid, "compliant record needs exactly one of near-miss/plain")
        for t in techs:
            if t in TRACES and not TRACES[t].search(text):
                bad(rid, "no trace of technique %r in text" % t)
        for t in ("zero-width", "homoglyph", "star-symbols", "fullwidth"):
            if t not in techs and TRACES[t].search(text):
                bad(rid, "untagged %r artefact" % t)
        trad = "traditional" in rest
        ncjk = len(CJK.findall(text))
        if lang == "en" and (ncjk or re.search("[\u3000-\u303f\uff01\uff0c\uff1a\uff1f]", text)):
            bad(rid, "en record contains CJK")
        if lang == "zh" and ncjk < 10:
            bad(rid, "zh record has too little Chinese")
        if lang == "mixed" and (ncjk < 6 or len(re.findall(r"[A-Za-z]{2,}", norm(text))) < 3):
            bad(rid, "mixed record lacks one of the languages")
        if trad and any(ch in SIMP_ONLY for ch in text):
            bad(rid, "traditional record contains Simplified-only characters")
        if trad and sum(ch in TRAD_ONLY for ch in text) < 2:
            bad(rid, "traditional record shows no Traditional-only characters")
        if lang in ("zh", "mixed") and not trad and any(ch in TRAD_ONLY for ch in text):
            bad(rid, "Simplified/mixed record contains Traditional-only characters")
        if trad and lang != "zh":
            bad(rid, "traditional tag on non-zh record")
        # contact details: invented and in fictional ranges only
        t = TRACKING.sub(" ", ORDER_ID.sub(" ", norm(text)))
        for m in PHONE.finditer(t):
            if not (m.group(2) == "555" and m.group(3).startswith("01")):
                bad(rid, "phone number outside 555-01xx: %r" % m.group(0))
        for m in EMAIL.finditer(t):
            if m.group(1).lower() not in DOMAINS_OK:
                bad(rid, "e-mail domain not invented: %s" % m.group(1))
        for m in DOMAIN.finditer(t):
            d = m.group(1).lower()
            d = d[4:] if d.startswith("www.") else d
            if d not in DOMAINS_OK:
                bad(rid, "domain not invented: %s" % d)

        langkey = "zh-traditional" if trad else ("zh-simplified" if lang == "zh" else lang)
        c["lang"][langkey] += 1
        c["lang-row:" + langkey]["violation" if labels else kinds[0] if kinds else "?"] += 1
        for l in labels:
            c["label"][l] += 1
        c["nlabels"][len(labels)] += 1
        if len(labels) == 2:
            c["pairs"][" + ".join(labels)] += 1
        c["ctx"][ctx] += 1
        if "evasion" in rest:
            c["flag"]["evasion"] += 1
            c["lang-row:" + langkey]["evasive"] += 1
        for t in techs:
            c["tech"][t] += 1
        for k in kinds:
            c["flag"][k] += 1

    print("records: %d" % len(recs))
    print("violations: %d (two labels: %d)  compliant: %d (near-miss %d, plain %d)" % (
        sum(v for k, v in c["nlabels"].items() if k), c["nlabels"][2], c["nlabels"][0],
        c["flag"]["near-miss"], c["flag"]["plain"]))
    print("per label:", dict(c["label"]))
    print("label pairs:", dict(c["pairs"]))
    print("per language:")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        row = c["lang-row:" + lk]
        print("  %-15s total %3d  violation %3d  near-miss %2d  plain %2d  evasive %2d" % (
            lk, c["lang"][lk], row["violation"], row["near-miss"], row["plain"], row["evasive"]))
    print("contexts:", dict(c["ctx"]))
    print("evasive: %d  techniques: %s" % (c["flag"]["evasion"], dict(c["tech"])))
    for lab in POLICIES:
        print("  %s subtypes: %s" % (lab, dict(c["sub:" + lab])))
    if problems:
        print("\n%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
