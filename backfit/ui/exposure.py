"""Saying plainly when a local (no sign-in) app can be reached from the network (DESIGN §7).

Without `[auth]` BackFit trusts whoever opens it: every profile can be read, written and
restored. That is fine on `localhost` (`.streamlit/config.toml` sets `server.address`), and
dangerous on any other address, so every page then carries a one-line warning.
"""

from __future__ import annotations

import streamlit as st

LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
WARNING = (
    "This app has no sign-in and is served beyond this computer: anyone on the network can "
    "read, change and restore every profile — configure [auth] or serve it on localhost."
)


def served_beyond_localhost() -> bool:
    """True when Streamlit listens on a non-loopback address (unset means all interfaces)."""
    address = st.get_option("server.address")
    return not address or str(address).strip().lower() not in LOOPBACK


def render_network_warning(hosted: bool) -> None:
    """The one-line warning, when the app is local-mode and reachable from elsewhere."""
    if not hosted and served_beyond_localhost():
        st.warning(WARNING, icon=":material/wifi_tethering_error:")
