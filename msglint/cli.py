"""The msglint command: options -> library calls -> reporter -> exit status.

The only module that imports click. Exit status: 0 clean, 1 findings at or
above --fail-on, 2 usage or input error (one line on standard error).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import click

from msglint import __version__
from msglint.config import load_config
from msglint.errors import InputError, MsglintError, read_error
from msglint.model import Result, Severity

FAIL_ON = {"error": Severity.ERROR.rank, "warning": Severity.WARNING.rank, "never": 99}


def exit_status(results: Iterable[Result], fail_on: str) -> int:
    """1 when any finding is at or above the --fail-on severity, else 0."""
    threshold = FAIL_ON[fail_on]
    return int(any(f.severity.rank >= threshold for r in results for f in r.findings))


def _style() -> Any:
    return click.style if sys.stdout.isatty() else (lambda text, **_: text)


def _settings(ctx: click.Context) -> dict[str, Any]:
    return ctx.obj if isinstance(ctx.obj, dict) else {}


def _pick(cli_value: Any, settings: dict[str, Any], key: str, default: Any) -> Any:
    """An option given on the command line wins over the config file, then the default."""
    if cli_value not in (None, ()):
        return cli_value
    return settings.get(key, default)


def _linter(
    settings: dict[str, Any],
    rules: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    context: str | None,
    lang: str | None,
    templates: str | None = None,
    threshold: float | None = None,
) -> Any:
    from msglint.linter import Linter
    from msglint.rules import load_rules

    ruleset = load_rules([*settings.get("rules", []), *rules])
    ruleset = ruleset.selected(
        _split(_pick(select, settings, "select", ())), _split(_pick(ignore, settings, "ignore", ()))
    )
    linter = Linter(
        ruleset,
        context=_pick(context, settings, "context", "reply"),
        lang=_pick(lang, settings, "lang", "auto"),
        template_threshold=_pick(threshold, settings, "template-threshold", None),
    )
    extra = [*settings.get("rules", []), *rules]
    if extra:  # a team's rule file must pass its own examples (the built-in ones are tested)
        from pathlib import Path  # only with a team's rules: start-up

        from msglint.examples import failing_examples

        roots = [Path(d).resolve() for d in extra]
        team = [r for r in ruleset.rules if any(Path(r.path).resolve().is_relative_to(root) for root in roots)]
        problem = next(failing_examples(linter, team), None)
        if problem is not None:
            raise problem
    directory = _pick(templates, settings, "templates", None)
    if directory:
        from msglint.templates import TemplateLibrary, load_templates

        linter.templates = TemplateLibrary(load_templates(directory), linter.fold)
    resume_collection()
    return linter


def resume_collection() -> None:
    """Turn the garbage collector back on if the launcher paused it (launch.py).

    What start-up built is frozen first: it lives to the end, so no later pass
    need walk it. A library caller's collector, never paused, is left as it is.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


_templates_option = click.option(
    "--templates",
    "templates",
    type=click.Path(),
    default=None,
    help="Approved templates (*.txt under DIR): enables template-required.",
)
_threshold_option = click.option(
    "--template-threshold",
    "threshold",
    type=click.FloatRange(1, 100),
    default=None,
    help="Similarity (0-100) a sentence needs to count as a template [default: 85, from the rule].",
)


def _split(values: Iterable[str] | str) -> list[str]:
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def read_message(path: str, encoding: str = "utf-8") -> str:
    """Read one message; '-' is standard input. Raise InputError with a one-line reason."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as file:
                data = file.read()
    except OSError as error:
        raise read_error(path, error) from None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a UTF-16 byte-order mark says how to read it
        encoding = "utf-16"
    if b"\x00" in data[:8192] and not encoding.startswith("utf-16"):
        raise InputError(f"{path}: looks like a binary file, not a text message")
    try:
        return data.decode("utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{path}: not valid {encoding} text at byte {error.start} (try --encoding gb18030)") from None
    except LookupError:
        raise InputError(f"unknown encoding '{encoding}'") from None


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Each PATH, with directories expanded to the *.txt files under them."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            from pathlib import Path  # only for a directory: start-up

            yield from sorted(str(p) for p in Path(path).rglob("*.txt"))
        else:
            yield path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="msglint")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Lint messages that Amazon sellers send to buyers, before and after sending."""
    ctx.obj = load_config()


