"""The progression engine (TRAINING §3–5): double progression, steps, ladder, deload, pain, PRs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core.rules import PULL_UP_RUNG
from backfit.core.training import (
    PainCheck,
    Prescription,
    SessionRecord,
    SetRecord,
    default_prescription,
    find_prs,
    is_loadable,
    load_type,
    next_target,
    step_for,
)
from backfit.core.units import to_kg

DEADLIFT = Prescription("deadlift", "conventional", 3, (3, 6), None, 2, 180)


def session(variant: str | None, *sets: SetRecord) -> SessionRecord:
    return SessionRecord(variant, tuple(sets))


def same(n: int, **fields: float | int | None) -> tuple[SetRecord, ...]:
    return tuple(SetRecord(**fields) for _ in range(n))  # type: ignore[arg-type]


def dl(reps: int, weight: float = 100.0, rir: float | None = 2) -> SessionRecord:
    return session("conventional", *same(3, reps=reps, weight_kg=weight, rir=rir))


# --- double progression ----------------------------------------------------------------------


def test_first_time_has_no_load_and_says_start_light() -> None:
    target = next_target(DEADLIFT, [])
    assert target.action == "start"
    assert target.weight_kg is None and target.reps == (3, 6)
    assert "first time" in target.why


def test_two_sessions_at_the_top_add_the_smallest_barbell_step() -> None:
    target = next_target(DEADLIFT, [dl(6), dl(6)])
    assert target.action == "increase"
    assert target.weight_kg == pytest.approx(102.5)
    assert target.target_reps == 3
    assert target.why == "all sets hit 6 reps at RIR 2 twice in a row: +2.5 kg"


def test_one_session_at_the_top_is_not_enough() -> None:
    target = next_target(DEADLIFT, [dl(5), dl(6)])
    assert target.action == "repeat" and target.weight_kg == pytest.approx(100.0)
    assert target.target_reps == 6


def test_top_reps_at_a_worse_rir_do_not_count() -> None:
    target = next_target(DEADLIFT, [dl(6, rir=0), dl(6, rir=1)])
    assert target.action != "increase" and target.weight_kg == pytest.approx(100.0)


def test_within_the_range_the_target_adds_a_rep() -> None:
    target = next_target(DEADLIFT, [dl(4)])
    assert (target.action, target.target_reps) == ("reps", 5)


def test_pounds_step_is_five_pounds_and_stays_loadable() -> None:
    w = to_kg(225, "lb")
    target = next_target(DEADLIFT, [dl(6, w), dl(6, w)], unit="lb")
    assert target.weight_kg == pytest.approx(to_kg(230, "lb"))
    assert "+5 lb" in target.why


@pytest.mark.parametrize(
    ("exercise", "variant", "unit", "step"),
    [
        ("row", "barbell", "kg", 2.5),
        ("row", "barbell", "lb", 5.0),
        ("row", "dumbbell", "kg", 2.0),
        ("row", "dumbbell", "lb", 5.0),
        ("row", "cable", "kg", 2.5),
        ("pull_up", "machine_assisted", "kg", 5.0),
    ],
)
def test_steps_per_equipment(exercise: str, variant: str, unit: str, step: float) -> None:
    assert step_for(load_type(exercise, variant), unit) == step  # type: ignore[arg-type]


def test_cable_step_is_user_settable() -> None:
    rx = default_prescription("lat_pulldown", "cable")
    done = session("cable", *same(3, reps=12, weight_kg=50.0, rir=2))
    target = next_target(rx, [done, done], cable_step=5.0)
    assert target.weight_kg == pytest.approx(55.0)


def test_three_sessions_below_the_range_deload_to_ninety_percent_loadable() -> None:
    target = next_target(DEADLIFT, [dl(2, 101.0), dl(2, 101.0), dl(1, 101.0)])
    assert target.action == "deload"
    assert target.weight_kg == pytest.approx(90.0)  # 90.9 rounded down to 2.5 kg steps


def test_two_misses_do_not_deload_yet() -> None:
    target = next_target(DEADLIFT, [dl(6), dl(2), dl(2)])
    assert target.action == "repeat" and target.weight_kg == pytest.approx(100.0)


# --- assistance, ladder, holds -----------------------------------------------------------------


def test_assistance_steps_down_by_five_kg() -> None:
    rx = default_prescription("pull_up", "machine_assisted")
    done = session("machine_assisted", *same(3, reps=10, assistance_kg=30.0, rir=2))
    target = next_target(rx, [done, done])
    assert target.assistance_kg == pytest.approx(25.0) and target.weight_kg is None
    assert "−5 kg assistance" in target.why


def test_band_without_a_kg_value_moves_to_the_next_lighter_band() -> None:
    rx = default_prescription("pull_up", "band_assisted")
    done = session("band_assisted", *same(3, reps=10, rir=2))
    target = next_target(rx, [done, done])
    assert "next lighter band" in target.why


def test_last_assistance_step_moves_up_to_bodyweight_pull_ups() -> None:
    rx = default_prescription("pull_up", "machine_assisted")
    done = session("machine_assisted", *same(3, reps=10, assistance_kg=5.0, rir=2))
    target = next_target(rx, [done, done])
    assert (target.action, target.variant, target.assistance_kg) == ("ladder", "bodyweight", None)


def test_bodyweight_pull_ups_at_the_top_move_up_to_weighted() -> None:
    rx = default_prescription("pull_up", "bodyweight")
    done = session("bodyweight", *same(3, reps=12, rir=2))
    target = next_target(rx, [done, done])
    assert (target.action, target.variant, target.weight_kg) == ("ladder", "weighted", 2.0)


def test_engine_follows_the_lifter_up_the_ladder() -> None:
    rx = default_prescription("pull_up", "band_assisted")
    target = next_target(rx, [session("bodyweight", *same(3, reps=6, rir=2))])
    assert target.variant == "bodyweight" and target.target_reps == 7


def test_holds_grow_by_five_seconds_after_two_full_sessions() -> None:
    rx = default_prescription("back_extension", "floor")
    done = session("floor", *same(5, duration_s=10.0))
    target = next_target(rx, [done, done])
    assert (target.action, target.hold_s, target.reps) == ("increase", 15, None)


def test_bodyweight_back_extensions_at_the_top_add_a_plate() -> None:
    rx = default_prescription("back_extension", "bench_45")
    done = session("bench_45", *same(3, reps=15, rir=3))
    target = next_target(rx, [done, done])
    assert target.weight_kg == pytest.approx(2.5)


# --- pain ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("pain", [PainCheck(4, None), PainCheck(1, "worse")])
def test_pain_freezes_increases_and_says_why(pain: PainCheck) -> None:
    target = next_target(DEADLIFT, [dl(6), dl(6)], pain=pain)
    assert target.frozen and target.action == "frozen"
    assert target.weight_kg == pytest.approx(100.0)
    assert "frozen" in target.why and "pain" in target.why


def test_mild_pain_that_is_better_does_not_freeze() -> None:
    target = next_target(DEADLIFT, [dl(6), dl(6)], pain=PainCheck(3, "better"))
    assert target.action == "increase"


# --- properties ----------------------------------------------------------------------------------

EXERCISES = [
    (e, v)
    for e, v in [
        ("deadlift", "conventional"),
        ("row", "dumbbell"),
        ("row", "cable"),
        ("lat_pulldown", "cable"),
        ("pull_up", "machine_assisted"),
        ("pull_up", "band_assisted"),
        ("pull_up", "negative"),
        ("pull_up", "bodyweight"),
        ("pull_up", "weighted"),
        ("back_extension", "bench_45"),
        ("back_extension", "machine"),
        ("back_extension", "floor"),
    ]
]


@st.composite
def histories(draw: st.DrawFn) -> tuple[Prescription, list[SessionRecord], str]:
    exercise, variant = draw(st.sampled_from(EXERCISES))
    unit = draw(st.sampled_from(["kg", "lb"]))
    rx = default_prescription(exercise, variant)
    load = load_type(exercise, variant)
    sessions = []
    for _ in range(draw(st.integers(1, 5))):
        n = draw(st.integers(1, 5))
        sets = []
        for _ in range(n):
            weight = assist = None
            if load in ("barbell", "dumbbell", "cable", "machine"):
                weight = draw(st.floats(0, 300, allow_nan=False).map(lambda x: round(x, 2)))
            elif load in ("assisted", "band"):
                assist = draw(st.one_of(st.none(), st.floats(0, 80).map(lambda x: round(x, 2))))
            if rx.reps is None:
                sets.append(SetRecord(duration_s=draw(st.floats(0, 120))))
            else:
                sets.append(
                    SetRecord(
                        reps=draw(st.integers(0, 20)),
                        weight_kg=weight,
                        assistance_kg=assist,
                        rir=draw(st.one_of(st.none(), st.integers(0, 5))),
                    )
                )
        sessions.append(SessionRecord(variant, tuple(sets)))
    return rx, sessions, unit


def _weight(s: SessionRecord) -> float:
    return max((x.weight_kg or 0.0) for x in s.working)


def _assist(s: SessionRecord) -> float | None:
    values = [x.assistance_kg for x in s.working if x.assistance_kg is not None]
    return max(values) if values else None


def _missed(rx: Prescription, s: SessionRecord) -> bool:
    if rx.reps is None:
        return False
    return any((x.reps or 0) < rx.reps[0] for x in s.working)


@settings(max_examples=300, deadline=None)
@given(histories())
def test_never_raises_load_after_a_missed_session(case) -> None:
    rx, sessions, unit = case
    if not _missed(rx, sessions[-1]):
        return
    target = next_target(rx, sessions, unit=unit)
    assert target.variant == rx.variant or PULL_UP_RUNG.get(
        target.variant or "", 9
    ) < PULL_UP_RUNG.get(rx.variant or "", 0)
    assert (target.weight_kg or 0.0) <= _weight(sessions[-1]) + 1e-6
    last_assist = _assist(sessions[-1])
    if last_assist is not None and target.assistance_kg is not None:
        assert target.assistance_kg >= last_assist - 1e-6


@settings(max_examples=300, deadline=None)
@given(histories(), st.integers(4, 10), st.sampled_from([None, "better", "same", "worse"]))
def test_never_raises_anything_while_pain_is_four_or_more(case, score: int, trend) -> None:
    rx, sessions, unit = case
    target = next_target(rx, sessions, pain=PainCheck(score, trend), unit=unit)
    last = sessions[-1]
    assert PULL_UP_RUNG.get(target.variant or "", 0) <= PULL_UP_RUNG.get(rx.variant or "", 0)
    assert (target.weight_kg or 0.0) <= _weight(last) + 1e-6
    if _assist(last) is not None and target.assistance_kg is not None:
        assert target.assistance_kg >= _assist(last) - 1e-6
    if target.target_reps is not None and rx.reps is not None:
        assert target.target_reps <= max(x.reps or 0 for x in last.working)
    if target.hold_s is not None and rx.reps is None:
        assert target.hold_s <= min(x.duration_s or 0.0 for x in last.working) + 1e-6


@settings(max_examples=300, deadline=None)
@given(histories())
def test_never_moves_down_the_ladder_on_success(case) -> None:
    rx, sessions, unit = case
    if rx.exercise != "pull_up" or _missed(rx, sessions[-1]):
        return
    target = next_target(rx, sessions, unit=unit)
    assert PULL_UP_RUNG[target.variant or ""] >= PULL_UP_RUNG[rx.variant or ""]


@settings(max_examples=300, deadline=None)
@given(histories(), st.sampled_from([None, 1.25, 5.0]))
def test_always_proposes_a_loadable_weight(case, cable: float | None) -> None:
    rx, sessions, unit = case
    target = next_target(rx, sessions, unit=unit, cable_step=cable)
    load = load_type(target.exercise, target.variant)
    if target.weight_kg is not None:
        assert is_loadable(target.weight_kg, step_for(load, unit, cable_step=cable), unit)
    if target.assistance_kg is not None:
        assert is_loadable(target.assistance_kg, step_for(load, unit), unit)


# --- PRs -----------------------------------------------------------------------------------------


def kinds(prs) -> dict[str, float]:
    return {p.kind: p.value for p in prs}


def test_heaviest_load_pr() -> None:
    prs = find_prs(
        "row",
        "barbell",
        [SetRecord(reps=8, weight_kg=60.0)],
        [SetRecord(reps=3, weight_kg=62.5)],
    )
    assert kinds(prs)["heaviest_load"] == 62.5


def test_best_e1rm_pr_matches_epley_by_hand() -> None:
    # 100 kg × 5 @ RIR 1 → r = 6 → 100 × (1 + 6/30) = 120; before: 110 × 1 → 110.
    prs = find_prs(
        "deadlift",
        "conventional",
        [SetRecord(reps=1, weight_kg=110.0)],
        [SetRecord(reps=5, weight_kg=100.0, rir=1)],
    )
    assert kinds(prs) == {"best_e1rm": pytest.approx(120.0)}


def test_most_reps_at_a_load_pr() -> None:
    prs = find_prs(
        "row",
        "dumbbell",
        [SetRecord(reps=10, weight_kg=30.0, rir=4)],
        [SetRecord(reps=12, weight_kg=30.0, rir=4)],
    )
    assert kinds(prs) == {"most_reps_at_load": 12}


def test_most_bodyweight_pull_ups_is_a_pr() -> None:
    prs = find_prs("pull_up", "bodyweight", [SetRecord(reps=6)], [SetRecord(reps=7)])
    assert kinds(prs)["most_reps_at_load"] == 7


def test_least_assistance_at_a_rep_count_pr() -> None:
    prs = find_prs(
        "pull_up",
        "machine_assisted",
        [SetRecord(reps=8, assistance_kg=30.0), SetRecord(reps=5, assistance_kg=20.0)],
        [SetRecord(reps=8, assistance_kg=25.0)],
    )
    assert kinds(prs) == {"least_assistance": 25.0}


def test_longest_hold_pr() -> None:
    prs = find_prs(
        "back_extension", "floor", [SetRecord(duration_s=10)], [SetRecord(duration_s=15)]
    )
    assert kinds(prs) == {"longest_hold": 15}


def test_first_session_and_warmups_are_never_prs() -> None:
    assert find_prs("row", "barbell", [], [SetRecord(reps=5, weight_kg=60.0)]) == ()
    prs = find_prs(
        "row",
        "barbell",
        [SetRecord(reps=5, weight_kg=60.0)],
        [SetRecord(reps=5, weight_kg=80.0, kind="warmup")],
    )
    assert prs == ()


def test_equal_is_not_a_pr() -> None:
    same_set = SetRecord(reps=5, weight_kg=60.0)
    assert find_prs("row", "barbell", [same_set], [same_set]) == ()
