"""Progress analytics: SQL aggregates over the `set_log` view and the `workouts` table.

Everything here is computed in DuckDB, filtered by profile first and parameterised (DESIGN §4).
Weeks are `date_trunc('week', …)` buckets (Monday starts) made in SQL, never Vega time units,
which are wrong for recent dates (DESIGN §8). Long date ranges are bucketed by week, month,
quarter or year so that no chart gets more than `POINT_BUDGET` rows (issue #5, bounded payload).

Definitions used throughout:

* a *working set* is any set whose kind is not `warmup` (working, drop and failure sets count);
* *effective load* is the external weight, except for pull-ups where it is bodyweight + added
  weight − assistance (TRAINING §3), unknown for a band without a kg estimate;
* *e1RM* is Epley with r = reps + RIR, none above 10 reps, none for holds, negatives or bands
  without a kg value (TRAINING §5) — the same rules as `backfit.e1rm.set_e1rm`, in SQL;
* a *lift* is the series an e1RM belongs to: exercise and variant (a dumbbell row is not a barbell
  row), except pull-ups, whose variants are one ladder compared by effective load;
* a *PR* is a session whose best e1RM beats every earlier session of the same lift (the first
  session sets the baseline and is not a PR);
* a *session* is a `workout_id` with at least one set.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal
from urllib.parse import parse_qs

import duckdb
import pandas as pd

from backfit import catalog
from backfit.routine_store import active_routine
from backfit.store import Store

Grain = Literal["day", "week", "month", "quarter", "year"]
GRAINS: tuple[Grain, ...] = ("day", "week", "month", "quarter", "year")
_DAYS_PER: dict[str, float] = {
    "day": 1,
    "week": 7,
    "month": 30.44,
    "quarter": 91.31,
    "year": 365.25,
}

#: No chart gets more rows than this, however long the history (issue #5).
POINT_BUDGET = 1000
BACK = "back"
#: Weekly working sets for the back as a whole, by level (TRAINING §2: Schoenfeld 2017, RP).
TARGET_BANDS: dict[str, tuple[int, int]] = {
    "novice": (8, 12),
    "intermediate": (10, 20),
    "advanced": (14, 22),
}
DEFAULT_LEVEL = "intermediate"
LADDER: dict[int, str] = {1: "assisted", 2: "negative", 3: "bodyweight", 4: "weighted"}
MOVEMENTS: tuple[str, ...] = ("vertical_pull", "horizontal_pull", "hinge", "extension")

# --- SQL building blocks ------------------------------------------------------------------------

_LOAD = (
    "CASE WHEN exercise <> 'pull_up' THEN weight_kg"
    " WHEN variant IS NOT DISTINCT FROM 'band_assisted' AND assistance_kg IS NULL THEN NULL"
    " ELSE bodyweight_kg + coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END"
)
_R = "(reps + coalesce(rir, 0))"
# TRAINING §5, the SQL twin of backfit.e1rm.set_e1rm (tests compare them set by set).
_E1RM = f"""
    CASE
        WHEN reps IS NULL OR reps < 1 OR variant IS NOT DISTINCT FROM 'negative' THEN NULL
        WHEN exercise = 'pull_up' AND variant IS NOT DISTINCT FROM 'band_assisted'
             AND assistance_kg IS NULL THEN NULL
        WHEN ({_LOAD}) IS NULL OR ({_LOAD}) <= 0 OR {_R} > 10 THEN NULL
        WHEN {_R} = 1 THEN ({_LOAD})
        ELSE ({_LOAD}) * (1 + {_R} / 30.0)
    END"""
_LIFT_VARIANT = "CASE WHEN exercise = 'pull_up' THEN NULL ELSE variant END"
# Every set of one profile with the derived columns the aggregates share.
_SETS = f"""
    SELECT workout_id, performed_at, CAST(performed_at AS DATE) AS day, exercise, variant, kind,
           reps, weight_kg, assistance_kg, bodyweight_kg, rir, duration_s,
           kind <> 'warmup' AS working,
           {_LOAD} AS load_kg,
           {_E1RM} AS e1rm_kg,
           {_LIFT_VARIANT} AS lift_variant
    FROM set_log
    WHERE profile = $profile"""
_IN_RANGE = "performed_at >= $start AND performed_at < $stop"
_BUCKET = "CAST(date_trunc($grain, day) AS DATE)"


def _pairs(pairs: list[tuple[str, str]], prefix: str) -> tuple[str, dict[str, str]]:
    """A parameterised VALUES list (catalog data never goes into SQL text)."""
    rows, params = [], {}
    for i, (a, b) in enumerate(pairs):
        rows.append(f"(${prefix}a{i}, ${prefix}b{i})")
        params[f"{prefix}a{i}"], params[f"{prefix}b{i}"] = a, b
    return "VALUES " + ", ".join(rows), params


_MUSCLE_VALUES, _MUSCLE_PARAMS = _pairs(
    [(e.id, m) for e in catalog.EXERCISES for m in e.muscles], "m"
)
_MOVEMENT_VALUES, _MOVEMENT_PARAMS = _pairs([(e.id, e.movement) for e in catalog.EXERCISES], "v")


# --- ranges and buckets -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    """An inclusive date range [start, end] and the bucket its charts use."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def params(self) -> dict[str, datetime]:
        return {
            "start": datetime.combine(self.start, time()),
            "stop": datetime.combine(self.end + timedelta(days=1), time()),
        }


