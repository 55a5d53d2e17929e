"""`backfit progress` end to end: a real process on a real file, JSON in the DESIGN §5 shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from backfit.core.units import to_kg
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store


def backfit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backfit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )


@pytest.fixture
def logged(db_path: Path) -> Path:
    with Store.open(str(db_path)) as store:
        for day, reps, weight in ((4, 5, 100.0), (4, 5, 100.0), (11, 3, to_kg(250, "lb"))):
            at = datetime(2024, 3, day, 18)
            log_set(store, "me", SetEntry("deadlift", "conventional", reps, weight, rir=1),
                    performed_at=at, now=at)  # fmt: skip
        at = datetime(2024, 3, 6, 18)
        log_set(store, "me", SetEntry("row", "barbell", 8, 60.0, kind="warmup"),
                performed_at=at, now=at)  # fmt: skip
    return db_path


def test_json_has_the_design_shape(logged: Path) -> None:
    result = backfit("progress", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert {"sets", "sessions", "first", "last", "exercises", "weekly"} <= set(doc)
    assert (doc["sets"], doc["sessions"], doc["first"], doc["last"]) == (
        4,
        3,
        "2024-03-04",
        "2024-03-11",
    )
    deadlift = next(e for e in doc["exercises"] if e["exercise"] == "deadlift")
    assert {"exercise", "best_e1rm_kg", "latest_e1rm_kg", "working_sets"} <= set(deadlift)
    # 100 × (1 + 6/30) = 120.0; 250 lb = 113.4 kg × (1 + 4/30) = 128.5
    assert deadlift["best_e1rm_kg"] == deadlift["latest_e1rm_kg"] == 128.5
    assert deadlift["working_sets"] == 3
    row = next(e for e in doc["exercises"] if e["exercise"] == "row")
    assert row["working_sets"] == 0 and row["best_e1rm_kg"] is None
    assert doc["weekly"] == [
        {"week": "2024-03-04", "working_sets": 2, "tonnage_kg": 1000.0, "sessions": 2},
        {"week": "2024-03-11", "working_sets": 1, "tonnage_kg": 340.2, "sessions": 1},
    ]


def test_exercise_filter(logged: Path) -> None:
    doc = json.loads(backfit("progress", "--exercise", "row", "--json").stdout)
    assert doc["sets"] == 1 and [e["exercise"] for e in doc["exercises"]] == ["row"]


def test_table_output(logged: Path) -> None:
    result = backfit("progress")
    assert result.returncode == 0
    assert "Conventional deadlift" in result.stdout and "128.5 kg" in result.stdout


def test_empty_database_says_what_to_do() -> None:
    result = backfit("progress")
    assert result.returncode == 0 and "No sets yet" in result.stdout
    doc = json.loads(backfit("progress", "--json").stdout)
    assert doc["sets"] == 0 and doc["first"] is None and doc["weekly"] == []


@pytest.mark.parametrize(
    "args", [("--exercise", "bench_press"), ("--profile", "nobody"), ("--bogus",)]
)
def test_bad_input_is_one_line_and_exit_2(logged: Path, args: tuple[str, ...]) -> None:
    result = backfit("progress", *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
