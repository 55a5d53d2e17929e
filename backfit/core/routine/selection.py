"""Which exercises and variants, and why (TRAINING §1–3).

A variant is picked per pattern from owned equipment, the leading goal, the graded spinal-load
rules and the pull-up ladder (§3). Every reason is built from the rule that picked it: the goal
share behind the pattern, the equipment the variant needs, and the safety or ladder rule.
Variant choice is monotone in pain: raising pain can only make pain the leading goal (whose
orders put low-load variants first) and switch more high-load variants off.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from backfit.core import catalog, rules
from backfit.core.goals import GOAL_LABELS, GOAL_NAMES, Goals, leading_goal
from backfit.core.routine.prescription import pain_share
from backfit.core.routine.pull_ups import pull_up_ladder, rung_why

#: How much each goal wants each pattern, per goal column (posture, pain, strength). Pain's
#: column is never above the others for the patterns that can load the spine (hinge, rows,
#: extension), so raising pain never moves sets towards them (TRAINING §2, monotone).
SHARES: dict[str, tuple[Fraction, Fraction, Fraction]] = {
    "vertical_pull": (Fraction(25, 100), Fraction(30, 100), Fraction(30, 100)),
    "horizontal_pull": (Fraction(45, 100), Fraction(25, 100), Fraction(25, 100)),
    "hinge": (Fraction(10, 100), Fraction(10, 100), Fraction(35, 100)),
    "extension": (Fraction(20, 100), Fraction(10, 100), Fraction(10, 100)),
    "light": (Fraction(15, 100), Fraction(10, 100), Fraction(0)),
    "trunk": (Fraction(0), Fraction(1), Fraction(0)),
}
#: Why a pattern serves a goal, for the one-line reasons.
PURPOSE: dict[str, dict[str, str]] = {
    "vertical_pull": {
        "posture": "wide lats and a strong upper back",
        "pain": "balanced upper-back strength with no load on the spine",
        "strength": "lat and grip strength",
    },
    "horizontal_pull": {
        "posture": "shoulder blades pulled back, upper-back endurance",
        "pain": "a strong upper back that holds a neutral spine",
        "strength": "horizontal pulling strength",
    },
    "hinge": {
        "posture": "posterior-chain strength",
        "pain": "a light, well-braced hip hinge",
        "strength": "whole-back strength from the biggest lift",
    },
    "extension": {
        "posture": "spinal-erector endurance",
        "pain": "lower-back endurance",
        "strength": "erector work that supports heavy lifts",
    },
    "light": {
        "posture": "rear shoulders and mid-back endurance",
        "pain": "easy upper-back volume",
        "strength": "shoulder health",
    },
    "trunk": {
        "posture": "trunk endurance",
        "pain": "trunk endurance (McGill big 3), the core of pain prevention",
        "strength": "a stiff, braced trunk",
    },
}


#: Where an exercise or variant serves a goal differently from its pattern's line: what that
#: lift is for, so no why calls a lift something it is not (TRAINING §2): only the conventional
#: deadlift is "the biggest lift", and a bodyweight or band row is not heavy pulling.
PURPOSE_OF: dict[tuple[str, str], dict[str, str]] = {
    ("deadlift", "trap_bar"): {
        "strength": "leg and back strength from a pull in line with the body"
    },
    ("deadlift", "romanian"): {"strength": "hamstring, glute and back strength from a hip hinge"},
    ("row", "barbell"): {"strength": "heavy horizontal pulling"},
    ("row", "dumbbell"): {"strength": "heavy horizontal pulling, one arm at a time"},
    ("row", "cable"): {"strength": "horizontal pulling strength in small load steps"},
    ("row", "chest_supported"): {"strength": "horizontal pulling strength, chest on the bench"},
    ("inverted_row", "bar"): {"strength": "bodyweight pulling strength for the upper back"},
    ("inverted_row", "table"): {"strength": "bodyweight pulling strength for the upper back"},
    ("band_row", "standard"): {"strength": "upper-back volume against a band"},
}


def purpose(group: str, goal: str, exercise: str, variant: str) -> str:
    """Why this exercise serves `goal`: its own line if it has one, else its pattern's."""
    return PURPOSE_OF.get((exercise, variant), {}).get(goal, PURPOSE[group][goal])


