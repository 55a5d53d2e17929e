"""Whose data a session sees: named profiles locally, one profile per signed-in user hosted."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from backfit.data.profiles import list_profiles
from backfit.data.sets import recent_sets
from backfit.data.store import Store

APP = str(Path(__file__).resolve().parents[2] / "app.py")
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32}


def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=30)


def log_one_set(at: AppTest, reps: int) -> None:
    at.switch_page("views/log.py").run()
    next(n for n in at.number_input if n.label == "Reps").set_value(reps)
    next(b for b in at.button if b.label == "Log set").click().run()
    assert not at.exception, [e.value for e in at.exception]


def stored_reps(db_path: Path) -> dict[str, list[int]]:
    st.cache_resource.clear()  # close the app's store so the test can open the file
    with Store.open(str(db_path)) as store:
        return {name: list(recent_sets(store, name)["reps"]) for name in list_profiles(store)}


def test_a_new_named_profile_gets_its_own_sets(db_path: Path) -> None:
    at = app().run()
    log_one_set(at, 5)
    at.text_input(key="new_profile_name").input("Sam")
    next(b for b in at.button if b.label == "Create").click().run()
    assert at.selectbox(key="profile").value == "Sam"
    log_one_set(at, 9)
    assert stored_reps(db_path) == {"Sam": [9], "me": [5]}


def test_an_empty_profile_name_is_refused_with_a_sentence(db_path: Path) -> None:
    at = app().run()
    at.text_input(key="new_profile_name").input("   ")
    next(b for b in at.button if b.label == "Create").click().run()
    assert any("needs a name" in e.value for e in at.error)
    assert at.selectbox(key="profile").value == "me"


def test_hosted_mode_requires_sign_in_before_any_page() -> None:
    at = app()
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.exception
    assert [b.label for b in at.button] == ["Sign in"]
    assert not at.selectbox  # no page content, no profile picker


def test_hosted_users_each_see_only_their_own_sets(db_path: Path) -> None:
    for email, reps in (("ana@example.com", 6), ("ben@example.com", 11)):
        at = app()
        at.secrets["auth"] = AUTH
        at.user = {"is_logged_in": True, "email": email}
        at.run()
        log_one_set(at, reps)
        shown = at.dataframe[0].value
        assert list(shown["reps"]) == [reps]  # never the other user's set
        st.cache_resource.clear()
    assert stored_reps(db_path) == {"ana@example.com": [6], "ben@example.com": [11]}
