"""Routine: your weekly back routine, explained, with a link that reproduces it exactly."""

import streamlit as st

from backfit.core.routine import generate_routine
from backfit.ui.goals import goals_from_page_query, red_flag_gate, show_link_notes
from backfit.ui.log.settings import render_lighter_week_notice
from backfit.ui.profile import current_profile, get_store
from backfit.ui.routine import (
    link_to_goals,
    render_days,
    render_safety,
    render_share,
    render_summary,
    render_train_this,
    render_volume,
)
from backfit.ui.trunk_focus import opened_fresh, page_trunk_focus, render_trunk_focus

st.title(":material/calendar_month: Routine")
st.caption("Your weekly back routine, explained, with a link that reproduces it exactly.")
fresh = opened_fresh()
goals, notes = goals_from_page_query()
goals, trunk_found = page_trunk_focus(goals, fresh)
show_link_notes(notes)
# TRAINING §6: a link may open a plan with a pain share for a profile that has never answered
# the red-flag screen; it is asked here too, and a "yes" shows only the urgent-care text.
if not red_flag_gate(goals):
    st.stop()
link_to_goals(goals)

routine = generate_routine(goals)
render_lighter_week_notice(get_store(), current_profile())
render_trunk_focus(goals, trunk_found)
render_summary(routine)
render_days(routine)
left, right = st.columns([3, 2], gap="large")
with left:
    render_volume(routine)
with right:
    render_share(routine)
    render_train_this(get_store(), current_profile(), routine)
render_safety()
