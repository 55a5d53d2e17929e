"""Helpers every command uses: opening the database and printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from backfit.services.database import Store, locate, open_database


def database_location(args: argparse.Namespace) -> str:
    """The database string named by `--db`, else `BACKFIT_DB`, else the user data directory."""
    return locate(cli_db=args.db)


def open_store(args: argparse.Namespace) -> Store:
    """The database named by `--db`, else `BACKFIT_DB`, else the user data directory."""
    return open_database(database_location(args))


def example(command: str) -> str:
    """The epilog every `--help` ends with: one command a reader can paste and run."""
    return f"example:\n  {command}"


def print_json(payload: Any) -> None:
    json.dump(payload, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
