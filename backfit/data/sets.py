"""Logging sets: validate what the lifter typed, then write it so it is never lost.

Limits (issue "Training log", #14): reps are a whole number 0–100; weight 0–500 kg; assistance
0–200 kg; RIR 0–10; seconds 0–3600; a time between 1970 and tomorrow; a note of at most 2,000
characters without control characters; an exercise from the catalog or one the lifter created
explicitly. The checks are `backfit.core.validation`'s, shared with the importers. A rejected
entry raises `ValidationError` naming the field, and nothing is written.

Sets logged on the same calendar day (by `performed_at`) belong to one session (DESIGN §5).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import duckdb

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.rules import MAX_NOTE_LENGTH as MAX_NOTE_LENGTH
from backfit.core.rules import (
    MAX_SET_SECONDS,
)
from backfit.core.validation import KINDS as KINDS
from backfit.core.validation import Kind as Kind
from backfit.core.validation import SetEntry, name_problem, validate_entry
from backfit.data import rollups
from backfit.data.profiles import clean_name, ensure_profile
from backfit.data.store import Store, one_row

if TYPE_CHECKING:  # pandas is only the return type; importing it would slow the CLI's start
    import pandas as pd

SOURCES: tuple[str, ...] = ("manual", "strong", "hevy", "csv", "backfit")
# The limits live in the one shared validator (backfit.core.validation); re-exported here.
MAX_SECONDS = MAX_SET_SECONDS
__all__ = ["KINDS", "SOURCES", "Kind", "SetEntry", "validate_entry"]


@dataclass(frozen=True, slots=True)
class LoggedSet:
    id: int
    workout_id: str
    set_index: int
    performed_at: datetime


def custom_exercises(store: Store, profile: str) -> frozenset[str]:
    with store.read() as cur:
        rows = cur.execute(
            "SELECT name FROM custom_exercises WHERE profile = ?", [profile]
        ).fetchall()
    return frozenset(r[0] for r in rows)


def create_custom_exercise(store: Store, profile: str, name: str) -> str:
    """Register a custom exercise name (kept verbatim apart from surrounding spaces)."""
    name = name.strip()
    if not name or len(name) > 80 or not name.isprintable() or name_problem(name):
        raise ValidationError(
            "A custom exercise needs a printable name of 1–80 characters.", field="exercise"
        )
    if catalog.is_catalog_exercise(name):
        raise ValidationError(f"{name!r} is already in the catalog.", field="exercise")
    ensure_profile(store, profile)
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO custom_exercises (profile, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [profile, name],
        )
    )
    return name


def log_set(
    store: Store,
    profile: str,
    entry: SetEntry,
    *,
    performed_at: datetime,
    now: datetime,
    workout_id: str | None = None,
    source: str = "manual",
    client_key: str | None = None,
) -> LoggedSet:
    """Validate and store one set; returns where it landed.

    Without `workout_id` the set joins the profile's session on that calendar day, or starts one.
    `client_key` makes logging idempotent: the app passes the token of the form the set came
    from, so a double click or a resent request returns the first set instead of adding one.
    """
    # Validate first: a rejected set must not leave a new profile behind.
    # Catalog exercises need no lookup; only a custom name is checked against the profile's.
    custom = (
        frozenset()
        if catalog.is_catalog_exercise(entry.exercise.strip())
        else custom_exercises(store, profile)
    )
    entry = validate_entry(entry, performed_at=performed_at, now=now, custom=custom)
    profile_name = clean_name(profile)

    def work(cur: duckdb.DuckDBPyConnection) -> LoggedSet:
        if client_key is not None:
            seen = cur.execute(
                "SELECT id, workout_id, set_index, performed_at FROM sets"
                " WHERE profile = ? AND client_key = ?",
                [profile, client_key],
            ).fetchone()
            if seen is not None:
                return LoggedSet(int(seen[0]), str(seen[1]), int(seen[2]), seen[3])
        wid = workout_id or _day_workout(cur, profile, performed_at)
        if wid is None or workout_id is not None:
            # A profile's first set creates it (with defaults). A session of the day implies it
            # exists: every path that writes a session writes its profile, and delete_profile
            # removes both; that saves every other set a statement.
            cur.execute(
                "INSERT INTO profiles (name) VALUES (?) ON CONFLICT DO NOTHING", [profile_name]
            )
        if wid is None:  # a new session: no sets yet, so no rollup row yet
            wid, old = _new_workout(cur, profile, performed_at, source), None
        else:
            old = _rollup_row(cur, profile, wid, performed_at, entry)
        set_id, set_index = one_row(
            cur,
            _INSERT_SET,
            {"profile": profile, "workout": wid, "at": performed_at, "exercise": entry.exercise,
             "variant": entry.variant, "kind": entry.kind, "reps": entry.reps,
             "weight": entry.weight_kg, "assistance": entry.assistance_kg,
             "bodyweight": entry.bodyweight_kg, "rir": entry.rir, "seconds": entry.duration_s,
             "note": entry.note, "source": source, "client_key": client_key},
        )  # fmt: skip
        logged = (profile, wid, performed_at, entry.exercise, entry.variant, entry.kind,
                  entry.reps, entry.weight_kg, entry.assistance_kg, entry.bodyweight_kg,
                  entry.rir, entry.duration_s)  # fmt: skip
        rollups.take_in(cur, logged, old)
        return LoggedSet(int(set_id), wid, int(set_index), performed_at)

    return store.write(work)


#: The set, numbered after the exercise's last set in the session, in one statement (every
#: statement costs a millisecond or so of planning and execution; see `log_set`).
_INSERT_SET = """
    INSERT INTO sets (profile, workout_id, performed_at, exercise, variant, set_index, kind,
                      reps, weight_kg, assistance_kg, bodyweight_kg, rir, duration_s, note,
                      source, client_key)
    SELECT $profile, $workout, $at, $exercise, $variant, coalesce(max(set_index), 0) + 1, $kind,
           $reps, $weight, $assistance, $bodyweight, $rir, $seconds, $note, $source, $client_key
    FROM sets WHERE profile = $profile AND workout_id = $workout AND exercise = $exercise
    RETURNING id, set_index"""

#: The rollup rows of one session, with their rowid. Two predicates plan cheaper than the five
#: of the row's key, and a session has a handful of rows: the row is picked out in Python.
_SESSION_ROLLUPS = f"""
    SELECT rowid, day, exercise, variant, {", ".join(rollups.VALUES)} FROM session_lifts
    WHERE profile = ? AND workout_id = ?"""


def _rollup_row(
    cur: duckdb.DuckDBPyConnection,
    profile: str,
    workout_id: str,
    performed_at: datetime,
    entry: SetEntry,
) -> tuple[int, tuple[Any, ...]] | None:
    """The rowid and `VALUES` of the rollup row a set logged now joins, if the lift has one."""
    key = (performed_at.date(), *rollups.lift_key(entry.exercise, entry.variant))
    for row in cur.execute(_SESSION_ROLLUPS, [profile, workout_id]).fetchall():
        if row[1:4] == key:
            return int(row[0]), tuple(row[4:])
    return None


def _day_workout(
    cur: duckdb.DuckDBPyConnection, profile: str, performed_at: datetime
) -> str | None:
    """The id of the profile's session on `performed_at`'s day (the first to start), if any."""
    # A range on started_at, not CAST(started_at AS DATE) = …: DuckDB prunes row groups by it.
    # The day's one or two rows are compared in Python: an aggregate (arg_min) costs more to
    # plan than the rows cost to fetch, and this runs for every set logged.
    day = datetime.combine(performed_at.date(), time())
    rows = cur.execute(
        "SELECT id, started_at FROM workouts"
        " WHERE profile = ? AND started_at >= ? AND started_at < ?",
        [profile, day, day + timedelta(days=1)],
    ).fetchall()
    return str(min(rows, key=lambda row: row[1])[0]) if rows else None


def _new_workout(
    cur: duckdb.DuckDBPyConnection, profile: str, performed_at: datetime, source: str
) -> str:
    """Start the profile's session on `performed_at`'s day; returns its id."""
    workout_id = uuid.uuid4().hex
    cur.execute(
        "INSERT INTO workouts (id, profile, started_at, source) VALUES (?, ?, ?, ?)",
        [workout_id, profile, performed_at, source],
    )
    return workout_id


def recent_sets(store: Store, profile: str, *, limit: int = 50) -> pd.DataFrame:
    """The profile's latest sets, newest first, with their row id for editing."""
    with store.read() as cur:
        return cur.execute(
            """
            SELECT id, workout_id, performed_at, exercise, variant, set_index, kind, reps,
                   weight_kg, assistance_kg, rir, duration_s, note
            FROM sets WHERE profile = ?
            ORDER BY performed_at DESC, id DESC
            LIMIT ?
            """,
            [profile, limit],
        ).df()