_rules_option = click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(),
    help="Extra rule directory (repeatable), added to the built-in rules.",
)
_fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "never"]),
    default=None,
    help="Lowest severity that makes the exit status 1 [default: error].",
)
_select_option = click.option(
    "--select", multiple=True, help="Only these rule ids or policies (comma-separated, repeatable)."
)
_ignore_option = click.option(
    "--ignore", multiple=True, help="Skip these rule ids or policies (comma-separated, repeatable)."
)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json", "sarif", "github"]), default="text", show_default=True
)
@click.option(
    "--lang", type=click.Choice(["auto", "en", "zh"]), default=None, help="Language of the messages [default: auto]."
)
@click.option(
    "--context",
    type=click.Choice(["reply", "proactive"]),
    default=None,
    help="Reply to a buyer, or a message the seller starts [default: reply].",
)
@_fail_on_option
@click.option("--encoding", default="utf-8", show_default=True, help="Encoding of the message files.")
@click.option(
    "--show-info/--hide-info",
    default=True,
    help="Show info findings (such as a neutral review request) in text output.",
)
@click.option(
    "--order", "order_id", default=None, help="Amazon order id of the draft, for the one-request-per-order check."
)
@click.option(
    "--ledger",
    "ledger_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="SQLite ledger of review requests already sent.",
)
@click.option("--record", is_flag=True, help="After a review request passes, record it in the ledger as sent.")
@click.option(
    "--as-templates", is_flag=True, help="The files are templates: also check placeholders, near-duplicates and length."
)
@_templates_option
@_threshold_option
@_rules_option
@_select_option
@_ignore_option
@click.pass_context
def check(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    lang: str | None,
    context: str | None,
    fail_on: str | None,
    encoding: str,
    show_info: bool,
    order_id: str | None,
    ledger_path: str | None,
    record: bool,
    as_templates: bool,
    templates: str | None,
    threshold: float | None,
    rules: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> int:
    """Lint drafted messages: each PATH is one message; '-' or none reads standard input."""
    from msglint import report

    settings = _settings(ctx)
    texts = [(p, read_message(p, encoding)) for p in expand_paths(paths or ("-",))]
    linter = _linter(settings, rules, select, ignore, context, lang, templates, threshold)
    results = [linter.lint(text).with_id(path, order_id) for path, text in texts]
    if as_templates:
        results = _library_checks(results, texts, linter)
    results = _suppressed(results, settings.get("per-file-ignores", {}))
    if order_id or ledger_path or record:
        results = _against_ledger(results, linter, order_id, ledger_path, record)
    if fmt == "json":
        click.echo(report.to_json(results))
    elif fmt == "sarif":
        click.echo(report.to_sarif(results, __version__))
    elif fmt == "github":
        click.echo(report.to_github(results))
    else:
        click.echo(report.to_text(results, _style(), show_info))
    return exit_status(results, _pick(fail_on, settings, "fail-on", "error"))


def _library_checks(results: list[Result], texts: list[tuple[str, str]], linter: Any) -> list[Result]:
    """Template-library checks across the checked files (and the --templates library)."""
    from msglint.library import library_findings

    others = []
    if linter.templates is not None:
        checked = {os.path.realpath(p) for p, _ in texts}
        others = [(t.id, t.text) for t in linter.templates.templates if os.path.realpath(t.path) not in checked]
    found = library_findings(texts, linter.ruleset.rules, linter.fold, others)
    return [r.with_findings(tuple(found[r.id])) if r.id in found else r for r in results]


def _suppressed(results: list[Result], table: Any) -> list[Result]:
    """Apply inline {{! msglint: ignore ... }} directives and per-file-ignores."""
    from msglint.suppress import apply, per_file

    if not isinstance(table, dict):
        raise MsglintError("per-file-ignores must be a table of glob = [rule ids or policies]")
    return [apply(r, per_file(r.id, table) if table else set()) for r in results]


def _against_ledger(
    results: list[Result], linter: Any, order_id: str | None, ledger_path: str | None, record: bool
) -> list[Result]:
    """Flag a second review request for the order; with --record, note passing requests as sent."""
    from msglint.ledger import Ledger
    from msglint.model import Verdict
    from msglint.orders import make_finding, per_order_rules, request_span

    if not order_id or not ledger_path:
        raise MsglintError("--order, --ledger and --record go together: give --order ID and --ledger FILE")
    checks = per_order_rules(linter.ruleset.rules, "repeat-request")
    if not checks:
        return results
    rule, matcher = checks[0]
    ledger = Ledger(ledger_path)
    out = []
    for result in results:
        span = request_span(result, matcher.counts)
        if span is None:
            out.append(result)
            continue

        def sendable(seen: int, result: Result = result) -> bool:
            return record and seen < matcher.max and result.verdict is not Verdict.BLOCK

        seen = ledger.check_and_record(order_id, result.id, sendable)
        if seen >= matcher.max:
            result = result.with_findings((make_finding(rule, span, f"request {seen + 1} for order {order_id}"),))
        out.append(result)
    ledger.close()
    return out


@cli.group(invoke_without_command=True)
@_rules_option
@click.pass_context
def rules(ctx: click.Context, rules: tuple[str, ...]) -> None:
    """List the rules; `msglint rules show ID` explains one."""
    from msglint.rules import load_rules

    ruleset = load_rules([*_settings(ctx).get("rules", []), *rules])
    ctx.obj = {**_settings(ctx), "ruleset": ruleset}
    if ctx.invoked_subcommand is None:
        for rule in ruleset.rules:
            click.echo(f"{rule.id:45} {rule.severity.value:8} {rule.message}")


@rules.command("check")
@click.pass_context
def rules_check(ctx: click.Context) -> int:
    """Run every rule's own flag/pass examples; list the ones it gets wrong."""
    from msglint.examples import failing_examples
    from msglint.linter import Linter
    from msglint.unreachable import dead_characters, rule_files

    ruleset = ctx.obj["ruleset"]
    problems = list(failing_examples(Linter(ruleset), ruleset.rules))
    dead = list(dead_characters(rule_files((rule.path, rule.id) for rule in ruleset.rules)))
    for problem in [*problems, *dead]:
        click.echo(str(problem))
    click.echo(f"{len(problems)} failing example(s), {len(dead)} regex character(s) that never match")
    return int(bool(problems or dead))


@rules.command("show")
@click.argument("rule_id")
@click.pass_context
def rules_show(ctx: click.Context, rule_id: str) -> None:
    """Explain one rule, with the examples it must flag and must pass."""
    rule = ctx.obj["ruleset"].get(rule_id)
    if rule is None:
        raise MsglintError(f"no rule '{rule_id}' (see `msglint rules`)")
    click.echo(f"{rule.id}  ({rule.policy}, {rule.severity.value})")
    click.echo(f"  {rule.message}")
    if rule.description:
        click.echo(f"  {rule.description}")
    if rule.suggestion:
        click.echo(f"  suggestion: {rule.suggestion}")
    click.echo(f"  contexts: {', '.join(rule.contexts)}   source: {rule.source}")
    click.echo(f"  file: {rule.path}")
    for kind, title in (("flag", "must flag"), ("pass", "must not flag")):
        click.echo(f"  {title}:")
        for example_kind, text in rule.examples:
            if example_kind == kind:
                click.echo(f"    - {text}")


@cli.command("eval")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--misses", is_flag=True, help="List the cases the rules get wrong.")
@_templates_option
@_threshold_option
@_rules_option
@click.pass_context
def eval_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    misses: bool,
    templates: str | None,
    threshold: float | None,
    rules: tuple[str, ...],
) -> int:
    """Precision and recall per policy on labelled corpora (JSON Lines)."""
    from msglint import evaluate

    linter = _linter(_settings(ctx), rules, (), (), None, None, templates, threshold)
    scores = evaluate.evaluate(linter, evaluate.read_cases(paths))
    click.echo(evaluate.to_json(scores) if fmt == "json" else evaluate.to_text(scores, misses))
    return 0


