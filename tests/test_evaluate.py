"""Corpus thresholds: precision and recall per policy on the labelled corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import LINTER
from msglint.evaluate import evaluate, read_cases, table

CORPORA = Path(__file__).resolve().parent.parent / "corpora"
# The development sets: the rules have been improved on their misses. The
# newest held-out set measures generalization and is reported in the README,
# not asserted here, until it too has been used for error analysis.
DEVELOPMENT = [
    *CORPORA.glob("*.jsonl"),
    *CORPORA.glob("holdout/*.jsonl"),
    *CORPORA.glob("holdout2/*.jsonl"),
    *CORPORA.glob("holdout3/*.jsonl"),
    *CORPORA.glob("holdout4/*.jsonl"),
    *CORPORA.glob("holdout5/*.jsonl"),
    *CORPORA.glob("holdout6/*.jsonl"),
    *CORPORA.glob("holdout7/*.jsonl"),
    *CORPORA.glob("holdout8/*.jsonl"),
    *CORPORA.glob("holdout9/*.jsonl"),
    *CORPORA.glob("holdout10/*.jsonl"),
    *CORPORA.glob("holdout11/*.jsonl"),
    *CORPORA.glob("holdout12/*.jsonl"),
    *CORPORA.glob("holdout13/*.jsonl"),
    *CORPORA.glob("holdout14/*.jsonl"),
    *CORPORA.glob("holdout15/*.jsonl"),
    *CORPORA.glob("holdout16/*.jsonl"),
    *CORPORA.glob("holdout17/*.jsonl"),
    *CORPORA.glob("holdout18/*.jsonl"),
    *CORPORA.glob("holdout19/*.jsonl"),
    *CORPORA.glob("holdout20/*.jsonl"),
    *CORPORA.glob("holdout21/*.jsonl"),
    *CORPORA.glob("holdout22/*.jsonl"),
    *CORPORA.glob("holdout23/*.jsonl"),
    *CORPORA.glob("holdout24/*.jsonl"),
    *CORPORA.glob("holdout25/*.jsonl"),
    *CORPORA.glob("holdout26/*.jsonl"),
    *CORPORA.glob("holdout27/*.jsonl"),
    *CORPORA.glob("holdout28/*.jsonl"),
    *CORPORA.glob("holdout29/*.jsonl"),
    *CORPORA.glob("holdout30/*.jsonl"),
    *CORPORA.glob("holdout31/*.jsonl"),
    *CORPORA.glob("holdout32/*.jsonl"),
    *CORPORA.glob("holdout33/*.jsonl"),
    *CORPORA.glob("holdout34/*.jsonl"),
    *CORPORA.glob("holdout35/*.jsonl"),
    *CORPORA.glob("holdout36/*.jsonl"),
    *CORPORA.glob("holdout37/*.jsonl"),
    *CORPORA.glob("holdout38/*.jsonl"),
    *CORPORA.glob("holdout39/*.jsonl"),
    *CORPORA.glob("holdout40/*.jsonl"),
    *CORPORA.glob("holdout41/*.jsonl"),
    *CORPORA.glob("holdout42/*.jsonl"),
    *CORPORA.glob("holdout43/*.jsonl"),
    *CORPORA.glob("holdout44/*.jsonl"),
    *CORPORA.glob("holdout45/*.jsonl"),
    *CORPORA.glob("holdout46/*.jsonl"),
    *CORPORA.glob("holdout47/*.jsonl"),
    *CORPORA.glob("holdout48/*.jsonl"),
    *CORPORA.glob("holdout49/*.jsonl"),
    *CORPORA.glob("holdout50/*.jsonl"),
    *CORPORA.glob("holdout51/*.jsonl"),
    *CORPORA.glob("holdout52/*.jsonl"),
    *CORPORA.glob("holdout53/*.jsonl"),
    *CORPORA.glob("holdout54/*.jsonl"),
    *CORPORA.glob("holdout55/*.jsonl"),
    *CORPORA.glob("holdout56/*.jsonl"),
    *CORPORA.glob("holdout57/*.jsonl"),
    *CORPORA.glob("holdout58/*.jsonl"),
    *CORPORA.glob("holdout59/*.jsonl"),
    *CORPORA.glob("holdout60/*.jsonl"),
    *CORPORA.glob("holdout61/*.jsonl"),
    *CORPORA.glob("holdout62/*.jsonl"),
    *CORPORA.glob("holdout63/*.jsonl"),
    *CORPORA.glob("holdout64/*.jsonl"),
    *CORPORA.glob("holdout65/*.jsonl"),
    *CORPORA.glob("holdout66/*.jsonl"),
    *CORPORA.glob("holdout67/*.jsonl"),
    *CORPORA.glob("holdout68/*.jsonl"),
    *CORPORA.glob("holdout69/*.jsonl"),
    *CORPORA.glob("holdout70/*.jsonl"),
    *CORPORA.glob("holdout71/*.jsonl"),
    *CORPORA.glob("holdout72/*.jsonl"),
    *CORPORA.glob("holdout73/*.jsonl"),
    *CORPORA.glob("holdout74/*.jsonl"),
    *CORPORA.glob("holdout75/*.jsonl"),
    *CORPORA.glob("holdout76/*.jsonl"),
    *CORPORA.glob("holdout77/*.jsonl"),
    *CORPORA.glob("holdout78/*.jsonl"),
    *CORPORA.glob("holdout79/*.jsonl"),
    *CORPORA.glob("holdout80/*.jsonl"),
    *CORPORA.glob("holdout81/*.jsonl"),
    *CORPORA.glob("holdout82/*.jsonl"),
    *CORPORA.glob("holdout83/*.jsonl"),
    *CORPORA.glob("holdout84/*.jsonl"),
    *CORPORA.glob("holdout85/*.jsonl"),
    *CORPORA.glob("holdout86/*.jsonl"),
    *CORPORA.glob("holdout87/*.jsonl"),
    *CORPORA.glob("holdout88/*.jsonl"),
    *CORPORA.glob("holdout89/*.jsonl"),
    *CORPORA.glob("holdout90/*.jsonl"),
    *CORPORA.glob("holdout91/*.jsonl"),
    *CORPORA.glob("holdout92/*.jsonl"),
    *CORPORA.glob("holdout93/*.jsonl"),
    *CORPORA.glob("holdout94/*.jsonl"),
    *CORPORA.glob("holdout95/*.jsonl"),
    *CORPORA.glob("holdout96/*.jsonl"),
    *CORPORA.glob("holdout97/*.jsonl"),
    *CORPORA.glob("holdout98/*.jsonl"),
    *CORPORA.glob("holdout99/*.jsonl"),
    *CORPORA.glob("holdout100/*.jsonl"),
    *CORPORA.glob("holdout101/*.jsonl"),
    *CORPORA.glob("holdout102/*.jsonl"),
    *CORPORA.glob("holdout103/*.jsonl"),
    *CORPORA.glob("holdout104/*.jsonl"),
]
SCORES = evaluate(LINTER, read_cases(sorted(map(str, DEVELOPMENT))))


def test_corpus_is_large_and_bilingual() -> None:
    assert SCORES.cases >= 600


@pytest.mark.parametrize("row", table(SCORES), ids=lambda row: row["policy"])
def test_precision_and_recall(row: dict[str, object]) -> None:
    assert row["precision"] is not None and row["precision"] >= 0.9, row
    assert row["recall"] is not None and row["recall"] >= 0.9, row


def test_evasions_caught_and_near_misses_spared() -> None:
    cases, caught = SCORES.by_tag["evasion"]
    assert caught / cases >= 0.85
    cases, flagged = SCORES.by_tag["near-miss"]
    assert flagged / cases <= 0.08
