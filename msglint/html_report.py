"""`audit --report FILE.html`: one self-contained page a support manager can read.

Inline CSS and SVG only: no script, no font or chart library, nothing fetched,
so the file opens offline and can be mailed around.
"""

from __future__ import annotations

import heapq
import logging
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Any

from msglint import compiled
from msglint.model import Result, Severity
from msglint.orders import parse_time

if TYPE_CHECKING:
    from msglint.audit import Linted

COLOURS = {
    "review-inducement": "#c0392b",
    "off-platform-contact": "#8e44ad",
    "marketing": "#d68910",
    "review-request-limit": "#2471a3",
    "response-time": "#17a589",
    "template-required": "#566573",
}
GROUP_COLUMNS = ("agent", "store", "seller", "shop", "account", "marketplace", "channel", "brand")
_WORD = compiled.pattern(r"\p{Latin}{3,}")
_HAN = compiled.pattern(r"\p{Han}")
STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "you",
        "your",
        "are",
        "was",
        "were",
        "with",
        "this",
        "that",
        "have",
        "has",
        "had",
        "not",
        "but",
        "can",
        "will",
        "would",
        "could",
        "should",
        "what",
        "when",
        "where",
        "which",
        "who",
        "how",
        "why",
        "there",
        "here",
        "they",
        "them",
        "our",
        "ours",
        "from",
        "into",
        "about",
        "been",
        "being",
        "just",
        "please",
        "thanks",
        "thank",
        "hello",
        "dear",
        "regards",
        "best",
        "hi",
        "hey",
        "yes",
        "any",
        "all",
        "out",
        "get",
        "got",
        "did",
        "does",
        "its",
        "it's",
        "i'm",
        "my",
        "me",
        "we",
        "us",
        "am",
        "is",
        "be",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "an",
        "a",
        "or",
        "if",
        "so",
        "do",
        "as",
        "no",
        "up",
    ]
)
WORST = 15
MAX_TEXT = 600


