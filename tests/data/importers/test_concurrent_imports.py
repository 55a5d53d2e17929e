"""No UNIQUE index guards `sets.import_key` (migration 003): the importer's lock and anti-join do.

These tests attack that: the same file imported from several threads at once, and a file that
overlaps one already imported, must each add every set exactly once.
"""

from __future__ import annotations

import threading

from backfit.data.importers import import_file
from backfit.data.store import Store
from tests.data.importers.conftest import table_counts

HEADER = "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Seconds,Notes,RPE\n"


def strong_sessions(days: range, sets_per_exercise: int = 3) -> bytes:
    rows = [
        f"2024-03-{day:02d} 18:00:00,Back,{exercise},{n},{40 + n},8,0,,8\n"
        for day in days
        for exercise in ("Deadlift (Barbell)", "Lat Pulldown (Cable)", "Face Pull (Cable)")
        for n in range(1, sets_per_exercise + 1)
    ]
    return (HEADER + "".join(rows)).encode()


def import_together(store: Store, files: list[bytes]) -> list[int]:
    """Start one thread per file at the same moment; the sets each import added."""
    start = threading.Barrier(len(files))
    added: list[int] = [0] * len(files)
    failures: list[BaseException] = []

    def run(i: int, data: bytes) -> None:
        start.wait()
        try:
            added[i] = import_file(store, data, unit="kg").sets_added
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate(files)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    return added


def duplicate_keys(store: Store) -> int:
    with store.read() as cur:
        return cur.execute(
            "SELECT count(*) FROM (SELECT import_key FROM sets WHERE import_key IS NOT NULL"
            " GROUP BY import_key HAVING count(*) > 1)"
        ).fetchone()[0]


def test_the_same_file_in_four_threads_adds_each_set_once(store: Store) -> None:
    data = strong_sessions(range(1, 21))
    added = import_together(store, [data] * 4)
    assert sorted(added) == [0, 0, 0, 20 * 9]
    assert table_counts(store)["sets"] == 20 * 9
    assert table_counts(store)["workouts"] == 20
    assert duplicate_keys(store) == 0


def test_overlapping_files_in_threads_add_the_union_once(store: Store) -> None:
    early, late = strong_sessions(range(1, 16)), strong_sessions(range(10, 26))
    added = import_together(store, [early, late, early])
    assert sum(added) == 25 * 9
    assert table_counts(store)["sets"] == 25 * 9
    assert duplicate_keys(store) == 0


def test_a_second_import_adds_nothing(store: Store) -> None:
    data = strong_sessions(range(1, 8))
    first = import_file(store, data, unit="kg")
    again = import_file(store, data, unit="kg")
    assert first.sets_added > 0
    assert (again.sets_added, again.duplicates) == (0, first.sets_added)
    assert duplicate_keys(store) == 0
