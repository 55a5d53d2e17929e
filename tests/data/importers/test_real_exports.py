"""Issue #12's *Why*, bullet by bullet, on long generated exports (`generated_exports.py`).

Each file holds thousands of sets with the quirks of real Strong and Hevy exports; the truth
they were written from is compared with what lands, set by set.
"""

from __future__ import annotations

import math
from collections import Counter

import pandas as pd
import pytest

from backfit.core.errors import ValidationError
from backfit.core.units import KG_PER_LB
from backfit.data import rollups
from backfit.data.exporters import export_set_log
from backfit.data.importers import UnitNeeded, import_file, map_name, parse_file
from backfit.data.profiles import update_profile
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store
from tests.data.importers.conftest import set_log, table_counts
from tests.fixtures.generated_exports import (
    LANGUAGES,
    edited,
    hevy_csv,
    history,
    starting_mid_workout,
    strong_csv,
    with_typos,
)

SETS = history(seed=12, sessions=400)  # about 5,600 sets over three years


def content(frame: pd.DataFrame) -> Counter[tuple[object, ...]]:
    """The stored sets as a multiset of what a lifter would call "the same set"."""

    def value(x: object) -> object:
        return None if x is None or (isinstance(x, float) and math.isnan(x)) else round(x, 3)  # type: ignore[arg-type]

    return Counter(
        (r.workout_id, r.exercise, r.kind, None if pd.isna(r.reps) else int(r.reps),
         value(r.weight_kg), value(r.assistance_kg), value(r.duration_s))
        for r in frame.itertuples()
    )  # fmt: skip


# --- One typo no longer blocks the whole history -------------------------------------------


def typo_file() -> tuple[bytes, dict[int, str]]:
    """The English file with four real-world typos: record number → expected kind."""
    data = strong_csv(SETS, unit="kg")
    assisted = next(i for i, s in enumerate(SETS) if s["name"] == "Pull Up (Assisted)")
    extension = next(i for i, s in enumerate(SETS) if s["name"].startswith("Back Extension"))
    row = next(i for i, s in enumerate(SETS) if s["name"] == "Bent Over Row (Barbell)")
    pulldown = next(i for i, s in enumerate(SETS) if s["name"] == "Lat Pulldown (Cable)")
    typos = {
        assisted: {6: "877777"},  # reps
        extension: {6: "103"},
        row: {5: "6O"},  # weight with a letter O
        pulldown: {4: "?"},  # set order
    }
    kinds = {assisted: "implausible", extension: "implausible", row: "invalid", pulldown: "invalid"}
    return with_typos(data, typos), kinds


def test_typos_are_set_aside_with_their_line_and_the_rest_imports(store: Store) -> None:
    data, kinds = typo_file()
    summary = import_file(store, data, unit="kg")
    # No note in the English file spans lines except the "two\nlines" ones: count them.
    assert summary.sets_added == len(SETS) - 4
    assert sorted(q.kind for q in summary.quarantined) == sorted(kinds.values())
    by_reason = {q.reason: q for q in summary.quarantined}
    assert "877777 reps is over 100 (a typo?)" in by_reason
    assert "103 reps is over 100 (a typo?)" in by_reason
    assert "weight '6O' is not a number" in by_reason
    assert "Set Order '?' is not a set number or W/D/F" in by_reason
    quarantined = by_reason["877777 reps is over 100 (a typo?)"]
    assert quarantined.row["Exercise Name"] == "Pull Up (Assisted)"
    assert quarantined.row["Reps"] == "877777"
    lines = data.decode().splitlines()
    assert lines[quarantined.line - 1].count("877777") == 1  # the line is the file's line
    assert len(set_log(store)) == len(SETS) - 4


def test_strict_restores_all_or_nothing(store: Store) -> None:
    data, _ = typo_file()
    with pytest.raises(Exception, match="4 row\\(s\\) set aside"):
        import_file(store, data, unit="kg", strict=True)
    assert table_counts(store)["sets"] == 0


def test_keep_implausible_imports_genuine_big_sets_as_they_are(store: Store) -> None:
    data, _ = typo_file()
    summary = import_file(store, data, unit="kg", keep=True)
    assert summary.sets_added == len(SETS) - 2  # the two invalid rows stay out
    assert len(summary.kept) == 2
    log = set_log(store)
    assert {877777, 103} <= set(log["reps"].dropna().astype(int))


