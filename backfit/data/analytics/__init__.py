"""Progress analytics: aggregates of the rollups (`session_lifts`) and `workouts`.

No figure reads `sets`: the rollup rows kept at write time (`backfit.data.rollups`, one per
session × day × lift) hold every number the page draws, so the cost follows the lifter's
sessions, not the size of the log or of the database. One parameterised statement, filtered by
profile first (DESIGN §4), reads a lifter's rows as numpy columns; the figures aggregate those
column-wise (`columns`), because every further DuckDB statement would cost a few ms of planning,
more than aggregating a few thousand rows, and making the rows Python objects cost more still.
The modules, by what they hold:

* `window`: date ranges and the week/month/quarter/year buckets (bounded chart payloads);
* `data`: one profile's rollup rows read once (`open_profile`), the ranked lift sessions
  (PRs), the cheap `overview` and the page's `data_version`; `columns`: codes, day numbers,
  buckets and group sums; `frames`: the frames' dtypes;
* `strength`: e1RM per lift and PRs; `volume`: sets, tonnage, pain, muscles, balance;
  `exercises`: the pull-up ladder and back extensions; `consistency`: calendar and streak;
* `summary`: the plan and the headline numbers; `page`: the whole Progress page
  (`progress`).

Definitions used throughout:

* a *working set* is any set whose kind is not `warmup` (working, drop and failure sets count);
* *effective load* is the external weight, except for pull-ups where it is bodyweight + added
  weight − assistance (TRAINING §3), unknown for a band without a kg estimate;
* *e1RM* is Epley with r = reps + RIR, none above 10 reps, none for holds, negatives or bands
  without a kg value (TRAINING §5) — the same rules as `backfit.core.training.e1rm.set_e1rm`,
  in SQL (`backfit.data.rollups`);
* a *lift* is the series an e1RM belongs to: exercise and variant (a dumbbell row is not a barbell
  row), except pull-ups, whose variants are one ladder compared by effective load;
* a *PR* is a session whose best e1RM beats every earlier session of the same lift (the first
  session sets the baseline and is not a PR);
* a *session* is a `workout_id` with at least one set.
"""

from __future__ import annotations

from backfit.data.analytics.consistency import (
    current_streak,
    sessions_per_week,
    training_calendar,
    training_years,
)
from backfit.data.analytics.data import (
    DataVersion,
    Overview,
    ProfileData,
    data_version,
    open_profile,
    overview,
)
from backfit.data.analytics.exercises import back_extensions, pullup_ladder
from backfit.data.analytics.page import Progress, progress
from backfit.data.analytics.strength import (
    e1rm_by_session,
    e1rm_series,
    lift_name,
    lift_summary,
    personal_records,
)
from backfit.data.analytics.summary import (
    DEFAULT_LEVEL,
    Headline,
    Plan,
    headline,
    plan,
)
from backfit.data.analytics.volume import (
    BACK,
    balance,
    muscle_sets,
    other_lifts,
    pain_vs_load,
    recent_muscle_sets,
    weekly_volume,
)
from backfit.data.analytics.window import (
    GRAINS,
    POINT_BUDGET,
    Grain,
    Window,
    choose_grain,
    default_window,
    quick_window,
)

__all__ = [
    "BACK",
    "DEFAULT_LEVEL",
    "GRAINS",
    "POINT_BUDGET",
    "DataVersion",
    "Grain",
    "Headline",
    "Overview",
    "Plan",
    "ProfileData",
    "Progress",
    "Window",
    "back_extensions",
    "balance",
    "choose_grain",
    "current_streak",
    "data_version",
    "default_window",
    "e1rm_by_session",
    "e1rm_series",
    "headline",
    "lift_name",
    "lift_summary",
    "muscle_sets",
    "open_profile",
    "other_lifts",
    "overview",
    "pain_vs_load",
    "personal_records",
    "plan",
    "progress",
    "pullup_ladder",
    "quick_window",
    "recent_muscle_sets",
    "sessions_per_week",
    "training_calendar",
    "training_years",
    "weekly_volume",
]
