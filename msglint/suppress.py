"""Suppressions: per-file ignores from the config, and inline directives in templates.

Inline, a template carries a Mustache comment, which is never sent to a buyer:

    {{! msglint: ignore marketing/coupon, off-platform-contact }}

On a line of its own it covers the whole file; after other text, its own line.
Names are rule ids, policies, or `all`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from fnmatch import fnmatch

import regex

from msglint import compiled
from msglint.model import Finding, Result
from msglint.score import make_result

DIRECTIVE = compiled.pattern(r"\{\{!\s*msglint\s*:\s*ignore\s*[=:]?\s*([^}]*?)\s*\}\}")


def _names(text: str) -> set[str]:
    return {n.strip() for n in regex.split(r"[,\s]+", text) if n.strip()}


def inline_ignores(text: str) -> tuple[set[str], dict[int, set[str]]]:
    """(names ignored in the whole file, names ignored per 1-based line)."""
    whole: set[str] = set()
    lines: dict[int, set[str]] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        for match in DIRECTIVE.finditer(line):
            if DIRECTIVE.sub("", line).strip():
                lines.setdefault(number, set()).update(_names(match.group(1)))
            else:
                whole.update(_names(match.group(1)))
    return whole, lines


def per_file(path: str, table: Mapping[str, Iterable[str]]) -> set[str]:
    """Names ignored for a path by `per-file-ignores` globs (matched like Ruff's)."""
    from pathlib import PurePath  # only with per-file-ignores: start-up

    posix = PurePath(path).as_posix()
    return {
        name
        for pattern, names in table.items()
        if fnmatch(posix, pattern) or fnmatch(posix, f"*/{pattern}")
        for name in ([names] if isinstance(names, str) else names)
    }


def _ignored(finding: Finding, names: set[str]) -> bool:
    return bool(names) and ("all" in names or finding.rule in names or finding.policy in names)


def apply(result: Result, extra: set[str] = frozenset()) -> Result:  # type: ignore[assignment]
    """Drop findings named by inline directives or `extra` names; recompute verdict and score."""
    text = result.text or ""
    whole, lines = inline_ignores(text) if "{{!" in text else (set(), {})
    whole = whole | set(extra)
    if not whole and not lines:
        return result
    kept = tuple(f for f in result.findings if not _ignored(f, whole | lines.get(f.line, set())))
    if len(kept) == len(result.findings):
        return result
    return make_result(result.lang, kept, result.text)._replace(id=result.id, order_id=result.order_id)
