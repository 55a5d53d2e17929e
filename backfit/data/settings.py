"""Per-profile settings (plate inventory, cable step), JSON values in `profile_settings`."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from backfit.core.errors import ValidationError
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
