"""Render results as text for a person, or JSON / JSON Lines for tools. Formatting only."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable

from msglint import compiled
from msglint.memo import Recent
from msglint.model import Finding, Result, Severity

Style = Callable[..., str]
COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
CONTEXT = 80  # characters of a line shown on either side of an excerpt


_SURROGATE = compiled.pattern(r"[\ud800-\udfff]")


def dumps(value: object, indent: int | None = None) -> str:
    """JSON with non-ASCII text as is, but lone surrogates escaped (\\ud800).

    A JSON archive can carry an escaped lone surrogate; written raw it cannot be
    encoded, escaped it reads back as the very same string, offsets intact.
    """
    import json  # here: the text format, a check's default, never needs it

    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def printable(text: str) -> str:
    """Text for a terminal or file: lone surrogates shown as escapes instead of failing."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def to_json(results: Iterable[Result]) -> str:
    """A JSON array with one object per message (check --format json)."""
    return dumps([r.to_json() for r in results], indent=2)


# Records with a repeated text share one findings tuple (the audit's memo): its JSON is
# kept by identity (the entry holds the tuple, so its id cannot be reused meanwhile).
_FINDINGS_JSON: Recent[int, tuple[tuple[Finding, ...], str]] = Recent(4096)


def to_jsonl_line(result: Result) -> str:
    """One archive record's result on one line (audit --format jsonl); equal to dumps(result.to_json())."""
    kept = _FINDINGS_JSON.get(id(result.findings))
    if kept is None or kept[0] is not result.findings:
        kept = (result.findings, dumps([f.to_json() for f in result.findings]))
        _FINDINGS_JSON.put(id(result.findings), kept)
    # The wire form without its findings, which are spliced in: the values before them
    # are JSON strings with their quotes escaped, so the first '"findings": []' is the key.
    return dumps(result.to_json(findings=[])).replace('"findings": []', '"findings": ' + kept[1], 1)


def _plain(text: str, **_: object) -> str:
    return text


def width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two, marks and format characters none."""
    total = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Cf", "Mn", "Me"):
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def finding_text(result: Result, finding: Finding, style: Style = _plain) -> list[str]:
    """The lines describing one finding: location, rule, the marked excerpt, the fix."""
    colour = COLOURS[finding.severity]
    head = (
        f"{style(f'{result.id}:{finding.line}:{finding.column}:', bold=True)} "
        f"{style(finding.severity.value, fg=colour, bold=True)} "
        f"{finding.message} {style(f'[{finding.rule}]', dim=True)}"
    )
    lines = [head]
    if result.text is not None:
        line_start = result.text.rfind("\n", 0, finding.start) + 1
        line_end = result.text.find("\n", finding.start)
        line_end = len(result.text) if line_end == -1 else line_end
        # A window around the excerpt, not a whole (possibly megabyte) line.
        left = max(line_start, finding.start - CONTEXT)
        right = min(line_end, max(finding.end, finding.start + 1) + CONTEXT)
        shown_end = min(finding.end, line_end, finding.start + 2 * CONTEXT)
        prefix = "…" if left > line_start else ""
        suffix = "…" if right < line_end else ""
        lead = width(prefix + result.text[left : finding.start])
        mark = max(1, width(result.text[finding.start : shown_end]))
        lines.append(f"    {prefix}{result.text[left:right]}{suffix}")
        lines.append("    " + " " * lead + style("^" * mark, fg=colour, bold=True))
    extra = dict(finding.extra)
    if "template" in extra:
        lines.append(f"    nearest template: {extra['template']} (similarity {extra.get('similarity')})")
        sentences = extra.get("sentences")
        if isinstance(sentences, list) and len(sentences) > 1:
            lines.extend(f"    not covered: {sentence}" for sentence in sentences)
    if finding.suggestion:
        lines.append(f"    {style('suggestion:', fg='green')} {finding.suggestion}")
    return lines


def to_text(results: Iterable[Result], style: Style = _plain, show_info: bool = True) -> str:
    """The human report: each finding with its excerpt marked, then a summary line."""
    out: list[str] = []
    counts = {s: 0 for s in Severity}
    messages = 0
    for result in results:
        messages += 1
        if result.error is not None:
            out.append(f"{style(result.id, bold=True)}: {style('error', fg='red', bold=True)} {result.error}")
            continue
        for finding in result.findings:
            counts[finding.severity] += 1
            if finding.severity is Severity.INFO and not show_info:
                continue
            out.extend(finding_text(result, finding, style))
        out.extend(f"{style(result.id, bold=True)}: {style('note', fg='yellow')} {note}" for note in result.notes)
    summary = (
        f"{messages} message{'s' if messages != 1 else ''}: "
        f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} info"
    )
    out.append(style(summary, bold=True))
    return printable("\n".join(out))


SARIF_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def to_sarif(results: Iterable[Result], version: str) -> str:
    """SARIF 2.1.0 for code scanning: one result per finding, columns in code points."""
    from msglint.linter import line_column

    rules: dict[str, dict[str, object]] = {}
    sarif_results = []
    for result in results:
        for finding in result.findings:
            if finding.rule not in rules:
                rules[finding.rule] = {
                    "id": finding.rule,
                    "shortDescription": {"text": finding.message},
                    "defaultConfiguration": {"level": SARIF_LEVELS[finding.severity]},
                    "properties": {"policy": finding.policy},
                }
            end_line, end_column = (
                line_column(result.text or "", finding.end)
                if result.text is not None
                else (finding.line, finding.column)
            )
            text = finding.message + (f" Suggestion: {finding.suggestion}" if finding.suggestion else "")
            sarif_results.append(
                {
                    "ruleId": finding.rule,
                    "ruleIndex": list(rules).index(finding.rule),
                    "level": SARIF_LEVELS[finding.severity],
                    "message": {"text": text},
                    "locations": [
                        {
                            "physicalLocation": {
                                "artifactLocation": {"uri": result.id},
                                "region": {
                                    "startLine": finding.line,
                                    "startColumn": finding.column,
                                    "endLine": end_line,
                                    "endColumn": end_column,
                                    "charOffset": finding.start,
                                    "charLength": finding.end - finding.start,
                                    "snippet": {"text": finding.excerpt},
                                },
                            }
                        }
                    ],
                    "properties": {"policy": finding.policy, "confidence": round(finding.confidence, 2)},
                }
            )
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "msglint", "version": version, "rules": list(rules.values())}},
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return dumps(log, indent=2)


GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(results: Iterable[Result]) -> str:
    """GitHub Actions workflow commands: one annotation line per finding."""
    from msglint.linter import line_column

    lines = []
    for result in results:
        if result.error is not None:
            lines.append(f"::error file={_escape_property(result.id)},title=msglint::{_escape_data(result.error)}")
            continue
        for finding in result.findings:
            end_line, end_column = (
                line_column(result.text or "", finding.end)
                if result.text is not None
                else (finding.line, finding.column)
            )
            properties = (
                f"file={_escape_property(result.id)},line={finding.line},col={finding.column},"
                f"endLine={end_line},endColumn={end_column},title={_escape_property(finding.rule)}"
            )
            text = finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")
            lines.append(f"::{GITHUB_LEVELS[finding.severity]} {properties}::{_escape_data(text)}")
    return printable("\n".join(lines))
