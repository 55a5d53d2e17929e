"""The routine while it is being built: mutable days of exercise slots, and their minutes.

Every step of `generate_routine` edits these drafts; `day_plan` freezes one into the
`DayPlan` of the finished `Routine`. Time follows TRAINING §2: each set is reps × 4 s (or the
holds) per side plus rest, ~1 min changeover per exercise, plus warm-up and stretching.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from backfit.core import catalog, rules
from backfit.core.routine.model import DayPlan, ExercisePlan, StretchStep, WarmupStep
from backfit.core.routine.prescription import Dose, drill_seconds, set_seconds

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Order within a day: heavy hinge first, pulls next, light work, back extensions, then trunk.
_ORDER = {"hinge": 0, "vertical_pull": 1, "horizontal_pull": 1, "light": 2, "extension": 3}


@dataclass(slots=True)
class Slot:
    """One exercise on one day while the plan is being built."""

    exercise: str
    variant: str
    pattern: str
    group: str
    rx: Dose
    budget_s: int  # per set, the planning time (never below the real time)
    weight: float
    why: str
    sets: int = 0
    #: A light-day hinge's why if the week's heavy hinge day keeps no sets (`explain`).
    why_alone: str = ""
    #: Erector-heavy (TRAINING §2: a bent-over row): counts to the erectors' ~10 sets a session.
    erector: bool = False

    @property
    def sides(self) -> int:
        return catalog.exercise(self.exercise).variant(self.variant).sides

    @property
    def trunk(self) -> bool:
        return self.rx.holds is not None

    def real_seconds(self) -> int:
        if not self.sets:
            return 0
        if self.trunk:
            return drill_seconds(self.rx, self.sides) + rules.CHANGEOVER_S
        return self.sets * set_seconds(self.rx, self.sides) + rules.CHANGEOVER_S

    def planned_seconds(self, sets: int | None = None) -> int:
        sets = self.sets if sets is None else sets
        if not sets:
            return 0
        if self.trunk:
            return self.real_seconds()
        return sets * self.budget_s + rules.CHANGEOVER_S

    def hard(self) -> bool:
        """TRAINING §2: a set at RIR ≤ 2 makes the session hard, unless light or a hold."""
        light = catalog.exercise(self.exercise).light
        return self.sets > 0 and not light and not self.trunk and self.rx.rir <= rules.HARD_RIR


@dataclass(frozen=True, slots=True)
class Stop:
    """Why the fitting gave a day no more sets, for the notes (TRAINING §2: a short or thin day
    says why). `causes`: "time" (the next addition, `exercise` × `sets` planned at `need_s`,
    passes the minutes), "share" (the day holds its share of the band's top), "share_next" (the
    next exercise at its fewest sets would pass that share), "most" (an exercise at its most
    sets), "muscle" (~10 sets of one muscle group), "rows_lead" (a vertical pull would pass the
    rows of a posture-led day), "rows_share" (the rows hold the sets they were given first)."""

    causes: tuple[str, ...]
    exercise: str = ""
    variant: str = ""
    sets: int = 0
    need_s: int = 0
    #: The (exercise, variant) pairs at their most sets, for "most".
    full: tuple[tuple[str, str], ...] = ()
    #: For "time": the planned seconds left when the day stopped, and of those the seconds kept
    #: for the day's next exercise at its fewest sets (the rows stop short of them).
    left_s: int = 0
    kept_s: int = 0


@dataclass(slots=True)
class Day:
    weekday: int
    slots: list[Slot] = field(default_factory=list)
    trunk: list[Slot] = field(default_factory=list)
    warmup: list[WarmupStep] = field(default_factory=list)
    stretches: list[catalog.Stretch] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    #: "Heavy hinge day." or the light day's reason: said only if the hinge keeps its sets.
    hinge_note: str = ""
    #: Light upper-back work not planned on the day, for a short day whose next lift does not fit.
    spare: list[Slot] = field(default_factory=list)
    #: Why the fitting stopped adding sets here (set where the day stops).
    stop: Stop | None = None

    def working(self) -> list[Slot]:
        return [s for s in self.slots if s.sets > 0 and not s.trunk]

    def sets(self) -> int:
        return sum(s.sets for s in self.working())

    def ordered(self) -> list[Slot]:
        live = [s for s in self.slots if s.sets > 0]
        live.sort(key=lambda s: (_ORDER.get(s.group, 3), -s.weight, s.exercise, s.variant))
        return live + [s for s in self.trunk if s.sets > 0]

    def minutes(self) -> float:
        work = sum(s.real_seconds() for s in self.ordered())
        stretch = sum(s.hold_s * s.sets for s in self.stretches)
        return round(sum(w.minutes for w in self.warmup) + (work + stretch) / 60, 1)


def plan_of(slot: Slot) -> ExercisePlan:
    return ExercisePlan(
        exercise=slot.exercise,
        variant=slot.variant,
        sets=slot.sets,
        reps=slot.rx.reps,
        hold_s=slot.rx.hold_s,
        rir=slot.rx.rir,
        rest_s=slot.rx.rest_s,
        why=slot.why,
        spinal_load=catalog.spinal_load(slot.exercise, slot.variant),
        pattern=slot.pattern,
        holds=slot.rx.holds,
        sides=slot.sides,
    )


def day_plan(index: int, day: Day) -> DayPlan:
    """The finished, frozen day."""
    slots = day.ordered()
    hard = tuple(
        p
        for p in ("hinge", "horizontal_pull", "vertical_pull")
        if any(s.hard() and s.pattern == p for s in slots)
    )
    return DayPlan(
        name=f"Day {index + 1} · {WEEKDAY_NAMES[day.weekday]}",
        minutes=day.minutes(),
        warmup=tuple(day.warmup),
        exercises=tuple(plan_of(s) for s in slots),
        stretch=tuple(StretchStep(s.name, s.hold_s, s.sets) for s in day.stretches),
        weekday=day.weekday,
        hard_patterns=hard,
        why=" ".join([_hard_sentence(hard), *day.why]),
    )


_HARD_LABEL = {"hinge": "the hinge", "horizontal_pull": "rows", "vertical_pull": "vertical pulls"}


def _hard_sentence(hard: tuple[str, ...]) -> str:
    """TRAINING §2: what this day trains hard (a set at RIR ≤ 2), or that it trains none."""
    if not hard:
        return "No hard session today: every set is light or at RIR 3 or more."
    return "Hard today (RIR 2 or less): " + ", ".join(_HARD_LABEL[p] for p in hard) + "."


def exercise_seconds(plan: ExercisePlan) -> int:
    """TRAINING §2 time of one finished exercise, changeover included."""
    if plan.holds is not None:
        return sum(plan.holds) * plan.sides * ((plan.hold_s or 0) + plan.rest_s) + (
            rules.CHANGEOVER_S
        )
    work = plan.reps[1] * rules.SECONDS_PER_REP if plan.reps is not None else plan.hold_s or 0
    return plan.sets * (work * plan.sides + plan.rest_s) + rules.CHANGEOVER_S


def estimate_minutes(day: DayPlan) -> float:
    """TRAINING §2 time estimate of a finished day: warm-up, every exercise (both sides of
    one-arm work, ~1 min changeover each) and stretching. Tests and pages use it."""
    work = sum(exercise_seconds(e) for e in day.exercises)
    stretch = sum(s.hold_s * s.sets for s in day.stretch)
    return round(sum(w.minutes for w in day.warmup) + (work + stretch) / 60, 1)


def movement_sets(days: Iterable[Day], pattern: str) -> int:
    return sum(s.sets for d in days for s in d.working() if s.pattern == pattern)
