"""The closed set of matcher kinds a rule file can name, and the terms they share.

A term is a phrase written as a person would ("leave a review", "好评返现"),
normalized like a message, so that "Five-Star" in a rule matches "5-st@r" in a
draft after folding. ``@name`` stands for every line of ``rules/lists/name.txt``;
``~word`` matches that word with a small edit-distance budget (rapidfuzz); a
trailing ``*`` lets a Latin word go on ("refund*" matches "refunds");
``re:PATTERN`` is a regular expression over the folded view, for the few
shapes a phrase cannot say ("if you're [anything] happy").

Matchers see only the Prepared message and return Hits in view coordinates;
``linter.locate`` maps them to the original text.
"""

from __future__ import annotations

import bisect
import copyreg
import io
import pickle
import unicodedata
from collections.abc import Callable, Iterable, Iterator, KeysView, Mapping
from typing import Any, ClassVar, NamedTuple

import regex

from msglint import compiled
from msglint.cache import Deferred
from msglint.literals import common, digits_needed, required
from msglint.tokens import Prepared

REGEX_TIMEOUT = 0.5  # seconds per pattern and message; see RegexMatcher
_HAN = compiled.pattern(r"\p{Han}")
_LATIN_OR_DIGIT = compiled.pattern(r"[\p{Latin}\d]")
_MACRO = compiled.pattern(r"\{@([\w\-]+)\}")
_GAP = r"[\s\-_.'’]*"
_RUN = compiled.pattern(r"[\p{Latin}\d]+|(\p{Han}+)")
_LATIN_RUN = compiled.pattern(r"[\p{Latin}\d]+")
_HAN_RUN = compiled.pattern(r"\p{Han}+")
_DIGIT = compiled.pattern(r"\d")
_KEY = 6  # anchors are compared by their first few characters
_GROUP = 3  # phrases are compiled in groups by their first few characters (Terms)


