"""Required literals: which fixed strings a regex cannot match without.

A rule's regexes mostly fail, and each attempt costs a call with a timeout. A
pattern such as ``\\b(?:use|enter)\\s+(?:code|coupon)`` cannot match a message
that contains neither "code" nor "coupon", and looking for a few strings costs far
less than running the pattern (matchers.Needs).

The pattern is read with the standard library's regex parser (rule regexes use
the `regex` module's syntax, a superset; the few differences are rewritten
first). Anything it cannot read, or a pattern with no string it must contain,
simply always runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the standard library's parser; private, so fall back to "always run" without it
    from re import _constants as sre_constants
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover - Python versions without re._parser
    sre_parser = None

_PROPERTY = re.compile(r"\\([pP])\{[^}]*\}")
_SHORT_WORD = re.compile(r"[a-z0-9]+")
_VOWEL = re.compile(r"[aeiouy]")


def required(source: str) -> frozenset[str] | None:
    """Strings (lower case) one of which every match of `source` contains, or None."""
    if sre_parser is None:
        return None
    plain = _PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", source)
    try:
        tree = sre_parser.parse(plain, re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return None
    return _cover(tree)


_MOST = 64  # alternatives kept when spelling out a fixed stretch ("(?:https?://)?www")


def _cover(items: Iterable[tuple[object, object]]) -> frozenset[str] | None:
    """The most selective set of alternatives that every match of a sequence contains.

    Consecutive fixed parts are spelled out together (``am(?:azon|zn)`` needs
    "amazon" or "amzn", not just "am"); any other part offers its own cover.
    """
    choices: list[frozenset[str]] = []
    spelled: set[str] = {""}
    for op, value in items:
        fixed = _fixed(op, value)
        if fixed is not None and len(spelled) * len(fixed) <= _MOST:
            spelled = {a + b for a in spelled for b in fixed}
            continue
        choices.append(frozenset(spelled))
        spelled = set(fixed) if fixed is not None else {""}
        found = None if fixed is not None else _cover_of(op, value)
        if found:
            choices.append(found)
    choices.append(frozenset(spelled))
    choices = [_shortest(c) for c in choices if all(s.strip() for s in c)]
    if not choices:
        return None
    # A set with a string in nearly every message is no filter; of the others, the set
    # whose shortest string is longest is the rarest to find by chance.
    return max(choices, key=lambda c: (not any(map(common, c)), min(map(len, c)), -len(c)))


def common(string: str) -> bool:
    """A string too short to be worth looking for: in nearly every message ("v", "co", "at", "is").

    Two letters without a vowel ("qq", "vx") and anything with a Han character or a
    symbol ("v芯", "@") are rare enough to look for.
    """
    if len(string) >= 3 or not _SHORT_WORD.fullmatch(string):
        return False
    return len(string) < 2 or bool(_VOWEL.search(string))


def _shortest(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another: finding the shorter one is enough."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _fixed(op: object, value: object) -> set[str] | None:
    """Every string a part can match, if it is a small fixed set ("a", "(?:x|yz)", "[.。]", "(?:www\\.)?")."""
    if op is sre_constants.LITERAL:
        return {chr(value).lower()}  # type: ignore[arg-type]
    if op is sre_constants.IN:
        chars = [chr(v) for o, v in value if o is sre_constants.LITERAL]  # type: ignore[attr-defined]
        return {c.lower() for c in chars} if len(chars) == len(value) and len(chars) <= 4 else None  # type: ignore[arg-type]
    if op is sre_constants.SUBPATTERN:
        return _fixed_sequence(value[-1])  # type: ignore[index]
    if op is sre_constants.BRANCH:
        branches = [_fixed_sequence(b) for b in value[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None
        union = set().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= _MOST else None
    if op is sre_constants.MAX_REPEAT:
        low, high, inner = value  # type: ignore[misc]
        part = _fixed_sequence(inner)
        if part is None or (low, high) not in ((0, 1), (1, 1)):
            return None
        return part | {""} if low == 0 else part
    return None


def _fixed_sequence(items: Iterable[tuple[object, object]]) -> set[str] | None:
    spelled = {""}
    for op, value in items:
        part = _fixed(op, value)
        if part is None or len(spelled) * len(part) > _MOST:
            return None
        spelled = {a + b for a in spelled for b in part}
    return spelled


def _cover_of(op: object, value: object) -> frozenset[str] | None:
    if op is sre_constants.SUBPATTERN:
        return _cover(value[-1])  # type: ignore[index]
    if op is sre_constants.ATOMIC_GROUP:
        return _cover(value)  # type: ignore[arg-type]
    if op is sre_constants.BRANCH:
        branches = [_cover(b) for b in value[1]]  # type: ignore[index]
        if any(b is None for b in branches):
            return None
        return frozenset().union(*branches)  # type: ignore[arg-type]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, _, inner = value  # type: ignore[misc]
        return _cover(inner) if low >= 1 else None
    return None  # classes, anchors, lookarounds, backreferences: no fixed string


def digits_needed(source: str) -> int:
    """How many decimal digits every match of `source` contains at the least (0 when unknown).

    A phone-number shape has no fixed string to look for, but it cannot match a
    message with fewer digits than it needs; counting a message's digits once is
    far cheaper than running a few dozen such patterns on it (matchers.NeedsIndex).
    """
    if sre_parser is None:
        return 0
    plain = _PROPERTY.sub(lambda m: r"\w" if m.group(1) == "p" else r"\W", source)
    try:
        return _digits(sre_parser.parse(plain, re.IGNORECASE))
    except (re.error, RecursionError, OverflowError):
        return 0


def _digits(items: Iterable[tuple[object, object]]) -> int:
    return sum(_digits_of(op, value) for op, value in items)


def _digits_of(op: object, value: object) -> int:
    if op is sre_constants.LITERAL:
        return int(chr(value).isdecimal())  # type: ignore[arg-type]
    if op is sre_constants.IN:
        return int(all(_is_digit_item(o, v) for o, v in value))  # type: ignore[attr-defined]
    if op is sre_constants.SUBPATTERN:
        return _digits(value[-1])  # type: ignore[index]
    if op is sre_constants.ATOMIC_GROUP:
        return _digits(value)  # type: ignore[arg-type]
    if op is sre_constants.BRANCH:
        return min(_digits(b) for b in value[1])  # type: ignore[index]
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
        low, _, inner = value  # type: ignore[misc]
        return low * _digits(inner)
    return 0  # lookarounds (outside the match), backreferences, conditionals: count nothing


def _is_digit_item(op: object, value: object) -> bool:
    """A member of a character class that only digits satisfy: 0-9, a digit range, \\d."""
    if op is sre_constants.LITERAL:
        return chr(value).isdecimal()  # type: ignore[arg-type]
    if op is sre_constants.RANGE:
        low, high = value  # type: ignore[misc]
        return all(chr(c).isdecimal() for c in range(low, high + 1))
    return op is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT
