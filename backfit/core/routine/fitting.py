"""Fitting each day into its minutes, and the passes that keep the week balanced (TRAINING §2).

A day gets a general warm-up, ramp sets when its first lift is heavy, and stretches for what it
worked. When it runs over the lifter's minutes the optional warm-up goes first, then extra
stretches, then the lowest-priority sets; no day keeps more than 10 back sets. Posture-led
weeks keep rows ahead of vertical pulls, and afterwards sets come back where a day still has
time, up to the band's floor. Every cut is written into the routine's notes.
"""

from __future__ import annotations

from backfit.core import catalog
from backfit.core.goals import Goals
from backfit.core.routine.draft import (
    Choices,
    Day,
    Slot,
    lowest,
    movement_sets,
)
from backfit.core.routine.notes import Dropped
from backfit.core.routine.selection import by_priority, make_slot
from backfit.core.rules import MAX_SETS_PER_MUSCLE_SESSION, MIN_SETS_PER_EXERCISE

OPTIONAL_WARMUP = ("cat_camel", "band_pull_apart")
HEAVY_FIRST = {("deadlift", None), ("row", None), ("lat_pulldown", None), ("pull_up", "weighted")}


def frame(goals: Goals, day: Day) -> None:
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


def _is_heavy(slot: Slot) -> bool:
    return (slot.exercise, None) in HEAVY_FIRST or (slot.exercise, slot.variant) in HEAVY_FIRST


def fit(goals: Goals, day: Day, index: int, notes: list[str]) -> None:
    """Trim the day until it fits: optional warm-up, extra stretches, then low-priority sets."""
    dropped = Dropped()
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
        cut = lowest(day.slots)
        if cut.sets > MIN_SETS_PER_EXERCISE:
            cut.sets -= 1
            dropped.set_of(cut.name())
        elif len(day.slots) > 1:
            day.slots.remove(cut)
            dropped.all_of(cut.name())
            _frame_after_drop(goals, day)
        else:
            break
    if dropped:
        notes.append(f"Day {index + 1}: dropped {dropped} to fit {goals.minutes} minutes.")
    capped = Dropped()
    while day.sets() > MAX_SETS_PER_MUSCLE_SESSION:
        cut = lowest(day.slots)
        cut.sets -= 1
        capped.set_of(cut.name())
        if cut.sets < MIN_SETS_PER_EXERCISE:
            day.slots.remove(cut)
            capped.all_of(cut.name())
    if capped:
        notes.append(
            f"Day {index + 1}: dropped {capped} to stay within {MAX_SETS_PER_MUSCLE_SESSION} back "
            "sets in one session."
        )


def _frame_after_drop(goals: Goals, day: Day) -> None:
    """Recompute ramp sets after the first lift changed, keeping trimmed warm-up trimmed."""
    kept_optional = [w for w in day.warmup if w.id in OPTIONAL_WARMUP]
    stretch_count = len(day.stretches)
    frame(goals, day)
    day.warmup = [w for w in day.warmup if w.id not in OPTIONAL_WARMUP or w in kept_optional]
    day.stretches = day.stretches[: max(2, stretch_count)]


def keep_rows_ahead(goals: Goals, choices: Choices, days: list[Day], notes: list[str]) -> None:
    """Posture-dominant plans keep rows ≥ vertical pulls, in exercises and sets (TRAINING §2).

    Each pass takes a set off the smallest vertical pull, or swaps it for a row (or drops it
    where the day already rows), so the loop always ends.
    """
    if not goals.dominant("posture") or "horizontal_pull" not in choices:
        return
    while True:
        rows = movement_sets(days, "horizontal_pull")
        verticals = movement_sets(days, "vertical_pull")
        if rows[0] >= verticals[0] and rows[1] >= verticals[1]:
            return
        candidates = [(d, s) for d in days for s in d.slots if s.movement == "vertical_pull"]
        day, slot = min(candidates, key=lambda ds: (ds[1].sets, -days.index(ds[0])))
        if rows[0] >= verticals[0] and slot.sets > MIN_SETS_PER_EXERCISE:
            slot.sets -= 1
            continue
        day.slots.remove(slot)
        label = f"Day {days.index(day) + 1}"
        if not any(s.movement == "horizontal_pull" for s in day.slots):
            row = make_slot(goals, "horizontal_pull", choices["horizontal_pull"][0], slot.sets)
            day.slots.append(row)
            notes.append(f"{label}: rows instead of {slot.name()}, so rows lead as posture needs.")
        else:
            notes.append(f"{label}: left out {slot.name()} so rows lead as posture needs.")
        _frame_after_drop(goals, day)
        fit(goals, day, days.index(day), notes)


def refill(goals: Goals, choices: Choices, days: list[Day], band: tuple[int, int]) -> None:
    """After trimming, add sets back where a day still has time, up to the band's floor."""
    while sum(d.sets() for d in days) < band[0]:
        if not _add_one(goals, choices, days):
            return


def _add_one(goals: Goals, choices: Choices, days: list[Day]) -> bool:
    posture = goals.dominant("posture")
    for day in sorted(days, key=lambda d: (d.sets(), d.weekday)):
        if day.sets() >= MAX_SETS_PER_MUSCLE_SESSION:
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
        for movement in by_priority(goals, choices):
            if movement in present or movement == "hinge":
                continue
            if posture and movement == "vertical_pull":
                continue
            if day.sets() + MIN_SETS_PER_EXERCISE > MAX_SETS_PER_MUSCLE_SESSION:
                continue
            warmup, stretches = list(day.warmup), list(day.stretches)
            slot = make_slot(goals, movement, choices[movement][0], MIN_SETS_PER_EXERCISE)
            day.slots.append(slot)
            _frame_after_drop(goals, day)  # the new slot may now lead: ramp sets if heavy
            if day.minutes() <= goals.minutes:
                return True
            day.slots.remove(slot)
            day.warmup, day.stretches = warmup, stretches
    return False


def _rows_lead_by_a_set(days: list[Day]) -> bool:
    return movement_sets(days, "horizontal_pull")[1] > movement_sets(days, "vertical_pull")[1]
