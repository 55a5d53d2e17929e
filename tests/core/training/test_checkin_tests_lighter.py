"""The check-in table, McGill's ratios and flags, and the lighter-week count (TRAINING §4, §5)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from backfit.core.training import PainCheck, in_force, is_lighter_week
from backfit.core.training.endurance import TrunkResult, extra_trunk_work, flags, ratios
from backfit.core.training.lighter_week import lighter_sets, week_number

NOW = datetime(2026, 5, 8, 18, 0)


@pytest.mark.parametrize(
    ("score", "trend", "spinal", "other"),
    [
        (0, None, "progress", "progress"),
        (2, "same", "progress", "progress"),
        (3, None, "hold", "progress"),
        (4, "better", "hold", "progress"),
        (5, None, "reduce", "hold"),
        (1, "worse", "reduce", "hold"),
        (7, None, "trunk_only", "hold"),
        (10, "worse", "trunk_only", "hold"),
    ],
)
def test_the_checkin_table(score: int, trend, spinal: str, other: str) -> None:
    check = PainCheck(score, trend)
    assert (check.response(True), check.response(False)) == (spinal, other)
    assert PainCheck(0, None, red_flag=True).response(False) == "stop"


def test_the_latest_checkin_of_seven_days_is_in_force() -> None:
    old = PainCheck(8, "worse", NOW - timedelta(days=8))
    mid = PainCheck(6, None, NOW - timedelta(days=3))
    new = PainCheck(1, "better", NOW - timedelta(days=1))
    later = PainCheck(9, None, NOW + timedelta(hours=1))
    assert in_force([old, mid, new, later], NOW) == new
    assert in_force([old], NOW) is None


def _results(**seconds: float) -> dict[str, TrunkResult]:
    return {t: TrunkResult(t, s, NOW) for t, s in seconds.items()}


def test_mcgill_ratios_within_the_norms_raise_no_flag() -> None:
    healthy = _results(extensor=161, flexor=136, side_right=95, side_left=99)
    assert ratios(healthy)["flexor/extensor"] == pytest.approx(136 / 161)
    assert flags(healthy) == [] and extra_trunk_work(healthy) == ()


def test_each_flag_names_the_weak_direction() -> None:
    weak_back = _results(extensor=80, flexor=100, side_right=50, side_left=70)
    found = {f.ratio: f.weak for f in flags(weak_back)}
    assert found == {
        "flexor/extensor": "extensor",
        "side_left/extensor": "extensor",
        "side_right/side_left": "side_right",
    }
    assert extra_trunk_work(weak_back) == ("bird_dog", "side_bridge")


def test_every_fifth_week_of_training_is_lighter_unless_skipped() -> None:
    weeks = [date(2026, 5, 4) + timedelta(weeks=i) for i in range(4)]
    fifth = date(2026, 6, 1)
    assert week_number(fifth, weeks) == 5
    assert is_lighter_week(fifth, weeks, every=5)
    assert not is_lighter_week(fifth, weeks, every=5, skipped=[fifth])
    assert not is_lighter_week(fifth, weeks, every=6)
    assert is_lighter_week(date(2026, 5, 25), weeks[:3], every=4)
    assert [lighter_sets(n) for n in (1, 2, 3, 4, 5)] == [1, 1, 2, 2, 3]
