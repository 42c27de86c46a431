"""Defaults from `[tool.msglint]` in pyproject.toml or a msglint.toml, nearest first."""

from __future__ import annotations

from pathlib import Path
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


def find_config(start: Path | None = None) -> tuple[Path, dict[str, Any]] | None:
    """The nearest msglint.toml, or pyproject.toml with a [tool.msglint] table."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        own = directory / "msglint.toml"
        if own.is_file():
            return own, _read(own)
        project = directory / "pyproject.toml"
        if project.is_file():
            table = _read(project).get("tool", {}).get("msglint")
            if table is not None:
                return project, table
    return None


def load_config(start: Path | None = None) -> dict[str, Any]:
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
            settings[key] = [str(path.parent / v) for v in values]
    if "templates" in settings:
        settings["templates"] = str(path.parent / settings["templates"])
    return settings


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # only where there is a config file: start-up

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise MsglintError(f"{path}: {error}") from None
