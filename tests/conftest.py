"""Every test gets its own real DuckDB file; nothing touches the user's database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from backfit.store import Store


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
