"""Sessions: today's workout, its notes and pain check-in, the finish summary, the history.

A session (a `workouts` row) groups the sets of one calendar day (DESIGN §5). This module reads
the log into the progression engine's records and writes the session's own fields; the
training rules themselves stay in `backfit.core.training` (TRAINING §4–5), and
`backfit.services.targets` puts the two together.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import duckdb

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.training import (
    COUNTED_KINDS,
    PR,
    PainCheck,
    SessionRecord,
    SetRecord,
    find_prs,
)
from backfit.core.training.records import PainTrend
from backfit.core.validation import check_note
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store

Trend = Literal["better", "same", "worse"]
TRENDS: tuple[str, ...] = ("better", "same", "worse")


@dataclass(frozen=True, slots=True)
class Workout:
    id: str
    started_at: datetime
    finished_at: datetime | None
    note: str | None
    pain_score: int | None
    pain_trend: PainTrend | None  # the column's CHECK allows only these
    routine_version: int | None
    routine_day: int | None

    @property
    def pain(self) -> PainCheck:
        return PainCheck(self.pain_score, self.pain_trend)


_WORKOUT_COLUMNS = (
    "id, started_at, finished_at, note, pain_score, pain_trend, routine_version, routine_day"
)


def _workout(row: tuple[Any, ...] | None) -> Workout | None:
    return Workout(*row) if row else None


def get_workout(store: Store, profile: str, workout_id: str) -> Workout | None:
    with store.read() as cur:
        row = cur.execute(
            f"SELECT {_WORKOUT_COLUMNS} FROM workouts WHERE profile = ? AND id = ?",
            [profile, workout_id],
        ).fetchone()
    return _workout(row)


def todays_workout(store: Store, profile: str, now: datetime) -> Workout | None:
    """The profile's session on `now`'s calendar day, if one was started."""
    with store.read() as cur:
        row = cur.execute(
            f"SELECT {_WORKOUT_COLUMNS} FROM workouts"
            " WHERE profile = ? AND CAST(started_at AS DATE) = CAST(? AS DATE)"
            " ORDER BY started_at LIMIT 1",
            [profile, now],
        ).fetchone()
    return _workout(row)


def start_workout(
    store: Store,
    profile: str,
    now: datetime,
    *,
    routine_version: int | None = None,
    routine_day: int | None = None,
) -> Workout:
    """Today's session, created if needed; records which routine day it follows."""
    ensure_profile(store, profile)

    def work(cur: duckdb.DuckDBPyConnection) -> str:
        row = cur.execute(
            "SELECT id FROM workouts WHERE profile = ?"
            " AND CAST(started_at AS DATE) = CAST(? AS DATE) ORDER BY started_at LIMIT 1",
            [profile, now],
        ).fetchone()
        if row is None:
            workout_id = uuid.uuid4().hex
            cur.execute(
                "INSERT INTO workouts (id, profile, started_at, routine_version, routine_day,"
                " source) VALUES (?, ?, ?, ?, ?, 'manual')",
                [workout_id, profile, now, routine_version, routine_day],
            )
            return workout_id
        if routine_day is not None:
            cur.execute(
                "UPDATE workouts SET routine_version = ?, routine_day = ? WHERE id = ?",
                [routine_version, routine_day, row[0]],
            )
        return str(row[0])

    workout_id = store.write(work)
    found = get_workout(store, profile, workout_id)
    assert found is not None
    return found


def save_checkin(
    store: Store,
    profile: str,
    workout_id: str,
    *,
    note: str | None,
    pain_score: int | None,
    pain_trend: str | None,
) -> Workout:
    """Store the session's note and pain check-in (0–10; better / same / worse)."""
    if pain_score is not None and (
        isinstance(pain_score, bool) or int(pain_score) != pain_score or not 0 <= pain_score <= 10
    ):
        raise ValidationError("Pain is a whole number from 0 to 10.", field="pain")
    if pain_trend is not None and pain_trend not in TRENDS:
        raise ValidationError("Pain is better, same or worse than last time.", field="trend")
    note = check_note(note)  # the shared validator: length and control characters
    if get_workout(store, profile, workout_id) is None:
        raise ValidationError("That session no longer exists.", field="session")
    store.write(
        lambda cur: cur.execute(
            "UPDATE workouts SET note = ?, pain_score = ?, pain_trend = ?"
            " WHERE profile = ? AND id = ?",
            [note, pain_score, pain_trend, profile, workout_id],
        )
    )
    found = get_workout(store, profile, workout_id)
    assert found is not None
    return found


@dataclass(frozen=True, slots=True)
class Summary:
    """What a session added up to: sets, volume (reps × kg, warm-ups excluded) and PRs."""

    sets: int
    working_sets: int
    exercises: int
    volume_kg: float
    prs: tuple[PR, ...]


def _records(rows: list[tuple[Any, ...]]) -> list[SetRecord]:
    return [SetRecord(*row) for row in rows]


_RECORD_COLUMNS = "reps, weight_kg, assistance_kg, rir, duration_s, kind, bodyweight_kg"


