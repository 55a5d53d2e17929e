"""The trunk focus a profile's latest trunk tests ask for, from real rows (TRAINING §5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from backfit.core.goals import Goals
from backfit.core.routine import generate_routine
from backfit.data.store import Store
from backfit.services.trunk_tests import default_trunk_focus, record_test

MAY = datetime(2026, 5, 4, 18, 0)
JUNE = datetime(2026, 6, 8, 18, 0)


def test_no_tests_no_focus(store: Store) -> None:
    focus = default_trunk_focus(store, "me")
    assert focus.directions == frozenset() and focus.tested_at is None and focus.flags == ()


def test_weak_left_side_and_extensors_until_the_next_test_clears_them(store: Store) -> None:
    for test, seconds in (("extensor", 80), ("flexor", 100), ("side_left", 50), ("side_right", 70)):
        record_test(store, "me", test, seconds, MAY)
    focus = default_trunk_focus(store, "me")
    # flexor/extensor 1.25 > 1.0 and side_right/extensor 0.875 > 0.75: extensors; R/L 1.4: left
    assert focus.directions == {"extensor", "side_left"}
    assert focus.tested_at == MAY
    assert any("Flexor ÷ extensor hold is 1.25" in text for text in focus.flags)
    assert focus.names() == "Extensor hold (Biering-Sørensen), Side bridge, left"
    routine = generate_routine(replace(Goals(minutes=60), trunk_focus=focus.directions))
    assert routine.trunk_focus == ("extensor", "side_left")
    assert routine.days[0].exercises[-1].exercise == "side_bridge"
    # June's retest is balanced: the focus is gone, and another profile never had one.
    for test, seconds in (
        ("extensor", 150),
        ("flexor", 120),
        ("side_left", 100),
        ("side_right", 100),
    ):
        record_test(store, "me", test, seconds, JUNE)
    assert default_trunk_focus(store, "me").directions == frozenset()
    assert default_trunk_focus(store, "me").tested_at == JUNE
    assert default_trunk_focus(store, "other").directions == frozenset()


def test_one_new_test_keeps_the_older_results_of_the_others(store: Store) -> None:
    record_test(store, "me", "side_left", 60, MAY)
    record_test(store, "me", "side_right", 60, MAY)
    record_test(store, "me", "side_right", 50, JUNE)  # right/left 0.83 < 0.95: the right side
    focus = default_trunk_focus(store, "me")
    assert focus.directions == {"side_right"} and focus.tested_at == JUNE
