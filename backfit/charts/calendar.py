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
        # A strip per year with every week of the year in place (1–53), so a year with four
        # training weeks is four small squares, never four giant blocks.
        data = frame
        encoding = {
            "x": alt.X(
                "week_of_year:O",
                title=None,
                scale=alt.Scale(domain=list(range(1, 54))),
                axis=alt.Axis(
                    values=[1, 5, 9, 14, 18, 22, 27, 31, 36, 40, 44, 49],
                    labelExpr=(
                        "{1: 'Jan', 5: 'Feb', 9: 'Mar', 14: 'Apr', 18: 'May', 22: 'Jun', "
                        "27: 'Jul', 31: 'Aug', 36: 'Sep', 40: 'Oct', 44: 'Nov', 49: 'Dec'}"
                        "[datum.value]"
                    ),
                    labelAngle=0,
                ),
            ),
            "y": alt.Y("year:O", title=None),
        }
        what = "Strip of training weeks, one row per earlier year, darker for more sets."
    return (
        alt.Chart(data)
        .mark_rect(cornerRadius=2, stroke="white", strokeWidth=1)
        .encode(**encoding, color=colour, tooltip=tooltip)
        .properties(title="Training calendar" if grain == "day" else "Earlier years",
                    height=150 if grain == "day" else 24 * max(1, data["year"].nunique()),
                    autosize=AUTOSIZE, description=what)
    )  # fmt: skip
