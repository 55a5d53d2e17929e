"""The routine on screen: the week at a glance, day cards, the volume chart, share and train."""

from __future__ import annotations

import streamlit as st

from backfit.core import catalog
from backfit.core.goals import Goals
from backfit.core.routine.markdown import (
    dose,
    rest,
    routine_markdown,
    spinal_load_line,
    variant_name,
)
from backfit.core.routine.model import DayPlan, Routine
from backfit.services.database import Store
from backfit.services.profiles import Profile
from backfit.services.routines import train_routine
from backfit.ui import nav
from backfit.ui.goals import query_dict

GLANCE_COLUMNS = ("Day", "Exercise", "Sets × reps @ RIR", "Rest")


def glance_rows(routine: Routine) -> list[tuple[str, str, str, str]]:
    """One row per exercise with the dose in one column, so it reads on a phone too."""
    return [
        (day.name.split(" · ")[-1][:3], variant_name(plan), dose(plan), rest(plan))
        for day in routine.days
        for plan in day.exercises
    ]


def glance_markdown(routine: Routine) -> str:
    """The week at a glance as a Markdown table."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(GLANCE_COLUMNS) + " |", "|" + "---|" * len(GLANCE_COLUMNS)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in glance_rows(routine)]
    return "\n".join(lines)


def render_summary(routine: Routine) -> None:
    """Metrics for the week and every note the engine made."""
    low, high = routine.target_sets or (None, None)
    cols = st.columns(4)
    cols[0].metric("Days", len(routine.days))
    cols[1].metric(
        "Working sets / week",
        routine.weekly_sets,
        help=f"Target for your level: {low}–{high} working sets a week." if low else None,
    )
    longest = max(day.minutes for day in routine.days)
    cols[2].metric("Longest session", f"{longest:g} min")
    if routine.spinal_load_index is not None:
        cols[3].metric(
            "Spinal load this week",
            f"{routine.spinal_load_index:g}",
            help=spinal_load_line(routine),
        )
    for note in routine.notes:
        st.info(note, icon=":material/info:")


def render_glance(routine: Routine) -> None:
    # A static table: a dozen rows read better as text (and wrap on a phone) than as a grid.
    # Markdown, not st.table: a table needs pandas, which would add seconds to the cold start
    # of the app's first page (Goals).
    with st.container(key="glance"):  # the key names it for the browser tests
        st.markdown(glance_markdown(routine))


def render_day(day: DayPlan) -> None:
    """One bordered card: warm-up, the exercises with dose, rest and reason, stretching."""
    with st.container(border=True):
        st.markdown(f"#### :material/event: {day.name}")
        st.markdown(f":blue-badge[:material/timer: about {day.minutes:g} min]")
        if day.why:
            st.caption(f":material/lightbulb: **Why this day:** {day.why}")
        warm = ", ".join(f"{w.name} ({w.minutes:g} min)" for w in day.warmup)
        st.caption(f":material/directions_run: **Warm-up:** {warm}")
        for plan in day.exercises:
            icon = (
                catalog.exercise(plan.exercise).icon
                if catalog.is_catalog_exercise(plan.exercise)
                else ":material/fitness_center:"
            )
            rest_badge = "" if plan.holds else f" :gray-badge[rest {rest(plan)}]"
            st.markdown(
                f"{icon} **{variant_name(plan)}**  \n:green-badge[{dose(plan)}]{rest_badge}"
            )
            st.caption(plan.why)
        stretch = ", ".join(f"{s.name} {s.sets} × {s.hold_s} s" for s in day.stretch)
        st.caption(f":material/self_improvement: **Stretching:** {stretch}")


def render_days(routine: Routine) -> None:
    per_row = 3 if len(routine.days) != 4 else 2
    for start in range(0, len(routine.days), per_row):
        cols = st.columns(per_row)
        for col, day in zip(cols, routine.days[start : start + per_row], strict=False):
            with col:
                render_day(day)


def render_volume(routine: Routine) -> None:
    st.subheader(":material/bar_chart: Weekly volume")
    st.caption("Working sets per day by movement; the shaded band is your level's weekly target.")
    from backfit.charts.routine import weekly_volume_chart, weekly_volume_frame  # Altair: late

    chart = weekly_volume_chart(weekly_volume_frame(routine), routine.target_sets)
    st.altair_chart(chart, width="stretch")


def share_link(routine: Routine) -> str:
    """The full URL of the Routine page with the routine's query."""
    base = st.context.url or ""
    base = base.split("?")[0].rstrip("/")
    if not base.endswith("/routine"):
        base = base.rsplit("/", 1)[0] if base.count("/") > 2 else base
        base += "/routine"
    return f"{base}?{routine.query}"


def render_share(routine: Routine) -> None:
    st.subheader(":material/share: Share")
    link = share_link(routine)
    st.caption("Copy this link (icon at the right): it opens exactly this routine.")
    st.code(link, language=None, wrap_lines=True)
    st.download_button(
        "Download as Markdown",
        routine_markdown(routine, link),
        file_name="backfit-routine.md",
        mime="text/markdown",
        icon=":material/download:",
        width="stretch",
    )


def render_train_this(store: Store, profile: Profile, routine: Routine) -> None:
    """Store the routine as the active version and open the Log page on day 1."""
    if st.button("Train this", icon=":material/play_arrow:", type="primary", width="stretch"):
        train_routine(store, profile.name, routine)
        st.switch_page(nav.LOG.path, query_params={"day": "1"})
    st.caption("Saves this plan as your active routine and opens the log on day 1.")


def render_safety() -> None:
    with st.expander(":material/health_and_safety: Safety — read before you train", expanded=True):
        for note in catalog.SAFETY_NOTES:
            st.markdown(f"- {note}")


def link_to_goals(goals: Goals) -> None:
    st.page_link(
        nav.GOALS.path,
        label="Change goals",
        icon=nav.GOALS.icon,
        query_params=query_dict(goals),
    )


def link_to_routine(goals: Goals) -> None:
    st.page_link(
        nav.ROUTINE.path,
        label="Open the full routine",
        icon=nav.ROUTINE.icon,
        query_params=query_dict(goals),
    )
