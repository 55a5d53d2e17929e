"""Weights are kg inside; pounds and rounding happen only at the edge (DESIGN §3)."""

import pytest

from backfit.core.units import KG_PER_LB, format_weight, from_kg, to_kg


def test_pounds_convert_exactly_both_ways() -> None:
    assert to_kg(100, "lb") == pytest.approx(45.359237)
    assert from_kg(to_kg(225, "lb"), "lb") == pytest.approx(225)
    assert KG_PER_LB == 0.45359237


@pytest.mark.parametrize(
    ("kg", "unit", "digits", "shown"),
    [
        (102.5, "kg", 1, "102.5 kg"),
        (100.0, "kg", 1, "100 kg"),
        (14330.0, "kg", 0, "14330 kg"),  # whole numbers keep their zeros
        (2000.0, "kg", 0, "2000 kg"),
        (to_kg(225, "lb"), "lb", 1, "225 lb"),
        (None, "kg", 1, "—"),
    ],
)
def test_format_weight(kg: float | None, unit: str, digits: int, shown: str) -> None:
    assert format_weight(kg, unit, digits=digits) == shown
