"""Hypothesis strategies shared by the goals and routine tests."""

from __future__ import annotations

from hypothesis import strategies as st

from backfit.core.catalog import EQUIPMENT_IDS
from backfit.core.goals import LEVELS, Goals

sliders = st.integers(0, 100)
equipment = st.frozensets(st.sampled_from(sorted(EQUIPMENT_IDS)))


@st.composite
def goals(draw: st.DrawFn) -> Goals:
    posture, pain, strength = draw(st.tuples(sliders, sliders, sliders).filter(lambda t: any(t)))
    return Goals(
        posture=posture,
        pain=pain,
        strength=strength,
        level=draw(st.sampled_from(LEVELS)),
        days=draw(st.integers(1, 6)),
        minutes=draw(st.integers(20, 120)),
        equipment=draw(equipment),
        pullups=draw(st.integers(0, 30)),
    )
