"""The prefilter's promise: skipping a matcher whose anchors are absent never loses a match.

Phrase anchors are derived from the phrases (matchers._anchors); a regex matcher's
anchors are written by hand in its rule file, so they are checked here against every
text we have: corpora, template replies and every rule example.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import LINTER, RULES
from msglint.matchers import RegexMatcher, Terms, _present

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    json.loads(line)["text"]
    for corpus in sorted(ROOT.glob("corpora/**/*.jsonl"))
    for line in corpus.read_text(encoding="utf-8").splitlines()
    if line.strip()
] + [text.replace("[[", "").replace("]]", "") for rule in RULES.rules for _, text in rule.examples]
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
    terms = set(_all_terms())
    assert terms
    for prepared in PREPARED:
        for term in terms:
            if term.pattern is not None and term.pattern.search(prepared.folded.text):
                assert _present(prepared, term.anchors), (term.anchors, prepared.original)


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
