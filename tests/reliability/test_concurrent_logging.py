"""16 threads × 300 sets through `log_set` on one Store: every set lands, nobody sees an error.

This is the hosted case (DESIGN §4): one process, one connection, many sessions on threads,
each operation on its own cursor, writes taking turns. Four lifters share the threads,
so the sets of one lifter's session race each other too.

The file lives in /dev/shm when there is one: the test is about concurrency, and an fsync per
commit would turn it into a disk benchmark and blow its time bound.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store

THREADS = 16
SETS_PER_THREAD = 300
PROFILES = 4
DAY = datetime(2025, 6, 2, 18, 0)
TIME_LIMIT_S = 300  # a hang guard: the run took 107 s at load average 7–10 on 2 cores


@dataclass
class Crowd:
    """The store after the threads ran, and what went wrong on the way."""

    store: Store
    errors: list[BaseException]
    hung: bool


@pytest.fixture(scope="module")
def crowd() -> Iterator[Crowd]:
    """One store after 16 threads logged 300 sets each."""
    shm = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shm if shm.is_dir() else None) as tmp:
        store = Store.open(str(Path(tmp, "crowded.duckdb")))
        errors: list[BaseException] = []
        start = threading.Barrier(THREADS)
        give_up = threading.Event()

        def lifter(thread: int) -> None:
            profile = f"lifter{thread % PROFILES}"
            try:
                start.wait()
                for n in range(SETS_PER_THREAD):
                    if give_up.is_set():
                        return
                    entry = SetEntry("row", "barbell", reps=1 + n % 12, weight_kg=40.0 + thread,
                                     note=f"{thread}:{n}")  # fmt: skip
                    log_set(store, profile, entry, performed_at=DAY, now=DAY)
            except BaseException as exc:  # any error at all fails the test
                errors.append(exc)

        began = time.monotonic()
        threads = [threading.Thread(target=lifter, args=(t,)) for t in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=max(1.0, TIME_LIMIT_S - (time.monotonic() - began)))
        hung = any(t.is_alive() for t in threads)
        give_up.set()  # let stragglers stop so the store closes under nobody's feet
        for thread in threads:
            thread.join()
        yield Crowd(store, errors, hung)
        store.close()


def test_every_set_is_stored_and_nobody_sees_an_error(crowd: Crowd) -> None:
    assert not crowd.hung, f"logging did not finish within {TIME_LIMIT_S} s"
    assert not crowd.errors, f"{len(crowd.errors)} errors, first: {crowd.errors[0]!r}"
    with crowd.store.read() as cur:
        notes = {n for (n,) in cur.execute("SELECT note FROM set_log").fetchall()}
        per_profile = dict(
            cur.execute("SELECT profile, count(*) FROM set_log GROUP BY profile").fetchall()
        )
    assert notes == {f"{t}:{n}" for t in range(THREADS) for n in range(SETS_PER_THREAD)}
    assert per_profile == {
        f"lifter{p}": THREADS // PROFILES * SETS_PER_THREAD for p in range(PROFILES)
    }


def test_racing_sets_share_one_session_with_distinct_positions(crowd: Crowd) -> None:
    with crowd.store.read() as cur:
        (sessions,) = cur.execute("SELECT count(*) FROM workouts").fetchone()
        (duplicates,) = cur.execute(
            "SELECT count(*) FROM (SELECT workout_id, exercise, set_index FROM sets"
            " GROUP BY ALL HAVING count(*) > 1)"
        ).fetchone()
    assert (sessions, duplicates) == (PROFILES, 0)
