"""Prescription: TRAINING §2 blend and the §3 pull-up ladder, monotonic in the sliders."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core.goals import Goals
from backfit.core.routine.prescription import prescribe, pull_up_variant
from tests.strategies import goals

MAIN = [
    ("deadlift", "conventional", "hinge"),
    ("deadlift", "romanian", "hinge"),
    ("row", "barbell", "horizontal_pull"),
    ("row", "cable", "horizontal_pull"),
    ("lat_pulldown", "cable", "vertical_pull"),
    ("pull_up", "bodyweight", "vertical_pull"),
]


def test_pure_strength_advanced_is_heavy_and_pure_posture_is_light() -> None:
    heavy = prescribe(Goals(posture=0, pain=0, strength=100, level="advanced"), *MAIN[0])
    light = prescribe(Goals(posture=100, pain=0, strength=0, level="advanced"), *MAIN[3])
    assert heavy.reps == (3, 6) and heavy.rir == 1 and heavy.rest_s == 180 and heavy.sets_max == 5
    assert light.reps == (10, 15) and light.rir == 2 and light.rest_s == 75


def test_novice_strength_uses_8_to_12() -> None:
    rx = prescribe(Goals(posture=0, pain=0, strength=100, level="novice"), *MAIN[2])
    assert rx.reps == (8, 12) and rx.sets_max == 3


@given(goals(), st.integers(1, 100), st.sampled_from(MAIN))
@settings(max_examples=300)
def test_raising_strength_never_raises_reps_or_rir_on_main_lifts(g: Goals, up: int, lift) -> None:
    higher = replace(g, strength=min(100, g.strength + up))
    before, after = prescribe(g, *lift), prescribe(higher, *lift)
    assert after.reps[0] <= before.reps[0] and after.reps[1] <= before.reps[1]
    assert after.rir <= before.rir


@given(goals(), st.integers(1, 100), st.sampled_from(MAIN))
@settings(max_examples=300)
def test_raising_pain_never_lowers_rir(g: Goals, up: int, lift) -> None:
    higher = replace(g, pain=min(100, g.pain + up))
    assert prescribe(higher, *lift).rir >= prescribe(g, *lift).rir


@given(goals())
@settings(max_examples=200)
def test_pain_dominant_spine_loading_is_rir_3_or_more(g: Goals) -> None:
    if not g.dominant("pain"):
        return
    for exercise, variant, role in [
        ("deadlift", "conventional", "hinge"),
        ("deadlift", "trap_bar", "hinge"),
        ("row", "barbell", "horizontal_pull"),
        ("back_extension", "bench_45", "extension"),
    ]:
        assert prescribe(g, exercise, variant, role).rir >= 3


@pytest.mark.parametrize(
    ("pullups", "equipment", "strength", "expected"),
    [
        (0, {"pullup_bar", "bands"}, 50, "band_assisted"),
        (0, {"pullup_bar", "assisted_machine"}, 50, "machine_assisted"),
        (0, {"pullup_bar"}, 50, "negative"),
        (3, {"pullup_bar"}, 50, "negative"),
        (6, {"pullup_bar"}, 50, "bodyweight"),
        (12, {"pullup_bar"}, 10, "bodyweight"),
        (13, {"pullup_bar"}, 10, "weighted"),
        (8, {"pullup_bar"}, 100, "weighted"),
        (8, {"assisted_machine"}, 100, "machine_assisted"),
        (8, {"cable"}, 100, None),
    ],
)
def test_pull_up_ladder(pullups: int, equipment: set, strength: int, expected: str | None) -> None:
    g = Goals(
        posture=50, pain=50, strength=strength, pullups=pullups, equipment=frozenset(equipment)
    )
    assert pull_up_variant(g)[0] == expected


def test_negatives_and_floor_holds() -> None:
    g = Goals()
    assert prescribe(g, "pull_up", "negative", "vertical_pull").reps == (3, 5)
    hold = prescribe(g, "back_extension", "floor", "extension")
    assert hold.reps is None and hold.hold_s == 10
