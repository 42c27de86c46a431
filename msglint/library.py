"""template-library checks across a set of templates: near-duplicates and length.

These look at several files at once, so they run after each file has been
linted on its own (msglint check --as-templates).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz import fuzz, process

from msglint.matchers import LibraryMatcher
from msglint.model import Finding
from msglint.rules import Rule
from msglint.templates import COMMENT, PLACEHOLDER


def library_rules(rules: Sequence[Rule], check: str) -> list[tuple[Rule, LibraryMatcher]]:
    """Rules (with matcher) that run one library check."""
    return [(r, m) for r in rules for m in r.matchers if isinstance(m, LibraryMatcher) and m.check == check]


def comparable(text: str, fold: Callable[[str], str]) -> str:
    """A template's wording for comparison: comments dropped, placeholders as one mark."""
    return fold(PLACEHOLDER.sub(" {} ", COMMENT.sub("", text)))


def library_findings(
    templates: Sequence[tuple[str, str]],
    rules: Sequence[Rule],
    fold: Callable[[str], str],
    others: Sequence[tuple[str, str]] = (),
) -> dict[str, list[Finding]]:
    """Findings per template id for (id, text) pairs; `others` are compared against but not reported."""
    found: dict[str, list[Finding]] = {}
    for rule, matcher in library_rules(rules, "length"):
        for name, text in templates:
            body = COMMENT.sub("", text)
            if len(body) > matcher.max:
                found.setdefault(name, []).append(
                    _whole(rule, text, f"{len(body):,} characters, limit {matcher.max:,}")
                )
    for rule, matcher in library_rules(rules, "near-duplicate"):
        names = [n for n, _ in templates] + [n for n, _ in others]
        texts = [comparable(t, fold) for _, t in templates] + [comparable(t, fold) for _, t in others]
        for index, (name, text) in enumerate(templates):
            earlier = texts[:index] + texts[len(templates) :]
            earlier_names = names[:index] + names[len(templates) :]
            best = process.extractOne(texts[index], earlier, scorer=fuzz.ratio, score_cutoff=matcher.threshold)
            if best is not None and earlier_names[best[2]] != name:
                detail = f"{round(best[1])}% like {earlier_names[best[2]]}"
                found.setdefault(name, []).append(_whole(rule, text, detail))
    return found


def _whole(rule: Rule, text: str, detail: str) -> Finding:
    first = text.split("\n", 1)[0]
    return rule.finding((0, len(first), 1, 1, first), 1.0, detail)
