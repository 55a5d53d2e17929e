"""Pain check-ins: record one, and say which one is in force (TRAINING §4)."""

from __future__ import annotations

from datetime import datetime

from backfit.core.training import PainCheck
from backfit.data.checkins import save_checkin
from backfit.data.store import Store
from backfit.services.targets import checkin_in_force

__all__ = ["checkin_in_force", "record_checkin"]


def record_checkin(
    store: Store,
    profile: str,
    score: int | None,
    *,
    trend: str | None = None,
    red_flag: bool = False,
    at: datetime,
) -> PainCheck:
    """Store a check-in given at `at`; it applies to every session of the next 7 days."""
    return save_checkin(store, profile, at, score=score, trend=trend, red_flag=red_flag)
