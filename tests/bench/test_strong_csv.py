"""Generated Strong exports: Strong's layout, exactly the rows asked for, readable by DuckDB."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.strong_csv import HEADER, STRONG_NAMES, strong_frame, write_strong_csv

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "strong_classic.csv"


def test_header_is_strongs_classic_layout() -> None:
    assert list(HEADER) == [
        "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
        "Distance", "Seconds", "Notes", "Workout Notes", "RPE",
    ]  # fmt: skip
    with SAMPLE.open(encoding="utf-8") as f:
        assert next(csv.reader(f)) == list(HEADER)


@settings(max_examples=8, deadline=None)
@given(rows=st.integers(1, 4000), seed=st.integers(0, 3))
def test_exactly_the_rows_asked_for_all_in_the_past(rows: int, seed: int) -> None:
    frame = strong_frame(rows, seed=seed)
    assert len(frame) == rows
    assert set(frame["Exercise Name"]) <= set(STRONG_NAMES.values())
    assert max(frame["Date"]) < "2025-12-29"
    assert (frame["Reps"] > 0).sum() + (frame["Seconds"] > 0).sum() == rows


def test_file_reads_back_in_duckdb_with_strong_quirks(tmp_path: Path) -> None:
    path = write_strong_csv(tmp_path / "strong.csv", 3000, seed=1)
    rows = duckdb.sql(f"SELECT * FROM read_csv('{path}', all_varchar = true)").fetchall()
    assert len(rows) == 3000
    with path.open(encoding="utf-8") as f:
        records = list(csv.DictReader(f))
    assert len(records) == 3000
    datetime.strptime(records[0]["Date"], "%Y-%m-%d %H:%M:%S")
    assert records[0]["Workout Name"] in {"Back A", "Back B"}
    holds = [r for r in records if r["Seconds"] != "0"]
    assert holds and all(r["Reps"] == "0" for r in holds)
    assisted = [r for r in records if r["Exercise Name"] == "Pull Up (Assisted)"]
    assert assisted and all(float(r["Weight"]) > 0 for r in assisted)  # the assistance
    assert {r["RPE"] for r in records} <= {"", "7", "8", "9"}
    # Text columns are always quoted, as Strong writes them.
    first_line = path.read_text(encoding="utf-8").splitlines()[1]
    assert ',"Back ' in first_line
