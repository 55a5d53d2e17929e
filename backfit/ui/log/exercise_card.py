"""One exercise as one card: its target, a one-tap set form, and today's sets below it.

The form is prefilled with the next sensible set. Each form carries a token (its key); the
token is also the set's `client_key`, so a double click, or a rerun racing the first, can never
log the same set twice.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime
from typing import Any

import streamlit as st

from backfit.core import catalog
from backfit.core.errors import BackfitError, ValidationError
from backfit.core.training import Target, dose_text, load_type, step_for
from backfit.core.units import Unit
from backfit.services.database import Store
from backfit.services.logging import MAX_NOTE_LENGTH, log_set
from backfit.services.profiles import Profile
from backfit.ui.log.cells import (
    KIND_NAMES,
    as_float,
    as_int,
    display,
    entry_from_inputs,
    exercise_name,
    mode,
    typed_reps,
    value,
)
from backfit.ui.log.set_list import render_set_list

_ACTION_BADGE = {
    "start": ":gray-badge[:material/flag: first time]",
    "repeat": ":blue-badge[:material/replay: repeat]",
    "reps": ":blue-badge[:material/add: add a rep]",
    "increase": ":green-badge[:material/trending_up: load up]",
    "ladder": ":green-badge[:material/stairs: next rung]",
    "deload": ":orange-badge[:material/trending_down: deload]",
    "frozen": ":red-badge[:material/pause_circle: held for pain]",
    "ladder_down": ":orange-badge[:material/stairs: rung down]",
    "stop": ":red-badge[:material/block: not today]",
}


def describe_target(target: Target, unit: Unit) -> str:
    """`**3 × 6–10 reps (aim 8) @ 60 kg** · RIR 2 · rest 2:00`."""
    rest = f"{target.rest_s // 60}:{target.rest_s % 60:02d}"
    rir = "" if target.rir is None or not target.sets else f" · RIR {target.rir}"
    return f"**{dose_text(target, unit)}**{rir} · rest {rest}"


def render_exercise(
    store: Store,
    profile: Profile,
    target: Target,
    today: Any,
    *,
    slot: str,
    routine_day: tuple[int, int] | None,
) -> None:
    """Target, one-tap set form and today's sets of one exercise, as one card."""
    unit = profile.unit
    mine = today[(today["exercise"] == target.exercise)] if today is not None else None
    if mine is not None and target.variant is not None:
        mine = mine[mine["variant"] == target.variant]
    done = 0 if mine is None else int((mine["kind"] != "warmup").sum())
    with st.container(border=True):
        icon = (
            catalog.exercise(target.exercise).icon
            if catalog.is_catalog_exercise(target.exercise)
            else ":material/fitness_center:"
        )
        st.markdown(f"#### {icon} {exercise_name(target.exercise, target.variant)}")
        st.markdown(
            f"{_ACTION_BADGE[target.action]} :gray-badge[{done}/{target.sets} sets] "
            + describe_target(target, unit)
        )
        if target.frozen:
            st.warning(target.why, icon=":material/healing:")
        else:
            st.caption(target.why)
        _set_form(
            store,
            profile,
            target,
            mine,
            slot=slot,
            routine_day=routine_day,
            opens_day=today is None,
        )
        if mine is not None and not mine.empty:
            render_set_list(store, profile, mine, mode(target))


def _token(slot: str) -> str:
    key = f"log_token_{slot}"
    if key not in st.session_state:
        st.session_state[key] = uuid.uuid4().hex[:12]
    return st.session_state[key]


def _prefill(target: Target, mine: Any, unit: Unit) -> dict[str, float | int | None]:
    """Next set's values: today's last set of this exercise, else today's target."""
    if mine is not None and not mine.empty:
        last = mine.iloc[-1]
        return {
            "reps": as_int(last["reps"]),
            "weight": display(last["weight_kg"], unit),
            "assist": display(last["assistance_kg"], unit),
            "rir": as_float(last["rir"]),
            "seconds": value(last["duration_s"]),
        }
    return {
        "reps": target.target_reps,
        "weight": display(target.weight_kg, unit),
        "assist": display(target.assistance_kg, unit),
        "rir": float(target.rir) if target.rir is not None else None,
        "seconds": float(target.hold_s) if target.hold_s is not None else None,
    }


