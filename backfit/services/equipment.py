"""The lifter's kit and lighter-week settings: read and change them (UI and CLI alike)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from backfit.core.training import Inventory, make_equipment
from backfit.core.training.plates import parse_plates
from backfit.core.units import Unit
from backfit.data.profiles import ensure_profile
from backfit.data.settings import (
    equipment,
    lighter_week_every,
    save_equipment,
    save_lighter_week_every,
    skip_lighter_week,
)
from backfit.data.store import Store


def get_equipment(store: Store, profile: str, unit: Unit | None = None) -> Inventory:
    """The kit in `unit` (default: the profile's unit)."""
    unit = unit or ensure_profile(store, profile).unit
    return equipment(store, profile, unit)


def update_equipment(
    store: Store,
    profile: str,
    *,
    unit: Unit | None = None,
    dumbbells: list[float] | None = None,
    plates: str | list[tuple[float, int]] | None = None,
    bar: float | None = None,
    stack_step: float | None = None,
    assist_step: float | None = None,
) -> Inventory:
    """Change the parts given (in `unit`), keep the rest; checked before anything is saved."""
    current = get_equipment(store, profile, unit)
    pairs = parse_plates(plates) if isinstance(plates, str) else plates
    changed = replace(
        current,
        dumbbells=tuple(dumbbells) if dumbbells is not None else current.dumbbells,
        plates=tuple(pairs) if pairs is not None else current.plates,
        bar=bar if bar is not None else current.bar,
        stack_step=stack_step if stack_step is not None else current.stack_step,
        assist_step=assist_step if assist_step is not None else current.assist_step,
    )
    checked = make_equipment(
        changed.unit,
        dumbbells=changed.dumbbells,
        bar=changed.bar,
        plates=changed.plates,
        stack_step=changed.stack_step,
        assist_step=changed.assist_step,
    )
    save_equipment(store, profile, checked)
    return checked


def get_lighter_week_every(store: Store, profile: str) -> int:
    return lighter_week_every(store, profile)


def set_lighter_week_every(store: Store, profile: str, every: int) -> None:
    save_lighter_week_every(store, profile, every)


def set_lighter_week_skipped(store: Store, profile: str, week: date, skipped: bool) -> None:
    skip_lighter_week(store, profile, week, skip=skipped)
