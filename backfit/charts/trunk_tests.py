"""McGill trunk-endurance tests over time (TRAINING §5): one line per test, the norms dashed."""

from __future__ import annotations

import altair as alt
import pandas as pd

from backfit.charts.style import BLUE, GREEN, ORANGE, PURPLE
from backfit.core.rules import ENDURANCE_NORMS_S

_COLOURS = {"extensor": BLUE, "flexor": ORANGE, "side_left": GREEN, "side_right": PURPLE}


def trunk_tests_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """`frame` has test, name, seconds, at; dashed rules mark the healthy means for men."""
    names = frame.drop_duplicates("test").set_index("test")["name"].to_dict() if len(frame) else {}
    tests = [t for t in _COLOURS if t in names]
    colour = alt.Color(
        "name:N",
        title="Test",
        scale=alt.Scale(domain=[names[t] for t in tests], range=[_COLOURS[t] for t in tests]),
    )
    base = alt.Chart(frame).encode(
        x=alt.X("at:T", title="Date"),
        y=alt.Y("seconds:Q", title="Hold to failure (s)"),
        color=colour,
        tooltip=[
            alt.Tooltip("name:N", title="Test"),
            alt.Tooltip("at:T", title="When", format="%d %b %Y"),
            alt.Tooltip("seconds:Q", title="Seconds", format=".0f"),
        ],
    )
    lines = base.mark_line(point=True, strokeWidth=2)
    norms = pd.DataFrame([{"name": names[t], "norm": ENDURANCE_NORMS_S[t][0]} for t in tests])
    rules = (
        alt.Chart(norms)
        .mark_rule(strokeDash=[4, 4], opacity=0.6)
        .encode(
            y="norm:Q", color=colour, tooltip=[alt.Tooltip("norm:Q", title="McGill mean, men (s)")]
        )
    )
    return alt.LayerChart(layer=[lines, rules]).properties(
        title="Trunk-endurance tests",
        height=260,
        width="container",
        description=(
            "One line per McGill trunk-endurance test (seconds held to failure) over time; the "
            "dashed lines are McGill's healthy means for men in the same colours."
        ),
    )
