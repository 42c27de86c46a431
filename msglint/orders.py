"""Per-order policies over an archive: repeat review requests and late replies.

Archives need not be sorted, so each record's order, time, direction and
review-request span go into a temporary SQLite table as the records stream by;
one ordered query per policy then finds the records that break a rule. Memory
stays flat however large the archive; only the findings are kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from msglint.matchers import PerOrderMatcher
from msglint.model import Finding, Result
from msglint.rules import Rule

_SCHEMA = """
CREATE TABLE events (
  idx INTEGER PRIMARY KEY, order_id TEXT NOT NULL, ts REAL, direction TEXT, kind TEXT,
  is_request INTEGER, start INTEGER, end INTEGER, line INTEGER, col INTEGER, excerpt TEXT
)
"""


def parse_time(value: str | None) -> float | None:
    """Seconds since the epoch for an ISO 8601 time with offset; None if absent or unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment.timestamp() if moment.tzinfo is not None else None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    line: int
    column: int
    excerpt: str


EVENT_SPAN = Span(0, 0, 1, 1, "")  # a Request-a-Review button use has no text


def request_span(result: Result, counts: Iterable[str]) -> Span | None:
    """Where a message asks for a review, if it does: the first finding of a counted rule."""
    wanted = set(counts)
    for finding in result.findings:
        if finding.rule in wanted:
            return Span(finding.start, finding.end, finding.line, finding.column, finding.excerpt)
    return None


def per_order_rules(rules: Iterable[Rule], check: str) -> list[tuple[Rule, PerOrderMatcher]]:
    """The rules (with their matcher) that run a given per-order check."""
    return [
        (rule, matcher)
        for rule in rules
        for matcher in rule.matchers
        if isinstance(matcher, PerOrderMatcher) and matcher.check == check
    ]


def make_finding(rule: Rule, span: Span, detail: str = "") -> Finding:
    """A per-order finding placed on one record's span."""
    return rule.finding((span.start, span.end, span.line, span.column, span.excerpt), 1.0, detail)


_BATCH = 1000  # rows per INSERT


class OrderBook:
    """Collects what per-order checks need, then reports which records break them."""

    def __init__(self, rules: Iterable[Rule], path: Path) -> None:
        rules = list(rules)
        self.repeat = per_order_rules(rules, "repeat-request")
        self.late = per_order_rules(rules, "response-time")
        self.counts = sorted({c for _, m in self.repeat for c in m.counts})
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.execute(_SCHEMA)
        self._rows: list[tuple[object, ...]] = []  # inserted in batches: one statement per record is slow

    @property
    def active(self) -> bool:
        """Whether any per-order rule is selected."""
        return bool(self.repeat or self.late)

    def add(
        self, index: int, order_id: str | None, sent_at: str | None, direction: str, kind: str, result: Result
    ) -> None:
        """Note one readable record."""
        if not order_id:
            return
        span = EVENT_SPAN if kind == "review_request" else request_span(result, self.counts)
        text = result.text or ""
        if direction == "buyer":  # a late-reply finding marks the buyer's first line
            head = text.split("\n", 1)[0]
            span = Span(0, len(head), 1, 1, head)
        self._rows.append(
            (
                index,
                order_id,
                parse_time(sent_at),
                direction,
                kind,
                int(direction == "seller" and (kind == "review_request" or span is not None)),
                *((span.start, span.end, span.line, span.column, span.excerpt) if span else (0, 0, 1, 1, "")),
            )
        )
        if len(self._rows) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._rows)
        self._rows.clear()

    def findings(self) -> dict[int, list[Finding]]:
        """Record index -> per-order findings for that record."""
        self._flush()
        found: dict[int, list[Finding]] = {}
        for index, finding in (*self._repeats(), *self._late_replies()):
            found.setdefault(index, []).append(finding)
        self.db.close()
        return found

    def _repeats(self) -> Iterator[tuple[int, Finding]]:
        for rule, matcher in self.repeat:
            rows = self.db.execute(
                "SELECT order_id, idx, start, end, line, col, excerpt FROM events WHERE is_request = 1 "
                "ORDER BY order_id, ts IS NULL, ts, idx"
            )
            previous, seen = None, 0
            for order_id, index, *span in rows:
                seen = seen + 1 if order_id == previous else 1
                previous = order_id
                if seen > matcher.max:
                    yield index, make_finding(rule, Span(*span), f"request {seen} for order {order_id}")

    def _late_replies(self) -> Iterator[tuple[int, Finding]]:
        (last,) = self.db.execute("SELECT MAX(ts) FROM events").fetchone()
        for rule, matcher in self.late:
            limit = matcher.hours * 3600
            rows = self.db.execute(
                "SELECT order_id, idx, ts, direction, start, end, line, col, excerpt FROM events "
                "WHERE ts IS NOT NULL AND kind = 'message' ORDER BY order_id, ts, direction = 'seller', idx"
            )
            waiting: list[tuple[int, float, Span]] = []
            previous = None
            for order_id, index, ts, direction, *span in rows:
                if order_id != previous:
                    yield from self._unanswered(rule, waiting, last, limit)
                    waiting, previous = [], order_id
                if direction == "buyer":
                    waiting.append((index, ts, Span(*span)))
                    continue
                for buyer_index, asked, buyer_span in waiting:
                    if ts - asked > limit:
                        yield buyer_index, make_finding(rule, buyer_span, f"answered after {(ts - asked) / 3600:.1f} h")
                waiting = []
            yield from self._unanswered(rule, waiting, last, limit)

    @staticmethod
    def _unanswered(
        rule: Rule, waiting: list[tuple[int, float, Span]], last: float | None, limit: float
    ) -> Iterator[tuple[int, Finding]]:
        # Only once the archive reaches past the deadline: a message still inside its
        # 24 hours when the export was taken is not late yet.
        for index, asked, span in waiting:
            if last is not None and last - asked > limit:
                yield index, make_finding(rule, span, "no reply")
