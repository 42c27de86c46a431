#!/usr/bin/env python3
"""template-required precision / recall on every template set, as a Markdown table.

    python corpora/template_table.py

One row per `corpora/templates*/` set with a library and replies: over all replies,
and over the replies whose first tag is not `violating` (the writers of some sets
label a template sent with a violating sentence added as template-required too;
msglint leaves that sentence to its own policy, see the README). The README's table
of development template sets comes from here.
"""

from __future__ import annotations

import re
from pathlib import Path

from msglint.evaluate import Case, evaluate, read_cases, table
from msglint.linter import Linter
from msglint.rules import load_rules
from msglint.templates import TemplateLibrary, load_templates

CORPORA = Path(__file__).resolve().parent


def _number(directory: Path) -> int:
    """templates -> -1, templates-holdout -> 0, templates-holdoutN -> N: the order they were written in."""
    digits = re.sub(r"\D", "", directory.name)
    return int(digits) if digits else (-1 if directory.name == "templates" else 0)


def _score(linter: Linter, cases: list[Case]) -> str:
    row = next(r for r in table(evaluate(linter, cases)) if r["policy"] == "template-required")
    return f"{row['precision']:.3f} / {row['recall']:.3f}"


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
        kept = [c for c in cases if not c.tags or c.tags[0] != "violating"]
        without = _score(linter, kept) if len(kept) < len(cases) else "-"
        print(f"| `{directory.name}` | {len(cases)} | {_score(linter, cases)} | {without} |")


if __name__ == "__main__":
    main()
