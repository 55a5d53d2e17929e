"""The Progress page's pieces: who is being viewed, the cached analytics, metrics, charts.

Analytics are cached per profile and data version (`figures.overview().version`, a cheap
fingerprint that changes with any logged, edited or imported set), so reruns caused by widgets
cost a dictionary look-up, and a new set shows at once. A coach's `?token=…` link (DESIGN §6)
shows one profile's progress with no write controls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import altair as alt
import pandas as pd
import streamlit as st
from streamlit import dataframe_util

from backfit import charts
from backfit.core.errors import ValidationError
from backfit.core.units import Unit, from_kg
from backfit.services import progress as figures
from backfit.services.database import Store
from backfit.services.profiles import get_profile
from backfit.services.trunk_tests import trunk_history, trunk_report
from backfit.ui import nav
from backfit.ui.profile import current_profile, hosted
from backfit.ui.text import md_text


@dataclass(frozen=True, slots=True)
class Viewer:
    """Whose progress is shown, in which unit, and whether this session may change anything."""

    profile: str
    unit: Unit
    read_only: bool


def resolve_viewer(store: Store) -> Viewer:
    """The signed-in lifter, or the profile behind a live `?token=` link; a bad link stops."""
    token = st.query_params.get("token")
    if token is None:
        profile = current_profile()
        return Viewer(profile.name, profile.unit, read_only=False)
    name = figures.profile_for_token(store, token)
    if name is None:
        st.error(
            "This progress link is not valid or has been revoked; ask for a new one.",
            icon=":material/link_off:",
        )
        st.stop()
    shared = get_profile(store, name)
    return Viewer(name, shared.unit if shared else "kg", read_only=True)


def render_viewer_note(viewer: Viewer) -> None:
    """Under the title of a shared link: whose progress this is, and what "read-only" means.

    Locally (no `[auth]`) nothing stops the link's holder from dropping `?token=` and using the
    write pages, so the page must not promise read-only there (DESIGN §7, SECURITY.md).
    """
    if not viewer.read_only:
        return
    who = md_text(viewer.profile)
    if hosted():
        st.caption(f":material/visibility: Read-only view of **{who}**'s progress.")
    else:
        st.caption(f":material/share: **{who}**'s progress, opened from a shared link.")
        st.caption(f":material/warning: {LOCAL_READ_ONLY_NOTE}")


@st.cache_data(show_spinner=False, max_entries=64)
def _progress(
    _store: Store,
    location: str,
    profile: str,
    version: str,
    start: date,
    end: date,
    today: date,
) -> figures.Progress:
    # `location` and `version` are only cache keys: a new set changes the version.
    return figures.progress(_store, profile, figures.Window(start, end), today)


def render_empty_state(read_only: bool) -> None:
    with st.container(border=True):
        st.markdown("#### :material/insights: Nothing to chart yet")
        if read_only:
            st.write(
                "This lifter has not logged any sets yet. Check back after their first session."
            )
            return
        st.write(
            "Log a few sets and this page fills with your estimated 1RM, weekly sets against "
            "your target, the pull-up ladder, a calendar of training days and how your back "
            "feels. Start with a routine, then log your first set."
        )
        left, right = st.columns(2)
        left.page_link(nav.GOALS.path, label="Set your goals", icon=nav.GOALS.icon)
        right.page_link(nav.LOG.path, label="Log your first set", icon=nav.LOG.icon)


QUICK_RANGES = ("4 wk", "3 mo", "1 yr", "All")
#: The range picker accepts any date (an import may go back decades); the charts just show
#: what falls inside.
ANY_DATE = (date(1970, 1, 1), date(2100, 12, 31))


def pick_window(first: date, last: date, today: date) -> figures.Window:
    """Quick ranges and a date range picker; default: the whole history under two years, else
    the 12 months ending at the last logged set. Every chart follows it."""
    default = figures.default_window(first, last, today)
    span = (first, last)
    if st.session_state.get("progress_span") != span:
        # A new profile, or new data past the old range: start from the default again.
        st.session_state["progress_span"] = span
        st.session_state["progress_range"] = (default.start, default.end)
        st.session_state["progress_quick"] = None
    quick, dates = st.columns([3, 2], vertical_alignment="bottom")
    quick.segmented_control(
        "Range",
        QUICK_RANGES,
        key="progress_quick",
        on_change=_apply_quick_range,
        args=(first, last),
        help="Ranges end at your last logged set.",
    )
    chosen = dates.date_input(
        "Dates",
        min_value=ANY_DATE[0],
        max_value=ANY_DATE[1],
        key="progress_range",
        format="YYYY-MM-DD",
        help="Any dates: every chart and number below follows them. Long ranges are grouped "
        "by week, month or quarter.",
    )
    if isinstance(chosen, tuple | list) and len(chosen) == 2:
        return figures.Window(*sorted((chosen[0], chosen[1])))
    if isinstance(chosen, tuple | list) and len(chosen) == 1:  # mid-selection
        return figures.Window(chosen[0], max(chosen[0], default.end))
    return default


def _apply_quick_range(first: date, last: date) -> None:
    # A callback runs before the widgets are drawn, so it may set the date picker's value.
    name = st.session_state.get("progress_quick")
    if name:
        window = figures.quick_window(name, first, last)
        st.session_state["progress_range"] = (window.start, window.end)


def render_headline(result: figures.Progress) -> None:
    head, plan = result.headline, result.plan
    volume = result.volume
    # A sparkline needs two points: one value draws nothing and Vega warns (Infinite extent).
    spark = volume["working_sets"].tail(12).tolist() if len(volume) > 1 else None
    # A wrapping row: four across on a desktop, two by two on a phone (four full-width
    # cards filled a phone's first screen).
    row = st.container(horizontal=True, gap="small")
    sets_col, streak_col, pr_col, e1rm_col = (row.container(width=170) for _ in range(4))
    target = plan.weekly_sets or plan.band[0]
    sets_col.metric(
        "Sets this week",
        f"{head.week_sets} / {target}",
        delta=head.week_sets - target,
        delta_description="against the plan" if plan.weekly_sets else "against the target band",
        help="Working sets since Monday against your routine's weekly sets (or the low end of "
        "the target band without a routine).",
        chart_data=spark,
        chart_type="bar",
        border=True,
    )
    per_week = plan.days_per_week or 1
    streak_col.metric(
        "Streak",
        f"{head.streak_weeks} wk",
        help=f"Weeks in a row with at least {per_week} session{'s' if per_week > 1 else ''}.",
        border=True,
    )
    pr_col.metric("PRs this month", head.prs_this_month, border=True)
    if head.e1rm_change_pct is None:
        e1rm_col.metric("e1RM, 4 weeks", "—", help="Needs 8 weeks of one lift.", border=True)
    else:
        e1rm_col.metric(
            "e1RM, 4 weeks",
            f"{head.e1rm_change_pct:+.1f} %",
            delta=round(head.e1rm_change_pct, 1),
            delta_description=head.e1rm_change_lift,
            help="Best estimated 1RM in the last 4 weeks against the 4 weeks before, for your "
            "most trained lift.",
            border=True,
        )


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
def _chart_specs(
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


def render_other_lifts(other: pd.DataFrame, unit: Unit) -> None:
    """Lifts that are not back work: kept in the log, listed here, never in the charts."""
    if other.empty:
        return
    with st.expander(f"Other lifts ({len(other)})", icon=":material/more_horiz:"):
        st.caption(
            "Not back work, so not in the charts, PRs or the muscle map above; every set is "
            "still in your log. A custom exercise that is back work can be given its movement "
            "pattern on the Exercises page."
        )
        shown = other.assign(
            lift=[
                figures.lift_name(e, v) for e, v in zip(other.exercise, other.variant, strict=True)
            ],
            best=other["best_e1rm_kg"].map(
                lambda kg: None if pd.isna(kg) else round(from_kg(float(kg), unit), 1)
            ),
        )[["lift", "working_sets", "sessions", "last_day", "best"]]
        st.dataframe(
            shown,
            hide_index=True,
            width="stretch",
            height=min(36 * (len(shown) + 1) + 4, 300),
            column_config={
                "lift": "Lift",
                "working_sets": st.column_config.NumberColumn("Sets"),
                "sessions": st.column_config.NumberColumn("Sessions"),
                "last_day": st.column_config.DateColumn("Last", format="D MMM YYYY"),
                "best": st.column_config.NumberColumn(f"Best e1RM ({unit})", format="%.1f"),
            },
        )


def render_prs(prs: pd.DataFrame, unit: Unit) -> None:
    st.subheader(":material/emoji_events: Personal records")
    if prs.empty:
        st.caption("No PRs in this range yet: beat your best estimated 1RM on any lift.")
        return
    shown = prs.assign(
        e1rm=prs["e1rm_kg"].map(lambda kg: round(from_kg(kg, unit), 1)),
        previous=prs["previous_kg"].map(lambda kg: round(from_kg(kg, unit), 1)),
        load=prs["load_kg"].map(lambda kg: round(from_kg(kg, unit), 1)),
    )[["day", "lift", "e1rm", "previous", "reps", "load", "rir"]]
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            "day": st.column_config.DateColumn("Day", format="D MMM YYYY"),
            "lift": "Lift",
            "e1rm": st.column_config.NumberColumn(f"e1RM ({unit})", format="%.1f"),
            "previous": st.column_config.NumberColumn(f"Previous best ({unit})", format="%.1f"),
            "reps": st.column_config.NumberColumn("Reps"),
            "load": st.column_config.NumberColumn(f"Load ({unit})", format="%g"),
            "rir": st.column_config.NumberColumn("RIR", format="%g"),
        },
    )


def render_trunk_tests(store: Store, profile: str) -> None:
    """McGill's trunk-endurance tests over time, with the ratio flags (TRAINING §5)."""
    rows = trunk_history(store, profile)
    if not rows:
        return
    st.subheader(":material/timer: Trunk endurance")
    st.altair_chart(charts.trunk_tests_chart(pd.DataFrame(rows)), width="stretch")
    for flag in trunk_report(store, profile)["flags"]:
        st.caption(f":material/flag: {flag['text'].replace('_', ' ')}")


