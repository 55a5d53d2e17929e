"""Capacity of one server: N lifters at once, each "open Log → log 10 sets → open Progress".

`uv run python -m bench.capacity` starts, for each level (1, 5, 10, 20 lifters by default), a
fresh hosted `streamlit run app.py` on loopback with a fresh database, signs every lifter in
through a real OpenID Connect provider on loopback (`oidc-provider-mock`, as
tests/e2e/test_sign_in.py does), then lets them all go at the same moment, each in its own
Chromium browser context. A step's latency is the time from the click to the moment the lifter
sees its result with the script run finished (the new page's title, or the new set's line),
polled every 20 ms. While the lifters run, the server process's CPU time and resident
memory are sampled from /proc (the browser's own CPU is not counted). Before the measured
lifters start, one unmeasured lifter walks the same steps, so the server has imported every
page's modules, as any server that has served someone has; with one lifter the server CPU of
each kind of step is reported too.

The lifters have no rest between sets (a closed loop): far harsher than real lifters, who log
a set every minute or two. The browser runs on the same two cores as the server, so the figures
are an upper bound on latency. Runtime is bounded: each step times out after `--step-timeout`
seconds (counted as a failure) and the whole run stops starting levels after `--budget` seconds.
The results replace the block between the capacity markers in bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.servers import free_port, wait_http

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "bench" / "README.md"
CHROMIUM = "/usr/bin/chromium"
START, END = "<!-- capacity:start -->", "<!-- capacity:end -->"
STEPS = ("open Log", "log a set", "open Progress")
SETS = 10
REPS = 8
TARGET_MS = 500.0
POLL_MS = 20  # a fixed interval: animation frames of pages not in front may be held back
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")

# Done = the run is over and the page shows what the step asked for (JS, polled every POLL_MS).
IDLE_JS = "document.querySelector(\"[data-testid='stApp']\")?.dataset.testScriptState"
PAGE_DONE = f"""title => {IDLE_JS} === 'notRunning' &&
  [...document.querySelectorAll("[data-testid='stMain'] h1")]
    .some(h => h.textContent.includes(title))"""
SETS_DONE = f"""count => {IDLE_JS} === 'notRunning' &&
  [...document.querySelectorAll("[data-testid='stMarkdownContainer']")]
    .filter(m => /^\\d+\\. {REPS} reps/.test(m.textContent.trim())).length === count"""


@dataclass
class Level:
    lifters: int
    samples: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STEPS})
    failures: int = 0
    cut_short: int = 0
    seconds: float = 0.0
    cpu_percent: float = 0.0
    peak_rss_mb: float = 0.0
    sets_per_second: float = 0.0
    cpu_ms_per_step: float = 0.0
    #: Server CPU of each kind of step, measured around every step; meaningful with one lifter.
    step_cpu_ms: dict[str, list[float]] = field(default_factory=lambda: {s: [] for s in STEPS})


@contextmanager
def _process(args: list[str], health: str, env: dict[str, str]) -> Iterator[int]:
    process = subprocess.Popen(
        args, cwd=ROOT, env={**os.environ, **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_http(health, process, timeout=90)
        yield process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def hosted_server(work: Path, provider: str) -> Iterator[tuple[str, int]]:
    """(URL, PID) of a hosted app on a fresh database, signing in against `provider`."""
    port = free_port()
    secrets = work / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        'cookie_secret = "capacity-bench-cookie-secret-0123456789abcdef"\n'
        'client_id = "backfit-bench"\n'
        'client_secret = "backfit-bench-secret"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    db = work / f"capacity-{port}.duckdb"
    url = f"http://127.0.0.1:{port}"
    args = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--server.fileWatcherType", "none",
        "--browser.gatherUsageStats", "false", "--secrets.files", str(secrets),
    ]  # fmt: skip
    env = {"BACKFIT_DB": str(db), "AUTHLIB_INSECURE_TRANSPORT": "1"}
    with _process(args, f"{url}/_stcore/health", env) as pid:
        yield url, pid


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def _rss_mb(pid: int) -> float:
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return pages * PAGE_SIZE / 1024 / 1024


async def _sample_memory(pid: int, level: Level, stop: asyncio.Event) -> None:
    while not stop.is_set():
        level.peak_rss_mb = max(level.peak_rss_mb, _rss_mb(pid))
        with suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=0.25)


async def _sign_in(browser: Any, url: str, user: str, timeout_ms: float) -> Any:
    context = await browser.new_context()
    page = await context.new_page()
    page.set_default_timeout(timeout_ms)
    await page.goto(url)
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(re.compile(r"/oauth2/authorize"))
    await page.get_by_placeholder("sub").fill(user)
    await page.get_by_role("button", name="Authorize").click()
    await page.wait_for_url(re.compile(rf"^{re.escape(url)}/"))
    await page.wait_for_function(PAGE_DONE, arg="Goals")
    return page


class _OutOfTime(Exception):
    pass


async def _lifter(page: Any, level: Level, deadline: float, pid: int, sets: int = SETS) -> None:
    """One lifter's session; a step that fails or times out ends it and counts as a failure.

    Past `deadline` no new step starts: the lifter is counted as cut short, not failed.
    """

    async def step(name: str, action: Any, done: str, arg: Any) -> None:
        if time.perf_counter() > deadline:
            raise _OutOfTime
        start, cpu = time.perf_counter(), _cpu_seconds(pid)
        await action()
        await page.wait_for_function(done, arg=arg, polling=POLL_MS)
        level.samples[name].append((time.perf_counter() - start) * 1000)
        level.step_cpu_ms[name].append((_cpu_seconds(pid) - cpu) * 1000)

    nav = page.get_by_test_id("stSidebarNav")
    try:
        await step("open Log", nav.get_by_role("link", name="Log").click, PAGE_DONE, "Log")
        for count in range(1, sets + 1):
            await page.get_by_label("Reps").fill(str(REPS))
            button = page.get_by_role("button", name="Log set")
            await step("log a set", button.click, SETS_DONE, count)
        await step(
            "open Progress", nav.get_by_role("link", name="Progress").click, PAGE_DONE, "Progress"
        )
    except _OutOfTime:
        level.cut_short += 1
    except Exception as exc:  # a timeout or a vanished element: record it and stop this lifter
        level.failures += 1
        print(f"    a lifter stopped: {type(exc).__name__}: {str(exc).splitlines()[0]}")


async def run_level(lifters: int, provider: str, step_timeout: float, level_budget: float) -> Level:
    from playwright.async_api import async_playwright

    level = Level(lifters)
    with tempfile.TemporaryDirectory() as tmp, hosted_server(Path(tmp), provider) as (url, pid):
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(
                executable_path=CHROMIUM,
                # Every lifter's page counts as in front: no throttled timers or frames.
                args=[
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-background-timer-throttling",
                    "--disable-backgrounding-occluded-windows",
                    "--disable-renderer-backgrounding",
                ],
            )
            timeout_ms = step_timeout * 1000
            # Sign-in is set-up, not measured: a few at a time so it does not time out.
            pages: list[Any] = []
            for first in range(0, lifters, 5):
                batch = range(first, min(first + 5, lifters))
                signed = await asyncio.gather(
                    *(
                        _sign_in(browser, url, f"lifter{i:02d}@example.com", timeout_ms)
                        for i in batch
                    ),
                    return_exceptions=True,
                )
                for result in signed:
                    if isinstance(result, BaseException):  # could not even sign in: a failure
                        level.failures += 1
                        print(f"    a sign-in failed: {type(result).__name__}")
                    else:
                        pages.append(result)
            # A server that has served anyone has imported every page's modules and opened
            # the store: one unmeasured lifter walks the steps first, so one-off imports
            # (Altair on the first Progress page, say) are not billed to the measured steps.
            warm = await _sign_in(browser, url, "warm-up@example.com", timeout_ms)
            await _lifter(warm, Level(0), time.perf_counter() + level_budget, pid, sets=2)
            await warm.context.close()
            stop = asyncio.Event()
            sampler = asyncio.create_task(_sample_memory(pid, level, stop))
            cpu_before, start = _cpu_seconds(pid), time.perf_counter()
            deadline = start + level_budget
            await asyncio.gather(*(_lifter(page, level, deadline, pid) for page in pages))
            level.seconds = time.perf_counter() - start
            cpu = _cpu_seconds(pid) - cpu_before
            level.cpu_percent = 100 * cpu / level.seconds
            steps = sum(len(v) for v in level.samples.values())
            level.cpu_ms_per_step = 1000 * cpu / max(steps, 1)
            stop.set()
            await sampler
            level.sets_per_second = len(level.samples["log a set"]) / level.seconds
            await browser.close()
    return level


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


def _ms(values: list[float], q: float) -> str:
    """A percentile in ms, or a dash when no lifter got that far (cut short or failed)."""
    return f"{_pct(values, q):,.0f} ms" if values else "—"


def table(levels: list[Level]) -> str:
    head = ["lifters"]
    for s in STEPS:
        head += [f"{s} p50", f"{s} p95"]
    head += [
        "sets/s",
        "server CPU",
        "server CPU per step",
        "server RSS peak",
        "failed",
        "cut short",
    ]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * len(head)]
    for level in levels:
        cells = [str(level.lifters)]
        for s in STEPS:
            cells += [_ms(level.samples[s], 50), _ms(level.samples[s], 95)]
        cells += [
            f"{level.sets_per_second:.1f}",
            f"{level.cpu_percent:.0f} %",
            f"{level.cpu_ms_per_step:.0f} ms",
            f"{level.peak_rss_mb:,.0f} MB",
            str(level.failures),
            str(level.cut_short),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def served(levels: list[Level]) -> int:
    """The most lifters at which every step's p95 stayed under the target, with no failures."""
    best = 0
    for level in levels:
        ok = level.failures == level.cut_short == 0 and all(
            _pct(level.samples[s], 95) < TARGET_MS for s in STEPS if level.samples[s]
        )
        if ok:
            best = max(best, level.lifters)
    return best


