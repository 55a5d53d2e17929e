"""`backfit copy --to DATABASE`: move the whole database to another DuckDB database string.

Example::

    $ backfit copy --to /mnt/volume/backfit.duckdb
    copied 2 profiles, 40 sets, 3 workouts … to /mnt/volume/backfit.duckdb (checked row for row)
    $ backfit --db /srv/backfit/backfit.duckdb copy --to md:backfit    # to the managed service

The target must be empty (it is created if it does not exist); nothing is written unless every
table matches the source row for row. See docs/scaling.md for `md:` and `ducklake:` targets.
"""

from __future__ import annotations

import argparse

from backfit.cli._shared import database_location, example
from backfit.services.copying import copy_to

EXAMPLE = "backfit copy --to backfit-copy.duckdb"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "copy",
        parents=[common],
        help="copy the whole database to another (empty) database",
        description="Copy every table of the database to DATABASE and check it row for row.",
        epilog=example(EXAMPLE),
    )
    parser.add_argument(
        "--to", required=True, metavar="DATABASE", help="a file path, md:NAME or ducklake:…"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = database_location(args)
    counts = copy_to(source, args.to)
    listed = ", ".join(f"{n} {table.replace('_', ' ')}" for table, n in counts.items())
    print(f"copied {listed} to {args.to} (checked row for row)")
    return 0
