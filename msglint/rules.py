"""Load rule files (TOML, standard library), validate them, compile their matchers.

Rule files are data: ``tomllib`` never executes anything. A rules directory holds
one rule per ``<policy>/<name>.toml`` (the id is that path), shared word lists in
``lists/<name>.txt`` (one phrase a line, ``#`` comments), and ``aliases.toml``
(pinyin and other spellings folded to a canonical term before matching). Every
problem is reported as ``file:line: problem``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from msglint import cache, compiled
from msglint.errors import RuleFileError
from msglint.matchers import MATCHERS, Exceptions, Matcher, SchemaError, Vocabulary, build_exceptions
from msglint.model import CONTEXTS, POLICIES, Finding, Severity
from msglint.normalize import Aliases, fold, normalize_base
from msglint.paths import PACKAGE

if TYPE_CHECKING:
    from pathlib import Path

# Policies beyond interface.md's six that rules may use (interface.md names them).
EXTRA_POLICIES = ("formatting", "message-scope", "language", "conduct", "template-library")
LANGS = ("en", "zh")
_TOML_LINE = compiled.pattern(r"at line (\d+)")
_REQUIRED = ("id", "policy", "severity", "message", "source", "match", "examples")
_OPTIONAL = ("suggestion", "contexts", "langs", "confidence", "unless", "description", "role", "fallback")
ROLES = ("finding", "covers", "covers-whole", "covers-aside", "covers-list")


class Rule(NamedTuple):
    id: str  # "review-inducement/incentive", the path under the rules directory
    policy: str
    severity: Severity
    message: str
    suggestion: str | None
    source: str  # where the rule comes from (policy text, section)
    contexts: tuple[str, ...]  # reply, proactive
    langs: tuple[str, ...]
    confidence: float  # 0-1, how often a match is a true violation
    matchers: tuple[Matcher, ...]
    unless: Exceptions | None
    examples: tuple[tuple[str, str], ...]  # ("flag" | "pass", text with optional [[span]])
    path: str
    description: str = ""
    # "covers", "covers-whole", "covers-aside", "covers-list": coverage vocabulary for template-required
    role: str = "finding"
    fallback: bool = False  # reported only where no other rule of its policy found the same words

    def finding(
        self,
        span: tuple[int, int, int, int, str],
        confidence: float,
        detail: str = "",
        extra: tuple[tuple[str, object], ...] = (),
    ) -> Finding:
        """A finding of this rule at (start, end, line, column, excerpt) of the original text."""
        start, end, line, column, excerpt = span
        return Finding(
            rule=self.id,
            policy=self.policy,
            severity=self.severity,
            message=self.message + (f" ({detail})" if detail else ""),
            start=start,
            end=end,
            line=line,
            column=column,
            excerpt=excerpt,
            confidence=confidence,
            suggestion=self.suggestion,
            extra=extra,
        )


class RuleSet(NamedTuple):
    rules: tuple[Rule, ...]
    aliases: Aliases  # spelling -> canonical term ("hao ping" -> "好评")
    domain_words: frozenset[str]  # added to jieba's dictionary

    def get(self, rule_id: str) -> Rule | None:
        """The rule with this id, if any."""
        return next((r for r in self.rules if r.id == rule_id), None)

    def selected(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> RuleSet:
        """Keep rules whose id or policy is selected (all if none) and not ignored."""
        select, ignore = tuple(select), tuple(ignore)

        def named(rule: Rule, names: tuple[str, ...]) -> bool:
            return any(rule.id == n or rule.policy == n or rule.id.startswith(n.rstrip("/") + "/") for n in names)

        kept = tuple(r for r in self.rules if (not select or named(r, select)) and not named(r, ignore))
        return RuleSet(kept, self.aliases, self.domain_words)


def builtin_rules_dir() -> str:
    """The rules shipped in the wheel, or the repository's rules/ in a checkout."""
    packaged = os.path.join(PACKAGE, "_rules")
    return packaged if os.path.isdir(packaged) else os.path.join(os.path.dirname(PACKAGE), "rules")


