"""Migration 003 rebuilds `sets` without the UNIQUE index on import_key and keeps everything else.

The upgrade of every fixture is checked in tests/reliability/test_schema_upgrade.py; these tests
check what the rebuild must not lose: ids, the id sequence, CHECK constraints and defaults.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import duckdb
import pytest

from backfit.data.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
INSERT = (
    "INSERT INTO sets (profile, workout_id, performed_at, exercise, set_index, reps, source,"
    " import_key) VALUES ('me', 'w9', ?, 'row', 1, ?, 'strong', ?)"
)


@pytest.fixture
def upgraded(tmp_path: Path) -> Store:
    copy = tmp_path / "schema_v2.duckdb"
    shutil.copy(FIXTURES / copy.name, copy)
    with duckdb.connect(str(copy), read_only=True) as con:
        before = con.execute("SELECT id, import_key, client_key FROM sets ORDER BY id").fetchall()
    store = Store.open(str(copy))
    with store.read() as cur:
        after = cur.execute("SELECT id, import_key, client_key FROM sets ORDER BY id").fetchall()
    assert after == before
    return store


def test_ids_are_kept_and_new_sets_continue_the_sequence(upgraded: Store) -> None:
    upgraded.write(lambda cur: cur.execute(INSERT, [datetime(2024, 4, 1), 5, "k-new"]))
    with upgraded.read() as cur:
        ids = [i for (i,) in cur.execute("SELECT id FROM sets ORDER BY id").fetchall()]
        kinds = cur.execute("SELECT kind FROM sets WHERE import_key = 'k-new'").fetchall()
    assert len(ids) == len(set(ids)) == 11
    assert ids[-1] > ids[-2]
    assert kinds == [("working",)]  # the default survived the rebuild


def test_checks_still_guard_the_table(upgraded: Store) -> None:
    with pytest.raises(duckdb.ConstraintException):
        upgraded.write(lambda cur: cur.execute(INSERT, [datetime(2024, 4, 1), -1, "k-bad"]))


def test_import_key_is_no_longer_unique_in_the_schema(upgraded: Store) -> None:
    """Only the importer keeps it unique now (its lock and anti-join; test_concurrent_imports)."""

    def twice(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(INSERT, [datetime(2024, 4, 1), 5, "k-same"])
        cur.execute(INSERT, [datetime(2024, 4, 1), 5, "k-same"])

    upgraded.write(twice)
    with upgraded.read() as cur:
        assert cur.execute("SELECT count(*) FROM sets WHERE import_key = 'k-same'").fetchone() == (
            2,
        )
