"""Log page at a check-in of 8/10: the trunk work named instead of a frozen lift gets its own
card with a concrete hold target, and a hold logged there is stored (TRAINING §4; AppTest)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from backfit.core.routine.model import DayPlan, ExercisePlan, Routine
from backfit.data.routines import save_routine
from backfit.data.store import Store
from backfit.services.checkins import record_checkin
from tests.ui.test_log_page import field, open_log, stored


def texts(at) -> str:
    return " ".join(m.value for m in [*at.markdown, *at.caption, *at.warning])


def test_an_eight_of_ten_checkin_turns_the_trunk_work_into_cards(db_path: Path) -> None:
    plans = (
        ExercisePlan("deadlift", "romanian", 3, (6, 10), None, 3, 120, "hinge"),
        ExercisePlan("bird_dog", "standard", 2, None, 10, 3, 10, "trunk", holds=(2, 1)),
    )
    routine = Routine("posture=50", 3, (), (DayPlan("Hinge day", 40.0, (), plans, ()),))
    with Store.open(str(db_path)) as store:
        save_routine(store, "me", routine)
        record_checkin(store, "me", 8, trend="worse", at=datetime.now() - timedelta(hours=1))
    at = open_log(day="1")
    page = texts(at)
    assert "no sets today" in page  # the Romanian deadlift is frozen at 0 sets
    for name in ("Bird-dog", "Side bridge on the knees", "McGill curl-up"):
        assert name in page
    assert page.count("trunk endurance instead of the deadlift") == 3
    assert "**3 × 10 s hold** · rest 0:10" in page  # the starting dose, no RIR on holds
    field(at, "Seconds", nth=1).set_value(10.0)  # the first new card: the side bridge
    at = [b for b in at.button if b.label == "Log set"][2].click().run()
    assert not at.exception
    frame = stored(db_path)
    assert list(frame["exercise"]) == ["side_bridge"] and list(frame["duration_s"]) == [10.0]
