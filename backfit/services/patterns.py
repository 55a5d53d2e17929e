"""Movement patterns: which exercises are back work (issue #13, back focus).

Catalog exercises carry their pattern; a custom name gets one when the lifter picks it (on the
Exercises page, or after an import). Until then it is "other": kept in the log, listed under
"Other lifts" on Progress, never counted in back volume, PRs or the muscle map.
"""

from __future__ import annotations

from backfit.core import catalog
from backfit.data import patterns as _patterns
from backfit.data.store import Store

OTHER = _patterns.OTHER
PATTERNS = _patterns.PATTERNS
#: What the lifter reads for each pattern.
PATTERN_NAMES: dict[str, str] = {
    "vertical_pull": "Vertical pull (pull-up, pulldown)",
    "horizontal_pull": "Horizontal pull (row)",
    "hinge": "Hinge (deadlift, good morning)",
    "extension": "Back extension",
    "other": "Other (not back work)",
}


def custom_patterns(store: Store, profile: str) -> dict[str, str]:
    """Every custom exercise of `profile` → its pattern ("other" until the lifter picks one)."""
    return _patterns.custom_patterns(store, profile)


def set_exercise_pattern(store: Store, profile: str, exercise: str, movement: str) -> None:
    """Say which pattern a custom exercise is; `ValidationError` for a catalog one."""
    _patterns.set_pattern(store, profile, exercise, movement)


def pattern_of(exercise: str, custom: dict[str, str]) -> str:
    """The pattern of any exercise: the catalog's, else the lifter's choice, else "other"."""
    if catalog.is_catalog_exercise(exercise):
        return catalog.exercise(exercise).movement
    return custom.get(exercise, OTHER)
