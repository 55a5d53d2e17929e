"""Adjustments to a plain target: the pain check-in table and the planned lighter week.

`double_progression.next_target` works out the plain target first; a check-in in force (TRAINING
§4 table) and a lighter week then change it here, and every target a check-in changed says so
in its `why`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from backfit.core import catalog
from backfit.core.rules import (
    CHECKIN_REDUCE_FACTOR,
    HINGE_LADDER,
    MAX_HOLD_S,
    TRUNK_ENDURANCE_IDS,
)
from backfit.core.training.checkin import (
    CLINICIAN_TEXT,
    URGENT_CARE_TEXT,
    PainCheck,
    is_spinal,
    trunk_endurance_names,
)
from backfit.core.training.history import min_reps, top_weight
from backfit.core.training.lighter_week import lighter_rir, lighter_sets
from backfit.core.training.prescriptions import default_prescription
from backfit.core.training.records import Action, SessionRecord, Target
from backfit.core.training.steps import EPS

if TYPE_CHECKING:
    from backfit.core.training.double_progression import Plan


def with_pain(plan: Plan, plain: Target, pain: PainCheck) -> Target:
    """The §4 check-in table applied to the plain target; `why` says what it changed."""
    last = plan.streak[-1] if plan.streak else None
    loaded = (last is not None and top_weight(last) > EPS) or plan.load == "machine"
    spinal = is_spinal(plan.rx.exercise, plan.rx.variant, loaded=loaded)
    response = pain.response(spinal)
    reason = pain.reason()
    if response == "progress":
        return plain
    if response == "stop":
        return plan.target(sets=0, target_reps=None, why=f"{reason}: {URGENT_CARE_TEXT}",
                           action="stop", frozen=True)  # fmt: skip
    if response == "trunk_only":
        names = ", ".join(name.lower() for _, name in trunk_endurance_names())
        why = (
            f"{reason}: no loaded spinal work; trunk endurance only ({names}), easy holds "
            f"of up to {MAX_HOLD_S} s. {CLINICIAN_TEXT}"
        )
        ids = tuple(i for i, _ in trunk_endurance_names())
        return plan.target(sets=0, target_reps=None, why=why, action="stop", frozen=True,
                           instead=ids)  # fmt: skip
    held = hold(plan, plain, last, "hold the load", "frozen")
    if response == "reduce" and last is not None:
        held = reduce_load(plan, held, last)
    if _same(held, plain):
        return plain
    return replace(held, why=f"{reason}: {held.why}", frozen=True)


def hold(plan: Plan, plain: Target, last: SessionRecord | None, say: str, action: Action) -> Target:
    """Never more than last time: same rung, same load (or less), no more reps or holds."""
    if last is None or not plan.streak:
        return plain
    if plan.rx.reps is None:
        if plain.action != "increase":
            return plain
        return holds_repeat(plan, say, action)
    lo, hi = plan.rx.reps
    keep = plan.keep(last)
    weight, assist = keep["weight_kg"], keep["assistance_kg"]
    reps = max(lo, min(hi, min_reps(last)))
    harder = plain.action in ("ladder", "increase")
    harder = harder or (plain.weight_kg or 0.0) > (weight or 0.0) + EPS
    harder = harder or (
        assist is not None
        and (plain.assistance_kg if plain.assistance_kg is not None else 0) < assist - EPS
    )
    if not harder:
        more_reps = plain.target_reps is not None and plain.target_reps > reps
        if more_reps and plain.action == "reps":
            why = f"{say}: {reps} reps again, no extra rep"
            return replace(plain, target_reps=reps, why=why, action=action)
        return plain
    why = f"{say}: the same as last time for {reps} reps, and stop if it hurts"
    return plan.target(**keep, target_reps=reps, why=why, action=action)


def holds_repeat(plan: Plan, say: str, action: Action) -> Target:
    """The hold target without its increase (a check-in or lighter week holds it)."""
    repeat = replace(plan, streak=plan.streak[-1:])
    target = repeat.holds()
    return replace(target, why=f"{say}: {target.why}", action=action)


def reduce_load(plan: Plan, held: Target, last: SessionRecord) -> Target:
    """−10 % of the load, or one step down the hinge ladder when there is no load."""
    weight = top_weight(last)
    if weight > EPS:
        lighter = plan.loads.round_down(weight * CHECKIN_REDUCE_FACTOR)
        if lighter < weight - EPS and (held.weight_kg is None or lighter < held.weight_kg):
            why = f"−10 % load ({plan.fmt(lighter)}), and stop if it hurts"
            return replace(held, weight_kg=lighter, why=why, action="frozen")
        return held
    here = (plan.rx.exercise, plan.rx.variant or "")
    ladder = list(HINGE_LADDER)
    index = ladder.index(here) if here in ladder else len(ladder) - 2
    exercise, variant = ladder[min(index + 1, len(ladder) - 1)]
    if exercise in TRUNK_ENDURANCE_IDS or not catalog.is_catalog_exercise(exercise):
        ids = (exercise,)
        why = f"one step down the hinge ladder: {exercise.replace('_', '-')} instead today"
        return plan.target(sets=0, target_reps=None, why=why, action="frozen", instead=ids)
    down = default_prescription(exercise, variant)
    why = f"one step down the hinge ladder: {variant.replace('_', ' ')} today, start light"
    return plan.target(down, why=why, action="frozen")


def lighter(plan: Plan, target: Target) -> Target:
    """The planned lighter week: about half the sets at RIR ≥ 4, no more load than last."""
    last = plan.streak[-1] if plan.streak else None
    held = hold(plan, target, last, "no more than last time", "repeat")
    sets = lighter_sets(held.sets) if held.sets else 0
    fields: dict[str, Any] = {"sets": sets, "deload_week": True}
    if held.rounds is not None and held.holds_per_round is not None:
        rounds = lighter_sets(held.rounds) if held.rounds > 1 else 1
        holds = held.holds_per_round if held.rounds > 1 else lighter_sets(held.holds_per_round)
        fields.update(rounds=rounds, holds_per_round=holds, sets=rounds * holds)
    if held.rir is not None:
        fields["rir"] = lighter_rir(held.rir)
    rir = f" at RIR {fields['rir']}" if "rir" in fields else ""
    why = (
        f"planned lighter week: {fields['sets']} sets instead of {held.sets}{rir}, same "
        f"exercises, no more load than last time (you can skip it). Then: {held.why}"
    )
    return replace(held, **fields, why=why)


def _same(a: Target, b: Target) -> bool:
    return (a.exercise, a.variant, a.sets, a.target_reps, a.weight_kg, a.assistance_kg) == (
        b.exercise, b.variant, b.sets, b.target_reps, b.weight_kg, b.assistance_kg
    )  # fmt: skip
