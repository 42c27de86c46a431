"""Errors that end a run with exit status 2 and a one-line reason."""

from __future__ import annotations


class MsglintError(Exception):
    """A problem the user can fix: bad input, a broken rule file, a bad option."""


class InputError(MsglintError):
    """A message, archive or template that cannot be read."""


class RuleFileError(MsglintError):
    """A rule file that cannot be loaded; the message starts with `path:line:`."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem
