"""The `run` fixture: `backfit ARGS` in this process, for the CLI tests that want it."""

from __future__ import annotations

import pytest

from tests.cli.test_import_export import Run


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(capsys)
