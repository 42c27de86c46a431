"""Verdicts and the 0-100 risk score."""

from __future__ import annotations

from msglint.model import Finding, Severity, Verdict
from msglint.score import make_result, risk_score, verdict_of


def finding(severity: Severity, confidence: float = 0.9) -> Finding:
    return Finding("r/x", "marketing", severity, "m", 0, 1, 1, 1, "x", confidence)


def test_no_findings_pass_with_zero() -> None:
    result = make_result("en", ())
    assert (result.verdict, result.score) == (Verdict.PASS, 0)


def test_verdict_follows_the_worst_severity() -> None:
    assert verdict_of((finding(Severity.INFO),)) is Verdict.PASS
    assert verdict_of((finding(Severity.INFO), finding(Severity.WARNING))) is Verdict.WARN
    assert verdict_of((finding(Severity.WARNING), finding(Severity.ERROR))) is Verdict.BLOCK


def test_score_compounds_and_ignores_info() -> None:
    assert risk_score((finding(Severity.INFO, 1.0),)) == 0
    assert risk_score((finding(Severity.ERROR, 0.9),)) == 90
    assert risk_score((finding(Severity.WARNING, 0.8),)) == 40
    assert risk_score((finding(Severity.ERROR, 0.9), finding(Severity.ERROR, 0.9))) == 99
