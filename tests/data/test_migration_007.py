"""migration 007 re-hashes the coach tokens of an older database; its links keep working."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from backfit.data import sharing
from backfit.data.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LIVE, GONE = "tok_live_0123456789abcdef", "tok_gone_fedcba9876543210"


@pytest.mark.parametrize("version", [1, 2])
def test_old_tokens_are_hashed_and_still_open_their_link(tmp_path: Path, version: int) -> None:
    copy = tmp_path / f"schema_v{version}.duckdb"
    shutil.copy(FIXTURES / copy.name, copy)
    with Store.open(str(copy)) as store:
        assert sharing.profile_for_token(store, LIVE) == "me"
        assert sharing.profile_for_token(store, GONE) is None  # still revoked
        links = sharing.list_links(store, "me")
        assert [link.label for link in links] == ["coach", "old coach"]
    with duckdb.connect(str(copy), read_only=True) as con:
        rows = con.execute("SELECT * FROM share_tokens ORDER BY created_at").fetchall()
        columns = [c[0] for c in con.description]
    assert columns == ["token_hash", "profile", "label", "created_at", "revoked_at"]
    assert {r[0] for r in rows} == {hashlib.sha256(t.encode()).hexdigest() for t in (LIVE, GONE)}
    assert LIVE not in repr(rows) and GONE not in repr(rows)  # no plaintext left at rest
