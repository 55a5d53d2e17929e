"""Altair chart builders for the Progress page: a DataFrame in, an `alt.Chart` out.

The frames come from `backfit.analytics`, already bucketed in SQL (weeks by `date_trunc`, never
Vega time units) and bounded to 1,000 rows. Every chart carries alt text (`description`), uses
the Okabe–Ito colours of the theme (distinct for colour-blind readers), and can be saved as PNG
(`to_png`, through vl-convert) or its data as CSV (`to_csv`). Weights arrive in kg and are shown
in the lifter's unit.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import pandas as pd
import vl_convert

from backfit.units import Unit, from_kg

#: Okabe & Ito (2008), as in `.streamlit/config.toml` `chartCategoricalColors`.
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)
BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION, YELLOW, BLACK = OKABE_ITO
LADDER_COLOURS = {"assisted": SKY, "negative": PURPLE, "bodyweight": GREEN, "weighted": BLUE}
MOVEMENT_LABELS = {
    "vertical_pull": "Vertical pull",
    "horizontal_pull": "Horizontal pull",
    "hinge": "Hinge",
    "extension": "Extension",
}
_HEIGHT = 260
# Fit the container's width but keep the plot's own height: with Streamlit's default ("fit")
# a bottom legend and the title are squeezed out of the chart's height.
_AUTOSIZE = alt.AutoSizeParams(type="fit-x", contains="padding")


def _period_axis(grain: str | None) -> alt.X:
    title = {"day": "Session", "week": "Week", "month": "Month", "quarter": "Quarter"}.get(
        grain or "week", "Year"
    )
    return alt.X("period:T", title=title, axis=alt.Axis(format=_date_format(grain)))


def _date_format(grain: str | None) -> str:
    return {"month": "%b %Y", "quarter": "%b %Y", "year": "%Y"}.get(grain or "", "%d %b %Y")


def _with_end(frame: pd.DataFrame) -> pd.DataFrame:
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


def _kg_columns(frame: pd.DataFrame, columns: list[str], unit: Unit) -> pd.DataFrame:
    """Copies of the kg columns in the lifter's unit, rounded for display (DESIGN §3)."""
    frame = frame.copy()
    for column in columns:
        if column in frame:
            frame[column.removesuffix("_kg")] = frame[column].map(
                lambda kg: None if pd.isna(kg) else round(from_kg(float(kg), unit), 1)
            )
    return frame


def e1rm_chart(frame: pd.DataFrame, unit: Unit = "kg") -> alt.LayerChart:
    """Estimated 1RM per lift over time, with its PRs as larger filled points."""
    data = _kg_columns(frame, ["e1rm_kg", "load_kg"], unit)
    grain = frame.attrs.get("grain")
    base = alt.Chart(data).encode(
        x=_period_axis(grain),
        y=alt.Y("e1rm:Q", title=f"Estimated 1RM ({unit})", scale=alt.Scale(zero=False)),
        color=alt.Color(
            "lift:N",
            title="Lift",
            scale=alt.Scale(range=list(OKABE_ITO)),
            legend=alt.Legend(orient="bottom", columns=2),
        ),
        tooltip=[
            alt.Tooltip("period:T", title="When", format=_date_format(grain)),
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
        height=_HEIGHT,
        autosize=_AUTOSIZE,
        description=(
            f"Line chart of estimated one-rep max in {unit} per lift over time (Epley); "
            "diamonds mark personal records."
        ),
    )


def weekly_sets_chart(
    frame: pd.DataFrame, band: tuple[int, int], planned: int | None = None
) -> alt.LayerChart:
    """Working sets per week for the back as a whole, against the goal's target band."""
    grain = frame.attrs.get("grain")
    low, high = band
    data = _with_end(frame).assign(
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
            x=_period_axis(grain),
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
                alt.Tooltip("period:T", title="From", format=_date_format(grain)),
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
    return alt.layer(*layers).properties(
        title="Weekly sets for the back",
        height=_HEIGHT,
        autosize=_AUTOSIZE,
        description=(
            f"Bar chart of working sets per week for the back; the shaded band is the target of "
            f"{low} to {high} sets"
            + (f" and the dashed line the plan's {planned} sets." if planned else ".")
        ),
    )


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
                    autosize=_AUTOSIZE, description=what)
    )  # fmt: skip


