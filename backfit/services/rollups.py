"""Use cases of the rollups (`backfit.data.rollups`) that the CLI and the app share."""

from __future__ import annotations

from backfit.data import rollups
from backfit.data.store import Store


def rebuild_rollups(store: Store) -> int:
    """Recompute every rollup row from the sets, in one transaction; returns the row count.

    Never needed in normal use (every write keeps them exact); for after a fix in how a figure
    is defined, or to lay the rows out by lifter again after many writes.
    """
    return store.write(rollups.rebuild)
