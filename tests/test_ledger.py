"""The SQLite ledger: second requests blocked, concurrent agents all recorded."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from msglint.ledger import Ledger

REQUEST = "Would you share your experience with the lamp in a review?"


def check(ledger: Path, order: str, text: str = REQUEST) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "msglint",
            "check",
            "--order",
            order,
            "--ledger",
            str(ledger),
            "--record",
            "--format",
            "json",
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_second_request_is_blocked_before_sending(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    assert check(ledger, "111").returncode == 0
    second = check(ledger, "111")
    assert second.returncode == 1
    assert "review-request-limit/repeat-request" in second.stdout
    assert check(ledger, "222").returncode == 0
    assert Ledger(ledger).count("111") == 1  # the blocked one was not recorded


def test_twenty_agents_recording_at_once_all_land(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    Ledger(ledger).close()
    with ThreadPoolExecutor(max_workers=20) as pool:
        done = list(pool.map(lambda i: check(ledger, f"order-{i}"), range(20)))
    assert [d.returncode for d in done] == [0] * 20, [d.stderr for d in done]
    book = Ledger(ledger)
    assert sum(book.count(f"order-{i}") for i in range(20)) == 20


def test_same_order_at_once_lets_exactly_one_through(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    with ThreadPoolExecutor(max_workers=8) as pool:
        done = list(pool.map(lambda _: check(ledger, "333"), range(8)))
    assert sorted(d.returncode for d in done) == [0] + [1] * 7
    assert Ledger(ledger).count("333") == 1


def test_audit_records_its_requests(tmp_path: Path) -> None:
    archive = Path(__file__).parent / "data" / "archives" / "mixed.csv"
    ledger = tmp_path / "ledger.db"
    for _ in range(2):  # auditing the same archive twice does not double-count
        subprocess.run(
            [sys.executable, "-m", "msglint", "audit", "--ledger", str(ledger), str(archive)],
            capture_output=True,
            timeout=120,
        )
    book = Ledger(ledger)
    assert book.count("113-0000012-0000012") == 2
    assert book.count("113-0000016-0000016") == 2
