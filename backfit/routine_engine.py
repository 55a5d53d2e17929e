"""`generate_routine(goals)`: the explained weekly back routine (TRAINING §1–3, §6).

Pure and deterministic: the same `Goals` always give the identical `Routine`, which is what lets
a shared link (`Routine.query`) rebuild a plan exactly. The steps:

1. Pick a variant per movement from owned equipment, goals and the pull-up ladder (§3).
2. Split the level's weekly working sets (§2: novice 8–12, intermediate 10–20, advanced 14–22)
   across the four movements by the slider-weighted shares below; deadlifts at most twice a
   week, on days at least 48 h apart.
3. Spread each movement's sets over the days, heavy lifts first, back extensions last.
4. Fit every day into its minutes (reps × 4 s or hold + rest, plus warm-up and stretching),
   dropping the lowest-priority work first, then refill other days if the band allows.
Every step that cannot do what the goals ask says so in `Routine.notes`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from math import ceil, floor

from backfit import catalog
from backfit.goals import GOAL_LABELS, GOAL_NAMES, Goals
from backfit.prescription import Prescription, prescribe, pull_up_variant
from backfit.routine import DayPlan, ExercisePlan, Routine, StretchStep, WarmupStep

MOVEMENTS: tuple[str, ...] = ("hinge", "vertical_pull", "horizontal_pull", "extension")
#: Share of the weekly sets each goal gives each movement (each goal's column sums to 1).
#: Posture favours rows (§2: at least as many rows as vertical pulls), pain prevention favours
#: back-extension endurance (McGill), strength favours the heavy hinge and pulls.
SHARES: dict[str, tuple[Fraction, Fraction, Fraction]] = {
    #                  posture          pain             strength
    "vertical_pull": (Fraction(25, 100), Fraction(20, 100), Fraction(30, 100)),
    "horizontal_pull": (Fraction(45, 100), Fraction(25, 100), Fraction(25, 100)),
    "hinge": (Fraction(10, 100), Fraction(20, 100), Fraction(35, 100)),
    "extension": (Fraction(20, 100), Fraction(35, 100), Fraction(10, 100)),
}
MOVEMENT_NAMES = {
    "vertical_pull": "vertical pulls",
    "horizontal_pull": "rows",
    "hinge": "deadlifts",
    "extension": "back extensions",
}
#: Why a movement serves a goal, for the one-line reasons.
PURPOSE: dict[str, dict[str, str]] = {
    "vertical_pull": {
        "posture": "wide lats and a strong upper back",
        "pain": "balanced upper-back strength",
        "strength": "lat and grip strength",
    },
    "horizontal_pull": {
        "posture": "shoulder blades pulled back, upper-back endurance",
        "pain": "a braced, neutral spine under load",
        "strength": "heavy horizontal pulling",
    },
    "hinge": {
        "posture": "posterior-chain strength",
        "pain": "a safe hip hinge with light load",
        "strength": "the biggest whole-back strength lift",
    },
    "extension": {
        "posture": "spinal-erector endurance",
        "pain": "lower-back endurance, which protects against pain",
        "strength": "erector work that supports heavy lifts",
    },
}
LEVEL_BAND: dict[str, tuple[int, int]] = {
    "novice": (8, 12),
    "intermediate": (10, 20),
    "advanced": (14, 22),
}
LEVEL_TARGET: dict[str, int] = {"novice": 12, "intermediate": 16, "advanced": 20}
MAX_SETS_PER_SESSION = 10  # TRAINING §2: no more than ~10 sets for one muscle in one session
MIN_SETS = 2
MAX_DEADLIFT_DAYS = 2
SECONDS_PER_REP = 4
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Training days spread over the week for each days-per-week count (0 = Monday).
WEEK_LAYOUT: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
}
OPTIONAL_WARMUP = ("cat_camel", "band_pull_apart")
HEAVY_FIRST = {("deadlift", None), ("row", None), ("lat_pulldown", None), ("pull_up", "weighted")}


@dataclass(slots=True)
class _Slot:
    """One exercise on one day while the plan is being built."""

    movement: str
    exercise: str
    variant: str
    rx: Prescription
    sets: int
    priority: int  # higher is more important
    why: str

    def seconds(self) -> int:
        work = self.rx.hold_s if self.rx.reps is None else self.rx.reps[1] * SECONDS_PER_REP
        return self.sets * (int(work or 0) + self.rx.rest_s)


@dataclass(slots=True)
class _Day:
    weekday: int
    slots: list[_Slot] = field(default_factory=list)
    warmup: list[catalog.WarmupItem] = field(default_factory=list)
    stretches: list[catalog.Stretch] = field(default_factory=list)

    def sets(self) -> int:
        return sum(s.sets for s in self.slots)

    def ordered(self) -> list[_Slot]:
        """Heavy first, by priority; back extensions always last (TRAINING §6)."""
        rank = {"hinge": 0, "vertical_pull": 1, "horizontal_pull": 1, "extension": 2}
        return sorted(self.slots, key=lambda s: (rank[s.movement], -s.priority, s.exercise))

    def minutes(self) -> float:
        warm = sum(w.minutes for w in self.warmup)
        work = sum(s.seconds() for s in self.slots) / 60
        stretch = sum(s.hold_s * s.sets for s in self.stretches) / 60
        return round(warm + work + stretch, 1)


def generate_routine(goals: Goals) -> Routine:
    """The weekly routine for `goals` (validated first), with reasons and notes."""
    goals = goals.validated()
    notes: list[str] = []
    choices = _choose_exercises(goals, notes)
    band = LEVEL_BAND[goals.level]
    budget = _split_sets(goals, choices, notes)
    layout = WEEK_LAYOUT[goals.days]
    days = [_Day(weekday) for weekday in layout]
    deadlift_days = _deadlift_days(layout, _deadlift_count(goals)) if "hinge" in choices else ()
    _place(goals, choices, budget, days, deadlift_days)
    _fill_empty_days(goals, choices, days)
    _trim_to_band(days, band)
    for index, day in enumerate(days):
        _frame(goals, day)
        _fit(goals, day, index, notes)
    _keep_rows_ahead(goals, choices, days, notes)
    _refill(goals, choices, days, band)
    weekly = sum(day.sets() for day in days)
    if weekly < band[0]:
        notes.append(
            f"{weekly} working sets a week fit your schedule and equipment, below the "
            f"{goals.level} target of {band[0]}–{band[1]}; more days or minutes would close it."
        )
    elif weekly > band[1]:
        notes.append(f"{weekly} working sets a week is above the {band[0]}–{band[1]} target.")
    if goals.dominant("pain"):
        notes.append(
            "Pain prevention leads: lifts that load the spine stay at 3 or more reps in reserve "
            "and deadlifts use the romanian or trap-bar variant where you have the equipment."
        )
    return Routine(
        query=goals.to_query(),
        weekly_sets=weekly,
        notes=tuple(notes),
        days=tuple(_day_plan(goals, i, day) for i, day in enumerate(days)),
        target_sets=band,
    )


# -- 1. exercise and variant choice ------------------------------------------------------------


def _first_available(exercise: str, preference: tuple[str, ...], owned: frozenset[str]) -> str:
    ids = {v.id for v in catalog.available_variants(exercise, owned)}
    return next((v for v in preference if v in ids), "")


def _choose_exercises(goals: Goals, notes: list[str]) -> dict[str, list[tuple[str, str, str]]]:
    """Movement → [(exercise, variant, variant reason)], only what the equipment allows."""
    owned = goals.equipment
    chosen: dict[str, list[tuple[str, str, str]]] = {}
    vertical: list[tuple[str, str, str]] = []
    pull_variant, ladder = pull_up_variant(goals)
    if pull_variant is not None:
        vertical.append(("pull_up", pull_variant, ladder))
    if catalog.available_variants("lat_pulldown", owned):
        vertical.append(("lat_pulldown", "cable", "cable stack, easy to load in small steps"))
    if vertical:
        chosen["vertical_pull"] = vertical
    else:
        notes.append(
            "Skipped vertical pulls: they need a pull-up bar, an assisted machine or a cable."
        )

    if goals.dominant("pain"):
        row_order = ("dumbbell", "cable", "barbell")
        row_reason = "supported, easy on the lower back"
    elif goals.dominant("strength"):
        row_order = ("barbell", "dumbbell", "cable")
        row_reason = "loads heavy"
    else:
        row_order = ("cable", "dumbbell", "barbell")
        row_reason = "steady tension for the upper back"
    row = _first_available("row", row_order, owned)
    if row:
        chosen["horizontal_pull"] = [("row", row, row_reason)]
    else:
        notes.append("Skipped rows: they need a barbell, dumbbells or a cable.")

    if goals.dominant("pain"):
        dl_order = ("trap_bar", "romanian")
        dl_reason = "hip-dominant, easier on the lower back"
    elif goals.dominant("strength"):
        dl_order = ("conventional", "trap_bar", "romanian")
        dl_reason = "the heaviest pull"
    else:
        dl_order = ("romanian", "trap_bar", "conventional")
        dl_reason = "hamstrings and erectors through a long range"
    deadlift = _first_available("deadlift", dl_order, owned)
    if deadlift:
        chosen["hinge"] = [("deadlift", deadlift, dl_reason)]
    else:
        notes.append("Skipped deadlifts: they need a barbell or a trap bar.")

    extension = _first_available("back_extension", ("bench_45", "machine", "ball", "floor"), owned)
    chosen["extension"] = [("back_extension", extension, "")]
    return chosen


# -- 2. weekly sets per movement ---------------------------------------------------------------


def _shares(goals: Goals, movements: list[str]) -> dict[str, Fraction]:
    total = goals.posture + goals.pain + goals.strength
    weights = [Fraction(getattr(goals, g), total) for g in GOAL_NAMES]
    raw = {m: sum(w * s for w, s in zip(weights, SHARES[m], strict=True)) for m in movements}
    whole = sum(raw.values())
    return {m: share / whole for m, share in raw.items()}


def _deadlift_count(goals: Goals) -> int:
    """Twice a week when strength leads pain and there are 3+ days; else once (TRAINING §2)."""
    if goals.days >= 3 and goals.strength >= goals.pain and goals.strength > 0:
        return MAX_DEADLIFT_DAYS
    return 1


def _deadlift_days(layout: tuple[int, ...], count: int) -> tuple[int, ...]:
    """Indexes of the deadlift days: as far apart as the week allows, never under 48 h."""
    if count == 1 or len(layout) == 1:
        return (0,)
    best: tuple[int, int] | None = None
    best_gap = 1
    for i in range(len(layout)):
        for j in range(i + 1, len(layout)):
            gap = min(layout[j] - layout[i], 7 - (layout[j] - layout[i]))
            if gap > best_gap:
                best, best_gap = (i, j), gap
    return best if best is not None else (0,)


def _split_sets(goals: Goals, choices: dict[str, list], notes: list[str]) -> dict[str, int]:
    """Weekly sets per movement: level target × slider-weighted shares, at least 2 each."""
    target = LEVEL_TARGET[goals.level]
    shares = _shares(goals, [m for m in MOVEMENTS if m in choices])
    exact = {m: target * share for m, share in shares.items()}
    sets = {m: floor(v) for m, v in exact.items()}
    leftover = target - sum(sets.values())
    for m in sorted(exact, key=lambda m: (-(exact[m] - sets[m]), MOVEMENTS.index(m)))[:leftover]:
        sets[m] += 1
    for m in sets:
        sets[m] = max(MIN_SETS, sets[m])
    if goals.dominant("posture") and "horizontal_pull" in sets and "vertical_pull" in sets:
        sets["horizontal_pull"] = max(sets["horizontal_pull"], sets["vertical_pull"])
    return sets


# -- 3. spreading sets over the days -----------------------------------------------------------


def _reason(goals: Goals, movement: str, exercise: str, variant: str, extra: str) -> str:
    """One line naming the goal(s) behind the exercise, strongest first."""
    contributions = sorted(
        (
            (Fraction(getattr(goals, g)) * SHARES[movement][i], g)
            for i, g in enumerate(GOAL_NAMES)
            if getattr(goals, g) > 0
        ),
        key=lambda c: (-c[0], GOAL_NAMES.index(c[1])),
    )
    top = [c for c in contributions if c[0] * 2 >= contributions[0][0]][:2]
    parts = [f"{GOAL_LABELS[g]} ({PURPOSE[movement][g]})" for _, g in top]
    line = "For " + " and ".join(parts)
    name = catalog.exercise(exercise).variant(variant).name
    if extra:
        line += f"; {name.lower()}: {extra}"
    return line + "."


def _priority(goals: Goals, movement: str) -> int:
    total = goals.posture + goals.pain + goals.strength
    weights = [Fraction(getattr(goals, g), total) for g in GOAL_NAMES]
    return int(sum(w * s for w, s in zip(weights, SHARES[movement], strict=True)) * 1000)


def _make_slot(goals: Goals, movement: str, choice: tuple[str, str, str], sets: int) -> _Slot:
    exercise, variant, extra = choice
    rx = prescribe(goals, exercise, variant, movement)
    return _Slot(
        movement=movement,
        exercise=exercise,
        variant=variant,
        rx=rx,
        sets=min(sets, rx.sets_max),
        priority=_priority(goals, movement),
        why=_reason(goals, movement, exercise, variant, extra),
    )


def _split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def _place(
    goals: Goals,
    choices: dict[str, list[tuple[str, str, str]]],
    budget: dict[str, int],
    days: list[_Day],
    deadlift_days: tuple[int, ...],
) -> None:
    for movement in sorted(budget, key=lambda m: (-_priority(goals, m), MOVEMENTS.index(m))):
        total = budget[movement]
        cap = prescribe(goals, *choices[movement][0][:2], movement).sets_max
        if movement == "hinge":
            allowed = list(deadlift_days)
        else:
            allowed = sorted(
                range(len(days)), key=lambda i: (len(days[i].slots), days[i].sets(), i)
            )
        wanted = max(ceil(total / cap), total // MIN_SETS if len(days) > 2 else 1, 1)
        count = min(len(allowed), wanted)
        chosen = sorted(allowed[:count])
        for n, (index, sets) in enumerate(zip(chosen, _split(total, count), strict=True)):
            options = choices[movement]
            choice = options[n % len(options)]
            days[index].slots.append(_make_slot(goals, movement, choice, max(sets, MIN_SETS)))


def _fill_empty_days(
    goals: Goals, choices: dict[str, list[tuple[str, str, str]]], days: list[_Day]
) -> None:
    """A training day needs training: give each empty day 2 sets of a non-hinge movement."""
    movements = sorted(
        (m for m in choices if m != "hinge"), key=lambda m: (-_priority(goals, m), m)
    )
    if goals.dominant("posture") and "horizontal_pull" in movements:
        movements = [m for m in movements if m != "vertical_pull"]
    empty = [day for day in days if not day.slots]
    for n, day in enumerate(empty):
        movement = movements[n % len(movements)]
        day.slots.append(_make_slot(goals, movement, choices[movement][0], MIN_SETS))


def _trim_to_band(days: list[_Day], band: tuple[int, int]) -> None:
    """Above the band's ceiling, take sets from the fullest days' lowest-priority work."""
    while sum(d.sets() for d in days) > band[1]:
        day = max(days, key=lambda d: (d.sets(), -d.weekday))
        trimmable = [s for s in day.slots if s.sets > MIN_SETS]
        if trimmable:
            min(trimmable, key=lambda s: (s.priority, s.exercise)).sets -= 1
        elif len(day.slots) > 1:
            day.slots.remove(min(day.slots, key=lambda s: (s.priority, s.exercise)))
        else:
            return


# -- 4. warm-up, stretching and fitting the minutes --------------------------------------------


def _frame(goals: Goals, day: _Day) -> None:
    """General warm-up, ramp sets when the first lift is heavy, and matching stretches."""
    by_id = {w.id: w for w in catalog.WARMUP}
    day.warmup = [by_id["general"], by_id["cat_camel"], by_id["band_pull_apart"]]
    ordered = day.ordered()
    if ordered and _is_heavy(ordered[0]):
        day.warmup.append(by_id["ramp_sets"])
    worked = {m for s in day.slots for m in catalog.exercise(s.exercise).muscles}
    stretches = {s.id: s for s in catalog.STRETCHES}
    wanted = ["lat_stretch", "childs_pose"]
    if "hamstrings" in worked:
        wanted.append("hamstring")
    if goals.dominant("posture"):
        wanted.append("doorway_pec")
    if goals.pain > 0 and "erector spinae" in worked:
        wanted.append("knee_to_chest")
    day.stretches = [stretches[i] for i in wanted]


def _is_heavy(slot: _Slot) -> bool:
    return (slot.exercise, None) in HEAVY_FIRST or (slot.exercise, slot.variant) in HEAVY_FIRST


def _fit(goals: Goals, day: _Day, index: int, notes: list[str]) -> None:
    """Trim the day until it fits: optional warm-up, extra stretches, then low-priority sets."""
    dropped = _Dropped()
    while day.minutes() > goals.minutes:
        optional = [w for w in day.warmup if w.id in OPTIONAL_WARMUP]
        if optional:
            day.warmup.remove(optional[-1])
            continue
        if len(day.stretches) > 2:
            day.stretches.pop()
            continue
        if not day.slots:
            break
        lowest = min(day.slots, key=lambda s: (s.priority, s.exercise))
        if lowest.sets > MIN_SETS:
            lowest.sets -= 1
            dropped.set_of(_name(lowest))
        elif len(day.slots) > 1:
            day.slots.remove(lowest)
            dropped.all_of(_name(lowest))
            _frame_after_drop(goals, day)
        else:
            break
    if dropped:
        notes.append(f"Day {index + 1}: dropped {dropped} to fit {goals.minutes} minutes.")
    capped = _Dropped()
    while day.sets() > MAX_SETS_PER_SESSION:
        lowest = min(day.slots, key=lambda s: (s.priority, s.exercise))
        lowest.sets -= 1
        capped.set_of(_name(lowest))
        if lowest.sets < MIN_SETS:
            day.slots.remove(lowest)
            capped.all_of(_name(lowest))
    if capped:
        notes.append(
            f"Day {index + 1}: dropped {capped} to stay within {MAX_SETS_PER_SESSION} back "
            "sets in one session."
        )


class _Dropped:
    """What a day lost, for one readable note: "romanian deadlift and 2 sets of row"."""

    def __init__(self) -> None:
        self.sets: dict[str, int] = {}
        self.whole: list[str] = []

    def set_of(self, name: str) -> None:
        self.sets[name] = self.sets.get(name, 0) + 1

    def all_of(self, name: str) -> None:
        self.sets.pop(name, None)
        self.whole.append(name)

    def __bool__(self) -> bool:
        return bool(self.sets or self.whole)

    def __str__(self) -> str:
        parts = list(self.whole) + [
            f"{n} set{'s' if n > 1 else ''} of {name}" for name, n in self.sets.items()
        ]
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _frame_after_drop(goals: Goals, day: _Day) -> None:
    """Recompute ramp sets after the first lift changed, keeping trimmed warm-up trimmed."""
    kept_optional = [w for w in day.warmup if w.id in OPTIONAL_WARMUP]
    stretch_count = len(day.stretches)
    _frame(goals, day)
    day.warmup = [w for w in day.warmup if w.id not in OPTIONAL_WARMUP or w in kept_optional]
    day.stretches = day.stretches[: max(2, stretch_count)]


def _name(slot: _Slot) -> str:
    return catalog.exercise(slot.exercise).variant(slot.variant).name.lower()


def _keep_rows_ahead(
    goals: Goals, choices: dict[str, list[tuple[str, str, str]]], days: list[_Day], notes: list[str]
) -> None:
    """Posture-dominant plans keep rows ≥ vertical pulls, in exercises and sets (TRAINING §2).

    Each pass takes a set off the smallest vertical pull, or swaps it for a row (or drops it
    where the day already rows), so the loop always ends.
    """
    if not goals.dominant("posture") or "horizontal_pull" not in choices:
        return

    def count(movement: str) -> tuple[int, int]:
        slots = [s for d in days for s in d.slots if s.movement == movement]
        return len(slots), sum(s.sets for s in slots)

    while True:
        rows, verticals = count("horizontal_pull"), count("vertical_pull")
        if rows[0] >= verticals[0] and rows[1] >= verticals[1]:
            return
        candidates = [(d, s) for d in days for s in d.slots if s.movement == "vertical_pull"]
        day, slot = min(candidates, key=lambda ds: (ds[1].sets, -days.index(ds[0])))
        if rows[0] >= verticals[0] and slot.sets > MIN_SETS:
            slot.sets -= 1
            continue
        day.slots.remove(slot)
        label = f"Day {days.index(day) + 1}"
        if not any(s.movement == "horizontal_pull" for s in day.slots):
            row = _make_slot(goals, "horizontal_pull", choices["horizontal_pull"][0], slot.sets)
            day.slots.append(row)
            notes.append(f"{label}: rows instead of {_name(slot)}, so rows lead as posture needs.")
        else:
            notes.append(f"{label}: left out {_name(slot)} so rows lead as posture needs.")
        _frame_after_drop(goals, day)
        _fit(goals, day, days.index(day), notes)


def _refill(
    goals: Goals, choices: dict[str, list[tuple[str, str, str]]], days: list[_Day], band: tuple
) -> None:
    """After trimming, add sets back where a day still has time, up to the band's floor."""
    while sum(d.sets() for d in days) < band[0]:
        if not _add_one(goals, choices, days):
            return


