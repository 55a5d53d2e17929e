"""Goals: what you want from your back training; the week it gives, updated as you move."""

import streamlit as st

from backfit.core.routine import generate_routine
from backfit.ui.goals import (
    goal_mix,
    goal_sliders,
    goals_from_widgets,
    link_notes,
    red_flag_gate,
    remember,
    schedule_inputs,
    show_link_notes,
)
from backfit.ui.profile import current_profile, get_store
from backfit.ui.routine import link_to_routine, render_glance, render_safety, render_summary
from backfit.ui.trunk_focus import opened_fresh, page_trunk_focus, render_trunk_focus
from backfit.ui.welcome import render_welcome

st.title(":material/tune: Goals")
st.caption(
    "Move the sliders; the routine below follows at once, and the address bar always holds "
    "a link that rebuilds it."
)
fresh = opened_fresh()
show_link_notes(link_notes())
render_welcome(get_store(), current_profile().name)

goals_col, schedule_col = st.columns([1, 1], gap="large")
with goals_col, st.container(border=True):
    st.markdown("**What you want**")
    sliders = goal_sliders()
with schedule_col, st.container(border=True):
    st.markdown("**Level, schedule and equipment**")
    schedule = schedule_inputs()

goals = goals_from_widgets(sliders, schedule)
if goals is not None:
    goals, trunk_found = page_trunk_focus(goals, fresh)
if goals is not None and red_flag_gate(goals):
    goal_mix(goals)
    render_trunk_focus(goals, trunk_found)
    remember(goals)
    routine = generate_routine(goals)
    st.subheader(":material/calendar_month: Your week at a glance")
    render_summary(routine)
    render_glance(routine)
    link_to_routine(goals)
    render_safety()