def step_cpu(level: Level) -> str:
    """Median server CPU of each kind of step (only one lifter's steps can be told apart)."""
    parts = [
        f"{name} {statistics.median(values):,.0f} ms"
        for name, values in level.step_cpu_ms.items()
        if values
    ]
    return ", ".join(parts)


def report(levels: list[Level], command: str, seconds: float, load_start: float) -> str:
    load = os.getloadavg()[0]
    when = datetime.now().strftime("%Y-%m-%d %H:%M")
    n = served(levels)
    one = next((level for level in levels if level.lifters == 1), None)
    alone = f"One lifter alone, server CPU per step (median): {step_cpu(one)}.\n\n" if one else ""
    return (
        f"Command: `{command}` — {when}, {seconds:.0f} s, {os.cpu_count()} CPUs"
        f" ({platform.machine()}, Python {platform.python_version()}),"
        f" load average {load_start:.1f} at the start and {load:.1f} at the end.\n\n"
        f"{table(levels)}\n\n"
        f"{alone}"
        f"**One server on this 2-core machine serves {n} lifter{'' if n == 1 else 's'} at once"
        " with every step's"
        f" p95 under {TARGET_MS:.0f} ms** (lifters logging with no rest, the browser on the"
        " same cores; see above for what that means for real lifters).\n"
    )


