"""Loads and the smallest loadable step for each kind of equipment (TRAINING §4).

The step is the smallest loadable one for the equipment: barbell +2.5 kg / +5 lb, dumbbell
+2 kg / +5 lb, cable stack +2.5 kg / +5 lb (user-settable), assistance −5 kg / −10 lb (or the
next lighter band), a plate to hold for bodyweight back extensions. Weights are kept in kg and
rounded in the lifter's unit, so a target is always something they can put on the bar.
"""

from __future__ import annotations

import math

from backfit.core import catalog
from backfit.core.rules import LOAD_STEPS
from backfit.core.units import Unit, from_kg, to_kg

#: Tolerance for float comparisons of weights and seconds.
EPS = 1e-6

#: Load types where the number is help from a machine or band: less is harder.
ASSISTED_LOADS = frozenset({"assisted", "band"})


def load_type(exercise: str, variant: str | None) -> str:
    """How the load is expressed, which picks the step: the catalog's `Variant.load`."""
    if catalog.is_catalog_exercise(exercise) and variant is not None:
        try:
            return catalog.exercise(exercise).variant(variant).load
        except KeyError:
            pass
    return "barbell"


def step_for(load: str, unit: Unit, *, cable_step: float | None = None) -> float:
    """The smallest loadable step in `unit` (cable/machine stacks use `cable_step` when set)."""
    if load in ("cable", "machine") and cable_step:
        return cable_step
    kg, lb = LOAD_STEPS.get(load, LOAD_STEPS["barbell"])
    return kg if unit == "kg" else lb


def is_loadable(weight_kg: float, step: float, unit: Unit) -> bool:
    """True when the weight, shown in `unit`, is a whole number of steps."""
    steps = from_kg(weight_kg, unit) / step
    return abs(steps - round(steps)) < EPS


def round_down(weight_kg: float, step: float, unit: Unit) -> float:
    """The heaviest loadable weight at or below `weight_kg`, in kg."""
    steps = math.floor(from_kg(weight_kg, unit) / step + EPS)
    return to_kg(max(0, steps) * step, unit)


def round_up(weight_kg: float, step: float, unit: Unit) -> float:
    """The lightest loadable weight at or above `weight_kg`, in kg."""
    steps = math.ceil(from_kg(weight_kg, unit) / step - EPS)
    return to_kg(max(0, steps) * step, unit)


def format_load(kg: float, unit: Unit) -> str:
    """`92.5 kg` for the lifter's sentences (up to two decimals, no trailing zeros)."""
    value = round(from_kg(kg, unit), 2)
    return f"{value:g} {unit}"
