"""Progression v2 invariants (issue #11), over random kits and loadable histories.

* a target is always loadable on the profile's inventory (or is exactly the load just lifted);
* never above the last load after a miss, or while a check-in ≥ 3 holds a spinal-loading lift
  (≥ 5 or "worse": every lift), nor during a planned lighter week;
* never a deload twice within three sessions at the same load;
* holds never pass 10 s; assistance is never negative; an lb kit gets lb targets.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core.rules import MAX_HOLD_S, PULL_UP_RUNG
from backfit.core.training import (
    Inventory,
    Loads,
    PainCheck,
    Prescription,
    SessionRecord,
    SetRecord,
    default_equipment,
    default_prescription,
    is_spinal,
    load_type,
    next_target,
)
from backfit.core.training.equipment import _discrete
from backfit.core.units import from_kg

EXERCISES = [
    ("deadlift", "conventional"),
    ("deadlift", "romanian"),
    ("row", "barbell"),
    ("row", "dumbbell"),
    ("row", "cable"),
    ("lat_pulldown", "cable"),
    ("pull_up", "machine_assisted"),
    ("pull_up", "negative"),
    ("pull_up", "bodyweight"),
    ("pull_up", "weighted"),
    ("back_extension", "bench_45"),
    ("back_extension", "machine"),
    ("back_extension", "floor"),
]


@st.composite
def kits(draw: st.DrawFn) -> Inventory:
    unit = draw(st.sampled_from(["kg", "lb"]))
    kit = default_equipment(unit)
    if draw(st.booleans()):
        step = 2.0 if unit == "kg" else 5.0
        start = draw(st.sampled_from([1.0, 2.0, 2.5]))
        rack = tuple(start + step * i for i in range(draw(st.integers(3, 15))))
        kit = replace(kit, dumbbells=rack)
    if draw(st.booleans()):
        kit = replace(kit, stack_step=draw(st.sampled_from([1.25, 2.5, 5.0, 7.0])))
    if draw(st.booleans()):
        kit = replace(kit, assist_step=draw(st.sampled_from([1.0, 2.5, 3.5, 5.0])))
    return kit


def _loadable_kg(draw: st.DrawFn, load: str, kit: Inventory) -> float:
    options = _discrete(load, kit)
    loads = Loads(load, kit)
    if options is None:
        return loads._kg(draw(st.integers(1, 60)) * round(loads._to(loads.step_kg())))
    positive = [o for o in options if o > 0]
    return loads._kg(draw(st.sampled_from(positive[:200])))


@st.composite
def cases(draw: st.DrawFn) -> tuple[Prescription, list[SessionRecord], Inventory]:
    exercise, variant = draw(st.sampled_from(EXERCISES))
    kit = draw(kits())
    rx = default_prescription(exercise, variant)
    load = load_type(exercise, variant)
    if (exercise, variant) == ("pull_up", "weighted"):
        load = "bodyweight"
    bodyweight = draw(st.one_of(st.none(), st.floats(45, 120).map(lambda x: round(x, 1))))
    sessions = []
    weight = assist = None
    for _ in range(draw(st.integers(1, 6))):
        if weight is None or draw(st.integers(0, 3)) == 0:  # mostly the same load, sometimes not
            weight = assist = None
            if load in ("barbell", "dumbbell", "cable", "machine") or variant == "weighted":
                weight = _loadable_kg(draw, load, kit)
            elif load == "assisted":
                assist = _loadable_kg(draw, "assisted", kit)
            elif load == "bodyweight" and draw(st.integers(0, 3)) == 0:
                weight = _loadable_kg(draw, "bodyweight", kit)
        sets = []
        for _ in range(draw(st.integers(1, 5))):
            if rx.reps is None:
                sets.append(SetRecord(duration_s=draw(st.floats(0, 30)).__round__(1)))
            else:
                sets.append(
                    SetRecord(
                        reps=draw(st.integers(0, 15)),
                        weight_kg=weight,
                        assistance_kg=assist,
                        rir=draw(st.one_of(st.none(), st.integers(0, 5))),
                        bodyweight_kg=bodyweight,
                    )
                )
        sessions.append(SessionRecord(variant, tuple(sets)))
    return rx, sessions, kit


def _weight(s: SessionRecord) -> float:
    return max((x.weight_kg or 0.0) for x in s.working)


def _assist(s: SessionRecord) -> float | None:
    values = [x.assistance_kg for x in s.working if x.assistance_kg is not None]
    return max(values) if values else None


def _missed(rx: Prescription, s: SessionRecord) -> bool:
    return rx.reps is not None and any((x.reps or 0) < rx.reps[0] for x in s.working)


def _not_harder(rx: Prescription, last: SessionRecord, target) -> None:
    """The target asks no more than the last session: load, help, rung, reps, holds."""
    rung = PULL_UP_RUNG.get(target.variant or "", -1)
    assert rung <= max(
        PULL_UP_RUNG.get(rx.variant or "", -1), PULL_UP_RUNG.get(last.variant or "", -1)
    )
    if target.variant == last.variant:
        assert (target.weight_kg or 0.0) <= _weight(last) + 1e-6
        if _assist(last) is not None and target.assistance_kg is not None:
            assert target.assistance_kg >= _assist(last) - 1e-6
    if target.reps is None and target.sets:
        done = sum(1 for x in last.working if (x.duration_s or 0) >= (target.hold_s or 0) - 1e-6)
        start = min(rx.sets, 8)
        assert target.sets <= max(done, start)


@settings(max_examples=200, deadline=None)
@given(cases(), st.sampled_from([None, PainCheck(3), PainCheck(8, "worse")]), st.booleans())
def test_every_target_is_loadable_on_the_kit_in_its_unit(case, pain, lighter) -> None:
    rx, sessions, kit = case
    target = next_target(rx, sessions, inventory=kit, pain=pain, lighter_week=lighter)
    assert target.loadable and target.unit == kit.unit
    last = sessions[-1]
    same_as_lifted = target.weight_kg is not None and abs(target.weight_kg - _weight(last)) < 1e-9
    if target.weight_kg is not None and not same_as_lifted:
        load = load_type(target.exercise, target.variant)
        if (target.exercise, target.variant) == ("pull_up", "weighted"):
            load = "bodyweight"
        assert Loads(load, kit).is_loadable(target.weight_kg), target
    lifted_help = _assist(last)
    if target.assistance_kg is not None and target.assistance_kg != lifted_help:
        assert Loads("assisted", kit).is_loadable(target.assistance_kg), target
    if target.assistance_kg is not None:
        assert target.assistance_kg >= 0  # assistance is never negative
    if kit.unit == "lb" and target.weight_kg is not None:
        value = from_kg(target.weight_kg, "lb")
        assert abs(value * 4 - round(value * 4)) < 1e-6  # a round lb number, shown in lb
        assert target.to_json()["unit"] == "lb"


@settings(max_examples=200, deadline=None)
@given(cases())
def test_never_above_the_last_load_after_a_miss(case) -> None:
    rx, sessions, kit = case
    if not _missed(rx, sessions[-1]):
        return
    target = next_target(rx, sessions, inventory=kit)
    _not_harder(rx, sessions[-1], target)


@settings(max_examples=200, deadline=None)
@given(cases(), st.integers(3, 10), st.sampled_from([None, "better", "same", "worse"]))
def test_never_above_the_last_load_while_a_checkin_holds_it(case, score, trend) -> None:
    rx, sessions, kit = case
    pain = PainCheck(score, trend)
    last = sessions[-1]
    spinal = is_spinal(rx.exercise, rx.variant, loaded=_weight(last) > 0 or rx.variant == "machine")
    if pain.response(spinal) == "progress":
        return  # 3–4 on a low-spinal-load lift progresses (TRAINING §4 table)
    target = next_target(rx, sessions, inventory=kit, pain=pain)
    _not_harder(rx, last, target)
    if (
        target.reps is not None
        and target.target_reps is not None
        and target.variant == last.variant
    ):
        assert target.target_reps <= max(max(x.reps or 0 for x in last.working), target.reps[0])


@settings(max_examples=150, deadline=None)
@given(cases())
def test_a_lighter_week_never_adds_load_and_halves_the_sets(case) -> None:
    rx, sessions, kit = case
    plain = next_target(rx, sessions, inventory=kit)
    light = next_target(rx, sessions, inventory=kit, lighter_week=True)
    assert light.deload_week and light.sets <= max(1, plain.sets)
    assert light.sets >= 1 if plain.sets else light.sets == 0
    if light.rir is not None:
        assert light.rir >= 4
    _not_harder(rx, sessions[-1], light) if light.action != "start" else None


@settings(max_examples=150, deadline=None)
@given(cases(), st.integers(2, 8))
def test_never_a_deload_twice_within_three_sessions_at_the_same_load(case, extra) -> None:
    """Follow the engine's own targets, missing every time: deloads come ≥ 3 sessions apart."""
    rx, sessions, kit = case
    if rx.reps is None or rx.exercise == "pull_up":
        return
    history = list(sessions)
    deloads = []
    for i in range(extra + 3):
        target = next_target(rx, history, inventory=kit)
        if target.action == "deload":
            deloads.append(i)
        miss = SetRecord(
            reps=max(0, rx.reps[0] - 1),
            weight_kg=target.weight_kg if target.weight_kg is not None else _weight(history[-1]),
            assistance_kg=target.assistance_kg,
            rir=0,
        )
        history.append(SessionRecord(rx.variant, (miss,) * rx.sets))
    assert all(b - a >= 3 for a, b in pairwise(deloads)), deloads


@settings(max_examples=150, deadline=None)
@given(cases(), st.integers(1, 12))
def test_holds_never_pass_ten_seconds_and_have_no_rir(case, rounds) -> None:
    rx, sessions, kit = case
    if rx.reps is not None:
        return
    long_rx = replace(rx, hold_s=30)
    history = list(sessions)
    for _ in range(rounds):
        target = next_target(long_rx, history, inventory=kit)
        assert target.hold_s is not None and target.hold_s <= MAX_HOLD_S
        assert target.rir is None and target.to_json()["rir"] is None
        assert target.sets == (target.rounds or 1) * (target.holds_per_round or target.sets)
        history.append(SessionRecord(rx.variant, (SetRecord(duration_s=10.0),) * target.sets))