@dataclass(frozen=True, slots=True)
class Choice:
    exercise: str
    variant: str
    pattern: str  # the JSON pattern: hinge, horizontal_pull, vertical_pull, extension, trunk
    group: str  # the SHARES row it is weighted by
    rule: str  # the rule that picked it, in words


def percent(share: Fraction) -> str:
    return f"{round(float(share) * 100)} %"


def high_load_allowed(goals: Goals) -> tuple[bool, str]:
    """TRAINING §2 graded safety for the high-load variants (conventional, bent-over row)."""
    p = pain_share(goals)
    if p >= Fraction(str(rules.PAIN_SHARE_NO_HIGH_LOAD)):
        return False, f"pain share {percent(p)} ≥ 35 %: no high-load variants"
    if goals.level == "novice" and p >= Fraction(str(rules.PAIN_SHARE_HIGH_LOAD_RIR3)):
        return False, f"novice with pain share {percent(p)} ≥ 20 %: no high-load variants"
    if p >= Fraction(str(rules.PAIN_SHARE_HIGH_LOAD_RIR3)):
        return True, f"high spinal load, so RIR ≥ 3 (pain share {percent(p)} ≥ 20 %)"
    return True, "high spinal load"


_EQUIPMENT_NAMES = {e.id: e.name.lower() for e in catalog.EQUIPMENT}


def equipment_words(exercise: str, variant: str) -> str:
    needs = catalog.exercise(exercise).variant(variant).needs
    if not needs:
        return "no equipment needed"
    return "your " + " and ".join(_EQUIPMENT_NAMES[n] for n in needs)


_ROW_ORDER = {
    "strength": (
        ("row", "barbell"),
        ("row", "dumbbell"),
        ("row", "cable"),
        ("row", "chest_supported"),
        ("inverted_row", "bar"),
        ("band_row", "standard"),
        ("inverted_row", "table"),
    ),
    "posture": (
        ("row", "cable"),
        ("row", "chest_supported"),
        ("row", "dumbbell"),
        ("inverted_row", "bar"),
        ("band_row", "standard"),
        ("row", "barbell"),
        ("inverted_row", "table"),
    ),
    "pain": (
        ("row", "chest_supported"),
        ("row", "cable"),
        ("row", "dumbbell"),
        ("inverted_row", "bar"),
        ("band_row", "standard"),
        ("inverted_row", "table"),
        ("row", "barbell"),
    ),
}
_HINGE_ORDER = {
    "strength": ("conventional", "trap_bar", "romanian"),
    "posture": ("romanian", "trap_bar", "conventional"),
    "pain": ("trap_bar", "romanian", "conventional"),
}
_HINGE_WHY = {
    "conventional": "the heaviest hinge from the floor",
    "trap_bar": "the more knee-dominant hinge, load in line with the body",
    "romanian": "hip-dominant, a long hamstring range from standing",
}
_LIGHT = (("face_pull", "cable"), ("band_pull_apart", "standard"), ("face_pull", "band"))


def _owned(goals: Goals, exercise: str, variant: str) -> bool:
    v = catalog.exercise(exercise).variant(variant)
    return not v.retired and catalog.variant_available(v, goals.equipment)


def _no_vertical_note(goals: Goals) -> str:
    """Why a week without an assisted machine has no vertical pull, true for the input: from 5
    strict reps an assisted machine would not be one either (TRAINING §3), so it is not named."""
    if goals.pullups < rules.PULL_UPS_FOR_BODYWEIGHT:
        return (
            "No vertical pulls: they need a pull-up bar, an assisted machine or a cable; "
            "rows take the pulling."
        )
    return "No vertical pulls: they need a pull-up bar or a cable; rows take the pulling."


