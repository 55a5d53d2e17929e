"""Shared look of the Progress charts: Okabe–Ito colours, sizes, period axes, kg columns."""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd

from backfit.charts.colors import (  # noqa: F401 (re-exported: the charts' palette)
    BLACK,
    BLUE,
    GREEN,
    OKABE_ITO,
    ORANGE,
    PURPLE,
    SKY,
    VERMILLION,
    YELLOW,
)
from backfit.core.units import Unit, from_kg

GREY_LINE = "#6B7280"
LADDER_COLOURS = {"assisted": SKY, "negative": PURPLE, "bodyweight": GREEN, "weighted": BLUE}
MOVEMENT_LABELS = {
    "vertical_pull": "Vertical pull",
    "horizontal_pull": "Horizontal pull",
    "hinge": "Hinge",
    "extension": "Extension",
}
HEIGHT = 260
# Fit the container's width but keep the plot's own height: with Streamlit's default ("fit")
# a bottom legend and the title are squeezed out of the chart's height.
AUTOSIZE = alt.AutoSizeParams(type="fit-x", contains="padding")


def period_axis(grain: str | None) -> alt.X:
    title = {"day": "Session", "week": "Week", "month": "Month", "quarter": "Quarter"}.get(
        grain or "week", "Year"
    )
    return alt.X(
        "period:T",
        title=title,
        axis=alt.Axis(format=axis_format(grain), labelOverlap="greedy", labelAngle=0, tickCount=6),
    )


def axis_format(grain: str | None) -> Any:
    """Vega's own multi-scale labels ("Mar 04", "April", "2024") fit any range; years say "2024".

    The tooltip keeps the full date.
    """
    return "%Y" if grain == "year" else alt.Undefined


def date_format(grain: str | None) -> str:
    return {"month": "%b %Y", "quarter": "%b %Y", "year": "%Y"}.get(grain or "", "%d %b %Y")


def with_end(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds `period_end`, so bars span their bucket (a week's bar is a week wide)."""
    grain = frame.attrs.get("grain", "week")
    step = {
        "day": pd.DateOffset(days=1),
        "week": pd.DateOffset(days=7),
        "month": pd.DateOffset(months=1),
        "quarter": pd.DateOffset(months=3),
        "year": pd.DateOffset(years=1),
    }[grain]
    start = pd.to_datetime(frame["period"]) if len(frame) else frame["period"]
    out = frame.assign(period_end=start + step if len(frame) else start)
    out.attrs = dict(frame.attrs)
    return out


def kg_columns(frame: pd.DataFrame, columns: list[str], unit: Unit) -> pd.DataFrame:
    """Copies of the kg columns in the lifter's unit, rounded for display (DESIGN §3)."""
    frame = frame.copy()
    for column in columns:
        if column in frame:
            frame[column.removesuffix("_kg")] = frame[column].map(
                lambda kg: None if pd.isna(kg) else round(from_kg(float(kg), unit), 1)
            )
    return frame
