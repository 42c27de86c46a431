"""Archives are read record by record; unreadable records keep their line number."""

from __future__ import annotations

from pathlib import Path

import pytest

from msglint.archive import read_archive
from msglint.errors import InputError


def test_jsonl_records_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(
        b'\xef\xbb\xbf{"id": "a", "text": "hi"}\n\n[1, 2]\n{"direction": "sideways", "text": "x"}\n{"text": "\xff"}\n'
        b'{"order_id": "9", "kind": "review_request"}\n'
    )
    records = list(read_archive(str(path)))
    assert [r.line for r in records] == [1, 3, 4, 5, 6]
    assert records[0].id == "a" and records[0].problem is None
    assert "line 3" in (records[1].problem or "")
    assert "direction" in (records[2].problem or "")
    assert "line 5" in (records[3].problem or "")
    assert records[4].kind == "review_request" and records[4].problem is None
    assert records[4].id == "5"  # default id: the record number


def test_csv_with_ragged_rows_and_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text('id,order_id,text\nr1,1,"two\nlines"\nr2,1,x,extra\nr3,1,fine\n', encoding="utf-8")
    records = list(read_archive(str(path)))
    assert [(r.id, r.line) for r in records] == [("r1", 2), ("2", 4), ("r3", 5)]
    assert records[0].text == "two\nlines"
    assert "4 fields" in (records[1].problem or "")


def test_gb18030_csv(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes("id,text\nr1,好评返现\n".encode("gb18030"))
    assert next(read_archive(str(path), "gb18030")).text == "好评返现"


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown archive type"):
        list(read_archive(str(tmp_path / "a.xlsx")))
    with pytest.raises(InputError, match="no such file"):
        list(read_archive(str(tmp_path / "a.jsonl")))
