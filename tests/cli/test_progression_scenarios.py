"""Issue #11's *Why*, bullet by bullet, through the CLI with `--at` dates: the corrected numbers.

Each test logs what the realistic lifter did, asks `backfit next --json` on a later date and
asserts the number TRAINING §3–§5 gives (the old, wrong number is in a comment). In process,
with a real DuckDB file per test (`BACKFIT_DB` from conftest).
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from typing import Any

import pytest

from backfit.cli.main import main
from backfit.core.rules import TRUNK_ENDURANCE_IDS
from backfit.core.training import CLINICIAN_TEXT, trunk_endurance_names

DESIGN_NEXT_KEYS = {
    "exercise", "variant", "sets", "reps", "weight_kg", "assistance_kg", "hold_s", "rir", "why",
}  # fmt: skip


def cli(*argv: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(list(argv))
    assert code == 0, argv
    return out.getvalue()


def session(exercise: str, day: str, *sets: dict[str, Any], variant: str | None = None) -> None:
    """One session on `day` (ISO date): each dict is one set's options."""
    for i, options in enumerate(sets):
        argv = ["log", exercise, "--at", f"{day}T18:{i:02d}"]
        if variant:
            argv += ["--variant", variant]
        for key, value in options.items():
            argv += [f"--{key}", str(value)]
        cli(*argv)


def next_json(exercise: str, day: str, *extra: str) -> dict[str, Any]:
    return json.loads(cli("next", exercise, "--json", "--at", f"{day}T17:00", *extra))


def sets(n: int, **options: Any) -> list[dict[str, Any]]:
    return [dict(options) for _ in range(n)]


# --- deload cascade -----------------------------------------------------------------------------


def test_a_miss_after_a_deload_holds_the_new_load_instead_of_deloading_again() -> None:
    for day in ("2026-05-04", "2026-05-06", "2026-05-08"):
        session("deadlift", day, *sets(3, reps=2, weight=100, rir=0))
    first = next_json("deadlift", "2026-05-11")
    assert (first["action"], first["weight_kg"]) == ("deload", 90.0)
    session("deadlift", "2026-05-11", *sets(3, reps=2, weight=90, rir=0))
    after = next_json("deadlift", "2026-05-13")
    assert after["weight_kg"] == 90.0  # was 80 kg: the miss streak never reset
    assert after["action"] == "repeat" and after["deload_week"] is False
    for day in ("2026-05-13", "2026-05-15"):
        session("deadlift", day, *sets(3, reps=2, weight=90, rir=0))
    third = next_json("deadlift", "2026-05-18")
    assert (third["action"], third["weight_kg"]) == ("deload", 80.0)  # 81 → 80 loadable


# --- pain check-in carried forward and graded ----------------------------------------------------


def _two_top_sessions() -> None:
    for day in ("2026-05-04", "2026-05-06"):
        session("deadlift", day, *sets(3, reps=6, weight=100, rir=2))
        session("lat_pulldown", day, *sets(3, reps=12, weight=50, rir=2))


def test_an_eight_worse_checkin_after_wednesday_still_counts_on_friday() -> None:
    _two_top_sessions()
    cli("checkin", "8", "--trend", "worse", "--at", "2026-05-06T20:00")
    deadlift = next_json("deadlift", "2026-05-08")
    assert deadlift["sets"] == 0 and deadlift["weight_kg"] is None  # was +2.5 kg: 102.5
    assert deadlift["action"] == "stop" and deadlift["frozen"] is True
    assert deadlift["instead"] == list(TRUNK_ENDURANCE_IDS)
    assert CLINICIAN_TEXT in deadlift["why"] and "pain 8/10" in deadlift["why"]
    assert deadlift["checkin"] == {
        "score": 8, "trend": "worse", "at": "2026-05-06T20:00", "red_flag": False,
    }  # fmt: skip
    pulldown = next_json("lat_pulldown", "2026-05-08")
    assert pulldown["weight_kg"] == 50.0 and pulldown["frozen"] is True  # everything else holds
    # Seven days on, the check-in has lapsed: progress as usual.
    assert next_json("deadlift", "2026-05-14")["weight_kg"] == 102.5


