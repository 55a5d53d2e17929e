"""`backfit log` and `backfit next` end to end: a real process, a real file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backfit.cli.main import main
from backfit.data.sets import recent_sets
from backfit.data.store import Store
from tests.cli.test_cli import backfit
from tests.helpers import count_sets


def logged(db: Path) -> int:
    with Store.open(str(db)) as store:
        return count_sets(store)


def test_log_then_next_follows_the_two_for_two_rule(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    times = [f"{day}T18:0{m}" for day in ("2026-05-01", "2026-05-03") for m in range(3)]
    for at in times[:-1]:  # in process for speed; the last one as a real process
        assert (
            main(["log", "deadlift", "--reps", "6", "--weight", "100", "--rir", "2", "--at", at])
            == 0
        )
    result = backfit("log", "deadlift", "--reps", "6", "--weight", "100", "--rir", "2",
                     "--at", times[-1])  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "set 3: 6 reps × 100 kg @ RIR 2" in result.stdout
    out = backfit("next", "deadlift", "--json", "--at", "2026-05-05T18:00")
    assert out.returncode == 0, out.stderr
    target = json.loads(out.stdout)
    assert {k: target[k] for k in ("exercise", "variant", "sets", "reps", "weight_kg", "rir")} == {
        "exercise": "deadlift",
        "variant": "conventional",
        "sets": 3,
        "reps": [3, 6],
        "weight_kg": 102.5,
        "rir": 2,
    }
    assert target["assistance_kg"] is None and target["hold_s"] is None
    assert target["why"] == "all sets hit 6 reps at RIR 2 twice in a row: +2.5 kg"
    assert main(["next", "--at", "2026-05-05T18:00"]) == 0
    text = capsys.readouterr().out
    assert "deadlift (conventional): 3 × 3–6 reps (aim 3) @ 102.5 kg" in text


def test_pounds_are_stored_as_kg(db_path: Path) -> None:
    result = backfit("log", "row", "--variant", "barbell", "--reps", "8", "--weight", "135",
                     "--unit", "lb")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "135 lb" in result.stdout
    with Store.open(str(db_path)) as store:
        assert recent_sets(store, "me")["weight_kg"][0] == pytest.approx(61.2350, abs=1e-3)


def test_holds_and_assistance(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "back_extension", "--variant", "floor", "--seconds", "10"]) == 0
    capsys.readouterr()
    assert main(["next", "back_extension", "--json"]) == 0
    hold = json.loads(capsys.readouterr().out)
    assert hold["reps"] is None and hold["hold_s"] == 10
    assert main(["log", "pull_up", "--variant", "machine_assisted", "--reps", "8",
                 "--assist", "25"]) == 0  # fmt: skip
    assert logged(db_path) == 2


@pytest.mark.parametrize(
    "args",
    [
        ["log", "row", "--reps", "101"],
        ["log", "row", "--reps", "x"],
        ["log", "row", "--reps", "5", "--weight", "501"],
        ["log", "row", "--reps", "5", "--weight", "nan"],
        ["log", "pull_up", "--reps", "5", "--assist", "201"],
        ["log", "row", "--reps", "5", "--rir", "11"],
        ["log", "back_extension", "--variant", "floor", "--seconds", "3601"],
        ["log", "row", "--reps", "5", "--at", "not-a-time"],
        ["log", "row", "--reps", "5", "--at", "2999-01-01"],
        ["log", "kettlebell_swing", "--reps", "5"],
        ["log", "row", "--variant", "kettlebell", "--reps", "5"],
        ["log", "row", "--reps", "5", "--unit", "stone"],
        ["next", "kettlebell_swing"],
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    db_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # In process (the same `main` the console script runs) to keep the suite fast.
    try:
        code = main(args)
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert out == ""
    assert logged(db_path) == 0


def test_bad_input_from_a_real_process() -> None:
    result = backfit("log", "row", "--reps", "101")
    assert result.returncode == 2
    assert result.stderr == "backfit log: Reps must be a whole number from 0 to 100.\n"
