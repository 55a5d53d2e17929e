"""`backfit routine` end to end: the same plan as the engine, DESIGN §5 options and JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime

import pytest

from backfit.core.catalog import FOUNDATIONAL_IDS, RED_FLAG_QUESTIONS
from backfit.core.goals import Goals
from backfit.core.routine import generate_routine
from backfit.services.database import Store
from backfit.services.routines import active_routine
from backfit.services.screening import record_screen

ARGS = [
    "--posture", "70", "--pain", "40", "--strength", "30", "--level", "intermediate",
    "--days", "4", "--minutes", "50", "--equipment", "pullup_bar,bands,dumbbells,cable",
    "--pullups", "3",
]  # fmt: skip


def backfit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "backfit", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )


def test_json_is_the_engines_plan_with_its_query() -> None:
    result = backfit("routine", *ARGS, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    goals = Goals(
        posture=70,
        pain=40,
        strength=30,
        level="intermediate",
        days=4,
        minutes=50,
        equipment=frozenset({"pullup_bar", "bands", "dumbbells", "cable"}),
        pullups=3,
    )
    assert data == json.loads(json.dumps(generate_routine(goals).to_json()))
    assert data["query"] == goals.to_query()
    assert len(data["days"]) == 4
    first = data["days"][0]["exercises"][0]
    assert set(first) >= {"exercise", "variant", "sets", "reps", "hold_s", "rir", "rest_s", "why"}
    assert isinstance(data["spinal_load_index"], float)
    for day in data["days"]:
        assert set(day["hard_patterns"]) <= {"hinge", "horizontal_pull", "vertical_pull"}
        for exercise in day["exercises"]:
            assert exercise["spinal_load"] in ("high", "moderate", "low", "none")
            assert exercise["pattern"] in (
                "hinge", "horizontal_pull", "vertical_pull", "extension", "trunk",
            )  # fmt: skip


def test_readable_plan_without_json() -> None:
    result = backfit("routine", *ARGS)
    assert result.returncode == 0
    assert "# BackFit weekly back routine" in result.stdout
    assert "Day 1" in result.stdout and "Safety" in result.stdout
    assert "posture=70" in result.stdout
    assert "Spinal load this week" in result.stdout


def test_the_printed_plan_and_its_help_never_cite_the_rule_book() -> None:
    """The lifter has no TRAINING.md: the plan, a pain-led one with a trunk focus that does not
    fit, and `--help` give plain reasons."""
    for args in (
        ARGS,
        ["--posture", "0", "--pain", "100", "--strength", "100", "--minutes", "20",
         "--trunk-focus", "extensor,flexor,side_left"],
        ["--help"],
    ):  # fmt: skip
        result = backfit("routine", *args)
        assert result.returncode == 0, result.stderr
        assert "TRAINING" not in result.stdout and "§" not in result.stdout, args


def test_red_flags_are_printed_whenever_pain_is_above_zero() -> None:
    with_pain = backfit("routine", "--pain", "10")
    assert "Red flags" in with_pain.stdout and "bladder" in with_pain.stdout
    without = backfit("routine", "--pain", "0", "--posture", "60")
    assert "Red flags" not in without.stdout


def test_equipment_none_gives_floor_work_and_never_the_superman() -> None:
    result = backfit("routine", "--equipment", "none", "--pain", "100", "--posture", "0",
                     "--strength", "0", "--json")  # fmt: skip
    data = json.loads(result.stdout)
    exercises = {(e["exercise"], e["variant"]) for d in data["days"] for e in d["exercises"]}
    assert ("back_extension", "floor") not in exercises
    assert {"bird_dog", "side_bridge", "mcgill_curl_up"} <= {e for e, _ in exercises}
    assert "&eq=&" in data["query"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--posture", "101"], "--posture"),
        (["--pain", "-5"], "--pain"),
        (["--posture", "0", "--pain", "0", "--strength", "0"], "at least one goal"),
        (["--equipment", "barbell,rocket"], "rocket"),
        (["--days", "7"], "--days"),
        (["--minutes", "5"], "--minutes"),
        (["--level", "elite"], "--level"),
        (["--posture", "lots"], "--posture"),
        (["--trunk-focus", "neck"], "--trunk-focus: Unknown trunk direction neck"),
        (["--trunk-focus", "flexor,,extensor"], "--trunk-focus"),
        (["--trunk-focus", "none,flexor"], "--trunk-focus"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], words: str, db_path) -> None:
    result = backfit("routine", *args, "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert words in result.stderr
    assert not db_path.exists()


def test_trunk_focus_adds_the_weak_sides_drill_and_json_shows_it() -> None:
    result = backfit("routine", *ARGS, "--trunk-focus", "side_right,extensor", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["trunk_focus"] == ["extensor", "side_right"]
    assert data["query"].endswith("&trunk=extensor&trunk=side_right")
    plain = json.loads(backfit("routine", *ARGS, "--json").stdout)
    assert plain["trunk_focus"] == [] and "trunk=" not in plain["query"]
    for day, before in zip(data["days"], plain["days"], strict=True):
        n = len(before["exercises"])
        (bird_dog,) = [e for e in day["exercises"][:n] if e["exercise"] == "bird_dog"]
        assert bird_dog["holds"] == [2, 1, 2, 1]  # the day's own drill takes the extra rounds
        assert "Extra trunk work" in bird_dog["why"] and "Extensor hold" in bird_dog["why"]
        assert [e for e in day["exercises"][:n] if e is not bird_dog] == [
            e for e in before["exercises"] if e["exercise"] != "bird_dog"
        ]
        extra = day["exercises"][n:]
        assert [e["exercise"] for e in extra] == ["side_bridge"]
        side = extra[0]
        assert side["sides"] == 1 and side["hold_s"] <= 10 and "right side only" in side["why"]
        assert "Side bridge, right" in side["why"] and "below 0.95" in side["why"]
        assert day["minutes"] <= 50
    readable = backfit("routine", *ARGS, "--trunk-focus", "flexor")
    assert "McGill curl-up" in readable.stdout and "Flexor hold (60° sit)" in readable.stdout


def test_train_saves_the_plan_that_next_then_follows(db_path, run) -> None:
    """`--train` is the app's *Train this*: `next` then covers the plan's exercises and doses."""
    fresh = json.loads(run("next", "--json").stdout)
    assert [t["exercise"] for t in fresh] == list(FOUNDATIONAL_IDS)  # a newcomer's five
    trained = run("routine", *ARGS, "--train", "--json")
    assert trained.returncode == 0, trained.stderr
    plan = json.loads(trained.stdout)
    assert plan["version"] == 1
    planned = {(e["exercise"], e["variant"]): e for d in plan["days"] for e in d["exercises"]}
    targets = json.loads(run("next", "--json").stdout)
    strength = [t for t in targets if t["exercise"] in FOUNDATIONAL_IDS]
    pairs = [(t["exercise"], t["variant"]) for t in strength]
    # every variant the plan holds, once: both rungs of the 3-pull-up ladder (TRAINING §3)
    assert len(pairs) == len(set(pairs)) and set(pairs) == {
        (e, v) for e, v in planned if e in FOUNDATIONAL_IDS
    }
    assert {("pull_up", "negative"), ("pull_up", "bodyweight")} <= set(pairs)
    for target in strength:
        rx = planned[(target["exercise"], target["variant"])]
        assert (target["sets"], target["reps"]) == (rx["sets"], rx["reps"])
    again = run("routine", "--posture", "90", "--train")
    assert again.returncode == 0 and "(version 2)" in again.stdout


def test_train_refuses_a_profile_whose_red_flag_screen_said_yes(db_path, run) -> None:
    with Store.open(str(db_path)) as store:
        record_screen(store, "me", {q: q == "leg_weakness" for q, _ in RED_FLAG_QUESTIONS},
                      datetime(2026, 5, 1))  # fmt: skip
    refused = run("routine", *ARGS, "--train")
    assert refused.returncode == 2 and refused.stdout == ""
    assert "No plan is saved" in refused.stderr and "urgent medical care" in refused.stderr
    with Store.open(str(db_path)) as store:
        assert active_routine(store, "me") is None
    assert run("routine", *ARGS).returncode == 0  # printing a plan stores nothing and asks nothing
