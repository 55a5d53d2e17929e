"""What BackFit's schema and writers meet on DuckLake — run by hand, outside the project's lock.

DuckDB 2.0's extensions cannot be downloaded on the development machines, so this runs on the
older DuckDB whose extensions ship as wheels on the package index, in a throw-away environment
that never touches uv.lock:

    uv run --no-project --python 3.11 --with duckdb==1.5.5 \
        --with duckdb-extension-ducklake==1.5.5 --with duckdb-extension-postgres-scanner==1.5.5 \
        python docs/scaling/ducklake_check.py \
        'postgres:dbname=backfit_lake host=127.0.0.1 port=55432 user=postgres' /tmp/lake-data

(the first argument is the DuckLake catalog after `ducklake:`; `/tmp/lake.ducklake` uses a
DuckDB file as the catalog instead of PostgreSQL). It (1) applies BackFit's migrations
statement by statement and prints which statements DuckLake refuses, (2) creates the `sets` table
the way docs/scaling.md proposes (no sequence, no key constraints, a UUID id), and (3) runs
two writer processes that log sets at the same time, then checks that every set landed once.
"""

from __future__ import annotations

import contextlib
import importlib.util
import multiprocessing
import re
import sys
import time
from pathlib import Path

import duckdb

MIGRATIONS = Path(__file__).resolve().parents[2] / "backfit" / "data" / "migrations"
WRITERS, SETS_EACH = 2, 100


def connect(catalog: str, data_path: str) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for name in ("ducklake", "postgres_scanner"):
        spec = importlib.util.find_spec(f"duckdb_extension_{name}")
        if spec and spec.submodule_search_locations:
            folder = Path(next(iter(spec.submodule_search_locations)))
            con.execute(f"LOAD '{next(folder.rglob('*.duckdb_extension'))}'")
    con.execute(f"ATTACH 'ducklake:{catalog}' AS lake (DATA_PATH '{data_path}')")
    con.execute("USE lake")
    return con


def statements(sql: str) -> list[str]:
    body = "\n".join(line for line in sql.splitlines() if not line.strip().startswith("--"))
    return [s.strip() for s in body.split(";") if s.strip()]


def check_migrations(con: duckdb.DuckDBPyConnection) -> None:
    for path in sorted(MIGRATIONS.glob("*.sql")):
        for statement in statements(path.read_text(encoding="utf-8")):
            head = " ".join(statement.split())[:70]
            try:
                con.execute(statement)
                print(f"  ok      {path.name}: {head}")
            except duckdb.Error as exc:
                reason = re.sub(r"\s+", " ", str(exc))[:110]
                print(f"  REFUSED {path.name}: {head}\n          {reason}")


def writer(catalog: str, data_path: str, number: int) -> int:
    con = connect(catalog, data_path)
    conflicts = 0
    for index in range(SETS_EACH):
        for attempt in range(50):
            try:
                con.execute("BEGIN")
                con.execute(
                    "INSERT INTO lake_sets (id, profile, set_index, reps) VALUES (uuid(), ?, ?, 8)",
                    [f"writer{number}", index + 1],
                )
                con.execute("COMMIT")
                break
            except duckdb.Error:
                with contextlib.suppress(duckdb.Error):  # a failed COMMIT has already ended it
                    con.execute("ROLLBACK")
                conflicts += 1
                time.sleep(0.01 * (attempt + 1))
    con.close()
    return conflicts


def main() -> int:
    catalog, data_path = sys.argv[1], sys.argv[2]
    Path(data_path).mkdir(parents=True, exist_ok=True)
    print(f"DuckDB {duckdb.__version__}, catalog ducklake:{catalog}")
    con = connect(catalog, data_path)
    for name in ("set_log", "probe_view"):
        con.execute(f"DROP VIEW IF EXISTS {name}")
    for name in (
        "sets",
        "sets_v3",
        "profiles",
        "profile_settings",
        "custom_exercises",
        "workouts",
        "routines",
        "share_tokens",
        "schema_version",
        "lake_sets",
        "probe_check",
        "probe_default",
    ):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    print("1. BackFit's migrations on DuckLake:")
    check_migrations(con)
    print("2. the pieces a DuckLake schema would use instead:")
    probes = {
        "sets with a UUID id, no sequence, no keys": "CREATE TABLE lake_sets (id UUID NOT NULL,"
        " profile VARCHAR NOT NULL, set_index INTEGER NOT NULL, reps INTEGER)",
        "a CHECK constraint": "CREATE TABLE probe_check (reps INTEGER CHECK (reps >= 0))",
        "DEFAULT current_localtimestamp()": "CREATE TABLE probe_default"
        " (created_at TIMESTAMP DEFAULT current_localtimestamp())",
        "a view": "CREATE VIEW probe_view AS SELECT id, profile FROM lake_sets",
        "UPDATE … RETURNING": "UPDATE lake_sets SET reps = 9 WHERE false RETURNING id",
        "INSERT … WHERE NOT EXISTS (the importer's anti-join)": "INSERT INTO lake_sets"
        " SELECT uuid(), 'p', 1, 8 WHERE NOT EXISTS (SELECT 1 FROM lake_sets WHERE profile='p')",
    }
    for label, sql in probes.items():
        try:
            con.execute(sql)
            print(f"  ok      {label}")
        except duckdb.Error as exc:
            reason = " ".join(str(exc).split())[:100]
            print(f"  REFUSED {label}: {reason}")
    con.execute("DELETE FROM lake_sets")
    con.close()
    print(f"3. {WRITERS} writer processes, {SETS_EACH} one-set transactions each:")
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(WRITERS) as pool:
        conflicts = pool.starmap(writer, [(catalog, data_path, n) for n in range(WRITERS)])
    seconds = time.perf_counter() - start
    con = connect(catalog, data_path)
    total, distinct = con.execute("SELECT count(*), count(DISTINCT id) FROM lake_sets").fetchone()
    print(
        f"  {total} sets ({distinct} distinct ids) of {WRITERS * SETS_EACH} in {seconds:.1f} s;"
        f" retried conflicts per writer: {conflicts}"
    )
    return 0 if total == distinct == WRITERS * SETS_EACH else 1


if __name__ == "__main__":
    raise SystemExit(main())