_SET_COLUMNS = (
    "id, workout_id, performed_at, exercise, variant, set_index, kind, reps, weight_kg,"
    " assistance_kg, bodyweight_kg, rir, duration_s, note"
)


def get_set(store: Store, profile: str, set_id: int) -> dict[str, Any] | None:
    """One of the profile's sets as a dict of its columns, or None."""
    with store.read() as cur:
        cur.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE profile = ? AND id = ?", [profile, set_id]
        )
        row = cur.fetchone()
        names = [d[0] for d in cur.description]
    return dict(zip(names, row, strict=True)) if row else None


def workout_sets(store: Store, profile: str, workout_id: str) -> pd.DataFrame:
    """The sets of one session in the order they were done."""
    with store.read() as cur:
        return cur.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE profile = ? AND workout_id = ?"
            " ORDER BY performed_at, id",
            [profile, workout_id],
        ).df()


def last_set(
    store: Store, profile: str, exercise: str, variant: str | None
) -> dict[str, Any] | None:
    """The profile's most recent set of this exercise and variant (for prefilling the form)."""
    with store.read() as cur:
        cur.execute(
            f"SELECT {_SET_COLUMNS} FROM sets WHERE profile = ? AND exercise = ?"
            " AND variant IS NOT DISTINCT FROM ? AND kind <> 'warmup'"
            " ORDER BY performed_at DESC, id DESC LIMIT 1",
            [profile, exercise, variant],
        )
        row = cur.fetchone()
        names = [d[0] for d in cur.description]
    return dict(zip(names, row, strict=True)) if row else None


