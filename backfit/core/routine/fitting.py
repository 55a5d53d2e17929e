"""Sets for every slot, the warm-up and the stretches, fitted into each day (TRAINING §1–2).

Each day's minutes are fixed first for the parts that do not depend on the sliders: a warm-up of
about 10 % (3–10 min), stretching by session length, and the trunk block when pain asks for it.
Working sets then fill the rest, planned at `budget_seconds` (never below the real set time and
never falling as pain rises): first two exercises per day at their fewest sets, then one set at
a time to the slot furthest below its goal weight, spread over the days, until the day is full,
the week reaches the band's top, or a muscle group has ~10 sets in the session. More days or
minutes therefore mean more sets, up to the band's top.
"""

from __future__ import annotations

from dataclasses import replace
from math import floor

from backfit.core import catalog, rules
from backfit.core.goals import Goals
from backfit.core.routine.draft import Day, Slot
from backfit.core.routine.model import WarmupStep

#: The muscle group a pattern's sets count towards for the ~10-sets-a-session cap (IUSCA).
_GROUP_MUSCLE = {
    "vertical_pull": "lats",
    "horizontal_pull": "upper back",
    "light": "upper back",
    "hinge": "erectors",
    "extension": "erectors",
}
_LOADS_WEIGHT = ("barbell", "dumbbell", "cable", "machine")


def warmup_minutes(goals: Goals) -> int:
    lo, hi = rules.WARMUP_MINUTES
    return max(lo, min(hi, floor(goals.minutes * rules.WARMUP_SHARE + 0.5)))


def stretch_count(goals: Goals) -> int:
    return max(n for since, n in rules.STRETCHES_BY_MINUTES if goals.minutes >= since)


def stretch_plan(goals: Goals) -> tuple[int, int]:
    """(hold s, sets) of every stretch: 2 × 30 s, or 2 × 20 s in a short session (TRAINING §1)."""
    hold, sets = rules.STRETCH_PLAN
    if goals.minutes < rules.SHORT_SESSION_MINUTES:
        hold = rules.SHORT_STRETCH_HOLD_S
    return hold, sets


def budget(goals: Goals, day: Day) -> int:
    """Seconds left for working sets once warm-up, stretching and trunk drills are counted."""
    hold, sets = stretch_plan(goals)
    fixed = warmup_minutes(goals) * 60 + stretch_count(goals) * hold * sets
    return goals.minutes * 60 - fixed - sum(s.real_seconds() for s in day.trunk)


def _planned(day: Day) -> int:
    return sum(s.planned_seconds() for s in day.slots if not s.trunk)


def _muscle_sets(day: Day, group: str) -> int:
    muscle = _GROUP_MUSCLE.get(group)
    return sum(s.sets for s in day.working() if _GROUP_MUSCLE.get(s.group) == muscle)


def _fits_caps(day: Day, slot: Slot, add: int) -> bool:
    """The pain-independent caps: the slot's most sets and ~10 sets per muscle group."""
    if slot.sets + add > slot.rx.sets_max:
        return False
    return _muscle_sets(day, slot.group) + add <= rules.MAX_SETS_PER_MUSCLE_SESSION


def _posture_led(goals: Goals) -> bool:
    """Rows are kept ahead of vertical pulls whenever posture is at least strength: that covers
    every posture-led plan (TRAINING §2) and does not switch off as pain rises."""
    return goals.posture > 0 and goals.posture >= goals.strength