def _mapping(values: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    from msglint.archive import FIELDS

    pairs = []
    for part in _split(values):
        field, sep, column = part.partition("=")
        if not sep or field.strip() not in FIELDS or not column.strip():
            raise MsglintError(f"--map wants field=Column with field one of {', '.join(FIELDS)}, not '{part}'")
        pairs.append((field.strip(), column.strip()))
    return tuple(pairs)


@cli.command()
@click.argument("archives", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.option("--summary", "summary_path", type=click.Path(dir_okay=False), help="Write a JSON summary here.")
@click.option(
    "--report", "report_path", type=click.Path(dir_okay=False), help="Write a self-contained HTML report here."
)
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes [default: all cores].")
@click.option(
    "--ledger",
    "ledger_path",
    type=click.Path(dir_okay=False),
    help="Record the archive's review requests in this SQLite ledger.",
)
@click.option(
    "--map",
    "mapping",
    multiple=True,
    help="Column names of the export: field=Column,... (e.g. text=Body,order_id=Order).",
)
@click.option(
    "--context",
    type=click.Choice(["reply", "proactive"]),
    default=None,
    help="Context for records without one (otherwise inferred).",
)
@_fail_on_option
@click.option(
    "--encoding", default="utf-8", show_default=True, help="Archive encoding (utf-8 with or without BOM, gb18030, ...)."
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress on standard error [default: when it is a terminal]."
)
@_templates_option
@_threshold_option
@_rules_option
@_select_option
@_ignore_option
@click.pass_context
def audit(
    ctx: click.Context,
    archives: tuple[str, ...],
    fmt: str,
    summary_path: str | None,
    report_path: str | None,
    jobs: int | None,
    ledger_path: str | None,
    mapping: tuple[str, ...],
    context: str | None,
    fail_on: str | None,
    encoding: str,
    progress: bool | None,
    templates: str | None,
    threshold: float | None,
    rules: tuple[str, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> int:
    """Lint archives of sent messages (JSON Lines or CSV; '-' reads JSON Lines)."""

    from msglint import audit as auditing
    from msglint import report
    from msglint.progress import Progress, count_lines

    settings = _settings(ctx)
    linter = _linter(settings, rules, select, ignore, None, None, templates, threshold)
    options = auditing.AuditOptions(
        jobs=_pick(jobs, settings, "jobs", None), context=context, encoding=encoding, mapping=_mapping(mapping)
    )
    meter = Progress(count_lines(archives)) if (progress if progress is not None else sys.stderr.isatty()) else None
    run = auditing.Audit(linter, options, on_record=meter.tick if meter else None)
    collector = _collector(report_path, ledger_path, linter, archives)
    style = _style()
    threshold = FAIL_ON[_pick(fail_on, settings, "fail-on", "error")]
    failed = False
    out = click.get_text_stream("stdout")  # one buffered write per record; echo flushes each line
    for linted in run.results(archives):
        if meter is not None:  # pass 1 is over once results flow
            meter.close()
            meter = None
        result = linted.result
        failed = failed or any(f.severity.rank >= threshold for f in result.findings)
        for sink in collector:
            sink.add(linted)
        if fmt == "jsonl":
            out.write(report.to_jsonl_line(result) + "\n")
        elif result.error is not None or any(f.severity is not Severity.INFO for f in result.findings):
            click.echo(report.to_text([result], style, show_info=False).rsplit("\n", 1)[0])
    summary = run.summary()
    if fmt == "text":
        click.echo(style(auditing.summary_line(summary), bold=True))
    for sink in collector:
        sink.finish(summary)
    if summary_path:
        _write(summary_path, report.dumps(summary, indent=2) + "\n", "summary")
    return int(failed)


def _collector(report_path: str | None, ledger_path: str | None, linter: Any, archives: tuple[str, ...]) -> list[Any]:
    sinks: list[Any] = []
    if ledger_path:
        from msglint.ledger import Ledger, LedgerSink

        sinks.append(LedgerSink(Ledger(ledger_path), linter.ruleset.rules, archives))
    if report_path:
        from msglint.html_report import ReportSink

        sinks.append(ReportSink(lambda html: _write(report_path, html, "report")))
    return sinks


def _write(path: str, text: str, what: str) -> None:
    try:
        with open(path, "w", encoding="utf-8", errors="backslashreplace") as file:
            file.write(text)
    except OSError as error:
        raise InputError(f"{path}: cannot write {what} ({error.strerror})") from None


def main() -> None:
    """Entry point: run the CLI and map every failure to an exit status and one line."""
    try:
        status = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("msglint: aborted", err=True)
        status = 2
    except click.ClickException as error:
        click.echo(f"msglint: {error.format_message()}", err=True)
        status = 2
    except MsglintError as error:
        click.echo(f"msglint: {error}", err=True)
        status = 2
    except BrokenPipeError:
        status = 1
    except KeyboardInterrupt:
        click.echo("msglint: interrupted", err=True)
        status = 130
    sys.exit(status if isinstance(status, int) else 0)
