"""The Log page's pieces: today's targets, one-tap set entry, the set list, timer, tools.

Built for a phone between sets: every exercise is one card with its target, a form prefilled
with the next sensible set, and today's sets below it. A set is written to DuckDB the moment it
is logged. Each form carries a token (its key); the token is also the set's `client_key`, so a
double click, or a rerun racing the first, can never log the same set twice.
"""

from __future__ import annotations

import time
import uuid
from datetime import datetime
from typing import Any

import pandas as pd
import streamlit as st

from backfit import catalog
from backfit.errors import BackfitError, ValidationError
from backfit.plates import format_plates, load_bar, make_inventory, parse_plates
from backfit.profiles import Profile, update_profile
from backfit.progression import Prescription, Target, load_type, step_for
from backfit.routine import DayPlan
from backfit.routine_store import StoredRoutine, active_routine
from backfit.sessions import (
    TRENDS,
    Workout,
    finish_workout,
    prescription_for,
    save_checkin,
    start_workout,
    summarize,
    target_for,
    todays_workout,
)
from backfit.sets import (
    SetEntry,
    create_custom_exercise,
    custom_exercises,
    delete_set,
    log_set,
    recent_sets,
    update_set,
    workout_sets,
)
from backfit.settings import plate_inventory, save_plate_inventory
from backfit.store import Store
from backfit.units import Unit, format_weight, from_kg, to_kg
from backfit.warmup import ramp

_ACTION_BADGE = {
    "start": ":gray-badge[:material/flag: first time]",
    "repeat": ":blue-badge[:material/replay: repeat]",
    "reps": ":blue-badge[:material/add: add a rep]",
    "increase": ":green-badge[:material/trending_up: load up]",
    "ladder": ":green-badge[:material/stairs: next rung]",
    "deload": ":orange-badge[:material/trending_down: deload]",
    "frozen": ":red-badge[:material/pause_circle: frozen]",
}


# --- session header -----------------------------------------------------------------------------


def render_unit_switch(store: Store, profile: Profile) -> Profile:
    """kg or lb for this profile: every weight on the page is shown and typed in it."""
    choice = st.segmented_control(
        "Units", ["kg", "lb"], default=profile.unit, key="log_unit", width="content"
    )
    if choice and choice != profile.unit:
        profile = update_profile(store, profile.name, unit=choice)
    return profile


def choose_day(store: Store, profile: Profile) -> tuple[StoredRoutine | None, int | None]:
    """A day of the active routine (query param `day=N`, 1-based) or a free session (None)."""
    stored = active_routine(store, profile.name)
    if stored is None:
        return None, None
    days = stored.routine.days
    options: list[int | None] = [None, *range(len(days))]
    wanted = st.query_params.get("day")
    index = 0
    if wanted and wanted.isdigit() and 1 <= int(wanted) <= len(days):
        index = int(wanted)
    choice = st.selectbox(
        "Session",
        options,
        index=index,
        format_func=lambda d: "Free session" if d is None else f"Day {d + 1} · {days[d].name}",
        key=f"log_day_{stored.version}",
    )
    if choice is None:
        st.query_params.pop("day", None)
    else:
        st.query_params["day"] = str(choice + 1)
    return stored, choice


def free_prescription(store: Store, profile: Profile) -> Prescription:
    """Exercise and variant pickers for a session without a routine day."""
    custom = sorted(custom_exercises(store, profile.name))
    names = {e.id: e.name for e in catalog.EXERCISES}
    options = [*catalog.EXERCISE_IDS, *custom]
    latest = recent_sets(store, profile.name, limit=1)
    last = latest["exercise"].iloc[0] if not latest.empty else None
    left, right = st.columns(2)
    exercise = left.selectbox(
        "Exercise",
        options,
        index=options.index(last) if last in options else 0,
        format_func=lambda e: names.get(e, e),
        key="log_exercise",
    )
    variant = None
    if catalog.is_catalog_exercise(exercise):
        ex = catalog.exercise(exercise)
        default = prescription_for(store, profile.name, exercise).variant
        ids = ex.variant_ids
        variant = right.selectbox(
            "Variant",
            ids,
            index=ids.index(default) if default in ids else 0,
            format_func=lambda v: ex.variant(v).name,
            key=f"log_variant_{exercise}",
        )
    return prescription_for(store, profile.name, exercise, variant)


# --- one exercise card ---------------------------------------------------------------------------


