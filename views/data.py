"""Data: import your history from Strong or Hevy, and export or back up your log."""

import streamlit as st

from backfit.ui.data import render_backup, render_export, render_import
from backfit.ui.profile import current_profile, get_store

st.title(":material/database: Data")
st.write("Bring your history from Strong or Hevy, and take your log anywhere.")

store = get_store()
profile = current_profile()
import_tab, export_tab, backup_tab = st.tabs(
    [":material/upload: Import", ":material/download: Export", ":material/backup: Backup"]
)
with import_tab:
    render_import(store, profile)
with export_tab:
    render_export(store, profile)
with backup_tab:
    render_backup(store, profile)
