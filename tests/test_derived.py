"""The start-up cache: written once, read back, and never changing what the rules find."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import LINTER
from msglint.derived import Derived
from msglint.linter import Linter
from msglint.rules import builtin_rules_dir, load_rules

TEXTS = [
    "Please leave us a 5-star review and get $10 back!",
    "加我微信 abc_shop88，好评返现。",
    "Your parcel ships today.",
]


def _findings(linter: Linter) -> list[list[tuple[str, int, int]]]:
    return [[(f.rule, f.start, f.end) for f in linter.lint(t).findings] for t in TEXTS]


def test_cache_is_written_then_read_with_the_same_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSGLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = load_rules()
    files = list((tmp_path / "msglint").glob("rules-*.json"))
    assert len(files) == 1
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert len(data["folded"]) > 1000 and len(data["needs"]) > 100
    stamp = files[0].stat().st_mtime_ns
    second = load_rules()  # everything found in the cache: nothing new to write
    assert files[0].stat().st_mtime_ns == stamp
    assert _findings(Linter(first)) == _findings(Linter(second)) == _findings(LINTER)


def test_a_rule_change_gets_a_new_cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSGLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    team = tmp_path / "team"
    (team / "lists").mkdir(parents=True)
    (team / "lists" / "extra.txt").write_text("one\n", encoding="utf-8")
    before = Derived.for_rules([builtin_rules_dir(), team]).path
    (team / "lists" / "extra.txt").write_text("two\n", encoding="utf-8")
    assert Derived.for_rules([builtin_rules_dir(), team]).path != before


def test_a_broken_or_unwritable_cache_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MSGLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = Derived.for_rules([builtin_rules_dir()]).path
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert _findings(Linter(load_rules())) == _findings(LINTER)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("a file where the directory should be", encoding="utf-8")
    assert _findings(Linter(load_rules())) == _findings(LINTER)


def test_no_cache_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MSGLINT_NO_CACHE", "1")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_rules()
    assert not (tmp_path / "msglint").exists()
