#!/usr/bin/env python3
"""Every finding (rule@start-end) on every corpus text, one line a text, to compare two commits.

    python corpora/findings.py > /tmp/after.txt
    git stash && python corpora/findings.py > /tmp/before.txt && git stash pop
    diff /tmp/before.txt /tmp/after.txt

Content corpora (`corpora/*.jsonl`, `corpora/holdout*/*.jsonl`) are linted without
templates; each template set's replies with its own library. A change to the rules
that claims to leave other findings alone is checked this way. For an older commit
that lacks this script, copy it out first (`git show HEAD:corpora/findings.py >
/tmp/findings.py`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from msglint.linter import Linter
from msglint.rules import load_rules
from msglint.templates import TemplateLibrary, load_templates

CORPORA = Path(__file__).resolve().parent


def _records(path: Path) -> Iterator[dict[str, str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def _line(name: str, linter: Linter, record: dict[str, str]) -> str:
    result = linter.lint(record["text"], context=record.get("context"))
    return f"{name}:{record['id']} " + " ".join(sorted(f"{f.rule}@{f.start}-{f.end}" for f in result.findings))


def main() -> None:
    rules = load_rules()
    plain = Linter(rules)
    for path in sorted(CORPORA.glob("*.jsonl")) + sorted(CORPORA.glob("holdout*/*.jsonl")):
        for record in _records(path):
            print(_line(path.name, plain, record))
    for directory in sorted(CORPORA.glob("templates*/")):
        if (directory / "replies.jsonl").exists():
            library = TemplateLibrary(load_templates(directory / "library"), plain.fold)
            linter = Linter(rules, templates=library)
            for record in _records(directory / "replies.jsonl"):
                print(_line(directory.name, linter, record))


if __name__ == "__main__":
    main()