LOCAL_READ_ONLY_NOTE = (
    "Read-only is only enforced when sign-in is configured: without it, anyone who can open "
    "this app can use every page, with or without the link."
)
_NEW_LINKS = "share_new_links"


def render_sharing(store: Store, profile: str) -> None:
    """Create and revoke read-only links for a coach (owner only).

    Only a token's hash is stored, so a link's address is shown once, in the session that made
    it; afterwards the list names the link and can revoke it.
    """
    shown: dict[str, str] = st.session_state.setdefault(_NEW_LINKS, {})
    with st.expander("Share with a coach", icon=":material/share:"):
        if hosted():
            st.caption(
                "A link shows your Progress page, read-only, to anyone who has it. Revoke it "
                "and it stops working at once."
            )
        else:
            st.caption(
                "A link opens your Progress page on its own, without the other pages. "
                + LOCAL_READ_ONLY_NOTE,
            )
        with st.form("share_link", border=False, enter_to_submit=True):
            label = st.text_input("Who is it for?", placeholder="e.g. Coach Sam", max_chars=80)
            created = st.form_submit_button("Create link", icon=":material/add_link:")
        if created:
            try:
                link = figures.create_link(store, profile, label or None)
            except ValidationError as exc:
                st.error(str(exc), icon=":material/error:")
            else:
                assert link.token is not None
                shown[link.id] = _share_url(link.token)
                st.success(
                    "Link created: copy it now, it is shown only this once.",
                    icon=":material/check:",
                )
        for link in figures.list_links(store, profile):
            if not link.active:
                continue
            text, button = st.columns([4, 1], vertical_alignment="center")
            text.markdown(
                f"**{md_text(link.label or 'Unnamed link')}** · {link.created_at:%d %b %Y}"
            )
            if link.id in shown:
                text.code(shown[link.id], language=None)
            else:
                text.caption("Its address was shown when it was made; revoke it to stop it.")
            if button.button("Revoke", key=f"revoke_{link.id[:16]}", icon=":material/link_off:"):
                figures.revoke(store, profile, link.id)
                shown.pop(link.id, None)
                st.rerun()