def summarize(store: Store, profile: str, workout_id: str) -> Summary:
    """Sets, volume and PRs of one session (PRs against every earlier session)."""
    with store.read() as cur:
        rows = cur.execute(
            f"SELECT exercise, variant, {_RECORD_COLUMNS} FROM sets"
            " WHERE profile = ? AND workout_id = ? ORDER BY performed_at, id",
            [profile, workout_id],
        ).fetchall()
        (started,) = cur.execute(
            "SELECT started_at FROM workouts WHERE id = ?", [workout_id]
        ).fetchone() or (None,)
        groups: dict[tuple[str, str | None], list[SetRecord]] = {}
        for row in rows:
            groups.setdefault((row[0], row[1]), []).append(SetRecord(*row[2:]))
        prs: list[PR] = []
        for (exercise, variant), records in groups.items():
            before = cur.execute(
                f"SELECT {_RECORD_COLUMNS} FROM sets s JOIN workouts w ON w.id = s.workout_id"
                " WHERE s.profile = ? AND s.exercise = ? AND s.variant IS NOT DISTINCT FROM ?"
                " AND s.workout_id <> ? AND w.started_at < ?",
                [profile, exercise, variant, workout_id, started],
            ).fetchall()
            prs += find_prs(exercise, variant, _records(before), records)
    counted = [r for rs in groups.values() for r in rs if r.kind in COUNTED_KINDS]
    volume = sum((r.reps or 0) * (r.weight_kg or 0.0) for r in counted)
    return Summary(len(rows), len(counted), len(groups), round(volume, 2), tuple(prs))


def finish_workout(store: Store, profile: str, workout_id: str, finished_at: datetime) -> Summary:
    """Mark the session finished (again is fine: the latest time wins) and summarise it."""
    if get_workout(store, profile, workout_id) is None:
        raise ValidationError("That session no longer exists.", field="session")
    store.write(
        lambda cur: cur.execute(
            "UPDATE workouts SET finished_at = ? WHERE profile = ? AND id = ?",
            [finished_at, profile, workout_id],
        )
    )
    return summarize(store, profile, workout_id)


def exercise_history(
    store: Store, profile: str, exercise: str, *, exclude_workout: str | None = None
) -> list[SessionRecord]:
    """Every session's sets of `exercise`, oldest session first (the engine's input)."""
    with store.read() as cur:
        rows = cur.execute(
            f"SELECT s.workout_id, s.variant, {_RECORD_COLUMNS} FROM sets s"
            " JOIN workouts w ON w.id = s.workout_id"
            " WHERE s.profile = ? AND s.exercise = ? AND s.workout_id IS DISTINCT FROM ?"
            " ORDER BY w.started_at, s.performed_at, s.id",
            [profile, exercise, exclude_workout],
        ).fetchall()
    sessions: list[SessionRecord] = []
    key: tuple[str, str | None] | None = None
    for row in rows:
        if (row[0], row[1]) != key:
            key = (row[0], row[1])
            sessions.append(SessionRecord(row[1], ()))
        last = sessions[-1]
        sessions[-1] = SessionRecord(last.variant, (*last.sets, SetRecord(*row[2:])))
    return sessions


def trained_exercises(store: Store, profile: str) -> list[str]:
    """Catalog order first, then custom exercises the profile has logged."""
    with store.read() as cur:
        logged = [
            r[0]
            for r in cur.execute(
                "SELECT exercise FROM sets WHERE profile = ? GROUP BY exercise ORDER BY min(id)",
                [profile],
            ).fetchall()
        ]
    return [e for e in catalog.EXERCISE_IDS if e in logged] + [
        e for e in logged if not catalog.is_catalog_exercise(e)
    ]


def dated_history(
    store: Store, profile: str, exercise: str, *, exclude_workout: str | None = None
) -> list[tuple[datetime, SessionRecord]]:
    """`exercise_history` with each session's start, for the lighter-week marks."""
    with store.read() as cur:
        rows = cur.execute(
            f"SELECT s.workout_id, w.started_at, s.variant, {_RECORD_COLUMNS} FROM sets s"
            " JOIN workouts w ON w.id = s.workout_id"
            " WHERE s.profile = ? AND s.exercise = ? AND s.workout_id IS DISTINCT FROM ?"
            " ORDER BY w.started_at, s.performed_at, s.id",
            [profile, exercise, exclude_workout],
        ).fetchall()
    sessions: list[tuple[datetime, SessionRecord]] = []
    key: tuple[str, str | None] | None = None
    for row in rows:
        if (row[0], row[2]) != key:
            key = (row[0], row[2])
            sessions.append((row[1], SessionRecord(row[2], ())))
        started, last = sessions[-1]
        sessions[-1] = (started, SessionRecord(last.variant, (*last.sets, SetRecord(*row[3:]))))
    return sessions


def training_days(store: Store, profile: str) -> list[datetime]:
    """Start of every session of the profile (the weeks of training count from these)."""
    with store.read() as cur:
        rows = cur.execute(
            "SELECT started_at FROM workouts WHERE profile = ? ORDER BY started_at", [profile]
        ).fetchall()
    return [r[0] for r in rows]
