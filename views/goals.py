"""Goals: what you want from your back training, your level, equipment and schedule."""

import streamlit as st

st.title(":material/tune: Goals")
st.write(
    "Set what you want from your back training (posture, back-pain prevention, strength) "
    "with your level, equipment and schedule."
)
st.info("Coming next: this page is being built.", icon=":material/construction:")
