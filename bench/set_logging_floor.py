"""The floor under `set_logging`: the cheapest transaction that writes a set and its rollup.

    uv run python -m bench.set_logging_floor [--rounds 600]

Why: the target compares `log_set` (the set and its rollup row, in one transaction, as issue #16
requires) with one bare INSERT. This times, interleaved in one process on one file, the bare
INSERT, that floor — BEGIN, the INSERT of the set with every value in hand (no look-up), an
UPDATE of one rollup column by rowid, COMMIT — and `log_set` itself, and prints each against
the bare INSERT. No code path can beat the floor while the rollup is kept in the transaction.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime

import duckdb

from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store

_COLUMNS = (
    "profile, workout_id, performed_at, exercise, variant, set_index, kind, reps, weight_kg,"
    " assistance_kg, bodyweight_kg, rir, duration_s, note, source"
)
_INSERT = f"INSERT INTO {{table}} ({_COLUMNS}) VALUES ({', '.join(['?'] * 15)})"


def measure(rounds: int) -> dict[str, float]:
    """Median ms of each side over `rounds` rounds, the order rotated every round."""
    now = datetime(2025, 6, 2, 18, 0)
    entry = SetEntry("row", "barbell", reps=8, weight_kg=60.0, rir=2.0)
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/floor.duckdb") as store:
        first = log_set(store, "me", entry, performed_at=now, now=now)
        with store.read() as cur:
            cur.execute("CREATE TABLE bare_sets AS SELECT * FROM sets LIMIT 0")
            (rowid,) = cur.execute("SELECT rowid FROM session_lifts").fetchone() or (None,)
        row = ["me", first.workout_id, now, "row", "barbell", 2, "working", 8, 60.0, None, None,
               2.0, None, None, "manual"]  # fmt: skip

        def bare() -> None:
            with store.read() as cur:
                cur.execute(_INSERT.format(table="bare_sets"), row)

        def floor(cur: duckdb.DuckDBPyConnection) -> None:
            cur.execute(_INSERT.format(table="sets"), row)
            cur.execute("UPDATE session_lifts SET sets = sets + 1 WHERE rowid = ?", [rowid])

        sides: dict[str, Callable[[], object]] = {
            "bare INSERT": bare,
            "floor (INSERT + 1-column UPDATE, one transaction)": lambda: store.write(floor),
            "log_set": lambda: log_set(store, "me", entry, performed_at=now, now=now),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        for round_no in range(rounds + 5):
            names = list(sides)[round_no % 3 :] + list(sides)[: round_no % 3]
            for name in names:
                start = time.perf_counter()
                sides[name]()
                if round_no >= 5:  # the first rounds warm up
                    times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) * 1000 for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=600)
    rounds = parser.parse_args().rounds
    medians = measure(rounds)
    bare = medians["bare INSERT"]
    print(f"{rounds} rounds, load average {os.getloadavg()[0]:.2f}")
    for name, ms in medians.items():
        print(f"{ms:8.2f} ms  {ms / bare:5.2f}×  {name}")


if __name__ == "__main__":
    main()
