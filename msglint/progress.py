"""A one-line progress report on standard error, for terminals only."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO


def count_lines(paths: Iterable[str]) -> int | None:
    """Lines in the archives (an upper bound on records), or None for standard input."""
    total = 0
    for path in paths:
        if path == "-" or not Path(path).is_file():
            return None
        with open(path, "rb") as handle:
            total += sum(chunk.count(b"\n") for chunk in iter(lambda h=handle: h.read(1 << 20), b""))
    return total


class Progress:
    """Records done, records per second and, when the size is known, time left."""

    def __init__(self, total: int | None, stream: TextIO = sys.stderr, every: float = 0.25) -> None:
        self.total = total
        self.stream = stream
        self.every = every
        self.done = 0
        self.started = self.shown = time.perf_counter()

    def tick(self, *_: object) -> None:
        """Count one record; redraw at most every `every` seconds."""
        self.done += 1
        now = time.perf_counter()
        if now - self.shown >= self.every:
            self.shown = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.started, 1e-9)
        line = f"\rmsglint: {self.done:,} records, {rate:,.0f}/s"
        if self.total:
            share = min(self.done / self.total, 1.0)
            left = (self.total - self.done) / rate if rate else 0
            line += f", {share:.0%}, about {left:,.0f} s left"
        self.stream.write(line + "   ")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line."""
        self.stream.write("\r" + " " * 70 + "\r")
        self.stream.flush()
