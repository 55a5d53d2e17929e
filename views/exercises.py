"""Exercises: the five foundational back exercises, how to do them and how to progress."""

import streamlit as st

from backfit.core import catalog
from backfit.ui.exercises import render_exercise, render_framing

st.title(":material/menu_book: Exercises")
st.caption(
    "Five foundational back exercises, framed by a warm-up and stretching. "
    "Pick the variants your equipment allows; BackFit's routines do this for you."
)

tabs = st.tabs([f"{e.name}" for e in catalog.EXERCISES] + ["Warm-up & stretching"])
for tab, exercise in zip(tabs, catalog.EXERCISES, strict=False):
    with tab:
        render_exercise(exercise)
with tabs[-1]:
    render_framing()
