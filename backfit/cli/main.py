"""The `backfit` command line: scripts, backups and tests use the same library as the app.

`COMMANDS` lists the command modules in the order `--help` shows them; this module parses and
turns every `BackfitError` into one line on stderr with exit code 2 (DESIGN §5). `--db` is
accepted before or after the command name.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib.metadata import version
from typing import Any, NoReturn

from backfit.cli import (
    backup,
    checkin,
    copy,
    equipment,
    exporting,
    importing,
    info,
    log,
    next,
    progress,
    restore,
    rollups,
    routine,
    trunk_test,
)
from backfit.core.errors import BackfitError

EXIT_USAGE = 2

# The explicit command list: a new command is one module and one entry here.
COMMANDS = (
    routine,
    log,
    next,
    checkin,
    trunk_test,
    equipment,
    progress,
    importing,
    exporting,
    backup,
    restore,
    copy,
    info,
    rollups,
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (exit 2), not a usage dump."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Keep the line breaks of each command's example epilog.
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: {message}\n")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    # `--db` on the top parser and on every subparser; SUPPRESS keeps a value given before the
    # command name from being reset by the subparser's default.
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="PATH",
        help="database to use (default: $BACKFIT_DB, then the user data directory)",
    )
    parser = _Parser(
        prog="backfit",
        description="BackFit: goal-driven back training with a set log you own.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"backfit {version('backfit')}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMANDS:
        module.add_parser(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return int(args.run(args))
    except BackfitError as exc:
        sys.stderr.write(f"backfit {args.command}: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write(f"backfit {args.command}: interrupted; nothing more was written.\n")
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