@pytest.mark.parametrize(
    ("pain", "trend", "deadlift", "pulldown"),
    [
        ("2", "better", 102.5, 52.5),  # 0–2 and not worse: progress
        ("3", "same", 100.0, 52.5),  # 3–4: spinal lifts hold, the rest progresses
        ("5", None, 90.0, 50.0),  # 5–6: −10 % on spinal lifts, the rest holds
        ("1", "worse", 90.0, 50.0),  # "worse": like 5–6
    ],
)
def test_the_checkin_table_is_graded_per_lift_class(
    pain: str, trend: str | None, deadlift: float, pulldown: float
) -> None:
    _two_top_sessions()
    argv = ["checkin", pain, "--at", "2026-05-07T08:00"]
    cli(*(argv + (["--trend", trend] if trend else [])))
    assert next_json("deadlift", "2026-05-08")["weight_kg"] == deadlift
    assert next_json("lat_pulldown", "2026-05-08")["weight_kg"] == pulldown


def test_a_red_flag_stops_all_loading() -> None:
    _two_top_sessions()
    cli("checkin", "2", "--red-flag", "--at", "2026-05-07T08:00")
    for exercise in ("deadlift", "lat_pulldown"):
        target = next_json(exercise, "2026-05-08")
        assert target["sets"] == 0 and "urgent care" in target["why"].lower()


def test_trunk_endurance_ids_are_named_whether_or_not_the_catalog_lists_them_yet() -> None:
    # bird_dog, side_bridge and mcgill_curl_up come with the routine branch's catalog (#10).
    assert [i for i, _ in trunk_endurance_names()] == list(TRUNK_ENDURANCE_IDS)
    assert all(name and "_" not in name for _, name in trunk_endurance_names())


# --- loadable targets ----------------------------------------------------------------------------


def test_dumbbell_rows_on_a_two_and_a_half_kilo_rack() -> None:
    cli("equipment", "--dumbbells", "2.5,5,7.5,10,12.5,15,17.5,20")
    session("row", "2026-05-04", *sets(3, reps=12, weight=12.5, rir=2), variant="dumbbell")
    same = next_json("row", "2026-05-05")
    assert same["weight_kg"] == 12.5  # a "same load" repeat: was 12.0 kg
    session("row", "2026-05-06", *sets(3, reps=12, weight=12.5, rir=2), variant="dumbbell")
    up = next_json("row", "2026-05-08")
    assert up["weight_kg"] == 15.0 and up["loadable"] is True  # was 14 kg: not on the rack
    assert "+2.5 kg" in up["why"]


def test_a_same_load_target_in_pounds_is_the_load_lifted() -> None:
    cli("equipment", "--unit", "lb", "--plates", "45x4,25x2,10x2,5x2,2.5x2,1.25x2")
    session("row", "2026-05-04", *sets(3, reps=8, weight=137.5, unit="lb", rir=2),
            variant="barbell")  # fmt: skip
    target = next_json("row", "2026-05-06")
    assert (target["unit"], target["weight"]) == ("lb", 137.5)  # was a 135 lb "same load"


def test_a_kg_profile_logging_in_pounds_gets_pound_targets() -> None:
    for day in ("2026-05-04", "2026-05-06"):
        session("row", day, *sets(3, reps=10, weight=135, unit="lb", rir=2), variant="barbell")
    target = next_json("row", "2026-05-08")
    assert (target["unit"], target["weight"]) == ("lb", 140.0)  # was 63.75 kg (kg plates)
    assert "+5 lb" in target["why"]
    text = cli("next", "row", "--at", "2026-05-08T17:00")
    assert "@ 140 lb" in text


def test_every_part_of_the_kit_can_be_set_and_read_back() -> None:
    cli("equipment", "--dumbbells", "2,4,6", "--plates", "20x2,10x2", "--bar", "15",
        "--stack-step", "5", "--assist-step", "1")  # fmt: skip
    kit = json.loads(cli("equipment", "--json"))
    assert kit == {
        "unit": "kg", "dumbbells": [2.0, 4.0, 6.0], "bar": 15.0,
        "plates": [[20.0, 2], [10.0, 2]], "stack_step": 5.0, "assist_step": 1.0,
        "lighter_week_every": 5,
    }  # fmt: skip


def test_bad_kit_is_one_sentence_exit_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = cli("equipment", "--json")
    assert main(["equipment", "--dumbbells", "2,four"]) == 2
    assert main(["equipment", "--stack-step", "0"]) == 2
    assert main(["checkin", "11"]) == 2
    assert main(["test", "flexor", "--seconds", "0"]) == 2
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 4 and all(e.startswith("backfit ") for e in errors)
    assert cli("equipment", "--json") == before


# --- assisted pull-ups and the ladder ------------------------------------------------------------


