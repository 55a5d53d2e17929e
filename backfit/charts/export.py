"""Saving a chart: PNG through vl-convert (no browser needed) and its data as CSV."""

from __future__ import annotations

import altair as alt
import pandas as pd


def to_png(chart: alt.TopLevelMixin | dict, scale: float = 2.0) -> bytes:
    """The chart (or its Vega-Lite spec) as a PNG image, rendered by vl-convert, no browser."""
    import vl_convert  # a large native library: loaded when a PNG is asked for, not at start

    spec = chart if isinstance(chart, dict) else chart.to_dict()
    return vl_convert.vegalite_to_png(spec, scale=scale)


def to_csv(frame: pd.DataFrame) -> bytes:
    """A chart's data as UTF-8 CSV for download."""
    return frame.to_csv(index=False).encode("utf-8")