class SchemaError(ValueError):
    """A problem in one key of a rule file; rules.py adds file and line."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(problem)
        self.key = key


class Hit(NamedTuple):
    view: str  # "base" or "folded"
    start: int
    end: int
    confidence: float  # 0-1, how sure this matcher is of the match


class Gate(NamedTuple):
    """What a message must contain for a matcher to find anything: any one of these.

    A matcher's gate is a necessary condition only (gates.MatcherIndex inverts the
    gates of a rule set, so a message visits just the matchers whose gate it opens);
    the matcher still does its own finer checks. An empty Gate never opens.
    """

    starts: frozenset[str] = frozenset()  # word starts and Han pairs, as keys of _index
    words: frozenset[str] = frozenset()  # whole Latin words
    slots: frozenset[int] = frozenset()  # NeedsIndex slots of regexes
    chars: frozenset[str] = frozenset()  # characters anywhere in the folded text
    needs: NeedsIndex | None = None  # the index the slots are numbers in

    def size(self) -> int:
        return len(self.starts) + len(self.words) + len(self.slots) + len(self.chars)

    def opens(self, prepared: Prepared) -> bool:
        """Whether this message has any of it: what gates.MatcherIndex asks of all gates at once."""
        starts, words = message_keys(prepared)
        # Empty parts are skipped, not asked: a frozenset's isdisjoint(str) walks the whole text.
        return not (
            (not self.starts or starts.isdisjoint(self.starts))
            and (not self.words or words.isdisjoint(self.words))
            and (not self.chars or self.chars.isdisjoint(prepared.folded.text))
            and (not self.slots or self.needs is None or self.slots.isdisjoint(self.needs.satisfied(prepared)))
        )


class Vocabulary(NamedTuple):
    """What terms are built from: shared word lists and the message normalizer."""

    lists: Mapping[str, tuple[str, ...]]
    fold: Callable[[str], str]  # normalizes a phrase exactly as a message
    cache: dict[tuple[str, ...], Terms]  # shared across rules
    lazy: bool  # compile regexes on first use (built-in rules, checked by the tests)
    needs: NeedsIndex  # every regex's prefilter strings

    @classmethod
    def new(cls, lists: Mapping[str, tuple[str, ...]], fold: Callable[[str], str], lazy: bool = False) -> Vocabulary:
        """A vocabulary with its own (empty) terms cache and prefilter index."""
        return cls(lists, fold, {}, lazy, NeedsIndex())

    def terms(self, terms: Iterable[str], key: str) -> Terms:
        """Compiled terms, built once per distinct list (exception lists repeat a lot)."""
        wanted = tuple(terms)
        if wanted not in self.cache:
            self.cache[wanted] = Terms(wanted, self, key)
        return self.cache[wanted]

    def expand(self, terms: Iterable[str], key: str) -> list[str]:
        """Replace each @list by its lines."""
        out: list[str] = []
        for term in terms:
            if not isinstance(term, str) or not term.strip():
                raise SchemaError(key, f"terms must be non-empty strings, not {term!r}")
            if term.startswith("@"):
                if term[1:] not in self.lists:
                    raise SchemaError(key, f"unknown list '{term}' (known: {', '.join(sorted(self.lists))})")
                out.extend(self.lists[term[1:]])
            else:
                out.append(term)
        return out

    def phrase_pattern(self, phrase: str) -> str:
        """The regex source of one phrase, in folded-view form, without boundaries."""
        stem = phrase.endswith("*")
        text = self.fold(phrase.rstrip("*")).strip()
        if not text:
            raise SchemaError("phrases", f"phrase {phrase!r} is empty after normalization")
        pattern = _GAP.join(regex.escape(word) for word in text.split(" "))
        return pattern + (r"\p{Latin}*" if stem else "")


class Terms(Deferred):
    """Exact phrases plus ~fuzzy words, found in the folded view."""

    # cache.Deferred: the gate and what it is made of (one object each, not a copy in the blob),
    # and the shared index. Like a RegexMatcher's, these are set once in __init__.
    light = ("_gate", "_index", "anchors", "_slots", "symbols")

    def __init__(self, terms: Iterable[str], vocab: Vocabulary, key: str) -> None:
        expanded = vocab.expand(terms, key)
        if not expanded:
            raise SchemaError(key, "needs at least one term")
        self.fuzzy = tuple(sorted({vocab.fold(t[1:]).strip() for t in expanded if t.startswith("~")}))
        # _near_miss keeps a word's first and last letters: index the terms by them.
        self._ends: dict[tuple[str, str], tuple[str, ...]] = {}
        for term in self.fuzzy:
            self._ends[term[0], term[-1]] = (*self._ends.get((term[0], term[-1]), ()), term)
        self.patterns = tuple(_compile(t[3:], key, vocab.lazy) for t in expanded if t.startswith("re:"))
        self.needs = tuple(Needs.of(p, "folded", vocab.needs) for p in self.patterns)
        # The regexes' prefilter slots as one set (-1: one always runs), for the gate: whether
        # any can match is one set operation in C, asked a few hundred times a message.
        self._index = vocab.needs
        self._slots = frozenset(-1 if n.always else n.slot for n in self.needs)
        words = [t for t in expanded if not t.startswith("re:")]
        exact = [t for t in words if not t.startswith("~")] + [t[1:] for t in words if t.startswith("~")]
        # Phrases are grouped by which ends need a Latin word boundary, so each
        # group carries one pair of lookarounds: the regex parser is the start-up cost.
        # They are grouped again by their first letters (_GROUP Latin ones, one Han
        # character): a message tries, and compiles, only the groups of the words
        # it has. One alternation of a few thousand phrases took 15 ms to compile.
        bounds: dict[tuple[bool, bool], list[str]] = {}
        keyed: dict[str, dict[bool, list[str]]] = {}
        loose: dict[bool, list[str]] = {}
        symbols: set[str] = set()
        grouped: list[str] = []
        for phrase in sorted(set(exact), key=len, reverse=True):
            folded = vocab.fold(phrase.rstrip("*")).strip()
            ends = (bool(_LATIN_OR_DIGIT.match(folded[0])), bool(_LATIN_OR_DIGIT.match(folded[-1])))
            body = vocab.phrase_pattern(phrase)
            bounds.setdefault(ends, []).append(body)
            if (key := _group_key(folded)) is not None:
                keyed.setdefault(key, {}).setdefault(ends[1], []).append(body)
                grouped.append(folded)
            else:
                loose.setdefault(ends[1], []).append(body)
                symbols.add(folded[0])
        self.source = "|".join(_alternation(bodies, left, right) for (left, right), bodies in bounds.items())
        self.anchors = _anchors(grouped)
        # A group's phrases start at a word start or a Han character, so they need no lookbehind.
        self.by_prefix = {
            key: _pattern("|".join(_alternation(b, False, r) for r, b in sides.items()), 0, vocab.lazy)
            for key, sides in keyed.items()
        }
        # Phrases that start with a symbol ("% off") have no group: only they are scanned for
        # everywhere, and only in a message that has one of their first characters. Scanning
        # all of a list's phrases everywhere, for the sake of one "% off", was the costliest
        # step of the lists that hold one.
        self.symbols = frozenset(symbols)
        self.pattern = (
            _pattern("|".join(_alternation(b, False, r) for r, b in loose.items()), 0, vocab.lazy) if loose else None
        )
        self._gate = self._make_gate()

    def _matches(self, prepared: Prepared, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """(start, end) of the longest phrase at each place one can begin, in order of start."""
        text = prepared.folded.text
        hi = len(text) if hi is None else hi
        positions = _index(prepared)[0]
        longest: dict[int, int] = {}
        if self.pattern is not None and self._has_symbol(text):
            # Never at a start of a grouped phrase: those start with a letter, a digit or Han.
            longest.update(m.span() for m in self.pattern.finditer(text, lo, hi, overlapped=True))
        for key in positions.keys() & self.by_prefix.keys():
            at = positions[key]
            group = self.by_prefix[key]
            for start in at[bisect.bisect_left(at, lo) : bisect.bisect_left(at, hi)]:
                m = group.match(text, start, hi)
                if m is not None and m.end() > longest.get(start, -1):
                    longest[start] = m.end()
        return sorted(longest.items())

    def find(self, prepared: Prepared, bounded: bool = True) -> list[tuple[int, int, float]]:
        """All (start, end, confidence) matches; Han matches on word boundaries when `bounded`.

        Terms are shared by many rules, so a message's matches are kept for the next asker.
        """
        key = (self, bounded)
        if key not in prepared.memo:
            prepared.memo[key] = self._find(prepared, bounded)
        return prepared.memo[key]

    def possible(self, prepared: Prepared) -> bool:
        """False only when no term can match: no phrase's anchor and no regex's strings are in the message."""
        key = (self, "possible")
        answer = prepared.memo.get(key)
        if answer is None:  # Terms are shared by many rules: asked once per message
            # The gate says it without unpacking the terms (cache.Deferred): None, when a
            # fuzzy word or an unfiltered regex can match anywhere, is always possible.
            answer = prepared.memo[key] = self._gate is None or self._gate.opens(prepared)
        return answer

    def gate(self) -> Gate | None:
        """What possible() looks for, as a Gate; None when a term can match anywhere (fuzzy, an unfiltered regex)."""
        return self._gate

    def _make_gate(self) -> Gate | None:
        if self.fuzzy or -1 in self._slots or (self.source and self.anchors is None):
            return None
        starts, words = self.anchors if self.source and self.anchors is not None else (frozenset(), frozenset())
        chars = self.symbols if self.source and self.pattern is not None else frozenset()
        return Gate(starts, words, self._slots, chars, self._index)

    def phrases_possible(self, prepared: Prepared) -> bool:
        """False only when no phrase can match: neither a grouped phrase's anchor nor a loose one's symbol is there."""
        if not self.source:
            return False
        return _present(prepared, self.anchors) or (self.pattern is not None and self._has_symbol(prepared.folded.text))

    def _has_symbol(self, text: str) -> bool:
        return any(symbol in text for symbol in self.symbols)

    def _find(self, prepared: Prepared, bounded: bool) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        if self.phrases_possible(prepared):
            for start, end in self._matches(prepared):
                if bounded and end > start and not _on_word_bounds(prepared, start, end):
                    end = self._shorter(prepared, start, end)
                if end > start:
                    found.append((start, end, 1.0))
        for pattern, needs in zip(self.patterns, self.needs, strict=True):
            if needs.met(prepared):
                found.extend(_spans(prepared, pattern))
        if self.fuzzy:
            found.extend(self._fuzzy(prepared))
        return found

    def search(self, prepared: Prepared, lo: int, hi: int) -> bool:
        """Whether any term occurs inside [lo, hi), as a plain substring (for exceptions)."""
        text = prepared.folded.text
        if self.source and self._matches(prepared, lo, hi):
            return True
        if any(p.search(text, lo, hi, timeout=REGEX_TIMEOUT) for p in self.patterns):
            return True
        return bool(self.fuzzy) and any(lo <= s and e <= hi for s, e, _ in self._fuzzy(prepared))

    def _shorter(self, prepared: Prepared, start: int, end: int) -> int:
        """The end of the longest shorter phrase at `start` that ends a word, or `start`.

        The alternation yields only the longest phrase at a position; when that one
        runs past a word ("支付宝转" in 支付宝/转给), a shorter one ("支付宝") may fit.
        """
        if start not in prepared.bounds and _HAN.match(prepared.folded.text[start]):
            return start
        text = prepared.folded.text
        keys = [k for k in (text[start : start + n] for n in range(1, _GROUP + 1)) if k in self.by_prefix]
        for stop in sorted((b for b in prepared.bounds if start < b < end), reverse=True):
            if any(self.by_prefix[k].fullmatch(text, start, stop) for k in keys):
                return stop
        return start

    def _fuzzy(self, prepared: Prepared) -> Iterable[tuple[int, int, float]]:
        tokens = prepared.tokens
        for i, token in enumerate(tokens):
            # A word split in two ("whats app", "re view") is tried joined too.
            candidates = [(token.text, token.end)]
            if i + 1 < len(tokens) and tokens[i + 1].start - token.end <= 1:
                candidates.append((token.text + tokens[i + 1].text, tokens[i + 1].end))
            for word, end in candidates:
                terms = self._ends.get((word[0], word[-1]))
                distance = _near_miss(word, terms) if terms else None
                if distance is not None:
                    yield token.start, end, 1.0 - 0.1 * distance


def _spans(prepared: Prepared, pattern: Pattern, view: str = "folded") -> list[tuple[int, int, float]]:
    """A regex's non-empty matches in one view, run once per message, within REGEX_TIMEOUT.

    Word lists carry their regexes into every term list built from them: a dozen
    lists share the same 25, and each would run them again on the same text.
    """
    key = ("spans", view, pattern.pattern)
    if key not in prepared.memo:
        text = prepared.base.text if view == "base" else prepared.folded.text
        try:
            found = pattern.finditer(text, timeout=REGEX_TIMEOUT)
            prepared.memo[key] = [(m.start(), m.end(), 1.0) for m in found if m.end() > m.start()]
        except TimeoutError:
            prepared.memo[key] = None
    spans = prepared.memo[key]
    if spans is None:  # reported for every rule that needed it, as when each ran it
        prepared.timeouts.append(pattern.pattern)
        return []
    return spans


def _alternation(bodies: list[str], left: bool, right: bool) -> str:
    return (
        ("(?<![\\p{Latin}\\d])" if left else "")
        + "(?:"
        + "|".join(bodies)
        + ")"
        + ("(?![\\p{Latin}\\d])" if right else "")
    )


def _group_key(phrase: str) -> str | None:
    """The first letters (_GROUP) of a folded phrase's first word, or its first Han character."""
    first = _RUN.match(phrase)
    if first is None:
        return None
    return first.group()[:1] if first.group(1) else first.group()[:_GROUP]


