"""`backfit copy`: move a whole BackFit database to another database string (DESIGN §7).

The CLI calls this, never `backfit.data.copying` itself; a future Data-page button would too.

    copy_to("/srv/backfit/backfit.duckdb", "md:backfit")   # {'profiles': 12, 'sets': 48211, …}
"""

from __future__ import annotations

from backfit.data import copying


def copy_to(source: str, target: str) -> dict[str, int]:
    """Copy every row of `source` into the empty database `target`, checked before commit."""
    return copying.copy_database(source, target)
