"""The honest pandas baseline for the Progress page benchmark (issue #7).

`pandas_progress` computes the page's figures the way a pandas user would: load the profile's
rows with one `SELECT * FROM set_log WHERE profile = ?` (and its workouts, for pain), then
vectorised columns and groupbys. Grains come from `backfit.analytics` (choosing a bucket is not
the work being compared). `tests/test_pandas_baseline.py` holds it equal to `backfit.analytics`.

    uv run python -m bench.pandas_progress --db /tmp/perf-big.duckdb --profile lifter0042
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from backfit.core import catalog
from backfit.core.rules import MOVEMENTS, PULL_UP_RUNG
from backfit.data import analytics
from backfit.data.analytics.volume import muscle_grain, volume_grain
from backfit.data.store import Store

_PERIOD = {"month": "M", "quarter": "Q", "year": "Y"}
_BEST = ["e1rm_kg", "reps", "load_kg", "rir"]
_CATALOG_MOVEMENT = {e.id: e.movement for e in catalog.EXERCISES}
BALANCE = [m for m in MOVEMENTS if m != "trunk"]  # trunk holds are not back sets (TRAINING §2)


def load(store: Store, profile: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The profile's sets and workouts, as pandas frames."""
    with store.read() as cur:
        sets = cur.execute("SELECT * FROM set_log WHERE profile = ?", [profile]).df()
        workouts = cur.execute("SELECT * FROM workouts WHERE profile = ?", [profile]).df()
        picked = dict(cur.execute("SELECT exercise, movement FROM exercise_patterns"
                                  " WHERE profile = ?", [profile]).fetchall())  # fmt: skip
    # Back work only (issue #13): the catalog's pattern, else the lifter's, else "other".
    movement = sets["exercise"].map(lambda e: _CATALOG_MOVEMENT.get(e) or picked.get(e, "other"))
    return sets[movement != "other"].reset_index(drop=True), workouts


def bucket(days: pd.Series, grain: str) -> pd.Series:
    """`date_trunc(grain, day)` in pandas."""
    if grain == "day":
        return days
    if grain == "week":
        return days - pd.to_timedelta(days.dt.day_of_week, unit="D")
    return days.dt.to_period(_PERIOD[grain]).dt.start_time.astype(days.dtype)


def facts(sets: pd.DataFrame) -> pd.DataFrame:
    """Derived columns: working, effective load, e1RM (TRAINING §3, §5), lift variant."""
    s = sets.copy()
    s["day"] = s["performed_at"].dt.normalize()
    s["working"] = s["kind"] != "warmup"
    pull = s["exercise"] == "pull_up"
    band_no_kg = (s["variant"] == "band_assisted") & s["assistance_kg"].isna()
    pull_load = s["bodyweight_kg"] + s["weight_kg"].fillna(0) - s["assistance_kg"].fillna(0)
    s["load_kg"] = np.where(~pull, s["weight_kg"], np.where(band_no_kg, np.nan, pull_load))
    reps = s["reps"].astype("float64")
    r = reps + s["rir"].fillna(0)
    none = (
        reps.isna()
        | (reps < 1)
        | (s["variant"] == "negative")
        | (pull & band_no_kg)
        | s["load_kg"].isna()
        | (s["load_kg"] <= 0)
        | (r > 10)
    )
    e1rm = np.where(r == 1, s["load_kg"], s["load_kg"] * (1 + r / 30.0))
    s["e1rm_kg"] = np.where(none, np.nan, e1rm)
    s["lift_variant"] = s["variant"].where(~pull, None)
    return s