def choose(goals: Goals, notes: list[str]) -> dict[str, list[Choice]]:
    """Pattern → the exercises the equipment and the rules allow, best first."""
    lead = leading_goal(goals)
    high_ok, high_rule = high_load_allowed(goals)
    out: dict[str, list[Choice]] = {}

    rungs, ladder = pull_up_ladder(goals)
    vertical = [
        Choice("pull_up", v, "vertical_pull", "vertical_pull", rung_why(goals, v, ladder))
        for v in rungs
    ]
    if _owned(goals, "lat_pulldown", "cable"):
        grip = "close_grip" if lead == "posture" else "cable"
        rule = "cable stack, easy to load in small steps"
        if not rungs:
            rule = "no pull-up bar, so the lat pulldown takes the vertical pull"
        vertical.append(Choice("lat_pulldown", grip, "vertical_pull", "vertical_pull", rule))
    if vertical:
        out["vertical_pull"] = vertical
    elif "assisted_machine" in goals.equipment:  # TRAINING §3: never assisted from 5 strict reps
        notes.append(
            f"No vertical pulls: with {goals.pullups} strict pull-ups you are past the assisted "
            "machine (assistance stops at 5 strict reps), and your pull-ups need a pull-up bar "
            "(or a cable for pulldowns); rows take the pulling. If your machine's knee pad "
            "folds away, its handles take strict pull-ups: add the pull-up bar to your equipment."
        )
    else:
        notes.append(_no_vertical_note(goals))

    row_pick = row_choice(goals)
    if row_pick:
        exercise, variant = row_pick
        load = catalog.spinal_load(exercise, variant)
        if load == "high":
            rule = f"torso unsupported, {high_rule}"
        elif variant == "chest_supported":
            # No equipment id is a bench (DESIGN §5): the support may be a box or a chair too.
            rule = "an incline bench (or a sturdy box) supports the chest, so the lower back rests"
        elif variant == "cable":
            rule = "seated and upright, steady tension"
        elif exercise == "inverted_row":
            rule = "bodyweight row, the row station you have"
        elif exercise == "band_row":
            rule = "the band is the row station"
        else:
            rule = "one arm at a time, the free hand braced on a bench or a sturdy chair"
        if not high_ok and _owned(goals, "row", "barbell"):
            rule += f" ({high_rule}, so no bent-over barbell row)"
        out["horizontal_pull"] = [
            Choice(exercise, variant, "horizontal_pull", "horizontal_pull", rule)
        ]

    hinges = [
        v
        for v in _HINGE_ORDER[lead]
        if _owned(goals, "deadlift", v)
        and (catalog.spinal_load("deadlift", v) != "high" or high_ok)
    ]
    if hinges:
        variant = hinges[0]
        rule = _HINGE_WHY[variant]
        if variant == "conventional":
            rule += f"; {high_rule}"
        elif not high_ok and _owned(goals, "deadlift", "conventional"):
            rule += f"; {high_rule}, so no conventional deadlift"
        p = pain_share(goals)
        if p >= Fraction(str(rules.PAIN_SHARE_NO_HIGH_LOAD)):
            rule += "; moderate spinal load at RIR ≥ 3 and 8–12 reps"
        choices = [Choice("deadlift", variant, "hinge", "hinge", rule)]
        lighter = next((v for v in ("romanian", "trap_bar") if v in hinges[1:]), None)
        if lighter and variant == "conventional":
            choices.append(
                Choice(
                    "deadlift", lighter, "hinge", "hinge", f"light hinge day: {_HINGE_WHY[lighter]}"
                )
            )
        out["hinge"] = choices
    else:
        notes.append("No deadlifts: they need a barbell or a trap bar.")

    extension = next(
        (v for v in ("bench_45", "ball", "machine") if _owned(goals, "back_extension", v)), None
    )
    if extension is not None:
        # TRAINING §6 (McGill): back extensions after deadlifts and rows, not before.
        rule = "after the day's other lifts, never before, so tired erectors never brace one"
        if extension == "machine":
            rule = "loaded from the stack (moderate spinal load); after the day's other lifts"
        out["extension"] = [Choice("back_extension", extension, "extension", "extension", rule)]
    else:
        out["extension"] = [
            Choice(
                "bird_dog",
                "standard",
                "trunk",
                "extension",
                "no bench, machine or ball: the bird-dog is the extensor work (never the "
                "floor superman)",
            )
        ]

    light = [
        Choice(e, v, "horizontal_pull", "light", "light, never makes a session hard")
        for e, v in _LIGHT
        if _owned(goals, e, v)
    ]
    light.append(
        Choice(
            "prone_ytw",
            "dumbbells" if _owned(goals, "prone_ytw", "dumbbells") else "floor",
            "horizontal_pull",
            "light",
            "light, never makes a session hard",
        )
    )
    out["light"] = light[:2]
    return out


