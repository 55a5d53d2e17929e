"""Helpers for importer tests: the shared sample files and reading back what landed."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from backfit.data.store import Store

# The project's shared folder sits beside the checkout (`../shared/samples`, DESIGN §8).
SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"


def sample(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


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
