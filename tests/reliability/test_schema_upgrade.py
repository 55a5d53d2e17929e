"""A database made by every earlier schema version opens with today's code and loses nothing.

The fixtures are `tests/fixtures/schema_vN.duckdb`, built by `make_schema_fixtures.py` with only
that version's SQL. Each test works on a copy, so the committed file never changes.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from backfit.data.store import Store, latest_version

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = sorted(int(re.findall(r"\d+", p.stem)[0]) for p in FIXTURES.glob("schema_v*.duckdb"))


def test_every_earlier_schema_version_has_a_fixture() -> None:
    missing = set(range(1, latest_version())) - set(VERSIONS)
    assert not missing, (
        f"no fixture for schema version(s) {sorted(missing)}: add their rows to "
        "tests/fixtures/make_schema_fixtures.py and run it"
    )
    assert VERSIONS, "no schema fixtures at all"


def contents(db: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    """Each table's columns and sorted rows."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            " AND table_name <> 'schema_version' ORDER BY table_name"
        ).fetchall()]  # fmt: skip
        result = {}
        for table in tables:
            cur = con.execute(f'SELECT * FROM "{table}" ORDER BY ALL')
            result[table] = ([d[0] for d in cur.description], cur.fetchall())
        return result
    finally:
        con.close()


def as_upgraded(table: str, columns: list[str], rows: list[tuple[Any, ...]]) -> tuple:
    """What an older table's rows become: migration 007 keeps coach tokens only as SHA-256."""
    if table != "share_tokens" or "token" not in columns:
        return columns, rows
    at = columns.index("token")
    hashed = [(*r[:at], hashlib.sha256(r[at].encode()).hexdigest(), *r[at + 1 :]) for r in rows]
    return [*columns[:at], "token_hash", *columns[at + 1 :]], sorted(hashed)


@pytest.mark.parametrize("version", VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def test_fixture_upgrades_to_latest_without_losing_rows(version: int, tmp_path: Path) -> None:
    copy = tmp_path / f"schema_v{version}.duckdb"
    shutil.copy(FIXTURES / copy.name, copy)
    before = contents(copy)
    assert sum(len(rows) for _, rows in before.values()) >= 20, "fixture is nearly empty"

    with Store.open(str(copy)) as store:
        assert store.schema_version() == latest_version()
        with store.read() as cur:
            for table, (old_columns, old_rows) in before.items():
                columns, rows = as_upgraded(table, old_columns, old_rows)
                listed = ", ".join(f'"{c}"' for c in columns)
                kept = cur.execute(f'SELECT {listed} FROM "{table}" ORDER BY ALL').fetchall()
                assert kept == rows, f"{table} changed in the upgrade from v{version}"
            (in_view,) = cur.execute("SELECT count(*) FROM set_log").fetchone()
    assert in_view == len(before["sets"][1])

    with Store.open(str(copy)) as store:  # a second open is a no-op
        assert store.schema_version() == latest_version()
    assert contents(copy).keys() >= before.keys()
