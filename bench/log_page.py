"""The Log page's server work with a six-exercise routine day, in this process (AppTest).

`uv run python -m bench.log_page` signs one hosted lifter in (AppTest's fake `st.user`), gives
them a routine day of six exercises, opens the Log page on it and reports the process CPU time
of a full rerun of the page and of a logged set. The capacity bench's lifters have no routine
(one free-session card), so this is where the per-exercise reads of a routine day show.

AppTest reruns the whole script for any widget, a fragment's included, so "log a set" here is
one full run plus the write; a real server reruns only the Log page's session fragment. The
forced garbage collection after every run is off, as `.streamlit/config.toml` sets it.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LIFTER = "lifter@example.com"
DAY = (
    ("deadlift", "conventional"),
    ("row", "dumbbell"),
    ("lat_pulldown", "cable"),
    ("row", "barbell"),
    ("pull_up", "band"),
    ("back_extension", "bodyweight"),
)


def _open_log(db: str) -> Any:
    from streamlit import config
    from streamlit.testing.v1 import AppTest

    from backfit.core.routine.model import DayPlan, ExercisePlan, Routine
    from backfit.data.routines import save_routine
    from backfit.data.store import Store

    os.environ["BACKFIT_DB"] = db
    config.set_option("runner.postScriptGC", False)
    plans = tuple(ExercisePlan(e, v, 3, (8, 12), None, 2, 90, "bench") for e, v in DAY)
    with Store.open(db) as store:
        day = DayPlan("A", 60.0, (), plans, ())
        save_routine(store, LIFTER, Routine("bench=1", 4, (), (day,)))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    auth = {"redirect_uri": "http://localhost/oauth2callback", "cookie_secret": "x" * 32}
    at.secrets["auth"] = auth
    at.user = {"is_logged_in": True, "email": LIFTER}
    at.query_params["day"] = "1"
    at.run()
    at.switch_page("views/log.py").run()
    if at.exception:
        raise SystemExit(f"the Log page failed: {at.exception[0].value}")
    return at


def _log_set(at: Any) -> None:
    next(n for n in at.number_input if n.label == "Reps").set_value(8)
    next(b for b in at.button if b.label == "Log set").click().run()


def measure(rounds: int) -> tuple[float, float]:
    """(ms of CPU per full rerun, ms per logged set), after a few unmeasured runs."""
    with tempfile.TemporaryDirectory() as tmp:
        at = _open_log(str(Path(tmp) / "log_page.duckdb"))
        _log_set(at)
        for _ in range(3):
            at.run()
        start = time.process_time()
        for _ in range(rounds):
            at.run()
        rerun = (time.process_time() - start) / rounds
        start = time.process_time()
        for _ in range(rounds):
            _log_set(at)
        logged = (time.process_time() - start) / rounds
    return 1000 * rerun, 1000 * logged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.log_page",
        description="CPU of the Log page with a six-exercise routine day (AppTest).",
        epilog="example:\n  uv run python -m bench.log_page --rounds 10",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--rounds", type=int, default=10, help="measured runs of each kind")
    args = parser.parse_args(argv)
    rerun, logged = measure(args.rounds)
    print(
        f"Log page, {len(DAY)}-exercise routine day: full rerun {rerun:.0f} ms CPU,"
        f" log a set {logged:.0f} ms CPU (load average {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
