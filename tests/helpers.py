"""Small helpers the tests share (not part of BackFit's API)."""

from __future__ import annotations

from backfit.data.store import Store


def count_sets(store: Store, profile: str | None = None) -> int:
    """How many sets the database holds, for one profile or all."""
    with store.read() as cur:
        if profile is None:
            return int(cur.execute("SELECT count(*) FROM sets").fetchone()[0])
        row = cur.execute("SELECT count(*) FROM sets WHERE profile = ?", [profile]).fetchone()
        return int(row[0])
