"""Trunk endurance as targets of its own when a check-in stops spinal loading (TRAINING §4).

At a check-in of 7/10 or more (or one step down the hinge ladder to the bird-dog) a spinal lift's
target is frozen at 0 sets and names the trunk-endurance exercises in `instead`. Those become
targets of their own, each once, after the day's list: holds × seconds × rounds from the
lifter's last trunk sets (the holds rule of §4, which a check-in holds, never raises), or the
starting dose of `rules.TRUNK_START_HOLDS` holds of `rules.TRUNK_HOLD_S` when there are none.
The engine (`next_target`) decides each one; this module only says which, with what
prescription, and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from backfit.core import catalog
from backfit.core.rules import (
    MAX_HOLD_S,
    PAIN_SAFE_RIR,
    TRUNK_ENDURANCE_IDS,
    TRUNK_HOLD_S,
    TRUNK_REST_S,
    TRUNK_START_HOLDS,
)
from backfit.core.training.prescriptions import Prescription
from backfit.core.training.records import Target


def trunk_instead(targets: Sequence[Target]) -> tuple[str, ...]:
    """Trunk-endurance ids named in some target's `instead` that have no target yet."""
    named = {i for t in targets for i in t.instead}
    have = {t.exercise for t in targets}
    return tuple(i for i in TRUNK_ENDURANCE_IDS if i in named and i not in have)


def trunk_prescription(rx: Prescription) -> Prescription:
    """`rx` when it already prescribes holds (a routine's drill), else the starting dose."""
    if rx.reps is None and rx.hold_s:
        return replace(rx, hold_s=min(rx.hold_s, MAX_HOLD_S))
    variant = rx.variant
    if catalog.is_catalog_exercise(rx.exercise):
        ids = catalog.exercise(rx.exercise).variant_ids
        variant = variant if variant in ids else ids[0]
    return Prescription(
        rx.exercise,
        variant,
        TRUNK_START_HOLDS,
        None,
        TRUNK_HOLD_S,
        PAIN_SAFE_RIR,
        TRUNK_REST_S,
        rx.source,
    )


def instead_of(target: Target, targets: Sequence[Target]) -> Target:
    """The trunk target with a `why` that names the frozen lifts it stands in for."""
    lifts = [_name(t.exercise) for t in targets if target.exercise in t.instead]
    if not lifts or target.exercise not in TRUNK_ENDURANCE_IDS or target.sets == 0:
        return target
    return replace(target, why=f"trunk endurance instead of the {', '.join(lifts)}: {target.why}")


def _name(exercise: str) -> str:
    if catalog.is_catalog_exercise(exercise):
        return catalog.exercise(exercise).name.lower()
    return exercise.replace("_", " ")
