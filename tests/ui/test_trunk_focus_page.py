"""Extra trunk work from the trunk test on the Goals and Routine pages (AppTest, real file).

A flagged profile opening Goals fresh gets its weak directions as `trunk=` in the URL and the
extra drills in the week; the switch turns them off (`trunk=`); a complete link without `trunk`
rebuilds its plan exactly whatever the profile's tests say (TRAINING §5, DESIGN §6).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.core.goals import Goals, goals_from_query
from backfit.core.routine import generate_routine
from backfit.core.routine.markdown import dose, variant_name
from backfit.data.red_flags import save_screen
from backfit.data.store import DEFAULT_PROFILE, Store
from backfit.services.trunk_tests import record_test
from tests.helpers import glance

APP = str(Path(__file__).resolve().parents[2] / "app.py")
MAY = datetime(2026, 5, 4, 18, 0)


@pytest.fixture(autouse=True)
def flagged(db_path: Path) -> None:
    """Screened "no" for red flags; trunk tests with a weak left side (right/left 1.4)."""
    with Store.open(str(db_path)) as store:
        save_screen(store, DEFAULT_PROFILE, {q: False for q, _ in RED_FLAG_QUESTIONS}, MAY)
        for test, seconds in (
            ("extensor", 150),
            ("flexor", 120),
            ("side_left", 70),
            ("side_right", 98),
        ):
            record_test(store, DEFAULT_PROFILE, test, seconds, MAY)


def app(**query: str | list[str]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(query)
    return at


def expected(goals: Goals) -> list[tuple[str, str]]:
    return [(variant_name(p), dose(p)) for d in generate_routine(goals).days for p in d.exercises]


def url(at: AppTest, key: str) -> list[str] | None:
    """A URL key's values (AppTest keeps one value as a plain string)."""
    if key not in at.query_params:
        return None
    value = at.query_params[key]
    return list(value) if isinstance(value, list) else [value]


def text(at: AppTest) -> str:
    return " ".join(m.value for m in at.markdown)


def test_fresh_goals_page_adds_the_flagged_side_and_the_switch_turns_it_off() -> None:
    at = app().run()
    assert not at.exception
    assert url(at, "trunk") == ["side_left"]
    assert "Extra trunk work from your trunk test of 04 May 2026:** Side bridge, left." in text(at)
    assert any("Right ÷ left side bridge is 1.40" in c.value for c in at.caption)
    focused = Goals(trunk_focus=frozenset({"side_left"}))
    assert glance(at) == expected(focused)
    assert any("left side only" in w for d in generate_routine(focused).days for e in d.exercises
               for w in [e.why])  # fmt: skip
    switch = at.toggle(key="trunk_focus_on")
    assert switch.value is True
    switch.set_value(False).run()
    assert not at.exception
    assert url(at, "trunk") == [""]
    assert glance(at) == expected(Goals())
    assert "(turned off)" in text(at)
    at.toggle(key="trunk_focus_on").set_value(True).run()
    assert url(at, "trunk") == ["side_left"] and glance(at) == expected(focused)


def test_a_complete_link_without_trunk_rebuilds_its_plan_exactly() -> None:
    link = Goals(posture=70, pain=40, strength=30, minutes=60)
    params = {k: v if len(v) > 1 or k == "eq" else v[0] for k, v in _parsed(link).items()}
    at = app(**params).run()
    assert not at.exception
    assert glance(at) == expected(link)
    assert url(at, "trunk") is None
    assert at.toggle(key="trunk_focus_on").value is False  # the lifter may still add it


def test_a_link_with_a_focus_shows_it_and_the_routine_page_keeps_it() -> None:
    link = replace(Goals(minutes=60), trunk_focus=frozenset({"flexor"}))
    params = {k: v if len(v) > 1 or k == "eq" else v[0] for k, v in _parsed(link).items()}
    at = app(**params).run()
    assert not at.exception
    assert "Extra trunk work from the link:** Flexor hold (60° sit)." in text(at)
    assert glance(at) == expected(link)
    at.switch_page("views/routine.py").run()
    assert not at.exception
    assert "McGill curl-up" in text(at) and "Flexor hold (60° sit)" in text(at)
    assert any(link.to_query() in c.value for c in at.code)


def _parsed(goals: Goals) -> dict[str, list[str]]:
    from urllib.parse import parse_qs

    parsed = parse_qs(goals.to_query(), keep_blank_values=True)
    assert goals_from_query(goals.to_query())[0] == goals
    return parsed


def test_a_links_focus_turned_off_can_be_turned_on_again(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        record_test(store, DEFAULT_PROFILE, "side_left", 97, datetime(2026, 6, 1, 18, 0))
    link = replace(Goals(minutes=60), trunk_focus=frozenset({"flexor"}))
    params = {k: v if len(v) > 1 or k == "eq" else v[0] for k, v in _parsed(link).items()}
    at = app(**params).run()
    at.toggle(key="trunk_focus_on").set_value(False).run()
    assert not at.exception and url(at, "trunk") == [""]
    assert "Extra trunk work from the link (turned off):** Flexor hold (60° sit)." in text(at)
    at.toggle(key="trunk_focus_on").set_value(True).run()
    assert url(at, "trunk") == ["flexor"] and glance(at) == expected(link)
