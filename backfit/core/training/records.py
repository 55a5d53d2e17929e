"""What the engine reads and returns: logged sets, sessions, the pain check-in, the target.

Weights are in kg throughout; `backfit.sessions` turns the log into these records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from backfit.core.rules import PAIN_FREEZE_SCORE
from backfit.core.units import Unit, format_weight

Action = Literal["start", "repeat", "reps", "increase", "ladder", "deload", "frozen"]
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

    @property
    def working(self) -> tuple[SetRecord, ...]:
        return tuple(s for s in self.sets if s.kind in PROGRESSION_KINDS)


PainTrend = Literal["better", "same", "worse"]


@dataclass(frozen=True, slots=True)
class PainCheck:
    """A session's pain check-in: 0–10 and better / same / worse than last time."""

    score: int | None = None
    trend: PainTrend | None = None

    @property
    def too_painful(self) -> bool:
        return self.score is not None and self.score >= PAIN_FREEZE_SCORE

    @property
    def freezes(self) -> bool:
        return self.too_painful or self.trend == "worse"

    def reason(self) -> str:
        parts = []
        if self.too_painful:
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


def dose_text(target: Target, unit: Unit) -> str:
    """`3 × 6–10 reps (aim 8) @ 60 kg` or `3 × 10 s hold · 25 kg assistance`, in `unit`.

    One wording for the Log page's card, the finish card and `backfit next`.
    """
    if target.reps is None:
        dose = f"{target.sets} × {target.hold_s} s hold"
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
