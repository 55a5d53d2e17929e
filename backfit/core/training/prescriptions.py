"""What an exercise asks for: sets × reps (or hold) @ RIR with rest, and the catalog defaults.

A routine day prescribes its exercises (`Prescription.from_plan`); without an active routine
the defaults below apply (TRAINING §2, a middle-of-the-road blend). The pull-up ladder
(TRAINING §3) is here too, because climbing it means taking the next rung's prescription.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from backfit.core import catalog, rules
from backfit.core.routine.model import ExercisePlan


@dataclass(frozen=True, slots=True)
class Prescription:
    """Sets × reps (or hold seconds) @ RIR with rest: a routine's plan or the catalog default."""

    exercise: str
    variant: str | None
    sets: int
    reps: tuple[int, int] | None
    hold_s: int | None
    rir: int
    rest_s: int
    source: Literal["routine", "catalog"] = "catalog"

    @classmethod
    def from_plan(cls, plan: ExercisePlan) -> Prescription:
        # A trunk drill's sets are its rounds; a target counts its holds (2-1 rounds = 3).
        return cls(
            plan.exercise,
            plan.variant,
            sum(plan.holds) if plan.holds else plan.sets,
            plan.reps,
            plan.hold_s,
            plan.rir,
            plan.rest_s,
            "routine",
        )


#: (sets, reps, hold seconds, RIR, rest seconds) per (exercise, variant).
_DEFAULTS: dict[tuple[str, str], tuple[int, tuple[int, int] | None, int | None, int, int]] = {
    ("pull_up", "band_assisted"): (3, (6, 10), None, 2, 90),
    ("pull_up", "machine_assisted"): (3, (6, 10), None, 2, 90),
    ("pull_up", "negative"): (3, (3, 5), None, 2, 120),
    ("pull_up", "bodyweight"): (3, (5, 12), None, 2, 120),
    ("pull_up", "weighted"): (3, (5, 8), None, 2, 150),
    ("lat_pulldown", "cable"): (3, (8, 12), None, 2, 90),
    ("row", "barbell"): (3, (6, 10), None, 2, 120),
    ("row", "dumbbell"): (3, (8, 12), None, 2, 90),
    ("row", "cable"): (3, (10, 15), None, 2, 75),
    ("deadlift", "conventional"): (3, (3, 6), None, 2, 180),
    ("deadlift", "romanian"): (3, (6, 10), None, 2, 120),
    ("deadlift", "trap_bar"): (3, (3, 6), None, 2, 180),
    ("back_extension", "machine"): (3, (10, 15), None, 3, 60),
    ("back_extension", "bench_45"): (3, (10, 15), None, 3, 60),
    ("back_extension", "ball"): (2, (10, 15), None, 3, 60),
    ("back_extension", "floor"): (5, None, 10, 3, 30),
}
#: Trunk endurance (McGill big 3): one round of the routine's holds of 10 s, easy (TRAINING §4).
_TRUNK_DEFAULT = (rules.TRUNK_START_HOLDS, None, rules.TRUNK_HOLD_S, rules.PAIN_SAFE_RIR,
                  rules.TRUNK_REST_S)  # fmt: skip
_DEFAULTS.update(
    {(e.id, v): _TRUNK_DEFAULT for e in catalog.family("trunk") for v in e.variant_ids}
)
_CUSTOM_DEFAULT = (3, (8, 12), None, 2, 90)


def default_variant(exercise: str) -> str | None:
    """The first catalog variant (the one the catalog lists first), None for custom exercises."""
    if catalog.is_catalog_exercise(exercise):
        return catalog.exercise(exercise).variant_ids[0]
    return None


def default_prescription(exercise: str, variant: str | None = None) -> Prescription:
    """The catalog default for an exercise and variant when no routine prescribes it."""
    variant = variant or default_variant(exercise)
    sets, reps, hold, rir, rest = _DEFAULTS.get((exercise, variant or ""), _CUSTOM_DEFAULT)
    return Prescription(exercise, variant, sets, reps, hold, rir, rest, "catalog")
