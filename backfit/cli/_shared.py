"""Helpers every command uses: opening the database and printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
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


def terminal_text(text: str) -> str:
    """`text` with control characters shown as `?`: stored text must never drive a terminal.

    The validator keeps them out of new data; this guards text stored before it did.
    """
    return "".join(
        "?" if unicodedata.category(ch) == "Cc" and ch != "\n" else ch for ch in str(text)
    )


def print_json(payload: Any) -> None:
    json.dump(payload, sys.stdout, indent=2, ensure_ascii=False, default=str)
    sys.stdout.write("\n")
