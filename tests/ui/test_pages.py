"""Every page renders through the real app script, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from backfit.data.sets import recent_sets
from backfit.data.store import Store

APP = str(Path(__file__).resolve().parents[2] / "app.py")
PAGES = ["goals", "routine", "log", "progress", "exercises", "data"]


def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=30)


@pytest.mark.parametrize("page_name", PAGES)
def test_every_page_renders_without_an_exception(page_name: str) -> None:
    at = app().run()
    at.switch_page(f"views/{page_name}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, f"{page_name} has no title"


def test_default_page_is_goals() -> None:
    at = app().run()
    assert not at.exception
    assert "Goals" in at.title[0].value


def test_logging_a_set_shows_it_and_stores_it(db_path: Path) -> None:
    at = app().run()
    at.switch_page("views/log.py").run()
    at.selectbox(key="log_exercise").set_value("row").run()
    by_label = {n.label: n for n in at.number_input}
    by_label["Reps"].set_value(12)
    by_label["Weight (kg)"].set_value(40.0)
    next(b for b in at.button if b.label == "Log set").click().run()
    assert not at.exception
    assert at.dataframe, "the logged set is not shown"
    shown = at.dataframe[0].value
    assert list(shown["exercise"]) == ["Bent-over barbell row"]  # readable, not the id
    assert list(shown["reps"]) == [12]
    st.cache_resource.clear()  # closes the app's store so this test can open the file
    with Store.open(str(db_path)) as store:
        stored = recent_sets(store, "me")
    assert list(stored["exercise"]) == ["row"]
    assert list(stored["weight_kg"]) == [40.0]
