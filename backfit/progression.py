"""What to lift next: double progression with the 2-for-2 rule (TRAINING §3–§5).

A pure engine: a prescription and the lifter's past sessions go in, a `Target` comes out. No
clock, no database; `backfit.sessions` gathers the inputs.

* Each exercise has a rep range [lo, hi] (or a hold in seconds) and a target RIR.
* When every working set reaches hi at the target RIR or better in two consecutive sessions at
  the same load, the load goes up one step and reps go back to lo (NSCA 2-for-2, TRAINING §4).
* The step is the smallest loadable one for the equipment: barbell +2.5 kg / +5 lb, dumbbell
  +2 kg / +5 lb, cable stack +2.5 kg / +5 lb (user-settable), assistance −5 kg / −10 lb (or the
  next lighter band), a plate to hold for bodyweight back extensions, holds +5 s.
* Bodyweight moves add reps, then move up the pull-up ladder (TRAINING §3): negatives →
  bodyweight → weighted; assisted pull-ups shed assistance until none is left.
* Three consecutive sessions below lo: deload to 90 % of the load, rounded down to a loadable
  weight (more assistance for assisted pull-ups).
* A pain check-in of 4/10 or more, or "worse", freezes every increase and says why.

PR detection (heaviest load, best e1RM, most reps at a load, least assistance at a rep count,
longest hold) lives here too, because it is the same kind of question: how does this session
compare with the ones before it? e1RM comes from `backfit.e1rm` (TRAINING §5).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from backfit import catalog
from backfit.e1rm import set_e1rm
from backfit.routine import ExercisePlan
from backfit.units import Unit, from_kg, to_kg

Action = Literal["start", "repeat", "reps", "increase", "ladder", "deload", "frozen"]
PRKind = Literal[
    "heaviest_load", "best_e1rm", "most_reps_at_load", "least_assistance", "longest_hold"
]
#: Set kinds that count towards progression and PRs (warm-ups never do).
COUNTED_KINDS = frozenset({"working", "failure", "drop"})
PROGRESSION_KINDS = frozenset({"working", "failure"})
PAIN_FREEZE_SCORE = 4
HOLD_STEP_S = 5
DELOAD_FACTOR = 0.9
MISSES_BEFORE_DELOAD = 3
_EPS = 1e-6

#: Pull-up ladder rungs (TRAINING §3): higher is harder. Band and machine are alternatives.
LADDER: dict[str, int] = {
    "negative": 0,
    "band_assisted": 1,
    "machine_assisted": 1,
    "bodyweight": 2,
    "weighted": 3,
}

#: Smallest loadable step per load type, in (kg, lb) (TRAINING §4).
_STEPS: dict[str, tuple[float, float]] = {
    "barbell": (2.5, 5.0),
    "dumbbell": (2.0, 5.0),
    "cable": (2.5, 5.0),
    "machine": (2.5, 5.0),
    "assisted": (5.0, 10.0),
    "band": (5.0, 10.0),
    "bodyweight": (2.5, 5.0),  # a plate held to the chest, or a belt
}


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
        return cls(
            plan.exercise,
            plan.variant,
            plan.sets,
            plan.reps,
            plan.hold_s,
            plan.rir,
            plan.rest_s,
            "routine",
        )


# Defaults when there is no active routine (TRAINING §2, a middle-of-the-road blend).
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
    kg, lb = _STEPS.get(load, _STEPS["barbell"])
    return kg if unit == "kg" else lb


def is_loadable(weight_kg: float, step: float, unit: Unit) -> bool:
    """True when the weight, shown in `unit`, is a whole number of steps."""
    steps = from_kg(weight_kg, unit) / step
    return abs(steps - round(steps)) < 1e-6


def round_down(weight_kg: float, step: float, unit: Unit) -> float:
    """The heaviest loadable weight at or below `weight_kg`, in kg."""
    steps = math.floor(from_kg(weight_kg, unit) / step + _EPS)
    return to_kg(max(0, steps) * step, unit)


def round_up(weight_kg: float, step: float, unit: Unit) -> float:
    """The lightest loadable weight at or above `weight_kg`, in kg."""
    steps = math.ceil(from_kg(weight_kg, unit) / step - _EPS)
    return to_kg(max(0, steps) * step, unit)


@dataclass(frozen=True, slots=True)
class SetRecord:
    """One logged set as the engine sees it (kg)."""

    reps: int | None = None
    weight_kg: float | None = None
    assistance_kg: float | None = None
    rir: float | None = None
    duration_s: float | None = None
    kind: str = "working"
    bodyweight_kg: float | None = None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """The sets of one exercise in one session, in order."""

    variant: str | None
    sets: tuple[SetRecord, ...]

    @property
    def working(self) -> tuple[SetRecord, ...]:
        return tuple(s for s in self.sets if s.kind in PROGRESSION_KINDS)


@dataclass(frozen=True, slots=True)
class PainCheck:
    """A session's pain check-in: 0–10 and better / same / worse than last time."""

    score: int | None = None
    trend: Literal["better", "same", "worse"] | None = None

    @property
    def freezes(self) -> bool:
        return (self.score is not None and self.score >= PAIN_FREEZE_SCORE) or self.trend == "worse"

    def reason(self) -> str:
        parts = []
        if self.score is not None and self.score >= PAIN_FREEZE_SCORE:
            parts.append(f"pain {self.score}/10 at check-in")
        if self.trend == "worse":
            parts.append("pain worse than last time")
        return " and ".join(parts)