Anchors = tuple[frozenset[str], frozenset[str]]  # (word starts and Han pairs, whole words)


def _anchors(phrases: Iterable[str], whole: bool = False) -> Anchors | None:
    """What any match of these phrases must contain, or None when that cannot be said cheaply.

    A phrase that starts with a Latin letter or digit starts a word (the pattern's
    lookbehind), so the first letters of that word begin a word of the message; a
    phrase that starts with Han characters has its first two (or its only one)
    in the message as written. Checking those against a message's word prefixes
    and Han pairs (_present) costs a few set lookups, where running the
    alternation of hundreds of phrases costs a scan. With `whole`, a Latin
    anchor must be a whole word of the message (a regex matcher's anchors).
    """
    starts: set[str] = set()
    words: set[str] = set()
    for phrase in phrases:
        first = _RUN.match(phrase)
        if first is None:
            return None  # starts with a symbol ("@", "$"): always run the pattern
        if first.group(1):
            starts.add(first.group()[:2])
        elif whole:
            words.add(first.group())
        else:
            starts.add(first.group()[:_KEY])
    return frozenset(starts), frozenset(words)


def _index(prepared: Prepared) -> tuple[dict[str, list[int]], frozenset[str]]:
    """Where each word start (up to _KEY letters) and Han pair or character stands, and the Latin words.

    Built once per message: _present asks whether any anchor occurs, Terms._matches where.
    Han strings never equal Latin ones, so both kinds share one map.
    """
    index = prepared.memo.get(_index)
    if index is None:
        positions: dict[str, list[int]] = {}
        text = prepared.folded.text
        words = []
        for run in _LATIN_RUN.finditer(text):
            word, at = run.group(), run.start()
            words.append(word)
            for k in range(1, min(len(word), _KEY) + 1):
                positions.setdefault(word[:k], []).append(at)
        for run in _HAN_RUN.finditer(text):
            chars, at = run.group(), run.start()
            for i in range(len(chars)):
                positions.setdefault(chars[i : i + 2], []).append(at + i)
                if i + 1 < len(chars):
                    positions.setdefault(chars[i], []).append(at + i)
        index = prepared.memo[_index] = (positions, frozenset(words))
    return index


