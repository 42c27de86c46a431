"""Findings -> verdict and a 0-100 risk score. Pure functions.

score = round(100 * (1 - prod(1 - weight(severity) * confidence)))
with weight error = 1.0, warning = 0.5, info = 0: independent pieces of
evidence compound, one strong error alone scores its confidence, and
info findings (such as a neutral review request) never add risk.
"""

from __future__ import annotations

from msglint.model import Finding, Result, Severity, Verdict

WEIGHTS = {Severity.ERROR: 1.0, Severity.WARNING: 0.5, Severity.INFO: 0.0}


def risk_score(findings: tuple[Finding, ...]) -> int:
    """Return the message's risk, 0 when there are no findings."""
    keep = 1.0
    for finding in findings:
        keep *= 1.0 - WEIGHTS[finding.severity] * finding.confidence
    return max(0, min(100, round(100 * (1.0 - keep))))


def verdict_of(findings: tuple[Finding, ...]) -> Verdict:
    """Block on any error, warn on any warning, else pass."""
    severities = {f.severity for f in findings}
    if Severity.ERROR in severities:
        return Verdict.BLOCK
    if Severity.WARNING in severities:
        return Verdict.WARN
    return Verdict.PASS


def make_result(lang: str, findings: tuple[Finding, ...], text: str | None = None) -> Result:
    """Build a Result whose verdict and score follow from its findings."""
    return Result(
        lang=lang,
        verdict=verdict_of(findings),
        score=risk_score(findings),
        findings=findings,
        text=text,
    )
