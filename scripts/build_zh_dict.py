"""Regenerate msglint/data/zh-dict.bin and zh-dict.json from jieba's dictionary.

Usage: python scripts/build_zh_dict.py   (jieba installed)

jieba builds a ~500,000-key dictionary of every word and every word prefix at
start-up, which takes most of a second. msglint segments exactly as jieba does
(HMM off: msglint/segment.py), but unpacks only the shards it needs: the words
that begin with one character, zlib-compressed, found through a small index.
"""

from __future__ import annotations

import json
import zlib
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "msglint" / "data"


def main() -> None:
    source = files("jieba") / "dict.txt"
    freq: dict[str, int] = {}
    total = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        word, count = line.strip().split(" ")[:2]
        freq[word] = int(count)  # a repeated word keeps its last count but adds to the total, as in jieba
        total += int(count)
    shards: dict[str, list[str]] = {}
    for word, count in freq.items():
        shards.setdefault(word[0], []).append(f"{word}\t{count}")
    index: dict[str, list[int]] = {}
    with (DATA / "zh-dict.bin").open("wb") as out:
        for first in sorted(shards):
            blob = zlib.compress("\n".join(shards[first]).encode("utf-8"), 9)
            index[first] = [out.tell(), len(blob)]
            out.write(blob)
    meta = {"source": f"jieba {version('jieba')} dict.txt (MIT)", "total": total, "shards": index}
    (DATA / "zh-dict.json").write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{len(freq)} words in {len(index)} shards, total {total}")


if __name__ == "__main__":
    main()
