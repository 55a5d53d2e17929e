"""Coach links on the Progress page: create, show once, revoke (DESIGN §6).

Only a token's hash is stored, so a link's address is shown once, in the session that made it.
"""

from __future__ import annotations

import streamlit as st

from backfit.core.errors import ValidationError
from backfit.services import progress as figures
from backfit.services.database import Store
from backfit.ui.profile import hosted
from backfit.ui.text import md_text

LOCAL_READ_ONLY_NOTE = (
    "Read-only is only enforced when sign-in is configured: without it, anyone who can open "
    "this app can use every page, with or without the link."
)
_NEW_LINKS = "share_new_links"


def render_sharing(store: Store, profile: str) -> None:
    """Create and revoke read-only links for a coach (owner only).

    Only a token's hash is stored, so a link's address is shown once, in the session that made
    it; afterwards the list names the link and can revoke it.
    """
    shown: dict[str, str] = st.session_state.setdefault(_NEW_LINKS, {})
    with st.expander("Share with a coach", icon=":material/share:"):
        if hosted():
            st.caption(
                "A link shows your Progress page, read-only, to anyone who has it. Revoke it "
                "and it stops working at once."
            )
        else:
            st.caption(
                "A link opens your Progress page on its own, without the other pages. "
                + LOCAL_READ_ONLY_NOTE,
            )
        with st.form("share_link", border=False, enter_to_submit=True):
            label = st.text_input("Who is it for?", placeholder="e.g. Coach Sam", max_chars=80)
            created = st.form_submit_button("Create link", icon=":material/add_link:")
        if created:
            try:
                link = figures.create_link(store, profile, label or None)
            except ValidationError as exc:
                st.error(str(exc), icon=":material/error:")
            else:
                assert link.token is not None
                shown[link.id] = _share_url(link.token)
                st.success(
                    "Link created: copy it now, it is shown only this once.",
                    icon=":material/check:",
                )
        for link in figures.list_links(store, profile):
            if not link.active:
                continue
            text, button = st.columns([4, 1], vertical_alignment="center")
            text.markdown(
                f"**{md_text(link.label or 'Unnamed link')}** · {link.created_at:%d %b %Y}"
            )
            if link.id in shown:
                text.code(shown[link.id], language=None)
            else:
                text.caption("Its address was shown when it was made; revoke it to stop it.")
            if button.button("Revoke", key=f"revoke_{link.id[:16]}", icon=":material/link_off:"):
                figures.revoke(store, profile, link.id)
                shown.pop(link.id, None)
                st.rerun()


def _share_url(token: str) -> str:
    """The app's root with the token: app.py then shows only the read-only Progress view."""
    url = (st.context.url or "").rstrip("/").removesuffix("/progress")
    return f"{url}/?token={token}"
