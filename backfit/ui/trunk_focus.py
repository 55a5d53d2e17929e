"""Extra trunk work from the lifter's trunk test on the Goals and Routine pages (TRAINING §5).

`Goals.trunk_focus` is what the link carries (`trunk=extensor&trunk=side_left`), so a shared link
rebuilds its plan exactly. Where the focus comes from, first match wins:

1. the URL has `trunk` (a link, or the lifter's own choice; `trunk=` empty means "off");
2. the page was opened fresh (no goal key in the URL, no goals chosen earlier in this session):
   the flags of the profile's latest trunk tests, written into the URL so the address rebuilds
   the plan from then on;
3. a complete link without `trunk`: none (links made before the focus existed stay identical);
4. otherwise the goals chosen earlier in this session (a page switch from the sidebar).
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

import streamlit as st

from backfit.core.goals import QUERY_KEYS, TRUNK_DIRECTIONS, Goals, goals_from_query
from backfit.core.training.endurance import TEST_NAMES
from backfit.services.trunk_tests import TrunkFocus, default_trunk_focus
from backfit.ui.goals import SESSION_KEY, raw_query
from backfit.ui.profile import current_profile, get_store

TOGGLE_KEY = "trunk_focus_on"
#: The directions the switch offers, kept while it is off so it can turn them on again.
OFFERED_KEY = "trunk_focus_offered"


def opened_fresh() -> bool:
    """No link and no earlier choice: call before anything writes goal keys into the URL."""
    return not raw_query() and SESSION_KEY not in st.session_state


def _ordered(directions: frozenset[str]) -> list[str]:
    return [d for d in TRUNK_DIRECTIONS if d in directions]


def page_trunk_focus(goals: Goals, fresh: bool) -> tuple[Goals, TrunkFocus]:
    """`goals` with this page's trunk focus, and what the profile's latest tests ask for."""
    found = default_trunk_focus(get_store(), current_profile().name)
    if "trunk" in st.query_params:
        focus = goals_from_query({"trunk": st.query_params.get_all("trunk")})[0].trunk_focus
    elif fresh:
        focus = found.directions
        if focus:
            st.query_params["trunk"] = _ordered(focus)
    elif set(raw_query()) >= set(QUERY_KEYS):
        focus = frozenset()
    else:
        remembered = parse_qs(st.session_state.get(SESSION_KEY, ""), keep_blank_values=True)
        focus = goals_from_query({"trunk": remembered.get("trunk", [])})[0].trunk_focus
    return replace(goals, trunk_focus=focus), found


def _switch(directions: frozenset[str]) -> None:
    on = bool(st.session_state.get(TOGGLE_KEY))
    st.query_params["trunk"] = _ordered(directions) if on else [""]


def render_trunk_focus(goals: Goals, found: TrunkFocus) -> None:
    """ "Extra trunk work from your trunk test of 4 May 2026: …", with a switch to turn it off."""
    if goals.trunk_focus:
        st.session_state[OFFERED_KEY] = goals.trunk_focus
    offered = goals.trunk_focus or st.session_state.get(OFFERED_KEY) or found.directions
    if not offered:
        return
    names = ", ".join(TEST_NAMES[d] for d in _ordered(offered))
    state = "" if goals.trunk_focus else " (turned off)"
    with st.container(border=True):
        if offered != found.directions:
            icon = ":material/accessibility_new:"
            st.markdown(f"{icon} **Extra trunk work from the link{state}:** {names}.")
        elif found.tested_at is not None:
            st.markdown(
                ":material/accessibility_new: **Extra trunk work from your trunk test of "
                f"{found.tested_at:%d %b %Y}{state}:** {names}."
            )
        for flag in found.flags:
            st.caption(flag)
        st.session_state[TOGGLE_KEY] = bool(goals.trunk_focus)
        st.toggle(
            "Add the extra trunk work",
            key=TOGGLE_KEY,
            on_change=_switch,
            args=(offered,),
            help="One more McGill drill of 10-s holds for each weak direction, after the main "
            "work, until your next trunk test.",
        )
