"""Streamlit helpers shared by the pages. The only part of `backfit` that imports Streamlit."""
