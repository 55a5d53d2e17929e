"""Altair charts for the Goals and Routine pages: DataFrame in, chart out (DESIGN §2).

Kept apart from `backfit/charts.py` (progress charts) so the two pages can change independently.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from backfit.charts.colors import GOAL_COLORS, GREEN
from backfit.core.goals import GOAL_LABELS, GOAL_NAMES, Goals
from backfit.core.routine.model import Routine

MOVEMENT_OF = {
    "pull_up": "Vertical pull",
    "lat_pulldown": "Vertical pull",
    "row": "Row",
    "deadlift": "Deadlift",
    "back_extension": "Back extension",
}
#: The supporting families (TRAINING §1) by pattern: rows and upper-back work.
PATTERN_LABEL = {
    "horizontal_pull": "Row",
    "vertical_pull": "Vertical pull",
    "hinge": "Deadlift",
    "extension": "Back extension",
}


def goal_mix_frame(goals: Goals) -> pd.DataFrame:
    """One row per goal: its slider value and share of the mix."""
    total = goals.posture + goals.pain + goals.strength
    return pd.DataFrame(
        {
            "goal": [GOAL_LABELS[g].capitalize() for g in GOAL_NAMES],
            "key": list(GOAL_NAMES),
            "value": [getattr(goals, g) for g in GOAL_NAMES],
            "share": [getattr(goals, g) / total if total else 0.0 for g in GOAL_NAMES],
        }
    )


def goal_mix_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """A single bar split by goal share, labelled in place: how the goals share the plan."""
    frame = frame[frame["value"] > 0].copy()
    frame["end"] = frame["share"].cumsum()
    frame["start"] = frame["end"] - frame["share"]
    frame["middle"] = (frame["start"] + frame["end"]) / 2
    short = frame["key"].map({"posture": "Posture", "pain": "Pain", "strength": "Strength"})
    frame["label"] = short + " " + (frame["share"] * 100).round().astype(int).astype(str)
    frame["label"] += "%"
    x_scale = alt.Scale(domain=[0, 1])
    bars = (
        alt.Chart(frame)
        .mark_bar(height=34, cornerRadius=4)
        .encode(
            x=alt.X("start:Q", scale=x_scale, axis=None),
            x2="end:Q",
            color=alt.Color(
                "key:N",
                scale=alt.Scale(domain=list(GOAL_COLORS), range=list(GOAL_COLORS.values())),
                legend=None,
            ),
            tooltip=[
                alt.Tooltip("goal:N", title="Goal"),
                alt.Tooltip("value:Q", title="Slider"),
                alt.Tooltip("share:Q", title="Share", format=".0%"),
            ],
        )
    )
    labels = (
        alt.Chart(frame)
        .mark_text(color="white", fontWeight="bold", fontSize=12)
        .encode(x=alt.X("middle:Q", scale=x_scale), text="label:N")
    )
    return alt.LayerChart(layer=[bars, labels]).properties(height=44)


def weekly_volume_frame(routine: Routine) -> pd.DataFrame:
    """Working sets per day and movement, in week order."""
    rows = [
        {
            "day": day.name.split(" · ")[-1][:3] if " · " in day.name else day.name,
            "order": index,
            "movement": MOVEMENT_OF.get(plan.exercise) or PATTERN_LABEL.get(plan.pattern, "Other"),
            "sets": plan.sets,
        }
        for index, day in enumerate(routine.days)
        for plan in day.exercises
        if plan.pattern != "trunk"  # trunk holds are not working sets (TRAINING §2)
    ]
    return pd.DataFrame(rows, columns=["day", "order", "movement", "sets"])


def weekly_volume_chart(frame: pd.DataFrame, band: tuple[int, int] | None) -> alt.LayerChart:
    """Cumulative weekly working sets, stacked by movement, against the level's target band.

    Bars show each day's sets; the line is the running total so the eye can read where the
    week lands inside (or outside) the shaded band.
    """
    frame = frame.sort_values("order")
    totals = frame.groupby(["order", "day"], as_index=False)["sets"].sum()
    totals["week_total"] = totals["sets"].cumsum()
    day_sort = list(totals["day"])
    bars = (
        alt.Chart(frame)
        .mark_bar(cornerRadiusTopLeft=3, cornerRadiusTopRight=3)
        .encode(
            x=alt.X("day:N", sort=day_sort, title=None),
            y=alt.Y("sum(sets):Q", title="Working sets"),
            # Two columns: on a phone one row of five names ran off the chart's right edge.
            color=alt.Color(
                "movement:N",
                legend=alt.Legend(orient="bottom", title=None, columns=2, labelLimit=0),
            ),
            tooltip=["day:N", "movement:N", alt.Tooltip("sum(sets):Q", title="Sets")],
        )
    )
    line = (
        alt.Chart(totals)
        .mark_line(point=True, color="#888", strokeDash=[4, 3])
        .encode(
            x=alt.X("day:N", sort=day_sort),
            y="week_total:Q",
            tooltip=[
                alt.Tooltip("day:N", title="Through"),
                alt.Tooltip("week_total:Q", title="Week so far"),
            ],
        )
    )
    # The dashed line says what it is where it ends, rather than in a legend of its own.
    label = (
        alt.Chart(totals.tail(1))
        .mark_text(align="right", dx=-8, dy=-10, color="#888")
        .encode(x=alt.X("day:N", sort=day_sort), y="week_total:Q", text=alt.value("week total"))
    )
    layers: list[alt.Chart] = []
    if band is not None:
        band_frame = pd.DataFrame({"low": [band[0]], "high": [band[1]]})
        layers.append(
            alt.Chart(band_frame)
            .mark_rect(opacity=0.15, color=GREEN)
            .encode(y="low:Q", y2="high:Q", tooltip=["low:Q", "high:Q"])
        )
    return alt.LayerChart(layer=[*layers, bars, line, label]).properties(height=260)
