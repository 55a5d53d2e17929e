"""The page's view of the database and the current lifter.

One `Store` per server process (`st.cache_resource`); each operation takes its own cursor inside
`Store`, so sessions on different threads never share one (DESIGN §4).
"""

from __future__ import annotations

import streamlit as st

from backfit.errors import BackfitError
from backfit.location import resolve_location
from backfit.profiles import Profile, ensure_profile
from backfit.store import DEFAULT_PROFILE, Store


@st.cache_resource(show_spinner=False, on_release=Store.close)
def _open_store(location: str) -> Store:
    return Store.open(location)


def secrets_db() -> str | None:
    """`[backfit] db` from Streamlit secrets, if there is a secrets file that sets it."""
    try:
        section = st.secrets.get("backfit")
    except Exception:  # No secrets file at all is the normal local case.
        return None
    return section.get("db") if section else None


def get_store() -> Store:
    """The process's open database, or a one-sentence error on the page and a stop."""
    location = resolve_location(secrets_db=secrets_db())
    try:
        return _open_store(location)
    except BackfitError as exc:
        st.error(str(exc), icon=":material/lock:")
        st.stop()
        raise  # st.stop() does not return; this keeps type checkers honest.


def current_profile() -> Profile:
    """The lifter whose data this session shows and writes."""
    name = st.session_state.get("profile", DEFAULT_PROFILE)
    return ensure_profile(get_store(), name)
