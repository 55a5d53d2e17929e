"""#14 through the real app: cross-user restore, the network warning, damaged databases."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import streamlit as st
from streamlit import config
from streamlit.testing.v1 import AppTest

from backfit.data import sharing
from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store
from backfit.services import backups
from backfit.ui.exposure import WARNING

APP = str(Path(__file__).resolve().parents[2] / "app.py")
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32}
ANA, BEN = "ana@example.com", "ben@example.com"
NOW = datetime(2025, 6, 2, 18, 0)


def signed_in(email: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.secrets["auth"] = AUTH
    at.user = {"is_logged_in": True, "email": email}
    return at


def _log(store: Store, profile: str, reps: int) -> None:
    entry = SetEntry(exercise="row", variant="dumbbell", reps=reps, weight_kg=20.0)
    log_set(store, profile, entry, performed_at=NOW, now=NOW)


def _as_ben(data: bytes) -> bytes:
    """Finding 1's attack: ana's own backup, its manifest rewritten to name ben, plus a link."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.namelist():
            body = src.read(item)
            if item == "manifest.json":
                manifest = json.loads(body)
                manifest["profile"] = BEN
                body = json.dumps(manifest).encode()
            dst.writestr(item, body)
    return out.getvalue()


def _state(db_path: Path) -> tuple[list, list]:
    st.cache_resource.clear()  # close the app's store so the test can open the file
    with Store.open(str(db_path)) as store, store.read() as cur:
        sets = cur.execute("SELECT profile, reps FROM sets ORDER BY profile, id").fetchall()
        links = cur.execute("SELECT token_hash, profile FROM share_tokens ORDER BY 1").fetchall()
    return sets, links


def test_ana_cannot_restore_over_bens_data(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        for reps in (5, 6, 7, 8, 9):
            _log(store, BEN, reps)
        _log(store, ANA, 12)
        sharing.create_link(store, BEN, "ben's coach")
        forged = _as_ben(backups.backup_for(store, ANA, now=NOW))
    before = _state(db_path)

    at = signed_in(ANA).run()
    at.switch_page("views/data.py").run()
    at.file_uploader(key="restore_file").set_value(("ben.zip", forged, "application/zip")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("not yours" in e.value for e in at.error), [e.value for e in at.error]
    assert not [b for b in at.button if b.label == "Restore"], "no way to confirm it"
    assert _state(db_path) == before  # ben keeps his 5 sets and only his own link

    # The same file restores for ben himself, who owns the profile it names (rows aside).
    at = signed_in(BEN).run()
    at.switch_page("views/data.py").run()
    at.file_uploader(key="restore_file").set_value(("ben.zip", forged, "application/zip")).run()
    assert not at.exception
    assert [b for b in at.button if b.label == "Restore"]
    at.button(key="restore_confirm").click().run()
    assert any("another profile" in e.value for e in at.error)  # the rows are still ana's
    assert _state(db_path) == before


def test_a_user_restores_their_own_backup(db_path: Path) -> None:
    with Store.open(str(db_path)) as store:
        _log(store, ANA, 12)
        data = backups.backup_for(store, ANA, now=NOW)
        _log(store, ANA, 3)
        _log(store, BEN, 7)
    at = signed_in(ANA).run()
    at.switch_page("views/data.py").run()
    at.file_uploader(key="restore_file").set_value(("mine.zip", data, "application/zip")).run()
    at.button(key="restore_confirm").click().run()
    assert not at.exception and "Backup restored" in at.success[0].value
    assert _state(db_path)[0] == [(ANA, 12), (BEN, 7)]


@pytest.mark.parametrize("address", [None, "0.0.0.0", "192.168.1.20"])
def test_every_page_warns_when_local_mode_is_served_beyond_localhost(address: str | None) -> None:
    config.set_option("server.address", address)
    at = AppTest.from_file(APP, default_timeout=60).run()
    for page in ("views/goals.py", "views/log.py", "views/data.py", "views/progress.py"):
        at.switch_page(page).run()
        assert not at.exception
        assert [w.value for w in at.warning if w.value == WARNING] == [WARNING], page


def test_no_warning_on_localhost_or_when_sign_in_is_configured() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert WARNING not in [w.value for w in at.warning]
    config.set_option("server.address", "0.0.0.0")
    at = signed_in(ANA).run()
    assert WARNING not in [w.value for w in at.warning]


def test_a_damaged_database_is_one_sentence_on_the_page(db_path: Path) -> None:
    from tests.reliability.damage import corrupt_a_block

    with Store.open(str(db_path)) as store:
        for reps in range(1, 200):
            _log(store, "me", reps % 30)
    corrupt_a_block(db_path)
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.switch_page("views/log.py").run()
    assert not at.exception, [e.value for e in at.exception]
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and "damaged" in errors[0] and "backup" in errors[0], errors