def message_keys(prepared: Prepared) -> tuple[KeysView[str], frozenset[str]]:
    """The word starts and Han pairs of a message, and its Latin words: what Gate.starts and Gate.words are compared with."""
    positions, words = _index(prepared)
    return positions.keys(), words


def _present(prepared: Prepared, anchors: Anchors | None) -> bool:
    if anchors is None:
        return True
    positions, words = _index(prepared)
    return not (positions.keys().isdisjoint(anchors[0]) and words.isdisjoint(anchors[1]))


class Needs(NamedTuple):
    """Strings of which a regex needs one in the folded view (literals.required), checked cheaply.

    Han strings are looked up by their first two characters in the message's Han
    pairs (_present); others by a substring test. Short Latin strings ("v", "co")
    are in nearly every message: a pattern needing one always runs. A pattern
    that needs some digits (literals.digits_needed: a phone number's shape) is
    also skipped where the message has fewer. A rule set's Needs share one
    NeedsIndex, which looks for all their strings and digits at once.
    """

    han: frozenset[str] = frozenset()
    other: tuple[str, ...] = ()
    view: str = "folded"
    index: NeedsIndex | None = None
    slot: int = -1  # this one's number in the index
    # Nothing to look for: the pattern runs on every message. A field, not a property
    # of han and other: met() runs a few hundred times per message.
    always: bool = True
    digits: int = 0  # digits every match contains (0: no need)

    @classmethod
    def of(cls, pattern: Pattern, view: str = "folded", index: NeedsIndex | None = None) -> Needs:
        strings = required(pattern.pattern) or frozenset()
        if any(common(s) for s in strings):
            strings = frozenset()
        digits = digits_needed(pattern.pattern)
        if not (strings or digits):
            return cls()
        if view != "folded":  # the base view keeps traditional characters: no Han pairs to look up
            han, other = frozenset(), tuple(sorted(strings))
        else:
            han = frozenset(s[:2] for s in strings if _HAN_RUN.fullmatch(s))
            other = tuple(sorted(s for s in strings if not _HAN_RUN.fullmatch(s)))
        slot = index.add(han, other, view, digits) if index is not None else -1
        return cls(han, other, view, index, slot, index is None, digits)

    def met(self, prepared: Prepared) -> bool:
        return self.always or (self.index is not None and self.slot in self.index.satisfied(prepared))


def _view_text(prepared: Prepared, view: str) -> str:
    """The text a Needs' strings are looked for in: folded, or the base view lower-cased (the strings are)."""
    if view == "folded":
        return prepared.folded.text
    if (text := prepared.memo.get("base-lower")) is None:
        text = prepared.memo["base-lower"] = prepared.base.text.lower()
    return text


# One view's strings: by their first three characters, and those shorter than three,
# each with the slots of the patterns that need it.
_Table = tuple[dict[str, list[tuple[str, list[int]]]], list[tuple[str, list[int]]]]


class NeedsIndex:
    """All the prefilter strings of a rule set's regexes, looked for once per message.

    Checking each of ~500 patterns' strings in turn cost more than running the
    patterns that pass. Here a message's Han pairs and three-character slices
    are intersected with tables built once, and only the strings that share a
    slice with the message are tested as substrings. Digits are counted once
    per view and compared with each pattern's need in sorted order.
    """

    def __init__(self) -> None:
        self.han: dict[str, list[int]] = {}  # Han pair (or single character) -> slots
        self.other: dict[tuple[str, str], list[int]] = {}  # (view, string) -> slots
        # view -> (digits needed, slot, whether the pattern needs strings too), fewest first
        self.digits: dict[str, list[tuple[int, int, bool]]] = {}
        self.count = 0
        self._tables: dict[str, _Table] = {}

    def add(self, han: frozenset[str], other: tuple[str, ...], view: str, digits: int = 0) -> int:
        """Register one pattern's strings and digit count; returns its slot."""
        slot, self.count = self.count, self.count + 1
        if digits:
            bisect.insort(self.digits.setdefault(view, []), (digits, slot, bool(han or other)))
        for key in han:
            self.han.setdefault(key, []).append(slot)
        for string in other:
            self.other.setdefault((view, string), []).append(slot)
        self._tables = {}
        return slot

    def _table(self, view: str) -> _Table:
        """Strings of one view by their first three characters, and those shorter than three."""
        if view not in self._tables:
            by_start: dict[str, list[tuple[str, list[int]]]] = {}
            short: list[tuple[str, list[int]]] = []
            for (where, string), slots in self.other.items():
                if where == view:
                    if len(string) < 3:
                        short.append((string, slots))
                    else:
                        by_start.setdefault(string[:3], []).append((string, slots))
            self._tables[view] = (by_start, short)
        return self._tables[view]

    def satisfied(self, prepared: Prepared) -> frozenset[int]:
        """The slots whose pattern could match this message, and -1 (patterns that always run)."""
        found = prepared.memo.get(self)
        if found is None:
            found = prepared.memo[self] = self._satisfied(prepared)
        return found

    def _satisfied(self, prepared: Prepared) -> frozenset[int]:
        slots: set[int] = {-1}
        if self.han and _HAN.search(prepared.folded.text):
            han = self.han
            for pair in _index(prepared)[0]:
                if pair in han:
                    slots.update(han[pair])
        for view in ("folded", "base"):
            by_start, short = self._table(view)
            if not (by_start or short):
                continue
            text = _view_text(prepared, view)
            for start in {text[i : i + 3] for i in range(len(text) - 2)}.intersection(by_start):
                for string, found in by_start[start]:
                    if string in text:
                        slots.update(found)
            for string, found in short:
                if string in text:
                    slots.update(found)
        for view, needs in self.digits.items():
            text = prepared.folded.text if view == "folded" else prepared.base.text
            count = len(_DIGIT.findall(text))
            for digits, slot, with_strings in needs:
                if digits <= count:
                    if not with_strings:
                        slots.add(slot)
                else:  # fewer digits than this pattern (and every later one) needs
                    slots.discard(slot)
        return frozenset(slots)


