"""Lint archive records in parallel, in input order, and count what was found.

Content linting runs in worker processes (forked after the rules are loaded,
so each worker compiles nothing); results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from msglint.archive import Record, read_archives
from msglint.linter import Linter
from msglint.model import POLICIES, Result, Severity, Verdict, error_result
from msglint.normalize import normalize_base
from msglint.score import make_result
from msglint.tokens import detect_lang

_LINTER: Linter | None = None  # set in the parent before forking workers


@dataclass(frozen=True)
class AuditOptions:
    jobs: int | None = None  # worker processes; None = all cores
    context: str | None = None  # for records without a context field
    encoding: str = "utf-8"


def lint_record(item: tuple[Record, str]) -> tuple[str, Result]:
    """Lint one record in a worker: (summary bucket, result).

    Buyer messages and review-request events get a result without content findings.
    """
    record, context = item
    assert _LINTER is not None
    if record.problem is not None:
        return "unreadable", error_result(record.id, record.problem, record.order_id)
    if record.direction == "buyer" or record.kind == "review_request":
        lang = detect_lang(normalize_base(record.text).text) if record.text else "other"
        bucket = "buyer" if record.direction == "buyer" else "events"
        return bucket, make_result(lang, (), record.text).with_id(record.id, record.order_id)
    return "linted", _LINTER.lint(record.text or "", context=context).with_id(record.id, record.order_id)


class Audit:
    """One audit run over one or more archives."""

    def __init__(self, linter: Linter, options: AuditOptions) -> None:
        self.linter = linter
        self.options = options
        self.counts: Counter[str] = Counter()
        self.verdicts: Counter[str] = Counter({v.value: 0 for v in Verdict})
        self.policies: Counter[str] = Counter({p: 0 for p in POLICIES})
        self.started = time.perf_counter()
        self._buyer_orders: set[str] = set()

    def _with_context(self, records: Iterable[Record]) -> Iterator[tuple[Record, str]]:
        # A seller message after a buyer message on the same order is a reply.
        for record in records:
            if record.direction == "buyer" and record.order_id and record.problem is None:
                self._buyer_orders.add(record.order_id)
            context = record.context or self.options.context
            if context is None:
                context = "reply" if record.order_id in self._buyer_orders else "proactive"
            yield record, context

    def results(self, archives: Iterable[str]) -> Iterator[Result]:
        """Results in input order, one per record."""
        global _LINTER
        _LINTER = self.linter
        items = self._with_context(read_archives(archives, self.options.encoding))
        jobs = self.options.jobs or os.cpu_count() or 1
        if jobs == 1:
            yield from self._counted(map(lint_record, items))
            return
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            yield from self._counted(pool.imap(lint_record, items, chunksize=32))

    def _counted(self, stream: Iterator[tuple[str, Result]]) -> Iterator[Result]:
        for bucket, result in stream:
            self.counts["records"] += 1
            self.counts[bucket] += 1
            self.verdicts[result.verdict.value] += 1
            for policy in {f.policy for f in result.findings if f.severity is not Severity.INFO}:
                self.policies[policy] += 1
            yield result

    def summary(self) -> dict[str, object]:
        """The --summary object of interface.md."""
        return {
            "records": self.counts["records"],
            "linted": self.counts["linted"],
            "buyer": self.counts["buyer"],
            "events": self.counts["events"],
            "unreadable": self.counts["unreadable"],
            "verdicts": dict(self.verdicts),
            "policies": dict(self.policies),
            "seconds": round(time.perf_counter() - self.started, 3),
        }


def summary_line(summary: dict[str, Any]) -> str:
    """One line for the text report."""
    verdicts = summary["verdicts"]
    return (
        f"{summary['records']} records ({summary['linted']} linted, {summary['buyer']} buyer, "
        f"{summary['events']} events, {summary['unreadable']} unreadable): "
        f"{verdicts.get('block', 0)} block, {verdicts.get('warn', 0)} warn, {verdicts.get('pass', 0)} pass "
        f"in {summary['seconds']} s"
    )
