"""Where the lifter's database lives: one rule for the app, the CLI and the tests (DESIGN §4).

`--db PATH` (CLI), else the `BACKFIT_DB` environment variable, else `[backfit] db` in
Streamlit secrets (passed in by the UI layer, since this module never imports Streamlit), else
`backfit.duckdb` in the user data directory. Any DuckDB database string is accepted, so a hosted
deployment can use `md:…` without code changes.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "BACKFIT_DB"
DEFAULT_FILENAME = "backfit.duckdb"


def default_location() -> Path:
    """`backfit.duckdb` in the platform's per-user data directory."""
    return Path(platformdirs.user_data_dir("backfit", appauthor=False)) / DEFAULT_FILENAME


def resolve_location(cli_db: str | None = None, secrets_db: str | None = None) -> str:
    """The database string to open, by the precedence above."""
    for candidate in (cli_db, os.environ.get(ENV_VAR), secrets_db):
        if candidate:
            return candidate
    return str(default_location())


def is_local_file(location: str) -> bool:
    """True for a path on disk, False for `:memory:` and service strings such as `md:…`."""
    return location != ":memory:" and not _has_scheme(location)


def _has_scheme(location: str) -> bool:
    head, sep, _ = location.partition(":")
    # A one-letter head is a Windows drive ("C:\..."), not a scheme.
    return bool(sep) and len(head) > 1 and "/" not in head and "\\" not in head