def _distance(word: str, term: str, budget: int) -> int:
    """Levenshtein distance, at most budget + 1; rapidfuzz loads on the first word that needs it (start-up)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(word, term, score_cutoff=budget)


def _near_miss(word: str, terms: tuple[str, ...]) -> int | None:
    """Edit distance to the closest term, if within budget and not a different word.

    Keeping the first and last letters fixed is what stops "preview" matching
    "review" while "reveiw" and "whatsap" still do.
    """
    if len(word) < 5 or not word.isalpha():
        return None
    best = None
    for term in terms:
        if word[0] != term[0] or word[-1] != term[-1] or abs(len(word) - len(term)) > 2:
            continue
        budget = 1 if len(term) < 8 else 2
        distance = _distance(word, term, budget)
        if distance <= budget and (best is None or distance < best):
            best = distance
    return best


class LazyPattern:
    """A regex compiled on first use.

    The built-in rules hold a few hundred patterns, some of them alternations of
    hundreds of phrases; the regex module parses them in Python, which is most of
    start-up, while one message needs a handful. The test suite compiles them all
    (tests/test_rule_files.py), so a broken one never ships; a team's rule files
    are compiled at load, so their errors still name file and line.
    """

    __slots__ = ("_code", "_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None
        self._code: tuple[Callable[..., regex.Pattern[str]], bytes] | None = None

    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            if self._code is not None:
                rebuild, blob = self._code
                self._compiled = rebuild(*_PlainUnpickler(io.BytesIO(blob)).load())
            else:
                self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def __getstate__(self) -> tuple[str, int, Callable[..., regex.Pattern[str]], bytes]:
        # Pickled for the start-up cache (cache.py), a pattern carries its compiled
        # code (the regex module's own pickle form), so reading the cache parses nothing.
        # The code's arguments travel as one opaque blob: reading the cache then builds
        # one bytes object per pattern, and a message unpacks only the patterns it uses.
        compiled = self.compiled()
        rebuild, args = copyreg.dispatch_table[type(compiled)](compiled)
        return self.pattern, self.flags, rebuild, pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL)

    def __setstate__(self, state: tuple[str, int, Callable[..., regex.Pattern[str]], bytes]) -> None:
        self.pattern, self.flags, rebuild, blob = state
        self._code = (rebuild, blob)
        self._compiled = None

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        return self.compiled().finditer(string, *args, **kwargs)

    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().search(string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled().fullmatch(string, *args, **kwargs)


class _PlainUnpickler(pickle.Unpickler):
    """A compiled pattern's arguments are strings, numbers, bytes and containers: nothing to import."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a compiled pattern")


Pattern = regex.Pattern[str] | LazyPattern


def _pattern(source: str, flags: int, lazy: bool) -> Pattern:
    return LazyPattern(source, flags) if lazy else regex.compile(source, flags)


def _compile(source: str, key: str, lazy: bool = False, view: str = "folded") -> Pattern:
    # The folded view is case-folded, so a pattern with no cased letter of its own
    # matches there exactly as it would case-blind, and runs 15-30% faster without
    # IGNORECASE. The base view keeps its case: its patterns always ignore it.
    flags = 0 if view == "folded" and _case_blind(source) else regex.IGNORECASE
    try:
        return _pattern(source, flags, lazy)
    except regex.error as error:
        raise SchemaError(key, f"invalid regex {source!r}: {error}") from None


# What a pattern may hold without a letter of its own: escapes (\S, \B), properties
# (\p{Han}), group names and inline flags, none of which match a cased letter literally.
_NOT_LITERAL = compiled.pattern(
    r"\\[pPN]\{[^}]*\}|\\x\{[0-9a-fA-F]+\}|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\.|\(\?P?<[^>]*>|\(\?P=[^)]*\)",
    regex.S,
)
# Properties and classes that depend on case: with them a pattern keeps IGNORECASE.
_CASED_CLASS = compiled.pattern(
    r"\\[pP]\{\^?(?:L[ult&]|lu|ll|lt|upper|lower|title|cased)|\[:\^?(?:upper|lower):|\(\?[a-z]*-?[a-z]*i", regex.I
)


