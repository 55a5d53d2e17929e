"""The Progress page's charts: the card layout, the cached Vega-Lite specs, the downloads.

Building Altair charts costs far more than the analytics, so a chart's finished spec is kept
under the same keys as the figures it draws, with its datasets already in Arrow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import altair as alt
import pandas as pd
import streamlit as st
from streamlit import dataframe_util

from backfit import charts
from backfit.core.units import Unit
from backfit.services import progress as figures


@dataclass(frozen=True, slots=True)
class Card:
    """One chart of the page: how to build it, the data it shows, what to say when empty."""

    name: str
    build: Callable[[figures.Progress, Unit], alt.TopLevelMixin]
    data: Callable[[figures.Progress], pd.DataFrame]
    empty: str | None = None


# Rows of cards, with each row's column widths.
LAYOUT: tuple[tuple[tuple[int, ...], tuple[Card, ...]], ...] = (
    ((1, 1), (
        Card("e1rm", lambda r, u: charts.e1rm_chart(r.e1rm, u), lambda r: r.e1rm,
             "No estimated 1RM yet: log weighted sets of 10 reps or fewer."),
        Card("weekly-sets",
             lambda r, u: charts.weekly_sets_chart(r.volume, r.plan.band, r.plan.weekly_sets),
             lambda r: r.volume, "No working sets in this range."),
    )),
    ((1, 1), (
        Card("pull-up-ladder", lambda r, u: charts.ladder_chart(r.ladder, u), lambda r: r.ladder,
             "No pull-ups in this range: assisted, negative or bodyweight all count."),
        Card("balance", lambda r, u: charts.balance_chart(r.balance), lambda r: r.balance),
    )),
    ((2, 1), (
        Card("calendar", lambda r, u: charts.calendar_chart(r.calendar), lambda r: r.calendar),
        Card("muscle-map", lambda r, u: charts.muscle_map(r.recent_muscles),
             lambda r: r.recent_muscles),
    )),
    ((1, 1), (
        # Only with check-ins: an empty pain layer draws nothing and warns (Infinite extent).
        Card("pain-vs-load", lambda r, u: charts.pain_chart(r.pain),
             lambda r: r.pain[r.pain["check_ins"] > 0], "No pain check-ins in this range."),
        Card("back-extensions", lambda r, u: charts.extensions_chart(r.extensions),
             lambda r: r.extensions, "No back extensions in this range."),
    )),
)  # fmt: skip
CARDS: tuple[Card, ...] = tuple(card for _, row in LAYOUT for card in row)


@dataclass(frozen=True)
class Specs:
    """The page's Vega-Lite specs: as JSON (for the PNG downloads) and as sent to the browser,
    with each dataset already in Arrow IPC bytes."""

    json: dict[str, dict]
    wire: dict[str, dict]


@st.cache_resource(show_spinner=False, max_entries=64)
def chart_specs(
    _result: figures.Progress,
    location: str,
    profile: str,
    version: str,
    window: str,
    unit: Unit,
    lift: str | None,
) -> Specs:
    # Building Altair charts costs far more than the analytics, so the finished Vega-Lite specs
    # are kept under the same keys as the figures they draw. Checking a spec against the
    # Vega-Lite schema took a third of the page's time and changes nothing in it: the chart
    # tests (tests/charts) validate every chart, so the page skips it. Streamlit turns each
    # dataset of a spec into Arrow on every rerun unless it is bytes already, which was most of
    # a rerun with years of history (bench progress_page), so that is done once here. The
    # specs are shared read-only (st.vega_lite_chart copies a spec before it changes it), and
    # their key names the database and the profile, so nobody sees another lifter's charts.
    specs = {
        card.name: card.build(_result, unit).to_dict(validate=False)
        for card in CARDS
        if card.name != "e1rm" and (card.empty is None or not card.data(_result).empty)
    }
    if not _result.e1rm.empty:
        specs["e1rm"] = charts.e1rm_chart(_result.e1rm, unit, lift).to_dict(validate=False)
    if not _result.calendar_years.empty:
        specs["calendar-years"] = charts.calendar_chart(_result.calendar_years).to_dict(
            validate=False
        )
    return Specs(specs, {name: _with_arrow_datasets(spec) for name, spec in specs.items()})


def _with_arrow_datasets(spec: dict) -> dict:
    """`spec` with its datasets as Arrow IPC bytes (Streamlit's own conversion, done once),
    which st.vega_lite_chart then sends as they are."""
    if not spec.get("datasets"):
        return spec
    datasets = {
        name: dataframe_util.convert_anything_to_arrow_bytes(rows)
        for name, rows in spec["datasets"].items()
    }
    return {**spec, "datasets": datasets}


def pick_lift(lifts: list[str]) -> str | None:
    """The e1RM chart's lift, most trained first: a picker instead of a legend of 40 lifts."""
    if not lifts:
        return None
    if st.session_state.get("progress_lift") not in lifts:
        st.session_state["progress_lift"] = lifts[0]
    return st.selectbox("Lift", lifts, key="progress_lift", help="Back lifts, most trained first.")


def chart_card(card: Card, spec: dict | None, extra: dict | None = None) -> None:
    """One chart in a card (downloads are gathered at the end of the page)."""
    with st.container(border=True):
        if spec is None:
            st.caption(card.empty or "")
            return
        st.vega_lite_chart(spec, width="stretch")
        if extra is not None:
            st.vega_lite_chart(extra, width="stretch")


def render_downloads(result: figures.Progress, specs: dict[str, dict]) -> None:
    """A chart's PNG and CSV: pick the chart, then the format (three widgets, not two buttons
    for every chart, which were a long list on a phone and a tenth of every rerun)."""
    shown = [card for card in CARDS if card.name in specs]
    if not shown:
        return
    with st.expander("Downloads", icon=":material/download:"):
        st.caption("Each chart as a picture (PNG) and the numbers it shows (CSV).")
        pick, png, csv = st.columns([2, 1, 1], vertical_alignment="bottom")
        card = pick.selectbox(
            "Chart",
            shown,
            format_func=lambda c: CARD_TITLES.get(c.name, c.name),
            key="download_chart",
        )
        png.download_button(
            "PNG",
            data=_png(specs[card.name]),  # rendered only when pressed
            file_name=f"backfit-{card.name}.png",
            mime="image/png",
            icon=":material/image:",
            key="download_png",
            on_click="ignore",
            width="stretch",
        )
        csv.download_button(
            "CSV",
            data=_csv(card.data(result)),  # built only when pressed
            file_name=f"backfit-{card.name}.csv",
            mime="text/csv",
            icon=":material/table:",
            key="download_csv",
            on_click="ignore",
            width="stretch",
        )


CARD_TITLES = {
    "e1rm": "Estimated 1RM",
    "weekly-sets": "Weekly sets",
    "pull-up-ladder": "Pull-up ladder",
    "balance": "Movement balance",
    "calendar": "Training calendar",
    "muscle-map": "Muscle map",
    "pain-vs-load": "Pain against load",
    "back-extensions": "Back extensions",
}


def _png(spec: dict) -> Callable[[], bytes]:
    # Rendering a PNG takes a moment, so it happens only when the button is pressed.
    return lambda: charts.to_png(spec)


def _csv(data: pd.DataFrame) -> Callable[[], bytes]:
    return lambda: charts.to_csv(data)


def render_charts(specs: dict[str, dict], lifts: list[str]) -> None:
    for widths, cards in LAYOUT:
        for column, card in zip(st.columns(list(widths)), cards, strict=True):
            with column:
                if card.name == "e1rm":
                    with st.container(border=True):
                        pick_lift(lifts)
                        spec = specs.get("e1rm")
                        if spec is None:
                            st.caption(card.empty or "")
                        else:
                            st.vega_lite_chart(spec, width="stretch")
                    continue
                extra = specs.get("calendar-years") if card.name == "calendar" else None
                chart_card(card, specs.get(card.name), extra)
