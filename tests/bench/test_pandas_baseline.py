"""The pandas baseline of the Progress benchmark computes the same figures as `analytics`."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from backfit.data import analytics
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store
from bench.history import generate, write
from bench.pandas_progress import pandas_progress

TODAY = date(2021, 3, 10)
WINDOWS = [
    analytics.Window(date(2021, 2, 1), TODAY),  # days
    analytics.Window(date(2020, 9, 10), TODAY),  # weeks
    analytics.Window(date(2018, 1, 1), date(2021, 6, 30)),  # months, past the last set
]


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(str(tmp_path_factory.mktemp("baseline") / "h.duckdb"))
    workouts, sets = generate(2, 1.5, seed=5, start=date(2020, 1, 6))
    write(store, workouts, sets)
    at = datetime(2021, 3, 9, 18)
    log_set(store, "lifter0001", SetEntry("row", "barbell", 5, 60.0, kind="warmup"), now=at,
            performed_at=at)  # fmt: skip
    yield store
    store.close()


def _values(frame: pd.DataFrame | pd.Series, columns: list[str]) -> list[tuple]:
    frame = frame.reset_index() if not isinstance(frame, pd.DataFrame) else frame
    frame = frame.reset_index(drop="period" in frame.columns)
    rows = frame[columns].astype(object).where(frame[columns].notna(), None)
    return [tuple(round(v, 6) if isinstance(v, float) else v for v in r) for r in rows.values]


@pytest.mark.parametrize("window", WINDOWS, ids=["days", "weeks", "months"])
@pytest.mark.parametrize("profile", ["lifter0000", "lifter0001"])
def test_pandas_baseline_agrees_with_analytics(
    history: Store, window: analytics.Window, profile: str
) -> None:
    ours = analytics.progress(history, profile, window, TODAY)
    theirs = pandas_progress(history, profile, window, TODAY)

    cols = ["period", "exercise", "variant", "e1rm_kg", "reps", "load_kg", "sessions", "prs"]
    assert _values(theirs["e1rm"], cols) == _values(ours.e1rm, cols)
    cols = ["day", "exercise", "variant", "e1rm_kg", "previous_kg"]
    assert _values(theirs["prs"], cols) == _values(ours.prs, cols)
    cols = ["period", "working_sets", "tonnage_kg", "sessions", "pain_avg", "pain_max"]
    assert _values(theirs["volume"].fillna({"working_sets": 0, "tonnage_kg": 0, "sessions": 0}),
                   cols) == _values(ours.volume, cols)  # fmt: skip
    muscles = theirs["muscles"].reset_index().sort_values(["period", "muscle"])
    assert _values(muscles, ["period", "muscle", "working_sets"]) == _values(
        ours.muscles, ["period", "muscle", "working_sets"]
    )
    assert theirs["recent_muscles"].tolist() == ours.recent_muscles.working_sets.tolist()
    assert theirs["balance"].tolist() == ours.balance.working_sets.tolist()
    cols = ["period", "rung", "effective_kg", "working_sets", "sessions"]
    assert _values(theirs["ladder"].reset_index(), cols) == _values(ours.ladder, cols)
    cols = ["period", "working_sets", "reps", "hold_s", "longest_hold_s"]
    assert _values(theirs["extensions"].reset_index(), cols) == _values(ours.extensions, cols)
    cols = ["period", "sessions", "working_sets"]
    assert _values(theirs["calendar"].reset_index(), cols) == _values(ours.calendar, cols)
    head = ours.headline
    assert theirs["headline"] == {
        "week_sets": head.week_sets,
        "week_sessions": head.week_sessions,
        "streak_weeks": head.streak_weeks,
        "prs_this_month": head.prs_this_month,
    }
    assert len(ours.e1rm) and len(ours.volume)
