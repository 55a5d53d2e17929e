"""Progress: how your back training is going, in charts."""

import streamlit as st

st.title(":material/monitoring: Progress")
st.write(
    "Charts of your progress: estimated 1RM, weekly sets against your target, "
    "the pull-up ladder and more."
)
st.info("Coming next: this page is being built.", icon=":material/construction:")