@dataclass(frozen=True, slots=True)
class Target:
    """Today's target for one exercise. Weights in kg; `why` is one sentence for the lifter."""

    exercise: str
    variant: str | None
    sets: int
    reps: tuple[int, int] | None
    target_reps: int | None
    weight_kg: float | None
    assistance_kg: float | None
    hold_s: int | None
    rir: int
    rest_s: int
    why: str
    action: Action
    frozen: bool = False

    def to_json(self) -> dict[str, Any]:
        """The `backfit next --json` shape (DESIGN §5): add fields freely, never rename."""
        return {
            "exercise": self.exercise,
            "variant": self.variant,
            "sets": self.sets,
            "reps": list(self.reps) if self.reps is not None else None,
            "weight_kg": _round_kg(self.weight_kg),
            "assistance_kg": _round_kg(self.assistance_kg),
            "hold_s": self.hold_s,
            "rir": self.rir,
            "why": self.why,
            "target_reps": self.target_reps,
            "rest_s": self.rest_s,
            "action": self.action,
            "frozen": self.frozen,
        }


def _round_kg(kg: float | None) -> float | None:
    return None if kg is None else round(kg, 3)


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
        if LADDER.get(latest or "", -1) > LADDER.get(rx.variant or "", -1):
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
        len(s.working) >= rx.sets and min(x.duration_s or 0.0 for x in s.working) >= done - _EPS
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
    return int(math.floor(value / step + _EPS) * step)


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
        return aa is None or ba is None or aa <= ba + _EPS
    return _session_weight(a) >= _session_weight(b) - _EPS


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
    assisted = load in ("assisted", "band")
    step = step_for(load, unit, cable_step=cable_step)
    last_min_reps = min(s.reps or 0 for s in last.working)
    weight = _session_weight(last)
    weight_kg = round_down(weight, step, unit) if weight > 0 else None
    assist = _session_assistance(last)
    assist_kg = round_up(assist, step, unit) if assist is not None else None
    keep = {"weight_kg": weight_kg, "assistance_kg": assist_kg}

    misses = streak[-MISSES_BEFORE_DELOAD:]
    if len(misses) == MISSES_BEFORE_DELOAD and all(_missed(s, lo) for s in misses):
        target = _deload(rx, weight, assist, step, unit, load)
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
        return _increase(rx, weight_kg, assist, assist_kg, step, unit, load)

    if _missed(last, lo):
        why = f"a set fell below {lo} reps last time: same load, aim for {lo} on every set"
        return _target(rx, **keep, target_reps=lo, why=why, action="repeat")
    if _hit_top(last, rx):
        why = f"every set hit {hi} reps once: repeat to make it two in a row, then load goes up"
        return _target(rx, **keep, target_reps=hi, why=why, action="repeat")
    reps = min(hi, last_min_reps + 1)
    why = f"same load, add a rep: aim for {reps} on every set (range {lo}–{hi})"
    return _target(rx, **keep, target_reps=reps, why=why, action="reps")


def _fmt(kg: float, unit: Unit) -> str:
    value = round(from_kg(kg, unit), 2)
    return f"{value:g} {unit}"


