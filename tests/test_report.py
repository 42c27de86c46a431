"""The JSON Lines writer: one line per record, equal to the record's wire form."""

from __future__ import annotations

import json

from conftest import LINTER
from msglint.model import Result, error_result
from msglint.report import dumps, to_jsonl_line

TEXTS = [
    "Please leave us a 5-star review and we will refund you $10.",
    "加我微信 abc123，好评返现！",
    "Your parcel shipped today.",
]


def test_a_line_is_the_wire_form_also_when_findings_are_shared() -> None:
    results: list[Result] = []
    for text in TEXTS:
        base = LINTER.lint(text)
        # Repeated texts share one findings tuple under different ids (the audit's memo).
        results += [base.with_id("a", "o1"), base.with_id("b", None)]
    results += [error_result("7", "line 7: broken JSON", "o2"), Result("en", results[0].verdict, 3, notes=("slow",))]
    for result in results:
        line = to_jsonl_line(result)
        assert line == dumps(result.to_json())
        assert json.loads(line)["id"] == result.id
