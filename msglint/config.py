"""Defaults from `[tool.msglint]` in pyproject.toml or a msglint.toml, nearest first."""

from __future__ import annotations

import os
from typing import Any

from msglint.errors import MsglintError

KEYS = {
    "select",
    "ignore",
    "fail-on",
    "context",
    "lang",
    "rules",
    "templates",
    "template-threshold",
    "jobs",
    "per-file-ignores",
}


def find_config(start: str | os.PathLike[str] | None = None) -> tuple[str, dict[str, Any]] | None:
    """The nearest msglint.toml, or pyproject.toml with a [tool.msglint] table."""
    directory = os.path.realpath(start if start is not None else os.getcwd())
    while True:
        own = os.path.join(directory, "msglint.toml")
        if os.path.isfile(own):
            return own, _read(own)
        project = os.path.join(directory, "pyproject.toml")
        if os.path.isfile(project):
            table = _read(project).get("tool", {}).get("msglint")
            if table is not None:
                return project, table
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def load_config(start: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """Validated settings, with relative paths resolved against the config file."""
    found = find_config(start)
    if found is None:
        return {}
    path, table = found
    if "msglint" in table and isinstance(table["msglint"], dict):  # msglint.toml may nest it
        table = table["msglint"]
    unknown = set(table) - KEYS
    if unknown:
        raise MsglintError(f"{path}: unknown setting '{sorted(unknown)[0]}' (known: {', '.join(sorted(KEYS))})")
    settings = dict(table)
    for key in ("rules",):
        if key in settings:
            values = settings[key] if isinstance(settings[key], list) else [settings[key]]
            settings[key] = [_beside(path, v) for v in values]
    if "templates" in settings:
        settings["templates"] = _beside(path, settings["templates"])
    return settings


def _beside(config: str, value: object) -> str:
    """A path from the config file, relative to the file's directory (an absolute one stays)."""
    if not isinstance(value, str):
        raise MsglintError(f"{config}: a path must be a string, not {value!r}")
    return os.path.join(os.path.dirname(config), value)


def _read(path: str) -> dict[str, Any]:
    import tomllib  # only where there is a config file: start-up

    try:
        with open(path, encoding="utf-8") as file:
            return tomllib.loads(file.read())
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise MsglintError(f"{path}: {error}") from None
