"""The rollups stay exact: every write path leaves `session_lifts` equal to a fresh recompute.

Hypothesis drives random sequences of logs, edits, deletes, imports (a Strong file) and
restores (of a backup taken earlier in the sequence) through the real write paths, on a real
DuckDB file, and after every step compares the stored rollup rows with the rows recomputed
from `sets` by the same definitions (`rollups.recomputed`).
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backfit.cli.main import main as cli
from backfit.data import rollups
from backfit.data.exporters import backup, restore_backup
from backfit.data.importers import import_file
from backfit.data.sets import SetEntry, delete_set, log_set, recent_sets, update_set
from backfit.data.store import Store
from bench.strong_csv import write_strong_csv

START = datetime(2025, 3, 3, 7, 0)
NOW = datetime(2026, 1, 1)

# Lifts that exercise every column: loads, bodyweight pull-ups and their ladder, holds.
_LIFTS = [
    ("deadlift", "conventional"),
    ("row", "barbell"),
    ("row", "dumbbell"),
    ("pull_up", "machine_assisted"),
    ("pull_up", "bodyweight"),
    ("pull_up", "negative"),
    ("pull_up", "band_assisted"),
    ("back_extension", "bench_45"),
]


@st.composite
def entries(draw: st.DrawFn) -> SetEntry:
    exercise, variant = draw(st.sampled_from(_LIFTS))
    hold = exercise == "back_extension" and draw(st.booleans())
    return SetEntry(
        exercise,
        variant,
        reps=None if hold else draw(st.integers(0, 14)),
        weight_kg=draw(st.none() | st.sampled_from([0.0, 20.0, 60.0, 100.0])),
        assistance_kg=draw(st.none() | st.sampled_from([10.0, 25.0]))
        if exercise == "pull_up"
        else None,
        rir=draw(st.none() | st.sampled_from([0.0, 1.0, 2.0, 3.0])),
        duration_s=draw(st.sampled_from([20.0, 45.0])) if hold else None,
        kind=draw(st.sampled_from(["working", "working", "warmup", "drop"])),
        bodyweight_kg=draw(st.none() | st.just(80.0)),
    )


# (day, minute) of a set: a few days, and late evening so a session can run past midnight.
_when = st.tuples(st.integers(0, 9), st.sampled_from([0, 30, 16 * 60, 23 * 60 + 50]))
steps = st.one_of(
    st.tuples(st.just("log"), entries(), _when),
    st.tuples(st.just("edit"), st.integers(0, 50), entries(), _when | st.none()),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("import"), st.integers(1, 40), st.integers(0, 5)),
    st.tuples(st.just("backup")),
    st.tuples(st.just("restore")),
)


def _at(when: tuple[int, int]) -> datetime:
    return START + timedelta(days=when[0], minutes=when[1])


def _rounded(rows: list[tuple]) -> list[tuple]:
    # Sums of doubles may differ in the last bit with the order the rows were read in.
    return [tuple(round(v, 9) if isinstance(v, float) else v for v in row) for row in rows]


def _check(store: Store) -> None:
    with store.read() as cur:
        for profile in ("me", "other"):
            assert _rounded(rollups.stored(cur, profile)) == _rounded(
                rollups.recomputed(cur, profile)
            )


def _apply(store: Store, tmp: Path, step: tuple, saved: list[bytes]) -> None:
    kind = step[0]
    if kind == "log":
        _, entry, when = step
        log_set(store, "me", entry, performed_at=_at(when), now=NOW)
    elif kind in ("edit", "delete"):
        ids = recent_sets(store, "me", limit=100)["id"].tolist()
        if not ids:
            return
        set_id = int(ids[step[1] % len(ids)])
        if kind == "delete":
            delete_set(store, "me", set_id)
        else:
            _, _, entry, when = step
            update_set(
                store,
                "me",
                set_id,
                entry,
                now=NOW,
                performed_at=None if when is None else _at(when),
            )
    elif kind == "import":
        _, rows, seed = step
        path = write_strong_csv(tmp / f"strong_{rows}_{seed}.csv", rows, seed=seed)
        import_file(store, path.read_bytes(), profile="me", format="strong", unit="kg")
    elif kind == "backup":
        saved.append(backup(store, "me", now=NOW))
    elif saved:  # restore the latest backup
        restore_backup(store, saved[-1], "me")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(script=st.lists(steps, min_size=1, max_size=12))
def test_every_write_path_keeps_the_rollups_exact(script: list[tuple]) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/r.duckdb") as store:
        # Another lifter's rows must never be touched by "me"'s writes.
        log_set(store, "other", SetEntry("row", "barbell", 8, 50.0), performed_at=START, now=NOW)
        saved: list[bytes] = []
        for step in script:
            try:
                _apply(store, Path(tmp), step, saved)
            except Exception as exc:  # a rejected entry changes nothing: still exact
                if type(exc).__name__ not in ("ValidationError", "BackfitError"):
                    raise
            _check(store)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    logs=st.lists(
        st.tuples(entries(), st.integers(0, 1), st.sampled_from([0, 23 * 60 + 50, 24 * 60 + 5])),
        min_size=2,
        max_size=25,
    )
)
def test_many_sets_of_a_session_merge_into_its_rollup_rows(
    logs: list[tuple[SetEntry, int, int]],
) -> None:
    """Sets piling onto the same lifts of one session: each merge into a row is exact.

    `log_set` updates only the columns a set changes, by rowid (`rollups.take_in`); a session
    that runs past midnight gets a row per day, and another lifter's identical rows and an
    explicit session (`workout_id`) are kept apart.
    """
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/m.duckdb") as store:
        first = log_set(store, "other", logs[0][0], performed_at=START, now=NOW)
        for entry, explicit, minute in logs:
            at = START + timedelta(minutes=minute)
            try:
                log_set(store, "me", entry, performed_at=at, now=NOW)
                if explicit:  # into the other lifter's session id: still "me"'s own rows
                    log_set(store, "me", entry, performed_at=at, now=NOW,
                            workout_id=first.workout_id)  # fmt: skip
            except Exception as exc:  # a rejected entry changes nothing: still exact
                if type(exc).__name__ != "ValidationError":
                    raise
            _check(store)


def test_rebuild_recomputes_a_damaged_rollup(store: Store) -> None:
    log_set(
        store, "me", SetEntry("deadlift", "conventional", 5, 100.0), performed_at=START, now=NOW
    )
    log_set(store, "me", SetEntry("row", "barbell", 8, 60.0), performed_at=START, now=NOW)
    expected = _rounded(store_rows(store))
    store.write(lambda cur: cur.execute("UPDATE session_lifts SET tonnage_kg = -1"))
    store.write(lambda cur: cur.execute("DELETE FROM session_lifts WHERE exercise = 'row'"))
    assert _rounded(store_rows(store)) != expected
    with store.read() as cur:
        assert _rounded(rollups.recomputed(cur, "me")) == expected
    store.write(rollups.rebuild)
    assert _rounded(store_rows(store)) == expected


def store_rows(store: Store) -> list[tuple]:
    with store.read() as cur:
        return rollups.stored(cur, "me")


def test_migration_backfill_equals_rebuild(tmp_path: Path) -> None:
    """Migration 004 fills the rollups of a database that had sets before it existed."""
    fixtures = Path(__file__).parents[1] / "fixtures"
    source = fixtures / "schema_v2.duckdb"
    if not source.exists():
        pytest.skip("no schema v2 fixture")
    copy = tmp_path / "old.duckdb"
    copy.write_bytes(source.read_bytes())
    with Store.open(str(copy)) as store, store.read() as cur:
        profiles = [r[0] for r in cur.execute("SELECT DISTINCT profile FROM sets").fetchall()]
        assert profiles
        for profile in profiles:
            assert rollups.stored(cur, profile)
            assert _rounded(rollups.stored(cur, profile)) == _rounded(
                rollups.recomputed(cur, profile)
            )


def test_cli_rebuild(store: Store, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log_set(
        store, "me", SetEntry("deadlift", "conventional", 5, 100.0), performed_at=START, now=NOW
    )
    store.write(lambda cur: cur.execute("DELETE FROM session_lifts"))
    store.close()
    assert cli(["rollups", "--rebuild", "--db", str(db_path)]) == 0
    assert "1 rollup row" in capsys.readouterr().out
    with Store.open(str(db_path)) as reopened, reopened.read() as cur:
        assert _rounded(rollups.stored(cur, "me")) == _rounded(rollups.recomputed(cur, "me"))


def test_two_sets_without_an_estimate_in_one_lift_merge(store: Store) -> None:
    """Holds (and sets past 10 reps) have no e1RM: the second one used to crash the merge."""
    when = datetime(2026, 5, 4, 18, 0)
    for i in range(2):
        hold = SetEntry("back_extension", "floor", duration_s=10.0)
        log_set(store, "me", hold, performed_at=when + timedelta(minutes=i), now=when)
    _check(store)
