#!/usr/bin/env python3
"""Evasions caught and near-misses flagged in labelled corpora, by tags anywhere in a case.

    python corpora/tag_rates.py corpora/holdout31/holdout31.jsonl

`msglint eval` counts a case under its first tag only, and the later held-out sets put
a policy subtype there; this counts every case that carries `evasion` or `near-miss`
at all. A case is flagged as `msglint eval` counts it: an error or warning finding
of one of the three content policies; an evasion is caught when one of its own
labels is flagged. The README's per-set evasion and near-miss rates come from here.
"""

from __future__ import annotations

import sys

from msglint.evaluate import read_cases
from msglint.linter import Linter
from msglint.model import CONTENT_POLICIES
from msglint.rules import load_rules

POLICIES = set(CONTENT_POLICIES)


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    linter = Linter(load_rules())
    caught = evasions = flagged = near = 0
    for case in read_cases(paths):
        findings = linter.lint(case.text, context=case.context).findings
        got = {f.policy for f in findings if f.severity.rank > 0 and f.policy in POLICIES}
        if "evasion" in case.tags:
            evasions += 1
            caught += bool(got & case.labels)
        if "near-miss" in case.tags:
            near += 1
            flagged += bool(got)
    print(f"Evasions caught: {caught} of {evasions} ({caught / max(evasions, 1):.1%}); ", end="")
    print(f"near-misses flagged: {flagged} of {near} ({flagged / max(near, 1):.1%}).")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
