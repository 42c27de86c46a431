"""Where `msglint check` start-up goes: importing, loading the rules, the first messages.

python bench/startup.py
"""

from __future__ import annotations

import time


def step(label: str, action: object) -> None:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    print(f"{label:34} {time.perf_counter() - started:.2f} s")


def main() -> None:
    state: dict[str, object] = {}
    step("import msglint.cli", lambda: __import__("msglint.cli"))

    def rules() -> None:
        from msglint.rules import load_rules

        state["rules"] = load_rules()

    step("load the built-in rules", rules)

    def linter() -> None:
        from msglint.linter import Linter

        state["linter"] = Linter(state["rules"])  # type: ignore[arg-type]

    step("build the linter", linter)
    step("lint one English message", lambda: state["linter"].lint("Your parcel ships today."))  # type: ignore[attr-defined]
    step("lint one Chinese message (shards)", lambda: state["linter"].lint("您的包裹今天发出。"))  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
