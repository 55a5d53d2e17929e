"""Progress: how your back training is going, in charts you would rather look at than read."""

import streamlit as st

from backfit.ui.profile import get_store
from backfit.ui.progress import md_text, render_progress, resolve_viewer

st.title(":material/monitoring: Progress")
store = get_store()
viewer = resolve_viewer(store)
if viewer.read_only:
    st.caption(f":material/visibility: Read-only view of **{md_text(viewer.profile)}**'s progress.")
render_progress(store, viewer)
