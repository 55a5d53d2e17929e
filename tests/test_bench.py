"""The benchmark's parts: the SQL stand-in agrees with pandas; the runner's output contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backfit.store import Store
from bench import run
from bench.history import generate, write
from bench.measure import Figure, interleave
from bench.progress_queries import profile_rows, progress_pandas, progress_queries, same_result


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sql_and_pandas_progress_figures_agree(store: Store, seed: int) -> None:
    write(store, *generate(3, 1.5, seed=seed))
    for profile in ("lifter0000", "lifter0002"):
        ours = progress_queries(store, profile)
        assert len(ours["e1rm"]) > 50 and len(ours["weekly"]) > 40
        assert same_result(ours, progress_pandas(profile_rows(store, profile)))


def test_same_result_notices_a_difference(store: Store) -> None:
    write(store, *generate(1, 0.5, seed=3))
    ours = progress_queries(store, "me")
    theirs = progress_pandas(profile_rows(store, "me"))
    theirs["weekly"].loc[0, "working_sets"] += 1
    assert not same_result(ours, theirs)


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
