"""Set entry and the list of logged sets."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from backfit import catalog
from backfit.errors import ValidationError
from backfit.profiles import Profile
from backfit.sets import SetEntry, log_set, recent_sets
from backfit.store import Store
from backfit.units import from_kg, to_kg


def render_log_form(store: Store, profile: Profile) -> None:
    """Pick exercise and variant, type reps and weight, log. Errors show beside the form."""
    names = {e.id: e.name for e in catalog.EXERCISES}
    exercise_id = st.selectbox(
        "Exercise", catalog.EXERCISE_IDS, format_func=names.__getitem__, key="log_exercise"
    )
    exercise = catalog.exercise(exercise_id)
    variant_names = {v.id: v.name for v in exercise.variants}
    with st.form("log_set", border=True, enter_to_submit=True):
        variant = st.selectbox(
            "Variant", exercise.variant_ids, format_func=variant_names.__getitem__
        )
        reps_col, weight_col = st.columns(2)
        reps = reps_col.number_input("Reps", min_value=0, max_value=100, value=8, step=1)
        weight = weight_col.number_input(
            f"Weight ({profile.unit})", min_value=0.0, value=0.0, step=0.5, format="%g"
        )
        submitted = st.form_submit_button(
            "Log set", icon=":material/add:", type="primary", width="stretch"
        )
    if submitted:
        entry = SetEntry(
            exercise=exercise_id,
            variant=variant,
            reps=int(reps),
            weight_kg=to_kg(weight, profile.unit) if weight else None,
        )
        now = datetime.now()
        try:
            logged = log_set(store, profile.name, entry, performed_at=now, now=now)
        except ValidationError as exc:
            st.error(str(exc), icon=":material/error:")
        else:
            st.toast(f"Logged set {logged.set_index} of {exercise.name}", icon=":material/check:")


def render_recent_sets(store: Store, profile: Profile) -> None:
    frame = recent_sets(store, profile.name)
    st.subheader("Recent sets")
    if frame.empty:
        st.info("No sets yet: log your first one above.", icon=":material/info:")
        return
    unit = profile.unit
    frame = frame.assign(
        weight=frame["weight_kg"].map(lambda kg: None if kg != kg else round(from_kg(kg, unit), 2))
    )
    st.dataframe(
        frame[["performed_at", "exercise", "variant", "set_index", "reps", "weight", "rir"]],
        hide_index=True,
        width="stretch",
        column_config={
            "performed_at": st.column_config.DatetimeColumn("When", format="D MMM, HH:mm"),
            "exercise": "Exercise",
            "variant": "Variant",
            "set_index": st.column_config.NumberColumn("Set"),
            "reps": st.column_config.NumberColumn("Reps"),
            "weight": st.column_config.NumberColumn(f"Weight ({unit})", format="%g"),
            "rir": st.column_config.NumberColumn("RIR", format="%g"),
        },
    )
