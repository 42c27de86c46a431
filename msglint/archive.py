"""Read JSON Lines / CSV archives as a stream of records, each with its line number.

A record that cannot be read becomes a Record with `problem` set: the audit
answers it with an error result, so nothing is dropped silently.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from msglint.errors import InputError, read_error

FIELDS = ("id", "order_id", "direction", "sent_at", "kind", "text", "template_id", "context")
DIRECTIONS = ("seller", "buyer")
KINDS = ("message", "review_request")


@dataclass(frozen=True, slots=True)
class Record:
    line: int  # 1-based line where the record starts
    number: int  # 1-based record number within its archive
    id: str
    order_id: str | None = None
    direction: str = "seller"
    sent_at: str | None = None
    kind: str = "message"
    text: str | None = None
    template_id: str | None = None
    context: str | None = None
    problem: str | None = None  # set when the record cannot be read
    extra: tuple[tuple[str, str], ...] = ()  # other short columns (agent, store, ...)


def read_archive(path: str, encoding: str = "utf-8", mapping: dict[str, str] | None = None) -> Iterator[Record]:
    """Records of one archive; '-' reads JSON Lines from standard input.

    `mapping` renames an export's columns to msglint's fields ({"text": "Body"}).
    """
    mapping = mapping or {}
    if path == "-":
        yield from _jsonl(sys.stdin.buffer, encoding, mapping)
        return
    suffix = Path(path).suffix.lower()
    if suffix not in (".jsonl", ".ndjson", ".json", ".csv"):
        raise InputError(f"{path}: unknown archive type '{suffix}' (use .jsonl or .csv)")
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as error:
        raise read_error(path, error) from None
    with handle:
        yield from (_csv(handle, encoding, path, mapping) if suffix == ".csv" else _jsonl(handle, encoding, mapping))


def _codec(encoding: str) -> str:
    return "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding


def _decoded_lines(stream: IO[bytes], encoding: str) -> Iterator[tuple[int, str | None, str | None]]:
    """(line number, text or None, problem) for each physical line, decoded one by one."""
    codec = _codec(encoding)
    for number, raw in enumerate(stream, start=1):
        if number == 1 and codec == "utf-8-sig":
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        try:
            yield number, raw.decode("utf-8" if codec == "utf-8-sig" else codec), None
        except UnicodeDecodeError as error:
            yield number, None, f"line {number}: not valid {encoding} at byte {error.start}"
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'") from None


def _jsonl(stream: IO[bytes], encoding: str, mapping: dict[str, str]) -> Iterator[Record]:
    count = 0
    for line, text, problem in _decoded_lines(stream, encoding):
        if text is not None and not text.strip():
            continue
        count += 1
        if problem is not None:
            yield Record(line, count, str(count), problem=problem)
            continue
        try:
            data = json.loads(text or "")
        except json.JSONDecodeError as error:
            yield Record(
                line, count, str(count), problem=f"line {line}: broken JSON ({error.msg} at column {error.colno})"
            )
            continue
        if not isinstance(data, dict):
            yield Record(line, count, str(count), problem=f"line {line}: a record must be a JSON object")
            continue
        yield make_record(data, line, count, mapping)


def _csv(stream: IO[bytes], encoding: str, name: str, mapping: dict[str, str]) -> Iterator[Record]:
    bad: dict[int, str] = {}

    def lines() -> Iterator[str]:
        for line, text, problem in _decoded_lines(stream, encoding):
            if problem is not None:
                bad[line] = problem
                yield "\n"  # keep line numbers aligned; reported below
            else:
                yield text or ""

    reader = csv.reader(lines(), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as error:
        raise InputError(f"{name}: line 1: unreadable CSV header ({error})") from None
    header = [h.strip() for h in header]
    count = 0
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            count += 1
            yield Record(start, count, str(count), problem=f"line {start}: unreadable CSV ({error})")
            break
        line, start = start, reader.line_num + 1
        if line in bad:
            count += 1
            yield Record(line, count, str(count), problem=bad.pop(line))
            continue
        if not any(cell.strip() for cell in row):
            continue
        count += 1
        if len(row) != len(header):
            yield Record(
                line, count, str(count), problem=f"line {line}: {len(row)} fields, the header has {len(header)}"
            )
            continue
        yield make_record(dict(zip(header, row, strict=True)), line, count, mapping)


def make_record(data: dict[str, object], line: int, number: int, mapping: dict[str, str] | None = None) -> Record:
    """Validate one record's fields; a bad value makes a problem record, not an exception."""
    for field, column in (mapping or {}).items():
        if column in data:
            data[field] = data.pop(column)

    def text_of(key: str) -> str | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        return value if isinstance(value, str) else str(value)

    record_id = text_of("id") or str(number)
    direction = (text_of("direction") or "seller").lower()
    kind = (text_of("kind") or "message").lower()
    context = text_of("context")
    order_id = text_of("order_id")
    problem = None
    if direction not in DIRECTIONS:
        problem = f"line {line}: direction must be seller or buyer, not {direction!r}"
    elif kind not in KINDS:
        problem = f"line {line}: kind must be message or review_request, not {kind!r}"
    elif context is not None and context not in ("reply", "proactive"):
        problem = f"line {line}: context must be reply or proactive, not {context!r}"
    elif kind == "message" and text_of("text") is None and direction == "seller":
        problem = f"line {line}: record has no text"
    elif "text" in data and data["text"] is not None and not isinstance(data["text"], str):
        problem = f"line {line}: text must be a string"
    return Record(
        line=line,
        number=number,
        id=record_id,
        order_id=order_id,
        direction=direction,
        sent_at=text_of("sent_at"),
        kind=kind,
        text=text_of("text"),
        template_id=text_of("template_id"),
        context=context,
        problem=problem,
        extra=tuple(
            (key, value)
            for key, value in data.items()
            if key not in FIELDS and isinstance(value, str) and 0 < len(value) <= 80
        )[:8],
    )


def read_archives(
    paths: Iterable[str], encoding: str = "utf-8", mapping: dict[str, str] | None = None
) -> Iterator[Record]:
    """Records of several archives, one after another."""
    for path in paths:
        yield from read_archive(path, encoding, mapping)
