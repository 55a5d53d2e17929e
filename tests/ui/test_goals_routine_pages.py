"""Goals and Routine pages through the real app script (AppTest, real database file)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from backfit.core.catalog import RED_FLAG_QUESTIONS, URGENT_CARE
from backfit.core.goals import Goals
from backfit.core.routine import generate_routine
from backfit.core.routine.markdown import dose, variant_name
from backfit.data.red_flags import get_screen, save_screen
from backfit.data.routines import active_routine
from backfit.data.store import DEFAULT_PROFILE, Store
from tests.helpers import glance, glance_table

APP = str(Path(__file__).resolve().parents[2] / "app.py")
NO_FLAGS = {q: False for q, _ in RED_FLAG_QUESTIONS}


@pytest.fixture(autouse=True)
def screened(request: pytest.FixtureRequest, db_path: Path) -> None:
    """The default profile has answered the red-flag screen "no" (TRAINING §6), except in the
    tests of the screen itself."""
    if "unscreened" in request.keywords:
        return
    with Store.open(str(db_path)) as store:
        save_screen(store, DEFAULT_PROFILE, NO_FLAGS, datetime(2026, 1, 1))


def app(**query: str | list[str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(query)
    return at


def expected(goals: Goals) -> list[tuple[str, str]]:
    routine = generate_routine(goals)
    return [(variant_name(p), dose(p)) for d in routine.days for p in d.exercises]


def test_goals_page_shows_the_engines_week_for_the_link() -> None:
    at = app(posture="80", pain="20", strength="40", level="intermediate", days="4",
             minutes="60", eq=["pullup_bar", "cable", "dumbbells"], pullups="6").run()  # fmt: skip
    assert not at.exception
    goals = Goals(
        posture=80,
        pain=20,
        strength=40,
        level="intermediate",
        days=4,
        minutes=60,
        equipment=frozenset({"pullup_bar", "cable", "dumbbells"}),
        pullups=6,
    )
    assert glance(at) == expected(goals)
    assert not at.warning


def test_moving_a_slider_changes_the_routine() -> None:
    at = app(posture="0", pain="0", strength="100", level="advanced").run()
    before = glance(at)
    at.slider(key="strength").set_value(0).run()
    at.slider(key="posture").set_value(100).run()
    assert not at.exception
    after = glance(at)
    assert after != before
    assert after == expected(Goals(posture=100, pain=0, strength=0, level="advanced"))


def test_invalid_link_values_fall_back_with_a_visible_note() -> None:
    at = app(posture="banana", days="9", level="elite", eq=["rocket"]).run()
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "posture" in warnings and "days" in warnings and "level" in warnings
    assert "rocket" in warnings
    assert at.slider(key="posture").value == Goals().posture
    assert glance_table(at), "the routine still renders with defaults"


def test_all_sliders_at_zero_show_a_clear_message_and_no_routine() -> None:
    at = app().run()
    for key in ("posture", "pain", "strength"):
        at.slider(key=key).set_value(0).run()
    assert not at.exception
    assert any("All three goals are at 0" in w.value for w in at.warning)
    assert not glance_table(at)


def test_all_zero_link_asks_for_a_goal_on_goals_and_falls_back_on_routine() -> None:
    at = app(posture="0", pain="0", strength="0").run()
    assert not at.exception
    assert [w.value for w in at.warning if "0" in w.value] == [
        "All three goals are at 0: move at least one slider above 0 to get a routine."
    ]
    routine_page = app(posture="0", pain="0", strength="0")
    routine_page.switch_page("views/routine.py").run()
    assert not routine_page.exception
    assert any("All three goals were 0" in w.value for w in routine_page.warning)
    assert routine_page.code, "the default mix's routine is shown"


def test_routine_page_from_a_link_renders_cards_chart_share_and_safety() -> None:
    at = app(posture="30", pain="90", strength="10", days="2", eq=["barbell", "dumbbells"]).run()
    at.switch_page("views/routine.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    routine = generate_routine(
        Goals(
            posture=30, pain=90, strength=10, days=2, equipment=frozenset({"barbell", "dumbbells"})
        )
    )
    for day in routine.days:
        assert day.name in text
        for plan in day.exercises:
            assert variant_name(plan) in text and dose(plan) in text
    assert any(routine.query in c.value for c in at.code)
    assert "medical clearance" in text


def test_train_this_saves_the_routine_and_opens_the_log(db_path: Path) -> None:
    at = app(posture="70", pain="40", strength="30").run()
    at.switch_page("views/routine.py").run()
    train = next(b for b in at.button if b.label == "Train this")
    train.click().run()
    assert not at.exception
    assert "Log" in at.title[0].value
    st.cache_resource.clear()
    with Store.open(str(db_path)) as store:
        stored = active_routine(store, "me")
    assert stored is not None and stored.version == 1
    assert stored.routine == generate_routine(Goals(posture=70, pain=40, strength=30))


@pytest.mark.unscreened
def test_red_flag_screen_comes_before_the_first_plan_with_pain(db_path: Path) -> None:
    at = app(posture="50", pain="30", strength="50").run()
    assert not at.exception
    assert not glance_table(at)  # no plan before the screen
    assert len(at.radio) == len(RED_FLAG_QUESTIONS)
    for radio in at.radio:
        radio.set_value("No")
    next(b for b in at.button if b.label == "Save my answers").click().run()
    assert not at.exception
    assert glance_table(at)  # the plan, once answered
    with Store.open(str(db_path)) as store:
        screen = get_screen(store, DEFAULT_PROFILE)
    assert screen is not None and not screen.any_yes
    again = app(posture="50", pain="30", strength="50").run()
    assert not again.radio and glance_table(again)  # asked once per profile


@pytest.mark.unscreened
def test_any_yes_gives_the_urgent_care_text_and_no_plan() -> None:
    at = app(posture="50", pain="30", strength="50").run()
    for radio in at.radio:
        radio.set_value("No")
    at.radio[2].set_value("Yes")
    next(b for b in at.button if b.label == "Save my answers").click().run()
    assert not at.exception
    assert not glance_table(at)
    assert any(URGENT_CARE in e.value for e in at.error)


@pytest.mark.unscreened
def test_no_screen_without_a_pain_share() -> None:
    at = app(posture="50", pain="0", strength="50").run()
    assert not at.radio and glance_table(at)


def test_routine_page_shows_spinal_load_and_why_each_day() -> None:
    at = app(posture="20", pain="70", strength="40", days="3").run()
    at.switch_page("views/routine.py").run()
    assert not at.exception
    labels = [m.label for m in at.metric]
    assert "Spinal load this week" in labels
    routine = generate_routine(Goals(posture=20, pain=70, strength=40, days=3))
    shown = next(m for m in at.metric if m.label == "Spinal load this week")
    assert shown.value == f"{routine.spinal_load_index:g}"
    captions = " ".join(c.value for c in at.caption)
    assert "Why this day" in captions and "Trunk block" in captions


AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32}


def routine_link(*, hosted_as: str | None = None, **query: str) -> AppTest:
    """The Routine page opened straight from a shared link (no visit to Goals first)."""
    at = app(**query)
    if hosted_as is not None:
        at.secrets["auth"] = AUTH
        at.user = {"is_logged_in": True, "email": hosted_as}
    at.switch_page("views/routine.py")
    return at.run()


@pytest.mark.unscreened
@pytest.mark.parametrize("hosted_as", [None, "ana@example.com"], ids=["local", "hosted"])
def test_a_routine_link_with_pain_asks_the_red_flag_screen_first(
    db_path: Path, hosted_as: str | None
) -> None:
    query = {"posture": "30", "pain": "60", "strength": "10"}
    at = routine_link(hosted_as=hosted_as, **query)
    assert not at.exception
    assert len(at.radio) == len(RED_FLAG_QUESTIONS)
    assert not at.code and not at.metric  # no plan, no share link before the screen
    assert "Train this" not in [b.label for b in at.button]
    for radio in at.radio:
        radio.set_value("No")
    next(b for b in at.button if b.label == "Save my answers").click().run()
    assert not at.exception
    routine = generate_routine(Goals(posture=30, pain=60, strength=10))
    assert any(routine.query in c.value for c in at.code)  # the plan, once answered
    st.cache_resource.clear()
    with Store.open(str(db_path)) as store:
        screen = get_screen(store, hosted_as or DEFAULT_PROFILE)
    assert screen is not None and not screen.any_yes
    again = routine_link(hosted_as=hosted_as, **query)
    assert not again.radio and again.code  # asked once per profile


@pytest.mark.unscreened
@pytest.mark.parametrize("hosted_as", [None, "ben@example.com"], ids=["local", "hosted"])
def test_a_yes_on_the_routine_page_shows_only_the_urgent_care_text(hosted_as: str | None) -> None:
    at = routine_link(hosted_as=hosted_as, posture="0", pain="100", strength="0")
    for radio in at.radio:
        radio.set_value("No")
    at.radio[0].set_value("Yes")
    next(b for b in at.button if b.label == "Save my answers").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [URGENT_CARE]
    assert not at.code and not at.metric and not at.expander  # no plan, no share, no safety list
    assert "Train this" not in [b.label for b in at.button]
    text = " ".join(m.value for m in at.markdown)
    assert "Day 1" not in text


@pytest.mark.unscreened
def test_a_routine_link_without_pain_needs_no_screen() -> None:
    at = routine_link(posture="50", pain="0", strength="50")
    assert not at.exception
    assert not at.radio and at.code
