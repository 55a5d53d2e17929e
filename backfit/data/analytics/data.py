"""One profile's sets read once for many aggregates, and the cheap overview of them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb
import pandas as pd

from backfit.data.analytics.sql import FACTS, LIFT_SESSIONS, Query
from backfit.data.store import Store

_PRELUDE = "WITH s AS (FROM _facts), ranked AS (FROM _lift_sessions)"


class ProfileData:
    """One profile's sets, read once into a private temp table for many aggregates.

    Scanning the shared `sets` table once (instead of once per chart) keeps single aggregates
    cheap (the CLI, tests): the profile filter and the e1RM and effective-load arithmetic run
    once, and every aggregate reads the small `_facts` table. Temp tables belong to the cursor,
    so concurrent sessions never see each other's. The Progress page goes further and computes
    everything in one statement (`backfit.analytics.page`).
    """

    def __init__(self, cursor: duckdb.DuckDBPyConnection, profile: str) -> None:
        self.cursor = cursor
        self.profile = profile

    def query(self, sql: str, params: dict[str, object] | None = None) -> pd.DataFrame:
        return self.cursor.execute(sql, params or {}).df()

    def rows(self, sql: str, params: dict[str, object] | None = None) -> list[tuple[Any, ...]]:
        return self.cursor.execute(sql, params or {}).fetchall()

    def run(self, query: Query) -> pd.DataFrame:
        """`query` over this profile's temp tables, in its order."""
        sql = f"{_PRELUDE} SELECT * FROM ({query.sql}) q ORDER BY {query.order}"
        return self.query(sql, query.params)


@contextmanager
def open_profile(store: Store, profile: str, exercise: str | None = None) -> Iterator[ProfileData]:
    """`profile`'s sets (only `exercise`'s, if given) ready for the aggregates."""
    with store.read() as cursor:
        cursor.execute(
            f"CREATE OR REPLACE TEMP TABLE _facts AS {FACTS}",
            {"profile": profile, "exercise": exercise},
        )
        cursor.execute(
            "CREATE OR REPLACE TEMP TABLE _lift_sessions AS"
            f" WITH s AS (FROM _facts) SELECT * FROM ({LIFT_SESSIONS})"
        )
        # No DROP needed: temp tables die with the cursor when `read()` closes it.
        yield ProfileData(cursor, profile)


@dataclass(frozen=True, slots=True)
class Overview:
    sets: int
    working_sets: int
    sessions: int
    first: date | None
    last: date | None
    version: str


def overview(store: Store, profile: str, exercise: str | None = None) -> Overview:
    """Counts and the first/last day; `version` changes whenever the profile's data does.

    The version is a cheap fingerprint (counts, max id, sums) that pages use as a cache key.
    """
    sql = """
        SELECT count(*), count(*) FILTER (kind <> 'warmup'), count(DISTINCT workout_id),
               CAST(min(performed_at) AS DATE), CAST(max(performed_at) AS DATE),
               concat_ws(':', count(*), max(id), sum(reps), sum(weight_kg), sum(assistance_kg),
                         sum(rir), sum(duration_s),
                         (SELECT concat_ws(':', count(*), sum(pain_score),
                                           sum(length(pain_trend)))
                          FROM workouts WHERE profile = $profile),
                         (SELECT max(version) FROM routines WHERE profile = $profile))
        FROM sets
        WHERE profile = $profile AND ($exercise IS NULL OR exercise = $exercise)
    """
    with store.read() as cur:
        row = cur.execute(sql, {"profile": profile, "exercise": exercise}).fetchone()
    assert row is not None
    return Overview(int(row[0]), int(row[1]), int(row[2]), row[3], row[4], str(row[5]))
