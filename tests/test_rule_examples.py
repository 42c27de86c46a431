"""Every example of every rule file: flag texts must be flagged, pass texts must not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import LINTER, RULES
from msglint.audit import Audit, AuditOptions
from msglint.coverage import aside_sentences, content_span, covered_sentences
from msglint.library import library_findings
from msglint.linter import Linter
from msglint.matchers import LibraryMatcher, LimitMatcher, PerOrderMatcher, TemplateMatcher
from msglint.rules import Rule
from msglint.templates import TemplateLibrary, load_templates

LIBRARY = Path(__file__).resolve().parent.parent / "corpora" / "templates" / "library"
WITH_TEMPLATES = Linter(RULES, templates=TemplateLibrary(load_templates(LIBRARY), LINTER.fold))

MARK = re.compile(r"\[\[(.+?)\]\]")
CASES = [(rule, kind, text) for rule in RULES.rules for kind, text in rule.examples]


def strip_marks(text: str) -> tuple[str, tuple[int, int] | None]:
    """'a [[b]] c' -> ('a b c', (2, 3)): the span a finding must cover exactly."""
    match = MARK.search(text)
    plain = MARK.sub(r"\1", text)
    if match is None:
        return plain, None
    return plain, (match.start(), match.start() + len(match.group(1)))


def case_id(value: object) -> str:
    if isinstance(value, Rule):
        return value.id
    return ""


@pytest.mark.parametrize(
    ("rule", "kind", "text"),
    CASES,
    ids=[f"{r.id}:{k}:{i}" for i, (r, k, _) in enumerate(CASES)],
)
def test_rule_example(rule: Rule, kind: str, text: str, tmp_path: Path) -> None:
    if any(isinstance(m, PerOrderMatcher) for m in rule.matchers):
        check_archive_example(rule, kind, text, tmp_path)
        return
    if any(isinstance(m, LibraryMatcher) for m in rule.matchers):
        check_library_example(rule, kind, text)
        return
    if rule.role != "finding":
        check_coverage_example(rule, kind, text)
        return
    limit = next((m for m in rule.matchers if isinstance(m, LimitMatcher)), None)
    if limit is not None:
        # Flag examples are repeated past the limit; pass examples are read as they are.
        text = text * (limit.max // len(text) + 1) if kind == "flag" else text
        assert bool([f for f in LINTER.lint(text).findings if f.rule == rule.id]) == (kind == "flag")
        return
    plain, marked = strip_marks(text)
    context = rule.contexts[0]
    linter = WITH_TEMPLATES if any(isinstance(m, TemplateMatcher) for m in rule.matchers) else LINTER
    result = linter.lint(plain, context=context)
    spans = [(f.start, f.end) for f in result.findings if f.rule == rule.id]
    if kind == "pass":
        assert not spans, f"{rule.id} false positive on {plain!r}: {spans}"
    else:
        assert spans, f"{rule.id} missed {plain!r}"
        assert marked is None or marked in spans, f"{rule.id} span {spans} != {marked} in {plain!r}"
    for finding in result.findings:
        assert plain[finding.start : finding.end] == finding.excerpt


def check_archive_example(rule: Rule, kind: str, text: str, tmp_path: Path) -> None:
    """A per-order rule's examples are small archives: flag ones must flag some record."""
    archive = tmp_path / "example.jsonl"
    archive.write_text(text + "\n", encoding="utf-8")
    results = list(Audit(LINTER, AuditOptions(jobs=1)).results([str(archive)]))
    hits = [r.result.id for r in results for f in r.result.findings if f.rule == rule.id]
    if kind == "pass":
        assert not hits, f"{rule.id} false positive on records {hits}"
    else:
        assert hits, f"{rule.id} missed in {text!r}"


def check_coverage_example(rule: Rule, kind: str, text: str) -> None:
    """A coverage rule's flag examples are sentences it covers; pass examples it must not."""
    prepared = LINTER.prepare(text)
    if rule.role == "covers-aside":
        covered = aside_sentences(prepared, (rule,), [content_span(prepared, s, e) for s, e in prepared.sentences])
    else:
        covered = covered_sentences(prepared, (rule,)).covered
    if kind == "pass":
        assert not covered, f"{rule.id} covers {text!r}"
    elif rule.role == "covers-list":  # a lead and its list: every sentence of it
        spans = [content_span(prepared, s, e) for s, e in prepared.sentences]
        wanted = {i for i, (s, e) in enumerate(spans) if s < e}
        assert covered == wanted, f"{rule.id} leaves {sorted(wanted - covered)} of {text!r} uncovered"
    else:
        assert covered, f"{rule.id} does not cover {text!r}"


def check_library_example(rule: Rule, kind: str, text: str) -> None:
    """A library rule's examples are libraries: templates separated by a line '---'."""
    templates = [(f"t{i}", part.strip("\n")) for i, part in enumerate(text.split("\n---\n"))]
    found = library_findings(templates, (rule,), LINTER.fold)
    if kind == "pass":
        assert not found, f"{rule.id} reported {found}"
    else:
        assert found, f"{rule.id} missed in {text[:80]!r}"
