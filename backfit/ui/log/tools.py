"""The Log page's tools: warm-up ramp, rest timer, plate calculator, custom exercises."""

from __future__ import annotations

import time

import streamlit as st

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.core.training import Target, load_type, step_for
from backfit.core.training.plates import format_plates, load_bar, make_inventory, parse_plates
from backfit.core.training.warmup import ramp
from backfit.core.units import format_weight, from_kg, to_kg
from backfit.services.database import Store
from backfit.services.logging import create_custom_exercise
from backfit.services.profiles import Profile, plate_inventory, save_plate_inventory
from backfit.ui.log.cells import exercise_name


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
        name = exercise_name(heavy.exercise, heavy.variant)
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
        last_kg = barbell.weight_kg if barbell else None
        default = from_kg(last_kg, inventory.unit) if last_kg is not None else inventory.bar
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
