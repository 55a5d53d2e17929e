"""The Progress page: who is being viewed, the cached analytics, the headline and the tables.

The charts live in `chart_cards.py` (layout, cached specs, downloads), the coach links in
`sharing.py`.

Analytics are cached per profile and data version (`figures.data_version()`, a cheap
fingerprint that changes with any logged, edited or imported set), so reruns caused by widgets
cost a dictionary look-up, and a new set shows at once. They are kept as shared, read-only
objects (`st.cache_resource`), with the tables as shown already converted to Arrow: a
`st.cache_data` copy would be unpickled on every rerun. A coach's `?token=…` link (DESIGN §6)
shows one profile's progress with no write controls.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st
from streamlit import dataframe_util

from backfit import charts
from backfit.core.units import Unit, from_kg
from backfit.services import progress as figures
from backfit.services.database import Store
from backfit.services.profiles import get_profile
from backfit.services.trunk_tests import trunk_history, trunk_report
from backfit.ui import nav
from backfit.ui.profile import current_profile, hosted
from backfit.ui.progress.chart_cards import chart_specs, render_charts, render_downloads
from backfit.ui.progress.sharing import LOCAL_READ_ONLY_NOTE, render_sharing
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


@st.cache_resource(show_spinner=False, max_entries=64)
def _progress(
    _store: Store,
    location: str,
    profile: str,
    version: str,
    start: date,
    end: date,
    today: date,
) -> figures.Progress:
    # `location` and `version` are only cache keys: a new set changes the version, so a key
    # never outlives its data. Shared read-only between reruns and sessions (the key names
    # the database and the profile): nothing on the page changes a frame in place, and
    # `st.cache_data` would unpickle a copy of every frame on every rerun.
    return figures.progress(_store, profile, figures.Window(start, end), today)


@dataclass(frozen=True)
class Shown:
    """What the page shows of the figures, made once per figures and unit: the lift picker's
    lifts and the tables as Arrow (Streamlit converts a DataFrame on every rerun)."""

    lifts: list[str]
    # pyarrow Tables (this layer does not import pyarrow itself, hence Any), or None when empty
    prs: Any  # `pr_table`, None without PRs
    other: Any  # `other_table`, None without other lifts
    other_rows: int


@st.cache_resource(show_spinner=False, max_entries=64)
def _shown(
    _result: figures.Progress, location: str, profile: str, version: str, window: str, unit: Unit
) -> Shown:
    # The keys are `_progress`'s (window = "start/end/today") and the unit.
    def arrow(frame: pd.DataFrame) -> Any:
        return None if frame.empty else dataframe_util.convert_pandas_df_to_arrow_table(frame)

    other = other_table(_result.other, unit)
    return Shown(charts.lifts_by_sessions(_result.e1rm), arrow(pr_table(_result.prs, unit)),
                 arrow(other), len(other))  # fmt: skip


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


def other_table(other: pd.DataFrame, unit: Unit) -> pd.DataFrame:
    """The other lifts as the page lists them: name, sets, sessions, last day, best e1RM."""
    return other.assign(
        lift=[figures.lift_name(e, v) for e, v in zip(other.exercise, other.variant, strict=True)],
        best=other["best_e1rm_kg"].map(
            lambda kg: None if pd.isna(kg) else round(from_kg(float(kg), unit), 1)
        ),
    )[["lift", "working_sets", "sessions", "last_day", "best"]]


def render_other_lifts(shown: Shown, unit: Unit) -> None:
    """Lifts that are not back work: kept in the log, listed here, never in the charts."""
    if shown.other is None:
        return
    with st.expander(f"Other lifts ({shown.other_rows})", icon=":material/more_horiz:"):
        st.caption(
            "Not back work, so not in the charts, PRs or the muscle map above; every set is "
            "still in your log. A custom exercise that is back work can be given its movement "
            "pattern on the Exercises page."
        )
        st.dataframe(
            shown.other,
            hide_index=True,
            width="stretch",
            height=min(36 * (shown.other_rows + 1) + 4, 300),
            column_config={
                "lift": "Lift",
                "working_sets": st.column_config.NumberColumn("Sets"),
                "sessions": st.column_config.NumberColumn("Sessions"),
                "last_day": st.column_config.DateColumn("Last", format="D MMM YYYY"),
                "best": st.column_config.NumberColumn(f"Best e1RM ({unit})", format="%.1f"),
            },
        )


def pr_table(prs: pd.DataFrame, unit: Unit) -> pd.DataFrame:
    """The PRs as the page lists them, in the lifter's unit."""
    return prs.assign(
        e1rm=prs["e1rm_kg"].map(lambda kg: round(from_kg(kg, unit), 1)),
        previous=prs["previous_kg"].map(lambda kg: round(from_kg(kg, unit), 1)),
        load=prs["load_kg"].map(lambda kg: round(from_kg(kg, unit), 1)),
    )[["day", "lift", "e1rm", "previous", "reps", "load", "rir"]]


def render_prs(shown: Shown, unit: Unit) -> None:
    st.subheader(":material/emoji_events: Personal records")
    if shown.prs is None:
        st.caption("No PRs in this range yet: beat your best estimated 1RM on any lift.")
        return
    st.dataframe(
        shown.prs,
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


def render_progress(store: Store, viewer: Viewer, today: date | None = None) -> None:
    """The whole page below the title, for `viewer`."""
    today = today or date.today()
    overview = figures.data_version(store, viewer.profile)
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
    keys = (store.location, viewer.profile, overview.version,
            f"{window.start}/{window.end}/{today}", viewer.unit)  # fmt: skip
    shown = _shown(result, *keys)
    lifts = shown.lifts
    lift = st.session_state.get("progress_lift")
    specs = chart_specs(result, *keys, lift if lift in lifts else (lifts[0] if lifts else None))
    render_headline(result)
    render_charts(specs.wire, lifts)
    render_prs(shown, viewer.unit)
    render_trunk_tests(store, viewer.profile)
    render_other_lifts(shown, viewer.unit)
    render_downloads(result, specs.json)
    if not viewer.read_only:
        render_sharing(store, viewer.profile)
