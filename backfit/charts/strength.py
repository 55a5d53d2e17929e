"""Strength over time: estimated 1RM per lift, the pull-up ladder, back extensions."""

from __future__ import annotations

import altair as alt
import pandas as pd

from backfit.charts.style import (
    AUTOSIZE,
    BLACK,
    GREEN,
    GREY_LINE,
    HEIGHT,
    LADDER_COLOURS,
    OKABE_ITO,
    ORANGE,
    PURPLE,
    date_format,
    kg_columns,
    period_axis,
    with_end,
)
from backfit.core.units import Unit

#: Points in the rolling line: a plain mean of the last few sessions, so it never rises above
#: a real point (the old monotone spline invented peaks between sessions).
ROLLING_POINTS = 4


def lifts_by_sessions(frame: pd.DataFrame) -> list[str]:
    """The lifts of an e1RM frame, most trained first (the lift picker's order)."""
    if frame.empty:
        return []
    counts = frame.groupby("lift")["sessions"].sum() if "sessions" in frame else frame["lift"]
    if isinstance(counts, pd.Series) and counts.dtype.kind in "iuf":
        return list(counts.sort_values(ascending=False, kind="stable").index)
    return list(dict.fromkeys(frame["lift"]))


def e1rm_chart(frame: pd.DataFrame, unit: Unit = "kg", lift: str | None = None) -> alt.LayerChart:
    """One lift's estimated 1RM: a point per session (or bucket), a rolling mean, PR labels.

    `lift` picks the series (default: the most trained one); the page offers a lift picker
    instead of a legend that cannot hold 40 lifts. All layers share data computed here, in
    pandas: no Vega transforms, so a single session draws one point without warnings.
    """
    names = lifts_by_sessions(frame)
    chosen = lift if lift in names else (names[0] if names else None)
    mine = frame[frame["lift"] == chosen] if chosen is not None else frame.iloc[0:0]
    data = kg_columns(mine, ["e1rm_kg", "load_kg"], unit).sort_values("period")
    data["trend"] = data["e1rm"].rolling(ROLLING_POINTS, min_periods=1).mean().round(1)
    data["pr_label"] = [
        f"PR {value:g}" if bool(pr) else ""
        for value, pr in zip(data["e1rm"], data["is_pr"], strict=True)
    ]
    grain = frame.attrs.get("grain")
    base = alt.Chart(data).encode(
        x=period_axis(grain),
        y=alt.Y(
            "e1rm:Q",
            title=f"Estimated 1RM ({unit})",
            scale=alt.Scale(zero=False, nice=True),
            axis=alt.Axis(format=",.0f", tickCount=5),
        ),
        tooltip=[
            alt.Tooltip("period:T", title="When", format=date_format(grain)),
            alt.Tooltip("lift:N", title="Lift"),
            alt.Tooltip("e1rm:Q", title=f"e1RM ({unit})", format=".1f"),
            alt.Tooltip("reps:Q", title="Reps"),
            alt.Tooltip("load:Q", title=f"Load ({unit})", format=".1f"),
            alt.Tooltip("is_pr:N", title="PR"),
        ],
    )
    points = base.mark_circle(size=36, opacity=0.75, color=OKABE_ITO[0])
    layers: list[alt.Chart] = [points]
    if len(data) > 1:
        layers.insert(
            0,
            base.mark_line(color=GREY_LINE, strokeWidth=2, interpolate="linear").encode(
                y="trend:Q"
            ),
        )
    prs = data[data["is_pr"].astype(bool)] if len(data) else data
    if len(prs):
        pr_base = alt.Chart(prs).encode(x=period_axis(grain), y="e1rm:Q")
        layers.append(pr_base.mark_point(filled=True, size=110, shape="diamond", color=ORANGE))
        # Label only the last few PRs: a decade of labels would be unreadable.
        labels = prs.tail(3)
        layers.append(
            alt.Chart(labels)
            .mark_text(dy=-12, fontSize=11, color=BLACK)
            .encode(x=period_axis(grain), y="e1rm:Q", text="pr_label:N")
        )
    return alt.LayerChart(layer=layers).properties(
        title=f"Estimated 1RM · {chosen}" if chosen else "Estimated 1RM",
        height=HEIGHT,
        autosize=AUTOSIZE,
        description=(
            f"Estimated one-rep max in {unit} of {chosen or 'the chosen lift'} per session "
            f"(Epley): blue points are sessions, the grey line the mean of the last "
            f"{ROLLING_POINTS}, orange diamonds labelled PR are personal records."
        ),
    )


def ladder_chart(frame: pd.DataFrame, unit: Unit = "kg") -> alt.LayerChart:
    """The pull-up ladder: assistance below zero, bodyweight at zero, added load above."""
    grain = frame.attrs.get("grain")
    data = kg_columns(frame, ["net_kg", "effective_kg"], unit).rename(columns={"net": "net"})
    base = alt.Chart(data).encode(
        x=period_axis(grain),
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
                # Two columns: four rungs in one row ran off a phone's edge ("weighted" was cut).
                legend=alt.Legend(orient="bottom", columns=2),
            ),
            tooltip=[
                alt.Tooltip("period:T", title="When", format=date_format(grain)),
                alt.Tooltip("stage:N", title="Stage"),
                alt.Tooltip("net:Q", title=f"Added − assistance ({unit})", format=".1f"),
                alt.Tooltip("effective:Q", title=f"Effective load ({unit})", format=".1f"),
                alt.Tooltip("best_reps:Q", title="Best reps"),
                alt.Tooltip("working_sets:Q", title="Sets"),
            ],
        )
        .transform_filter("isValid(datum.net)")
    )
    return alt.LayerChart(layer=[zero, line, points]).properties(
        title="Pull-up ladder",
        height=HEIGHT,
        autosize=AUTOSIZE,
        description=(
            f"Pull-up progress over time in {unit}: points below the dashed bodyweight line are "
            "assisted, on it bodyweight, above it weighted; colour shows the ladder stage."
        ),
    )


def extensions_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Back-extension reps (bars) and the longest hold (line) per period."""
    grain = frame.attrs.get("grain")
    base = alt.Chart(with_end(frame)).encode(
        x=period_axis(grain),
        tooltip=[
            alt.Tooltip("period:T", title="When", format=date_format(grain)),
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
    # A series with nothing to draw gets no layer, so no empty axis ("0.000000") beside the other.
    has_reps = bool(frame["reps"].fillna(0).gt(0).any())
    has_holds = bool(frame["longest_hold_s"].notna().any())
    layers = [layer for layer, shown in ((reps, has_reps), (holds, has_holds)) if shown] or [reps]
    said = [
        text
        for text, shown in (
            ("green bars show back-extension reps per period", has_reps),
            ("the purple line shows the longest timed hold in seconds", has_holds),
        )
        if shown
    ] or ["no back-extension reps or holds in this range"]
    return (
        alt.layer(*layers)
        .resolve_scale(y="independent")
        .properties(
            title="Back extensions",
            height=HEIGHT,
            autosize=AUTOSIZE,
            description="; ".join(said).capitalize() + ".",
        )
    )
