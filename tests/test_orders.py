"""Per-order policies on unsorted archives: repeat review requests and late replies."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import LINTER
from msglint.audit import Audit, AuditOptions
from msglint.orders import parse_time


def audit(tmp_path: Path, records: list[dict[str, str]]) -> dict[str, list[str]]:
    archive = tmp_path / "a.jsonl"
    archive.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    results = Audit(LINTER, AuditOptions(jobs=1)).results([str(archive)])
    return {r.result.id: [f.rule for f in r.result.findings if f.severity.value != "info"] for r in results}


def test_times_need_an_offset() -> None:
    assert parse_time("2026-03-01T10:00:00+08:00") == parse_time("2026-03-01T02:00:00Z")
    assert parse_time("2026-03-01T10:00:00") is None
    assert parse_time("yesterday") is None


def test_second_request_is_flagged_on_the_later_record_even_when_unsorted(tmp_path: Path) -> None:
    found = audit(
        tmp_path,
        [
            {"id": "late", "order_id": "1", "kind": "review_request", "sent_at": "2026-03-09T10:00:00+00:00"},
            {
                "id": "early",
                "order_id": "1",
                "sent_at": "2026-03-02T10:00:00+00:00",
                "text": "Would you share your experience in a review?",
            },
            {"id": "other", "order_id": "2", "kind": "review_request", "sent_at": "2026-03-09T10:00:00+00:00"},
        ],
    )
    assert found == {"late": ["review-request-limit/repeat-request"], "early": [], "other": []}


def test_inducing_request_also_counts(tmp_path: Path) -> None:
    found = audit(
        tmp_path,
        [
            {
                "id": "a",
                "order_id": "1",
                "sent_at": "2026-03-02T10:00:00+00:00",
                "text": "Please leave us a 5-star review!",
            },
            {
                "id": "b",
                "order_id": "1",
                "sent_at": "2026-03-03T10:00:00+00:00",
                "text": "欢迎您在商品页面分享真实体验。",
            },
        ],
    )
    assert found["b"] == ["review-request-limit/repeat-request"]


def test_late_and_missing_replies(tmp_path: Path) -> None:
    found = audit(
        tmp_path,
        [
            {
                "id": "q1",
                "order_id": "1",
                "direction": "buyer",
                "sent_at": "2026-03-01T10:00:00+00:00",
                "text": "Where is it?",
            },
            {"id": "a1", "order_id": "1", "sent_at": "2026-03-01T20:00:00+00:00", "text": "It arrives Friday."},
            {
                "id": "q2",
                "order_id": "2",
                "direction": "buyer",
                "sent_at": "2026-03-01T10:00:00+00:00",
                "text": "Hello?",
            },
            {"id": "a2", "order_id": "2", "sent_at": "2026-03-03T10:00:00+00:00", "text": "Sorry for the wait."},
            {
                "id": "q3",
                "order_id": "3",
                "direction": "buyer",
                "sent_at": "2026-03-02T09:00:00+00:00",
                "text": "Any news?",
            },
            {
                "id": "q4",
                "order_id": "4",
                "direction": "buyer",
                "sent_at": "2026-03-03T09:00:00+00:00",
                "text": "Still inside 24 h",
            },
            {
                "id": "q5",
                "direction": "buyer",
                "sent_at": "2026-03-01T10:00:00+00:00",
                "text": "No order id: not guessed",
            },
            {"id": "q6", "order_id": "6", "direction": "buyer", "text": "No time: not guessed"},
        ],
    )
    assert found["q1"] == [] and found["q5"] == [] and found["q6"] == [] and found["q4"] == []
    assert found["q2"] == ["response-time/late-reply"]
    assert found["q3"] == ["response-time/late-reply"]


def test_golden_csv_archive(tmp_path: Path) -> None:
    archive = Path(__file__).parent / "data" / "archives" / "mixed.csv"
    results = list(Audit(LINTER, AuditOptions(jobs=2)).results([str(archive)]))
    flagged = {
        r.result.id: sorted({f.policy for f in r.result.findings if f.severity.value != "info"}) for r in results
    }
    assert flagged["c3"] == ["response-time"] and flagged["c14"] == ["response-time"]
    assert flagged["c5"] == ["review-request-limit"] and flagged["c13"] == ["review-request-limit"]
    assert flagged["c12"] == [] and flagged["c2"] == [] and flagged["c8"] == []
    assert results[-1].result.verdict.value == "error" and "line 17" in (results[-1].result.error or "")
