"""Where msglint's own files are: the package directory and its data tables.

A wheel installs msglint as plain files, so a path beside this module finds them;
importlib.resources would find the same files at the cost of importing zipfile,
tempfile and the compression modules at every start (about a tenth of start-up).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"
