"""What the engine reads and returns: logged sets, sessions, the pain check-in, the target.

Weights are in kg throughout; `backfit.sessions` turns the log into these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from backfit.core.training.checkin import PainCheck
from backfit.core.units import Unit, format_weight, from_kg

Action = Literal[
    "start", "repeat", "reps", "increase", "ladder", "ladder_down", "deload", "frozen", "stop"
]
#: Set kinds that count towards progression and PRs (warm-ups never do).
COUNTED_KINDS = frozenset({"working", "failure", "drop"})
#: Set kinds that decide the next target (drop sets are extra work, not the prescription).
PROGRESSION_KINDS = frozenset({"working", "failure"})


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
    #: Logged in a planned lighter week: kept out of the 2-for-2 and miss streaks.
    light: bool = False

    @property
    def working(self) -> tuple[SetRecord, ...]:
        return tuple(s for s in self.sets if s.kind in PROGRESSION_KINDS)


PainTrend = Literal["better", "same", "worse"]


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
    rir: int | None  # None for holds: no RIR on holds (TRAINING §4)
    rest_s: int
    why: str
    action: Action
    #: A check-in in force changed this target (the `why` says how).
    frozen: bool = False
    unit: Unit = "kg"
    deload_week: bool = False
    checkin: PainCheck | None = None
    #: Holds: rounds × holds per round make `sets` (TRAINING §4, McGill).
    rounds: int | None = None
    holds_per_round: int | None = None
    #: Trunk-endurance ids to do instead, when a check-in of 7/10 or more stops spinal loading.
    instead: tuple[str, ...] = ()
    loadable: bool = True

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
            "unit": self.unit,
            "weight": _in_unit(self.weight_kg, self.unit),
            "assistance": _in_unit(self.assistance_kg, self.unit),
            "rounds": self.rounds,
            "holds_per_round": self.holds_per_round,
            "instead": list(self.instead),
            "deload_week": self.deload_week,
            "checkin": self.checkin.to_json() if self.checkin else None,
            "loadable": self.loadable,
        }


def dose_text(target: Target, unit: Unit) -> str:
    """`3 × 6–10 reps (aim 8) @ 60 kg` or `3 × 10 s hold · 25 kg assistance`, in `unit`.

    One wording for the Log page's card, the finish card and `backfit next`.
    """
    if target.sets == 0:
        return "no sets today"
    if target.reps is None:
        dose = f"{target.sets} × {target.hold_s} s hold"
        if target.rounds and target.rounds > 1:
            dose = f"{target.rounds} rounds × {target.holds_per_round} holds of {target.hold_s} s"
    else:
        dose = f"{target.sets} × {target.reps[0]}–{target.reps[1]} reps"
        if target.target_reps is not None:
            dose += f" (aim {target.target_reps})"
    if target.weight_kg is not None:
        dose += f" @ {format_weight(target.weight_kg, unit, digits=2)}"
    if target.assistance_kg is not None:
        dose += f" · {format_weight(target.assistance_kg, unit, digits=2)} assistance"
    return dose


def _round_kg(kg: float | None) -> float | None:
    return None if kg is None else round(kg, 3)


def _in_unit(kg: float | None, unit: Unit) -> float | None:
    return None if kg is None else round(from_kg(kg, unit), 2)