def _case_blind(source: str) -> bool:
    """Whether no letter of the pattern's own (outside escapes and properties) changes under case folding."""
    if _CASED_CLASS.search(source):
        return False
    # A code escape (\x27, \u00df, \N{...}) stands for its character: that one is checked.
    codes = [code for m in _NOT_LITERAL.finditer(source) if (code := _CODE.match(m.group()))]
    letters = [_coded(code) for code in codes] + list(_NOT_LITERAL.sub("", source))
    return all(c.casefold() == c for c in letters)


_CODE = compiled.pattern(
    r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x\{([0-9a-fA-F]+)\}|N\{([^}]*)\})"
)


def _coded(code: regex.Match[str]) -> str:
    """The character a code escape stands for (an unknown name: a capital, so the pattern stays case-blind)."""
    number = next((g for g in code.groups()[:4] if g), None)
    if number is not None:
        return chr(int(number, 16))
    try:
        return unicodedata.lookup(code.group(5))
    except KeyError:
        return "A"


def _on_word_bounds(prepared: Prepared, start: int, end: int) -> bool:
    """A match that starts or ends in Han text must start or end a jieba word."""
    text = prepared.folded.text
    if _HAN.match(text[start]) and start not in prepared.bounds:
        return False
    return not (_HAN.match(text[end - 1]) and end not in prepared.bounds)


class Matcher:
    """Base of every matcher kind: built from one [[match]] table of a rule file."""

    kind: ClassVar[str]
    required: ClassVar[tuple[str, ...]] = ()
    optional: ClassVar[tuple[str, ...]] = ()

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        raise NotImplementedError

    def gate(self) -> Gate | None:
        """What a message must contain for find() to return anything (None: cannot be said)."""
        return None


class PhraseMatcher(Matcher):
    """Any of a list of phrases (exact after normalization, or ~fuzzy)."""

    kind = "phrase"
    required = ("phrases",)

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        self.terms = vocab.terms(_strings(table, "phrases"), "phrases")

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        return [Hit("folded", s, e, c) for s, e, c in self.terms.find(prepared)]

    def gate(self) -> Gate | None:
        return self.terms.gate()


class FuzzyMatcher(PhraseMatcher):
    """Words matched within an edit-distance budget: misspellings on purpose."""

    kind = "fuzzy"
    required = ("terms",)

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        words = [t if t.startswith(("~", "@")) else "~" + t for t in _strings(table, "terms")]
        self.terms = vocab.terms(words, "terms")


class RegexMatcher(Matcher, Deferred):
    """Regular expressions over one view; {@list} expands to a list's phrases.

    Patterns run with a timeout, so a pathological pattern and message cost at
    most REGEX_TIMEOUT and the rest of the message is still linted.
    """

    # cache.Deferred: what a message's gates and find()'s first test need, and the shared index
    light = ("_gate", "index", "any_slot", "anchors")
    kind = "regex"
    required = ("patterns",)
    optional = ("view", "anchors")

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        self.view = table.get("view", "folded")
        if self.view not in ("base", "folded"):
            raise SchemaError("view", f"view must be 'base' or 'folded', not {self.view!r}")
        self.patterns = [self._compile(p, vocab, self.view) for p in _strings(table, "patterns")]
        self.needs = [Needs.of(p, self.view, vocab.needs) for p in self.patterns]
        self.index = vocab.needs
        self.slots = tuple(-1 if n.always else n.slot for n in self.needs)  # -1: always runs
        self.any_slot = frozenset(self.slots)
        # A message passes a few of a matcher's patterns: find them by a set operation in C,
        # not by a Python loop over all of them (a dozen matchers hold 20 to 60 patterns).
        self._position = {slot: i for i, slot in enumerate(self.slots) if slot != -1}
        self._always = tuple(i for i, slot in enumerate(self.slots) if slot == -1)
        # `anchors`: words of which every match of the patterns contains one (a Latin one
        # as a whole word), so the patterns are skipped where none occurs. The rule
        # examples and corpora check that promise (tests/test_anchors.py).
        self.anchors = None
        if "anchors" in table:
            if self.view != "folded":
                raise SchemaError("anchors", "anchors need view = 'folded'")
            words = [vocab.fold(a).strip() for a in vocab.expand(_strings(table, "anchors"), "anchors")]
            self.anchors = _anchors(words, whole=True)
            if self.anchors is None:
                raise SchemaError("anchors", "an anchor must start with a Latin letter, a digit or a Han character")
        self._gate = self._make_gate()

    @staticmethod
    def _compile(source: str, vocab: Vocabulary, view: str = "folded") -> Pattern:
        def expand(match: regex.Match[str]) -> str:
            # Longest first: an alternation keeps the first phrase that fits, so 我 would end a
            # match that 我哋 should continue, whatever order the list file has.
            phrases = sorted(vocab.expand(["@" + match.group(1)], "patterns"), key=len, reverse=True)
            return "(?:" + "|".join(vocab.phrase_pattern(p) for p in phrases) + ")"

        return _compile(_MACRO.sub(expand, source), "patterns", vocab.lazy, view)

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        possible = self.index.satisfied(prepared)
        if possible.isdisjoint(self.any_slot) or not _present(prepared, self.anchors):
            return []
        chosen = [self._position[slot] for slot in possible.intersection(self._position)]
        return [
            Hit(self.view, start, end, confidence)
            for i in sorted([*self._always, *chosen])
            for start, end, confidence in _spans(prepared, self.patterns[i], self.view)
        ]

    def gate(self) -> Gate | None:
        return self._gate

    def _make_gate(self) -> Gate | None:
        if self.anchors is not None:
            return Gate(starts=self.anchors[0], words=self.anchors[1])
        return None if -1 in self.any_slot else Gate(slots=self.any_slot, needs=self.index)