def test_fixing_and_dropping_quarantined_rows_before_confirming(store: Store) -> None:
    data, _ = typo_file()
    parsed = parse_file(data, unit="kg")
    invalid = [q for q in parsed.quarantined if q.kind == "invalid"]
    fix, drop = invalid[0], invalid[1]
    field = "Weight" if "weight" in fix.reason else "Set Order"
    summary = import_file(
        store, data, unit="kg", edits={fix.line: {field: "60" if field == "Weight" else "1"}},
        drop=[drop.line],
    )  # fmt: skip
    assert summary.sets_added == len(SETS) - 3
    assert {q.line for q in summary.quarantined} == {
        q.line for q in parsed.quarantined if q.kind == "implausible"
    }


def test_a_file_with_no_readable_set_is_refused_whole(store: Store) -> None:
    data = b"Date,Exercise Name,Set Order,Weight (kg),Reps\nx,Row,1,a,b\n"
    with pytest.raises(Exception, match="none of its rows is a set"):
        import_file(store, data)
    assert table_counts(store)["sets"] == 0


# --- A Strong file without a unit column is never read as kg silently ----------------------


def test_an_lb_file_without_a_unit_column_needs_a_unit(store: Store) -> None:
    data = strong_csv(SETS, unit="lb")
    with pytest.raises(UnitNeeded, match="has no unit column; pass --unit kg or --unit lb"):
        import_file(store, data)
    summary = import_file(store, data, unit="lb")
    assert summary.unit == "lb"
    truth = strong_csv(SETS, unit="lb", unit_column=True)  # the same sets, naming their unit
    other = Store.open(":memory:")
    import_file(other, truth)
    assert content(set_log(store)) == content(set_log(other))
    heaviest = set_log(store)["weight_kg"].max()
    assert heaviest == pytest.approx(max(s["weight"] for s in SETS), abs=1.2)  # kg, not lb


def test_read_as_kg_by_mistake_the_ceiling_suggests_lb() -> None:
    heavy = [{**s, "weight": 600.0} if s["name"] == "Deadlift (Barbell)" else s for s in SETS]
    parsed = parse_file(strong_csv(heavy, unit="kg"), unit="kg")
    assert any("--unit lb" in q.reason for q in parsed.quarantined)


def test_a_unit_chosen_in_the_profile_is_used(store: Store) -> None:
    update_profile(store, "me", unit="lb")
    from backfit.services.imports import unit_for

    assert unit_for(store, "me", None) == "lb"
    assert unit_for(store, "nobody", None) is None  # the kg default is not a choice


# --- RPE 0 / blank = not recorded -----------------------------------------------------------


def test_rpe_zero_and_blank_are_not_recorded(store: Store) -> None:
    import_file(store, strong_csv(SETS), unit="kg")
    log = set_log(store)
    rpe_by_set = [s["rpe"] for s in SETS]
    assert Counter(rpe_by_set)["0"] > 50
    assert log["rir"].max() <= 3.0  # RPE 7 is the lowest recorded: no RIR 10 from RPE 0
    assert log["rir"].isna().sum() == sum(r in ("", "0") for r in rpe_by_set)


# --- Duplicates by content, as multisets ----------------------------------------------------


def test_a_reimport_adds_nothing(store: Store) -> None:
    data = strong_csv(SETS)
    assert import_file(store, data, unit="kg").sets_added == len(SETS)
    again = import_file(store, data, unit="kg")
    assert (again.sets_added, again.duplicates) == (0, len(SETS))


def test_an_edited_reexport_adds_exactly_the_forgotten_warmup(store: Store) -> None:
    import_file(store, strong_csv(SETS), unit="kg")
    before = content(set_log(store))
    more, warmup = edited(SETS, session=100)
    summary = import_file(store, strong_csv(more), unit="kg")
    assert summary.sets_added == 1
    after = content(set_log(store))
    added = after - before
    assert sum(added.values()) == 1
    (key,) = added
    assert key[2] == "warmup" and key[3] == warmup["reps"]
    assert before - after == Counter()  # nothing dropped


