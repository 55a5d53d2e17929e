"""The first-run welcome: three ways in for a profile with no sets and no routine."""

from __future__ import annotations

import streamlit as st

from backfit.services import first_run
from backfit.services.database import Store
from backfit.ui import nav
from backfit.ui.profile import start_demo


def render_welcome(store: Store, profile: str) -> None:
    """A welcome card with three paths, shown only while `profile` is empty."""
    if first_run.has_data(store, profile):
        return
    with st.container(border=True, key="welcome_card"):
        st.markdown("#### :material/waving_hand: Welcome to BackFit")
        st.write(
            "BackFit builds a weekly back routine from what you want, logs every set into a "
            "database file you own, and shows your progress. Three ways to start:"
        )
        goals, data, demo = st.columns(3)
        with goals:
            st.markdown("**Set your goals**")
            st.caption("Move the sliders below, then press *Train this* on the Routine page.")
            st.page_link(nav.ROUTINE.path, label="See the routine", icon=":material/tune:")
        with data:
            st.markdown("**Bring your history**")
            st.caption("Import a Strong or Hevy export (CSV): nothing is lost.")
            st.page_link(nav.DATA.path, label="Import from Strong/Hevy",
                         icon=":material/upload_file:")  # fmt: skip
        with demo:
            st.markdown("**Look around first**")
            st.caption("A generated year of training in a separate demo profile; one click "
                       "deletes it.")  # fmt: skip
            st.button(
                "Try demo data",
                icon=":material/science:",
                on_click=start_demo,
                args=(store,),
                key="try_demo",
            )