def lift_sessions(s: pd.DataFrame) -> pd.DataFrame:
    """Best e1RM per lift per session, with the best before it and the PR flag."""
    rated = s[s["working"] & s["e1rm_kg"].notna()]
    # The best set is the greatest (e1RM, reps, load, RIR), NULL above any value, like DuckDB's
    # max() of a struct: idxmax then takes the first of equal e1RMs in this order.
    rated = rated.sort_values(_BEST, ascending=False, na_position="first", kind="stable")
    keys = ["exercise", "lift_variant", "workout_id"]
    best = rated.loc[rated.groupby(keys, dropna=False)["e1rm_kg"].idxmax()]
    days = rated.groupby(keys, dropna=False)["day"].min()
    best = best.set_index(keys).assign(day=days).reset_index()
    best = best.sort_values(["day", "workout_id"])
    lift = best.groupby(["exercise", "lift_variant"], dropna=False)["e1rm_kg"]
    best["previous_kg"] = lift.transform(lambda x: x.cummax().shift())
    best["is_pr"] = best["e1rm_kg"] > best["previous_kg"]
    return best.drop(columns="variant").rename(columns={"lift_variant": "variant"})


def pandas_progress(
    store: Store, profile: str, window: analytics.Window, today: date
) -> dict[str, Any]:
    """The Progress page's figures for `profile` in `window`, computed in pandas."""
    sets, workouts = load(store, profile)
    s = facts(sets)
    ranked = lift_sessions(s)
    start, stop = pd.Timestamp(window.start), pd.Timestamp(window.end + timedelta(days=1))
    inside = s[(s["performed_at"] >= start) & (s["performed_at"] < stop)]
    work = inside[inside["working"]]
    r_in = ranked[(ranked["day"] >= start) & (ranked["day"] < stop)]
    out: dict[str, Any] = {}

    # One lift at a time on the page (a lift picker), so each lift has the whole point budget.
    grain = analytics.choose_grain(window, 1)
    e1 = r_in.assign(period=bucket(r_in["day"], grain))
    e1 = e1.sort_values(_BEST[:3], ascending=False, na_position="first", kind="stable")
    top = e1.loc[e1.groupby(["period", "exercise", "variant"], dropna=False)["e1rm_kg"].idxmax()]
    counts = e1.groupby(["period", "exercise", "variant"], dropna=False).agg(
        sessions=("e1rm_kg", "size"), prs=("is_pr", "sum")
    )
    out["e1rm"] = (
        top.set_index(["period", "exercise", "variant"])[["e1rm_kg", "reps", "load_kg"]]
        .join(counts)
        .reset_index()
        .sort_values(["period", "exercise", "variant"])
    )
    out["prs"] = r_in[r_in["is_pr"]].sort_values(["day", "exercise"], ascending=[False, True])

    grain = volume_grain(window)
    v = inside.assign(period=bucket(inside["day"], grain))
    v["tonnage"] = np.where(v["working"] & (v["load_kg"] > 0), v["reps"] * v["load_kg"], 0.0)
    volume = v.groupby("period").agg(
        working_sets=("working", "sum"),
        tonnage_kg=("tonnage", "sum"),
        sessions=("workout_id", "nunique"),
    )
    w = workouts[
        (workouts["started_at"] >= start)
        & (workouts["started_at"] < stop)
        & (workouts["pain_score"].notna() | workouts["pain_trend"].notna())
    ]
    w = w.assign(period=bucket(w["started_at"].dt.normalize(), grain))
    pain = w.groupby("period").agg(
        pain_avg=("pain_score", "mean"),
        pain_max=("pain_score", "max"),
        check_ins=("pain_score", "count"),
        worse=("pain_trend", lambda t: int((t == "worse").sum())),
    )
    out["volume"] = volume.join(pain, how="outer").reset_index().sort_values("period")

    muscles = pd.DataFrame(
        [(e.id, m) for e in catalog.EXERCISES for m in e.muscles], columns=["exercise", "muscle"]
    )
    grain = muscle_grain(window)
    mw = work.assign(period=bucket(work["day"], grain))
    per = mw.merge(muscles, on="exercise").groupby(["period", "muscle"]).size()
    back = mw.groupby("period").size()
    out["muscles"] = pd.concat(
        [per, pd.concat({analytics.BACK: back}, names=["muscle"]).swaplevel()]
    ).rename("working_sets")

    end = pd.Timestamp(min(window.end, today))
    recent = s[s["working"] & (s["day"] > end - pd.Timedelta(days=7)) & (s["day"] <= end)]
    hits = recent.merge(muscles, on="exercise").groupby("muscle").size()
    out["recent_muscles"] = hits.reindex(sorted(muscles["muscle"].unique()), fill_value=0)

    moves = pd.Series({e.id: e.movement for e in catalog.EXERCISES})
    out["balance"] = work["exercise"].map(moves).value_counts().reindex(BALANCE, fill_value=0)

    grain = analytics.choose_grain(window, 1)
    p = work[work["exercise"] == "pull_up"]
    p = p.assign(
        period=bucket(p["day"], grain),
        rung=np.select(
            [
                p["variant"] == "negative",
                (p["assistance_kg"].fillna(0) > 0)
                | p["variant"].isin(["band_assisted", "machine_assisted"]),
                p["weight_kg"].fillna(0) > 0,
            ],
            [PULL_UP_RUNG[v] for v in ("negative", "machine_assisted", "weighted")],
            PULL_UP_RUNG["bodyweight"],
        ),
    )
    out["ladder"] = p.groupby("period").agg(
        rung=("rung", "max"),
        effective_kg=("load_kg", "max"),
        working_sets=("rung", "size"),
        sessions=("workout_id", "nunique"),
    )
    x = work[work["exercise"] == "back_extension"]
    x = x.assign(period=bucket(x["day"], grain), hold=x["duration_s"].where(x["reps"].isna()))
    out["extensions"] = x.groupby("period").agg(
        working_sets=("exercise", "size"),
        reps=("reps", "sum"),
        hold_s=("hold", "sum"),
        longest_hold_s=("hold", "max"),
    )

    # The calendar: the last 371 days of the range, as days.
    recent = max(start, stop - pd.Timedelta(days=371))
    c = inside[inside["day"] >= recent]
    c = c.assign(period=c["day"])
    out["calendar"] = c.groupby("period").agg(
        sessions=("workout_id", "nunique"), working_sets=("working", "sum")
    )

    the_plan = analytics.plan(store, profile)
    t = pd.Timestamp(today)
    week = t - pd.Timedelta(days=today.weekday())
    this_week = s[(s["day"] >= week) & (s["day"] <= t)]
    weekly = s[s["day"] <= t].groupby(bucket(s["day"], "week"))["workout_id"].nunique()
    met = set(weekly[weekly >= (the_plan.days_per_week or 1)].index)
    streak = 1 if week in met else 0
    back_week = week - pd.Timedelta(days=7)
    while back_week in met:
        streak, back_week = streak + 1, back_week - pd.Timedelta(days=7)
    month = t.replace(day=1)
    out["headline"] = {
        "week_sets": int(this_week["working"].sum()),
        "week_sessions": int(this_week["workout_id"].nunique()),
        "streak_weeks": streak,
        "prs_this_month": int(ranked[ranked["is_pr"] & (ranked["day"] >= month)
                                     & (ranked["day"] <= t)].shape[0]),
    }  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--profile", default="lifter0000")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--all", action="store_true", help="whole history, not 26 weeks")
    args = parser.parse_args()
    store = Store.open(args.db, read_only=True)
    seen = analytics.overview(store, args.profile)
    assert seen.first is not None and seen.last is not None
    today = seen.last
    window = (
        analytics.Window(seen.first, seen.last)
        if args.all
        else analytics.default_window(seen.first, seen.last, today)
    )
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        began = time.perf_counter()
        analytics.progress(store, args.profile, window, today)
        ours.append(time.perf_counter() - began)
        began = time.perf_counter()
        pandas_progress(store, args.profile, window, today)
        theirs.append(time.perf_counter() - began)
    a, b = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    print(f"{seen.sets} sets, window {window.start}..{window.end}, {args.runs} runs each")
    print(f"backfit.analytics.progress  median {a:7.1f} ms")
    print(f"pandas baseline             median {b:7.1f} ms")
    print(f"ratio pandas/ours           {b / a:7.2f}x")


if __name__ == "__main__":
    main()
