"""The CLI end to end, as a user runs it (a real process, a real file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backfit.cli.main import main


def backfit(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backfit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_help_lists_the_commands() -> None:
    result = backfit("--help")
    assert result.returncode == 0
    assert "info" in result.stdout


def test_version() -> None:
    result = backfit("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("backfit ")


def test_info_honours_db_before_and_after_the_command(tmp_path: Path) -> None:
    before, after = tmp_path / "before.duckdb", tmp_path / "after.duckdb"
    first = backfit("--db", str(before), "info", "--json")
    second = backfit("info", "--json", "--db", str(after))
    assert first.returncode == second.returncode == 0
    assert json.loads(first.stdout)["database"] == str(before)
    assert json.loads(second.stdout)["database"] == str(after)
    assert before.exists() and after.exists()


def test_info_honours_backfit_db(tmp_path: Path) -> None:
    target = tmp_path / "env.duckdb"
    result = backfit("info", "--json", env={"BACKFIT_DB": str(target)})
    info = json.loads(result.stdout)
    assert info["database"] == str(target)
    assert info["schema_version"] == info["latest_schema_version"] >= 1
    assert info["counts"]["sets"] == 0


def test_info_prints_a_readable_table(db_path: Path, capsys) -> None:
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert str(db_path) in out and "schema" in out and "sets" in out


def test_unknown_option_is_one_line_and_exit_2() -> None:
    result = backfit("info", "--bogus")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--bogus" in result.stderr
