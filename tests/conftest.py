"""Every test gets its own real DuckDB file; nothing touches the user's database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from backfit.data.store import Store

# In CI, property tests run a fixed sequence of examples so a run is reproducible; locally each
# run explores new inputs (and the example database replays any failure found before).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh database path, also exported as BACKFIT_DB for the app and the CLI."""
    path = tmp_path / "backfit.duckdb"
    monkeypatch.setenv("BACKFIT_DB", str(path))
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(str(db_path)) as opened:
        yield opened


@pytest.fixture
def lock_holder(db_path: Path) -> Iterator[int]:
    """Another real process holding the database's write lock; yields its PID."""
    code = (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
        " time.sleep(60)"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code, str(db_path)], stdout=subprocess.PIPE, text=True
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
            yield holder.pid
        finally:
            holder.kill()
