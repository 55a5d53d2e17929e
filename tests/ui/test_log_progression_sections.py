"""The Log page's Settings (equipment) and Tests sections, and the lighter-week notice."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import streamlit as st

from backfit.core.catalog import RED_FLAG_QUESTIONS
from backfit.data.red_flags import save_screen
from backfit.data.sets import SetEntry, log_set
from backfit.data.settings import equipment
from backfit.data.store import Store
from backfit.data.trunk_tests import trunk_results
from tests.ui.test_log_page import button, field, open_log


def test_equipment_settings_save_the_dumbbells_and_the_targets_use_them(db_path: Path) -> None:
    at = open_log()
    dumbbells = next(t for t in at.text_input if t.label.startswith("Dumbbells you own"))
    dumbbells.set_value("2.5, 5, 7.5, 10, 12.5, 15")
    field(at, "Assisted machine step (kg)").set_value(1.0)
    at = button(at, "Save equipment").click().run()
    assert not at.exception
    st.cache_resource.clear()
    with Store.open(str(db_path)) as store:
        kit = equipment(store, "me", "kg")
    assert kit.dumbbells == (2.5, 5.0, 7.5, 10.0, 12.5, 15.0) and kit.assist_step == 1.0


def test_bad_dumbbells_show_one_sentence_and_save_nothing(db_path: Path) -> None:
    at = open_log()
    next(t for t in at.text_input if t.label.startswith("Dumbbells")).set_value("2, four")
    at = button(at, "Save equipment").click().run()
    assert any("'four' is not a weight" in e.value for e in at.error)
    st.cache_resource.clear()
    with Store.open(str(db_path)) as store:
        assert 1.0 in equipment(store, "me", "kg").dumbbells  # still the default rack


def test_a_trunk_test_is_saved_and_its_ratios_shown(db_path: Path) -> None:
    at = open_log()
    field(at, "Seconds held").set_value(100.0)
    at = button(at, "Save test").click().run()
    assert not at.exception
    test = next(s for s in at.selectbox if s.label == "Test")
    test.set_value("flexor")
    field(at, "Seconds held").set_value(120.0)
    at = button(at, "Save test").click().run()
    assert any("flexor/extensor" in m.value for m in at.markdown)
    assert any("Flexor ÷ extensor hold is 1.20" in w.value for w in at.warning)
    st.cache_resource.clear()
    with Store.open(str(db_path)) as store:
        assert [r.test for r in trunk_results(store, "me")] == ["extensor", "flexor"]


def test_the_fifth_week_of_training_shows_the_lighter_week_notice(db_path: Path) -> None:
    now = datetime.now()
    with Store.open(str(db_path)) as store:
        for weeks in range(1, 5):
            when = now - timedelta(weeks=weeks)
            entry = SetEntry("row", "barbell", reps=10, weight_kg=60.0, rir=2)
            log_set(store, "me", entry, performed_at=when, now=now)
        # The Routine page asks the red-flag screen first for a plan with pain (TRAINING §6).
        save_screen(store, "me", {q: False for q, _ in RED_FLAG_QUESTIONS}, now)
    at = open_log()
    assert any("Planned lighter week" in i.value for i in at.info)
    at.switch_page("views/routine.py").run()
    assert any("Planned lighter week" in i.value for i in at.info)
