"""Training volume: weekly sets against the target band, movement balance, pain vs load."""

from __future__ import annotations

import altair as alt
import pandas as pd

from backfit.charts.style import (
    AUTOSIZE,
    BLACK,
    BLUE,
    GREEN,
    HEIGHT,
    MOVEMENT_LABELS,
    OKABE_ITO,
    ORANGE,
    VERMILLION,
    date_format,
    period_axis,
    with_end,
)


def weekly_sets_chart(
    frame: pd.DataFrame, band: tuple[int, int], planned: int | None = None
) -> alt.LayerChart:
    """Working sets per week for the back as a whole, against the goal's target band."""
    grain = frame.attrs.get("grain")
    low, high = band
    data = with_end(frame).assign(
        in_band=frame["sets_per_week"].between(low, high).map({True: "in band", False: "outside"})
    )
    band_layer = (
        alt.Chart(pd.DataFrame({"low": [low], "high": [high]}))
        .mark_rect(color=GREEN, opacity=0.2, stroke=GREEN, strokeDash=[4, 3])
        .encode(y=alt.Y("low:Q"), y2="high:Q")
    )
    bars = (
        alt.Chart(data)
        .mark_bar(cornerRadiusTopLeft=2, cornerRadiusTopRight=2, stroke="white", strokeWidth=0.5)
        .encode(
            x=period_axis(grain),
            x2="period_end:T",
            y2=alt.datum(0),
            y=alt.Y("sets_per_week:Q", title="Working sets per week"),
            color=alt.Color(
                "in_band:N",
                title=f"Target {low}–{high}",
                scale=alt.Scale(domain=["in band", "outside"], range=[BLUE, ORANGE]),
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("period:T", title="From", format=date_format(grain)),
                alt.Tooltip("sets_per_week:Q", title="Sets per week", format=".1f"),
                alt.Tooltip("working_sets:Q", title="Working sets"),
                alt.Tooltip("sessions:Q", title="Sessions"),
                alt.Tooltip("tonnage_kg:Q", title="Tonnage (kg)", format=",.0f"),
            ],
        )
    )
    # The band is drawn over the bars, faintly, so tall bars never hide it.
    layers: list[alt.Chart] = [bars, band_layer]
    if planned:
        layers.append(
            alt.Chart(pd.DataFrame({"planned": [planned]}))
            .mark_rule(color=BLACK, strokeDash=[4, 3])
            .encode(y="planned:Q", tooltip=[alt.Tooltip("planned:Q", title="Planned sets")])
        )
    return alt.LayerChart(layer=layers).properties(
        title="Weekly sets for the back",
        height=HEIGHT,
        autosize=AUTOSIZE,
        description=(
            f"Bar chart of working sets per week for the back; the shaded band is the target of "
            f"{low} to {high} sets"
            + (f" and the dashed line the plan's {planned} sets." if planned else ".")
        ),
    )


def balance_chart(frame: pd.DataFrame) -> alt.Chart:
    """Working sets per movement: vertical pull, horizontal pull, hinge, extension."""
    data = frame.assign(
        pattern=frame["movement"].map(MOVEMENT_LABELS).fillna(frame["movement"]),
        percent=frame["share"] * 100,
    )
    order = [MOVEMENT_LABELS[m] for m in MOVEMENT_LABELS]
    return (
        alt.Chart(data)
        .mark_bar(cornerRadiusEnd=3)
        .encode(
            y=alt.Y("pattern:N", title=None, sort=order),
            x=alt.X("working_sets:Q", title="Working sets"),
            color=alt.Color(
                "pattern:N", legend=None, scale=alt.Scale(domain=order, range=list(OKABE_ITO[:4]))
            ),
            tooltip=[
                alt.Tooltip("pattern:N", title="Movement"),
                alt.Tooltip("working_sets:Q", title="Working sets"),
                alt.Tooltip("percent:Q", title="Share (%)", format=".0f"),
            ],
        )
        .properties(
            title="Balance of movements",
            height=180,
            autosize=AUTOSIZE,
            description=(
                "Horizontal bar chart of working sets per movement pattern: vertical pull, "
                "horizontal pull, hinge and back extension."
            ),
        )
    )


def pain_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Pain check-ins (0–10) as points over the weekly working sets as bars."""
    grain = frame.attrs.get("grain")
    tooltip = [
        alt.Tooltip("period:T", title="From", format=date_format(grain)),
        alt.Tooltip("working_sets:Q", title="Working sets"),
        alt.Tooltip("tonnage_kg:Q", title="Tonnage (kg)", format=",.0f"),
        alt.Tooltip("pain_avg:Q", title="Average pain", format=".1f"),
        alt.Tooltip("pain_max:Q", title="Worst pain"),
        alt.Tooltip("worse:Q", title="'Worse' check-ins"),
    ]
    base = alt.Chart(with_end(frame)).encode(x=period_axis(grain), tooltip=tooltip)
    bars = base.mark_bar(color="#CBD5E1", stroke="white", strokeWidth=0.5).encode(
        x2="period_end:T",
        y2=alt.datum(0),
        y=alt.Y("working_sets:Q", title="Working sets", axis=alt.Axis(titleColor="#64748B")),
    )
    pain = (
        base.mark_line(color=VERMILLION, point=alt.OverlayMarkDef(color=VERMILLION), strokeWidth=2)
        .encode(
            y=alt.Y(
                "pain_avg:Q",
                title="Pain (0–10)",
                scale=alt.Scale(domain=[0, 10]),
                axis=alt.Axis(titleColor=VERMILLION),
            )
        )
        .transform_filter("isValid(datum.pain_avg)")
    )
    return (
        alt.layer(bars, pain)
        .resolve_scale(y="independent")
        .properties(
            title="Pain check-ins against load",
            height=HEIGHT,
            autosize=AUTOSIZE,
            description=(
                "Grey bars show working sets per period; the vermillion line shows the average "
                "pain check-in from 0 to 10 in the same period."
            ),
        )
    )
