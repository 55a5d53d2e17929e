"""Today's sets of one exercise, each with edit and delete (delete asks first)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import streamlit as st

from backfit.core.errors import ValidationError
from backfit.core.units import Unit, format_weight
from backfit.services.database import Store
from backfit.services.logging import delete_set, update_set
from backfit.services.profiles import Profile
from backfit.ui.log.cells import (
    KIND_NAMES,
    Mode,
    as_float,
    as_int,
    display,
    entry_from_inputs,
    value,
)


def render_set_list(store: Store, profile: Profile, mine: Any, mode: Mode) -> None:
    """One line per set with edit and delete buttons; the open editor or confirmation below it."""
    unit = profile.unit
    for _, row in mine.iterrows():
        set_id = int(row["id"])
        # A horizontal container keeps text and buttons on one line on a phone too.
        line = st.container(horizontal=True, vertical_alignment="center", wrap=False)
        with line:
            st.markdown(_set_text(row, unit), width="stretch")
            # Words, not icon-only buttons: a screen reader says "Edit", not "edit icon".
            edit = st.button(
                "Edit", icon=":material/edit:", key=f"edit_{set_id}", type="tertiary",
                help=f"Edit set {int(row['set_index'])}",
            )  # fmt: skip
            if edit:
                st.session_state["log_editing"] = set_id
                st.session_state.pop("log_deleting", None)
            delete = st.button(
                "Delete", icon=":material/delete:", key=f"del_{set_id}", type="tertiary",
                help=f"Delete set {int(row['set_index'])}",
            )  # fmt: skip
            if delete:
                st.session_state["log_deleting"] = set_id
                st.session_state.pop("log_editing", None)
        if value(row.get("note")) is not None:
            # The lifter's own words, shown as typed: plain text, never Markdown or HTML.
            st.text(f"Note: {row['note']}")
        if st.session_state.get("log_deleting") == set_id:
            _confirm_delete(store, profile, set_id, int(row["set_index"]))
        if st.session_state.get("log_editing") == set_id:
            _edit_form(store, profile, row, mode)


def _set_text(row: Any, unit: Unit) -> str:
    parts = [f"**{int(row['set_index'])}.**"]
    if row["kind"] != "working":
        parts.append(f":gray-badge[{KIND_NAMES.get(row['kind'], 'Other')}]")
    if value(row["reps"]) is not None:
        parts.append(f"{int(row['reps'])} reps")
    if value(row["weight_kg"]) is not None:
        parts.append(f"× {format_weight(row['weight_kg'], unit, digits=2)}")
    if value(row["assistance_kg"]) is not None:
        parts.append(f"− {format_weight(row['assistance_kg'], unit, digits=2)} help")
    if value(row["duration_s"]) is not None:
        parts.append(f"{row['duration_s']:g} s")
    if value(row["rir"]) is not None:
        parts.append(f"@ RIR {row['rir']:g}")
    return " ".join(parts)


def _confirm_delete(store: Store, profile: Profile, set_id: int, index: int) -> None:
    with st.container(border=True):
        st.markdown(f":material/warning: Delete set {index}? This cannot be undone.")
        yes, no = st.columns(2)
        if yes.button("Delete", key=f"confirm_del_{set_id}", type="primary", width="stretch"):
            delete_set(store, profile.name, set_id)
            st.session_state.pop("log_deleting", None)
            st.session_state["log_flash"] = f"Deleted set {index}"
            st.rerun()
        if no.button("Keep it", key=f"cancel_del_{set_id}", width="stretch"):
            st.session_state.pop("log_deleting", None)
            st.rerun()


def _edit_form(store: Store, profile: Profile, row: Any, mode: Mode) -> None:
    unit = profile.unit
    set_id = int(row["id"])
    with st.form(f"edit_form_{set_id}", border=True):
        st.markdown(f"**Edit set {int(row['set_index'])}**")
        a, b, c = st.columns(3)
        if mode == "hold":
            seconds = a.number_input(
                "Seconds", value=value(row["duration_s"]), format="%g", key=f"es_{set_id}"
            )
            reps = weight = assist = rir = None
        else:
            reps = a.number_input("Reps", value=as_int(row["reps"]), step=1, key=f"er_{set_id}")
            weight = assist = None
            if mode == "assisted":
                assist = b.number_input(
                    f"Assistance ({unit})",
                    value=display(row["assistance_kg"], unit),
                    format="%g",
                    key=f"ea_{set_id}",
                )
            else:
                weight = b.number_input(
                    f"Weight ({unit})",
                    value=display(row["weight_kg"], unit),
                    format="%g",
                    key=f"ew_{set_id}",
                )
            rir = c.number_input(
                "RIR", value=as_float(row["rir"]), step=0.5, format="%g", key=f"ei_{set_id}"
            )
            seconds = None
        problem = st.empty()
        save, cancel = st.columns(2)
        saved = save.form_submit_button("Save", type="primary", width="stretch")
        cancelled = cancel.form_submit_button("Cancel", width="stretch")
    if cancelled:
        st.session_state.pop("log_editing", None)
        st.rerun()
    if not saved:
        return
    entry = entry_from_inputs(
        row["exercise"],
        row["variant"],
        unit,
        reps=reps,
        weight=weight,
        assist=assist,
        rir=rir,
        seconds=seconds,
        kind=row["kind"],
        bodyweight_kg=value(row["bodyweight_kg"]),
        note=value(row["note"]),
    )
    try:
        update_set(store, profile.name, set_id, entry, now=datetime.now())
    except ValidationError as exc:
        problem.error(str(exc), icon=":material/error:")
        return
    st.session_state.pop("log_editing", None)
    st.session_state["log_flash"] = f"Saved set {int(row['set_index'])}"
    st.rerun()
