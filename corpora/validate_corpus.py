#!/usr/bin/env python3
"""Validate en.jsonl / zh.jsonl and print the counts used in README.md."""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
POLICIES = ("review-inducement", "off-platform-contact", "marketing")
FIRST_TAGS = ("violation", "evasion", "near-miss", "clean")
KEYS = ["id", "text", "labels", "lang", "tags", "note"]
# characters that exist only in Traditional (TRAD) or only in Simplified (SIMP) script
TRAD = set("們請說書載問題處處理馬傳給較認為經決擇賣並機鋪還歡這裡時間個麼後對開關見讓過進現發壞實應於與從動錢點幾將專門亞遜帳證"
           "評價論禮會員聯繫電話郵圖貨週單號優買購達運臉訊頁評寫導補颱風層來換幫謝體驗滿負們顏樣戶") - set("理惠系")
SIMP = set("们请说书载问题处理马传给较认为经决择卖并机铺还欢这里时间个么后对开关见让过进现发坏实应于与从动钱点几将专门亚逊账证"
           "评价论礼会员联电话邮图货单号优买购达运脸讯页评写导补风层来换帮谢体验满负颜样户") - set("理惠系里周台")


def main() -> int:
    errors: list[str] = []
    seen: set[str] = set()
    recs = []
    for name, prefix in (("en.jsonl", "en-"), ("zh.jsonl", "zh-")):
        for n, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
            where = f"{name}:{n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: bad JSON ({e})")
                continue
            if list(r) != KEYS:
                errors.append(f"{where}: keys {list(r)}")
            if not re.fullmatch(re.escape(prefix) + r"\d{3}", r.get("id", "")):
                errors.append(f"{where}: id {r.get('id')!r}")
            if r["id"] in seen:
                errors.append(f"{where}: duplicate id {r['id']}")
            seen.add(r["id"])
            if not isinstance(r["text"], str) or not r["text"].strip():
                errors.append(f"{where}: empty text")
            if len(set(r["labels"])) != len(r["labels"]) or any(l not in POLICIES for l in r["labels"]):
                errors.append(f"{where}: labels {r['labels']}")
            if r["lang"] not in ("en", "zh", "mixed"):
                errors.append(f"{where}: lang {r['lang']}")
            if name == "en.jsonl" and r["lang"] != "en":
                errors.append(f"{where}: en file with lang {r['lang']}")
            if name == "zh.jsonl" and r["lang"] == "en":
                errors.append(f"{where}: zh file with lang en")
            if not r["tags"] or r["tags"][0] not in FIRST_TAGS:
                errors.append(f"{where}: first tag {r['tags'][:1]}")
            first = r["tags"][0]
            if first in ("near-miss", "clean") and r["labels"]:
                errors.append(f"{where}: {first} with labels")
            if first in ("violation", "evasion") and not r["labels"]:
                errors.append(f"{where}: {first} without labels")
            if (r["lang"] == "mixed") != ("mixed" in r["tags"]):
                errors.append(f"{where}: lang/mixed tag mismatch")
            if (len(r["labels"]) > 1) != ("multi" in r["tags"]):
                errors.append(f"{where}: multi tag mismatch")
            chars = set(r["text"])
            if "traditional" in r["tags"]:
                if not TRAD & chars:
                    errors.append(f"{where}: tagged traditional but no traditional-only characters")
                if SIMP & chars:
                    errors.append(f"{where}: traditional text with simplified-only {sorted(SIMP & chars)}")
            elif r["lang"] != "en" and TRAD & chars:
                errors.append(f"{where}: untagged text with traditional-only {sorted(TRAD & chars)}")
            if not r["note"].strip():
                errors.append(f"{where}: empty note")
            recs.append(r)
    texts = Counter(r["text"] for r in recs)
    for t, c in texts.items():
        if c > 1:
            errors.append(f"duplicate text x{c}: {t[:60]}")

    by_lang = Counter(r["lang"] for r in recs)
    by_file = Counter(r["id"][:2] for r in recs)
    by_tag = Counter(r["tags"][0] for r in recs)
    trad = sum("traditional" in r["tags"] for r in recs)
    print(f"records: {len(recs)}  (en.jsonl {by_file['en']}, zh.jsonl {by_file['zh']})")
    print(f"lang: {dict(by_lang)}   traditional: {trad}")
    print(f"first tag: {dict(by_tag)}")
    print(f"first tag by file: " + ", ".join(
        f"{f}: " + str(dict(Counter(r['tags'][0] for r in recs if r['id'][:2] == f))) for f in ("en", "zh")))
    print(f"multi-label: {sum(len(r['labels']) > 1 for r in recs)}   compliant ([]): "
          f"{sum(not r['labels'] for r in recs)}")
    print("policy         violation  evasion  total-flagged   (en / zh-file)")
    for p in POLICIES:
        v = sum(p in r["labels"] and r["tags"][0] == "violation" for r in recs)
        e = sum(p in r["labels"] and r["tags"][0] == "evasion" for r in recs)
        en_ = sum(p in r["labels"] for r in recs if r["id"][:2] == "en")
        zh_ = sum(p in r["labels"] for r in recs if r["id"][:2] == "zh")
        print(f"{p:22s} {v:5d} {e:8d} {v + e:10d}        ({en_} / {zh_})")
    extra = Counter(t for r in recs for t in r["tags"][1:])
    print("extra tags:", dict(sorted(extra.items(), key=lambda kv: -kv[1])))
    special = {
        "zero-width U+200B": sum("\u200b" in r["text"] for r in recs),
        "cyrillic": sum(any("CYRILLIC" in unicodedata.name(c, "") for c in r["text"]) for r in recs),
        "full-width letters/digits/@": sum(any(0xFF10 <= ord(c) <= 0xFF5A and unicodedata.normalize("NFKC", c).isalnum() or c == "\uff20" for c in r["text"]) for r in recs),
        "math/circled": sum(any(0x1D400 <= ord(c) <= 0x1D7FF or 0x24B6 <= ord(c) <= 0x24E9
                                for c in r["text"]) for r in recs),
    }
    print("special characters present in:", special)
    if errors:
        print(f"\n{len(errors)} ERROR(S):", *errors, sep="\n  ")
        return 1
    print("\nOK: every line parses, ids unique, labels valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