def _mode(target: Target) -> str:
    if target.reps is None:
        return "hold"
    load = load_type(target.exercise, target.variant)
    if load in ("assisted", "band"):
        return "assisted"
    if load == "bodyweight":
        return "bodyweight"
    return "weighted"


def _exercise_name(exercise: str, variant: str | None) -> str:
    if catalog.is_catalog_exercise(exercise) and variant:
        try:
            return catalog.exercise(exercise).variant(variant).name
        except KeyError:
            pass
    return exercise


def describe_target(target: Target, unit: Unit) -> str:
    if target.reps is None:
        dose = f"{target.sets} × {target.hold_s} s hold"
    else:
        dose = f"{target.sets} × {target.reps[0]}–{target.reps[1]} reps"
        if target.target_reps is not None:
            dose += f" (aim {target.target_reps})"
    if target.weight_kg is not None:
        dose += f" @ {format_weight(target.weight_kg, unit, digits=2)}"
    if target.assistance_kg is not None:
        dose += f" · {format_weight(target.assistance_kg, unit, digits=2)} assistance"
    rest = f"{target.rest_s // 60}:{target.rest_s % 60:02d}"
    rir = "" if target.reps is None else f" · RIR {target.rir}"
    return f"**{dose}**{rir} · rest {rest}"


def _value(x: Any) -> Any:
    """A frame cell as a plain value: None for NULL (NaN, pd.NA, NaT)."""
    return None if x is None or pd.isna(x) else x


def _display(kg: float | None, unit: Unit) -> float | None:
    if _value(kg) is None:
        return None
    return round(from_kg(kg, unit), 2)


def _token(slot: str) -> str:
    key = f"log_token_{slot}"
    if key not in st.session_state:
        st.session_state[key] = uuid.uuid4().hex[:12]
    return st.session_state[key]


def render_exercise(
    store: Store,
    profile: Profile,
    target: Target,
    today: Any,
    *,
    slot: str,
    routine_day: tuple[int, int] | None,
) -> None:
    """Target, one-tap set form and today's sets of one exercise, as one card."""
    unit = profile.unit
    mine = today[(today["exercise"] == target.exercise)] if today is not None else None
    if mine is not None and target.variant is not None:
        mine = mine[mine["variant"] == target.variant]
    done = 0 if mine is None else int((mine["kind"] != "warmup").sum())
    with st.container(border=True):
        icon = (
            catalog.exercise(target.exercise).icon
            if catalog.is_catalog_exercise(target.exercise)
            else ":material/fitness_center:"
        )
        st.markdown(f"#### {icon} {_exercise_name(target.exercise, target.variant)}")
        st.markdown(
            f"{_ACTION_BADGE[target.action]} :gray-badge[{done}/{target.sets} sets] "
            + describe_target(target, unit)
        )
        if target.frozen:
            st.warning(target.why, icon=":material/healing:")
        else:
            st.caption(target.why)
        _set_form(store, profile, target, mine, slot=slot, routine_day=routine_day)
        if mine is not None and not mine.empty:
            _set_list(store, profile, mine, _mode(target))


def _prefill(target: Target, mine: Any, unit: Unit) -> dict[str, float | int | None]:
    """Next set's values: today's last set of this exercise, else today's target."""
    if mine is not None and not mine.empty:
        last = mine.iloc[-1]
        return {
            "reps": None if _value(last["reps"]) is None else int(last["reps"]),
            "weight": _display(last["weight_kg"], unit),
            "assist": _display(last["assistance_kg"], unit),
            "rir": None if _value(last["rir"]) is None else float(last["rir"]),
            "seconds": _value(last["duration_s"]),
        }
    return {
        "reps": target.target_reps,
        "weight": _display(target.weight_kg, unit),
        "assist": _display(target.assistance_kg, unit),
        "rir": float(target.rir) if target.reps is not None else None,
        "seconds": float(target.hold_s) if target.hold_s is not None else None,
    }


