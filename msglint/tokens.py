"""Normalized text -> tokens, sentences and language: the message as rules see it.

Han runs are segmented as jieba segments them (its dictionary, HMM off, so the
same text always gives the same words; segment.py reads the dictionary one shard
at a time), with the domain terms of the rule set added so that 好评返现 or 索评
are never split; everything else is split by regex.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

from msglint import compiled
from msglint.normalize import Normalized
from msglint.segment import Dictionary, cut

_WORDS = compiled.pattern(r"(\p{Han}+)|([\p{Latin}\d]+(?:['’]\p{Latin}+)*)|(\w+)")
_HAN = compiled.pattern(r"\p{Han}")
_LATIN_WORD = compiled.pattern(r"\p{Latin}{2,}")
_OTHER_LETTER = compiled.pattern(r"[^\p{Han}\p{Latin}\P{L}]")
_NEWLINE = compiled.pattern(r"\n")
# A line break after a word or comma and before a lower-case word wraps a sentence, and
# one after a lower-case word before a number ("the delivery date of order\n112-...")
# unless the number starts a numbered list.
LIST_NUMBER = r"\d+[.)、]\s"  # a line that opens a numbered list: "2. ", "3) ", "4、"
_WRAP = compiled.pattern(
    r"(?<=[\p{L}\d,][ \t]*)\n(?=[ \t]*(?:\p{Ll}|\(\p{Ll}))|(?<=\p{Ll}[ \t]*)\n(?=[ \t]*\d)(?![ \t]*" + LIST_NUMBER + ")"
)
# A full stop ends a sentence only before a space or the end ("amazon.com", "1.5" go on),
# and not after a title or an abbreviation that stands inside one ("Mr. Alexander
# Whitfield", "a P.O. Box", "by 5 p.m. on Friday").
TITLES = r"(?<!\b(?i:mr|mrs|ms|dr|prof|st|mt|no|vs|lt|col|gen|capt|sgt|rev|hon|jr|sr|ret|e\.g|i\.e|p\.o|a\.m|p\.m|approx|apt|dept|incl))"
SENTENCE_END = compiled.pattern(r"[!?。！？;；\n]+|" + TITLES + r"\.(?=\s|$)")


class Token(NamedTuple):
    text: str
    start: int  # folded-view offsets
    end: int


class Prepared(NamedTuple):
    """One message, normalized, tokenized and classified, ready for matchers.

    `timeouts` and `memo` are filled while the message is linted: prepare() gives
    each message its own (a NamedTuple default would be one list for all).
    """

    original: str
    base: Normalized
    folded: Normalized
    tokens: tuple[Token, ...]
    starts: tuple[int, ...]  # token start offsets, for bisect
    bounds: frozenset[int]  # word boundaries inside Han text (folded view)
    sentences: tuple[tuple[int, int], ...]  # folded-view spans
    sentence_starts: tuple[int, ...]
    lang: str
    newlines: tuple[int, ...]  # offsets of "\n" in the original, for line and column
    timeouts: list[str]  # patterns that ran out of time here
    memo: dict[object, Any]  # per-message results of shared terms

    def original_span(self, view: Normalized, start: int, end: int) -> tuple[int, int]:
        """A non-empty span of a view, on the original text.

        Normalization deletes the marks that belong to a character (a keycap's
        U+FE0F U+20E3, an accent), so the view's span stops at their base character;
        the span runs on over them, not to cut a character of what the writer typed in two.
        """
        lo, hi = view.span(start, end)
        while hi < len(self.original) and unicodedata.category(self.original[hi]) in ("Mn", "Me"):
            hi += 1
        return lo, hi

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an original offset (one bisection, not a count)."""
        line = bisect.bisect_left(self.newlines, offset)
        return line + 1, offset - (self.newlines[line - 1] + 1 if line else 0) + 1

    def token_index(self, offset: int) -> int:
        """Index of the token that contains or follows `offset`."""
        return bisect.bisect_right(self.starts, offset) - 1 if self.starts else 0

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The folded-view span of the sentence holding `offset`."""
        index = bisect.bisect_right(self.sentence_starts, offset) - 1
        return self.sentences[max(index, 0)]


class Segmenter:
    """Chinese words by jieba's dictionary and algorithm (segment.py), with domain words added."""

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words = frozenset(words)

    def cut(self, run: str) -> list[tuple[str, int, int]]:
        """Segment a run of Han characters into (word, start, end)."""
        return list(cut(run, _dictionary(self.words)))


@cache
def _dictionary(words: frozenset[str]) -> Dictionary:
    return Dictionary(words)


def tokenize(text: str, segmenter: Segmenter) -> tuple[list[Token], set[int]]:
    """Split the folded text into tokens; return them and the Han word boundaries."""
    tokens: list[Token] = []
    bounds: set[int] = set()
    for match in _WORDS.finditer(text):
        if match.group(1) is None:
            tokens.append(Token(match.group(), match.start(), match.end()))
            continue
        for word, start, end in segmenter.cut(match.group(1)):
            start, end = start + match.start(), end + match.start()
            tokens.append(Token(word, start, end))
            bounds.update((start, end))
            if word in segmenter.words:  # a domain compound: its parts are words too
                bounds.update(range(start + 1, end))
    return tokens, bounds


def sentences(text: str, soft: frozenset[int] = frozenset()) -> tuple[tuple[int, int], ...]:
    """Split at sentence punctuation (Chinese and English) and line breaks.

    A line break at an offset in `soft` is a wrapped line, not a sentence end.
    """
    spans = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        if match.group() == "\n" and match.start() in soft:
            continue
        if match.end() > start:
            spans.append((start, match.end()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return tuple(spans)


def _wrapped(original: str, folded: Normalized) -> frozenset[int]:
    """Folded offsets of line breaks that wrap a sentence: after a word or comma, before a lower-case word.

    Case is gone from the folded view, so the original decides ("…wider than / the
    current one" is one sentence; "…the lid / Best regards" is two).
    """
    if "\n" not in original:
        return frozenset()
    breaks = {m.start() for m in _WRAP.finditer(original)}
    if not breaks:
        return frozenset()
    return frozenset(m.start() for m in _NEWLINE.finditer(folded.text) if folded.origin[m.start()] in breaks)


def detect_lang(text: str) -> str:
    """Classify as en, zh, mixed or other from Han characters and Latin words."""
    han = len(_HAN.findall(text))
    latin_words = len(_LATIN_WORD.findall(text))
    other = len(_OTHER_LETTER.findall(text))
    if han == 0 and latin_words == 0:
        return "other"
    if other > han + 3 * latin_words:
        return "other"
    if han and latin_words >= 3 and latin_words * 2 >= han / 2:
        return "mixed"
    return "zh" if han else "en"


def prepare(
    original: str, base: Normalized, folded: Normalized, segmenter: Segmenter, lang: str | None = None
) -> Prepared:
    """Tokenize the folded view and classify the message, once per message."""
    tokens, bounds = tokenize(folded.text, segmenter)
    spans = sentences(folded.text, _wrapped(original, folded))
    return Prepared(
        original=original,
        base=base,
        folded=folded,
        tokens=tuple(tokens),
        starts=tuple(t.start for t in tokens),
        bounds=frozenset(bounds),
        sentences=spans,
        sentence_starts=tuple(s for s, _ in spans),
        newlines=tuple(m.start() for m in _NEWLINE.finditer(original)),
        lang=lang or detect_lang(base.text),
        timeouts=[],
        memo={},
    )
