"""Goal inputs bound to the URL (DESIGN §6), shared by the Goals and Routine pages.

Every widget uses `bind="query-params"` with the short key, so the address bar always holds the
link that rebuilds the plan. Streamlit silently drops a bound value it cannot use; we read the
raw query first (`link_notes`) so the page can say what it ignored.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from backfit.charts.routine import goal_mix_chart, goal_mix_frame
from backfit.core.catalog import EQUIPMENT
from backfit.core.goals import (
    DAYS_RANGE,
    MINUTES_RANGE,
    QUERY_KEYS,
    Goals,
    goals_from_query,
)
from backfit.core.rules import LEVELS

DEFAULTS = Goals()
EQUIPMENT_NAMES = {e.id: e.name for e in EQUIPMENT}
EQUIPMENT_IDS_ORDERED = [e.id for e in EQUIPMENT]
GOAL_HELP = {
    "posture": "Upper-back endurance: more rows, 10–15 reps, short rests.",
    "pain": "Back-pain prevention: back-extension endurance, light hinges, 3+ reps in reserve.",
    "strength": "Heavier pulls and deadlifts: fewer reps, longer rests.",
}


def raw_query() -> dict[str, list[str]]:
    """The goal keys as they are in the URL right now (before widgets correct them)."""
    return {key: st.query_params.get_all(key) for key in QUERY_KEYS if key in st.query_params}


def link_notes() -> tuple[str, ...]:
    """What in the current link is unusable and will fall back to the defaults.

    Call before the widgets run: a bound widget removes a value it rejects from the URL.
    """
    raw = raw_query()
    if not raw:
        return ()
    return goals_from_query(raw, DEFAULTS, zero_fallback=False)[1]


SESSION_KEY = "goals_query"


def remember(goals: Goals) -> None:
    """Keep the Goals page's choice for pages opened without a goal query (sidebar nav)."""
    st.session_state[SESSION_KEY] = goals.to_query()


def goals_from_page_query() -> tuple[Goals, tuple[str, ...]]:
    """Goals from the URL (for pages without the widgets), and what was ignored.

    A page opened without goal keys takes the goals last set on the Goals page in this session
    and writes them into its URL, so its address is still a link that rebuilds it.
    """
    raw = raw_query()
    if raw or SESSION_KEY not in st.session_state:
        return goals_from_query(raw, DEFAULTS)
    goals, notes = goals_from_query(st.session_state[SESSION_KEY], DEFAULTS)
    # During a switch from the Goals page the keys may still be bound to its widgets (and the
    # URL already holds them): then leave the URL alone.
    with suppress(StreamlitAPIException):
        st.query_params.from_dict(query_dict(goals))
    return goals, notes


def query_dict(goals: Goals) -> dict[str, str | list[str]]:
    """`Goals.to_query()` as the mapping `st.page_link`/`st.switch_page` take."""
    mapping: dict[str, str | list[str]] = {}
    for part in goals.to_query().split("&"):
        key, _, value = part.partition("=")
        if key == "eq" and value:
            existing = mapping.setdefault("eq", [])
            assert isinstance(existing, list)
            existing.append(value)
        else:
            mapping[key] = value
    return mapping


def goal_sliders() -> dict[str, int]:
    """The three goal sliders, bound to `posture`, `pain`, `strength`."""
    labels = {
        "posture": ":material/accessibility_new: Posture",
        "pain": ":material/healing: Back-pain prevention",
        "strength": ":material/fitness_center: Strength",
    }
    return {
        key: st.slider(
            label,
            min_value=0,
            max_value=100,
            value=getattr(DEFAULTS, key),
            step=5,
            key=key,
            bind="query-params",
            help=GOAL_HELP[key],
        )
        for key, label in labels.items()
    }