def choose_grain(window: Window, series: int = 1, budget: int = POINT_BUDGET) -> Grain:
    """The finest bucket that keeps `series` × buckets within `budget` rows."""
    for grain in GRAINS:
        buckets = int(window.days / _DAYS_PER[grain]) + 2  # partial buckets at both ends
        if buckets * max(series, 1) <= budget:
            return grain
    return "year"


def _grain_params(window: Window, grain: Grain) -> dict[str, object]:
    return {**window.params(), "grain": grain}


class ProfileData:
    """One profile's sets, read once into a private temp table for many aggregates.

    Scanning the shared `sets` table once per page (instead of once per chart) is what keeps
    the page fast in a database of millions of sets: the profile filter and the e1RM and
    effective-load arithmetic run once, and every aggregate reads the small `_facts` table.
    Temp tables belong to the cursor, so concurrent sessions never see each other's.
    """

    def __init__(self, cursor: duckdb.DuckDBPyConnection, profile: str) -> None:
        self.cursor = cursor
        self.profile = profile

    def query(self, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
        return self.cursor.execute(sql, params or {}).df()

    def rows(self, sql: str, params: dict[str, object] | None = None) -> list[tuple]:
        return self.cursor.execute(sql, params or {}).fetchall()


@contextmanager
def open_profile(store: Store, profile: str, exercise: str | None = None) -> Iterator[ProfileData]:
    """`profile`'s sets (only `exercise`'s, if given) ready for the aggregates below."""
    with store.read() as cursor:
        cursor.execute(
            f"CREATE OR REPLACE TEMP TABLE _facts AS {_SETS}"
            " AND ($exercise IS NULL OR exercise = $exercise)",
            {"profile": profile, "exercise": exercise},
        )
        cursor.execute(f"CREATE OR REPLACE TEMP TABLE _lift_sessions AS {_LIFT_SESSIONS}")
        # No DROP needed: temp tables die with the cursor when `read()` closes it.
        yield ProfileData(cursor, profile)


# --- overview -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Overview:
    sets: int
    working_sets: int
    sessions: int
    first: date | None
    last: date | None
    version: str


def overview(store: Store, profile: str, exercise: str | None = None) -> Overview:
    """Counts and the first/last day; `version` changes whenever the profile's data does.

    The version is a cheap fingerprint (counts, max id, sums) that pages use as a cache key.
    """
    sql = """
        SELECT count(*), count(*) FILTER (kind <> 'warmup'), count(DISTINCT workout_id),
               CAST(min(performed_at) AS DATE), CAST(max(performed_at) AS DATE),
               concat_ws(':', count(*), max(id), sum(reps), sum(weight_kg), sum(assistance_kg),
                         sum(rir), sum(duration_s),
                         (SELECT concat_ws(':', count(*), sum(pain_score),
                                           sum(length(pain_trend)))
                          FROM workouts WHERE profile = $profile),
                         (SELECT max(version) FROM routines WHERE profile = $profile))
        FROM sets
        WHERE profile = $profile AND ($exercise IS NULL OR exercise = $exercise)
    """
    with store.read() as cur:
        row = cur.execute(sql, {"profile": profile, "exercise": exercise}).fetchone()
    assert row is not None
    return Overview(int(row[0]), int(row[1]), int(row[2]), row[3], row[4], str(row[5]))


# --- e1RM and PRs -------------------------------------------------------------------------------

# Best e1RM per lift per session over the whole history, with the best before it (for PRs).
_LIFT_SESSIONS = """
    WITH sess AS (
        SELECT exercise, lift_variant AS variant, workout_id, min(day) AS day,
               max(e1rm_kg) AS e1rm_kg,
               arg_max(reps, e1rm_kg) AS reps, arg_max(load_kg, e1rm_kg) AS load_kg,
               arg_max(rir, e1rm_kg) AS rir
        FROM _facts
        WHERE working AND e1rm_kg IS NOT NULL
        GROUP BY ALL
    ),
    prev AS (
        SELECT *, max(e1rm_kg) OVER (
                   PARTITION BY exercise, variant ORDER BY day, workout_id
                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_kg
        FROM sess
    )
    SELECT *, coalesce(e1rm_kg > previous_kg, false) AS is_pr FROM prev"""
_SESSION_E1RM = "WITH s AS (FROM _facts), ranked AS (FROM _lift_sessions)"


def e1rm_by_session(data: ProfileData, window: Window) -> pd.DataFrame:
    """One row per lift per session in the window: best e1RM, the set it came from, PR flag.

    PRs are judged against the whole history, not only the window.
    """
    sql = f"""{_SESSION_E1RM}
        SELECT exercise, variant, workout_id, day, e1rm_kg, reps, load_kg, rir, is_pr
        FROM ranked WHERE day >= CAST($start AS DATE) AND day < CAST($stop AS DATE)
        ORDER BY day, exercise, variant
    """
    return data.query(sql, window.params())


def e1rm_series(data: ProfileData, window: Window) -> pd.DataFrame:
    """Best e1RM per lift per bucket (session, week, month…), bounded to `POINT_BUDGET` rows.

    Columns: period, exercise, variant, lift, e1rm_kg, reps, load_kg, sessions, prs, is_pr.
    """
    lifts = _lift_count(data, window)
    grain = choose_grain(window, lifts)
    sql = f"""{_SESSION_E1RM}
        SELECT CAST(date_trunc($grain, day) AS DATE) AS period, exercise, variant,
               max(e1rm_kg) AS e1rm_kg, arg_max(reps, e1rm_kg) AS reps,
               arg_max(load_kg, e1rm_kg) AS load_kg, count(*) AS sessions,
               count(*) FILTER (is_pr) AS prs, bool_or(is_pr) AS is_pr
        FROM ranked WHERE day >= CAST($start AS DATE) AND day < CAST($stop AS DATE)
        GROUP BY ALL ORDER BY period, exercise, variant
    """
    frame = data.query(sql, _grain_params(window, grain))
    frame.insert(
        3, "lift", [lift_name(e, v) for e, v in zip(frame.exercise, frame.variant, strict=True)]
    )
    frame.attrs["grain"] = grain
    return frame


def _lift_count(data: ProfileData, window: Window) -> int:
    sql = f"SELECT count(DISTINCT (exercise, lift_variant)) FROM _facts WHERE {_IN_RANGE}"
    return int(data.rows(sql, window.params())[0][0])


def lift_name(exercise: str, variant: str | None) -> str:
    """ "Bent-over barbell row", "Pull-up", or a custom exercise name verbatim."""
    if not isinstance(variant, str):  # None, or NaN/NA from a frame
        variant = None
    if not catalog.is_catalog_exercise(exercise):
        return exercise if variant is None else f"{exercise} ({variant})"
    item = catalog.exercise(exercise)
    if variant is None:
        return item.name
    try:
        return item.variant(variant).name
    except KeyError:
        return f"{item.name} ({variant})"


def personal_records(data: ProfileData, window: Window, *, limit: int = 200) -> pd.DataFrame:
    """The PR sessions in the window, newest first, with the previous best they beat."""
    sql = f"""{_SESSION_E1RM}
        SELECT day, exercise, variant, e1rm_kg, previous_kg, reps, load_kg, rir
        FROM ranked
        WHERE is_pr AND day >= CAST($start AS DATE) AND day < CAST($stop AS DATE)
        ORDER BY day DESC, exercise LIMIT $limit
    """
    frame = data.query(sql, {"limit": limit, **window.params()})
    frame.insert(
        3, "lift", [lift_name(e, v) for e, v in zip(frame.exercise, frame.variant, strict=True)]
    )
    return frame


def lift_summary(data: ProfileData) -> pd.DataFrame:
    """Per lift over all history: best and latest e1RM, working sets (the CLI `exercises`)."""
    sql = """
        WITH s AS (FROM _facts),
        sess AS (
            SELECT exercise, lift_variant AS variant, workout_id, min(day) AS day,
                   max(e1rm_kg) FILTER (working) AS e1rm_kg,
                   count(*) FILTER (working) AS working_sets
            FROM s
            GROUP BY ALL
        )
        SELECT exercise, variant, max(e1rm_kg) AS best_e1rm_kg,
               arg_max(e1rm_kg, (day, workout_id)) FILTER (e1rm_kg IS NOT NULL)
                   AS latest_e1rm_kg,
               sum(working_sets)::BIGINT AS working_sets
        FROM sess GROUP BY ALL ORDER BY exercise, variant NULLS FIRST
    """
    return data.query(sql, {})


# --- volume -------------------------------------------------------------------------------------


def weekly_volume(data: ProfileData, window: Window, grain: Grain | None = None) -> pd.DataFrame:
    """Working sets, tonnage, sessions and pain check-ins per bucket (weeks unless too many).

    `sets_per_week` is the bucket's working sets averaged over the weeks it spans, so month and
    quarter buckets still read against a weekly target band. Tonnage = Σ reps × effective load.
    Pain (workouts.pain_score / pain_trend) sits beside the load of the same bucket, so one
    query serves both the weekly-sets and the pain-against-load charts.
    """
    if grain is None:
        grain = choose_grain(window, 1)
        grain = "week" if grain == "day" else grain
    params = {"profile": data.profile, **_grain_params(window, grain)}
    sql = f"""
        WITH s AS (FROM _facts),
        load AS (
            SELECT {_BUCKET} AS period, count(*) FILTER (working) AS working_sets,
                   coalesce(sum(reps * load_kg) FILTER (working AND load_kg > 0), 0)
                       AS tonnage_kg,
                   count(DISTINCT workout_id) AS sessions
            FROM s WHERE {_IN_RANGE} GROUP BY ALL
        ),
        pain AS (
            SELECT CAST(date_trunc($grain, CAST(started_at AS DATE)) AS DATE) AS period,
                   avg(pain_score) AS pain_avg, max(pain_score) AS pain_max,
                   count(pain_score) AS check_ins,
                   count(*) FILTER (pain_trend = 'worse') AS worse
            FROM workouts
            WHERE profile = $profile AND started_at >= $start AND started_at < $stop
                  AND (pain_score IS NOT NULL OR pain_trend IS NOT NULL)
            GROUP BY ALL
        )
        SELECT period, coalesce(working_sets, 0) AS working_sets,
               coalesce(tonnage_kg, 0) AS tonnage_kg, coalesce(sessions, 0) AS sessions,
               pain_avg, pain_max, coalesce(check_ins, 0) AS check_ins,
               coalesce(worse, 0) AS worse
        FROM load FULL JOIN pain USING (period) ORDER BY period
    """
    frame = data.query(sql, params)
    frame["sets_per_week"] = frame["working_sets"] / _weeks_in(frame["period"], grain)
    frame.attrs["grain"] = grain
    return frame


def _weeks_in(period: pd.Series, grain: Grain) -> pd.Series | float:
    if grain in ("day", "week"):
        return 1.0
    if grain == "month":
        return pd.to_datetime(period).dt.days_in_month / 7
    return _DAYS_PER[grain] / 7


def muscle_sets(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per muscle per bucket, plus `back` for the back as a whole.

    Each catalog exercise credits every muscle it works (TRAINING §1); `back` counts every
    working set once, custom exercises included.
    """
    grain = choose_grain(window, len(catalog.MUSCLES) + 1)
    grain = "week" if grain == "day" else grain
    sql = f"""
        WITH s AS (FROM _facts),
        muscles(exercise, muscle) AS ({_MUSCLE_VALUES}),
        w AS (SELECT {_BUCKET} AS period, exercise FROM s WHERE working AND {_IN_RANGE})
        SELECT period, muscle, count(*) AS working_sets
        FROM w JOIN muscles USING (exercise) GROUP BY ALL
        UNION ALL
        SELECT period, '{BACK}' AS muscle, count(*) FROM w GROUP BY ALL
        ORDER BY period, muscle
    """
    frame = data.query(sql, {**_MUSCLE_PARAMS, **_grain_params(window, grain)})
    frame["sets_per_week"] = frame["working_sets"] / _weeks_in(frame["period"], grain)
    frame.attrs["grain"] = grain
    return frame


def recent_muscle_sets(data: ProfileData, end: date, days: int = 7) -> pd.DataFrame:
    """Working sets per muscle in the `days` days ending on `end` (every muscle, zeros too)."""
    window = Window(end - timedelta(days=days - 1), end)
    sql = f"""
        WITH s AS (FROM _facts),
        muscles(exercise, muscle) AS ({_MUSCLE_VALUES}),
        all_muscles AS (SELECT DISTINCT muscle FROM muscles)
        SELECT a.muscle, count(s.exercise)::BIGINT AS working_sets
        FROM all_muscles a
        LEFT JOIN muscles m ON m.muscle = a.muscle
        LEFT JOIN s ON s.exercise = m.exercise AND s.working
             AND s.performed_at >= $start AND s.performed_at < $stop
        GROUP BY ALL ORDER BY a.muscle
    """
    return data.query(sql, {**_MUSCLE_PARAMS, **window.params()})


def balance(data: ProfileData, window: Window) -> pd.DataFrame:
    """Working sets per movement pattern (vertical pull, horizontal pull, hinge, extension)."""
    sql = f"""
        WITH s AS (FROM _facts),
        moves(exercise, movement) AS ({_MOVEMENT_VALUES}),
        all_moves AS (SELECT DISTINCT movement FROM moves)
        SELECT a.movement, count(s.exercise)::BIGINT AS working_sets
        FROM all_moves a
        LEFT JOIN moves m ON m.movement = a.movement
        LEFT JOIN s ON s.exercise = m.exercise AND s.working AND {
        _IN_RANGE.replace("performed_at", "s.performed_at")
    }
        GROUP BY ALL
    """
    frame = data.query(sql, {**_MOVEMENT_PARAMS, **window.params()})
    frame["movement"] = pd.Categorical(frame["movement"], categories=MOVEMENTS, ordered=True)
    frame = frame.sort_values("movement").reset_index(drop=True)
    frame["movement"] = frame["movement"].astype(str)
    total = frame["working_sets"].sum()
    frame["share"] = frame["working_sets"] / total if total else 0.0
    return frame


# --- pull-up ladder and back extensions -------------------------------------------------------

_RUNG = """
    CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN 2
         WHEN coalesce(assistance_kg, 0) > 0
              OR variant IN ('band_assisted', 'machine_assisted') THEN 1
         WHEN coalesce(weight_kg, 0) > 0 THEN 4
         ELSE 3 END"""


def pullup_ladder(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pull-up progress per bucket: ladder rung and load relative to bodyweight (TRAINING §3).

    `net_kg` = added weight − assistance: below zero assisted, zero bodyweight, above zero
    weighted. Negatives have no net load (they are a rung of their own). `effective_kg` needs a
    logged bodyweight.
    """
    grain = choose_grain(window, 1)
    sql = f"""
        WITH s AS (FROM _facts),
        p AS (
            SELECT {_BUCKET} AS period, workout_id, reps, load_kg, {_RUNG} AS rung,
                   CASE WHEN variant IS NOT DISTINCT FROM 'negative' THEN NULL
                        WHEN variant IS NOT DISTINCT FROM 'band_assisted'
                             AND assistance_kg IS NULL THEN NULL
                        ELSE coalesce(weight_kg, 0) - coalesce(assistance_kg, 0) END AS net_kg
            FROM s WHERE exercise = 'pull_up' AND working AND {_IN_RANGE}
        )
        SELECT period, max(rung) AS rung, max(net_kg) AS net_kg, max(load_kg) AS effective_kg,
               max(reps) FILTER (net_kg IS NOT NULL) AS best_reps,
               count(*) AS working_sets, count(DISTINCT workout_id) AS sessions
        FROM p GROUP BY ALL ORDER BY period
    """
    frame = data.query(sql, _grain_params(window, grain))
    frame["stage"] = frame["rung"].map(LADDER)
    frame.attrs["grain"] = grain
    return frame


def back_extensions(data: ProfileData, window: Window) -> pd.DataFrame:
    """Back-extension working sets, reps and hold time per bucket."""
    grain = choose_grain(window, 1)
    sql = f"""
        WITH s AS (FROM _facts)
        SELECT {_BUCKET} AS period, count(*) AS working_sets,
               coalesce(sum(reps), 0)::BIGINT AS reps, max(reps) AS best_reps,
               coalesce(sum(duration_s) FILTER (reps IS NULL), 0) AS hold_s,
               max(duration_s) FILTER (reps IS NULL) AS longest_hold_s
        FROM s WHERE exercise = 'back_extension' AND working AND {_IN_RANGE}
        GROUP BY ALL ORDER BY period
    """
    frame = data.query(sql, _grain_params(window, grain))
    frame.attrs["grain"] = grain
    return frame


# --- consistency --------------------------------------------------------------------------------


def training_calendar(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets per day, or per week when the range is longer than a year.

    Day grain gives a GitHub-style grid (column = week, row = weekday); week grain gives a grid
    of weeks by year, so ten years still draw in ~520 cells.
    """
    grain: Grain = "day" if window.days <= 371 else "week"
    sql = f"""
        WITH s AS (FROM _facts)
        SELECT {_BUCKET} AS period,
               CAST(date_trunc('week', {_BUCKET}) AS DATE) AS week,
               isodow({_BUCKET}) AS weekday, year({_BUCKET}) AS year,
               weekofyear({_BUCKET}) AS week_of_year,
               count(DISTINCT workout_id) AS sessions, count(*) FILTER (working) AS working_sets
        FROM s WHERE {_IN_RANGE}
        GROUP BY ALL ORDER BY period
    """
    frame = data.query(sql, _grain_params(window, grain))
    frame.attrs["grain"] = grain
    return frame


def sessions_per_week(data: ProfileData, window: Window) -> pd.DataFrame:
    """Sessions and working sets in every week of the window (weeks without training too)."""
    sql = f"""
        WITH s AS (FROM _facts),
        weeks AS (
            SELECT CAST(w AS DATE) AS week FROM range(
                date_trunc('week', CAST($start AS DATE)),
                CAST($stop AS DATE), INTERVAL 7 DAY) t(w)
        ),
        got AS (
            SELECT CAST(date_trunc('week', day) AS DATE) AS week,
                   count(DISTINCT workout_id) AS sessions, count(*) FILTER (working) AS sets
            FROM s WHERE {_IN_RANGE} GROUP BY ALL
        )
        SELECT week, coalesce(sessions, 0) AS sessions, coalesce(sets, 0) AS working_sets
        FROM weeks LEFT JOIN got USING (week) ORDER BY week
    """
    return data.query(sql, window.params())


def current_streak(data: ProfileData, today: date, per_week: int = 1) -> int:
    """Consecutive weeks, back from this one, with at least `per_week` sessions.

    This week counts once it reaches the target; until then it does not break the streak (the
    week is not over), so the streak is last week's.
    """
    this_week = today - timedelta(days=today.weekday())
    sql = """
        WITH s AS (FROM _facts)
        SELECT CAST(date_trunc('week', day) AS DATE) AS week, count(DISTINCT workout_id)
        FROM s WHERE day <= $today GROUP BY ALL HAVING count(DISTINCT workout_id) >= $need
        ORDER BY week DESC
    """
    weeks = {row[0] for row in data.rows(sql, {"today": today, "need": max(per_week, 1)})}
    streak = 1 if this_week in weeks else 0
    week = this_week - timedelta(days=7)
    while week in weeks:
        streak += 1
        week -= timedelta(days=7)
    return streak


# --- pain ---------------------------------------------------------------------------------------


def pain_vs_load(data: ProfileData, window: Window) -> pd.DataFrame:
    """Pain check-ins beside the weekly load: the same frame as `weekly_volume`."""
    return weekly_volume(data, window)


# --- the plan -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """What the active routine asks for each week, or the defaults without one."""

    days_per_week: int | None
    weekly_sets: int | None
    level: str
    band: tuple[int, int]


def plan(store: Store, profile: str) -> Plan:
    """Days and sets per week from the active routine, and the target band for its level."""
    stored = active_routine(store, profile)
    if stored is None:
        return Plan(None, None, DEFAULT_LEVEL, TARGET_BANDS[DEFAULT_LEVEL])
    routine = stored.routine
    level = parse_qs(routine.query).get("level", [DEFAULT_LEVEL])[0]
    level = level if level in TARGET_BANDS else DEFAULT_LEVEL
    return Plan(len(routine.days), routine.weekly_sets, level, TARGET_BANDS[level])


# --- headline numbers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Headline:
    week_sets: int
    week_sessions: int
    streak_weeks: int
    prs_this_month: int
    e1rm_change_pct: float | None
    e1rm_change_lift: str | None


def headline(data: ProfileData, today: date, the_plan: Plan) -> Headline:
    """This week's sets and sessions, the streak, PRs this month and the 4-week e1RM change.

    The e1RM change is for the lift with the most sessions in the last 8 weeks: its best in the
    last 4 weeks against its best in the 4 weeks before.
    """
    this_week = today - timedelta(days=today.weekday())
    sql = f"""{_SESSION_E1RM},
        recent AS (
            SELECT exercise, variant,
                   max(e1rm_kg) FILTER (day > $today - 28) AS now_kg,
                   max(e1rm_kg) FILTER (day <= $today - 28) AS before_kg,
                   count(*) AS sessions
            FROM ranked WHERE day > $today - 56 AND day <= $today GROUP BY ALL
        )
        SELECT
            (SELECT count(*) FILTER (working) FROM s
             WHERE day >= $week AND day <= $today) AS week_sets,
            (SELECT count(DISTINCT workout_id) FROM s
             WHERE day >= $week AND day <= $today) AS week_sessions,
            (SELECT count(*) FROM ranked
             WHERE is_pr AND day >= date_trunc('month', $today) AND day <= $today) AS prs,
            (SELECT [exercise, variant, CAST(now_kg AS VARCHAR), CAST(before_kg AS VARCHAR)]
             FROM recent WHERE now_kg IS NOT NULL AND before_kg IS NOT NULL
             ORDER BY sessions DESC, exercise, variant LIMIT 1) AS change
    """
    params = {"today": today, "week": this_week}
    ((week_sets, week_sessions, prs, change),) = data.rows(sql, params)
    pct = lift = None
    if change is not None:
        now_kg, before_kg = float(change[2]), float(change[3])
        pct = (now_kg / before_kg - 1) * 100
        lift = lift_name(change[0], change[1])
    streak = current_streak(data, today, the_plan.days_per_week or 1)
    return Headline(int(week_sets), int(week_sessions), streak, int(prs), pct, lift)


# --- everything the page needs ------------------------------------------------------------------


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
    pain: pd.DataFrame


def progress(store: Store, profile: str, window: Window, today: date) -> Progress:
    """All of the page's analytics for `profile` within `window`: one scan of the sets."""
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
            pain=volume,
        )


def default_window(first: date, last: date, today: date, weeks: int = 26) -> Window:
    """The last `weeks` weeks of training up to today (or all of it, if shorter)."""
    end = max(last, today)
    return Window(max(first, min(last, end) - timedelta(weeks=weeks)), end)
