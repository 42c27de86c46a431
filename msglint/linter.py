"""Linter(rules): lint(text) -> Result. The pipeline, in order, in one place.

text -normalize-> (base, folded) -prepare-> Prepared -matchers-> Hit
     -locate-> Finding (original offsets) -score-> Result
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from msglint.gates import MatcherIndex
from msglint.matchers import Hit, LimitMatcher, Matcher
from msglint.model import CONTEXTS, Finding, Result
from msglint.normalize import fold, normalize_base
from msglint.quotes import quoted_as_info, quoted_spans
from msglint.rules import Rule, RuleSet
from msglint.score import make_result
from msglint.tokens import SENTENCE_END, Prepared, Segmenter, prepare

if TYPE_CHECKING:  # templates and coverage load only for a template check (start-up)
    from msglint.templates import TemplateLibrary


class Linter:
    """Lint one message at a time against a rule set; a plain library object."""

    def __init__(
        self,
        ruleset: RuleSet,
        *,
        context: str = "reply",
        lang: str | None = None,
        templates: TemplateLibrary | None = None,
        template_threshold: float | None = None,
    ) -> None:
        if context not in CONTEXTS:
            raise ValueError(f"context must be one of {CONTEXTS}")
        self.ruleset = ruleset
        self.context = context
        self.lang = None if lang in (None, "auto") else lang
        self.segmenter = Segmenter(ruleset.domain_words)
        self.templates = templates
        self.template_threshold = template_threshold  # overrides the template rule's threshold
        self.content_rules = tuple(r for r in ruleset.rules if r.role == "finding")
        self._fallbacks = frozenset(r.id for r in self.content_rules if r.fallback)
        limits = [(r, m) for r in ruleset.rules for m in r.matchers if isinstance(m, LimitMatcher)]
        self._limit = limits[0] if limits else None
        # Per context, the content rules' matchers by what a message must contain for each
        # to match (gates.MatcherIndex): a message visits only the few whose gate it opens.
        self._gates: dict[str, tuple[tuple[Rule, ...], MatcherIndex]] = {}

    def _index(self, context: str) -> tuple[tuple[Rule, ...], MatcherIndex]:
        rules = tuple(r for r in self.content_rules if context in r.contexts)
        self._gates[context] = (rules, MatcherIndex([r.matchers for r in rules]))
        return self._gates[context]

    def fold(self, text: str) -> str:
        """Normalize a phrase or template exactly as a message is (folded view)."""
        return fold(normalize_base(text), self.ruleset.aliases).text

    def prepare(self, text: str) -> Prepared:
        """Normalize, tokenize and classify a message once."""
        base = normalize_base(text)
        folded = fold(base, self.ruleset.aliases)
        return prepare(text, base, folded, self.segmenter, self.lang)

    def lint(self, text: str, *, context: str | None = None) -> Result:
        """Lint one message; never raises on content."""
        limit = self._limit
        scanned = text[: limit[1].max] if limit and len(text) > limit[1].max else text
        prepared = self.prepare(scanned)
        context = context or self.context
        findings: list[Finding] = []
        timed_out: list[str] = []
        rules, index = self._gates.get(context) or self._index(context)
        for number, matcher in index.open(prepared):
            rule = rules[number]
            before = len(prepared.timeouts)
            findings.extend(locate(rule, hit, prepared) for hit in _hits(rule, matcher, prepared))
            if len(prepared.timeouts) > before and rule.id not in timed_out:  # the rest still gets checked
                timed_out.append(rule.id)
        if self._fallbacks:
            findings = _without_shadowed(findings, self._fallbacks, scanned)
        if "{{" in text:  # a template: placeholders are opaque to content rules
            findings = without_placeholders(findings, text)
        quoted = quoted_spans(scanned) if findings or self.templates is not None else []
        if self.templates is not None:
            from msglint.coverage import uncovered

            missing = uncovered(prepared, self.ruleset.rules, self.templates, self.template_threshold, findings, quoted)
            findings += [missing] if missing else []
        if scanned is not text and limit:
            findings.append(_unscanned(limit[0], text, len(scanned)))
        ordered = deduplicate(findings)
        if quoted:  # after merging: a finding that crosses out of the quote stays the seller's
            ordered = quoted_as_info(ordered, quoted)
        ordered.sort(key=lambda f: (f.start, f.end, f.rule))
        result = make_result(prepared.lang, tuple(ordered), text)
        if timed_out:
            notes = tuple(
                f"rule {rule_id} ran out of time on this message; its result is unknown" for rule_id in timed_out
            )
            result = result._replace(notes=notes)
        return result


def _without_shadowed(findings: list[Finding], fallbacks: frozenset[str], text: str) -> list[Finding]:
    """Drop a fallback rule's finding where a specific rule of its policy fired in the same sentence.

    General shapes (an offer on a future purchase) back up the phrase rules; where
    both fire, the specific rule's message and suggestion say more.
    """
    specific = [f for f in findings if f.rule not in fallbacks]

    def shadows(other: Finding, finding: Finding) -> bool:
        gap = (min(other.end, finding.end), max(other.start, finding.start))
        return other.policy == finding.policy and not (gap[0] < gap[1] and SENTENCE_END.search(text, *gap))

    return [f for f in findings if f.rule not in fallbacks or not any(shadows(s, f) for s in specific)]


def _unscanned(rule: Rule, text: str, scanned: int) -> Finding:
    """A warning placed where scanning stopped (an empty span: nothing after it was read)."""
    line, column = line_column(text, scanned)
    detail = f"checked the first {scanned:,} of {len(text):,} characters"
    return rule.finding((scanned, scanned, line, column, ""), 1.0, detail)


def without_placeholders(findings: list[Finding], text: str) -> list[Finding]:
    """Drop content findings that touch a {{placeholder}}; template-library rules see them."""
    from msglint.templates import COMMENT, PLACEHOLDER

    spans = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)] + [
        (m.start(), m.end()) for m in COMMENT.finditer(text)
    ]
    return [
        f
        for f in findings
        if f.policy == "template-library" or not any(f.start < end and start < f.end for start, end in spans)
    ]


def _hits(rule: Rule, matcher: Matcher, prepared: Prepared) -> Iterable[Hit]:
    for hit in matcher.find(prepared):
        if rule.unless is None or not rule.unless.excuse(prepared, hit):
            yield hit


def locate(rule: Rule, hit: Hit, prepared: Prepared) -> Finding:
    """Turn a view-coordinate hit into a finding on the original text."""
    view = prepared.base if hit.view == "base" else prepared.folded
    start, end = prepared.original_span(view, hit.start, hit.end)
    line, column = prepared.line_column(start)
    return rule.finding(
        (start, end, line, column, prepared.original[start:end]), round(rule.confidence * hit.confidence, 3)
    )


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a code-point offset."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def deduplicate(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per rule and contiguous stretch: overlapping or touching spans merge."""
    kept: dict[str, list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.rule, f.start, -f.end)):
        spans = kept.setdefault(finding.rule, [])
        if spans and finding.start <= spans[-1].end:
            spans[-1] = _merge(spans[-1], finding)
        else:
            spans.append(finding)
    return [f for spans in kept.values() for f in spans]


def _merge(first: Finding, second: Finding) -> Finding:
    if second.end <= first.end and second.confidence <= first.confidence:
        return first
    end = max(first.end, second.end)
    text = first.excerpt + second.excerpt[first.end - second.start :] if end > first.end else first.excerpt
    return first._replace(end=end, excerpt=text, confidence=max(first.confidence, second.confidence))
