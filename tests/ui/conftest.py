"""AppTest runs pages in this process: reset Streamlit's process-wide caches around each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit import config


@pytest.fixture(autouse=True)
def fresh_streamlit_caches(db_path: Path) -> Iterator[None]:
    # st.cache_resource outlives AppTest instances; without this a test would reuse the store
    # (and database file) of the test before it. Clearing also closes the store (on_release).
    st.cache_resource.clear()
    st.cache_data.clear()
    # As .streamlit/config.toml says; AppTest does not read it (tests of the warning unset it).
    config.set_option("server.address", "localhost")
    yield
    st.cache_resource.clear()
    st.cache_data.clear()
