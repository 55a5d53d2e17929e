"""What to lift next: double progression with the 2-for-2 rule (TRAINING §3–§5).

* Each exercise has a rep range [lo, hi] (or a hold in seconds) and a target RIR.
* When every working set reaches hi at the target RIR or better in two consecutive sessions at
  the same load, the load goes up one step (`steps`) and reps go back to lo (NSCA 2-for-2,
  TRAINING §4); holds go up 5 s.
* Bodyweight moves add reps, then move up the pull-up ladder (TRAINING §3): negatives →
  bodyweight → weighted; assisted pull-ups shed assistance until none is left.
* Three consecutive sessions below lo: deload to 90 % of the load, rounded down to a loadable
  weight (more assistance for assisted pull-ups).
* A pain check-in of 4/10 or more, or "worse", freezes every increase and says why.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from backfit.core import catalog
from backfit.core.rules import DELOAD_FACTOR, HOLD_STEP_S, MISSES_BEFORE_DELOAD, PULL_UP_RUNG
from backfit.core.training.prescriptions import Prescription, default_prescription
from backfit.core.training.records import PainCheck, SessionRecord, Target
from backfit.core.training.steps import (
    ASSISTED_LOADS,
    EPS,
    format_load,
    load_type,
    round_down,
    round_up,
    step_for,
)
from backfit.core.units import Unit, to_kg


def next_target(
    rx: Prescription,
    history: Sequence[SessionRecord],
    *,
    pain: PainCheck | None = None,
    unit: Unit = "kg",
    cable_step: float | None = None,
) -> Target:
    """Today's target from the prescription and past sessions (oldest first).

    Only sessions of the prescription's variant count, with one exception: when the lifter has
    already moved up the pull-up ladder (TRAINING §3), say from assisted to bodyweight
    pull-ups, the engine follows them there and uses that rung's default prescription.
    """
    sessions = [s for s in history if s.working]
    if sessions and rx.exercise == "pull_up":
        latest = sessions[-1].variant
        if PULL_UP_RUNG.get(latest or "", -1) > PULL_UP_RUNG.get(rx.variant or "", -1):
            rx = default_prescription(rx.exercise, latest)
    streak = [s for s in sessions if s.variant == rx.variant]
    if not streak:
        return _start(rx)
    pain = pain or PainCheck()
    if rx.reps is None:
        return _next_hold(rx, streak, pain)
    return _next_reps(rx, streak, pain, unit, cable_step)


def _target(rx: Prescription, **fields: Any) -> Target:
    base: dict[str, Any] = {
        "exercise": rx.exercise,
        "variant": rx.variant,
        "sets": rx.sets,
        "reps": rx.reps,
        "target_reps": rx.reps[0] if rx.reps else None,
        "weight_kg": None,
        "assistance_kg": None,
        "hold_s": rx.hold_s,
        "rir": rx.rir,
        "rest_s": rx.rest_s,
    }
    base.update(fields)
    return Target(**base)


def _start(rx: Prescription) -> Target:
    if rx.reps is None:
        why = f"first time: hold {rx.hold_s} s, {rx.sets} times, with good form"
    else:
        lo, hi = rx.reps
        why = (
            f"first time: pick a load you can lift {lo}–{hi} times with about {rx.rir} reps "
            "left in reserve; start light"
        )
    return _target(rx, why=why, action="start")


def _next_hold(rx: Prescription, streak: list[SessionRecord], pain: PainCheck) -> Target:
    last = streak[-1]
    level = min(s.duration_s or 0.0 for s in last.working)
    done = _floor_to(level, HOLD_STEP_S) if level >= HOLD_STEP_S else int(level)
    if pain.freezes:
        why = f"{pain.reason()}: increases are frozen; repeat {done} s holds and stop if it hurts"
        return _target(rx, hold_s=done, why=why, action="frozen", frozen=True)
    both = len(streak) >= 2 and all(
        len(s.working) >= rx.sets and min(x.duration_s or 0.0 for x in s.working) >= done - EPS
        for s in streak[-2:]
    )
    if both and done >= HOLD_STEP_S:
        new = done + HOLD_STEP_S
        why = f"every hold reached {done} s twice in a row: +{HOLD_STEP_S} s"
        return _target(rx, hold_s=new, why=why, action="increase")
    hold = max(done, min(rx.hold_s or done, done + HOLD_STEP_S)) if done else rx.hold_s
    why = f"hold {hold} s on every set twice in a row to earn +{HOLD_STEP_S} s"
    return _target(rx, hold_s=hold, why=why, action="repeat")


def _floor_to(value: float, step: int) -> int:
    return int(math.floor(value / step + EPS) * step)


def _session_weight(session: SessionRecord) -> float:
    return max((s.weight_kg or 0.0) for s in session.working)


def _session_assistance(session: SessionRecord) -> float | None:
    values = [s.assistance_kg for s in session.working if s.assistance_kg is not None]
    return max(values) if values else None


def _missed(session: SessionRecord, lo: int) -> bool:
    return any((s.reps or 0) < lo for s in session.working)


def _hit_top(session: SessionRecord, rx: Prescription) -> bool:
    assert rx.reps is not None
    hi = rx.reps[1]
    work = session.working
    return len(work) >= rx.sets and all(
        (s.reps or 0) >= hi and (s.rir is None or s.rir >= rx.rir) for s in work
    )


def _same_load(a: SessionRecord, b: SessionRecord, assisted: bool) -> bool:
    """True when session `a` was at least as hard as `b` (same or more load, less help)."""
    if assisted:
        aa, ba = _session_assistance(a), _session_assistance(b)
        return aa is None or ba is None or aa <= ba + EPS
    return _session_weight(a) >= _session_weight(b) - EPS


def _next_reps(
    rx: Prescription,
    streak: list[SessionRecord],
    pain: PainCheck,
    unit: Unit,
    cable_step: float | None,
) -> Target:
    assert rx.reps is not None
    lo, hi = rx.reps
    last = streak[-1]
    load = load_type(rx.exercise, rx.variant)
    assisted = load in ASSISTED_LOADS
    step = step_for(load, unit, cable_step=cable_step)
    last_min_reps = min(s.reps or 0 for s in last.working)
    weight = _session_weight(last)
    weight_kg = round_down(weight, step, unit) if weight > 0 else None
    assist = _session_assistance(last)
    assist_kg = round_up(assist, step, unit) if assist is not None else None
    keep = {"weight_kg": weight_kg, "assistance_kg": assist_kg}

    misses = streak[-MISSES_BEFORE_DELOAD:]
    if len(misses) == MISSES_BEFORE_DELOAD and all(_missed(s, lo) for s in misses):
        target = _deload(rx, weight, assist_kg, step, unit, load)
        if pain.freezes:  # a deload is fine with pain, but no rep target above last time's
            reps = min(target.target_reps or 0, last_min_reps)
            why = f"{pain.reason()}: nothing goes up; {target.why}"
            target = replace(target, target_reps=reps, why=why, frozen=True)
        return target

    if pain.freezes:
        reps = min(last_min_reps, hi)
        why = (
            f"{pain.reason()}: increases are frozen this session; repeat last time's load for "
            f"{reps} reps and stop if it hurts"
        )
        return _target(rx, **keep, target_reps=reps, why=why, action="frozen", frozen=True)

    two = streak[-2:]
    if len(two) == 2 and all(_hit_top(s, rx) for s in two) and _same_load(two[1], two[0], assisted):
        return _increase(rx, weight_kg, assist_kg, step, unit, load)

    if _missed(last, lo):
        why = f"a set fell below {lo} reps last time: same load, aim for {lo} on every set"
        return _target(rx, **keep, target_reps=lo, why=why, action="repeat")
    if _hit_top(last, rx):
        why = f"every set hit {hi} reps once: repeat to make it two in a row, then load goes up"
        return _target(rx, **keep, target_reps=hi, why=why, action="repeat")
    reps = min(hi, last_min_reps + 1)
    why = f"same load, add a rep: aim for {reps} on every set (range {lo}–{hi})"
    return _target(rx, **keep, target_reps=reps, why=why, action="reps")


def _increase(
    rx: Prescription,
    weight_kg: float | None,
    assist_kg: float | None,
    step: float,
    unit: Unit,
    load: str,
) -> Target:
    assert rx.reps is not None
    hi = rx.reps[1]
    twice = f"all sets hit {hi} reps at RIR {rx.rir} twice in a row"
    step_kg = to_kg(step, unit)
    step_text = f"{step:g} {unit}"
    if load in ASSISTED_LOADS:
        if assist_kg is None:
            lighter = "the next lighter band" if load == "band" else "less assistance"
            why = f"{twice}: move to {lighter}"
            return _target(rx, why=why, action="increase")
        less = assist_kg - step_kg
        if less <= EPS:
            return _ladder(rx, "bodyweight", f"{twice} with the lightest assistance", unit)
        why = f"{twice}: −{step_text} assistance"
        return _target(rx, assistance_kg=less, why=why, action="increase")
    if load == "bodyweight" and weight_kg is None:
        if rx.exercise == "pull_up" and rx.variant in PULL_UP_RUNG:
            rung = {"negative": "bodyweight", "bodyweight": "weighted"}.get(rx.variant or "")
            if rung is not None:
                return _ladder(rx, rung, twice, unit)
        why = f"{twice}: hold a {step_text} plate"
        return _target(rx, weight_kg=step_kg, why=why, action="increase")
    new = (weight_kg or 0.0) + step_kg
    why = f"{twice}: +{step_text}"
    return _target(rx, weight_kg=new, why=why, action="increase")


def _ladder(rx: Prescription, variant: str, because: str, unit: Unit) -> Target:
    """Move up the pull-up ladder (TRAINING §3): the new rung's default prescription."""
    up = default_prescription(rx.exercise, variant)
    names = {v.id: v.name for v in catalog.exercise(rx.exercise).variants}
    weight = None
    why = f"{because}: move up to {names[variant].lower()}"
    if variant == "weighted":
        step = step_for("dumbbell", unit)
        weight = to_kg(step, unit)
        why += f", start with +{step:g} {unit}"
    return _target(up, weight_kg=weight, why=why, action="ladder")


