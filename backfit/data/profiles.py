"""Profiles: whose sets these are, and their unit and bodyweight."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from backfit.core.errors import ValidationError
from backfit.core.rules import BODYWEIGHT_RANGE_KG
from backfit.core.units import Unit
from backfit.data.store import DEFAULT_PROFILE, Store

MAX_NAME_LENGTH = 64
UNIT_CHOSEN_KEY = "unit_chosen"


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    unit: Unit = "kg"
    bodyweight_kg: float | None = None


def clean_name(name: str) -> str:
    """A profile name as stored: trimmed, non-empty, printable, at most 64 characters."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A profile needs a name.", field="profile")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError(
            f"A profile name has at most {MAX_NAME_LENGTH} characters.", field="profile"
        )
    if not cleaned.isprintable():
        raise ValidationError("A profile name cannot contain control characters.", field="profile")
    return cleaned


def ensure_profile(store: Store, name: str = DEFAULT_PROFILE) -> Profile:
    """The profile called `name`, created with defaults on first use."""
    name = clean_name(name)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute("INSERT INTO profiles (name) VALUES (?) ON CONFLICT DO NOTHING", [name])

    existing = get_profile(store, name)
    if existing is not None:
        return existing
    try:
        store.write(work)
    except (duckdb.ConstraintException, duckdb.TransactionException) as exc:
        # Another thread created it between our read and our commit: DuckDB's ON CONFLICT
        # only sees committed rows, so the race surfaces as a duplicate key (at insert or at
        # commit). The profile exists either way, which is all the caller asked for.
        if "uplicate key" not in str(exc):
            raise
    profile = get_profile(store, name)
    assert profile is not None
    return profile


def get_profile(store: Store, name: str) -> Profile | None:
    with store.read() as cur:
        row = cur.execute(
            "SELECT name, unit, bodyweight_kg FROM profiles WHERE name = ?", [name]
        ).fetchone()
    return Profile(row[0], row[1], row[2]) if row else None


def list_profiles(store: Store) -> list[str]:
    with store.read() as cur:
        return [r[0] for r in cur.execute("SELECT name FROM profiles ORDER BY name").fetchall()]


def update_profile(
    store: Store, name: str, *, unit: Unit | None = None, bodyweight_kg: float | None = None
) -> Profile:
    """Change a profile's unit and/or bodyweight (None leaves a field as it is)."""
    if unit is not None and unit not in ("kg", "lb"):
        raise ValidationError("The unit is kg or lb.", field="unit")
    low, high = BODYWEIGHT_RANGE_KG
    if bodyweight_kg is not None and not low <= bodyweight_kg <= high:
        raise ValidationError(
            f"Bodyweight must be between {low:g} and {high:g} kg.", field="bodyweight"
        )
    ensure_profile(store, name)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        if unit is not None:
            cur.execute("UPDATE profiles SET unit = ? WHERE name = ?", [unit, name])
            # Remembered apart from the column's 'kg' default: an importer may only rely on a
            # unit the lifter chose (issue #12), never on the default.
            cur.execute(
                "INSERT INTO profile_settings (profile, key, value) VALUES (?, ?, 'true')"
                " ON CONFLICT (profile, key) DO NOTHING",
                [name, UNIT_CHOSEN_KEY],
            )
        if bodyweight_kg is not None:
            cur.execute(
                "UPDATE profiles SET bodyweight_kg = ? WHERE name = ?", [bodyweight_kg, name]
            )

    store.write(work)
    profile = get_profile(store, name)
    assert profile is not None
    return profile


def chosen_unit(store: Store, name: str) -> Unit | None:
    """The profile's unit if the lifter set it (lb is always a choice), else None."""
    with store.read() as cur:
        rows = cur.execute(
            "SELECT p.unit, s.value IS NOT NULL FROM profiles p"
            " LEFT JOIN profile_settings s ON s.profile = p.name AND s.key = ?"
            " WHERE p.name = ?",
            [UNIT_CHOSEN_KEY, name],
        ).fetchall()
    if not rows:
        return None
    unit, chosen = rows[0]
    return unit if chosen or unit == "lb" else None


#: Every table that holds a profile's rows, and the column naming it (children first).
PROFILE_TABLES: tuple[tuple[str, str], ...] = (
    ("session_lifts", "profile"),
    ("sets", "profile"),
    ("workouts", "profile"),
    ("checkins", "profile"),
    ("trunk_tests", "profile"),
    ("red_flag_screens", "profile"),
    ("routines", "profile"),
    ("share_tokens", "profile"),
    ("profile_settings", "profile"),
    ("custom_exercises", "profile"),
    ("exercise_patterns", "profile"),
    ("profiles", "name"),
)


def delete_profile(store: Store, name: str) -> None:
    """Remove a profile and every row of it, in one transaction."""

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        for table, column in PROFILE_TABLES:
            cur.execute(f"DELETE FROM {table} WHERE {column} = ?", [name])

    store.write(work)


def has_data(store: Store, profile: str) -> bool:
    """True once the profile has any set or saved routine."""
    with store.read() as cur:
        row = cur.execute(
            "SELECT (SELECT count(*) FROM sets WHERE profile = $p)"
            " + (SELECT count(*) FROM routines WHERE profile = $p)",
            {"p": profile},
        ).fetchone()
    return bool(row and row[0])
