#!/usr/bin/env python3
"""What the side-remark rule would have done at first sight: the README's backtest figures.

    python corpora/side_remark_backtest.py

For each template set measured before the rule existed, check out the commit it was
first measured at (a detached worktree), copy the set in, and run `msglint eval
--templates` twice: as that commit had it, and with `_side_remark` (and its two
constants) from this checkout patched into its `msglint/coverage.py`. Prints
template-required precision / recall of both. Needs the git history; takes a few
minutes.
"""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from msglint import coverage

ROOT = Path(__file__).resolve().parent.parent
FIRST_SIGHT = {  # set: the commit it was first measured at (README, "held-out template set" table)
    "templates-holdout57": "d0531a9",
    "templates-holdout58": "282874b",
    "templates-holdout59": "c172b49",
    "templates-holdout60": "debb178",
    "templates-holdout61": "9cca1f1",
    "templates-holdout62": "ebd6e19",
    "templates-holdout63": "e9ddc27",
    "templates-holdout64": "398a792",
}
_END = "    if not missing:\n        return None\n    return _finding("


def _patch(source: str) -> str:
    """That commit's coverage.py with the rule added where uncovered() gives up its finding."""
    if source.count(_END) != 1 or "\nSPLIT_MIN = " not in source:
        raise SystemExit("coverage.py at that commit has no single place for the rule")
    constants = f"SIDE_LOGISTICS = {coverage.SIDE_LOGISTICS}\nSIDE_SHARE = {coverage.SIDE_SHARE}\n"
    source = source.replace(
        _END,
        "    if not missing or _side_remark(missing, coverage, whole, _reported(findings, CONTENT)):\n"
        "        return None\n    return _finding(",
    )
    return source + "\n\n" + constants + inspect.getsource(coverage._side_remark)


def _template_required(tree: Path, name: str) -> str:
    """precision / recall of template-required on one set, linted by the code in `tree`."""
    directory = tree / "corpora" / name
    command = [sys.executable, "-m", "msglint", "eval", "--templates", str(directory / "library")]
    done = subprocess.run(
        [*command, str(directory / "replies.jsonl")],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
        cwd=tree,  # `-m` puts the working directory first on the path: it must be the tree's
        check=True,
    )
    row = re.search(r"^\| template-required \| ([\d.]+) \| ([\d.]+) \|", done.stdout, re.M)
    return f"{row[1]} / {row[2]}" if row else "-"


def main() -> None:
    print("| set | first sight at | template-required as it was | with the side-remark rule |")
    print("| --- | --- | --- | --- |")
    for name, commit in FIRST_SIGHT.items():
        with tempfile.TemporaryDirectory(prefix="msglint-backtest-") as scratch:
            tree = Path(scratch) / "tree"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
            try:
                shutil.copytree(ROOT / "corpora" / name, tree / "corpora" / name, dirs_exist_ok=True)
                before = _template_required(tree, name)
                target = tree / "msglint" / "coverage.py"
                target.write_text(_patch(target.read_text(encoding="utf-8")), encoding="utf-8")
                after = _template_required(tree, name)
            finally:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
        print(f"| `{name}` | {commit} | {before} | {after} |", flush=True)


if __name__ == "__main__":
    main()
