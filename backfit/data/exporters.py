"""Giving the data back: `set_log` as CSV or Parquet, and a full backup of one profile.

The CSV and Parquet exports are exactly the `set_log` view's columns (DESIGN §3), so
`backfit import` reads them back into an identical log. CSV text cells that would start a
spreadsheet formula are prefixed with a quote (`backfit.core.csv_cells`; the importer removes
it). A backup is a zip of one Parquet file per table holding the profile's rows plus
`manifest.json`; `restore_backup` replaces one named profile's rows with the backup's in one
transaction, and refuses a backup of anyone else (`backfit.services.backups` decides whose).
Coach links (`share_tokens`) are credentials: never written to a backup, never restored.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from backfit.core.csv_cells import escape_cell
from backfit.core.errors import BackfitError, ValidationError
from backfit.data import rollups
from backfit.data.importers import MAX_BYTES
from backfit.data.profiles import clean_name
from backfit.data.store import Store, one_row

FORMATS = ("csv", "parquet")
# Table → the column naming the profile. Order matters for restore: parents first. Every
# profile table is here except `session_lifts` (rebuilt from the sets on restore) and
# `share_tokens` (a coach link is never backed up); tests/data/test_exporters.py holds it so.
BACKUP_TABLES: dict[str, str] = {
    "profiles": "name",
    "profile_settings": "profile",
    "custom_exercises": "profile",
    "exercise_patterns": "profile",
    "workouts": "profile",
    "sets": "profile",
    "routines": "profile",
    "checkins": "profile",
    "trunk_tests": "profile",
    "red_flag_screens": "profile",
}
# Tables a backup made by an older BackFit may lack; such a backup leaves them as they are.
_LATER_TABLES = frozenset({"exercise_patterns", "checkins", "trunk_tests", "red_flag_screens"})
_TEXT_COLUMNS = ("profile", "workout_id", "exercise", "variant", "kind", "note", "source")
_ORDER = "ORDER BY performed_at, workout_id, exercise, set_index"


def set_log_frame(store: Store, profile: str) -> pd.DataFrame:
    """The profile's `set_log` rows in a stable order, with DuckDB's own types."""
    with store.read() as cur:
        return cur.execute(f"SELECT * FROM set_log WHERE profile = ? {_ORDER}", [profile]).df()


def _set_log_arrow(store: Store, profile: str) -> pa.Table:
    with store.read() as cur:
        query = f"SELECT * FROM set_log WHERE profile = ? {_ORDER}"
        table: pa.Table = cur.sql(query, params=[profile]).to_arrow_table()  # typed Any by DuckDB
        return table


def export_set_log(store: Store, profile: str, format: str) -> bytes:
    """The profile's `set_log` as CSV (UTF-8, header, ISO times) or Parquet bytes."""
    if format not in FORMATS:
        raise ValidationError("Export as csv or parquet.", field="format")
    if format == "parquet":
        buffer = io.BytesIO()
        pq.write_table(_set_log_arrow(store, profile), buffer)
        return buffer.getvalue()
    frame = set_log_frame(store, profile)
    for column in _TEXT_COLUMNS:
        frame[column] = frame[column].map(escape_cell, na_action="ignore")
    # Floats are written with repr(), which reads back to the identical double. Rows end in
    # CRLF (RFC 4180): the csv writer quotes a field holding any character of the line
    # terminator, so a note with a lone "\r" is quoted instead of splitting its row.
    return frame.to_csv(index=False, lineterminator="\r\n").encode()


