"""Generated history as a Strong export of any size, for importer tests and benchmarks.

The layout is Strong's classic comma-separated export (`tests/fixtures/exports/strong_classic.csv`):
Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance, Seconds, Notes,
Workout Notes, RPE; weights in kg, assisted pull-ups carry the assistance as their weight,
bodyweight moves weigh 0, timed holds have Reps 0 and Seconds set, and the set order is a number
or W/D/F for warm-up, drop and failure sets. One lifter's history, ending before `end`, so
every set is in the past for any importer that refuses future dates.

    uv run python -m bench.strong_csv /tmp/strong_100k.csv --rows 100000
"""

from __future__ import annotations

import argparse
import math
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from bench.history import generate

HEADER = (
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
    "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
)  # fmt: skip
# (exercise, variant) → Strong's exercise name.
STRONG_NAMES: dict[tuple[str, str | None], str] = {
    ("deadlift", "conventional"): "Deadlift (Barbell)",
    ("deadlift", "romanian"): "Romanian Deadlift (Barbell)",
    ("deadlift", "trap_bar"): "Deadlift (Trap bar)",
    ("pull_up", "machine_assisted"): "Pull Up (Assisted)",
    ("pull_up", "band_assisted"): "Pull Up (Band)",
    ("pull_up", "bodyweight"): "Pull Up",
    ("pull_up", "weighted"): "Pull Up (Weighted)",
    ("row", "barbell"): "Bent Over Row (Barbell)",
    ("row", "dumbbell"): "Bent Over Row (Dumbbell)",
    ("row", "cable"): "Seated Row (Cable)",
    ("lat_pulldown", "cable"): "Lat Pulldown (Cable)",
    ("back_extension", "bench_45"): "Back Extension",
    ("back_extension", "machine"): "Back Extension (Machine)",
    ("back_extension", "floor"): "Back Extension",
    ("back_extension", "ball"): "Back Extension",
    ("bird_dog", "standard"): "Bird Dog",
}
SET_ORDER = {"warmup": "W", "drop": "D", "failure": "F"}
SETS_PER_YEAR = 1550  # a little under what bench.history makes for one lifter


def strong_frame(rows: int, *, seed: int = 0, end: date = date(2025, 12, 29)) -> pd.DataFrame:
    """Exactly `rows` Strong rows (one lifter) whose last session is before `end`."""
    years = max(1, math.ceil(rows / SETS_PER_YEAR))
    start = end - timedelta(weeks=round(years * 52) + 1)
    start -= timedelta(days=start.weekday())  # sessions are laid out from a Monday
    workouts, sets = generate(1, years, seed=seed, start=start)
    while len(sets) < rows:  # the estimate fell short: grow the history
        years += 1
        start -= timedelta(weeks=52)
        workouts, sets = generate(1, years, seed=seed, start=start)
    sets = sets.iloc[len(sets) - rows :]  # keep the latest `rows` sets
    return _to_strong(*_since_1970(workouts, sets, end))


def _since_1970(
    workouts: pd.DataFrame, sets: pd.DataFrame, end: date
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Squeeze a history that starts before 1971 into 1971…`end` (order and sessions kept).

    A 100,000-set history of one lifter spans ~65 years, but importers refuse sets before 1970
    (core.validation); the bench needs the rows, not the calendar.
    """
    floor, last = pd.Timestamp("1971-01-01"), pd.Timestamp(end)
    first = sets["performed_at"].min()
    if first >= floor:
        return workouts, sets
    scale = (last - floor) / (last - first)

    def squeeze(column: pd.Series) -> pd.Series:
        return (last - (last - column) * scale).dt.floor("s")

    workouts = workouts.assign(started_at=squeeze(workouts["started_at"]))
    return workouts, sets.assign(performed_at=squeeze(sets["performed_at"]))


def _to_strong(workouts: pd.DataFrame, sets: pd.DataFrame) -> pd.DataFrame:
    session = workouts.set_index("id")
    spans = sets.groupby("workout_id")["performed_at"].agg(["min", "max"])
    minutes = ((spans["max"] - spans["min"]).dt.total_seconds() // 60 + 8).astype(int)
    started = session.loc[sets["workout_id"], "started_at"].to_numpy()
    days = sets.groupby("workout_id")["exercise"].transform(
        lambda ex: "Back A" if (ex == "pull_up").any() else "Back B"
    )
    pain = session.loc[sets["workout_id"], ["pain_score", "pain_trend"]]
    held = sets["reps"].isna()
    pull_up = sets["exercise"] == "pull_up"
    weight = sets["weight_kg"].where(~pull_up, sets["assistance_kg"])
    weight = weight.where(~(pull_up & (sets["variant"] == "weighted")), sets["weight_kg"])
    return pd.DataFrame(
        {
            "Date": pd.to_datetime(started).strftime("%Y-%m-%d %H:%M:%S"),
            "Workout Name": days.to_numpy(),
            "Duration": [_duration(int(m)) for m in minutes.loc[sets["workout_id"]]],
            "Exercise Name": [
                STRONG_NAMES[(e, v)] for e, v in zip(sets["exercise"], sets["variant"], strict=True)
            ],
            "Set Order": [
                SET_ORDER.get(kind, str(index))
                for kind, index in zip(sets["kind"], sets["set_index"], strict=True)
            ],
            "Weight": weight.fillna(0).round(2).to_numpy(),
            "Reps": sets["reps"].where(~held, 0).fillna(0).astype(int).to_numpy(),
            "Distance": 0,
            "Seconds": sets["duration_s"].fillna(0).astype(int).to_numpy(),
            "Notes": "",
            "Workout Notes": [
                "" if s != s or s is None else f"back pain {int(s)}/10, {t}"
                for s, t in zip(pain["pain_score"], pain["pain_trend"], strict=True)
            ],
            "RPE": ["" if r != r or r is None else f"{10 - r:g}" for r in sets["rir"].to_numpy()],
        }
    )


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h {rest}m" if hours else f"{rest}m"


def write_strong_csv(path: str | Path, rows: int, *, seed: int = 0) -> Path:
    """Write a `rows`-row Strong export to `path`, text columns always quoted as Strong does."""
    path = Path(path)
    frame = strong_frame(rows, seed=seed)
    text_columns = {"Workout Name", "Exercise Name", "Notes", "Workout Notes"}
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADER) + "\n")
        for record in frame.itertuples(index=False):
            fields = [
                _quote(str(value)) if column in text_columns
                else f"{value:.1f}" if column == "Weight"
                else str(value)
                for column, value in zip(HEADER, record, strict=True)
            ]  # fmt: skip
            out.write(",".join(fields) + "\n")
    return path


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(f"{args.rows} rows -> {write_strong_csv(args.out, args.rows, seed=args.seed)}")


if __name__ == "__main__":
    main()
