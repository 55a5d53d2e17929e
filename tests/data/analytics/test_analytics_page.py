"""The Progress page's one-statement analytics equal the one-figure functions, frame by frame.

`analytics.progress` computes every figure in a single DuckDB statement and rebuilds the frames
from Arrow; the one-figure functions (`e1rm_series`, `weekly_volume`, …) run the same query text
against temp tables and `.df()`. Values, dtypes, order and grains must agree for any window.
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from backfit.data import analytics
from backfit.data.sets import SetEntry, create_custom_exercise, log_set
from backfit.data.store import Store
from bench.history import generate, write

TODAY = date(2022, 6, 15)
WINDOWS = {
    "a month": analytics.Window(date(2022, 5, 1), date(2022, 5, 31)),
    "26 weeks": analytics.Window(date(2021, 12, 15), TODAY),
    "two years": analytics.Window(date(2020, 6, 1), TODAY),
    "everything": analytics.Window(date(2019, 1, 1), date(2023, 12, 31)),
    "nothing logged": analytics.Window(date(2010, 1, 1), date(2010, 2, 1)),
}


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = tmp_path_factory.mktemp("page") / "history.duckdb"
    store = Store.open(str(path))
    workouts, sets = generate(2, 2.5, seed=11, start=date(2020, 1, 6))
    write(store, workouts, sets)
    # Edge cases the generator does not make: warm-ups, a custom lift, a band without kg.
    at = datetime(2022, 6, 13, 18)
    create_custom_exercise(store, "lifter0000", "Landmine row")
    for entry in (
        SetEntry("deadlift", "conventional", 5, 60.0, kind="warmup"),
        SetEntry("Landmine row", None, 8, 40.0, rir=1),
        SetEntry("pull_up", "band_assisted", 5, bodyweight_kg=80.0),
    ):
        log_set(store, "lifter0000", entry, performed_at=at, now=at)
    yield store
    store.close()


def _same(fast: pd.DataFrame, slow: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(fast, slow, check_exact=False)
    assert fast.attrs == slow.attrs


@pytest.mark.parametrize("name", WINDOWS)
def test_page_frames_equal_the_one_figure_functions(history: Store, name: str) -> None:
    window = WINDOWS[name]
    fast = analytics.progress(history, "lifter0000", window, TODAY)
    plan = analytics.plan(history, "lifter0000")
    with analytics.open_profile(history, "lifter0000") as data:
        assert fast.headline == analytics.headline(data, TODAY, plan)
        _same(fast.e1rm, analytics.e1rm_series(data, window))
        _same(fast.prs, analytics.personal_records(data, window))
        _same(fast.volume, analytics.weekly_volume(data, window))
        _same(fast.muscles, analytics.muscle_sets(data, window))
        _same(fast.recent_muscles, analytics.recent_muscle_sets(data, min(window.end, TODAY)))
        _same(fast.balance, analytics.balance(data, window))
        _same(fast.ladder, analytics.pullup_ladder(data, window))
        _same(fast.extensions, analytics.back_extensions(data, window))
        _same(fast.calendar, analytics.training_calendar(data, window))
    assert fast.pain is fast.volume


def test_page_figures_are_not_empty_for_a_trained_window(history: Store) -> None:
    fast = analytics.progress(history, "lifter0000", WINDOWS["26 weeks"], TODAY)
    assert len(fast.e1rm) and len(fast.volume) and len(fast.calendar) and len(fast.ladder)
    assert fast.headline.streak_weeks > 0 and fast.headline.e1rm_change_pct is not None


def test_other_profiles_do_not_leak_into_the_page(history: Store) -> None:
    one = analytics.progress(history, "lifter0000", WINDOWS["everything"], TODAY)
    two = analytics.progress(history, "lifter0001", WINDOWS["everything"], TODAY)
    with history.read() as cur:
        (sets,) = cur.execute(
            "SELECT count(*) FROM set_log WHERE profile = 'lifter0000' AND kind <> 'warmup'"
        ).fetchone()
    # The unclassified custom "Landmine row" is "other": in the log, not in back volume.
    assert one.volume.working_sets.sum() == sets - 1
    assert list(one.other["exercise"]) == ["Landmine row"]
    assert one.volume.working_sets.sum() != two.volume.working_sets.sum()


def test_a_classified_custom_exercise_counts_as_back_work(tmp_path) -> None:
    from backfit.data.patterns import set_pattern

    with Store.open(str(tmp_path / "p.duckdb")) as store:
        create_custom_exercise(store, "me", "Landmine row")
        create_custom_exercise(store, "me", "Bench press")
        at = datetime(2024, 5, 6, 18, 0)
        for name in ("Landmine row", "Bench press"):
            log_set(store, "me", SetEntry(name, None, 8, 40.0, rir=1), performed_at=at, now=at)
        window = analytics.Window(date(2024, 5, 1), date(2024, 5, 31))
        before = analytics.progress(store, "me", window, date(2024, 5, 31))
        assert before.volume.working_sets.sum() == 0
        assert set(before.other["exercise"]) == {"Landmine row", "Bench press"}
        set_pattern(store, "me", "Landmine row", "horizontal_pull")
        after = analytics.progress(store, "me", window, date(2024, 5, 31))
        assert after.volume.working_sets.sum() == 1
        assert list(after.other["exercise"]) == ["Bench press"]
        shares = dict(zip(after.balance["movement"], after.balance["working_sets"], strict=True))
        assert shares["horizontal_pull"] == 1
