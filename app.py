"""BackFit: goal-driven back training. Run with `uv run streamlit run app.py`."""

import streamlit as st

from backfit.ui import nav
from backfit.ui.errors import run_page
from backfit.ui.exposure import render_network_warning
from backfit.ui.profile import hosted, render_profile_picker, require_sign_in

st.set_page_config(
    page_title="BackFit",
    page_icon=":material/fitness_center:",
    layout="wide",
)


render_network_warning(hosted())
if "token" in st.query_params:
    # A coach's read-only link (DESIGN §6): the token is the credential; only the Progress
    # view, no navigation, no profile picker, no way to the pages that write.
    run_page(st.navigation([nav.PROGRESS.st_page()], position="hidden"))
else:
    # Signed out on a hosted server: no menu, and every URL (deep links too) shows sign-in.
    signed_out = hosted() and not st.user.is_logged_in
    pages = [p.st_page() for p in nav.PAGES]
    page = st.navigation(pages, position="hidden" if signed_out else "sidebar")
    require_sign_in()
    with st.sidebar:
        render_profile_picker()
        st.caption(":material/fitness_center: **BackFit** · your back, your data")
    run_page(page)
