"""Routine: Your weekly back routine, explained, with a link that reproduces it exactly."""

import streamlit as st

st.title(":material/calendar_month: Routine")
st.write("Your weekly back routine, explained, with a link that reproduces it exactly.")
st.info("Coming next: this page is being built.", icon=":material/construction:")
