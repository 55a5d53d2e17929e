"""Chart specs: fields, encodings, tooltips, alt text, colours, and bounded payloads.

Ten years of generated history go through the real analytics, and every chart built from the
whole range must carry at most 1,000 data rows (issue #5: bucketed in SQL, never in Vega).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import altair as alt
import pandas as pd
import pytest

from backfit import charts
from backfit.data import analytics
from backfit.data.store import Store
from bench.history import generate, write

MAX_ROWS = 1000


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[analytics.Progress]:
    path = tmp_path_factory.mktemp("decade") / "decade.duckdb"
    with Store.open(str(path)) as store:
        write(store, *generate(1, 10, seed=7))
        overview = analytics.overview(store, "me")
        assert overview.first is not None and overview.last is not None
        window = analytics.Window(overview.first, overview.last)
        assert window.days > 3600
        yield analytics.progress(store, "me", window, overview.last)


def build_all(result: analytics.Progress) -> dict[str, alt.TopLevelMixin]:
    return {
        "e1rm": charts.e1rm_chart(result.e1rm, "lb"),
        "weekly_sets": charts.weekly_sets_chart(result.volume, result.plan.band, 14),
        "calendar": charts.calendar_chart(result.calendar),
        "ladder": charts.ladder_chart(result.ladder),
        "balance": charts.balance_chart(result.balance),
        "pain": charts.pain_chart(result.pain),
        "extensions": charts.extensions_chart(result.extensions),
        "muscle_map": charts.muscle_map(result.recent_muscles),
    }


def data_rows(spec: dict[str, Any]) -> int:
    """Rows the browser receives: every named dataset plus inline `values`."""
    total = sum(len(rows) for rows in spec.get("datasets", {}).values())

    def inline(node: Any) -> int:
        if isinstance(node, dict):
            here = len(node["values"]) if isinstance(node.get("values"), list) else 0
            return here + sum(inline(v) for k, v in node.items() if k != "values")
        if isinstance(node, list):
            return sum(inline(v) for v in node)
        return 0

    return total + inline({k: v for k, v in spec.items() if k != "datasets"})


def encodings(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The encoding blocks of a chart and all its layers."""
    found = [spec["encoding"]] if "encoding" in spec else []
    for layer in spec.get("layer", []):
        found.extend(encodings(layer))
    return found


def fields(spec: dict[str, Any], channel: str) -> set[str]:
    return {e[channel]["field"] for e in encodings(spec) if "field" in e.get(channel, {})}


def tooltip_fields(spec: dict[str, Any]) -> set[str]:
    return {t["field"] for e in encodings(spec) for t in e.get("tooltip", []) if "field" in t}


def test_every_chart_stays_under_1000_rows_for_ten_years(decade: analytics.Progress) -> None:
    for name, chart in build_all(decade).items():
        rows = data_rows(chart.to_dict())
        assert 0 < rows <= MAX_ROWS, (name, rows)
    # One lift is drawn at a time, so a decade still gets weekly points; the calendar keeps
    # its last year as days and shows earlier years as a strip of weeks.
    assert decade.e1rm.attrs["grain"] == "week"
    assert decade.calendar.attrs["grain"] == "day"
    assert decade.calendar_years.attrs["grain"] == "week"
    assert data_rows(charts.calendar_chart(decade.calendar_years).to_dict()) <= MAX_ROWS


def test_every_chart_has_alt_text_a_title_and_tooltips(decade: analytics.Progress) -> None:
    for name, chart in build_all(decade).items():
        spec = chart.to_dict()
        assert len(spec.get("description", "")) > 40, name
        assert spec.get("title"), name
        assert tooltip_fields(spec), name
        assert spec["autosize"]["type"] == "fit-x", name


def test_no_chart_uses_vega_time_units(decade: analytics.Progress) -> None:
    for name, chart in build_all(decade).items():
        assert "timeUnit" not in str(chart.to_dict()), name


