"""The routine as Markdown: the Routine page's download and the CLI's readable plan.

One renderer for both, so the file you download and what `backfit routine` prints say the same.
"""

from __future__ import annotations

from backfit.core import catalog
from backfit.core.routine.model import DayPlan, ExercisePlan, Routine


def variant_name(plan: ExercisePlan) -> str:
    """The catalog's name for the plan's variant, or the raw ids for a custom exercise."""
    if not catalog.is_catalog_exercise(plan.exercise):
        return f"{plan.exercise} ({plan.variant})"
    try:
        return catalog.exercise(plan.exercise).variant(plan.variant).name
    except KeyError:
        return f"{catalog.exercise(plan.exercise).name} ({plan.variant})"


def dose(plan: ExercisePlan) -> str:
    """`3 × 8–12 @ RIR 2`, `3 × 1 @ RIR 0`, `3 × 10 s hold @ RIR 3`, or a trunk drill's rounds."""
    if plan.holds:
        rounds = "-".join(str(h) for h in plan.holds)
        side = " per side" if plan.sides > 1 else ""
        return f"{rounds} holds of {plan.hold_s} s{side}, easy, {plan.rest_s} s between holds"
    if plan.reps is None:
        work = f"{plan.hold_s} s hold"
    else:  # a 1-rep lifter's singles are "3 × 1", never "3 × 1–1"
        lo, hi = plan.reps
        work = str(lo) if lo == hi else f"{lo}–{hi}"
    both = " per arm" if plan.sides > 1 else ""
    return f"{plan.sets} × {work}{both} @ RIR {plan.rir}"


def spinal_load_line(routine: Routine) -> str:
    """ "Spinal load this week: 18.4 (Σ sets × class weight × RIR factor, TRAINING §2)"."""
    if routine.spinal_load_index is None:
        return ""
    return (
        f"Spinal load this week: {routine.spinal_load_index:g} "
        "(sets × high 3 / moderate 2 / low 1 / trunk 0, × 1.2 at RIR ≤ 1, × 0.8 at RIR ≥ 3)."
    )


def rest(plan: ExercisePlan) -> str:
    minutes, seconds = divmod(plan.rest_s, 60)
    if minutes and seconds:
        return f"{minutes} min {seconds} s"
    return f"{minutes} min" if minutes else f"{seconds} s"


def day_markdown(day: DayPlan) -> str:
    lines = [f"## {day.name} · about {day.minutes:g} min", ""]
    if day.why:
        lines += [f"_{day.why}_", ""]
    lines += ["**Warm-up**", ""]
    lines += [f"- {w.name} ({w.minutes:g} min)" for w in day.warmup]
    lines += ["", "**Training**", ""]
    for number, plan in enumerate(day.exercises, start=1):
        rest_part = "" if plan.holds else f", rest {rest(plan)}"
        lines.append(f"{number}. **{variant_name(plan)}**: {dose(plan)}{rest_part}")
        lines.append(f"   _{plan.why}_")
    lines += ["", "**Stretching**", ""]
    lines += [f"- {s.name}: {s.sets} × {s.hold_s} s" for s in day.stretch]
    return "\n".join(lines)


def routine_markdown(routine: Routine, link: str | None = None) -> str:
    """The whole week, its notes and the safety text (TRAINING §6: shown, never hidden)."""
    band = ""
    if routine.target_sets:
        band = f" (target {routine.target_sets[0]}–{routine.target_sets[1]})"
    lines = [
        "# BackFit weekly back routine",
        "",
        f"{len(routine.days)} {'day' if len(routine.days) == 1 else 'days'} a week, "
        f"{routine.weekly_sets} working {'set' if routine.weekly_sets == 1 else 'sets'}{band}.",
        "",
        spinal_load_line(routine),
        "",
        f"Rebuild it: {link or '?' + routine.query}",
        "",
    ]
    if routine.notes:
        lines += ["**Notes**", ""] + [f"- {note}" for note in routine.notes] + [""]
    lines += [day_markdown(day) + "\n" for day in routine.days]
    lines += ["## Safety", ""] + [f"- {note}" for note in catalog.SAFETY_NOTES]
    return "\n".join(lines) + "\n"
