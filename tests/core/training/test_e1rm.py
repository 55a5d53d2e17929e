"""Estimated 1RM against hand-computed values (TRAINING.md §5)."""

import pytest

from backfit.core.rules import MAX_REPS_FOR_ESTIMATE
from backfit.core.training.e1rm import effective_load, epley, reps_to_failure, set_e1rm


def brzycki(weight: float, reps: int, rir: float | None = None) -> float | None:
    """Brzycki's estimate, an independent formula to cross-check Epley against."""
    r = reps_to_failure(reps, rir)
    if weight <= 0 or reps < 1 or r > MAX_REPS_FOR_ESTIMATE:
        return None
    return weight * 36 / (37 - r)


def test_epley_hand_computed() -> None:
    assert epley(100, 5) == pytest.approx(116.6667, abs=1e-3)  # 100 × (1 + 5/30)
    assert epley(100, 5, rir=2) == pytest.approx(123.3333, abs=1e-3)  # r = 7
    assert epley(140, 1) == 140  # a single is its own 1RM
    assert epley(60, 10) == pytest.approx(80.0)
    assert epley(60, 11) is None  # no estimate above 10 reps
    assert epley(60, 9, rir=2) is None  # 9 + 2 reps in reserve is 11
    assert epley(0, 5) is None


def test_brzycki_cross_check_is_close_in_the_low_rep_range() -> None:
    assert brzycki(100, 5) == pytest.approx(112.5)  # 100 × 36 / 32
    for reps in range(2, 11):
        assert abs(epley(100, reps) - brzycki(100, reps)) / brzycki(100, reps) < 0.05


def test_pull_up_uses_effective_load() -> None:
    assert effective_load(None, 25.0, 80.0, bodyweight_move=True) == 55.0
    assert effective_load(10.0, None, 80.0, bodyweight_move=True) == 90.0
    assert effective_load(10.0, None, None, bodyweight_move=True) is None
    assert set_e1rm("pull_up", "machine_assisted", 6, None, 20.0, 80.0, None) == pytest.approx(72)


def test_no_estimate_for_holds_negatives_and_unknown_bands() -> None:
    assert set_e1rm("back_extension", "floor", None, None, None, 80.0, None) is None
    assert set_e1rm("pull_up", "negative", 5, None, None, 80.0, None) is None
    assert set_e1rm("pull_up", "band_assisted", 5, None, None, 80.0, None) is None
    assert set_e1rm("deadlift", "conventional", 5, 100.0, None, None, 2) == pytest.approx(
        123.3333, abs=1e-3
    )
