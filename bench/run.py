"""BackFit's benchmarks: each figure is ours next to a baseline measured in the same run.

    uv run python -m bench            # the full run (heavy: builds a 10M-set DB once)
    uv run python -m bench --quick    # fewer rounds
    uv run python -m bench --json     # the figures as a JSON list, each with a stable "key"
    uv run python -m bench --only analytics,set_logging

Only a full run (no `--json`, `--quick` or `--only`) rewrites the results table in
`bench/README.md`, with the command that produced it. Generated databases are built once and
cached in `bench/out/` (git-ignored): the 10M-set one takes about 0.4 GB and 10 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import duckdb

from backfit.data.sets import SetEntry, log_set
from backfit.data.store import Store
from bench import history
from bench.measure import Figure, clock, interleave, not_available, ratio
from bench.servers import free_port, wait_http
from bench.strong_csv import write_strong_csv

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"  # cached databases and files (git-ignored)
README = ROOT / "bench" / "README.md"
CHROMIUM = Path("/usr/bin/chromium")
MS = 1000.0


@dataclass(frozen=True, slots=True)
class Plan:
    """How much work each benchmark does; `--quick` shrinks the rounds, not the data sizes."""

    quick: bool
    analytics_rounds: int
    logging_rounds: int
    import_rounds: int
    page_rounds: int
    routine_rounds: int
    cold_start_rounds: int

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(True, 9, 200, 3, 5, 200, 1)
        return cls(False, 31, 1000, 7, 15, 2000, 5)


# --- what is measured: the app's own code paths ---------------------------------------------


def page_window(store: Store, profile: str) -> tuple[Any, date]:
    """The window and `today` the Progress page opens with for this profile's history."""
    from backfit.data import analytics

    overview = analytics.data_version(store, profile)  # as the page reads it, every rerun
    today = overview.last or date.today()
    return analytics.default_window(overview.first or today, today, today), today


def page_analytics(store: Store, profile: str) -> Any:
    """What the Progress page computes when it opens: all figures over the default window."""
    from backfit.data import analytics

    window, today = page_window(store, profile)
    return analytics.progress(store, profile, window, today)


def pandas_page_analytics(store: Store, profile: str) -> Any:
    """The same figures in pandas from the profile's rows (`bench/pandas_progress.py`)."""
    from bench.pandas_progress import pandas_progress

    window, today = page_window(store, profile)
    return pandas_progress(store, profile, window, today)


def analytics_fn() -> Callable[[Store, str], object]:
    """The Progress page's analytics for one profile."""
    return page_analytics


def strong_importer() -> Callable[[Store, Path], object]:
    """Import a Strong file the way `backfit import FILE --format strong` does."""
    from backfit.data.importers import import_file

    # The generated file has no unit column (Strong's classic layout): its weights are kg.
    return lambda store, path: import_file(store, path.read_bytes(), format="strong", unit="kg")


def chart_builder() -> Callable[[Any], list[Any]]:
    """The Progress page's analytics result → the Altair charts the page draws."""
    from backfit import charts

    def build(result: Any) -> list[Any]:
        return [
            charts.e1rm_chart(result.e1rm),
            charts.weekly_sets_chart(result.volume, result.plan.band, result.plan.weekly_sets),
            charts.ladder_chart(result.ladder),
            charts.balance_chart(result.balance),
            charts.calendar_chart(result.calendar),
            charts.muscle_map(result.recent_muscles),
            charts.pain_chart(result.pain),
            charts.extensions_chart(result.extensions),
        ]

    return build


def routine_call() -> Callable[[], Any]:
    """One routine generation with the app's default goals and a typical schedule."""
    from backfit.core.goals import Goals
    from backfit.core.routine import generate_routine

    goals = Goals(posture=60, pain=40, strength=70, level="intermediate", days=4, minutes=60)
    return lambda: generate_routine(goals)