def test_e1rm_chart_draws_one_lift_with_points_trend_and_pr_labels(
    decade: analytics.Progress,
) -> None:
    lifts = charts.lifts_by_sessions(decade.e1rm)
    spec = charts.e1rm_chart(decade.e1rm, "lb", lifts[1]).to_dict()
    assert lifts[1] in spec["title"]
    assert fields(spec, "y") >= {"e1rm", "trend"}
    assert {"period", "lift", "e1rm", "reps", "load", "is_pr"} <= tooltip_fields(spec)
    assert "Estimated 1RM (lb)" in str(spec)
    assert fields(spec, "text") == {"pr_label"}
    (rows,) = [r for r in spec["datasets"].values() if "trend" in r[0]][:1]
    assert {r["lift"] for r in rows} == {lifts[1]}
    # A rolling mean never rises above the sessions it averages (no invented peaks).
    assert max(r["trend"] for r in rows) <= max(r["e1rm"] for r in rows) + 0.05
    assert "interpolate" not in str(spec) or "monotone" not in str(spec)


def test_e1rm_chart_with_one_session_draws_one_point() -> None:
    frame = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-03-04"]),
            "lift": ["Conventional deadlift"],
            "e1rm_kg": [100.0],
            "load_kg": [90.0],
            "reps": [3],
            "is_pr": [False],
            "sessions": [1],
        }
    )
    spec = charts.e1rm_chart(frame, "kg").to_dict()
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["circle"]


def test_e1rm_chart_shows_the_lifters_unit() -> None:
    frame = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-03-04"]),
            "lift": ["Conventional deadlift"],
            "e1rm_kg": [100.0],
            "load_kg": [90.0],
            "reps": [3],
            "is_pr": [True],
        }
    )
    spec = charts.e1rm_chart(frame, "lb").to_dict()
    (rows,) = spec["datasets"].values()
    assert rows[0]["e1rm"] == 220.5  # 100 kg in lb, rounded for display


def test_weekly_sets_chart_draws_the_target_band_and_plan(decade: analytics.Progress) -> None:
    spec = charts.weekly_sets_chart(decade.volume, (10, 20), planned=14).to_dict()
    bars, band, plan = spec["layer"]
    assert band["mark"]["type"] == "rect"
    assert bars["encoding"]["y"]["field"] == "sets_per_week"
    assert bars["encoding"]["x2"]["field"] == "period_end"
    assert plan["encoding"]["y"]["field"] == "planned"
    assert "10 to 20 sets" in spec["description"]
    band_rows = spec["datasets"][band["data"]["name"]]
    assert band_rows == [{"low": 10, "high": 20}]


def test_ladder_chart_puts_bodyweight_at_zero(decade: analytics.Progress) -> None:
    spec = charts.ladder_chart(decade.ladder).to_dict()
    assert fields(spec, "y") == {"y", "net"}
    colour = spec["layer"][2]["encoding"]["color"]
    assert colour["scale"]["domain"] == ["assisted", "negative", "bodyweight", "weighted"]
    assert set(colour["scale"]["range"]) <= set(charts.OKABE_ITO)


def test_balance_chart_has_the_four_movements(decade: analytics.Progress) -> None:
    spec = charts.balance_chart(decade.balance).to_dict()
    (rows,) = spec["datasets"].values()
    # In the one movement order of TRAINING §2 (`rules.MOVEMENTS`): heavy hinge first.
    assert [r["pattern"] for r in rows] == [
        "Hinge",
        "Vertical pull",
        "Horizontal pull",
        "Extension",
    ]


def test_pain_chart_has_two_independent_axes(decade: analytics.Progress) -> None:
    spec = charts.pain_chart(decade.pain).to_dict()
    assert spec["resolve"]["scale"]["y"] == "independent"
    assert fields(spec, "y") == {"working_sets", "pain_avg"}


