"""The column-wise figures equal the row-by-row ones they replaced, exactly, on any rollup rows.

Hypothesis writes random rollup rows (`session_lifts`), pain check-ins and movement patterns
for one lifter into a real DuckDB file, then every figure of `backfit.data.analytics` must
equal the row-by-row oracle (`rowwise/`) frame for frame: values (floats bit for bit: sums add
up in the same order), dtypes, row order and attrs. Values are drawn from small pools so that
ties (equal e1RMs, two sessions on a day, a session past midnight) are common.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backfit.data import analytics
from backfit.data.analytics import columns
from backfit.data.analytics.window import bucket
from backfit.data.store import Store
from tests.data.analytics.rowwise import consistency as old_consistency
from tests.data.analytics.rowwise import data as old_data
from tests.data.analytics.rowwise import exercises as old_exercises
from tests.data.analytics.rowwise import strength as old_strength
from tests.data.analytics.rowwise import summary as old_summary
from tests.data.analytics.rowwise import volume as old_volume

START = date(2024, 1, 1)
PROFILE = "prop"
LIFTS = [
    ("pull_up", None),
    ("row", "barbell"),
    ("row", "dumbbell"),
    ("row", None),
    ("deadlift", "conventional"),
    ("back_extension", "bench_45"),
    ("lat_pulldown", "wide"),
    ("bird_dog", None),
    ("Landmine row", None),  # custom, given a pattern below
    ("Bench press", None),  # custom, no pattern: "other"
    ("Bench press", "incline"),
]


def _number(values: list[float]) -> st.SearchStrategy[float | None]:
    return st.one_of(st.none(), st.sampled_from(values))


_rollup = st.fixed_dictionaries(
    {
        "workout": st.integers(0, 14),
        "late": st.integers(0, 5),  # 0: a second day of the same session (past midnight)
        "lift": st.sampled_from(LIFTS),
        "working_sets": st.integers(0, 2),
        "tonnage_kg": st.sampled_from([0.0, 0.1, 0.2, 0.3, 512.5, 1e-3, 77.7]),
        "e1rm": st.one_of(
            st.none(),
            st.tuples(
                st.sampled_from([50.0, 60.0, 60.1, 70.0 + 1 / 3]),
                st.integers(1, 3),
                st.sampled_from([40.0, 45.0]),
                _number([0.0, 1.0, 2.5]),
            ),
        ),
        "reps": st.one_of(st.none(), st.integers(0, 30)),
        "best_reps": st.one_of(st.none(), st.integers(0, 12)),
        "hold_s": _number([0.1, 0.2, 30.0]),
        "longest_hold_s": _number([10.0, 30.0]),
        "max_load_kg": _number([0.0, 40.0, 80.5]),
        "rung": st.one_of(st.none(), st.integers(0, 3)),
        "net_kg": _number([-20.0, 0.0, 10.0]),
        "net_best_reps": st.one_of(st.none(), st.integers(1, 8)),
    }
)
_checkin = st.tuples(
    st.integers(0, 20), st.one_of(st.none(), st.integers(0, 10)),
    st.sampled_from([None, "better", "same", "worse"]),
)  # fmt: skip


_ROW = f"({', '.join(['?'] * 20)})"


def _write(store: Store, rows: list[dict[str, Any]], checkins: list[tuple], pattern: bool) -> None:
    table = []
    for r in rows:
        day = START + timedelta(days=r["workout"] * 3 + (1 if r["late"] == 0 else 0))
        e1rm, reps, load, rir = r["e1rm"] or (None, None, None, None)
        exercise, variant = r["lift"]
        table.append((PROFILE, f"w{r['workout']:02d}", day, exercise, variant,
                      r["working_sets"] + 1, r["working_sets"], r["tonnage_kg"], e1rm, reps, load,
                      rir, r["reps"], r["best_reps"], r["hold_s"], r["longest_hold_s"],
                      r["max_load_kg"], r["rung"], r["net_kg"], r["net_best_reps"]))  # fmt: skip

    # Written in the rollups' own order (`rollups.ORDER`), which the figures sort the rows into
    # and the oracle takes them in: sums then add up in the same order on both sides.
    table.sort(key=lambda r: (r[2], r[1], r[3], r[4] is not None, r[4] or ""))

    def work(cur: Any) -> None:
        for name in ("session_lifts", "workouts", "exercise_patterns"):
            cur.execute(f"DELETE FROM {name} WHERE profile = ?", [PROFILE])
        if table:  # one statement: executemany would plan an INSERT per row
            cur.execute(f"INSERT INTO session_lifts VALUES {', '.join([_ROW] * len(table))}",
                        [v for row in table for v in row])  # fmt: skip
        for n, (workout, score, trend) in enumerate(checkins):
            at = datetime.combine(START + timedelta(days=workout * 3), datetime.min.time())
            cur.execute(
                "INSERT INTO workouts (id, profile, started_at, pain_score, pain_trend, source)"
                " VALUES (?, ?, ?, ?, ?, 'manual')",
                [f"p{n}", PROFILE, at + timedelta(hours=18), score, trend],
            )
        if pattern:
            cur.execute(
                "INSERT INTO exercise_patterns VALUES (?, 'Landmine row', 'horizontal_pull')",
                [PROFILE],
            )

    store.write(work)


def _same(new: Any, old: Any) -> None:
    if isinstance(old, pd.DataFrame):
        pd.testing.assert_frame_equal(new, old, check_exact=True)
        assert new.attrs == old.attrs
        assert [type(new[c].array) for c in new] == [type(old[c].array) for c in old]
    elif dataclasses.is_dataclass(old):
        assert dataclasses.asdict(new) == dataclasses.asdict(old)
    else:
        assert new == old


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        _rollup, max_size=60, unique_by=lambda r: (r["workout"], r["late"] == 0, r["lift"])
    ),
    checkins=st.lists(_checkin, max_size=6),
    pattern=st.booleans(),
    start=st.integers(-10, 50),
    days=st.sampled_from([1, 6, 30, 200, 800, 3000]),
    today=st.integers(0, 70),
)
def test_column_figures_equal_the_row_by_row_ones(
    store: Store, rows: list[dict], checkins: list[tuple], pattern: bool, start: int,
    days: int, today: int,
) -> None:  # fmt: skip
    _write(store, rows, checkins, pattern)
    window = analytics.Window(START + timedelta(days=start), START + timedelta(days=start + days))
    on = START + timedelta(days=today)
    plan = analytics.plan(store, PROFILE)
    with analytics.open_profile(store, PROFILE) as new:
        with store.read() as cur:
            fetched = cur.execute(old_data.ROLLUP_ROWS, {"profile": PROFILE, "exercise": None})
            every = list(map(old_data.Lift._make, fetched.fetchall()))
            old = old_data.ProfileData(cur, PROFILE, every)
            old.pain()
        pairs = [
            (analytics.e1rm_by_session, old_strength.e1rm_by_session, (window,)),
            (analytics.e1rm_series, old_strength.e1rm_series, (window,)),
            (analytics.personal_records, old_strength.personal_records, (window,)),
            (analytics.lift_summary, old_strength.lift_summary, ()),
            (analytics.weekly_volume, old_volume.weekly_volume, (window,)),
            (analytics.weekly_volume, old_volume.weekly_volume, (window, "month")),
            (analytics.weekly_volume, old_volume.weekly_volume, (window, "quarter")),
            (analytics.muscle_sets, old_volume.muscle_sets, (window,)),
            (analytics.recent_muscle_sets, old_volume.recent_muscle_sets, (on,)),
            (analytics.balance, old_volume.balance, (window,)),
            (analytics.other_lifts, old_volume.other_lifts, (window,)),
            (analytics.pullup_ladder, old_exercises.pullup_ladder, (window,)),
            (analytics.back_extensions, old_exercises.back_extensions, (window,)),
            (analytics.training_calendar, old_consistency.training_calendar, (window,)),
            (analytics.training_years, old_consistency.training_years, (window,)),
            (analytics.sessions_per_week, old_consistency.sessions_per_week, (window,)),
            (analytics.current_streak, old_consistency.current_streak, (on,)),
            (analytics.current_streak, old_consistency.current_streak, (on, 2)),
            (analytics.headline, old_summary.headline, (on, plan)),
        ]
        for fast, slow, args in pairs:
            _same(fast(new, *args), slow(old, *args))


@given(st.lists(st.sampled_from(["b", "a", None, "ab", "B", ""]), max_size=12))
def test_codes_sort_like_the_texts_with_none_last(values: list[str | None]) -> None:
    codes, labels = columns.encode(values)
    assert [labels[c] for c in codes] == values
    key = [(v is None, v or "") for v in values]
    assert sorted(range(len(values)), key=lambda i: key[i]) == sorted(
        range(len(values)), key=lambda i: codes[i]
    )


@given(st.lists(st.dates(date(1960, 1, 1), date(2100, 12, 31)), max_size=20),
       st.sampled_from(analytics.GRAINS))  # fmt: skip
def test_day_buckets_are_the_date_buckets(days: list[date], grain: analytics.Grain) -> None:
    numbers = np.array([columns.day_number(d) for d in days], dtype=np.int64)
    got = [columns.to_date(n) for n in columns.bucket_days(numbers, grain)]
    assert got == [bucket(d, grain) for d in days]


@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from([0.1, 0.2, 0.3, 1e16, -1e16])),
                max_size=20))  # fmt: skip
def test_sums_add_in_row_order(pairs: list[tuple[int, float]]) -> None:
    groups = np.array([g for g, _ in pairs], dtype=np.int64)
    values = np.array([v for _, v in pairs], dtype=np.float64)
    expected = [0.0] * 4
    for g, v in pairs:
        expected[g] += v
    assert columns.sums(groups, values, 4).tolist() == expected


@pytest.mark.parametrize("values", [[], [np.nan], [1.0, np.nan, 3.0]])
def test_maxima_ignore_unknown_values(values: list[float]) -> None:
    got = columns.maxima(np.zeros(len(values), dtype=np.int64), np.array(values), 1)
    known = [v for v in values if not np.isnan(v)]
    assert (got[0] == max(known)) if known else np.isnan(got[0])
