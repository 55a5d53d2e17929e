"""Exercises: the five foundational back exercises, the trunk-endurance and upper-back families
that support them, how to do them and how to progress."""

import streamlit as st

from backfit.core import catalog
from backfit.ui.exercises import (
    render_custom_patterns,
    render_exercise,
    render_family,
    render_framing,
)
from backfit.ui.profile import current_profile, get_store

st.title(":material/menu_book: Exercises")
st.caption(
    "Five foundational back exercises, two supporting families (trunk endurance and "
    "upper-back endurance), framed by a warm-up and stretching. "
    "Pick the variants your equipment allows; BackFit's routines do this for you."
)

# Pills wrap on a phone; a row of tabs ran off the screen.
FRAMING = "Warm-up & stretching"
CUSTOM = "Your exercises"
names = {e.name: e for e in catalog.family("foundational")}
families = {catalog.FAMILY_LABELS[f]: f for f in ("trunk", "upper_back")}
first = next(iter(names))
shown = st.pills(
    "Exercise", [*names, *families, FRAMING, CUSTOM], default=first, key="exercise_tab"
)
if shown in names:
    render_exercise(names[shown])
elif shown in families:
    render_family(families[shown])
elif shown == FRAMING:
    render_framing()
elif shown == CUSTOM:
    render_custom_patterns(get_store(), current_profile().name)
else:
    st.caption("Pick an exercise above.")
