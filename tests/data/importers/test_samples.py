"""Every shared sample file imports with exactly the expected rows and values."""

from __future__ import annotations

import math
from datetime import datetime

import pytest

from backfit.data.importers import import_file
from backfit.data.store import Store
from tests.data.importers.conftest import sample, set_log


def rows(store: Store) -> list[dict]:
    frame = set_log(store)
    return [
        {
            k: (None if v is None or (isinstance(v, float) and math.isnan(v)) else v)
            for k, v in r.items()
        }
        for r in frame.astype(object).where(frame.notna(), None).to_dict("records")
    ]


def pick(row: dict, *keys: str) -> tuple:
    return tuple(row[k] for k in keys)


KEYS = ("exercise", "variant", "set_index", "kind", "reps", "weight_kg", "assistance_kg", "rir",
        "duration_s", "note")  # fmt: skip


def test_strong_classic(store: Store) -> None:
    summary = import_file(store, sample("strong_classic.csv"))
    assert summary.to_json() == {
        "format": "strong", "rows": 18, "sets_added": 18, "duplicates": 0, "skipped": {},
        "unmapped": ["Plank"], "workouts_added": 2, "first": "2024-03-04", "last": "2024-03-07",
        "profile": "me", "dry_run": False,
    }  # fmt: skip
    got = [pick(r, *KEYS) for r in rows(store)]
    assert got == [
        ("deadlift", "conventional", 1, "warmup", 5, 60.0, None, None, None, None),
        ("deadlift", "conventional", 2, "working", 5, 100.0, None, 2.0, None, None),
        ("deadlift", "conventional", 3, "working", 5, 100.0, None, 1.5, None, None),
        ("deadlift", "conventional", 4, "working", 4, 100.0, None, 0.5, None, None),
        ("pull_up", "machine_assisted", 1, "working", 8, None, 25.0, None, None,
         'Machine #3, "blue" pin'),
        ("pull_up", "machine_assisted", 2, "working", 7, None, 25.0, None, None, None),
        ("row", "cable", 1, "working", 12, 50.0, None, None, None, None),
        ("row", "cable", 2, "working", 12, 50.0, None, None, None, None),
        ("row", "cable", 3, "drop", 10, 35.0, None, None, None, None),
        ("Plank", None, 1, "working", None, None, None, None, 60.0, None),
        ("back_extension", "bench_45", 1, "working", 15, None, None, None, None,
         "on the 45° bench"),
        ("back_extension", "bench_45", 2, "working", 15, None, None, None, None, None),
        ("lat_pulldown", "cable", 1, "working", 10, 45.0, None, None, None, "wide grip"),
        ("lat_pulldown", "cable", 2, "working", 10, 45.0, None, None, None, None),
        ("lat_pulldown", "cable", 3, "failure", 8, 45.0, None, 0.0, None, None),
        ("pull_up", "bodyweight", 1, "working", 4, None, None, None, None,
         "first unassisted ones!"),
        ("row", "dumbbell", 1, "working", 10, 22.5, None, None, None, None),
        ("row", "dumbbell", 2, "working", 10, 22.5, None, None, None, None),
    ]  # fmt: skip
    first = rows(store)[0]
    assert first["workout_id"] == "strong:me:2024-03-04T18:02:11"
    assert first["performed_at"] == datetime(2024, 3, 4, 18, 2, 11)
    assert first["source"] == "strong"
    with store.read() as cur:
        workouts = cur.execute(
            "SELECT id, started_at, finished_at, title, note FROM workouts ORDER BY started_at"
        ).fetchall()
        customs = cur.execute("SELECT profile, name FROM custom_exercises").fetchall()
    assert workouts == [
        ("strong:me:2024-03-04T18:02:11", datetime(2024, 3, 4, 18, 2, 11),
         datetime(2024, 3, 4, 19, 6, 11), "Back A", "Felt good, slept 8h"),
        ("strong:me:2024-03-07T07:31:40", datetime(2024, 3, 7, 7, 31, 40),
         datetime(2024, 3, 7, 8, 23, 40), "Back B", None),
    ]  # fmt: skip
    assert customs == [("me", "Plank")]