def _set_form(
    store: Store,
    profile: Profile,
    target: Target,
    mine: Any,
    *,
    slot: str,
    routine_day: tuple[int, int] | None,
) -> None:
    unit = profile.unit
    mode = _mode(target)
    token = _token(slot)
    values = _prefill(target, mine, unit)
    # Widget keys carry the prefill too: when the target changes (a pain check-in, an edit),
    # the form shows the new values instead of keeping the old ones.
    key = "_".join([token, *(str(v) for v in values.values())])
    step = step_for(load_type(target.exercise, target.variant), unit)
    errors: dict[str, Any] = {}
    with st.form(f"log_{slot}_{token}", border=False, enter_to_submit=True):
        if mode == "hold":
            first, second = st.columns(2)
            seconds = first.number_input(
                "Seconds", value=values["seconds"], step=5.0, format="%g", key=f"s_{key}"
            )
            errors["seconds"] = first.empty()
            reps = weight = assist = rir = None
            kind = second.selectbox("Kind", ["working", "warmup"], key=f"k_{key}")
        else:
            first, second, third = st.columns([1, 1.3, 1])
            reps = first.number_input(
                "Reps", value=values["reps"], step=1, key=f"r_{key}", placeholder="reps"
            )
            errors["reps"] = first.empty()
            weight = assist = None
            if mode == "assisted":
                assist = second.number_input(
                    f"Assistance ({unit})",
                    value=values["assist"],
                    step=step,
                    format="%g",
                    key=f"a_{key}",
                )
                errors["assistance"] = second.empty()
            else:
                label = f"Weight ({unit})" if mode == "weighted" else f"Added weight ({unit})"
                weight = second.number_input(
                    label, value=values["weight"], step=step, format="%g", key=f"w_{key}"
                )
                errors["weight"] = second.empty()
            rir = third.number_input(
                "RIR", value=values["rir"], step=0.5, format="%g", key=f"i_{key}"
            )
            errors["rir"] = third.empty()
            seconds = None
            kind = "working"
        submitted = st.form_submit_button(
            "Log set", icon=":material/add:", type="primary", width="stretch"
        )
    if not submitted:
        return
    entry = SetEntry(
        exercise=target.exercise,
        variant=target.variant,
        reps=reps,  # type: ignore[arg-type]
        weight_kg=to_kg(weight, unit) if weight else None,
        assistance_kg=to_kg(assist, unit) if assist is not None else None,
        rir=rir,
        duration_s=seconds,
        kind=kind,  # type: ignore[arg-type]
        bodyweight_kg=profile.bodyweight_kg if target.exercise == "pull_up" else None,
    )
    now = datetime.now()
    try:
        if routine_day is not None:
            workout = todays_workout(store, profile.name, now)
            if workout is None or workout.routine_day != routine_day[1]:
                start_workout(
                    store, profile.name, now, routine_version=routine_day[0],
                    routine_day=routine_day[1],
                )  # fmt: skip
        logged = log_set(store, profile.name, entry, performed_at=now, now=now, client_key=token)
    except ValidationError as exc:
        spot = errors.get(exc.field or "") or errors.get("reps") or errors.get("seconds")
        spot.error(str(exc), icon=":material/error:")
        return
    except BackfitError as exc:
        st.error(str(exc), icon=":material/error:")
        return
    # Rotate the token before anything else can interrupt this run: the next form is new.
    st.session_state[f"log_token_{slot}"] = uuid.uuid4().hex[:12]
    st.session_state["rest_until"] = time.time() + target.rest_s
    st.session_state["rest_total"] = target.rest_s
    st.session_state["log_flash"] = (
        f"Logged set {logged.set_index} of {_exercise_name(target.exercise, target.variant)}"
    )
    st.rerun()


def _set_text(row: Any, mode: str, unit: Unit) -> str:
    parts = [f"**{int(row['set_index'])}.**"]
    if row["kind"] != "working":
        parts.append(f":gray-badge[{row['kind']}]")
    if _value(row["reps"]) is not None:
        parts.append(f"{int(row['reps'])} reps")
    if _value(row["weight_kg"]) is not None:
        parts.append(f"× {format_weight(row['weight_kg'], unit, digits=2)}")
    if _value(row["assistance_kg"]) is not None:
        parts.append(f"− {format_weight(row['assistance_kg'], unit, digits=2)} help")
    if _value(row["duration_s"]) is not None:
        parts.append(f"{row['duration_s']:g} s")
    if _value(row["rir"]) is not None:
        parts.append(f"@ RIR {row['rir']:g}")
    return " ".join(parts)


