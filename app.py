"""BackFit: goal-driven back training. Run with `uv run streamlit run app.py`."""

import streamlit as st

from backfit.ui.profile import render_profile_picker, require_sign_in

st.set_page_config(
    page_title="BackFit",
    page_icon=":material/fitness_center:",
    layout="wide",
)

PAGES = [
    st.Page("views/goals.py", title="Goals", icon=":material/tune:", default=True),
    st.Page("views/routine.py", title="Routine", icon=":material/calendar_month:"),
    st.Page("views/log.py", title="Log", icon=":material/edit_note:"),
    st.Page("views/progress.py", title="Progress", icon=":material/monitoring:"),
    st.Page("views/exercises.py", title="Exercises", icon=":material/menu_book:"),
    st.Page("views/data.py", title="Data", icon=":material/database:"),
]

if "token" in st.query_params:
    # A coach's read-only link (DESIGN §6): the token is the credential; only the Progress
    # view, no navigation, no profile picker, no way to the pages that write.
    st.navigation([PAGES[3]], position="hidden").run()
else:
    page = st.navigation(PAGES)
    require_sign_in()
    with st.sidebar:
        render_profile_picker()
        st.caption(":material/fitness_center: **BackFit** · your back, your data")
    page.run()