class NearMatcher(Matcher):
    """One term of every group within `window` tokens, inside one sentence.

    With scope = "message" the terms may stand in different sentences: "The
    feedback you left hurts us. Please withdraw it."
    """

    kind = "near"
    required = ("terms",)
    optional = ("window", "ordered", "scope")

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        groups = table["terms"]
        if not isinstance(groups, list) or len(groups) < 2 or not all(isinstance(g, list) for g in groups):
            raise SchemaError("terms", "near needs 'terms' as a list of at least two lists")
        self.groups = [vocab.terms(g, "terms") for g in groups]
        self.window = table.get("window", 6)
        self.ordered = table.get("ordered", False)
        if not isinstance(self.window, int) or self.window < 0:
            raise SchemaError("window", "window must be a non-negative integer (tokens between terms)")
        if not isinstance(self.ordered, bool):
            raise SchemaError("ordered", "ordered must be true or false")
        self.scope = table.get("scope", "sentence")
        if self.scope not in ("sentence", "message"):
            raise SchemaError("scope", f"scope must be 'sentence' or 'message', not {self.scope!r}")

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        if not all(group.possible(prepared) for group in self.groups):
            return []
        found = []
        for group in self.groups:
            found.append(sorted(group.find(prepared)))
            if not found[-1]:
                return []
        starts = [[h[0] for h in hits] for hits in found]
        hits = []
        for first in found[0]:
            chosen = self._pick(prepared, first, found[1:], starts[1:])
            if chosen is None:
                continue
            gap = self._gap(prepared, chosen)
            if gap <= self.window:
                start = min(h[0] for h in chosen)
                end = max(h[1] for h in chosen)
                hits.append(Hit("folded", start, end, 1.0 - 0.02 * gap))
        return hits

    def gate(self) -> Gate | None:
        """Every group must be possible: the gate of the group with the fewest keys will do."""
        known = [g for g in (group.gate() for group in self.groups) if g is not None]
        return min(known, key=Gate.size) if known else None

    def _pick(
        self,
        prepared: Prepared,
        first: tuple[int, int, float],
        rest: list[list[tuple[int, int, float]]],
        starts: list[list[int]],
    ) -> list[tuple[int, int, float]] | None:
        """For each later group, the hit nearest the previous choice (by bisection: no quadratic scans)."""
        lo, hi = prepared.sentence_of(first[0]) if self.scope == "sentence" else (0, len(prepared.folded.text))
        chosen = [first]
        for candidates, positions in zip(rest, starts, strict=True):
            anchor = chosen[-1][1] if self.ordered else chosen[-1][0]
            at = bisect.bisect_left(positions, anchor)
            # The nearest few on either side; only they can be the closest free one.
            window = candidates[max(0, at - 3) : at + 3] if not self.ordered else candidates[at : at + 6]
            options = [h for h in window if lo <= h[0] < hi and all(h[1] <= c[0] or h[0] >= c[1] for c in chosen)]
            if not options:
                return None
            chosen.append(min(options, key=lambda h: abs(h[0] - chosen[-1][0])))
        return chosen

    @staticmethod
    def _gap(prepared: Prepared, chosen: list[tuple[int, int, float]]) -> int:
        last_start = prepared.token_index(max(h[0] for h in chosen))
        first_end = prepared.token_index(min(h[1] for h in chosen) - 1)
        return max(0, last_start - first_end - 1)


class PerOrderMatcher(Matcher):
    """A check over all records of one order in an archive or ledger; never fires on one message.

    check = "repeat-request": more than `max` review requests for the order,
    where a request is a review_request event or a message with a finding of a
    rule in `counts`. check = "response-time": a buyer message with no seller
    message on the order within `hours`.
    """

    kind = "per-order"
    required = ("check",)
    optional = ("max", "counts", "hours")
    CHECKS = ("repeat-request", "response-time")

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        self.check = table["check"]
        if self.check not in self.CHECKS:
            raise SchemaError("check", f"check must be one of {', '.join(self.CHECKS)}, not {self.check!r}")
        self.max = table.get("max", 1)
        self.hours = table.get("hours", 24)
        self.counts = tuple(table.get("counts", ()))
        if not isinstance(self.max, int) or self.max < 1:
            raise SchemaError("max", "max must be a positive integer")
        if not isinstance(self.hours, (int, float)) or self.hours <= 0:
            raise SchemaError("hours", "hours must be a positive number")
        if not all(isinstance(c, str) for c in self.counts):
            raise SchemaError("counts", "counts must be a list of rule ids")

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        return ()

    def gate(self) -> Gate | None:
        return Gate()  # finds nothing in one message


class TemplateMatcher(Matcher):
    """Sentences of a reply covered by no approved template (needs --templates); see linter.py.

    `threshold` is the similarity (0-100) a sentence needs to count as the template.
    """

    kind = "template"
    optional = ("threshold",)

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        self.threshold = table.get("threshold", 85)
        if not isinstance(self.threshold, (int, float)) or not 0 < self.threshold <= 100:
            raise SchemaError("threshold", "threshold must be a number in (0, 100]")

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        return ()

    def gate(self) -> Gate | None:
        return Gate()  # finds nothing in one message


class LimitMatcher(Matcher):
    """How much of a message is scanned: text past `max` characters is not linted (linter.py)."""

    kind = "limit"
    optional = ("max",)

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        self.max = table.get("max", 100_000)
        if not isinstance(self.max, int) or self.max < 1000:
            raise SchemaError("max", "max must be an integer of at least 1000 characters")

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        return ()

    def gate(self) -> Gate | None:
        return Gate()  # finds nothing in one message