def _set_list(store: Store, profile: Profile, mine: Any, mode: str) -> None:
    """Today's sets of one exercise, each with edit and delete (delete asks first)."""
    unit = profile.unit
    for _, row in mine.iterrows():
        set_id = int(row["id"])
        # A horizontal container keeps text and buttons on one line on a phone too.
        line = st.container(horizontal=True, vertical_alignment="center", wrap=False)
        with line:
            st.markdown(_set_text(row, mode, unit), width="stretch")
            if st.button(":material/edit:", key=f"edit_{set_id}", help="Edit this set"):
                st.session_state["log_editing"] = set_id
                st.session_state.pop("log_deleting", None)
            if st.button(":material/delete:", key=f"del_{set_id}", help="Delete this set"):
                st.session_state["log_deleting"] = set_id
                st.session_state.pop("log_editing", None)
        if st.session_state.get("log_deleting") == set_id:
            _confirm_delete(store, profile, set_id, int(row["set_index"]))
        if st.session_state.get("log_editing") == set_id:
            _edit_form(store, profile, row, mode)


def _confirm_delete(store: Store, profile: Profile, set_id: int, index: int) -> None:
    with st.container(border=True):
        st.markdown(f":material/warning: Delete set {index}? This cannot be undone.")
        yes, no = st.columns(2)
        if yes.button("Delete", key=f"confirm_del_{set_id}", type="primary", width="stretch"):
            delete_set(store, profile.name, set_id)
            st.session_state.pop("log_deleting", None)
            st.session_state["log_flash"] = f"Deleted set {index}"
            st.rerun()
        if no.button("Keep it", key=f"cancel_del_{set_id}", width="stretch"):
            st.session_state.pop("log_deleting", None)
            st.rerun()


def _edit_form(store: Store, profile: Profile, row: Any, mode: str) -> None:
    unit = profile.unit
    set_id = int(row["id"])
    with st.form(f"edit_form_{set_id}", border=True):
        st.markdown(f"**Edit set {int(row['set_index'])}**")
        a, b, c = st.columns(3)
        if mode == "hold":
            seconds = a.number_input(
                "Seconds", value=_value(row["duration_s"]), format="%g", key=f"es_{set_id}"
            )
            reps = weight = assist = rir = None
        else:
            reps = a.number_input(
                "Reps",
                value=None if _value(row["reps"]) is None else int(row["reps"]),
                step=1,
                key=f"er_{set_id}",
            )
            weight = assist = None
            if mode == "assisted":
                assist = b.number_input(
                    f"Assistance ({unit})",
                    value=_display(row["assistance_kg"], unit),
                    format="%g",
                    key=f"ea_{set_id}",
                )
            else:
                weight = b.number_input(
                    f"Weight ({unit})",
                    value=_display(row["weight_kg"], unit),
                    format="%g",
                    key=f"ew_{set_id}",
                )
            rir = c.number_input(
                "RIR",
                value=None if _value(row["rir"]) is None else float(row["rir"]),
                step=0.5,
                format="%g",
                key=f"ei_{set_id}",
            )
            seconds = None
        problem = st.empty()
        save, cancel = st.columns(2)
        saved = save.form_submit_button("Save", type="primary", width="stretch")
        cancelled = cancel.form_submit_button("Cancel", width="stretch")
    if cancelled:
        st.session_state.pop("log_editing", None)
        st.rerun()
    if not saved:
        return
    entry = SetEntry(
        exercise=row["exercise"],
        variant=row["variant"],
        reps=reps,  # type: ignore[arg-type]
        weight_kg=to_kg(weight, unit) if weight else None,
        assistance_kg=to_kg(assist, unit) if assist is not None else None,
        rir=rir,
        duration_s=seconds,
        kind=row["kind"],
        bodyweight_kg=_value(row["bodyweight_kg"]),
    )
    try:
        update_set(store, profile.name, set_id, entry, now=datetime.now())
    except ValidationError as exc:
        problem.error(str(exc), icon=":material/error:")
        return
    st.session_state.pop("log_editing", None)
    st.session_state["log_flash"] = f"Saved set {int(row['set_index'])}"
    st.rerun()


# --- tools: warm-up, rest timer, plates ----------------------------------------------------------


