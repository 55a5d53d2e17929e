"""Progress: how your back training is going, in charts you would rather look at than read."""

import streamlit as st

from backfit.ui.profile import get_store
from backfit.ui.progress import render_progress, render_viewer_note, resolve_viewer

st.title(":material/monitoring: Progress")
store = get_store()
viewer = resolve_viewer(store)
render_viewer_note(viewer)
render_progress(store, viewer)
