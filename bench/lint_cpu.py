"""CPU time to lint each distinct text of the bench archive once, in one process.

    python bench/lint_cpu.py                      # content rules, then with 12 templates
    python bench/lint_cpu.py --runs 3 --templates 0

The audit lints a repeated text once, so the distinct texts set its speed; this
times exactly that work, without the audit's reading, spooling and writing, or
process start-up. The archive is bench/run.py's (same size and seed by default).
Prints the median of several runs, in seconds and per text.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from run import build_archive, distinct_texts, template_library

from msglint.linter import Linter
from msglint.rules import load_rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--templates", type=int, nargs="+", default=[0, 12], help="library sizes (0: none)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="msglint-cpu-") as scratch:
        archive = Path(scratch) / "archive.jsonl"
        build_archive(archive, args.messages, args.seed)
        texts = distinct_texts(archive)
        for size in args.templates:
            rules = load_rules()
            directory = Path(scratch) / f"templates-{size}"
            library = template_library(directory, size, args.seed, Linter(rules).fold) if size else None
            linter = Linter(rules, templates=library)
            linter.lint("warm up 你好")  # loads the lazy parts (segmenter shards, rapidfuzz) before timing
            times = []
            for _ in range(args.runs):
                started = time.process_time()
                for text in texts:
                    linter.lint(text)
                times.append(time.process_time() - started)
            seconds = statistics.median(times)
            label = f"{size} templates" if size else "no templates"
            print(
                f"{len(texts):,} distinct texts, {label}: {seconds:.2f} s CPU, {seconds / len(texts) * 1000:.2f} ms a text"
            )


if __name__ == "__main__":
    main()