class ReportSink:
    """Collects what the report shows while the audit streams, in bounded memory."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write
        self.policies: Counter[str] = Counter()
        self.rules: Counter[str] = Counter()
        self.weeks: Counter[tuple[str, str]] = Counter()
        self.groups: dict[str, Counter[tuple[str, str]]] = {}
        self.terms: Counter[str] = Counter()
        self.worst: list[tuple[int, int, str, str, tuple[tuple[int, int, str], ...]]] = []
        self.seen = 0

    def add(self, linted: Linted) -> None:
        """Take one audited record into the tallies."""
        self.seen += 1
        result = linted.result
        if linted.direction == "buyer" and result.text:
            self.terms.update(buyer_terms(result.text))
        flagged = [f for f in result.findings if f.severity is not Severity.INFO]
        for column, value in linted.extra:
            if column.lower() in GROUP_COLUMNS and linted.bucket == "linted":
                tally = self.groups.setdefault(column, Counter())
                tally[(value, "messages")] += 1
                tally[(value, "flagged")] += bool(flagged)
        if not flagged:
            return
        week = _week(linted.sent_at)
        for policy in {f.policy for f in flagged}:
            self.policies[policy] += 1
            self.weeks[(week, policy)] += 1
        self.rules.update(f.rule for f in flagged)
        self._keep_worst(result, "(Request a Review button, no text)" if linted.kind == "review_request" else "")

    def _keep_worst(self, result: Result, placeholder: str) -> None:
        text = (result.text or placeholder)[:MAX_TEXT]
        spans = tuple(
            (f.start, f.end, f.policy)
            for f in result.findings
            if f.severity is not Severity.INFO and f.end <= len(text)
        )
        entry = (result.score, -self.seen, result.id, text, spans)
        if len(self.worst) < WORST:
            heapq.heappush(self.worst, entry)
        else:
            heapq.heappushpop(self.worst, entry)

    def finish(self, summary: dict[str, Any]) -> None:
        """Render and write the page."""
        self.write(render(self, summary))


def buyer_terms(text: str) -> list[str]:
    """Words of a buyer question worth counting: jieba keywords for Chinese, content words otherwise."""
    terms = [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in STOPWORDS]
    if _HAN.search(text):
        terms.extend(_keywords(text))
    return terms


def _keywords(text: str) -> list[str]:
    analyse = _analyse()
    return [w for w in analyse.extract_tags(text, topK=5) if _HAN.search(w)]


_ANALYSE: Any = None


def _analyse() -> Any:
    global _ANALYSE
    if _ANALYSE is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import jieba
            import jieba.analyse
        jieba.setLogLevel(logging.ERROR)
        _ANALYSE = jieba.analyse
    return _ANALYSE


def _week(sent_at: str | None) -> str:
    moment = parse_time(sent_at)
    if moment is None:
        return "no date"
    year, week, _ = datetime.fromtimestamp(moment, UTC).isocalendar()
    return f"{year}-W{week:02d}"


def bar_chart(rows: Iterable[tuple[str, int]], colour: Callable[[str], str]) -> str:
    """Horizontal bars, one per row, as inline SVG."""
    rows = list(rows)
    if not rows:
        return "<p class=muted>Nothing to show.</p>"
    top = max(v for _, v in rows) or 1
    height = 26 * len(rows)
    bars = []
    for i, (label, value) in enumerate(rows):
        width = 420 * value / top
        y = i * 26
        bars.append(
            f'<text x="0" y="{y + 17}" class=label>{escape(label)}</text>'
            f'<rect x="190" y="{y + 4}" width="{width:.1f}" height="18" fill="{colour(label)}" rx="2"/>'
            f'<text x="{196 + width:.1f}" y="{y + 17}" class=value>{value:,}</text>'
        )
    return f'<svg viewBox="0 0 680 {height}" width="680" height="{height}" role="img">{"".join(bars)}</svg>'


def week_chart(weeks: Counter[tuple[str, str]]) -> str:
    """Stacked columns of flagged messages per week and policy, as inline SVG."""
    labels = sorted({w for w, _ in weeks}, key=lambda w: (w == "no date", w))
    if not labels:
        return "<p class=muted>No flagged messages.</p>"
    policies = sorted({p for _, p in weeks})
    totals = {w: sum(weeks[(w, p)] for p in policies) for w in labels}
    top = max(totals.values()) or 1
    step = max(28, min(70, 640 // len(labels)))
    parts = []
    for i, week in enumerate(labels):
        x, y = 40 + i * step, 200
        for policy in policies:
            h = 180 * weeks[(week, policy)] / top
            if h:
                y -= h
                parts.append(
                    f'<rect x="{x}" y="{y:.1f}" width="{step - 8}" height="{h:.1f}" fill="{COLOURS.get(policy, "#7f8c8d")}"><title>{escape(week)} {escape(policy)}: {weeks[(week, policy)]}</title></rect>'
                )
        parts.append(
            f'<text x="{x + (step - 8) / 2}" y="{y - 4:.1f}" class=value text-anchor=middle>{totals[week]}</text>'
        )
        parts.append(f'<text x="{x}" y="216" class=tick>{escape(week[-3:] if week != "no date" else "n/d")}</text>')
    width = 60 + len(labels) * step
    legend = " ".join(
        f'<span class=key style="background:{COLOURS.get(p, "#7f8c8d")}"></span>{escape(p)}' for p in policies
    )
    return f'<svg viewBox="0 0 {width} 224" width="{width}" height="224" role="img">{"".join(parts)}</svg><p class=legend>{legend}</p>'


def marked(text: str, spans: tuple[tuple[int, int, str], ...]) -> str:
    """The message with its findings highlighted; overlapping spans merge into one mark."""
    merged: list[list[Any]] = []
    for start, end, policy in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, policy])
    out, pos = [], 0
    for start, end, policy in merged:
        out.append(escape(text[pos:start]))
        colour = COLOURS.get(policy, "#7f8c8d")
        out.append(f'<mark style="border-bottom:3px solid {colour}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def render(sink: ReportSink, summary: dict[str, Any]) -> str:
    """The whole page."""
    verdicts = summary["verdicts"]
    cards = "".join(
        f"<div class=card><b>{value:,}</b>{escape(label)}</div>"
        for label, value in (
            ("records", summary["records"]),
            ("linted", summary["linted"]),
            ("blocked", verdicts.get("block", 0)),
            ("warned", verdicts.get("warn", 0)),
            ("passed", verdicts.get("pass", 0)),
            ("unreadable", summary["unreadable"]),
        )
    )
    policy_rows = sorted(((p, n) for p, n in sink.policies.items() if n), key=lambda r: -r[1])
    rule_rows = "".join(f"<tr><td>{escape(r)}</td><td class=num>{n:,}</td></tr>" for r, n in sink.rules.most_common(12))
    worst = "".join(
        f"<li><div class=meta>{escape(rid)} · risk {score}</div><div class=msg>{marked(text, spans)}</div></li>"
        for score, _, rid, text, spans in sorted(sink.worst, reverse=True)
    )
    groups = "".join(_group_table(column, tally) for column, tally in sink.groups.items())
    terms = ", ".join(f"{escape(t)} ({n})" for t, n in sink.terms.most_common(30)) or "No buyer messages."
    return PAGE.format(
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        cards=cards,
        policies=bar_chart(policy_rows, lambda p: COLOURS.get(p, "#7f8c8d")),
        weeks=week_chart(sink.weeks),
        rules=rule_rows or "<tr><td colspan=2 class=muted>No findings.</td></tr>",
        worst=worst or "<li class=muted>No flagged messages.</li>",
        groups=groups or "<p class=muted>The archive has no agent or store column.</p>",
        terms=terms,
        seconds=summary["seconds"],
    )


def _group_table(column: str, tally: Counter[tuple[str, str]]) -> str:
    values = sorted({v for v, _ in tally}, key=lambda v: -tally[(v, "flagged")])[:20]
    rows = "".join(
        f"<tr><td>{escape(v)}</td><td class=num>{tally[(v, 'messages')]:,}</td><td class=num>{tally[(v, 'flagged')]:,}</td>"
        f"<td class=num>{tally[(v, 'flagged')] / max(tally[(v, 'messages')], 1):.0%}</td></tr>"
        for v in values
    )
    return f"<h3>By {escape(column)}</h3><table><tr><th>{escape(column)}</th><th>messages</th><th>flagged</th><th>share</th></tr>{rows}</table>"


PAGE = """<!doctype html>
<html lang=en><head><meta charset=utf-8><title>msglint audit report</title>
<style>
body{{font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:980px;color:#1c2833;padding:0 1rem}}
h1{{font-size:1.6rem;margin-bottom:.2rem}} h2{{margin-top:2rem;border-bottom:1px solid #d5d8dc;padding-bottom:.2rem}}
.cards{{display:flex;gap:.8rem;flex-wrap:wrap}} .card{{background:#f4f6f7;border-radius:6px;padding:.6rem 1rem;min-width:110px}}
.card b{{display:block;font-size:1.5rem}} .muted{{color:#7f8c8d}} table{{border-collapse:collapse}}
td,th{{padding:.25rem .8rem;border-bottom:1px solid #eaecee;text-align:left}} .num{{text-align:right}}
svg .label{{font-size:13px}} svg .value,svg .tick{{font-size:11px;fill:#566573}}
ol.worst li{{margin:.8rem 0}} .meta{{font-size:.85rem;color:#566573}} .msg{{white-space:pre-wrap;background:#fbfcfc;border:1px solid #eaecee;padding:.5rem;border-radius:4px}}
mark{{background:#fdebd0}} .key{{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;border-radius:2px}}
</style></head><body>
<h1>msglint audit report</h1>
<p class=muted>Generated {generated} in {seconds} s. A message is flagged when it has an error or warning finding.</p>
<div class=cards>{cards}</div>
<h2>Flagged messages by policy</h2>{policies}
<h2>Flagged messages by week</h2>{weeks}
<h2>Top rules</h2><table><tr><th>rule</th><th>findings</th></tr>{rules}</table>
<h2>Highest-risk messages</h2><ol class=worst>{worst}</ol>
<h2>By agent or store</h2>{groups}
<h2>What buyers ask about</h2><p>Most frequent terms in buyer messages: recurring questions point at what a listing fails to say.</p><p>{terms}</p>
</body></html>
"""
