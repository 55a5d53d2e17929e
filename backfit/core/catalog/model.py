"""What the catalog is made of: equipment, exercises and their variants, warm-ups, stretches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from backfit.core.rules import Movement

#: TRAINING §1 spinal-load class of a variant; the weights live in `rules.SPINAL_LOAD_WEIGHT`.
SpinalLoad = Literal["high", "moderate", "low", "none"]
#: Which part of the catalog an exercise belongs to (TRAINING §1).
Family = Literal["foundational", "trunk", "upper_back"]
LoadType = Literal["barbell", "dumbbell", "cable", "machine", "assisted", "bodyweight", "band"]


@dataclass(frozen=True, slots=True)
class Equipment:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Variant:
    """One way to perform an exercise, and what it needs.

    `needs` is a tuple of alternatives-free requirements: every id in it must be owned.
    `load` says how the weight is expressed, which decides the progression step.
    `spinal_load` is the TRAINING §1 class; `sides` is 2 for one-arm or one-side work, whose
    time counts both sides (§2). A `retired` variant is never prescribed (old sets still load).
    """

    id: str
    name: str
    needs: tuple[str, ...]
    load: LoadType
    note: str = ""
    spinal_load: SpinalLoad = "low"
    sides: int = 1
    retired: bool = False


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    movement: Movement
    muscles: tuple[str, ...]
    variants: tuple[Variant, ...]
    cues: tuple[str, ...]
    progression: str
    icon: str
    family: Family = "foundational"
    #: Light accessories never make a session hard (TRAINING §2: 48-hour rule).
    light: bool = False

    def variant(self, variant_id: str) -> Variant:
        for variant in self.variants:
            if variant.id == variant_id:
                return variant
        raise KeyError(f"{self.id} has no variant {variant_id!r}")

    @property
    def variant_ids(self) -> tuple[str, ...]:
        return tuple(v.id for v in self.variants)


@dataclass(frozen=True, slots=True)
class WarmupItem:
    id: str
    name: str
    minutes: float
    how: str


@dataclass(frozen=True, slots=True)
class Stretch:
    id: str
    name: str
    targets: tuple[str, ...]
    hold_s: int
    sets: int
    how: str
