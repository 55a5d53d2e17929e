"""The Data page through the real app: upload → preview → map → confirm, and errors."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from backfit.data.importers import import_file
from backfit.data.store import Store
from tests.data.importers.conftest import sample, set_log

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def data_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("views/data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def stored(db_path: Path) -> int:
    st.cache_resource.clear()  # closes the app's store so the test can open the file
    with Store.open(str(db_path)) as store:
        return len(set_log(store))


def test_upload_previews_then_imports_on_confirm(db_path: Path) -> None:
    at = data_page()
    at.file_uploader(key="import_file").set_value(
        ("strong_v6.csv", sample("strong_v6.csv"), "text/csv")
    ).run()
    assert not at.exception
    assert metrics(at) == {
        "Rows": "14",
        "Sets to add": "12",
        "Duplicates": "0",
        "Workouts to add": "2",
    }
    assert [s.label for s in at.main.selectbox] == ["Reverse Fly (Dumbbell)"]
    assert stored(db_path) == 0  # previewing writes nothing
    at = data_page()
    at.file_uploader(key="import_file").set_value(
        ("strong_v6.csv", sample("strong_v6.csv"), "text/csv")
    ).run()
    at.main.selectbox[0].set_value("row/dumbbell").run()
    at.button(key="import_confirm").click().run()
    assert not at.exception
    assert "Imported 12 sets in 2 workouts" in at.success[0].value
    assert stored(db_path) == 12
    with Store.open(str(db_path)) as store:
        log = set_log(store)
    assert "Reverse Fly (Dumbbell)" not in set(log["exercise"])


def test_a_second_upload_of_the_same_file_has_nothing_to_add(db_path: Path) -> None:
    at = data_page()
    upload = ("hevy.csv", sample("hevy.csv"), "text/csv")
    at.file_uploader(key="import_file").set_value(upload).run()
    at.button(key="import_confirm").click().run()
    at.file_uploader(key="import_file").set_value(upload).run()
    assert metrics(at)["Duplicates"] == "12"
    assert "already in your log" in at.info[0].value
    assert stored(db_path) == 12


def test_a_bad_file_is_one_sentence_and_no_import_button(db_path: Path) -> None:
    at = data_page()
    at.file_uploader(key="import_file").set_value(("x.csv", b"name,age\nBob,3\n", "text/csv"))
    at.run()
    assert not at.exception
    assert "not a Strong, Hevy or BackFit export" in at.error[0].value
    assert not [b for b in at.button if b.key == "import_confirm"]
    assert stored(db_path) == 0


def test_a_strong_export_in_an_unknown_language_imports_once_said_to_be_strong(
    db_path: Path,
) -> None:
    english = sample("strong_classic.csv")
    dutch = b"Datum,Trainingsnaam,Duur,Oefening,Setvolgorde,Gewicht,Herhalingen,Afstand,"
    dutch += b"Seconden,Notities,Trainingsnotities,RPE" + english[english.index(b"\n") :]
    at = data_page()
    at.file_uploader(key="import_file").set_value(("strong_nl.csv", dutch, "text/csv")).run()
    assert not at.exception
    assert "not a Strong, Hevy or BackFit export" in at.error[0].value
    assert "--format" not in at.error[0].value  # the page offers a button, not a CLI flag
    assert not [b for b in at.button if b.key == "import_confirm"]
    at.button(key="import_as_strong").click().run()
    at.segmented_control[0].set_value("kg").run()  # the classic layout has no unit column
    assert not at.exception and not at.error, [e.value for e in at.error]
    at.button(key="import_confirm").click().run()
    assert "Imported" in at.success[0].value
    with Store.open(":memory:") as reference:
        expected = import_file(reference, english, unit="kg").sets_added
    assert stored(db_path) == expected > 0


def test_export_and_backup_downloads_are_offered() -> None:
    at = data_page()
    keys = {b.key for b in at.get("download_button")}
    assert {"export_csv", "export_parquet", "backup_download"} <= keys
