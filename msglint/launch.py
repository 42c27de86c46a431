"""The `msglint` command's entry point: start-up runs with the cyclic garbage collector paused.

Starting a check imports click and msglint and reads the cached rule set: a few
hundred thousand objects, nearly all of them kept until exit. The collector's
passes over them, triggered by nothing but the count of allocations, find nothing
to free and were a sixth of checking one message in a new process. The CLI
resumes collection once the linter is built (cli.resume_collection), after
moving what start-up built out of the collector's sight (gc.freeze), so that
later passes of an audit do not walk the rule set either and forked workers do
not copy the pages it sits on. Imported as a library, msglint leaves gc alone.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading


def main() -> None:
    gc.disable()
    from msglint.cli import main as run

    run()


def entry() -> None:
    """The console script: main(), then an exit that does not take the rule set apart.

    Interpreter shutdown frees every object start-up built, one by one, only for the
    process to end: about 3 ms of a 0.1 s check. Once the command has returned, its
    output is flushed and the exit handlers have run (the pattern store is written by
    one), nothing is left to do, so the process ends at once. A command that left a
    thread running (none does today) gets the ordinary exit, which waits for it.
    """
    try:
        main()
        status: object = 0
    except SystemExit as done:
        status = done.code
    if threading.active_count() > 1 or not (status is None or isinstance(status, int)):
        sys.exit(status)
    code = status or 0
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):  # the reader went away, or stdout is closed: nothing to deliver
        code = code or 1
    with contextlib.suppress(BrokenPipeError, ValueError):
        sys.stderr.flush()
    atexit._run_exitfuncs()  # type: ignore[attr-defined]
    os._exit(code)