def _add_one(
    goals: Goals, choices: dict[str, list[tuple[str, str, str]]], days: list[_Day]
) -> bool:
    posture = goals.dominant("posture")
    for day in sorted(days, key=lambda d: (d.sets(), d.weekday)):
        if day.sets() >= MAX_SETS_PER_SESSION:
            continue
        for slot in sorted(day.slots, key=lambda s: (-s.priority, s.exercise)):
            if slot.sets >= slot.rx.sets_max:
                continue
            if posture and slot.movement == "vertical_pull" and not _rows_lead_by_a_set(days):
                continue
            slot.sets += 1
            if day.minutes() <= goals.minutes:
                return True
            slot.sets -= 1
        present = {s.movement for s in day.slots}
        for movement in sorted(choices, key=lambda m: (-_priority(goals, m), m)):
            if movement in present or movement == "hinge":
                continue
            if posture and movement == "vertical_pull":
                continue
            if day.sets() + MIN_SETS > MAX_SETS_PER_SESSION:
                continue
            warmup, stretches = list(day.warmup), list(day.stretches)
            slot = _make_slot(goals, movement, choices[movement][0], MIN_SETS)
            day.slots.append(slot)
            _frame_after_drop(goals, day)  # the new slot may now lead: ramp sets if heavy
            if day.minutes() <= goals.minutes:
                return True
            day.slots.remove(slot)
            day.warmup, day.stretches = warmup, stretches
    return False


def _rows_lead_by_a_set(days: list[_Day]) -> bool:
    rows = sum(s.sets for d in days for s in d.slots if s.movement == "horizontal_pull")
    verticals = sum(s.sets for d in days for s in d.slots if s.movement == "vertical_pull")
    return rows > verticals


# -- 5. the finished plan ----------------------------------------------------------------------


def _day_plan(goals: Goals, index: int, day: _Day) -> DayPlan:
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
    work = 0
    for e in day.exercises:
        per_set = e.hold_s if e.reps is None else e.reps[1] * SECONDS_PER_REP
        work += e.sets * (int(per_set or 0) + e.rest_s)
    warm = sum(w.minutes for w in day.warmup)
    stretch = sum(s.hold_s * s.sets for s in day.stretch)
    return round(warm + work / 60 + stretch / 60, 1)