def load_rules(extra_dirs: Iterable[str | os.PathLike[str]] = (), *, eager: bool = False) -> RuleSet:
    """Load the built-in rules plus any extra rule directories.

    The built-in rules' regexes compile on first use unless `eager` (see
    matchers.LazyPattern); a team's rules always compile here, to report errors.
    A rule set loaded once is read back from the user's cache (cache.py).
    """
    dirs = [builtin_rules_dir(), *(os.fspath(d) for d in extra_dirs)]
    for directory in dirs:
        if not os.path.isdir(directory):
            raise RuleFileError(directory, None, "rules directory not found")
    path = None if eager else cache.cache_path(dirs[0], dirs[1:])
    ruleset = cache.read(path)
    if ruleset is None:
        from pathlib import Path  # only to read the rule files: the cache spares a check its import

        ruleset = _load([Path(d) for d in dirs], eager)
        cache.write(path, ruleset)
    return ruleset


def _load(dirs: list[Path], eager: bool) -> RuleSet:
    lists: dict[str, tuple[str, ...]] = {}
    aliases: dict[str, str] = {}
    near_han: dict[str, str] = {}
    for directory in dirs:
        lists.update(_read_lists(directory / "lists"))
        aliases.update(_read_aliases(directory / "aliases.toml", "aliases"))
        near_han.update(_read_aliases(directory / "aliases.toml", "near-han"))
    compiled = Aliases.build(aliases, near_han)
    folded: dict[str, str] = {}  # a phrase is folded for its pattern, its group and its anchor

    def fold_phrase(text: str) -> str:
        if text not in folded:
            folded[text] = fold(normalize_base(text), compiled).text
        return folded[text]

    vocab = Vocabulary.new(lists, fold_phrase)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for number, directory in enumerate(dirs):
        vocab = vocab._replace(lazy=number == 0 and not eager)  # the Terms cache stays shared
        for path in sorted(directory.rglob("*.toml")):
            if path.name == "aliases.toml" or "lists" in path.relative_to(directory).parts:
                continue
            rule = load_rule(path, directory, vocab)
            if rule.id in seen:
                raise RuleFileError(str(path), 1, f"duplicate rule id '{rule.id}' (also in {seen[rule.id]})")
            seen[rule.id] = str(path)
            rules.append(rule)
    return RuleSet(tuple(rules), compiled, frozenset(lists.get("zh-terms", ())))


def _read_lists(directory: Path) -> dict[str, tuple[str, ...]]:
    lists = {}
    if directory.is_dir():
        for path in sorted(directory.glob("*.txt")):
            lists[path.stem] = list_entries(_read_text(path))
    return lists


def list_entries(source: str) -> tuple[str, ...]:
    """A word list's entries: one a line, `#` starts a comment, blank lines skipped."""
    return tuple(s for s in (line.split("#")[0].strip() for line in source.splitlines()) if s)


def _read_aliases(path: Path, name: str) -> dict[str, str]:
    if not path.exists():
        return {}
    data = _parse_toml(path, _read_text(path))
    table = data.get(name, {})
    if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
        raise RuleFileError(str(path), _line_of(_read_text(path), name), f"[{name}] must map spellings to terms")
    return {" ".join(k.casefold().split()): v for k, v in table.items()}


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(str(path), None, f"cannot read: {error}") from None


def _parse_toml(path: Path, source: str) -> dict[str, Any]:
    import tomllib  # only when the rule set is not in the start-up cache

    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        raise RuleFileError(str(path), int(found.group(1)) if found else None, f"invalid TOML: {error}") from None


def _line_of(source: str, key: str, table: int | None = None) -> int | None:
    """The first line that sets `key` or opens a [key] / [[key]] table; with `table`, in that [[match]] table or after."""
    start = 0
    if table is not None:
        headers = list(_MATCH_HEADER.finditer(source))
        if table < len(headers):
            start = headers[table].start()
    pattern = regex.compile(
        rf'^[ \t]*(?:"?{regex.escape(key)}"?\s*=|\[+\s*(?:[\w.]+\.)?{regex.escape(key)}\s*\]+)', regex.M
    )
    found = pattern.search(source, start)
    return source.count("\n", 0, found.start()) + 1 if found else None


_MATCH_HEADER = regex.compile(r"^[ \t]*\[\[\s*match\s*\]\]", regex.M)