def _deload(
    rx: Prescription,
    weight: float,
    assist_kg: float | None,
    step: float,
    unit: Unit,
    load: str,
) -> Target:
    assert rx.reps is not None
    lo = rx.reps[0]
    three = f"three sessions in a row below {lo} reps"
    if load in ASSISTED_LOADS:
        if assist_kg is None:
            why = f"{three}: use the next stronger band and rebuild"
            return _target(rx, why=why, action="deload")
        more = assist_kg + to_kg(step, unit)
        why = f"{three}: +{step:g} {unit} assistance and rebuild"
        return _target(rx, assistance_kg=more, why=why, action="deload")
    if weight <= 0:
        why = f"{three}: take an easier variant or fewer reps for a week, then rebuild"
        return _target(rx, why=why, action="deload")
    lighter = round_down(weight * DELOAD_FACTOR, step, unit)
    if lighter <= EPS and rx.exercise == "pull_up" and rx.variant == "weighted":
        down = default_prescription("pull_up", "bodyweight")
        why = f"{three}: drop the added load and rebuild with bodyweight pull-ups"
        return _target(down, why=why, action="deload")
    why = f"{three}: deload to 90 % ({format_load(lighter, unit)}) and build back up"
    return _target(rx, weight_kg=lighter or None, why=why, action="deload")
