"""Plate calculator: which plates go on each side of the bar for a target load.

Pure code over a `PlateInventory` (the bar and the pairs of plates a lifter owns, in kg or lb).
Greedy from the heaviest plate first, which is what lifters do by hand; when greedy cannot hit
the target exactly with the plates available, a small exhaustive search tries every
combination before giving up, and the answer says whether it is exact.

The inventory is stored per profile in `profile_settings` (see `backfit.settings`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backfit.core.errors import ValidationError
from backfit.core.units import Unit, is_unit

_SCALE = 100  # work in hundredths so 1.25 kg plates add up exactly
MAX_PAIRS = 20


@dataclass(frozen=True, slots=True)
class PlateInventory:
    """The bar and plates on hand, in `unit`; `plates` holds (size, pairs), heaviest first."""

    unit: Unit
    bar: float
    plates: tuple[tuple[float, int], ...]

    def to_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "bar": self.bar, "plates": [list(p) for p in self.plates]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PlateInventory:
        return make_inventory(
            data["unit"], float(data["bar"]), [(float(s), int(n)) for s, n in data["plates"]]
        )


DEFAULT_KG = PlateInventory(
    "kg", 20.0, ((25.0, 4), (20.0, 4), (15.0, 2), (10.0, 2), (5.0, 2), (2.5, 2), (1.25, 2))
)
DEFAULT_LB = PlateInventory(
    "lb", 45.0, ((45.0, 4), (35.0, 2), (25.0, 2), (10.0, 2), (5.0, 2), (2.5, 2))
)


def default_inventory(unit: Unit) -> PlateInventory:
    return DEFAULT_LB if unit == "lb" else DEFAULT_KG


def make_inventory(
    unit: str, bar: float, plates: list[tuple[float, int]] | tuple[tuple[float, int], ...]
) -> PlateInventory:
    """A checked inventory: bar 0–100, plates 0.25–60 each, 0–20 pairs of each size."""
    if not is_unit(unit):
        raise ValidationError("The plate unit is kg or lb.", field="unit")
    limit = 1.0 if unit == "kg" else 2.2046226
    if not 0 <= bar <= 100 * limit:
        raise ValidationError(f"The bar weighs between 0 and {100 * limit:g} {unit}.", field="bar")
    merged: dict[float, int] = {}
    for size, pairs in plates:
        if not 0.25 <= size <= 60 * limit:
            raise ValidationError(
                f"A plate weighs between 0.25 and {60 * limit:g} {unit}.", field="plates"
            )
        if int(pairs) != pairs or not 0 <= pairs <= MAX_PAIRS:
            raise ValidationError(f"Each plate size has 0 to {MAX_PAIRS} pairs.", field="plates")
        merged[float(size)] = merged.get(float(size), 0) + int(pairs)
    ordered = tuple(sorted(((s, n) for s, n in merged.items() if n > 0), reverse=True))
    return PlateInventory(unit, float(bar), ordered)


@dataclass(frozen=True, slots=True)
class PlateLoad:
    """Plates for one side of the bar (heaviest first) and the total they make."""

    target: float
    total: float
    per_side: tuple[float, ...]
    exact: bool
    unit: Unit

    def describe(self) -> str:
        if not self.per_side:
            side = "empty bar"
        else:
            side = " + ".join(f"{p:g}" for p in self.per_side) + f" {self.unit} per side"
        if self.exact:
            return side
        return f"{side} = {self.total:g} {self.unit} (closest below {self.target:g})"


def load_bar(target: float, inventory: PlateInventory) -> PlateLoad:
    """Plates per side for `target` (in the inventory's unit): exact if at all possible.

    When no combination is exact, the heaviest total not above the target is returned with
    `exact=False`, so the calculator never suggests more than asked for.
    """
    unit = inventory.unit
    bar = round(inventory.bar * _SCALE)
    goal = round(target * _SCALE)
    if goal <= bar:
        return PlateLoad(target, inventory.bar, (), goal == bar, unit)
    side = (goal - bar) // 2
    odd = (goal - bar) % 2
    sizes = [(round(s * _SCALE), n) for s, n in inventory.plates]
    chosen = _greedy(side, sizes)
    if sum(chosen) != side:
        chosen = _exact(side, sizes) or chosen
    per_side = tuple(p / _SCALE for p in chosen)
    total = inventory.bar + 2 * sum(per_side)
    return PlateLoad(target, round(total, 4), per_side, sum(chosen) == side and not odd, unit)


def _greedy(side: int, sizes: list[tuple[int, int]]) -> list[int]:
    chosen: list[int] = []
    left = side
    for size, pairs in sizes:
        take = min(pairs, left // size)
        chosen += [size] * take
        left -= size * take
    return chosen


def _exact(side: int, sizes: list[tuple[int, int]]) -> list[int] | None:
    """Fewest plates that make `side` exactly, searching heaviest first; None if impossible."""
    best: list[int] | None = None

    def search(i: int, left: int, picked: list[int]) -> None:
        nonlocal best
        if left == 0:
            if best is None or len(picked) < len(best):
                best = list(picked)
            return
        if i == len(sizes) or (best is not None and len(picked) >= len(best)):
            return
        size, pairs = sizes[i]
        for take in range(min(pairs, left // size), -1, -1):
            search(i + 1, left - size * take, picked + [size] * take)

    search(0, side, [])
    return best


def parse_plates(text: str) -> list[tuple[float, int]]:
    """`"25x4, 20x2, 1.25x2"` (size × pairs; `×`, `x` or `*`) as (size, pairs) pairs."""
    plates: list[tuple[float, int]] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        for sep in ("×", "x", "X", "*"):
            if sep in part:
                size_text, pairs_text = part.split(sep, 1)
                break
        else:
            raise ValidationError(
                f"Write each plate as size×pairs, e.g. 25×4; {part!r} has no ×.", field="plates"
            )
        try:
            size, pairs = float(size_text), float(pairs_text)
        except ValueError:
            raise ValidationError(
                f"{part!r} is not a plate size and a number of pairs, e.g. 25×4.", field="plates"
            ) from None
        if pairs != int(pairs):
            raise ValidationError(f"{part!r}: pairs are a whole number.", field="plates")
        plates.append((size, int(pairs)))
    return plates


def format_plates(inventory: PlateInventory) -> str:
    return ", ".join(f"{size:g}×{pairs}" for size, pairs in inventory.plates)
