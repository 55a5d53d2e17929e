"""Catalog cards for the Exercises page."""

from __future__ import annotations

import streamlit as st

from backfit.core import catalog
from backfit.services import patterns
from backfit.services.database import Store

_MOVEMENT_LABEL = {
    "vertical_pull": "Vertical pull",
    "horizontal_pull": "Horizontal pull",
    "hinge": "Hip hinge",
    "extension": "Back extension",
    "trunk": "Trunk endurance",
}
_LOAD_LABEL = {
    "high": ":red-badge[high spinal load]",
    "moderate": ":orange-badge[moderate spinal load]",
    "low": ":green-badge[low spinal load]",
    "none": ":green-badge[no spinal load]",
}
FAMILY_INTRO = {
    "trunk": (
        "McGill's big 3: the core of back-pain prevention. Holds of 8–10 seconds in descending "
        "rounds, easy, no shaking; 10–20 s between holds. No equipment."
    ),
    "upper_back": (
        "Posture work when there is no row station: light, high-rep pulls for the shoulder "
        "blades and rear shoulders. These never make a session hard."
    ),
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
                retired = " :gray-badge[never prescribed]" if variant.retired else ""
                st.markdown(
                    f"**{variant.name}**{retired}  \n:material/build: {needs}  \n"
                    f"{_LOAD_LABEL[variant.spinal_load]}"
                )
                if variant.note:
                    st.caption(variant.note)


def render_family(name: str) -> None:
    """A supporting family (TRAINING §1): what it is for, then each exercise with its cues."""
    st.info(FAMILY_INTRO[name], icon=":material/info:")
    for exercise in catalog.family(name):
        render_exercise(exercise)
        st.divider()


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


def render_custom_patterns(store: Store, profile: str) -> None:
    """Custom and imported exercises with their movement pattern, which the lifter may set.

    Only back patterns count as back work (volume, PRs, the muscle map); "other" keeps the
    sets in the log and lists them under "Other lifts" on Progress.
    """
    st.subheader(":material/category: Your exercises")
    found = patterns.custom_patterns(store, profile)
    if not found:
        st.caption(
            "No custom exercises yet. Imported names that are not in the catalog (and ones "
            "you create on the Log page) appear here, so you can say which are back work."
        )
        return
    st.caption(
        "Say which movement each one is. Back patterns count in your back volume, PRs and "
        'muscle map; "Other" keeps the sets in your log without counting them.'
    )
    for i, (name, movement) in enumerate(found.items()):
        line = st.container(horizontal=True, vertical_alignment="center")
        with line:
            st.text(name, width="stretch")
            chosen = st.selectbox(
                f"Movement pattern of {name}",
                patterns.PATTERNS,
                index=patterns.PATTERNS.index(movement),
                format_func=lambda p: patterns.PATTERN_NAMES.get(p, p),
                key=f"pattern_{i}_{name}",
                label_visibility="collapsed",
                width=260,
            )
        if chosen != movement:
            patterns.set_exercise_pattern(store, profile, name, chosen)
            st.toast(f"{name}: {patterns.PATTERN_NAMES[chosen]}", icon=":material/check:")
