"""Today's targets on a real DuckDB file: history before today, check-ins, the routine."""

from __future__ import annotations

import pytest

from backfit.core.routine.model import DayPlan, ExercisePlan, Routine
from backfit.core.training import Prescription
from backfit.data.routines import save_routine
from backfit.data.sets import SetEntry
from backfit.data.settings import save_cable_step
from backfit.data.store import Store
from backfit.data.workouts import (
    exercise_history,
    save_checkin,
    start_workout,
)
from backfit.services.targets import day_targets, next_for, prescription_for, target_for
from tests.helpers import DAY1, DAY2, DAY3, deadlift, log_sets


def test_next_uses_history_before_today(store: Store) -> None:
    log_sets(store, DAY1, *[deadlift(6)] * 3)
    log_sets(store, DAY2, *[deadlift(6)] * 3)
    target = next_for(store, "me", "deadlift", now=DAY3)
    assert target.weight_kg == pytest.approx(102.5) and target.action == "increase"
    log_sets(store, DAY3, deadlift(3, 102.5))  # today's sets do not change today's target
    assert next_for(store, "me", "deadlift", now=DAY3).weight_kg == pytest.approx(102.5)
    assert len(exercise_history(store, "me", "deadlift")) == 3


def test_todays_pain_checkin_takes_ten_percent_off_a_deadlift(store: Store) -> None:
    log_sets(store, DAY1, *[deadlift(6)] * 3)
    log_sets(store, DAY2, *[deadlift(6)] * 3)
    today = start_workout(store, "me", DAY3)
    save_checkin(store, "me", today.id, note=None, pain_score=5, pain_trend=None)
    target = next_for(store, "me", "deadlift", now=DAY3)
    assert target.frozen and target.weight_kg == pytest.approx(90.0)  # TRAINING §4: 5–6 → −10 %
    assert "pain 5/10" in target.why


def test_prescription_comes_from_the_active_routine_else_the_catalog(store: Store) -> None:
    assert prescription_for(store, "me", "row").source == "catalog"
    plan = ExercisePlan("row", "cable", 4, (12, 15), None, 3, 60, "posture")
    routine = Routine("q=1", 4, (), (DayPlan("A", 30.0, (), (plan,), ()),))
    save_routine(store, "me", routine)
    rx = prescription_for(store, "me", "row")
    assert (rx.source, rx.sets, rx.reps) == ("routine", 4, (12, 15))
    assert prescription_for(store, "me", "row", "dumbbell").source == "catalog"


def test_cable_step_setting_reaches_the_engine(store: Store) -> None:
    pulldown = SetEntry("lat_pulldown", "cable", reps=12, weight_kg=50.0, rir=2)
    log_sets(store, DAY1, *[pulldown] * 3)
    log_sets(store, DAY2, *[pulldown] * 3)
    save_cable_step(store, "me", 5.0, "kg")
    assert next_for(store, "me", "lat_pulldown", now=DAY3).weight_kg == pytest.approx(55.0)


def test_a_days_targets_equal_each_exercise_asked_alone(store: Store) -> None:
    # day_targets reads what the day's exercises share once; each target must be the one
    # target_for gives, pain check-in, cable step and history included.
    pulldown = SetEntry("lat_pulldown", "cable", reps=12, weight_kg=50.0, rir=2)
    log_sets(store, DAY1, *[deadlift(6)] * 3, *[pulldown] * 3)
    log_sets(store, DAY2, *[deadlift(6)] * 3)
    save_cable_step(store, "me", 5.0, "kg")
    today = start_workout(store, "me", DAY3)
    save_checkin(store, "me", today.id, note=None, pain_score=4, pain_trend=None)
    plans = (
        ExercisePlan("deadlift", "conventional", 3, (4, 6), None, 2, 180, "hinge"),
        ExercisePlan("lat_pulldown", "cable", 3, (10, 12), None, 2, 90, "pull"),
        ExercisePlan("row", "dumbbell", 3, (8, 12), None, 2, 90, "posture"),
    )
    day = DayPlan("A", 45.0, (), plans, ())
    for unit in (None, "lb"):
        together = day_targets(store, "me", day, now=DAY3, unit=unit)
        alone = [
            target_for(store, "me", Prescription.from_plan(p), now=DAY3, unit=unit) for p in plans
        ]
        assert together == alone
