"""Today's targets: the one use case behind the Log page's cards and `backfit next`.

The Log page and `backfit next` both ask this module, so a target reads the same on screen and
in a terminal. It gathers what the progression engine needs (TRAINING §3–§5) and nothing else
decides it: sessions before today, the lifter's kit in the unit they log in, the pain check-in
in force (the latest of the last 7 days), whether this is a planned lighter week (sessions
logged in one never count), and the profile's bodyweight for pull-ups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from backfit.core import catalog
from backfit.core.routine.model import DayPlan
from backfit.core.training import (
    PainCheck,
    Prescription,
    SessionRecord,
    Target,
    default_prescription,
    in_force,
    is_lighter_week,
    next_target,
    week_of,
)
from backfit.core.training.equipment import Inventory
from backfit.core.training.lighter_week import week_number
from backfit.core.training.trunk_only import instead_of, trunk_instead, trunk_prescription
from backfit.core.units import Unit, from_kg
from backfit.data.checkins import recent_checkins
from backfit.data.profiles import Profile, ensure_profile
from backfit.data.routines import active_routine
from backfit.data.sets import last_variant, workout_sets
from backfit.data.settings import equipment, lighter_week_every, skipped_lighter_weeks
from backfit.data.store import Store
from backfit.data.workouts import (
    dated_history,
    get_workout,
    todays_workout,
    trained_exercises,
    training_days,
)

__all__ = [
    "LighterWeek",
    "NextTime",
    "checkin_in_force",
    "day_targets",
    "exercises_to_target",
    "lighter_week",
    "logged_unit",
    "next_for",
    "next_time",
    "prescription_for",
    "target_for",
    "with_trunk_targets",
]


def prescription_for(
    store: Store, profile: str, exercise: str, variant: str | None = None
) -> Prescription:
    """The active routine's prescription for `exercise`, else the catalog default (DESIGN §5).

    Without a routine or a `variant`, the variant the lifter used last is the one continued.
    """
    stored = active_routine(store, profile)
    plan = stored.routine.plan_for(exercise, variant) if stored else None
    if plan is not None:
        return Prescription.from_plan(plan)
    if variant is None:
        variant = last_variant(store, profile, exercise)
    return default_prescription(exercise, variant)


@dataclass(frozen=True, slots=True)
class LighterWeek:
    """Where `now` falls in the lighter-week cycle."""

    week: date
    number: int  # this week's position among the weeks of training
    every: int
    lighter: bool  # a lighter week that was not skipped
    skipped: bool

    @property
    def due(self) -> bool:
        """A lighter week by the count, skipped or not."""
        return self.number % self.every == 0

    def describe(self) -> str:
        if self.lighter:
            return (
                f"Planned lighter week (week {self.number} of training; one every {self.every}): "
                "about half the sets at RIR 4 or more, same exercises, no more load than last "
                "time. You can skip it in Settings."
            )
        if self.skipped:
            return f"Lighter week {self.number} skipped: training as usual."
        left = self.every - self.number % self.every
        return f"Next planned lighter week in {left} week{'s' if left > 1 else ''} of training."


def lighter_week(store: Store, profile: str, now: datetime) -> LighterWeek:
    weeks = {week_of(d) for d in training_days(store, profile)}
    every = lighter_week_every(store, profile)
    return _lighter_week(now, weeks, every, skipped_lighter_weeks(store, profile))


def _lighter_week(now: datetime, weeks: set[date], every: int, skipped: set[date]) -> LighterWeek:
    this = week_of(now)
    number = week_number(this, weeks)
    due = number % every == 0
    return LighterWeek(this, number, every, due and this not in skipped, due and this in skipped)


def checkin_in_force(store: Store, profile: str, now: datetime) -> PainCheck | None:
    """The latest check-in of the last 7 days at or before `now` (TRAINING §4), or None."""
    return in_force(recent_checkins(store, profile, now), now)


def logged_unit(history: list[SessionRecord], default: Unit) -> Unit:
    """The unit the lifter logs this exercise in: the one its last loads are round numbers in."""
    if not history:
        return default
    loads = [
        kg
        for s in history[-1].working
        for kg in (s.weight_kg, s.assistance_kg)
        if kg is not None and kg > 0
    ]
    if not loads:
        return default
    other: Unit = "lb" if default == "kg" else "kg"
    for unit in (default, other):
        if all(_round_in(kg, unit) for kg in loads):
            return unit
    return default


def _round_in(kg: float, unit: Unit) -> bool:
    value = from_kg(kg, unit) * 4  # quarter units: 1.25 kg plates, 2.5 lb plates
    return abs(value - round(value)) < 1e-6


def target_for(
    store: Store,
    profile: str,
    rx: Prescription,
    *,
    now: datetime,
    unit: Unit | None = None,
) -> Target:
    """Today's target for one prescription; `unit` forces a unit, else the one logged in."""
    return _target(store, _day_context(store, profile, now), rx, unit)