def load_rule(path: Path, root: Path, vocab: Vocabulary) -> Rule:
    """Load and validate one rule file; raise RuleFileError naming its line."""
    source = _read_text(path)
    data = _parse_toml(path, source)

    def fail(key: str, problem: str, near: str | None = None, table: int | None = None) -> RuleFileError:
        return RuleFileError(
            str(path), _line_of(source, near or key, table) or _line_of(source, near or key) or 1, problem
        )

    for key in _REQUIRED:
        if key not in data:
            raise fail(key, f"missing required key '{key}'")
    for key in data:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise fail(key, f"unknown key '{key}'")
    expected = path.relative_to(root).with_suffix("").as_posix()
    if data["id"] != expected:
        raise fail("id", f"id '{data['id']}' must equal the file's path '{expected}'")
    if data["policy"] not in POLICIES + EXTRA_POLICIES:
        raise fail("policy", f"unknown policy '{data['policy']}' (known: {', '.join(POLICIES + EXTRA_POLICIES)})")
    if data["policy"] != expected.split("/")[0]:
        raise fail("policy", f"policy '{data['policy']}' must match the rule's folder '{expected.split('/')[0]}'")
    try:
        severity = Severity(data["severity"])
    except ValueError:
        raise fail("severity", f"unknown severity '{data['severity']}' (error, warning or info)") from None
    for key in ("message", "source"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(key, f"'{key}' must be a non-empty string")
    contexts = tuple(data.get("contexts", CONTEXTS))
    if not contexts or not set(contexts) <= set(CONTEXTS):
        raise fail("contexts", f"contexts must be a list drawn from {', '.join(CONTEXTS)}")
    langs = tuple(data.get("langs", LANGS))
    if not langs or not set(langs) <= set(LANGS):
        raise fail("langs", f"langs must be a list drawn from {', '.join(LANGS)}")
    confidence = data.get("confidence", 0.9)
    if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise fail("confidence", "confidence must be a number in (0, 1]")
    role = data.get("role", "finding")
    if role not in ROLES:
        raise fail("role", f"role must be one of {', '.join(ROLES)}, not {role!r}")
    fallback = data.get("fallback", False)
    if not isinstance(fallback, bool):
        raise fail("fallback", "fallback must be true or false")
    matchers = _build_matchers(data["match"], vocab, fail)
    unless = None
    if "unless" in data:
        if not isinstance(data["unless"], dict):
            raise fail("unless", "[unless] must be a table")
        try:
            unless = build_exceptions(data["unless"], vocab)
        except SchemaError as error:
            raise fail(error.key, f"[unless] {error}", near="unless") from None
    return Rule(
        id=data["id"],
        policy=data["policy"],
        severity=severity,
        message=data["message"].strip(),
        suggestion=data.get("suggestion"),
        source=data["source"],
        contexts=contexts,
        langs=langs,
        confidence=float(confidence),
        matchers=matchers,
        unless=unless,
        examples=_examples(data["examples"], fail),
        path=str(path),
        description=data.get("description", ""),
        role=role,
        fallback=fallback,
    )


def _build_matchers(tables: Any, vocab: Vocabulary, fail: Any) -> tuple[Matcher, ...]:
    if isinstance(tables, dict):
        tables = [tables]
    if not isinstance(tables, list) or not tables:
        raise fail("match", "[[match]] must be one or more tables")
    matchers = []
    for number, table in enumerate(tables):  # problems are placed in the number-th [[match]] table
        kind = table.get("kind")
        if kind not in MATCHERS:
            raise fail("kind", f"unknown matcher kind {kind!r} (known: {', '.join(MATCHERS)})", table=number)
        cls = MATCHERS[kind]
        for key in table:
            if key != "kind" and key not in cls.required + cls.optional:
                raise fail(key, f"unknown key '{key}' for a {kind} matcher", table=number)
        for key in cls.required:
            if key not in table:
                raise fail("match", f"a {kind} matcher needs '{key}'", table=number)
        try:
            matchers.append(cls(table, vocab))  # type: ignore[call-arg]
        except SchemaError as error:
            raise fail(error.key, str(error), table=number) from None
    return tuple(matchers)


def _examples(table: Any, fail: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(table, dict):
        raise fail("examples", "[examples] must be a table with 'flag' and 'pass' lists")
    out = []
    for kind in ("flag", "pass"):
        texts = table.get(kind)
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) for t in texts):
            raise fail(kind, f"[examples] needs a non-empty '{kind}' list of texts", near="examples")
        out.extend((kind, t) for t in texts)
    return tuple(out)
