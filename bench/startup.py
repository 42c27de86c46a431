"""Where `msglint check` start-up goes: importing, loading the rules, the first messages.

python bench/startup.py
"""

from __future__ import annotations

import time


def dataclass_time() -> list[float]:
    """Time spent creating dataclasses from now on, in a one-item list that keeps growing.

    A dataclass compiles its generated methods when its module is imported: this is
    what the findings, tokens and rules cost at start-up before they became NamedTuples.
    """
    import dataclasses

    spent = [0.0]
    process = dataclasses._process_class  # type: ignore[attr-defined]

    def timed(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return process(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    dataclasses._process_class = timed  # type: ignore[attr-defined]
    return spent


def step(label: str, action: object) -> None:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    print(f"{label:34} {time.perf_counter() - started:.3f} s")


def main() -> None:
    state: dict[str, object] = {}
    building = dataclass_time()
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
    print(f"{'dataclasses created in the above':34} {building[0]:.3f} s")


if __name__ == "__main__":
    main()
