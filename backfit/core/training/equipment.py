"""The lifter's kit, and which loads it can make (TRAINING §4: every target is loadable).

An `Inventory` is what one profile owns, in the unit the lifter logs in: the dumbbells (a list,
because racks differ: 2 kg steps at home, 2.5 kg at the gym), the bar and plates, the cable
stack step and the assisted machine's step. `Loads` answers, for one load type, "is this
weight loadable?", "the heaviest loadable at or below", "the next one up". Everything is exact
in hundredths of the inventory's unit, so 12.5 kg stays 12.5 kg and 137.5 lb stays 137.5 lb.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from backfit.core.errors import ValidationError
from backfit.core.rules import (
    ASSIST_STEP_SHARE,
    DEFAULT_ASSIST_STEP,
    DEFAULT_DUMBBELLS,
    LOAD_STEPS,
    MAX_WEIGHT_KG,
)
from backfit.core.training.plates import PlateInventory, default_inventory, make_inventory
from backfit.core.units import Unit, from_kg, to_kg

_SCALE = 100  # hundredths of the unit: 1.25 kg plates and 137.5 lb loads add up exactly
#: Load types whose number is help from a machine or band: less is harder.
ASSISTED = frozenset({"assisted", "band"})
#: The most a machine stack goes to, in kg: the log's own plausibility bound.
_STACK_MAX_KG = MAX_WEIGHT_KG


@dataclass(frozen=True, slots=True)
class Inventory:
    """One profile's kit, in `unit`: dumbbells owned, bar and plate pairs, stack and assist step."""

    unit: Unit
    dumbbells: tuple[float, ...]
    bar: float
    plates: tuple[tuple[float, int], ...]
    stack_step: float
    assist_step: float

    @property
    def plate_inventory(self) -> PlateInventory:
        return PlateInventory(self.unit, self.bar, self.plates)

    def to_json(self) -> dict[str, Any]:
        return {
            "unit": self.unit,
            "dumbbells": list(self.dumbbells),
            "bar": self.bar,
            "plates": [list(p) for p in self.plates],
            "stack_step": self.stack_step,
            "assist_step": self.assist_step,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Inventory:
        return make_equipment(
            data["unit"],
            dumbbells=[float(w) for w in data["dumbbells"]],
            bar=float(data["bar"]),
            plates=[(float(s), int(n)) for s, n in data["plates"]],
            stack_step=float(data["stack_step"]),
            assist_step=float(data["assist_step"]),
        )


def default_equipment(unit: Unit) -> Inventory:
    """A common gym's kit in `unit`, used until the lifter lists their own."""
    plates = default_inventory(unit)
    kg_step, lb_step = LOAD_STEPS["cable"]
    assist_kg, assist_lb = DEFAULT_ASSIST_STEP
    return Inventory(
        unit,
        DEFAULT_DUMBBELLS[unit],
        plates.bar,
        plates.plates,
        kg_step if unit == "kg" else lb_step,
        assist_kg if unit == "kg" else assist_lb,
    )


def make_equipment(
    unit: str,
    *,
    dumbbells: list[float] | tuple[float, ...],
    bar: float,
    plates: list[tuple[float, int]] | tuple[tuple[float, int], ...],
    stack_step: float,
    assist_step: float,
) -> Inventory:
    """A checked inventory: dumbbells 0.5–100 kg each, steps 0.25–20 kg, plates as `plates`."""
    checked = make_inventory(unit, bar, plates)
    u: Unit = checked.unit
    for weight in dumbbells:
        if not 0.5 <= to_kg(weight, u) <= 100 + 1e-9:
            raise ValidationError(
                f"A dumbbell weighs between 0.5 and {from_kg(100, u):g} {u}; {weight:g} does not.",
                field="dumbbells",
            )
    for name, step in (("stack step", stack_step), ("assisted-machine step", assist_step)):
        if not 0.25 <= to_kg(step, u) <= 20 + 1e-9:
            raise ValidationError(
                f"The {name} is between {from_kg(0.25, u):.2g} and {from_kg(20, u):g} {u}.",
                field="step",
            )
    rack = tuple(sorted({round(float(w), 2) for w in dumbbells}))
    return Inventory(u, rack, checked.bar, checked.plates, float(stack_step), float(assist_step))


def parse_weights(text: str) -> list[float]:
    """`"2,4,6,8"` (commas or spaces) as weights; one clear sentence for anything else."""
    values = []
    for part in text.replace(";", ",").replace(" ", ",").split(","):
        if not part.strip():
            continue
        try:
            values.append(float(part))
        except ValueError:
            raise ValidationError(
                f"{part.strip()!r} is not a weight: list them like 2,4,6,8.", field="dumbbells"
            ) from None
    if not values:
        raise ValidationError("List at least one dumbbell, like 2,4,6,8.", field="dumbbells")
    return values


# --- which loads the kit can make ---------------------------------------------------------------


def _hundredths(value: float) -> int:
    return round(value * _SCALE)


@lru_cache(maxsize=64)
def _discrete(load: str, inv: Inventory) -> tuple[int, ...] | None:
    """Every loadable weight (hundredths of the unit) for discrete kit; None for stacks."""
    if load == "barbell":
        pairs = [(_hundredths(s), n) for s, n in inv.plates]
        sides = _sums(pairs)
        bar = _hundredths(inv.bar)
        return tuple(sorted({bar + 2 * side for side in sides}))
    if load == "dumbbell":
        return tuple(sorted({_hundredths(w) for w in inv.dumbbells}))
    if load == "bodyweight":  # a plate or plates on a belt, or a dumbbell between the feet
        singles = [(_hundredths(s), 2 * n) for s, n in inv.plates]
        return tuple(sorted(_sums(singles) | {_hundredths(w) for w in inv.dumbbells}))
    return None


def _sums(items: list[tuple[int, int]]) -> set[int]:
    """Every total of up to n copies of each size (bounded subset sums)."""
    totals = {0}
    for size, count in items:
        totals = {t + size * k for t in totals for k in range(count + 1)}
    return totals


def _step(load: str, inv: Inventory) -> int:
    if load in ASSISTED:
        return _hundredths(inv.assist_step)
    return _hundredths(inv.stack_step)


@dataclass(frozen=True, slots=True)
class Loads:
    """The loadable weights of one load type on one inventory; kg in, kg out."""

    load: str
    inventory: Inventory

    @property
    def unit(self) -> Unit:
        return self.inventory.unit

    def _to(self, kg: float) -> float:
        return from_kg(kg, self.unit) * _SCALE

    def _kg(self, hundredths: int) -> float:
        return to_kg(hundredths / _SCALE, self.unit)

    def _options(self) -> tuple[int, ...] | None:
        return _discrete(self.load, self.inventory)

    def is_loadable(self, kg: float) -> bool:
        value = self._to(kg)
        if abs(value - round(value)) > 1e-4:
            return False
        options = self._options()
        if options is None:
            step = _step(self.load, self.inventory)
            return round(value) % step == 0 and 0 <= value <= self._to(_STACK_MAX_KG) + 1e-4
        return round(value) in options

    def round_down(self, kg: float) -> float:
        """The heaviest loadable weight at or below `kg` (the lightest one if none is)."""
        value = self._to(kg)
        options = self._options()
        if options is None:
            step = _step(self.load, self.inventory)
            return self._kg(max(0, math.floor(value / step + 1e-6)) * step)
        below = [o for o in options if o <= value + 1e-4]
        return self._kg(below[-1] if below else options[0])

    def round_up(self, kg: float) -> float:
        """The lightest loadable weight at or above `kg` (the heaviest one if none is)."""
        value = self._to(kg)
        options = self._options()
        if options is None:
            step = _step(self.load, self.inventory)
            return self._kg(max(0, math.ceil(value / step - 1e-6)) * step)
        above = [o for o in options if o >= value - 1e-4]
        return self._kg(above[0] if above else options[-1])

    def next_up(self, kg: float) -> float | None:
        """The lightest loadable weight above `kg`, or None at the top of the kit."""
        value = self._to(kg)
        options = self._options()
        if options is None:
            step = _step(self.load, self.inventory)
            up = (math.floor(value / step + 1e-6) + 1) * step
            return self._kg(up) if up <= self._to(_STACK_MAX_KG) + 1e-4 else None
        above = [o for o in options if o > value + 1e-4]
        return self._kg(above[0]) if above else None

    def smallest_positive(self) -> float | None:
        options = self._options()
        if options is None:
            return self._kg(_step(self.load, self.inventory))
        positive = [o for o in options if o > 0]
        return self._kg(positive[0]) if positive else None

    def step_kg(self) -> float:
        """One machine or stack step, in kg (assisted and cable loads)."""
        return self._kg(_step(self.load, self.inventory))


def assist_step(inv: Inventory, effective_kg: float | None) -> float:
    """Assistance to drop: the machine step multiple nearest 5 % of effective load, ≥ 1 step.

    TRAINING §4. A 55 kg lifter on 35 kg of assistance moves 20 kg: 5 % is 1 kg, so a 1 kg
    machine takes 1 kg off, a 2.5 kg machine one 2.5 kg step, never a blind 5 kg.
    """
    step = to_kg(inv.assist_step, inv.unit)
    if effective_kg is None or effective_kg <= 0:
        return step
    steps = max(1, round(effective_kg * ASSIST_STEP_SHARE / step))
    return steps * step
