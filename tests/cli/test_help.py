"""Every command's `--help` ends with a runnable example, and the example runs."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from backfit.cli.main import COMMANDS, main

# A small Strong export of our own for the import example (DESIGN §8: no ../shared in tests).
STRONG_CSV = """Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
2025-01-06 18:00:00,"Pull day",48m,"Deadlift (Barbell)",1,90,5,0,0,"","",8
2025-01-06 18:00:00,"Pull day",48m,"Lat Pulldown (Cable)",1,50,10,0,0,"","",
"""  # noqa: E501


def _name(module: object) -> str:
    return shlex.split(module.EXAMPLE)[1]  # type: ignore[attr-defined]  # every command has one


@pytest.mark.parametrize("module", COMMANDS, ids=_name)
def test_help_ends_with_the_example(module: object, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([_name(module), "--help"])
    assert done.value.code == 0
    lines = capsys.readouterr().out.rstrip().splitlines()
    assert lines[-2:] == ["example:", f"  {module.EXAMPLE}"]  # type: ignore[attr-defined]


def test_every_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In the order a newcomer would try them: log first, so `next` and `progress` have data."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BACKFIT_DB", str(tmp_path / "examples.duckdb"))
    (tmp_path / "strong.csv").write_text(STRONG_CSV, encoding="utf-8")
    order = sorted(COMMANDS, key=lambda m: _name(m) != "log")
    for module in order:
        argv = shlex.split(module.EXAMPLE)[1:]  # type: ignore[attr-defined]
        assert main(argv) == 0, (argv, capsys.readouterr().err)
    assert (tmp_path / "log.csv").exists()