def write_readme(text: str) -> None:
    readme = README.read_text(encoding="utf-8")
    if START not in readme:
        raise SystemExit(f"{README} has no {START} marker")
    before, rest = readme.split(START, 1)
    after = rest.split(END, 1)[1]
    README.write_text(f"{before}{START}\n{text}{END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.capacity",
        description="Concurrent lifters against one hosted server on loopback.",
        epilog="example:\n  uv run python -m bench.capacity --levels 1,5,10,20",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--levels", default="1,5,10,20", help="lifter counts, comma-separated")
    parser.add_argument("--step-timeout", type=float, default=60, help="seconds per step")
    parser.add_argument("--budget", type=float, default=900, help="seconds before no new level")
    parser.add_argument(
        "--level-budget", type=float, default=150, help="seconds a level may run its steps"
    )
    parser.add_argument("--no-readme", action="store_true", help="print only")
    args = parser.parse_args(argv)
    levels_wanted = [int(n) for n in args.levels.split(",")]

    start, load_start = time.perf_counter(), os.getloadavg()[0]
    port = free_port()
    provider = f"http://127.0.0.1:{port}"
    provider_args = [sys.executable, "-m", "oidc_provider_mock", "--port", str(port)]
    levels: list[Level] = []
    with _process(provider_args, f"{provider}/.well-known/openid-configuration", {}):
        for lifters in levels_wanted:
            if time.perf_counter() - start > args.budget:
                print(f"budget of {args.budget:.0f} s spent: not running {lifters} lifters")
                break
            print(f"--- {lifters} lifters")
            level = asyncio.run(run_level(lifters, provider, args.step_timeout, args.level_budget))
            levels.append(level)
            print(table([level]))
            if lifters == 1:
                print(f"server CPU per step (median): {step_cpu(level)}")
    command = "uv run python -m bench.capacity" + (
        f" --levels {args.levels}" if args.levels != "1,5,10,20" else ""
    )
    text = report(levels, command, time.perf_counter() - start, load_start)
    print(text)
    if not args.no_readme:
        write_readme(text)
    return 0 if levels and all(level.failures == 0 for level in levels) else 1


if __name__ == "__main__":
    raise SystemExit(main())
