"""`backfit backup` and `backfit restore`, as an operator runs them from a timer."""

from __future__ import annotations

from pathlib import Path

from backfit.data.sets import recent_sets
from backfit.data.store import Store
from tests.cli.lifters import SETS, make_two_lifters
from tests.cli.test_import_export import Run


def sets_of(db: Path) -> dict[str, int]:
    with Store.open(str(db)) as store, store.read() as cur:
        rows = cur.execute("SELECT profile, count(*) FROM sets GROUP BY profile").fetchall()
    counts = dict(rows)
    return {profile: int(counts.get(profile, 0)) for profile in SETS}


def test_a_server_backup_restores_every_profile_into_a_new_database(
    tmp_path: Path, run: Run
) -> None:
    db, out, fresh = tmp_path / "live.duckdb", tmp_path / "nightly.zip", tmp_path / "new.duckdb"
    make_two_lifters(db)
    result = run("--db", str(db), "backup", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"backed up 2 profiles, 10 sets to {out}"

    result = run("--db", str(fresh), "restore", str(out))
    assert result.returncode == 0, result.stderr
    assert "restored ana: 6 sets" in result.stdout and "restored ben: 4 sets" in result.stdout
    assert sets_of(fresh) == SETS
    with Store.open(str(db)) as a, Store.open(str(fresh)) as b:
        for profile in SETS:
            columns = ["workout_id", "performed_at", "exercise", "reps", "weight_kg"]
            left = recent_sets(a, profile)[columns].reset_index(drop=True)
            right = recent_sets(b, profile)[columns].reset_index(drop=True)
            assert left.equals(right)


def test_restore_of_one_profile_leaves_the_others_alone(tmp_path: Path, run: Run) -> None:
    db, out = tmp_path / "live.duckdb", tmp_path / "nightly.zip"
    make_two_lifters(db)
    assert run("--db", str(db), "backup", str(out)).returncode == 0
    with Store.open(str(db)) as store:
        store.write(lambda cur: cur.execute("DELETE FROM sets"))
    result = run("--db", str(db), "restore", str(out), "--profile", "ben")
    assert result.returncode == 0, result.stderr
    assert sets_of(db) == {"ana": 0, "ben": 4}


def test_a_one_profile_backup_cannot_be_restored_as_someone_else(tmp_path: Path, run: Run) -> None:
    db, out = tmp_path / "live.duckdb", tmp_path / "ana.zip"
    make_two_lifters(db)
    result = run("--db", str(db), "backup", str(out), "--profile", "ana")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"backed up 1 profile, 6 sets to {out}"
    result = run("--db", str(db), "restore", str(out), "--profile", "ben")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "is of 'ana', not 'ben'" in result.stderr
    assert sets_of(db) == SETS


def test_bad_input_is_one_sentence_and_exit_2(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "live.duckdb"
    make_two_lifters(db)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    cases = [
        (("backup", str(tmp_path / "out.txt")), "a backup is a .zip file"),
        (("backup", str(tmp_path / "nowhere" / "b.zip")), "is not a directory"),
        (("backup", str(tmp_path / "b.zip"), "--profile", "cat"), "There is no profile 'cat'"),
        (("restore", str(tmp_path / "missing.zip")), "There is no file"),
        (("restore", str(junk)), "not a BackFit backup"),
    ]
    for args, message in cases:
        result = run("--db", str(db), *args)
        assert result.returncode == 2, args
        assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert sets_of(db) == SETS
    assert not (tmp_path / "b.zip").exists()
