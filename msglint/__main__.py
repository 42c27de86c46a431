"""`python -m msglint` runs the command line."""

from msglint.cli import main

main()
