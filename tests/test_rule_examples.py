"""Every example of every rule file: flag texts must be flagged, pass texts must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LINTER, RULES
from msglint.audit import Audit, AuditOptions
from msglint.examples import MARK, example_problem, findings_problem
from msglint.library import library_findings
from msglint.linter import Linter
from msglint.matchers import LibraryMatcher, LimitMatcher, PerOrderMatcher, TemplateMatcher
from msglint.rules import Rule
from msglint.templates import TemplateLibrary, load_templates

LIBRARY = Path(__file__).resolve().parent.parent / "corpora" / "templates" / "library"
WITH_TEMPLATES = Linter(RULES, templates=TemplateLibrary(load_templates(LIBRARY), LINTER.fold))

CASES = [(rule, kind, text) for rule in RULES.rules for kind, text in rule.examples]


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
        problem = example_problem(LINTER, rule, kind, text)
        assert problem is None, f"{rule.id}: {kind} example {text!r} {problem}"
        return
    limit = next((m for m in rule.matchers if isinstance(m, LimitMatcher)), None)
    if limit is not None:
        # Flag examples are repeated past the limit; pass examples are read as they are.
        text = text * (limit.max // len(text) + 1) if kind == "flag" else text
        assert bool([f for f in LINTER.lint(text).findings if f.rule == rule.id]) == (kind == "flag")
        return
    linter = WITH_TEMPLATES if any(isinstance(m, TemplateMatcher) for m in rule.matchers) else LINTER
    plain = MARK.sub(r"\1", text)
    findings = linter.lint(plain, context=rule.contexts[0]).findings  # once, for both checks below
    problem = findings_problem(findings, rule, kind, text)
    assert problem is None, f"{rule.id}: {kind} example {text!r} {problem}"
    for finding in findings:
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


def check_library_example(rule: Rule, kind: str, text: str) -> None:
    """A library rule's examples are libraries: templates separated by a line '---'."""
    templates = [(f"t{i}", part.strip("\n")) for i, part in enumerate(text.split("\n---\n"))]
    found = library_findings(templates, (rule,), LINTER.fold)
    if kind == "pass":
        assert not found, f"{rule.id} reported {found}"
    else:
        assert found, f"{rule.id} missed in {text[:80]!r}"
