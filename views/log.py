"""Log: record sets as you train; they land in your DuckDB file at once."""

import streamlit as st

from backfit.ui.log import render_log_form, render_recent_sets
from backfit.ui.session import current_profile, get_store

st.title(":material/edit_note: Log")
store = get_store()
profile = current_profile()
render_log_form(store, profile)
render_recent_sets(store, profile)
