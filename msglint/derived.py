"""A per-user cache of what loading the rules derives from them, so that start-up skips it.

Loading the rules folds every phrase as a message would be folded and reads every
regex for the strings it needs (literals.required): pure functions of the rule
files and of msglint's own code, and most of start-up. Their results are kept in
one JSON file (data, never code) under the user's cache directory, named by a
hash of the rule files and of msglint's source, so any change makes a new one.
Set MSGLINT_NO_CACHE=1 to neither read nor write it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "msglint"


class Derived:
    """Folded phrases and required strings, read from and written to the cache file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.folded: dict[str, str] = {}
        self.needs: dict[str, list[str] | None] = {}
        self._dirty = False
        if path is not None:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self.folded, self.needs = dict(data["folded"]), dict(data["needs"])
            except (OSError, ValueError, KeyError, TypeError):
                pass  # no cache yet, or an unreadable one: derive everything again

    @classmethod
    def for_rules(cls, directories: Iterable[Path]) -> Derived:
        if os.environ.get("MSGLINT_NO_CACHE"):
            return cls(None)
        digest = hashlib.sha256(sys.version.encode())
        sources = [*sorted(_PACKAGE.rglob("*.py")), *sorted(_PACKAGE.glob("data/*.tsv"))]
        for directory in directories:
            sources += sorted(p for p in directory.rglob("*") if p.suffix in (".toml", ".txt"))
        for source in sources:
            digest.update(str(source.name).encode())
            try:
                digest.update(source.read_bytes())
            except OSError:
                return cls(None)
        return cls(cache_dir() / f"rules-{digest.hexdigest()[:24]}.json")

    def fold(self, text: str, derive: Callable[[str], str]) -> str:
        found = self.folded.get(text)
        if found is None:
            found = self.folded[text] = derive(text)
            self._dirty = True
        return found

    def required(self, source: str, derive: Callable[[str], frozenset[str] | None]) -> frozenset[str] | None:
        if source in self.needs:
            cached = self.needs[source]
            return None if cached is None else frozenset(cached)
        found = derive(source)
        self.needs[source] = None if found is None else sorted(found)
        self._dirty = True
        return found

    def save(self) -> None:
        """Write the cache if anything new was derived; a read-only home is no error."""
        if self.path is None or not self._dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(json.dumps({"folded": self.folded, "needs": self.needs}, ensure_ascii=False), "utf-8")
            partial.replace(self.path)  # atomic: a concurrent reader sees the old file or the new one
        except OSError:
            pass
