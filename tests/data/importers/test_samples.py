"""Every fixture export (tests/fixtures/exports) imports with exactly the expected rows."""

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
    summary = import_file(store, sample("strong_classic.csv"), unit="kg")
    assert summary.to_json() == {
        "format": "strong", "rows": 17, "sets_added": 17, "duplicates": 0, "skipped": {},
        "unmapped": ["Plank"], "workouts_added": 2, "first": "2024-09-16", "last": "2024-09-19",
        "profile": "me", "dry_run": False, "unit": "kg", "quarantined": [], "kept": [],
    }  # fmt: skip
    got = [pick(r, *KEYS) for r in rows(store)]
    assert got == [
        ("Plank", None, 1, "working", None, None, None, None, 45.0, None),
        ("Plank", None, 2, "working", None, None, None, None, 40.0, None),
        ("lat_pulldown", "cable", 1, "working", 10, 52.5, None, None, None, None),
        ("lat_pulldown", "cable", 2, "drop", 12, 37.5, None, None, None, None),
        ("pull_up", "machine_assisted", 1, "working", 6, None, 30.0, None, None,
         'Pad 4, "green" setting'),
        ("pull_up", "machine_assisted", 2, "working", 5, None, 30.0, 1.0, None, None),
        ("row", "barbell", 1, "warmup", 8, 40.0, None, None, None, None),
        ("row", "barbell", 2, "working", 8, 65.0, None, 2.5, None, None),
        ("row", "barbell", 3, "working", 8, 65.0, None, 2.0, None, None),
        ("row", "barbell", 4, "failure", 6, 65.0, None, 0.0, None, None),
        ("back_extension", "bench_45", 1, "working", 12, None, None, None, None, None),
        ("back_extension", "bench_45", 2, "working", 12, None, None, None, None, None),
        ("deadlift", "conventional", 1, "warmup", 3, 70.0, None, None, None, None),
        ("deadlift", "conventional", 2, "working", 3, 120.0, None, 1.5, None,
         "mixed grip, straps on the last"),
        ("deadlift", "conventional", 3, "working", 3, 120.0, None, 1.0, None, None),
        ("pull_up", "bodyweight", 1, "working", 3, None, None, None, None,
         "two clean, one grinder"),
        ("row", "dumbbell", 1, "working", 10, 27.5, None, None, None, "each side"),
    ]  # fmt: skip
    first = rows(store)[0]
    assert first["workout_id"] == "strong:me:2024-09-16T17:20:05"
    assert first["performed_at"] == datetime(2024, 9, 16, 17, 20, 5)
    assert first["source"] == "strong"
    with store.read() as cur:
        workouts = cur.execute(
            "SELECT id, started_at, finished_at, title, note FROM workouts ORDER BY started_at"
        ).fetchall()
        customs = cur.execute("SELECT profile, name FROM custom_exercises").fetchall()
    assert workouts == [
        ("strong:me:2024-09-16T17:20:05", datetime(2024, 9, 16, 17, 20, 5),
         datetime(2024, 9, 16, 18, 32, 5), "Upper Pull", "Gym packed, waited for the rack"),
        ("strong:me:2024-09-19T06:45:30", datetime(2024, 9, 19, 6, 45, 30),
         datetime(2024, 9, 19, 7, 33, 30), "Hinge & Hold", None),
    ]  # fmt: skip
    assert customs == [("me", "Plank")]


