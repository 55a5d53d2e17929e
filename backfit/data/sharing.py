"""Read-only progress links for a coach (DESIGN §6, §7).

A link carries an unguessable token (`secrets.token_urlsafe`, 32 bytes of randomness) that maps
to one profile. The token is a bearer credential, so the database keeps only its SHA-256
(`share_tokens.token_hash`, migration 007): the token is shown once, when the link is made, and
a presented token is hashed and compared with the stored hash in constant time. Revoking stamps
`revoked_at` (the row is kept for the record) and the link stops working at once. Backups never
contain these rows.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

import duckdb

from backfit.core.errors import ValidationError
from backfit.data.profiles import ensure_profile
from backfit.data.store import Store

TOKEN_BYTES = 32
MAX_LABEL_LENGTH = 80
# A token is URL-safe base64; anything much longer is not one of ours (and not worth hashing).
MAX_TOKEN_LENGTH = 128


@dataclass(frozen=True, slots=True)
class ShareLink:
    """A stored link. `id` is the token's hash; `token` is known only right after creation."""

    id: str
    profile: str
    label: str | None
    created_at: datetime
    revoked_at: datetime | None
    token: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


def hash_token(token: str) -> str:
    """The stored form of a token: SHA-256 as lowercase hex (DuckDB's `sha256()` agrees)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_link(store: Store, profile: str, label: str | None = None) -> ShareLink:
    """A new read-only link to `profile`'s progress; `label` says who it is for.

    The returned link carries the token: show it now, it cannot be read back later.
    """
    label = " ".join(label.split()) if label else None
    if label is not None and (len(label) > MAX_LABEL_LENGTH or not label.isprintable()):
        raise ValidationError(
            f"A link label is printable text of at most {MAX_LABEL_LENGTH} characters.",
            field="label",
        )
    ensure_profile(store, profile)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    digest = hash_token(token)

    def work(cur: duckdb.DuckDBPyConnection) -> None:
        cur.execute(
            "INSERT INTO share_tokens (token_hash, profile, label) VALUES (?, ?, ?)",
            [digest, profile, label],
        )

    store.write(work)
    link = _by_hash(store, digest)
    assert link is not None
    return ShareLink(link.id, link.profile, link.label, link.created_at, link.revoked_at, token)


_COLUMNS = "token_hash, profile, label, created_at, revoked_at"


def _by_hash(store: Store, digest: str) -> ShareLink | None:
    with store.read() as cur:
        row = cur.execute(
            f"SELECT {_COLUMNS} FROM share_tokens WHERE token_hash = ?", [digest]
        ).fetchone()
    # The index found the row by its hash; the constant-time compare keeps the final check
    # from depending on how much of a guess matched.
    if row is None or not hmac.compare_digest(str(row[0]), digest):
        return None
    return ShareLink(*row)


def get_link(store: Store, token: str) -> ShareLink | None:
    """The link this token opens, revoked or not; None for a token that never existed."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    return _by_hash(store, hash_token(token))


def profile_for_token(store: Store, token: str | None) -> str | None:
    """The profile a live link shows, or None for a missing, unknown or revoked token."""
    if not token:
        return None
    link = get_link(store, token)
    return link.profile if link is not None and link.active else None


def list_links(store: Store, profile: str) -> list[ShareLink]:
    """The profile's links, newest first, revoked ones included (without their tokens)."""
    with store.read() as cur:
        rows = cur.execute(
            f"SELECT {_COLUMNS} FROM share_tokens WHERE profile = ?"
            " ORDER BY created_at DESC, token_hash",
            [profile],
        ).fetchall()
    return [ShareLink(*row) for row in rows]


def revoke(store: Store, profile: str, link_id: str) -> bool:
    """Stop the link with this id from working. Only its owner can; True if it was live."""

    def work(cur: duckdb.DuckDBPyConnection) -> bool:
        row = cur.execute(
            "UPDATE share_tokens SET revoked_at = current_localtimestamp()"
            " WHERE token_hash = ? AND profile = ? AND revoked_at IS NULL RETURNING token_hash",
            [link_id, profile],
        ).fetchone()
        return row is not None

    return store.write(work)


def revoke_link(store: Store, profile: str, token: str) -> bool:
    """Stop the link this token opens from working (see `revoke`)."""
    return revoke(store, profile, hash_token(token))
