"""Errors that end a run with exit status 2 and a one-line reason."""

from __future__ import annotations


class MsglintError(Exception):
    """A problem the user can fix: bad input, a broken rule file, a bad option."""


class InputError(MsglintError):
    """A message, archive or template that cannot be read."""


def read_error(path: str, error: OSError) -> InputError:
    """One line for a file that cannot be opened."""
    if isinstance(error, FileNotFoundError):
        return InputError(f"{path}: no such file")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{path}: is a directory")
    return InputError(f"{path}: cannot read ({error.strerror})")


class RuleFileError(MsglintError):
    """A rule file that cannot be loaded; the message starts with `path:line:`."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem
