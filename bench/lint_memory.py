"""Where one process's memory goes while it lints each distinct text of the bench archive once.

    cd bench && python lint_memory.py                # 12 templates
    cd bench && python lint_memory.py --templates 0

Prints resident memory after loading and after linting, and the source lines that
allocated most of what Python holds at the end (tracemalloc, which slows the run).
The archive is bench/run.py's (same size and seed by default).
"""

from __future__ import annotations

import argparse
import tempfile
import tracemalloc
from pathlib import Path

from run import build_archive, distinct_texts, template_library

from msglint.linter import Linter
from msglint.rules import load_rules


def resident_mb() -> float:
    """This process's resident memory (Linux /proc)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=40_000)
    parser.add_argument("--templates", type=int, default=12, help="library size (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=8, help="source lines to list")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="msglint-memory-") as scratch:
        archive = Path(scratch) / "archive.jsonl"
        build_archive(archive, args.messages, args.seed)
        texts = distinct_texts(archive)
        rules = load_rules()
        directory = Path(scratch) / "templates"
        library = template_library(directory, args.templates, args.seed, Linter(rules).fold) if args.templates else None
        linter = Linter(rules, templates=library)
        print(f"loaded: {resident_mb():.0f} MB resident")
        tracemalloc.start()
        before = tracemalloc.take_snapshot()
        for text in texts:
            linter.lint(text)
        # Before the second snapshot, which itself takes memory; tracemalloc's own
        # bookkeeping is in this figure, so it is above what the audit's workers hold.
        print(f"after {len(texts):,} distinct texts: {resident_mb():.0f} MB resident (with tracemalloc's overhead)")
        after = tracemalloc.take_snapshot()
        for stat in after.compare_to(before, "lineno")[: args.top]:
            frame = stat.traceback[0]
            print(f"{stat.size_diff / 2**20:6.1f} MB  {Path(frame.filename).name}:{frame.lineno}")


if __name__ == "__main__":
    main()
