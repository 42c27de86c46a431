"""`python -m msglint` runs the command line, started as the `msglint` command is."""

from msglint.launch import entry

entry()
