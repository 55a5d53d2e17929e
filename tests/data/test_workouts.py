"""Sessions on a real DuckDB file: check-in, finish summary with PRs, next targets."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backfit.core.errors import ValidationError
from backfit.data.sets import log_set
from backfit.data.store import Store
from backfit.data.workouts import (
    finish_workout,
    get_workout,
    save_checkin,
    start_workout,
    summarize,
)
from tests.helpers import DAY1, DAY2, deadlift, log_sets


def test_checkin_is_stored_and_validated(store: Store) -> None:
    workout = start_workout(store, "me", DAY1)
    saved = save_checkin(store, "me", workout.id, note="felt good", pain_score=2, pain_trend="same")
    assert (saved.note, saved.pain_score, saved.pain_trend) == ("felt good", 2, "same")
    for bad in ({"pain_score": 11}, {"pain_score": -1}, {"pain_trend": "awful"}):
        args = {"note": None, "pain_score": None, "pain_trend": None, **bad}
        with pytest.raises(ValidationError):
            save_checkin(store, "me", workout.id, **args)
    assert get_workout(store, "me", workout.id) == saved


def test_start_workout_reuses_the_day_and_records_the_routine_day(store: Store) -> None:
    first = start_workout(store, "me", DAY1)
    again = start_workout(store, "me", DAY1 + timedelta(hours=1), routine_version=3, routine_day=2)
    assert first.id == again.id and (again.routine_version, again.routine_day) == (3, 2)
    logged = log_set(store, "me", deadlift(5), performed_at=DAY1, now=DAY1)
    assert logged.workout_id == first.id


def test_finish_summary_counts_sets_volume_and_prs(store: Store) -> None:
    log_sets(store, DAY1, deadlift(5), deadlift(5))
    workout = log_sets(
        store, DAY2, deadlift(10, 40.0, "warmup"), deadlift(5, 105.0), deadlift(5, 105.0)
    )
    summary = finish_workout(store, "me", workout, DAY2 + timedelta(hours=1))
    assert (summary.sets, summary.working_sets, summary.exercises) == (3, 2, 1)
    assert summary.volume_kg == pytest.approx(2 * 5 * 105.0)
    assert {p.kind for p in summary.prs} == {"heaviest_load", "best_e1rm"}
    assert get_workout(store, "me", workout).finished_at == DAY2 + timedelta(hours=1)
    first = summarize(store, "me", log_sets(store, DAY1, deadlift(1)))
    assert first.prs == ()
