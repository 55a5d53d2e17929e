"""One profile's rollup rows read once, the lift sessions made from them, and the overview."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

import numpy as np

from backfit.core import catalog
from backfit.data.analytics.columns import (
    day_numbers,
    encode,
    group,
    in_window,
    nulls_first,
    to_date,
)
from backfit.data.analytics.window import Window
from backfit.data.store import Store

#: Every catalog lift's pattern, trunk holds too: the back filter keeps them (only "other" goes).
CATALOG_MOVEMENT = {e.id: e.movement for e in catalog.EXERCISES}

#: `$profile`'s rollup rows (only `$exercise`'s, if not NULL) with the pattern the lifter gave a
#: custom exercise, then, in the same statement (one less to plan), the profile's pain check-ins
#: as rows without a session (`workout_id` NULL): the calendar day their session started, the
#: score and the trend. The one statement the page runs over the rollups; no ORDER BY (the rows
#: are sorted once read).
PROFILE_ROWS = """
    SELECT sl.workout_id, sl.day, sl.exercise, sl.variant, sl.working_sets,
           sl.tonnage_kg, sl.e1rm_kg, sl.e1rm_reps, sl.e1rm_load_kg, sl.e1rm_rir, sl.reps,
           sl.best_reps, sl.hold_s, sl.longest_hold_s, sl.max_load_kg, sl.rung, sl.net_kg,
           sl.net_best_reps, pat.movement, NULL::INTEGER AS pain_score, NULL AS pain_trend
    FROM session_lifts sl
    LEFT JOIN exercise_patterns pat ON pat.profile = sl.profile AND pat.exercise = sl.exercise
    WHERE sl.profile = $profile AND ($exercise IS NULL OR sl.exercise = $exercise)
    UNION ALL
    SELECT NULL, CAST(started_at AS DATE), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, pain_score, pain_trend
    FROM workouts
    WHERE profile = $profile AND (pain_score IS NOT NULL OR pain_trend IS NOT NULL)"""

#: The numeric rollup columns, read as float64 with NaN for NULL (integers up to 2**53 exactly).
NUMBERS = ("working_sets", "tonnage_kg", "e1rm_kg", "e1rm_reps", "e1rm_load_kg", "e1rm_rir",
           "reps", "best_reps", "hold_s", "longest_hold_s", "max_load_kg", "rung", "net_kg",
           "net_best_reps")  # fmt: skip


def _numbers(values: Any) -> np.ndarray:
    """A numeric column from `fetchnumpy` (masked where NULL) as float64 with NaN."""
    if isinstance(values, np.ma.MaskedArray):
        filled: np.ndarray = np.ma.filled(values.astype(np.float64), np.nan)
        return filled
    return np.asarray(values, dtype=np.float64)


def _texts(values: Any) -> np.ndarray:
    """A text column from `fetchnumpy` as an object array with None for NULL."""
    if isinstance(values, np.ma.MaskedArray):
        out = np.array(values.data, dtype=object)
        out[np.ma.getmaskarray(values)] = None
        return out
    return np.asarray(values, dtype=object)


class Rows:
    """Rollup rows (`session_lifts`: session × day × lift) as columns, one array per field.

    Text is coded (`columns.encode`): `exercise` and `variant` index `exercises` and
    `variants`, `workout` indexes `workouts`, each in sorted order (None last); `day` holds
    day numbers; the numbers are float64 with NaN for NULL.
    """

    def __init__(self, fields: dict[str, np.ndarray], pick: np.ndarray | slice = slice(None)):
        self.fields = fields
        self.day: np.ndarray = fields["day"][pick]
        self.workout: np.ndarray = fields["workout"][pick]
        self.exercise: np.ndarray = fields["exercise"][pick]
        self.variant: np.ndarray = fields["variant"][pick]
        self.working_sets: np.ndarray = fields["working_sets"][pick].astype(np.int64)
        self.numbers = {name: fields[name][pick] for name in NUMBERS}
        self.workouts: np.ndarray = fields["workouts"]
        self.exercises: np.ndarray = fields["exercises"]
        self.variants: np.ndarray = fields["variants"]
        #: Each exercise's movement pattern, by exercise code.
        self.movements: np.ndarray = fields["movements"]

    def __len__(self) -> int:
        return len(self.day)

    def __getitem__(self, name: str) -> np.ndarray:
        return self.numbers[name]

    def exercise_code(self, exercise: str) -> int:
        """The code of `exercise`, or -1 when the lifter never logged it."""
        found = np.searchsorted(self.exercises[:-1], exercise) if len(self.exercises) > 1 else 0
        if found < len(self.exercises) - 1 and self.exercises[found] == exercise:
            return int(found)
        return -1


class Sessions(NamedTuple):
    """The best e1RM of each lift in each session (PRs), in (lift, day, session) order.

    `exercise`, `variant` and `workout` are codes of the profile's `Rows`; `day` is the
    session's first day (a day number); `rir` and `previous_kg` are NaN where unknown.
    """

    exercise: np.ndarray
    variant: np.ndarray
    workout: np.ndarray
    day: np.ndarray
    e1rm_kg: np.ndarray
    reps: np.ndarray
    load_kg: np.ndarray
    rir: np.ndarray
    previous_kg: np.ndarray
    is_pr: np.ndarray

    def take(self, pick: np.ndarray) -> Sessions:
        return Sessions(*(column[pick] for column in self))


class ProfileData:
    """One profile's rollup rows (`session_lifts`), read once for every figure of a page.

    The figures read only these rows, kept at write time (`backfit.data.rollups`): a few per
    session instead of every set, so a figure costs the same whether the lifter logged a year
    or a decade, and whatever the other lifters in the file logged. They are read as numpy
    columns (`fetchnumpy`) and aggregated column-wise: a few thousand rows take less time than
    planning one more SQL statement, and far less than making them Python objects.

    * `rows`: the back work only, which every chart, PR and headline number reads, and
      `others`: the lifts whose movement pattern is "other" (issue #13);
    * `sessions`: the best e1RM per lift per session over the whole history (PRs).
    """

    def __init__(self, profile: str, every: dict[str, Any]):
        self.profile = profile
        checkin = np.ma.getmaskarray(every["workout_id"])  # the pain rows have no session
        fetched = {name: values[~checkin] for name, values in every.items()}
        self._pain = [
            (to_date(day), score, trend)
            for day, score, trend in zip(
                day_numbers(every["day"][checkin]).tolist(),
                _texts(every["pain_score"][checkin]).tolist(),
                _texts(every["pain_trend"][checkin]).tolist(),
                strict=True,
            )
        ]
        fields: dict[str, np.ndarray] = {name: _numbers(fetched[name]) for name in NUMBERS}
        fields["day"] = day_numbers(fetched["day"])
        fields["workout"], fields["workouts"] = encode(_texts(fetched["workout_id"]))
        fields["exercise"], fields["exercises"] = encode(_texts(fetched["exercise"]))
        fields["variant"], fields["variants"] = encode(_texts(fetched["variant"]))
        # Rows in the order a rebuild lays them out (`rollups.ORDER`), whatever order the scan
        # returned them in (threads may interleave row groups): float sums add up in row
        # order, so this keeps every figure the same to the last bit from run to run.
        order = np.lexsort((nulls_first(fields["variant"], fields["variants"]),
                            fields["exercise"], fields["workout"], fields["day"]))  # fmt: skip
        for name in ("day", "workout", "exercise", "variant", *NUMBERS):
            fields[name] = fields[name][order]
        # The pattern of each exercise: the catalog's, else the lifter's, else "other" (#13).
        picked = dict(zip(_texts(fetched["exercise"]), _texts(fetched["movement"]), strict=True))
        fields["movements"] = np.array(
            [CATALOG_MOVEMENT.get(e) or picked.get(e) or "other" for e in fields["exercises"]],
            dtype=object,
        )
        other = (fields["movements"] == "other")[fields["exercise"]]
        self.rows = Rows(fields, ~other)
        self.others = Rows(fields, other)
        self.sessions = lift_sessions(self.rows)
        self._within: dict[Window, np.ndarray] = {}

    def within(self, window: Window) -> np.ndarray:
        """Which back-work rows have their day in `window` (kept: figures share windows)."""
        if window not in self._within:
            self._within[window] = in_window(self.rows.day, window)
        return self._within[window]

    def pain(self) -> list[tuple[date, int | None, str | None]]:
        """(day, pain score, pain trend) of each check-in."""
        return self._pain


@contextmanager
def open_profile(store: Store, profile: str, exercise: str | None = None) -> Iterator[ProfileData]:
    """`profile`'s rollup rows (only `exercise`'s, if given) ready for the figures."""
    with store.read() as cursor:
        fetched = cursor.execute(PROFILE_ROWS, {"profile": profile, "exercise": exercise})
        every = fetched.fetchnumpy()
    yield ProfileData(profile, every)


def lift_sessions(rows: Rows) -> Sessions:
    """Best e1RM per lift per session, with the best of every earlier session (for PRs).

    A session past midnight has a row per day: it counts once, on its first day. The best set
    is the greatest (e1RM, reps, load, RIR), a missing RIR above any, as in `rollups.ROWS`. A
    PR beats every earlier session of the lift; the first session sets the baseline. In
    (lift, day, session) order, a pull-up's lift (variant None) before its variants' would be.
    """
    rated = np.flatnonzero(~np.isnan(rows["e1rm_kg"]))
    ex, var, wk = rows.exercise[rated], rows.variant[rated], rows.workout[rated]
    e1rm, reps = rows["e1rm_kg"][rated], rows["e1rm_reps"][rated]
    load, rir = rows["e1rm_load_kg"][rated], rows["e1rm_rir"][rated]
    groups, _ = group(ex, var, wk)
    size = int(groups.max()) + 1 if len(groups) else 0
    # Each session's best row: the last in ascending (e1RM, reps, load, RIR) order per group.
    no_rir = np.isnan(rir)
    order = np.lexsort((np.where(no_rir, 0.0, rir), no_rir, load, reps, e1rm, groups))
    last = np.ones(len(order), dtype=bool)
    last[:-1] = groups[order][1:] != groups[order][:-1]
    best = order[last]  # one row per group, in group order
    first = np.full(size, np.iinfo(np.int64).max)
    np.minimum.at(first, groups, rows.day[rated])
    variant_key = nulls_first(var[best], rows.variants)
    ordered = best[np.lexsort((wk[best], first, variant_key, ex[best]))]
    firsts = first[groups[ordered]]
    e1rm_best = e1rm[ordered]
    previous = np.full(len(ordered), np.nan)
    lift = np.stack((ex[ordered], var[ordered])) if len(ordered) else np.zeros((2, 0))
    starts = np.flatnonzero(np.r_[True, (lift[:, 1:] != lift[:, :-1]).any(axis=0)])
    for begin, end in zip(starts, [*starts[1:], len(ordered)], strict=True):
        if end - begin > 1:
            previous[begin + 1 : end] = np.maximum.accumulate(e1rm_best[begin : end - 1])
    with np.errstate(invalid="ignore"):
        is_pr = e1rm_best > previous  # NaN (the first session) is never a PR
    sessions = Sessions(ex[ordered], var[ordered], wk[ordered], firsts, e1rm_best,
                        reps[ordered].astype(np.int64), load[ordered], rir[ordered], previous,
                        is_pr)  # fmt: skip
    return sessions


#: A fingerprint of everything the profile's figures read: its rollup rows, its pain
#: check-ins, its routine version and the movement patterns it gave its own exercises (they
#: decide what counts as back work). Any change to any of them changes it.
_VERSION = """
    concat_ws(':', count(*), sum(sets),
              bit_xor(hash(workout_id, day, exercise, variant, sets, working_sets, tonnage_kg,
                           e1rm_kg, e1rm_reps, e1rm_load_kg, e1rm_rir, reps, best_reps, hold_s,
                           longest_hold_s, max_load_kg, rung, net_kg, net_best_reps)),
              (SELECT concat_ws(':', count(*), sum(pain_score), sum(length(pain_trend)))
               FROM workouts WHERE profile = $profile),
              (SELECT max(version) FROM routines WHERE profile = $profile),
              (SELECT concat_ws(':', count(*), bit_xor(hash(exercise, movement)))
               FROM exercise_patterns WHERE profile = $profile))"""
_LIFTS = (
    "FROM session_lifts WHERE profile = $profile AND ($exercise IS NULL OR exercise = $exercise)"
)


@dataclass(frozen=True, slots=True)
class DataVersion:
    """The first and last day of the profile's back-work log, and its data `version`."""

    first: date | None
    last: date | None
    version: str


