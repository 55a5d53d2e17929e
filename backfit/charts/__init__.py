"""Altair chart builders for the Progress page: a DataFrame in, an `alt.Chart` out.

The frames come from `backfit.analytics`, already bucketed in SQL (weeks by `date_trunc`, never
Vega time units) and bounded to 1,000 rows. Every chart carries alt text (`description`), uses
the Okabe–Ito colours of the theme (distinct for colour-blind readers), and can be saved as PNG
(`to_png`, through vl-convert) or its data as CSV (`to_csv`). Weights arrive in kg and are shown
in the lifter's unit.
"""

from __future__ import annotations

from backfit.charts.calendar import calendar_chart
from backfit.charts.export import to_csv, to_png
from backfit.charts.muscle_map import muscle_map
from backfit.charts.strength import e1rm_chart, extensions_chart, ladder_chart
from backfit.charts.style import LADDER_COLOURS, MOVEMENT_LABELS, OKABE_ITO
from backfit.charts.trunk_tests import trunk_tests_chart
from backfit.charts.volume import balance_chart, pain_chart, weekly_sets_chart

__all__ = [
    "LADDER_COLOURS",
    "MOVEMENT_LABELS",
    "OKABE_ITO",
    "balance_chart",
    "calendar_chart",
    "e1rm_chart",
    "extensions_chart",
    "ladder_chart",
    "muscle_map",
    "pain_chart",
    "to_csv",
    "to_png",
    "trunk_tests_chart",
    "weekly_sets_chart",
]
