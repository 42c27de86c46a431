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
    # The set whose shortest string is longest is the rarest to find by chance.
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)))


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
