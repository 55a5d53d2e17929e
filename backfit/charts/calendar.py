"""The training calendar: a GitHub-style grid of days (or weeks for long ranges)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from backfit.charts.style import AUTOSIZE


def calendar_chart(frame: pd.DataFrame) -> alt.Chart:
    """Training days as a heatmap: weeks × weekdays, or years × weeks for long ranges."""
    grain = frame.attrs.get("grain", "day")
    tooltip = [
        alt.Tooltip("period:T", title="Day" if grain == "day" else "Week of", format="%d %b %Y"),
        alt.Tooltip("sessions:Q", title="Sessions"),
        alt.Tooltip("working_sets:Q", title="Working sets"),
    ]
    colour = alt.Color(
        "working_sets:Q",
        title="Working sets",
        scale=alt.Scale(scheme="blues", domainMin=0),
        legend=alt.Legend(orient="bottom"),
    )
    if grain == "day":
        # Columns are the SQL week starts (no Vega time units); labels are pre-formatted text.
        data = frame.assign(week_label=pd.to_datetime(frame["week"]).dt.strftime("%d %b %Y"))
        encoding = {
            "x": alt.X(
                "week_label:O",
                title=None,
                sort=alt.EncodingSortField(field="week", op="min"),
                axis=alt.Axis(
                    labelExpr="slice(datum.value, 0, 6)", labelOverlap=True, labelAngle=0
                ),
            ),
            "y": alt.Y(
                "weekday:O",
                title=None,
                scale=alt.Scale(domain=list(range(1, 8))),
                axis=alt.Axis(
                    labelExpr="['', 'Mon', '', 'Wed', '', 'Fri', '', 'Sun'][datum.value]"
                ),
            ),
        }
        what = "Calendar heatmap of training days, one square per day, darker for more sets."
    else:
        data = frame
        encoding = {
            "x": alt.X(
                "week_of_year:O", title="Week of the year", axis=alt.Axis(labelOverlap=True)
            ),
            "y": alt.Y("year:O", title=None),
        }
        what = "Heatmap of training weeks, one square per week of each year, darker for more sets."
    return (
        alt.Chart(data)
        .mark_rect(cornerRadius=2, stroke="white", strokeWidth=1)
        .encode(**encoding, color=colour, tooltip=tooltip)
        .properties(title="Training calendar", height=150 if grain == "day" else 220,
                    autosize=AUTOSIZE, description=what)
    )  # fmt: skip
