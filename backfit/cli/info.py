"""`backfit info`: where the database is, its schema version and how many rows it holds.

Example::

    $ backfit info --db /tmp/mine.duckdb
    database  /tmp/mine.duckdb
    schema    1 (latest 1)
    profiles  1
    ...
"""

from __future__ import annotations

import argparse

from backfit.cli._shared import example, open_store, print_json
from backfit.services.database import describe

EXAMPLE = "backfit info --json"


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "info",
        parents=[common],
        epilog=example(EXAMPLE),
        help="show the database location, schema version and counts",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        info = describe(store)
    if args.json:
        print_json(info)
        return 0
    print(f"{'database':<13} {info['database']}")
    print(f"{'schema':<13} {info['schema_version']} (latest {info['latest_schema_version']})")
    for table, count in info["counts"].items():
        print(f"{table:<13} {count}")
    return 0
