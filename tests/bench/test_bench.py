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


def test_json_lists_every_figure_with_the_contract_keys(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Benchmarks\n\nkept\n<!-- results:start -->\nold\n<!-- results:end -->\n")
    monkeypatch.setattr(run, "README", readme)
    argv = ["--quick", "--json", "--only", "import,chart_payload,routine"]
    assert run.main(argv) == 0
    figures = json.loads(capsys.readouterr().out)
    assert len(figures) == 3
    for item in figures:
        assert {"name", "ours", "baseline", "unit", "ratio", "target", "met"} <= item.keys()
    text = readme.read_text()
    assert "kept" in text and "old" not in text
    assert "`uv run python -m bench --quick --json --only import,chart_payload,routine`" in text
    assert text.count("<!-- results:start -->") == 1


def test_a_missed_figure_says_what_would_fix_it() -> None:
    missed = run.figure("x", 0.2, 0.1, "ms", "≤ 1×", False, "do less")
    assert missed.met is False and missed.ratio == 2.0 and "do less" in missed.note
    assert isinstance(missed, Figure) and "missed" in run.table([missed])
