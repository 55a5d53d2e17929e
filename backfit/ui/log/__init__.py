"""The Log page: today's targets, one-tap set entry, the set list, timer and tools.

Built for a phone between sets: every exercise is one card with its target, a form prefilled
with the next sensible set, and today's sets below it. A set is written to DuckDB the moment it
is logged. The pieces:

* `pickers`: units, the session (a routine day or free) and the free session's exercise.
* `exercise_card`: one exercise's target and set form (`set_list` shows, edits, deletes sets).
* `session_panel`: pain check-in and notes, the finish summary, recent sets.
* `tools`: warm-up ramp, rest timer, plate calculator, custom exercises.
* `trunk_tests`: McGill's trunk-endurance tests; `settings`: the kit and the lighter week.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from backfit.core import catalog
from backfit.core.training import Target
from backfit.services.database import Store
from backfit.services.logging import workout_sets
from backfit.services.profiles import Profile
from backfit.services.sessions import todays_workout
from backfit.services.targets import day_targets, lighter_week, target_for, with_trunk_targets
from backfit.ui.log.exercise_card import RERUN_PAGE, describe_target, render_exercise
from backfit.ui.log.pickers import (
    choose_day,
    free_prescription,
    render_bodyweight,
    render_unit_switch,
)
from backfit.ui.log.session_panel import render_checkin, render_finish, render_recent_sets
from backfit.ui.log.settings import render_equipment_settings, render_lighter_week_notice
from backfit.ui.log.tools import (
    render_custom_exercise,
    render_plate_calculator,
    render_rest_timer,
    render_warmup,
)
from backfit.ui.log.trunk_tests import render_trunk_tests

__all__ = [
    "choose_day",
    "describe_target",
    "free_prescription",
    "render_bodyweight",
    "render_checkin",
    "render_custom_exercise",
    "render_exercise",
    "render_finish",
    "render_log_page",
    "render_plate_calculator",
    "render_recent_sets",
    "render_rest_timer",
    "render_session",
    "render_unit_switch",
    "render_warmup",
]


def render_log_page(store: Store, profile: Profile) -> None:
    top_left, top_right = st.columns([3, 1], vertical_alignment="bottom")
    with top_right:
        profile = render_unit_switch(store, profile)
        profile = render_bodyweight(store, profile)
    with top_left:
        stored, day = choose_day(store, profile)
    now = datetime.now()
    routine_day = (stored.version, day) if stored is not None and day is not None else None
    if stored is not None and day is not None:
        plan = stored.routine.days[day]
        targets = day_targets(store, profile.name, plan, now=now, unit=profile.unit)
    else:
        rx = free_prescription(store, profile)
        targets = [target_for(store, profile.name, rx, now=now, unit=profile.unit)]
    # TRAINING §4, check-in ≥ 7: the trunk work named instead of a frozen lift gets its own card.
    targets = with_trunk_targets(store, profile.name, targets, now=now, unit=profile.unit)
    # Worked out once for the notice and the settings (each read the training weeks again).
    week = lighter_week(store, profile.name, now)
    render_lighter_week_notice(store, profile, week)
    render_session(store, profile, targets, day, routine_day)
    render_plate_calculator(store, profile, targets)
    render_custom_exercise(store, profile)
    render_trunk_tests(store, profile)
    render_equipment_settings(store, profile, week)
    with st.expander(":material/health_and_safety: Safety", expanded=False):
        for note in catalog.SAFETY_NOTES:
            st.markdown(f"- {note}")


@st.fragment
def render_session(
    store: Store,
    profile: Profile,
    targets: list[Target],
    day: int | None,
    routine_day: tuple[int, int] | None,
) -> None:
    """Everything a logged set changes: rest timer, cards, check-in, finish, recent sets.

    A fragment, so "Log set" reruns only this part, not the pickers, tools and settings around
    it. Today's targets come from the page's last full run: they read sessions before today, so
    a set logged today changes none of them, except the day's first set, which can begin a
    training week (the lighter-week count); that set reruns the whole page.
    """
    if st.session_state.pop(RERUN_PAGE, False):
        st.rerun()
    flash = st.session_state.pop("log_flash", None)
    if flash:
        st.toast(flash, icon=":material/check:")
    workout = todays_workout(store, profile.name, datetime.now())
    today = workout_sets(store, profile.name, workout.id) if workout else None
    render_rest_timer()
    render_warmup(targets, profile)
    for i, target in enumerate(targets):
        slot = f"d{day}_{i}" if routine_day else ("free" if i == 0 else f"free_{i}")
        render_exercise(store, profile, target, today, slot=slot, routine_day=routine_day)
    render_checkin(store, profile, workout, routine_day)
    render_finish(store, profile, workout)
    render_recent_sets(store, profile)
