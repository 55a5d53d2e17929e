"""Catalog cards for the Exercises page."""

from __future__ import annotations

import streamlit as st

from backfit.core import catalog

_MOVEMENT_LABEL = {
    "vertical_pull": "Vertical pull",
    "horizontal_pull": "Horizontal pull",
    "hinge": "Hip hinge",
    "extension": "Back extension",
}
_EQUIPMENT_NAME = {e.id: e.name for e in catalog.EQUIPMENT}


def equipment_label(needs: tuple[str, ...]) -> str:
    return " + ".join(_EQUIPMENT_NAME[n] for n in needs) if needs else "Nothing (floor)"


def render_exercise(exercise: catalog.Exercise) -> None:
    """One exercise: what it works, its variants and their equipment, cues and progression."""
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.subheader(f"{exercise.icon} {exercise.name}")
        st.markdown(
            f":gray-badge[{_MOVEMENT_LABEL[exercise.movement]}] "
            + " ".join(f":green-badge[{m}]" for m in exercise.muscles)
        )
        st.markdown("**Form cues**")
        st.markdown("\n".join(f"- {cue}" for cue in exercise.cues))
        st.markdown("**How to progress**")
        st.info(exercise.progression, icon=":material/trending_up:")
    with right:
        st.markdown("**Variants**")
        for variant in exercise.variants:
            with st.container(border=True):
                needs = equipment_label(variant.needs)
                st.markdown(f"**{variant.name}**  \n:material/build: {needs}")
                if variant.note:
                    st.caption(variant.note)


def render_framing() -> None:
    """The warm-up that opens and the stretches that close every session."""
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader(":material/directions_run: Warm-up")
        st.caption("5–10 minutes before every session (ACSM).")
        for item in catalog.WARMUP:
            with st.container(border=True):
                st.markdown(f"**{item.name}** · {item.minutes:g} min  \n{item.how}")
    with right:
        st.subheader(":material/self_improvement: Stretching")
        st.caption("Static holds of 10–30 s, 2–4 times each, after training (ACSM).")
        for stretch in catalog.STRETCHES:
            with st.container(border=True):
                st.markdown(
                    f"**{stretch.name}** · {stretch.sets} × {stretch.hold_s} s  \n{stretch.how}"
                )
    st.subheader(":material/health_and_safety: Safety")
    for note in catalog.SAFETY_NOTES:
        st.warning(note, icon=":material/info:")
