"""A training session: today's session, its note and pain check-in, and finishing it."""

from __future__ import annotations

from backfit.data.workouts import (
    TRENDS,
    Summary,
    Workout,
    finish_workout,
    get_workout,
    save_checkin,
    start_workout,
    summarize,
    todays_workout,
)

__all__ = [
    "TRENDS",
    "Summary",
    "Workout",
    "finish_workout",
    "get_workout",
    "save_checkin",
    "start_workout",
    "summarize",
    "todays_workout",
]