def test_an_older_file_mid_workout_then_the_full_file_gives_the_full_history(
    store: Store,
) -> None:
    older = starting_mid_workout(SETS, session=150, skip=3)
    import_file(store, strong_csv(older), unit="kg")
    summary = import_file(store, strong_csv(SETS), unit="kg")
    full = Store.open(":memory:")
    import_file(full, strong_csv(SETS), unit="kg")
    assert content(set_log(store)) == content(set_log(full))
    assert summary.sets_added == len(SETS) - len(older)
    log = set_log(store)
    # Positions stay unique per workout and exercise (our own export must re-import).
    assert not log.duplicated(["workout_id", "exercise", "set_index"]).any()


def test_a_changed_weight_adds_the_corrected_set_and_drops_none(store: Store) -> None:
    import_file(store, strong_csv(SETS), unit="kg")
    index = next(i for i, s in enumerate(SETS) if s["kind"] == "working" and s["weight"])
    corrected = [*SETS]
    corrected[index] = {**SETS[index], "weight": SETS[index]["weight"] + 2.5}
    assert import_file(store, strong_csv(corrected), unit="kg").sets_added == 1


# --- Assistance for every (Assisted) exercise; standard back names ---------------------------


def test_every_assisted_exercise_stores_its_weight_as_assistance(store: Store) -> None:
    import_file(store, hevy_csv(SETS))
    log = set_log(store)
    dips = log[log["exercise"] == "Chest Dip (Assisted)"]  # not a back exercise: stays custom
    chin_ups = log[(log["exercise"] == "pull_up") & (log["variant"] == "chin_up")]
    assisted_chin_ups = chin_ups[chin_ups["assistance_kg"].notna()]
    for rows in (dips, assisted_chin_ups):
        assert len(rows) and rows["weight_kg"].isna().all() and rows["assistance_kg"].gt(0).all()
    assert chin_ups["assistance_kg"].isna().any()  # plain chin-ups carry no assistance
    assisted = log[log["variant"] == "machine_assisted"]
    assert len(assisted) and assisted["weight_kg"].isna().all()


def test_assisted_chin_ups_and_dips_import_in_strong_with_their_assistance(store: Store) -> None:
    data = (
        b"Date,Workout Name,Exercise Name,Set Order,Weight,Reps,Seconds,Notes,RPE\n"
        b"2024-05-01 17:00:00,Back,Chin Up (Assisted),1,25,8,0,,8\n"
        b"2024-05-01 17:00:00,Back,Chest Dip (Assisted),1,30,10,0,,\n"
        b"2024-05-01 17:00:00,Back,Triceps Dip (Assisted),1,20,10,0,,\n"
    )
    update_profile(store, "me", bodyweight_kg=80.0)
    summary = import_file(store, data, unit="kg")
    assert summary.sets_added == 3
    assert summary.unmapped == ["Chest Dip (Assisted)", "Triceps Dip (Assisted)"]
    log = set_log(store).set_index("exercise")
    assert log.loc["pull_up", ["variant", "assistance_kg", "bodyweight_kg"]].tolist() == [
        "chin_up",
        25.0,
        80.0,
    ]
    assert log.loc["Chest Dip (Assisted)", "assistance_kg"] == 30.0
    assert log[["weight_kg"]].isna().all().all()
    with store.read() as cur:
        assert rollups.stored(cur, "me") == rollups.recomputed(cur, "me")


def test_a_negative_assisted_weight_is_the_assistance(store: Store) -> None:
    data = (
        b"title,start_time,end_time,exercise_title,set_index,set_type,weight_kg,reps\n"
        b"Back,1 May 2024 17:00,1 May 2024 18:00,Chin Up (Assisted),0,normal,-20,8\n"
    )
    import_file(store, data)
    assert set_log(store)[["weight_kg", "assistance_kg"]].iloc[0].tolist()[1] == 20


