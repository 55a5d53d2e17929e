"""The routine's JSON form round-trips, and the active routine is versioned in DuckDB."""

from backfit.core.routine.model import DayPlan, ExercisePlan, Routine, StretchStep, WarmupStep
from backfit.data.routines import active_routine, save_routine
from backfit.data.store import Store

ROUTINE = Routine(
    query="posture=70&pain=40",
    weekly_sets=14,
    notes=("a note",),
    days=(
        DayPlan(
            name="Day 1",
            minutes=43.5,
            warmup=(WarmupStep("Easy cardio", 5),),
            exercises=(
                ExercisePlan("row", "dumbbell", 3, (10, 15), None, 2, 75, "posture"),
                ExercisePlan("back_extension", "floor", 2, None, 10, 3, 45, "pain"),
            ),
            stretch=(StretchStep("Child's pose", 30, 2),),
        ),
    ),
)


def test_json_round_trip_and_documented_shape() -> None:
    data = ROUTINE.to_json()
    assert Routine.from_json(data) == ROUTINE
    assert data["days"][0]["exercises"][0] == {
        "exercise": "row", "variant": "dumbbell", "sets": 3, "reps": [10, 15], "hold_s": None,
        "rir": 2, "rest_s": 75, "why": "posture", "spinal_load": "low",
        "pattern": "horizontal_pull", "holds": None, "sides": 1,
    }  # fmt: skip
    # An old stored plan (no spinal_load/pattern) still loads, classed from the catalog.
    old = dict(data["days"][0]["exercises"][1])
    for key in ("spinal_load", "pattern", "holds", "sides"):
        old.pop(key)
    assert ExercisePlan.from_json(old).spinal_load == "high"  # the retired superman
    assert ROUTINE.plan_for("back_extension").hold_s == 10
    assert ROUTINE.plan_for("deadlift") is None


def test_each_save_is_a_new_active_version(store: Store) -> None:
    assert active_routine(store, "me") is None
    assert save_routine(store, "me", ROUTINE) == 1
    second = Routine("posture=10", 10, (), ROUTINE.days)
    assert save_routine(store, "me", second) == 2
    active = active_routine(store, "me")
    assert active is not None and active.version == 2 and active.routine == second
    assert active_routine(store, "someone else") is None
