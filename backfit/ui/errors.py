"""A page's last line of defence: a `BackfitError` becomes one sentence on the page.

Pages catch the errors they expect next to the widget at fault; anything else that BackFit can
explain (a damaged database, a full disk) would otherwise reach Streamlit's raw exception box
with a traceback. `run_page` shows its sentence instead.
"""

from __future__ import annotations

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from backfit.core.errors import BackfitError


def run_page(page: StreamlitPage) -> None:
    """Run the navigation's page; a `BackfitError` it raises is shown as one error line."""
    try:
        page.run()
    except BackfitError as exc:
        st.error(str(exc), icon=":material/error:")
