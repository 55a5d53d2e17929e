"""Small helpers the tests share (not part of BackFit's API)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store

#: Three training days of a week, two days apart (the targets and sessions tests use them).
DAY1 = datetime(2026, 5, 4, 18, 0)
DAY2 = DAY1 + timedelta(days=2)
DAY3 = DAY1 + timedelta(days=4)


def count_sets(store: Store, profile: str | None = None) -> int:
    """How many sets the database holds, for one profile or all."""
    with store.read() as cur:
        if profile is None:
            return int(cur.execute("SELECT count(*) FROM sets").fetchone()[0])
        row = cur.execute("SELECT count(*) FROM sets WHERE profile = ?", [profile]).fetchone()
        return int(row[0])


def log_sets(store: Store, when: datetime, *entries: SetEntry) -> str:
    """Log `entries` for "me" three minutes apart from `when`; returns the session's id."""
    workout = ""
    for i, entry in enumerate(entries):
        at = when + timedelta(minutes=3 * i)
        workout = log_set(store, "me", entry, performed_at=at, now=DAY3).workout_id
    return workout


def deadlift(reps: int, weight: float = 100.0, kind: str = "working") -> SetEntry:
    """A conventional deadlift set at RIR 2."""
    return SetEntry("deadlift", "conventional", reps=reps, weight_kg=weight, rir=2, kind=kind)  # type: ignore[arg-type]  # kind is checked by validate_entry


def glance_table(at: Any) -> list[list[str]]:
    """The rows of the Goals page's week-at-a-glance Markdown table ([] when it shows none)."""
    for element in at.markdown:
        lines = element.value.splitlines()
        if lines and lines[0].startswith("| Day | Exercise |"):
            return [[c.strip() for c in line.strip("|").split(" | ")] for line in lines[2:]]
    return []


def glance(at: Any) -> list[tuple[str, str]]:
    """(exercise, dose) of each row of the week at a glance."""
    return [(row[1], row[2]) for row in glance_table(at)]
