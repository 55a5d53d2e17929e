"""BackFit: goal-driven back training. Run with `uv run streamlit run app.py`."""

import streamlit as st

from backfit.ui import nav
from backfit.ui.profile import render_profile_picker, require_sign_in

st.set_page_config(
    page_title="BackFit",
    page_icon=":material/fitness_center:",
    layout="wide",
)


if "token" in st.query_params:
    # A coach's read-only link (DESIGN §6): the token is the credential; only the Progress
    # view, no navigation, no profile picker, no way to the pages that write.
    st.navigation([nav.PROGRESS.st_page()], position="hidden").run()
else:
    page = st.navigation([p.st_page() for p in nav.PAGES])
    require_sign_in()
    with st.sidebar:
        render_profile_picker()
        st.caption(":material/fitness_center: **BackFit** · your back, your data")
    page.run()
