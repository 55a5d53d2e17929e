"""Warm-up ramp sets for the first heavy lift of a session (TRAINING §1).

"Ramp sets for the first heavy lift": 2–3 lighter sets at about 40 %, 60 % and 80 % of the
working load (catalog WARMUP), each rounded down to a loadable weight, after an empty-bar set
when there is a bar. Pure: weights in kg, steps in the lifter's unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from backfit.core.rules import WARMUP_RAMP
from backfit.core.training import round_down
from backfit.core.units import Unit


@dataclass(frozen=True, slots=True)
class RampSet:
    weight_kg: float
    reps: int
    percent: int | None  # None for the empty bar


def ramp(
    working_kg: float | None, *, unit: Unit, step: float, bar_kg: float | None = None
) -> tuple[RampSet, ...]:
    """Warm-up sets leading to `working_kg`, lightest first; none when there is no load.

    Every set is loadable, at least the bar, strictly lighter than the one after it and than
    the working weight.
    """
    if not working_kg or working_kg <= (bar_kg or 0.0):
        return ()
    sets: list[RampSet] = []
    if bar_kg:
        sets.append(RampSet(bar_kg, 10, None))
    for fraction, reps in WARMUP_RAMP:
        weight = round_down(working_kg * fraction, step, unit)
        if bar_kg:
            weight = max(weight, bar_kg)
        floor = sets[-1].weight_kg if sets else 0.0
        if weight <= floor + 1e-6 or weight >= working_kg - 1e-6:
            continue
        sets.append(RampSet(weight, reps, round(fraction * 100)))
    return tuple(sets)
