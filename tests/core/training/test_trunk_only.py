"""Trunk endurance as targets of its own at a check-in of 7/10 or more (TRAINING §4)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core import rules
from backfit.core.goals import Goals
from backfit.core.routine import generate_routine
from backfit.core.training import (
    PainCheck,
    Prescription,
    SessionRecord,
    SetRecord,
    default_prescription,
    next_target,
)
from backfit.core.training.trunk_only import instead_of, trunk_instead, trunk_prescription

AT = datetime(2026, 5, 7, 8, 0)
EIGHT = PainCheck(8, "worse", AT)


def top(weight: float) -> SessionRecord:
    return SessionRecord("conventional", tuple(SetRecord(6, weight, rir=2) for _ in range(3)))


def holds(n: int, seconds: float = 10.0, variant: str = "standard") -> SessionRecord:
    return SessionRecord(variant, tuple(SetRecord(duration_s=seconds) for _ in range(n)))


def test_a_frozen_deadlift_names_the_big_three_and_each_gets_a_start_dose() -> None:
    deadlift = next_target(default_prescription("deadlift"), [top(100), top(100)], pain=EIGHT)
    assert deadlift.sets == 0 and deadlift.instead == rules.TRUNK_ENDURANCE_IDS
    assert trunk_instead([deadlift]) == rules.TRUNK_ENDURANCE_IDS
    for exercise in trunk_instead([deadlift]):
        rx = trunk_prescription(default_prescription(exercise))
        target = instead_of(next_target(rx, [], pain=EIGHT), [deadlift])
        assert (target.sets, target.hold_s, target.rounds) == (rules.TRUNK_START_HOLDS, 10, 1)
        assert target.reps is None and target.rir is None and target.action == "start"
        assert target.why.startswith("trunk endurance instead of the deadlift: ")


def test_trunk_work_already_in_the_list_is_not_added_twice() -> None:
    deadlift = next_target(default_prescription("deadlift"), [top(100)], pain=EIGHT)
    bird = next_target(default_prescription("bird_dog"), [], pain=EIGHT)
    assert trunk_instead([deadlift, bird]) == ("side_bridge", "mcgill_curl_up")
    assert trunk_instead([bird]) == ()


def test_last_trunk_sets_set_the_dose_and_the_checkin_never_raises_it() -> None:
    rx = trunk_prescription(default_prescription("side_bridge", "knees"))
    history = [holds(5, variant="knees"), holds(5, variant="knees")]
    calm = next_target(rx, history)
    assert (calm.action, calm.holds_per_round) == ("increase", 6)  # twice done: one more hold
    hurting = next_target(rx, history, pain=EIGHT)
    assert (hurting.sets, hurting.hold_s, hurting.rounds, hurting.holds_per_round) == (5, 10, 1, 5)
    assert "pain 8/10" in hurting.why


def test_a_reps_prescription_or_a_long_hold_becomes_a_ten_second_hold_dose() -> None:
    reps = Prescription("bird_dog", None, 3, (8, 12), None, 2, 90)
    assert trunk_prescription(reps) == Prescription(
        "bird_dog", "standard", rules.TRUNK_START_HOLDS, None, 10, 3, rules.TRUNK_REST_S
    )
    long = Prescription("mcgill_curl_up", "standard", 4, None, 30, 3, 10, "routine")
    assert trunk_prescription(long).hold_s == rules.MAX_HOLD_S


@given(
    st.sampled_from(rules.TRUNK_ENDURANCE_IDS),
    st.lists(st.lists(st.floats(0, 60), min_size=1, max_size=30), max_size=6),
    st.integers(rules.CHECKIN_TRUNK_ONLY_FROM, 10),
    st.sampled_from([None, "better", "same", "worse"]),
)
@settings(max_examples=200, deadline=None)
def test_any_trunk_history_at_seven_plus_gives_a_concrete_hold_target(
    exercise: str, sessions: list[list[float]], score: int, trend
) -> None:
    rx = trunk_prescription(default_prescription(exercise))
    history = [
        SessionRecord(rx.variant, tuple(SetRecord(duration_s=s) for s in session))
        for session in sessions
    ]
    target = next_target(rx, history, pain=PainCheck(score, trend, AT))
    calm = next_target(rx, history)
    assert target.sets >= 1 and target.reps is None and target.rir is None
    assert target.hold_s is not None and target.hold_s <= rules.MAX_HOLD_S
    assert target.rounds is not None and target.holds_per_round is not None
    assert target.sets == target.rounds * target.holds_per_round
    assert target.holds_per_round <= rules.HOLDS_PER_ROUND_MAX
    assert target.sets <= calm.sets  # a check-in holds, never raises
    assert target.action != "stop" and not target.instead


def test_a_routine_drill_targets_all_its_holds_not_its_rounds() -> None:
    day = generate_routine(Goals(pain=100, posture=0, strength=0, minutes=60)).days[0]
    drill = next(e for e in day.exercises if e.exercise == "bird_dog")
    assert drill.holds == rules.TRUNK_ROUNDS and drill.sets == len(rules.TRUNK_ROUNDS)
    assert Prescription.from_plan(drill).sets == sum(rules.TRUNK_ROUNDS)  # 2-1 = 3 holds
    assert default_prescription("bird_dog", "standard").sets == sum(rules.TRUNK_ROUNDS)
