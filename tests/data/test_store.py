"""The store against real DuckDB files: migrations, the set_log contract, threads, locks."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from backfit.core.errors import BackfitError, DatabaseLocked
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store, latest_version, migrations
from tests.helpers import count_sets

SET_LOG_COLUMNS = [
    ("profile", "VARCHAR"),
    ("workout_id", "VARCHAR"),
    ("performed_at", "TIMESTAMP"),
    ("exercise", "VARCHAR"),
    ("variant", "VARCHAR"),
    ("set_index", "INTEGER"),
    ("kind", "VARCHAR"),
    ("reps", "INTEGER"),
    ("weight_kg", "DOUBLE"),
    ("assistance_kg", "DOUBLE"),
    ("bodyweight_kg", "DOUBLE"),
    ("rir", "DOUBLE"),
    ("duration_s", "DOUBLE"),
    ("note", "VARCHAR"),
    ("source", "VARCHAR"),
]
NOW = datetime(2026, 3, 2, 18, 0)


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    versions = [m.version for m in migrations()]
    assert versions == list(range(1, len(versions) + 1))


def test_empty_file_is_migrated_to_the_latest_version(db_path: Path) -> None:
    assert not db_path.exists()
    with Store.open(str(db_path)) as store:
        assert store.schema_version() == latest_version()
        with store.read() as cur:
            recorded = cur.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()
    assert [r[0] for r in recorded] == [m.version for m in migrations()]


def test_reopening_keeps_data_and_applies_nothing_twice(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        log_set(
            store, "me", SetEntry("row", "cable", reps=12, weight_kg=50), performed_at=NOW, now=NOW
        )
    with Store.open(str(db_path)) as store:
        assert store.schema_version() == latest_version()
        assert count_sets(store) == 1
        with store.read() as cur:
            assert cur.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(
                migrations()
            )


def test_set_log_has_exactly_the_documented_columns_and_types(store: Store) -> None:
    with store.read() as cur:
        described = cur.execute("DESCRIBE set_log").fetchall()
    assert [(row[0], row[1]) for row in described] == SET_LOG_COLUMNS


def test_set_log_shows_what_was_logged(store: Store) -> None:
    entry = SetEntry(
        "pull_up", "machine_assisted", reps=8, assistance_kg=25.0, rir=2, note='a "b", c'
    )
    logged = log_set(store, "me", entry, performed_at=NOW, now=NOW)
    with store.read() as cur:
        row = cur.execute(
            "SELECT profile, workout_id, exercise, variant, set_index, kind, reps, weight_kg,"
            " assistance_kg, rir, note, source FROM set_log"
        ).fetchone()
    assert row == (
        "me",
        logged.workout_id,
        "pull_up",
        "machine_assisted",
        1,
        "working",
        8,
        None,
        25.0,
        2.0,
        'a "b", c',
        "manual",
    )


def test_eight_threads_logging_two_hundred_sets_each_lose_nothing(store: Store) -> None:
    errors: list[BaseException] = []

    def lifter(thread: int) -> None:
        try:
            for i in range(200):
                at = NOW + timedelta(seconds=i)
                entry = SetEntry("row", "dumbbell", reps=(i % 20) + 1, weight_kg=float(thread))
                log_set(store, f"lifter{thread}", entry, performed_at=at, now=NOW)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=lifter, args=(t,)) for t in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.read() as cur:
        per_thread = cur.execute(
            "SELECT profile, count(*), count(DISTINCT set_index), max(set_index)"
            " FROM set_log GROUP BY profile ORDER BY profile"
        ).fetchall()
    assert per_thread == [(f"lifter{t}", 200, 200, 200) for t in range(8)]


def test_a_failed_write_changes_nothing(store: Store) -> None:
    log_set(store, "me", SetEntry("row", "cable", reps=10), performed_at=NOW, now=NOW)

    def half_then_fail(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute("DELETE FROM sets")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.write(half_then_fail)
    assert count_sets(store) == 1


def test_check_constraints_guard_the_file_even_past_validation(store: Store) -> None:
    def insert_bad(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO sets"
            " (profile, workout_id, performed_at, exercise, set_index, reps, source)"
            " VALUES ('me', 'w', ?, 'row', 1, -1, 'manual')",
            [NOW],
        )

    with pytest.raises(duckdb.ConstraintException):
        store.write(insert_bad)
    assert count_sets(store) == 0


def test_second_process_gets_one_sentence_naming_the_holder(store: Store, db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backfit", "info", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"already open in process {os.getpid()}" in lines[0]
    assert "--db" in lines[0]
    assert "Traceback" not in result.stderr


def test_lock_error_in_process_is_a_database_locked_error(db_path: Path, lock_holder: int) -> None:
    with pytest.raises(DatabaseLocked) as caught:
        Store.open(str(db_path))
    assert caught.value.pid == lock_holder
    assert isinstance(caught.value, BackfitError)


def test_write_conflicts_on_one_row_are_retried_until_every_change_lands(store: Store) -> None:
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO profile_settings (profile, key, value) VALUES ('me', 'n', '0')"
        )
    )

    def increment(cur: duckdb.DuckDBPyConnection) -> None:
        (value,) = cur.execute(
            "SELECT CAST(value AS INTEGER) FROM profile_settings WHERE key = 'n'"
        ).fetchone()
        cur.execute("UPDATE profile_settings SET value = ? WHERE key = 'n'", [str(value + 1)])

    def worker() -> None:
        for _ in range(25):
            store.write(increment)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with store.read() as cur:
        assert cur.execute("SELECT value FROM profile_settings").fetchone() == ("100",)


def test_migrations_are_numbered_once_each_in_order() -> None:
    from backfit.data.store import migrations

    assert [m.version for m in migrations()] == list(range(1, len(migrations()) + 1))
