"""Module-level regexes, kept compiled on disk between runs.

The regex module parses a pattern in Python. The few dozen patterns that
normalizing, tokenizing and matching compile when they are imported cost about
20 ms at every start, a sixth of checking one message in a new process (issue
5's bar is twice `import click`); read back as compiled code (the regex module
pickles a pattern as its code) they cost about 1 ms. The store sits beside the
rules cache (cache.py), one file per Python and regex version, keyed inside by
each pattern's source and flags, so a changed pattern is only a miss. It is
written at exit, when a run compiled a pattern it lacked; MSGLINT_NO_CACHE=1
neither reads nor writes it.
"""

from __future__ import annotations

import atexit
import os
import pickle
from importlib.util import source_hash
from typing import Any

import regex

from msglint import cache

_store: dict[tuple[str, int], regex.Pattern[str]] | None = None
_added = False


def pattern(source: str, flags: int = 0) -> regex.Pattern[str]:
    """regex.compile(source, flags), from the store when it holds it."""
    global _store, _added
    if _store is None:
        _store = _read(_path())
    key = (source, flags)
    found = _store.get(key)
    if found is None:
        found = _store[key] = regex.compile(source, flags)
        if not _added:
            _added = True
            atexit.register(cache.store, _path(), _store)
    return found


def _path() -> str | None:
    if os.environ.get("MSGLINT_NO_CACHE"):
        return None
    return os.path.join(cache.cache_dir(), f"patterns-{source_hash(cache.RUNTIME.encode()).hex()}.pickle")


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in cache.REGEX_GLOBALS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a regex")


def _read(path: str | None) -> dict[tuple[str, int], regex.Pattern[str]]:
    loaded = cache.load(path, _PatternUnpickler)
    if not isinstance(loaded, dict):
        return {}
    return {k: v for k, v in loaded.items() if isinstance(v, regex.Pattern) and v.pattern == k[0]}
