"""Logging sets: the one path the Log page's form and `backfit log` both take.

A set joins the profile's session on its calendar day (DESIGN §5). When the lifter trains a
routine day, the first set of the day opens that day's session, so the session knows which
routine day it was and the finish summary and targets can say so.
"""

from __future__ import annotations

from datetime import datetime

from backfit.data.sets import (
    KINDS,
    MAX_NOTE_LENGTH,
    LoggedSet,
    SetEntry,
    create_custom_exercise,
    custom_exercises,
    delete_set,
    last_set,
    recent_sets,
    update_set,
    workout_sets,
)
from backfit.data.sets import log_set as _log_set
from backfit.data.store import Store
from backfit.data.workouts import start_workout, todays_workout

__all__ = [
    "KINDS",
    "MAX_NOTE_LENGTH",
    "LoggedSet",
    "SetEntry",
    "create_custom_exercise",
    "custom_exercises",
    "delete_set",
    "last_set",
    "log_set",
    "recent_sets",
    "update_set",
    "workout_sets",
]


def log_set(
    store: Store,
    profile: str,
    entry: SetEntry,
    *,
    now: datetime,
    performed_at: datetime | None = None,
    routine_day: tuple[int, int] | None = None,
    client_key: str | None = None,
) -> LoggedSet:
    """Validate and store one set, performed now unless `performed_at` says otherwise.

    `routine_day` is (routine version, day index) when the set belongs to a routine day: today's
    session is opened for that day first, unless it already is. `client_key` makes the write
    idempotent (a double click returns the first set).
    """
    when = performed_at or now
    if routine_day is not None:
        workout = todays_workout(store, profile, when)
        if workout is None or workout.routine_day != routine_day[1]:
            version, day = routine_day
            start_workout(store, profile, when, routine_version=version, routine_day=day)
    return _log_set(store, profile, entry, performed_at=when, now=now, client_key=client_key)