def render_warmup(targets: list[Target], profile: Profile) -> None:
    """General warm-up plus ramp sets for the first heavy lift (TRAINING §1)."""
    unit = profile.unit
    heavy = next(
        (
            t
            for t in targets
            if t.weight_kg and load_type(t.exercise, t.variant) in ("barbell", "dumbbell", "cable")
        ),
        None,
    )
    with st.expander(":material/directions_run: Warm-up", expanded=False):
        for item in catalog.WARMUP[:-1]:
            st.markdown(f"- **{item.name}** · {item.minutes:g} min — {item.how}")
        if heavy is None:
            st.caption("Ramp sets appear here once your first lift has a target weight.")
            return
        load = load_type(heavy.exercise, heavy.variant)
        bar = to_kg(20 if unit == "kg" else 45, unit) if load == "barbell" else None
        sets = ramp(heavy.weight_kg, unit=unit, step=step_for(load, unit), bar_kg=bar)
        name = _exercise_name(heavy.exercise, heavy.variant)
        st.markdown(
            f"**Ramp sets for {name}** (working {format_weight(heavy.weight_kg, unit, digits=2)})"
        )
        for s in sets:
            pct = "empty bar" if s.percent is None else f"{s.percent} %"
            st.markdown(f"- {format_weight(s.weight_kg, unit, digits=2)} × {s.reps} · {pct}")


def render_rest_timer() -> None:
    """A countdown of the prescribed rest, run in the browser (no server reruns)."""
    until = st.session_state.get("rest_until")
    if not until or until < time.time():
        return
    total = int(st.session_state.get("rest_total", 0))
    deadline_ms = int(until * 1000)
    st.html(
        f"""
        <div id="rest-{deadline_ms}" class="backfit-rest" style="font: 600 1.6rem sans-serif;
             padding: .6rem 1rem; border-radius: .6rem; background: #EEF3F1; color: #0F766E;
             text-align: center;" role="timer" aria-live="off">Rest {total // 60}:{total % 60:02d}
        </div>
        <script>
        (function () {{
          const el = document.getElementById("rest-{deadline_ms}");
          if (!el || el.dataset.started) return;
          el.dataset.started = "1";
          const tick = () => {{
            const left = Math.max(0, Math.round(({deadline_ms} - Date.now()) / 1000));
            el.textContent = left > 0
              ? "Rest " + Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0")
              : "Rest over: next set";
            if (left > 0) setTimeout(tick, 500);
          }};
          tick();
        }})();
        </script>
        """,
        unsafe_allow_javascript=True,
    )


def render_plate_calculator(store: Store, profile: Profile, targets: list[Target]) -> None:
    """Plates per side for a barbell load, from the lifter's own bar and plates."""
    unit = profile.unit
    inventory = plate_inventory(store, profile.name, unit)
    barbell = next(
        (t for t in targets if t.weight_kg and load_type(t.exercise, t.variant) == "barbell"),
        None,
    )
    with st.expander(":material/calculate: Plate calculator", expanded=False):
        if inventory.unit != unit:
            st.caption(
                f"Your plates are in {inventory.unit}; the calculator works in {inventory.unit}."
            )
        default = from_kg(barbell.weight_kg, inventory.unit) if barbell else inventory.bar
        wanted = st.number_input(
            f"Bar total ({inventory.unit})",
            value=round(default, 2),
            min_value=0.0,
            step=2.5 if inventory.unit == "kg" else 5.0,
            format="%g",
            key="plate_target",
        )
        result = load_bar(wanted, inventory)
        (st.success if result.exact else st.warning)(result.describe(), icon=":material/weight:")
        with st.form("plate_inventory", border=False):
            st.caption("Your bar and plates (pairs of each size).")
            a, b, c = st.columns([1, 1, 3])
            plate_unit = a.selectbox(
                "Unit", ["kg", "lb"], index=["kg", "lb"].index(inventory.unit), key="plate_unit"
            )
            bar = b.number_input("Bar", value=inventory.bar, format="%g", key="plate_bar")
            plates = c.text_input(
                "Plates (size×pairs)", value=format_plates(inventory), key="plate_list"
            )
            problem = st.empty()
            if st.form_submit_button("Save plates", icon=":material/save:"):
                try:
                    save_plate_inventory(
                        store, profile.name, make_inventory(plate_unit, bar, parse_plates(plates))
                    )
                except ValidationError as exc:
                    problem.error(str(exc), icon=":material/error:")
                else:
                    st.rerun()


