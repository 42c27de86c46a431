"""Run a rule's own examples: `flag` texts must be flagged by it, `pass` texts must not.

The test suite runs every built-in rule's examples; this module lets msglint
refuse a team's rule file (--rules DIR) whose examples its rule fails, naming
the file and the example's line, and backs `msglint rules check`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from msglint import compiled
from msglint.errors import RuleFileError
from msglint.linter import Linter
from msglint.model import Finding
from msglint.rules import ROLES, Rule

MARK = compiled.pattern(r"\[\[(.+?)\]\]")
CHECKED_KINDS = {"phrase", "fuzzy", "regex", "near"}  # archive, library and template rules need more than a text


COVERAGE_ROLES = frozenset(ROLES) - {"finding"}


def failing_examples(linter: Linter, rules: Iterable[Rule]) -> Iterator[RuleFileError]:
    """One error per example that its own rule gets wrong.

    A flag example's [[marked]] part is the span the rule must report; a coverage
    rule's flag examples are sentences it covers, and its pass examples it must not.
    """
    for rule in rules:
        if not {m.kind for m in rule.matchers} <= CHECKED_KINDS:
            continue
        for kind, example in rule.examples:
            if problem := example_problem(linter, rule, kind, example):
                text = MARK.sub(r"\1", example)
                yield RuleFileError(rule.path, _line(rule.path, example), f"{kind} example {text[:60]!r} {problem}")


def example_problem(linter: Linter, rule: Rule, kind: str, example: str) -> str | None:
    """What is wrong with how `rule` treats one of its text examples, or None when it is right."""
    if rule.role in COVERAGE_ROLES:
        return _coverage_problem(linter, rule, kind, example)
    findings = linter.lint(MARK.sub(r"\1", example), context=rule.contexts[0]).findings
    return findings_problem(findings, rule, kind, example)


def findings_problem(findings: Iterable[Finding], rule: Rule, kind: str, example: str) -> str | None:
    """example_problem() for a finding rule, given the findings on the example's text (marks removed)."""
    spans = [(f.start, f.end) for f in findings if f.rule == rule.id]
    if bool(spans) != (kind == "flag"):
        return "is not flagged by the rule" if kind == "flag" else "is flagged by the rule"
    mark = MARK.search(example)
    if kind == "flag" and mark is not None:
        marked = (mark.start(), mark.start() + len(mark.group(1)))
        if marked not in spans:
            return f"is flagged at {spans}, not at the marked {marked}"
    return None


def _coverage_problem(linter: Linter, rule: Rule, kind: str, example: str) -> str | None:
    # Coverage loads rapidfuzz with the templates module: only for rule files that have such rules.
    from msglint.coverage import aside_sentences, content_span, covered_sentences

    prepared = linter.prepare(MARK.sub(r"\1", example))
    spans = [content_span(prepared, s, e) for s, e in prepared.sentences]
    if rule.role == "covers-aside":
        covered = aside_sentences(prepared, (rule,), spans)
    else:
        covered = covered_sentences(prepared, (rule,)).covered
    if kind == "pass":
        return "is covered by the rule" if covered else None
    if rule.role == "covers-list":  # a lead and its list: every sentence of it
        wanted = {i for i, (s, e) in enumerate(spans) if s < e}
        return None if covered == wanted else f"leaves sentences {sorted(wanted - covered)} uncovered"
    return None if covered else "is not covered by the rule"


def _line(path: str, example: str) -> int | None:
    try:
        source = Path(path).read_text(encoding="utf-8")
    except OSError:
        return None
    probe = example[:30].replace("\\", "\\\\").replace('"', '\\"')
    at = source.find(probe)
    return source.count("\n", 0, at) + 1 if at >= 0 else None
