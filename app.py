"""BackFit: goal-driven back training. Run with `uv run streamlit run app.py`."""

import streamlit as st

st.set_page_config(
    page_title="BackFit",
    page_icon=":material/fitness_center:",
    layout="wide",
)

PAGES = [
    st.Page("pages/goals.py", title="Goals", icon=":material/tune:", default=True),
    st.Page("pages/routine.py", title="Routine", icon=":material/calendar_month:"),
    st.Page("pages/log.py", title="Log", icon=":material/edit_note:"),
    st.Page("pages/progress.py", title="Progress", icon=":material/monitoring:"),
    st.Page("pages/exercises.py", title="Exercises", icon=":material/menu_book:"),
    st.Page("pages/data.py", title="Data", icon=":material/database:"),
]

if "token" in st.query_params:
    # A coach's read-only link (DESIGN §6): only the Progress view, no way to the write pages.
    page = st.navigation([PAGES[3]], position="hidden")
else:
    page = st.navigation(PAGES)
with st.sidebar:
    st.caption(":material/fitness_center: **BackFit** · your back, your data")
page.run()
