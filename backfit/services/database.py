"""Open the lifter's database (DESIGN §4) and say what it holds."""

from __future__ import annotations

from typing import Any

from backfit.data.location import resolve_location
from backfit.data.store import DEFAULT_PROFILE, Store, latest_version

__all__ = ["DEFAULT_PROFILE", "Store", "describe", "locate", "open_database"]


def locate(cli_db: str | None = None, secrets_db: str | None = None) -> str:
    """The database string: `--db`, else `BACKFIT_DB`, else secrets, else the user data dir."""
    return resolve_location(cli_db, secrets_db)


def open_database(location: str) -> Store:
    """The store at `location`, migrated to the latest schema (created on first use)."""
    return Store.open(location)


def describe(store: Store) -> dict[str, Any]:
    """`backfit info`: where the database is, its schema version and its row counts."""
    return {
        "database": store.location,
        "schema_version": store.schema_version(),
        "latest_schema_version": latest_version(),
        "counts": store.counts(),
    }