# --- helpers ---------------------------------------------------------------------------------


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def history_db(profiles: int, years: float, seed: int = 0) -> Path:
    """A cached database of generated history (built once, reused by later runs)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"history_{profiles}x{years:g}y_seed{seed}.duckdb"
    if not path.exists():
        log(f"  building {path.name} (once; cached) ...")
        partial = path.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        partial.with_suffix(".partial.wal").unlink(missing_ok=True)
        history.build(str(partial), profiles, years, seed=seed)
        partial.rename(path)
    else:
        Store.open(str(path)).close()  # upgrades a cache made by an older schema
    return path


def figure(
    key: str, name: str, ours_s: float, base_s: float, unit: str, target: str, met: bool,
    fix: str, scale: float = MS, note: str = "",
) -> Figure:  # fmt: skip
    ours, base = ours_s * scale, base_s * scale
    notes = [n for n in (note, "" if met else f"missed; would fix: {fix}") if n]
    return Figure(key, name, round(ours, 3), round(base, 3), unit, round(ratio(ours, base), 2),
                  target, met, "; ".join(notes))  # fmt: skip


# --- the benchmarks --------------------------------------------------------------------------


#: The lifter every analytics figure reads: the same seed and number give the same history in
#: the 1M-set and the 10M-set database, so `analytics_scale` compares equal work.
LIFTER = "lifter0054"
MILLION = (108, 5)  # 108 lifters × 5 years ≈ 1,000,000 sets (≈ 41 MB)
TEN_MILLION = (1080, 5)  # 1,080 lifters × 5 years ≈ 10,000,000 sets (≈ 0.4 GB, see README)


def _set_count(store: Store) -> int:
    with store.read() as cur:
        return int(cur.execute("SELECT count(*) FROM sets").fetchone()[0])


def bench_analytics(plan: Plan) -> Figure:
    """Progress analytics for one profile in a 1,000,000-set database vs pandas on its rows."""
    path = history_db(*MILLION)
    analytics = analytics_fn()
    with Store.open(str(path), read_only=True) as store:
        total = _set_count(store)
        ours, base = interleave(
            clock(lambda: analytics(store, LIFTER)),
            clock(lambda: pandas_page_analytics(store, LIFTER)),
            rounds=plan.analytics_rounds,
        )
    return figure(
        "analytics", "Progress analytics, 1 profile of 1M sets (vs pandas on its rows)", ours,
        base, "ms", "≤ 0.2× (≥ 5× faster)", ours <= 0.2 * base,
        "fewer DuckDB statements per page: the data version (the page's cache key, which both "
        "sides read) and the rollup rows are now most of it, the column-wise figures and "
        "their frames the rest",
        note=f"{total:,} sets in the database; baseline = fetch the profile's rows + pandas",
    )  # fmt: skip


def bench_analytics_scale(plan: Plan) -> Figure:
    """The same lifter's Progress analytics in a 10M-set database vs in the 1M-set one."""
    analytics = analytics_fn()
    big_path, small_path = history_db(*TEN_MILLION), history_db(*MILLION)
    with (
        Store.open(str(big_path), read_only=True) as big,
        Store.open(str(small_path), read_only=True) as small,
    ):
        totals = _set_count(big), _set_count(small)
        ours, base = interleave(
            clock(lambda: analytics(big, LIFTER)),
            clock(lambda: analytics(small, LIFTER)),
            rounds=plan.analytics_rounds,
        )
    return figure(
        "analytics_scale", "Progress analytics, 1 profile, 10M-set DB (vs the same in 1M)", ours,
        base, "ms", "≤ 1.3×", ours <= 1.3 * base,
        "lay the rollups out by lifter again (`backfit rollups --rebuild`) so zone maps skip "
        "the other lifters' row groups",
        note=f"{totals[0]:,} vs {totals[1]:,} sets; the same lifter's history in both",
    )  # fmt: skip


def bench_set_logging(plan: Plan) -> Figure:
    """`log_set` per call vs a bare parameterised INSERT of the same row, same database."""
    with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/log.duckdb") as store:
        with store.read() as cur:
            cur.execute("CREATE TABLE bare_sets AS SELECT * FROM sets LIMIT 0")
        now = datetime(2025, 6, 2, 18, 0)
        entry = SetEntry("row", "barbell", reps=8, weight_kg=60.0, rir=2.0)
        row = ["me", "w1", now, "row", "barbell", 1, "working", 8, 60.0, None, None, 2.0, None,
               None, "manual"]  # fmt: skip

        def bare() -> None:
            with store.read() as cur:
                cur.execute(
                    "INSERT INTO bare_sets (profile, workout_id, performed_at, exercise, variant,"
                    " set_index, kind, reps, weight_kg, assistance_kg, bodyweight_kg, rir,"
                    " duration_s, note, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?)",
                    row,
                )

        ours, base = interleave(
            clock(lambda: log_set(store, "me", entry, performed_at=now, now=now)),
            clock(bare),
            rounds=plan.logging_rounds,
            warmup=5,
        )
    return figure(
        "set_logging", "Log one set: log_set incl. rollups (vs bare parameterised INSERT)", ours,
        base, "ms", "≤ 2×", ours <= 2 * base,
        "nothing left in log_set: a transaction that only writes the set and its rollup row, "
        "no look-up, costs 1.8–1.9× the bare INSERT (uv run python -m bench.set_logging_floor); "
        "≤ 2× needs the target set against that floor or the rollup written outside the "
        "transaction",
    )  # fmt: skip


