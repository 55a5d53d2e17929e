"""The Log page through the real app: log, edit, delete (with confirmation), bad input, tools."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from backfit.core.routine.model import DayPlan, ExercisePlan, Routine
from backfit.data.routines import save_routine
from backfit.data.sets import SetEntry, log_set, recent_sets
from backfit.data.store import Store
from tests.helpers import count_sets

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def open_log(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("views/log.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def field(at: AppTest, label: str, nth: int = 0) -> Any:
    found = [n for n in at.number_input if n.label == label]
    assert len(found) > nth, f"no number input {label!r}: {[n.label for n in at.number_input]}"
    return found[nth]


def button(at: AppTest, label: str) -> Any:
    return next(b for b in at.button if b.label == label)


def stored(db_path: Path) -> Any:
    st.cache_resource.clear()  # close the app's store so the test can open the file
    with Store.open(str(db_path)) as store:
        return recent_sets(store, "me")


def seed(db_path: Path, *entries: SetEntry, days_ago: int = 0) -> None:
    now = datetime.now()
    with Store.open(str(db_path)) as store:
        for entry in entries:
            log_set(store, "me", entry, performed_at=now - timedelta(days=days_ago), now=now)


def log_row(at: AppTest, reps: float, weight: float) -> AppTest:
    at.selectbox(key="log_exercise").set_value("row").run()
    field(at, "Reps").set_value(reps)
    field(at, "Weight (kg)").set_value(weight)
    return button(at, "Log set").click().run()


def texts(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_log_a_set_it_appears_at_once_and_the_form_prefills_the_next(db_path: Path) -> None:
    at = log_row(open_log(), 8, 50.0)
    assert not at.exception
    assert "1.** 8 reps × 50 kg" in texts(at)
    assert field(at, "Reps").value == 8 and field(at, "Weight (kg)").value == 50
    # The rest timer counts down the prescribed rest (barbell row: 2:00) in the browser.
    assert any("Rest 2:00" in h.value for h in at.html)
    frame = stored(db_path)
    assert list(frame["reps"]) == [8] and list(frame["weight_kg"]) == [50.0]


def test_the_same_form_submitted_twice_logs_one_set(db_path: Path) -> None:
    at = open_log()
    at.selectbox(key="log_exercise").set_value("row").run()
    form_key = next(k for k in at.session_state if str(k).startswith("log_token_"))
    token = at.session_state[form_key]
    at = log_row(at, 8, 50.0)
    # Replay the first submission: its token is already used, so the database refuses a twin.
    st.cache_resource.clear()  # close the app's store so the test can open the file
    with Store.open(str(db_path)) as store:
        log_set(
            store, "me", SetEntry("row", "barbell", reps=8, weight_kg=50.0),
            performed_at=datetime.now(), now=datetime.now(), client_key=token,
        )  # fmt: skip
        assert count_sets(store) == 1


@pytest.mark.parametrize(
    ("reps", "weight", "message"),
    [
        (101, 50.0, "Reps must be a whole number from 0 to 100."),
        (-1, 50.0, "Reps must be a whole number from 0 to 100."),
        (8, 600.0, "Weight must be between 0 and 500 kg."),
    ],
)
def test_invalid_values_are_rejected_and_nothing_is_written(
    db_path: Path, reps: int, weight: float, message: str
) -> None:
    at = log_row(open_log(), reps, weight)
    assert not at.exception
    assert message in [e.value for e in at.error]
    assert stored(db_path).empty


def test_edit_a_set_and_bad_edits_leave_it_unchanged(db_path: Path) -> None:
    seed(db_path, SetEntry("row", "barbell", reps=8, weight_kg=50.0, rir=2))
    at = open_log()
    set_id = int(stored(db_path)["id"][0])
    at.button(key=f"edit_{set_id}").click().run()
    field(at, "Reps", 1).set_value(500)
    at = button(at, "Save").click().run()
    assert "Reps must be a whole number from 0 to 100." in [e.value for e in at.error]
    assert list(stored(db_path)["reps"]) == [8]
    field(at, "Reps", 1).set_value(10)
    at = button(at, "Save").click().run()
    assert not at.exception
    assert list(stored(db_path)["reps"]) == [10]
    assert "1.** 10 reps × 50 kg" in texts(at)


def test_delete_asks_first_then_deletes(db_path: Path) -> None:
    seed(db_path, SetEntry("row", "barbell", reps=8, weight_kg=50.0))
    at = open_log()
    set_id = int(stored(db_path)["id"][0])
    at.button(key=f"del_{set_id}").click().run()
    assert "Delete set 1?" in texts(at)
    at.button(key=f"cancel_del_{set_id}").click().run()
    assert len(stored(db_path)) == 1
    at.button(key=f"del_{set_id}").click().run()
    at.button(key=f"confirm_del_{set_id}").click().run()
    assert not at.exception
    assert stored(db_path).empty


def test_pounds_are_shown_typed_and_stored_as_kg(db_path: Path) -> None:
    at = open_log()
    at.segmented_control(key="log_unit").set_value("lb").run()
    at.selectbox(key="log_exercise").set_value("row").run()
    field(at, "Reps").set_value(5)
    field(at, "Weight (lb)").set_value(135.0)
    at = button(at, "Log set").click().run()
    assert not at.exception
    assert "5 reps × 135 lb" in texts(at)
    assert stored(db_path)["weight_kg"][0] == pytest.approx(61.235, abs=1e-3)


def test_pain_checkin_lightens_a_spinal_lift_and_finish_shows_the_summary(
    db_path: Path,
) -> None:
    top = SetEntry("row", "barbell", reps=10, weight_kg=60.0, rir=2)
    seed(db_path, top, top, top, days_ago=3)
    seed(db_path, top, top, top, days_ago=1)
    at = open_log()
    at.selectbox(key="log_exercise").set_value("row").run()
    assert "+2.5 kg" in texts(at) + "".join(c.value for c in at.caption)
    assert field(at, "Weight (kg)").value == 62.5
    at.slider(key="checkin_pain").set_value(5)
    at = button(at, "Save check-in").click().run()
    assert not at.exception
    # TRAINING §4: 5/10 on a barbell row (high spinal load) → −10 %, 54 kg → 52.5 kg loadable.
    assert any("pain 5/10" in w.value and "−10 %" in w.value for w in at.warning)
    assert field(at, "Weight (kg)").value == 52.5
    at = log_row(at, 10, 62.5)
    at = button(at, "Finish session").click().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Sets"] == "1" and metrics["PRs"] == "1"
    assert "Heaviest load: 62.5 kg (was 60 kg)" in texts(at)


def test_a_routine_day_from_the_query_shows_its_exercises(db_path: Path) -> None:
    plans = (
        ExercisePlan("deadlift", "romanian", 3, (6, 10), None, 3, 120, "hinge"),
        ExercisePlan("back_extension", "floor", 5, None, 10, 3, 30, "endurance"),
    )
    routine = Routine("posture=50", 8, (), (DayPlan("Hinge day", 40.0, (), plans, ()),))
    with Store.open(str(db_path)) as store:
        save_routine(store, "me", routine)
    at = open_log(day="1")
    assert at.selectbox(key="log_day_1").value == 0
    assert "Romanian deadlift" in texts(at) and "Floor back extension" in texts(at)
    field(at, "Seconds").set_value(12.0)
    at = [b for b in at.button if b.label == "Log set"][1].click().run()
    assert not at.exception
    frame = stored(db_path)
    assert list(frame["exercise"]) == ["back_extension"] and list(frame["duration_s"]) == [12.0]


def test_plate_calculator_uses_the_saved_inventory(db_path: Path) -> None:
    at = open_log()
    at.text_input(key="plate_list").set_value("20×2, 5×1")
    at = button(at, "Save plates").click().run()
    at.number_input(key="plate_target").set_value(70.0).run()
    assert any("20 + 5 kg per side" in s.value for s in at.success)
    at.text_input(key="plate_list").set_value("twenty")
    at = button(at, "Save plates").click().run()
    assert any("size×pairs" in e.value for e in at.error)


def test_a_custom_exercise_is_created_explicitly_then_logged(db_path: Path) -> None:
    at = open_log()
    at.text_input(key="custom_name").set_value("Face pull")
    at = button(at, "Add exercise").click().run()
    at.selectbox(key="log_exercise").set_value("Face pull").run()
    field(at, "Reps").set_value(15)
    at = button(at, "Log set").click().run()
    assert not at.exception
    assert list(stored(db_path)["exercise"]) == ["Face pull"]


def test_bodyweight_is_saved_and_counts_in_a_pull_up(db_path: Path) -> None:
    at = open_log()
    field(at, "Bodyweight (kg)").set_value(80.0).run()
    at.selectbox(key="log_exercise").set_value("pull_up").run()
    variants = [s for s in at.selectbox if s.label == "Variant"]
    variants[0].set_value("machine_assisted").run()
    field(at, "Reps").set_value(6)
    field(at, "Assistance (kg)").set_value(20.0)
    at = button(at, "Log set").click().run()
    assert not at.exception, [e.value for e in at.exception]
    st.cache_resource.clear()
    with Store.open(str(db_path)) as store, store.read() as cur:
        row = cur.execute(
            "SELECT p.bodyweight_kg, s.bodyweight_kg, s.assistance_kg FROM profiles p"
            " JOIN sets s ON s.profile = p.name WHERE p.name = 'me'"
        ).fetchone()
    assert row == (80.0, 80.0, 20.0)  # effective load 60 kg (TRAINING §3)
