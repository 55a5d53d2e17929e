"""The top of the Log page: units, which session (a routine day or free), and what to lift."""

from __future__ import annotations

import streamlit as st

from backfit.core import catalog
from backfit.core.rules import BODYWEIGHT_RANGE_KG
from backfit.core.training import Prescription
from backfit.core.units import from_kg, is_unit, to_kg
from backfit.services.database import Store
from backfit.services.logging import custom_exercises, recent_sets
from backfit.services.profiles import Profile, update_profile
from backfit.services.routines import StoredRoutine, active_routine
from backfit.services.targets import prescription_for


def render_unit_switch(store: Store, profile: Profile) -> Profile:
    """kg or lb for this profile: every weight on the page is shown and typed in it."""
    choice = st.segmented_control(
        "Units", ["kg", "lb"], default=profile.unit, key="log_unit", width="content"
    )
    if is_unit(choice) and choice != profile.unit:
        profile = update_profile(store, profile.name, unit=choice)
    return profile


def render_bodyweight(store: Store, profile: Profile) -> Profile:
    """The lifter's bodyweight: pull-ups count it in their effective load (TRAINING §3, §5)."""
    unit = profile.unit
    shown = (
        None if profile.bodyweight_kg is None else round(from_kg(profile.bodyweight_kg, unit), 1)
    )
    typed = st.number_input(
        f"Bodyweight ({unit})",
        min_value=round(from_kg(BODYWEIGHT_RANGE_KG[0], unit), 1),
        max_value=round(from_kg(BODYWEIGHT_RANGE_KG[1], unit), 1),
        value=shown,
        step=0.5,
        format="%g",
        key=f"log_bodyweight_{unit}",
        placeholder="not set",
        help="Used for pull-ups: bodyweight + added weight − assistance is the load you moved.",
    )
    if typed is not None and typed != shown:
        profile = update_profile(store, profile.name, bodyweight_kg=to_kg(typed, unit))
    return profile


def _day_label(index: int, name: str) -> str:
    """ "Day 1 · Monday", never "Day 1 · Day 1 · Monday" when the name already says the day."""
    prefix = f"Day {index + 1}"
    return name if name.startswith(prefix) else f"{prefix} · {name}"


def choose_day(store: Store, profile: Profile) -> tuple[StoredRoutine | None, int | None]:
    """A day of the active routine (query param `day=N`, 1-based) or a free session (None)."""
    stored = active_routine(store, profile.name)
    if stored is None:
        return None, None
    days = stored.routine.days
    options: list[int | None] = [None, *range(len(days))]
    wanted = st.query_params.get("day")
    index = 0
    if wanted and wanted.isdigit() and 1 <= int(wanted) <= len(days):
        index = int(wanted)
    choice = st.selectbox(
        "Session",
        options,
        index=index,
        format_func=lambda d: "Free session" if d is None else _day_label(d, days[d].name),
        key=f"log_day_{stored.version}",
    )
    if choice is None:
        st.query_params.pop("day", None)
    else:
        st.query_params["day"] = str(choice + 1)
    return stored, choice


def free_prescription(store: Store, profile: Profile) -> Prescription:
    """Exercise and variant pickers for a session without a routine day."""
    custom = sorted(custom_exercises(store, profile.name))
    names = {e.id: e.name for e in catalog.EXERCISES}
    options = [*catalog.EXERCISE_IDS, *custom]
    latest = recent_sets(store, profile.name, limit=1)
    last = latest["exercise"].iloc[0] if not latest.empty else None
    left, right = st.columns(2)
    exercise = left.selectbox(
        "Exercise",
        options,
        index=options.index(last) if last in options else 0,
        format_func=lambda e: names.get(e, e),
        key="log_exercise",
    )
    variant = None
    if catalog.is_catalog_exercise(exercise):
        ex = catalog.exercise(exercise)
        default = prescription_for(store, profile.name, exercise).variant
        ids = ex.variant_ids
        variant = right.selectbox(
            "Variant",
            ids,
            index=ids.index(default) if default in ids else 0,
            format_func=lambda v: ex.variant(v).name,
            key=f"log_variant_{exercise}",
        )
    return prescription_for(store, profile.name, exercise, variant)
