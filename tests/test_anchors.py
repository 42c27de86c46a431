"""The prefilter's promise: skipping a matcher whose anchors are absent never loses a match.

Phrase anchors are derived from the phrases (matchers._anchors); a regex matcher's
anchors are written by hand in its rule file, so they are checked here against every
text we have: corpora, template replies and every rule example.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import regex

from conftest import LINTER, RULES
from msglint.examples import MARK
from msglint.literals import common, digits_needed, required
from msglint.matchers import RegexMatcher, Terms, _present

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    json.loads(line)["text"]
    for corpus in sorted(ROOT.glob("corpora/**/*.jsonl"))
    for line in corpus.read_text(encoding="utf-8").splitlines()
    if line.strip()
] + [MARK.sub(r"\1", text) for rule in RULES.rules for _, text in rule.examples]
PREPARED = [LINTER.prepare(text) for text in TEXTS]
ANCHORED = [
    (rule.id, index, matcher)
    for rule in RULES.rules
    for index, matcher in enumerate(rule.matchers)
    if isinstance(matcher, RegexMatcher) and matcher.anchors is not None
]


def test_some_matchers_are_anchored() -> None:
    assert len(TEXTS) > 3000 and ANCHORED


@pytest.mark.parametrize(("rule", "index", "matcher"), ANCHORED, ids=lambda v: str(v) if isinstance(v, str) else "")
def test_regex_anchors_hold_on_every_text(rule: str, index: int, matcher: RegexMatcher) -> None:
    for prepared in PREPARED:
        if any(p.search(prepared.folded.text) for p in matcher.patterns):
            assert _present(prepared, matcher.anchors), (rule, index, prepared.original)


def test_phrase_anchors_never_skip_a_match() -> None:
    """Phrases are tried in groups by first letters, at word starts (Terms._matches): the
    places and spans found are those of one alternation of all of them scanned everywhere."""
    terms = [t for t in set(_all_terms()) if t.source]
    assert len(terms) > 40
    for term in terms:
        whole = regex.compile(term.source)
        for prepared in PREPARED:
            text = prepared.folded.text
            found = [m.span() for m in whole.finditer(text, overlapped=True)] if whole.search(text) else []
            assert term._matches(prepared) == found, (term.anchors, prepared.original)
            if found:
                assert term.phrases_possible(prepared), (term.anchors, prepared.original)


def _all_terms() -> list[Terms]:
    found = []
    for rule in RULES.rules:
        for matcher in rule.matchers:
            found += getattr(matcher, "groups", []) + ([matcher.terms] if hasattr(matcher, "terms") else [])
        if rule.unless is not None and rule.unless.terms is not None:
            found.append(rule.unless.terms)
    return found


def test_a_skipped_message_has_no_anchor() -> None:
    prepared = LINTER.prepare("Your parcel left the warehouse today.")
    name = next(m for r, _, m in ANCHORED if r == "template-required/courtesy")
    assert not _present(prepared, name.anchors)
    assert _present(LINTER.prepare("Lumen Home Customer Service"), name.anchors)


def _needs() -> list[tuple[str, object, object]]:
    found = []
    for rule in RULES.rules:
        for matcher in rule.matchers:
            if isinstance(matcher, RegexMatcher):
                found += [(rule.id, p, n) for p, n in zip(matcher.patterns, matcher.needs, strict=True)]
    for terms in set(_all_terms()):
        found += [("terms", p, n) for p, n in zip(terms.patterns, terms.needs, strict=True)]
    return found


def test_required_strings_hold_on_every_text() -> None:
    """A regex is skipped when none of the strings it needs is in the message (literals.required)."""
    needs = _needs()
    assert sum(not n.always for _, _, n in needs) > 50  # most regexes are gated
    for prepared in PREPARED:
        for rule, pattern, need in needs:
            text = prepared.folded.text if need.view == "folded" else prepared.base.text
            if pattern.search(text):
                assert need.met(prepared), (rule, pattern.pattern, prepared.original)


@pytest.mark.parametrize(
    ("source", "strings"),
    [
        (r"\b(?:use|enter)\s+(?:the\s+)?(?:code|coupon)", {"code", "coupon"}),
        (r"(?:https?://)?(?:www\.)?(?:amazon|amzn)\.[a-z]+", {"amazon.", "amzn."}),
        (r"满\s*\d+\s*减", {"满"}),
        (r"\d+\s*%", {"%"}),
        (r"(?:a|\d)+", None),  # one branch has no fixed string
        (r"(?:review)?\s*\d+", None),  # optional parts promise nothing
        (r"[a-z]+\s*@\s*\w+(?:\s+dot\s+|\.)(?:com|co)\b", {"@"}),  # "co" is in nearly every message; "@" is not
        (r"(?:qq|wx)\s*号", {"qq", "wx"}),
    ],
)
def test_required_strings_of_a_pattern(source: str, strings: set[str] | None) -> None:
    found = required(source)
    assert (set(found) if found is not None else None) == strings


@pytest.mark.parametrize(
    ("source", "digits"),
    [
        (r"\+?\d(?:\s?\d){7,}", 8),
        (r"(?:1[\s\-.])?(?:\(\d{3}\)\s?|\d{3}[\s\-.])\d{3}[\s\-.]\d{4}", 10),  # the optional "1" counts nothing
        (r"(?<=call\s*)[0-9]{3,}", 3),
        (r"(?<=\d{5})x", 0),  # a lookbehind's digits are outside the match
        (r"[\d\s]{4}|\d{6}", 0),  # a class that spaces satisfy promises no digit
        (r"5\s?\*", 1),
    ],
)
def test_digits_a_pattern_needs(source: str, digits: int) -> None:
    assert digits_needed(source) == digits


@pytest.mark.parametrize(
    ("string", "is_common"),
    [("v", True), ("at", True), ("co", True), ("qq", False), ("@", False), ("v芯", False), ("com", False)],
)
def test_which_short_strings_are_too_common_to_look_for(string: str, is_common: bool) -> None:
    assert common(string) is is_common


def test_gates_never_skip_a_matcher_that_would_find_something() -> None:
    """gates.MatcherIndex visits a matcher only where its gate opens: on every text we have,
    each matcher left out (content rules and coverage rules alike) finds nothing."""
    from msglint.coverage import _lenient, _role_index
    from msglint.gates import MatcherIndex

    rules = [r for r in RULES.rules if r.role == "finding"]
    content = MatcherIndex([r.matchers for r in rules])
    coverage = _role_index(RULES.rules, ("covers", "covers-whole", "covers-list", "covers-aside"))[1]
    assert len(content.always) < len(content.entries) // 10  # nearly every matcher has a gate
    for prepared in PREPARED:
        for index, lenient in ((content, False), (coverage, True)):
            opened = {id(matcher) for _, matcher in index.open(prepared)}
            for _, matcher in index.entries:
                if id(matcher) not in opened:
                    found = _lenient(matcher, prepared) if lenient else list(matcher.find(prepared))
                    assert not found, (type(matcher).__name__, prepared.original)