def bench_import(plan: Plan) -> Figure:
    """Importing a 100,000-row Strong file vs a bare DuckDB `read_csv` into a table."""
    name, target = "Import 100,000-row Strong CSV (vs bare DuckDB read_csv)", "≤ 2×"
    importer = strong_importer()
    OUT.mkdir(parents=True, exist_ok=True)
    csv_path = OUT / "strong_100000.csv"
    if not csv_path.exists():
        write_strong_csv(csv_path, 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(10**6))

        def ours() -> float:
            with Store.open(f"{tmp}/ours{next(counter)}.duckdb") as store:
                start = time.perf_counter()
                importer(store, csv_path)
                return time.perf_counter() - start

        def bare() -> float:
            con = duckdb.connect(f"{tmp}/bare{next(counter)}.duckdb")
            try:
                start = time.perf_counter()
                con.execute("CREATE TABLE raw AS SELECT * FROM read_csv(?)", [str(csv_path)])
                return time.perf_counter() - start
            finally:
                con.close()

        ours_s, base_s = interleave(ours, bare, rounds=plan.import_rounds)
    return figure(
        "import", name, ours_s, base_s, "ms", target, ours_s <= 2 * base_s,
        "the floor is ≈ 2.3–2.4× here: one INSERT … SELECT from read_csv into sets (no checks) "
        "plus the rollup rebuild and the COMMIT, which checkpoints (29 MB of WAL, over "
        "DuckDB's 16 MB threshold; the baseline's 12 MB is not); see bench/README.md",
    )  # fmt: skip


def bench_progress_page(plan: Plan) -> Figure:
    """Progress page rerun (AppTest) with 5 years of history vs the same page with no data."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    name, target = "Progress page rerun, 5 years of history (vs same page, no data)", "≤ 2×"
    full = history_db(1, 5)
    with tempfile.TemporaryDirectory() as tmp:
        # Copies: the app opens its database for writing, the cache must stay pristine.
        full_copy, empty = Path(tmp, "full.duckdb"), Path(tmp, "empty.duckdb")
        shutil.copy(full, full_copy)
        Store.open(str(empty)).close()
        saved = os.environ.get("BACKFIT_DB")

        def page(db: Path) -> Callable[[], float]:
            os.environ["BACKFIT_DB"] = str(db)
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.run()
            at.switch_page("views/progress.py").run()
            assert not at.exception, [e.value for e in at.exception]

            def rerun() -> float:
                os.environ["BACKFIT_DB"] = str(db)
                start = time.perf_counter()
                at.run()
                elapsed = time.perf_counter() - start
                assert not at.exception, [e.value for e in at.exception]
                return elapsed

            return rerun

        try:
            ours, base = interleave(page(full_copy), page(empty), rounds=plan.page_rounds)
        finally:
            st.cache_resource.clear()  # closes the stores the app opened
            st.cache_data.clear()
            if saved is None:
                os.environ.pop("BACKFIT_DB", None)
            else:
                os.environ["BACKFIT_DB"] = saved
    return figure(
        "progress_page", name, ours, base, "ms", target, ours <= 2 * base,
        "the figures, tables and chart specs are shared read-only (st.cache_resource) with their "
        "data in Arrow; what is left is the data-version statement every rerun runs, the "
        "page's other reads (profiles, share links, trunk tests) and Streamlit drawing ~30 "
        "widgets",
    )  # fmt: skip


def bench_chart_payload(plan: Plan) -> Figure:
    """Bytes of the Progress charts' specs for 10 years vs 1 year of one lifter's history."""
    name, target = "Progress chart payload, 10 years (vs 1 year) of history", "≤ 1.2×"
    build = chart_builder()
    analytics = analytics_fn()

    def payload(years: int) -> int:
        with Store.open(str(history_db(1, years)), read_only=True) as store:
            frames = analytics(store, "me")
        return sum(len(json.dumps(chart.to_dict())) for chart in build(frames))

    ten, one = payload(10), payload(1)
    return figure(
        "chart_payload", name, ten, one, "bytes", target, ten <= 1.2 * one,
        "aggregate by week or month in SQL before charting, so the payload grows with the "
        "number of points shown, not with the sets logged",
        scale=1.0,
    )  # fmt: skip


def bench_routine(plan: Plan) -> Figure:
    """Routine generation per call vs a JSON round trip of the routine it returns."""
    name, target = "Routine generation per call (vs JSON round trip of its result)", "≤ 20 ms"
    call = routine_call()
    from backfit.core.routine.model import Routine

    result = call()
    text = json.dumps(result.to_json())
    ours, base = interleave(
        clock(call),
        clock(lambda: Routine.from_json(json.loads(text)).to_json()),
        rounds=plan.routine_rounds,
        warmup=5,
    )
    return figure(
        "routine", name, ours, base, "ms", target, ours * MS <= 20,
        "memoise the catalog filtering by equipment, which does not change between calls",
    )  # fmt: skip


def bench_cold_start(plan: Plan) -> Figure:
    """`streamlit run app.py` to the first page served vs `streamlit run` of a hello script."""
    name, target = "Cold start to first page served (vs streamlit hello script)", "≤ 1.5×"
    if not CHROMIUM.exists():
        return not_available("cold_start", name, "s", target, f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        hello = Path(tmp, "hello.py")
        hello.write_text('import streamlit as st; st.write("Hello")\n', encoding="utf-8")
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            db = Path(tmp, "cold.duckdb")
            ours, base = interleave(
                lambda: _serve_first_page(page, ROOT / "app.py", db),
                lambda: _serve_first_page(page, hello, db),
                rounds=plan.cold_start_rounds,
            )
        finally:
            browser.close()
    return figure(
        "cold_start", name, ours, base, "s", target, ours <= 1.5 * base,
        "keep pandas and Altair off the first page (Goals) and out of the app's imports",
        scale=1.0,
    )  # fmt: skip


def _serve_first_page(page: Any, script: Path, db: Path) -> float:
    """Seconds from process start to health OK and the first page's script run finished."""
    port = free_port()
    env = {**os.environ, "BACKFIT_DB": str(db)}
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        wait_http(f"{url}/_stcore/health", process)
        page.goto(url)
        # The run is over and something was drawn (not the idle state before the first run).
        page.wait_for_selector(
            "[data-testid='stApp'][data-test-script-state='notRunning']"
            " [data-testid='stMarkdownContainer']",
            timeout=60_000,
        )
        return time.perf_counter() - start
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