class LibraryMatcher(Matcher):
    """A check over a whole template library (msglint check --as-templates)."""

    kind = "library"
    required = ("check",)
    optional = ("threshold", "max")
    CHECKS = ("near-duplicate", "length")

    def __init__(self, table: Mapping[str, Any], vocab: Vocabulary) -> None:
        self.check = table["check"]
        if self.check not in self.CHECKS:
            raise SchemaError("check", f"check must be one of {', '.join(self.CHECKS)}, not {self.check!r}")
        self.threshold = table.get("threshold", 95)
        self.max = table.get("max", 2000)

    def find(self, prepared: Prepared) -> Iterable[Hit]:
        return ()

    def gate(self) -> Gate | None:
        return Gate()  # finds nothing in one message


MATCHERS: dict[str, type[Matcher]] = {
    m.kind: m
    for m in (
        PhraseMatcher,
        FuzzyMatcher,
        RegexMatcher,
        NearMatcher,
        PerOrderMatcher,
        TemplateMatcher,
        LibraryMatcher,
        LimitMatcher,
    )
}


class Exceptions(NamedTuple):
    """Terms or patterns that make a hit benign when found in the same sentence."""

    terms: Terms | None
    patterns: tuple[Pattern, ...]
    scope: str  # "sentence" or "message"
    memo: dict[str, bool]  # sentence text -> excused, each Exceptions its own

    def excuse(self, prepared: Prepared, hit: Hit) -> bool:
        """True if an exception is found where this hit stands."""
        if hit.view == "base":
            # Exceptions are written against the folded view: find where the hit is there.
            lo = _to_folded(prepared, hit.start)
            hi = _to_folded(prepared, hit.end - 1) + 1
        else:
            lo, hi = hit.start, hit.end
        if self.scope == "message":
            lo, hi = 0, len(prepared.folded.text)
        else:
            lo, hi = _clause(
                prepared.folded.text, prepared.sentence_of(lo)[0], prepared.sentence_of(max(hi - 1, lo))[1], lo
            )
        # Many hits share a sentence: search it once (a message repeating a trigger word
        # thousands of times must not cost thousands of full scans).
        key = prepared.folded.text[lo:hi]
        if key not in self.memo:
            if len(self.memo) > 256:
                self.memo.clear()
            self.memo[key] = self._found(prepared, lo, hi)
        return self.memo[key]

    def _found(self, prepared: Prepared, lo: int, hi: int) -> bool:
        # Plain substrings here: an exception need not be a whole jieba word (感谢您|的|好评).
        if self.terms is not None and self.terms.search(prepared, lo, hi):
            return True
        text = prepared.folded.text
        return any(p.search(text, lo, hi, timeout=REGEX_TIMEOUT) for p in self.patterns)


# "We can't refund through Amazon, but send us your PayPal address": what follows a
# contrast is not covered by an exception before it. The other way round it is: in
# "you hoped for a discount, but we cannot offer coupons" the refusal answers the ask.
# "We can't refund through Amazon, so send us your PayPal email" is the same turn: a
# ", so" that starts a request. A plain ", so" ("we never ask for reviews, so feel
# free to say anything") stays in the clause. A colon that starts a request to pay or to
# get in touch is one too: "there's no need to place another order: send the amount by
# bank transfer".
_CONTRAST = compiled.pattern(
    r"\b(?:but|however)\b|但是|不过|可是|[,，;；]\s*但"
    r"|[,;]\s*so\s+(?=(?:please\s+|just\s+)?(?:send|give|add|message|text|e-?mail|contact|reach|leave|write|post|pay|"
    r"transfer|dm|call|ring|whatsapp|follow|join|scan|tell|share|drop|shoot|ping)\b)"
    # (lookaheads: the clause starts at the request's verb, which may be where the hit starts)
    r"|:\s*(?=(?:please\s+|just\s+)?(?:send|pay|transfer|wire|venmo|message|text|e-?mail|contact|reach|dm|call|ring"
    r"|whatsapp|scan)\b)"
    r"|[,，;；]\s*所以(?=(?:请|麻烦|就请|您就|你就)?(?:直接|先)?(?:发|加|联系|留|写|给|转|扫|关注|私信|打))"
)


def _clause(text: str, lo: int, hi: int, start: int) -> tuple[int, int]:
    """The sentence text[lo:hi] from the last contrast before the hit at `start`."""
    # Searched to the sentence's end, not the hit's start: the lookaheads need to see the verb.
    for m in _CONTRAST.finditer(text, lo, hi):
        if m.end() > start:
            break
        lo = m.end()
    return lo, hi


def _to_folded(prepared: Prepared, base_index: int) -> int:
    origin = prepared.base.origin[min(base_index, len(prepared.base.origin) - 1)]
    return min(bisect.bisect_left(prepared.folded.origin, origin), max(len(prepared.folded.text) - 1, 0))


def build_exceptions(table: Mapping[str, Any], vocab: Vocabulary) -> Exceptions:
    """Build a rule's [unless] table."""
    unknown = set(table) - {"phrases", "patterns", "scope"}
    if unknown:
        raise SchemaError(sorted(unknown)[0], f"unknown key in [unless]: {sorted(unknown)[0]}")
    phrases = _strings(table, "phrases") if "phrases" in table else []
    patterns = (
        tuple(RegexMatcher._compile(p, vocab) for p in _strings(table, "patterns")) if "patterns" in table else ()
    )
    scope = table.get("scope", "sentence")
    if scope not in ("sentence", "message"):
        raise SchemaError("scope", f"scope must be 'sentence' or 'message', not {scope!r}")
    return Exceptions(vocab.terms(phrases, "phrases") if phrases else None, patterns, scope, {})


def _strings(table: Mapping[str, Any], key: str) -> list[str]:
    value = table.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise SchemaError(key, f"'{key}' must be a non-empty list of strings")
    return value
