"""`backfit rollups --rebuild`: recompute the Progress page's rollups from the set log.

Example::

    $ backfit rollups --rebuild
    rebuilt 1,204 rollup rows from the set log
"""

from __future__ import annotations

import argparse

from backfit.cli._shared import example, open_store
from backfit.core.errors import ValidationError
from backfit.services.rollups import rebuild_rollups

EXAMPLE = "backfit rollups --rebuild"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "rollups",
        parents=[common],
        help="rebuild the Progress page's rollups from the set log",
        description=(
            "The Progress page reads per-session rollups that every write keeps exact. "
            "--rebuild recomputes all of them from the set log in one transaction (after an "
            "upgrade that changes a figure's definition, or to lay them out by lifter again)."
        ),
        epilog=example(EXAMPLE),
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="recompute every rollup row from the sets"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.rebuild:
        raise ValidationError("Say what to do: backfit rollups --rebuild.", field="rebuild")
    with open_store(args) as store:
        rows = rebuild_rollups(store)
    print(f"rebuilt {rows:,} rollup row{'s' if rows != 1 else ''} from the set log")
    return 0
