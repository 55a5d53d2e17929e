"""Your data out and back: the set log as CSV or Parquet, a whole-profile backup, a restore.

Heavy: Arrow loads with this module, so commands import it late.

One lifter's backup is the zip Data → Backup makes (`backfit.data.exporters.backup`). A server
backup, for the operator of a hosted deployment, is a zip of every profile's backup plus a
manifest, so it restores through the same profile-scoped path one profile at a time.

Whose rows a restore may replace is decided by the caller, not by the file: `restore_for`
refuses a backup whose manifest names another profile, with nothing changed.

    data = backup_for(store, "ana", now=datetime.now())
    restore_for(store, "ana", data)             # ana's rows replaced by the backup's
    restore_for(store, "ana", bens_backup)      # ValidationError: this backup is of 'ben'
    restore_server(store, backup_server(store, now=datetime.now()))
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from backfit.core.errors import ValidationError
from backfit.data import exporters
from backfit.data.exporters import (
    backup,
    export_set_log,
    read_backup,
    restore_backup,
    set_log_frame,
)
from backfit.data.profiles import clean_name, get_profile, list_profiles
from backfit.data.store import Store

__all__ = [
    "BackupInfo",
    "backup",
    "backup_for",
    "backup_server",
    "can_restore",
    "export_set_log",
    "inspect",
    "is_server_backup",
    "read_backup",
    "restore_backup",
    "restore_for",
    "restore_server",
    "server_parts",
    "set_log_frame",
]

SERVER_MANIFEST = "server_manifest.json"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What one profile's backup holds."""

    profile: str
    created_at: str
    schema_version: int
    rows: dict[str, int]

    @property
    def sets(self) -> int:
        return int(self.rows.get("sets", 0))


def backup_for(store: Store, profile: str, *, now: datetime) -> bytes:
    """A zip of every row of `profile`, for `restore_for`; an unknown profile is refused."""
    profile = clean_name(profile)
    if get_profile(store, profile) is None:
        raise ValidationError(f"There is no profile {profile!r}.", field="profile")
    return exporters.backup(store, profile, now=now)


def inspect(data: bytes) -> BackupInfo:
    """What a one-profile backup holds, or `ValidationError` if it is not one."""
    manifest, _ = exporters.read_backup(data)
    return _info(manifest)


def can_restore(info: BackupInfo, profile: str) -> bool:
    """Whether `restore_for(…, profile, …)` would accept this backup's owner."""
    return info.profile == profile


def restore_for(store: Store, profile: str, data: bytes) -> BackupInfo:
    """Replace `profile`'s rows with the backup's, in one transaction; refuse anyone else's."""
    profile = clean_name(profile)
    info = inspect(data)
    if info.profile != profile:
        raise ValidationError(
            f"This backup is of {info.profile!r}, not {profile!r}; nothing was changed.",
            field="file",
        )
    return _info(exporters.restore_backup(store, data, profile))


def backup_server(store: Store, *, now: datetime) -> bytes:
    """Every profile's backup in one zip, with a manifest listing them (for the operator)."""
    buffer = io.BytesIO()
    entries: list[dict[str, Any]] = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for number, profile in enumerate(sorted(list_profiles(store)), start=1):
            part = backup_for(store, profile, now=now)
            name = f"profiles/{number:05d}.zip"  # numbered: a profile name is no file name
            archive.writestr(name, part)
            entries.append({"profile": profile, "file": name, "rows": inspect(part).rows})
        manifest = {
            "backfit_server_backup": 1,
            "created_at": now.isoformat(timespec="seconds"),
            "schema_version": store.schema_version(),
            "profiles": entries,
        }
        archive.writestr(SERVER_MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
    return buffer.getvalue()


def is_server_backup(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return SERVER_MANIFEST in archive.namelist()
    except zipfile.BadZipFile:
        return False


def server_parts(data: bytes) -> dict[str, bytes]:
    """Profile → that profile's backup, from a server backup (checked, not yet restored)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            manifest = json.loads(archive.read(SERVER_MANIFEST))
            entries = manifest.get("profiles", []) if isinstance(manifest, dict) else []
            parts = {str(e["profile"]): archive.read(str(e["file"])) for e in entries}
    except (zipfile.BadZipFile, KeyError, TypeError, ValueError):
        raise ValidationError("This is not a BackFit server backup.", field="file") from None
    for profile, part in parts.items():
        if inspect(part).profile != profile:
            raise ValidationError(
                f"The server backup's entry for {profile!r} holds another profile.", field="file"
            )
    return parts


def restore_server(store: Store, data: bytes, *, only: str | None = None) -> list[BackupInfo]:
    """Restore each profile of a server backup (or just `only`), one transaction per profile.

    Every part is checked before the first is restored, so a damaged file changes nothing.
    """
    parts = server_parts(data)
    if only is not None:
        only = clean_name(only)
        if only not in parts:
            raise ValidationError(f"The backup holds no profile {only!r}.", field="profile")
        parts = {only: parts[only]}
    return [restore_for(store, profile, part) for profile, part in parts.items()]


def _info(manifest: dict[str, Any]) -> BackupInfo:
    rows = manifest.get("rows", {})
    return BackupInfo(
        profile=str(manifest.get("profile", "")),
        created_at=str(manifest.get("created_at", "")),
        schema_version=int(manifest.get("schema_version", 0)),
        rows={str(k): int(v) for k, v in rows.items()} if isinstance(rows, dict) else {},
    )
