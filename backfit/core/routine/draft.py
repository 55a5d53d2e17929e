"""The routine while it is being built: mutable days of exercise slots, and their minutes.

Every step of `generate_routine` edits these drafts; `day_plan` freezes one into the
`DayPlan` of the finished `Routine`. Time follows TRAINING §2: each set is reps × 4 s (or the
hold) plus rest, plus warm-up and stretching.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from backfit.core import catalog
from backfit.core.routine.model import DayPlan, ExercisePlan, StretchStep, WarmupStep
from backfit.core.routine.prescription import Dose
from backfit.core.rules import SECONDS_PER_REP

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Order within a day: heavy hinge first, pulls next, back extensions last (TRAINING §6).
_ORDER = {"hinge": 0, "vertical_pull": 1, "horizontal_pull": 1, "extension": 2}

#: Movement → the exercises the equipment allows: (exercise, variant, why this variant).
Choices = dict[str, list[tuple[str, str, str]]]


def set_seconds(reps: tuple[int, int] | None, hold_s: int | None, rest_s: int) -> int:
    """One set's time: the top of the rep range × 4 s, or the hold, plus rest."""
    work = hold_s if reps is None else reps[1] * SECONDS_PER_REP
    return int(work or 0) + rest_s


def total_minutes(warmup: Iterable[float], work_s: int, stretch_s: int) -> float:
    """Warm-up minutes plus work and stretching seconds, in minutes to one decimal."""
    return round(sum(warmup) + work_s / 60 + stretch_s / 60, 1)


@dataclass(slots=True)
class Slot:
    """One exercise on one day while the plan is being built."""

    movement: str
    exercise: str
    variant: str
    rx: Dose
    sets: int
    priority: int  # higher is more important
    why: str

    def seconds(self) -> int:
        return self.sets * set_seconds(self.rx.reps, self.rx.hold_s, self.rx.rest_s)

    def name(self) -> str:
        """The variant's name in a sentence: "romanian deadlift"."""
        return catalog.exercise(self.exercise).variant(self.variant).name.lower()


@dataclass(slots=True)
class Day:
    weekday: int
    slots: list[Slot] = field(default_factory=list)
    warmup: list[catalog.WarmupItem] = field(default_factory=list)
    stretches: list[catalog.Stretch] = field(default_factory=list)

    def sets(self) -> int:
        return sum(s.sets for s in self.slots)

    def ordered(self) -> list[Slot]:
        """Heavy first, by priority; back extensions always last (TRAINING §6)."""
        return sorted(self.slots, key=lambda s: (_ORDER[s.movement], -s.priority, s.exercise))

    def minutes(self) -> float:
        return total_minutes(
            (w.minutes for w in self.warmup),
            sum(s.seconds() for s in self.slots),
            sum(s.hold_s * s.sets for s in self.stretches),
        )


def lowest(slots: Iterable[Slot]) -> Slot:
    """The slot to cut first: lowest priority, then by exercise id for a stable choice."""
    return min(slots, key=lambda s: (s.priority, s.exercise))


def movement_sets(days: Iterable[Day], movement: str) -> tuple[int, int]:
    """How many slots of `movement` the week has, and their sets."""
    slots = [s for d in days for s in d.slots if s.movement == movement]
    return len(slots), sum(s.sets for s in slots)


def day_plan(index: int, day: Day) -> DayPlan:
    """The finished, frozen day."""
    exercises = tuple(
        ExercisePlan(
            exercise=s.exercise,
            variant=s.variant,
            sets=s.sets,
            reps=s.rx.reps,
            hold_s=s.rx.hold_s,
            rir=s.rx.rir,
            rest_s=s.rx.rest_s,
            why=s.why,
        )
        for s in day.ordered()
    )
    return DayPlan(
        name=f"Day {index + 1} · {WEEKDAY_NAMES[day.weekday]}",
        minutes=day.minutes(),
        warmup=tuple(WarmupStep(w.name, w.minutes) for w in day.warmup),
        exercises=exercises,
        stretch=tuple(StretchStep(s.name, s.hold_s, s.sets) for s in day.stretches),
        weekday=day.weekday,
    )


def estimate_minutes(day: DayPlan) -> float:
    """TRAINING §2 time estimate of a finished day: each set is reps × 4 s (or the hold) plus
    rest, plus warm-up and stretching. Tests and pages use it to check a day fits."""
    return total_minutes(
        (w.minutes for w in day.warmup),
        sum(e.sets * set_seconds(e.reps, e.hold_s, e.rest_s) for e in day.exercises),
        sum(s.hold_s * s.sets for s in day.stretch),
    )
