"""SIGKILL in the middle of a big bulk write, five times: the file opens and holds all or none.

A child process writes about 100,000 generated sets in one transaction through
`Store.write` + `insert_frames` (the path the importers use) and is killed at a different point
of the write each time. After every kill the parent opens the file (which replays DuckDB's WAL)
and checks that this batch landed whole or not at all and that earlier batches are untouched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from backfit.data.store import Store
from bench.history import generate

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("bulk_writer.py")
KILL_AT = (0.1, 0.3, 0.5, 0.7, 0.9)  # fractions of an uninterrupted write's duration


def batch_files(tmp: Path, workouts: pd.DataFrame, sets: pd.DataFrame, k: int) -> list[str]:
    """Batch `k`: the same history under its own profile names and session ids."""
    w = workouts.assign(profile=f"b{k}-" + workouts["profile"], id=f"b{k}:" + workouts["id"])
    s = sets.assign(profile=f"b{k}-" + sets["profile"], workout_id=f"b{k}:" + sets["workout_id"])
    paths = [tmp / f"workouts{k}.parquet", tmp / f"sets{k}.parquet"]
    w.to_parquet(paths[0])
    s.to_parquet(paths[1])
    return [str(p) for p in paths]


def start_writer(db: Path, files: list[str]) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), "frames", *files],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if line != "ready":
        raise AssertionError(f"writer failed to start: {line!r} {stop(process)}")
    return process


def stop(process: subprocess.Popen[str]) -> str:
    """Kill (if still alive), reap, and close the pipes; returns what it wrote on stderr."""
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.stdout is not None and process.stderr is not None
    errors = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    return errors


def batch_counts(db: Path, k: int) -> tuple[int, int]:
    with Store.open(str(db)) as store, store.read() as cur:
        prefix = f"b{k}-%"
        (sets,) = cur.execute("SELECT count(*) FROM sets WHERE profile LIKE ?", [prefix]).fetchone()
        (workouts,) = cur.execute(
            "SELECT count(*) FROM workouts WHERE profile LIKE ?", [prefix]
        ).fetchone()
    return sets, workouts


@pytest.mark.slow
def test_sigkill_mid_bulk_write_leaves_all_or_nothing(tmp_path: Path, db_path: Path) -> None:
    workouts, sets = generate(11, 5, seed=5)  # about 100,000 sets
    whole = (len(sets), len(workouts))

    # An uninterrupted write, to time it (and as the batch every later check must keep).
    writer = start_writer(db_path, batch_files(tmp_path, workouts, sets, 0))
    began = time.monotonic()
    assert writer.stdout is not None and writer.stdout.readline().strip() == "done"
    duration = time.monotonic() - began
    stop(writer)
    assert batch_counts(db_path, 0) == whole

    killed_mid_write = 0
    for k, fraction in enumerate(KILL_AT, start=1):
        writer = start_writer(db_path, batch_files(tmp_path, workouts, sets, k))
        time.sleep(duration * fraction)
        finished = writer.poll() is not None
        errors = stop(writer)
        assert not finished, f"writer {k} exited by itself: {errors}"
        landed = batch_counts(db_path, k)  # opening replays the WAL; it must not raise
        assert landed in {(0, 0), whole}, f"kill {k} at {fraction:.0%} left {landed} of {whole}"
        killed_mid_write += landed == (0, 0)
        assert batch_counts(db_path, 0) == whole
    assert killed_mid_write, "no kill landed before the commit; the test proved nothing"
