"""A per-user cache of loaded rule sets, so that start-up neither parses nor compiles them.

Loading the built-in rules parses 30-odd TOML files, folds every phrase as a
message is folded and builds a few thousand regexes, whose parser (the regex
module's) is pure Python: without this cache, most of a `msglint check`. All of
it is a pure function of the rule files and of msglint's own code, so the loaded
RuleSet is kept under the user's cache directory in a file named by a key of
both (and of the Python and regex versions): any change makes a new file. Its
regexes carry their compiled code (matchers.LazyPattern), so reading it parses
none; a pattern is rebuilt from its code the first time a message needs it.

Matchers keep their bulky attributes in the file as packed blobs (Deferred),
unpacked the first time a message opens their gate: a check reads a few ms of
pickle, not the whole rule set.

The file is a pickle, read by an unpickler that builds only msglint's own classes
and the regex module's patterns: a tampered file fails to load (and is rebuilt),
it cannot call anything else. A tampered blob, unpacked later by the same rules,
ends the run with a one-line error. Set MSGLINT_NO_CACHE=1 to neither read nor
write the file.
"""

from __future__ import annotations

import _thread
import contextlib
import io
import os
import pickle
import sys
from collections.abc import Iterable
from importlib.util import source_hash
from typing import TYPE_CHECKING, Any, ClassVar

import regex

from msglint.errors import MsglintError
from msglint.paths import DATA, PACKAGE

if TYPE_CHECKING:
    from msglint.rules import RuleSet

_KEEP = 8  # cache files kept (one per msglint version and set of rule directories)
# What the regex module's pickled patterns are rebuilt with, besides msglint's classes.
REGEX_GLOBALS = {("regex._regex", "compile"), ("regex._regex_core", "RegexFlag")}


# What a compiled regex depends on besides its source: part of every cache file's key.
RUNTIME = f"{sys.version} regex {regex.__version__}"


def cache_dir() -> str:
    return os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "msglint")


def cache_path(builtin: str | os.PathLike[str], extra: Iterable[str | os.PathLike[str]] = ()) -> str | None:
    """Where the rule set loaded from the built-in and `extra` rule directories is kept; None: no cache.

    msglint's own files (its code, data and built-in rules) are keyed by size and
    modification time, as Python keys .pyc files: reading all of them at every start
    cost more than loading the cache. A team's rule files are keyed by content, as a
    rule edited twice within one clock tick keeps its size and time.
    """
    if os.environ.get("MSGLINT_NO_CACHE"):
        return None
    parts = [RUNTIME.encode()]
    try:
        stamped = [*_files(PACKAGE, (".py",), deep=False), *_files(DATA, (".tsv",), deep=False)]
        read = []
        for directory, own in ((builtin, True), *((d, False) for d in extra)):
            # Where the files are is part of the key too: a rule keeps its path (messages name
            # it, --rules checks a team's rules by it), and a copy elsewhere is another rule set.
            directory = os.path.realpath(directory)
            parts.append(directory.encode())
            (stamped if own else read).extend(_files(directory, (".toml", ".txt"), deep=True))
        for source in stamped:
            status = os.stat(source)
            parts.append(f"{source} {status.st_size} {status.st_mtime_ns}".encode())
        for source in read:
            with open(source, "rb") as file:
                content = file.read()
            parts += [f"{os.path.basename(source)} {len(content)}".encode(), content]
    except OSError:
        return None
    # The 64-bit SipHash that hash-based .pyc files are checked with: already loaded, unlike hashlib.
    digest = source_hash(b"\0".join(parts)).hex()
    return os.path.join(cache_dir(), f"rules-{digest}.pickle")


def _files(directory: str, suffixes: tuple[str, ...], deep: bool) -> list[str]:
    """The files under `directory` (and its subdirectories when `deep`) with one of `suffixes`, sorted."""
    if not deep:
        return sorted(e.path for e in os.scandir(directory) if e.name.endswith(suffixes) and e.is_file())
    return sorted(
        os.path.join(root, name) for root, _, names in os.walk(directory) for name in names if name.endswith(suffixes)
    )


class _RulesUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in REGEX_GLOBALS or (module == "msglint" or module.startswith("msglint.")):
            found = super().find_class(module, name)
            if (module, name) in REGEX_GLOBALS or isinstance(found, type):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a rule set")


