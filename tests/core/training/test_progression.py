"""The progression engine (TRAINING §3–5): double progression, steps, ladder, deload, pain, PRs."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core.rules import PULL_UP_RUNG
from backfit.core.training import (
    PainCheck,
    Prescription,
    SessionRecord,
    SetRecord,
    default_equipment,
    default_prescription,
    find_prs,
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


@pytest.mark.parametrize(
    ("variant", "says", "never"),
    [
        ("machine_assisted", "pick the assistance", "pick a load"),
        ("band_assisted", "pick the band", "pick a load"),
        ("negative", "lower for 3–5 s", "pick"),
        ("bodyweight", "your bodyweight", "pick"),
        ("weighted", "pick the added weight", "pick a load"),
    ],
)
def test_a_first_pull_up_target_speaks_of_what_the_rung_loads(variant, says, never) -> None:
    """A negative or an assisted pull-up has no load to pick (TRAINING §3)."""
    why = next_target(Prescription("pull_up", variant, 2, (3, 5), None, 2, 120), []).why
    assert why.startswith("first time: ") and says in why and never not in why, why


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


def test_top_reps_below_the_target_rir_still_count() -> None:
    # TRAINING §4: a set at hi below the target RIR counts as reached (the lifter did the reps).
    target = next_target(DEADLIFT, [dl(6, rir=0), dl(6, rir=1)])
    assert target.action == "increase" and target.weight_kg == pytest.approx(102.5)
    assert "below RIR 2 counts" in target.why


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


def test_cable_step_comes_from_the_inventory() -> None:
    rx = default_prescription("lat_pulldown", "cable")
    done = session("cable", *same(3, reps=12, weight_kg=50.0, rir=2))
    kit = replace(default_equipment("kg"), stack_step=5.0)
    target = next_target(rx, [done, done], inventory=kit)
    assert target.weight_kg == pytest.approx(55.0)


def test_three_sessions_below_the_range_deload_to_ninety_percent_loadable() -> None:
    target = next_target(DEADLIFT, [dl(2, 101.0), dl(2, 101.0), dl(1, 101.0)])
    assert target.action == "deload"
    assert target.weight_kg == pytest.approx(90.0)  # 90.9 rounded down to 2.5 kg steps


def test_two_misses_do_not_deload_yet() -> None:
    target = next_target(DEADLIFT, [dl(6), dl(2), dl(2)])
    assert target.action == "repeat" and target.weight_kg == pytest.approx(100.0)


# --- assistance, ladder, holds -----------------------------------------------------------------


def test_assistance_drops_the_machine_step_nearest_five_percent_of_effective_load() -> None:
    rx = default_prescription("pull_up", "machine_assisted")
    # 130 kg lifter on 30 kg of help moves 100 kg: 5 % is 5 kg, two 2.5 kg machine steps.
    done = session(
        "machine_assisted", *same(3, reps=10, assistance_kg=30.0, bodyweight_kg=130.0, rir=2)
    )
    target = next_target(rx, [done, done])
    assert target.assistance_kg == pytest.approx(25.0) and target.weight_kg is None
    assert "−5 kg assistance" in target.why
    # Without a bodyweight: one machine step.
    bare = session("machine_assisted", *same(3, reps=10, assistance_kg=30.0, rir=2))
    assert next_target(rx, [bare, bare]).assistance_kg == pytest.approx(27.5)


def test_band_without_a_kg_value_moves_to_the_next_lighter_band() -> None:
    rx = default_prescription("pull_up", "band_assisted")
    done = session("band_assisted", *same(3, reps=10, rir=2))
    target = next_target(rx, [done, done])
    assert "next lighter band" in target.why


def test_last_assistance_step_moves_up_to_negatives() -> None:
    rx = default_prescription("pull_up", "machine_assisted")
    done = session("machine_assisted", *same(3, reps=10, assistance_kg=2.5, rir=2))
    target = next_target(rx, [done, done])
    assert (target.action, target.variant, target.assistance_kg) == ("ladder", "negative", None)


def test_bodyweight_pull_ups_at_the_top_move_up_to_weighted_from_the_e1rm() -> None:
    rx = default_prescription("pull_up", "bodyweight")
    done = session("bodyweight", *same(3, reps=12, rir=2, bodyweight_kg=80.0))
    target = next_target(rx, [done, done])
    # 80 kg × (1 + 10/30) = 106.7 kg e1RM (reps capped at 10); for 5 @ RIR 2: 86.5 kg → +6.25 kg.
    assert (target.action, target.variant, target.weight_kg) == ("ladder", "weighted", 6.25)


def test_engine_follows_the_lifter_up_the_ladder() -> None:
    rx = default_prescription("pull_up", "band_assisted")
    target = next_target(rx, [session("bodyweight", *same(3, reps=6, rir=2))])
    assert target.variant == "bodyweight" and target.target_reps == 7


def test_holds_grow_by_one_hold_never_by_seconds() -> None:
    rx = default_prescription("back_extension", "floor")
    done = session("floor", *same(5, duration_s=10.0))
    target = next_target(rx, [done, done])
    assert (target.action, target.hold_s, target.reps, target.sets) == ("increase", 10, None, 6)
    assert target.rir is None


def test_bodyweight_back_extensions_at_the_top_add_a_plate() -> None:
    rx = default_prescription("back_extension", "bench_45")
    done = session("bench_45", *same(3, reps=15, rir=3))
    target = next_target(rx, [done, done])
    assert target.weight_kg == pytest.approx(1.0)  # the lightest dumbbell of the default rack


# --- pain ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pain", "weight", "words"),
    [(PainCheck(4, None), 100.0, "hold the load"), (PainCheck(1, "worse"), 90.0, "−10 %")],
)
def test_pain_on_a_deadlift_holds_or_reduces_and_says_why(
    pain: PainCheck, weight: float, words: str
) -> None:
    target = next_target(DEADLIFT, [dl(6), dl(6)], pain=pain)
    assert target.frozen and target.action == "frozen"
    assert target.weight_kg == pytest.approx(weight)
    assert words in target.why and "pain" in target.why


def test_mild_pain_progresses_and_three_holds_a_spinal_lift() -> None:
    assert next_target(DEADLIFT, [dl(6), dl(6)], pain=PainCheck(2, "better")).action == "increase"
    held = next_target(DEADLIFT, [dl(6), dl(6)], pain=PainCheck(3, "better"))
    assert held.weight_kg == pytest.approx(100.0) and held.frozen


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
@given(histories())
def test_never_moves_down_the_ladder_on_success(case) -> None:
    rx, sessions, unit = case
    if rx.exercise != "pull_up" or _missed(rx, sessions[-1]):
        return
    target = next_target(rx, sessions, unit=unit)
    assert PULL_UP_RUNG[target.variant or ""] >= PULL_UP_RUNG[rx.variant or ""]


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