def _share_url(token: str) -> str:
    """The app's root with the token: app.py then shows only the read-only Progress view."""
    url = (st.context.url or "").rstrip("/").removesuffix("/progress")
    return f"{url}/?token={token}"


def render_progress(store: Store, viewer: Viewer, today: date | None = None) -> None:
    """The whole page below the title, for `viewer`."""
    today = today or date.today()
    overview = figures.overview(store, viewer.profile)
    if overview.first is None or overview.last is None:
        render_empty_state(viewer.read_only)
        if not viewer.read_only:
            render_sharing(store, viewer.profile)
        return
    window = pick_window(overview.first, overview.last, today)
    result = _progress(
        store,
        store.location,
        viewer.profile,
        overview.version,
        window.start,
        window.end,
        today,
    )
    lifts = charts.lifts_by_sessions(result.e1rm)
    lift = st.session_state.get("progress_lift")
    specs = _chart_specs(
        result,
        store.location,
        viewer.profile,
        overview.version,
        f"{window.start}/{window.end}/{today}",
        viewer.unit,
        lift if lift in lifts else (lifts[0] if lifts else None),
    )
    render_headline(result)
    render_charts(specs.wire, lifts)
    render_prs(result.prs, viewer.unit)
    render_trunk_tests(store, viewer.profile)
    render_other_lifts(result.other, viewer.unit)
    render_downloads(result, specs.json)
    if not viewer.read_only:
        render_sharing(store, viewer.profile)
