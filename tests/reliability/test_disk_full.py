"""#14 finding 6: a full disk mid-write is one sentence, exit 2, and nothing left behind.

The disk is filled with a file-size limit (`RLIMIT_FSIZE`) on the CLI's own process, set just
above the database's current size, with SIGXFSZ ignored so a write past it fails with EFBIG
as on a full disk (ENOSPC) instead of killing the process. Works on any Linux, no mount needed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from backfit.data.store import Store
from bench.history import generate, write
from bench.strong_csv import write_strong_csv
from tests.reliability.test_bad_inputs import assert_one_clear_sentence, dump

ROOT = Path(__file__).resolve().parents[2]
LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from backfit.cli.main import main
raise SystemExit(main(sys.argv[2:]))
"""


@pytest.fixture
def history(db_path: Path) -> Path:
    with Store.open(str(db_path)) as store:
        write(store, *generate(1, 0.25, seed=3))
    return db_path


def run_limited(limit: int, *argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", LIMITED, str(limit), *argv]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def assert_refused_cleanly(done: subprocess.CompletedProcess[str], db: Path) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert_one_clear_sentence(lines[0])
    assert "full" in lines[0], lines[0]


def test_an_import_that_fills_the_disk(history: Path, tmp_path: Path) -> None:
    big = write_strong_csv(tmp_path / "strong.csv", 20_000)
    before, raw = dump(history), history.read_bytes()
    args = ("import", str(big), "--unit", "kg", "--db", str(history))  # classic: no unit column
    done = run_limited(history.stat().st_size, *args)
    assert_refused_cleanly(done, history)
    assert history.read_bytes() == raw, "the database file changed"
    assert dump(history) == before
    assert sorted(p.name for p in history.parent.iterdir() if p.name.startswith(history.name)) == [
        history.name
    ], "files left beside the database"


def test_logging_a_set_on_a_full_disk(history: Path) -> None:
    before = dump(history)
    # Not a byte to spare: the WAL cannot take even one set.
    done = run_limited(0, "log", "row", "--reps", "8", "--db", str(history))
    assert_refused_cleanly(done, history)
    assert dump(history) == before
    assert not history.with_name(history.name + ".wal").exists(), "a WAL was left behind"


@pytest.mark.parametrize("suffix", ["csv", "parquet", "zip"])
def test_an_export_that_fills_the_disk(history: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / "out" / f"log.{suffix}"
    out.parent.mkdir()
    before = dump(history)
    done = run_limited(4096, "export", str(out), "--db", str(history))
    assert_refused_cleanly(done, history)
    assert list(out.parent.iterdir()) == [], "a partial export was left behind"
    assert dump(history) == before
