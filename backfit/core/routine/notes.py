"""The plain-language notes a routine carries: what it could not do, and why."""

from __future__ import annotations

from backfit.core import rules
from backfit.core.goals import Goals

PAIN_LEADS = (
    "Pain prevention leads: lifts that load the spine stay at 3 or more reps in reserve and "
    "high-load variants are graded out as the pain share grows (TRAINING §2)."
)
#: TRAINING §6: the urgent-care list, shown as a note whenever pain > 0.
RED_FLAGS = (
    "Red flags — seek urgent care, do not train, if you have: new loss of bladder or bowel "
    "control; numbness in the groin or saddle area; severe or worsening leg weakness; fever or "
    "unexplained weight loss with back pain; back pain after major trauma."
)


def days_note(goals: Goals, trained: int, band: tuple[int, int], minimum: int) -> str:
    """TRAINING §2: why the week trains on fewer days than the lifter gave."""
    lifter = {"novice": "a novice", "intermediate": "an intermediate"}.get(
        goals.level, "an advanced lifter"
    )
    need = f"at least {minimum} working sets"
    if minimum > rules.MIN_SETS_PER_DAY:
        need += " (a main lift at 3 sets and an accessory)"
    return (
        f"{trained} of your {goals.days} days: the weekly sets band for {lifter} is "
        f"{band[0]}–{band[1]}, and each day needs {need}. Use the other days for rest, "
        "walking or other training."
    )


def volume_note(goals: Goals, weekly: int, band: tuple[int, int]) -> str | None:
    """A note when the week's working sets end up outside the level's band, or at its top."""
    if weekly < band[0]:
        return (
            f"{weekly} working sets a week fit your schedule and equipment, below the "
            f"{goals.level} target of {band[0]}–{band[1]}; more days or minutes would close it."
        )
    if weekly > band[1]:
        return (
            f"{weekly} working sets a week, above the {goals.level} target of "
            f"{band[0]}–{band[1]}: every training day keeps at least 4 sets."
        )
    return None


def minutes_note(goals: Goals, weekly: int, band: tuple[int, int], short: list[int]) -> str | None:
    """TRAINING §2: say why a day uses less than 70 % of its minutes."""
    if not short:
        return None
    days = ", ".join(f"Day {i + 1}" for i in short)
    if weekly >= band[1]:
        return (
            f"The week is at the {goals.level} band's top ({band[1]} sets), so {days} "
            f"use less than 70 % of your {goals.minutes} minutes; add sets only as you recover."
        )
    return (
        f"{days} use less than 70 % of your {goals.minutes} minutes: no more useful sets fit "
        "there (each exercise your equipment allows is at its most sets, a muscle group at about "
        "10 sets in one session, or the next set would pass the minutes as planned)."
    )