def render_custom_exercise(store: Store, profile: Profile) -> None:
    """Create a custom exercise explicitly, so a typo never becomes a new exercise."""
    expander = st.expander(":material/add_circle: Add a custom exercise", expanded=False)
    with expander, st.form("custom_exercise", border=False):
        name = st.text_input("Name", max_chars=80, key="custom_name")
        problem = st.empty()
        if st.form_submit_button("Add exercise", icon=":material/add:"):
            try:
                created = create_custom_exercise(store, profile.name, name)
            except ValidationError as exc:
                problem.error(str(exc), icon=":material/error:")
            else:
                st.session_state["log_flash"] = f"Added {created}: pick it under Exercise"
                st.rerun()


# --- check-in and finish -------------------------------------------------------------------------


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
            "Pain of 4/10 or more, or worse than last time, freezes every increase today. Stop "
            "and see a clinician if pain spreads into a leg or you feel tingling or numbness."
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
            summary = summarize(store, profile.name, workout.id)
        else:
            summary = summarize(store, profile.name, workout.id)
            st.success(
                f"Session finished at {workout.finished_at:%H:%M}. Well done.",
                icon=":material/celebration:",
            )
        a, b, c = st.columns(3)
        a.metric("Sets", summary.working_sets, help="Working sets (warm-ups not counted)")
        b.metric("Volume", format_weight(summary.volume_kg, unit, digits=0), help="reps × load")
        c.metric("PRs", len(summary.prs))
        for pr in summary.prs:
            name = _exercise_name(pr.exercise, pr.variant)
            st.markdown(
                f":orange-badge[:material/emoji_events: PR] **{name}** — {pr.describe(unit)}"
            )


def render_recent_sets(store: Store, profile: Profile) -> None:
    frame = recent_sets(store, profile.name)
    st.subheader("Recent sets")
    if frame.empty:
        st.info("No sets yet: log your first one above.", icon=":material/info:")
        return
    unit = profile.unit
    frame = frame.assign(
        weight=frame["weight_kg"].map(lambda kg: _display(kg, unit)),
        assistance=frame["assistance_kg"].map(lambda kg: _display(kg, unit)),
    )
    st.dataframe(
        frame[
            [
                "performed_at",
                "exercise",
                "variant",
                "set_index",
                "reps",
                "weight",
                "assistance",
                "duration_s",
                "rir",
            ]
        ],
        hide_index=True,
        width="stretch",
        column_config={
            "performed_at": st.column_config.DatetimeColumn("When", format="D MMM, HH:mm"),
            "exercise": "Exercise",
            "variant": "Variant",
            "set_index": st.column_config.NumberColumn("Set"),
            "reps": st.column_config.NumberColumn("Reps"),
            "weight": st.column_config.NumberColumn(f"Weight ({unit})", format="%g"),
            "assistance": st.column_config.NumberColumn(f"Assist ({unit})", format="%g"),
            "duration_s": st.column_config.NumberColumn("Seconds", format="%g"),
            "rir": st.column_config.NumberColumn("RIR", format="%g"),
        },
    )


# --- the whole page ------------------------------------------------------------------------------


def render_log_page(store: Store, profile: Profile) -> None:
    flash = st.session_state.pop("log_flash", None)
    if flash:
        st.toast(flash, icon=":material/check:")
    top_left, top_right = st.columns([3, 1], vertical_alignment="bottom")
    with top_right:
        profile = render_unit_switch(store, profile)
    with top_left:
        stored, day = choose_day(store, profile)
    now = datetime.now()
    routine_day = (stored.version, day) if stored is not None and day is not None else None
    if routine_day is not None:
        assert stored is not None
        plan: DayPlan = stored.routine.days[day]  # type: ignore[index]
        prescriptions = [Prescription.from_plan(p) for p in plan.exercises]
    else:
        prescriptions = [free_prescription(store, profile)]
    targets = [
        target_for(store, profile.name, rx, now=now, unit=profile.unit) for rx in prescriptions
    ]
    workout = todays_workout(store, profile.name, now)
    today = workout_sets(store, profile.name, workout.id) if workout else None
    render_rest_timer()
    render_warmup(targets, profile)
    for i, target in enumerate(targets):
        slot = f"d{day}_{i}" if routine_day else "free"
        render_exercise(store, profile, target, today, slot=slot, routine_day=routine_day)
    render_checkin(store, profile, workout, routine_day)
    render_finish(store, profile, workout)
    render_recent_sets(store, profile)
    render_plate_calculator(store, profile, targets)
    render_custom_exercise(store, profile)
    with st.expander(":material/health_and_safety: Safety", expanded=False):
        for note in catalog.SAFETY_NOTES:
            st.markdown(f"- {note}")
