"""An SQLite ledger of review requests per order, shared by agents and audits.

WAL mode lets readers go on while one agent writes; every check-and-record
runs in one IMMEDIATE transaction, so two agents asking for the same order at
the same moment are serialized and the second sees the first's request.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msglint.errors import InputError
from msglint.orders import per_order_rules, request_span

if TYPE_CHECKING:
    from msglint.audit import Linted
    from msglint.rules import Rule

_SCHEMA = """
CREATE TABLE IF NOT EXISTS requests (
  id INTEGER PRIMARY KEY,
  order_id TEXT NOT NULL,
  sent_at TEXT,          -- when the request was sent (ISO 8601), if known
  source TEXT NOT NULL,  -- 'check', 'audit:<archive>', ...
  message_id TEXT,       -- record id or path
  recorded_at TEXT NOT NULL,
  UNIQUE (order_id, source, message_id)
);
CREATE INDEX IF NOT EXISTS requests_order ON requests (order_id);
"""

_WAIT = 60.0  # seconds an agent waits for another one holding the ledger


class Ledger:
    """Review requests already sent, per order."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path, timeout=_WAIT, isolation_level=None)
        except sqlite3.Error as error:
            raise InputError(f"{self.path}: cannot open ledger ({error})") from None
        try:
            self._switch_to_wal()
            self.db.executescript(_SCHEMA)
        except sqlite3.Error as error:
            self.db.close()
            raise InputError(f"{self.path}: cannot open ledger ({error})") from None

    def _switch_to_wal(self) -> None:
        """Put the ledger in WAL mode, waiting out agents that are doing the same.

        SQLite answers "database is locked" at once, without its busy handler,
        when several connections switch a new file's journal mode together: so
        we wait and retry here, for up to as long again as a writer would wait.
        """
        deadline = time.monotonic() + _WAIT
        pause = 0.005
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as error:
                busy = error.sqlite_errorcode in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
                if not busy or time.monotonic() > deadline:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    def count(self, order_id: str) -> int:
        """Requests recorded for an order."""
        (count,) = self.db.execute("SELECT COUNT(*) FROM requests WHERE order_id = ?", (order_id,)).fetchone()
        return int(count)

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        """One IMMEDIATE transaction: other writers wait, a failure rolls back."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield
            self.db.execute("COMMIT")
        except sqlite3.Error as error:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise InputError(f"{self.path}: ledger error ({error})") from None

    def check_and_record(self, order_id: str, message_id: str, record: Callable[[int], bool]) -> int:
        """Count the order's requests and add this one if `record(count)` says so, atomically.

        Returns the count seen before this message. A draft gets a unique id: two
        agents sending from standard input must both land.
        """
        with self._transaction():
            seen = self.count(order_id)
            if record(seen):
                now = datetime.now(UTC).isoformat(timespec="seconds")
                self._insert(order_id, now, "check", f"{message_id}#{uuid.uuid4().hex}")
        return seen

    def record_many(self, requests: Iterable[tuple[str, str | None, str, str]]) -> int:
        """Add (order_id, sent_at, source, message_id) rows; already known ones are skipped."""
        with self._transaction():
            return sum(self._insert(*request) for request in requests)

    def _insert(self, order_id: str, sent_at: str | None, source: str, message_id: str) -> int:
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO requests (order_id, sent_at, source, message_id, recorded_at) VALUES (?, ?, ?, ?, ?)",
            (order_id, sent_at, source, message_id, datetime.now(UTC).isoformat(timespec="seconds")),
        )
        return cursor.rowcount

    def close(self) -> None:
        """Close the connection."""
        self.db.close()


class LedgerSink:
    """Collects an audit's review requests and records them when the audit ends."""

    def __init__(self, ledger: Ledger, rules: Iterable[Rule], archives: Iterable[str]) -> None:
        self.ledger = ledger
        self.counts = sorted({c for _, m in per_order_rules(rules, "repeat-request") for c in m.counts})
        self.source = "audit:" + ",".join(Path(a).name for a in archives)
        self.rows: list[tuple[str, str | None, str, str]] = []

    def add(self, linted: Linted) -> None:
        """Note a request: a Request-a-Review event or a message asking for a review."""
        if not linted.order_id or linted.bucket not in ("linted", "events"):
            return
        if linted.kind == "review_request" or request_span(linted.result, self.counts) is not None:
            self.rows.append((linted.order_id, linted.sent_at, self.source, linted.result.id))

    def finish(self, summary: dict[str, Any]) -> None:
        """Write the requests in one transaction."""
        summary["ledger"] = {
            "path": self.ledger.path,
            "requests": len(self.rows),
            "added": self.ledger.record_many(self.rows),
        }
        self.ledger.close()
