"""Every bad input in the corpus is refused with one clear sentence and changes nothing.

"Nothing" is checked twice: every table is dumped, sorted, before and after, and the file's
bytes must be identical too (a refused input must not even make DuckDB checkpoint), with no
stray files (`.partial`, `.wal`) left beside it. The corpus is the data table in
`bad_inputs.py`; this file only knows how to feed each form.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from backfit.cli.main import build_parser
from backfit.core.errors import BackfitError
from backfit.data import profiles, sets
from backfit.data.sets import SetEntry
from backfit.data.store import Store
from bench.history import generate, write
from tests.reliability.bad_inputs import CORPUS, BadInput
from tests.reliability.damage import corrupt_a_block

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 6, 2, 18, 0)


def test_the_corpus_is_large_and_varied() -> None:
    assert len(CORPUS) >= 40
    assert len({c.case for c in CORPUS}) == len(CORPUS), "case names must be unique"
    assert {c.form for c in CORPUS} >= {"entry", "profile", "log_page", "csv", "cli"}
    runnable = [c for c in CORPUS if not _missing(c.needs)]
    assert len(runnable) >= 40, f"only {len(runnable)} cases can run today"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with a few months of one lifter's history and a custom exercise."""
    path = tmp_path_factory.mktemp("template") / "template.duckdb"
    with Store.open(str(path)) as store:
        write(store, *generate(1, 0.25, seed=2))
        sets.create_custom_exercise(store, "me", "Face Pull (Cable)")
    return path


@pytest.mark.parametrize("bad", CORPUS, ids=[c.case for c in CORPUS])
def test_bad_input_is_refused_clearly_and_changes_nothing(
    bad: BadInput, template: Path, db_path: Path, tmp_path: Path
) -> None:
    # A case whose module or command is missing fails: a silent skip once hid 8 import cases
    # after a module moved.
    assert not _missing(bad.needs), f"{_missing(bad.needs)} is missing"
    shutil.copy(template, db_path)
    if bad.needs == "damaged":
        corrupt_a_block(db_path)
    before = None if bad.needs == "damaged" else dump(db_path)
    raw = db_path.read_bytes()
    message = RUNNERS[bad.form](bad.value, db_path, tmp_path, bad.needs)
    assert_one_clear_sentence(message)
    assert bad.expect.lower() in message.lower(), message
    assert db_path.read_bytes() == raw, "the database file changed"
    if before is not None:
        assert dump(db_path) == before, "the database changed"
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [
        db_path.name
    ], "files left beside the database"
    assert not list(tmp_path.rglob("*.partial")), "a partial file was left behind"


def assert_one_clear_sentence(message: str) -> None:
    text = message.strip()
    assert text, "no message"
    assert "\n" not in text, f"more than one line: {text!r}"
    assert len(text) <= 300, f"too long to read at a glance: {text!r}"
    assert "Traceback" not in text and "Exception" not in text, f"a raw error: {text!r}"
    assert not re.search(r"[.!?]\s+[A-Z]", text), f"more than one sentence: {text!r}"


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: the database's contents, whatever the file's bytes."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
            " ORDER BY table_name"
        ).fetchall()]  # fmt: skip
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY ALL').fetchall() for t in tables}
    finally:
        con.close()


def _missing(needs: str) -> str:
    """What a case needs that is not there yet ("" when it can run)."""
    kind, _, name = needs.partition(":")
    if kind == "module" and importlib.util.find_spec(name) is None:
        return name
    if kind == "command" and name not in _commands():
        return f"`backfit {name}`"
    return ""


def _commands() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


# --- how each form is fed ---------------------------------------------------------------------


def _refused(call: Any) -> str:
    try:
        call()
    except BackfitError as exc:
        return str(exc)
    raise AssertionError("the bad input was accepted")


def run_entry(value: dict[str, Any], db: Path, tmp: Path, needs: str) -> str:
    fields = dict(value)
    at = NOW + timedelta(days=fields.pop("at_days", 0))
    with Store.open(str(db)) as store:
        return _refused(
            lambda: sets.log_set(store, "me", SetEntry(**fields), performed_at=at, now=NOW)
        )


def run_profile(value: tuple[str, list[Any]], db: Path, tmp: Path, needs: str) -> str:
    name, args = value
    with Store.open(str(db)) as store:
        if name == "log_set":
            entry = SetEntry(**(args[1] if len(args) > 1 else {"exercise": "row", "reps": 5}))
            return _refused(lambda: sets.log_set(store, args[0], entry, performed_at=NOW, now=NOW))
        if name == "update_profile":
            return _refused(lambda: profiles.update_profile(store, args[0], **args[1]))
        return _refused(lambda: getattr(sets, name)(store, *args))


def run_log_page(value: dict[str, Any], db: Path, tmp: Path, needs: str) -> str:
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30).run()
        at.switch_page("views/log.py").run()
        at.selectbox(key="log_exercise").set_value("row").run()  # a lift typed with a weight
        by_label = {n.label: n for n in at.number_input}
        by_label["Reps"].set_value(value["reps"])
        by_label["Weight (kg)"].set_value(value["weight"])
        next(b for b in at.button if b.label == "Log set").click().run()
        assert not at.exception, [e.value for e in at.exception]
        assert len(at.error) == 1, f"expected one error, got {[e.value for e in at.error]}"
        return str(at.error[0].value)
    finally:
        st.cache_resource.clear()  # closes the app's store before the dump


def run_csv(value: str, db: Path, tmp: Path, needs: str) -> str:
    importers = importlib.import_module("backfit.data.importers")
    path = tmp / "bad.csv"
    path.write_text(value, encoding="utf-8")
    with Store.open(str(db)) as store:
        # All or nothing (`strict`): a bad row is refused with its sentence, not set aside
        # (quarantine has its own tests in tests/data/importers/test_real_exports.py).
        return _refused(
            lambda: importers.import_file(
                store, path.read_bytes(), name=path.name, unit="kg", strict=True
            )
        )


def run_cli(value: list[str], db: Path, tmp: Path, needs: str) -> str:
    (tmp / "a_dir").mkdir()
    (tmp / "folder.csv").mkdir()
    text = tmp / "notes.txt"
    text.write_text("not a database\n", encoding="utf-8")
    existing = tmp / "old.csv"
    existing.write_text("keep me\n", encoding="utf-8")
    places = {"{db}": str(db), "{dir}": str(tmp / "a_dir"), "{text}": str(text),
              "{missing}": str(tmp / "missing.csv"), "{csv}": str(existing),
              "{nofolder}": str(tmp / "no_such_folder" / "log.csv"),
              "{out}": str(tmp / "out.csv"), "{csvdir}": str(tmp / "folder.csv")}  # fmt: skip
    argv = [places.get(arg, arg) for arg in value]
    command = [sys.executable, "-m", "backfit", "--db", str(db), *argv]
    holder = Store.open(str(db)) if needs == "locked" else None
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    finally:
        if holder is not None:
            holder.close()
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert done.stdout == "", done.stdout
    assert text.read_text(encoding="utf-8") == "not a database\n", "the text file changed"
    assert existing.read_text(encoding="utf-8") == "keep me\n", "an existing file was replaced"
    assert not (tmp / "out.csv").exists(), "an export was written"
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


RUNNERS = {
    "entry": run_entry,
    "profile": run_profile,
    "log_page": run_log_page,
    "csv": run_csv,
    "cli": run_cli,
}