def _increase(
    rx: Prescription,
    weight_kg: float | None,
    assist: float | None,
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
    if load in ("assisted", "band"):
        if assist is None:
            lighter = "the next lighter band" if load == "band" else "less assistance"
            why = f"{twice}: move to {lighter}"
            return _target(rx, why=why, action="increase")
        less = assist_kg - step_kg if assist_kg is not None else 0.0
        if less <= _EPS:
            return _ladder(rx, "bodyweight", f"{twice} with the lightest assistance", unit)
        why = f"{twice}: −{step_text} assistance"
        return _target(rx, assistance_kg=less, why=why, action="increase")
    if load == "bodyweight" and weight_kg is None:
        if rx.exercise == "pull_up" and rx.variant in LADDER:
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
    assist: float | None,
    step: float,
    unit: Unit,
    load: str,
) -> Target:
    assert rx.reps is not None
    lo = rx.reps[0]
    three = f"three sessions in a row below {lo} reps"
    if load in ("assisted", "band"):
        if assist is None:
            why = f"{three}: use the next stronger band and rebuild"
            return _target(rx, why=why, action="deload")
        more = round_up(assist, step, unit) + to_kg(step, unit)
        why = f"{three}: +{step:g} {unit} assistance and rebuild"
        return _target(rx, assistance_kg=more, why=why, action="deload")
    if weight <= 0:
        why = f"{three}: take an easier variant or fewer reps for a week, then rebuild"
        return _target(rx, why=why, action="deload")
    lighter = round_down(weight * DELOAD_FACTOR, step, unit)
    if lighter <= _EPS and rx.exercise == "pull_up" and rx.variant == "weighted":
        down = default_prescription("pull_up", "bodyweight")
        why = f"{three}: drop the added load and rebuild with bodyweight pull-ups"
        return _target(down, why=why, action="deload")
    why = f"{three}: deload to 90 % ({_fmt(lighter, unit)}) and build back up"
    return _target(rx, weight_kg=lighter or None, why=why, action="deload")


# --- personal records -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PR:
    """A personal record set in this session, against every earlier set of the same move."""

    kind: PRKind
    exercise: str
    variant: str | None
    value: float
    previous: float
    reps: int | None = None
    weight_kg: float | None = None

    def describe(self, unit: Unit = "kg") -> str:
        if self.kind == "heaviest_load":
            return f"Heaviest load: {_fmt(self.value, unit)} (was {_fmt(self.previous, unit)})"
        if self.kind == "best_e1rm":
            return f"Best e1RM: {_fmt(self.value, unit)} (was {_fmt(self.previous, unit)})"
        if self.kind == "most_reps_at_load":
            at = "bodyweight" if self.weight_kg is None else _fmt(self.weight_kg, unit)
            return f"Most reps at {at}: {self.value:g} (was {self.previous:g})"
        if self.kind == "least_assistance":
            return (
                f"Least assistance for {self.reps} reps: {_fmt(self.value, unit)} "
                f"(was {_fmt(self.previous, unit)})"
            )
        return f"Longest hold: {self.value:g} s (was {self.previous:g} s)"


def find_prs(
    exercise: str,
    variant: str | None,
    previous: Sequence[SetRecord],
    session: Sequence[SetRecord],
) -> tuple[PR, ...]:
    """The records `session` sets over `previous` (both the same exercise and variant).

    A record needs an earlier best to beat: the first time you do a move is a baseline, not a
    PR. Warm-up sets never count. At most one PR of each kind is reported (the biggest).
    """
    before = [s for s in previous if s.kind in COUNTED_KINDS]
    now = [s for s in session if s.kind in COUNTED_KINDS]
    if not before or not now:
        return ()
    found: list[PR] = []

    def best(records: Sequence[SetRecord], value: Any) -> float | None:
        values = [v for v in (value(s) for s in records) if v is not None]
        return max(values) if values else None

    def add_max(kind: PRKind, value: Any) -> None:
        old, new = best(before, value), best(now, value)
        if old is not None and new is not None and new > old + _EPS:
            found.append(PR(kind, exercise, variant, new, old))

    add_max("heaviest_load", lambda s: s.weight_kg if s.weight_kg and s.reps else None)
    add_max(
        "best_e1rm",
        lambda s: set_e1rm(
            exercise, variant, s.reps, s.weight_kg, s.assistance_kg, s.bodyweight_kg, s.rir
        ),
    )
    add_max("longest_hold", lambda s: s.duration_s if s.reps is None else None)

    reps_prs = []
    for s in now:
        if s.reps is None or s.assistance_kg is not None:
            continue
        key = _load_key(s.weight_kg)
        olds = [p.reps for p in before if p.reps is not None and _load_key(p.weight_kg) == key]
        if olds and s.reps > max(olds):
            reps_prs.append(
                PR("most_reps_at_load", exercise, variant, s.reps, max(olds), s.reps, s.weight_kg)
            )
    if reps_prs:
        found.append(max(reps_prs, key=lambda p: (p.weight_kg or 0.0, p.value)))

    assist_prs = []
    for s in now:
        if s.reps is None or s.assistance_kg is None:
            continue
        olds = [
            p.assistance_kg
            for p in before
            if p.assistance_kg is not None and p.reps is not None and p.reps >= s.reps
        ]
        if olds and s.assistance_kg < min(olds) - _EPS:
            assist_prs.append(
                PR("least_assistance", exercise, variant, s.assistance_kg, min(olds), s.reps)
            )
    if assist_prs:
        found.append(min(assist_prs, key=lambda p: (p.value, -(p.reps or 0))))
    return tuple(found)


def _load_key(weight_kg: float | None) -> float | None:
    return None if not weight_kg else round(weight_kg, 2)
