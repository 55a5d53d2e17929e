"""Seeded synthetic training histories: N profiles × Y years of realistic back sessions.

Each lifter alternates two routine days three or four times a week, progresses by double
progression (TRAINING §4) with noise, misses a set now and then, deloads every five to six
weeks, climbs the pull-up ladder (assisted → bodyweight → weighted, TRAINING §3), holds its
bird-dogs at 10 s (never the retired superman), skips whole weeks (holidays, illness) and
records a pain check-in on some sessions. The output is a pair of frames in the shape
`backfit.bulk.insert_frames` takes, so big histories go in through the store's bulk path.

    uv run python -m bench.history --db /tmp/big.duckdb --profiles 100 --years 5

It lives in backfit/ because the app's "try demo data" uses it too (`backfit.services.first_run`).
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

import duckdb
import pandas as pd

from backfit.core import rules
from backfit.data import rollups
from backfit.data.bulk import insert_frames
from backfit.data.store import Store

# (exercise, variant, sets, rep range or None for holds, starting load kg or None for a
# bodyweight move, load step kg). Loads scale with the lifter's strength and stall at a ceiling.
DAY_A = (
    ("deadlift", "conventional", 3, (3, 6), 60.0, 2.5),
    ("pull_up", None, 3, (5, 8), None, 0.0),
    ("row", "barbell", 3, (6, 10), 40.0, 2.5),
    ("back_extension", "bench_45", 2, (10, 15), None, 0.0),
)
DAY_B = (
    ("lat_pulldown", "cable", 3, (10, 15), 35.0, 2.5),
    ("row", "dumbbell", 3, (10, 15), 16.0, 2.0),
    ("deadlift", "romanian", 3, (8, 12), 40.0, 2.5),
    ("bird_dog", "standard", 3, None, None, 0.0),  # 10-s holds (the superman is retired)
)


@dataclass
class _Lift:
    load: float | None
    reps: int
    ceiling: float | None
    good_sessions: int = 0


def generate(
    profiles: int = 1, years: float = 1.0, *, seed: int = 0, start: date = date(2020, 1, 6)
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(workouts, sets) frames for `profiles` lifters over `years` years, from `start`."""
    return _generate_range(0, profiles, profiles, years, seed, start)


