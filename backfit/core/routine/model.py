"""The weekly routine: what a generated plan looks like, and its JSON form (DESIGN §5).

These frozen dataclasses are the routine engine's output, the Routine page's input, what "Train
this" stores in DuckDB (`routines.plan_json`), and what the Log page and `backfit next` read
back. `to_json()` is the documented `backfit routine --json` shape: add fields freely, never
rename these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from backfit.core import catalog


def _pattern_of(exercise: str) -> str:
    if not catalog.is_catalog_exercise(exercise):
        return ""
    return catalog.exercise(exercise).movement


def _load_of(exercise: str, variant: str) -> str:
    try:
        return catalog.spinal_load(exercise, variant)
    except KeyError:
        return "low"


@dataclass(frozen=True, slots=True)
class ExercisePlan:
    """One exercise on one day: sets × reps (or hold seconds) @ RIR, rest, and why."""

    exercise: str
    variant: str
    sets: int
    reps: tuple[int, int] | None
    hold_s: int | None
    rir: int
    rest_s: int
    why: str
    #: TRAINING §1 spinal-load class and the pattern (JSON additions of issue 10).
    spinal_load: str = ""
    pattern: str = ""
    #: Trunk drills: holds per round, descending (McGill), e.g. (2, 1); None for sets of reps.
    holds: tuple[int, ...] | None = None
    #: 2 for one-arm or one-side work: its time counts both sides (TRAINING §2).
    sides: int = 1

    def __post_init__(self) -> None:
        if not self.spinal_load:
            object.__setattr__(self, "spinal_load", _load_of(self.exercise, self.variant))
        if not self.pattern:
            object.__setattr__(self, "pattern", _pattern_of(self.exercise))

    def to_json(self) -> dict[str, Any]:
        return {
            "exercise": self.exercise,
            "variant": self.variant,
            "sets": self.sets,
            "reps": list(self.reps) if self.reps is not None else None,
            "hold_s": self.hold_s,
            "rir": self.rir,
            "rest_s": self.rest_s,
            "why": self.why,
            "spinal_load": self.spinal_load,
            "pattern": self.pattern,
            "holds": list(self.holds) if self.holds is not None else None,
            "sides": self.sides,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExercisePlan:
        reps = data.get("reps")
        return cls(
            exercise=data["exercise"],
            variant=data["variant"],
            sets=int(data["sets"]),
            reps=(int(reps[0]), int(reps[1])) if reps is not None else None,
            hold_s=None if data.get("hold_s") is None else int(data["hold_s"]),
            rir=int(data["rir"]),
            rest_s=int(data["rest_s"]),
            why=data.get("why", ""),
            spinal_load=data.get("spinal_load", ""),
            pattern=data.get("pattern", ""),
            holds=tuple(int(h) for h in data["holds"]) if data.get("holds") else None,
            sides=int(data.get("sides", 1)),
        )


@dataclass(frozen=True, slots=True)
class WarmupStep:
    name: str
    minutes: float

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "minutes": self.minutes}


@dataclass(frozen=True, slots=True)
class StretchStep:
    name: str
    hold_s: int
    sets: int

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "hold_s": self.hold_s, "sets": self.sets}


@dataclass(frozen=True, slots=True)
class DayPlan:
    name: str
    minutes: float
    warmup: tuple[WarmupStep, ...]
    exercises: tuple[ExercisePlan, ...]
    stretch: tuple[StretchStep, ...]
    #: 0 = Monday … 6 = Sunday, when the plan places the day in the week (48 h rules).
    weekday: int | None = None
    #: Patterns trained hard (RIR ≤ 2) this day, and why the day looks the way it does.
    hard_patterns: tuple[str, ...] = ()
    why: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weekday": self.weekday,
            "minutes": self.minutes,
            "warmup": [w.to_json() for w in self.warmup],
            "exercises": [e.to_json() for e in self.exercises],
            "stretch": [s.to_json() for s in self.stretch],
            "hard_patterns": list(self.hard_patterns),
            "why": self.why,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DayPlan:
        return cls(
            name=data["name"],
            minutes=float(data["minutes"]),
            warmup=tuple(WarmupStep(w["name"], float(w["minutes"])) for w in data["warmup"]),
            exercises=tuple(ExercisePlan.from_json(e) for e in data["exercises"]),
            stretch=tuple(
                StretchStep(s["name"], int(s["hold_s"]), int(s["sets"])) for s in data["stretch"]
            ),
            weekday=data.get("weekday"),
            hard_patterns=tuple(data.get("hard_patterns", ())),
            why=data.get("why", ""),
        )


@dataclass(frozen=True, slots=True)
class Routine:
    """A week of back training. `query` is the query string that rebuilds it in the app."""

    query: str
    weekly_sets: int
    notes: tuple[str, ...]
    days: tuple[DayPlan, ...]
    #: The level's weekly working-set band (TRAINING §2), when the engine set one.
    target_sets: tuple[int, int] | None = None
    #: TRAINING §2 spinal-load index of the week (Σ sets × class weight × RIR factor).
    spinal_load_index: float | None = None

    @property
    def trunk_focus(self) -> tuple[str, ...]:
        """Trunk-test directions given extra trunk work (TRAINING §5), as the link names them."""
        return tuple(v for v in parse_qs(self.query).get("trunk", ()) if v)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "weekly_sets": self.weekly_sets,
            "target_sets": list(self.target_sets) if self.target_sets else None,
            "spinal_load_index": self.spinal_load_index,
            "notes": list(self.notes),
            "trunk_focus": list(self.trunk_focus),
            "days": [d.to_json() for d in self.days],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Routine:
        return cls(
            query=data["query"],
            weekly_sets=int(data["weekly_sets"]),
            notes=tuple(data.get("notes", ())),
            days=tuple(DayPlan.from_json(d) for d in data["days"]),
            target_sets=tuple(data["target_sets"]) if data.get("target_sets") else None,
            spinal_load_index=data.get("spinal_load_index"),
        )

    def plan_for(self, exercise: str, variant: str | None = None) -> ExercisePlan | None:
        """The first prescription for `exercise` (in `variant`, if given) in the week, if the
        routine has one: a pull-up ladder can hold two variants of one exercise (TRAINING §3)."""
        for day in self.days:
            for plan in day.exercises:
                if plan.exercise == exercise and variant in (None, plan.variant):
                    return plan
        return None
