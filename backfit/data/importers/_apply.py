"""Comparing a parsed file with the database, and writing it in one transaction.

Duplicates are found by content, as multisets (`_duplicates.py`): the same workout, exercise,
kind, reps, load and duration, counted. Everything — custom exercise names, workouts, sets — is
inserted inside one `Store.write`, so a failure or a killed process leaves the database exactly
as it was. The duplicate check runs in the same transaction as the INSERT, and `Store.write`
runs one transaction at a time per process (only one process can write a DuckDB file), so two
imports of one file in two threads add each set once.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import pandas as pd

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.data import rollups
from backfit.data.bulk import insert_frames
from backfit.data.importers._bodyweight import with_bodyweight
from backfit.data.importers._duplicates import new_sets
from backfit.data.importers._model import ImportSummary, ParsedImport
from backfit.data.store import Store

ReportProgress = Callable[[float, str], None]
CHUNK_ROWS = 25_000


def new_rows(
    cur: duckdb.DuckDBPyConnection, parsed: ParsedImport, *, profile_has_sets: bool = True
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sets and workouts of `parsed` that the database does not hold yet.

    A profile without a single set holds none of the file's sets: its duplicate check is skipped.
    """
    if parsed.sets.empty:
        return parsed.sets, parsed.workouts
    profile = str(parsed.sets["profile"].iloc[0])
    sets = new_sets(cur, parsed.sets, profile) if profile_has_sets else parsed.sets
    workouts = parsed.workouts[["id", "profile"]]
    cur.register("_incoming_workouts", workouts)
    taken = cur.execute(
        "SELECT w.id, w.profile FROM workouts w JOIN _incoming_workouts i ON w.id = i.id"
    ).fetchall()
    cur.unregister("_incoming_workouts")
    foreign = [wid for wid, owner in taken if owner != parsed.workouts["profile"].iloc[0]]
    if foreign:
        raise ValidationError(
            f"Workout {foreign[0]!r} in this file belongs to another profile; import into that "
            "profile instead.",
            field="file",
        )
    existing = {wid for wid, _ in taken}
    return (
        sets,
        parsed.workouts[~parsed.workouts["id"].isin(existing)].reset_index(drop=True),
    )


def summarise(
    parsed: ParsedImport,
    new_sets: pd.DataFrame,
    new_workouts: pd.DataFrame,
    *,
    profile: str,
    dry_run: bool,
) -> ImportSummary:
    return ImportSummary(
        format=parsed.format,
        rows=parsed.rows,
        sets_added=len(new_sets),
        duplicates=len(parsed.sets) - len(new_sets),
        skipped=dict(parsed.skipped),
        unmapped=list(parsed.unmapped),
        workouts_added=len(new_workouts),
        first=parsed.first,
        last=parsed.last,
        profile=profile,
        dry_run=dry_run,
        unit=parsed.unit,
        quarantined=parsed.quarantined,
        kept=parsed.kept,
    )


def preview(store: Store, parsed: ParsedImport, profile: str) -> ImportSummary:
    """What importing `parsed` would do, without writing."""
    with store.read() as cur:
        new_sets, new_workouts = new_rows(cur, parsed)
    return summarise(parsed, new_sets, new_workouts, profile=profile, dry_run=True)


def write(
    store: Store, parsed: ParsedImport, profile: str, progress: ReportProgress | None = None
) -> ImportSummary:
    """Insert the new rows of `parsed` in one transaction; progress is reported per chunk."""
    report = progress or (lambda _fraction, _text: None)

    def work(cur: duckdb.DuckDBPyConnection) -> ImportSummary:
        cur.execute("INSERT INTO profiles (name) VALUES (?) ON CONFLICT DO NOTHING", [profile])
        # A profile's first sets: its whole rollup is the import's, and recomputing it by
        # profile saves binding thousands of session ids (exact either way).
        first_sets = not cur.execute(
            "SELECT count(*) FROM (SELECT 1 FROM sets WHERE profile = ? LIMIT 1)", [profile]
        ).fetchall()[0][0]
        new_sets, new_workouts = new_rows(cur, parsed, profile_has_sets=not first_sets)
        if parsed.format != "backfit":  # our own files say what they say
            new_sets = with_bodyweight(cur, new_sets, profile)
        customs = sorted(
            {e for e in pd.unique(new_sets["exercise"]) if not catalog.is_catalog_exercise(e)}
        )
        if customs:
            cur.executemany(
                "INSERT INTO custom_exercises (profile, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                [[profile, name] for name in customs],
            )
        insert_frames(cur, workouts=new_workouts)
        total = len(new_sets)
        for start in range(0, total, CHUNK_ROWS):
            insert_frames(cur, sets=new_sets.iloc[start : start + CHUNK_ROWS])
            done = min(total, start + CHUNK_ROWS)
            report(done / total, f"Imported {done:,} of {total:,} sets")
        if first_sets:
            rollups.refresh(cur, profile)
        else:
            rollups.refresh(cur, profile, pd.unique(new_sets["workout_id"]).tolist())
        return summarise(parsed, new_sets, new_workouts, profile=profile, dry_run=False)

    summary = store.write(work)
    report(1.0, f"Imported {summary.sets_added:,} sets")
    return summary
