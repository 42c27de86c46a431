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
from msglint.rules import Rule

MARK = compiled.pattern(r"\[\[(.+?)\]\]")
CHECKED_KINDS = {"phrase", "fuzzy", "regex", "near"}  # archive, library and template rules need more than a text


def failing_examples(linter: Linter, rules: Iterable[Rule]) -> Iterator[RuleFileError]:
    """One error per example that its own rule gets wrong."""
    for rule in rules:
        if rule.role != "finding" or not {m.kind for m in rule.matchers} <= CHECKED_KINDS:
            continue
        for kind, example in rule.examples:
            text = MARK.sub(r"\1", example)
            flagged = any(f.rule == rule.id for f in linter.lint(text, context=rule.contexts[0]).findings)
            if flagged != (kind == "flag"):
                problem = "is not flagged by the rule" if kind == "flag" else "is flagged by the rule"
                yield RuleFileError(rule.path, _line(rule.path, example), f"{kind} example {text[:60]!r} {problem}")


def _line(path: str, example: str) -> int | None:
    try:
        source = Path(path).read_text(encoding="utf-8")
    except OSError:
        return None
    probe = example[:30].replace("\\", "\\\\").replace('"', '\\"')
    at = source.find(probe)
    return source.count("\n", 0, at) + 1 if at >= 0 else None
