"""Regex text that a rule can never match: Han characters the folded view never holds.

Rules run on the folded view, where traditional characters are already simplified
(裡 is 里, 搵 is 揾). A regex that spells a character the fold replaces loads and
runs, and quietly never matches it; a rule's examples may still pass through the
alternatives beside it. `msglint rules check` reports such characters with their
file and line, and the test suite holds the built-in rules to none.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

from msglint import compiled
from msglint.errors import RuleFileError
from msglint.normalize import fold_char
from msglint.rules import list_entries

_HAN = compiled.pattern(r"\p{Han}")


def rule_files(rules: Iterable[tuple[str, str]]) -> list[str]:
    """The rule files, given as (path, rule id), and the word lists beside them
    (`<rules dir>/lists/*.txt`): a list's `re:` lines become regexes of every rule that names
    the list. The id is the file's path under its rules directory, so it says how far up
    that directory is, however deep a team nests its rules."""
    paths: set[str] = set()
    directories: set[Path] = set()
    for path, rule_id in rules:
        paths.add(path)
        directories.add(Path(path).parents[len(Path(rule_id).parts) - 1])
    for directory in directories:
        paths.update(str(p) for p in (directory / "lists").glob("*.txt"))
    return sorted(paths)


def dead_characters(paths: Iterable[str]) -> Iterator[RuleFileError]:
    """One error per Han character in a rule file's or word list's regexes that folding replaces."""
    for path in sorted(set(paths)):
        try:
            source = Path(path).read_text(encoding="utf-8")
            patterns = _list_sources(source) if path.endswith(".txt") else regex_sources(tomllib.loads(source))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # loading the rules reports these, with their line
        for pattern in patterns:
            for char in dict.fromkeys(_HAN.findall(pattern)):
                folded = fold_char(char)
                if folded != char:
                    yield RuleFileError(
                        path,
                        _line(source, pattern, char),
                        f"regex character {char!r} never matches: the folded view has {folded!r}",
                    )


def regex_sources(table: object) -> list[str]:
    """Every regex source in a rule file's tables: `patterns`, and `re:` terms and phrases (not examples)."""
    if isinstance(table, dict):
        return [s for key, value in table.items() if key != "examples" for s in regex_sources(value)] + [
            p for p in table.get("patterns", []) if isinstance(p, str)
        ]
    if isinstance(table, list):
        return [s for item in table for s in regex_sources(item)]
    return [table[3:]] if isinstance(table, str) and table.startswith("re:") else []


def _list_sources(source: str) -> list[str]:
    """A word list's `re:` entries, read as the rule loader reads them."""
    return [entry[3:] for entry in list_entries(source) if entry.startswith("re:")]


def _line(source: str, pattern: str, char: str) -> int:
    # The pattern as written may carry TOML escapes; its first characters seldom do.
    at = source.find(pattern[:12])
    at = source.find(char, max(at, 0))
    if at < 0:
        at = source.find(char)
    return source.count("\n", 0, max(at, 0)) + 1
