"""Read-only progress links for a coach (DESIGN §6).

A link carries an unguessable token (`secrets.token_urlsafe`, 32 bytes of randomness) that maps
to one profile in the `share_tokens` table. Anyone holding it sees that profile's Progress view
and nothing else, with no write controls; revoking it stamps `revoked_at` (the row is kept for
the record) and the link stops working at once.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

import duckdb

from backfit.core.errors import ValidationError
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store

TOKEN_BYTES = 32
MAX_LABEL_LENGTH = 80


@dataclass(frozen=True, slots=True)
class ShareLink:
    token: str
    profile: str
    label: str | None
    created_at: datetime
    revoked_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def create_link(store: Store, profile: str, label: str | None = None) -> ShareLink:
    """A new read-only link to `profile`'s progress; `label` says who it is for."""
    label = " ".join(label.split()) if label else None
    if label is not None and (len(label) > MAX_LABEL_LENGTH or not label.isprintable()):
        raise ValidationError(
            f"A link label is printable text of at most {MAX_LABEL_LENGTH} characters.",
            field="label",
        )
    ensure_profile(store, profile)
    token = secrets.token_urlsafe(TOKEN_BYTES)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO share_tokens (token, profile, label) VALUES (?, ?, ?)",
            [token, profile, label],
        )

    store.write(work)
    link = get_link(store, token)
    assert link is not None
    return link


def get_link(store: Store, token: str) -> ShareLink | None:
    """The link with this token, revoked or not; None for a token that never existed."""
    with store.read() as cur:
        row = cur.execute(
            "SELECT token, profile, label, created_at, revoked_at FROM share_tokens"
            " WHERE token = ?",
            [token],
        ).fetchone()
    return ShareLink(*row) if row else None


def profile_for_token(store: Store, token: str | None) -> str | None:
    """The profile a live link shows, or None for a missing, unknown or revoked token."""
    if not token:
        return None
    link = get_link(store, token)
    return link.profile if link is not None and link.active else None


def list_links(store: Store, profile: str) -> list[ShareLink]:
    """The profile's links, newest first, revoked ones included."""
    with store.read() as cur:
        rows = cur.execute(
            "SELECT token, profile, label, created_at, revoked_at FROM share_tokens"
            " WHERE profile = ? ORDER BY created_at DESC, token",
            [profile],
        ).fetchall()
    return [ShareLink(*row) for row in rows]


def revoke_link(store: Store, profile: str, token: str) -> bool:
    """Stop a link from working. Only its owner can revoke it; True if it was live."""

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        row = cur.execute(
            "UPDATE share_tokens SET revoked_at = current_localtimestamp()"
            " WHERE token = ? AND profile = ? AND revoked_at IS NULL RETURNING token",
            [token, profile],
        ).fetchone()
        return row is not None

    return store.write(work)
