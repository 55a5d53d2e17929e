"""The session around the sets: pain check-in and notes, the finish summary, recent sets."""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from backfit.core.errors import ValidationError
from backfit.core.units import format_weight
from backfit.services.database import Store
from backfit.services.logging import recent_sets
from backfit.services.profiles import Profile
from backfit.services.sessions import (
    TRENDS,
    Workout,
    finish_workout,
    save_checkin,
    start_workout,
    summarize,
)
from backfit.services.targets import next_time
from backfit.ui.log.cells import KIND_NAMES, display, exercise_name
from backfit.ui.log.exercise_card import describe_target
from backfit.ui.text import md_text


def render_checkin(
    store: Store, profile: Profile, workout: Workout | None, routine_day: tuple[int, int] | None
) -> None:
    """Session notes and the pain check-in (0–10, better / same / worse)."""
    with st.container(border=True):
        st.markdown("#### :material/healing: Pain check-in and notes")
        with st.form("checkin", border=False):
            pain = st.slider(
                "Back pain right now (0 = none, 10 = worst)",
                0,
                10,
                value=(workout.pain_score if workout and workout.pain_score is not None else 0),
                key="checkin_pain",
            )
            trend = st.segmented_control(
                "Compared with last time",
                list(TRENDS),
                default=workout.pain_trend if workout else None,
                key="checkin_trend",
            )
            note = st.text_area(
                "Session notes", value=(workout.note or "") if workout else "", key="checkin_note"
            )
            problem = st.empty()
            saved = st.form_submit_button("Save check-in", icon=":material/save:", width="stretch")
        if saved:
            now = datetime.now()
            version, day = routine_day if routine_day else (None, None)
            try:
                current = workout or start_workout(
                    store, profile.name, now, routine_version=version, routine_day=day
                )
                save_checkin(
                    store, profile.name, current.id, note=note, pain_score=pain, pain_trend=trend
                )
            except ValidationError as exc:
                problem.error(str(exc), icon=":material/error:")
            else:
                st.session_state["log_flash"] = "Check-in saved"
                st.rerun()
        st.caption(
            "A check-in applies to every session of the next 7 days, until a newer one: 3–4 "
            "holds the load of spinal-loading lifts, 5–6 or worse takes 10 % off them, 7 or "
            "more means trunk endurance only. Stop and see a clinician if pain spreads into a "
            "leg or you feel tingling or numbness."
        )


def render_finish(store: Store, profile: Profile, workout: Workout | None) -> None:
    """Finish the session and show what it added up to: sets, volume, PRs."""
    if workout is None:
        return
    unit = profile.unit
    with st.container(border=True):
        st.markdown("#### :material/flag: Finish")
        if workout.finished_at is None:
            if st.button("Finish session", icon=":material/check_circle:", width="stretch"):
                finish_workout(store, profile.name, workout.id, datetime.now())
                st.rerun()
        else:
            st.success(
                f"Session finished at {workout.finished_at:%H:%M}. Well done.",
                icon=":material/celebration:",
            )
        summary = summarize(store, profile.name, workout.id)
        a, b, c = st.columns(3)
        a.metric("Sets", summary.working_sets, help="Working sets (warm-ups not counted)")
        b.metric("Volume", format_weight(summary.volume_kg, unit, digits=0), help="reps × load")
        c.metric("PRs", len(summary.prs))
        for pr in summary.prs:
            name = exercise_name(pr.exercise, pr.variant)
            st.markdown(
                f":orange-badge[:material/emoji_events: PR] **{md_text(name)}** — "
                f"{pr.describe(unit)}"
            )
    if workout.finished_at is not None:
        render_next_time(store, profile, workout)


def render_next_time(store: Store, profile: Profile, workout: Workout) -> None:
    """After Finish: what every exercise of this session asks for next time, and why."""
    plans = next_time(store, profile.name, workout.id, unit=profile.unit)
    if not plans:
        return
    with st.container(border=True, key="next_time_card"):
        st.markdown("#### :material/event_upcoming: Next time")
        for plan in plans:
            name = md_text(exercise_name(plan.exercise, plan.variant))
            st.markdown(f"**{name}** · {describe_target(plan.target, profile.unit)}")
            st.caption(md_text(plan.target.why))


def render_recent_sets(store: Store, profile: Profile) -> None:
    """The latest sets of every exercise, in the lifter's unit."""
    frame = recent_sets(store, profile.name)
    st.subheader("Recent sets")
    if frame.empty:
        st.info("No sets yet: log your first one above.", icon=":material/info:")
        return
    unit = profile.unit
    # Readable names, units and blanks: never a raw id or "None" on screen (issue #13).
    frame = frame.assign(
        exercise=[
            exercise_name(e, v if isinstance(v, str) else None)
            for e, v in zip(frame["exercise"], frame["variant"], strict=True)
        ],
        kind=frame["kind"].map(lambda k: KIND_NAMES.get(k, k)),
        weight=frame["weight_kg"].map(lambda kg: display(kg, unit)),
        assistance=frame["assistance_kg"].map(lambda kg: display(kg, unit)),
        note=frame["note"].fillna(""),
    )
    st.dataframe(
        frame[
            [
                "performed_at",
                "exercise",
                "set_index",
                "kind",
                "reps",
                "weight",
                "assistance",
                "duration_s",
                "rir",
                "note",
            ]
        ],
        hide_index=True,
        width="stretch",
        height=300,
        column_config={
            "performed_at": st.column_config.DatetimeColumn("When", format="D MMM, HH:mm"),
            "exercise": "Exercise",
            "set_index": st.column_config.NumberColumn("Set"),
            "kind": "Kind",
            "reps": st.column_config.NumberColumn("Reps"),
            "weight": st.column_config.NumberColumn(f"Weight ({unit})", format="%g"),
            "assistance": st.column_config.NumberColumn(f"Assist ({unit})", format="%g"),
            "duration_s": st.column_config.NumberColumn("Seconds", format="%g"),
            "rir": st.column_config.NumberColumn("RIR", format="%g"),
            "note": st.column_config.TextColumn("Note"),
        },
    )
