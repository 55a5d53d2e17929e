"""The benchmark's parts: the interleaved timer and the runner's output contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import run
from bench.measure import Figure, interleave


def test_interleave_reports_the_median_of_each_side() -> None:
    ours = iter([9.0, 1.0, 2.0, 3.0, 100.0])
    base = iter([9.0, 10.0, 20.0, 30.0, 1.0])
    assert interleave(lambda: next(ours), lambda: next(base), rounds=4) == (2.5, 15.0)


def test_json_lists_every_figure_with_a_key_and_never_rewrites_the_readme(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = tmp_path / "README.md"
    original = "# Benchmarks\n\nkept\n<!-- results:start -->\nold\n<!-- results:end -->\n"
    readme.write_text(original)
    monkeypatch.setattr(run, "README", readme)
    argv = ["--quick", "--json", "--only", "chart_payload,routine"]
    assert run.main(argv) == 0
    figures = json.loads(capsys.readouterr().out)
    assert [f["key"] for f in figures] == ["chart_payload", "routine"]
    for item in figures:
        assert {"key", "name", "ours", "baseline", "unit", "ratio", "target", "met"} <= item.keys()
    assert readme.read_text() == original


def test_a_full_run_rewrites_the_readme_table_with_its_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Benchmarks\n\nkept\n<!-- results:start -->\nold\n<!-- results:end -->\n")
    monkeypatch.setattr(run, "README", readme)
    figure = run.figure("routine", "Routine", 0.001, 0.0001, "ms", "≤ 20 ms", True, "")
    run.write_readme([figure], "uv run python -m bench", 1.0)
    text = readme.read_text()
    assert "kept" in text and "old" not in text and "| `routine` |" in text
    assert "`uv run python -m bench`" in text
    assert text.count("<!-- results:start -->") == 1


def test_every_key_of_the_issue_is_benchmarked() -> None:
    keys = {"analytics", "analytics_scale", "import", "set_logging", "progress_page",
            "cold_start", "chart_payload", "routine"}  # fmt: skip
    assert set(run.BENCHMARKS) == keys


def test_a_missed_figure_says_what_would_fix_it() -> None:
    missed = run.figure("x", "X", 0.2, 0.1, "ms", "≤ 1×", False, "do less")
    assert missed.met is False and missed.ratio == 2.0 and "do less" in missed.note
    assert isinstance(missed, Figure) and "missed" in run.table([missed])


def test_the_set_logging_floor_times_its_three_sides() -> None:
    from bench import set_logging_floor

    medians = set_logging_floor.measure(rounds=3)
    assert len(medians) == 3 and all(ms > 0 for ms in medians.values())