def last_variant(store: Store, profile: str, exercise: str) -> str | None:
    """The variant of the profile's most recent set of `exercise` (None if never logged)."""
    with store.read() as cur:
        row = cur.execute(
            "SELECT variant FROM sets WHERE profile = ? AND exercise = ?"
            " ORDER BY performed_at DESC, id DESC LIMIT 1",
            [profile, exercise],
        ).fetchone()
    return row[0] if row else None


def update_set(
    store: Store,
    profile: str,
    set_id: int,
    entry: SetEntry,
    *,
    now: datetime,
    performed_at: datetime | None = None,
) -> None:
    """Replace what was logged for one set (same limits as `log_set`; the exercise stays)."""
    current = get_set(store, profile, set_id)
    if current is None:
        raise ValidationError("That set no longer exists.", field="set")
    when = performed_at or current["performed_at"]
    entry = validate_entry(
        replace(entry, exercise=current["exercise"]),
        performed_at=when,
        now=now,
        custom=custom_exercises(store, profile),
    )

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            """
            UPDATE sets SET variant = ?, kind = ?, reps = ?, weight_kg = ?, assistance_kg = ?,
                            bodyweight_kg = ?, rir = ?, duration_s = ?, note = ?, performed_at = ?
            WHERE profile = ? AND id = ?
            """,
            [
                entry.variant,
                entry.kind,
                entry.reps,
                entry.weight_kg,
                entry.assistance_kg,
                entry.bodyweight_kg,
                entry.rir,
                entry.duration_s,
                entry.note,
                when,
                profile,
                set_id,
            ],
        )
        rollups.refresh(cur, profile, [current["workout_id"]])

    store.write(work)


def delete_set(store: Store, profile: str, set_id: int) -> bool:
    """Delete one set and close the gap in its exercise's numbering; False if it was gone."""

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        row = cur.execute(
            "SELECT workout_id, exercise, set_index FROM sets WHERE profile = ? AND id = ?",
            [profile, set_id],
        ).fetchone()
        if row is None:
            return False
        cur.execute("DELETE FROM sets WHERE profile = ? AND id = ?", [profile, set_id])
        cur.execute(
            "UPDATE sets SET set_index = set_index - 1"
            " WHERE workout_id = ? AND exercise = ? AND set_index > ?",
            [row[0], row[1], row[2]],
        )
        rollups.refresh(cur, profile, [row[0]])
        return True

    return store.write(work)
