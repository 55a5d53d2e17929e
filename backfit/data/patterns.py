"""Movement patterns of custom exercises, and the database-wide settings (`app_settings`).

A catalog exercise's pattern is in `backfit.core.catalog`; a custom name (typed, or kept
verbatim by an importer) has one only when the lifter picked it. Without a row it is "other":
kept in the log, never counted as back work (issue #13, back focus).
"""

from __future__ import annotations

import duckdb

from backfit.core import catalog
from backfit.core.errors import ValidationError
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store

OTHER = "other"
PATTERNS: tuple[str, ...] = ("vertical_pull", "horizontal_pull", "hinge", "extension", OTHER)


def custom_patterns(store: Store, profile: str) -> dict[str, str]:
    """Every custom name of `profile` (created or logged) → its pattern, "other" if unset."""
    sql = """
        WITH names AS (
            SELECT name AS exercise FROM custom_exercises WHERE profile = $profile
            UNION SELECT DISTINCT exercise FROM sets WHERE profile = $profile
        )
        SELECT n.exercise, coalesce(p.movement, 'other')
        FROM names n LEFT JOIN exercise_patterns p
             ON p.profile = $profile AND p.exercise = n.exercise
        ORDER BY lower(n.exercise)"""
    with store.read() as cur:
        rows = cur.execute(sql, {"profile": profile}).fetchall()
    return {name: movement for name, movement in rows if not catalog.is_catalog_exercise(name)}


def set_pattern(store: Store, profile: str, exercise: str, movement: str) -> None:
    """Store the pattern of a custom exercise; catalog exercises keep the catalog's."""
    if catalog.is_catalog_exercise(exercise):
        raise ValidationError(
            f"{catalog.exercise(exercise).name} is in the catalog; its pattern is fixed.",
            field="exercise",
        )
    if movement not in PATTERNS:
        raise ValidationError(
            f"The movement pattern is one of {', '.join(PATTERNS)}.", field="movement"
        )
    ensure_profile(store, profile)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO exercise_patterns (profile, exercise, movement) VALUES (?, ?, ?)"
            " ON CONFLICT (profile, exercise) DO UPDATE SET movement = excluded.movement",
            [profile, exercise, movement],
        )

    store.write(work)


def get_app_setting(store: Store, key: str) -> str | None:
    with store.read() as cur:
        row = cur.execute("SELECT value FROM app_settings WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_app_setting(store: Store, key: str, value: str) -> None:
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO app_settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )
    )
