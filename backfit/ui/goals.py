"""Goal inputs bound to the URL (DESIGN §6), shared by the Goals and Routine pages.

Every widget uses `bind="query-params"` with the short key, so the address bar always holds the
link that rebuilds the plan. Streamlit silently drops a bound value it cannot use; we read the
raw query first (`link_notes`) so the page can say what it ignored.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qs

import streamlit as st
from streamlit.errors import StreamlitAPIException

from backfit.charts.colors import GOAL_COLORS
from backfit.core.catalog import EQUIPMENT
from backfit.core.goals import (
    DAYS_RANGE,
    GOAL_LABELS,
    GOAL_NAMES,
    MINUTES_RANGE,
    OPTIONAL_QUERY_KEYS,
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
    keys = QUERY_KEYS + OPTIONAL_QUERY_KEYS
    return {key: st.query_params.get_all(key) for key in keys if key in st.query_params}


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
    if SESSION_KEY not in st.session_state:
        return goals_from_query(raw, DEFAULTS)
    # The URL wins for the keys it holds; the rest comes from the Goals page's last choice
    # (a page switch keeps the unbound `eq` in the URL but drops the bound widgets' keys).
    remembered = parse_qs(st.session_state[SESSION_KEY], keep_blank_values=True)
    goals, notes = goals_from_query({**remembered, **raw}, DEFAULTS)
    if set(raw) >= set(QUERY_KEYS):
        return goals, notes
    # Some keys are missing (a switch from the Goals page drops its bound widgets' keys and
    # keeps only the unbound `eq`): write the whole query, so the address rebuilds this plan.
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
        if key in ("eq", "trunk") and value:  # repeated keys stay lists
            existing = mapping.setdefault(key, [])
            assert isinstance(existing, list)
            existing.append(value)
        else:
            mapping[key] = value
    return mapping


def goal_sliders() -> dict[str, int]:
    """The three goal sliders, bound to `posture`, `pain`, `strength`."""
    # Plain labels: an icon code in a label is read out as "accessibility_new" by screen readers.
    labels = {
        "posture": "Posture",
        "pain": "Back-pain prevention",
        "strength": "Strength",
    }
    st.caption(
        "The sliders are relative weights: only their proportions matter (strength 20 alone "
        "gives the same plan as strength 100 alone)."
    )
    values = {
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
    st.caption(goal_shares(values))
    return values


def goal_shares(values: dict[str, int]) -> str:
    """ "Shares of the plan: posture 50 %, back-pain prevention 30 %, strength 20 %." """
    total = sum(values.values())
    if not total:
        return "Shares of the plan: none yet, move a slider above 0."
    names = {"posture": "posture", "pain": "back-pain prevention", "strength": "strength"}
    parts = [f"{names[k]} {round(100 * v / total)} %" for k, v in values.items()]
    return "Shares of the plan: " + ", ".join(parts) + "."


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
    equipment = equipment_picker()
    return {
        "level": level,
        "days": int(days),
        "minutes": int(minutes),
        "pullups": int(pullups),
        "equipment": frozenset(equipment),
    }


EQ_WIDGET = "eq_names"
EQ_URL_SEEN = "eq_url_seen"


def _url_equipment() -> list[str] | None:
    """The `eq` ids in the URL (None when the URL has no `eq`), unknown ids left out."""
    if "eq" not in st.query_params:
        return None
    return [e for e in EQUIPMENT_IDS_ORDERED if e in st.query_params.get_all("eq")]


def equipment_picker() -> list[str]:
    """Equipment by readable name on screen, by id in the URL (`eq`, as the CLI's ids).

    A bound widget with a `format_func` would put the names into the URL, so this one is not
    bound: the URL's ids set it when the URL changed (a link, a page switch), and its choice is
    written back as ids. The link therefore still rebuilds the plan, equal to the CLI `query`.
    """
    from_url = _url_equipment()
    default = [e for e in EQUIPMENT_IDS_ORDERED if e in DEFAULTS.equipment]
    if EQ_WIDGET not in st.session_state:
        st.session_state[EQ_WIDGET] = default if from_url is None else from_url
    elif from_url is not None and from_url != st.session_state.get(EQ_URL_SEEN):
        st.session_state[EQ_WIDGET] = from_url
    chosen = st.multiselect(
        "Equipment you have",
        EQUIPMENT_IDS_ORDERED,
        format_func=lambda e: EQUIPMENT_NAMES.get(e, e),
        key=EQ_WIDGET,
        help="The floor needs nothing. The link keeps the ids the CLI takes (--equipment).",
        placeholder="Nothing: floor exercises only",
    )
    ids = [e for e in EQUIPMENT_IDS_ORDERED if e in chosen]
    if ids == default and from_url is None:
        st.session_state[EQ_URL_SEEN] = None
    else:
        st.query_params["eq"] = ids or [""]  # an empty `eq` is "nothing", as in to_query()
        st.session_state[EQ_URL_SEEN] = ids
    return ids


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


_SHORT = {"posture": "Posture", "pain": "Pain", "strength": "Strength"}


def goal_mix_bar(goals: Goals) -> str:
    """One bar split by goal share, labelled in place, as HTML.

    Plain HTML, not a chart: the Goals page opens first, and Altair (with pandas for its data)
    would add seconds to the app's cold start for one bar.
    """
    total = goals.posture + goals.pain + goals.strength
    segments = []
    for goal in GOAL_NAMES:
        value = getattr(goals, goal)
        if value <= 0 or not total:
            continue
        share = value / total
        tip = f"{GOAL_LABELS[goal].capitalize()}: slider {value}, {share:.0%} of the mix"
        segments.append(
            f'<div title="{tip}" style="flex: {share:.4f} 1 0; background: {GOAL_COLORS[goal]};'
            " color: white; font-weight: bold; font-size: 12px; text-align: center;"
            ' line-height: 34px; border-radius: 4px; overflow: hidden; white-space: nowrap">'
            f"{_SHORT[goal]} {round(share * 100)}%</div>"
        )
    return (
        '<div role="img" aria-label="Goal mix" style="display: flex; gap: 2px; height: 34px;'
        f' margin: 4px 0 8px">{"".join(segments)}</div>'
    )


def goal_mix(goals: Goals) -> None:
    """A compact picture of the mix and one sentence on what it means for training."""
    st.markdown(goal_mix_bar(goals), unsafe_allow_html=True)
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