@dataclass(slots=True)
class _DayContext:
    """What every target of one day reads alike, read once for all of a day's exercises."""

    profile: Profile
    today_id: str | None
    weeks: set[date]
    every: int
    skipped: set[date]
    pain: PainCheck | None
    lighter: bool
    kits: dict[Unit, Inventory] = field(default_factory=dict)


def _day_context(store: Store, profile: str, now: datetime) -> _DayContext:
    found = ensure_profile(store, profile)
    today = todays_workout(store, profile, now)
    weeks = {week_of(d) for d in training_days(store, profile)}
    every = lighter_week_every(store, profile)
    skipped = skipped_lighter_weeks(store, profile)
    return _DayContext(
        found,
        today.id if today else None,
        weeks,
        every,
        skipped,
        pain=checkin_in_force(store, profile, now),
        lighter=_lighter_week(now, weeks, every, skipped).lighter,
    )


def _target(store: Store, day: _DayContext, rx: Prescription, unit: Unit | None) -> Target:
    profile = day.profile.name
    dated = dated_history(store, profile, rx.exercise, exclude_workout=day.today_id)
    history = [
        SessionRecord(
            s.variant,
            s.sets,
            light=is_lighter_week(week_of(at), day.weeks, every=day.every, skipped=day.skipped),
        )
        for at, s in dated
    ]
    unit = unit or logged_unit([s for s in history if s.working], day.profile.unit)
    if unit not in day.kits:
        day.kits[unit] = equipment(store, profile, unit)
    return next_target(
        rx,
        history,
        pain=day.pain,
        inventory=day.kits[unit],
        bodyweight_kg=day.profile.bodyweight_kg,
        lighter_week=day.lighter,
    )


def next_for(
    store: Store,
    profile: str,
    exercise: str,
    variant: str | None = None,
    *,
    now: datetime,
    unit: Unit | None = None,
) -> Target:
    """`backfit next EXERCISE`: the target from the routine's (or default) prescription."""
    rx = prescription_for(store, profile, exercise, variant)
    return target_for(store, profile, rx, now=now, unit=unit)


def day_targets(
    store: Store, profile: str, day: DayPlan, *, now: datetime, unit: Unit | None = None
) -> list[Target]:
    """Every exercise of one routine day, as today's targets, in the day's order.

    The profile, today's session, the training weeks, the pain check-in and the kit are read
    once for the whole day, not once per exercise (a six-exercise day read them six times).
    """
    context = _day_context(store, profile, now)
    return [_target(store, context, Prescription.from_plan(plan), unit) for plan in day.exercises]


def with_trunk_targets(
    store: Store,
    profile: str,
    targets: list[Target],
    *,
    now: datetime,
    unit: Unit | None = None,
) -> list[Target]:
    """`targets` and, after them, a target of its own for each trunk-endurance exercise that a
    frozen lift names in `instead` (TRAINING §4, check-in ≥ 7): holds × seconds × rounds from
    the lifter's last trunk sets, or the starting dose. The Log page and `backfit next` agree."""
    extra = []
    for exercise in trunk_instead(targets):
        rx = trunk_prescription(prescription_for(store, profile, exercise))
        extra.append(target_for(store, profile, rx, now=now, unit=unit))
    return [instead_of(t, targets) for t in [*targets, *extra]]


def exercises_to_target(store: Store, profile: str) -> list[tuple[str, str | None]]:
    """What `backfit next` covers, as (exercise, variant): the active routine's exercises in
    each variant it holds (both rungs of a pull-up ladder, TRAINING §3), else those trained,
    else the five foundational exercises (a newcomer's first targets, not the whole catalog's);
    a variant of None continues the one logged last."""
    stored = active_routine(store, profile)
    if stored is not None:
        pairs = (
            (plan.exercise, plan.variant) for day in stored.routine.days for plan in day.exercises
        )
        return list(dict.fromkeys(pairs))
    names = trained_exercises(store, profile) or list(catalog.FOUNDATIONAL_IDS)
    return [(name, None) for name in names]


# Next time: after *Finish*, every exercise of the session with its next target and why. The
# target is the engine's (TRAINING §4) with this session in the history, i.e. what the Log page
# will prefill at the next session, through the same prescription as `backfit next`.
@dataclass(frozen=True, slots=True)
class NextTime:
    exercise: str
    variant: str | None
    target: Target


def next_time(store: Store, profile: str, workout_id: str, *, unit: Unit) -> list[NextTime]:
    """The next target of every exercise trained in `workout_id`, in the order first logged."""
    workout = get_workout(store, profile, workout_id)
    sets = workout_sets(store, profile, workout_id)
    if workout is None or sets.empty:
        return []
    # The day after the session: the session itself is then history, not "today".
    after = datetime.combine(workout.started_at.date() + timedelta(days=1), datetime.min.time())
    seen: dict[tuple[str, str | None], None] = {}
    for exercise, variant in zip(sets["exercise"], sets["variant"], strict=True):
        seen.setdefault((exercise, variant if isinstance(variant, str) else None), None)
    found = []
    for exercise, variant in seen:
        target = next_for(store, profile, exercise, variant, now=after, unit=unit)
        found.append(NextTime(exercise, variant, target))
    return found