def ladder_chart(frame: pd.DataFrame, unit: Unit = "kg") -> alt.LayerChart:
    """The pull-up ladder: assistance below zero, bodyweight at zero, added load above."""
    grain = frame.attrs.get("grain")
    data = _kg_columns(frame, ["net_kg", "effective_kg"], unit).rename(columns={"net": "net"})
    base = alt.Chart(data).encode(
        x=_period_axis(grain),
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
                alt.Tooltip("period:T", title="When", format=_date_format(grain)),
                alt.Tooltip("stage:N", title="Stage"),
                alt.Tooltip("net:Q", title=f"Added − assistance ({unit})", format=".1f"),
                alt.Tooltip("effective:Q", title=f"Effective load ({unit})", format=".1f"),
                alt.Tooltip("best_reps:Q", title="Best reps"),
                alt.Tooltip("working_sets:Q", title="Sets"),
            ],
        )
        .transform_filter("isValid(datum.net)")
    )
    return alt.layer(zero, line, points).properties(
        title="Pull-up ladder",
        height=_HEIGHT,
        autosize=_AUTOSIZE,
        description=(
            f"Pull-up progress over time in {unit}: points below the dashed bodyweight line are "
            "assisted, on it bodyweight, above it weighted; colour shows the ladder stage."
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
            autosize=_AUTOSIZE,
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
        alt.Tooltip("period:T", title="From", format=_date_format(grain)),
        alt.Tooltip("working_sets:Q", title="Working sets"),
        alt.Tooltip("tonnage_kg:Q", title="Tonnage (kg)", format=",.0f"),
        alt.Tooltip("pain_avg:Q", title="Average pain", format=".1f"),
        alt.Tooltip("pain_max:Q", title="Worst pain"),
        alt.Tooltip("worse:Q", title="'Worse' check-ins"),
    ]
    base = alt.Chart(_with_end(frame)).encode(x=_period_axis(grain), tooltip=tooltip)
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
            height=_HEIGHT,
            autosize=_AUTOSIZE,
            description=(
                "Grey bars show working sets per period; the vermillion line shows the average "
                "pain check-in from 0 to 10 in the same period."
            ),
        )
    )


def extensions_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Back-extension reps (bars) and the longest hold (line) per period."""
    grain = frame.attrs.get("grain")
    base = alt.Chart(_with_end(frame)).encode(
        x=_period_axis(grain),
        tooltip=[
            alt.Tooltip("period:T", title="When", format=_date_format(grain)),
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
            height=_HEIGHT,
            autosize=_AUTOSIZE,
            description=(
                "Green bars show back-extension reps per period; the purple line shows the "
                "longest timed hold in seconds."
            ),
        )
    )


# A schematic back, viewed from behind, on a 100 × 150 grid (y grows downwards). Left-side
# shapes are mirrored; traps is one shape across the spine.
_LEFT_SHAPES: dict[str, list[list[tuple[float, float]]]] = {
    "traps": [[(50, 14), (42, 20), (28, 28), (40, 31), (46, 44), (50, 58), (54, 44), (60, 31),
               (72, 28), (58, 20)]],
    "rear delts": [[(20, 30), (28, 28), (31, 33), (29, 42), (21, 42), (17, 36)]],
    "rhomboids": [[(38, 32), (45, 36), (48, 48), (41, 46), (34, 38)]],
    "lats": [[(30, 42), (41, 48), (48, 52), (47, 74), (38, 80), (31, 66), (28, 52)]],
    "erector spinae": [[(44.5, 58), (49, 58), (49, 94), (43, 94), (42.5, 76)]],
    "glutes": [[(32, 96), (49, 97), (49, 116), (38, 118), (31, 108)]],
    "hamstrings": [[(33, 120), (47, 120), (45, 150), (36, 150), (32, 134)]],
}  # fmt: skip
_CENTRED = {"traps"}


def _features(sets: dict[str, float]) -> list[dict[str, Any]]:
    features = []
    for muscle, polygons in _LEFT_SHAPES.items():
        sides = [polygons] if muscle in _CENTRED else [polygons, [
            [(100 - x, y) for x, y in ring] for ring in polygons]]  # fmt: skip
        for rings in sides:
            for ring in rings:
                coords = [[x, y] for x, y in [*ring, ring[0]]]
                features.append({
                    "type": "Feature",
                    "geometry": {"type": "Polygon", "coordinates": [coords]},
                    "properties": {"muscle": muscle, "working_sets": sets.get(muscle, 0)},
                })  # fmt: skip
    return features


def muscle_map(frame: pd.DataFrame, days: int = 7) -> alt.Chart:
    """The back's muscles coloured by working sets in the last `days` days."""
    sets = {str(m): float(n) for m, n in zip(frame["muscle"], frame["working_sets"], strict=True)}
    top = max([10.0, *sets.values()])
    return (
        alt.Chart(alt.Data(values=_features(sets)))
        .mark_geoshape(stroke="white", strokeWidth=1.5)
        .encode(
            color=alt.Color(
                "properties.working_sets:Q",
                title=f"Sets, last {days} days",
                scale=alt.Scale(scheme="blues", domain=[0, top]),
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=[
                alt.Tooltip("properties.muscle:N", title="Muscle"),
                alt.Tooltip("properties.working_sets:Q", title=f"Sets, last {days} days"),
            ],
        )
        .project(type="identity")
        .properties(
            title="Your back this week",
            height=300,
            autosize=_AUTOSIZE,
            description=(
                f"A map of the back muscles seen from behind, coloured by working sets in the "
                f"last {days} days: "
                + ", ".join(f"{m} {int(n)}" for m, n in sorted(sets.items()))
                + "."
            ),
        )
    )


def to_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    """The chart as a PNG image (rendered by vl-convert, no browser needed)."""
    return vl_convert.vegalite_to_png(chart.to_dict(), scale=scale)


def to_csv(frame: pd.DataFrame) -> bytes:
    """A chart's data as UTF-8 CSV for download."""
    return frame.to_csv(index=False).encode("utf-8")
