"""The week's spinal-load index (TRAINING §2): Σ sets × class weight × RIR factor.

Class weights high 3, moderate 2, low 1, trunk (none) 0; × 1.2 at RIR ≤ 1, × 0.8 at RIR ≥ 3.
Computed in core so the CLI, the JSON and the Routine page show one number.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

from backfit.core import rules
from backfit.core.routine.model import ExercisePlan


def rir_factor(rir: int) -> Fraction:
    if rir <= rules.SPINAL_LOAD_RIR_HARD:
        return Fraction(str(rules.SPINAL_LOAD_RIR_HARD_FACTOR))
    if rir >= rules.SPINAL_LOAD_RIR_EASY:
        return Fraction(str(rules.SPINAL_LOAD_RIR_EASY_FACTOR))
    return Fraction(1)


def exercise_load(plan: ExercisePlan) -> Fraction:
    """One exercise's contribution: its working sets × class weight × RIR factor."""
    return plan.sets * rules.SPINAL_LOAD_WEIGHT[plan.spinal_load] * rir_factor(plan.rir)


def spinal_load_index(plans: Iterable[ExercisePlan]) -> float:
    """The index to one decimal (rounding is monotone, so comparisons keep their order)."""
    total = sum((exercise_load(p) for p in plans), Fraction(0))
    return float(round(total, 1))
