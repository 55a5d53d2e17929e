"""The planned lighter week (TRAINING §4, Bell/Rogerson 2024).

Every Nth week of training (N = 5 by default, 4–6 in settings) is lighter: about half the sets
at RIR ≥ 4, the same exercises, never more load than last time. Weeks are Monday-based; a week
counts as a week of training when it has at least one session, and the current week counts as
the next one even before its first session. The lifter may skip a lighter week: it then trains
as usual and the count goes on (the next lighter week is N training weeks later).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from backfit.core.errors import ValidationError
from backfit.core.rules import (
    LIGHTER_WEEK_EVERY_RANGE,
    LIGHTER_WEEK_MIN_RIR,
    LIGHTER_WEEK_SET_SHARE,
)


def week_of(day: date | datetime) -> date:
    """The Monday that starts `day`'s week."""
    d = day.date() if isinstance(day, datetime) else day
    return d - timedelta(days=d.weekday())


def check_every(every: int) -> int:
    low, high = LIGHTER_WEEK_EVERY_RANGE
    if isinstance(every, bool) or int(every) != every or not low <= every <= high:
        raise ValidationError(
            f"A lighter week comes every {low} to {high} weeks of training.", field="deload_every"
        )
    return int(every)


def week_number(week: date, training_weeks: Iterable[date]) -> int:
    """1-based position of `week` among the weeks of training (it counts even if empty yet)."""
    return 1 + len({w for w in training_weeks if w < week})


def is_lighter_week(
    week: date, training_weeks: Iterable[date], *, every: int, skipped: Iterable[date] = ()
) -> bool:
    """True when `week` is a planned lighter week that was not skipped."""
    if week in set(skipped):
        return False
    return week_number(week, training_weeks) % every == 0


def lighter_sets(sets: int) -> int:
    """About half the sets, rounded up, at least one."""
    return max(1, math.ceil(sets * LIGHTER_WEEK_SET_SHARE))


def lighter_rir(rir: int) -> int:
    return max(rir, LIGHTER_WEEK_MIN_RIR)
