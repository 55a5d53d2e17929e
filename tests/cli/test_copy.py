"""`backfit copy --to DATABASE`, file → file: every row arrives, checked, or nothing does."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.core.goals import Goals
from backfit.core.routine import generate_routine
from backfit.data import rollups
from backfit.data.copying import TABLES
from backfit.data.patterns import set_pattern
from backfit.data.sets import SetEntry, create_custom_exercise, log_set
from backfit.data.store import Store
from backfit.services.checkins import record_checkin
from backfit.services.first_run import remember_profile
from backfit.services.routines import train_routine
from backfit.services.screening import record_screen
from backfit.services.trunk_tests import record_test
from tests.cli.lifters import make_two_lifters
from tests.cli.test_backup_restore import sets_of
from tests.cli.test_import_export import Run


def rows(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(map(repr, con.execute(f"FROM {t}").fetchall())) for t in TABLES}
    finally:
        con.close()


def test_copy_moves_every_row_and_keeps_ids(tmp_path: Path, run: Run) -> None:
    source, target = tmp_path / "source.duckdb", tmp_path / "sub" / "target.duckdb"
    make_two_lifters(source)
    result = run("--db", str(source), "copy", "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("copied 2 profiles, ") and "10 sets" in result.stdout
    assert rows(source) == rows(target)  # every column of every row, set ids included

    # The target is a working BackFit database: the next set gets a fresh id.
    with Store.open(str(target)) as store:
        entry = SetEntry("row", "cable", reps=5, weight_kg=50)
        logged = log_set(store, "ben", entry, performed_at=datetime.now(), now=datetime.now())
        with store.read() as cur:
            ids = [r[0] for r in cur.execute("SELECT id FROM sets").fetchall()]
        assert len(ids) == len(set(ids)) == 11
        assert logged is not None


def test_copy_refuses_a_target_with_data_and_changes_nothing(tmp_path: Path, run: Run) -> None:
    source, target = tmp_path / "source.duckdb", tmp_path / "target.duckdb"
    make_two_lifters(source)
    make_two_lifters(target)
    before = rows(target)
    result = run("--db", str(source), "copy", "--to", str(target))
    assert result.returncode == 2
    assert "already holds BackFit data" in result.stderr and result.stderr.count("\n") == 1
    assert rows(target) == before


def test_copy_refuses_itself_and_a_missing_source(tmp_path: Path, run: Run) -> None:
    source = tmp_path / "source.duckdb"
    make_two_lifters(source)
    result = run("--db", str(source), "copy", "--to", str(source))
    assert result.returncode == 2 and "are the same database" in result.stderr
    missing = tmp_path / "missing.duckdb"
    result = run("--db", str(missing), "copy", "--to", str(tmp_path / "t.duckdb"))
    assert result.returncode == 2 and "There is no database" in result.stderr
    assert not missing.exists()
    assert sets_of(source) == {"ana": 6, "ben": 4}


def test_the_copy_covers_every_table_of_the_schema(tmp_path: Path) -> None:
    """A table a migration adds is copied too (else a copy silently drops it)."""
    with Store.open(str(tmp_path / "fresh.duckdb")) as store, store.read() as cur:
        tables = {r[0] for r in cur.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert set(TABLES) == tables - {"schema_version"}


def test_a_copy_keeps_check_ins_tests_screens_patterns_settings_and_progress(
    tmp_path: Path, run: Run
) -> None:
    source, target = tmp_path / "source.duckdb", tmp_path / "target.duckdb"
    make_two_lifters(source)
    at = datetime(2026, 5, 1, 9)
    with Store.open(str(source)) as store:
        record_checkin(store, "ana", 3, trend="better", at=at)
        record_test(store, "ana", "extensor", 95.0, at)
        record_screen(store, "ben", {q: False for q, _ in RED_FLAG_QUESTIONS}, at)
        name = create_custom_exercise(store, "ben", "Sled pull")
        log_set(store, "ben", SetEntry(name, None, reps=10, weight_kg=60),
                performed_at=at, now=at)  # fmt: skip
        set_pattern(store, "ben", name, "horizontal_pull")
        remember_profile(store, "ben")
        train_routine(store, "ben", generate_routine(Goals(pain=30)))
    assert run("--db", str(source), "copy", "--to", str(target)).returncode == 0
    copied = rows(target)
    assert copied == rows(source)
    for table in TABLES:
        assert copied[table], f"{table} is empty in the copy"
    with Store.open(str(target)) as store, store.read() as cur:
        for profile in ("ana", "ben"):  # the Progress page reads these
            assert rollups.stored(cur, profile) == rollups.recomputed(cur, profile) != []
