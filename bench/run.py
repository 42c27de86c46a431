"""Benchmark msglint against a floor and a naive baseline, measured in the same run.

    python bench/run.py                    # 20,000 messages, 3 runs each
    python bench/run.py --messages 40000 --runs 5 --templates 12 200
    python bench/run.py --growth 100000 1000000   # adds memory of one audit per size
    python bench/run.py --startup-only --runs 21  # only `msglint check` start-up against `import click`

Builds a reproducible archive (seeded) from the labelled corpora: English and
Chinese (simplified and traditional), about 10% violations, some evasions;
and a library of the requested number of templates. Reports medians of
several runs: the floor (read and parse the JSON Lines in Python), a naive
lower-cased keyword scan, `msglint audit` at 1 and 2 jobs with and without
--templates (messages/s and the ratio to the floor, peak memory summed over
all its processes), and `msglint check` of one message in a new process next
to `python -c "import click"`. No number here is asserted by the test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the script itself runs msglint in new processes
    from msglint.templates import TemplateLibrary

ROOT = Path(__file__).resolve().parent.parent
# The corpora the archive draws from, in a fixed order and up to a fixed set: the same seed
# builds the same archive on every machine (a glob's order is the file system's), and
# held-out sets added later do not change it (each one adds distinct texts, which the
# audit lints once each, so the benchmark would slow down with every new set whatever
# the code did). holdout53 was the newest set when the README's table was run.
LAST_SET = 53


def _set_number(path: Path) -> int:
    digits = path.parent.name.removeprefix("holdout")
    return int(digits) if digits else 1


CORPORA = sorted(ROOT.glob("corpora/*.jsonl")) + sorted(
    (p for p in ROOT.glob("corpora/holdout*/*.jsonl") if _set_number(p) <= LAST_SET), key=_set_number
)
KEYWORDS = [
    "review",
    "5 star",
    "five star",
    "coupon",
    "discount",
    "whatsapp",
    "wechat",
    "paypal",
    "http",
    "www.",
    "@",
    "gift card",
    "refund",
    "好评",
    "返现",
    "微信",
    "优惠",
    "评价",
    "五星",
    "加我",
]


def build_archive(path: Path, count: int, seed: int, distinct: bool = False, one: bool = False) -> int:
    """A seeded archive: about 10% violations or evasions, the rest clean or near-misses.

    Texts are drawn from the corpora, so most repeat, as auto-sent notices and
    unchanged templates do in real exports; `distinct` greets every buyer by a
    different name, so no two texts are equal; `one` repeats the first text in every
    record, so the audit lints once and the rest is its own reading, spooling and
    writing. Returns the number of distinct texts.
    """
    cases = [json.loads(line) for corpus in CORPORA for line in corpus.read_text(encoding="utf-8").splitlines() if line]
    bad = [c["text"] for c in cases if c["labels"]]
    good = [c["text"] for c in cases if not c["labels"]]
    rng = random.Random(seed)
    texts = set()
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            text = rng.choice(bad) if rng.random() < 0.10 else rng.choice(good)
            text = next(iter(texts), text) if one else text
            text = f"Hi B{number},\n{text}" if distinct else text
            texts.add(text)
            order = f"113-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}"
            out.write(json.dumps({"id": f"m{number}", "order_id": order, "text": text}, ensure_ascii=False) + "\n")
    return len(texts)


def build_templates(directory: Path, count: int, seed: int) -> None:
    """`count` templates: the bundled libraries, then variants of them with other topics."""
    sources = sorted(ROOT.glob("corpora/templates*/library/**/*.txt"))
    rng = random.Random(seed)
    topics = ["blender", "kettle", "lamp", "speaker", "backpack", "tent", "stroller", "serum", "mixer", "heater"]
    for number in range(count):
        text = sources[number % len(sources)].read_text(encoding="utf-8")
        if number >= len(sources):
            text += f"\nFor the {rng.choice(topics)} model {number}, please keep the manual for reference.\n"
        (directory / f"t{number:03d}.txt").write_text(text, encoding="utf-8")


def distinct_texts(archive: Path) -> list[str]:
    """The archive's texts, each once, in order: what the audit lints (it answers a repeat from its memo)."""
    with archive.open(encoding="utf-8") as handle:
        return list(dict.fromkeys(json.loads(line)["text"] for line in handle))


