"""Altair chart builders for the Progress page: a DataFrame in, an `alt.Chart` out.

The frames come from `backfit.analytics`, already bucketed in SQL (weeks by `date_trunc`, never
Vega time units) and bounded to 1,000 rows. Every chart carries alt text (`description`), uses
the Okabe–Ito colours of the theme (distinct for colour-blind readers), and can be saved as PNG
(`to_png`, through vl-convert) or its data as CSV (`to_csv`). Weights arrive in kg and are shown
in the lifter's unit.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from backfit.charts.calendar import calendar_chart
    from backfit.charts.export import to_csv, to_png
    from backfit.charts.muscle_map import muscle_map
    from backfit.charts.strength import (
        e1rm_chart,
        extensions_chart,
        ladder_chart,
        lifts_by_sessions,
    )
    from backfit.charts.style import LADDER_COLOURS, MOVEMENT_LABELS, OKABE_ITO
    from backfit.charts.trunk_tests import trunk_tests_chart
    from backfit.charts.volume import balance_chart, pain_chart, weekly_sets_chart

# Each name's module, imported on first use (PEP 562): the Goals page imports
# `backfit.charts.routine`, which must not load the Progress charts or vl-convert with it
# (cold start, issue #16).
_HOME = {
    "calendar_chart": "calendar",
    "to_csv": "export",
    "to_png": "export",
    "muscle_map": "muscle_map",
    "e1rm_chart": "strength",
    "extensions_chart": "strength",
    "ladder_chart": "strength",
    "lifts_by_sessions": "strength",
    "LADDER_COLOURS": "style",
    "MOVEMENT_LABELS": "style",
    "OKABE_ITO": "style",
    "trunk_tests_chart": "trunk_tests",
    "balance_chart": "volume",
    "pain_chart": "volume",
    "weekly_sets_chart": "volume",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"backfit.charts.{_HOME[name]}"), name)
    # Bound here once: importing the `muscle_map` module binds the package attribute of the
    # same name to the module, and the function must win, as with a plain `from … import`.
    globals()[name] = value
    return value


__all__ = [
    "LADDER_COLOURS",
    "MOVEMENT_LABELS",
    "OKABE_ITO",
    "balance_chart",
    "calendar_chart",
    "e1rm_chart",
    "extensions_chart",
    "ladder_chart",
    "lifts_by_sessions",
    "muscle_map",
    "pain_chart",
    "to_csv",
    "to_png",
    "trunk_tests_chart",
    "weekly_sets_chart",
]
