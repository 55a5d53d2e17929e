"""Export → import gives back the identical `set_log`; backups restore every table."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backfit.core import catalog
from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.core.errors import ValidationError
from backfit.data.bulk import insert_frames
from backfit.data.checkins import recent_checkins, save_checkin
from backfit.data.exporters import (
    BACKUP_TABLES,
    backup,
    export_set_log,
    restore_backup,
    set_log_frame,
)
from backfit.data.importers import import_file
from backfit.data.patterns import custom_patterns, set_pattern
from backfit.data.profiles import PROFILE_TABLES
from backfit.data.red_flags import get_screen, save_screen
from backfit.data.store import Store
from backfit.data.trunk_tests import save_test, trunk_results
from tests.data.importers.conftest import sample, table_counts

NOW = datetime(2025, 1, 1, 12, 0)


@pytest.fixture
def other(tmp_path: Path) -> Store:
    with Store.open(str(tmp_path / "other.duckdb")) as opened:
        yield opened


def fill_from_samples(store: Store) -> None:
    for name in ("strong_classic.csv", "strong_v6.csv", "hevy.csv"):
        import_file(store, sample(name), unit="kg")


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_samples_round_trip_into_an_empty_database(store: Store, other: Store, format: str) -> None:
    fill_from_samples(store)
    exported = export_set_log(store, "me", format)
    summary = import_file(other, exported, unit="kg")
    assert (summary.format, summary.sets_added) == ("backfit", 41)
    pd.testing.assert_frame_equal(set_log_frame(store, "me"), set_log_frame(other, "me"))
    assert import_file(other, exported, unit="kg").sets_added == 0


def test_our_export_of_imported_sets_is_a_duplicate_of_them(store: Store) -> None:
    fill_from_samples(store)
    summary = import_file(store, export_set_log(store, "me", "csv"), unit="kg")
    assert (summary.sets_added, summary.duplicates) == (0, 41)


def test_csv_export_has_the_set_log_columns(store: Store) -> None:
    fill_from_samples(store)
    header = export_set_log(store, "me", "csv").decode().splitlines()[0]
    assert header == (
        "profile,workout_id,performed_at,exercise,variant,set_index,kind,reps,weight_kg,"
        "assistance_kg,bodyweight_kg,rir,duration_s,note,source"
    )


# Random valid histories: catalog and custom exercises, every nullable column null or not,
# notes with separators, quotes and line breaks.
NOTE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
    | st.sampled_from(',;"\n\r\t'),
    min_size=1,
    max_size=40,
)
CUSTOM = (
    st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")), max_size=30)
    .map(str.strip)
    .filter(lambda s: s and not catalog.is_catalog_exercise(s))
)
CATALOG = st.sampled_from([(e.id, v.id) for e in catalog.EXERCISES for v in e.variants])


def maybe(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


SET = st.fixed_dictionaries(
    {
        "what": CATALOG | CUSTOM.map(lambda n: (n, None)),
        "workout": st.integers(0, 4),
        "offset_us": st.integers(0, 10**10),
        "kind": st.sampled_from(["warmup", "working", "drop", "failure"]),
        "reps": maybe(st.integers(0, 100)),
        "weight_kg": maybe(st.floats(0, 500)),
        "assistance_kg": maybe(st.floats(0, 200)),
        "bodyweight_kg": maybe(st.floats(20, 400)),
        "rir": maybe(st.floats(0, 10)),
        "duration_s": maybe(st.floats(0, 86400)),
        "note": maybe(NOTE),
        "source": st.sampled_from(["manual", "strong", "hevy", "csv", "backfit"]),
    }
)


def history(sets: list[dict]) -> pd.DataFrame:
    start = datetime(2023, 5, 1, 7, 0)
    counters: dict[tuple[str, str], int] = {}
    rows = []
    for s in sets:
        workout = f"w{s['workout']}"
        exercise, variant = s["what"]
        counters[workout, exercise] = counters.get((workout, exercise), 0) + 1
        rows.append(
            {
                "profile": "me",
                "workout_id": workout,
                "performed_at": start + timedelta(microseconds=s["offset_us"]),
                "exercise": exercise,
                "variant": variant,
                "set_index": counters[workout, exercise],
                **{k: s[k] for k in SET_COLUMNS},
            }
        )
    return pd.DataFrame(rows).astype({"reps": "Int32"})


SET_COLUMNS = ("kind", "reps", "weight_kg", "assistance_kg", "bodyweight_kg", "rir", "duration_s",
               "note", "source")  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sets=st.lists(SET, min_size=1, max_size=25), format=st.sampled_from(["csv", "parquet"]))
def test_random_histories_survive_export_and_reimport(
    tmp_path_factory: pytest.TempPathFactory, sets: list[dict], format: str
) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    frame = history(sets)
    workouts = frame.groupby("workout_id", as_index=False).agg(started_at=("performed_at", "min"))
    workouts = workouts.rename(columns={"workout_id": "id"}).assign(profile="me", source="manual")
    with Store.open(str(folder / "a.duckdb")) as a, Store.open(str(folder / "b.duckdb")) as b:
        a.write(lambda cur: insert_frames(cur, workouts=workouts, sets=frame))
        exported = export_set_log(a, "me", format)
        assert import_file(b, exported, unit="kg").sets_added == len(frame)
        pd.testing.assert_frame_equal(set_log_frame(a, "me"), set_log_frame(b, "me"))
        assert import_file(b, exported, unit="kg").sets_added == 0


def test_backup_restores_every_table_of_the_profile(store: Store, other: Store) -> None:
    fill_from_samples(store)
    import_file(store, sample("hevy.csv"), profile="someone else", unit="kg")
    archive = backup(store, "me", now=NOW)
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        assert "manifest.json" in opened.namelist()
    manifest = restore_backup(other, archive, "me")
    assert manifest["profile"] == "me" and manifest["rows"]["sets"] == 41
    pd.testing.assert_frame_equal(set_log_frame(store, "me"), set_log_frame(other, "me"))
    assert table_counts(other) == {
        "profiles": 1, "custom_exercises": 2, "workouts": 6, "sets": 41
    }  # fmt: skip
    # Restoring again replaces rather than doubles; other profiles are untouched.
    restore_backup(store, archive, "me")
    assert table_counts(store)["sets"] == 41 + 12
    pd.testing.assert_frame_equal(set_log_frame(store, "me"), set_log_frame(other, "me"))


def test_every_table_of_a_profile_is_backed_up_but_its_links_and_rollups() -> None:
    # A new profile table must be added to BACKUP_TABLES (or here, with its reason).
    not_backed_up = {"share_tokens": "links are never restored", "session_lifts": "rebuilt"}
    assert {table for table, _ in PROFILE_TABLES} == set(BACKUP_TABLES) | set(not_backed_up)


def _fill_profile_facts(store: Store, profile: str) -> None:
    save_checkin(store, profile, NOW, score=3, trend="better")
    save_test(store, profile, "side_left", 62.5, NOW)
    save_screen(store, profile, {key: False for key, _ in RED_FLAG_QUESTIONS}, NOW)
    set_pattern(store, profile, "Reverse Fly (Dumbbell)", "horizontal_pull")


def test_check_ins_trunk_tests_screen_and_patterns_survive_a_restore(
    store: Store, other: Store
) -> None:
    fill_from_samples(store)
    _fill_profile_facts(store, "me")
    save_test(other, "someone else", "flexor", 80.0, NOW)
    theirs = trunk_results(other, "someone else")
    restore_backup(other, backup(store, "me", now=NOW), "me")
    later = NOW + timedelta(days=1)
    assert recent_checkins(other, "me", later) == recent_checkins(store, "me", later) != []
    assert trunk_results(other, "me") == trunk_results(store, "me") != []
    assert get_screen(other, "me") == get_screen(store, "me") is not None
    assert custom_patterns(other, "me")["Reverse Fly (Dumbbell)"] == "horizontal_pull"
    assert trunk_results(other, "someone else") == theirs


def test_a_backup_from_before_check_ins_leaves_them_as_they_are(store: Store) -> None:
    fill_from_samples(store)
    _fill_profile_facts(store, "me")
    archive = backup(store, "me", now=NOW)
    older = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(archive)) as new, zipfile.ZipFile(older, "w") as old:
        for name in new.namelist():
            if name.removesuffix(".parquet") not in {"checkins", "trunk_tests"}:
                old.writestr(name, new.read(name))
    save_test(store, "me", "flexor", 40.0, NOW + timedelta(hours=1))
    restore_backup(store, older.getvalue(), "me")
    assert len(trunk_results(store, "me")) == 2  # kept, the backup did not know the table
    assert len(recent_checkins(store, "me", NOW + timedelta(days=1))) == 1


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04junk"])
def test_a_non_backup_is_refused_and_changes_nothing(store: Store, data: bytes) -> None:
    fill_from_samples(store)
    before = table_counts(store)
    with pytest.raises(ValidationError, match="not a BackFit backup"):
        restore_backup(store, data, "me")
    assert table_counts(store) == before


def test_an_unknown_export_format_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError):
        export_set_log(store, "me", "xlsx")


def test_an_export_with_no_sets_imports_as_nothing(store: Store, other: Store) -> None:
    # A header-only BackFit CSV used to fail inside pandas ("Index(...) must be called with a
    # collection"): the empty performed_at column was built with its dtype in the index slot.
    fill_from_samples(store)
    header = export_set_log(store, "me", "csv").decode().splitlines()[0] + "\n"
    summary = import_file(other, header.encode())
    assert (summary.format, summary.rows, summary.sets_added) == ("backfit", 0, 0)
    assert table_counts(other)["sets"] == 0


FORMULAS = [
    '=HYPERLINK("http://evil","x")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2",
    "@SUM(A1)",
    "'quoted",
]


def test_exported_csv_never_starts_a_formula_and_reimports_verbatim(
    store: Store, other: Store
) -> None:
    from backfit.data.sets import SetEntry, log_set

    at = datetime(2024, 3, 4, 18, 0)
    for note in FORMULAS:
        log_set(
            store, "me", SetEntry("row", "dumbbell", 8, 20.0, note=note), performed_at=at, now=at
        )
    exported = export_set_log(store, "me", "csv")
    cells = [cell for line in exported.decode().splitlines() for cell in line.split(",")]
    assert not [c for c in cells if c.lstrip('"').startswith(("=", "+", "-", "@"))], cells
    import_file(other, exported)
    assert sorted(set_log_frame(other, "me")["note"]) == sorted(FORMULAS)


def test_a_note_with_a_lone_carriage_return_survives_the_csv_round_trip(store: Store) -> None:
    """Hypothesis found it: the csv writer quoted only the terminator's characters ("\\n")."""
    from datetime import datetime

    from backfit.data.importers import import_file
    from backfit.data.sets import SetEntry, log_set

    now = datetime(2026, 5, 4, 18, 0)
    note = 'pause\rat the top, "slow"\nthen down'
    log_set(store, "me", SetEntry("row", "dumbbell", reps=8, weight_kg=20.0, note=note),
            performed_at=now, now=now)  # fmt: skip
    data = export_set_log(store, "me", "csv")
    with Store.open(":memory:") as other:
        assert import_file(other, data, profile="me").sets_added == 1
        with other.read() as cur:
            assert cur.execute("SELECT note FROM set_log").fetchall() == [(note,)]
