"""Moving a whole BackFit database to another DuckDB database string (DESIGN §7).

`copy_database` is how a lifter or an operator moves from a file to a bigger home — another
file, the managed DuckDB service (`md:…`), a DuckLake catalog (`ducklake:postgres:…`) — or
takes a full copy for safekeeping. Both ends are attached to one in-memory DuckDB connection,
so the same SQL works for any engine DuckDB can attach; the copy is one transaction on the
target, set ids are kept (and the target's id sequence moved past them), and before it commits
every table is checked row for row (`EXCEPT ALL` both ways) besides the counts.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import duckdb

from backfit.core.errors import BackfitError, ValidationError
from backfit.data.location import is_local_file
from backfit.data.store import Store

# Every table of the schema but `schema_version` (the target's own migrations write it),
# parents first, so a copy never holds a child row without its parent. The Progress rollups
# are copied as they are (they are exact in the source, and checked row for row like the rest).
# A test holds this list equal to the tables of a freshly migrated database.
TABLES = (
    "profiles",
    "profile_settings",
    "custom_exercises",
    "workouts",
    "sets",
    "session_lifts",
    "routines",
    "share_tokens",
    "checkins",
    "trunk_tests",
    "red_flag_screens",
    "exercise_patterns",
    "app_settings",
)


def _attach(con: duckdb.DuckDBPyConnection, location: str, alias: str, read_only: bool) -> None:
    mode = " (READ_ONLY)" if read_only else ""
    con.execute(f"ATTACH '{location.replace(chr(39), chr(39) * 2)}' AS {alias}{mode}")


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    assert row is not None  # an aggregate always returns one row
    return int(row[0])


def same_database(source: str, target: str) -> bool:
    if is_local_file(source) and is_local_file(target):
        return Path(source).expanduser().resolve() == Path(target).expanduser().resolve()
    return source == target


def table_counts(store: Store) -> dict[str, int]:
    with store.read() as cur:
        return {t: _scalar(cur, f"SELECT count(*) FROM {t}") for t in TABLES}


def copy_database(source: str, target: str) -> dict[str, int]:
    """Copy every row of `source` into the empty BackFit database `target`; rows per table.

    The target is created (and brought to the current schema) if needed and must hold no
    profiles or rows. Raises `ValidationError` with nothing written for a same-place copy, a
    missing source, a non-empty target or a schema mismatch; `BackfitError` if the check
    before commit finds a difference (the transaction is rolled back).
    """
    if same_database(source, target):
        raise ValidationError("The source and the target are the same database.", field="to")
    if is_local_file(source) and not Path(source).expanduser().exists():
        raise ValidationError(f"There is no database at {source}.", field="db")
    with Store.open(source) as src:
        expected = table_counts(src)
        version = src.schema_version()
    with Store.open(target) as dst:
        if dst.schema_version() != version:
            raise ValidationError(
                "The target was made by another BackFit version; upgrade both first.", field="to"
            )
        if any(table_counts(dst).values()):
            raise ValidationError(
                "The target already holds BackFit data; copy only into an empty database.",
                field="to",
            )
    con = duckdb.connect()
    try:
        _attach(con, source, "src", read_only=True)
        _attach(con, target, "dst", read_only=False)
        con.execute("BEGIN TRANSACTION")
        for table in TABLES:
            columns = [r[0] for r in con.execute(f"DESCRIBE src.{table}").fetchall()]
            names = ", ".join(f'"{c}"' for c in columns)
            con.execute(f"INSERT INTO dst.{table} ({names}) SELECT {names} FROM src.{table}")
        # Keep ids; the next set logged on the target must get a new one.
        top = _scalar(con, "SELECT coalesce(max(id), 0) FROM dst.sets")
        current = _scalar(con, "SELECT nextval('dst.sets_id_seq')")
        if top >= current:
            con.execute(f"SELECT max(nextval('dst.sets_id_seq')) FROM range({top - current})")
        for table in TABLES:
            copied = _scalar(con, f"SELECT count(*) FROM dst.{table}")
            differ = _scalar(
                con,
                f"SELECT (SELECT count(*) FROM (FROM src.{table} EXCEPT ALL FROM dst.{table}))"
                f" + (SELECT count(*) FROM (FROM dst.{table} EXCEPT ALL FROM src.{table}))",
            )
            if copied != expected[table] or differ:
                raise BackfitError(
                    f"The copy of {table} does not match the source ({copied} of"
                    f" {expected[table]} rows); nothing was written."
                )
        con.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()
    return expected
