"""Prescription: TRAINING §2 blend, graded spinal-load effort, and the §3 pull-up ladder."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core import catalog, rules
from backfit.core.goals import Goals
from backfit.core.routine.prescription import (
    budget_seconds,
    pain_share,
    prescribe,
    set_seconds,
)
from backfit.core.routine.pull_ups import pull_up_doable, pull_up_ladder
from tests.strategies import goals

MAIN = [
    ("deadlift", "conventional"),
    ("deadlift", "romanian"),
    ("deadlift", "trap_bar"),
    ("row", "barbell"),
    ("row", "cable"),
    ("row", "chest_supported"),
    ("lat_pulldown", "cable"),
    ("pull_up", "weighted"),
    ("inverted_row", "table"),
    ("pull_up", "bodyweight"),
    ("pull_up", "negative"),
]
EVERY = [(e.id, v.id) for e in catalog.EXERCISES for v in e.variants if not v.retired]


def test_pure_strength_advanced_is_heavy_and_pure_posture_is_light() -> None:
    heavy = prescribe(Goals(posture=0, pain=0, strength=100, level="advanced"), *MAIN[0])
    light = prescribe(Goals(posture=100, pain=0, strength=0, level="advanced"), *MAIN[4])
    assert heavy.reps == (3, 6) and heavy.rir == 1 and heavy.rest_s == 180 and heavy.sets_max == 5
    assert light.reps == (10, 15) and light.rir == 2 and light.rest_s == 75


def test_novice_strength_uses_8_to_12() -> None:
    rx = prescribe(Goals(posture=0, pain=0, strength=100, level="novice"), *MAIN[4])
    assert rx.reps == (8, 12) and rx.sets_max == 3


@given(goals(), st.integers(1, 100), st.sampled_from(MAIN))
@settings(max_examples=300)
def test_raising_strength_never_raises_reps_or_rir_on_main_lifts(g: Goals, up: int, lift) -> None:
    higher = replace(g, strength=min(100, g.strength + up))
    before, after = prescribe(g, *lift), prescribe(higher, *lift)
    assert after.reps[0] <= before.reps[0] and after.reps[1] <= before.reps[1]
    assert after.rir <= before.rir


@given(goals(), st.integers(1, 100), st.sampled_from(EVERY))
@settings(max_examples=300)
def test_raising_pain_never_lowers_rir_nor_shortens_the_planned_set(g: Goals, up, lift) -> None:
    higher = replace(g, pain=min(100, g.pain + up))
    sides = catalog.exercise(lift[0]).variant(lift[1]).sides
    assert prescribe(higher, *lift).rir >= prescribe(g, *lift).rir
    assert budget_seconds(higher, *lift, sides) >= budget_seconds(g, *lift, sides)


@given(goals(), st.sampled_from(EVERY))
@settings(max_examples=300)
def test_the_planned_set_never_undercounts_the_real_one(g: Goals, lift) -> None:
    sides = catalog.exercise(lift[0]).variant(lift[1]).sides
    assert budget_seconds(g, *lift, sides) >= set_seconds(prescribe(g, *lift), sides)


@given(goals())
@settings(max_examples=300)
def test_graded_spinal_load_effort_and_reps(g: Goals) -> None:
    p = pain_share(g)
    high = prescribe(g, "deadlift", "conventional")
    moderate = prescribe(g, "deadlift", "trap_bar")
    for rx in (high, moderate, prescribe(g, "row", "barbell")):
        assert rx.reps[1] <= rules.MAX_REPS_SPINAL_LOADING
    if p >= Fraction(str(rules.PAIN_SHARE_HIGH_LOAD_RIR3)):
        assert high.rir >= 3
    if p >= Fraction(str(rules.PAIN_SHARE_NO_HIGH_LOAD)):
        assert moderate.rir >= 3 and moderate.reps[0] >= 8 and moderate.reps[1] == 12
    if g.dominant("pain"):
        assert moderate.rir >= 3 and high.rir >= 3


@pytest.mark.parametrize(
    ("pullups", "equipment", "strength", "expected"),
    [
        (0, {"pullup_bar", "bands"}, 50, ("band_assisted", "negative")),
        (0, {"pullup_bar", "assisted_machine"}, 50, ("machine_assisted", "negative")),
        (0, {"pullup_bar"}, 50, ("negative",)),
        (0, {"assisted_machine"}, 50, ("machine_assisted",)),
        (3, {"pullup_bar", "assisted_machine"}, 50, ("negative", "bodyweight")),
        (6, {"pullup_bar", "assisted_machine"}, 50, ("bodyweight",)),
        (12, {"pullup_bar"}, 10, ("bodyweight",)),
        # weighted only when its top reps + RIR stay below the max (9–13 @ RIR 3 here)
        (13, {"pullup_bar"}, 10, ("bodyweight",)),
        (17, {"pullup_bar"}, 10, ("weighted",)),
        (8, {"pullup_bar"}, 100, ("bodyweight",)),
        (16, {"pullup_bar"}, 100, ("weighted",)),
        (15, {"assisted_machine"}, 100, ()),
        (8, {"cable"}, 100, ()),
    ],
)
def test_pull_up_ladder(pullups: int, equipment: set, strength: int, expected: tuple) -> None:
    g = Goals(
        posture=50, pain=50, strength=strength, pullups=pullups, equipment=frozenset(equipment)
    )
    assert pull_up_ladder(g)[0] == expected


@pytest.mark.parametrize(
    ("level", "expected"), [("advanced", "weighted"), ("intermediate", "bodyweight")]
)
def test_strength_led_8_rep_lifter_goes_weighted_only_if_the_weighted_set_fits(
    level, expected
) -> None:
    """3–6 @ RIR 1 (advanced) needs 7 of 8 strict reps; 3–6 @ RIR 2 needs all 8: bodyweight."""
    g = Goals(posture=0, pain=0, strength=100, level=level, pullups=8,
              equipment=frozenset({"pullup_bar"}))  # fmt: skip
    rungs, why = pull_up_ladder(g)
    assert rungs == (expected,)
    assert ("needs more than 8" in why) == (expected == "bodyweight"), why


@given(goals())
@settings(max_examples=300)
def test_ladder_over_the_whole_space(g: Goals) -> None:
    """TRAINING §3 for every input: never assisted from 5 strict reps; rungs by reps."""
    rungs, why = pull_up_ladder(g)
    n, bar = g.pullups, "pullup_bar" in g.equipment
    assert str(n) in why
    if n >= 5:
        assert not {"band_assisted", "machine_assisted"} & set(rungs)
    if bar and n == 0:
        assert "negative" in rungs
        assisted = "assisted_machine" in g.equipment or "bands" in g.equipment
        assert assisted == bool({"band_assisted", "machine_assisted"} & set(rungs))
    if bar and 1 <= n <= 4:
        assert rungs == ("negative", "bodyweight")
    if bar and 5 <= n <= 12 and not g.dominant("strength"):
        assert rungs == ("bodyweight",)
    if bar and (n > 12 or (n >= 8 and g.dominant("strength"))):
        weighted = prescribe(g, "pull_up", "weighted")
        fits = weighted.reps[1] + weighted.rir < n
        assert rungs == (("weighted",) if fits else ("bodyweight",)), (rungs, weighted)
        top = f"a weighted set of {weighted.reps[1]} @ RIR {weighted.rir} needs more than {n}"
        assert fits or top in why, why  # true: top reps + RIR ≥ the max
    if not bar:
        assert not {"negative", "bodyweight", "weighted", "band_assisted"} & set(rungs)


def test_negatives_low_rep_pull_ups_and_trunk_holds() -> None:
    g = Goals(pullups=3)
    assert prescribe(g, "pull_up", "negative").reps == (3, 5)
    singles = prescribe(g, "pull_up", "bodyweight")
    assert singles.reps == (1, 2) and (singles.sets_min, singles.sets_max) == (3, 6)
    hold = prescribe(g, "bird_dog", "standard")
    assert hold.reps is None and hold.hold_s == 10 and hold.holds == rules.TRUNK_ROUNDS


@given(goals(), st.booleans())
@settings(max_examples=300)
def test_every_bodyweight_pull_up_dose_fits_inside_the_max(g: Goals, easy: bool) -> None:
    """TRAINING §3: top reps + RIR ≤ max strict reps, from a 1-rep lifter's single at RIR 0 up;
    an easy session (RIR ≥ 3) trims reps instead, and has no pull-up set below 4 strict reps."""
    n = g.pullups
    rx = prescribe(g, "pull_up", "bodyweight", easy=easy)
    doable = pull_up_doable(g, "pull_up", "bodyweight", rx)
    assert doable == (rx.reps[1] + rx.rir <= n)
    if n >= 1 and not easy:
        assert doable and rx.reps[0] >= 1 and rx.reps[0] <= rx.reps[1]
    if easy:
        assert rx.rir >= 3
        assert doable == (n >= 4)
    if n == 1 and not easy:
        assert rx.reps == (1, 1) and rx.rir == 0
    if 1 <= n <= 4:
        assert (rx.sets_min, rx.sets_max) == rules.LOW_REP_PULL_UP_SETS
    weighted = prescribe(g, "pull_up", "weighted", easy=easy)
    if easy and n >= weighted.rir + 2:  # room for one weighted rep below the max
        assert pull_up_doable(g, "pull_up", "weighted", weighted)
