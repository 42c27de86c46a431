"""Time `msglint audit` of two commits on the same archive, taking turns.

    python bench/ab.py d0ce06e b496fcf              # 3 runs each, 1 job, 40,000 messages
    python bench/ab.py d0ce06e b496fcf --jobs 2 --runs 5

Each commit is checked out into a temporary git worktree and run from there
(PYTHONPATH), with this checkout's installed dependencies; both build their rules
cache in a first, untimed audit. Taking turns keeps a machine that slows down or
speeds up during the run from favouring either side. Prints seconds and peak
memory of every run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from run import ROOT, build_archive, timed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("commits", nargs=2)
    parser.add_argument("--messages", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="msglint-ab-") as scratch:
        work = Path(scratch)
        archive = work / "archive.jsonl"
        build_archive(archive, args.messages, 7)
        trees = []
        for number, commit in enumerate(args.commits):
            tree = work / f"tree{number}"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
            trees.append((commit, tree))
        try:
            command = [
                sys.executable,
                "-m",
                "msglint",
                "audit",
                "--format",
                "jsonl",
                "--jobs",
                str(args.jobs),
                str(archive),
            ]
            for run in range(args.runs + 1):  # run 0 builds each commit's rules cache
                for commit, tree in trees:
                    os.environ["PYTHONPATH"] = str(tree)
                    seconds, peak = timed(command)
                    if run:
                        print(f"{commit}  {seconds:.2f} s  {peak / 2**20:.0f} MB", flush=True)
        finally:
            for _, tree in trees:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=False)


if __name__ == "__main__":
    main()
