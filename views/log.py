"""Log: today's targets, one tap per set, and everything a session needs between sets."""

import streamlit as st

from backfit.ui.log import render_log_page
from backfit.ui.profile import current_profile, get_store

st.title(":material/edit_note: Log")
render_log_page(get_store(), current_profile())