def test_strong_v6(store: Store) -> None:
    summary = import_file(store, sample("strong_v6.csv"), unit="kg")
    assert (summary.rows, summary.sets_added, summary.skipped, summary.unmapped) == (
        14, 12, {"note": 1, "rest_timer": 1}, ["Reverse Fly (Dumbbell)"]
    )  # fmt: skip
    got = [pick(r, *KEYS) for r in rows(store)]
    assert got == [
        ("deadlift", "trap_bar", 1, "warmup", 6, 60.0, None, None, None, None),
        ("deadlift", "trap_bar", 2, "working", 6, 102.058283, None, 3.0, None, None),
        ("deadlift", "trap_bar", 3, "working", 6, 102.058283, None, 2.0, None, None),
        ("pull_up", "bodyweight", 1, "working", 7, None, None, None, None, None),
        ("pull_up", "bodyweight", 2, "working", 6, None, None, 0.5, None, None),
        ("pull_up", "bodyweight", 3, "working", 5, None, None, None, None, None),
        ("row", "barbell", 1, "working", 6, 56.699046, None, 2.0, None, "Dead stop every rep"),
        ("row", "barbell", 2, "working", 6, 56.699046, None, 1.0, None, None),
        ("Reverse Fly (Dumbbell)", None, 1, "working", 15, 8.0, None, None, None, None),
        ("back_extension", "machine", 1, "working", 12, 25.0, None, None, None, None),
        ("row", "cable", 1, "working", 12, 45.0, None, 3.0, None, None),
        ("row", "cable", 2, "working", 11, 45.0, None, 2.0, None, None),
    ]  # fmt: skip
    with store.read() as cur:
        workouts = cur.execute(
            "SELECT finished_at, title, note FROM workouts ORDER BY started_at"
        ).fetchall()
    assert workouts == [
        (datetime(2025, 10, 13, 19, 4), "Back builder", "Left hip tight"),
        (datetime(2025, 10, 16, 7, 30), "Upper back", None),
    ]  # fmt: skip


def test_hevy_kg(store: Store) -> None:
    summary = import_file(store, sample("hevy.csv"), unit="kg")
    assert (summary.format, summary.rows, summary.sets_added, summary.unmapped) == (
        "hevy", 12, 12, []
    )  # fmt: skip
    got = [pick(r, *KEYS) for r in rows(store)]
    assert got == [
        ("back_extension", "bench_45", 1, "working", 14, None, None, None, None,
         "Hands crossed on chest,\nsqueeze glutes at the top"),
        ("back_extension", "bench_45", 2, "failure", 20, None, None, 0.0, None, None),
        ("deadlift", "romanian", 1, "warmup", 8, 50.0, None, None, None, None),
        ("deadlift", "romanian", 2, "working", 8, 85.0, None, 2.5, None, None),
        ("deadlift", "romanian", 3, "working", 8, 85.0, None, 2.0, None, None),
        ("pull_up", "machine_assisted", 1, "working", 7, None, 22.5, None, None,
         "Machine, knee pad"),
        ("pull_up", "machine_assisted", 2, "working", 6, None, 22.5, 2.0, None, None),
        ("row", "dumbbell", 1, "working", 10, 30.0, None, 2.0, None, None),
        ("row", "dumbbell", 2, "drop", 12, 20.0, None, None, None, None),
        ("back_extension", "floor", 1, "working", None, None, None, None, 30.0, None),
        ("back_extension", "floor", 2, "working", None, None, None, None, 35.0, None),
        ("lat_pulldown", "cable", 1, "working", 15, 35.0, None, 4.0, None, None),
    ]  # fmt: skip
    with store.read() as cur:
        workouts = cur.execute(
            "SELECT id, finished_at, title, note, source FROM workouts ORDER BY started_at"
        ).fetchall()
    assert workouts == [
        ("hevy:me:2025-03-06T19:15:00", datetime(2025, 3, 6, 20, 20), "Thursday pull",
         "Short on sleep", "hevy"),
        ("hevy:me:2025-03-09T10:40:00", datetime(2025, 3, 9, 11, 5), "Sunday reset", None,
         "hevy"),
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["strong_classic.csv", "strong_v6.csv", "hevy.csv"])
def test_reimporting_a_sample_adds_nothing(store: Store, name: str) -> None:
    first = import_file(store, sample(name), unit="kg")
    again = import_file(store, sample(name), unit="kg")
    assert again.sets_added == 0
    assert again.duplicates == first.sets_added
    assert again.workouts_added == 0
    assert len(set_log(store)) == first.sets_added


def test_dry_run_writes_nothing(store: Store) -> None:
    summary = import_file(store, sample("strong_classic.csv"), dry_run=True, unit="kg")
    assert summary.sets_added == 17 and summary.dry_run
    assert set_log(store).empty
