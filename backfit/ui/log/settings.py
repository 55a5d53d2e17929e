"""Settings on the Log page: the kit every target is loadable on, and the lighter week."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from backfit.core.errors import ValidationError
from backfit.core.rules import LIGHTER_WEEK_EVERY_RANGE
from backfit.core.training import parse_weights
from backfit.core.training.plates import format_plates
from backfit.services.database import Store
from backfit.services.equipment import (
    get_equipment,
    set_lighter_week_every,
    set_lighter_week_skipped,
    update_equipment,
)
from backfit.services.profiles import Profile
from backfit.services.targets import LighterWeek, lighter_week


def render_lighter_week_notice(
    store: Store, profile: Profile, week: LighterWeek | None = None
) -> None:
    """Say so when this is a planned lighter week (TRAINING §4), shown on Log and Routine.

    `week`: the lighter week already worked out for this run, if the page has it.
    """
    week = week or lighter_week(store, profile.name, datetime.now())
    if week.lighter:
        st.info(week.describe(), icon=":material/self_improvement:")


def render_equipment_settings(
    store: Store, profile: Profile, week: LighterWeek | None = None
) -> None:
    """Dumbbells owned, plates and bar, stack and assisted-machine steps, lighter week."""
    unit = profile.unit
    week = week or lighter_week(store, profile.name, datetime.now())
    kit = get_equipment(store, profile.name, unit)
    with st.expander(":material/settings: Settings: your equipment", expanded=False):
        st.caption(
            f"Every target is a load you can make with this kit, in {unit}. Dumbbells: the "
            "ones you own; plates: size×pairs."
        )
        with st.form("equipment_settings", border=False):
            dumbbells = st.text_input(
                f"Dumbbells you own ({unit})", ", ".join(f"{w:g}" for w in kit.dumbbells)
            )
            plates = st.text_input(
                f"Plates ({unit}, size×pairs)", format_plates(kit.plate_inventory)
            )
            left, mid, right = st.columns(3)
            bar = left.number_input(f"Bar ({unit})", value=kit.bar, step=0.5, format="%g")
            stack = mid.number_input(
                f"Cable stack step ({unit})", value=kit.stack_step, step=0.25, format="%g"
            )
            assist = right.number_input(
                f"Assisted machine step ({unit})", value=kit.assist_step, step=0.25, format="%g"
            )
            low, high = LIGHTER_WEEK_EVERY_RANGE
            every = st.slider(
                "A lighter week every … weeks of training",
                low,
                high,
                week.every,
            )
            problem = st.empty()
            saved = st.form_submit_button("Save equipment", icon=":material/save:", width="stretch")
        if saved:
            try:
                update_equipment(
                    store,
                    profile.name,
                    unit=unit,
                    dumbbells=parse_weights(dumbbells),
                    plates=plates,
                    bar=bar,
                    stack_step=stack,
                    assist_step=assist,
                )
                set_lighter_week_every(store, profile.name, every)
            except ValidationError as exc:
                problem.error(str(exc), icon=":material/error:")
            else:
                st.session_state["log_flash"] = "Equipment saved"
                st.rerun()
        st.caption(week.describe())
        if week.due:
            skip = st.toggle("Skip this lighter week", value=week.skipped, key="skip_lighter")
            if skip != week.skipped:
                set_lighter_week_skipped(store, profile.name, week.week, skip)
                st.rerun()
