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

import gc


def main() -> None:
    gc.disable()
    from msglint.cli import main as run

    run()
