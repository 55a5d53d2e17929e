"""The app on a database another process holds: one sentence, no traceback."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def test_a_locked_database_shows_one_sentence_naming_the_process(lock_holder: int) -> None:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1
    assert f"already open in process {lock_holder}" in errors[0]
    assert "--db" in errors[0]
