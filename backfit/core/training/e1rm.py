"""Estimated one-rep max and effective load (TRAINING.md §5).

Epley: 1RM = w × (1 + r/30), with r = reps + RIR when RIR is logged; r = 1 gives w itself; no
estimate above 10 reps (NSCA; Reynolds 2006). Brzycki w × 36 / (37 − r) is the cross-check.
Pull-ups use the effective load (bodyweight + added weight − assistance); bands without a kg
value, negatives and holds get no estimate.
"""

from __future__ import annotations

from backfit.core.rules import MAX_REPS_FOR_ESTIMATE


def reps_to_failure(reps: int, rir: float | None) -> float:
    """Reps the set was worth: reps done plus reps left in reserve."""
    return reps + (rir or 0.0)


def epley(weight: float, reps: int, rir: float | None = None) -> float | None:
    """Epley's estimate, or None when there is nothing to estimate from."""
    if weight <= 0 or reps < 1:
        return None
    r = reps_to_failure(reps, rir)
    if r > MAX_REPS_FOR_ESTIMATE:
        return None
    if r == 1:
        return weight
    return weight * (1 + r / 30)


def epley_load(e1rm: float, reps: float) -> float:
    """Epley backwards: the load that `reps` (reps + RIR) to failure is worth at this e1RM."""
    return e1rm if reps <= 1 else e1rm / (1 + reps / 30)


def effective_load(
    weight_kg: float | None,
    assistance_kg: float | None,
    bodyweight_kg: float | None,
    *,
    bodyweight_move: bool,
) -> float | None:
    """The load actually moved: for pull-ups, bodyweight + added weight − assistance.

    For other exercises it is the external weight. A bodyweight move without a known
    bodyweight has no effective load.
    """
    if not bodyweight_move:
        return weight_kg
    if bodyweight_kg is None:
        return None
    return bodyweight_kg + (weight_kg or 0.0) - (assistance_kg or 0.0)


def set_e1rm(
    exercise: str,
    variant: str | None,
    reps: int | None,
    weight_kg: float | None,
    assistance_kg: float | None,
    bodyweight_kg: float | None,
    rir: float | None,
) -> float | None:
    """The Epley estimate for one logged set, or None where §5 says there is none.

    Holds (no reps) and negatives have none; band-assisted pull-ups have one only when the band
    has a kg estimate; pull-ups use the effective load.
    """
    if reps is None or variant == "negative":
        return None
    if exercise == "pull_up":
        if variant == "band_assisted" and assistance_kg is None:
            return None
        load = effective_load(weight_kg, assistance_kg, bodyweight_kg, bodyweight_move=True)
    else:
        load = weight_kg
    return None if load is None else epley(load, reps, rir)
