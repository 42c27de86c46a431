"""The audit's reuse of results for repeated texts changes no record's findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msglint import audit as auditing
from msglint.audit import Audit, AuditOptions
from msglint.linter import Linter
from msglint.rules import load_rules

PROACTIVE_ONLY = """id = "marketing/proactive-mascot"
policy = "marketing"
severity = "error"
message = "Mentions our mascot in a message we start"
source = "team policy"
contexts = ["proactive"]

[[match]]
kind = "phrase"
phrases = ["mascot"]

[examples]
flag = ["Say hi to our mascot"]
pass = ["Your parcel shipped"]
"""

TEXTS = [
    "Our mascot says hi! Your parcel shipped today.",
    "Please leave us a 5-star review and we will refund you $10.",
    "Your return was received; the refund is on its way.",
]


def linter(tmp_path: Path) -> Linter:
    (tmp_path / "rules" / "marketing").mkdir(parents=True, exist_ok=True)
    (tmp_path / "rules" / "marketing" / "proactive-mascot.toml").write_text(PROACTIVE_ONLY, encoding="utf-8")
    return Linter(load_rules([tmp_path / "rules"]))


def findings(tmp_path: Path, records: list[dict[str, str]], jobs: int) -> list[tuple[str, str | None, list[str]]]:
    archive = tmp_path / f"a{jobs}.jsonl"
    archive.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    results = Audit(linter(tmp_path), AuditOptions(jobs=jobs)).results([str(archive)])
    return [(r.result.id, r.result.order_id, sorted(f.rule for f in r.result.findings)) for r in results]


def test_same_text_in_another_context_is_linted_in_that_context(tmp_path: Path) -> None:
    records = [
        {"id": f"m{n}", "order_id": f"o{n}", "text": TEXTS[0], "context": ("reply", "proactive")[n % 2]}
        for n in range(auditing.CHUNK * 3)
    ]
    for jobs in (1, 2):
        found = findings(tmp_path, records, jobs)
        assert [f[0] for f in found] == [r["id"] for r in records]
        assert all(("marketing/proactive-mascot" in rules) == (n % 2 == 1) for n, (_, _, rules) in enumerate(found))


def test_repeated_texts_keep_their_own_ids_and_match_a_fresh_lint(tmp_path: Path) -> None:
    records = [
        {"id": f"m{n}", "order_id": f"o{n}", "text": TEXTS[n % len(TEXTS)], "context": "reply"}
        for n in range(auditing.CHUNK * 5)
    ]
    fresh = linter(tmp_path)
    expected = [(r["id"], r["order_id"], sorted(f.rule for f in fresh.lint(r["text"]).findings)) for r in records]
    assert findings(tmp_path, records, 1) == expected
    assert findings(tmp_path, records, 2) == expected


def test_a_result_pushed_out_of_the_memo_is_linted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for one result, a repeat read back after other texts cannot come from the memo."""
    monkeypatch.setattr(auditing, "memo_size", lambda jobs: 1)
    texts = [*TEXTS, *(f"Your parcel {n} left the depot today." for n in range(auditing.CHUNK))]
    records = [
        {"id": f"m{n}", "order_id": f"o{n}", "text": texts[(n * 7) % len(texts)], "context": "reply"}
        for n in range(auditing.CHUNK * 4)
    ]
    fresh = linter(tmp_path)
    expected = [(r["id"], r["order_id"], sorted(f.rule for f in fresh.lint(r["text"]).findings)) for r in records]
    assert findings(tmp_path, records, 2) == expected


def test_two_audits_at_once_keep_their_own_rules(tmp_path: Path) -> None:
    """Each run has its own linter and memo: one with a team rule never leaks into another."""
    records = [{"id": f"m{n}", "order_id": f"o{n}", "text": TEXTS[0], "context": "proactive"} for n in range(6)]
    archive = tmp_path / "a.jsonl"
    archive.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    # Pass one (_linted) is where records are linted; results() would run it to the end first.
    team = Audit(linter(tmp_path), AuditOptions(jobs=1))._linted([str(archive)])
    plain = Audit(Linter(load_rules()), AuditOptions(jobs=1))._linted([str(archive)])
    team_rules, plain_rules = [], []
    for _ in records:  # interleaved, as two requests of a server would be
        team_rules.append({f.rule for f in next(team).result.findings})
        plain_rules.append({f.rule for f in next(plain).result.findings})
    assert all("marketing/proactive-mascot" in rules for rules in team_rules)
    assert not any("marketing/proactive-mascot" in rules for rules in plain_rules)


def test_results_read_back_across_spool_windows_keep_order_and_per_order_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spool starts a new pickler every SPOOL_WINDOW records; reading back must follow it."""
    monkeypatch.setattr(auditing, "SPOOL_WINDOW", 7)
    request = "Would you share your experience in a review?"
    records = []
    for n in range(60):
        record = {"id": f"m{n}", "order_id": f"o{n // 2}", "text": TEXTS[n % len(TEXTS)], "context": "reply"}
        if n % 10 in (3, 4):  # two neutral requests on one order: the second breaks the limit
            record.update(order_id=f"r{n // 10}", text=request, sent_at=f"2026-03-0{1 + n % 10 - 3}T10:00:00Z")
        records.append(record)
    fresh = linter(tmp_path)
    for jobs in (1, 2):
        found = findings(tmp_path, records, jobs)
        assert [f[0] for f in found] == [r["id"] for r in records]
        for record, (_, order_id, rules) in zip(records, found, strict=True):
            expected = sorted(f.rule for f in fresh.lint(record["text"]).findings)
            if record["id"][1:].isdigit() and int(record["id"][1:]) % 10 == 4:
                expected = sorted([*expected, "review-request-limit/repeat-request"])
            assert (order_id, rules) == (record["order_id"], expected), record["id"]