def _set_form(
    store: Store,
    profile: Profile,
    target: Target,
    mine: Any,
    *,
    slot: str,
    routine_day: tuple[int, int] | None,
    opens_day: bool,
) -> None:
    unit = profile.unit
    inputs = mode(target)
    token = _token(slot)
    values = _prefill(target, mine, unit)
    # Widget keys carry the prefill too: when the target changes (a pain check-in, an edit),
    # the form shows the new values instead of keeping the old ones.
    key = "_".join([token, *(str(v) for v in values.values())])
    step = step_for(load_type(target.exercise, target.variant), unit)
    # Each number field is created empty-able (value=None) and prefilled through the session
    # state: a field created with a number snaps back to it when cleared, so "abc" (which a
    # number field turns into nothing) logged the prefilled set. Now it logs nothing and says so.
    for field, name in (("r", "reps"), ("a", "assist"), ("w", "weight"), ("i", "rir"),
                        ("s", "seconds")):  # fmt: skip
        prefill = values[name]
        if name == "reps" and prefill is not None:
            prefill = float(prefill)
        st.session_state.setdefault(f"{field}_{key}", prefill)
    # What the submit callback (`_submit`) could not log, and where to say it.
    problem = st.session_state.pop(f"{_PROBLEM}{slot}", None)
    with st.form(f"log_{slot}_{token}", border=False, enter_to_submit=True):
        if inputs == "hold":
            first, second = st.columns(2)
            first.number_input("Seconds", value=None, step=5.0, format="%g", key=f"s_{key}")
            second.selectbox(
                "Kind", list(KIND_NAMES), format_func=lambda k: KIND_NAMES.get(k, k), key=f"k_{key}"
            )
        else:
            first, second, third, fourth = st.columns([1, 1.3, 1, 1.3])
            # A float input so that 8.5 reaches the check and is refused, never cut to 8.
            first.number_input(
                "Reps",
                value=None,
                step=1.0,
                format="%g",
                key=f"r_{key}",
                placeholder="reps",
            )
            if inputs == "assisted":
                second.number_input(
                    f"Assistance ({unit})",
                    value=None,
                    step=step,
                    format="%g",
                    key=f"a_{key}",
                )
            else:
                label = f"Weight ({unit})" if inputs == "weighted" else f"Added weight ({unit})"
                second.number_input(label, value=None, step=step, format="%g", key=f"w_{key}")
            third.number_input("RIR", value=None, step=0.5, format="%g", key=f"i_{key}")
            fourth.selectbox(
                "Kind", list(KIND_NAMES), format_func=lambda k: KIND_NAMES.get(k, k), key=f"k_{key}"
            )
        # One message line under the whole row: a sentence in a quarter-width column on a
        # desktop wrapped into five lines.
        row_spot = st.empty()
        st.text_input(
            "Note (optional)",
            key=f"n_{key}",
            max_chars=MAX_NOTE_LENGTH,
            placeholder="e.g. grip slipped on the last rep",
        )
        note_spot = st.empty()
        # The set is logged in the button's callback, before the run that draws the page, so
        # one run shows it (logging in the page body took that run plus an `st.rerun`).
        st.form_submit_button(
            "Log set",
            icon=":material/add:",
            type="primary",
            width="stretch",
            on_click=_submit,
            args=(store, profile, target),
            kwargs={
                "slot": slot,
                "key": key,
                "token": token,
                "routine_day": routine_day,
                "opens_day": opens_day,
            },
        )
    if problem is not None:
        where, message = problem
        spot = {"row": row_spot, "note": note_spot}.get(where, st)
        spot.error(message, icon=":material/error:")


#: Session-state prefix of the sentence a refused set leaves for its form (`(where, text)`).
_PROBLEM = "log_problem_"
#: Set by the day's first set: the Log page's fragment then reruns the whole page (see
#: `render_session`).
RERUN_PAGE = "log_rerun_page"


def _submit(
    store: Store,
    profile: Profile,
    target: Target,
    *,
    slot: str,
    key: str,
    token: str,
    routine_day: tuple[int, int] | None,
    opens_day: bool,
) -> None:
    """The "Log set" callback: the form's values from the session state, validated and logged.

    A refused set leaves its sentence for the form (`_PROBLEM`) and logs nothing. `opens_day`:
    no session today before this set.
    """
    state = st.session_state
    inputs = mode(target)
    reps = weight = assist = rir = seconds = None
    if inputs == "hold":
        seconds = state.get(f"s_{key}")
    else:
        rir = state.get(f"i_{key}")
        if inputs == "assisted":
            assist = state.get(f"a_{key}")
        else:
            weight = state.get(f"w_{key}")
        try:
            reps = typed_reps(state.get(f"r_{key}"))
        except ValidationError as exc:
            state[f"{_PROBLEM}{slot}"] = ("row", str(exc))
            return
    entry = entry_from_inputs(
        target.exercise,
        target.variant,
        profile.unit,
        reps=reps,
        weight=weight,
        assist=assist,
        rir=rir,
        seconds=seconds,
        kind=state.get(f"k_{key}"),
        bodyweight_kg=profile.bodyweight_kg if target.exercise == "pull_up" else None,
        note=state.get(f"n_{key}"),
    )
    try:
        logged = log_set(
            store,
            profile.name,
            entry,
            now=datetime.now(),
            routine_day=routine_day,
            client_key=token,
        )
    except ValidationError as exc:
        state[f"{_PROBLEM}{slot}"] = ("note" if exc.field == "note" else "row", str(exc))
        return
    except BackfitError as exc:
        state[f"{_PROBLEM}{slot}"] = ("card", str(exc))
        return
    # A new token: the next form is new, and a resent click of this one logs nothing twice.
    state[f"log_token_{slot}"] = uuid.uuid4().hex[:12]
    state["rest_until"] = time.time() + target.rest_s
    state["rest_total"] = target.rest_s
    state["log_flash"] = (
        f"Logged set {logged.set_index} of {exercise_name(target.exercise, target.variant)}"
    )
    if opens_day:
        state[RERUN_PAGE] = True
