"""Restore is scoped to the profile the caller names, whatever the backup says (#14: 1, 5)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime

import duckdb
import pytest

from backfit.core.errors import ValidationError
from backfit.data import sharing
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store
from backfit.services import backups

NOW = datetime(2025, 6, 2, 18, 0)


def _log(store: Store, profile: str, reps: int) -> None:
    entry = SetEntry(exercise="row", variant="dumbbell", reps=reps, weight_kg=20.0)
    log_set(store, profile, entry, performed_at=NOW, now=NOW)


def _rows(store: Store, profile: str) -> list[tuple]:
    with store.read() as cur:
        return cur.execute(
            "SELECT reps FROM sets WHERE profile = ? ORDER BY id", [profile]
        ).fetchall()


def _relabel(data: bytes, profile: str) -> bytes:
    """The attack of finding 1: ana's own backup with ben's name written into its manifest."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.namelist():
            body = src.read(item)
            if item == "manifest.json":
                manifest = json.loads(body)
                manifest["profile"] = profile
                body = json.dumps(manifest).encode()
            dst.writestr(item, body)
    return out.getvalue()


def test_a_backup_restores_into_its_own_profile(store: Store) -> None:
    _log(store, "ana", 8)
    data = backups.backup_for(store, "ana", now=NOW)
    _log(store, "ana", 9)
    info = backups.restore_for(store, "ana", data)
    assert info.profile == "ana" and info.sets == 1
    assert _rows(store, "ana") == [(8,)]


def test_a_foreign_manifest_is_refused_and_changes_nothing(store: Store) -> None:
    for reps in (5, 6, 7, 8, 9):
        _log(store, "ben", reps)
    _log(store, "ana", 12)
    forged = _relabel(backups.backup_for(store, "ana", now=NOW), "ben")
    with pytest.raises(ValidationError, match="'ben'"):
        backups.restore_for(store, "ana", forged)
    assert _rows(store, "ben") == [(5,), (6,), (7,), (8,), (9,)]
    assert _rows(store, "ana") == [(12,)]


def test_tokens_are_never_in_a_backup_and_never_restored(store: Store) -> None:
    _log(store, "ana", 8)
    link = sharing.create_link(store, "ana", "coach")
    data = backups.backup_for(store, "ana", now=NOW)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "share_tokens.parquet" not in archive.namelist()
        assert all(link.id.encode() not in archive.read(n) for n in archive.namelist())
    # An older-style backup with a planted link: the rows are ignored.
    planted = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(planted, "w") as dst:
        for item in src.namelist():
            dst.writestr(item, src.read(item))
        con = duckdb.connect()
        table = con.sql(
            "SELECT 'known' AS token, 'ana' AS profile, NULL AS label,"
            " now()::TIMESTAMP AS created_at, NULL::TIMESTAMP AS revoked_at"
        ).to_arrow_table()
        import pyarrow.parquet as pq

        part = io.BytesIO()
        pq.write_table(table, part)
        dst.writestr("share_tokens.parquet", part.getvalue())
    backups.restore_for(store, "ana", planted.getvalue())
    assert sharing.profile_for_token(store, "known") is None
    assert [x.id for x in sharing.list_links(store, "ana")] == [link.id]  # kept, not replaced


def test_inspect_reads_the_owner_without_writing(store: Store) -> None:
    _log(store, "ana", 8)
    info = backups.inspect(backups.backup_for(store, "ana", now=NOW))
    assert (info.profile, info.sets) == ("ana", 1)
    assert backups.can_restore(info, "ana") and not backups.can_restore(info, "ben")