def test_calendar_uses_days_for_a_year_and_weeks_beyond() -> None:
    days = pd.DataFrame(
        {
            "period": pd.to_datetime(["2024-03-04", "2024-03-06"]),
            "week": pd.to_datetime(["2024-03-04", "2024-03-04"]),
            "weekday": [1, 3],
            "year": [2024, 2024],
            "week_of_year": [10, 10],
            "sessions": [1, 1],
            "working_sets": [10, 12],
        }
    )
    days.attrs["grain"] = "day"
    spec = charts.calendar_chart(days).to_dict()
    assert spec["encoding"]["y"]["field"] == "weekday"
    assert spec["encoding"]["y"]["scale"]["domain"] == list(range(1, 8))
    weeks = days.copy()
    weeks.attrs["grain"] = "week"
    spec = charts.calendar_chart(weeks).to_dict()
    assert (spec["encoding"]["x"]["field"], spec["encoding"]["y"]["field"]) == (
        "week_of_year",
        "year",
    )


def test_muscle_map_colours_each_back_muscle() -> None:
    frame = pd.DataFrame({"muscle": ["lats", "glutes"], "working_sets": [12, 3]})
    spec = charts.muscle_map(frame).to_dict()
    features = spec["data"]["values"]
    muscles = {f["properties"]["muscle"] for f in features}
    expected = {"traps", "rhomboids", "lats", "rear delts", "erector spinae", "glutes"}
    assert expected | {"hamstrings"} == muscles
    sets = {f["properties"]["muscle"]: f["properties"]["working_sets"] for f in features}
    assert (sets["lats"], sets["glutes"], sets["traps"]) == (12, 3, 0)
    assert spec["mark"]["type"] == "geoshape"
    assert "lats 12" in spec["description"]


def test_empty_frames_still_build(tmp_path) -> None:
    with Store.open(str(tmp_path / "empty.duckdb")) as store:
        result = analytics.progress(
            store, "me", analytics.Window(date(2024, 1, 1), date(2024, 3, 31)), date(2024, 3, 31)
        )
    for name, chart in build_all(result).items():
        assert chart.to_dict()["description"], name


def test_png_and_csv_downloads(decade: analytics.Progress) -> None:
    png = charts.to_png(charts.balance_chart(decade.balance), scale=1)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    csv = charts.to_csv(decade.balance).decode()
    assert csv.splitlines()[0] == "movement,working_sets,share"
    assert len(csv.splitlines()) == 5


def test_the_theme_and_the_charts_share_one_palette() -> None:
    """`.streamlit/config.toml` cannot import Python, so this keeps its copy in step."""
    import tomllib
    from pathlib import Path

    config = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"
    theme = tomllib.loads(config.read_text(encoding="utf-8"))["theme"]
    assert tuple(theme["chartCategoricalColors"]) == charts.OKABE_ITO


@pytest.mark.parametrize(
    ("reps", "holds", "titles"),
    [
        ([12, 15], [None, None], ["Reps"]),
        ([0, 0], [10.0, 10.0], ["Longest hold (s)"]),
        ([12, 0], [None, 10.0], ["Reps", "Longest hold (s)"]),
    ],
    ids=["reps only", "holds only", "both"],
)
def test_back_extensions_draw_only_the_series_they_have(reps, holds, titles) -> None:
    """A series with no data gets no layer: no bare axis with a "0.000000" tick beside the other."""
    frame = pd.DataFrame({
        "period": pd.to_datetime(["2024-01-01", "2024-01-08"]),
        "working_sets": [3, 3],
        "reps": reps,
        "hold_s": [None if h is None else h * 3 for h in holds],
        "longest_hold_s": holds,
    })  # fmt: skip
    frame.attrs["grain"] = "week"
    spec = charts.extensions_chart(frame).to_dict()
    assert [layer["encoding"]["y"]["title"] for layer in spec["layer"]] == titles
    assert ("reps" in spec["description"]) == ("Reps" in titles)
    assert ("hold" in spec["description"]) == ("Longest hold (s)" in titles)
