"""The pain-independent caps on a day's sets (TRAINING §2): the day's share of the band's top,
each exercise's most sets, and about 10 sets for one muscle group in a session (IUSCA).

None of them moves with pain, which is what lets the fitting stop at the first set that does
not fit its minutes and stay monotone in pain (`fitting.allocate`).
"""

from __future__ import annotations

from backfit.core import rules
from backfit.core.goals import Goals
from backfit.core.routine.draft import Day, Slot

#: The muscle group a pattern's sets count towards for the ~10-sets-a-session cap (IUSCA); an
#: erector-heavy row (`Slot.erector`, a bent-over row) counts to the erectors as well.
_GROUP_MUSCLE = {
    "vertical_pull": "lats",
    "horizontal_pull": "upper back",
    "light": "upper back",
    "hinge": "erectors",
    "extension": "erectors",
}


def _muscles(slot: Slot) -> set[str]:
    muscle = _GROUP_MUSCLE.get(slot.group)
    return ({muscle} if muscle else set()) | ({"erectors"} if slot.erector else set())


def muscle_sets(day: Day, muscle: str) -> int:
    return sum(s.sets for s in day.working() if muscle in _muscles(s))


def cap_hit(day: Day, slot: Slot, add: int) -> str | None:
    """Which pain-independent cap `add` more sets would pass: "most" (the slot's most sets),
    "muscle" (~10 sets per muscle group in a session), or None."""
    if slot.sets + add > slot.rx.sets_max:
        return "most"
    if any(muscle_sets(day, m) + add > rules.MAX_SETS_PER_MUSCLE_SESSION for m in _muscles(slot)):
        return "muscle"
    return None


def fits_caps(day: Day, slot: Slot, add: int) -> bool:
    return cap_hit(day, slot, add) is None


def day_caps(goals: Goals, count: int, band: tuple[int, int]) -> list[int]:
    """The band's top shared over the days (at least 4 sets a day, TRAINING §2)."""
    top = band[1]
    return [
        max(rules.MIN_SETS_PER_DAY, top // count + (1 if i < top % count else 0))
        for i in range(count)
    ]