def day_caps(goals: Goals, count: int, band: tuple[int, int]) -> list[int]:
    """The band's top shared over the days (at least 4 sets a day, TRAINING §2)."""
    top = band[1]
    return [
        max(rules.MIN_SETS_PER_DAY, top // count + (1 if i < top % count else 0))
        for i in range(count)
    ]


def allocate(goals: Goals, days: list[Day], band: tuple[int, int]) -> None:
    """Give every slot its sets; drop the slots that got none.

    Monotone in pain by construction: each day walks a fixed sequence of set additions that
    does not depend on pain (its most important exercises at their fewest sets, then one set at
    a time to the exercise furthest below its weight, within its share of the band's top and the
    caps), and stops at the first addition that does not fit its minutes. Pain only makes sets
    longer (`budget_seconds`) and minutes shorter (the trunk block), so every exercise keeps a
    prefix of the same sequence: raising pain never adds a set anywhere.
    """
    caps = day_caps(goals, len(days), band)
    covered: set[str] = set()
    posture = _posture_led(goals)
    for day, cap in zip(days, caps, strict=True):
        left = budget(goals, day)
        lifts = [s for s in day.slots if not s.trunk]
        # The day's first exercises: patterns the week has not covered yet first, then weight.
        # Light upper-back work opens only after the real patterns (it is filler, not a pattern
        # of its own), so a posture-led day opens with a row rather than a pull-apart.
        first = sorted(
            lifts,
            key=lambda s: (
                s.group in covered or s.group == "light",
                -s.weight,
                s.exercise,
                s.variant,
            ),
        )
        if posture:  # a row opens before a vertical pull, so the pull may follow it
            rows = [s for s in first if s.group == "horizontal_pull"]
            verticals = [i for i, s in enumerate(first) if s.pattern == "vertical_pull"]
            if rows and verticals and first.index(rows[0]) > verticals[0]:
                first.remove(rows[0])
                first.insert(verticals[0], rows[0])
        opened: list[Slot] = []
        closed = False
        for slot in first:
            if len(opened) >= rules.MIN_EXERCISES_PER_DAY:
                break
            if posture and slot.pattern == "vertical_pull" and _vertical_would_lead(day, slot):
                continue
            if not opened and slot.rx.sets_min + rules.MIN_SETS_PER_EXERCISE > cap:
                continue  # the first exercise leaves room in the day's share for a second
            # The first two exercises, within the day's share of the band's top (§2: the band
            # is never passed; the share is at least the day's minimum sets).
            result = _try(day, slot, slot.rx.sets_min, left, cap)
            if result == "time":
                closed = True
                break
            if result == "added":
                opened.append(slot)
        if len(opened) < rules.MIN_EXERCISES_PER_DAY:
            spare = _light_fallback(day, left, cap)
            if spare is not None:
                lifts.append(spare)
        if not closed:
            while _step(day, lifts, left, cap, posture) == "added":
                pass
        covered |= {s.group for s in opened}
    for day in days:
        day.slots = [s for s in day.slots if s.sets > 0 or s.trunk]


def _light_fallback(day: Day, left: int, cap: int) -> Slot | None:
    """A day with one lift (its equipment allows no other, or its next lift does not fit the
    minutes) takes a light upper-back exercise as its second (TRAINING §2: 2 exercises a day).
    Light work is low spinal load at RIR 3, the least a set can add to the index, and
    pain-independent: where raising pain squeezes a lift out, the light sets that take its place
    never add load or index."""
    for slot in day.spare:
        if slot.sets == 0 and _try(day, slot, slot.rx.sets_min, left, cap) == "added":
            day.slots.append(slot)
            return slot
    return None


def _try(day: Day, slot: Slot, add: int, left: int, cap: int) -> str:
    """Add `add` sets: "added", "cap" (a pain-independent cap says no: try another), or
    "time" (the minutes are full: the day closes, so pain can only shorten the sequence)."""
    if day.sets() + add > cap or not _fits_caps(day, slot, add):
        return "cap"
    extra = slot.planned_seconds(slot.sets + add) - slot.planned_seconds()
    if _planned(day) + extra > left:
        return "time"
    slot.sets += add
    return "added"


def _step(day: Day, lifts: list[Slot], left: int, cap: int, posture: bool) -> str:
    """The next addition of the fixed sequence: the open exercise furthest below its weight."""
    open_ = [
        s
        for s in lifts
        if _fits_caps(day, s, s.rx.sets_min if s.sets == 0 else 1)
        and day.sets() + (s.rx.sets_min if s.sets == 0 else 1) <= cap
        and not (posture and s.pattern == "vertical_pull" and _vertical_would_lead(day, s))
    ]
    if not open_ or day.sets() >= cap:
        return "cap"
    slot = min(open_, key=lambda s: (s.sets / max(s.weight, 1e-9), -s.weight, s.exercise))
    return _try(day, slot, slot.rx.sets_min if slot.sets == 0 else 1, left, cap)


def _vertical_would_lead(day: Day, slot: Slot) -> bool:
    """Posture-led days never let vertical pulls pass rows (TRAINING §2)."""
    add = slot.rx.sets_min if slot.sets == 0 else 1
    rows = sum(s.sets for s in day.working() if s.pattern == "horizontal_pull")
    verticals = sum(s.sets for s in day.working() if s.pattern == "vertical_pull")
    return verticals + add > rows


def frame(goals: Goals, day: Day) -> None:
    """Warm-up of about 10 % of the session, ramp sets before a heavy loaded first lift, and
    stretches for what the day worked (TRAINING §1)."""
    total = warmup_minutes(goals)
    by_id = {w.id: w for w in catalog.WARMUP}
    ordered = day.ordered()
    first = ordered[0] if ordered else None
    ramp = (
        first is not None
        and not first.trunk
        and catalog.exercise(first.exercise).variant(first.variant).load in _LOADS_WEIGHT
        and first.rx.rir <= rules.RAMP_MAX_RIR
        and first.rx.reps is not None
        and first.rx.reps[1] <= rules.RAMP_MAX_REPS
    )
    extras: list[tuple[str, int]] = []
    if ramp:
        extras.append(("ramp_sets", rules.RAMP_MINUTES))
    for item in ("cat_camel", "band_pull_apart"):
        left = total - sum(m for _, m in extras) - rules.MOBILITY_MINUTES
        if left >= rules.MIN_CARDIO_MINUTES:
            extras.append((item, rules.MOBILITY_MINUTES))
    general = total - sum(m for _, m in extras)
    day.warmup = [WarmupStep(by_id["general"].name, general)] + [
        WarmupStep(by_id[i].name, m) for i, m in extras
    ]
    worked = {m for s in ordered for m in catalog.exercise(s.exercise).muscles}
    stretches = {s.id: s for s in catalog.STRETCHES}
    wanted = ["lat_stretch", "childs_pose"]
    if "hamstrings" in worked:
        wanted.append("hamstring")
    if goals.pain > 0 and "erector spinae" in worked:
        wanted.append("knee_to_chest")
    if goals.posture > 0:
        wanted.append("doorway_pec")
    wanted += [s.id for s in catalog.STRETCHES if s.id not in wanted]
    hold, sets = stretch_plan(goals)
    day.stretches = [
        replace(stretches[i], hold_s=hold, sets=sets) for i in wanted[: stretch_count(goals)]
    ]