def test_strong_v6(store: Store) -> None:
    summary = import_file(store, sample("strong_v6.csv"))
    assert (summary.rows, summary.sets_added, summary.skipped, summary.unmapped) == (
        13, 11, {"note": 1, "rest_timer": 1}, ["Face Pull (Cable)"]
    )  # fmt: skip
    got = [pick(r, *KEYS) for r in rows(store)]
    assert got == [
        ("deadlift", "romanian", 1, "warmup", 8, 40.0, None, None, None, None),
        ("deadlift", "romanian", 2, "working", 10, 70.0, None, 3.0, None, None),
        ("deadlift", "romanian", 3, "working", 10, 70.0, None, 2.5, None, None),
        ("pull_up", "bodyweight", 1, "working", 9, None, None, None, None, None),
        ("pull_up", "bodyweight", 2, "working", 8, None, None, None, None, None),
        ("row", "barbell", 1, "working", 8, 61.234991, None, 2.0, None,
         "Overhand grip, pause at chest"),
        ("row", "barbell", 2, "working", 8, 61.234991, None, 1.5, None, None),
        ("Face Pull (Cable)", None, 1, "working", 15, 15.0, None, None, None, None),
        ("back_extension", "machine", 1, "working", 15, 20.0, None, 4.0, None, None),
        ("back_extension", "machine", 2, "working", 15, 20.0, None, 4.0, None, None),
        ("lat_pulldown", "cable", 1, "working", 12, 50.0, None, None, None, None),
    ]  # fmt: skip
    with store.read() as cur:
        finished = cur.execute("SELECT finished_at FROM workouts ORDER BY started_at").fetchall()
    assert finished == [(datetime(2025, 6, 2, 18, 37),), (datetime(2025, 6, 5, 6, 51),)]


def test_hevy_kg(store: Store) -> None:
    summary = import_file(store, sample("hevy.csv"))
    assert (summary.format, summary.rows, summary.sets_added, summary.unmapped) == (
        "hevy", 11, 11, []
    )  # fmt: skip
    got = [pick(r, *KEYS) for r in rows(store)]
    assert got == [
        ("back_extension", "floor", 1, "working", None, None, None, None, 45.0, None),
        ("lat_pulldown", "cable", 1, "working", 12, 40.0, None, 3.5, None, None),
        ("lat_pulldown", "cable", 2, "working", 12, 40.0, None, 3.0, None, None),
        ("back_extension", "bench_45", 1, "working", 15, None, None, None, None,
         "Slow on the way down,\nhold 2s at the top"),
        ("back_extension", "bench_45", 2, "failure", 18, None, None, 0.0, None, None),
        ("deadlift", "conventional", 1, "warmup", 5, 60.0, None, None, None, None),
        ("deadlift", "conventional", 2, "working", 5, 110.0, None, 2.0, None, None),
        ("deadlift", "conventional", 3, "working", 5, 110.0, None, 1.5, None, None),
        ("pull_up", "machine_assisted", 1, "working", 8, None, 27.2, None, None, "Band: red"),
        ("row", "cable", 1, "working", 12, 55.0, None, 3.0, None, None),
        ("row", "cable", 2, "drop", 10, 40.0, None, None, None, None),
    ]  # fmt: skip
    with store.read() as cur:
        workouts = cur.execute(
            "SELECT id, finished_at, title, note, source FROM workouts ORDER BY started_at"
        ).fetchall()
    assert workouts == [
        ("hevy:me:2025-02-10T07:05:00", datetime(2025, 2, 10, 7, 30), "Morning mobility", None,
         "hevy"),
        ("hevy:me:2025-02-12T18:30:00", datetime(2025, 2, 12, 19, 41), "Back & Hinge",
         "Evening session", "hevy"),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["strong_classic.csv", "strong_v6.csv", "hevy.csv"])
def test_reimporting_a_sample_adds_nothing(store: Store, name: str) -> None:
    first = import_file(store, sample(name))
    again = import_file(store, sample(name))
    assert again.sets_added == 0
    assert again.duplicates == first.sets_added
    assert again.workouts_added == 0
    assert len(set_log(store)) == first.sets_added


def test_dry_run_writes_nothing(store: Store) -> None:
    summary = import_file(store, sample("strong_classic.csv"), dry_run=True)
    assert summary.sets_added == 18 and summary.dry_run
    assert set_log(store).empty