@pytest.mark.parametrize(
    ("name", "exercise", "variant"),
    [
        ("Back Extension (Weighted Hyperextension)", "back_extension", "bench_45"),
        ("Neutral Grip Lat Pulldown", "lat_pulldown", "neutral_grip"),
        ("Single Arm Lat Pulldown", "lat_pulldown", "single_arm"),
        ("Reverse Grip Lat Pulldown (Cable)", "lat_pulldown", "reverse_grip"),
        ("Lat Pulldown - Close Grip (Cable)", "lat_pulldown", "close_grip"),
        ("Lat Pulldown - Underhand (Cable)", "lat_pulldown", "reverse_grip"),
        ("Lat Pulldown - Wide Grip (Cable)", "lat_pulldown", "cable"),
        ("Lat Pulldown (Single Arm)", "lat_pulldown", "single_arm"),
        ("Sumo Deadlift (Barbell)", "deadlift", "sumo"),
        ("Deadlift (Trap bar)", "deadlift", "trap_bar"),
        ("Chin Up", "pull_up", "chin_up"),
        ("Wide Pull Up", "pull_up", "bodyweight"),
        ("Seated Row (Machine)", "row", "machine"),
        ("Iso-Lateral Row (Machine)", "row", "machine"),
        ("Iso-Lateral Low Row", "row", "machine"),
        ("Seated Cable Row - Bar Grip", "row", "cable"),
        ("Seated Cable Row - V Grip (Cable)", "row", "cable"),
        ("Seated Wide-Grip Row (Cable)", "row", "cable"),
        ("Chin Up (Assisted)", "pull_up", "chin_up"),
        ("Chin Up (Weighted)", "pull_up", "chin_up"),
        ("Pull Up (Band)", "pull_up", "band_assisted"),
        ("Back Extension (Machine)", "back_extension", "machine"),
        ("Inverted Row (Bodyweight)", "inverted_row", "bar"),
        ("Inverted Row", "inverted_row", "bar"),
        ("Face Pull (Cable)", "face_pull", "cable"),
        ("Face Pull", "face_pull", "cable"),
        ("Side Plank", "side_bridge", "feet"),
    ],
)
def test_standard_back_exercises_map_to_the_catalog(name: str, exercise: str, variant: str) -> None:
    mapped = map_name(name)
    assert (mapped.exercise, mapped.variant) == (exercise, variant)


@pytest.mark.parametrize(
    "name",
    [
        "T Bar Row",
        "Rack Pull (Barbell)",
        "Romanian Deadlift (Dumbbell)",
        "Good Morning (Barbell)",
        "Deficit Deadlift (Barbell)",
        "Kipping Pull Up",
        "Lat Pulldown - Underhand (Band)",
        "Chest Dip (Assisted)",
    ],
)
def test_other_movements_stay_custom_verbatim(name: str) -> None:
    assert map_name(name).exercise == name


def test_assistance_follows_the_name_not_the_catalog() -> None:
    assert map_name("Chin Up (Assisted)").assisted and map_name("Assisted Chin Up").assisted
    assert map_name("Chest Dip (Assisted)").assisted and map_name("Dips (Assisted)").assisted
    assert not map_name("Chin Up (Weighted)").assisted and not map_name("Chin Up").assisted


# --- Languages ------------------------------------------------------------------------------


def test_the_real_french_layout_imports(store: Store) -> None:
    """Strong's French export as a real one has it (see strong.py for the source)."""
    data = (
        "Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,"
        "Distance,Secondes,Notes,Notes d'entraînement,RPE\n"
        '2026-01-06 18:27:40,"Entraînement dos",1h 48min,"Pull Up (Assisted)",1,35.0,8.0,0,'
        '0.0,"","dos ok",\n'
        '2026-01-06 18:27:40,"Entraînement dos",1h 48min,"Pull Up (Assisted)",'
        "Minuteur de repos,0,0.0,0,120.0,,,\n"
        '2026-01-06 18:27:40,"Entraînement dos",1h 48min,"Seated Row (Cable)",1,40.0,12.0,0,'
        "0.0,,,8\n"
    ).encode()
    summary = import_file(store, data, unit="kg")
    assert (summary.sets_added, summary.skipped, summary.quarantined) == (2, {"rest_timer": 1}, ())
    log = set_log(store).set_index("exercise")
    assert log.loc["pull_up", "assistance_kg"] == 35.0
    assert log.loc["row", ["reps", "rir"]].tolist() == [12, 2.0]
    with store.read() as cur:
        workout = cur.execute("SELECT note, finished_at - started_at FROM workouts").fetchone()
    assert workout[0] == "dos ok" and workout[1].total_seconds() == 108 * 60


