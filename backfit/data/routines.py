"""The active routine, versioned in DuckDB: every "Train this" stores a new version."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import duckdb

from backfit.core.routine.model import Routine
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store, one_row


@dataclass(frozen=True, slots=True)
class StoredRoutine:
    version: int
    created_at: datetime
    routine: Routine


def save_routine(store: Store, profile: str, routine: Routine) -> int:
    """Store `routine` as the profile's newest (active) version; returns the version number."""
    ensure_profile(store, profile)
    payload = json.dumps(routine.to_json(), ensure_ascii=False)

    def work(cur: duckdb.DuckDBPyConnection) -> int:
        (version,) = one_row(
            cur, "SELECT coalesce(max(version), 0) + 1 FROM routines WHERE profile = ?", [profile]
        )
        cur.execute(
            "INSERT INTO routines (profile, version, query, plan_json) VALUES (?, ?, ?, ?)",
            [profile, version, routine.query, payload],
        )
        return int(version)

    return store.write(work)


def active_routine(store: Store, profile: str) -> StoredRoutine | None:
    """The profile's newest stored routine, or None before the first "Train this"."""
    with store.read() as cur:
        row = cur.execute(
            "SELECT version, created_at, plan_json FROM routines WHERE profile = ?"
            " ORDER BY version DESC LIMIT 1",
            [profile],
        ).fetchone()
    if row is None:
        return None
    return StoredRoutine(int(row[0]), row[1], Routine.from_json(json.loads(row[2])))
