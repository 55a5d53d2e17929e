"""The app on a database another process holds: one sentence, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def test_a_locked_database_shows_one_sentence_naming_the_process(db_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ready', flush=True);"
            " time.sleep(60)",
            str(db_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        at = AppTest.from_file(APP, default_timeout=30).run()
        assert not at.exception
        errors = [e.value for e in at.error]
        assert len(errors) == 1
        assert f"already open in process {holder.pid}" in errors[0]
        assert "--db" in errors[0]
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
