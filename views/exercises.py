"""Exercises: the five foundational back exercises, the trunk-endurance and upper-back families
that support them, how to do them and how to progress."""

import streamlit as st

from backfit.core import catalog
from backfit.ui.exercises import render_exercise, render_family, render_framing

st.title(":material/menu_book: Exercises")
st.caption(
    "Five foundational back exercises, two supporting families (trunk endurance and "
    "upper-back endurance), framed by a warm-up and stretching. "
    "Pick the variants your equipment allows; BackFit's routines do this for you."
)

foundational = catalog.family("foundational")
families = ("trunk", "upper_back")
tabs = st.tabs(
    [e.name for e in foundational]
    + [catalog.FAMILY_LABELS[f] for f in families]
    + ["Warm-up & stretching"]
)
for tab, exercise in zip(tabs, foundational, strict=False):
    with tab:
        render_exercise(exercise)
for tab, name in zip(tabs[len(foundational) :], families, strict=False):
    with tab:
        render_family(name)
with tabs[-1]:
    render_framing()