def data_version(store: Store, profile: str) -> DataVersion:
    """What the Progress page needs before its figures: their range and their cache key.

    The `version` is `overview`'s, without the counts (the page shows none of them, and their
    `count(DISTINCT …)` was a fifth of the statement, run on every rerun of the page).
    """
    with store.read() as cur:
        row = cur.execute(f"SELECT min(day), max(day), {_VERSION} {_LIFTS}",
                          {"profile": profile, "exercise": None}).fetchone()  # fmt: skip
    assert row is not None
    return DataVersion(row[0], row[1], str(row[2]))


@dataclass(frozen=True, slots=True)
class Overview:
    sets: int
    working_sets: int
    sessions: int
    first: date | None
    last: date | None
    version: str


def overview(store: Store, profile: str, exercise: str | None = None) -> Overview:
    """Counts and the first/last day; `version` changes whenever the profile's figures do.

    Read from the rollup rows, never from `sets`; the version (a cache key for pages) is
    `data_version`'s fingerprint.
    """
    sql = f"""
        SELECT coalesce(sum(sets), 0)::BIGINT, coalesce(sum(working_sets), 0)::BIGINT,
               count(DISTINCT workout_id), min(day), max(day), {_VERSION}
        {_LIFTS}"""
    with store.read() as cur:
        row = cur.execute(sql, {"profile": profile, "exercise": exercise}).fetchone()
    assert row is not None
    return Overview(int(row[0]), int(row[1]), int(row[2]), row[3], row[4], str(row[5]))