def template_library(directory: Path, count: int, seed: int, fold: Callable[[str], str]) -> TemplateLibrary:
    """build_templates() into `directory`, loaded as a library (lint_cpu.py, lint_memory.py)."""
    from msglint.templates import TemplateLibrary, load_templates

    directory.mkdir()
    build_templates(directory, count, seed)
    return TemplateLibrary(load_templates(directory), fold)


def floor(path: Path) -> float:
    """Read and parse every record: the least any archive tool must do."""
    started = time.perf_counter()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            json.loads(line)
    return time.perf_counter() - started


def naive(path: Path) -> float:
    """A lower-cased substring keyword scan: what a simple filter does."""
    started = time.perf_counter()
    flagged = 0
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"].lower()
            flagged += any(k in text for k in KEYWORDS)
    return time.perf_counter() - started


def tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and peak memory (summed over the process tree) of one command."""
    peak = 0
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {err.decode()[:300]}")
    return elapsed, peak


def median_of(runs: int, action: object) -> tuple[float, int]:
    results = [action() for _ in range(runs)]  # type: ignore[operator]
    seconds = statistics.median(r[0] if isinstance(r, tuple) else r for r in results)
    memory = max((r[1] for r in results if isinstance(r, tuple)), default=0)
    return seconds, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--templates", type=int, nargs="+", default=[12, 200], help="library sizes to audit with")
    parser.add_argument("--growth", type=int, nargs="*", default=[], help="archive sizes for memory-growth rows")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--startup-only", action="store_true", help="only the start-up rows, max(--runs, 11) turns of each command"
    )
    args = parser.parse_args()
    msglint = shutil.which("msglint") or f"{sys.executable} -m msglint"
    if args.startup_only:
        with tempfile.TemporaryDirectory(prefix="msglint-bench-") as scratch:
            print_startup(startup_rows(Path(scratch), msglint, args.runs))
        return
    with tempfile.TemporaryDirectory(prefix="msglint-bench-") as scratch:
        work = Path(scratch)
        archive = work / "archive.jsonl"
        distinct = build_archive(archive, args.messages, args.seed)
        unique = work / "distinct.jsonl"
        build_archive(unique, args.messages, args.seed, distinct=True)
        same = work / "one-text.jsonl"
        build_archive(same, args.messages, args.seed, one=True)
        libraries = {}
        for size in args.templates:
            libraries[size] = work / f"templates-{size}"
            libraries[size].mkdir()
            build_templates(libraries[size], size, args.seed)
        rows: list[tuple[str, float, int]] = []
        base, _ = median_of(args.runs, lambda: floor(archive))
        rows.append(("floor: read + json.loads", base, 0))
        rows.append(("naive: lower-cased keyword scan", median_of(args.runs, lambda: naive(archive))[0], 0))
        for size in (0, *args.templates):
            for jobs in (1, 2):
                extra = ["--templates", str(libraries[size])] if size else []
                command = [*msglint.split(), "audit", *extra, "--format", "jsonl", "--jobs", str(jobs), str(archive)]
                seconds, memory = median_of(args.runs, lambda c=command: timed(c))
                label = f"msglint audit, {jobs} job{'s' if jobs > 1 else ''}" + (f", {size} templates" if size else "")
                rows.append((label, seconds, memory))
        # The audit lints each distinct text once: the same run on texts that never repeat.
        extra = ["--templates", str(libraries[args.templates[0]])] if args.templates else []
        command = [*msglint.split(), "audit", *extra, "--format", "jsonl", "--jobs", "2", str(unique)]
        seconds, memory = median_of(args.runs, lambda: timed(command))
        label = "msglint audit, 2 jobs" + (f", {args.templates[0]} templates" if extra else "") + ", no text repeated"
        rows.append((label, seconds, memory))
        command = [*msglint.split(), "audit", "--format", "jsonl", "--jobs", "2", str(same)]
        seconds, memory = median_of(args.runs, lambda: timed(command))
        rows.append(("msglint audit, 2 jobs, one text in every record (the audit's own work)", seconds, memory))
        growth = []
        for size in args.growth:  # one run each: these rows are about memory, and they are long
            big = work / f"archive-{size}.jsonl"
            build_archive(big, size, args.seed)
            seconds, memory = timed([*msglint.split(), "audit", "--format", "jsonl", "--jobs", "2", str(big)])
            growth.append((size, seconds, memory))
            big.unlink()
        start_rows = startup_rows(work, msglint, args.runs)
    print(
        f"{args.messages:,} messages ({distinct:,} distinct texts), median of {args.runs} runs; {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}\n"
    )
    print("| what | seconds | messages/s | × floor time | peak memory (all processes) |")
    print("| --- | --- | --- | --- | --- |")
    for label, seconds, memory in rows:
        mem = f"{memory / 2**20:.0f} MB" if memory else "-"
        print(f"| {label} | {seconds:.2f} | {args.messages / seconds:,.0f} | {seconds / base:.1f} | {mem} |")
    if growth:
        print("\n| audit, 2 jobs, all rules | seconds | messages/s | peak memory (all processes) |")
        print("| --- | --- | --- | --- |")
        for size, seconds, memory in growth:
            print(f"| {size:,} messages | {seconds:.0f} | {size / seconds:,.0f} | {memory / 2**20:.0f} MB |")
    print_startup(start_rows)


def startup_rows(work: Path, msglint: str, runs: int) -> list[tuple[str, float]]:
    """`msglint check` of one message in a new process, next to `python -c "import click"`."""
    en, zh = work / "en.txt", work / "zh.txt"
    en.write_text("Hi Ana, your parcel left our warehouse today and should arrive on Friday.", encoding="utf-8")
    zh.write_text("您好，您的包裹今天已经发出，预计周五送达。", encoding="utf-8")
    # pip compiles msglint's bytecode at install, as it did click's; an editable install
    # under PYTHONDONTWRITEBYTECODE (or one whose sources changed since) would instead
    # compile every module at every start, which no installed copy does.
    bytecode()
    starts = [
        ("python -c 'import click'", [sys.executable, "-c", "import click"], None),
        ("msglint check, one English message", [*msglint.split(), "check", str(en)], None),
        ("msglint check, one Chinese message", [*msglint.split(), "check", str(zh)], None),
        # The first check after installing or changing the rules builds the start-up cache.
        ("msglint check, English, empty rules cache", [*msglint.split(), "check", str(en)], work / "cold"),
    ]
    return started(starts, max(runs, 11))


def print_startup(start_rows: list[tuple[str, float]]) -> None:
    print("\n| start-up (median) | seconds | × import click |")
    print("| --- | --- | --- |")
    click_time = start_rows[0][1]
    for label, seconds in start_rows:
        print(f"| {label} | {seconds:.3f} | {seconds / click_time:.2f} |")


def bytecode() -> None:
    """Bring msglint's .pyc files up to date, as pip install does (the bench runs in msglint's environment)."""
    import msglint

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(msglint.__file__).parent)], check=True)


def started(commands: list[tuple[str, list[str], Path | None]], runs: int) -> list[tuple[str, float]]:
    """Median wall time of each command in a new process, the commands taking turns.

    Taking turns keeps a slow stretch of the machine from landing on one command;
    no memory sampler runs beside them. A command with a cache directory gets an
    empty one (XDG_CACHE_HOME) every run.
    """
    times: dict[str, list[float]] = {label: [] for label, _, _ in commands}
    for run in range(runs):
        for label, command, cold in commands:
            env = None
            if cold is not None:
                env = {**os.environ, "XDG_CACHE_HOME": str(cold / str(run))}
            began = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
            times[label].append(time.perf_counter() - began)
    return [(label, statistics.median(values)) for label, values in times.items()]


if __name__ == "__main__":
    main()
