"""Chinese word segmentation: jieba's dictionary and algorithm, loaded one shard at a time.

jieba (HMM off) picks, over a DAG of every dictionary word in the text, the
path of highest summed log frequency. Its start-up builds a ~500,000-key
dictionary of all words and their prefixes, most of a second. The same words and
counts are kept here in zlib shards by first character (scripts/build_zh_dict.py),
without the prefixes (Dictionary):
the 2 MB file is read once, and a shard is decompressed and added the first time a
text has its character, so a message builds a few dozen shards, not the whole map. The tokens are jieba's, which
tests/test_segment.py checks against jieba itself on every corpus text.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from math import log

from msglint import compiled
from msglint.paths import data_bytes, data_text

# jieba cuts only this range (re_han_default); other Han characters stand alone.
_JIEBA_HAN = compiled.pattern(r"[\u4E00-\u9FD5]+")
_DOMAIN_FREQ = 100_000  # a domain word beats any split of it


class Dictionary:
    """Word frequencies, and per first character the longest word's length, shard by shard.

    jieba also keeps every prefix of every word (frequency 0), so that its scan of the
    words starting at a character stops at the first fragment that begins none; about a
    third of its keys are such prefixes. Scanning to the longest word that begins with
    the character instead finds the same words, without holding the prefixes.
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        import json  # Chinese text only: start-up

        meta = json.loads(data_text("zh-dict.json"))
        self._index: dict[str, list[int]] = meta["shards"]
        self._extra: dict[str, list[str]] = {}
        total = meta["total"]
        for word in sorted(set(words)):  # as jieba's add_word: each adds its count to the total
            self._extra.setdefault(word[0], []).append(word)
            total += _DOMAIN_FREQ
        self.log_total = log(total)
        self.freq: dict[str, int] = {}
        self.longest: dict[str, int] = {}
        self._loaded: set[str] = set()
        self._blob: bytes | None = None

    def load(self, first: str) -> None:
        """Read the shard of words that begin with `first`, once."""
        if first in self._loaded:
            return
        self._loaded.add(first)
        where = self._index.get(first)
        if where is not None:
            if self._blob is None:
                self._blob = data_bytes("zh-dict.bin")
            offset, size = where
            for line in zlib.decompress(self._blob[offset : offset + size]).decode("utf-8").split("\n"):
                word, _, count = line.partition("\t")
                self._add(word, int(count))
        for word in self._extra.get(first, ()):
            self._add(word, _DOMAIN_FREQ)

    def _add(self, word: str, count: int) -> None:
        """The word with its count (jieba's, where a word's count of 0 only marks a prefix)."""
        if count:
            self.freq[word] = count
            if len(word) > self.longest.get(word[0], 0):
                self.longest[word[0]] = len(word)


def cut(text: str, dictionary: Dictionary) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) for a run of Han characters, exactly as jieba.tokenize(text, HMM=False)."""
    position = 0
    for block in _JIEBA_HAN.finditer(text):
        for char in text[position : block.start()]:  # outside jieba's range: one token each
            yield char, position, position + 1
            position += 1
        for word in _cut_block(block.group(), dictionary):
            yield word, position, position + len(word)
            position += len(word)
    for char in text[position:]:
        yield char, position, position + 1
        position += 1


def _cut_block(sentence: str, dictionary: Dictionary) -> list[str]:
    freq = dictionary.freq
    longest = dictionary.longest
    size = len(sentence)
    for char in set(sentence):
        dictionary.load(char)
    dag: list[list[int]] = []
    for k in range(size):
        stop = min(size, k + longest.get(sentence[k], 0))
        ends = [i for i in range(k, stop) if sentence[k : i + 1] in freq]
        dag.append(ends or [k])
    # The same arithmetic in the same order as jieba's calc, so ties break the same way.
    log_total = dictionary.log_total
    route: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
    for idx in range(size - 1, -1, -1):
        route[idx] = max((log(freq.get(sentence[idx : x + 1]) or 1) - log_total + route[x + 1][0], x) for x in dag[idx])
    words = []
    x = 0
    while x < size:
        y = route[x][1] + 1
        words.append(sentence[x:y])
        x = y
    return words
