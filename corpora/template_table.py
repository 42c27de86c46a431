#!/usr/bin/env python3
"""template-required precision / recall on every template set, as a Markdown table.

    python corpora/template_table.py

One row per `corpora/templates*/` set with a library and replies: over all replies,
and over the replies whose first tag is not `violating` (the writers of some sets
label a template sent with a violating sentence added with its content policy only;
msglint reports that sentence as template-required too, see the README). The README's table
of development template sets comes from here.
"""

from __future__ import annotations

import re
from pathlib import Path

from msglint.evaluate import Scores, evaluate, read_cases
from msglint.linter import Linter
from msglint.rules import load_rules
from msglint.templates import TemplateLibrary, load_templates

CORPORA = Path(__file__).resolve().parent


def _number(directory: Path) -> int:
    """templates -> -1, templates-holdout -> 0, templates-holdoutN -> N: the order they were written in."""
    digits = re.sub(r"\D", "", directory.name)
    return int(digits) if digits else (-1 if directory.name == "templates" else 0)


def _counts(scores: Scores) -> tuple[int, int, int]:
    """template-required true positives, false positives and false negatives."""
    policy = "template-required"
    return scores.tp.get(policy, 0), len(scores.fp.get(policy, [])), len(scores.fn.get(policy, []))


def _score(tp: int, fp: int, fn: int) -> str:
    precision = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
    recall = f"{tp / (tp + fn):.3f}" if tp + fn else "-"
    return f"{precision} / {recall}"


def main() -> None:
    rules = load_rules()
    fold = Linter(rules).fold
    print("| set | replies | template-required, all replies | without violating replies |")
    print("| --- | --- | --- | --- |")
    for directory in sorted(CORPORA.glob("templates*/"), key=_number):
        if not (directory / "replies.jsonl").exists():
            continue
        linter = Linter(rules, templates=TemplateLibrary(load_templates(directory / "library"), fold))
        cases = list(read_cases([str(directory / "replies.jsonl")]))
        violating = [c for c in cases if c.tags[:1] == ("violating",)]
        # Each reply is linted once: the figures over all replies are the two parts added up.
        kept = _counts(evaluate(linter, [c for c in cases if c.tags[:1] != ("violating",)]))
        added = _counts(evaluate(linter, violating))
        every = tuple(a + b for a, b in zip(kept, added, strict=True))
        without = _score(*kept) if violating else "-"
        print(f"| `{directory.name}` | {len(cases)} | {_score(*every)} | {without} |")


if __name__ == "__main__":
    main()