def _generate_range(
    first: int, stop: int, profiles: int, years: float, seed: int, start: date = date(2020, 1, 6)
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Lifters `first` … `stop - 1` of a `profiles`-lifter history."""
    workouts: dict[str, list[object]] = {
        k: [] for k in ("id", "profile", "started_at", "pain_score", "pain_trend", "source")
    }
    sets: dict[str, list[object]] = {
        k: []
        for k in (
            "profile", "workout_id", "performed_at", "exercise", "variant", "set_index", "kind",
            "reps", "weight_kg", "assistance_kg", "bodyweight_kg", "rir", "duration_s", "source",
        )
    }  # fmt: skip
    weeks = round(years * 52)
    for p in range(first, stop):
        rng = random.Random(f"{seed}:{p}")
        name = "me" if profiles == 1 else f"lifter{p:04d}"
        _one_lifter(rng, name, start, weeks, workouts, sets)
    return pd.DataFrame(workouts), pd.DataFrame(sets)


def _one_lifter(
    rng: random.Random,
    name: str,
    start: date,
    weeks: int,
    workouts: dict[str, list[object]],
    sets: dict[str, list[object]],
) -> None:
    bodyweight = rng.uniform(60, 95)
    strength = rng.uniform(0.7, 1.4)
    lifts: dict[tuple[str, str | None], _Lift] = {}
    for plan in (*DAY_A, *DAY_B):
        load = None if plan[4] is None else round(plan[4] * strength / 2.5) * 2.5
        start_reps = plan[3][0] if plan[3] else rules.MAX_HOLD_S  # holds: 10 s, never longer
        ceiling = None if load is None else load * rng.uniform(1.8, 2.6)
        lifts[(plan[0], plan[1])] = _Lift(load, start_reps, ceiling)
    assistance = round(bodyweight * 0.4 / 5) * 5  # assisted pull-ups to begin with
    pullup_weight = 0.0
    per_week = 3 if rng.random() < 0.5 else 4
    session_no = 0
    for week in range(weeks):
        if rng.random() < 0.06:  # holiday, illness
            continue
        deload = week % rng.choice((5, 6)) == 5
        for slot in range(per_week):
            day = start + timedelta(weeks=week, days=(0, 2, 4, 5)[slot])
            started = datetime(day.year, day.month, day.day, rng.choice((7, 12, 18)), 0)
            workout_id = f"gen:{name}:{started:%Y%m%d%H%M}"
            pain = rng.choice((None, None, None, 1, 2, 2, 3, 4, 5))
            workouts["id"].append(workout_id)
            workouts["profile"].append(name)
            workouts["started_at"].append(started)
            workouts["pain_score"].append(pain)
            workouts["pain_trend"].append(
                None if pain is None else rng.choice(("better", "same", "worse"))
            )
            workouts["source"].append("backfit")
            at = started
            for exercise, variant, n_sets, rep_range, _, step in (DAY_A, DAY_B)[session_no % 2]:
                lift = lifts[(exercise, variant)]
                if exercise == "pull_up":
                    variant = (
                        "machine_assisted" if assistance > 0
                        else "weighted" if pullup_weight > 0 else "bodyweight"
                    )  # fmt: skip
                # Deload weeks halve the working sets (TRAINING §4: about half the sets).
                working = max(1, n_sets // 2) if deload else n_sets
                all_hit = True
                for index in range(1, working + 1):
                    at += timedelta(minutes=2, seconds=rng.randint(0, 90))
                    miss = rng.random() < 0.12
                    reps: int | None = (
                        None
                        if rep_range is None
                        else max(1, lift.reps - (miss * rng.randint(1, 3)))
                    )
                    hold = float(lift.reps - miss * 2) if rep_range is None else None
                    all_hit &= not miss and (rep_range is None or lift.reps >= rep_range[1])
                    load = round(lift.load * 0.9 * 2) / 2 if deload and lift.load else lift.load
                    sets["profile"].append(name)
                    sets["workout_id"].append(workout_id)
                    sets["performed_at"].append(at)
                    sets["exercise"].append(exercise)
                    sets["variant"].append(variant)
                    sets["set_index"].append(index)
                    sets["kind"].append("working")
                    sets["reps"].append(reps)
                    sets["weight_kg"].append(
                        pullup_weight or None if exercise == "pull_up" else load
                    )
                    sets["assistance_kg"].append(
                        float(assistance) if exercise == "pull_up" and assistance else None
                    )
                    sets["bodyweight_kg"].append(round(bodyweight, 1))
                    sets["rir"].append(float(rng.choice((1, 2, 2, 3))) if reps else None)
                    sets["duration_s"].append(hold)
                    sets["source"].append("backfit")
                if deload:
                    continue
                # Double progression: add reps; at the top of the range, add load. Holds stay
                # at 10 s (TRAINING §4: they progress by count, never by length).
                if rep_range is None:
                    pass
                elif lift.reps < rep_range[1]:
                    lift.reps += 0 if rng.random() < 0.4 else 1
                else:
                    lift.good_sessions += all_hit
                    if lift.good_sessions >= 2:
                        lift.good_sessions = 0
                        lift.reps = rep_range[0]
                        if exercise == "pull_up":
                            if assistance > 0:
                                assistance = max(0, assistance - 5)
                            elif pullup_weight < bodyweight * 0.4:
                                pullup_weight += 2.5
                        elif lift.load is not None and lift.ceiling is not None:
                            lift.load += step if lift.load + step <= lift.ceiling else 0
            session_no += 1


def write(store: Store, workouts: pd.DataFrame, sets: pd.DataFrame) -> int:
    """Insert the frames in one transaction through the bulk path; returns sets written."""

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        written = _insert(cur, workouts, sets)
        rollups.rebuild(cur)
        return written

    return store.write(work)


def _insert(cur: duckdb.DuckDBPyConnection, workouts: pd.DataFrame, sets: pd.DataFrame) -> int:
    profiles = pd.DataFrame({"name": sorted(set(workouts["profile"]))})
    cur.register("_gen_profiles", profiles)
    cur.execute("INSERT INTO profiles (name) SELECT name FROM _gen_profiles ON CONFLICT DO NOTHING")
    cur.unregister("_gen_profiles")
    return insert_frames(cur, workouts=workouts, sets=sets)


def build(path: str, profiles: int, years: float, *, seed: int = 0, chunk: int = 50) -> int:
    """A database of `profiles` lifters written `chunk` lifters at a time; returns sets written.

    Same rows as `write(generate(...))` (each lifter's history depends only on the seed and its
    number), but memory stays bounded, so 10M sets build on a 24 GB machine. The rollups are
    rebuilt once at the end, laid out by lifter.
    """
    total = 0
    with Store.open(path) as store:
        for first in range(0, profiles, chunk):
            workouts, sets = _generate_range(first, min(profiles, first + chunk), profiles,
                                             years, seed)  # fmt: skip
            total += store.write(partial(_insert, workouts=workouts, sets=sets))
        store.write(rollups.rebuild)
        with store.read() as cur:
            cur.execute("CHECKPOINT")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--profiles", type=int, default=1)
    parser.add_argument("--years", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    workouts, sets = generate(args.profiles, args.years, seed=args.seed)
    with Store.open(args.db) as store:
        print(f"{write(store, workouts, sets)} sets in {len(workouts)} sessions -> {args.db}")


if __name__ == "__main__":
    main()
