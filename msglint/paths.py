"""Where msglint's own files are: the package directory and its data tables.

A wheel installs msglint as plain files, so a path beside this module finds them;
importlib.resources would find the same files at the cost of importing zipfile,
tempfile and the compression modules at every start (about a tenth of start-up).
Paths on the way of a check are plain strings: pathlib imports urllib.parse and
ipaddress with it, about 4 ms of the 0.1 s a check takes in a new process.
"""

from __future__ import annotations

import os

PACKAGE = os.path.dirname(os.path.realpath(__file__))
DATA = os.path.join(PACKAGE, "data")


def data_text(name: str) -> str:
    """A text file of msglint/data."""
    with open(os.path.join(DATA, name), encoding="utf-8") as file:
        return file.read()


def data_bytes(name: str) -> bytes:
    """A binary file of msglint/data."""
    with open(os.path.join(DATA, name), "rb") as file:
        return file.read()