def _assisted(day: str, assist: float, reps: int = 10) -> None:
    session("pull_up", day, *sets(3, reps=reps, assist=assist, bodyweight=55, rir=2),
            variant="machine_assisted")  # fmt: skip


def test_assistance_drops_about_five_percent_of_the_effective_load() -> None:
    cli("equipment", "--assist-step", "1")
    _assisted("2026-05-04", 35)
    _assisted("2026-05-06", 35)
    target = next_json("pull_up", "2026-05-08")
    # 55 kg lifter on 35 kg moves 20 kg: 5 % is 1 kg. Was −5 kg (+25 % effective load).
    assert target["assistance_kg"] == 34.0
    cli("equipment", "--assist-step", "2.5")
    assert next_json("pull_up", "2026-05-08")["assistance_kg"] == 32.5  # at least one step


def test_negatives_climb_to_low_rep_pull_ups_and_a_failure_steps_back_down() -> None:
    for day in ("2026-05-04", "2026-05-06"):
        session("pull_up", day, *sets(3, reps=5, rir=2), variant="negative")
    up = next_json("pull_up", "2026-05-08")
    assert (up["variant"], up["reps"], up["sets"]) == ("bodyweight", [1, 4], 4)  # was [5, 12]
    session("pull_up", "2026-05-08", {"reps": 1}, {"reps": 1}, {"reps": 0}, variant="bodyweight")
    down = next_json("pull_up", "2026-05-11")
    assert (down["variant"], down["action"], down["target_reps"]) == ("negative", "ladder_down", 5)
    assert down["reps"] == [3, 5]  # a concrete target, not stuck on bodyweight


def test_a_failed_negative_steps_back_to_the_assistance_last_used() -> None:
    _assisted("2026-05-04", 10)
    _assisted("2026-05-06", 10)
    session("pull_up", "2026-05-08", {"reps": 0}, variant="negative")
    down = next_json("pull_up", "2026-05-11")
    assert (down["variant"], down["assistance_kg"]) == ("machine_assisted", 10.0)


def test_the_first_weighted_target_comes_from_the_bodyweight_e1rm() -> None:
    for day in ("2026-05-04", "2026-05-06"):
        session("pull_up", day, *sets(3, reps=12, bodyweight=80, rir=2), variant="bodyweight")
    target = next_json("pull_up", "2026-05-08")
    # 80 × (1 + 10/30) = 106.7 kg; for 5 reps @ RIR 2: 86.5 kg → +6.25 kg loadable. Was +2 kg.
    assert (target["variant"], target["weight_kg"]) == ("weighted", 6.25)


# --- holds ---------------------------------------------------------------------------------------


def test_holds_stay_at_ten_seconds_and_add_a_hold_without_rir() -> None:
    for day in ("2026-05-04", "2026-05-06"):
        session("back_extension", day, *sets(5, seconds=10), variant="floor")
    target = next_json("back_extension", "2026-05-08")
    assert (target["hold_s"], target["sets"], target["rir"]) == (10, 6, None)  # was 15 s, RIR 3
    text = cli("next", "back_extension", "--at", "2026-05-08T17:00")
    assert "RIR" not in text


# --- the planned lighter week --------------------------------------------------------------------


def test_every_fifth_week_of_training_is_lighter_and_can_be_skipped() -> None:
    for monday in ("2026-05-04", "2026-05-11", "2026-05-18", "2026-05-25"):
        session("deadlift", monday, *sets(3, reps=5, weight=100, rir=2))
    light = next_json("deadlift", "2026-06-01")  # the fifth week of training
    assert light["deload_week"] is True  # there was no lighter week at all
    assert (light["sets"], light["rir"], light["weight_kg"]) == (2, 4, 100.0)
    every = json.loads(cli("next", "--json", "--at", "2026-06-01T17:00"))
    assert all(t["deload_week"] for t in every)
    cli("equipment", "--skip-lighter-week", "2026-06-03")
    usual = next_json("deadlift", "2026-06-01")
    assert usual["deload_week"] is False and usual["sets"] == 3


def test_the_lighter_week_comes_every_four_weeks_when_set() -> None:
    cli("equipment", "--lighter-week-every", "4")
    for monday in ("2026-05-04", "2026-05-11", "2026-05-18"):
        session("row", monday, *sets(3, reps=10, weight=60, rir=2), variant="barbell")
    assert next_json("row", "2026-05-25")["deload_week"] is True


# --- RIR below target at the top of the range ----------------------------------------------------


