"""Strength over time: estimated 1RM per lift, the pull-up ladder, back extensions."""

from __future__ import annotations

import altair as alt
import pandas as pd

from backfit.charts.style import (
    AUTOSIZE,
    BLACK,
    GREEN,
    HEIGHT,
    LADDER_COLOURS,
    OKABE_ITO,
    PURPLE,
    date_format,
    kg_columns,
    period_axis,
    with_end,
)
from backfit.core.units import Unit


def e1rm_chart(frame: pd.DataFrame, unit: Unit = "kg") -> alt.LayerChart:
    """Estimated 1RM per lift over time, with its PRs as larger filled points."""
    data = kg_columns(frame, ["e1rm_kg", "load_kg"], unit)
    grain = frame.attrs.get("grain")
    base = alt.Chart(data).encode(
        x=period_axis(grain),
        y=alt.Y("e1rm:Q", title=f"Estimated 1RM ({unit})", scale=alt.Scale(zero=False)),
        color=alt.Color(
            "lift:N",
            title="Lift",
            scale=alt.Scale(range=list(OKABE_ITO)),
            legend=alt.Legend(orient="bottom", columns=2),
        ),
        tooltip=[
            alt.Tooltip("period:T", title="When", format=date_format(grain)),
            alt.Tooltip("lift:N", title="Lift"),
            alt.Tooltip("e1rm:Q", title=f"e1RM ({unit})", format=".1f"),
            alt.Tooltip("reps:Q", title="Reps"),
            alt.Tooltip("load:Q", title=f"Load ({unit})", format=".1f"),
            alt.Tooltip("is_pr:N", title="PR"),
        ],
    )
    lines = base.mark_line(strokeWidth=2, interpolate="monotone")
    points = base.mark_point(filled=True, size=90, shape="diamond").transform_filter(
        alt.datum.is_pr
    )
    return (lines + points).properties(
        title="Estimated 1RM",
        height=HEIGHT,
        autosize=AUTOSIZE,
        description=(
            f"Line chart of estimated one-rep max in {unit} per lift over time (Epley); "
            "diamonds mark personal records."
        ),
    )


def ladder_chart(frame: pd.DataFrame, unit: Unit = "kg") -> alt.LayerChart:
    """The pull-up ladder: assistance below zero, bodyweight at zero, added load above."""
    grain = frame.attrs.get("grain")
    data = kg_columns(frame, ["net_kg", "effective_kg"], unit).rename(columns={"net": "net"})
    base = alt.Chart(data).encode(
        x=period_axis(grain),
        y=alt.Y("net:Q", title=f"Added load − assistance ({unit})"),
    )
    zero = (
        alt.Chart(pd.DataFrame({"y": [0], "label": ["bodyweight"]}))
        .mark_rule(color=BLACK, strokeDash=[4, 3])
        .encode(y="y:Q")
    )
    line = base.mark_line(color="#9CA3AF", strokeWidth=1.5).transform_filter("isValid(datum.net)")
    points = (
        base.mark_circle(size=60, opacity=0.9)
        .encode(
            color=alt.Color(
                "stage:N",
                title="Ladder",
                scale=alt.Scale(domain=list(LADDER_COLOURS), range=list(LADDER_COLOURS.values())),
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("period:T", title="When", format=date_format(grain)),
                alt.Tooltip("stage:N", title="Stage"),
                alt.Tooltip("net:Q", title=f"Added − assistance ({unit})", format=".1f"),
                alt.Tooltip("effective:Q", title=f"Effective load ({unit})", format=".1f"),
                alt.Tooltip("best_reps:Q", title="Best reps"),
                alt.Tooltip("working_sets:Q", title="Sets"),
            ],
        )
        .transform_filter("isValid(datum.net)")
    )
    return alt.LayerChart(layer=[zero, line, points]).properties(
        title="Pull-up ladder",
        height=HEIGHT,
        autosize=AUTOSIZE,
        description=(
            f"Pull-up progress over time in {unit}: points below the dashed bodyweight line are "
            "assisted, on it bodyweight, above it weighted; colour shows the ladder stage."
        ),
    )


def extensions_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Back-extension reps (bars) and the longest hold (line) per period."""
    grain = frame.attrs.get("grain")
    base = alt.Chart(with_end(frame)).encode(
        x=period_axis(grain),
        tooltip=[
            alt.Tooltip("period:T", title="When", format=date_format(grain)),
            alt.Tooltip("working_sets:Q", title="Sets"),
            alt.Tooltip("reps:Q", title="Reps"),
            alt.Tooltip("hold_s:Q", title="Hold time (s)", format=".0f"),
            alt.Tooltip("longest_hold_s:Q", title="Longest hold (s)", format=".0f"),
        ],
    )
    reps = base.mark_bar(color=GREEN, opacity=0.8, stroke="white", strokeWidth=0.5).encode(
        x2="period_end:T",
        y2=alt.datum(0),
        y=alt.Y("reps:Q", title="Reps", axis=alt.Axis(titleColor=GREEN)),
    )
    holds = (
        base.mark_line(color=PURPLE, point=alt.OverlayMarkDef(color=PURPLE))
        .encode(
            y=alt.Y("longest_hold_s:Q", title="Longest hold (s)", axis=alt.Axis(titleColor=PURPLE))
        )
        .transform_filter("isValid(datum.longest_hold_s)")
    )
    return (
        alt.layer(reps, holds)
        .resolve_scale(y="independent")
        .properties(
            title="Back extensions",
            height=HEIGHT,
            autosize=AUTOSIZE,
            description=(
                "Green bars show back-extension reps per period; the purple line shows the "
                "longest timed hold in seconds."
            ),
        )
    )
