"""Data: Import your history from Strong or Hevy, and export or back up your log."""

import streamlit as st

st.title(":material/database: Data")
st.write("Import your history from Strong or Hevy, and export or back up your log.")
st.info("Coming next: this page is being built.", icon=":material/construction:")