def test_top_reps_at_rir_zero_count_as_reached() -> None:
    for day in ("2026-05-04", "2026-05-06"):
        session("row", day, *sets(3, reps=10, weight=60, rir=0), variant="barbell")
    target = next_json("row", "2026-05-08")
    assert (target["action"], target["weight_kg"]) == ("increase", 62.5)  # was "aim for 10"


# --- the next --json contract --------------------------------------------------------------------


def test_next_json_keeps_the_design_shape_plus_the_new_fields() -> None:
    _two_top_sessions()
    cli("checkin", "3", "--at", "2026-05-07T08:00")
    target = next_json("deadlift", "2026-05-08")
    assert set(target) >= DESIGN_NEXT_KEYS
    assert target["loadable"] is True and target["deload_week"] is False
    assert target["checkin"]["score"] == 3
    assert next_json("lat_pulldown", "2026-05-20")["checkin"] is None


def test_trunk_tests_report_ratios_and_flags() -> None:
    cli("test", "extensor", "--seconds", "100", "--at", "2026-05-04T18:00")
    cli("test", "flexor", "--seconds", "120", "--at", "2026-05-04T18:05")
    cli("test", "side_left", "--seconds", "80", "--at", "2026-05-04T18:10")
    report = json.loads(
        cli("test", "side_right", "--seconds", "70", "--json", "--at", "2026-05-04T18:15")
    )
    assert report["ratios"] == {
        "flexor/extensor": 1.2, "side_right/extensor": 0.7, "side_left/extensor": 0.8,
        "side_right/side_left": 0.88,
    }  # fmt: skip
    assert {f["ratio"] for f in report["flags"]} == {
        "flexor/extensor", "side_left/extensor", "side_right/side_left",
    }  # fmt: skip
    assert set(report["extra_work"]) == {"bird_dog", "side_bridge"}
    extensor = report["tests"][0]
    assert extensor["norm_s"] == {"men": 161.0, "women": 185.0}
    assert extensor["of_norm"] == {"men": 0.62, "women": 0.54}


# --- check-in ≥ 7: the trunk work is a target of its own ---------------------------------------


def test_at_eight_of_ten_the_trunk_exercises_are_targets_of_their_own() -> None:
    _two_top_sessions()
    for day in ("2026-05-04", "2026-05-06"):
        session("side_bridge", day, *sets(5, seconds=10), variant="knees")
    cli("checkin", "8", "--at", "2026-05-07T08:00")
    targets = json.loads(cli("next", "--json", "--at", "2026-05-08T17:00"))
    by_id = {t["exercise"]: t for t in targets}
    names = [t["exercise"] for t in targets]  # the trained ones, then the new trunk entries
    assert sorted(names[:3]) == ["deadlift", "lat_pulldown", "side_bridge"]
    assert names[3:] == ["bird_dog", "mcgill_curl_up"]
    assert by_id["deadlift"]["sets"] == 0 and by_id["deadlift"]["instead"] == list(
        TRUNK_ENDURANCE_IDS
    )
    for target in targets:
        assert set(target) >= DESIGN_NEXT_KEYS
    side = by_id["side_bridge"]  # from the last trunk sets: 5 holds of 10 s, held (not 6)
    assert (side["variant"], side["sets"], side["hold_s"], side["rounds"]) == ("knees", 5, 10, 1)
    assert side["holds_per_round"] == 5 and side["reps"] is None and side["rir"] is None
    assert side["why"].startswith("trunk endurance instead of the deadlift: pain 8/10")
    for new in ("bird_dog", "mcgill_curl_up"):  # never logged: the starting dose of rules.py
        start = by_id[new]
        assert (start["sets"], start["hold_s"], start["rounds"], start["action"]) == (
            3, 10, 1, "start",
        )  # fmt: skip
        assert start["checkin"]["score"] == 8 and start["loadable"] is True
    text = cli("next", "--at", "2026-05-08T17:00")
    assert "bird_dog (standard): 3 × 10 s hold" in text
    assert "side_bridge (knees): 5 × 10 s hold" in text
    # One exercise asked for: still the single DESIGN §5 object, its `instead` names the rest.
    assert next_json("deadlift", "2026-05-08")["instead"] == list(TRUNK_ENDURANCE_IDS)
    # The check-in lapses after 7 days: no extra entries, the side bridge progresses again.
    later = json.loads(cli("next", "--json", "--at", "2026-05-15T17:00"))
    assert sorted(t["exercise"] for t in later) == ["deadlift", "lat_pulldown", "side_bridge"]
    assert next(t for t in later if t["exercise"] == "side_bridge")["holds_per_round"] == 6
