"""The pain check-in and what it does to each lift (TRAINING §4 table, §6 texts).

A check-in is a score 0–10, a trend (better / same / worse) and the time it was given. The
latest check-in of the last 7 days applies to every session until a newer one (`in_force`), so
an 8/10 "worse" given after Wednesday's session still counts on Friday. Its response is graded
per lift class: spinal-loading lifts (moderate or high spinal load) hold, drop 10 % or stop;
everything else progresses or holds. A red-flag answer stops all loading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from backfit.core import catalog
from backfit.core.rules import (
    CHECKIN_CARRY_DAYS,
    CHECKIN_HOLD_FROM,
    CHECKIN_PROGRESS_MAX,
    CHECKIN_REDUCE_FROM,
    CHECKIN_TRUNK_ONLY_FROM,
    SPINAL_CLASSES,
    SPINAL_MODERATE_WHEN_LOADED,
    TRUNK_ENDURANCE_IDS,
)

Trend = Literal["better", "same", "worse"]
Response = Literal["progress", "hold", "reduce", "trunk_only", "stop"]
TRENDS: tuple[str, ...] = ("better", "same", "worse")

#: §6: shown with every check-in of 7/10 or more.
CLINICIAN_TEXT = (
    "Stop and see a clinician if pain spreads into a leg, tingling or numbness appears, or pain "
    "is worse and lasts more than 48 hours."
)
#: §6: shown, with nothing loaded, after a red-flag answer.
URGENT_CARE_TEXT = (
    "Seek urgent care now: new loss of bladder or bowel control, numbness in the groin or saddle "
    "area, severe or worsening leg weakness, fever or unexplained weight loss with back pain, or "
    "back pain after major trauma need a doctor today, not training."
)
#: Names of the trunk-endurance ids for when the catalog does not list them (yet).
_TRUNK_NAMES = {
    "bird_dog": "Bird-dog",
    "side_bridge": "Side bridge",
    "mcgill_curl_up": "McGill curl-up",
}


@dataclass(frozen=True, slots=True)
class PainCheck:
    """A pain check-in: 0–10, better / same / worse, when, and whether a red flag was answered."""

    score: int | None = None
    trend: Trend | None = None
    at: datetime | None = None
    red_flag: bool = False

    @property
    def given(self) -> bool:
        return self.score is not None or self.trend is not None or self.red_flag

    def response(self, spinal: bool) -> Response:
        """The §4 table's cell for a spinal-loading lift (`spinal`) or anything else."""
        if self.red_flag:
            return "stop"
        score = self.score or 0
        worse = self.trend == "worse"
        if score >= CHECKIN_TRUNK_ONLY_FROM:
            return "trunk_only" if spinal else "hold"
        if score >= CHECKIN_REDUCE_FROM or worse:
            return "reduce" if spinal else "hold"
        if score >= CHECKIN_HOLD_FROM or (self.trend == "same" and score >= CHECKIN_HOLD_FROM):
            return "hold" if spinal else "progress"
        assert score <= CHECKIN_PROGRESS_MAX
        return "progress"

    def reason(self) -> str:
        """`pain 8/10, worse, at the check-in of Wed 2 Dec` for the target's `why`."""
        if self.red_flag:
            return "a red-flag answer at check-in"
        parts = []
        if self.score is not None:
            parts.append(f"pain {self.score}/10")
        if self.trend is not None:
            parts.append(f"{self.trend} than last time")
        when = f" at the check-in of {self.at:%a %-d %b}" if self.at else " at check-in"
        return ", ".join(parts) + when

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "trend": self.trend,
            "at": self.at.isoformat(timespec="minutes") if self.at else None,
            "red_flag": self.red_flag,
        }


def in_force(checkins: Iterable[PainCheck], now: datetime) -> PainCheck | None:
    """The latest check-in at or before `now` and within the last 7 days, or None."""
    since = now - timedelta(days=CHECKIN_CARRY_DAYS)
    dated = [c for c in checkins if c.at is not None and since <= c.at <= now and c.given]
    return max(dated, key=lambda c: c.at or now) if dated else None


def is_spinal(exercise: str, variant: str | None, *, loaded: bool) -> bool:
    """Moderate or high spinal load (the catalog's §1 class); back extensions when loaded."""
    try:
        load = catalog.spinal_load(exercise, variant or "")
    except KeyError:
        load = "low"
    if load in SPINAL_CLASSES:
        return True
    return exercise in SPINAL_MODERATE_WHEN_LOADED and loaded


def trunk_endurance_names() -> tuple[tuple[str, str], ...]:
    """(id, name) of the McGill big 3, named by the catalog when it lists them."""
    named = []
    for exercise_id in TRUNK_ENDURANCE_IDS:
        if catalog.is_catalog_exercise(exercise_id):
            named.append((exercise_id, catalog.exercise(exercise_id).name))
        else:
            named.append((exercise_id, _TRUNK_NAMES[exercise_id]))
    return tuple(named)
