"""Per-profile settings (equipment, plates, lighter week), JSON values in `profile_settings`."""

from __future__ import annotations

import contextlib
import json
from dataclasses import replace
from datetime import date
from typing import Any

import duckdb

from backfit.core.errors import ValidationError
from backfit.core.rules import LIGHTER_WEEK_EVERY
from backfit.core.training.equipment import Inventory, default_equipment
from backfit.core.training.lighter_week import check_every
from backfit.core.training.plates import PlateInventory, default_inventory
from backfit.core.units import Unit, from_kg, to_kg
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store

PLATES_KEY = "plates"
CABLE_STEP_KEY = "cable_step"


def get_setting(store: Store, profile: str, key: str) -> Any | None:
    with store.read() as cur:
        row = cur.execute(
            "SELECT value FROM profile_settings WHERE profile = ? AND key = ?", [profile, key]
        ).fetchone()
    return json.loads(row[0]) if row else None


def set_setting(store: Store, profile: str, key: str, value: Any) -> None:
    ensure_profile(store, profile)
    payload = json.dumps(value)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO profile_settings (profile, key, value) VALUES (?, ?, ?)"
            " ON CONFLICT (profile, key) DO UPDATE SET value = excluded.value",
            [profile, key, payload],
        )

    store.write(work)


def plate_inventory(store: Store, profile: str, unit: Unit) -> PlateInventory:
    """The profile's bar and plates, or the standard set for `unit` before any were saved."""
    data = get_setting(store, profile, PLATES_KEY)
    if data is None:
        return default_inventory(unit)
    try:
        return PlateInventory.from_json(data)
    except (KeyError, TypeError, ValueError, ValidationError):
        return default_inventory(unit)


def save_plate_inventory(store: Store, profile: str, inventory: PlateInventory) -> None:
    set_setting(store, profile, PLATES_KEY, inventory.to_json())


def cable_step(store: Store, profile: str, unit: Unit) -> float | None:
    """The user-set cable/machine stack step in `unit`, or None for the default."""
    kg = get_setting(store, profile, CABLE_STEP_KEY)
    return None if kg is None else round(from_kg(float(kg), unit), 4)


def save_cable_step(store: Store, profile: str, step: float, unit: Unit) -> None:
    """Store the stack step typed in `unit` (0.5–20 kg)."""
    kg = to_kg(step, unit)
    if not 0.5 <= kg <= 20:
        raise ValidationError("The stack step is between 0.5 and 20 kg.", field="cable_step")
    set_setting(store, profile, CABLE_STEP_KEY, kg)


# --- the equipment inventory and the lighter week (TRAINING §4) ---------------------------------

EQUIPMENT_KEY = "equipment"
LIGHTER_EVERY_KEY = "lighter_week_every"
LIGHTER_SKIPPED_KEY = "lighter_weeks_skipped"


def equipment(store: Store, profile: str, unit: Unit) -> Inventory:
    """The profile's kit in `unit`: the saved one when it was saved in `unit`, else defaults.

    The plate calculator saves the bar and plates on their own (and did before the full
    inventory existed), so those and the cable step are read from there. A kit saved in the
    other unit is not converted (a 20 kg plate is not a 44.09 lb plate): the lifter logging in
    that unit gets that unit's common gym.
    """
    data = get_setting(store, profile, EQUIPMENT_KEY)
    base = default_equipment(unit)
    if data is not None and data.get("unit") == unit:
        with contextlib.suppress(KeyError, TypeError, ValueError, ValidationError):
            base = Inventory.from_json(data)
    plates = plate_inventory(store, profile, unit)
    step = cable_step(store, profile, unit)
    if plates.unit == unit:
        base = replace(base, bar=plates.bar, plates=plates.plates)
    if step:
        base = replace(base, stack_step=step)
    return base


def save_equipment(store: Store, profile: str, inventory: Inventory) -> None:
    """Store the kit; the plate calculator's inventory follows it."""
    set_setting(store, profile, EQUIPMENT_KEY, inventory.to_json())
    save_plate_inventory(store, profile, inventory.plate_inventory)
    set_setting(store, profile, CABLE_STEP_KEY, to_kg(inventory.stack_step, inventory.unit))


def lighter_week_every(store: Store, profile: str) -> int:
    value = get_setting(store, profile, LIGHTER_EVERY_KEY)
    try:
        return check_every(int(value)) if value is not None else LIGHTER_WEEK_EVERY
    except (TypeError, ValueError, ValidationError):
        return LIGHTER_WEEK_EVERY


def save_lighter_week_every(store: Store, profile: str, every: int) -> None:
    set_setting(store, profile, LIGHTER_EVERY_KEY, check_every(every))


def skipped_lighter_weeks(store: Store, profile: str) -> set[date]:
    value = get_setting(store, profile, LIGHTER_SKIPPED_KEY) or []
    return {date.fromisoformat(d) for d in value}


def skip_lighter_week(store: Store, profile: str, week: date, *, skip: bool = True) -> None:
    weeks = skipped_lighter_weeks(store, profile)
    weeks = weeks | {week} if skip else weeks - {week}
    set_setting(store, profile, LIGHTER_SKIPPED_KEY, sorted(d.isoformat() for d in weeks))
