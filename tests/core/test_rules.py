"""One home per rule: every training number lives in `backfit.core.rules`, and its users share it.

Identity (`is`), not equality: two copies that happen to agree today are the bug this guards.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

from backfit.charts import style
from backfit.core import catalog, goals, rules
from backfit.core.routine import generate, scheduling
from backfit.core.training import double_progression, e1rm, steps
from backfit.data.analytics import exercises, summary

CORE = Path(rules.__file__).resolve().parent

#: Module-level numbers in `core` that are not TRAINING.md rules, and why they live where they do.
NOT_RULES = {
    (
        "catalog/framing.py",
        "WARMUP",
    ): "catalog content: each item's dose, checked against the rules",
    ("catalog/framing.py", "STRETCHES"): "catalog content: each stretch's dose, checked below",
    ("catalog/foundational.py", "FOUNDATIONAL"): "catalog content: `sides=2` marks one-arm work",
    ("catalog/supporting.py", "SUPPORTING"): "catalog content: `sides=2` marks one-side work",
    ("goals.py", "DAYS_RANGE"): "a DESIGN §5 input bound, not a training rule",
    ("goals.py", "MINUTES_RANGE"): "a DESIGN §5 input bound",
    ("goals.py", "PULLUPS_RANGE"): "a DESIGN §5 input bound",
    ("routine/draft.py", "_ORDER"): "an order (hinge, pulls, extensions), not a quantity",
    ("routine/scheduling.py", "WEEK_LAYOUT"): "weekday indexes of the spread, not a quantity",
    ("routine/selection.py", "SHARES"): "our default movement shares per goal, engine-internal",
    ("training/equipment.py", "_SCALE"): "arithmetic in hundredths of the kit's unit",
    ("training/plates.py", "_SCALE"): "arithmetic in hundredths of a kilo",
    ("training/plates.py", "MAX_PAIRS"): "a bound on the plate calculator's search",
    ("training/plates.py", "DEFAULT_KG"): "a default gym's plates, replaced by the inventory",
    ("training/plates.py", "DEFAULT_LB"): "a default gym's plates, replaced by the inventory",
    ("training/prescriptions.py", "_DEFAULTS"): "catalog default doses per exercise and variant",
    ("training/prescriptions.py", "_CUSTOM_DEFAULT"): "the default dose of a custom exercise",
    ("training/steps.py", "EPS"): "float tolerance",
    ("units.py", "KG_PER_LB"): "the 1959 pound, a unit not a rule",
    ("validation.py", "EARLIEST_SET"): "a datetime built from rules.EARLIEST_SET_YEAR",
}


def _numeric_constants() -> set[tuple[str, str]]:
    found = set()
    for path in CORE.rglob("*.py"):
        if path.name == "rules.py":
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign | ast.AnnAssign):
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if not (isinstance(target, ast.Name) and target.id.lstrip("_").isupper()):
                    continue
                numbers = [
                    n
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.Constant)
                    and isinstance(n.value, int | float)
                    and not isinstance(n.value, bool)
                ]
                if numbers:
                    found.add((path.relative_to(CORE).as_posix(), target.id))
    return found


def test_no_training_number_is_written_outside_rules() -> None:
    assert _numeric_constants() - set(NOT_RULES) == set()


def test_the_weekly_band_is_one_object_for_the_routine_and_the_progress_page() -> None:
    assert generate.WEEKLY_SETS_BAND is rules.WEEKLY_SETS_BAND
    assert summary.WEEKLY_SETS_BAND is rules.WEEKLY_SETS_BAND
    for level, (low, high) in rules.WEEKLY_SETS_BAND.items():
        assert low <= rules.WEEKLY_SETS_DEFAULT[level] <= high


def test_one_pull_up_ladder_for_progression_analytics_and_charts() -> None:
    assert double_progression.PULL_UP_RUNG is rules.PULL_UP_RUNG
    assert exercises.PULL_UP_RUNGS is rules.PULL_UP_RUNGS
    assert set(style.LADDER_COLOURS) == set(rules.PULL_UP_RUNGS)
    variants = set(catalog.exercise("pull_up").variant_ids)
    assert set(rules.PULL_UP_RUNG) == variants
    assert sorted(set(rules.PULL_UP_RUNG.values())) == list(range(len(rules.PULL_UP_RUNGS)))
    # TRAINING §3: assisted, then negatives, then bodyweight, then weighted.
    order = sorted(variants, key=rules.PULL_UP_RUNG.__getitem__)
    assert order.index("negative") > order.index("machine_assisted")
    assert order.index("weighted") == len(order) - 1


def test_movements_are_one_set_in_one_order() -> None:
    assert get_args(rules.Movement) == rules.MOVEMENTS
    assert {e.movement for e in catalog.EXERCISES} <= set(rules.MOVEMENTS)
    assert set(scheduling.WEEK_LAYOUT) == set(range(1, 7))


def test_levels_bounds_and_steps_have_one_home() -> None:
    assert goals.LEVELS is rules.LEVELS
    assert goals.SLIDER_RANGE is rules.SLIDER_RANGE
    assert set(rules.WEEKLY_SETS_BAND) == set(rules.LEVELS)
    assert steps.LOAD_STEPS is rules.LOAD_STEPS
    assert e1rm.MAX_REPS_FOR_ESTIMATE is rules.MAX_REPS_FOR_ESTIMATE


def test_every_stretch_is_dosed_within_the_rule() -> None:
    low, high = rules.STRETCH_HOLD_S
    fewest, most = rules.STRETCH_SETS
    for stretch in catalog.STRETCHES:
        assert low <= stretch.hold_s <= high, stretch.id
        assert fewest <= stretch.sets <= most, stretch.id
