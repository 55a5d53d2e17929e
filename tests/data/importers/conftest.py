"""Helpers for importer tests: the project's fixture exports and reading back what landed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from backfit.data.store import Store

# Hand-written exports the repository owns (a plain clone has no `../shared`).
EXPORTS = Path(__file__).resolve().parents[2] / "fixtures" / "exports"


def sample(name: str) -> bytes:
    return (EXPORTS / name).read_bytes()


def set_log(store: Store, profile: str = "me") -> pd.DataFrame:
    with store.read() as cur:
        return cur.execute(
            "SELECT * FROM set_log WHERE profile = ?"
            " ORDER BY performed_at, workout_id, exercise, set_index",
            [profile],
        ).df()


def table_counts(store: Store) -> dict[str, int]:
    tables = ("profiles", "custom_exercises", "workouts", "sets")
    with store.read() as cur:
        return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
