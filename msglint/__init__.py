"""msglint: a compliance linter for the messages Amazon sellers send to buyers."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["Finding", "Linter", "Result", "__version__", "load_rules"]


def __getattr__(name: str) -> object:
    # Re-exports are resolved lazily so `import msglint` stays cheap for the CLI.
    if name == "Linter":
        from msglint.linter import Linter

        return Linter
    if name in ("Finding", "Result"):
        from msglint import model

        return getattr(model, name)
    if name == "load_rules":
        from msglint.rules import load_rules

        return load_rules
    raise AttributeError(name)
