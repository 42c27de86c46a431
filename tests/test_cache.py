"""The start-up cache of loaded rule sets: written once, read back, never changing what the rules find."""

from __future__ import annotations

import gc
import os
import pickle
import threading
import types
from pathlib import Path

import pytest
import regex

from conftest import LINTER
from msglint import cache, compiled, matchers
from msglint.errors import MsglintError
from msglint.linter import Linter
from msglint.matchers import LazyPattern
from msglint.rules import builtin_rules_dir, load_rules

TEXTS = [
    "Please leave us a 5-star review and get $10 back!",
    "加我微信 abc_shop88，好評返現。",
    "Your parcel ships today.",
    "Use code SAVE20 on your next order at www.our-shop.com",
]


def _findings(linter: Linter) -> list[list[tuple[str, int, int]]]:
    return [[(f.rule, f.start, f.end) for f in linter.lint(t).findings] for t in TEXTS]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("MSGLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "msglint"


def test_cache_is_written_then_read_with_the_same_findings(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_rules()
    files = list(home.glob("rules-*.pickle"))
    assert len(files) == 1
    stamp = files[0].stat().st_mtime_ns

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cached rule set compiled a regex from source")

    # Read back, nothing is parsed: not the TOML, not a regex (they carry their compiled code).
    monkeypatch.setattr(matchers.regex, "compile", no_parsing)
    second = load_rules()
    findings = _findings(Linter(second))
    monkeypatch.undo()
    assert files[0].stat().st_mtime_ns == stamp  # read, not written again
    assert findings == _findings(Linter(first)) == _findings(LINTER)
    assert any(findings)


def test_a_rule_change_gets_a_new_cache_file(home: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "lists").mkdir(parents=True)
    (team / "lists" / "extra.txt").write_text("one\n", encoding="utf-8")
    before = cache.cache_path(builtin_rules_dir(), [team])
    (team / "lists" / "extra.txt").write_text("two\n", encoding="utf-8")
    after = cache.cache_path(builtin_rules_dir(), [team])
    assert before is not None and after is not None and before != after
    assert cache.cache_path(builtin_rules_dir()) not in (before, after)


def test_msglint_s_own_files_are_keyed_by_size_and_time(home: Path, tmp_path: Path) -> None:
    builtin = tmp_path / "rules"
    builtin.mkdir()
    rule = builtin / "policy.toml"
    rule.write_text("one\n", encoding="utf-8")
    os.utime(rule, ns=(10**18, 10**18))
    first = cache.cache_path(builtin)
    rule.write_text("two\n", encoding="utf-8")  # same size: only the time tells
    os.utime(rule, ns=(10**18, 10**18 + 1))
    touched = cache.cache_path(builtin)
    rule.write_text("three\n", encoding="utf-8")
    os.utime(rule, ns=(10**18, 10**18 + 1))
    grown = cache.cache_path(builtin)
    assert len({first, touched, grown}) == 3 and None not in (first, touched, grown)


def test_a_broken_or_unwritable_cache_is_ignored(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = cache.cache_path(builtin_rules_dir())
    assert found is not None
    path = Path(found)
    home.mkdir(parents=True)
    path.write_bytes(b"\x80\x05not a pickle")
    assert _findings(Linter(load_rules())) == _findings(LINTER)
    assert cache.read(found) is not None  # the broken file was replaced
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    (tmp_path / "file").write_text("a file where the directory should be", encoding="utf-8")
    assert _findings(Linter(load_rules())) == _findings(LINTER)


class _Trap:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, ("echo pwned",)


def test_a_tampered_cache_cannot_call_anything(home: Path) -> None:
    found = cache.cache_path(builtin_rules_dir())
    assert found is not None
    path = Path(found)
    home.mkdir(parents=True)
    path.write_bytes(pickle.dumps(_Trap()))
    assert cache.read(found) is None
    path.write_bytes(pickle.dumps({"rules": ()}))  # harmless, but not a rule set
    assert cache.read(found) is None
    assert _findings(Linter(load_rules())) == _findings(LINTER)


def test_no_cache_when_asked(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MSGLINT_NO_CACHE", "1")
    load_rules()
    assert not home.exists()


def test_old_cache_files_are_pruned(home: Path) -> None:
    home.mkdir(parents=True)
    for n in range(12):
        stale = home / f"rules-{n:016d}.pickle"
        stale.write_bytes(b"")
        os.utime(stale, ns=(n, n))
    load_rules()
    kept = sorted(p.name for p in home.glob("rules-*"))
    assert len(kept) == cache._KEEP
    assert "rules-0000000000000000.pickle" not in kept


def test_a_pickled_pattern_carries_its_code() -> None:
    pattern = LazyPattern(r"(?<![\p{Latin}])five[\s\-]*stars?", regex.IGNORECASE)
    copy = pickle.loads(pickle.dumps(pattern))
    assert copy.pattern == pattern.pattern and copy.flags == pattern.flags
    found = copy.search("Leave FIVE-STARS please")
    assert found is not None and found.span() == (6, 16)


def test_module_patterns_are_stored_compiled_and_read_back(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compiled, "_store", None)
    monkeypatch.setattr(compiled, "_added", True)  # nothing registered at exit from a test
    first = compiled.pattern(r"\p{Han}+(?#test)")
    assert compiled.pattern(r"\p{Han}+(?#test)") is first
    path = compiled._path()
    assert path is not None and Path(path).parent == home
    cache.store(path, compiled._store or {})
    stored = compiled._read(path)
    again = stored[(r"\p{Han}+(?#test)", 0)]
    assert again is not first and again.findall("好评 review 返现") == ["好评", "返现"]


def test_a_tampered_pattern_store_is_only_a_miss(home: Path) -> None:
    found = compiled._path()
    assert found is not None
    path = Path(found)
    home.mkdir(parents=True)
    path.write_bytes(pickle.dumps({("x", 0): os.getcwd}))  # a callable, not a pattern: refused
    assert compiled._read(found) == {}
    path.write_bytes(b"not a pickle")
    assert compiled._read(found) == {}


def _deferred(ruleset: object) -> list[cache.Deferred]:
    """Every cache.Deferred object reachable from a rule set (not through classes and their modules)."""
    seen: set[int] = set()
    stack, found = [ruleset], []
    while stack:
        obj = stack.pop()
        if id(obj) in seen or isinstance(obj, str | bytes | int | float | type | types.FunctionType):
            continue
        seen.add(id(obj))
        if isinstance(obj, cache.Deferred):
            found.append(obj)
        stack.extend(gc.get_referents(obj))
    return found


def test_a_read_rule_set_unpacks_only_the_matchers_a_message_opens(home: Path) -> None:
    load_rules()  # writes the cache
    ruleset = load_rules()  # reads it
    deferred = _deferred(ruleset)
    assert deferred and all("_blob" in d.__dict__ for d in deferred)
    linter = Linter(ruleset)
    linter.lint("Your parcel ships today.")
    unpacked = [d for d in deferred if "_blob" not in d.__dict__]
    assert 0 < len(unpacked) < len(deferred) / 4
    assert _findings(linter) == _findings(LINTER)


def test_an_unpacked_matcher_shares_the_rule_set_s_needs_index(home: Path) -> None:
    load_rules()
    ruleset = load_rules()
    regexes = [m for r in ruleset.rules for m in r.matchers if isinstance(m, matchers.RegexMatcher)]
    indexes = {id(m.index) for m in regexes}
    assert len(indexes) == 1
    assert all(id(n.index) in indexes for m in regexes for n in m.needs if n.index is not None)
    terms = [d for d in _deferred(ruleset) if isinstance(d, matchers.Terms) and d.patterns]
    assert terms and all(id(t._index) in indexes for t in terms)
    assert all(n.index is t._index for t in terms for n in t.needs if n.index is not None)
    anchored = [t for t in terms if t.source and t.anchors is not None and t.gate() is not None]
    assert all(t.gate().starts is t.anchors[0] for t in anchored)  # one object, not a copy from the blob


class _Witness:
    """Would leave a file behind if unpickling ever called it."""

    path = ""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (self.path,)


def test_a_tampered_blob_cannot_call_anything(home: Path, tmp_path: Path) -> None:
    load_rules()
    ruleset = load_rules()
    target = next(d for d in _deferred(ruleset) if "_blob" in d.__dict__)
    _Witness.path = str(tmp_path / "called")
    target.__dict__["_blob"] = pickle.dumps(_Witness())
    with pytest.raises(MsglintError, match=r"rules cache .* is damaged"):
        getattr(target, "any_packed_attribute")  # noqa: B009 - any name unpacks the blob
    assert not (tmp_path / "called").exists()
    with pytest.raises(MsglintError):  # still damaged on the next read, not half unpacked
        getattr(target, "any_packed_attribute")  # noqa: B009


def test_threads_never_see_a_matcher_half_unpacked(home: Path) -> None:
    load_rules()
    regexes = [m for r in load_rules().rules for m in r.matchers if isinstance(m, matchers.RegexMatcher)]
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for m in regexes:
                assert m.patterns and m.needs is not None
        except BaseException as error:  # reported by the assert below
            errors.append(error)

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors[:1]


def test_what_is_set_before_unpacking_stays(home: Path) -> None:
    load_rules()
    regex = next(m for r in load_rules().rules for m in r.matchers if isinstance(m, matchers.RegexMatcher))
    assert "_blob" in regex.__dict__
    regex.view = "base"
    assert regex.patterns and regex.view == "base"