class Deferred:
    """An object whose bulky attributes travel in the cache as one blob, unpacked on first use.

    Reading the cache cost most of a `msglint check`'s start-up, yet one message
    visits only the few matchers whose gate it opens (gates.MatcherIndex). A
    subclass names the attributes that stay unpacked (`light`: the gate, and the
    objects other matchers share, such as the NeedsIndex); the rest is pickled apart
    and unpacked by __getattr__ the first time any of it is read. A blob refers to the
    light objects by number, so a shared object stays one object. Any failed lookup
    unpacks first (hasattr too), and each forked audit worker unpacks what it uses.
    """

    light: ClassVar[tuple[str, ...]] = ()

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if "_blob" in state:  # never unpacked since it was read: it pickles as it came
            return state
        kept = {name: state.pop(name) for name in self.light if name in state}
        shared = tuple(kept.values())
        buffer = io.BytesIO()
        _BlobPickler(buffer, shared).dump(state)
        return {**kept, "_shared": shared, "_blob": buffer.getvalue()}

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Defined so that unpickling asks no __getattr__ for it (an exception per object).
        self.__dict__.update(state)

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute that is not there: the packed ones, before unpacking.
        if name.startswith("__") or "_blob" not in self.__dict__:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        # One thread unpacks while the others wait (a server shares one Linter); the blob
        # goes only once the attributes are in, so no reader sees them half there.
        with _UNPACKING:
            blob = self.__dict__.get("_blob")
            if blob is not None:
                try:
                    state = _BlobUnpickler(io.BytesIO(blob), self.__dict__["_shared"]).load()
                    if not isinstance(state, dict):
                        raise pickle.UnpicklingError("a blob holds an attribute table")
                except Exception as error:  # the file was read whole, so only tampering gets here
                    raise MsglintError(
                        f"the rules cache in {cache_dir()} is damaged: delete it and run again"
                    ) from error
                for key, value in state.items():
                    self.__dict__.setdefault(key, value)  # what was set before unpacking stays
                del self.__dict__["_blob"], self.__dict__["_shared"]
        return getattr(self, name)


_UNPACKING = _thread.RLock()  # _thread: threading itself is not needed for one lock


class _BlobPickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: tuple[object, ...]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.shared = {
            id(value): number
            for number, value in enumerate(shared)
            if value is not None and not isinstance(value, str | int)
        }

    def persistent_id(self, obj: object) -> int | None:
        return self.shared.get(id(obj))


class _BlobUnpickler(_RulesUnpickler):
    """A Deferred's blob: the same classes as the cache file, and the light objects by number."""

    def __init__(self, file: io.BytesIO, shared: tuple[object, ...]) -> None:
        super().__init__(file)
        self.shared = shared

    def persistent_load(self, pid: Any) -> object:
        return self.shared[pid]


def read(path: str | None) -> RuleSet | None:
    """The cached rule set, or None when there is none or it cannot be used."""
    from msglint.rules import RuleSet

    loaded = load(path, _RulesUnpickler)
    return loaded if isinstance(loaded, RuleSet) else None


def write(path: str | None, ruleset: RuleSet) -> None:
    """Keep the rule set for the next start; a read-only home is no error."""
    if store(path, ruleset) and path is not None:
        _prune(os.path.dirname(path))


def load(path: str | None, unpickler: type[pickle.Unpickler]) -> object | None:
    """What a cache file holds, read by `unpickler` (which decides what it may build); None on any failure."""
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            return unpickler(io.BytesIO(file.read())).load()
    except Exception:  # any unreadable cache (missing, truncated, tampered, older classes) is only a miss
        return None


def store(path: str | None, value: object) -> bool:
    """Pickle `value` to `path` atomically; False when it cannot be (a read-only home is no error)."""
    if path is None:
        return False
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{os.path.splitext(path)[0]}.{os.getpid()}.tmp"
        with open(partial, "wb") as file:
            file.write(data)
        os.replace(partial, path)  # atomic: a concurrent reader sees the old file or the new one
    except (OSError, pickle.PicklingError, TypeError):  # TypeError: something that does not pickle
        return False
    return True


def _prune(directory: str) -> None:
    """Drop all but the newest few cache files: each msglint upgrade or rule change makes one."""
    files = [e for e in os.scandir(directory) if e.name.startswith("rules-")]
    files.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
    for old in files[_KEEP:]:
        with contextlib.suppress(FileNotFoundError):  # another process pruned it first
            os.unlink(old.path)