@pytest.mark.parametrize("language", sorted(set(LANGUAGES) - {"en"}))
def test_every_app_language_lands_the_same_sets(language: str) -> None:
    english, translated = Store.open(":memory:"), Store.open(":memory:")
    import_file(english, strong_csv(SETS, unit="lb"), unit="lb")
    summary = import_file(translated, strong_csv(SETS, language=language, unit="lb"), unit="lb")
    assert summary.sets_added == len(SETS)
    assert content(set_log(translated)) == content(set_log(english))


DUTCH = "Datum;Trainingsnaam;Duur;Oefening;Setvolgorde;Gewicht;Herhalingen;Afstand;Seconden;"
DUTCH += "Notities;Trainingsnotities;RPE"  # a language BackFit has no header words for


def test_a_strong_export_in_an_unknown_language_imports_by_position_when_said_to_be_strong() -> (
    None
):
    german = strong_csv(SETS, language="de", unit="lb")
    first, rest = german.split(b"\n", 1)
    unknown = DUTCH.encode() + b"\n" + rest
    assert first.count(b";") == DUTCH.count(";")
    with pytest.raises(ValidationError, match="in another language: import it with --format"):
        import_file(Store.open(":memory:"), unknown, unit="lb")
    english, translated = Store.open(":memory:"), Store.open(":memory:")
    import_file(english, strong_csv(SETS, unit="lb"), unit="lb")
    summary = import_file(translated, unknown, unit="lb", format="strong")
    assert summary.sets_added == len(SETS)
    assert content(set_log(translated)) == content(set_log(english))


def test_an_unknown_header_of_another_width_is_refused_even_as_strong(store: Store) -> None:
    data = b"Datum;Oefening;Herhalingen\n2024-01-01 10:00:00;Pull Up;5\n"
    with pytest.raises(ValidationError, match=r"has 3 columns .* a Strong export has 12"):
        import_file(store, data, unit="kg", format="strong")
    assert set_log(store).empty


# --- Bodyweight for pull-ups; distance keeps its unit ---------------------------------------


def test_pull_ups_take_bodyweight_from_the_profiles_history(store: Store) -> None:
    first = SETS[0]["start"]
    then = first.replace(year=2020)
    entry = SetEntry("pull_up", "bodyweight", reps=5, bodyweight_kg=80.0)
    log_set(store, "me", entry, performed_at=then, now=then)
    update_profile(store, "me", bodyweight_kg=76.0)
    import_file(store, strong_csv(SETS), unit="kg")
    log = set_log(store)
    pull_ups = log[(log["exercise"] == "pull_up") & (log["source"] == "strong")]
    assert len(pull_ups) and pull_ups["bodyweight_kg"].eq(80.0).all()  # latest before each set
    others = log[(log["exercise"] != "pull_up")]
    assert others["bodyweight_kg"].isna().all()


def test_distance_keeps_its_unit() -> None:
    android = parse_file(strong_csv(SETS, unit="kg", unit_column=True))
    notes = android.sets["note"].dropna()
    assert notes.str.contains("distance 40 km").any()
    hevy = parse_file(hevy_csv(SETS))
    assert hevy.sets["note"].dropna().str.contains("distance 0.04 km").any()


# --- Round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize("file_format", ["csv", "parquet"])
def test_export_then_import_into_an_empty_database_is_lossless(
    store: Store, file_format: str
) -> None:
    data, _ = typo_file()
    import_file(store, data, unit="kg", keep=True)  # with two kept implausible sets
    exported = export_set_log(store, "me", file_format)
    empty = Store.open(":memory:")
    summary = import_file(empty, exported)
    assert summary.sets_added == len(set_log(store))
    mine, theirs = set_log(store), set_log(empty)
    pd.testing.assert_frame_equal(mine.reset_index(drop=True), theirs.reset_index(drop=True))
    assert import_file(empty, exported).sets_added == 0
    assert import_file(store, exported).sets_added == 0  # our export of imported sets


def test_lb_weights_are_exact(store: Store) -> None:
    import_file(store, strong_csv(SETS[:200], unit="lb"), unit="lb")
    stored = set_log(store)["weight_kg"].dropna()
    # Every lb weight in the file is a whole or half pound: exactly that many pounds in kg.
    assert len(stored) and (stored / KG_PER_LB).round(6).mod(0.5).eq(0).all()
