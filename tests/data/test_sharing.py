"""Read-only coach links (DESIGN §6) on a real database file."""

from __future__ import annotations

import hashlib

import pytest

from backfit.core.errors import ValidationError
from backfit.data import sharing
from backfit.data.store import Store


def test_a_link_maps_its_token_to_the_profile(store: Store) -> None:
    link = sharing.create_link(store, "me", "Coach Sam")
    assert link.active and link.label == "Coach Sam" and link.profile == "me"
    assert len(link.token) >= 40  # 32 random bytes, URL-safe base64
    assert sharing.profile_for_token(store, link.token) == "me"


def test_tokens_are_unique_and_unguessable(store: Store) -> None:
    tokens = {sharing.create_link(store, "me").token for _ in range(20)}
    assert len(tokens) == 20
    assert sharing.profile_for_token(store, "not-a-token") is None
    assert sharing.profile_for_token(store, "") is None
    assert sharing.profile_for_token(store, None) is None


def test_a_revoked_link_stops_working_but_is_kept(store: Store) -> None:
    link = sharing.create_link(store, "me", "old coach")
    assert sharing.revoke_link(store, "me", link.token) is True
    assert sharing.profile_for_token(store, link.token) is None
    kept = sharing.get_link(store, link.token)
    assert kept is not None and kept.revoked_at is not None
    assert sharing.revoke_link(store, "me", link.token) is False  # already revoked


def test_only_the_owner_can_revoke(store: Store) -> None:
    link = sharing.create_link(store, "me")
    assert sharing.revoke_link(store, "someone else", link.token) is False
    assert sharing.profile_for_token(store, link.token) == "me"


def test_links_are_listed_per_profile(store: Store) -> None:
    mine = sharing.create_link(store, "me", "a")
    sharing.create_link(store, "other", "b")
    assert [link.id for link in sharing.list_links(store, "me")] == [mine.id]


@pytest.mark.parametrize("label", ["x" * 81, "bad\x00label"])
def test_bad_labels_are_refused_and_nothing_is_written(store: Store, label: str) -> None:
    with pytest.raises(ValidationError):
        sharing.create_link(store, "me", label)
    assert sharing.list_links(store, "me") == []


def test_tokens_are_stored_only_as_their_sha256(store: Store) -> None:
    link = sharing.create_link(store, "me", "Coach")
    assert link.token is not None
    with store.read() as cur:
        stored = cur.execute("SELECT * FROM share_tokens").fetchall()
    assert link.token not in repr(stored)  # finding 5: no plaintext at rest
    assert stored[0][0] == hashlib.sha256(link.token.encode()).hexdigest() == link.id
    assert all(x.token is None for x in sharing.list_links(store, "me"))


def test_revoke_by_id_is_owner_only(store: Store) -> None:
    link = sharing.create_link(store, "me")
    assert sharing.revoke(store, "other", link.id) is False
    assert sharing.revoke(store, "me", link.id) is True
    assert sharing.profile_for_token(store, link.token) is None


def test_an_oversize_token_is_not_looked_up(store: Store) -> None:
    assert sharing.profile_for_token(store, "x" * 10_000) is None
