"""What each day says about itself, once its sets are fitted (TRAINING §2: every "why" true).

The hinge day's role (heavy, light, the week's one) and what the 48-hour rule did that day are
decided while scheduling, but only said here, after fitting: a hinge or a pull left without sets
is neither "heavy" nor a reason for anything.
"""

from __future__ import annotations

from backfit.core.routine.draft import WEEKDAY_NAMES, Day
from backfit.core.routine.scheduling import MIN_GAP_DAYS, gap

#: How the 48-hour sentence names each pattern: absent today, or present but kept easy.
_ABSENT = {"hinge": "no hinge", "horizontal_pull": "no rows", "vertical_pull": "no vertical pulls"}
_EASY = {"hinge": "the hinge", "horizontal_pull": "rows", "vertical_pull": "vertical pulls"}


def _holds(day: Day, pattern: str) -> bool:
    """The day has real work of `pattern` (light upper-back work is not a row session)."""
    return any(s.pattern == pattern and s.group != "light" and s.sets > 0 for s in day.slots)


def _hard(day: Day, pattern: str) -> bool:
    return any(s.pattern == pattern and s.hard() for s in day.slots)


def _hinge_sentence(day: Day, hard: bool, two: bool) -> str:
    """The day's hinge role as the fitted week has it: heavy or light only when two hinge days
    kept their sets, and "heavy" only when the hinge is trained hard (RIR ≤ 2) that day."""
    if not two:
        return "The week's one hinge day."
    if hard or day.hinge_note.startswith("Light"):
        return day.hinge_note
    return "The heavier of the two hinge days (its hinge at RIR 3 or more)."


def explain(days: list[Day]) -> None:
    """The day's hinge role and what the 48-hour rule did, said once the sets are fitted: a
    hinge or pull that got no sets is neither "heavy" nor a reason for anything, and only a
    hard session (RIR ≤ 2) within 48 h of the day is named (TRAINING §2, every "why" true for
    the input)."""
    hinged = [_holds(d, "hinge") for d in days]
    two = sum(hinged) > 1
    for i, day in enumerate(days):
        if hinged[i] and day.hinge_note:
            day.why.insert(0, _hinge_sentence(day, _hard(day, "hinge"), two))
            if not two:  # a light-day hinge left alone: its why no longer speaks of a heavy day
                for slot in day.slots:
                    if slot.pattern == "hinge" and slot.why_alone:
                        slot.why = slot.why_alone
        parts = []
        for pattern in _ABSENT:
            near = sorted(
                (o.weekday for o in days if o is not day and _hard(o, pattern)
                 and gap(day.weekday, o.weekday) < MIN_GAP_DAYS),
                key=lambda w: (w - day.weekday) % 7,
            )  # fmt: skip
            if not near or _hard(day, pattern):
                continue
            on = " and ".join(WEEKDAY_NAMES[w] for w in near)
            if _holds(day, pattern):
                parts.append(f"{_EASY[pattern]} kept easy (trained hard on {on})")
            else:
                parts.append(f"{_ABSENT[pattern]} today (trained hard on {on})")
        if parts:
            day.why.append("48 h between hard sessions of one pattern: " + "; ".join(parts) + ".")
