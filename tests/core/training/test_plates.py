"""Plate calculator and warm-up ramp: exact loads, honest misses, loadable ramps."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backfit.core.errors import ValidationError
from backfit.core.training import is_loadable
from backfit.core.training.plates import DEFAULT_KG, DEFAULT_LB, load_bar, make_inventory
from backfit.core.training.warmup import ramp
from backfit.core.units import to_kg
from backfit.data.settings import plate_inventory, save_plate_inventory
from backfit.data.store import Store


def test_greedy_loads_heaviest_plates_first() -> None:
    load = load_bar(102.5, DEFAULT_KG)
    assert load.per_side == (25.0, 15.0, 1.25)
    assert load.exact and load.total == 102.5
    assert load.describe() == "25 + 15 + 1.25 kg per side"


def test_pounds_inventory() -> None:
    load = load_bar(225, DEFAULT_LB)
    assert load.per_side == (45.0, 45.0) and load.exact


def test_search_finds_an_exact_load_greedy_misses() -> None:
    # Greedy takes the 15 and is stuck at 5 short; two 10s make 20 per side exactly.
    inventory = make_inventory("kg", 20, [(15, 1), (10, 2)])
    load = load_bar(60, inventory)
    assert load.per_side == (10.0, 10.0) and load.exact


def test_impossible_load_is_closest_below_and_says_so() -> None:
    inventory = make_inventory("kg", 20, [(10, 1)])
    load = load_bar(50, inventory)
    assert not load.exact and load.total == 40
    assert "closest below 50" in load.describe()


def test_at_or_below_the_bar_is_an_empty_bar() -> None:
    assert load_bar(20, DEFAULT_KG).per_side == () and load_bar(20, DEFAULT_KG).exact
    assert not load_bar(15, DEFAULT_KG).exact


@settings(max_examples=200, deadline=None)
@given(st.integers(16, 200).map(lambda n: n * 1.25))
def test_never_more_than_asked_and_exact_means_exact(target: float) -> None:
    load = load_bar(target, DEFAULT_KG)
    assert load.total <= target + 1e-9
    assert load.exact == (abs(load.total - target) < 1e-9)
    assert list(load.per_side) == sorted(load.per_side, reverse=True)


@pytest.mark.parametrize(
    ("bar", "plates"), [(-1, []), (20, [(0, 1)]), (20, [(25, 21)]), (20, [(25, 1.5)])]
)
def test_bad_inventories_are_refused(bar: float, plates: list) -> None:
    with pytest.raises(ValidationError):
        make_inventory("kg", bar, plates)


def test_inventory_is_stored_per_profile(store: Store) -> None:
    assert plate_inventory(store, "me", "lb") == DEFAULT_LB
    mine = make_inventory("kg", 15, [(20, 2), (5, 2), (0.5, 2)])
    save_plate_inventory(store, "me", mine)
    assert plate_inventory(store, "me", "kg") == mine
    assert plate_inventory(store, "you", "kg") == DEFAULT_KG


def test_ramp_is_loadable_increasing_and_below_the_working_weight() -> None:
    sets = ramp(100.0, unit="kg", step=2.5, bar_kg=20.0)
    assert [(s.weight_kg, s.reps, s.percent) for s in sets] == [
        (20.0, 10, None),
        (40.0, 5, 40),
        (60.0, 3, 60),
        (80.0, 2, 80),
    ]


@settings(max_examples=200, deadline=None)
@given(st.floats(1, 400), st.sampled_from(["kg", "lb"]))
def test_ramp_properties(working: float, unit: str) -> None:
    bar = to_kg(45, "lb") if unit == "lb" else 20.0
    step = 5.0 if unit == "lb" else 2.5
    sets = ramp(working, unit=unit, step=step, bar_kg=bar)  # type: ignore[arg-type]
    weights = [s.weight_kg for s in sets]
    assert weights == sorted(set(weights))
    assert all(bar - 1e-9 <= w < working for w in weights)
    assert all(is_loadable(w, step, unit) or w == bar for w in weights)  # type: ignore[arg-type]


def test_no_ramp_without_a_load() -> None:
    assert ramp(None, unit="kg", step=2.5, bar_kg=20.0) == ()
    assert ramp(15.0, unit="kg", step=2.5, bar_kg=20.0) == ()