BENCHMARKS: dict[str, Callable[[Plan], Figure]] = {
    "analytics": bench_analytics,
    "analytics_scale": bench_analytics_scale,
    "set_logging": bench_set_logging,
    "import": bench_import,
    "progress_page": bench_progress_page,
    "chart_payload": bench_chart_payload,
    "routine": bench_routine,
    "cold_start": bench_cold_start,
}


# --- running and reporting -------------------------------------------------------------------


def run(plan: Plan, only: list[str] | None = None) -> list[Figure]:
    figures = []
    for key, bench in BENCHMARKS.items():
        if only and key not in only:
            continue
        log(f"{key} ...")
        start = time.perf_counter()
        result = bench(plan)
        log(f"  {_row(result)}  ({time.perf_counter() - start:.1f} s)")
        figures.append(result)
    return figures


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def _row(f: Figure) -> str:
    met = "—" if f.met is None else ("met" if f.met else "**missed**")
    ratio_text = "—" if f.ratio is None else f"{f.ratio:g}×"
    return (
        f"| `{f.key}` | {f.name} | {_fmt(f.ours)} | {_fmt(f.baseline)} | {f.unit} | {ratio_text} "
        f"| {f.target} | {met} | {f.note} |"
    )


def table(figures: list[Figure]) -> str:
    lines = [
        "| key | figure | ours | baseline | unit | ratio | target | met | note |",
        "|---|---|---:|---:|---|---:|---|---|---|",
    ]
    return "\n".join(lines + [_row(f) for f in figures])


START, END = "<!-- results:start -->", "<!-- results:end -->"


def write_readme(figures: list[Figure], command: str, seconds: float) -> None:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    block = "\n".join(
        [
            START,
            f"Command: `{command}` — {datetime.now():%Y-%m-%d %H:%M}, {seconds:.0f} s, "
            f"{os.cpu_count()} CPUs ({platform.machine()}, Python {platform.python_version()}, "
            f"DuckDB {duckdb.__version__}), load average {load:.1f} at the end.",
            "",
            table(figures),
            END,
        ]
    )
    text = README.read_text(encoding="utf-8") if README.exists() else f"{START}\n{END}\n"
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    README.write_text(head + block + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="BackFit benchmarks.")
    parser.add_argument("--quick", action="store_true", help="fewer rounds (about 2 minutes)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--only", help=f"comma list of: {', '.join(BENCHMARKS)}")
    parser.add_argument(
        "--no-readme", action="store_true", help="leave bench/README.md alone (implied by "
        "--json, --quick and --only: only a full run rewrites it)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    only = args.only.split(",") if args.only else None
    unknown = set(only or ()) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark {', '.join(sorted(unknown))}")
    start = time.perf_counter()
    figures = run(Plan.make(args.quick), only)
    seconds = time.perf_counter() - start
    if args.json:
        json.dump([f.to_json() for f in figures], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(table(figures))
    # `--json` is for machines and repeated checks: it never rewrites the README; a partial
    # run (`--only`) or a `--quick` one does not either, so the table there is always a full run.
    if not (args.no_readme or args.json or args.quick or only):
        command = "uv run python -m bench " + " ".join(argv if argv is not None else sys.argv[1:])
        write_readme(figures, command.strip(), seconds)
    missed = [f.name for f in figures if f.met is False]
    if missed:
        log(f"{len(missed)} figure(s) missed their target: {'; '.join(missed)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
