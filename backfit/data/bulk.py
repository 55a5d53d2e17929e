"""The bulk write path: many workouts and sets in one statement each.

Importers and the benchmark's history generator hand over whole frames (pandas or Arrow) instead
of looping over `log_set`, so a 100,000-row file costs two INSERTs, not 100,000. Call inside
`Store.write` so the batch lands whole or not at all.
"""

from __future__ import annotations

from typing import Any

import duckdb

WORKOUT_COLUMNS: tuple[str, ...] = (
    "id", "profile", "started_at", "finished_at", "title", "note", "pain_score", "pain_trend",
    "routine_version", "routine_day", "source",
)  # fmt: skip
SET_COLUMNS: tuple[str, ...] = (
    "profile", "workout_id", "performed_at", "exercise", "variant", "set_index", "kind", "reps",
    "weight_kg", "assistance_kg", "bodyweight_kg", "rir", "duration_s", "note", "source",
    "import_key",
)  # fmt: skip
_REQUIRED_SET_COLUMNS = {"profile", "workout_id", "performed_at", "exercise", "set_index", "source"}


def insert_frames(
    cur: duckdb.DuckDBPyConnection, *, workouts: Any | None = None, sets: Any | None = None
) -> int:
    """Insert `workouts` then `sets` (frames with any subset of the columns above).

    Missing optional columns become NULL (or the column default, for `kind`). Returns the
    number of sets inserted. Constraint violations raise, and the caller's transaction rolls
    everything back.
    """
    if workouts is not None and len(workouts):
        _insert(cur, "workouts", workouts, WORKOUT_COLUMNS)
    if sets is None or not len(sets):
        return 0
    missing = _REQUIRED_SET_COLUMNS - set(_column_names(sets))
    if missing:
        raise ValueError(f"set frame lacks {sorted(missing)}")
    _insert(cur, "sets", sets, SET_COLUMNS)
    return len(sets)


def _insert(
    cur: duckdb.DuckDBPyConnection, table: str, frame: Any, allowed: tuple[str, ...]
) -> None:
    present = [c for c in _column_names(frame) if c in allowed]
    view = f"_bulk_{table}"
    columns = ", ".join(present)
    cur.register(view, frame)
    # Identifiers come from the fixed tuples above, never from user data. On failure the view
    # is left registered: unregistering inside an aborted transaction would mask the error,
    # and it dies with the cursor anyway.
    cur.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {view}")
    cur.unregister(view)


def _column_names(frame: Any) -> list[str]:
    return list(frame.column_names if hasattr(frame, "column_names") else frame.columns)
