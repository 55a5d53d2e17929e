"""The kit, check-ins and trunk tests on a real DuckDB file (migration 005, settings)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from backfit.core.errors import ValidationError
from backfit.core.training import make_equipment
from backfit.core.training.plates import make_inventory
from backfit.data.checkins import recent_checkins, save_checkin
from backfit.data.settings import (
    equipment,
    lighter_week_every,
    save_equipment,
    save_lighter_week_every,
    save_plate_inventory,
)
from backfit.data.store import Store
from backfit.data.trunk_tests import save_test, trunk_results
from backfit.data.workouts import save_checkin as save_session_checkin
from backfit.data.workouts import start_workout

NOW = datetime(2026, 5, 8, 18, 0)


def test_a_kit_is_kept_per_unit_and_the_plate_calculator_shares_it(store: Store) -> None:
    kit = make_equipment("kg", dumbbells=[2.5, 5, 7.5], bar=15, plates=[(10, 2)],
                         stack_step=5, assist_step=1)  # fmt: skip
    save_equipment(store, "me", kit)
    assert equipment(store, "me", "kg") == kit
    assert equipment(store, "me", "lb").unit == "lb"  # a kg kit is not converted to lb
    save_plate_inventory(store, "me", make_inventory("kg", 20, [(20, 2)]))
    again = equipment(store, "me", "kg")
    assert (again.bar, again.plates, again.dumbbells) == (20.0, ((20.0, 2),), (2.5, 5.0, 7.5))


def test_bad_kit_and_lighter_week_settings_are_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="dumbbell"):
        make_equipment("kg", dumbbells=[0], bar=20, plates=[], stack_step=2.5, assist_step=2.5)
    with pytest.raises(ValidationError, match="4 to 6"):
        save_lighter_week_every(store, "me", 7)
    assert lighter_week_every(store, "me") == 5


def test_checkins_of_the_last_seven_days_include_the_sessions_own(store: Store) -> None:
    save_checkin(store, "me", NOW - timedelta(days=8), score=9)
    save_checkin(store, "me", NOW - timedelta(days=2), score=4, trend="same")
    workout = start_workout(store, "me", NOW - timedelta(days=1))
    save_session_checkin(store, "me", workout.id, note=None, pain_score=6, pain_trend="worse")
    found = sorted((c.score, c.trend) for c in recent_checkins(store, "me", NOW))
    assert found == [(4, "same"), (6, "worse")]
    with pytest.raises(ValidationError):
        save_checkin(store, "me", NOW, score=11)


def test_trunk_tests_round_trip_and_refuse_nonsense(store: Store) -> None:
    save_test(store, "me", "extensor", 120, NOW)
    save_test(store, "me", "extensor", 125, NOW)  # the same minute replaces
    assert [(r.test, r.seconds) for r in trunk_results(store, "me")] == [("extensor", 125.0)]
    with pytest.raises(ValidationError, match="Unknown test"):
        save_test(store, "me", "plank", 60, NOW)