def backup(store: Store, profile: str, *, now: datetime) -> bytes:
    """A zip with every row of the profile, table by table, as Parquet plus a manifest."""
    profile = clean_name(profile)
    buffer = io.BytesIO()
    with store.read() as cur, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        counts: dict[str, int] = {}
        for table, column in BACKUP_TABLES.items():
            query = f"SELECT * FROM {table} WHERE {column} = ?"
            rows = cur.sql(query, params=[profile]).to_arrow_table()
            counts[table] = rows.num_rows
            part = io.BytesIO()
            pq.write_table(rows, part)
            archive.writestr(f"{table}.parquet", part.getvalue())
        version = one_row(cur, "SELECT max(version) FROM schema_version")[0]
        manifest = {
            "backfit_backup": 1,
            "profile": profile,
            "schema_version": int(version),
            "created_at": now.isoformat(timespec="seconds"),
            "rows": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return buffer.getvalue()


def read_backup(data: bytes) -> tuple[dict[str, Any], dict[str, pa.Table]]:
    """The manifest and tables of a backup zip, or one sentence on why it is not one.

    A `share_tokens.parquet` in an older backup is never read: links are not restored. A table
    added after the backup was made (check-ins, trunk tests…) is simply absent from the result.
    """
    if len(data) > MAX_BYTES:
        raise ValidationError(
            f"The backup is over the {MAX_BYTES // 1024 // 1024} MB limit.", field="file"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            names = set(archive.namelist())
            tables = {
                table: pq.read_table(io.BytesIO(archive.read(f"{table}.parquet")))
                for table in BACKUP_TABLES
                if f"{table}.parquet" in names or table not in _LATER_TABLES
            }
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, pa.ArrowException):
        raise ValidationError(
            "This is not a BackFit backup (a zip made by Data → Backup).", field="file"
        ) from None
    if not isinstance(manifest, dict) or manifest.get("backfit_backup") != 1:
        raise ValidationError("This is not a BackFit backup (no manifest).", field="file")
    return manifest, tables


def backup_profile(manifest: dict[str, Any]) -> str:
    """Whose backup this is, by its manifest (cleaned as a profile name)."""
    return clean_name(str(manifest.get("profile", "")))


def restore_backup(store: Store, data: bytes, profile: str) -> dict[str, Any]:
    """Replace `profile`'s rows with the backup's, all in one transaction; returns the manifest.

    Refused, with nothing changed, when the backup (its manifest or any row) is of another
    profile, or when its sets name a workout that is not in it. A backup from a newer schema is
    refused; set ids are renumbered so a backup restores into any database. The profile's coach
    links are left as they are.
    """
    profile = clean_name(profile)
    manifest, tables = read_backup(data)
    if int(manifest.get("schema_version", 0)) > store.schema_version():
        raise ValidationError(
            "This backup was made by a newer BackFit; update BackFit first.", field="file"
        )
    owner = backup_profile(manifest)
    if owner != profile:
        raise ValidationError(
            f"This backup is of profile {owner!r}, not {profile!r}; nothing was restored.",
            field="file",
        )
    for table, column in BACKUP_TABLES.items():
        if table not in tables:
            continue
        rows = tables[table]
        if column not in rows.column_names or set(rows.column(column).to_pylist()) - {profile}:
            raise ValidationError(
                "The backup holds rows of another profile; nothing was restored.", field="file"
            )
    workouts = set(tables["workouts"].column("id").to_pylist())
    if set(tables["sets"].column("workout_id").to_pylist()) - workouts:
        raise ValidationError(
            "The backup's sets name workouts it does not hold; nothing was restored.",
            field="file",
        )

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        for table, column in reversed(BACKUP_TABLES.items()):
            if table in tables:
                cur.execute(f"DELETE FROM {table} WHERE {column} = ?", [profile])
        for table in tables:
            rows = tables[table]
            if rows.num_rows == 0:
                continue
            existing = [r[0] for r in cur.execute(f"DESCRIBE {table}").fetchall()]
            columns = [
                c
                for c in rows.column_names
                if c in existing and not (table == "sets" and c == "id")
            ]
            cur.register("_restore", rows)
            names = ", ".join(f'"{c}"' for c in columns)
            cur.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _restore")
            cur.unregister("_restore")
        rollups.refresh(cur, profile)

    try:
        store.write(work)
    except duckdb.ConstraintException:
        raise ValidationError(
            "The backup's workouts belong to another profile in this database; nothing was "
            "restored.",
            field="file",
        ) from None
    except duckdb.Error as exc:
        raise BackfitError(
            f"The backup could not be restored ({exc}); nothing was changed."
        ) from None
    return manifest
