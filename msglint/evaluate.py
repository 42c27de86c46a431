"""`msglint eval`: precision and recall per policy on labelled corpora.

A case is {"id", "text", "labels": [policies], "lang", "tags": [...]}; a policy
counts as flagged when the message has an error or warning finding of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from msglint.errors import InputError
from msglint.linter import Linter
from msglint.model import CONTENT_POLICIES, Severity

MEASURED = CONTENT_POLICIES  # template-required too, when labelled


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    labels: frozenset[str]
    tags: tuple[str, ...]
    context: str | None = None


@dataclass
class Scores:
    cases: int = 0
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, list[str]] = field(default_factory=dict)
    fn: dict[str, list[str]] = field(default_factory=dict)
    by_tag: dict[str, list[int]] = field(default_factory=dict)  # tag -> [cases, flagged]
    policies: tuple[str, ...] = ()


def read_cases(paths: Iterable[str]) -> Iterator[Case]:
    """Labelled cases from JSON Lines files."""
    for path in paths:
        for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                yield Case(
                    str(data["id"]),
                    data["text"],
                    frozenset(data.get("labels", [])),
                    tuple(data.get("tags", [])),
                    data.get("context"),
                )
            except (json.JSONDecodeError, KeyError, TypeError) as error:
                raise InputError(f"{path}:{number}: not a labelled case ({error})") from None


def flagged_policies(linter: Linter, case: Case) -> set[str]:
    """Policies with an error or warning finding on this case."""
    result = linter.lint(case.text, context=case.context)
    return {f.policy for f in result.findings if f.severity is not Severity.INFO}


def evaluate(linter: Linter, cases: Iterable[Case]) -> Scores:
    """Lint every case and tally true and false positives and negatives per policy."""
    cases = list(cases)
    measured = sorted({p for c in cases for p in c.labels} | set(MEASURED))
    scores = Scores(policies=tuple(measured))
    for case in cases:
        scores.cases += 1
        flagged = flagged_policies(linter, case) & set(measured)
        for policy in measured:
            if policy in flagged and policy in case.labels:
                scores.tp[policy] = scores.tp.get(policy, 0) + 1
            elif policy in flagged:
                scores.fp.setdefault(policy, []).append(case.id)
            elif policy in case.labels:
                scores.fn.setdefault(policy, []).append(case.id)
        for tag in case.tags[:1]:
            tally = scores.by_tag.setdefault(tag, [0, 0])
            tally[0] += 1
            tally[1] += bool(flagged) if not case.labels else bool(flagged & case.labels)
    return scores


def table(scores: Scores) -> list[dict[str, Any]]:
    """Rows of policy, precision, recall, counts."""
    rows = []
    for policy in scores.policies:
        tp = scores.tp.get(policy, 0)
        fp = len(scores.fp.get(policy, []))
        fn = len(scores.fn.get(policy, []))
        rows.append(
            {
                "policy": policy,
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "precision": round(tp / (tp + fp), 3) if tp + fp else None,
                "recall": round(tp / (tp + fn), 3) if tp + fn else None,
            }
        )
    return rows


def to_json(scores: Scores) -> str:
    """Machine-readable figures."""
    tags = {tag: {"cases": n, "flagged": k} for tag, (n, k) in scores.by_tag.items()}
    return json.dumps({"cases": scores.cases, "policies": table(scores), "tags": tags}, indent=2)


def to_text(scores: Scores, misses: bool = False) -> str:
    """The README table: precision and recall per policy, then rates per tag."""
    out = [
        f"{scores.cases} cases",
        "",
        "| policy | precision | recall | tp | fp | fn |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in table(scores):
        out.append(
            f"| {row['policy']} | {_fmt(row['precision'])} | {_fmt(row['recall'])} | {row['tp']} | {row['fp']} | {row['fn']} |"
        )
    out += ["", "| tag | cases | flagged (violations: caught; others: wrongly flagged) |", "| --- | --- | --- |"]
    for tag, (n, k) in sorted(scores.by_tag.items()):
        out.append(f"| {tag} | {n} | {k} ({k / n:.1%}) |")
    if misses:
        for policy in scores.policies:
            if scores.fp.get(policy):
                out.append(f"false positives {policy}: {' '.join(scores.fp[policy])}")
            if scores.fn.get(policy):
                out.append(f"missed {policy}: {' '.join(scores.fn[policy])}")
    return "\n".join(out)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"
