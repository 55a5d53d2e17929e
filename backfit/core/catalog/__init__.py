"""The exercise catalog v2: the five foundational back exercises, the trunk-endurance and
upper-back families that support them, warm-ups and stretches.

Everything here is data from TRAINING.md §1 and §6 (muscles, variants, spinal-load class, form
cues, how to progress) plus the equipment ids of DESIGN.md §5. Engines, importers and pages read
it; nothing writes it. Ids are stable strings because they are stored in the lifter's database:
a retired variant (the floor "superman") stays here so old logged sets keep their name, but the
routine engine never prescribes it.

The data lives in one module per part (`foundational`, `supporting`, `equipment`, `framing`,
the types in `model`); this module joins them and answers the look-ups the engines ask.
"""

from __future__ import annotations

from types import MappingProxyType

from backfit.core.catalog.equipment import EQUIPMENT, EQUIPMENT_IDS, MUSCLES
from backfit.core.catalog.foundational import FOUNDATIONAL
from backfit.core.catalog.framing import (
    RED_FLAG_QUESTIONS,
    SAFETY_NOTES,
    STRETCHES,
    URGENT_CARE,
    WARMUP,
)
from backfit.core.catalog.model import (
    Equipment,
    Exercise,
    Family,
    LoadType,
    SpinalLoad,
    Stretch,
    Variant,
    WarmupItem,
)
from backfit.core.catalog.supporting import SUPPORTING

__all__ = [
    "EQUIPMENT",
    "EQUIPMENT_IDS",
    "EXERCISES",
    "EXERCISE_IDS",
    "FAMILY_LABELS",
    "FOUNDATIONAL_IDS",
    "MUSCLES",
    "RED_FLAG_QUESTIONS",
    "SAFETY_NOTES",
    "STRETCHES",
    "URGENT_CARE",
    "WARMUP",
    "Equipment",
    "Exercise",
    "Family",
    "LoadType",
    "SpinalLoad",
    "Stretch",
    "Variant",
    "WarmupItem",
    "available_variants",
    "exercise",
    "family",
    "is_catalog_exercise",
    "spinal_load",
    "variant_available",
]

EXERCISES: tuple[Exercise, ...] = FOUNDATIONAL + SUPPORTING

_BY_ID = MappingProxyType({e.id: e for e in EXERCISES})
EXERCISE_IDS: tuple[str, ...] = tuple(_BY_ID)


def exercise(exercise_id: str) -> Exercise:
    """The catalog exercise with this id (KeyError for a custom exercise name)."""
    return _BY_ID[exercise_id]


def is_catalog_exercise(exercise_id: str) -> bool:
    return exercise_id in _BY_ID


#: The five foundational exercises (product brief), then the supporting families.
FOUNDATIONAL_IDS: tuple[str, ...] = tuple(e.id for e in EXERCISES if e.family == "foundational")
FAMILY_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "foundational": "The five foundational exercises",
        "trunk": "Trunk endurance (McGill big 3)",
        "upper_back": "Upper-back endurance",
    }
)


def family(name: str) -> tuple[Exercise, ...]:
    return tuple(e for e in EXERCISES if e.family == name)


def spinal_load(exercise_id: str, variant_id: str) -> SpinalLoad:
    """The variant's TRAINING §1 spinal-load class ("low" for a custom exercise)."""
    if exercise_id not in _BY_ID:
        return "low"
    return _BY_ID[exercise_id].variant(variant_id).spinal_load


def variant_available(variant: Variant, owned: frozenset[str] | set[str]) -> bool:
    """True when every piece of equipment the variant needs is owned."""
    return all(need in owned for need in variant.needs)


def available_variants(exercise_id: str, owned: frozenset[str] | set[str]) -> tuple[Variant, ...]:
    """Variants the equipment allows and the engine may prescribe (retired ones excluded)."""
    return tuple(
        v for v in exercise(exercise_id).variants if not v.retired and variant_available(v, owned)
    )
