"""`backfit import` and `backfit export` end to end, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from backfit.cli.main import main
from backfit.data.exporters import set_log_frame
from backfit.data.store import Store
from tests.cli.test_cli import backfit
from tests.data.importers.conftest import EXPORTS


class Run:
    """`backfit ARGS` in this process (fast); the result looks like a finished process."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def __call__(self, *args: str) -> Run:
        self.returncode = main(list(args))
        self.stdout, self.stderr = self.capsys.readouterr()
        return self


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)


def counts(db: Path) -> dict[str, int]:
    with Store.open(str(db)) as store:
        return store.counts()


def test_import_json_has_the_documented_fields(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    result = backfit("import", str(EXPORTS / "strong_v6.csv"), "--json", "--db", str(db))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert {k: summary[k] for k in ("format", "rows", "sets_added", "duplicates", "skipped",
                                     "unmapped")} == {
        "format": "strong", "rows": 14, "sets_added": 12, "duplicates": 0,
        "skipped": {"note": 1, "rest_timer": 1}, "unmapped": ["Reverse Fly (Dumbbell)"],
    }  # fmt: skip
    again = json.loads(
        backfit("import", str(EXPORTS / "strong_v6.csv"), "--json", "--db", str(db)).stdout
    )
    assert (again["sets_added"], again["duplicates"]) == (0, 12)


def test_dry_run_changes_nothing(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    result = run("--db", str(db), "import", str(EXPORTS / "hevy.csv"), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "12 sets to add" in result.stdout and "nothing was written" in result.stdout
    assert counts(db)["sets"] == 0


def test_profile_unit_and_map_options(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    result = run(
        "import", str(EXPORTS / "strong_v6.csv"), "--db", str(db), "--profile", "anna",
        "--map", "Reverse Fly (Dumbbell)=row/dumbbell", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unmapped"] == []
    with Store.open(str(db)) as store:
        assert len(set_log_frame(store, "anna")) == 12


def test_bad_input_is_one_line_exit_2_and_nothing_written(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,Exercise Name,Set Order,Weight,Reps\n2024-01-01 10:00:00,Row,1,x,5\n")
    for args in (
        [str(bad)],
        [str(tmp_path / "missing.csv")],
        [str(EXPORTS / "README.md")],
        [str(EXPORTS / "hevy.csv"), "--format", "strong"],
        [str(EXPORTS / "hevy.csv"), "--map", "Plank=nope"],
    ):
        result = run("import", *args, "--db", str(db))
        assert result.returncode == 2, (args, result.stdout)
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("backfit import: ")
    assert (
        "line 2: weight 'x' is not a number"
        in backfit("import", str(bad), "--unit", "kg", "--strict", "--db", str(db)).stderr
    )
    assert counts(db)["sets"] == 0


def test_export_then_import_into_an_empty_database_is_identical(tmp_path: Path, run: Run) -> None:
    source = tmp_path / "a.duckdb"
    for name in ("strong_classic.csv", "hevy.csv"):
        assert (
            run("import", str(EXPORTS / name), "--unit", "kg", "--db", str(source)).returncode == 0
        )
    for suffix in ("csv", "parquet"):
        out = tmp_path / f"log.{suffix}"
        result = backfit("export", str(out), "--db", str(source)) if suffix == "csv" else None
        result = result or run("export", str(out), "--db", str(source))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"wrote 29 sets to {out}"
        db = tmp_path / f"{suffix}.duckdb"
        assert run("import", str(out), "--db", str(db)).returncode == 0
        with Store.open(str(source)) as a, Store.open(str(db)) as b:
            pd.testing.assert_frame_equal(set_log_frame(a, "me"), set_log_frame(b, "me"))
    assert run("export", str(tmp_path / "backup.zip"), "--db", str(source)).returncode == 0
    assert (tmp_path / "backup.zip").stat().st_size > 0


def test_export_refuses_unknown_suffixes_and_profiles(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    result = run("export", str(tmp_path / "log.xlsx"), "--db", str(db))
    assert result.returncode == 2 and ".csv, .parquet or .zip" in result.stderr
    result = run("export", str(tmp_path / "log.csv"), "--profile", "nobody", "--db", str(db))
    assert result.returncode == 2 and "no profile 'nobody'" in result.stderr
    assert not (tmp_path / "log.csv").exists()


# --- issue #12: quarantine, units, dry runs ---------------------------------------------------


def typo_export(tmp_path: Path) -> Path:
    """A generated three-year Strong export (no unit column) with an 877,777-rep typo."""
    from tests.fixtures.generated_exports import history, strong_csv, with_typos

    sets = history(seed=5, sessions=200)
    row = next(i for i, s in enumerate(sets) if s["name"] == "Pull Up (Assisted)")
    path = tmp_path / "strong.csv"
    path.write_bytes(with_typos(strong_csv(sets, unit="lb"), {row: {6: "877777"}}))
    return path


def test_a_file_without_a_unit_column_needs_unit(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    result = run("import", str(typo_export(tmp_path)), "--db", str(db))
    assert result.returncode == 2
    assert "has no unit column; pass --unit kg or --unit lb" in result.stderr
    assert counts(db)["sets"] == 0


def test_quarantined_rows_are_reported_and_the_rest_imports(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    path = typo_export(tmp_path)
    result = run("import", str(path), "--unit", "lb", "--json", "--db", str(db))
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["unit"] == "lb"
    (row,) = summary["quarantined"]
    assert row["kind"] == "implausible" and "877777 reps is over 100" in row["reason"]
    assert row["row"]["Exercise Name"] == "Pull Up (Assisted)"
    assert path.read_text().splitlines()[row["line"] - 1].count("877777") == 1
    assert counts(db)["sets"] == summary["sets_added"]
    text = run("import", str(path), "--unit", "lb", "--db", str(db))
    assert "set aside 1 row" in text.stdout and "--keep-implausible" in text.stdout


def test_strict_refuses_and_keep_implausible_keeps(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    path = typo_export(tmp_path)
    strict = run("import", str(path), "--unit", "lb", "--strict", "--db", str(db))
    assert strict.returncode == 2 and "1 row(s) set aside" in strict.stderr
    assert counts(db)["sets"] == 0
    kept = run("import", str(path), "--unit", "lb", "--keep-implausible", "--json", "--db", str(db))
    summary = json.loads(kept.stdout)
    assert summary["quarantined"] == [] and len(summary["kept"]) == 1


def test_a_dry_run_creates_no_database_file(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "new" / "cli.duckdb"
    result = run("import", str(typo_export(tmp_path)), "--unit", "kg", "--dry-run", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "nothing was written" in result.stdout
    assert not db.exists() and not db.parent.exists()


def test_a_dry_run_leaves_an_existing_file_byte_for_byte(tmp_path: Path, run: Run) -> None:
    db = tmp_path / "cli.duckdb"
    run("import", str(EXPORTS / "hevy.csv"), "--db", str(db))
    before = db.read_bytes()
    run("import", str(typo_export(tmp_path)), "--unit", "kg", "--dry-run", "--db", str(db))
    assert db.read_bytes() == before


def test_the_profiles_chosen_unit_answers_the_question(tmp_path: Path, run: Run) -> None:
    from backfit.data.profiles import update_profile

    db = tmp_path / "cli.duckdb"
    with Store.open(str(db)) as store:
        update_profile(store, "me", unit="lb")
    result = run("import", str(typo_export(tmp_path)), "--json", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["unit"] == "lb"
