"""The layouts we have no sample of, generated here: each must land the same sets."""
# ruff: noqa: E501 - CSV headers are as long as the apps write them.

from __future__ import annotations

import pandas as pd
import pytest

from backfit.core.units import KG_PER_LB
from backfit.data.importers import import_file, parse_file
from backfit.data.store import Store
from tests.data.importers.conftest import set_log

# One session in every layout: a warm-up, a working set at RPE 8, an assisted pull-up, a plank.
ANDROID = """\
Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
2024-05-01 17:00:00;Back;Deadlift (Barbell);W;135;lbs;5;;;;;;;1h 2m
2024-05-01 17:00:00;Back;Deadlift (Barbell);1;225;lbs;5;8;;;;"top set; felt easy";;1h 2m
2024-05-01 17:00:00;Back;Pull Up (Assisted);1;30;lbs;8;;;;;;;1h 2m
2024-05-01 17:00:00;Back;Plank;1;0;lbs;0;;;;60;;;1h 2m
"""
OLD_10_COLUMNS = """\
Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Duration,RPE
2024-05-01 17:00:00,Back,Deadlift (Barbell),W,135,5,0,0,1h 2m,
2024-05-01 17:00:00,Back,Deadlift (Barbell),1,225,5,0,0,1h 2m,8
2024-05-01 17:00:00,Back,Pull Up (Assisted),1,30,8,0,0,1h 2m,
2024-05-01 17:00:00,Back,Plank,1,0,0,0,60,1h 2m,
"""
GERMAN = """\
Datum;Workout-Name;Dauer;Name der Übung;Reihenfolge festlegen;Gewicht;Wiederh.;Entfernung;Sekunden;Notizen;Workout-Notizen;RPE
2024-05-01 17:00:00;Rücken;1h 2m;Deadlift (Barbell);W;61,23;5;0;0;;;
2024-05-01 17:00:00;Rücken;1h 2m;Deadlift (Barbell);1;102,06;5;0;0;"Gut, schwer";;8
2024-05-01 17:00:00;Rücken;1h 2m;Pull Up (Assisted);1;13,6;8;0;0;;;
2024-05-01 17:00:00;Rücken;1h 2m;Plank;1;0;0;0;60;;;
"""
GERMAN_COMMA = """\
Datum,Workout-Name,Workout-Dauer,Name der Übung,Reihenfolge festlegen,Gewicht,Wiederh.,Entfernung,Sekunden,Notizen,Workout-Notizen,RPE
2024-05-01 17:00:00,Rücken,62m,Deadlift (Barbell),W,"61,23",5,0,0,,,
2024-05-01 17:00:00,Rücken,62m,Deadlift (Barbell),1,"102,06",5,0,0,"Gut, schwer",,8
2024-05-01 17:00:00,Rücken,62m,Pull Up (Assisted),1,"13,6",8,0,0,,,
2024-05-01 17:00:00,Rücken,62m,Plank,1,0,0,0,60,,,
"""
V6_LBS = """\
"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (lbs)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"
"7";"2024-05-01 17:00:00";"Back";"3720";"Deadlift (Barbell)";"WARM_UP";"135";"5";"";"";"";"";""
"7";"2024-05-01 17:00:00";"Back";"3720";"Deadlift (Barbell)";"1";"225";"5";"8";"";"";"";""
"7";"2024-05-01 17:00:00";"Back";"3720";"Pull Up (Assisted)";"1";"30";"8";"";"";"";"";""
"7";"2024-05-01 17:00:00";"Back";"3720";"Plank";"1";"";"";"";"";"60";"";""
"""
HEVY_LBS = """\
"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"
"Back","1 May 2024, 17:00","1 May 2024, 18:02","","Deadlift (Barbell)",,"",0,"warmup",135,5,,,
"Back","1 May 2024, 17:00","1 May 2024, 18:02","","Deadlift (Barbell)",,"",1,"normal",225,5,,,8
"Back","1 May 2024, 17:00","1 May 2024, 18:02","","Pull Up (Assisted)",,"",0,"normal",30,8,,,
"Back","1 May 2024, 17:00","1 May 2024, 18:02","","Plank",,"",0,"normal",,,,60,
"""


def lb(value: float) -> float:
    return value * KG_PER_LB


@pytest.mark.parametrize(
    ("text", "unit", "warmup", "top", "assist"),
    [
        (ANDROID, "kg", lb(135), lb(225), lb(30)),  # the Weight Unit column wins
        (OLD_10_COLUMNS, "lb", lb(135), lb(225), lb(30)),  # no unit in the file: the caller's
        (OLD_10_COLUMNS, "kg", 135.0, 225.0, 30.0),
        (GERMAN, "kg", 61.23, 102.06, 13.6),
        (GERMAN_COMMA, "kg", 61.23, 102.06, 13.6),
        (V6_LBS, "kg", lb(135), lb(225), lb(30)),  # the header's unit wins
        (HEVY_LBS, "kg", lb(135), lb(225), lb(30)),
    ],
    ids=["android", "old-10-lb", "old-10-kg", "german", "german-comma", "v6-lbs", "hevy-lbs"],
)
def test_every_layout_lands_the_same_sets(
    store: Store, text: str, unit: str, warmup: float, top: float, assist: float
) -> None:
    summary = import_file(store, text.encode(), unit=unit)
    assert summary.sets_added == 4
    log = set_log(store)
    by = {(r.exercise, r.set_index): r for r in log.itertuples()}
    assert by["deadlift", 1].kind == "warmup"
    assert by["deadlift", 1].weight_kg == pytest.approx(warmup, abs=1e-9)
    assert by["deadlift", 2].weight_kg == pytest.approx(top, abs=1e-9)
    assert by["deadlift", 2].rir == 2.0
    assert by["deadlift", 2].reps == 5
    assert by["pull_up", 1].variant == "machine_assisted"
    assert by["pull_up", 1].assistance_kg == pytest.approx(assist, abs=1e-9)
    assert by["Plank", 1].duration_s == 60.0
    assert pd.isna(by["Plank", 1].reps)
    with store.read() as cur:
        (finished,) = cur.execute("SELECT finished_at - started_at FROM workouts").fetchone()
    assert finished.total_seconds() == 62 * 60


def test_notes_keep_separators_of_their_layout(store: Store) -> None:
    import_file(store, ANDROID.encode(), unit="kg")
    notes = set_log(store)["note"].dropna().tolist()
    assert notes == ["top set; felt easy"]
    import_file(store, GERMAN.encode(), profile="de", unit="kg")
    assert set_log(store, "de")["note"].dropna().tolist() == ["Gut, schwer"]


def test_exactly_one_pound_in_kg() -> None:
    parsed = parse_file(
        b"Date,Exercise Name,Set Order,Weight (lbs),Reps\n2024-01-01 10:00:00,Row,1,1,5\n"
    )
    assert parsed.sets["weight_kg"].iloc[0] == 0.45359237


def test_a_bom_and_crlf_line_ends_are_fine(store: Store) -> None:
    data = b"\xef\xbb\xbf" + OLD_10_COLUMNS.replace("\n", "\r\n").encode()
    assert import_file(store, data, unit="kg").sets_added == 4


def test_distance_is_kept_in_the_note() -> None:
    parsed = parse_file(
        b"Date,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes\n"
        b"2024-01-01 10:00:00,Sled Push,1,0,0,40,0,heavy\n",
        unit="kg",
    )
    # Strong's classic layout names no distance unit: the note says so instead of guessing.
    assert parsed.sets["note"].tolist() == ["heavy\ndistance 40 (unit not in the file)"]
    assert parsed.unmapped == ["Sled Push"]