def schedule_inputs() -> dict[str, object]:
    """Level, days, minutes, pull-ups and equipment, each bound to its short key."""
    level = st.segmented_control(
        "Level",
        LEVELS,
        default=DEFAULTS.level,
        required=True,
        key="level",
        bind="query-params",
        help="Novice: under 6 months of regular training; intermediate: 6–24; advanced: more.",
        width="stretch",
    )
    days_col, minutes_col, pullups_col = st.columns(3)
    days = days_col.number_input(
        "Days a week",
        min_value=DAYS_RANGE[0],
        max_value=DAYS_RANGE[1],
        value=DEFAULTS.days,
        step=1,
        key="days",
        bind="query-params",
    )
    minutes = minutes_col.number_input(
        "Minutes a session",
        min_value=MINUTES_RANGE[0],
        max_value=MINUTES_RANGE[1],
        value=DEFAULTS.minutes,
        step=5,
        key="minutes",
        bind="query-params",
    )
    pullups = pullups_col.number_input(
        "Max strict pull-ups",
        min_value=0,
        max_value=100,
        value=DEFAULTS.pullups,
        step=1,
        key="pullups",
        bind="query-params",
        help="Decides the pull-up ladder step: assisted, negatives, bodyweight or weighted.",
    )
    equipment = st.multiselect(
        "Equipment you have",
        EQUIPMENT_IDS_ORDERED,
        default=[e for e in EQUIPMENT_IDS_ORDERED if e in DEFAULTS.equipment],
        key="eq",
        bind="query-params",
        help="Ids as in the CLI. The floor needs nothing. "
        + "; ".join(f"{k}: {v}" for k, v in EQUIPMENT_NAMES.items()),
        placeholder="Nothing: floor exercises only",
    )
    return {
        "level": level,
        "days": int(days),
        "minutes": int(minutes),
        "pullups": int(pullups),
        "equipment": frozenset(equipment),
    }


def goals_from_widgets(sliders: dict[str, int], schedule: dict[str, Any]) -> Goals | None:
    """Goals from the widget values, or None (and a clear message) when every slider is 0."""
    if not any(sliders.values()):
        st.warning(
            "All three goals are at 0: move at least one slider above 0 to get a routine.",
            icon=":material/tune:",
        )
        return None
    # Any on purpose: widget values of several types (ints, a level, equipment), all checked by
    # validated(); the slider and schedule keys never overlap.
    values: dict[str, Any] = {**sliders, **schedule}
    return replace(DEFAULTS, **values).validated()


def show_link_notes(notes: tuple[str, ...]) -> None:
    for note in notes:
        st.warning(f"{note}", icon=":material/link_off:")


def goal_mix(goals: Goals) -> None:
    """A compact picture of the mix and one sentence on what it means for training."""
    st.altair_chart(goal_mix_chart(goal_mix_frame(goals)), width="stretch")
    leaders = [g for g in ("posture", "pain", "strength") if goals.dominant(g)]
    meaning = {
        "posture": "more rows than vertical pulls, 10–15 reps, 60–90 s rests",
        "pain": "back-extension endurance and light hinges at 3+ reps in reserve",
        "strength": "heavier deadlifts and pulls, fewer reps, longer rests",
    }
    st.caption("Leads the plan: " + "; ".join(f"**{g}**: {meaning[g]}" for g in leaders) + ".")


def red_flag_gate(goals: Goals) -> bool:
    """TRAINING §6: before the first plan with any pain share, the urgent-care questions, once
    per profile. True when the plan may be shown; a "yes" shows the urgent-care text instead."""
    from datetime import datetime

    from backfit.services.screening import (
        RED_FLAG_QUESTIONS,
        URGENT_CARE,
        plan_gate,
        record_screen,
    )
    from backfit.ui.profile import current_profile, get_store

    store, profile = get_store(), current_profile()
    gate = plan_gate(store, profile.name, goals)
    if gate.state == "plan":
        return True
    if gate.state == "urgent":
        st.error(URGENT_CARE, icon=":material/emergency:")
        if st.button("I have been cleared by a clinician: answer again", key="red_flags_reset"):
            record_screen(
                store, profile.name, {q: False for q, _ in RED_FLAG_QUESTIONS}, datetime.now()
            )
            st.rerun()
        return False
    with st.form("red_flags"), st.container(border=True):
        st.markdown("**Before your first plan with pain prevention: a quick safety check**")
        st.caption("Asked once. Answer each question; any yes means see a doctor first (NG59).")
        answers = {
            q: st.radio(text, ("No", "Yes"), index=None, horizontal=True, key=f"red_flag_{q}")
            for q, text in RED_FLAG_QUESTIONS
        }
        if st.form_submit_button("Save my answers", icon=":material/health_and_safety:"):
            if any(a is None for a in answers.values()):
                st.warning("Answer every question with yes or no.", icon=":material/info:")
            else:
                record_screen(
                    store, profile.name, {q: a == "Yes" for q, a in answers.items()}, datetime.now()
                )
                st.rerun()
    return False