def row_choice(goals: Goals) -> tuple[str, str] | None:
    """The row for these goals: the leading goal's order, owned, high-load only if allowed."""
    high_ok = high_load_allowed(goals)[0]
    for exercise, variant in _ROW_ORDER[leading_goal(goals)]:
        if not _owned(goals, exercise, variant):
            continue
        if catalog.spinal_load(exercise, variant) == "high" and not high_ok:
            continue
        return exercise, variant
    return None


def rows_up_to_this_pain(goals: Goals) -> set[tuple[str, str]]:
    """Every row the same goals choose at any pain from 0 to this one.

    The choice only changes where pain becomes the leading goal or crosses a graded-safety
    share, so it is enough to look at those points (and just below them).
    """
    others = goals.posture + goals.strength
    points = {0, goals.pain, max(goals.posture, goals.strength)}
    for share in (rules.PAIN_SHARE_HIGH_LOAD_RIR3, rules.PAIN_SHARE_NO_HIGH_LOAD):
        f = Fraction(str(share))
        points.add(-(-f * others // (1 - f)))  # the smallest pain with that share
    rows = set()
    for pain in sorted(points):
        for p in (pain - 1, pain):
            if 0 <= p <= goals.pain and (p or others):
                pick = row_choice(replace(goals, pain=int(p)))
                if pick:
                    rows.add(pick)
    return rows


def goal_share(goals: Goals, group: str) -> Fraction:
    """The pattern's weight under these goals (slider shares × the SHARES column)."""
    total = goals.posture + goals.pain + goals.strength
    return sum(
        (
            Fraction(getattr(goals, g), total) * s
            for g, s in zip(GOAL_NAMES, SHARES[group], strict=True)
        ),
        Fraction(0),
    )


@lru_cache(maxsize=4096)
def allocation_weight(goals: Goals, group: str) -> Fraction:
    """How sets are shared out between patterns: the posture and strength mix alone (pain
    only when it is the only goal), so raising pain never reorders which work gets a set;
    pain acts through the variants, the effort, the time and the trunk block instead."""
    if goals.posture + goals.strength == 0:
        return SHARES[group][1]
    total = goals.posture + goals.strength
    return (goals.posture * SHARES[group][0] + goals.strength * SHARES[group][2]) / total


@lru_cache(maxsize=4096)
def reason(goals: Goals, choice: Choice) -> str:
    """One true line: the goal share(s) behind the pattern, the equipment, the rule."""
    total = goals.posture + goals.pain + goals.strength
    shares = SHARES[choice.group]
    parts = sorted(
        (
            (Fraction(getattr(goals, g)) * shares[i], g)
            for i, g in enumerate(GOAL_NAMES)
            if getattr(goals, g) > 0 and shares[i] > 0
        ),
        key=lambda c: (-c[0], GOAL_NAMES.index(c[1])),
    )
    if not parts:
        parts = [(Fraction(1), leading_goal(goals))]
    top = [c for c in parts if c[0] * 2 >= parts[0][0]][:2]
    group = "trunk" if choice.pattern == "trunk" else choice.group
    said = " and ".join(
        f"{GOAL_LABELS[g]} {percent(Fraction(getattr(goals, g), total))} "
        f"({purpose(group, g, choice.exercise, choice.variant)})"
        for _, g in top
    )
    name = catalog.exercise(choice.exercise).variant(choice.variant).name
    return f"For {said}. {name}: {equipment_words(choice.exercise, choice.variant)}; {choice.rule}."
