"""Lint archive records in parallel, in input order, then apply per-order policies.

Pass 1 lints content in worker processes (forked after the rules are loaded) and
spools each result to a temporary file while
the order book notes what per-order checks need. Pass 2 replays the spool in
input order and adds the per-order findings to the records that break a rule
(the second request, the unanswered buyer message). Memory stays flat.

A result depends only on the text and its context, and exports repeat texts
(auto-sent notices, templates sent unchanged): the parent answers a text it has
seen from a bounded memo and sends only new texts to the workers.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, Any, NamedTuple

from msglint.archive import Record, read_archives
from msglint.linter import Linter
from msglint.memo import Recent
from msglint.model import POLICIES, Result, Severity, Verdict, error_result
from msglint.normalize import normalize_base
from msglint.orders import OrderBook
from msglint.score import make_result
from msglint.tokens import detect_lang

# Archives repeat texts (auto-sent notices, templates sent unchanged), and a result
# depends only on the text and its context: each run keeps the last few thousand in
# the parent, which sends a worker only texts it has not kept (workers keep none).
MEMO_SIZE = 8192
MEMO_TEXT = 2000  # longer texts are rarely repeated; not kept
CHUNK = 64  # records per task sent to a worker
IN_FLIGHT = 32  # chunks per worker queued ahead of the one being read back
SPOOL_WINDOW = 2048  # records whose objects the spool's pickler may refer back to

Memo = Recent[tuple[str, str], Result]

# A worker's linter, set when the worker starts (fork: the linter is not copied). A worker
# keeps no memo: the parent sends it only texts that are not in the parent's own.
_WORKER: Linter | None = None


def _start_worker(linter: Linter) -> None:
    global _WORKER
    _WORKER = linter


@dataclass(frozen=True)
class AuditOptions:
    jobs: int | None = None  # worker processes; None = all cores
    context: str | None = None  # for records without a context field
    encoding: str = "utf-8"
    mapping: tuple[tuple[str, str], ...] = ()  # (field, column) renames, --map


class Linted(NamedTuple):
    """What a worker sends back: the result and what the parent needs to know of the record."""

    bucket: str  # linted | buyer | events | unreadable
    result: Result
    order_id: str | None
    sent_at: str | None
    direction: str
    kind: str
    extra: tuple[tuple[str, str], ...]  # other columns (agent, store, ...) for the report


def lint_record(item: tuple[Record, str], linter: Linter, memo: Memo | None) -> Linted:
    """Lint one record; buyer messages and events get no content findings."""
    record, context = item
    if record.problem is not None:
        return Linted("unreadable", error_result(record.id, record.problem, record.order_id), *_meta(record))
    if not _lintable(record):
        lang = detect_lang(normalize_base(record.text).text) if record.text else "other"
        bucket = "buyer" if record.direction == "buyer" else "events"
        result = make_result(lang, (), record.text).with_id(record.id, record.order_id)
        return Linted(bucket, result, *_meta(record))
    key = _key(item)
    linted = _remembered(record, key, memo) if memo is not None else None
    if linted is None:
        result = linter.lint(record.text or "", context=context)
        if memo is not None:
            _remember(memo, key, result)
        linted = Linted("linted", result.with_id(record.id, record.order_id), *_meta(record))
    return linted


def lint_chunk(items: list[tuple[Record, str]]) -> list[Linted]:
    """Lint records in a worker process."""
    assert _WORKER is not None, "lint_chunk runs in a worker started by _start_worker"
    return [lint_record(item, _WORKER, None) for item in items]


def _lintable(record: Record) -> bool:
    """A readable seller message: the records whose text the content rules read."""
    return record.problem is None and record.direction != "buyer" and record.kind != "review_request"


def _key(item: tuple[Record, str]) -> tuple[str, str] | None:
    """The memo key of a seller message whose result can be kept."""
    record, context = item
    text = record.text or ""
    return (text, context) if _lintable(record) and len(text) <= MEMO_TEXT else None


def _remembered(record: Record, key: tuple[str, str] | None, memo: Memo) -> Linted | None:
    """The result for a seller message whose text and context (key) were linted before, if kept."""
    result = memo.get(key) if key is not None else None
    if result is None:
        return None
    return Linted("linted", result.with_id(record.id, record.order_id), *_meta(record))


def _remember(memo: Memo, key: tuple[str, str] | None, result: Result) -> None:
    # A rule that ran out of time depends on the machine's load, not only on the text.
    if key is not None and not result.notes:
        memo.put(key, result)


def _meta(record: Record) -> tuple[str | None, str | None, str, str, tuple[tuple[str, str], ...]]:
    return record.order_id, record.sent_at, record.direction, record.kind, record.extra


_WAIT = "wait"  # the text went to a worker in an earlier record: read its result back then


def memo_size(jobs: int) -> int:
    """Results a run keeps: MEMO_SIZE, plus one for every record that can be in flight."""
    return MEMO_SIZE + (IN_FLIGHT * jobs + 1) * CHUNK


class Audit:
    """One audit run over one or more archives."""

    def __init__(
        self, linter: Linter, options: AuditOptions, on_record: Callable[[Linted], None] | None = None
    ) -> None:
        self.linter = linter
        self.options = options
        self.on_record = on_record  # progress, report and ledger hooks
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

    def _linted(self, archives: Iterable[str]) -> Iterator[Linted]:
        items = self._with_context(read_archives(archives, self.options.encoding, dict(self.options.mapping)))
        jobs = self.options.jobs or os.cpu_count() or 1
        # Room for every record in flight as well, so that a repeat waiting for the
        # first copy's result finds it when read back.
        memo: Memo = Recent(memo_size(jobs))
        if jobs == 1:
            yield from (lint_record(item, self.linter, memo) for item in items)
            return
        # The parent answers repeated texts itself and sends only new ones to the
        # workers, a chunk at a time, never the same text twice; many chunks in flight
        # keep every worker busy while the parent writes out what came back, memory
        # stays flat, and chunks are read back in input order.
        context = multiprocessing.get_context("fork")
        with context.Pool(jobs, initializer=_start_worker, initargs=(self.linter,)) as pool:
            pending: deque[tuple[list[tuple[Record, str]], list[Linted | str | None], Any]] = deque()
            sent: set[tuple[str, str]] = set()
            while chunk := list(islice(items, CHUNK)):
                known: list[Linted | str | None] = []
                todo = []
                for item in chunk:
                    key = _key(item)
                    linted = _remembered(item[0], key, memo)
                    if linted is None and key in sent:
                        known.append(_WAIT)
                        continue
                    if linted is None:
                        todo.append(item)
                        if key is not None:
                            sent.add(key)
                    known.append(linted)
                pending.append((chunk, known, pool.apply_async(lint_chunk, (todo,)) if todo else None))
                while len(pending) > IN_FLIGHT * jobs:
                    yield from self._merged(*pending.popleft(), memo, sent)
            while pending:
                yield from self._merged(*pending.popleft(), memo, sent)

    def _merged(
        self,
        chunk: list[tuple[Record, str]],
        known: list[Linted | str | None],
        job: Any,
        memo: Memo,
        sent: set[tuple[str, str]],
    ) -> Iterator[Linted]:
        fresh = iter(job.get() if job is not None else ())
        for item, linted in zip(chunk, known, strict=True):
            if linted is None:
                linted = next(fresh)
                if linted.bucket == "linted":
                    key = _key(item)
                    _remember(memo, key, linted.result)
                    sent.discard(key)
            elif linted == _WAIT:
                # Read back in input order, so the first copy's result is in the memo,
                # unless it was not kept (a rule ran out of time): then lint it here.
                linted = _remembered(item[0], _key(item), memo) or lint_record(item, self.linter, memo)
            assert isinstance(linted, Linted)
            yield linted

    def results(self, archives: Iterable[str]) -> Iterator[Linted]:
        """One Linted per record, in input order, per-order findings included."""
        with tempfile.TemporaryDirectory(prefix="msglint-") as scratch:
            book = OrderBook(self.linter.ruleset.rules, Path(scratch) / "orders.sqlite")
            with open(Path(scratch) / "results.pickle", "w+b") as spool:
                total = self._first_pass(archives, book, spool)
                extra = book.findings()
                spool.seek(0)
                # One unpickler per pickler: its memo resolves the references the pickler
                # wrote for findings and texts it had already written.
                for index in range(total):
                    if index % SPOOL_WINDOW == 0:  # where _first_pass started a new pickler
                        unpickler = pickle.Unpickler(spool)
                    linted = unpickler.load()
                    if index in extra:
                        linted = linted._replace(result=linted.result.with_findings(tuple(extra[index])))
                    self._count(linted.result)
                    yield linted

    def _first_pass(self, archives: Iterable[str], book: OrderBook, spool: IO[bytes]) -> int:
        total = 0
        # Repeated texts share their findings and text objects (the memo): a pickler
        # writes each of them once and refers back to it. A new one every SPOOL_WINDOW
        # records bounds what its memo holds on to.
        for linted in self._linted(archives):
            if total % SPOOL_WINDOW == 0:
                pickler = pickle.Pickler(spool, protocol=pickle.HIGHEST_PROTOCOL)
            self.counts["records"] += 1
            self.counts[linted.bucket] += 1
            if linted.bucket != "unreadable":
                book.add(total, linted.order_id, linted.sent_at, linted.direction, linted.kind, linted.result)
            if self.on_record is not None:
                self.on_record(linted)
            pickler.dump(linted)
            total += 1
        return total

    def _count(self, result: Result) -> None:
        self.verdicts[result.verdict.value] += 1
        for policy in {f.policy for f in result.findings if f.severity is not Severity.INFO}:
            self.policies[policy] += 1

    def summary(self) -> dict[str, Any]:
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
