"""Weight units. Everything is stored in kg; pounds exist only at the edges (DESIGN §3)."""

from __future__ import annotations

from typing import Final, Literal, TypeGuard

Unit = Literal["kg", "lb"]
UNITS: Final[tuple[Unit, ...]] = ("kg", "lb")
KG_PER_LB = 0.45359237  # exact, by the international yard and pound agreement of 1959


def is_unit(value: object) -> TypeGuard[Unit]:
    """True for "kg" and "lb": a string checked with this can be passed where a `Unit` goes."""
    return value in UNITS


def to_kg(value: float, unit: Unit) -> float:
    """A weight typed in `unit`, in kg."""
    return value * KG_PER_LB if unit == "lb" else value


def from_kg(kg: float, unit: Unit) -> float:
    """A stored kg weight, in `unit` (unrounded: round only for display)."""
    return kg / KG_PER_LB if unit == "lb" else kg


def format_weight(kg: float | None, unit: Unit, *, digits: int = 1) -> str:
    """`102.5 kg` / `225 lb`, trailing zeros dropped; an em dash for no weight."""
    if kg is None:
        return "—"
    value = round(from_kg(kg, unit), digits)
    text = f"{value:.{digits}f}"
    if digits > 0:  # only decimals lose their trailing zeros: 14330 stays 14330
        text = text.rstrip("0").rstrip(".")
    return f"{text} {unit}"
