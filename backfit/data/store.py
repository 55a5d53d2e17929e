"""The lifter's DuckDB file: opening it, upgrading it, and running work on it safely.

DuckDB rules this module exists to respect (DESIGN §4):

* one process per file may write, so a held lock becomes `DatabaseLocked` with one sentence;
* one connection is shared by a process, and every operation runs on its own `cursor()`,
  because a connection used from two threads at once raises `ResourceInUseException`;
* DuckDB detects write-write conflicts only on the same row, so two transactions that each
  read-then-insert (the day's session, the next set position, an import's duplicate check)
  would both succeed and duplicate data: `write()` therefore runs one transaction at a time
  per process (only one process can write the file anyway), and still retries a conflict;
* every query is parameterised (no user text is ever formatted into SQL).

Migrations are the numbered `migrations/NNN_*.sql` files, each applied in one transaction and
recorded in `schema_version`, so a database from any earlier release opens and upgrades.
"""

from __future__ import annotations

import contextlib
import random
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from backfit.core.errors import BackfitError, DatabaseDamaged, DatabaseLocked, StorageFull
from backfit.data.location import is_local_file

T = TypeVar("T")

DEFAULT_PROFILE = "me"
_LOCK_PID = re.compile(r"Conflicting lock is held in (?P<program>\S+)? ?\(PID (?P<pid>\d+)\)")
_WRITE_RETRIES = 12
# How DuckDB words the faults that deserve a sentence rather than a traceback (#14, finding 6).
_DAMAGED = ("Corrupt database file", "does not match stored checksum")
_FULL = ("No space left on device", "File too large", "Disk quota exceeded")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> tuple[Migration, ...]:
    """Every migration shipped with this release, in order."""
    found = []
    for entry in resources.files("backfit.data.migrations").iterdir():
        match = re.fullmatch(r"(\d{3})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        # Two branches that each add "004_…" would otherwise apply in an arbitrary order.
        raise RuntimeError(f"migrations must be numbered 1, 2, 3… once each, not {versions}")
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1].version


class Store:
    """One open BackFit database, shared by every thread of a process.

    Use `read()` for queries and `write()` for changes; both hand out a fresh cursor.
    """

    def __init__(self, connection: duckdb.DuckDBPyConnection, location: str) -> None:
        self._connection = connection
        self.location = location
        self._closed = False
        self._close_lock = threading.Lock()
        self._write_lock = threading.RLock()

    @classmethod
    def open(cls, location: str, *, read_only: bool = False) -> Store:
        """Open (creating and upgrading if needed) the database at `location`."""
        if is_local_file(location) and not read_only:
            Path(location).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = duckdb.connect(location, read_only=read_only)
        except duckdb.IOException as exc:
            raise explain(location, exc) or _locked_or_io_error(location, exc) from None
        except duckdb.Error as exc:
            raise explain(location, exc) or exc from None
        store = cls(connection, location)
        if not read_only:
            try:
                store.migrate()
            except BaseException:
                with contextlib.suppress(duckdb.Error):
                    connection.close()
                raise
        return store

    def close(self) -> None:
        with self._close_lock:
            if not self._closed:
                self._closed = True
                try:
                    self._connection.close()  # may checkpoint, which can meet a full disk
                except duckdb.Error as exc:
                    raise explain(self.location, exc) or exc from None
                finally:
                    _drop_empty_wal(self.location)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one read operation."""
        cursor = self._connection.cursor()
        try:
            yield cursor
        except duckdb.Error as exc:
            raise explain(self.location, exc) or exc from None
        finally:
            cursor.close()

    def write(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run `work(cursor)` in one transaction: all of it lands or none of it does.

        Writers take turns (see the module docstring); reads on other cursors go on meanwhile.
        A write-write conflict is retried with a short backoff; if it keeps conflicting the
        caller gets a `BackfitError` and the database is unchanged.
        """
        with self._write_lock:
            return self._write_with_retries(work)

    def _write_with_retries(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        for attempt in range(_WRITE_RETRIES):
            cursor = self._connection.cursor()
            try:
                cursor.execute("BEGIN TRANSACTION")
                result = work(cursor)
                cursor.execute("COMMIT")
                return result
            except duckdb.TransactionException as exc:
                _rollback(cursor)
                if "Conflict" not in str(exc):
                    raise explain(self.location, exc) or exc from None
                # Jittered exponential backoff so the conflicting writers stop colliding.
                time.sleep(min(0.2, 0.005 * 2**attempt) * random.uniform(0.5, 1.5))
            except duckdb.Error as exc:
                _rollback(cursor)
                raise explain(self.location, exc) or exc from None
            except BaseException:
                _rollback(cursor)
                raise
            finally:
                cursor.close()
        raise BackfitError(
            "The database was busy with another change; nothing was saved, try again."
        )

    def schema_version(self) -> int:
        with self.read() as cur:
            row = cur.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> int:
        """Apply every migration newer than the database, each in its own transaction."""
        with self.read() as cur:
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMP NOT NULL DEFAULT current_localtimestamp())"
            )
        current = self.schema_version()
        for migration in migrations():
            if migration.version <= current:
                continue

            def apply(cur: duckdb.DuckDBPyConnection, m: Migration = migration) -> None:
                cur.execute(m.sql)
                cur.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)", [m.version, m.name]
                )

            self.write(apply)
        return self.schema_version()

    def counts(self) -> dict[str, int]:
        """Rows per table, for `backfit info` and the Data page."""
        tables = ("profiles", "workouts", "sets", "routines", "share_tokens")
        with self.read() as cur:
            return {
                table: int(one_row(cur, f"SELECT count(*) FROM {table}")[0]) for table in tables
            }


def one_row(cur: duckdb.DuckDBPyConnection, sql: str, params: object = None) -> tuple[Any, ...]:
    """The row of a query that always returns exactly one (count, max, INSERT … RETURNING).

    DuckDB types `fetchone()` as maybe-None; for these queries None would be a bug, so it raises
    rather than letting a caller index into None.
    """
    row = cur.execute(sql, params).fetchone()
    if row is None:
        raise RuntimeError(f"expected one row from: {sql}")
    return row


def explain(location: str, exc: BaseException) -> BackfitError | None:
    """The sentence for a DuckDB error that is the disk's fault, or None for anything else."""
    text = str(exc)
    if any(marker in text for marker in _DAMAGED):
        return DatabaseDamaged(location)
    if any(marker in text for marker in _FULL):
        return StorageFull(location)
    return None


def _drop_empty_wal(location: str) -> None:
    """Remove the empty `.wal` a write that met a full disk leaves (it holds nothing to replay)."""
    if not is_local_file(location):
        return
    wal = Path(location).expanduser().with_name(Path(location).name + ".wal")
    with contextlib.suppress(OSError):
        if wal.stat().st_size == 0:
            wal.unlink()


def _rollback(cursor: duckdb.DuckDBPyConnection) -> None:
    # Nothing to roll back when the transaction never began or already ended.
    with contextlib.suppress(duckdb.Error):
        cursor.execute("ROLLBACK")


def _locked_or_io_error(location: str, exc: duckdb.IOException) -> BackfitError:
    text = str(exc)
    if "Could not set lock" in text:
        match = _LOCK_PID.search(text)
        pid = int(match["pid"]) if match else None
        program = Path(match["program"]).name if match and match["program"] else None
        return DatabaseLocked(location, pid, program)
    return BackfitError(f"Could not open the database at {location}: {text}")
