"""The victim of the SIGKILL test: opens a database, says "ready", does one big write, says
"done", then waits to be killed.

    python tests/reliability/bulk_writer.py DB frames WORKOUTS.parquet SETS.parquet

Each mode is one bulk write the app promises lands whole or not at all. When the importers land,
add a mode that imports a 100,000-row Strong file (`bench.strong_csv.write_strong_csv`) and
point the test at it.
"""

from __future__ import annotations

import sys
import time

import pandas as pd

from backfit.data.store import Store
from bench import history


def write_frames(store: Store, workouts_path: str, sets_path: str) -> None:
    workouts, sets = pd.read_parquet(workouts_path), pd.read_parquet(sets_path)
    say("ready")
    history.write(store, workouts, sets)


WRITERS = {"frames": write_frames}


def say(word: str) -> None:
    sys.stdout.write(word + "\n")
    sys.stdout.flush()


def main(db: str, mode: str, *args: str) -> None:
    with Store.open(db) as store:
        WRITERS[mode](store, *args)
        say("done")
        time.sleep(120)  # stay alive so a late kill still hits a live process


if __name__ == "__main__":
    main(*sys.argv[1:])
