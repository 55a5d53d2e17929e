"""Personal records: how does this session compare with every earlier one (TRAINING §5)?

Heaviest load, best e1RM (from `backfit.e1rm`), most reps at a load, least assistance at a rep
count, longest hold. A record needs an earlier best to beat; warm-ups never count.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from backfit.core.training.e1rm import set_e1rm
from backfit.core.training.records import COUNTED_KINDS, SetRecord
from backfit.core.training.steps import EPS, format_load
from backfit.core.units import Unit

PRKind = Literal[
    "heaviest_load", "best_e1rm", "most_reps_at_load", "least_assistance", "longest_hold"
]


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
            return (
                f"Heaviest load: {format_load(self.value, unit)} "
                f"(was {format_load(self.previous, unit)})"
            )
        if self.kind == "best_e1rm":
            return (
                f"Best e1RM: {format_load(self.value, unit)} "
                f"(was {format_load(self.previous, unit)})"
            )
        if self.kind == "most_reps_at_load":
            at = "bodyweight" if self.weight_kg is None else format_load(self.weight_kg, unit)
            return f"Most reps at {at}: {self.value:g} (was {self.previous:g})"
        if self.kind == "least_assistance":
            return (
                f"Least assistance for {self.reps} reps: {format_load(self.value, unit)} "
                f"(was {format_load(self.previous, unit)})"
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

    def add_max(kind: PRKind, value: Callable[[SetRecord], float | None]) -> None:
        old, new = _best(before, value), _best(now, value)
        if old is not None and new is not None and new > old + EPS:
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
        old_assists = [
            p.assistance_kg
            for p in before
            if p.assistance_kg is not None and p.reps is not None and p.reps >= s.reps
        ]
        if old_assists and s.assistance_kg < min(old_assists) - EPS:
            assist_prs.append(
                PR("least_assistance", exercise, variant, s.assistance_kg, min(old_assists), s.reps)
            )
    if assist_prs:
        found.append(min(assist_prs, key=lambda p: (p.value, -(p.reps or 0))))
    return tuple(found)


def _best(records: Sequence[SetRecord], value: Callable[[SetRecord], float | None]) -> float | None:
    values = [v for v in (value(s) for s in records) if v is not None]
    return max(values) if values else None


def _load_key(weight_kg: float | None) -> float | None:
    return None if not weight_kg else round(weight_kg, 2)
