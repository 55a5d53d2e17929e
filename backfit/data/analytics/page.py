"""Everything the Progress page draws, for one profile and one window.

The profile's rollup rows are read once, in one statement (`open_profile`), then each figure
is aggregated from their columns (a few hundred rows per year of training): the page runs
three statements in all (the plan, the rollup rows, the pain check-ins).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from backfit.data.analytics.consistency import training_calendar, training_years
from backfit.data.analytics.data import open_profile
from backfit.data.analytics.exercises import back_extensions, pullup_ladder
from backfit.data.analytics.strength import e1rm_series, personal_records
from backfit.data.analytics.summary import Headline, Plan, headline, plan
from backfit.data.analytics.volume import (
    balance,
    muscle_sets,
    other_lifts,
    recent_muscle_sets,
    weekly_volume,
)
from backfit.data.analytics.window import Window
from backfit.data.store import Store


@dataclass(frozen=True, slots=True)
class Progress:
    """Every frame the Progress page draws, for one profile and one window."""

    window: Window
    plan: Plan
    headline: Headline
    e1rm: pd.DataFrame
    prs: pd.DataFrame
    volume: pd.DataFrame
    muscles: pd.DataFrame
    recent_muscles: pd.DataFrame
    balance: pd.DataFrame
    ladder: pd.DataFrame
    extensions: pd.DataFrame
    calendar: pd.DataFrame
    calendar_years: pd.DataFrame
    pain: pd.DataFrame
    other: pd.DataFrame


def progress(store: Store, profile: str, window: Window, today: date) -> Progress:
    """All of the page's analytics for `profile` within `window`, from its rollup rows."""
    the_plan = plan(store, profile)
    with open_profile(store, profile) as data:
        return Progress(
            window=window,
            plan=the_plan,
            headline=headline(data, today, the_plan),
            e1rm=e1rm_series(data, window),
            prs=personal_records(data, window),
            volume=(volume := weekly_volume(data, window)),
            muscles=muscle_sets(data, window),
            recent_muscles=recent_muscle_sets(data, min(window.end, today)),
            balance=balance(data, window),
            ladder=pullup_ladder(data, window),
            extensions=back_extensions(data, window),
            calendar=training_calendar(data, window),
            calendar_years=training_years(data, window),
            pain=volume,
            other=other_lifts(data, window),
        )
