"""Hostile input: every case gets a clear answer or a one-line error, within 20 seconds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

LIMIT = 20  # seconds per input, as the hardening issue requires


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "msglint", *args], capture_output=True, text=True, timeout=LIMIT, cwd=cwd
    )


MESSAGES = {
    "two-megabytes.txt": (
        "Your parcel ships today. Leave a review and get a gift card. 好评返现加微信 abc123。" * 30000
    )[:2_000_000],
    "latin-run.txt": "a" * 200_000,
    "cjk-run.txt": "好" * 200_000,
    "marks-and-zero-width.txt": "r\u0301" * 50_000 + "\u200b" * 50_000 + "e\u200dv",
    "repeated-trigger.txt": "review gift card " * 30_000,
    "emoji-zwj.txt": "👩\u200d👩\u200d👧\u200d👦 " * 20_000,
    "rtl.txt": "\u202eweiver a su evael\u202c مرحبا " * 5_000,
}


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_hostile_message_gets_an_answer(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(MESSAGES[name], encoding="utf-8")
    done = run("check", "--format", "json", str(path))
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    result = json.loads(done.stdout)[0]
    text = MESSAGES[name]
    for finding in result["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["excerpt"]


def test_long_message_says_where_reading_stopped(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(MESSAGES["two-megabytes.txt"], encoding="utf-8")
    result = json.loads(run("check", "--format", "json", str(path)).stdout)[0]
    assert "formatting/scan-limit" in [f["rule"] for f in result["findings"]]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01\x02\x03PK\x05\x06", "binary"),
        ("好评返现".encode("gb18030") + b"\xff", "not valid utf-8"),
    ],
)
def test_unreadable_files_are_one_line_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    done = run("check", str(path))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and reason in done.stderr


def test_empty_input_is_a_clean_pass(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run("check", str(path)).returncode == 0


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Use code SAVE20 for 20% off".encode("utf-16"))
    assert run("check", str(path)).returncode == 1


def test_broken_rule_file_is_named(tmp_path: Path) -> None:
    rules = tmp_path / "rules" / "marketing"
    rules.mkdir(parents=True)
    (rules / "x.toml").write_text('id = "marketing/x"\npolicy = "marketing"\nseverity = "eror"\n', encoding="utf-8")
    done = run("check", "--rules", str(tmp_path / "rules"), "-")
    assert done.returncode == 2
    assert "x.toml:1: missing required key 'message'" in done.stderr


def test_hostile_archive(tmp_path: Path) -> None:
    archive = tmp_path / "a.csv"
    archive.write_bytes(
        b"\xef\xbb\xbfid,order_id,text\r\n"
        b"r1,1,fine\n"
        b"r2,1,ragged,row,here\r\n"
        b"r3,1,\xff\xfe not utf-8\n"
        b"r4,1,Use code SAVE20 for 20% off\n"
        b'r5,1,"unclosed quote\n'
    )
    done = run("audit", "--format", "jsonl", str(archive))
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["verdict"] for o in out] == ["pass", "error", "error", "block", "error"]
    assert all("line" in o["error"] for o in out if o["verdict"] == "error")
