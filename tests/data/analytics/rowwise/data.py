"""One profile's rollup rows read once as Python rows, and the lift sessions made from them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

import duckdb

from backfit.core import catalog
from backfit.data.analytics.window import Window
from backfit.data.store import Store


class Lift(NamedTuple):
    """One rollup row (`session_lifts`: session × day × lift) and its lift's movement pattern."""

    workout_id: str
    day: date
    exercise: str
    variant: str | None
    working_sets: int
    tonnage_kg: float
    e1rm_kg: float | None
    e1rm_reps: int | None
    e1rm_load_kg: float | None
    e1rm_rir: float | None
    reps: int | None
    best_reps: int | None
    hold_s: float | None
    longest_hold_s: float | None
    max_load_kg: float | None
    rung: int | None
    net_kg: float | None
    net_best_reps: int | None
    picked: str | None  # the pattern the lifter gave a custom exercise (`exercise_patterns`)

    @property
    def movement(self) -> str:
        """The lift's movement pattern: the catalog's, else the lifter's, else "other" (#13)."""
        return CATALOG_MOVEMENT.get(self.exercise) or self.picked or "other"


class LiftSession(NamedTuple):
    """A lift's best e1RM in one session, the set it came from, and the best before it."""

    exercise: str
    variant: str | None
    workout_id: str
    day: date
    e1rm_kg: float
    reps: int
    load_kg: float
    rir: float | None
    previous_kg: float | None
    is_pr: bool


#: Every catalog lift's pattern, trunk holds too: the back filter keeps them (only "other" goes).
CATALOG_MOVEMENT = {e.id: e.movement for e in catalog.EXERCISES}

#: `$profile`'s rollup rows (only `$exercise`'s, if not NULL) with the pattern the lifter gave a
#: custom exercise. The one statement the page runs over the rollups; no ORDER BY (every figure
#: sorts what it shows).
ROLLUP_ROWS = """
    SELECT sl.workout_id, sl.day, sl.exercise, sl.variant, sl.working_sets,
           sl.tonnage_kg, sl.e1rm_kg, sl.e1rm_reps, sl.e1rm_load_kg, sl.e1rm_rir, sl.reps,
           sl.best_reps, sl.hold_s, sl.longest_hold_s, sl.max_load_kg, sl.rung, sl.net_kg,
           sl.net_best_reps, pat.movement
    FROM session_lifts sl
    LEFT JOIN exercise_patterns pat ON pat.profile = sl.profile AND pat.exercise = sl.exercise
    WHERE sl.profile = $profile AND ($exercise IS NULL OR sl.exercise = $exercise)"""

#: The profile's pain check-ins, by the calendar day their session started.
PAIN_ROWS = """
    SELECT CAST(started_at AS DATE), pain_score, pain_trend FROM workouts
    WHERE profile = $profile AND (pain_score IS NOT NULL OR pain_trend IS NOT NULL)"""


class ProfileData:
    """One profile's rollup rows (`session_lifts`), read once for every figure of a page.

    The figures read only these rows, kept at write time (`backfit.data.rollups`): a few per
    session instead of every set, so a figure costs the same whether the lifter logged a year
    or a decade, and whatever the other lifters in the file logged. They are aggregated here
    in Python: a few thousand rows take less time than planning one more SQL statement.

    * `rows`: the back work only, which every chart, PR and headline number reads, and
      `others`: the lifts whose movement pattern is "other" (issue #13);
    * `sessions`: the best e1RM per lift per session over the whole history (PRs).
    """

    def __init__(self, cursor: duckdb.DuckDBPyConnection, profile: str, every: list[Lift]):
        self.cursor = cursor
        self.profile = profile
        self.rows: list[Lift] = []
        self.others: list[Lift] = []
        back: dict[str, bool] = {}  # per exercise: a handful of look-ups, not one per row
        for row in every:
            if row.exercise not in back:
                back[row.exercise] = row.movement != "other"
            (self.rows if back[row.exercise] else self.others).append(row)
        self.sessions = lift_sessions(self.rows)
        self._pain: list[tuple[date, int | None, str | None]] | None = None
        self._within: dict[Window, list[Lift]] = {}

    def within(self, window: Window) -> list[Lift]:
        """The back-work rows whose day is in `window` (kept: several figures share a window)."""
        if window not in self._within:
            start, end = window.start, window.end
            self._within[window] = [r for r in self.rows if start <= r.day <= end]
        return self._within[window]

    def pain(self) -> list[tuple[date, int | None, str | None]]:
        """(day, pain score, pain trend) of each check-in (read on first use)."""
        if self._pain is None:
            self._pain = self.cursor.execute(PAIN_ROWS, {"profile": self.profile}).fetchall()
        return self._pain


@contextmanager
def open_profile(store: Store, profile: str, exercise: str | None = None) -> Iterator[ProfileData]:
    """`profile`'s rollup rows (only `exercise`'s, if given) ready for the figures."""
    with store.read() as cursor:
        fetched = cursor.execute(ROLLUP_ROWS, {"profile": profile, "exercise": exercise})
        yield ProfileData(cursor, profile, list(map(Lift._make, fetched.fetchall())))


def _best(row: Lift | LiftSession) -> tuple[float, int, float, tuple[int, float]]:
    """The order of best sets: (e1RM, reps, load, RIR), a missing RIR above any (as DuckDB)."""
    if isinstance(row, LiftSession):
        e, r, load, rir = row.e1rm_kg, row.reps, row.load_kg, row.rir
    else:
        assert row.e1rm_kg is not None and row.e1rm_reps is not None
        assert row.e1rm_load_kg is not None
        e, r, load, rir = row.e1rm_kg, row.e1rm_reps, row.e1rm_load_kg, row.e1rm_rir
    return (e, r, load, (1, 0.0) if rir is None else (0, rir))


def lift_sessions(rows: list[Lift]) -> list[LiftSession]:
    """Best e1RM per lift per session, with the best of every earlier session (for PRs).

    A session past midnight has a row per day: it counts once, on its first day. The best set
    is the greatest (e1RM, reps, load, RIR), as in `rollups.ROWS`. A PR beats every earlier
    session of the lift; the first session sets the baseline. In (lift, day, session) order.
    """
    best: dict[tuple[str, str | None, str], Lift] = {}
    first: dict[tuple[str, str | None, str], date] = {}
    for row in rows:
        if row.e1rm_kg is None:
            continue
        key = (row.exercise, row.variant, row.workout_id)
        if key not in best or _best(row) > _best(best[key]):
            best[key] = row
        first[key] = min(first.get(key, row.day), row.day)
    order = sorted(best, key=lambda k: (k[0], k[1] is not None, k[1] or "", first[k], k[2]))
    sessions: list[LiftSession] = []
    lift: tuple[str, str | None] | None = None
    previous: float | None = None
    for key in order:
        if key[:2] != lift:
            lift, previous = key[:2], None
        row = best[key]
        assert row.e1rm_kg is not None and row.e1rm_reps is not None
        assert row.e1rm_load_kg is not None
        is_pr = previous is not None and row.e1rm_kg > previous
        sessions.append(LiftSession(row.exercise, row.variant, row.workout_id, first[key],
                                    row.e1rm_kg, row.e1rm_reps, row.e1rm_load_kg, row.e1rm_rir,
                                    previous, is_pr))  # fmt: skip
        previous = row.e1rm_kg if previous is None else max(previous, row.e1rm_kg)
    return sessions
