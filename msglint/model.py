"""Findings, results and verdicts: small immutable values with one serializer.

Offsets are Unicode code points (Python `str` indices) into the ORIGINAL text,
end exclusive; `line` and `column` are 1-based.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

POLICIES = (
    "review-inducement",
    "review-request-limit",
    "template-required",
    "off-platform-contact",
    "marketing",
    "response-time",
)
CONTEXTS = ("reply", "proactive")
# The policies one message's own words break, measured on the labelled corpora.
CONTENT_POLICIES = ("review-inducement", "off-platform-contact", "marketing")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Order for --fail-on comparisons: info < warning < error."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Verdict(StrEnum):
    PASS = "pass"
    WARN = "warn"
    BLOCK = "block"
    ERROR = "error"  # the record could not be read


# Findings and results are NamedTuples, not dataclasses: a frozen dataclass generates
# its methods by compiling source when its module is imported, about 1 ms a class,
# and a dozen of them were a tenth of `msglint check` on one message. A NamedTuple
# is as immutable, pickles as a plain tuple (the audit passes every result between
# processes), and compares by its fields in order.
class Finding(NamedTuple):
    rule: str  # "review-inducement/incentive"
    policy: str  # one of POLICIES or an added policy name
    severity: Severity
    message: str
    start: int  # code points into the original text
    end: int  # exclusive
    line: int  # 1-based
    column: int  # 1-based
    excerpt: str  # == original[start:end]
    confidence: float  # 0-1
    suggestion: str | None = None
    extra: tuple[tuple[str, object], ...] = ()  # e.g. template, similarity

    def to_json(self) -> dict[str, object]:
        """Return the wire form fixed by interface.md."""
        data: dict[str, object] = {
            "rule": self.rule,
            "policy": self.policy,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "excerpt": self.excerpt,
            "confidence": round(self.confidence, 2),
            "suggestion": self.suggestion,
        }
        data.update(self.extra)
        return data


class Result(NamedTuple):
    lang: str  # en | zh | mixed | other
    verdict: Verdict
    score: int  # 0-100 risk
    findings: tuple[Finding, ...] = ()
    id: str = "-"
    order_id: str | None = None
    error: str | None = None  # set only when verdict is ERROR
    notes: tuple[str, ...] = ()  # what could not be checked (a rule that ran out of time)
    text: str | None = None  # kept for reporters

    def with_id(self, id: str, order_id: str | None = None) -> Result:
        """Return a copy carrying the record or path it came from."""
        return Result(
            self.lang, self.verdict, self.score, self.findings, id, order_id, self.error, self.notes, self.text
        )

    def with_findings(self, findings: tuple[Finding, ...]) -> Result:
        """Return a copy with extra findings, verdict and score recomputed."""
        from msglint.score import make_result

        merged = tuple(sorted(self.findings + findings, key=lambda f: (f.start, f.end, f.rule)))
        return make_result(self.lang, merged, self.text)._replace(id=self.id, order_id=self.order_id)

    def to_json(self, findings: list[dict[str, object]] | None = None) -> dict[str, object]:
        """Return the wire form fixed by interface.md (`findings`: theirs, when the caller has it)."""
        data: dict[str, object] = {
            "id": self.id,
            "order_id": self.order_id,
            "lang": self.lang,
            "verdict": self.verdict.value,
            "score": self.score,
            "findings": [f.to_json() for f in self.findings] if findings is None else findings,
        }
        if self.error is not None:
            data["error"] = self.error
        if self.notes:
            data["notes"] = list(self.notes)
        return data


def error_result(id: str, problem: str, order_id: str | None = None) -> Result:
    """Build the result of a record that could not be read."""
    return Result(lang="other", verdict=Verdict.ERROR, score=0, id=id, order_id=order_id, error=problem)
